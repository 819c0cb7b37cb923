// Loading: the only code that reads content/. Every kit folder holds kit.yaml (structure) and
// texts/<language>.yaml (one per language). The result is one localised, immutable kit per language.
import path from '../platform/path.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/messages.js';
import type { Workspace } from '../workspace/workspace.js';
import { FILE_LIMITS, readProblem } from '../workspace/files.js';
import { Reporter } from './cross-check/reporter.js';
import type { ParsedStructure, TextRecord } from './kit-types.js';
import { kitTypes } from './kit-types.js';
import type { LocalisedKit } from './model.js';
import { originsOf } from './origins.js';
import { languageCodeSchema } from './schema/common.js';
import { describeChange, outdatedTexts } from '../translation/outdated.js';
import type { TranslationRecord } from '../translation/record.js';
import { parseRecord, recordFile, recordLanguage } from '../translation/record.js';
import { HEADER_KEYS, textUnits } from '../translation/units.js';
import { fillFrom, findTextGaps } from './translation.js';
import type { PathSegment, YamlSource } from './yaml-source.js';
import { parseYaml } from './yaml-source.js';
import { closest, fieldPath, issuesToDiagnostics } from './zod-issues.js';

export interface LoadedKit {
  readonly id: string;
  readonly kind: string;
  readonly version: string;
  readonly sourceLanguage: string;
  /** Source language first, then the others alphabetically. */
  readonly languages: readonly string[];
  /** The kit per language, for each language whose texts passed every check. */
  readonly localised: ReadonlyMap<string, LocalisedKit>;
}

export interface LoadedContent {
  /** Every kit folder found, loaded or not. */
  readonly folders: readonly string[];
  readonly kits: readonly LoadedKit[];
  /** Per kit folder loaded: the languages it has a texts/<language>.yaml for, valid or not (for --lang). */
  readonly textLanguages: ReadonlyMap<string, readonly string[]>;
  readonly diagnostics: readonly Diagnostic[];
}

export interface LoadOptions {
  /** Load only these kit folders (all when absent). */
  readonly kits?: readonly string[];
}

export async function loadContent(
  workspace: Workspace,
  contentDir: string,
  options: LoadOptions = {},
): Promise<LoadedContent> {
  const diagnostics: Diagnostic[] = [];
  const kits: LoadedKit[] = [];
  // Files are read concurrently (many small reads), and handled in a fixed order, so diagnostics keep it.
  const names = await workspace.list(contentDir);
  const isFolder = await Promise.all(names.map((name) => workspace.isDirectory(path.join(contentDir, name))));
  const folders = names.filter((_, i) => isFolder[i]);
  const wanted = folders.filter((f) => !options.kits || options.kits.includes(f));
  const results = await Promise.all(wanted.map((folder) => loadKit(workspace, path.join(contentDir, folder), folder)));
  const textLanguages = new Map<string, readonly string[]>();
  results.forEach((result, i) => {
    diagnostics.push(...result.diagnostics);
    if (result.kit) kits.push(result.kit);
    textLanguages.set(wanted[i] ?? '', result.textLanguages);
  });
  if (folders.length === 0) {
    diagnostics.push(diagnostic('content-missing/no-kits', {}, { file: contentDir }));
  }
  return { folders, kits, textLanguages, diagnostics };
}

/** A file's text, or the diagnostic that says why it could not be read. */
type Read = { readonly file: string } & ({ readonly text: string } | { readonly problem: Diagnostic });

async function readFile(workspace: Workspace, file: string): Promise<Read> {
  try {
    return { file, text: await workspace.readText(file, { maxBytes: FILE_LIMITS.content, what: 'a content file in YAML' }) };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      file,
      problem: missing
        ? diagnostic('content-missing/no-file', {}, { file })
        : diagnostic('file-unreadable/read', { reason: readProblem(error) }, { file }),
    };
  }
}

function readYaml(read: Read, diagnostics: Diagnostic[]): YamlSource | undefined {
  if ('problem' in read) {
    diagnostics.push(read.problem);
    return undefined;
  }
  const parsed = parseYaml(read.file, read.text);
  diagnostics.push(...parsed.diagnostics);
  return parsed.source;
}

async function loadKit(
  workspace: Workspace,
  dir: string,
  folder: string,
): Promise<{ kit?: LoadedKit; textLanguages: string[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const textsDir = path.join(dir, 'texts');
  const [structureRead, names] = await Promise.all([readFile(workspace, path.join(dir, 'kit.yaml')), workspace.list(textsDir)]);
  const files = names.filter((name) => name.endsWith('.yaml'));
  const recordLanguages = names.map(recordLanguage).filter((l): l is string => l !== undefined);
  const isLanguage = files.map((name) => languageCodeSchema.safeParse(name.slice(0, -'.yaml'.length)).success);
  const textLanguages = files.filter((_, i) => isLanguage[i]).map((name) => name.slice(0, -'.yaml'.length));
  // Read only once kit.yaml is known to be there: without it the texts are not looked at.
  const [textReads, recordReads] =
    'problem' in structureRead
      ? [[], []]
      : await Promise.all([
          Promise.all(files.map((name, i) => (isLanguage[i] ? readFile(workspace, path.join(textsDir, name)) : undefined))),
          Promise.all(recordLanguages.map((language) => readFile(workspace, recordFile(textsDir, language)))),
        ]);
  const source = readYaml(structureRead, diagnostics);
  if (!source) return { textLanguages, diagnostics };

  const structure = prepareStructure(source, folder, diagnostics);
  const structureValid = !hasErrors(diagnostics);

  const texts = new Map<string, YamlSource>();
  files.forEach((name, i) => {
    const language = name.slice(0, -'.yaml'.length);
    const read = textReads[i];
    if (!read) {
      diagnostics.push(diagnostic('language-mismatch/file-name', {}, { file: path.join(textsDir, name) }));
      return;
    }
    const text = readYaml(read, diagnostics);
    if (text) texts.set(language, text);
  });
  if (!structure) return { textLanguages, diagnostics };

  const sourceTexts = texts.get(structure.sourceLanguage);
  if (!sourceTexts) {
    if (!files.includes(`${structure.sourceLanguage}.yaml`)) {
      const { exact, ...at } = source.locate(['sourceLanguage']);
      diagnostics.push(
        diagnostic(
          'content-missing/no-source-texts',
          { language: structure.sourceLanguage, file: path.join(textsDir, `${structure.sourceLanguage}.yaml`) },
          { ...at, field: 'sourceLanguage' },
        ),
      );
    }
    return { textLanguages, diagnostics };
  }

  const languages = [structure.sourceLanguage, ...[...texts.keys()].filter((l) => l !== structure.sourceLanguage).sort()];
  const records = readRecords(recordLanguages, recordReads, structure.sourceLanguage, texts, diagnostics);
  const localised = new Map<string, LocalisedKit>();
  let sourceValid = false;
  for (const language of languages) {
    const result = checkLanguage(structure, language, texts, sourceValid, structureValid, records.get(language));
    if (language === structure.sourceLanguage) sourceValid = !hasErrors(result.diagnostics);
    diagnostics.push(...result.diagnostics);
    if (result.kit && !hasErrors(result.diagnostics)) localised.set(language, result.kit);
  }
  // A broken source language makes every translation suspect; a broken translation only drops itself.
  if (!sourceValid) localised.clear();
  return {
    kit: {
      id: structure.id,
      kind: source.data && typeof source.data === 'object' ? String((source.data as { kind?: unknown }).kind) : '',
      version: structure.version,
      sourceLanguage: structure.sourceLanguage,
      languages,
      localised,
    },
    textLanguages,
    diagnostics,
  };
}

/** The records of what each translation was made from (the languages that have one). */
function readRecords(
  languages: readonly string[],
  reads: readonly Read[],
  sourceLanguage: string,
  texts: ReadonlyMap<string, YamlSource>,
  diagnostics: Diagnostic[],
): Map<string, TranslationRecord> {
  const records = new Map<string, TranslationRecord>();
  languages.forEach((language, i) => {
    const read = reads[i];
    if (!read || language === sourceLanguage || !texts.has(language)) return; // a stray record is harmless
    if ('problem' in read) {
      diagnostics.push(read.problem);
      return;
    }
    const parsed = parseRecord(read.file, read.text, { language, sourceLanguage });
    diagnostics.push(...parsed.diagnostics);
    if (parsed.record) records.set(language, parsed.record);
  });
  return records;
}

function prepareStructure(source: YamlSource, folder: string, diagnostics: Diagnostic[]): ParsedStructure | undefined {
  const reporter = new Reporter(source);
  const data = source.data;
  const kind = data && typeof data === 'object' ? (data as { kind?: unknown }).kind : undefined;
  const kitType = kitTypes.find((t) => t.kind === kind);
  if (!kitType) {
    const known = kitTypes.map((t) => t.kind);
    const guess = typeof kind === 'string' ? closest(kind, known) : undefined;
    reporter.report('schema/unknown-kind', ['kind'], {
      ...(kind === undefined ? {} : { kind: String(kind) }),
      known,
      ...(guess ? { guess } : {}),
    });
    diagnostics.push(...reporter.diagnostics);
    return undefined;
  }
  const prepared = kitType.prepare(data, reporter);
  if (!prepared.ok) {
    diagnostics.push(...issuesToDiagnostics(prepared.issues, data, kitType.structureSchema, source.locate));
    return undefined;
  }
  const structure = prepared.value;
  if (structure.id !== folder) {
    reporter.report('schema/id-not-folder', ['id'], { id: structure.id, folder });
  }
  diagnostics.push(...reporter.diagnostics);
  // Cross-check errors still let the texts be checked (all problems at once); localising waits.
  return structure;
}

function checkLanguage(
  structure: ParsedStructure,
  language: string,
  texts: ReadonlyMap<string, YamlSource>,
  sourceValid: boolean,
  structureValid: boolean,
  record: TranslationRecord | undefined,
): { kit?: LocalisedKit; diagnostics: Diagnostic[] } {
  const source = texts.get(language);
  const base = texts.get(structure.sourceLanguage);
  if (!source || !base) return { diagnostics: [] };
  const reporter = new Reporter(source);
  const data = source.data;
  const header = (data && typeof data === 'object' ? data : {}) as { language?: unknown; fallback?: unknown };

  if (header.language !== language) {
    reporter.report('language-mismatch/field', ['language'], {
      ...(header.language === undefined ? {} : { found: String(header.language) }),
      language,
    });
  }

  const isSource = language === structure.sourceLanguage;
  const chain = isSource ? [] : fallbackChain(language, texts, reporter);
  const sources = [source, ...chain.map((l) => texts.get(l)).filter((s): s is YamlSource => s !== undefined)];

  // Gaps against the source language: missing texts (filled from a fallback when one is named) and extra items.
  const gapPaths: (readonly PathSegment[])[] = [];
  // Compared only with a valid source: a typo there would otherwise echo in every other language.
  if (!isSource && sourceValid) {
    const fallback = chain[0];
    for (const gap of findTextGaps(base.data, data, HEADER_KEYS)) {
      if (gap.kind === 'extra-item') {
        reporter.report('extra-text', gap.path, { source: structure.sourceLanguage });
        continue;
      }
      gapPaths.push(gap.path);
      const filled = fallback !== undefined && locatedIn(sources.slice(1), gap.path);
      if (filled) {
        reporter.report('fallback-used', gap.path, { language: filled.language });
      } else {
        reporter.report('missing-text/text', gap.path, { source: structure.sourceLanguage });
      }
    }
  }

  // Translations whose source text has changed since they were made (by the record of what they were made from).
  if (!isSource && sourceValid && record) {
    const sourceFile = path.basename(base.file);
    for (const { unit, was } of outdatedTexts(textUnits(base.data), data, record)) {
      const at = base.locate(unit.path);
      reporter.report('outdated-text/changed', unit.path, {
        source: structure.sourceLanguage,
        change: describeChange(was, unit.source),
        sourceFile,
        line: at.line,
        kit: structure.id,
        language,
        key: unit.key,
      });
    }
  }

  const merged = isSource ? data : chain.reduceRight<unknown>((acc, l) => fillFrom(acc, texts.get(l)?.data), undefined);
  const full = isSource ? data : fillFrom(merged, data);

  // Where a problem in the merged texts is: in this file when the field is here, else where it came from.
  const locate = (p: readonly PathSegment[], options?: { key?: boolean }) => {
    for (const s of sources) {
      const at = s.locate(p, options);
      if (at.exact) return { file: at.file, line: at.line, column: at.column };
    }
    const { exact, ...at } = source.locate(p, options);
    return at;
  };
  const underGap = (p: readonly PropertyKey[]) => gapPaths.some((g) => g.every((seg, i) => p[i] === seg));
  const parsed = structure.checkTexts(full);
  if (!parsed.ok) {
    const issues = parsed.issues.filter((issue) => !underGap(issue.path));
    reporter.diagnostics.push(...issuesToDiagnostics(issues, full, structure.textSchema, locate));
  }
  for (const record of structure.textRecords) checkRecordIds(record, full, reporter, isSource, gapPaths);

  if (hasErrors(reporter.diagnostics) || !parsed.ok || !structureValid) return { diagnostics: reporter.diagnostics };
  const kit = parsed.value.localise({
    id: structure.id,
    version: structure.version,
    released: structure.released,
    language,
    sourceLanguage: structure.sourceLanguage,
    origins: originsOf(parsed.value.texts, sources, locate),
  });
  return { kit: deepFreeze(kit), diagnostics: reporter.diagnostics };
}

/** The languages that fill this one's gaps, nearest first; reports unknown and circular fallbacks. */
function fallbackChain(language: string, texts: ReadonlyMap<string, YamlSource>, reporter: Reporter): string[] {
  const chain: string[] = [];
  let current = language;
  for (;;) {
    const data = texts.get(current)?.data as { fallback?: unknown } | undefined;
    const next = data?.fallback;
    if (typeof next !== 'string') return chain;
    if (!texts.has(next)) {
      if (current === language) {
        reporter.report('unknown-reference/no-fallback-texts', ['fallback'], { language: next, known: [...texts.keys()] });
      }
      return chain;
    }
    if (next === language || chain.includes(next)) {
      reporter.report('unknown-reference/fallback-circle', ['fallback'], { chain: [language, ...chain, next] });
      return chain;
    }
    chain.push(next);
    current = next;
  }
}

function locatedIn(sources: readonly YamlSource[], p: readonly PathSegment[]): { language: string } | undefined {
  for (const s of sources) {
    if (s.locate(p).exact) return { language: String((s.data as { language?: unknown }).language) };
  }
  return undefined;
}

function checkRecordIds(record: TextRecord, texts: unknown, reporter: Reporter, isSource: boolean, gaps: readonly (readonly PathSegment[])[]): void {
  let node: unknown = texts;
  let parent: unknown = undefined;
  for (const segment of record.path) {
    parent = node;
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  // A record left out under an entry that is there (an entry left out is reported on its own).
  if (node === undefined && parent && typeof parent === 'object' && record.required && isSource && record.ids.length > 0) {
    const covered = gaps.some((g) => fieldPath(g) === fieldPath(record.path));
    if (!covered) {
      reporter.report(
        'missing-text/no-record',
        record.path.slice(0, -1),
        { key: String(record.path.at(-1)), what: record.what, ids: record.ids },
        { key: true },
      );
    }
    return;
  }
  if (!node || typeof node !== 'object' || Array.isArray(node)) return; // the schema reports it
  const present = Object.keys(node);
  if (isSource) {
    for (const id of record.ids) {
      if (!present.includes(id)) {
        const covered = gaps.some((g) => fieldPath(g) === fieldPath([...record.path, id]));
        if (!covered) {
          reporter.report('missing-text/no-entry', [...record.path], { what: record.what, id }, { key: true });
        }
      }
    }
  }
  for (const id of present) {
    if (!record.ids.includes(id)) {
      const guess = closest(id, record.ids);
      reporter.report(
        'unknown-reference/not-in-kit',
        [...record.path, id],
        { what: record.what, ids: record.ids, ...(guess ? { guess } : {}) },
        { key: true },
      );
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
