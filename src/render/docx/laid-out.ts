// The laid-out document: what the layout pass (layout.ts) makes of a DocumentSpec and the only thing the
// writers serialise. Every decision is made in it: each paragraph's style and direct formatting (page
// breaks, keep with next, keep lines together, list numbering instances, bookmarks), each run's format
// and language, table column widths and fills, the cover, the contents entries with their page numbers,
// the page count. Plain data, lengths in points; the writers convert to twips, half-points and EMU.
import type { FontFace } from '../../typeset/fonts.js';
import type { Pt } from '../units.js';
import type { DocumentSpec } from './model.js';
import type { HouseStyles, ListLevel, Numbering, PageGeometry, TableStyle } from './style.js';

export type ListKind = keyof typeof Numbering;

export interface BorderFormat {
  readonly style: 'single' | 'none';
  readonly width: Pt;
  /** RRGGBB, or auto. */
  readonly color: string;
  /** The gap to the text (Word stores whole points). */
  readonly space?: Pt;
}

export interface SpacingFormat {
  readonly before?: Pt;
  readonly after?: Pt;
  /** Word's "auto" line spacing, in 240ths of the font's natural line height (276: 1.15 lines). */
  readonly line?: number;
}

export interface TabStop {
  readonly type: 'left' | 'right';
  /** From the left margin. */
  readonly position: Pt;
  readonly leader?: 'dot';
}

/** A paragraph's properties: a style and what is set on the paragraph itself. */
export interface ParagraphFormat {
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  readonly pageBreakBefore?: boolean;
  readonly widowControl?: boolean;
  /** A list paragraph: its numbering instance (w:numId) and level. */
  readonly numbering?: { readonly id: number; readonly level: number };
  readonly border?: { readonly left?: BorderFormat; readonly bottom?: BorderFormat };
  readonly tabs?: readonly TabStop[];
  readonly spacing?: SpacingFormat;
  readonly indent?: { readonly left?: Pt; readonly hanging?: Pt };
  readonly align?: 'left' | 'center';
  /** 0 for Heading 1 … 8; 9 is body text. */
  readonly outlineLevel?: number;
}

/** A run's properties: a character style and what is set on the run itself. */
export interface RunFormat {
  /** A character style id. */
  readonly style?: string;
  readonly font?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** RRGGBB. */
  readonly color?: string;
  readonly size?: Pt;
  /** A Word language tag, e.g. nl-NL. */
  readonly lang?: string;
}

/** Text (tabs and line breaks in it are Word's), or a field (PAGE) with the result shown before updating. */
export type Run =
  | { readonly text: string; readonly format: RunFormat }
  | { readonly field: string; readonly result: string; readonly format: RunFormat };

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly format: ParagraphFormat;
  readonly runs: readonly Run[];
  /** A bookmark around the runs: a heading the contents link to. */
  readonly bookmark?: { readonly id: number; readonly name: string };
}

/** A picture on a line of its own (the cover logo), with its alternative text. */
export interface Picture {
  readonly kind: 'picture';
  readonly format: ParagraphFormat;
  readonly width: Pt;
  readonly height: Pt;
  readonly alt: string;
}

export interface Cell {
  readonly width: Pt;
  /** Shading, RRGGBB. */
  readonly fill?: string;
  readonly paragraph: Paragraph;
}

export interface Row {
  /** The header row: repeated on every page the table runs onto. Rows never split across pages. */
  readonly header: boolean;
  readonly cells: readonly Cell[];
}

export interface Table {
  readonly kind: 'table';
  readonly style: string;
  readonly width: Pt;
  readonly columns: readonly Pt[];
  /** Rules above and below the table and between its rows; no vertical ones. */
  readonly rule: BorderFormat;
  readonly rows: readonly Row[];
}

/**
 * A block of the document as the page model meets it: what the writer writes is its paragraphs or table;
 * the grouping and the decisions are kept for the page model, which follows the same rules.
 */
export type LaidOutBlock =
  | {
      readonly kind: 'heading';
      readonly level: 1 | 2 | 3;
      readonly paragraph: Paragraph;
      /** Listed in the table of contents (it has a bookmark and a page number there). */
      readonly listed: boolean;
    }
  | { readonly kind: 'paragraph'; readonly paragraph: Paragraph }
  | {
      readonly kind: 'list';
      readonly items: readonly Paragraph[];
      /** The whole list stays on one page (each item but the last keeps with the next). */
      readonly keptTogether: boolean;
    }
  | { readonly kind: 'table'; readonly table: Table }
  | { readonly kind: 'pageBreak'; readonly paragraph: Paragraph };

export interface ContentsEntry {
  readonly paragraph: ParagraphFormat;
  readonly text: string;
  readonly bookmark: string;
  /** The physical page (the cover is page 1), from the page model. */
  readonly page: number;
}

/** The table of contents as Word writes an updated TOC field: its heading, then one entry per heading. */
export interface Contents {
  readonly heading: Paragraph;
  /** The title, also the content control's alias. */
  readonly title: string;
  /** The heading levels listed (TOC \o "1-n"). */
  readonly levels: 1 | 2;
  readonly entries: readonly ContentsEntry[];
  readonly lang: string;
}

/** Where each body block landed in the page model: the page its first line is on and the page it ends on. */
export interface BlockPages {
  readonly first: number;
  readonly last: number;
}

export interface LaidOutDocument {
  /** Word's language tag (nl-NL): styles, runs, settings and core.xml. */
  readonly lang: string;
  /** The core properties, as the spec gives them. */
  readonly properties: Pick<DocumentSpec, 'title' | 'subject' | 'version' | 'creator' | 'keywords' | 'date'>;
  readonly page: PageGeometry;
  /** The cover page: the logo, title, subtitle and the organisation and version lines. */
  readonly cover: readonly (Paragraph | Picture)[];
  readonly colophon: readonly LaidOutBlock[];
  readonly contents?: Contents;
  readonly body: readonly LaidOutBlock[];
  readonly header: Paragraph;
  readonly footer: Paragraph;
  /** The page count, from the page model. */
  readonly pages: number;
  /** Per body block, where the page model placed it. */
  readonly blockPages: readonly BlockPages[];
  readonly styles: HouseStyles;
  readonly tableStyle: TableStyle;
  readonly numbering: {
    readonly definitions: Readonly<Record<ListKind, readonly ListLevel[]>>;
    /**
     * The numbering instances (w:num) list paragraphs refer to: one for all bulleted and one for all check
     * lists, one per numbered list (restarting at 1).
     */
    readonly instances: readonly {
      readonly id: number;
      readonly kind: ListKind;
      readonly restart: boolean;
    }[];
  };
  /** The document's font, its faces (embedded when the writer is asked to). */
  readonly font: {
    readonly name: string;
    readonly regular: FontFace;
    readonly bold: FontFace;
    readonly italic: FontFace;
  };
  readonly logo?: { readonly png: Buffer };
}
