// Text widths from the font's real metrics (with kerning inside words), in points. A line is measured as
// its words plus its spaces, so the cache holds words, which repeat, rather than every trial line while
// breaking, which never do: shaping each trial line dominated the build time.
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
    width =
      text !== ' ' && text.includes(' ')
        ? text.split(' ').reduce((sum, word) => sum + (word ? unitWidth(face, word) : 0), 0) +
          (text.split(' ').length - 1) * unitWidth(face, ' ')
        : face.font.layout(text).advanceWidth / face.font.unitsPerEm;
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
