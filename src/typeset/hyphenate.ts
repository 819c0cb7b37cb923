// Hyphenation points from TeX patterns (the `hyphen` package), per language. A language without
// patterns is simply not hyphenated.
import { createRequire } from 'node:module';

interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

const PATTERNS: Readonly<Record<string, string>> = {
  nl: 'hyphen/nl/index.js',
  en: 'hyphen/en-gb/index.js',
  de: 'hyphen/de-1996/index.js',
  fr: 'hyphen/fr/index.js',
  es: 'hyphen/es/index.js',
  it: 'hyphen/it/index.js',
  pt: 'hyphen/pt/index.js',
  da: 'hyphen/da/index.js',
  sv: 'hyphen/sv/index.js',
  nb: 'hyphen/nb/index.js',
  pl: 'hyphen/pl/index.js',
};

const require = createRequire(import.meta.url);
const hyphenators = new Map<string, Hyphenator | null>();
const points = new Map<string, readonly number[]>();

function hyphenatorFor(language: string): Hyphenator | null {
  const base = language.split('-')[0] ?? language;
  if (!hyphenators.has(base)) {
    const module = PATTERNS[base];
    hyphenators.set(base, module ? (require(module) as Hyphenator) : null);
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
    const parts = hyphenator.hyphenateSync(word, { hyphenChar: '\u00ad', minWordLength: 5 }).split('\u00ad');
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
