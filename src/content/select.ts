import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedKit } from './load.js';

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
