// `dts translate export --lang L [--format po|xliff]`: one file per kit and language for translation
// tools, each text with where it appears and its room in characters, measured by planning the artefacts.
import path from 'node:path';
import type { LoadedKit } from '../content/load.js';
import { defaultTheme } from '../theme/theme.js';
import type { FieldRoom } from '../translation/fit.js';
import { fitReport, roomByField } from '../translation/fit.js';
import type { TranslationExport } from '../translation/po.js';
import { writePo } from '../translation/po.js';
import { languageStatus } from '../translation/workflow.js';
import { writeXliff } from '../translation/xliff.js';
import type { Io } from './common.js';
import { ExitCode, UsageError } from './common.js';
import type { Values } from './translate-shared.js';
import {
  checkLanguages,
  languageOf,
  languages,
  loadTranslateContent,
  textsOf,
  write,
} from './translate-shared.js';

const FORMATS = { po: { extension: 'po', write: writePo }, xliff: { extension: 'xlf', write: writeXliff } };

/**
 * Where each text appears and its room: measured in the language itself when it builds, else in the
 * source language (a new translation), since the room of a box depends on the text's letters.
 */
async function roomsOf(kit: LoadedKit, language: string): Promise<Map<string, FieldRoom>> {
  const localised = kit.localised.get(language) ?? kit.localised.get(kit.sourceLanguage);
  if (!localised) return new Map();
  return roomByField([await fitReport(localised, defaultTheme())]);
}

export async function exportTranslations(values: Values, io: Io): Promise<number> {
  const format = FORMATS[values.format as keyof typeof FORMATS];
  if (!Object.hasOwn(FORMATS, values.format) || !format)
    throw new UsageError(`--format: "${values.format}" is not one of po, xliff`);
  const wanted = languages(values, true)!;
  const loaded = await loadTranslateContent(values);
  checkLanguages(loaded, wanted, true);
  let failed = false;
  for (const kit of loaded.kits) {
    const texts = await textsOf(kit, values, io);
    if (!texts) {
      failed = true;
      continue;
    }
    for (const language of wanted) {
      if (language === kit.sourceLanguage)
        throw new UsageError(
          `--lang: "${language}" is the source language of ${kit.id}; export a translation`,
        );
      const { file, record, broken } = await languageOf(texts, language, io);
      if (broken) {
        failed = true;
        continue;
      }
      const source = texts.source;
      const sourceFile = source.file.split(path.sep).join('/');
      const request: TranslationExport = {
        kit: kit.id,
        version: kit.version,
        sourceLanguage: kit.sourceLanguage,
        language,
        sourceFile,
        units: texts.units,
        target: file?.yaml.data,
        ...(record ? { record } : {}),
        reference: (unit) => `${sourceFile}:${source.yaml.locate(unit.path).line}`,
        rooms: await roomsOf(kit, language),
      };
      const out = path.join(values.out, `${kit.id}.${language}.${format.extension}`);
      if (!(await write(io, out, format.write(request)))) {
        failed = true;
        continue;
      }
      const s = languageStatus(texts.units, file?.yaml.data, record);
      const outdated = values.format === 'po' ? ' (marked fuzzy)' : ' (needs-review-translation)';
      io.out(
        `wrote ${out}  (${s.texts} texts: ${s.translated} translated, ${s.missing} to translate, ${s.outdated} outdated${s.outdated ? outdated : ''})`,
      );
    }
  }
  return failed ? ExitCode.content : ExitCode.ok;
}
