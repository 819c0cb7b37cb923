// The document model every DOCX of the kit is planned in: what a handbook, workshop guide or project plan
// says (headings, paragraphs, lists, tables, the cover and colophon), as plain data with no layout in it.
// A renderer's plan step returns a DocumentSpec; the layout pass (layout.ts) decides how Word sets it, and
// the writers (emit.ts) serialise that; `renderDocx` does both.

/** A piece of a paragraph: plain text, or text with emphasis, or a command typed as-is. */
export type Inline =
  | string
  | { readonly text: string; readonly bold?: boolean; readonly italic?: boolean; readonly command?: boolean };

export type Content = string | readonly Inline[];

export interface TableCell {
  readonly content: Content;
  /** A light tint behind the cell (e.g. the first column of a matrix). */
  readonly tint?: boolean;
  readonly align?: 'left' | 'center';
  readonly bold?: boolean;
}

export type Block =
  | {
      readonly kind: 'heading';
      readonly level: 1 | 2 | 3;
      readonly text: string;
      /** Start on a new page: level 1 does unless this is false, levels 2–3 only when it is true. */
      readonly newPage?: boolean;
    }
  | {
      readonly kind: 'paragraph';
      readonly content: Content;
      /** body (default), lead (a chapter's opening), note (small, muted). */
      readonly style?: 'body' | 'lead' | 'note';
      /** Keep with the next block (e.g. a sentence that introduces a list). */
      readonly keepNext?: boolean;
    }
  | {
      readonly kind: 'list';
      /** bullet, number (restarts at 1 for each list) or check (a box to tick). */
      readonly style: 'bullet' | 'number' | 'check';
      readonly items: readonly Content[];
    }
  | {
      readonly kind: 'table';
      /** The header row, repeated at the top of every page the table runs onto. */
      readonly header: readonly Content[];
      readonly rows: readonly (readonly TableCell[])[];
      /** Relative column widths (any unit; they are scaled to the text width). */
      readonly widths: readonly number[];
      /** How the header cells are aligned, per column (default left). */
      readonly headerAlign?: readonly ('left' | 'center')[];
    }
  | { readonly kind: 'pageBreak' };

export interface Cover {
  readonly title: string;
  readonly subtitle: string;
  /** A second line under the subtitle: what this document is (e.g. "Handbook for facilitators"). */
  readonly kind?: string;
  /** The organisation's name; the logo comes from the theme. */
  readonly organisation?: string;
  /** E.g. "Version 1.0.0 · 25 November 2026". */
  readonly version: string;
}

export interface DocumentSpec {
  /** The kit language (nl, en …): written as w:lang (nl-NL, en-GB) on styles and runs, and in core.xml. */
  readonly language: string;
  /** Core properties. */
  readonly title: string;
  readonly subject: string;
  readonly version: string;
  readonly creator?: string;
  readonly keywords?: string;
  /** The date inside the file (core.xml, zip entries). */
  readonly date: Date;
  readonly cover: Cover;
  /** The page after the cover: licence, credits, version, date (blocks, usually a heading and notes). */
  readonly colophon: readonly Block[];
  /**
   * The table of contents' heading; its entries are written with page numbers. Without it, no table of
   * contents (a short document such as the project plan draft).
   */
  readonly contentsTitle?: string;
  /** Which heading levels the table of contents lists: 1 (chapters only) or 2 (and sections; the default). */
  readonly contentsLevels?: 1 | 2;
  readonly body: readonly Block[];
  /** The running header (left), e.g. the document's title. */
  readonly header: string;
  /** The running footer (left, page number on the right), e.g. the organisation or the version. */
  readonly footer: string;
}

export function plainText(content: Content): string {
  return typeof content === 'string'
    ? content
    : content.map((i) => (typeof i === 'string' ? i : i.text)).join('');
}
