// Translations as gettext PO files, the format Poedit, Weblate, Lokalize, OmegaT and most translation
// tools read. One entry per text: msgctxt is the field path (the unit's permanent id), msgid the source
// text, msgstr the translation. An outdated translation is marked fuzzy with the source text it was made
// from as the previous msgid (`#| msgid`), as gettext's own tools do. Parsing and writing is gettext-parser's.
import type { GetTextTranslation, GetTextTranslations } from 'gettext-parser';
import { po } from 'gettext-parser';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessageId, ParamsOf } from '../diagnostics/catalogue.js';
import { diagnostic } from '../diagnostics/messages.js';
import type { TranslationRecord } from './record.js';
import type { FieldRoom } from './fit.js';
import { describePlaces } from './fit.js';
import type { TextUnit } from './units.js';
import { ownTranslation } from './units.js';

/** The header field that names the kit a PO file belongs to. */
const KIT_HEADER = 'X-Dts-Kit';
const SOURCE_HEADER = 'X-Dts-Source-Language';

/** What an export of one kit's language needs, in PO or XLIFF. */
export interface TranslationExport {
  readonly kit: string;
  readonly version: string;
  readonly sourceLanguage: string;
  readonly language: string;
  /** The source language's file, as the path a translator sees. */
  readonly sourceFile: string;
  readonly units: readonly TextUnit[];
  /** The language's texts as they are (undefined for a language that has no file yet). */
  readonly target: unknown;
  readonly record?: TranslationRecord;
  /** `file:line` of each unit in the source language's file, for the references translators click. */
  readonly reference: (unit: TextUnit) => string;
  /** Where each text appears and its room in characters, by text id (from the fit report). */
  readonly rooms?: ReadonlyMap<string, FieldRoom>;
}

/** Where a text's translation stands, as both formats say it. */
export interface EntryState {
  readonly kind: 'new' | 'translated' | 'outdated' | 'accepted';
  readonly translation?: string;
  /** The older source text an outdated translation was made from. */
  readonly was?: string;
}

export function entryState(e: TranslationExport, unit: TextUnit): EntryState {
  const translation = ownTranslation(e.target, unit, e.record);
  if (translation === undefined) return { kind: 'new' };
  const was = e.record?.texts[unit.key];
  if (was === undefined) return { kind: 'translated', translation };
  return was === unit.source ? { kind: 'accepted', translation } : { kind: 'outdated', translation, was };
}

export function writePo(e: TranslationExport): string {
  const entries: Record<string, Record<string, GetTextTranslation>> = {
    '': { '': { msgid: '', msgstr: [''] } },
  };
  for (const unit of e.units) {
    const state = entryState(e, unit);
    const room = e.rooms?.get(unit.key);
    const flags = [
      ...(state.kind === 'outdated' ? ['fuzzy'] : []),
      ...(room?.room !== undefined ? [`max-length:${room.room}`] : []),
    ];
    const extracted = [
      ...(room?.places.length ? [`Appears on: ${describePlaces(room.places)}.`] : []),
      ...(room?.room !== undefined
        ? [`Room: about ${room.room} characters in its tightest box, at the smallest size.`]
        : []),
    ];
    entries[unit.key] = {
      [unit.source]: {
        msgctxt: unit.key,
        msgid: unit.source,
        msgstr: [state.translation ?? ''],
        comments: {
          ...(extracted.length ? { extracted: extracted.join('\n') } : {}),
          reference: [e.reference(unit), ...(room?.references ?? [])].join(' '),
          ...(flags.length ? { flag: flags.join(', ') } : {}),
          ...(state.was !== undefined ? { previous: `msgid ${quote(state.was)}` } : {}),
        },
      },
    };
  }
  const table: GetTextTranslations = {
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': `${e.kit} ${e.version}`,
      // Filled in by the translator's tool; present so that gettext's own checks find them.
      'PO-Revision-Date': '',
      'Last-Translator': '',
      'Language-Team': '',
      Language: e.language,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      [KIT_HEADER]: e.kit,
      [SOURCE_HEADER]: e.sourceLanguage,
    },
    translations: entries,
  };
  return po.compile(table, { foldLength: 79 }).toString('utf8') + '\n';
}

/** A PO string literal: what gettext writes after `msgid`. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

export interface PoEntry {
  readonly key: string;
  /** The source text the translator saw. */
  readonly source: string;
  readonly translation: string;
  /** Marked fuzzy: not confirmed by the translator. */
  readonly fuzzy: boolean;
  readonly line: number;
}

export interface ReadPo {
  readonly kit?: string;
  readonly language?: string;
  readonly sourceLanguage?: string;
  readonly entries: readonly PoEntry[];
  readonly diagnostics: readonly Diagnostic[];
}

/** An error in a translation file, at its line (and text) when known. */
export function fileError<I extends MessageId>(
  file: string,
  id: I,
  params: ParamsOf<I>,
  at: { line?: number | undefined; field?: string | undefined } = {},
): Diagnostic {
  return diagnostic(id, params, {
    file,
    ...(at.line !== undefined ? { line: at.line, column: 1 } : {}),
    ...(at.field ? { field: at.field } : {}),
  });
}

export function readPo(file: string, text: string): ReadPo {
  let table: GetTextTranslations;
  try {
    table = po.parse(text, { validation: true });
  } catch (e) {
    const line = (e as { lineNumber?: unknown }).lineNumber;
    const message = (e as Error).message.replace(/^Error parsing PO data: /, '').replace(/ at line \d+/, '');
    return {
      entries: [],
      diagnostics: [
        fileError(
          file,
          'translation-file/po-syntax',
          { reason: message },
          {
            line: typeof line === 'number' ? line : undefined,
          },
        ),
      ],
    };
  }
  const lines = contextLines(text);
  const diagnostics: Diagnostic[] = [];
  const entries: PoEntry[] = [];
  for (const [context, byId] of Object.entries(table.translations)) {
    const found = Object.values(byId).filter((t) => t.msgid !== '' || context !== '');
    if (found.length === 0) continue;
    const line = lines.get(context);
    if (context === '') {
      diagnostics.push(fileError(file, 'translation-file/no-msgctxt', {}, { line }));
      continue;
    }
    if (found.length > 1) {
      diagnostics.push(
        fileError(file, 'translation-file/msgctxt-twice', { count: found.length, context }, { line }),
      );
      continue;
    }
    const entry = found[0]!;
    entries.push({
      key: context,
      source: entry.msgid,
      translation: entry.msgstr[0] ?? '',
      fuzzy: (entry.comments?.flag ?? '').split(/[,\s]+/).includes('fuzzy'),
      line: line ?? 1,
    });
  }
  const header = (name: string) => {
    const found = Object.entries(table.headers).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return found?.[1]?.trim() || undefined;
  };
  // Missing headers are not errors here: the import finds the kit and language from the entries and
  // the file's name (tools such as Poedit may drop a header they do not know).
  const kit = header(KIT_HEADER);
  const language = header('Language');
  const sourceLanguage = header(SOURCE_HEADER);
  return {
    ...(kit ? { kit } : {}),
    ...(language ? { language } : {}),
    ...(sourceLanguage ? { sourceLanguage } : {}),
    entries,
    diagnostics,
  };
}

/** The line of each entry's `msgctxt`, for messages that point at it. */
function contextLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const m = /^msgctxt\s+("(?:[^"\\]|\\.)*")\s*$/.exec(line);
    if (!m) return;
    try {
      lines.set(JSON.parse(m[1]!) as string, i + 1);
    } catch {
      // An escape JSON does not know: the message then points at the file's start.
    }
  });
  return lines;
}
