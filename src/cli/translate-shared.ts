// What the `dts translate` actions share: their options, the --lang checks, reading a kit's text files
// and a language's file and record, and writing a file whole.
import path from 'node:path';
import type { LoadedContent, LoadedKit } from '../content/load.js';
import { loadContent } from '../content/load.js';
import { languageCodeSchema } from '../content/schema/common.js';
import { unknownKit, unknownLanguage } from '../content/select.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { escapeControls } from '../diagnostics/control.js';
import type { KitTexts } from '../translation/kit-texts.js';
import { readKitTexts } from '../translation/kit-texts.js';
import { PSEUDO_LANGUAGE, withPseudoLanguage } from '../translation/pseudo.js';
import type { Workspace } from '../workspace/workspace.js';
import { nodeWorkspace } from '../workspace/workspace.js';
import type { Io } from './common.js';
import { listOption, report, UsageError } from './common.js';
import { writeAtomically } from './write-file.js';

export const translateOptions = {
  content: { type: 'string', default: 'content' },
  kit: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string', default: 'translations' },
  field: { type: 'string' },
  format: { type: 'string', default: 'po' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Values = {
  content: string;
  kit?: string;
  lang?: string;
  out: string;
  field?: string;
  format: string;
  json?: boolean;
};

export const workspace = nodeWorkspace();

/**
 * The content as --content and --kit ask for it (an unknown kit is a usage error); with the pseudo
 * language when --lang names it.
 */
export async function loadTranslateContent(values: Values): Promise<LoadedContent> {
  const wanted = listOption(values.kit);
  const pseudo = listOption(values.lang)?.includes(PSEUDO_LANGUAGE) === true;
  const content = await loadContent(
    pseudo ? withPseudoLanguage(workspace, values.content) : workspace,
    values.content,
    { kits: wanted },
  );
  const problem = unknownKit(content, wanted);
  if (problem) throw new UsageError(problem);
  return content;
}

/** The languages --lang names: valid codes, required where `required`. */
export function languages(values: Values, required: boolean): string[] | undefined {
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
export function isRealLanguage(code: string): boolean {
  return languageNames.of(code) !== undefined;
}

/**
 * Every --lang value must be a language some selected kit has; with `mayStart` also a real language no
 * kit has yet (status and export are how a new translation starts).
 */
export function checkLanguages(
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
export async function textsOf(kit: LoadedKit, values: Values, io: Io): Promise<KitTexts | undefined> {
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
export function withFiles(base: Workspace, files: ReadonlyMap<string, string>): Workspace {
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
export async function write(io: Io, file: string, text: string): Promise<boolean> {
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
export async function languageOf(texts: KitTexts, language: string, io: Io) {
  const [{ file, diagnostics }, record] = await Promise.all([texts.file(language), texts.record(language)]);
  const problems = [...diagnostics, ...record.diagnostics];
  report(io, problems);
  return { file, record: record.record, broken: hasErrors(problems) };
}
