// Plans the poster: pure, from the localised kit, theme and options to a laid-out page and diagnostics.
import type { LocalisedDataTeamStart } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import { brandOrigin, organisationLine } from '../../theme/theme.js';
import type { Mm, Pt } from '../../units.js';
import { mmToPt } from '../../units.js';
import type { LayoutItem, TextItem } from '../layout.js';
import type { Placement } from '../text-fitter.js';
import { TextFitter } from '../text-fitter.js';
import { placedLines } from '../geometry.js';
import type { ZoneFigures } from './zone.js';
import { layoutZone, STICKY_NOTE } from './zone.js';
import { fill } from '../../content/schema/download.js';
import { TABLE_ROWS } from './structures.js';
import { titleBand, titlePanel } from './header.js';
import type { Place } from './arrange.js';
import { layoutAroundTable, layoutGrid } from './arrange.js';
import type { Orientation, PosterPaper } from './paper.js';
import { paperInPoints } from './paper.js';
import type { PosterScale } from './scale.js';
import { posterScale } from './scale.js';
import { diagnostic } from '../../diagnostics/messages.js';

/** The type on a tiled sheet's label strip: its name, and the line that says how to use it. */
export const TILE_NAME_PT = 11;
export const TILE_TEXT_PT = 7;
/** Widths (mm) every sheet size leaves them beside the map: A4 portrait's strip is about 196 mm. */
export const TILE_NAME_WIDTH = 90;
export const TILE_TEXT_WIDTH = 150;

/** Each zone should hold this many 76 mm sticky notes without covering printed text. */
export const MIN_STICKY_NOTES = 3;

export { MIN_LOGO_DPI } from './header.js';

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
  layout: 'table',
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
  readonly figures: PosterFigures;
  /**
   * What a tiled sheet says in the kit's language: its name ({row}-{column}) and how to use it, the
   * latter broken into lines by the fitter that measured it (placed at 0,0: each sheet moves it).
   */
  readonly tileText: { readonly sheet: string; readonly instructions: TextItem };
}

export interface PosterFigures {
  /** Free writing and sticking area as a share of the trimmed sheet. */
  readonly writingFraction: number;
  readonly zones: readonly ZoneFigures[];
  /** The smallest sizes printed, in points: zone titles and the instruction text (guiding questions). */
  readonly minTitlePt: Pt;
  readonly minInstructionPt: Pt;
}

/** The plan, its diagnostics, and where the chosen layout put each text (for `dts translate fit`). */
export interface PosterPlanned {
  readonly plan: PosterPlan;
  readonly diagnostics: Diagnostic[];
  readonly placements: readonly Placement[];
}

export function planPoster(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: PosterOptions = defaultPosterOptions,
): PosterPlanned {
  // The table layout first tries full-height side zones (more notes per zone on A2); where its squeezed
  // centre does not fit the texts, the zones share the long edges instead.
  const tileTexts = fitTileTexts(kit, theme, options);
  const roomy = planWith(kit, theme, options, true);
  const chosen =
    options.layout !== 'table' || !roomy.diagnostics.some((d) => d.severity === 'error')
      ? roomy
      : planWith(kit, theme, options, false);
  return {
    plan: {
      ...chosen.plan,
      tileText: { sheet: kit.labels.tiles.sheet, instructions: tileTexts.instructions },
    },
    diagnostics: [...chosen.diagnostics, ...tileTexts.diagnostics],
    placements: [...chosen.placements, ...tileTexts.placements],
  };
}

/**
 * The tiled sheets' own texts, which go in the label strip under each sheet: measured at the sizes and in
 * the widths every sheet size leaves them (the instructions on up to two lines), so a long translation is
 * an error before anything is printed. Apart from the layout, which they do not depend on.
 */
function fitTileTexts(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: PosterOptions,
): { instructions: TextItem; diagnostics: Diagnostic[]; placements: readonly Placement[] } {
  const fitter = new TextFitter(kit, theme, `${options.paper} ${options.orientation} poster`);
  fitter.fit(
    {
      text: fill(kit.labels.tiles.sheet, { row: '8', column: '8' }),
      field: 'labels.tiles.sheet',
      weight: 'bold',
      size: TILE_NAME_PT,
      colour: theme.colours.ink,
      label: 'the name of a tiled sheet',
    },
    { width: mmToPt(TILE_NAME_WIDTH), maxLines: 1 },
  );
  const instructions = fitter.place(
    {
      text: kit.labels.tiles.instructions,
      field: 'labels.tiles.instructions',
      weight: 'regular',
      size: TILE_TEXT_PT,
      colour: theme.colours.ink,
      label: 'the instructions on a tiled sheet',
    },
    0,
    0,
    { width: mmToPt(TILE_TEXT_WIDTH), maxLines: 2 },
  );
  return { instructions, diagnostics: fitter.diagnostics, placements: fitter.placements };
}

function planWith(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: PosterOptions,
  fullSides: boolean,
): { plan: Omit<PosterPlan, 'tileText'>; diagnostics: Diagnostic[]; placements: readonly Placement[] } {
  const trim = paperInPoints(options.paper, options.orientation);
  const s = posterScale(trim.width, trim.height);
  const fitter = new TextFitter(kit, theme, `${options.paper} ${options.orientation} poster`);
  const headerContext = { kit, theme, s, fitter };
  const bleed = mmToPt(options.bleed);
  // Narrow margins and gutters: the sheet is for writing; 6 mm is still clear of an office printer's edge.
  const margin = s.mm(6);
  const gutter = s.mm(3);
  const items: LayoutItem[] = [];
  const zones: ZoneFigures[] = [];
  const place: Place = (assignment, x, y, rotate, width, height) => {
    const zone = layoutZone(kit, assignment, width, height, theme, s, fitter);
    zones.push(zone.figures);
    items.push(group(x, y, rotate, width, height, zone.items, assignment));
  };
  // The team-profile matrix is a zone of its own, in the centre (table) or as a band (upright).
  const matrixZone = kit.assignments.find((a) => a.canvas.kind === 'matrix');
  const others = kit.assignments.filter((a) => a !== matrixZone);

  const footer = layoutFooter(kit, theme, s, fitter, margin, trim.height - margin, trim.width - 2 * margin);
  items.push(...footer.items);
  const footerY = trim.height - margin - footer.height;
  const contentWidth = trim.width - 2 * margin;

  if (options.layout === 'table') {
    // Around the edge, each zone facing its side of the table; in the centre the title and the matrix, upright.
    const around = layoutAroundTable(
      others,
      s,
      margin,
      margin,
      contentWidth,
      footerY - s.mm(3) - margin,
      gutter,
      place,
      fullSides,
    );
    const { centre } = around;
    const inCentre = around.centreZone;
    if (inCentre) {
      // A note zone at the foot of the centre, read from the facilitator's side; title and matrix above it.
      const zoneHeight = STICKY_NOTE + s.mm(36);
      place(inCentre, centre.x, centre.y + centre.height - zoneHeight, 0, centre.width, zoneHeight);
      centre.height -= zoneHeight + gutter;
    }
    if (centre.width > centre.height * 1.3) {
      // A wide centre (landscape): the title panel at the left, the matrix zone beside it.
      const panelWidth = centre.width * 0.36;
      items.push(...titlePanel(headerContext, { x: centre.x, y: centre.y, width: panelWidth }).items);
      const matrixX = centre.x + panelWidth + gutter;
      if (matrixZone)
        place(matrixZone, matrixX, centre.y, 0, centre.x + centre.width - matrixX, centre.height);
    } else {
      const header = titlePanel(headerContext, { x: centre.x, y: centre.y, width: centre.width });
      items.push(...header.items);
      const matrixY = centre.y + header.height + gutter;
      if (matrixZone)
        place(matrixZone, centre.x, matrixY, 0, centre.width, centre.y + centre.height - matrixY);
    }
  } else {
    const header = titleBand(headerContext, { x: 0, y: 0, width: trim.width }, bleed);
    items.push(...header.items);
    const bodyTop = header.height + gutter;
    const bodyBottom = footerY - s.mm(3);
    if (options.orientation === 'portrait') {
      // The zones in columns, the matrix zone as a band across the bottom.
      const matrixHeight = matrixZone ? s.mm(150) : -gutter;
      const matrixY = bodyBottom - matrixHeight;
      layoutGrid(others, margin, bodyTop, contentWidth, matrixY - gutter - bodyTop, 3, gutter, place);
      if (matrixZone) place(matrixZone, margin, matrixY, 0, contentWidth, matrixHeight);
    } else {
      // Landscape: the zones in columns at the left, the matrix zone as a column at the right.
      const matrixWidth = matrixZone ? contentWidth * 0.3 : -gutter;
      const gridWidth = contentWidth - matrixWidth - gutter;
      layoutGrid(others, margin, bodyTop, gridWidth, bodyBottom - bodyTop, 4, gutter, place);
      if (matrixZone)
        place(matrixZone, margin + gridWidth + gutter, bodyTop, 0, matrixWidth, bodyBottom - bodyTop);
    }
  }

  // Where a table poster's zones hold fewer notes (or a table fewer rows) than a team of six needs, the
  // build says so: A3 relaxes the rule, and so may landscape; A2 and A1 portrait meet it with the shipped
  // texts (the tests hold them to it). The wall layout is measured and reported, not held to it.
  const short = zones.filter((z) =>
    z.kind === 'matrix'
      ? false
      : z.rows === undefined
        ? z.stickyNotes < MIN_STICKY_NOTES
        : z.rows < TABLE_ROWS,
  );
  if (options.layout === 'table' && short.length > 0) {
    fitter.diagnostics.push(
      diagnostic(
        'no-room-to-write/team-of-six',
        {
          artefact: fitter.artefact,
          language: kit.language,
          short: short.length,
          zones: zones.length - (matrixZone ? 1 : 0),
          notes: MIN_STICKY_NOTES,
          rows: TABLE_ROWS,
          which: short
            .map((z) =>
              z.rows === undefined
                ? `${z.number} (${z.stickyNotes} ${z.stickyNotes === 1 ? 'note' : 'notes'})`
                : `${z.number} (${z.rows} rows)`,
            )
            .join(', '),
          landscape: options.orientation === 'landscape',
        },
        { field: 'assignments' },
      ),
    );
  }
  const diagnostics = [...fitter.diagnostics];
  const lines = placedLines(items);
  const sizes = (suffix: string) =>
    lines.filter((l) => l.field?.startsWith('assignments.') && l.field.endsWith(suffix)).map((l) => l.size);
  const plan: Omit<PosterPlan, 'tileText'> = {
    trim,
    bleed,
    items,
    title: `${kit.meta.title} — ${kit.meta.subtitle}`,
    subject: kit.meta.subtitle,
    language: kit.language,
    author: kit.meta.credits,
    keywords: kit.assignments.map((a) => a.title).join(', '),
    options,
    figures: {
      writingFraction: zones.reduce((sum, z) => sum + z.free, 0) / (trim.width * trim.height),
      zones: [...zones].sort((a, b) => a.number - b.number),
      minTitlePt: Math.min(...sizes('.title')),
      minInstructionPt: Math.min(...sizes('.summary')),
    },
  };
  return { plan, diagnostics, placements: fitter.placements };
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
  const organisation = theme.organisation;
  const contact = organisation?.contact;
  // The header shows the organisation's logo or its name; with a logo, the name is printed here as text.
  const brandLine =
    organisation &&
    (organisation.logo
      ? organisationLine(organisation)
      : contact
        ? { text: contact, ...brandOrigin(organisation, 'contact') }
        : undefined);
  const right = [brandLine?.text, `${kit.meta.title} · ${kit.labels.version} ${kit.version}`]
    .filter(Boolean)
    .join(' · ');
  const rightWidth = width * (brandLine ? 0.4 : 0.25);
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
          label: brandLine ? 'the footer (organisation and version)' : 'the footer version',
          ...(brandLine
            ? { field: brandLine.field, ...(brandLine.origin ? { origin: brandLine.origin } : {}) }
            : {}),
        },
        x + width - rightWidth,
        bottom - size * 1.2,
        { width: rightWidth, maxLines: 1 },
      ),
    ],
    height,
  };
}
