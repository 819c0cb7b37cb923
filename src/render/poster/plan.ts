// Plans the poster: pure, from the localised kit, theme and options to a laid-out page and diagnostics.
import type { LocalisedDataTeamStart } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import type { Mm, Pt } from '../../units.js';
import { mmToPt, ptToMm } from '../../units.js';
import type { LayoutItem } from '../layout.js';
import { TextFitter } from '../text-fitter.js';
import {
  assembleBlock,
  layoutBlockText,
  layoutFixedBlock,
  WRITING_AREA_MM,
  WRITING_AREA_WEIGHT,
} from './block.js';
import { layoutMatrix } from './matrix.js';
import type { Orientation, PosterPaper } from './paper.js';
import { paperInPoints } from './paper.js';
import type { PosterScale } from './scale.js';
import { MIN_BODY_PT, posterScale } from './scale.js';

/** Below this effective resolution a logo looks blurred in print. */
export const MIN_LOGO_DPI = 150;

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

  const footer = layoutFooter(kit, theme, s, fitter, margin, trim.height - margin, trim.width - 2 * margin);
  items.push(...footer.items);
  const footerY = trim.height - margin - footer.height;
  const contentWidth = trim.width - 2 * margin;

  if (options.layout === 'table') {
    // Around the edge, facing out; in the centre the title and the matrix, upright.
    const around = layoutAroundTable(
      kit,
      theme,
      s,
      fitter,
      margin,
      margin,
      contentWidth,
      footerY - s.mm(4) - margin,
      gutter,
    );
    items.push(...around.items);
    const { centre } = around;
    if (centre.width > centre.height * 1.6) {
      // A wide centre (landscape): the title panel at the left, the matrix beside it.
      const panelWidth = centre.width * 0.36;
      items.push(
        ...layoutHeader(kit, theme, s, fitter, { x: centre.x, y: centre.y, width: panelWidth }, 0, true)
          .items,
      );
      const matrixX = centre.x + panelWidth + gutter;
      items.push(
        ...layoutMatrix(
          kit,
          matrixX,
          centre.y,
          centre.x + centre.width - matrixX,
          centre.height,
          theme,
          s,
          fitter,
        ),
      );
    } else {
      const header = layoutHeader(
        kit,
        theme,
        s,
        fitter,
        { x: centre.x, y: centre.y, width: centre.width },
        0,
        true,
      );
      items.push(...header.items);
      const matrixY = centre.y + header.height + gutter;
      items.push(
        ...layoutMatrix(
          kit,
          centre.x,
          matrixY,
          centre.width,
          centre.y + centre.height - matrixY,
          theme,
          s,
          fitter,
        ),
      );
    }
  } else {
    const header = layoutHeader(kit, theme, s, fitter, { x: 0, y: 0, width: trim.width }, bleed, false);
    items.push(...header.items);
    const bodyTop = header.height + gutter;
    const bodyBottom = footerY - s.mm(4);
    if (options.orientation === 'portrait') {
      // Four columns of assignments, the matrix as a band across the bottom.
      const matrixHeight = s.mm(128);
      const matrixY = bodyBottom - matrixHeight;
      items.push(
        ...layoutGrid(
          kit,
          theme,
          s,
          fitter,
          margin,
          bodyTop,
          contentWidth,
          matrixY - gutter - bodyTop,
          4,
          gutter,
        ),
      );
      items.push(...layoutMatrix(kit, margin, matrixY, contentWidth, matrixHeight, theme, s, fitter));
    } else {
      // Landscape: the assignments in four columns at the left, the matrix as a column at the right.
      const matrixWidth = contentWidth * 0.27;
      const gridWidth = contentWidth - matrixWidth - gutter;
      items.push(
        ...layoutGrid(kit, theme, s, fitter, margin, bodyTop, gridWidth, bodyBottom - bodyTop, 4, gutter),
      );
      items.push(
        ...layoutMatrix(
          kit,
          margin + gridWidth + gutter,
          bodyTop,
          matrixWidth,
          bodyBottom - bodyTop,
          theme,
          s,
          fitter,
        ),
      );
    }
  }

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

/**
 * The title panel: a full-width band at the top of the upright poster (running into the bleed), or a
 * stacked panel in the centre of the table layout.
 */
function layoutHeader(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  s: PosterScale,
  fitter: TextFitter,
  area: { x: Pt; y: Pt; width: Pt },
  bleed: Pt,
  stacked: boolean,
): { items: LayoutItem[]; height: Pt } {
  const c = theme.colours;
  const items: LayoutItem[] = [];
  const margin = stacked ? s.mm(7) : s.mm(12);
  // Stacked (table layout), the panel is as tall as its content; as a band, it has a fixed height.
  const height = s.mm(62) + (theme.organisation?.logo ? s.mm(14) : 0);
  // Stacked, the panel's box is added at the end, once its height is known.
  if (!stacked) {
    // The band runs into the bleed on three sides, so trimming never leaves a white edge.
    items.push({
      kind: 'box',
      x: area.x - bleed,
      y: area.y - bleed,
      width: area.width + 2 * bleed,
      height: height + bleed,
      fill: c.primary,
    });
  }
  const contentWidth = area.width - 2 * margin;
  const leftWidth = stacked ? contentWidth : contentWidth * 0.58;
  const top = area.y + (stacked ? margin : margin * 0.9);
  const left = area.x + margin;
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
    left,
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
    left,
    top + title.lineHeight + s.mm(2),
    { width: leftWidth, maxLines: 2 },
  );
  items.push(subtitle);

  // "How to use this poster", numbered: on the right of the band, or below the title when stacked.
  const rightX = stacked ? left : left + leftWidth + s.mm(10);
  const rightWidth = stacked ? contentWidth : contentWidth - leftWidth - s.mm(10);
  let y = stacked ? top + title.lineHeight + subtitle.lines.length * subtitle.lineHeight + s.mm(6) : top;
  const organisation = theme.organisation;
  if (organisation?.logo) {
    // The logo on a white plate, so it keeps the colours it was designed for.
    const logo = organisation.logo;
    const plate = s.mm(2.5);
    const logoHeight = s.mm(16);
    const logoWidth = Math.min(s.mm(70), (logoHeight * logo.widthPx) / logo.heightPx);
    const drawnHeight = (logoWidth * logo.heightPx) / logo.widthPx;
    const plateWidth = logoWidth + 2 * plate;
    const plateX = rightX + rightWidth - plateWidth;
    items.push({
      kind: 'box',
      x: plateX,
      y,
      width: plateWidth,
      height: drawnHeight + 2 * plate,
      fill: c.paper,
      radius: s.mm(1.5),
    });
    items.push({
      kind: 'image',
      x: plateX + plate,
      y: y + plate,
      width: logoWidth,
      height: drawnHeight,
      png: logo.png,
      alt: logo.alt,
    });
    const dpi = logo.widthPx / (logoWidth / 72);
    if (!logo.vector && dpi < MIN_LOGO_DPI) {
      fitter.diagnostics.push({
        severity: 'warning',
        code: 'low-resolution',
        ...(logo.origin ?? {}),
        field: 'logo',
        message: `prints at ${Math.round(dpi)} dpi on the ${fitter.artefact} (${logo.widthPx} pixels over ${ptToMm(logoWidth).toFixed(0)} mm; expected at least ${MIN_LOGO_DPI} dpi)`,
        hint: `use a logo of at least ${Math.ceil((MIN_LOGO_DPI * logoWidth) / 72)} pixels wide, or an SVG`,
      });
    }
    y += drawnHeight + 2 * plate + s.mm(3);
  } else if (organisation) {
    const org = fitter.place(
      {
        text: organisation.name,
        weight: 'semibold',
        size: s.text(13, MIN_BODY_PT),
        colour: c.onPrimary,
        align: stacked ? 'left' : 'right',
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
          colour: c.onPrimary,
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
  if (stacked) {
    const panelHeight = y - area.y + margin * 0.7;
    items.unshift({
      kind: 'box',
      x: area.x,
      y: area.y,
      width: area.width,
      height: panelHeight,
      fill: c.primary,
      radius: s.mm(3),
    });
    return { items, height: panelHeight };
  }
  if (y > area.y + height - s.mm(3)) {
    fitter.diagnostics.push({
      severity: 'error',
      code: 'text-overflow',
      field: 'introduction.posterHowTo',
      ...(kit.origins['introduction.posterHowTo[0]'] ?? {}),
      message: `the poster header's "how to use" does not fit (${((y - area.y - height) / s.mm(1)).toFixed(1)} mm too tall)`,
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
    const spare = Math.max(0, height - fixed - minWriting.reduce((a, b) => a + b, 0));
    const weights = assignments.map((a) => WRITING_AREA_WEIGHT[a.writingArea]);
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    // When even the minimum writing areas do not fit, share what there is by weight: assembleBlock reports it.
    const available = height - fixed;
    let by = y;
    assignments.forEach((assignment, i) => {
      const text = texts[i];
      if (!text) return;
      const share = (weights[i] ?? 0) / totalWeight;
      const writing = spare > 0 ? (minWriting[i] ?? 0) + spare * share : available * share;
      const blockHeight = text.textHeight + writing + pad;
      items.push(
        group(
          x + col * (columnWidth + gutter),
          by,
          0,
          columnWidth,
          blockHeight,
          assembleBlock(kit, assignment, text, columnWidth, blockHeight, theme, s, fitter),
          assignment,
        ),
      );
      by += blockHeight + gutter;
    });
  }
  return items;
}

/**
 * The table layout: assignments around the edge, each facing the nearest edge of the table, numbered
 * clockwise from the bottom left; the centre holds the matrix, upright.
 */
function layoutAroundTable(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  s: PosterScale,
  fitter: TextFitter,
  x: Pt,
  y: Pt,
  width: Pt,
  height: Pt,
  gutter: Pt,
): { items: LayoutItem[]; centre: { x: Pt; y: Pt; width: Pt; height: Pt } } {
  const items: LayoutItem[] = [];
  const n = kit.assignments.length;
  // Edge counts: the long edges (bottom, top) take the most blocks; in portrait one or two go on each
  // side, in landscape the short sides stay free and the centre runs from side to side.
  const landscape = width > height;
  const sides = landscape ? 0 : n >= 10 ? 2 : 1;
  const left = sides;
  const right = sides;
  const bottom = Math.ceil((n - left - right) / 2);
  const top = n - left - right - bottom;
  // Blocks on the long edges are deeper; side blocks are long and shallow, leaving the centre wide enough.
  const depth = landscape
    ? Math.min(s.mm(150), (height - s.mm(106) - 2 * gutter) / 2) // leave the matrix rows room to write in
    : Math.min(s.mm(150), height * 0.28);
  const sideDepth = sides === 0 ? -gutter : Math.min(s.mm(92), width * 0.24);
  const sideLength = height - 2 * depth - 2 * gutter;
  const edges: { count: number; rotate: 0 | 90 | 180 | 270 }[] = [
    { count: bottom, rotate: 0 },
    { count: right, rotate: 270 },
    { count: top, rotate: 180 },
    { count: left, rotate: 90 },
  ];
  let index = 0;
  for (const edge of edges.filter((e) => e.count > 0)) {
    const along = edge.rotate === 0 || edge.rotate === 180 ? width : sideLength;
    const blockWidth = (along - (edge.count - 1) * gutter) / edge.count;
    for (let k = 0; k < edge.count; k++) {
      const assignment = kit.assignments[index++];
      if (!assignment) continue;
      const blockDepth = edge.rotate === 0 || edge.rotate === 180 ? depth : sideDepth;
      const local = layoutFixedBlock(kit, assignment, blockWidth, blockDepth, theme, s, fitter);
      const offsetAlong = k * (blockWidth + gutter);
      // Place the block's local origin (its top left as its reader sees it) on the page.
      if (edge.rotate === 0) {
        items.push(group(x + offsetAlong, y + height - depth, 0, blockWidth, depth, local, assignment));
      } else if (edge.rotate === 180) {
        items.push(group(x + width - offsetAlong, y + depth, 180, blockWidth, depth, local, assignment));
      } else if (edge.rotate === 270) {
        const sideTop = y + depth + gutter;
        items.push(
          group(
            x + width - sideDepth,
            sideTop + sideLength - offsetAlong,
            270,
            blockWidth,
            sideDepth,
            local,
            assignment,
          ),
        );
      } else {
        const sideTop = y + depth + gutter;
        items.push(group(x + sideDepth, sideTop + offsetAlong, 90, blockWidth, sideDepth, local, assignment));
      }
    }
  }
  const centre = {
    x: x + sideDepth + gutter,
    y: y + depth + gutter,
    width: width - 2 * sideDepth - 2 * gutter,
    height: sideLength,
  };
  return { items, centre };
}

function group(
  x: Pt,
  y: Pt,
  rotate: 0 | 90 | 180 | 270,
  width: Pt,
  height: Pt,
  items: LayoutItem[],
  assignment: { number: number; id: string },
): LayoutItem {
  return {
    kind: 'group',
    x,
    y,
    rotate,
    width,
    height,
    items,
    label: `assignment ${assignment.number} (${assignment.id})`,
  };
}

/** Licence and credits at the bottom left, version (and contact) at the bottom right; grows upwards. */
function layoutFooter(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  s: PosterScale,
  fitter: TextFitter,
  x: Pt,
  bottom: Pt,
  width: Pt,
): { items: LayoutItem[]; height: Pt } {
  const c = theme.colours;
  const size = s.text(8);
  const contact = theme.organisation?.contact;
  const right = [contact, `${kit.meta.title} · ${kit.labels.version} ${kit.version}`]
    .filter(Boolean)
    .join(' · ');
  const rightWidth = width * (contact ? 0.4 : 0.25);
  const spec = {
    text: `${kit.meta.licence} ${kit.meta.credits}`,
    field: 'kit.licence',
    weight: 'regular' as const,
    size,
    minSize: s.min(8),
    leading: 1.2,
    colour: c.muted,
    label: 'the footer (licence and credits)',
  };
  const box = { width: width - rightWidth - s.mm(5), maxLines: 4 };
  const lines = fitter.measureLines(spec, box);
  const height = lines * size * 1.2;
  return {
    items: [
      fitter.place(spec, x, bottom - height, box),
      fitter.place(
        {
          text: right,
          weight: 'semibold',
          size,
          colour: c.muted,
          align: 'right',
          label: 'the footer version',
        },
        x + width - rightWidth,
        bottom - size * 1.2,
        { width: rightWidth, maxLines: 1 },
      ),
    ],
    height,
  };
}
