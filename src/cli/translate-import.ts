// `dts translate import FILE.po|FILE.xlf ...`: a translation tool's file back into texts/<L>.yaml. Every
// valid translation is written, in place, and each one that is wrong is left out and named at its line;
// then every artefact with fixed boxes is planned and each text that does not fit is named with the
// characters to cut. Nothing is written from a file with a syntax error, for another kit or for a
// language that cannot be told.
import path from 'node:path';
import type { LoadedContent, LoadedKit } from '../content/load.js';
import { loadContent } from '../content/load.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/messages.js';
import { escapeControls } from '../diagnostics/control.js';
import { defaultTheme } from '../theme/theme.js';
import { fitReport } from '../translation/fit.js';
import { fromFileName, identifyKit, normaliseLanguage } from '../translation/file-identity.js';
import type { ReadPo } from '../translation/po.js';
import { readPo } from '../translation/po.js';
import { recordFile, serialiseRecord } from '../translation/record.js';
import { planImport } from '../translation/workflow.js';
import { readXliff } from '../translation/xliff.js';
import { FILE_LIMITS, readProblem } from '../workspace/workspace.js';
import type { Io } from './common.js';
import { ExitCode, report, UsageError } from './common.js';
import type { Values } from './translate-shared.js';
import {
  languageOf,
  loadTranslateContent,
  textsOf,
  withFiles,
  workspace,
  write,
} from './translate-shared.js';

/** An XLIFF file by its name, or by its first character when the name says neither. */
function isXliff(file: string, text: string): boolean {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlf' || extension === '.xliff') return true;
  if (extension === '.po' || extension === '.pot') return false;
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('<');
}

/** The kit and language of a file, from its headers, its name and its entries, as the kit names them. */
async function identify(
  read: ReadPo,
  file: string,
  kits: readonly LoadedKit[],
  values: Values,
  io: Io,
): Promise<{ kit?: string; language?: string; problem?: Diagnostic }> {
  const keysOf = async (kit: LoadedKit) =>
    new Set(((await textsOf(kit, values, { ...io, err: () => {} }))?.units ?? []).map((u) => u.key));
  const candidates = read.kit
    ? []
    : await Promise.all(kits.map(async (k) => ({ id: k.id, keys: await keysOf(k) })));
  const found = identifyKit({
    header: read.kit,
    file,
    keys: read.entries.map((e) => e.key),
    kits: candidates,
  });
  if (found.how)
    io.out(`${escapeControls(file)}: no X-Dts-Kit header; the kit is ${found.kit}, by ${found.how}`);
  const kit = kits.find((k) => k.id === found.kit);
  const written = read.language ?? fromFileName(file).language;
  const language = written === undefined ? undefined : normaliseLanguage(written, kit?.languages ?? []);
  return {
    ...(found.kit ? { kit: found.kit } : {}),
    ...(language ? { language } : {}),
    ...(found.problem ? { problem: found.problem } : {}),
  };
}

export async function importTranslations(values: Values, files: readonly string[], io: Io): Promise<number> {
  if (files.length === 0)
    throw new UsageError(
      'translate import: name the PO or XLIFF file(s) to import, e.g. translations/data-team-start.de.po',
    );
  const loaded = await loadTranslateContent(values);
  let failed = false;
  for (const poFile of files) {
    let text: string;
    try {
      text = await workspace.readText(poFile, {
        maxBytes: FILE_LIMITS.translation,
        what: 'a PO or XLIFF file',
      });
    } catch (error) {
      io.err(`dts: ${escapeControls(poFile)}: ${readProblem(error)}`);
      failed = true;
      continue;
    }
    const read = isXliff(poFile, text) ? readXliff(poFile, text) : readPo(poFile, text);
    const problems: Diagnostic[] = [...read.diagnostics];
    const syntax = hasErrors(read.diagnostics) && read.entries.length === 0;
    const identity = syntax ? {} : await identify(read, poFile, loaded.kits, values, io);
    const po: ReadPo = {
      ...read,
      ...(identity.kit ? { kit: identity.kit } : {}),
      ...(identity.language ? { language: identity.language } : {}),
    };
    if (identity.problem) problems.push(identity.problem);
    const kit = po.kit ? loaded.kits.find((k) => k.id === po.kit) : undefined;
    const where = { file: poFile, line: 1, column: 1 };
    if (po.kit && !kit)
      problems.push(
        diagnostic(
          'translation-file/kit-not-here',
          { kit: po.kit, content: values.content, kits: loaded.kits.map((k) => k.id) },
          where,
        ),
      );
    if (!syntax && !po.language)
      problems.push(
        read.language
          ? diagnostic('translation-file/language-code', { language: read.language }, where)
          : diagnostic('translation-file/no-language', {}, where),
      );
    if (kit && po.language === kit.sourceLanguage)
      problems.push(
        diagnostic('translation-file/source-language', { language: po.language, kit: kit.id }, where),
      );
    if (kit && po.sourceLanguage && po.sourceLanguage !== kit.sourceLanguage)
      problems.push(
        diagnostic(
          'translation-file/made-from',
          { from: po.sourceLanguage, kit: kit.id, source: kit.sourceLanguage },
          where,
        ),
      );
    const texts = kit && !hasErrors(problems) ? await textsOf(kit, values, io) : undefined;
    if (!kit || !po.language || !texts || hasErrors(problems)) {
      report(io, problems);
      io.err(`Nothing was imported from ${escapeControls(poFile)}.`);
      failed = true;
      continue;
    }
    const { file: existing, record: previous, broken } = await languageOf(texts, po.language, io);
    if (broken) {
      io.err(`Nothing was imported from ${escapeControls(poFile)}: fix the file above first.`);
      failed = true;
      continue;
    }
    const target = path.join(texts.textsDir, `${po.language}.yaml`);
    const record = recordFile(texts.textsDir, po.language);
    // Planned, then checked as the loader would check the written file; the texts it rejects are left
    // out and the import planned again (a text rejected can only remove errors, so this ends quickly).
    const reject = new Map<string, { message: string; hint?: string }>();
    let result;
    let mine: Diagnostic[];
    let after: LoadedContent;
    for (;;) {
      result = planImport({
        poFile,
        po,
        kit: kit.id,
        language: po.language,
        sourceLanguage: kit.sourceLanguage,
        units: texts.units,
        source: texts.source,
        ...(existing ? { existing } : {}),
        ...(previous ? { record: previous } : {}),
        reject,
      });
      const planned = new Map([
        [target, result.text],
        [record, serialiseRecord(result.record)],
      ]);
      after = await loadContent(withFiles(workspace, planned), values.content, { kits: [kit.id] });
      mine = after.diagnostics.filter((d) => d.file === target || d.file === record);
      const before = reject.size;
      for (const d of mine) {
        if (d.severity !== 'error' || d.file !== target || !d.field) continue;
        const field = d.field;
        for (const key of result.changedKeys) {
          if (key === field || key.startsWith(`${field}.`) || key.startsWith(`${field}[`))
            reject.set(key, { message: d.message, ...(d.hint ? { hint: d.hint } : {}) });
        }
      }
      if (reject.size === before) break;
    }
    report(io, result.diagnostics);
    if (result.notImported.length > 0) failed = true;
    // The texts first: a record without its texts would call new translations up to date.
    const written =
      (await write(io, target, result.text)) && (await write(io, record, serialiseRecord(result.record)));
    if (!written) {
      failed = true;
      continue;
    }
    const notes = [
      `${result.changed} text${result.changed === 1 ? '' : 's'} changed`,
      ...(result.unconfirmed ? [`${result.unconfirmed} fuzzy (left outdated until confirmed)`] : []),
      ...(result.notImported.length ? [`${result.notImported.length} not imported (listed above)`] : []),
      ...(result.rebuilt ? [`written in the layout of ${kit.sourceLanguage}.yaml`] : []),
    ];
    io.out(`${escapeControls(poFile)} → ${escapeControls(target)}: ${notes.join(', ')}`);
    // Untranslated texts are expected while a translation grows: counted, not listed one by one.
    const untranslated = mine.filter((d) => d.code === 'fallback-used').length;
    report(
      io,
      mine.filter((d) => d.code !== 'fallback-used'),
    );
    if (untranslated > 0)
      io.out(
        `${untranslated} texts are not translated yet; the ${kit.sourceLanguage} text is used meanwhile (dts translate status)`,
      );
    // Left: errors this import did not cause (it leaves out every text that would cause one).
    if (hasErrors(mine)) failed = true;
    // Whether the texts fit their boxes: written all the same (the translator's work is kept), each one
    // that does not named with the characters to cut; the build stops on them until they are shortened.
    const localised = after.kits.find((k) => k.id === kit.id)?.localised.get(po.language);
    if (localised) {
      const fitted = await fitReport(localised, defaultTheme());
      const overflows = fitted.diagnostics.filter((d) => d.severity === 'error');
      report(io, overflows);
      const tooLong = new Set(overflows.map((d) => d.field ?? d.message)).size;
      if (tooLong > 0) {
        failed = true;
        io.out(
          `${tooLong} text${tooLong === 1 ? ' does' : 's do'} not fit ${tooLong === 1 ? 'its box' : 'their boxes'} (listed above, with the characters to cut): written, but the build stops on them until they are shortened`,
        );
      } else {
        io.out(
          `Every text fits its boxes (${fitted.artefacts.join(', ')}); the tightest: dts translate fit --kit ${kit.id} --lang ${po.language}`,
        );
      }
    }
  }
  return failed ? ExitCode.content : ExitCode.ok;
}
