// Where things go on a 16:9 slide, in points, and the type styles: one place that the master, the
// measuring and the emitter all read, so what we measure is what we draw.
import type { Colours, Theme } from '../../theme/theme.js';
import type { FontWeight } from '../../typeset/fonts.js';
import type { Pt } from '../units.js';
import type { SlideLayoutName } from './model.js';

/** PowerPoint's widescreen slide: 13.333 × 7.5 inches. */
export const SLIDE = { width: 960, height: 540 } as const;

/** A box on the slide, in points from its top left corner. */
export interface Box {
  readonly x: Pt;
  readonly y: Pt;
  readonly width: Pt;
  readonly height: Pt;
}

export type ColourToken = keyof Colours;

export interface TypeStyle {
  readonly weight: FontWeight;
  readonly size: Pt;
  /** Smallest size the text may shrink to (titles only); body text is split over slides instead. */
  readonly minSize?: Pt;
  /** Exact distance between baselines, in points: written into the PPTX, so every viewer uses it. */
  readonly lineHeight: Pt;
  readonly colour: ColourToken;
}

/**
 * Measuring leaves room for what we cannot know exactly: a viewer's own kerning and rounding. Lines are
 * broken at this share of the real width, and a body is full a few points before its box ends.
 */
export const SAFETY = { width: 0.95, height: 6 } as const;

const MARGIN = 48;
const LOGO = { width: 132, height: 44 };

export interface SlideGeometry {
  readonly title: Box;
  /** The body placeholder: subtitle on title and section slides, content on content slides. */
  readonly body: Box;
  readonly titleStyle: TypeStyle;
  readonly titleMaxLines: number;
  /** Where the logo goes (on a white plate on dark slides), when the organisation has one. */
  readonly logo: Box;
  readonly footer: Box;
  readonly slideNumber: Box;
  readonly background: ColourToken;
  readonly footerColour: ColourToken;
}

export const styles = {
  paragraph: { weight: 'regular', size: 20, lineHeight: 24, colour: 'ink' },
  lead: { weight: 'regular', size: 22, lineHeight: 28, colour: 'ink' },
  muted: { weight: 'regular', size: 16, lineHeight: 20, colour: 'muted' },
  heading: { weight: 'bold', size: 15, lineHeight: 19, colour: 'primaryText' },
  list: { weight: 'regular', size: 20, lineHeight: 24, colour: 'ink' },
  table: { weight: 'regular', size: 16, lineHeight: 19, colour: 'ink' },
  tableHeader: { weight: 'bold', size: 16, lineHeight: 19, colour: 'onPrimary' },
  tableSmall: { weight: 'regular', size: 14, lineHeight: 17, colour: 'ink' },
  tableSmallHeader: { weight: 'bold', size: 14, lineHeight: 17, colour: 'onPrimary' },
  notes: { weight: 'regular', size: 11, lineHeight: 14, colour: 'ink' },
  notesHeading: { weight: 'bold', size: 11, lineHeight: 14, colour: 'ink' },
  footer: { weight: 'regular', size: 11, lineHeight: 13, colour: 'muted' },
} as const satisfies Record<string, TypeStyle>;

/** Space between blocks, between list items, hanging indent of list text, table cell insets. */
export const spacing = {
  block: 12,
  afterHeading: 4,
  item: 6,
  listIndent: 27,
  tableGap: 14,
  cell: { x: 6, y: 4 },
} as const;

/** The logo's size on a slide of this layout: fitted into the layout's logo box, its aspect kept. */
export function logoSize(
  layout: SlideLayoutName,
  theme: Theme,
  logo: { readonly widthPx: number; readonly heightPx: number },
): { width: number; height: number } {
  const box = geometry(layout, theme).logo;
  const scale = Math.min(box.width / logo.widthPx, box.height / logo.heightPx);
  return { width: logo.widthPx * scale, height: logo.heightPx * scale };
}

export function geometry(layout: SlideLayoutName, theme: Theme): SlideGeometry {
  const hasLogo = theme.organisation?.logo !== undefined;
  const logo = {
    x: SLIDE.width - MARGIN - LOGO.width,
    y: 26,
    width: LOGO.width,
    height: LOGO.height,
  };
  const footer = { x: MARGIN, y: 500, width: 700, height: 18 };
  const slideNumber = { x: SLIDE.width - MARGIN - 60, y: 500, width: 60, height: 18 };
  const textWidth = SLIDE.width - 2 * MARGIN;
  switch (layout) {
    case 'title':
      return {
        title: { x: 72, y: 150, width: 816, height: 132 },
        body: { x: 72, y: 296, width: 816, height: 170 },
        titleStyle: { weight: 'bold', size: 48, minSize: 36, lineHeight: 56, colour: 'onPrimary' },
        titleMaxLines: 2,
        logo: { x: 72, y: 48, width: 180, height: 60 },
        footer,
        slideNumber,
        background: 'primary',
        footerColour: 'onPrimary',
      };
    case 'section':
      return {
        title: { x: 72, y: 150, width: 816, height: 120 },
        body: { x: 72, y: 286, width: 816, height: 190 },
        titleStyle: { weight: 'bold', size: 40, minSize: 32, lineHeight: 46, colour: 'onPrimary' },
        titleMaxLines: 2,
        logo,
        footer,
        slideNumber,
        background: 'primary',
        footerColour: 'onPrimary',
      };
    case 'content':
      return {
        title: {
          x: MARGIN,
          y: 28,
          width: hasLogo ? textWidth - LOGO.width - 16 : textWidth,
          height: 72,
        },
        body: { x: MARGIN, y: 114, width: textWidth, height: 366 },
        titleStyle: { weight: 'bold', size: 30, minSize: 24, lineHeight: 34, colour: 'primaryText' },
        titleMaxLines: 2,
        logo,
        footer,
        slideNumber,
        background: 'paper',
        footerColour: 'muted',
      };
  }
}

/** Inset of the text in a drawing's box (a sticky note), and its line height as a share of the size. */
export const FIGURE_INSET = 5;
export const FIGURE_LEADING = 1.15;
/** The sticky note colour: the yellow of a real one, whatever the brand (ink on it reads at 14:1). */
export const NOTE_FILL = 'FFF1A8';

/** Speaker notes: space after a heading, a paragraph, a list item and a section; bullet indent. */
export const notesSpacing = { afterHeading: 2, paragraph: 4, item: 2, section: 8, indent: 14 } as const;

/** The notes page's text box (inside the notes master's placeholder, notes.ts), in points. */
export const NOTES_BOX = { width: 417, height: 379 } as const;
