// What a branded build shares between the CLI (`dts build --brand`) and the in-browser build
// (src/maker/): the organisation's name as a file-name part, and each warning once.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { withParams } from '../diagnostics/messages.js';

/**
 * An organisation's name as a file-name part: lower case, accents dropped, anything but letters and digits
 * turned into single hyphens ("Gemeente Voorbeeldstad" → gemeente-voorbeeldstad).
 */
export function slug(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 48).replace(/-+$/, '') || 'brand';
}

/** A language in a message, as the renderers write it: "on the handbook cover (nl)". */
const LANGUAGE_MARK = /\(([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\)/;

/**
 * Each distinct problem once: the same warning from several poster variants is one line, and the same
 * warning in several languages (a brand's logo or name, the same in every language) one line that names
 * them all ("on the handbook cover (nl, en)"). Order kept: the first occurrence's place. A diagnostic made
 * from the catalogue is grouped by its parameters and written again with the languages joined; one
 * without them (none should be left) by its message.
 */
export function onceEach(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const groups = new Map<string, { first: Diagnostic; languages: string[] }>();
  for (const d of diagnostics) {
    const fromParams = typeof d.params?.language === 'string';
    const language = fromParams ? String(d.params?.language) : LANGUAGE_MARK.exec(d.message)?.[1];
    const key = JSON.stringify(
      fromParams
        ? { ...d, message: undefined, hint: undefined, params: { ...d.params, language: '*' } }
        : { ...d, message: d.message.replace(LANGUAGE_MARK, '(*)') },
    );
    const group = groups.get(key);
    if (!group) groups.set(key, { first: d, languages: language ? [language] : [] });
    else if (language && !group.languages.includes(language)) group.languages.push(language);
  }
  return [...groups.values()].map(({ first, languages }) =>
    languages.length <= 1
      ? first
      : first.params
        ? withParams(first, { language: languages.join(', ') })
        : { ...first, message: first.message.replace(LANGUAGE_MARK, `(${languages.join(', ')})`) },
  );
}
