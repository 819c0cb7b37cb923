// The page each heading of a DocumentSpec lands on, for the table of contents. The house style is simple
// (one column, chapters on a new page, no floating objects), so a small model of it does what the docx
// library's general page layout does in about a second per document: lines broken with our measuring at
// the styles' sizes and line spacing, paragraphs split with widow control, headings kept with what follows,
// table rows never split and header rows repeated. The reader checks compare the result with LibreOffice.
import type { Theme } from '../../theme/theme.js';
import { breakLines } from '../../typeset/break-lines.js';
import type { FontFace } from '../../typeset/fonts.js';
import type { Block, Content, DocumentSpec } from './blocks.js';
import { keptTogether, plainText } from './blocks.js';
import { page, typeScale } from './style.js';

const TWIP = 1 / 20;
const PAGE_HEIGHT = (page.height - page.top - page.bottom) * TWIP;
const TEXT_WIDTH = (page.width - page.left - page.right) * TWIP;
const LIST_INDENT = (6 * 72) / 25.4;
/** Cell margins of the table style: 85 twips above and below, 113 left and right. */
const CELL_V = 85 * TWIP * 2;
const CELL_H = 113 * TWIP * 2;

interface TextStyle {
  readonly size: number;
  /** Word's "auto" line spacing, in 240ths of the font's natural line height. */
  readonly line: number;
  readonly before: number;
  readonly after: number;
  readonly bold?: boolean;
  /** Extra height below the text (a bottom border and its spacing). */
  readonly rule?: number;
}

const styles = {
  body: { size: typeScale.body, line: 276, before: 0, after: 6 },
  lead: { size: typeScale.lead, line: 276, before: 0, after: 9 },
  note: { size: typeScale.small, line: 276, before: 0, after: 5 },
  list: { size: typeScale.body, line: 276, before: 0, after: 3 },
  h1: { size: typeScale.h1, line: 240, before: 0, after: 14, bold: true, rule: 7.5 },
  h2: { size: typeScale.h2, line: 252, before: 11, after: 3, bold: true },
  h3: { size: typeScale.h3, line: 276, before: 9, after: 2, bold: true },
  cell: { size: typeScale.body - 0.5, line: 264, before: 0, after: 2 },
  toc: { size: typeScale.body, line: 252, before: 5, after: 0 },
} satisfies Record<string, TextStyle>;

interface Measured {
  readonly before: number;
  readonly lineHeight: number;
  readonly lines: number;
  readonly after: number;
}

export class PageModel {
  constructor(
    private readonly theme: Theme,
    private readonly language: string,
  ) {}

  private face(style: TextStyle): FontFace {
    return style.bold ? this.theme.fonts.bold : this.theme.fonts.regular;
  }

  lineHeight(style: TextStyle): number {
    const font = this.face(style).metrics.info;
    const natural = ((font.ascent - font.descent + font.lineGap) / font.unitsPerEm) * style.size;
    return (natural * style.line) / 240;
  }

  /** Measured paragraphs of this layout: a block kept with the one before it is measured only once. */
  private readonly measured = new Map<string, Measured>();

  measure(content: Content, style: TextStyle, width: number): Measured {
    const text = plainText(content);
    const key = `${style.size}/${style.line}/${style.before}/${style.after}/${style.bold === true}/${style.rule ?? 0}/${width}/${text}`;
    const known = this.measured.get(key);
    if (known) return known;
    const lines = text.trim()
      ? breakLines(text, {
          face: this.face(style),
          size: style.size,
          width,
          language: this.language,
          // Readers differ in whether they hyphenate; without hyphens is the longer, safer count.
          hyphenation: 'none',
        }).lines.length
      : 1;
    const measured = {
      before: style.before,
      lineHeight: this.lineHeight(style),
      lines,
      after: style.after + (style.rule ?? 0),
    };
    this.measured.set(key, measured);
    return measured;
  }
}

export interface PageLayout {
  /** Physical page numbers (the cover is page 1) of the headings the table of contents lists, in order. */
  readonly headings: readonly number[];
  /** How many pages the document has. */
  readonly pages: number;
  /** Per body block, the page its first line lands on and the page it ends on. */
  readonly blocks: readonly { readonly first: number; readonly last: number }[];
}

/** Where the listed headings land, and how many pages the document has. */
export function layOutPages(spec: DocumentSpec, theme: Theme): PageLayout {
  const model = new PageModel(theme, spec.language);
  const levels = spec.contentsLevels ?? 2;
  const listed = spec.body.filter((b) => b.kind === 'heading' && b.level <= levels).length;
  // Cover, colophon, then the table of contents (its own heading plus one line per entry).
  const toc = model.lineHeight(styles.toc) + styles.toc.before;
  // Without a table of contents the body starts on page 3, after the cover and the colophon.
  const tocHeight =
    spec.contentsTitle === undefined ? 0 : model.lineHeight(styles.h1) + styles.h1.after + listed * toc;
  let current = 3 + Math.floor(tocHeight / PAGE_HEIGHT);
  let y = tocHeight % PAGE_HEIGHT;
  /** The space after the last paragraph, already added: the next one's space before overlaps it. */
  let lastAfter = 0;
  const pages: number[] = [];
  const blocks: { first: number; last: number }[] = [];
  /** The page the current block's first line went on, once it has one. */
  let first: number | undefined;

  const newPage = () => {
    current += 1;
    y = 0;
    lastAfter = 0;
  };
  /** The gap between two paragraphs is the larger of the one's space after and the other's before. */
  const gap = (before: number) => (y > 0 ? Math.max(0, before - lastAfter) : 0);
  const room = () => PAGE_HEIGHT - y;

  /** Lines of a paragraph, split over pages with at least two lines on each side of a break. */
  const flow = (m: Measured) => {
    y += gap(m.before);
    let left = m.lines;
    while (left > 0) {
      const fit = Math.floor((room() + 0.01) / m.lineHeight);
      if (fit >= 2 || fit >= left) first ??= current;
      if (fit >= left) {
        y += left * m.lineHeight;
        left = 0;
      } else if (fit >= 2 && left - fit >= 2) {
        left -= fit;
        newPage();
      } else if (fit >= 3 && left - fit === 1) {
        left -= fit - 1;
        newPage();
      } else {
        newPage();
      }
    }
    y += m.after;
    lastAfter = m.after;
  };

  /**
   * The height the block at `index` needs at least where it starts: its first two lines, its first table
   * row, or (a heading, a paragraph kept with the next) all of it and the first part of what follows.
   */
  const firstPart = (index: number): number => {
    const block = spec.body[index];
    if (!block) return 0;
    if (block.kind === 'paragraph') {
      const m = model.measure(block.content, styleOf(block), TEXT_WIDTH);
      if (block.keepNext) return m.before + m.lines * m.lineHeight + m.after + firstPart(index + 1);
      return m.before + Math.min(2, m.lines) * m.lineHeight;
    }
    if (block.kind === 'list') {
      const items = block.items.map((item) => model.measure(item, styles.list, TEXT_WIDTH - LIST_INDENT));
      // A list kept together moves as a whole; a longer one needs its first item's first two lines.
      if (keptTogether(block)) return items.reduce((sum, m) => sum + m.lines * m.lineHeight + m.after, 0);
      const m = items[0];
      return m ? Math.min(2, m.lines) * m.lineHeight : 0;
    }
    if (block.kind === 'table') {
      const [head, row] = tableRows(model, block);
      return (head ?? 0) + (row ?? 0);
    }
    if (block.kind === 'heading') {
      const m = model.measure(block.text, headingStyle(block.level), TEXT_WIDTH);
      return m.before + m.lines * m.lineHeight + m.after + firstPart(index + 1);
    }
    return 0;
  };

  spec.body.forEach((block, index) => {
    first = undefined;
    place(block, index);
    blocks.push({ first: first ?? current, last: current });
  });

  function place(block: Block, index: number): void {
    switch (block.kind) {
      case 'pageBreak':
        newPage();
        return;
      case 'heading': {
        const breakBefore = block.newPage ?? block.level === 1;
        if (breakBefore && y > 0) newPage();
        const m = model.measure(block.text, headingStyle(block.level), TEXT_WIDTH);
        const height = gap(m.before) + m.lines * m.lineHeight + m.after;
        // Kept with the next block: both move to the next page when they do not fit together.
        if (y > 0 && height + firstPart(index + 1) > room()) newPage();
        if (block.level <= levels) pages.push(current);
        first = current;
        y += gap(m.before) + m.lines * m.lineHeight + m.after;
        lastAfter = m.after;
        return;
      }
      case 'paragraph': {
        const m = model.measure(block.content, styleOf(block), TEXT_WIDTH);
        if (block.keepNext) {
          const whole = gap(m.before) + m.lines * m.lineHeight + m.after;
          if (y > 0 && whole + firstPart(index + 1) > room()) newPage();
        }
        flow(m);
        return;
      }
      case 'list': {
        const items = block.items.map((item) => model.measure(item, styles.list, TEXT_WIDTH - LIST_INDENT));
        // Short lists are kept together (each item but the last keeps with the next).
        if (keptTogether(block)) {
          const whole = items.reduce((sum, m) => sum + m.lines * m.lineHeight + m.after, 0);
          if (y > 0 && whole > room()) newPage();
        }
        for (const m of items) flow(m);
        return;
      }
      case 'table': {
        const [header, ...rows] = tableRows(model, block);
        const head = header ?? 0;
        if (y > 0 && head + (rows[0] ?? 0) > room()) newPage();
        first = current;
        y += head;
        for (const row of rows) {
          // Rows never split: a row that does not fit starts a page, under the repeated header.
          if (row > room()) {
            newPage();
            y += head;
          }
          y += row;
        }
        lastAfter = 0;
        return;
      }
    }
  }
  return { headings: pages, pages: current, blocks };
}

/** Physical page numbers (the cover is page 1) of the headings the table of contents lists, in order. */
export function headingPages(spec: DocumentSpec, theme: Theme): number[] {
  return [...layOutPages(spec, theme).headings];
}

function headingStyle(level: 1 | 2 | 3): TextStyle {
  return level === 1 ? styles.h1 : level === 2 ? styles.h2 : styles.h3;
}

function styleOf(block: Extract<Block, { kind: 'paragraph' }>): TextStyle {
  return block.style === 'lead' ? styles.lead : block.style === 'note' ? styles.note : styles.body;
}

/** Heights of a table's header row and of each row, from its cells' text at the column widths. */
function tableRows(model: PageModel, block: Extract<Block, { kind: 'table' }>): number[] {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => (w / total) * TEXT_WIDTH - CELL_H);
  const rowHeight = (cells: readonly Content[], bold: boolean): number =>
    Math.max(
      ...cells.map((content, i) => {
        const m = model.measure(content, { ...styles.cell, bold }, widths[i] ?? TEXT_WIDTH);
        return m.lines * m.lineHeight + m.after;
      }),
    ) + CELL_V;
  return [
    rowHeight(block.header, true),
    ...block.rows.map((row) =>
      rowHeight(
        row.map((c) => c.content),
        false,
      ),
    ),
  ];
}
