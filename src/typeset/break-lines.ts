// Line breaking with real metrics: greedy, breaking at spaces, after explicit hyphens and slashes, and at
// the language's hyphenation points (adding "-") when a word would otherwise leave a line too empty or not
// fit at all. The result says exactly how much still sticks out, so nothing is ever clipped silently.
import type { FontFace } from './fonts.js';
import { hyphenationPoints } from './hyphenate.js';
import { textWidth } from './measure.js';

export interface Line {
  readonly text: string;
  /** Width in points. */
  readonly width: number;
}

export interface BrokenText {
  readonly lines: readonly Line[];
  /** How far the widest line sticks out of the width, in points (0 when everything fits). */
  readonly overflowWidth: number;
  readonly hyphenations: number;
}

export type Hyphenation = 'normal' | 'avoid' | 'none';

export interface BreakOptions {
  readonly face: FontFace;
  readonly size: number;
  readonly width: number;
  readonly language: string;
  /**
   * 'avoid': hyphenate only a word that does not fit a line on its own (titles, headings). 'none': never
   * add a hyphen, break only at spaces and after explicit hyphens and slashes, as office programs wrap.
   */
  readonly hyphenation?: Hyphenation;
}

/** Below this fill, a line would look too empty: hyphenate the next word rather than wrap it whole. */
const MIN_FILL = 0.72;

export function breakLines(text: string, options: BreakOptions): BrokenText {
  const { face, size, width, language } = options;
  const measure = (s: string) => textWidth(face, s, size);
  // A line's width is kept as words are added (its width plus a space plus the word's), instead of
  // measuring the whole line again for every word it might take.
  const space = measure(' ');
  const lines: Line[] = [];
  let hyphenations = 0;

  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/[ \t]+/).filter(Boolean);
    let line = '';
    let lineWidth = 0;
    const push = (s: string, w: number) => lines.push({ text: s, width: w });
    let i = 0;
    while (i < words.length) {
      const word = words[i] ?? '';
      const wordWidth = measure(word);
      const joinedWidth = line ? lineWidth + space + wordWidth : wordWidth;
      if (joinedWidth <= width) {
        line = line ? `${line} ${word}` : word;
        lineWidth = joinedWidth;
        i += 1;
        continue;
      }
      const minFill = options.hyphenation === 'normal' || options.hyphenation === undefined ? MIN_FILL : 0;
      const lineFull = line !== '' && lineWidth >= width * minFill;
      const split =
        lineFull && wordWidth <= width
          ? undefined
          : splitWord(word, line, width, measure, options.hyphenation === 'none' ? undefined : language);
      if (split) {
        push(split.head, split.width);
        if (split.hyphenated) hyphenations += 1;
        words[i] = split.tail;
        line = '';
        lineWidth = 0;
        continue;
      }
      if (line) {
        push(line, lineWidth);
        line = '';
        lineWidth = 0;
        continue;
      }
      // A single unbreakable word wider than the box: keep it whole and report the overflow.
      push(word, wordWidth);
      i += 1;
    }
    if (line || words.length === 0) push(line, lineWidth);
  }
  const overflowWidth = Math.max(0, ...lines.map((l) => l.width - width));
  return { lines, overflowWidth, hyphenations };
}

/** The longest head of `word` that still fits after `line`: at an explicit hyphen/slash, or hyphenated. */
function splitWord(
  word: string,
  line: string,
  width: number,
  measure: (s: string) => number,
  /** Absent: no hyphenation points, only explicit hyphens and slashes. */
  language: string | undefined,
): { head: string; tail: string; hyphenated: boolean; width: number } | undefined {
  const prefix = line ? `${line} ` : '';
  const candidates: { at: number; mark: string }[] = [];
  for (let at = 1; at < word.length - 1; at++) {
    const char = word[at - 1];
    if (char === '-' || char === '/' || char === '\u2013') candidates.push({ at, mark: '' });
  }
  const core = language === undefined ? null : word.match(/^(\P{L}*)([\p{L}]+)/u);
  if (core && language !== undefined) {
    const lead = core[1]?.length ?? 0;
    for (const p of hyphenationPoints(core[2] ?? '', language)) candidates.push({ at: lead + p, mark: '-' });
  }
  candidates.sort((a, b) => b.at - a.at);
  for (const { at, mark } of candidates) {
    const head = `${prefix}${word.slice(0, at)}${mark}`;
    const headWidth = measure(head);
    if (headWidth <= width) return { head, tail: word.slice(at), hyphenated: mark === '-', width: headWidth };
  }
  return undefined;
}
