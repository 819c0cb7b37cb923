// Where laid-out text ends up on the page: groups resolved into absolute rectangles, for overlap checks
// and tests.
// Points throughout (src/render/units.ts): the PDFs' own unit, so nothing converts between here and pdfkit.
import type { LayoutItem, TextItem } from './layout.js';
import type { Pt } from './units.js';

export interface Rect {
  readonly x: Pt;
  readonly y: Pt;
  readonly width: Pt;
  readonly height: Pt;
}

export interface PlacedLine {
  readonly text: string;
  readonly field?: string;
  readonly size: Pt;
  /** The line's ink box on the page: from cap height to just below the baseline. */
  readonly box: Rect;
  readonly rotate: 0 | 90 | 180 | 270;
}

type Transform = (x: number, y: number) => [number, number];

export function placedLines(items: readonly LayoutItem[]): PlacedLine[] {
  const out: PlacedLine[] = [];
  const walk = (list: readonly LayoutItem[], transform: Transform, rotate: 0 | 90 | 180 | 270) => {
    for (const item of list) {
      if (item.kind === 'group') {
        const inner: Transform = (x, y) => {
          const [rx, ry] = rotatePoint(x, y, item.rotate);
          return transform(item.x + rx, item.y + ry);
        };
        walk(item.items, inner, ((rotate + item.rotate) % 360) as 0 | 90 | 180 | 270);
      } else if (item.kind === 'text') {
        out.push(...linesOf(item, transform, rotate));
      }
    }
  };
  walk(items, (x, y) => [x, y], 0);
  return out;
}

/** pdfkit's rotate(angle) turns clockwise on the page (y grows downwards). */
function rotatePoint(x: number, y: number, rotate: 0 | 90 | 180 | 270): [number, number] {
  switch (rotate) {
    case 90:
      return [-y, x];
    case 180:
      return [-x, -y];
    case 270:
      return [y, -x];
    default:
      return [x, y];
  }
}

function linesOf(item: TextItem, transform: Transform, rotate: PlacedLine['rotate']): PlacedLine[] {
  return item.lines.flatMap((line, i) => {
    if (!line.text) return [];
    const dx =
      item.align === 'center'
        ? (item.width - line.width) / 2
        : item.align === 'right'
          ? item.width - line.width
          : 0;
    const baseline = item.y + i * item.lineHeight + (item.lineHeight + 0.66 * item.size) / 2;
    const corners = [
      transform(item.x + dx, baseline - 0.7 * item.size),
      transform(item.x + dx + line.width, baseline + 0.2 * item.size),
    ];
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const box = {
      x: Math.min(...xs),
      y: Math.min(...ys),
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
    };
    return [{ text: line.text, size: item.size, box, rotate, ...(item.field ? { field: item.field } : {}) }];
  });
}

export function overlaps(a: Rect, b: Rect, tolerance = 0.1): boolean {
  return (
    a.x + a.width - tolerance > b.x &&
    b.x + b.width - tolerance > a.x &&
    a.y + a.height - tolerance > b.y &&
    b.y + b.height - tolerance > a.y
  );
}

/** Every pair of lines whose ink boxes overlap. */
export function overlappingLines(lines: readonly PlacedLine[]): [PlacedLine, PlacedLine][] {
  const pairs: [PlacedLine, PlacedLine][] = [];
  const sorted = [...lines].sort((a, b) => a.box.y - b.box.y);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    if (!a) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (!b) continue;
      if (b.box.y > a.box.y + a.box.height) break;
      if (overlaps(a.box, b.box)) pairs.push([a, b]);
    }
  }
  return pairs;
}

export function within(inner: Rect, outer: Rect, tolerance = 0.5): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}

/**
 * The fill colour under each top-level text item: the last filled box drawn before it that contains the
 * text's first line (the page's paper colour when none does). Groups are checked in their own coordinates
 * against their own boxes.
 */
export function backgroundsOfText(
  items: readonly LayoutItem[],
  paper: string,
): { item: TextItem; background: string }[] {
  const out: { item: TextItem; background: string }[] = [];
  items.forEach((item, index) => {
    if (item.kind === 'group') out.push(...backgroundsOfText(item.items, paper));
    if (item.kind !== 'text' || item.lines.length === 0) return;
    const probe = { x: item.x + 1, y: item.y + item.lineHeight / 2 };
    let background = paper;
    for (const earlier of items.slice(0, index)) {
      if (
        earlier.kind === 'box' &&
        earlier.fill &&
        probe.x >= earlier.x &&
        probe.x <= earlier.x + earlier.width &&
        probe.y >= earlier.y &&
        probe.y <= earlier.y + earlier.height
      ) {
        background = earlier.fill;
      }
    }
    out.push({ item, background });
  });
  return out;
}

/**
 * The page rectangle an item of a plan takes, a group's as its turn puts it (a group's items stay inside
 * it). Outlines and line widths are included, so a stroke at the edge still counts.
 */
export function itemBounds(item: LayoutItem): Rect {
  switch (item.kind) {
    case 'text':
      return {
        x: item.x,
        y: item.y,
        width: item.width,
        height: Math.max(1, item.lines.length) * item.lineHeight,
      };
    case 'box': {
      const s = item.strokeWidth ?? 0;
      return { x: item.x - s, y: item.y - s, width: item.width + 2 * s, height: item.height + 2 * s };
    }
    case 'circle': {
      const r = item.r + (item.strokeWidth ?? 0);
      return { x: item.cx - r, y: item.cy - r, width: 2 * r, height: 2 * r };
    }
    case 'line': {
      const w = item.width;
      const x = Math.min(item.x1, item.x2) - w;
      const y = Math.min(item.y1, item.y2) - w;
      return {
        x,
        y,
        width: Math.abs(item.x2 - item.x1) + 2 * w,
        height: Math.abs(item.y2 - item.y1) + 2 * w,
      };
    }
    case 'image':
      return { x: item.x, y: item.y, width: item.width, height: item.height };
    case 'group': {
      const turned = item.rotate === 90 || item.rotate === 270;
      const width = turned ? item.height : item.width;
      const height = turned ? item.width : item.height;
      const x = item.rotate === 180 || item.rotate === 90 ? item.x - width : item.x;
      const y = item.rotate === 180 || item.rotate === 270 ? item.y - height : item.y;
      return { x, y, width, height };
    }
  }
}
