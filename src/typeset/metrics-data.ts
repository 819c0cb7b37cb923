// The shape of a font's metrics file (assets/fonts/metrics/*.json): everything measuring and drawing text
// needs from a font, read once from the font with fontkit by `npm run fonts:metrics` and stored, so a build
// neither parses fonts nor shapes text to know how wide a word is.

/** [first code point, last code point, glyph id of the first]: consecutive code points, consecutive glyphs. */
export type CmapRun = readonly [number, number, number];

/** [first glyph, last glyph, class]. */
export type ClassRange = readonly [number, number, number];

/**
 * Pair kerning: first glyph → [[second glyph, adjustment], …]. Only a listed pair is covered (zero
 * adjustments included); for any other pair the next subtable is asked.
 */
export interface PairListSubtable {
  readonly format: 1;
  readonly pairs: Readonly<Record<string, readonly (readonly [number, number])[]>>;
}

/**
 * Class pair kerning: for a first glyph in `coverage`, the adjustment is `values[class1][class2]`
 * (classes from `class1`/`class2`, 0 where a glyph has none); `values` lists only the non-zero ones.
 */
export interface ClassPairSubtable {
  readonly format: 2;
  readonly coverage: readonly (readonly [number, number])[];
  readonly class1: readonly ClassRange[];
  readonly class2: readonly ClassRange[];
  readonly values: readonly (readonly [number, number, number])[];
}

export type KerningSubtable = PairListSubtable | ClassPairSubtable;

/** What a font says about itself as a whole: size of its em, vertical metrics, name and signature. */
export interface FontInfo {
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly capHeight: number;
  readonly xHeight: number;
  /** OS/2 ulUnicodeRange1–4 and ulCodePageRange1–2: Word's font signature for an embedded font. */
  readonly unicodeRange: readonly number[];
  readonly codePageRange: readonly number[];
}

export interface FontMetricsData extends FontInfo {
  /** The font file's name, to tell which file these metrics were read from. */
  readonly file: string;
  readonly cmap: readonly CmapRun[];
  /** Advance width of every glyph, by glyph id, in font units. */
  readonly advances: readonly number[];
  /**
   * The kerning lookups the font applies to Latin text, in order; in each, the first subtable that covers
   * a first glyph decides its pair (as OpenType and fontkit apply them). Adjustments are in font units.
   */
  readonly kerning: readonly (readonly KerningSubtable[])[];
}
