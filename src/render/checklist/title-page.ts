// The checklist's title page and the overview that opens the second page: the band (title, subtitle,
// version), the cover block to fill in, the introduction (purpose, who takes part, how to use it, what it
// yields), the credits with the organisation and its logo at the foot; then the areas at a glance. Each
// part is one block of the flow (./flow.ts), made in the order it is printed.
import { logoResolution } from '../../media/logo.js';
import { categoryPalette } from '../../theme/palette.js';
import { organisationLine } from '../../theme/theme.js';
import { mmToPt } from '../../units.js';
import type { LayoutItem } from '../layout.js';
import type { TextSpec } from '../text-fitter.js';
import type { Block, ChecklistContext } from './flow.js';
import { drawn, paragraph } from './flow.js';
import { coverBlock, longDate } from './record.js';

/** The title page's blocks, then the heading and overview of the areas at the top of the second page. */
export function titleBlocks(ctx: ChecklistContext, pageWidth: number): Block[] {
  return [
    titleBand(ctx, pageWidth),
    coverBlock(ctx),
    introParagraph(ctx, 'purpose', 'introduction, purpose', 11),
    introHeading(ctx, ctx.kit.labels.introduction.whoTakesPart, 'whoTakesPart'),
    introParagraph(ctx, 'whoTakesPart', 'introduction, who takes part', 10.5),
    introHeading(ctx, ctx.kit.labels.introduction.howToUse, 'howToUse'),
    ...howToUseSteps(ctx),
    resultBox(ctx),
    credits(ctx),
    // On the second page, over the first area: the title page holds the cover block instead.
    {
      ...introHeading(ctx, ctx.kit.labels.introduction.areas, 'areas'),
      pageBreakBefore: true,
      keepWithNext: true,
    },
    areasAtAGlance(ctx),
  ];
}

/** The band across the top of the first page, to the paper's edges: title, subtitle, version and date. */
function titleBand(ctx: ChecklistContext, pageWidth: number): Block {
  const { kit, theme, fitter, margin, width } = ctx;
  const c = theme.colours;
  const pad = mmToPt(14);
  const titleSpec: TextSpec = {
    text: kit.meta.title,
    weight: 'bold',
    size: 30,
    minSize: 22,
    colour: c.onPrimary,
    role: 'H1',
    label: 'kit title',
    field: 'kit.title',
    leading: 1.1,
  };
  const titleBox = { width, maxLines: 2 };
  const title = fitter.fit(titleSpec, titleBox);
  const subtitleSpec: TextSpec = {
    text: kit.meta.subtitle,
    weight: 'regular',
    size: 13,
    minSize: 11,
    colour: c.onPrimary,
    label: 'kit subtitle',
    field: 'kit.subtitle',
    leading: 1.3,
  };
  const subtitleBox = { width: width * 0.85, maxLines: 3 };
  const subtitle = fitter.fit(subtitleSpec, subtitleBox);
  const versionSpec: TextSpec = {
    text: `${kit.labels.version} ${kit.version} · ${longDate(kit.released, kit.language)}`,
    weight: 'semibold',
    size: 9.5,
    colour: c.onPrimary,
    label: 'version line',
  };
  const bandHeight = pad + title.height + mmToPt(3) + subtitle.height + mmToPt(4) + 12 + pad * 0.8;
  // Placed at the sizes they were fitted at (the title without a smaller size to fall back to).
  const { minSize: _minSize, ...titleAtSize } = { ...titleSpec, size: title.size };
  const subtitleAtSize = { ...subtitleSpec, size: subtitle.size };
  return drawn(bandHeight + mmToPt(8), (y) => {
    let cursor = y + pad;
    const items: LayoutItem[] = [
      { kind: 'box', x: 0, y, width: pageWidth, height: bandHeight, fill: c.primary },
      { kind: 'box', x: 0, y: y + bandHeight, width: pageWidth, height: mmToPt(1.5), fill: c.accent },
      fitter.place(titleAtSize, margin, cursor, titleBox),
    ];
    cursor += title.height + mmToPt(3);
    items.push(fitter.place(subtitleAtSize, margin, cursor, subtitleBox));
    cursor += subtitle.height + mmToPt(4);
    items.push(fitter.place(versionSpec, margin, cursor, { width, maxLines: 1 }));
    return items;
  });
}

/** A paragraph of the introduction (`introduction.<key>`), across the column. */
function introParagraph(
  { kit, theme, fitter, margin, width }: ChecklistContext,
  key: 'purpose' | 'whoTakesPart',
  label: string,
  size: number,
): Block {
  return paragraph(
    fitter,
    {
      text: kit.introduction[key],
      weight: 'regular',
      size,
      colour: theme.colours.ink,
      label,
      field: `introduction.${key}`,
      leading: 1.35,
    },
    margin,
    width,
    mmToPt(4),
  );
}

/** A heading over a part of the title page's introduction. */
function introHeading({ theme, fitter, margin, width }: ChecklistContext, text: string, key: string): Block {
  return paragraph(
    fitter,
    {
      text,
      weight: 'bold',
      size: 11.5,
      colour: theme.colours.primaryText,
      role: 'H2',
      label: `heading, ${key}`,
      field: `labels.introduction.${key}`,
      hyphenation: 'avoid',
    },
    margin,
    width,
    mmToPt(1.5),
  );
}

/** How to use the checklist: a numbered list, each number on a badge. */
function howToUseSteps({ kit, theme, fitter, margin, width }: ChecklistContext): Block[] {
  const c = theme.colours;
  const badge = 16;
  const indent = badge + mmToPt(3);
  const steps = kit.introduction.howToUse;
  return steps.map((text, i) => {
    const spec: TextSpec = {
      text,
      weight: 'regular',
      size: 10.5,
      colour: c.ink,
      label: `introduction, how to use ${i + 1}`,
      field: `introduction.howToUse[${i}]`,
      leading: 1.3,
    };
    const fitted = fitter.fit(spec, { width: width - indent });
    const after = i === steps.length - 1 ? mmToPt(4) : mmToPt(1.5);
    const numberSpec: TextSpec = {
      text: String(i + 1),
      weight: 'bold',
      size: 9.5,
      colour: c.onAccent,
      align: 'center',
      role: 'Lbl',
      label: `how to use ${i + 1}, number`,
    };
    return drawn(Math.max(fitted.height, badge) + after, (y) => [
      { kind: 'box', x: margin, y: y - 1, width: badge, height: badge, radius: badge / 2, fill: c.accent },
      fitter.place(numberSpec, margin, y + (badge - 9.5 * 1.25) / 2 - 1, { width: badge, maxLines: 1 }),
      fitter.place(spec, margin + indent, y, { width: width - indent }),
    ]);
  });
}

/** What the checklist yields, in a tinted box with a bar in the primary colour. */
function resultBox({ kit, theme, fitter, margin, width }: ChecklistContext): Block {
  const c = theme.colours;
  const pad = mmToPt(4);
  const spec: TextSpec = {
    text: kit.introduction.result,
    weight: 'semibold',
    size: 10.5,
    colour: c.ink,
    label: 'introduction, result',
    field: 'introduction.result',
    leading: 1.35,
  };
  const box = { width: width - 2 * pad - 4 };
  const result = fitter.fit(spec, box);
  const height = result.height + 2 * pad;
  return drawn(height + mmToPt(4.5), (y) => [
    { kind: 'box', x: margin, y, width, height, fill: c.tint },
    { kind: 'box', x: margin, y, width: 4, height, fill: c.primary },
    fitter.place(spec, margin + pad + 4, y + pad, box),
  ]);
}

/**
 * At the foot of the title page: the organisation's name (and its contact line, when it fits on the
 * line) over the credits, small, and the organisation's logo beside them.
 */
function credits({ kit, theme, fitter, margin, width }: ChecklistContext): Block {
  const c = theme.colours;
  const organisation = theme.organisation;
  const logo = organisation?.logo;
  const logoHeight = logo ? mmToPt(12) : 0;
  const logoWidth = logo ? (logo.widthPx / logo.heightPx) * logoHeight : 0;
  const blurred =
    logo && logoResolution(logo, { artefact: 'checklist', language: kit.language, widthPt: logoWidth });
  if (blurred) fitter.diagnostics.push(blurred);
  const textWidth = logo ? width - logoWidth - mmToPt(6) : width;
  const creditsSpec: TextSpec = {
    text: kit.meta.credits,
    weight: 'regular',
    size: 8.5,
    colour: c.muted,
    label: 'credits',
    field: 'kit.credits',
    leading: 1.3,
  };
  const creditsHeight = fitter.fit(creditsSpec, { width: textWidth }).height;
  const orgBase = { weight: 'semibold' as const, size: 8.5, colour: c.ink, label: 'the organisation line' };
  const orgSpec: TextSpec | undefined = organisation
    ? {
        ...orgBase,
        ...organisationLine(
          organisation,
          (text) => fitter.measureLines({ ...orgBase, text }, { width: textWidth }) === 1,
        ),
      }
    : undefined;
  const orgBox = { width: textWidth, maxLines: 2 };
  const orgHeight = orgSpec ? fitter.fit(orgSpec, orgBox).height + mmToPt(1.5) : 0;
  return {
    height: Math.max(orgHeight + creditsHeight, logoHeight),
    stretch: false,
    atFoot: true,
    place: (y) => ({
      items: [
        ...(orgSpec ? [fitter.place(orgSpec, margin, y, orgBox)] : []),
        fitter.place(creditsSpec, margin, y + orgHeight, { width: textWidth }),
        ...(logo
          ? [
              {
                kind: 'image' as const,
                x: margin + width - logoWidth,
                y,
                width: logoWidth,
                height: logoHeight,
                png: logo.png,
                alt: logo.alt,
              },
            ]
          : []),
      ],
      fields: [],
    }),
  };
}

/** The areas at a glance: two columns of numbered colour chips, each with the area's title. */
function areasAtAGlance({ kit, theme, fitter, margin, width }: ChecklistContext): Block {
  const palette = categoryPalette(theme, kit.areas.length);
  const rows = Math.ceil(kit.areas.length / 2);
  const rowHeight = 19;
  const chip = 16;
  const columnWidth = (width - mmToPt(6)) / 2;
  return drawn(rows * rowHeight + mmToPt(7), (y) =>
    kit.areas.flatMap((area, i): LayoutItem[] => {
      const column = i < rows ? 0 : 1;
      const x = margin + column * (columnWidth + mmToPt(6));
      const top = y + (i < rows ? i : i - rows) * rowHeight;
      const colour = palette[i] ?? palette[0]!;
      return [
        { kind: 'box', x, y: top + 2, width: chip, height: chip, fill: colour.strong, radius: 2 },
        fitter.place(
          {
            text: String(area.number),
            weight: 'bold',
            size: 9.5,
            colour: colour.onStrong,
            align: 'center',
            role: 'Lbl',
            label: `area ${area.number}, number`,
          },
          x,
          top + 2 + (chip - 9.5 * 1.25) / 2,
          { width: chip, maxLines: 1 },
        ),
        fitter.place(
          {
            text: area.title,
            weight: 'semibold',
            size: 10.5,
            colour: theme.colours.ink,
            label: `area ${area.number}, title`,
            field: `areas.${area.id}.title`,
            leading: 1.2,
          },
          x + chip + mmToPt(2.5),
          top + 2 + (chip - 10.5 * 1.2) / 2,
          { width: columnWidth - chip - mmToPt(2.5), maxLines: 1 },
        ),
      ];
    }),
  );
}
