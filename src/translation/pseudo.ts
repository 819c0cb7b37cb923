// The pseudo language qps-ploc (a BCP 47 private-use pseudo-locale): every source text made about 40 %
// longer, its letters accented and the whole in brackets, e.g. "[Ŵéļķöm ţéķšţ ļöŕéñ]", so that a build
// shows every box too tight for a longer language, every text cut off (a missing "]") and every text
// that is not taken from the content (it stays plain). No file in content/ holds it: asked for by name
// (`--lang qps-ploc`), a workspace lends each kit a texts/qps-ploc.yaml made from its source language's
// file, and the loader checks and localises it like any other language.
import path from '../platform/path.js';
import { parseDocument } from 'yaml';
import type { Workspace } from '../workspace/workspace.js';
import { textUnits } from './units.js';
import { fileFromSource } from './yaml-edit.js';

export const PSEUDO_LANGUAGE = 'qps-ploc';

/** How much longer a pseudo text is, in characters. */
export const PSEUDO_GROWTH = 1.4;

// Only letters of Latin-1 and Latin Extended-A, which every font of the kits has (Source Sans 3 for
// the PDFs, Liberation Sans for the decks): a pseudo text must not fail on a missing glyph.
const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  c: 'ç',
  d: 'ď',
  e: 'é',
  g: 'ğ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  n: 'ñ',
  o: 'ö',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  w: 'ŵ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  C: 'Ç',
  D: 'Ď',
  E: 'É',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  N: 'Ñ',
  O: 'Ö',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ť',
  U: 'Ü',
  W: 'Ŵ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Words that pad a text to its length, accented like the rest; short, so they wrap like words. */
const PADDING = ['ļöŕéñ', 'íþšüm', 'ďöļöŕ', 'šíţ', 'áméţ', 'çöñšéç', 'ţéţüŕ', 'áďíþ'];

// Placeholders such as {paper} are filled in by the program: they keep their names.
const accent = (text: string) =>
  text
    .split(/(\{[^{}]*\})/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');

/** A web address: kept as it is (a link must still lead somewhere, and the schema checks its form). */
const ADDRESS = /^https?:\/\/\S+$/;

/** A source text as the pseudo language has it: accented, in brackets, about 40 % longer. */
export function pseudoText(text: string): string {
  if (ADDRESS.test(text)) return text;
  const length = [...text].length;
  const target = Math.ceil(length * PSEUDO_GROWTH);
  const words: string[] = [];
  let padded = length + 2;
  for (let i = 0; padded + 1 + (PADDING[i % PADDING.length]?.length ?? 0) <= target; i++) {
    const word = PADDING[i % PADDING.length]!;
    words.push(word);
    padded += 1 + word.length;
  }
  return `[${accent(text)}${words.length ? ` ${words.join(' ')}` : ''}]`;
}

/** The pseudo language's texts file for a kit, made from its source language's file. */
export function pseudoFile(sourceText: string): string {
  const data = parseDocument(sourceText).toJS() as unknown;
  return fileFromSource({
    sourceText,
    language: PSEUDO_LANGUAGE,
    header: [
      `The pseudo language ${PSEUDO_LANGUAGE}: made by dts from the source language's file when asked for`,
      'with --lang qps-ploc; never written to content/.',
    ],
    // A file name (the read-me's) is a name, not prose: it keeps its letters.
    texts: textUnits(data).map((u) => ({
      path: u.path,
      value: u.path[u.path.length - 1] === 'file' ? u.source : pseudoText(u.source),
    })),
  });
}

/**
 * `base` with a texts/qps-ploc.yaml in every kit folder of `contentDir`, made from the file of the kit's
 * source language (as kit.yaml names it). Nothing is written anywhere.
 */
export function withPseudoLanguage(base: Workspace, contentDir: string): Workspace {
  const root = path.resolve(contentDir);
  const isTexts = (dir: string) =>
    path.dirname(path.dirname(path.resolve(dir))) === root && path.basename(dir) === 'texts';
  const file = `${PSEUDO_LANGUAGE}.yaml`;
  const made = new Map<string, Promise<string>>();
  const make = async (textsDir: string): Promise<string> => {
    const kit = parseDocument(await base.readText(path.join(textsDir, '..', 'kit.yaml'))).toJS() as {
      sourceLanguage?: unknown;
    } | null;
    const source = typeof kit?.sourceLanguage === 'string' ? kit.sourceLanguage : 'nl';
    return pseudoFile(await base.readText(path.join(textsDir, `${source}.yaml`)));
  };
  return {
    ...base,
    async list(dir) {
      const names = await base.list(dir);
      if (!isTexts(dir) || names.includes(file) || !names.some((n) => n.endsWith('.yaml'))) return names;
      return [...names, file].sort();
    },
    async readText(f, options) {
      const resolved = path.resolve(f);
      if (path.basename(resolved) !== file || !isTexts(path.dirname(resolved)))
        return base.readText(f, options);
      const dir = path.dirname(resolved);
      let text = made.get(dir);
      if (!text) made.set(dir, (text = make(dir)));
      return text;
    },
  };
}
