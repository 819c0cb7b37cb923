// Which kit and language a translation file is for, as translation tools leave it: the X-Dts-Kit header
// (or XLIFF's product-name) may be gone, and the language written as tools write it (de_DE, de-de,
// de_DE.UTF-8). Pure: the import command gives it what it read.
import path from '../platform/path.js';
import { languageCodeSchema } from '../content/schema/common.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/messages.js';

/**
 * A language code as the kit names languages: `de_DE` is `de-DE` where the kit has it or names other
 * languages with regions, and `de` where the kit has `de` or names its languages without regions (nl,
 * en); undefined when it is not a code.
 */
export function normaliseLanguage(code: string, kitLanguages: readonly string[]): string | undefined {
  const [base, region] = code
    .trim()
    .replace(/[.@].*$/, '')
    .split(/[-_]/);
  if (!base) return undefined;
  const full = region ? `${base.toLowerCase()}-${region.toUpperCase()}` : base.toLowerCase();
  const candidates = code.trim().toLowerCase() === 'qps-ploc' ? ['qps-ploc'] : [full];
  const found = candidates.find((c) => kitLanguages.includes(c));
  if (found) return found;
  // A tool's regional code where the kit names languages without regions (nl, en): the language alone.
  const bare = kitLanguages.length > 0 && kitLanguages.every((l) => !l.includes('-'));
  if (region && (bare || kitLanguages.includes(base.toLowerCase()))) return base.toLowerCase();
  return languageCodeSchema.safeParse(candidates[0]).success ? candidates[0] : undefined;
}

/** `<kit>.<language>.po` (as dts translate export names files): the parts, when the name has them. */
export function fromFileName(file: string): { kit?: string; language?: string } {
  const parts = path.basename(file).split('.');
  if (parts.length < 3) return {};
  return { kit: parts[0], language: parts.slice(1, -1).join('.') };
}

export interface KitKeys {
  readonly id: string;
  readonly keys: ReadonlySet<string>;
}

/**
 * The kit a file is for: its header, else its file name, else the one kit that has every text id of
 * its entries. `problem` says why none could be told.
 */
export function identifyKit(options: {
  readonly header?: string;
  readonly file: string;
  readonly keys: readonly string[];
  readonly kits: readonly KitKeys[];
}): { kit?: string; how?: string; problem?: Diagnostic } {
  if (options.header) return { kit: options.header };
  const named = fromFileName(options.file).kit;
  if (named && options.kits.some((k) => k.id === named)) return { kit: named, how: 'the file name' };
  const matching = options.kits.filter(
    (k) => options.keys.length > 0 && options.keys.every((key) => k.keys.has(key)),
  );
  if (matching.length === 1) return { kit: matching[0]!.id, how: "the entries' text ids" };
  const where = { file: options.file, line: 1, column: 1 };
  return {
    problem:
      matching.length > 1
        ? diagnostic('translation-file/kit-ambiguous', { kits: matching.map((k) => k.id) }, where)
        : diagnostic('translation-file/kit-unknown', { kits: options.kits.map((k) => k.id) }, where),
  };
}
