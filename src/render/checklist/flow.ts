// How the checklist's blocks flow down its A4 pages: the block contract, the greedy pagination (a question
// never splits, a heading stays with the block after it), the evening-out of a run's last page, and the
// sharing out of each page's leftover room among its answer boxes. Pure, and blind to what a block shows.
import type { LocalisedChecklist } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import type { Pt } from '../../units.js';
import { mmToPt } from '../../units.js';
import type { Rect } from '../geometry.js';
import type { LayoutItem } from '../layout.js';
import type { TextFitter } from '../text-fitter.js';

export const A4: { readonly width: Pt; readonly height: Pt } = { width: mmToPt(210), height: mmToPt(297) };
/** Room to write an answer by hand: three to four lines of handwriting at the least. */
export const MIN_ANSWER_MM = 30;
/** An answer box never grows beyond this when a page has room left over. */
const MAX_ANSWER_MM = 55;
/** The most an answer box on the last page grows: the end of the flow need not fill its page. */
const MAX_LAST_PAGE_EXTRA_MM = 10;

/** What every block of the checklist is made with: the kit, its theme, the fitter and the text column. */
export interface ChecklistContext {
  readonly kit: LocalisedChecklist;
  readonly theme: Theme;
  readonly fitter: TextFitter;
  /** The text column's left edge. */
  readonly margin: number;
  /** The text column's width. */
  readonly width: number;
}

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

/** What a block draws where it is placed: its items and the form fields over its boxes. */
export interface Placed {
  items: LayoutItem[];
  fields: AnswerField[];
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
  readonly place: (y: number, extra: number, page: number) => Placed;
}

/** A block that only draws (no form field), at any page. */
export function drawn(height: number, draw: (y: number) => LayoutItem[]): Block {
  return { height, stretch: false, place: (y) => ({ items: draw(y), fields: [] }) };
}

/** One text across the column, and the room after it. */
export function paragraph(
  fitter: TextFitter,
  spec: Parameters<TextFitter['fit']>[0],
  x: number,
  width: number,
  after: number,
): Block {
  const fitted = fitter.fit(spec, { width });
  return drawn(fitted.height + after, (y) => [fitter.place(spec, x, y, { width })]);
}

/** Where the flow runs on a page: from `top` (the first page from 0, under its band) down to `bottom`. */
export interface FlowArea {
  readonly top: number;
  readonly bottom: number;
}

/** The blocks laid out: each page's items, and every form field. */
export function flow(
  blocks: readonly Block[],
  area: FlowArea,
): { pages: LayoutItem[][]; fields: AnswerField[] } {
  const pages = paginate(blocks, area);
  balanceTails(pages);
  const fields: AnswerField[] = [];
  const items = pages.map((pageBlocks, pageIndex) => {
    const placed = placePage(pageBlocks, pageIndex, pageIndex === pages.length - 1, area);
    fields.push(...placed.fields);
    return placed.items;
  });
  return { pages: items, fields };
}

/** Greedy: a block goes on the current page while it fits; a heading moves along with the block after it. */
function paginate(blocks: readonly Block[], { top, bottom }: FlowArea): Block[][] {
  const pages: Block[][] = [[]];
  let y = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    const needed = block.height + (block.keepWithNext && next ? next.height : 0);
    const current = pages[pages.length - 1]!;
    if (current.length > 0 && (block.pageBreakBefore || y + needed > bottom)) {
      pages.push([]);
      y = top;
    }
    pages[pages.length - 1]!.push(block);
    y += block.height;
  }
  return pages;
}

const heightOf = (blocks: readonly Block[]) => blocks.reduce((sum, b) => sum + b.height, 0);

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
    for (;;) {
      // The blocks to move: the last one, with the heading before it that keeps with it.
      let from = previous.length - 1;
      while (from > 0 && previous[from - 1]?.keepWithNext) from--;
      const moving = previous.slice(from);
      const height = heightOf(moving);
      const movable = from > 0 && moving.every((b) => !b.pageBreakBefore && !b.atFoot);
      if (!movable || height >= heightOf(previous) - heightOf(page)) break;
      previous.splice(from);
      page.unshift(...moving);
    }
  }
}

/** The room a page has left over, shared out among its answer boxes (less on the last page). */
function extraPerAnswer(blocks: readonly Block[], startY: number, isLast: boolean, bottom: number): number {
  const stretchers = blocks.filter((b) => b.stretch).length;
  if (stretchers === 0) return 0;
  const room = Math.max(0, bottom - startY - heightOf(blocks));
  const most = isLast ? mmToPt(MAX_LAST_PAGE_EXTRA_MM) : mmToPt(MAX_ANSWER_MM - MIN_ANSWER_MM);
  return Math.min(room / stretchers, most);
}

/** One page's blocks placed top down; a block that sits at the foot moves down to it. */
function placePage(blocks: readonly Block[], pageIndex: number, isLast: boolean, area: FlowArea): Placed {
  // The first page starts at its top edge: its band runs to the paper's edge.
  const startY = pageIndex === 0 ? 0 : area.top;
  const extra = extraPerAnswer(blocks, startY, isLast, area.bottom);
  const placed: Placed = { items: [], fields: [] };
  let cursor = startY;
  for (const block of blocks) {
    if (block.atFoot) cursor = Math.max(cursor, area.bottom - block.height);
    const { items, fields } = block.place(cursor, block.stretch ? extra : 0, pageIndex);
    placed.items.push(...items);
    placed.fields.push(...fields);
    cursor += block.height + (block.stretch ? extra : 0);
  }
  return placed;
}
