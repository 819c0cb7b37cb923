// Plans the checklist (A4): pure, from the localised kit and theme to laid-out pages, the form fields that
// lie over the answer boxes, and diagnostics. Blocks flow down the pages; a question never splits, an area
// heading stays with its first question, and the room left at the bottom of a page is shared out among
// that page's answer boxes, so there is more space to write rather than blank paper.
import { organisationLine } from '../../theme/theme.js';
import { logoResolution } from '../../media/logo.js';
import type { LocalisedArea, LocalisedChecklist, LocalisedQuestion } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CategoryColour } from '../../theme/palette.js';
import { categoryPalette } from '../../theme/palette.js';
import type { Theme } from '../../theme/theme.js';
import type { Pt } from '../../units.js';
import { mmToPt } from '../../units.js';
import type { Rect } from '../geometry.js';
import type { LayoutItem } from '../layout.js';
import type { PdfMetadata } from '../pdf/document.js';
import { TextFitter } from '../text-fitter.js';
import type { ChecklistMarker } from './marker.js';
import { markerKeyword } from './marker.js';
import { coverBlock, formField, longDate, taskPage } from './record.js';

export const A4: { readonly width: Pt; readonly height: Pt } = { width: mmToPt(210), height: mmToPt(297) };
/** Room to write an answer by hand: three to four lines of handwriting at the least. */
export const MIN_ANSWER_MM = 30;
/** An answer box never grows beyond this when a page has room left over. */
const MAX_ANSWER_MM = 55;

export interface AnswerField {
  /** The form field's name: the question's id, or a cover or task field (src/answers/form-fields.ts). */
  readonly id: string;
  /** Several lines (answers, task descriptions), or one (a date, a question number). */
  readonly multiline: boolean;
  /** 0-based page index. */
  readonly page: number;
  /** The drawn answer box. */
  readonly box: Rect;
  /** The form field, inside the box. */
  readonly rect: Rect;
  /** The question, as the field's tooltip (what a screen reader announces). */
  readonly tooltip: string;
}

export interface ChecklistPage {
  readonly items: readonly LayoutItem[];
}

export interface ChecklistPlan extends PdfMetadata {
  readonly size: { readonly width: Pt; readonly height: Pt };
  readonly pages: readonly ChecklistPage[];
  readonly fields: readonly AnswerField[];
  readonly marker: ChecklistMarker;
}

/** A piece of the flow: its height, and how to draw it at a given top with extra room for its answer box. */
export interface Block {
  readonly height: number;
  /** Whether it can take extra height (a question's answer box). */
  readonly stretch: boolean;
  /** Keep on the same page as the next block (headings). */
  readonly keepWithNext?: boolean;
  /** Starts a new page. */
  readonly pageBreakBefore?: boolean;
  /** Sits at the foot of its page (credits on the title page). */
  readonly atFoot?: boolean;
  readonly place: (y: number, extra: number, page: number) => { items: LayoutItem[]; fields: AnswerField[] };
}

export function planChecklist(
  kit: LocalisedChecklist,
  theme: Theme,
): { plan: ChecklistPlan; diagnostics: Diagnostic[] } {
  const size = A4;
  const fitter = new TextFitter(kit, theme, 'checklist');
  const margin = mmToPt(18);
  const top = mmToPt(16);
  const width = size.width - 2 * margin;
  const palette = categoryPalette(theme, kit.areas.length);

  const footer = footerLayout(kit, theme, fitter, margin, width);
  const bottom = size.height - mmToPt(12) - footer.height - mmToPt(6);

  const blocks: Block[] = [
    ...titleBlocks(kit, theme, fitter, margin, width, size.width),
    ...kit.areas.flatMap((area, i) =>
      areaBlocks(kit, area, palette[i] ?? palette[0]!, theme, fitter, margin, width),
    ),
    taskPage(kit, theme, fitter, margin, width, bottom - top),
  ];

  // Paginate: greedy, a heading moves along with the block after it.
  const pagesOfBlocks: Block[][] = [[]];
  let y = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    const needed = block.height + (block.keepWithNext && next ? next.height : 0);
    const current = pagesOfBlocks[pagesOfBlocks.length - 1]!;
    if (current.length > 0 && (block.pageBreakBefore || y + needed > bottom)) {
      pagesOfBlocks.push([]);
      y = top;
    }
    pagesOfBlocks[pagesOfBlocks.length - 1]!.push(block);
    y += block.height;
  }

  balanceTails(pagesOfBlocks);

  const pages: ChecklistPage[] = [];
  const fields: AnswerField[] = [];
  pagesOfBlocks.forEach((pageBlocks, pageIndex) => {
    const used = pageBlocks.reduce((sum, b) => sum + b.height, 0);
    const stretchers = pageBlocks.filter((b) => b.stretch).length;
    const isLast = pageIndex === pagesOfBlocks.length - 1;
    const firstIsBand = pageIndex === 0;
    const startY = firstIsBand ? 0 : top;
    const room = Math.max(0, bottom - startY - used);
    const extra =
      stretchers > 0 && !isLast
        ? Math.min(room / stretchers, mmToPt(MAX_ANSWER_MM - MIN_ANSWER_MM))
        : stretchers > 0 && isLast
          ? Math.min(room / stretchers, mmToPt(10))
          : 0;
    const items: LayoutItem[] = [];
    let cursor = startY;
    for (const block of pageBlocks) {
      if (block.atFoot) cursor = Math.max(cursor, bottom - block.height);
      const placed = block.place(cursor, block.stretch ? extra : 0, pageIndex);
      items.push(...placed.items);
      fields.push(...placed.fields);
      cursor += block.height + (block.stretch ? extra : 0);
    }
    pages.push({ items });
  });
  pages.forEach((page, i) => {
    (page.items as LayoutItem[]).push(
      ...footer.place(size.height - mmToPt(12) - footer.height, i + 1, pages.length),
    );
  });

  const marker = { kit: kit.id, version: kit.version, language: kit.language };
  return {
    plan: {
      size,
      pages,
      fields,
      marker,
      title: kit.meta.title,
      subject: kit.meta.subtitle,
      author: kit.meta.credits,
      keywords: [markerKeyword(marker), ...kit.areas.map((a) => a.title)].join(', '),
      language: kit.language,
    },
    // Blocks measure before they place: the same finding can come twice.
    diagnostics: [...new Map(fitter.diagnostics.map((d) => [JSON.stringify(d), d])).values()],
  };
}

/**
 * The greedy pass can leave the last page of a run (before a page that starts on its own, or the end) with
 * a single question on it. Move blocks from the end of the page before it onto that page while that makes
 * the two more even, a heading always with the block after it; both then share out their room.
 */
function balanceTails(pages: Block[][]): void {
  for (let p = 1; p < pages.length; p++) {
    const next = pages[p + 1];
    const page = pages[p]!;
    const previous = pages[p - 1]!;
    if ((next && !next[0]?.pageBreakBefore) || page[0]?.pageBreakBefore) continue;
    const used = (blocks: Block[]) => blocks.reduce((sum, b) => sum + b.height, 0);
    for (;;) {
      // The blocks to move: the last one, with the heading before it that keeps with it.
      let from = previous.length - 1;
      while (from > 0 && previous[from - 1]?.keepWithNext) from--;
      const moving = previous.slice(from);
      const height = used(moving);
      const movable = from > 0 && moving.every((b) => !b.pageBreakBefore && !b.atFoot);
      if (!movable || height >= used(previous) - used(page)) break;
      previous.splice(from);
      page.unshift(...moving);
    }
  }
}

function titleBlocks(
  kit: LocalisedChecklist,
  theme: Theme,
  fitter: TextFitter,
  margin: number,
  width: number,
  pageWidth: number,
): Block[] {
  const c = theme.colours;
  const blocks: Block[] = [];

  // The band: title, subtitle, version, across the top of the first page.
  const bandPad = mmToPt(14);
  const title = fitter.fit(
    {
      text: kit.meta.title,
      weight: 'bold',
      size: 30,
      minSize: 22,
      colour: c.onPrimary,
      role: 'H1',
      label: 'kit title',
      field: 'kit.title',
      leading: 1.1,
    },
    { width, maxLines: 2 },
  );
  const subtitleSpec = {
    text: kit.meta.subtitle,
    weight: 'regular' as const,
    size: 13,
    minSize: 11,
    colour: c.onPrimary,
    label: 'kit subtitle',
    field: 'kit.subtitle',
    leading: 1.3,
  };
  const subtitle = fitter.fit(subtitleSpec, { width: width * 0.85, maxLines: 3 });
  const versionText = `${kit.labels.version} ${kit.version} · ${longDate(kit.released, kit.language)}`;
  const bandHeight = bandPad + title.height + mmToPt(3) + subtitle.height + mmToPt(4) + 12 + bandPad * 0.8;
  blocks.push({
    height: bandHeight + mmToPt(8),
    stretch: false,
    place: (y) => {
      const items: LayoutItem[] = [
        { kind: 'box', x: 0, y, width: pageWidth, height: bandHeight, fill: c.primary },
        { kind: 'box', x: 0, y: y + bandHeight, width: pageWidth, height: mmToPt(1.5), fill: c.accent },
      ];
      let cursor = y + bandPad;
      items.push(
        fitter.place(
          {
            text: kit.meta.title,
            weight: 'bold',
            size: title.size,
            colour: c.onPrimary,
            role: 'H1',
            label: 'kit title',
            field: 'kit.title',
            leading: 1.1,
          },
          margin,
          cursor,
          { width, maxLines: 2 },
        ),
      );
      cursor += title.height + mmToPt(3);
      items.push(
        fitter.place({ ...subtitleSpec, size: subtitle.size }, margin, cursor, {
          width: width * 0.85,
          maxLines: 3,
        }),
      );
      cursor += subtitle.height + mmToPt(4);
      items.push(
        fitter.place(
          { text: versionText, weight: 'semibold', size: 9.5, colour: c.onPrimary, label: 'version line' },
          margin,
          cursor,
          { width, maxLines: 1 },
        ),
      );
      return { items, fields: [] };
    },
  });

  blocks.push(coverBlock(kit, theme, fitter, margin, width));
  blocks.push(
    paragraph(
      fitter,
      {
        text: kit.introduction.purpose,
        weight: 'regular',
        size: 11,
        colour: c.ink,
        label: 'introduction, purpose',
        field: 'introduction.purpose',
        leading: 1.35,
      },
      margin,
      width,
      mmToPt(4),
    ),
  );
  blocks.push(
    introHeading(fitter, theme, kit.labels.introduction.whoTakesPart, 'whoTakesPart', margin, width),
  );
  blocks.push(
    paragraph(
      fitter,
      {
        text: kit.introduction.whoTakesPart,
        weight: 'regular',
        size: 10.5,
        colour: c.ink,
        label: 'introduction, who takes part',
        field: 'introduction.whoTakesPart',
        leading: 1.35,
      },
      margin,
      width,
      mmToPt(4),
    ),
  );

  // How to use: a numbered list with badges.
  blocks.push(introHeading(fitter, theme, kit.labels.introduction.howToUse, 'howToUse', margin, width));
  const badge = 16;
  const indent = badge + mmToPt(3);
  kit.introduction.howToUse.forEach((text, i) => {
    const spec = {
      text,
      weight: 'regular' as const,
      size: 10.5,
      colour: c.ink,
      label: `introduction, how to use ${i + 1}`,
      field: `introduction.howToUse[${i}]`,
      leading: 1.3,
    };
    const fitted = fitter.fit(spec, { width: width - indent });
    const last = i === kit.introduction.howToUse.length - 1;
    blocks.push({
      height: Math.max(fitted.height, badge) + (last ? mmToPt(4) : mmToPt(1.5)),
      stretch: false,
      place: (y) => ({
        items: [
          {
            kind: 'box',
            x: margin,
            y: y - 1,
            width: badge,
            height: badge,
            radius: badge / 2,
            fill: c.accent,
          },
          fitter.place(
            {
              text: String(i + 1),
              weight: 'bold',
              size: 9.5,
              colour: c.onAccent,
              align: 'center',
              role: 'Lbl',
              label: `how to use ${i + 1}, number`,
            },
            margin,
            y + (badge - 9.5 * 1.25) / 2 - 1,
            { width: badge, maxLines: 1 },
          ),
          fitter.place(spec, margin + indent, y, { width: width - indent }),
        ],
        fields: [],
      }),
    });
  });

  // The result, in a tinted box.
  const pad = mmToPt(4);
  const resultSpec = {
    text: kit.introduction.result,
    weight: 'semibold' as const,
    size: 10.5,
    colour: c.ink,
    label: 'introduction, result',
    field: 'introduction.result',
    leading: 1.35,
  };
  const result = fitter.fit(resultSpec, { width: width - 2 * pad - 4 });
  blocks.push({
    height: result.height + 2 * pad + mmToPt(4.5),
    stretch: false,
    place: (y) => ({
      items: [
        { kind: 'box', x: margin, y, width, height: result.height + 2 * pad, fill: c.tint },
        { kind: 'box', x: margin, y, width: 4, height: result.height + 2 * pad, fill: c.primary },
        fitter.place(resultSpec, margin + pad + 4, y + pad, { width: width - 2 * pad - 4 }),
      ],
      fields: [],
    }),
  });

  // Credits and the organisation's logo, small.
  const logo = theme.organisation?.logo;
  const logoHeight = logo ? mmToPt(12) : 0;
  const logoWidth = logo ? (logo.widthPx / logo.heightPx) * logoHeight : 0;
  const blurred =
    logo && logoResolution(logo, { artefact: 'checklist', language: kit.language, widthPt: logoWidth });
  if (blurred) fitter.diagnostics.push(blurred);
  const creditsWidth = logo ? width - logoWidth - mmToPt(6) : width;
  const creditsSpec = {
    text: kit.meta.credits,
    weight: 'regular' as const,
    size: 8.5,
    colour: c.muted,
    label: 'credits',
    field: 'kit.credits',
    leading: 1.3,
  };
  const credits = fitter.fit(creditsSpec, { width: creditsWidth });
  // The organisation's name (and its contact line, when it fits on the line) as text over the credits.
  const organisation = theme.organisation;
  const orgBase = { weight: 'semibold' as const, size: 8.5, colour: c.ink, label: 'the organisation line' };
  const orgSpec = organisation
    ? {
        ...orgBase,
        ...organisationLine(
          organisation,
          (text) => fitter.measureLines({ ...orgBase, text }, { width: creditsWidth }) === 1,
        ),
      }
    : undefined;
  const orgHeight = orgSpec
    ? fitter.fit(orgSpec, { width: creditsWidth, maxLines: 2 }).height + mmToPt(1.5)
    : 0;
  blocks.push({
    height: Math.max(orgHeight + credits.height, logoHeight),
    stretch: false,
    atFoot: true,
    place: (y) => {
      const items: LayoutItem[] = [
        ...(orgSpec ? [fitter.place(orgSpec, margin, y, { width: creditsWidth, maxLines: 2 })] : []),
        fitter.place(creditsSpec, margin, y + orgHeight, { width: creditsWidth }),
      ];
      if (logo) {
        items.push({
          kind: 'image',
          x: margin + width - logoWidth,
          y,
          width: logoWidth,
          height: logoHeight,
          png: logo.png,
          alt: logo.alt,
        });
      }
      return { items, fields: [] };
    },
  });
  // The areas at a glance: two columns of numbered colour chips.
  // On the second page, over the first area: the title page holds the cover block instead.
  blocks.push({
    ...introHeading(fitter, theme, kit.labels.introduction.areas, 'areas', margin, width),
    pageBreakBefore: true,
    keepWithNext: true,
  });
  const palette = categoryPalette(theme, kit.areas.length);
  const rows = Math.ceil(kit.areas.length / 2);
  const rowHeight = 19;
  const columnWidth = (width - mmToPt(6)) / 2;
  blocks.push({
    height: rows * rowHeight + mmToPt(7),
    stretch: false,
    place: (y) => {
      const items: LayoutItem[] = [];
      kit.areas.forEach((area, i) => {
        const column = i < rows ? 0 : 1;
        const row = i < rows ? i : i - rows;
        const x = margin + column * (columnWidth + mmToPt(6));
        const top = y + row * rowHeight;
        const colour = palette[i] ?? palette[0]!;
        items.push({ kind: 'box', x, y: top + 2, width: 16, height: 16, fill: colour.strong, radius: 2 });
        items.push(
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
            top + 2 + (16 - 9.5 * 1.25) / 2,
            { width: 16, maxLines: 1 },
          ),
        );
        items.push(
          fitter.place(
            {
              text: area.title,
              weight: 'semibold',
              size: 10.5,
              colour: c.ink,
              label: `area ${area.number}, title`,
              field: `areas.${area.id}.title`,
              leading: 1.2,
            },
            x + 16 + mmToPt(2.5),
            top + 2 + (16 - 10.5 * 1.2) / 2,
            { width: columnWidth - 16 - mmToPt(2.5), maxLines: 1 },
          ),
        );
      });
      return { items, fields: [] };
    },
  });

  return blocks;
}

function areaBlocks(
  kit: LocalisedChecklist,
  area: LocalisedArea,
  colour: CategoryColour,
  theme: Theme,
  fitter: TextFitter,
  margin: number,
  width: number,
): Block[] {
  const pad = mmToPt(3.5);
  const chip = 28;
  const textX = pad + chip + mmToPt(4);
  const textWidth = width - textX - pad;
  const labelSpec = {
    text: `${kit.labels.area} ${area.number}`.toUpperCase(),
    weight: 'bold' as const,
    size: 8.5,
    colour: colour.text,
    label: `area ${area.number}, label`,
  };
  const titleSpec = {
    text: area.title,
    weight: 'bold' as const,
    size: 17,
    minSize: 14,
    colour: colour.text,
    role: 'H2' as const,
    label: `area ${area.number}, title`,
    field: `areas.${area.id}.title`,
    leading: 1.15,
  };
  const introSpec = {
    text: area.intro,
    weight: 'regular' as const,
    size: 10,
    colour: colour.text,
    label: `area ${area.number}, intro`,
    field: `areas.${area.id}.intro`,
    leading: 1.3,
  };
  const title = fitter.fit(titleSpec, { width: textWidth, maxLines: 2 });
  const intro = fitter.fit(introSpec, { width: textWidth });
  const bandHeight = pad + 8.5 * 1.25 + 2 + title.height + mmToPt(1.5) + intro.height + pad;
  const header: Block = {
    height: bandHeight + mmToPt(4.5),
    stretch: false,
    keepWithNext: true,
    place: (y) => {
      const items: LayoutItem[] = [
        { kind: 'box', x: margin, y, width, height: bandHeight, fill: colour.fill, radius: 4 },
        // A disc drawn as a fully rounded box: the legibility check sees what lies under the number.
        {
          kind: 'box',
          x: margin + pad,
          y: y + pad,
          width: chip,
          height: chip,
          radius: chip / 2,
          fill: colour.strong,
        },
        fitter.place(
          {
            text: String(area.number),
            weight: 'bold',
            size: 16,
            colour: colour.onStrong,
            align: 'center',
            role: 'Lbl',
            label: `area ${area.number}, number`,
          },
          margin + pad,
          y + pad + (chip - 16 * 1.2) / 2,
          { width: chip, maxLines: 1 },
        ),
      ];
      let cursor = y + pad;
      items.push(fitter.place(labelSpec, margin + textX, cursor, { width: textWidth, maxLines: 1 }));
      cursor += 8.5 * 1.25 + 2;
      items.push(
        fitter.place({ ...titleSpec, size: title.size }, margin + textX, cursor, {
          width: textWidth,
          maxLines: 2,
        }),
      );
      cursor += title.height + mmToPt(1.5);
      items.push(fitter.place(introSpec, margin + textX, cursor, { width: textWidth }));
      return { items, fields: [] };
    },
  };
  return [header, ...area.questions.map((q) => questionBlock(kit, q, colour, theme, fitter, margin, width))];
}

function questionBlock(
  kit: LocalisedChecklist,
  question: LocalisedQuestion,
  colour: CategoryColour,
  theme: Theme,
  fitter: TextFitter,
  margin: number,
  width: number,
): Block {
  const c = theme.colours;
  const indent = 30;
  const inner = width - indent;
  const number = question.number;
  const label = `question ${number} (${question.id})`;
  const textSpec = {
    text: question.text,
    weight: 'semibold' as const,
    size: 11.5,
    colour: c.ink,
    role: 'H3' as const,
    hyphenation: 'avoid' as const,
    label: `${label}, text`,
    field: `questions.${question.id}.text`,
    leading: 1.25,
  };
  const helpSpec = {
    text: question.help,
    weight: 'regular' as const,
    size: 9.5,
    colour: c.muted,
    label: `${label}, help`,
    field: `questions.${question.id}.help`,
    leading: 1.3,
  };
  // Which tip cards help: "Tip: 2A, 2B", in the area's strong colour, under the help text.
  const tipSpec =
    question.tips.length > 0
      ? {
          text: `${kit.labels.tip}: ${question.tips.map((t) => t.code).join(', ')}`,
          weight: 'semibold' as const,
          size: 9,
          colour: colour.strong,
          role: 'Lbl' as const,
          label: `${label}, tip cards`,
        }
      : undefined;
  const text = fitter.fit(textSpec, { width: inner });
  const help = fitter.fit(helpSpec, { width: inner });
  const tipHeight = tipSpec ? fitter.fit(tipSpec, { width: inner, maxLines: 1 }).height + 1 : 0;
  const answerHeight = mmToPt(MIN_ANSWER_MM);
  const gapAfterText = 3;
  const gapBeforeBox = mmToPt(2);
  const after = mmToPt(5);
  const boxTop = text.height + gapAfterText + help.height + tipHeight + gapBeforeBox;
  return {
    height: boxTop + answerHeight + after,
    stretch: true,
    place: (y, extra, page) => {
      const box = { x: margin + indent, y: y + boxTop, width: inner, height: answerHeight + extra };
      const answer = formField(question.id, box, page, `${number} ${question.text}`, true, theme, 3);
      return {
        items: [
          fitter.place(
            {
              text: number,
              weight: 'bold',
              size: 11.5,
              colour: colour.strong,
              role: 'Lbl',
              label: `${label}, number`,
            },
            margin,
            y,
            { width: indent - 4, maxLines: 1 },
          ),
          fitter.place(textSpec, margin + indent, y, { width: inner }),
          fitter.place(helpSpec, margin + indent, y + text.height + gapAfterText, { width: inner }),
          ...(tipSpec
            ? [
                fitter.place(tipSpec, margin + indent, y + text.height + gapAfterText + help.height + 1, {
                  width: inner,
                  maxLines: 1,
                }),
              ]
            : []),
          ...answer.items,
        ],
        fields: [answer.field],
      };
    },
  };
}

/** A heading over a part of the title page's introduction. */
function introHeading(
  fitter: TextFitter,
  theme: Theme,
  text: string,
  key: string,
  x: number,
  width: number,
): Block {
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
    x,
    width,
    mmToPt(1.5),
  );
}

function paragraph(
  fitter: TextFitter,
  spec: Parameters<TextFitter['fit']>[0],
  x: number,
  width: number,
  after: number,
): Block {
  const fitted = fitter.fit(spec, { width });
  return {
    height: fitted.height + after,
    stretch: false,
    place: (y) => ({ items: [fitter.place(spec, x, y, { width })], fields: [] }),
  };
}

function footerLayout(
  kit: LocalisedChecklist,
  theme: Theme,
  fitter: TextFitter,
  margin: number,
  width: number,
): { height: number; place: (y: number, page: number, pages: number) => LayoutItem[] } {
  const c = theme.colours;
  const head = 8 * 1.25;
  const licenceSpec = {
    text: kit.meta.licence,
    weight: 'regular' as const,
    size: 6.5,
    minSize: 6,
    colour: c.muted,
    label: 'footer, licence',
    field: 'kit.licence',
    leading: 1.3,
  };
  const licence = fitter.fit(licenceSpec, { width, maxLines: 3 });
  const height = 4 + head + 2 + licence.height;
  return {
    height,
    place: (y, page, pages) => [
      { kind: 'line', x1: margin, y1: y, x2: margin + width, y2: y, colour: c.rule, width: 0.5 },
      fitter.place(
        {
          text: `${kit.meta.title} · ${kit.labels.version} ${kit.version}`,
          weight: 'semibold',
          size: 8,
          colour: c.ink,
          label: 'footer, title',
        },
        margin,
        y + 4,
        { width: width - 60, maxLines: 1 },
      ),
      fitter.place(
        {
          text: `${page} / ${pages}`,
          weight: 'semibold',
          size: 8,
          colour: c.ink,
          align: 'right',
          label: 'footer, page number',
        },
        margin + width - 60,
        y + 4,
        { width: 60, maxLines: 1 },
      ),
      fitter.place({ ...licenceSpec, size: licence.size }, margin, y + 4 + head + 2, { width, maxLines: 3 }),
    ],
  };
}
