import path from '../platform/path.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedContent, LoadedKit } from './load.js';
import { closest } from './zod-issues.js';

/**
 * With a language selection, problems in other translations' files are left out; problems in structure
 * files and in the source language always count, since every language depends on them.
 */
export function selectLanguages(
  diagnostics: readonly Diagnostic[],
  contentDir: string,
  kits: readonly Pick<LoadedKit, 'id' | 'sourceLanguage'>[],
  languages: readonly string[] | undefined,
): Diagnostic[] {
  if (!languages) return [...diagnostics];
  return diagnostics.filter((d) => {
    if (!d.file) return true;
    const [kitFolder, sub, name] = path.relative(contentDir, d.file).split(path.sep);
    if (sub !== 'texts' || !name) return true;
    const language = name.replace(/\.yaml$/, '');
    return languages.includes(language) || kits.some((k) => k.id === kitFolder && k.sourceLanguage === language);
  });
}

type Selectable = Pick<LoadedContent, 'folders' | 'textLanguages'>;

/** The --kit names that are not kit folders of the content, as a usage message (undefined: all there). */
export function unknownKit(content: Selectable, kits: readonly string[] | undefined): string | undefined {
  const id = kits?.find((k) => !content.folders.includes(k));
  if (id === undefined) return undefined;
  const guess = closest(id, content.folders);
  return `--kit: unknown kit "${id}" (expected one of: ${content.folders.join(', ')}${guess ? `; did you mean "${guess}"?` : ''})`;
}

/** Every language some selected kit has a texts/<language>.yaml for, alphabetically. */
export function knownLanguages(content: Selectable): string[] {
  return [...new Set([...content.textLanguages.values()].flat())].sort();
}

/**
 * The first --lang value no selected kit has a text file for, as a usage message; `isNew` may let a
 * language through that no kit has yet (a translation being started). A language only some kits have
 * is fine: commands work on the kits that have it.
 */
export function unknownLanguage(
  content: Selectable,
  languages: readonly string[] | undefined,
  isNew: (language: string) => boolean = () => false,
): string | undefined {
  // Without kit folders the content error ("holds no kit folders") is the one to show.
  if (content.textLanguages.size === 0) return undefined;
  const known = knownLanguages(content);
  const language = languages?.find((l) => !known.includes(l) && !isNew(l));
  if (language === undefined) return undefined;
  // Language codes are short: one edit away is a slip, two is another language ("de" vs "en").
  const guess = closest(language, known, 1);
  const folders = [...content.textLanguages.keys()];
  const owner = folders.length === 1 ? `${folders[0]} has` : 'the kits have';
  return `--lang: unknown language "${language}" (${owner}: ${known.join(', ') || 'none'}${guess ? `; did you mean "${guess}"?` : ''})`;
}

/** Both checks of a --kit and --lang selection: the first problem, as a usage message. */
export function selectionProblem(
  content: Selectable,
  kits: readonly string[] | undefined,
  languages: readonly string[] | undefined,
): string | undefined {
  return unknownKit(content, kits) ?? unknownLanguage(content, languages);
}
