// Lengths as distinct types. Layout and the models between the stages work in points (Pt, 1/72 inch);
// millimetres (Mm) only where a size is given in them (paper, bleed, margins of the A4 documents). The file
// formats store lengths in units of their own, and only the conversions here make those, inside the writers:
// OOXML's EMU (DrawingML positions and sizes), twips (WordprocessingML spacing, indents, page), half-points
// (Word font sizes), eighths of a point (Word borders) and hundredths of a point (DrawingML font sizes and
// spacing). PDFs take points as they are (pdfkit's unit), so for them millimetres become points at the paper.
//
// Points and millimetres are flavoured: a plain number is accepted as either (literals, arithmetic), but a
// length typed in one unit is not accepted as the other, nor as a file unit. File units are strict: a plain
// number is not one, so a length in points cannot be written where Word or PowerPoint expects twips or EMU
// without going through its conversion.

declare const unit: unique symbol;

/** A length in PostScript points (1/72 inch): every layout's unit. */
export type Pt = number & { readonly [unit]?: 'pt' };
/** A length in millimetres. */
export type Mm = number & { readonly [unit]?: 'mm' };

/** English Metric Units: 12 700 per point, 914 400 per inch (DrawingML). */
export type Emu = number & { readonly [unit]: 'emu' };
/** Twentieths of a point (WordprocessingML spacing, indents, tab stops, page size and margins). */
export type Twip = number & { readonly [unit]: 'twip' };
/** Half-points (WordprocessingML font sizes, w:sz). */
export type HalfPt = number & { readonly [unit]: 'half-pt' };
/** Eighths of a point (WordprocessingML border widths, w:sz of a border). */
export type EighthPt = number & { readonly [unit]: 'eighth-pt' };
/** Hundredths of a point (DrawingML font sizes and paragraph spacing). */
export type CentiPt = number & { readonly [unit]: 'centi-pt' };

const POINTS_PER_MM = 72 / 25.4;

export function mmToPt(mm: Mm): Pt {
  return mm * POINTS_PER_MM;
}

export function ptToMm(pt: Pt): Mm {
  return pt / POINTS_PER_MM;
}

/** Points to EMU, rounded: DrawingML positions and sizes are integers. */
export function ptToEmu(pt: Pt): Emu {
  return Math.round(pt * 12_700) as Emu;
}

/** Points to hundredths of a point, rounded (DrawingML's a:sz, a:spcPts). */
export function ptToCentiPt(pt: Pt): CentiPt {
  return Math.round(pt * 100) as CentiPt;
}

/** Points to twips, rounded (Word stores whole twips). */
export function ptToTwip(pt: Pt): Twip {
  return Math.round(pt * 20) as Twip;
}

/** Points to half-points, rounded (Word's font sizes). */
export function ptToHalfPt(pt: Pt): HalfPt {
  return Math.round(pt * 2) as HalfPt;
}

/** Points to eighths of a point, rounded (Word's border widths). */
export function ptToEighthPt(pt: Pt): EighthPt {
  return Math.round(pt * 8) as EighthPt;
}

/**
 * The length Word will store for `pt` (whole twips), in points. A page model measures what Word lays out:
 * A4 with 25 mm margins is 9 072 twips of text width in the file, not the 9 070.9 that 160 mm would be.
 */
export function onTwipGrid(pt: Pt): Pt {
  return ptToTwip(pt) / 20;
}

/** Pixels at 96 per inch (how Word sizes a picture) to points: exact for whole pixels. */
export function pxToPt(px: number): Pt {
  return px * 0.75;
}
