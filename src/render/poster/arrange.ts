// Where the zones go: in columns (upright) or around the edge of a table, each facing its side. The
// placer lays out and records each zone; these functions only decide its rectangle and turn.
import type { LocalisedAssignment } from '../../content/model.js';
import type { Pt } from '../../units.js';
import type { PosterScale } from './scale.js';
import { STICKY_NOTE } from './zone.js';

/** How the height of a column of zones is shared out, by each assignment's writingArea in kit.yaml. */
const ZONE_WEIGHT = { small: 2, medium: 3, large: 4 } as const;

export type Place = (
  assignment: LocalisedAssignment,
  x: Pt,
  y: Pt,
  rotate: 0 | 90 | 180 | 270,
  width: Pt,
  height: Pt,
) => void;

/** Zones in columns, read top to bottom then left to right; the height shared by their writingArea weight. */
export function layoutGrid(
  assignments: readonly LocalisedAssignment[],
  x: Pt,
  y: Pt,
  width: Pt,
  height: Pt,
  columns: number,
  gutter: Pt,
  place: Place,
): void {
  const perColumn = Math.ceil(assignments.length / columns);
  const usedColumns = Math.ceil(assignments.length / perColumn);
  const columnWidth = (width - (usedColumns - 1) * gutter) / usedColumns;
  for (let col = 0; col < usedColumns; col++) {
    const inColumn = assignments.slice(col * perColumn, (col + 1) * perColumn);
    const weights = inColumn.map((a) => ZONE_WEIGHT[a.writingArea]);
    const total = weights.reduce((a, b) => a + b, 0);
    const available = height - (inColumn.length - 1) * gutter;
    let by = y;
    inColumn.forEach((assignment, i) => {
      const zoneHeight = (available * (weights[i] ?? 0)) / total;
      place(assignment, x + col * (columnWidth + gutter), by, 0, columnWidth, zoneHeight);
      by += zoneHeight + gutter;
    });
  }
}

/**
 * The table layout: zones around the edge, each facing the nearest edge of the table, numbered
 * clockwise from the bottom left; the centre is left for the title and the matrix.
 */
export function layoutAroundTable(
  assignments: readonly LocalisedAssignment[],
  s: PosterScale,
  x: Pt,
  y: Pt,
  width: Pt,
  height: Pt,
  gutter: Pt,
  place: Place,
  fullSides: boolean,
): { centre: { x: Pt; y: Pt; width: Pt; height: Pt }; centreZone?: LocalisedAssignment } {
  const n = assignments.length;
  const noteRow = STICKY_NOTE + s.mm(36);
  const three = 3 * STICKY_NOTE + s.mm(10);
  // Where a long edge cannot hold a row of three notes per zone, two zones run down each side, one
  // between them at the top and at the bottom, and one in the centre.
  const oldDepth = Math.min(s.mm(190), height * 0.27);
  if (
    fullSides &&
    width < height &&
    n === 7 &&
    width / 3 < three &&
    oldDepth < 2 * STICKY_NOTE + s.mm(36) &&
    height / 2 >= three &&
    noteRow * 2 < width * 0.6
  ) {
    const sideLength = (height - gutter) / 2;
    const middle = width - 2 * noteRow - 2 * gutter;
    const slots = bySlot(assignments);
    const at = (i: number) => slots[i] as LocalisedAssignment;
    // Clockwise from the bottom left: bottom, left side (bottom up), top, right side (top down).
    place(at(0), x + noteRow + gutter, y + height - noteRow, 0, middle, noteRow);
    place(at(1), x + noteRow, y + sideLength + gutter, 90, sideLength, noteRow);
    place(at(2), x + noteRow, y, 90, sideLength, noteRow);
    place(at(3), x + noteRow + gutter + middle, y + noteRow, 180, middle, noteRow);
    place(at(4), x + width - noteRow, y + sideLength, 270, sideLength, noteRow);
    place(at(5), x + width - noteRow, y + height, 270, sideLength, noteRow);
    return {
      centre: {
        x: x + noteRow + gutter,
        y: y + noteRow + gutter,
        width: middle,
        height: height - 2 * noteRow - 2 * gutter,
      },
      centreZone: at(6),
    };
  }
  // The long edges (bottom, top) take the most zones; in portrait one or two go on each side, in
  // landscape the short sides stay free and the centre runs from side to side.
  const landscape = width > height;
  const sides = landscape ? 0 : n >= 9 ? 2 : 1;
  const bottom = Math.ceil((n - 2 * sides) / 2);
  const top = n - 2 * sides - bottom;
  // Zones on the long edges hold two rows of notes where the paper allows; side zones one, beside the centre.
  const depth = landscape
    ? Math.min(s.mm(190), (height - s.mm(150) - 2 * gutter) / 2)
    : Math.min(s.mm(190), height * 0.27);
  // Side zones deep enough for a row of 76 mm notes under their header, where the centre keeps its width.
  const sideDepth =
    sides === 0
      ? -gutter
      : Math.max(Math.min(s.mm(112), width * 0.25), noteRow <= width * 0.29 ? noteRow : 0);
  const sideLength = height - 2 * depth - 2 * gutter;
  const edges: { count: number; rotate: 0 | 90 | 180 | 270 }[] = [
    { count: bottom, rotate: 0 },
    { count: sides, rotate: 270 },
    { count: top, rotate: 180 },
    { count: sides, rotate: 90 },
  ];
  let index = 0;
  for (const edge of edges.filter((e) => e.count > 0)) {
    const along = edge.rotate === 0 || edge.rotate === 180 ? width : sideLength;
    const zoneWidth = (along - (edge.count - 1) * gutter) / edge.count;
    for (let k = 0; k < edge.count; k++) {
      const assignment = assignments[index++];
      if (!assignment) continue;
      const offset = k * (zoneWidth + gutter);
      const sideTop = y + depth + gutter;
      // Place the zone's local origin (its top left as its reader sees it) on the page.
      if (edge.rotate === 0) place(assignment, x + offset, y + height - depth, 0, zoneWidth, depth);
      else if (edge.rotate === 180) place(assignment, x + width - offset, y + depth, 180, zoneWidth, depth);
      else if (edge.rotate === 270)
        place(assignment, x + width - sideDepth, sideTop + sideLength - offset, 270, zoneWidth, sideDepth);
      else place(assignment, x + sideDepth, sideTop + offset, 90, zoneWidth, sideDepth);
    }
  }
  return {
    centre: {
      x: x + sideDepth + gutter,
      y: y + depth + gutter,
      width: width - 2 * sideDepth - 2 * gutter,
      height: sideLength,
    },
  };
}

/**
 * Which zone goes where in the ring of seven, in clockwise order (bottom, left up, top, right down,
 * centre). The long sides hold three notes in a row, the narrow middle slots (bottom, top, centre) two: so
 * where a kit has three tables, which are written in row by row, they take the middle slots, and the
 * structures made for notes the sides; each group keeps its order. Otherwise the zones go in order.
 */
function bySlot(assignments: readonly LocalisedAssignment[]): readonly LocalisedAssignment[] {
  const tables = assignments.filter((a) => a.canvas.kind === 'table');
  const notes = assignments.filter((a) => a.canvas.kind !== 'table');
  if (tables.length !== 3 || notes.length !== 4) return assignments;
  const [t1, t2, t3] = tables;
  const [n1, n2, n3, n4] = notes;
  return [t1, n1, n2, t2, n3, n4, t3] as LocalisedAssignment[];
}
