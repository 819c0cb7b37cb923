// The translation workflow's decisions, pure: where a language stands, and what importing a translation
// file changes. The `dts translate` command reads and writes the files around them.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessageId, ParamsOf } from '../diagnostics/catalogue.js';
import { diagnostic } from '../diagnostics/messages.js';
import { closest } from '../content/zod-issues.js';
import { outdatedTexts } from './outdated.js';
import { firstControl } from '../diagnostics/control.js';
import type { PoEntry, ReadPo } from './po.js';
import type { TranslationRecord } from './record.js';
import { acceptTranslations } from './record.js';
import type { LanguageFile } from './kit-texts.js';
import type { TextUnit } from './units.js';
import { ownTranslation, translationOf } from './units.js';
import type { TextChange } from './yaml-edit.js';
import { editTexts, fileFromSource } from './yaml-edit.js';
import { parseDocument } from 'yaml';

export interface LanguageStatus {
  readonly texts: number;
  readonly translated: number;
  readonly missing: number;
  /** Translated from a source text that has changed since. */
  readonly outdated: number;
  /** Translated, but the record does not say from what (no record, or not accepted yet). */
  readonly unrecorded: number;
}

export function languageStatus(
  units: readonly TextUnit[],
  target: unknown,
  record: TranslationRecord | undefined,
): LanguageStatus {
  // A text still identical to its source counts as untranslated until accepted (a copied file).
  const translated = units.filter((u) => ownTranslation(target, u, record) !== undefined);
  return {
    texts: units.length,
    translated: translated.length,
    missing: units.length - translated.length,
    outdated: record ? outdatedTexts(units, target, record).length : 0,
    unrecorded: translated.filter((u) => record?.texts[u.key] === undefined).length,
  };
}

export interface ImportInput {
  readonly poFile: string;
  readonly po: ReadPo;
  readonly kit: string;
  readonly language: string;
  readonly sourceLanguage: string;
  readonly units: readonly TextUnit[];
  readonly source: LanguageFile;
  /** The language's file as it is, when it has one. */
  readonly existing?: LanguageFile;
  readonly record?: TranslationRecord;
  /** Texts to leave out, with why (found wrong by the content checks on an earlier plan). */
  readonly reject?: ReadonlyMap<string, { readonly message: string; readonly hint?: string }>;
}

/**
 * An import's outcome: every valid translation is written; an entry that is wrong (an unknown text, a
 * control character, one the content checks reject) is left out with an error at its line.
 */
export type ImportResult = { readonly diagnostics: readonly Diagnostic[] } & ImportWrite;

interface ImportWrite {
  /** The language file's new text (unchanged when nothing changed). */
  readonly text: string;
  readonly record: TranslationRecord;
  readonly changed: number;
  /** Fuzzy entries: imported, but not recorded as up to date. */
  readonly unconfirmed: number;
  /** Whether the file was written anew in the source file's layout (it was missing, or lacked texts). */
  readonly rebuilt: boolean;
  /** The entries left out, by text id. */
  readonly notImported: readonly string[];
  /** The texts this import changes, by text id. */
  readonly changedKeys: readonly string[];
}

/** What importing a PO file into a language does. */
export function planImport(input: ImportInput): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const byKey = new Map(input.units.map((u) => [u.key, u]));
  const keys = [...byKey.keys()];
  const changes: TextChange[] = [];
  const accepted = new Set<string>();
  const translatedFrom = new Map<string, string>();
  let unconfirmed = 0;
  const notImported: string[] = [];
  const changedKeys: string[] = [];
  const current = input.existing?.yaml.data;
  const refuse = <I extends MessageId>(entry: PoEntry, id: I, params: ParamsOf<I>) => {
    notImported.push(entry.key);
    diagnostics.push(
      diagnostic(id, params, { file: input.poFile, line: entry.line, column: 1, field: entry.key }),
    );
  };
  for (const entry of input.po.entries) {
    const unit = byKey.get(entry.key);
    if (!unit) {
      const guess = closest(entry.key, keys);
      refuse(entry, 'translation-file/not-a-text', {
        kit: input.kit,
        file: input.source.file,
        ...(guess ? { guess } : {}),
      });
      continue;
    }
    const translation = entry.translation.normalize('NFC');
    if (translation.trim() === '') continue;
    const control = firstControl(translation);
    if (control) {
      refuse(entry, 'translation-file/control-character', { control });
      continue;
    }
    const rejected = input.reject?.get(entry.key);
    if (rejected) {
      refuse(entry, 'translation-file/rejected', {
        reason: rejected.message,
        ...(rejected.hint ? { reasonHint: rejected.hint } : {}),
      });
      continue;
    }
    if (translation !== translationOf(current, unit)) {
      changes.push({ path: unit.path, value: translation });
      changedKeys.push(unit.key);
    }
    if (entry.fuzzy) {
      unconfirmed += 1;
      continue;
    }
    accepted.add(unit.key);
    const seen = entry.source.normalize('NFC');
    translatedFrom.set(unit.key, seen);
    if (seen !== unit.source) {
      diagnostics.push(
        diagnostic(
          'outdated-text/imported',
          { source: input.sourceLanguage, file: input.source.file },
          { file: input.poFile, line: entry.line, column: 1, field: entry.key },
        ),
      );
    }
  }

  let text: string;
  let rebuilt = false;
  const edited = input.existing ? editTexts(input.existing.text, changes) : undefined;
  if (edited && edited.missing.length === 0) {
    text = edited.text;
  } else {
    // The file is missing, or lacks some texts: written anew in the source file's layout, each text its
    // translation (or "" where there is none, with a fallback so the language builds meanwhile).
    rebuilt = true;
    const wanted = new Map(changes.map((c) => [c.path.join('\u0000'), c.value]));
    const texts = input.units.map((u) => ({
      path: u.path,
      value: wanted.get(u.path.join('\u0000')) ?? translationOf(current, u) ?? '',
    }));
    const complete = texts.every((t) => t.value.trim() !== '');
    const fallback = (current as { fallback?: unknown } | undefined)?.fallback;
    text = fileFromSource({
      sourceText: input.source.text,
      language: input.language,
      ...(typeof fallback === 'string' ? { fallback } : complete ? {} : { fallback: input.sourceLanguage }),
      header: input.existing ? leadingComments(input.existing.text) : defaultHeader(input),
      texts,
    });
  }
  const record = acceptTranslations({
    units: input.units,
    target: parseDocument(text).toJS(),
    language: input.language,
    sourceLanguage: input.sourceLanguage,
    ...(input.record ? { previous: input.record } : {}),
    keys: accepted,
    translatedFrom,
  });
  return {
    diagnostics,
    changed: changes.length,
    unconfirmed,
    text,
    record,
    rebuilt,
    notImported,
    changedKeys,
  };
}

function leadingComments(text: string): string[] {
  const match = /^(#[^\n]*\n)+/.exec(text);
  return match
    ? match[0]
        .trimEnd()
        .split('\n')
        .map((l) => l.replace(/^# ?/, ''))
    : [];
}

function defaultHeader(input: ImportInput): string[] {
  return [
    `${input.kit}: the "${input.language}" texts, translated from ${input.sourceLanguage}.yaml (the source language).`,
    'Translators: edit only the text after the colon, never the keys or ids. Check with: npx dts check',
  ];
}
