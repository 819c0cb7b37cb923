// Text widths from the font's real metrics (with kerning), in points. Cached: posters measure the same
// words many times while fitting.
import type { FontFace } from './fonts.js';

const widths = new WeakMap<FontFace, Map<string, number>>();

/** Width of `text` at 1 pt; multiply by the font size. */
function unitWidth(face: FontFace, text: string): number {
  let cache = widths.get(face);
  if (!cache) {
    cache = new Map();
    widths.set(face, cache);
  }
  let width = cache.get(text);
  if (width === undefined) {
    width = face.font.layout(text).advanceWidth / face.font.unitsPerEm;
    cache.set(text, width);
  }
  return width;
}

export function textWidth(face: FontFace, text: string, size: number): number {
  return unitWidth(face, text) * size;
}

/** Distance from the top of a line box to the baseline, and the line's natural height, at `size`. */
export function verticalMetrics(
  face: FontFace,
  size: number,
): { ascent: number; descent: number; capHeight: number } {
  const em = face.font.unitsPerEm;
  return {
    ascent: (face.font.ascent / em) * size,
    descent: (Math.abs(face.font.descent) / em) * size,
    capHeight: (face.font.capHeight / em) * size,
  };
}
