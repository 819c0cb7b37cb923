// Measures a slide plan against the layout's boxes with the real font metrics, and splits long lists and
// tables over continuation slides: "Stappen (vervolg)". What cannot be split and does not fit an empty
// slide is an error that names the slide, the language and the content field. Pure.
import type { KitIdentity } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import { logoResolution } from '../../media/logo.js';
import { fitText } from '../../typeset/fit.js';
import { officeFonts } from '../../typeset/fonts.js';
import { TextFitter } from '../text-fitter.js';
import type { Box, ColourToken, TypeStyle } from './layout.js';
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

export interface FittedSlide {
  readonly id: string;
  /** 1-based, as PowerPoint numbers it. */
  readonly number: number;
  readonly layout: SlideLayoutName;
  readonly title: { readonly text: string; readonly size: number; readonly lineHeight: number };
  readonly frames: readonly Frame[];
  readonly notes: readonly NotesSection[];
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
): { deck: FittedDeck; diagnostics: Diagnostic[] } {
  const fitter = new TextFitter(
    kit,
    { ...theme, fonts: officeFonts() },
    artefact,
    'shorten the text, or split it into more items',
  );
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
  return { deck: { ...spec, slides }, diagnostics };
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
}

function paginateSlide(
  slide: SlideSpec,
  spec: DeckSpec,
  theme: Theme,
  fitter: TextFitter,
  firstNumber: number,
  diagnostics: Diagnostic[],
): FittedSlide[] {
  const g = geometry(slide.layout, theme);
  const onDark = g.background === 'primary';
  const where = (n: number, what: string) => `slide ${n} ("${slide.title.text}"), ${what},`;

  const fitTitle = (text: string, n: number) => {
    const fitted = fitter.fit(
      {
        text,
        ...(slide.title.field ? { field: slide.title.field } : {}),
        weight: g.titleStyle.weight,
        size: g.titleStyle.size,
        minSize: g.titleStyle.minSize,
        leading: g.titleStyle.lineHeight / g.titleStyle.size,
        colour: g.titleStyle.colour,
        hyphenation: 'none',
        label: where(n, 'title'),
      },
      { width: g.title.width * SAFETY.width, height: g.title.height, maxLines: g.titleMaxLines },
    );
    return { text, size: fitted.size, lineHeight: fitted.lineHeight };
  };

  const measure = (
    item: SourcedText,
    style: TypeStyle,
    width: number,
    n: number,
    what: string,
    extra: Partial<FittedParagraph> = {},
  ): Measured => {
    const colour: ColourToken = onDark ? 'onPrimary' : style.colour;
    const fitted = fitter.fit(
      {
        text: item.text,
        ...(item.field ? { field: item.field } : {}),
        ...(item.origin ? { origin: item.origin } : {}),
        weight: style.weight,
        size: style.size,
        leading: style.lineHeight / style.size,
        colour,
        hyphenation: 'none',
        label: where(n, what),
      },
      { width: width * SAFETY.width },
    );
    const lines = fitted.lines.length;
    return {
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
  };

  const pages: FittedSlide[] = [];
  const body = g.body;
  const bottom = body.y + body.height - SAFETY.height;
  let frames: Frame[] = [];
  let paragraphs: FittedParagraph[] = [];
  let frameTop = body.y;
  let y = body.y;
  let n = firstNumber;
  /** The last thing placed was a heading: what follows sits right under it. */
  let underHeading = false;

  const closeText = () => {
    if (paragraphs.length === 0) return;
    frames.push({
      kind: 'text',
      box: {
        x: body.x,
        y: frameTop,
        width: body.width,
        height: Math.max(y - frameTop, body.y + body.height - frameTop),
      },
      placeholder: frames.length === 0 && frameTop === body.y,
      paragraphs,
    });
    paragraphs = [];
  };
  const closePage = () => {
    // A heading never ends a slide: when it is the last thing placed, it moves on with what follows.
    const last = paragraphs[paragraphs.length - 1];
    const carried =
      underHeading && last?.heading === true && (paragraphs.length > 1 || frames.length > 0)
        ? paragraphs.pop()
        : undefined;
    if (carried) {
      const before = paragraphs[paragraphs.length - 1];
      if (before) paragraphs[paragraphs.length - 1] = { ...before, spaceAfter: 0 };
    }
    closeText();
    const title = pages.length === 0 ? slide.title.text : `${slide.title.text} (${spec.labels.continued})`;
    pages.push({
      id: pages.length === 0 ? slide.id : `${slide.id}-${pages.length + 1}`,
      number: n,
      layout: slide.layout,
      title: fitTitle(title, n),
      frames,
      notes: slide.notes,
    });
    frames = [];
    y = body.y;
    frameTop = body.y;
    n += 1;
    if (carried) {
      paragraphs.push(carried);
      y += carried.lines * carried.style.lineHeight + spacing.afterHeading;
    }
  };
  const empty = () => frames.length === 0 && paragraphs.length === 0;
  /** Gap before the next block, unless it opens the slide. */
  const gapBefore = (gap: number) => {
    const last = paragraphs[paragraphs.length - 1];
    if (last) {
      paragraphs[paragraphs.length - 1] = { ...last, spaceAfter: gap };
      y += gap;
    } else if (!empty()) {
      y += spacing.tableGap;
      frameTop = y;
    }
  };
  const overflow = (item: SourcedText, what: string, height: number) => {
    const origin = item.origin ?? (item.field ? fitter.origin(item.field) : undefined);
    diagnostics.push({
      severity: 'error',
      code: 'text-overflow',
      ...(origin ?? {}),
      ...(item.field ? { field: item.field } : {}),
      message: `${where(n, what)} does not fit an empty slide of the deck (${fitter.language}): ${(height - (bottom - body.y)).toFixed(0)} pt too tall`,
      hint: 'shorten the text, or split it into more items',
    });
  };
  /** Places a measured paragraph; starts a continuation slide first when it does not fit. */
  const place = (m: Measured, gap: number, item: SourcedText, what: string, keep = 0): void => {
    const needed = (empty() ? 0 : gap) + m.height + keep;
    if (y + needed > bottom && !empty()) closePage();
    if (!empty() && !underHeading) gapBefore(gap);
    if (y + m.height + keep > bottom) {
      overflow(item, what, m.height + keep);
    }
    if (frames.length > 0 && paragraphs.length === 0) frameTop = y;
    paragraphs.push(m.paragraph);
    y += m.height;
    underHeading = false;
  };

  /** A table's cell styles, column widths and the measured height of a row. */
  const tableMeasure = (block: Extract<Block, { kind: 'table' }>, n: number) => {
    const small = block.size === 'small';
    const cellStyles = {
      body: small ? styles.tableSmall : styles.table,
      header: small ? styles.tableSmallHeader : styles.tableHeader,
    };
    const total = block.columns.reduce((sum, c) => sum + c.weight, 0);
    const widths = block.columns.map((c) => (body.width * c.weight) / total);
    const rowHeight = (cells: readonly TableCell[], header: boolean, what: string) =>
      Math.max(
        ...cells.map((cell, col) => {
          const style = header
            ? cellStyles.header
            : cell.bold
              ? { ...cellStyles.body, weight: 'bold' as const }
              : cellStyles.body;
          const width = (widths[col] ?? 0) - 2 * spacing.cell.x;
          return measure(cell, style, width, n, what).height;
        }),
      ) +
      2 * spacing.cell.y;
    return { cellStyles, widths, rowHeight };
  };

  /** The height of the first part of a block that cannot be split: what a heading must stay with. */
  const firstPiece = (block: Block, n: number): number => {
    switch (block.kind) {
      case 'heading':
        return measure(block, styles.heading, body.width, n, '').height;
      case 'paragraph':
        return measure(block, paragraphStyle(block.tone), body.width, n, '').height;
      case 'list': {
        const first = block.items[0];
        return first ? measure(first, styles.list, body.width - spacing.listIndent, n, '').height : 0;
      }
      case 'table': {
        const { rowHeight } = tableMeasure(block, n);
        const head = block.header.length > 0 ? rowHeight(block.header, true, '') : 0;
        const first = block.rows[0];
        return head + (first ? rowHeight(first, false, '') : 0);
      }
      case 'figure':
        return block.height;
    }
  };

  const blocks = slide.layout === 'content' ? slide.blocks : subtitleBlocks(slide);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    switch (block.kind) {
      case 'heading': {
        const m = measure(block, styles.heading, body.width, n, 'heading', { heading: true });
        // Keep it with the first line of what follows.
        const next = blocks[i + 1];
        const keep = next ? firstPiece(next, n) : 0;
        place(m, spacing.block, block, 'heading', keep + spacing.afterHeading);
        const last = paragraphs[paragraphs.length - 1];
        if (last) paragraphs[paragraphs.length - 1] = { ...last, spaceAfter: spacing.afterHeading };
        y += spacing.afterHeading;
        underHeading = true;
        break;
      }
      case 'paragraph': {
        const m = measure(
          block,
          paragraphStyle(block.tone),
          body.width,
          n,
          block.field ? fieldName(block.field) : 'text',
        );
        place(m, underHeading ? 0 : spacing.block, block, block.field ? fieldName(block.field) : 'text');
        break;
      }
      case 'list': {
        block.items.forEach((item, index) => {
          const what = item.field ? fieldName(item.field) : `item ${index + 1}`;
          const m = measure(item, styles.list, body.width - spacing.listIndent, n, what, {
            bullet: block.ordered ? { kind: 'number', startAt: index + 1 } : { kind: 'bullet' },
          });
          const gap = index === 0 ? (underHeading ? 0 : spacing.block) : spacing.item;
          place(m, gap, item, what);
        });
        break;
      }
      case 'table': {
        closeText();
        const { cellStyles, widths, rowHeight } = tableMeasure(block, n);
        const hasHeader = block.header.length > 0;
        const headerHeight = hasHeader ? rowHeight(block.header, true, `${block.label}, header`) : 0;
        let rows: FittedRow[] = [];
        let top = y;
        const closeTable = () => {
          if (rows.length === 0) return;
          const height = rows.reduce((s, r) => s + r.height, 0);
          frames.push({
            kind: 'table',
            box: { x: body.x, y: top, width: body.width, height },
            styles: cellStyles,
            columnWidths: widths,
            align: block.columns.map((c) => c.align ?? 'left'),
            rows,
            label: block.label,
          });
          y = top + height;
          rows = [];
        };
        const startTable = () => {
          if (!empty()) y += underHeading ? 0 : spacing.tableGap;
          underHeading = false;
          top = y;
          rows = hasHeader ? [{ cells: block.header, header: true, height: headerHeight }] : [];
          y += headerHeight;
        };
        // A table that starts low on a slide moves to the next when not even its first row fits.
        const firstRow = block.rows[0];
        const firstHeightNeeded = headerHeight + (firstRow ? rowHeight(firstRow, false, block.label) : 0);
        const gapAbove = underHeading ? 0 : spacing.tableGap;
        if (!empty() && y + gapAbove + firstHeightNeeded > bottom) closePage();
        startTable();
        block.rows.forEach((cells, index) => {
          const what = `${block.label}, row ${index + 1}`;
          const h = rowHeight(cells, false, what);
          if (y + h > bottom && rows.length > (hasHeader ? 1 : 0)) {
            closeTable();
            closePage();
            startTable();
          }
          if (y + h > bottom) overflow(cells[0] ?? { text: '' }, what, headerHeight + h);
          rows.push({ cells, header: false, height: h });
          y += h;
        });
        closeTable();
        frameTop = y;
        break;
      }
      case 'figure': {
        closeText();
        const gapAbove = empty() || underHeading ? 0 : spacing.tableGap;
        if (!empty() && y + gapAbove + block.height > bottom) closePage();
        else y += gapAbove;
        underHeading = false;
        if (y + block.height > bottom) {
          overflow({ text: block.label }, block.label, block.height);
        }
        frames.push(fitFigure(block, { x: body.x, y }, fitter, (what) => where(n, what)));
        y += block.height;
        frameTop = y;
        break;
      }
    }
  }
  closePage();
  return pages;
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

/** Speaker notes longer than the notes page are cut off when printed: warn, naming the slide. */
function checkNotes(slide: FittedSlide, spec: DeckSpec, diagnostics: Diagnostic[]): void {
  const fonts = officeFonts();
  const measure = (text: string, weight: 'regular' | 'bold', indent = 0) =>
    fitText(
      text,
      {
        face: fonts[weight],
        size: styles.notes.size,
        leading: styles.notes.lineHeight / styles.notes.size,
        hyphenation: 'none',
      },
      { width: (NOTES_BOX.width - indent) * SAFETY.width },
      spec.language,
    ).lines.length * styles.notes.lineHeight;
  let height = 0;
  for (const section of slide.notes) {
    if (section.heading) height += measure(section.heading, 'bold') + notesSpacing.afterHeading;
    for (const p of section.paragraphs ?? []) height += measure(p.text, 'regular') + notesSpacing.paragraph;
    for (const b of section.bullets ?? [])
      height += measure(b.text, 'regular', notesSpacing.indent) + notesSpacing.item;
    height += notesSpacing.section;
  }
  if (height > NOTES_BOX.height) {
    diagnostics.push({
      severity: 'warning',
      code: 'text-overflow',
      message: `slide ${slide.number} ("${slide.title.text}"): the speaker notes are ${(height - NOTES_BOX.height).toFixed(0)} pt longer than a printed notes page of the deck (${spec.language}); on screen they scroll`,
      hint: 'shorten the facilitator texts of this slide',
    });
  }
}
