// Measures a slide plan against the layout's boxes with the real font metrics, and splits long lists and
// tables over continuation slides: "Stappen (vervolg)". What cannot be split and does not fit an empty
// slide is an error that names the slide, the language and the content field. Pure.
import type { KitIdentity } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import { logoResolution } from '../../media/logo.js';
import { fitText } from '../../typeset/fit.js';
import { officeFonts } from '../../typeset/fonts.js';
import type { Placement } from '../text-fitter.js';
import { TextFitter } from '../text-fitter.js';
import type { Pt } from '../units.js';
import type { Box, ColourToken, SlideGeometry, TypeStyle } from './layout.js';
import {
  FIGURE_INSET,
  FIGURE_LEADING,
  geometry,
  logoSize,
  NOTES_BOX,
  notesSpacing,
  SAFETY,
  spacing,
  styles,
} from './layout.js';
import type {
  Block,
  DeckSpec,
  FigureShape,
  FigureText,
  NotesSection,
  SlideLayoutName,
  SlideSpec,
  SourcedText,
  TableCell,
} from './model.js';
import { diagnostic } from '../../diagnostics/messages.js';

export interface FittedParagraph {
  readonly text: string;
  readonly field?: string;
  readonly style: TypeStyle;
  /** Space after the paragraph, in points. */
  readonly spaceAfter: number;
  readonly bullet?: { readonly kind: 'bullet' } | { readonly kind: 'number'; readonly startAt: number };
  /** How many lines it takes, as measured. */
  readonly lines: number;
  /** A heading: kept with what follows, never the last thing on a slide. */
  readonly heading?: boolean;
}

export interface TextFrame {
  readonly kind: 'text';
  readonly box: Box;
  /** The first frame of a slide fills the layout's body placeholder; later ones are text boxes. */
  readonly placeholder: boolean;
  readonly paragraphs: readonly FittedParagraph[];
}

export interface FittedRow {
  readonly cells: readonly TableCell[];
  readonly header: boolean;
  readonly height: number;
}

export interface TableFrame {
  readonly kind: 'table';
  /** The body and header styles of the cells. */
  readonly styles: { readonly body: TypeStyle; readonly header: TypeStyle };
  readonly box: Box;
  readonly columnWidths: readonly number[];
  readonly align: readonly ('left' | 'center')[];
  readonly rows: readonly FittedRow[];
  readonly label: string;
}

/** A fitted drawing shape, in slide points; a box's text with the size it was fitted at. */
export type FittedShape =
  | (Omit<Extract<FigureShape, { kind: 'box' }>, 'text'> & {
      readonly text?: FigureText & { readonly size: number; readonly lineHeight: number };
    })
  | Extract<FigureShape, { kind: 'line' }>;

export interface DrawingFrame {
  readonly kind: 'drawing';
  readonly box: Box;
  readonly label: string;
  readonly shapes: readonly FittedShape[];
}

export type Frame = TextFrame | TableFrame | DrawingFrame;

/** A paragraph of the speaker notes, with the space after it and its indent (bullets hang). */
export interface FittedNote {
  readonly text: string;
  readonly kind: 'heading' | 'paragraph' | 'bullet';
  readonly spaceAfter: Pt;
  readonly indent: Pt;
}

export interface FittedSlide {
  readonly id: string;
  /** 1-based, as PowerPoint numbers it. */
  readonly number: number;
  readonly layout: SlideLayoutName;
  /** Where the layout puts the title and the slide number, and the title's colour: decided here, once. */
  readonly geometry: SlideGeometry;
  readonly title: { readonly text: string; readonly size: number; readonly lineHeight: number };
  readonly frames: readonly Frame[];
  /** The speaker notes, laid out (layOutNotes): what the notes page says and what checkNotes measures. */
  readonly notes: readonly FittedNote[];
}

export interface FittedDeck extends Omit<DeckSpec, 'slides'> {
  readonly slides: readonly FittedSlide[];
}

/** Fits every slide; continuation slides are inserted where lists or tables are split. */
export function paginate(
  spec: DeckSpec,
  kit: KitIdentity,
  theme: Theme,
  artefact: string,
): { deck: FittedDeck; diagnostics: Diagnostic[]; placements: readonly Placement[] } {
  const fitter = new TextFitter(kit, { ...theme, fonts: officeFonts() }, artefact, 'more-items');
  const diagnostics: Diagnostic[] = [];
  const slides: FittedSlide[] = [];
  const titles = new Set<string>();
  for (const slide of spec.slides) {
    for (const page of paginateSlide(slide, spec, theme, fitter, slides.length + 1, diagnostics)) {
      let text = page.title.text;
      for (let n = 2; titles.has(text); n++) text = `${page.title.text} (${n})`;
      titles.add(text);
      slides.push({ ...page, title: { ...page.title, text } });
    }
  }
  for (const slide of slides) checkNotes(slide, spec, diagnostics);
  diagnostics.unshift(...fitter.diagnostics, ...logoDiagnostics(slides, theme, artefact, kit.language));
  return { deck: { ...spec, slides }, diagnostics, placements: fitter.placements };
}

/** The logo where it is largest on the deck's slides (the title slide), when it prints blurred there. */
function logoDiagnostics(
  slides: readonly FittedSlide[],
  theme: Theme,
  artefact: string,
  language: string,
): Diagnostic[] {
  const logo = theme.organisation?.logo;
  if (!logo) return [];
  const placed = [...new Set(slides.map((s) => s.layout))].map((layout) => ({
    layout,
    width: logoSize(layout, theme, logo).width,
  }));
  const widest = placed.sort((a, b) => b.width - a.width)[0];
  if (!widest) return [];
  const blurred = logoResolution(logo, {
    artefact: `${artefact} ${widest.layout === 'title' ? 'title slide' : 'slides'}`,
    language,
    widthPt: widest.width,
  });
  return blurred ? [blurred] : [];
}

interface Measured {
  readonly height: number;
  readonly paragraph: FittedParagraph;
  /** The width it was measured in (for saying how much is too much). */
  readonly width: number;
}

function paginateSlide(
  slide: SlideSpec,
  spec: DeckSpec,
  theme: Theme,
  fitter: TextFitter,
  firstNumber: number,
  diagnostics: Diagnostic[],
): FittedSlide[] {
  return new SlidePaginator(slide, spec, theme, fitter, firstNumber, diagnostics).run();
}

/**
 * One slide of the plan laid out down its body, block by block, onto as many slides as it needs: text
 * paragraphs collect in a text frame, tables and figures get frames of their own, and a block that does not
 * fit starts a continuation slide. A heading is kept with the first piece of what follows.
 */
class SlidePaginator {
  private readonly g: ReturnType<typeof geometry>;
  private readonly onDark: boolean;
  private readonly body: Box;
  private readonly bottom: number;
  private readonly pages: FittedSlide[] = [];
  private frames: Frame[] = [];
  private paragraphs: FittedParagraph[] = [];
  private frameTop: number;
  private y: number;
  private n: number;
  /** The last thing placed was a heading: what follows sits right under it. */
  private underHeading = false;

  constructor(
    private readonly slide: SlideSpec,
    private readonly spec: DeckSpec,
    theme: Theme,
    private readonly fitter: TextFitter,
    firstNumber: number,
    private readonly diagnostics: Diagnostic[],
  ) {
    this.g = geometry(slide.layout, theme);
    this.onDark = this.g.background === 'primary';
    this.body = this.g.body;
    this.bottom = this.body.y + this.body.height - SAFETY.height;
    this.frameTop = this.body.y;
    this.y = this.body.y;
    this.n = firstNumber;
  }

  run(): FittedSlide[] {
    const blocks = this.slide.layout === 'content' ? this.slide.blocks : subtitleBlocks(this.slide);
    blocks.forEach((block, i) => {
      switch (block.kind) {
        case 'heading':
          return this.heading(block, blocks[i + 1]);
        case 'paragraph':
          return this.paragraph(block);
        case 'list':
          return this.list(block);
        case 'table':
          return this.table(block);
        case 'figure':
          return this.figure(block);
      }
    });
    this.closePage();
    return this.pages;
  }

  private where(n: number, what: string): string {
    return `slide ${n} ("${this.slide.title.text}"), ${what},`;
  }

  private fitTitle(text: string, n: number): FittedSlide['title'] {
    const { g } = this;
    const fitted = this.fitter.fit(
      {
        text,
        ...(this.slide.title.field ? { field: this.slide.title.field } : {}),
        weight: g.titleStyle.weight,
        size: g.titleStyle.size,
        minSize: g.titleStyle.minSize,
        leading: g.titleStyle.lineHeight / g.titleStyle.size,
        colour: g.titleStyle.colour,
        hyphenation: 'none',
        label: this.where(n, 'title'),
      },
      { width: g.title.width * SAFETY.width, height: g.title.height, maxLines: g.titleMaxLines },
    );
    return { text, size: fitted.size, lineHeight: fitted.lineHeight };
  }

  private measure(
    item: SourcedText,
    style: TypeStyle,
    width: number,
    what: string,
    extra: Partial<FittedParagraph> = {},
  ): Measured {
    const colour: ColourToken = this.onDark ? 'onPrimary' : style.colour;
    const fitted = this.fitter.fit(
      {
        text: item.text,
        ...(item.field ? { field: item.field } : {}),
        ...(item.origin ? { origin: item.origin } : {}),
        weight: style.weight,
        size: style.size,
        leading: style.lineHeight / style.size,
        colour,
        hyphenation: 'none',
        label: this.where(this.n, what),
      },
      { width: width * SAFETY.width },
    );
    const lines = fitted.lines.length;
    return {
      width,
      height: lines * style.lineHeight,
      paragraph: {
        text: item.text,
        ...(item.field ? { field: item.field } : {}),
        style: { ...style, colour },
        spaceAfter: 0,
        lines,
        ...extra,
      },
    };
  }

  private empty(): boolean {
    return this.frames.length === 0 && this.paragraphs.length === 0;
  }

  private closeText(): void {
    if (this.paragraphs.length === 0) return;
    const { body } = this;
    this.frames.push({
      kind: 'text',
      box: {
        x: body.x,
        y: this.frameTop,
        width: body.width,
        height: Math.max(this.y - this.frameTop, body.y + body.height - this.frameTop),
      },
      placeholder: this.frames.length === 0 && this.frameTop === body.y,
      paragraphs: this.paragraphs,
    });
    this.paragraphs = [];
  }

  private closePage(): void {
    // A heading never ends a slide: when it is the last thing placed, it moves on with what follows.
    const last = this.paragraphs[this.paragraphs.length - 1];
    const carried =
      this.underHeading && last?.heading === true && (this.paragraphs.length > 1 || this.frames.length > 0)
        ? this.paragraphs.pop()
        : undefined;
    if (carried) {
      const before = this.paragraphs[this.paragraphs.length - 1];
      if (before) this.paragraphs[this.paragraphs.length - 1] = { ...before, spaceAfter: 0 };
    }
    this.closeText();
    const { slide, pages } = this;
    const title =
      pages.length === 0 ? slide.title.text : `${slide.title.text} (${this.spec.labels.continued})`;
    pages.push({
      id: pages.length === 0 ? slide.id : `${slide.id}-${pages.length + 1}`,
      number: this.n,
      layout: slide.layout,
      geometry: this.g,
      title: this.fitTitle(title, this.n),
      frames: this.frames,
      notes: layOutNotes(slide.notes),
    });
    this.frames = [];
    this.y = this.body.y;
    this.frameTop = this.body.y;
    this.n += 1;
    if (carried) {
      this.paragraphs.push(carried);
      this.y += carried.lines * carried.style.lineHeight + spacing.afterHeading;
    }
  }

  /** Gap before the next block, unless it opens the slide. */
  private gapBefore(gap: number): void {
    const last = this.paragraphs[this.paragraphs.length - 1];
    if (last) {
      this.paragraphs[this.paragraphs.length - 1] = { ...last, spaceAfter: gap };
      this.y += gap;
    } else if (!this.empty()) {
      this.y += spacing.tableGap;
      this.frameTop = this.y;
    }
  }

  private overflow(item: SourcedText, what: string, height: number, measured?: Measured): void {
    const origin = item.origin ?? (item.field ? this.fitter.origin(item.field) : undefined);
    // For one paragraph on its own (not a heading kept with what follows), also in characters.
    const style = measured?.paragraph.style;
    const characters =
      measured && style
        ? this.fitter.charactersTooMany(
            {
              text: item.text,
              weight: style.weight,
              size: style.size,
              leading: style.lineHeight / style.size,
              colour: style.colour,
              hyphenation: 'none',
              label: what,
            },
            { width: measured.width * SAFETY.width, height: this.bottom - this.body.y },
          )
        : 0;
    this.diagnostics.push(
      diagnostic(
        'text-overflow/slide',
        {
          where: this.where(this.n, what),
          language: this.fitter.language,
          characters,
          pt: (height - (this.bottom - this.body.y)).toFixed(0),
        },
        { ...origin, ...(item.field ? { field: item.field } : {}) },
      ),
    );
  }

  /** Places a measured paragraph; starts a continuation slide first when it does not fit. */
  private place(m: Measured, gap: number, item: SourcedText, what: string, keep = 0): void {
    const needed = (this.empty() ? 0 : gap) + m.height + keep;
    if (this.y + needed > this.bottom && !this.empty()) this.closePage();
    if (!this.empty() && !this.underHeading) this.gapBefore(gap);
    if (this.y + m.height + keep > this.bottom)
      this.overflow(item, what, m.height + keep, keep === 0 ? m : undefined);
    if (this.frames.length > 0 && this.paragraphs.length === 0) this.frameTop = this.y;
    this.paragraphs.push(m.paragraph);
    this.y += m.height;
    this.underHeading = false;
  }

  /** A table's cell styles, column widths and the measured height of a row. */
  private tableMeasure(block: Extract<Block, { kind: 'table' }>) {
    const small = block.size === 'small';
    const cellStyles = {
      body: small ? styles.tableSmall : styles.table,
      header: small ? styles.tableSmallHeader : styles.tableHeader,
    };
    const total = block.columns.reduce((sum, c) => sum + c.weight, 0);
    const widths = block.columns.map((c) => (this.body.width * c.weight) / total);
    const rowHeight = (cells: readonly TableCell[], header: boolean, what: string) =>
      Math.max(
        ...cells.map((cell, col) => {
          const style = header
            ? cellStyles.header
            : cell.bold
              ? { ...cellStyles.body, weight: 'bold' as const }
              : cellStyles.body;
          const width = (widths[col] ?? 0) - 2 * spacing.cell.x;
          return this.measure(cell, style, width, what).height;
        }),
      ) +
      2 * spacing.cell.y;
    return { cellStyles, widths, rowHeight };
  }

  /** The height of the first part of a block that cannot be split: what a heading must stay with. */
  private firstPiece(block: Block): number {
    const width = this.body.width;
    switch (block.kind) {
      case 'heading':
        return this.measure(block, styles.heading, width, '').height;
      case 'paragraph':
        return this.measure(block, paragraphStyle(block.tone), width, '').height;
      case 'list': {
        const first = block.items[0];
        return first ? this.measure(first, styles.list, width - spacing.listIndent, '').height : 0;
      }
      case 'table': {
        const { rowHeight } = this.tableMeasure(block);
        const head = block.header.length > 0 ? rowHeight(block.header, true, '') : 0;
        const first = block.rows[0];
        return head + (first ? rowHeight(first, false, '') : 0);
      }
      case 'figure':
        return block.height;
    }
  }

  private heading(block: Extract<Block, { kind: 'heading' }>, next: Block | undefined): void {
    const m = this.measure(block, styles.heading, this.body.width, 'heading', { heading: true });
    // Keep it with the first line of what follows.
    const keep = next ? this.firstPiece(next) : 0;
    this.place(m, spacing.block, block, 'heading', keep + spacing.afterHeading);
    const last = this.paragraphs[this.paragraphs.length - 1];
    if (last) this.paragraphs[this.paragraphs.length - 1] = { ...last, spaceAfter: spacing.afterHeading };
    this.y += spacing.afterHeading;
    this.underHeading = true;
  }

  private paragraph(block: Extract<Block, { kind: 'paragraph' }>): void {
    const what = block.field ? fieldName(block.field) : 'text';
    const m = this.measure(block, paragraphStyle(block.tone), this.body.width, what);
    this.place(m, this.underHeading ? 0 : spacing.block, block, what);
  }

  private list(block: Extract<Block, { kind: 'list' }>): void {
    block.items.forEach((item, index) => {
      const what = item.field ? fieldName(item.field) : `item ${index + 1}`;
      const m = this.measure(item, styles.list, this.body.width - spacing.listIndent, what, {
        bullet: block.ordered ? { kind: 'number', startAt: index + 1 } : { kind: 'bullet' },
      });
      const gap = index === 0 ? (this.underHeading ? 0 : spacing.block) : spacing.item;
      this.place(m, gap, item, what);
    });
  }

  /** A table in its own frame; split between rows over continuation slides, the header repeated. */
  private table(block: Extract<Block, { kind: 'table' }>): void {
    this.closeText();
    const { body } = this;
    const { cellStyles, widths, rowHeight } = this.tableMeasure(block);
    const hasHeader = block.header.length > 0;
    const headerHeight = hasHeader ? rowHeight(block.header, true, `${block.label}, header`) : 0;
    let rows: FittedRow[] = [];
    let top = this.y;
    const closeTable = () => {
      if (rows.length === 0) return;
      const height = rows.reduce((s, r) => s + r.height, 0);
      this.frames.push({
        kind: 'table',
        box: { x: body.x, y: top, width: body.width, height },
        styles: cellStyles,
        columnWidths: widths,
        align: block.columns.map((c) => c.align ?? 'left'),
        rows,
        label: block.label,
      });
      this.y = top + height;
      rows = [];
    };
    const startTable = () => {
      if (!this.empty()) this.y += this.underHeading ? 0 : spacing.tableGap;
      this.underHeading = false;
      top = this.y;
      rows = hasHeader ? [{ cells: block.header, header: true, height: headerHeight }] : [];
      this.y += headerHeight;
    };
    // A table that starts low on a slide moves to the next when not even its first row fits.
    const firstRow = block.rows[0];
    const firstHeightNeeded = headerHeight + (firstRow ? rowHeight(firstRow, false, block.label) : 0);
    const gapAbove = this.underHeading ? 0 : spacing.tableGap;
    if (!this.empty() && this.y + gapAbove + firstHeightNeeded > this.bottom) this.closePage();
    startTable();
    block.rows.forEach((cells, index) => {
      const what = `${block.label}, row ${index + 1}`;
      const h = rowHeight(cells, false, what);
      if (this.y + h > this.bottom && rows.length > (hasHeader ? 1 : 0)) {
        closeTable();
        this.closePage();
        startTable();
      }
      if (this.y + h > this.bottom) this.overflow(cells[0] ?? { text: '' }, what, headerHeight + h);
      rows.push({ cells, header: false, height: h });
      this.y += h;
    });
    closeTable();
    this.frameTop = this.y;
  }

  private figure(block: Extract<Block, { kind: 'figure' }>): void {
    this.closeText();
    const gapAbove = this.empty() || this.underHeading ? 0 : spacing.tableGap;
    if (!this.empty() && this.y + gapAbove + block.height > this.bottom) this.closePage();
    else this.y += gapAbove;
    this.underHeading = false;
    if (this.y + block.height > this.bottom) this.overflow({ text: block.label }, block.label, block.height);
    const n = this.n;
    this.frames.push(
      fitFigure(block, { x: this.body.x, y: this.y }, this.fitter, (what) => this.where(n, what)),
    );
    this.y += block.height;
    this.frameTop = this.y;
  }
}

/** Title and section slides: the subtitle and blocks become paragraphs in the body placeholder. */
function subtitleBlocks(slide: SlideSpec): Block[] {
  return [
    ...(slide.subtitle ? [{ kind: 'paragraph' as const, tone: 'lead' as const, ...slide.subtitle }] : []),
    ...slide.blocks,
  ];
}

function paragraphStyle(tone: Extract<Block, { kind: 'paragraph' }>['tone']): TypeStyle {
  return tone === 'lead' ? styles.lead : tone === 'muted' ? styles.muted : styles.paragraph;
}

/** Fits the texts of a drawing's boxes (inside their insets) and moves its shapes onto the slide. */
function fitFigure(
  block: Extract<Block, { kind: 'figure' }>,
  origin: { readonly x: number; readonly y: number },
  fitter: TextFitter,
  where: (what: string) => string,
): DrawingFrame {
  const shapes = block.shapes.map((shape): FittedShape => {
    if (shape.kind === 'line') {
      return {
        ...shape,
        from: { x: origin.x + shape.from.x, y: origin.y + shape.from.y },
        to: { x: origin.x + shape.to.x, y: origin.y + shape.to.y },
      };
    }
    const { text: t, ...rest } = shape;
    const moved = { ...rest, x: origin.x + shape.x, y: origin.y + shape.y };
    if (!t) return moved;
    const fitted = fitter.fit(
      {
        text: t.text,
        ...(t.field ? { field: t.field } : {}),
        weight: t.bold ? 'bold' : 'regular',
        size: t.size,
        minSize: t.minSize ?? t.size,
        leading: FIGURE_LEADING,
        colour: t.colour ?? 'ink',
        hyphenation: 'none',
        label: where(`${block.label}, ${shape.name}`),
      },
      {
        width: (shape.width - 2 * FIGURE_INSET) * SAFETY.width,
        height: shape.height - 2 * FIGURE_INSET,
      },
    );
    return { ...moved, text: { ...t, size: fitted.size, lineHeight: fitted.lineHeight } };
  });
  return {
    kind: 'drawing',
    box: { x: origin.x, y: origin.y, width: 0, height: block.height },
    label: block.label,
    shapes,
  };
}

/** `assignments.problem-tree.steps.2` → `steps.2`: the part of a field path a message names. */
function fieldName(field: string): string {
  return field.split('.').slice(-2).join('.');
}

/**
 * The notes' paragraphs: a section's heading, paragraphs and bullets, each with its space after; the last
 * of a section but the last gets the space between sections instead.
 */
export function layOutNotes(sections: readonly NotesSection[]): FittedNote[] {
  const notes: FittedNote[] = [];
  sections.forEach((section, i) => {
    const last = i === sections.length - 1;
    const items: { text: string; kind: FittedNote['kind'] }[] = [
      ...(section.heading ? [{ text: section.heading, kind: 'heading' as const }] : []),
      ...(section.paragraphs ?? []).map((p) => ({ text: p.text, kind: 'paragraph' as const })),
      ...(section.bullets ?? []).map((b) => ({ text: b.text, kind: 'bullet' as const })),
    ];
    items.forEach((item, j) => {
      const spaceAfter =
        j === items.length - 1 && !last
          ? notesSpacing.section
          : item.kind === 'heading'
            ? notesSpacing.afterHeading
            : item.kind === 'bullet'
              ? notesSpacing.item
              : notesSpacing.paragraph;
      notes.push({ ...item, spaceAfter, indent: item.kind === 'bullet' ? notesSpacing.indent : 0 });
    });
  });
  return notes;
}

/** Speaker notes longer than the notes page are cut off when printed: warn, naming the slide. */
function checkNotes(slide: FittedSlide, spec: DeckSpec, diagnostics: Diagnostic[]): void {
  const fonts = officeFonts();
  const measure = (note: FittedNote) =>
    fitText(
      note.text,
      {
        face: fonts[note.kind === 'heading' ? 'bold' : 'regular'],
        size: styles.notes.size,
        leading: styles.notes.lineHeight / styles.notes.size,
        hyphenation: 'none',
      },
      { width: (NOTES_BOX.width - note.indent) * SAFETY.width },
      spec.language,
    ).lines.length * styles.notes.lineHeight;
  // What the notes page holds: every paragraph and the space after it, as written.
  const height = slide.notes.reduce((sum, note) => sum + measure(note) + note.spaceAfter, 0);
  if (height > NOTES_BOX.height) {
    diagnostics.push(
      diagnostic('text-overflow/notes', {
        slide: slide.number,
        title: slide.title.text,
        pt: (height - NOTES_BOX.height).toFixed(0),
        language: spec.language,
      }),
    );
  }
}
