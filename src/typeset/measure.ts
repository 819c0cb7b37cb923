// Text widths from the font's real metrics, in points. A line is its words plus its spaces; a word is
// its characters' advances plus the kerning of each pair of neighbours. Shaping a pair is cheap and pairs
// repeat far more than words do, so a whole build shapes a few thousand pairs instead of every word (and
// every trial line) it breaks. Pair kerning is what the font's kerning is; ligatures are left out, which
// can only make a measured word a hair wider than it prints — the safe side for fitting.
import type { FontFace } from './fonts.js';

interface FaceCache {
  readonly advances: Map<string, number>;
  readonly kerning: Map<string, number>;
  readonly words: Map<string, number>;
}

const caches = new WeakMap<FontFace, FaceCache>();
const NO_LIGATURES = { liga: false, clig: false, dlig: false };

function cacheOf(face: FontFace): FaceCache {
  let cache = caches.get(face);
  if (!cache) {
    cache = { advances: new Map(), kerning: new Map(), words: new Map() };
    caches.set(face, cache);
  }
  return cache;
}

function shaped(face: FontFace, text: string): number {
  return face.font.layout(text, NO_LIGATURES).advanceWidth / face.font.unitsPerEm;
}

function advance(face: FontFace, cache: FaceCache, char: string): number {
  let width = cache.advances.get(char);
  if (width === undefined) {
    width = shaped(face, char);
    cache.advances.set(char, width);
  }
  return width;
}

function wordWidth(face: FontFace, cache: FaceCache, word: string): number {
  let width = cache.words.get(word);
  if (width !== undefined) return width;
  const chars = [...word];
  width = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    width += advance(face, cache, char);
    if (i === 0) continue;
    const pair = chars[i - 1]! + char;
    let kern = cache.kerning.get(pair);
    if (kern === undefined) {
      kern = shaped(face, pair) - advance(face, cache, chars[i - 1]!) - advance(face, cache, char);
      cache.kerning.set(pair, kern);
    }
    width += kern;
  }
  cache.words.set(word, width);
  return width;
}

/** Width of `text` at 1 pt; multiply by the font size. */
function unitWidth(face: FontFace, text: string): number {
  const cache = cacheOf(face);
  if (!text.includes(' ')) return wordWidth(face, cache, text);
  const words = text.split(' ');
  let width = (words.length - 1) * advance(face, cache, ' ');
  for (const word of words) if (word) width += wordWidth(face, cache, word);
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
