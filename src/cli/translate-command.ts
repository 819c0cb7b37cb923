// `dts translate status|export|import|accept|fit`: the translator's side of the content. Where each
// language stands; PO and XLIFF files for translation tools, and back (translate-export.ts,
// translate-import.ts); recording that a translation is up to date with its source texts; and how every
// text fits its boxes (translate-fit.ts). Loaded only when used, like `build`.
import { parseArgs } from 'node:util';
import type { LoadedKit } from '../content/load.js';
import { closest } from '../content/zod-issues.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { KitTexts } from '../translation/kit-texts.js';
import { acceptTranslations, recordFile, serialiseRecord } from '../translation/record.js';
import { languageStatus } from '../translation/workflow.js';
import type { Io } from './common.js';
import { ExitCode, listOption, printHelp, report, UsageError } from './common.js';
import type { Values } from './translate-shared.js';
import {
  checkLanguages,
  languageOf,
  languages,
  loadTranslateContent,
  textsOf,
  translateOptions,
  write,
} from './translate-shared.js';

export async function translate(args: readonly string[], io: Io): Promise<number> {
  const [action, ...rest] = args;
  if (action === undefined || action === '--help' || action === '-h') return printHelp(io, 'translate');
  const { values, positionals } = parseArgs({
    args: rest,
    options: translateOptions,
    allowPositionals: action === 'import',
    strict: true,
  });
  if (values.help) return printHelp(io, 'translate');
  if (action === 'status') return status(values, io);
  if (action === 'accept') return accept(values, io);
  if (action === 'export') return (await import('./translate-export.js')).exportTranslations(values, io);
  if (action === 'import')
    return (await import('./translate-import.js')).importTranslations(values, positionals, io);
  if (action === 'fit') return (await import('./translate-fit.js')).fit(values, io);
  throw new UsageError(
    `translate: unknown action "${action}" (expected status, export, import, accept or fit)`,
  );
}

async function status(values: Values, io: Io): Promise<number> {
  const only = languages(values, false);
  const loaded = await loadTranslateContent(values);
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

async function accept(values: Values, io: Io): Promise<number> {
  const wanted = languages(values, true)!;
  const fields = listOption(values.field);
  const loaded = await loadTranslateContent(values);
  checkLanguages(loaded, wanted, false);
  const targetsOf = (kit: LoadedKit) =>
    wanted.filter((l) => kit.languages.includes(l) && l !== kit.sourceLanguage);
  if (!loaded.kits.some((kit) => targetsOf(kit).length > 0)) {
    throw new UsageError(
      `--lang: no kit has texts in ${wanted.join(', ')} (a translation, not the source language)`,
    );
  }
  // The kits to work on, with their texts; with --field only those that have every named text: an id
  // such as kit.title is in every kit, and accepting it in one must not touch the others.
  let failed = false;
  const work: { kit: LoadedKit; texts: KitTexts; targets: string[] }[] = [];
  for (const kit of loaded.kits) {
    const targets = targetsOf(kit);
    if (targets.length === 0) continue;
    const texts = await textsOf(kit, values, io);
    if (!texts) {
      failed = true;
      continue;
    }
    work.push({ kit, texts, targets });
  }
  const hasAll = (texts: KitTexts) => (fields ?? []).every((key) => texts.units.some((u) => u.key === key));
  const chosen = fields ? work.filter((w) => hasAll(w.texts)) : work;
  if (fields && chosen.length === 0) {
    const key = fields.find((k) => !work.some((w) => w.texts.units.some((u) => u.key === k))) ?? fields[0]!;
    const guess = closest(
      key,
      work.flatMap((w) => w.texts.units.map((u) => u.key)),
    );
    const kits = work.map((w) => w.kit.id).join(', ');
    throw new UsageError(
      `--field: ${work.length === 1 ? kits : `no kit (of ${kits})`} has ${fields.length === 1 ? 'the text' : 'every text of'} "${fields.join(', ')}"${guess && guess !== key ? ` (did you mean "${guess}"?)` : ''}`,
    );
  }
  if (fields && chosen.length > 1 && !values.kit) {
    throw new UsageError(
      `--field: ${fields.join(', ')} is a text of ${chosen.map((w) => w.kit.id).join(' and ')}: name the kit with --kit`,
    );
  }
  for (const { kit, texts, targets } of chosen) {
    const keys = fields ? new Set(fields) : undefined;
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
