// One assignment's zone: a short header (number, title, minutes, the guiding question) over its
// pre-drawn structure, the rest of the zone left free to write and stick notes on. The full steps are in
// the deck and handbook. Each zone also measures itself: free area and sticky-note capacity.
import type { LocalisedAssignment, LocalisedDataTeamStart } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import { mmToPt } from '../../units.js';
import type { Rect } from '../geometry.js';
import type { LayoutItem } from '../layout.js';
import type { TextFitter } from '../text-fitter.js';
import { layoutMatrix } from './matrix.js';
import type { PosterScale } from './scale.js';
import { drawStructure } from './structures.js';
import { diagnostic } from '../../diagnostics/messages.js';

/** The sticky note a team writes on: 76 × 76 mm, whatever the paper. */
export const STICKY_NOTE: number = mmToPt(76);
/** Designed sizes at A2 (points): titles and the guiding question, the poster's instruction text. */
export const ZONE_TITLE_PT = 24;
export const ZONE_QUESTION_PT = 13;

export interface ZoneFigures {
  readonly id: string;
  readonly number: number;
  readonly kind: string;
  /** In square points. */
  readonly area: number;
  /** Area to write and stick on: the zone less its header and printed labels (guide lines count as free). */
  readonly free: number;
  /** 76 mm sticky notes that fit side by side without covering printed text. */
  readonly stickyNotes: number;
  /** A table's ruled rows, written in by hand (a table is measured by these, not by notes). */
  readonly rows?: number;
}

export interface Zone {
  readonly items: LayoutItem[];
  readonly figures: ZoneFigures;
}

export function layoutZone(
  kit: LocalisedDataTeamStart,
  assignment: LocalisedAssignment,
  width: number,
  height: number,
  theme: Theme,
  s: PosterScale,
  fitter: TextFitter,
): Zone {
  const c = theme.colours;
  const pad = s.mm(4);
  const inner = width - 2 * pad;
  const items: LayoutItem[] = [
    { kind: 'box', x: 0, y: 0, width, height, stroke: c.rule, strokeWidth: s.mm(0.4), radius: s.mm(3) },
  ];
  const label = `assignment ${assignment.number} (${assignment.title})`;
  const field = (name: string) => `assignments.${assignment.id}.${name}`;

  // Number in an outlined badge, the minutes at the right, the title between them.
  const titleSize = s.text(ZONE_TITLE_PT);
  const badge = titleSize * 1.2;
  items.push({
    kind: 'circle',
    cx: pad + badge / 2,
    cy: pad + badge / 2,
    r: badge / 2,
    stroke: c.primaryText,
    strokeWidth: s.mm(0.7),
  });
  items.push(
    fitter.place(
      {
        text: String(assignment.number),
        weight: 'bold',
        size: titleSize,
        colour: c.primaryText,
        align: 'center',
        role: 'Lbl',
        label: `${label} number`,
      },
      pad,
      pad + (badge - titleSize * 1.2) / 2,
      { width: badge, maxLines: 1 },
    ),
  );
  const minutesSize = s.text(ZONE_QUESTION_PT);
  const minutes = fitter.place(
    {
      text: `${assignment.minutes} ${kit.labels.minutes}`,
      weight: 'semibold',
      size: minutesSize,
      colour: c.primaryText,
      align: 'right',
      role: 'Lbl',
      label: `${label} duration`,
    },
    pad + inner * 0.7,
    pad + (badge - minutesSize * 1.2) / 2,
    { width: inner * 0.3, maxLines: 1 },
  );
  items.push(minutes);
  const minutesWidth = minutes.lines[0]?.width ?? 0;
  const titleX = pad + badge + s.mm(3);
  const title = fitter.place(
    {
      text: assignment.title,
      field: field('title'),
      weight: 'bold',
      size: titleSize,
      minSize: s.min(ZONE_TITLE_PT),
      leading: 1.05,
      colour: c.ink,
      role: 'H2',
      label: `${label}, title,`,
    },
    titleX,
    pad,
    { width: inner - badge - s.mm(3) - minutesWidth - s.mm(3), maxLines: 2 },
  );
  const titleHeight = title.lines.length * title.lineHeight;
  items.push(titleHeight < badge ? { ...title, y: pad + (badge - titleHeight) / 2 } : title);
  let y = pad + Math.max(badge, titleHeight) + s.mm(1.2);
  const question = fitter.place(
    {
      text: assignment.summary,
      field: field('summary'),
      weight: 'italic',
      size: s.text(ZONE_QUESTION_PT),
      minSize: s.min(ZONE_QUESTION_PT),
      leading: 1.15,
      colour: c.ink,
      label: `${label}, guiding question,`,
    },
    pad,
    y,
    { width: inner, maxLines: 2 },
  );
  items.push(question);
  y += question.lines.length * question.lineHeight + s.mm(2.5);
  const header = y;
  items.push({
    kind: 'line',
    x1: pad,
    y1: header - s.mm(1.5),
    x2: width - pad,
    y2: header - s.mm(1.5),
    colour: c.primaryText,
    width: s.mm(0.5),
  });

  const area: Rect = { x: pad, y: header, width: inner, height: height - header - pad };
  let labels: Rect[];
  let free: number;
  let rows: number | undefined;
  if (assignment.canvas.kind === 'matrix') {
    const matrix = layoutMatrix(kit, area.x, area.y, area.width, area.height, theme, s, fitter);
    items.push(...matrix.items);
    labels = [];
    // Initials go in the matrix cells: they are its writing space.
    free = matrix.cells.width * matrix.cells.height;
  } else {
    const drawn = drawStructure(assignment.canvas, area, { assignment, theme, s, fitter });
    items.push(...drawn.items);
    labels = drawn.labels;
    rows = drawn.rows;
    free = width * height - width * header - labels.reduce((sum, r) => sum + r.width * r.height, 0);
  }
  if (area.height < s.mm(20)) {
    fitter.diagnostics.push(
      diagnostic(
        'no-room-to-write/zone',
        {
          number: assignment.number,
          title: assignment.title,
          artefact: fitter.artefact,
          language: kit.language,
        },
        { ...kit.origins[field('summary')], field: `assignments.${assignment.id}` },
      ),
    );
  }
  return {
    items,
    figures: {
      id: assignment.id,
      number: assignment.number,
      kind: assignment.canvas.kind,
      area: width * height,
      free: Math.max(0, free),
      stickyNotes: assignment.canvas.kind === 'matrix' ? 0 : stickyNotes(area, labels),
      ...(rows === undefined ? {} : { rows }),
    },
  };
}

/**
 * How many notes fit without covering a label: the better of two packings. A grid, shifted over the slack
 * of the area in small steps; and notes placed one by one, row by row, each at the first free place, which
 * finds the gaps between labels that a grid misses.
 */
export function stickyNotes(area: Rect, labels: readonly Rect[]): number {
  return Math.max(gridNotes(area, labels), greedyNotes(area, labels));
}

function gridNotes(area: Rect, labels: readonly Rect[]): number {
  const n = STICKY_NOTE;
  const columns = Math.floor(area.width / n);
  const rows = Math.floor(area.height / n);
  const slackX = area.width - columns * n;
  const slackY = area.height - rows * n;
  const steps = 6;
  let best = 0;
  for (let sx = 0; sx <= steps; sx++) {
    for (let sy = 0; sy <= steps; sy++) {
      let count = 0;
      for (let i = 0; i < columns; i++) {
        for (let j = 0; j < rows; j++) {
          const note = {
            x: area.x + (slackX * sx) / steps + i * n,
            y: area.y + (slackY * sy) / steps + j * n,
            width: n,
            height: n,
          };
          if (!labels.some((l) => intersects(note, l))) count++;
        }
      }
      best = Math.max(best, count);
    }
  }
  return best;
}

function greedyNotes(area: Rect, labels: readonly Rect[]): number {
  const n = STICKY_NOTE;
  const step = mmToPt(2);
  const placed: Rect[] = [];
  for (let y = area.y; y + n <= area.y + area.height + 0.01; y += step) {
    for (let x = area.x; x + n <= area.x + area.width + 0.01;) {
      const note = { x, y, width: n, height: n };
      const blocker = labels.find((r) => intersects(note, r)) ?? placed.find((r) => intersects(note, r));
      if (blocker) {
        // Jump past what is in the way rather than creeping over it.
        x = Math.max(x + step, blocker.x + blocker.width);
        continue;
      }
      placed.push(note);
      x += n;
    }
  }
  return placed.length;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
