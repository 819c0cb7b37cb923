// A kit's text files as translation tools need them: the raw text of each language's file (to edit it in
// place), its parsed data, the source language's units and each language's record. Reads through the
// Workspace like the loader; the loader's checks (loadContent) stay the judge of whether content is valid.
import path from '../platform/path.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Workspace } from '../workspace/workspace.js';
import type { YamlSource } from '../content/yaml-source.js';
import { parseYaml } from '../content/yaml-source.js';
import type { TranslationRecord } from './record.js';
import { parseRecord, recordFile } from './record.js';
import type { TextUnit } from './units.js';
import { textUnits } from './units.js';

export interface LanguageFile {
  readonly file: string;
  readonly text: string;
  readonly yaml: YamlSource;
}

export interface KitTexts {
  readonly id: string;
  readonly version: string;
  readonly sourceLanguage: string;
  readonly textsDir: string;
  readonly source: LanguageFile;
  readonly units: readonly TextUnit[];
  /**
   * The file of a language: absent when the language has none; with errors (and no file) when it does
   * not parse, so that nothing is written over it.
   */
  file(language: string): Promise<{ file?: LanguageFile; diagnostics: Diagnostic[] }>;
  /** The record of what a language was translated from, when it has one. */
  record(language: string): Promise<{ record?: TranslationRecord; diagnostics: Diagnostic[] }>;
}

export async function readKitTexts(
  workspace: Workspace,
  contentDir: string,
  kit: { readonly id: string; readonly version: string; readonly sourceLanguage: string },
): Promise<{ texts?: KitTexts; diagnostics: Diagnostic[] }> {
  const textsDir = path.join(contentDir, kit.id, 'texts');
  const readLanguage = async (
    language: string,
  ): Promise<{ file?: LanguageFile; diagnostics: Diagnostic[] }> => {
    const file = path.join(textsDir, `${language}.yaml`);
    let text: string;
    try {
      text = await workspace.readText(file);
    } catch {
      return { diagnostics: [] };
    }
    const parsed = parseYaml(file, text);
    return parsed.source
      ? { file: { file, text, yaml: parsed.source }, diagnostics: parsed.diagnostics }
      : { diagnostics: parsed.diagnostics };
  };
  const source = await readLanguage(kit.sourceLanguage);
  if (!source.file) return { diagnostics: source.diagnostics };
  const units = textUnits(source.file.yaml.data);
  return {
    texts: {
      ...kit,
      textsDir,
      source: source.file,
      units,
      file: readLanguage,
      async record(language) {
        const file = recordFile(textsDir, language);
        let text: string;
        try {
          text = await workspace.readText(file);
        } catch {
          return { diagnostics: [] };
        }
        return parseRecord(file, text, { language, sourceLanguage: kit.sourceLanguage });
      },
    },
    diagnostics: [],
  };
}
