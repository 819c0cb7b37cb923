// The renderer-neutral layout: what goes where, in points, with lines already broken. Planners produce
// it (pure); emitters draw it. Tests assert on it without opening a PDF.
import type { Line } from '../typeset/break-lines.js';
import type { FontWeight } from '../typeset/fonts.js';

export type Colour = string;

/** Tags for accessible PDF: the structure a screen reader announces. */
export type TextRole = 'H1' | 'H2' | 'H3' | 'P' | 'Lbl';

export interface TextItem {
  readonly kind: 'text';
  readonly x: number;
  /** Top of the first line box. */
  readonly y: number;
  readonly width: number;
  readonly lines: readonly Line[];
  readonly weight: FontWeight;
  readonly size: number;
  readonly lineHeight: number;
  readonly colour: Colour;
  readonly align: 'left' | 'center' | 'right';
  readonly role: TextRole;
  /** The content field it shows, e.g. `assignments.problem-tree.title`; absent for generated text. */
  readonly field?: string;
}

export interface BoxItem {
  readonly kind: 'box';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill?: Colour;
  readonly stroke?: Colour;
  readonly strokeWidth?: number;
  readonly radius?: number;
  readonly dash?: readonly [number, number];
}

export interface CircleItem {
  readonly kind: 'circle';
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly fill?: Colour;
  readonly stroke?: Colour;
  readonly strokeWidth?: number;
}

export interface LineItem {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly colour: Colour;
  readonly width: number;
}

export interface ImageItem {
  readonly kind: 'image';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly png: Buffer;
  readonly alt: string;
}

/** Items drawn in their own coordinates, moved to (x, y) and turned by a multiple of 90°. */
export interface GroupItem {
  readonly kind: 'group';
  readonly x: number;
  readonly y: number;
  readonly rotate: 0 | 90 | 180 | 270;
  readonly width: number;
  readonly height: number;
  readonly items: readonly LayoutItem[];
  readonly label?: string;
}

export type LayoutItem = TextItem | BoxItem | CircleItem | LineItem | ImageItem | GroupItem;

/** The baseline of line `index` of a text item: caps centred in the line box. */
export function baselineOf(
  item: Pick<TextItem, 'y' | 'lineHeight' | 'size'>,
  index: number,
  capHeightEm = 0.66,
): number {
  return item.y + index * item.lineHeight + (item.lineHeight + capHeightEm * item.size) / 2;
}
