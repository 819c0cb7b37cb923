// Plans the poster: pure, from the localised kit, theme and options to a laid-out page and diagnostics.
import type { LocalisedDataTeamStart } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import type { Mm, Pt } from '../../units.js';
import { mmToPt } from '../../units.js';
import type { LayoutItem } from '../layout.js';
import { TextFitter } from '../text-fitter.js';
import { layoutBlockText, layoutWritingArea, WRITING_AREA_MM, WRITING_AREA_WEIGHT } from './block.js';
import { layoutMatrix } from './matrix.js';
import type { Orientation, PosterPaper } from './paper.js';
import { paperInPoints } from './paper.js';
import type { PosterScale } from './scale.js';
import { MIN_BODY_PT, posterScale } from './scale.js';

export type PosterLayout = 'upright' | 'table';

export interface PosterOptions {
  readonly paper: PosterPaper;
  readonly orientation: Orientation;
  readonly layout: PosterLayout;
  /** Bleed around the trimmed page for a print shop; 0 for none. Crop marks come with a bleed. */
  readonly bleed: Mm;
}

export const defaultPosterOptions: PosterOptions = {
  paper: 'A2',
  orientation: 'portrait',
  layout: 'upright',
  bleed: 0,
};

export interface PosterPlan {
  readonly trim: { readonly width: Pt; readonly height: Pt };
  readonly bleed: Pt;
  /** Items in trim coordinates (0,0 is the top left of the trimmed page); backgrounds may reach into the bleed. */
  readonly items: readonly LayoutItem[];
  readonly title: string;
  readonly subject: string;
  readonly language: string;
  readonly author: string;
  readonly keywords: string;
  readonly options: PosterOptions;
}

export function planPoster(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: PosterOptions = defaultPosterOptions,
): { plan: PosterPlan; diagnostics: Diagnostic[] } {
  const trim = paperInPoints(options.paper, options.orientation);
  const s = posterScale(trim.width, trim.height);
  const fitter = new TextFitter(kit, theme, `${options.paper} ${options.orientation} poster`);
  const bleed = mmToPt(options.bleed);
  const margin = s.mm(12);
  const gutter = s.mm(6);
  const items: LayoutItem[] = [];

  const header = layoutHeader(kit, theme, s, fitter, trim.width, margin, bleed);
  items.push(...header.items);
  const footerHeight = s.text(8) * 1.3;
  const footerY = trim.height - margin - footerHeight;
  items.push(...layoutFooter(kit, theme, s, fitter, margin, footerY, trim.width - 2 * margin));

  const bodyTop = header.height + gutter;
  const bodyBottom = footerY - s.mm(4);
  const matrixHeight = s.mm(options.orientation === 'portrait' ? 128 : 118);
  const matrixY = bodyBottom - matrixHeight;
  const gridBottom = matrixY - gutter;
  const columns = options.orientation === 'portrait' ? 4 : 5;
  items.push(
    ...layoutGrid(
      kit,
      theme,
      s,
      fitter,
      margin,
      bodyTop,
      trim.width - 2 * margin,
      gridBottom - bodyTop,
      columns,
      gutter,
    ),
  );
  items.push(...layoutMatrix(kit, margin, matrixY, trim.width - 2 * margin, matrixHeight, theme, s, fitter));

  const diagnostics = [...fitter.diagnostics];
  const plan: PosterPlan = {
    trim,
    bleed,
    items,
    title: `${kit.meta.title} — ${kit.meta.subtitle}`,
    subject: kit.meta.subtitle,
    language: kit.language,
    author: kit.meta.credits,
    keywords: kit.assignments.map((a) => a.title).join(', '),
    options,
  };
  return { plan, diagnostics };
}

function layoutHeader(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  s: PosterScale,
  fitter: TextFitter,
  pageWidth: Pt,
  margin: Pt,
  bleed: Pt,
): { items: LayoutItem[]; height: Pt } {
  const c = theme.colours;
  const items: LayoutItem[] = [];
  const height = s.mm(62);
  // The band runs into the bleed on three sides, so trimming never leaves a white edge.
  items.push({
    kind: 'box',
    x: -bleed,
    y: -bleed,
    width: pageWidth + 2 * bleed,
    height: height + bleed,
    fill: c.primary,
  });
  const contentWidth = pageWidth - 2 * margin;
  const leftWidth = contentWidth * 0.58;
  const top = margin * 0.9;
  const title = fitter.place(
    {
      text: kit.meta.title,
      field: 'kit.title',
      weight: 'bold',
      size: s.text(66),
      minSize: s.min(66),
      leading: 1.0,
      colour: c.onPrimary,
      role: 'H1',
      label: 'the poster title',
    },
    margin,
    top,
    { width: leftWidth, maxLines: 1 },
  );
  items.push(title);
  const subtitle = fitter.place(
    {
      text: kit.meta.subtitle,
      field: 'kit.subtitle',
      weight: 'regular',
      size: s.text(20),
      minSize: s.min(20),
      leading: 1.15,
      colour: c.onPrimary,
      label: 'the poster subtitle',
    },
    margin,
    top + title.lineHeight + s.mm(2),
    { width: leftWidth, maxLines: 2 },
  );
  items.push(subtitle);

  // "How to use this poster", numbered, on the right of the band.
  const rightX = margin + leftWidth + s.mm(10);
  const rightWidth = contentWidth - leftWidth - s.mm(10);
  let y = top;
  const orgName = theme.organisation?.name;
  if (orgName) {
    const org = fitter.place(
      {
        text: orgName,
        weight: 'semibold',
        size: s.text(13, MIN_BODY_PT),
        colour: c.onPrimary,
        align: 'right',
        role: 'P',
        label: 'the organisation name',
      },
      rightX,
      y,
      { width: rightWidth, maxLines: 1 },
    );
    items.push(org);
    y += org.lineHeight + s.mm(2);
  }
  const howSize = s.text(11.5, MIN_BODY_PT);
  const heading = fitter.place(
    {
      text: kit.labels.howToUse,
      field: 'labels.howToUse',
      weight: 'bold',
      size: howSize * 1.1,
      colour: c.onPrimary,
      role: 'H2',
      label: 'the heading of how to use',
    },
    rightX,
    y,
    { width: rightWidth, maxLines: 1 },
  );
  items.push(heading);
  y += heading.lineHeight + s.mm(1);
  kit.introduction.posterHowTo.forEach((line, i) => {
    items.push(
      fitter.place(
        {
          text: `${i + 1}`,
          weight: 'bold',
          size: howSize,
          colour: c.accent,
          role: 'Lbl',
          label: 'how-to number',
        },
        rightX,
        y,
        { width: howSize, maxLines: 1 },
      ),
    );
    const text = fitter.place(
      {
        text: line,
        field: `introduction.posterHowTo[${i}]`,
        weight: 'regular',
        size: howSize,
        minSize: s.min(11.5, MIN_BODY_PT),
        colour: c.onPrimary,
        label: `how to use, line ${i + 1},`,
      },
      rightX + howSize * 1.3,
      y,
      { width: rightWidth - howSize * 1.3, maxLines: 2 },
    );
    items.push(text);
    y += text.lines.length * text.lineHeight + s.mm(0.8);
  });
  if (y > height - s.mm(3)) {
    fitter.diagnostics.push({
      severity: 'error',
      code: 'text-overflow',
      field: 'introduction.posterHowTo',
      ...(kit.origins['introduction.posterHowTo[0]'] ?? {}),
      message: `the poster header's "how to use" does not fit (${((y - height) / s.mm(1)).toFixed(1)} mm too tall)`,
      hint: 'shorten the lines of posterHowTo',
    });
  }
  return { items, height };
}

/** Assignments in columns, read top to bottom then left to right; writing areas share the spare height. */
function layoutGrid(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  s: PosterScale,
  fitter: TextFitter,
  x: Pt,
  y: Pt,
  width: Pt,
  height: Pt,
  columns: number,
  gutter: Pt,
): LayoutItem[] {
  const c = theme.colours;
  const items: LayoutItem[] = [];
  const perColumn = Math.ceil(kit.assignments.length / columns);
  const usedColumns = Math.ceil(kit.assignments.length / perColumn);
  const columnWidth = (width - (usedColumns - 1) * gutter) / usedColumns;
  const pad = s.mm(5);
  for (let col = 0; col < usedColumns; col++) {
    const assignments = kit.assignments.slice(col * perColumn, (col + 1) * perColumn);
    const texts = assignments.map((a) => layoutBlockText(kit, a, columnWidth, theme, s, fitter));
    const minWriting = assignments.map((a) => s.mm(WRITING_AREA_MM[a.writingArea]));
    const fixed = texts.reduce((sum, t) => sum + t.textHeight + pad, 0) + (assignments.length - 1) * gutter;
    const spare = height - fixed - minWriting.reduce((a, b) => a + b, 0);
    const weights = assignments.map((a) => WRITING_AREA_WEIGHT[a.writingArea]);
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    let by = y;
    assignments.forEach((assignment, i) => {
      const text = texts[i];
      if (!text) return;
      const writing = (minWriting[i] ?? 0) + Math.max(0, spare) * ((weights[i] ?? 0) / totalWeight);
      const blockHeight = text.textHeight + writing + pad;
      const bx = x + col * (columnWidth + gutter);
      items.push({
        kind: 'box',
        x: bx,
        y: by,
        width: columnWidth,
        height: blockHeight,
        stroke: c.rule,
        strokeWidth: s.mm(0.35),
        radius: s.mm(3),
      });
      items.push(...text.items.map((item) => offset(item, bx, by)));
      items.push(
        ...layoutWritingArea(
          assignment,
          kit,
          bx + pad,
          by + text.textHeight,
          columnWidth - 2 * pad,
          writing,
          theme,
          s,
          fitter,
        ),
      );
      by += blockHeight + gutter;
    });
    if (spare < 0) {
      const first = assignments[0];
      fitter.diagnostics.push({
        severity: 'error',
        code: 'no-room-to-write',
        ...(first ? (kit.origins[`assignments.${first.id}.title`] ?? {}) : {}),
        message: `column ${col + 1} of the poster (assignments ${assignments.map((a) => a.number).join(', ')}) leaves ${(-spare / s.mm(1)).toFixed(0)} mm too little room to write`,
        hint: 'shorten the steps of these assignments, choose a smaller writingArea in kit.yaml, or a larger paper size',
      });
    }
  }
  return items;
}

function layoutFooter(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  s: PosterScale,
  fitter: TextFitter,
  x: Pt,
  y: Pt,
  width: Pt,
): LayoutItem[] {
  const c = theme.colours;
  const size = s.text(8);
  const right = `${kit.meta.title} · ${kit.labels.version} ${kit.version}`;
  const rightWidth = width * 0.25;
  return [
    fitter.place(
      {
        text: `${kit.meta.licence} ${kit.meta.credits}`,
        field: 'kit.licence',
        weight: 'regular',
        size,
        minSize: s.min(8),
        leading: 1.2,
        colour: c.muted,
        label: 'the footer (licence and credits)',
      },
      x,
      y - size * 1.2,
      { width: width - rightWidth - s.mm(5), maxLines: 2 },
    ),
    fitter.place(
      { text: right, weight: 'semibold', size, colour: c.muted, align: 'right', label: 'the footer version' },
      x + width - rightWidth,
      y,
      { width: rightWidth, maxLines: 1 },
    ),
  ];
}

function offset(item: LayoutItem, dx: Pt, dy: Pt): LayoutItem {
  switch (item.kind) {
    case 'circle':
      return { ...item, cx: item.cx + dx, cy: item.cy + dy };
    case 'line':
      return { ...item, x1: item.x1 + dx, y1: item.y1 + dy, x2: item.x2 + dx, y2: item.y2 + dy };
    default:
      return { ...item, x: item.x + dx, y: item.y + dy };
  }
}
