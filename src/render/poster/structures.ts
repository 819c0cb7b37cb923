// The structures pre-drawn in a zone (table, tree, quadrant, newspaper), in light guide lines with short
// labels, so the team writes and sticks notes on them. Each drawer returns its items and the boxes of the
// labels it printed: those are the only parts of the zone no sticky note may cover.
import type { LocalisedAssignment, LocalisedCanvas } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import type { Rect } from '../geometry.js';
import type { LayoutItem, TextItem } from '../layout.js';
import type { TextFitter } from '../text-fitter.js';
import type { PosterScale } from './scale.js';
import { MIN_BODY_PT } from './scale.js';

export interface DrawnStructure {
  readonly items: LayoutItem[];
  /** Printed labels, in the zone's coordinates. */
  readonly labels: Rect[];
  /** A table's ruled rows to write in (one per team member at least); other structures have none. */
  readonly rows?: number;
}

export interface StructureContext {
  readonly assignment: LocalisedAssignment;
  readonly theme: Theme;
  readonly s: PosterScale;
  readonly fitter: TextFitter;
}

/** The box a placed text covers. */
export function textRect(item: TextItem): Rect {
  return { x: item.x, y: item.y, width: item.width, height: item.lines.length * item.lineHeight };
}

/** A placed text whose box is only as wide as its longest line (for labels that leave room beside them). */
function tight(item: TextItem): Rect {
  const width = Math.max(0, ...item.lines.map((l) => l.width));
  const x =
    item.align === 'center'
      ? item.x + (item.width - width) / 2
      : item.align === 'right'
        ? item.x + item.width - width
        : item.x;
  return { x, y: item.y, width, height: item.lines.length * item.lineHeight };
}

export function drawStructure(
  canvas: Exclude<LocalisedCanvas, { kind: 'matrix' }>,
  area: Rect,
  ctx: StructureContext,
): DrawnStructure {
  switch (canvas.kind) {
    case 'table':
      return drawTable(canvas, area, ctx);
    case 'tree':
      return drawTree(canvas, area, ctx);
    case 'quadrant':
      return drawQuadrant(canvas, area, ctx);
    case 'newspaper':
      return drawNewspaper(canvas, area, ctx);
  }
}

function labelSpec(ctx: StructureContext, text: string, field: string, what: string) {
  const { s, theme } = ctx;
  return {
    text,
    field: `assignments.${ctx.assignment.id}.canvas.${field}`,
    weight: 'semibold' as const,
    size: s.text(12, MIN_BODY_PT),
    minSize: s.min(12, MIN_BODY_PT),
    leading: 1.1,
    colour: theme.colours.primaryText,
    role: 'Lbl' as const,
    label: `assignment ${ctx.assignment.number} (${ctx.assignment.title}), ${what},`,
  };
}

function guide(
  ctx: StructureContext,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  strong = false,
): LayoutItem {
  return {
    kind: 'line',
    x1,
    y1,
    x2,
    y2,
    colour: ctx.theme.colours.rule,
    width: ctx.s.mm(strong ? 0.5 : 0.3),
  };
}

/** Column labels over ruled lines, one row per line of writing. */
function drawTable(
  canvas: Extract<LocalisedCanvas, { kind: 'table' }>,
  area: Rect,
  ctx: StructureContext,
): DrawnStructure {
  const { s } = ctx;
  const items: LayoutItem[] = [];
  const labels: Rect[] = [];
  const columnWidth = area.width / canvas.columns.length;
  let headerHeight = 0;
  const placed = canvas.columns.map((column, i) => {
    const item = ctx.fitter.place(
      labelSpec(ctx, column.label, `columns.${column.id}`, `column ${column.id}`),
      area.x + i * columnWidth + s.mm(1.5),
      area.y,
      { width: columnWidth - s.mm(3), maxLines: 2 },
    );
    headerHeight = Math.max(headerHeight, item.lines.length * item.lineHeight);
    return item;
  });
  for (const item of placed) {
    items.push(item);
    labels.push(textRect(item));
  }
  const top = area.y + headerHeight + s.mm(1.5);
  items.push(guide(ctx, area.x, top, area.x + area.width, top, true));
  // Rows of 14 mm where the zone is deep enough; shallower ones keep a row per team member down to 10 mm.
  const depth = area.y + area.height - top;
  const rows = Math.max(Math.floor(depth / s.mm(14)), Math.min(TABLE_ROWS, Math.floor(depth / s.mm(10))));
  const row = rows > 0 ? depth / rows : depth;
  for (let i = 1; i <= rows; i++)
    items.push(guide(ctx, area.x, top + i * row, area.x + area.width, top + i * row));
  for (let i = 1; i < canvas.columns.length; i++) {
    const x = area.x + i * columnWidth;
    items.push(guide(ctx, x, area.y, x, area.y + area.height));
  }
  return { items, labels, rows };
}

/** A table on the poster is written in row by row: one row per member of a team of six. */
export const TABLE_ROWS = 6;

/**
 * The core problem with its causes and effects. In a zone deeper than it is long, a tree: effects branch
 * out above the core band, causes root below it. In a long, shallow zone (a side of the table) the tree
 * lies on its side and reads as a chain: causes at the left, the core problem in the middle, effects at the
 * right. Labels keep to the corners, so notes can go on the branches, the roots and the core.
 */
type Tree = Extract<LocalisedCanvas, { kind: 'tree' }>;

function drawTree(canvas: Tree, area: Rect, ctx: StructureContext): DrawnStructure {
  return area.width > area.height * 2 ? drawChain(canvas, area, ctx) : drawUpright(canvas, area, ctx);
}

function drawUpright(canvas: Tree, area: Rect, ctx: StructureContext): DrawnStructure {
  const { s } = ctx;
  const items: LayoutItem[] = [];
  const labels: Rect[] = [];
  const labelWidth = Math.min(area.width * 0.3, s.mm(45));
  const coreHeight = s.mm(18);
  const coreY = area.y + (area.height - coreHeight) / 2;
  const branches = ctx.fitter.place(labelSpec(ctx, canvas.branches, 'branches', 'branches'), area.x, area.y, {
    width: labelWidth,
    maxLines: 2,
  });
  const rootsSpec = labelSpec(ctx, canvas.roots, 'roots', 'roots');
  const rootsLines = ctx.fitter.measureLines(rootsSpec, { width: labelWidth, maxLines: 2 });
  const roots = ctx.fitter.place(rootsSpec, area.x, area.y + area.height - rootsLines * branches.lineHeight, {
    width: labelWidth,
    maxLines: 2,
  });
  const core = ctx.fitter.place(
    labelSpec(ctx, canvas.core, 'core', 'core'),
    area.x + s.mm(2),
    coreY + s.mm(2),
    {
      width: labelWidth,
      maxLines: 2,
    },
  );
  items.push(coreBox(ctx, { x: area.x, y: coreY, width: area.width, height: coreHeight }));
  // Three branches up and three roots down, fanning out from the core.
  const cx = area.x + labelWidth + (area.width - labelWidth) / 2;
  for (const f of [-0.4, 0, 0.4]) {
    const end = cx + f * (area.width - labelWidth);
    const start = cx + f * (area.width - labelWidth) * 0.4;
    items.push(guide(ctx, start, coreY, end, area.y + s.mm(2), true));
    items.push(guide(ctx, start, coreY + coreHeight, end, area.y + area.height - s.mm(2), true));
  }
  for (const item of [branches, roots, core]) {
    items.push(item);
    labels.push(tight(item));
  }
  return { items, labels };
}

function drawChain(canvas: Tree, area: Rect, ctx: StructureContext): DrawnStructure {
  const { s } = ctx;
  const items: LayoutItem[] = [];
  const labels: Rect[] = [];
  // A shallow zone has no room above a note for a label, so each label runs up a narrow strip at the left
  // of its part (causes, the core problem, effects), leaving each part free for a note.
  const spec = (text: string, field: 'roots' | 'core' | 'branches') => labelSpec(ctx, text, field, field);
  const strip = spec(canvas.core, 'core').size * 1.1 + s.mm(1);
  const upwards = (text: string, field: 'roots' | 'core' | 'branches', x: number) => {
    const item = ctx.fitter.place({ ...spec(text, field), align: 'center' }, 0, 0, {
      width: area.height - s.mm(4),
      maxLines: 1,
    });
    items.push({
      kind: 'group',
      x,
      y: area.y + area.height - s.mm(2),
      rotate: 270,
      width: area.height - s.mm(4),
      height: strip,
      items: [item],
    });
    labels.push({ x, y: area.y, width: strip, height: area.height });
  };
  // The core box holds one note (the problem itself) beside its label; the two sides share the rest.
  const coreWidth = Math.max(Math.min(area.width * 0.34, s.mm(92)), strip + s.mm(80));
  const coreX = area.x + (area.width - coreWidth) / 2;
  items.push(coreBox(ctx, { x: coreX, y: area.y, width: coreWidth, height: area.height }));
  upwards(canvas.roots, 'roots', area.x);
  upwards(canvas.core, 'core', coreX + s.mm(1.5));
  upwards(canvas.branches, 'branches', area.x + area.width - strip);
  // Three roots run into the core from the left, three effects fan out of it to the right.
  const midY = area.y + area.height / 2;
  for (const f of [-0.38, 0, 0.38]) {
    const far = midY + f * area.height;
    const near = midY + f * area.height * 0.35;
    items.push(guide(ctx, area.x + strip + s.mm(2), far, coreX, near, true));
    items.push(guide(ctx, coreX + coreWidth, near, area.x + area.width - strip - s.mm(2), far, true));
  }
  return { items, labels };
}

/** The box the core problem is written in, outlined in the primary colour. */
function coreBox(ctx: StructureContext, rect: Rect): LayoutItem {
  return {
    kind: 'box',
    ...rect,
    stroke: ctx.theme.colours.primaryText,
    strokeWidth: ctx.s.mm(0.5),
    radius: ctx.s.mm(2),
  };
}

/** Two axes crossing in the middle, each labelled with its name and its low and high ends. */
function drawQuadrant(
  canvas: Extract<LocalisedCanvas, { kind: 'quadrant' }>,
  area: Rect,
  ctx: StructureContext,
): DrawnStructure {
  const { s } = ctx;
  const items: LayoutItem[] = [];
  const labels: Rect[] = [];
  const spec = (text: string, field: string) => labelSpec(ctx, text, field, `axis ${field}`);
  const size = s.text(12, MIN_BODY_PT) * 1.1;
  // The horizontal axis along the bottom, the vertical one up the left side; on a short side the vertical
  // axis's name may take two lines.
  const bottom = area.y + area.height - size - s.mm(1);
  const nameLines = Math.min(
    2,
    ctx.fitter.measureLines(spec(`${canvas.vertical} →`, 'vertical'), {
      width: (bottom - area.y) * 0.76,
      maxLines: 2,
    }),
  );
  const strip = nameLines * size;
  const left = area.x + strip + s.mm(2);
  const midX = (left + area.x + area.width) / 2;
  const midY = (area.y + bottom) / 2;
  items.push(guide(ctx, left, bottom, area.x + area.width, bottom, true));
  items.push(guide(ctx, left, area.y, left, bottom, true));
  items.push(guide(ctx, midX, area.y, midX, bottom));
  items.push(guide(ctx, left, midY, area.x + area.width, midY));
  // Along each axis: its low end in the first 30 %, its name in the middle, its high end last.
  const axis = (length: number, x0: number, y0: number, name: 'horizontal' | 'vertical') => {
    // A short axis (a shallow zone) marks its ends with − and + when the words do not fit.
    const fits = [canvas.low, canvas.high].every(
      (text) => ctx.fitter.measureLines(spec(text, 'low'), { width: length * 0.3, maxLines: 1 }) === 1,
    );
    const end = (text: string, field: 'low' | 'high', sign: string) =>
      fits ? spec(text, field) : { ...spec(sign, field), field: undefined };
    const endWidth = length * (fits ? 0.3 : 0.12);
    return [
      ctx.fitter.place(end(canvas.low, 'low', '−'), x0, y0, { width: endWidth, maxLines: 1 }),
      ctx.fitter.place(
        { ...spec(`${canvas[name]} →`, name), weight: 'bold', align: 'center' },
        x0 + endWidth,
        y0,
        { width: length - 2 * endWidth, maxLines: name === 'vertical' ? 2 : 1 },
      ),
      ctx.fitter.place({ ...end(canvas.high, 'high', '+'), align: 'right' }, x0 + length - endWidth, y0, {
        width: endWidth,
        maxLines: 1,
      }),
    ];
  };

  for (const item of axis(area.x + area.width - left, left, bottom + s.mm(1), 'horizontal')) {
    items.push(item);
    labels.push(tight(item));
  }
  // The vertical axis's labels, turned to read upwards: a group turned 270° in the strip left of the axis.
  const length = bottom - area.y;
  const vertical = axis(length, 0, 0, 'vertical');
  items.push({
    kind: 'group',
    x: area.x,
    y: bottom,
    rotate: 270,
    width: length,
    height: strip,
    items: vertical,
  });
  labels.push({ x: area.x, y: area.y, width: strip + s.mm(1), height: length });
  return { items, labels };
}

/** A front page: the masthead over a double rule, the date a year ahead, a box for the headline, lines. */
function drawNewspaper(
  canvas: Extract<LocalisedCanvas, { kind: 'newspaper' }>,
  area: Rect,
  ctx: StructureContext,
): DrawnStructure {
  const { s, theme } = ctx;
  const items: LayoutItem[] = [];
  const labels: Rect[] = [];
  const masthead = ctx.fitter.place(
    {
      ...labelSpec(ctx, canvas.masthead, 'masthead', 'masthead'),
      weight: 'bold',
      size: s.text(20),
      minSize: s.min(20),
      colour: theme.colours.ink,
      align: 'center',
    },
    area.x,
    area.y,
    { width: area.width, maxLines: 1 },
  );
  let y = area.y + masthead.lineHeight + s.mm(1);
  items.push(guide(ctx, area.x, y, area.x + area.width, y, true));
  items.push(guide(ctx, area.x, y + s.mm(1.2), area.x + area.width, y + s.mm(1.2), true));
  const date = ctx.fitter.place(labelSpec(ctx, `${canvas.date}:`, 'date', 'date'), area.x, y + s.mm(2.5), {
    width: area.width * 0.5,
    maxLines: 1,
  });
  const dateEnd = area.x + (date.lines[0]?.width ?? 0) + s.mm(2);
  y += s.mm(2.5) + date.lineHeight;
  items.push(guide(ctx, dateEnd, y, Math.min(area.x + area.width, dateEnd + s.mm(60)), y));
  y += s.mm(3);
  const headline = ctx.fitter.place(
    labelSpec(ctx, canvas.headline, 'headline', 'headline'),
    area.x + s.mm(2),
    y + s.mm(1.5),
    {
      width: area.width - s.mm(4),
      maxLines: 1,
    },
  );
  const boxHeight = Math.min(s.mm(34), (area.y + area.height - y) * 0.4);
  items.push({
    kind: 'box',
    x: area.x,
    y,
    width: area.width,
    height: boxHeight,
    stroke: theme.colours.rule,
    strokeWidth: s.mm(0.5),
    radius: s.mm(1.5),
  });
  y += boxHeight + s.mm(4);
  // The story: ruled lines in two columns, like a paper.
  const columnGap = s.mm(6);
  const half = (area.width - columnGap) / 2;
  for (let ly = y + s.mm(11); ly <= area.y + area.height + 0.1; ly += s.mm(11)) {
    items.push(guide(ctx, area.x, ly, area.x + half, ly));
    items.push(guide(ctx, area.x + half + columnGap, ly, area.x + area.width, ly));
  }
  for (const item of [masthead, date, headline]) {
    items.push(item);
    labels.push(tight(item));
  }
  return { items, labels };
}
