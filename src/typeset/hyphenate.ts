// Hyphenation points from TeX patterns (the `hyphen` package), per language. A language without
// patterns is simply not hyphenated.
import { platform } from '../platform/platform.js';
import { assetText, readAsset } from '../workspace/assets.js';

type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

/** Each language's patterns in the `hyphen` package (hyphen/patterns/<name>.js). */
export const PATTERNS: Readonly<Record<string, string>> = {
  nl: 'nl',
  en: 'en-gb',
  de: 'de-1996',
  fr: 'fr',
  es: 'es',
  it: 'it',
  pt: 'pt',
  da: 'da',
  sv: 'sv',
  nb: 'nb',
  pl: 'pl',
};

const hyphenators = new Map<string, Hyphenate | null>();
const points = new Map<string, readonly number[]>();

function load(name: string): Hyphenate {
  const createHyphenator = platform().hyphenator();
  // Patterns are data (an asset): JSON made at compile time, which loads twice as fast as the package's
  // JavaScript array literals and gives the same hyphenator.
  const data = readAsset(`hyphenation/${name}.json`);
  return createHyphenator(JSON.parse(assetText(data)));
}

function hyphenatorFor(language: string): Hyphenate | null {
  const base = language.split('-')[0] ?? language;
  if (!hyphenators.has(base)) {
    const name = PATTERNS[base];
    hyphenators.set(base, name ? load(name) : null);
  }
  return hyphenators.get(base) ?? null;
}

export function canHyphenate(language: string): boolean {
  return hyphenatorFor(language) !== null;
}

/**
 * Offsets inside `word` where it may be broken with a hyphen added, keeping at least two letters before and
 * three after a break. Explicit hyphens in the word are break points of their own (see `breakLines`).
 */
export function hyphenationPoints(word: string, language: string): readonly number[] {
  const key = `${language}\u0000${word}`;
  const known = points.get(key);
  if (known) return known;
  const hyphenator = hyphenatorFor(language);
  const found: number[] = [];
  if (hyphenator && word.length >= 5) {
    const parts = hyphenator(word, { hyphenChar: '\u00ad', minWordLength: 5 }).split('\u00ad');
    let offset = 0;
    for (const part of parts.slice(0, -1)) {
      offset += part.length;
      if (offset >= 2 && word.length - offset >= 3 && /\p{L}$/u.test(word.slice(0, offset)))
        found.push(offset);
    }
  }
  points.set(key, found);
  return found;
}
