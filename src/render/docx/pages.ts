// The page each heading of a laid-out document lands on, for the table of contents, and the page count.
// The house style is simple (one column, chapters on a new page, no floating objects), so a small model
// of it does what the docx library's general page layout does in about a second per document: lines
// broken with our measuring at the styles' sizes and line spacing (read from the house style, style.ts),
// paragraphs split with widow control, headings kept with what follows, table rows never split and header
// rows repeated. It follows the decisions the layout pass made (page breaks, keep with next, lists kept
// together) rather than making its own. The reader checks compare the result with LibreOffice.
import { breakLines } from '../../typeset/break-lines.js';
import type { FontFace } from '../../typeset/fonts.js';
import type { Pt } from '../units.js';
import type { BlockPages, LaidOutBlock, Paragraph, Run, Table } from './laid-out.js';
import type { HouseStyles, TableStyle } from './style.js';
import { StyleId, textHeight, textWidth } from './style.js';

/** What the page model needs of a paragraph style, resolved through its basedOn chain. */
interface TextStyle {
  readonly size: Pt;
  /** Word's "auto" line spacing, in 240ths of the font's natural line height. */
  readonly line: number;
  readonly before: Pt;
  readonly after: Pt;
  readonly bold: boolean;
  /** Extra height below the text (a bottom border and its spacing). */
  readonly rule: Pt;
  /** The left indent: list items are broken in the width beside it. */
  readonly indent: Pt;
}

/** A paragraph style's metrics as Word resolves them: each property from the nearest style that sets it. */
export function resolveStyle(house: HouseStyles, id: string): TextStyle {
  const chain: NonNullable<HouseStyles['styles'][number]>[] = [];
  for (let next: string | undefined = id; next !== undefined;) {
    const style = house.styles.find((s) => s.id === next && s.type === 'paragraph');
    if (!style) break;
    chain.unshift(style);
    next = style.basedOn;
  }
  let size = house.defaults.run.size ?? 10;
  let bold = house.defaults.run.bold === true;
  let line = house.defaults.paragraph.spacing?.line ?? 240;
  let before = house.defaults.paragraph.spacing?.before ?? 0;
  let after = house.defaults.paragraph.spacing?.after ?? 0;
  let rule = 0;
  let indent = 0;
  for (const style of chain) {
    size = style.run?.size ?? size;
    bold = style.run?.bold ?? bold;
    const spacing = style.paragraph?.spacing;
    line = spacing?.line ?? line;
    before = spacing?.before ?? before;
    after = spacing?.after ?? after;
    const bottom = style.paragraph?.border?.bottom;
    if (bottom) rule = bottom.width + (bottom.space ?? 0);
    indent = style.paragraph?.indent?.left ?? indent;
  }
  return { size, line, before, after, bold, rule, indent };
}

interface Measured {
  readonly before: Pt;
  readonly lineHeight: Pt;
  readonly lines: number;
  readonly after: Pt;
}

const plain = (runs: readonly Run[]): string => runs.map((r) => ('text' in r ? r.text : r.result)).join('');

class PageModel {
  private readonly styles = new Map<string, TextStyle>();
  /** Measured paragraphs of this layout: a block kept with the one before it is measured only once. */
  private readonly measured = new Map<string, Measured>();

  constructor(
    private readonly house: HouseStyles,
    private readonly fonts: { readonly regular: FontFace; readonly bold: FontFace },
    private readonly language: string,
  ) {}

  style(id: string | undefined): TextStyle {
    const key = id ?? StyleId.normal;
    let style = this.styles.get(key);
    if (!style) {
      style = resolveStyle(this.house, key);
      this.styles.set(key, style);
    }
    return style;
  }

  private face(style: TextStyle): FontFace {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  lineHeight(style: TextStyle): Pt {
    const font = this.face(style).metrics.info;
    const natural = ((font.ascent - font.descent + font.lineGap) / font.unitsPerEm) * style.size;
    return (natural * style.line) / 240;
  }

  /** A paragraph broken into lines in `width` (the text width less its style's indent when not given). */
  measure(paragraph: Paragraph, width?: Pt): Measured {
    const style = this.style(paragraph.format.style);
    const text = plain(paragraph.runs);
    const room = width ?? textWidth - style.indent;
    const key = `${style.size}/${style.line}/${style.before}/${style.after}/${style.bold}/${style.rule}/${room}/${text}`;
    const known = this.measured.get(key);
    if (known) return known;
    const lines = text.trim()
      ? breakLines(text, {
          face: this.face(style),
          size: style.size,
          width: room,
          language: this.language,
          // Readers differ in whether they hyphenate; without hyphens is the longer, safer count.
          hyphenation: 'none',
        }).lines.length
      : 1;
    const measured = {
      before: style.before,
      lineHeight: this.lineHeight(style),
      lines,
      after: style.after + style.rule,
    };
    this.measured.set(key, measured);
    return measured;
  }

  /** Heights of a table's rows (the header first), from its cells' text at the column widths. */
  tableRows(table: Table, margins: TableStyle['cellMargins']): Pt[] {
    return table.rows.map(
      (row) =>
        Math.max(
          ...row.cells.map((cell) => {
            const m = this.measure(cell.paragraph, cell.width - (margins.left + margins.right));
            return m.lines * m.lineHeight + m.after;
          }),
        ) +
        (margins.top + margins.bottom),
    );
  }
}

export interface PageLayout {
  /** Physical page numbers (the cover is page 1) of the listed headings, in order. */
  readonly headings: readonly number[];
  /** How many pages the document has. */
  readonly pages: number;
  /** Per body block, the page its first line lands on and the page it ends on. */
  readonly blocks: readonly BlockPages[];
}

export interface PageInput {
  readonly body: readonly LaidOutBlock[];
  /** How many entries the table of contents has; undefined without one. */
  readonly contentsEntries: number | undefined;
  readonly styles: HouseStyles;
  readonly tableStyle: TableStyle;
  readonly fonts: { readonly regular: FontFace; readonly bold: FontFace };
  readonly language: string;
}

/** Where the listed headings land, and how many pages the document has. */
export function layOutPages(input: PageInput): PageLayout {
  const { body } = input;
  const model = new PageModel(input.styles, input.fonts, input.language);
  const margins = input.tableStyle.cellMargins;
  const PAGE_HEIGHT = textHeight;
  // Cover, colophon, then the table of contents (its own heading plus one line per entry).
  const tocEntry = model.style(StyleId.toc1);
  const tocHeading = model.style(StyleId.tocHeading);
  const toc = model.lineHeight(tocEntry) + tocEntry.before;
  // Without a table of contents the body starts on page 3, after the cover and the colophon.
  const tocHeight =
    input.contentsEntries === undefined
      ? 0
      : model.lineHeight(tocHeading) + tocHeading.after + input.contentsEntries * toc;
  let current = 3 + Math.floor(tocHeight / PAGE_HEIGHT);
  let y = tocHeight % PAGE_HEIGHT;
  /** The space after the last paragraph, already added: the next one's space before overlaps it. */
  let lastAfter = 0;
  const pages: number[] = [];
  const blocks: BlockPages[] = [];
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

  const whole = (items: readonly Measured[]) =>
    items.reduce((sum, m) => sum + m.lines * m.lineHeight + m.after, 0);

  /**
   * The height the block at `index` needs at least where it starts: its first two lines, its first table
   * row, or (a heading, a paragraph kept with the next, a list kept together) all of it and, for the first
   * two, the first part of what follows.
   */
  const firstPart = (index: number): number => {
    const block = body[index];
    if (!block) return 0;
    switch (block.kind) {
      case 'paragraph': {
        const m = model.measure(block.paragraph);
        if (block.paragraph.format.keepNext)
          return m.before + m.lines * m.lineHeight + m.after + firstPart(index + 1);
        return m.before + Math.min(2, m.lines) * m.lineHeight;
      }
      case 'list': {
        const items = block.items.map((item) => model.measure(item));
        // A list kept together moves as a whole; a longer one needs its first item's first two lines.
        if (block.keptTogether) return whole(items);
        const m = items[0];
        return m ? Math.min(2, m.lines) * m.lineHeight : 0;
      }
      case 'table': {
        const [head, row] = model.tableRows(block.table, margins);
        return (head ?? 0) + (row ?? 0);
      }
      case 'heading': {
        const m = model.measure(block.paragraph);
        return m.before + m.lines * m.lineHeight + m.after + firstPart(index + 1);
      }
      case 'pageBreak':
        return 0;
    }
  };

  const place = (block: LaidOutBlock, index: number): void => {
    switch (block.kind) {
      case 'pageBreak':
        newPage();
        return;
      case 'heading': {
        if (block.paragraph.format.pageBreakBefore && y > 0) newPage();
        const m = model.measure(block.paragraph);
        const height = gap(m.before) + m.lines * m.lineHeight + m.after;
        // Kept with the next block: both move to the next page when they do not fit together.
        if (y > 0 && height + firstPart(index + 1) > room()) newPage();
        if (block.listed) pages.push(current);
        first = current;
        y += gap(m.before) + m.lines * m.lineHeight + m.after;
        lastAfter = m.after;
        return;
      }
      case 'paragraph': {
        const m = model.measure(block.paragraph);
        if (block.paragraph.format.keepNext) {
          const height = gap(m.before) + m.lines * m.lineHeight + m.after;
          if (y > 0 && height + firstPart(index + 1) > room()) newPage();
        }
        flow(m);
        return;
      }
      case 'list': {
        const items = block.items.map((item) => model.measure(item));
        if (block.keptTogether && y > 0 && whole(items) > room()) newPage();
        for (const m of items) flow(m);
        return;
      }
      case 'table': {
        const [header, ...rows] = model.tableRows(block.table, margins);
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
  };

  body.forEach((block, index) => {
    first = undefined;
    place(block, index);
    blocks.push({ first: first ?? current, last: current });
  });
  return { headings: pages, pages: current, blocks };
}
