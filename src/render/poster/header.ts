// The poster's title block, in two forms: a full-width band at the top of the upright poster (running
// into the bleed), or a stacked panel in the centre of the table layout, read from the facilitator's side.
// Both hold the title and subtitle, the organisation (logo or name), "how to use this poster" and the
// session record (team, project, date, facilitator).
import type { LocalisedDataTeamStart } from '../../content/model.js';
import { logoResolution } from '../../media/logo.js';
import type { Theme } from '../../theme/theme.js';
import { brandOrigin } from '../../theme/theme.js';
import type { Pt } from '../../units.js';
import type { LayoutItem } from '../layout.js';
import type { TextFitter } from '../text-fitter.js';
import type { PosterScale } from './scale.js';
import { MIN_BODY_PT } from './scale.js';
import { diagnostic } from '../../diagnostics/messages.js';

export { MIN_LOGO_DPI } from '../../media/logo.js';

export interface HeaderContext {
  readonly kit: LocalisedDataTeamStart;
  readonly theme: Theme;
  readonly s: PosterScale;
  readonly fitter: TextFitter;
}

interface Area {
  readonly x: Pt;
  readonly y: Pt;
  readonly width: Pt;
}

/** Where the parts of the block go: the titles at the left, how-to (and, banded, the record) beside them. */
interface Frame {
  readonly stacked: boolean;
  readonly left: Pt;
  readonly top: Pt;
  readonly leftWidth: Pt;
  /** The title's width where a logo sits beside it (else leftWidth). */
  readonly titleWidth?: Pt;
  readonly rightX: Pt;
  readonly rightWidth: Pt;
}

/** The stacked panel of the table layout: as tall as its content. */
export function titlePanel(ctx: HeaderContext, area: Area): { items: LayoutItem[]; height: Pt } {
  const { s, theme } = ctx;
  const margin = s.mm(5);
  const contentWidth = area.width - 2 * margin;
  const left = area.x + margin;
  // A logo goes beside the title, as tall as its line, where the title still fits on that line: the panel
  // keeps its height and the zones around it their room. Otherwise it goes under the subtitle.
  const beside = logoBeside(ctx, contentWidth);
  const frame: Frame = {
    stacked: true,
    left,
    top: area.y + margin,
    leftWidth: contentWidth,
    ...(beside ? { titleWidth: contentWidth - beside.width - s.mm(4) } : {}),
    rightX: left,
    rightWidth: contentWidth,
  };
  const titles = placeTitles(ctx, frame);
  const items = [...titles.items];
  let y = frame.top + titles.titleHeight + titles.subtitleHeight + s.mm(6);
  if (beside) {
    items.push(...beside.at(left + contentWidth - beside.width, frame.top));
  } else {
    const organisation = placeOrganisation(ctx, frame, y);
    items.push(...organisation.items);
    y = organisation.y;
  }
  const howTo = placeHowTo(ctx, frame.rightX, y, frame.rightWidth);
  items.push(...howTo.items);
  y = howTo.bottom + s.mm(3);
  const session = layoutSession(ctx, left, y, contentWidth, 2);
  items.push(...session.items);
  y += session.height;
  const panelHeight = y - area.y + margin * 0.7;
  items.unshift(
    {
      kind: 'box',
      x: area.x,
      y: area.y,
      width: area.width,
      height: panelHeight,
      fill: theme.colours.tint,
      radius: s.mm(3),
    },
    {
      kind: 'box',
      x: area.x,
      y: area.y + s.mm(3),
      width: s.mm(1.5),
      height: panelHeight - s.mm(6),
      fill: theme.colours.primary,
    },
  );
  return { items, height: panelHeight };
}

/** The logo's plate for beside the title, if there is a logo and the title still fits on one line. */
function logoBeside(ctx: HeaderContext, contentWidth: Pt): ReturnType<typeof logoPlate> | undefined {
  const { s, theme, fitter } = ctx;
  if (!theme.organisation?.logo) return undefined;
  const { title } = titleSpecs(ctx, true);
  // The plate (logo and 2.5 mm around it) as tall as the title's line.
  const plate = logoPlate(ctx, title.size * title.leading - s.mm(5));
  const fits = fitter.measureLines(title, { width: contentWidth - plate.width - s.mm(4) }) === 1;
  return fits ? plate : undefined;
}

/** The band across the top of the upright poster: a fixed height, running into the bleed on three sides. */
export function titleBand(ctx: HeaderContext, area: Area, bleed: Pt): { items: LayoutItem[]; height: Pt } {
  const { kit, s, theme, fitter } = ctx;
  const c = theme.colours;
  const margin = s.mm(12);
  const height = s.mm(68) + (theme.organisation?.logo ? s.mm(14) : 0);
  const items: LayoutItem[] = [
    // The band runs into the bleed on three sides, so trimming never leaves a white edge.
    {
      kind: 'box',
      x: area.x - bleed,
      y: area.y - bleed,
      width: area.width + 2 * bleed,
      height: height + bleed,
      fill: c.tint,
    },
    // The brand colour as an accent line under the band, not as a solid area of ink.
    {
      kind: 'box',
      x: area.x - bleed,
      y: area.y + height - s.mm(1.5),
      width: area.width + 2 * bleed,
      height: s.mm(1.5),
      fill: c.primary,
    },
  ];
  const contentWidth = area.width - 2 * margin;
  const leftWidth = contentWidth * 0.42;
  // The session record takes the last column, right of the how-to.
  const sessionWidth = contentWidth * 0.26;
  const left = area.x + margin;
  const frame: Frame = {
    stacked: false,
    left,
    top: area.y + margin * 0.9,
    leftWidth,
    rightX: left + leftWidth + s.mm(8),
    rightWidth: contentWidth - leftWidth - sessionWidth - s.mm(16),
  };
  const titles = placeTitles(ctx, frame);
  items.push(...titles.items);
  // The logo or name sits at the left under the subtitle, clear of the how-to and the session record.
  items.push(
    ...placeOrganisation(
      ctx,
      frame,
      frame.top + titles.titleHeight + s.mm(2) + titles.subtitleHeight + s.mm(3),
    ).items,
  );
  const howTo = placeHowTo(ctx, frame.rightX, frame.top, frame.rightWidth);
  items.push(...howTo.items);
  items.push(
    ...layoutSession(ctx, area.x + area.width - margin - sessionWidth, frame.top, sessionWidth, 1).items,
  );
  if (howTo.bottom > area.y + height - s.mm(3)) {
    fitter.diagnostics.push(
      diagnostic(
        'text-overflow/poster-how-to',
        { mm: ((howTo.bottom - area.y - height) / s.mm(1)).toFixed(1) },
        { ...kit.origins['introduction.posterHowTo[0]'], field: 'introduction.posterHowTo' },
      ),
    );
  }
  return { items, height };
}

/** Title and subtitle, 2 mm apart, with the height of each. */
function placeTitles(
  ctx: HeaderContext,
  f: Frame,
): { items: LayoutItem[]; titleHeight: Pt; subtitleHeight: Pt } {
  const { s, fitter } = ctx;
  const specs = titleSpecs(ctx, f.stacked);
  const title = fitter.place(specs.title, f.left, f.top, { width: f.titleWidth ?? f.leftWidth, maxLines: 1 });
  const subtitle = fitter.place(specs.subtitle, f.left, f.top + title.lineHeight + s.mm(2), {
    width: f.leftWidth,
    maxLines: 2,
  });
  return {
    items: [title, subtitle],
    titleHeight: title.lineHeight,
    subtitleHeight: subtitle.lines.length * subtitle.lineHeight,
  };
}

/** The title (one line) and subtitle (up to two), larger in the band than in the stacked panel. */
function titleSpecs(ctx: HeaderContext, stacked: boolean) {
  const { kit, s, theme } = ctx;
  const colour = theme.colours.primaryText;
  return {
    title: {
      text: kit.meta.title,
      field: 'kit.title',
      weight: 'bold' as const,
      size: s.text(stacked ? 40 : 66),
      minSize: s.min(stacked ? 40 : 66),
      leading: 1.0,
      colour,
      role: 'H1' as const,
      label: 'the poster title',
    },
    subtitle: {
      text: kit.meta.subtitle,
      field: 'kit.subtitle',
      weight: 'regular' as const,
      size: s.text(stacked ? 16 : 20),
      minSize: s.min(stacked ? 16 : 20),
      leading: 1.15,
      colour,
      label: 'the poster subtitle',
    },
  };
}

/**
 * The logo on a white plate (so it keeps the colours it was designed for), `logoHeight` high at most and
 * 70 mm wide at most; its resolution checked where it is placed.
 */
function logoPlate(
  ctx: HeaderContext,
  logoHeight: Pt,
): { width: Pt; height: Pt; at: (x: Pt, y: Pt) => LayoutItem[] } {
  const { s, theme, fitter } = ctx;
  const logo = theme.organisation?.logo;
  if (!logo) throw new Error('logoPlate needs a logo');
  const plate = s.mm(2.5);
  const logoWidth = Math.min(s.mm(70), (logoHeight * logo.widthPx) / logo.heightPx);
  const drawnHeight = (logoWidth * logo.heightPx) / logo.widthPx;
  return {
    width: logoWidth + 2 * plate,
    height: drawnHeight + 2 * plate,
    at: (x, y) => {
      const blurred = logoResolution(logo, {
        artefact: fitter.artefact,
        language: fitter.language,
        widthPt: logoWidth,
      });
      if (blurred) fitter.diagnostics.push(blurred);
      return [
        {
          kind: 'box',
          x,
          y,
          width: logoWidth + 2 * plate,
          height: drawnHeight + 2 * plate,
          fill: theme.colours.paper,
          radius: s.mm(1.5),
        },
        {
          kind: 'image',
          x: x + plate,
          y: y + plate,
          width: logoWidth,
          height: drawnHeight,
          png: logo.png,
          alt: logo.alt,
        },
      ];
    },
  };
}

/**
 * The organisation of a brand: its logo on a white plate (so it keeps the colours it was designed for), or
 * else its name. Stacked, it sits at `y` and pushes what follows down (the returned `y`); banded, at the
 * left under the subtitle.
 */
function placeOrganisation(ctx: HeaderContext, f: Frame, y: Pt): { items: LayoutItem[]; y: Pt } {
  const { s, theme, fitter } = ctx;
  const c = theme.colours;
  const organisation = theme.organisation;
  if (organisation?.logo) {
    const plate = logoPlate(ctx, s.mm(16));
    const x = f.stacked ? f.rightX + f.rightWidth - plate.width : f.left;
    return { items: plate.at(x, y), y: y + (plate.height + s.mm(3)) };
  }
  if (organisation) {
    const name = fitter.place(
      {
        text: organisation.name,
        weight: 'semibold',
        size: s.text(13, MIN_BODY_PT),
        colour: c.primaryText,
        align: 'left',
        role: 'P',
        label: 'the organisation name',
        ...brandOrigin(organisation, 'name'),
      },
      f.left,
      y,
      { width: f.stacked ? f.rightWidth : f.leftWidth, maxLines: 1 },
    );
    return { items: [name], y: y + (name.lineHeight + s.mm(2)) };
  }
  return { items: [], y };
}

/** "How to use this poster": a heading over numbered lines. */
function placeHowTo(ctx: HeaderContext, x: Pt, top: Pt, width: Pt): { items: LayoutItem[]; bottom: Pt } {
  const { kit, s, theme, fitter } = ctx;
  const c = theme.colours;
  const items: LayoutItem[] = [];
  const size = s.text(11.5, MIN_BODY_PT);
  const heading = fitter.place(
    {
      text: kit.labels.howToUse,
      field: 'labels.howToUse',
      weight: 'bold',
      size: size * 1.1,
      colour: c.primaryText,
      role: 'H2',
      label: 'the heading of how to use',
    },
    x,
    top,
    { width, maxLines: 1 },
  );
  items.push(heading);
  let y = top + (heading.lineHeight + s.mm(1));
  kit.introduction.posterHowTo.forEach((line, i) => {
    items.push(
      fitter.place(
        {
          text: `${i + 1}`,
          weight: 'bold',
          size,
          colour: c.primaryText,
          role: 'Lbl',
          label: 'how-to number',
        },
        x,
        y,
        { width: size, maxLines: 1 },
      ),
    );
    const text = fitter.place(
      {
        text: line,
        field: `introduction.posterHowTo[${i}]`,
        weight: 'regular',
        size,
        minSize: s.min(11.5, MIN_BODY_PT),
        colour: c.primaryText,
        label: `how to use, line ${i + 1},`,
      },
      x + size * 1.3,
      y,
      { width: width - size * 1.3, maxLines: 2 },
    );
    items.push(text);
    y += text.lines.length * text.lineHeight + s.mm(0.8);
  });
  return { items, bottom: y };
}

/** The session record: team, project, date and facilitator, each with a line to write on. */
function layoutSession(
  ctx: HeaderContext,
  x: Pt,
  y: Pt,
  width: Pt,
  columns: 1 | 2,
): { items: LayoutItem[]; height: Pt } {
  const { kit, s, theme, fitter } = ctx;
  const c = theme.colours;
  const items: LayoutItem[] = [];
  const size = s.text(12, MIN_BODY_PT);
  const row = s.mm(10);
  const gap = s.mm(6);
  const columnWidth = (width - (columns - 1) * gap) / columns;
  const fields = ['team', 'project', 'date', 'facilitator'] as const;
  fields.forEach((key, i) => {
    const cx = x + (i % columns) * (columnWidth + gap);
    const cy = y + Math.floor(i / columns) * row;
    const label = fitter.place(
      {
        text: `${kit.labels.session[key]}:`,
        field: `labels.session.${key}`,
        weight: 'semibold',
        size,
        minSize: s.min(12, MIN_BODY_PT),
        colour: c.primaryText,
        role: 'Lbl',
        label: `the session record, ${key},`,
      },
      cx,
      cy + row - size * 1.45,
      { width: columnWidth * 0.6, maxLines: 1 },
    );
    items.push(label);
    const start = cx + (label.lines[0]?.width ?? 0) + s.mm(2);
    items.push({
      kind: 'line',
      x1: start,
      y1: cy + row - s.mm(1),
      x2: cx + columnWidth,
      y2: cy + row - s.mm(1),
      colour: c.muted,
      width: s.mm(0.3),
    });
  });
  return { items, height: Math.ceil(fields.length / columns) * row };
}
