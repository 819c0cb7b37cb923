// Text widths from the font's real metrics, in points. A line is its words plus its spaces; a word is its
// characters' advances plus the kerning of each pair of neighbours, from the stored metrics (metrics.ts).
// The PDFs draw with exactly these advances and kerning (render/pdf/shaper.ts), without ligatures, so a
// measured line is the line that prints.
import type { FontFace } from './fonts.js';

/** Word widths at 1 pt, per face: words repeat a great deal while lines are broken. */
const caches = new WeakMap<FontFace, Map<string, number>>();

function wordWidth(face: FontFace, words: Map<string, number>, word: string): number {
  let width = words.get(word);
  if (width !== undefined) return width;
  const metrics = face.metrics;
  let units = 0;
  let previous = -1;
  for (const char of word) {
    const gid = metrics.glyphId(char.codePointAt(0)!);
    units += metrics.advance(gid);
    if (previous >= 0) units += metrics.kern(previous, gid);
    previous = gid;
  }
  width = units / metrics.info.unitsPerEm;
  words.set(word, width);
  return width;
}

/** Width of `text` at 1 pt; multiply by the font size. */
function unitWidth(face: FontFace, text: string): number {
  let words = caches.get(face);
  if (!words) {
    words = new Map();
    caches.set(face, words);
  }
  if (!text.includes(' ')) return wordWidth(face, words, text);
  const parts = text.split(' ');
  let width = (parts.length - 1) * wordWidth(face, words, ' ');
  for (const word of parts) if (word) width += wordWidth(face, words, word);
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
  const m = face.metrics.info;
  return {
    ascent: (m.ascent / m.unitsPerEm) * size,
    descent: (Math.abs(m.descent) / m.unitsPerEm) * size,
    capHeight: (m.capHeight / m.unitsPerEm) * size,
  };
}
