// `dts translate status|export|import|accept`: the translator's side of the content. Where each language
// stands; PO files for translation tools, and back; and recording that a translation is up to date with
// its source texts. Loaded only when used, like `build`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { LoadedContent, LoadedKit } from '../content/load.js';
import { loadContent } from '../content/load.js';
import { languageCodeSchema } from '../content/schema/common.js';
import { unknownLanguage } from '../content/select.js';
import { closest } from '../content/zod-issues.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { KitTexts } from '../translation/kit-texts.js';
import { readKitTexts } from '../translation/kit-texts.js';
import { readPo, writePo } from '../translation/po.js';
import { acceptTranslations, recordFile, serialiseRecord } from '../translation/record.js';
import { languageStatus, planImport } from '../translation/workflow.js';
import { escapeControls } from '../diagnostics/control.js';
import type { Workspace } from '../workspace/workspace.js';
import { FILE_LIMITS, nodeWorkspace, readProblem } from '../workspace/workspace.js';
import type { Io } from './common.js';
import { ExitCode, listOption, printHelp, report, UsageError } from './common.js';
import { loadSelectedContent } from './select-content.js';
import { writeAtomically } from './write-file.js';

const options = {
  content: { type: 'string', default: 'content' },
  kit: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string', default: 'translations' },
  field: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = { content: string; kit?: string; lang?: string; out: string; field?: string };

const workspace = nodeWorkspace();

export async function translate(args: readonly string[], io: Io): Promise<number> {
  const [action, ...rest] = args;
  if (action === undefined || action === '--help' || action === '-h') return printHelp(io, 'translate');
  const { values, positionals } = parseArgs({
    args: rest,
    options,
    allowPositionals: action === 'import',
    strict: true,
  });
  if (values.help) return printHelp(io, 'translate');
  if (action === 'status') return status(values, io);
  if (action === 'export') return exportPo(values, io);
  if (action === 'accept') return accept(values, io);
  if (action === 'import') return importPo(values, positionals, io);
  throw new UsageError(`translate: unknown action "${action}" (expected status, export, import or accept)`);
}

/** The languages --lang names: valid codes, required where `required`. */
function languages(values: Values, required: boolean): string[] | undefined {
  const list = listOption(values.lang);
  if (!list && required)
    throw new UsageError('translate: --lang L is required (the language to work on, e.g. --lang de)');
  for (const l of list ?? []) {
    if (!languageCodeSchema.safeParse(l).success)
      throw new UsageError(`--lang: "${l}" is not a language code (expected e.g. de, fr or pt-BR)`);
  }
  return list;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A language that exists in the world, so a translation into it may be started ("nll" is not one). */
function isRealLanguage(code: string): boolean {
  return languageNames.of(code) !== undefined;
}

/**
 * Every --lang value must be a language some selected kit has; with `mayStart` also a real language no
 * kit has yet (status and export are how a new translation starts).
 */
function checkLanguages(
  loaded: LoadedContent,
  wanted: readonly string[] | undefined,
  mayStart: boolean,
): void {
  const problem = unknownLanguage(loaded, wanted, mayStart ? isRealLanguage : undefined);
  if (problem)
    throw new UsageError(
      mayStart ? `${problem}; a new translation needs a real language code such as de, fr or pt-BR` : problem,
    );
}

/** A kit's text files; the source language must be valid (translations are compared with it). */
async function textsOf(kit: LoadedKit, values: Values, io: Io): Promise<KitTexts | undefined> {
  if (!kit.localised.has(kit.sourceLanguage)) {
    io.err(
      `${kit.id}: the source language "${kit.sourceLanguage}" has errors (run dts check); it must be valid before translating`,
    );
    return undefined;
  }
  const read = await readKitTexts(workspace, values.content, kit);
  report(io, read.diagnostics);
  return read.texts;
}

/** The workspace as it will be once these files hold these texts: an import checked before it is written. */
function withFiles(base: Workspace, files: ReadonlyMap<string, string>): Workspace {
  const texts = new Map([...files].map(([file, text]) => [path.resolve(file), text]));
  return {
    ...base,
    readText: async (f) => texts.get(path.resolve(f)) ?? base.readText(f),
    list: async (dir) => {
      const names = new Set(await base.list(dir));
      for (const file of texts.keys())
        if (path.dirname(file) === path.resolve(dir)) names.add(path.basename(file));
      return [...names].sort();
    },
  };
}

/** Writes one file whole; a failure (a full disk, no permission) is a message naming the file, not a crash. */
async function write(io: Io, file: string, text: string): Promise<boolean> {
  try {
    await writeAtomically(file, text);
    return true;
  } catch (error) {
    io.err(`dts: cannot write ${escapeControls(file)}: ${escapeControls((error as Error).message)}`);
    return false;
  }
}

/**
 * A language's file and its record, each problem reported; `broken` when either has an error (a file
 * that does not parse is never written over).
 */
async function languageOf(texts: KitTexts, language: string, io: Io) {
  const [{ file, diagnostics }, record] = await Promise.all([texts.file(language), texts.record(language)]);
  const problems = [...diagnostics, ...record.diagnostics];
  report(io, problems);
  return { file, record: record.record, broken: hasErrors(problems) };
}

async function status(values: Values, io: Io): Promise<number> {
  const only = languages(values, false);
  const loaded = await loadSelectedContent(values);
  checkLanguages(loaded, only, true);
  report(
    io,
    loaded.diagnostics.filter((d) => d.severity === 'error'),
  );
  let failed = hasErrors(loaded.diagnostics);
  for (const kit of loaded.kits) {
    const texts = await textsOf(kit, values, io);
    if (!texts) {
      failed = true;
      continue;
    }
    io.out(
      `${kit.id} ${kit.version}: ${texts.units.length} texts in ${kit.sourceLanguage} (the source language)`,
    );
    const targets = (only ?? kit.languages).filter((l) => l !== kit.sourceLanguage);
    for (const language of targets) {
      const { file, record, broken } = await languageOf(texts, language, io);
      if (broken) {
        failed = true;
        continue;
      }
      if (!file) {
        io.out(
          `  ${language.padEnd(6)} no texts yet (start with: dts translate export --kit ${kit.id} --lang ${language})`,
        );
        continue;
      }
      const s = languageStatus(texts.units, file.yaml.data, record);
      const parts = [`${s.translated} translated`, `${s.missing} missing`, `${s.outdated} outdated`];
      if (!record) parts.push('no record of the source texts yet (dts translate accept)');
      else if (s.unrecorded > 0) parts.push(`${s.unrecorded} not recorded`);
      io.out(`  ${language.padEnd(6)} ${parts.join(' · ')}`);
    }
  }
  io.out('Each missing and outdated text, with its line: dts check --lang L');
  return failed ? ExitCode.content : ExitCode.ok;
}

async function exportPo(values: Values, io: Io): Promise<number> {
  const wanted = languages(values, true)!;
  const loaded = await loadSelectedContent(values);
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
      const text = writePo({
        kit: kit.id,
        version: kit.version,
        sourceLanguage: kit.sourceLanguage,
        language,
        units: texts.units,
        target: file?.yaml.data,
        ...(record ? { record } : {}),
        reference: (unit) => `${source.file.split(path.sep).join('/')}:${source.yaml.locate(unit.path).line}`,
      });
      const out = path.join(values.out, `${kit.id}.${language}.po`);
      if (!(await write(io, out, text))) {
        failed = true;
        continue;
      }
      const s = languageStatus(texts.units, file?.yaml.data, record);
      io.out(
        `wrote ${out}  (${s.texts} texts: ${s.translated} translated, ${s.missing} to translate, ${s.outdated} outdated${s.outdated ? ' (marked fuzzy)' : ''})`,
      );
    }
  }
  return failed ? ExitCode.content : ExitCode.ok;
}

async function accept(values: Values, io: Io): Promise<number> {
  const wanted = languages(values, true)!;
  const fields = listOption(values.field);
  const loaded = await loadSelectedContent(values);
  checkLanguages(loaded, wanted, false);
  const targetsOf = (kit: LoadedKit) =>
    wanted.filter((l) => kit.languages.includes(l) && l !== kit.sourceLanguage);
  if (!loaded.kits.some((kit) => targetsOf(kit).length > 0)) {
    throw new UsageError(
      `--lang: no kit has texts in ${wanted.join(', ')} (a translation, not the source language)`,
    );
  }
  let failed = false;
  for (const kit of loaded.kits) {
    const targets = targetsOf(kit);
    if (targets.length === 0) continue;
    const texts = await textsOf(kit, values, io);
    if (!texts) {
      failed = true;
      continue;
    }
    const keys = fields ? new Set(fields) : undefined;
    for (const key of fields ?? []) {
      if (!texts.units.some((u) => u.key === key)) {
        const guess = closest(
          key,
          texts.units.map((u) => u.key),
        );
        throw new UsageError(
          `--field: ${kit.id} has no text "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        );
      }
    }
    for (const language of targets) {
      const { file, record: previous, broken } = await languageOf(texts, language, io);
      if (broken) {
        failed = true;
        continue;
      }
      if (!file) continue;
      const record = acceptTranslations({
        units: texts.units,
        target: file.yaml.data,
        language,
        sourceLanguage: kit.sourceLanguage,
        ...(previous ? { previous } : {}),
        ...(keys ? { keys } : {}),
      });
      const out = recordFile(texts.textsDir, language);
      if (!(await write(io, out, serialiseRecord(record)))) {
        failed = true;
        continue;
      }
      const what = keys
        ? `${keys.size} text${keys.size === 1 ? '' : 's'}`
        : `all ${Object.keys(record.texts).length} translated texts`;
      io.out(
        `${kit.id} ${language}: recorded ${what} as translated from today's ${kit.sourceLanguage} texts (${out})`,
      );
    }
  }
  return failed ? ExitCode.content : ExitCode.ok;
}

async function importPo(values: Values, files: readonly string[], io: Io): Promise<number> {
  if (files.length === 0)
    throw new UsageError(
      'translate import: name the PO file(s) to import, e.g. translations/data-team-start.de.po',
    );
  const loaded = await loadSelectedContent(values);
  let failed = false;
  for (const poFile of files) {
    let text: string;
    try {
      text = await workspace.readText(poFile, { maxBytes: FILE_LIMITS.translation, what: 'a PO file' });
    } catch (error) {
      io.err(`dts: ${escapeControls(poFile)}: ${readProblem(error)}`);
      failed = true;
      continue;
    }
    const po = readPo(poFile, text);
    const problems: Diagnostic[] = [...po.diagnostics];
    const kit = po.kit ? loaded.kits.find((k) => k.id === po.kit) : undefined;
    const fileError = (message: string) =>
      problems.push({
        severity: 'error',
        code: 'translation-file',
        file: poFile,
        line: 1,
        column: 1,
        message,
      });
    if (po.kit && !kit)
      fileError(
        `is for the kit "${po.kit}", which ${values.content} does not have (expected one of: ${loaded.kits.map((k) => k.id).join(', ')})`,
      );
    if (po.language && !languageCodeSchema.safeParse(po.language).success)
      fileError(`has the Language "${po.language}" (expected a language code such as de or pt-BR)`);
    if (kit && po.language === kit.sourceLanguage)
      fileError(
        `has the Language "${po.language}", the source language of ${kit.id} (expected a translation)`,
      );
    if (kit && po.sourceLanguage && po.sourceLanguage !== kit.sourceLanguage)
      fileError(
        `was made from "${po.sourceLanguage}" texts, but ${kit.id} is written in "${kit.sourceLanguage}"`,
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
      const after = await loadContent(withFiles(workspace, planned), values.content, { kits: [kit.id] });
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
    io.out(`Next: dts build --kit ${kit.id} --lang ${po.language} tells whether every text fits its box.`);
  }
  return failed ? ExitCode.content : ExitCode.ok;
}
