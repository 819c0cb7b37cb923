// The slide plan: what a deck says, slide by slide, before anything is measured. A deck's planner (pure)
// writes it from a localised kit; `paginate` measures it against the layout's boxes and splits long lists
// and tables over continuation slides; `deckParts` (emit.ts) turns the fitted slides into a PPTX's parts.
// Plain data all the way, so tests read it without unzipping anything.

/** The slide layouts of the master: a title slide, a section divider, a content slide. */
import type { SourcePosition } from '../../diagnostics/diagnostic.js';

export type SlideLayoutName = 'title' | 'section' | 'content';

/** A piece of content text, with the content field it shows (for diagnostics) when it comes from YAML. */
export interface SourcedText {
  readonly text: string;
  /** Dotted field path, e.g. `assignments.problem-tree.steps.2`; absent for generated text (clock times). */
  readonly field?: string;
  /** Where it is written when not in the kit's content (a brand file's name or contact line). */
  readonly origin?: SourcePosition;
}

export type Block =
  /** A small coloured heading over the block that follows; never left alone at the bottom of a slide. */
  | ({ readonly kind: 'heading' } & SourcedText)
  | ({ readonly kind: 'paragraph'; readonly tone?: 'normal' | 'lead' | 'muted' } & SourcedText)
  /** A real bullet or numbered list; may be split between items over continuation slides. */
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly SourcedText[] }
  /** A real table with a header row; may be split between rows (the header repeats). */
  | {
      readonly kind: 'table';
      /** Relative column widths. */
      readonly columns: readonly { readonly weight: number; readonly align?: 'left' | 'center' }[];
      readonly header: readonly SourcedText[];
      readonly rows: readonly (readonly TableCell[])[];
      /** What the table shows, for a screen reader and for messages. */
      readonly label: string;
      /** 'small' for tables of long texts (descriptions); short tables read better at the normal size. */
      readonly size?: 'normal' | 'small';
    }
  /** Real, editable shapes (sticky notes, axes, boxes, lines): never split, moved whole to a new slide. */
  | {
      readonly kind: 'figure';
      /** What the drawing shows, for a screen reader (the group's description) and for messages. */
      readonly label: string;
      readonly height: number;
      readonly shapes: readonly FigureShape[];
    };

/** A drawing's shape, in points from the drawing's top left corner; the drawing spans the body's width. */
export type FigureShape =
  | {
      readonly kind: 'box';
      /** Shape name in PowerPoint's selection pane, and what tests count by: "Note 2", "Axis label". */
      readonly name: string;
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      /** A sticky note (the note colour), a tinted area, or no fill. */
      readonly fill?: 'note' | ColourName | 'none';
      readonly outline?: ColourName;
      readonly dashed?: boolean;
      readonly rounded?: boolean;
      readonly text?: FigureText;
    }
  | {
      readonly kind: 'line';
      readonly name: string;
      readonly from: { readonly x: number; readonly y: number };
      readonly to: { readonly x: number; readonly y: number };
      readonly colour: ColourName;
      /** In points. */
      readonly weight: number;
      readonly arrow?: boolean;
      readonly dashed?: boolean;
    };

/** The theme colours a drawing may use. */
export type ColourName = 'ink' | 'muted' | 'primary' | 'primaryText' | 'accent' | 'tint' | 'rule' | 'paper';

/** A text in a drawing's box: fitted into the box (shrunk down to minSize), or an overflow error. */
export interface FigureText extends SourcedText {
  readonly size: number;
  readonly minSize?: number;
  readonly bold?: boolean;
  readonly colour?: ColourName;
  readonly align?: 'l' | 'ctr' | 'r';
  readonly anchor?: 't' | 'ctr' | 'b';
}

export interface TableCell extends SourcedText {
  readonly bold?: boolean;
  /** A cell drawn on the tint colour (a stage the competency is needed in, a break in the agenda). */
  readonly shade?: boolean;
}

/** A part of the speaker notes: an optional heading, then paragraphs and/or a bullet list. */
export interface NotesSection {
  readonly heading?: string;
  readonly paragraphs?: readonly SourcedText[];
  readonly bullets?: readonly SourcedText[];
}

export interface SlideSpec {
  /** Stable, unique id: `assignment-3-steps`. Continuations get `-2`, `-3`… */
  readonly id: string;
  readonly layout: SlideLayoutName;
  readonly title: SourcedText;
  /**
   * Title and section slides: a short line under the title (subtitle, summary). Content slides have
   * blocks instead.
   */
  readonly subtitle?: SourcedText;
  readonly blocks: readonly Block[];
  /** Speaker notes: how to introduce it, what to watch for, debrief questions, timing. */
  readonly notes: readonly NotesSection[];
}

/** Words the shared building blocks print around the content; they come from the content's labels. */
export interface DeckLabels {
  /** Added to the title of a continuation slide: "(vervolg)". */
  readonly continued: string;
}

export interface DeckSpec {
  /** BCP 47 tag of the content's language (`nl`, `en`, `pt-BR`). */
  readonly language: string;
  /** Document title (core properties) and the footer's first part. */
  readonly title: string;
  readonly subject?: string;
  /** The footer line on content slides: "Data Team Start · Versie 1.0.0". */
  readonly footer: string;
  readonly version: string;
  readonly labels: DeckLabels;
  readonly slides: readonly SlideSpec[];
}
