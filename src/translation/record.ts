// The record of what a translation was made from: for each text of a language, the source-language text
// it was translated from. `dts translate accept` and `dts translate import` write it next to the
// language's file (texts/en.translated-from.json); `dts check` compares it with today's source texts and
// warns where the source text has changed since (outdated-text). Written by dts, read by dts: JSON in the
// order of the source file, so a change shows as a small diff.
import path from '../platform/path.js';
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Where } from '../diagnostics/messages.js';
import { diagnostic } from '../diagnostics/messages.js';
import type { TextUnit } from './units.js';
import { translationOf } from './units.js';

export const RECORD_SUFFIX = '.translated-from.json';

export const translationRecordSchema = z
  .object({
    note: z.string().optional(),
    language: z.string(),
    sourceLanguage: z.string(),
    texts: z.record(z.string(), z.string()),
  })
  .strict();

export type TranslationRecord = z.infer<typeof translationRecordSchema>;

export function recordFile(textsDir: string, language: string): string {
  return path.join(textsDir, `${language}${RECORD_SUFFIX}`);
}

/** The language a record file belongs to (`en` for en.translated-from.json), or undefined. */
export function recordLanguage(name: string): string | undefined {
  return name.endsWith(RECORD_SUFFIX) ? name.slice(0, -RECORD_SUFFIX.length) : undefined;
}

/** Reads a record file; a broken one is an error that names the file, the line and what was expected. */
export function parseRecord(
  file: string,
  text: string,
  expected: { language: string; sourceLanguage: string },
): { record?: TranslationRecord; diagnostics: Diagnostic[] } {
  const problem = (made: (where: Where) => Diagnostic, line?: number): { diagnostics: Diagnostic[] } => ({
    diagnostics: [made({ file, ...(line !== undefined ? { line, column: 1 } : {}) })],
  });
  const language = expected.language;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    return problem(
      (where) => diagnostic('translation-record/json', { reason: (error as Error).message, language }, where),
      line,
    );
  }
  const parsed = translationRecordSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem((where) =>
      diagnostic(
        'translation-record/shape',
        { path: issue?.path.join('.') || 'the file', reason: issue?.message ?? '', language },
        where,
      ),
    );
  }
  const record = parsed.data;
  if (record.language !== expected.language || record.sourceLanguage !== expected.sourceLanguage) {
    const at = text.indexOf(record.language !== expected.language ? '"language"' : '"sourceLanguage"');
    return problem(
      (where) =>
        diagnostic(
          'translation-record/languages',
          {
            found: record.language,
            foundSource: record.sourceLanguage,
            language,
            sourceLanguage: expected.sourceLanguage,
          },
          where,
        ),
      at >= 0 ? text.slice(0, at).split('\n').length : undefined,
    );
  }
  return { record, diagnostics: [] };
}

/**
 * The record after accepting the translations of `keys` (every translated text when absent): those take
 * today's source text (or the one a translation tool says it translated, from `translatedFrom`); the rest
 * keep what they had. Texts without a translation are left out.
 */
export function acceptTranslations(options: {
  readonly units: readonly TextUnit[];
  readonly target: unknown;
  readonly language: string;
  readonly sourceLanguage: string;
  readonly previous?: TranslationRecord;
  readonly keys?: ReadonlySet<string>;
  readonly translatedFrom?: ReadonlyMap<string, string>;
}): TranslationRecord {
  const texts: Record<string, string> = {};
  for (const unit of options.units) {
    if (translationOf(options.target, unit) === undefined) continue;
    const accepted = !options.keys || options.keys.has(unit.key);
    const basis = accepted
      ? (options.translatedFrom?.get(unit.key) ?? unit.source)
      : options.previous?.texts[unit.key];
    if (basis !== undefined) texts[unit.key] = basis;
  }
  return {
    note: `Written by dts: the ${options.sourceLanguage} text each ${options.language} text was translated from. Do not edit; see docs/TRANSLATING.md.`,
    language: options.language,
    sourceLanguage: options.sourceLanguage,
    texts,
  };
}

export function serialiseRecord(record: TranslationRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
