// The texts of a language file as translation units: every string of the source language's file (but the
// header) with its field path. Translation tools, the record of what was translated from what, and the
// outdated check all speak in these units.
import type { PathSegment } from '../content/yaml-source.js';
import type { TranslationRecord } from './record.js';
import { fieldPath, valueAt } from '../content/zod-issues.js';

/** The file header: not texts to translate. */
export const HEADER_KEYS: ReadonlySet<string> = new Set(['language', 'fallback']);

export interface TextUnit {
  /** The field path, e.g. `assignments.roles.steps[2]`: the unit's permanent id in every tool. */
  readonly key: string;
  readonly path: readonly PathSegment[];
  /** The source language's text. */
  readonly source: string;
}

/** Every text of the source language's data, in the order of the file. */
export function textUnits(sourceData: unknown): TextUnit[] {
  const units: TextUnit[] = [];
  const walk = (value: unknown, path: PathSegment[]) => {
    if (typeof value === 'string') {
      units.push({ key: fieldPath(path), path, source: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (path.length === 0 && HEADER_KEYS.has(key)) continue;
        walk(child, [...path, key]);
      }
    }
  };
  walk(sourceData, []);
  return units;
}

/** The translation of a unit in a language's data: its own non-empty text, or undefined (not translated). */
export function translationOf(data: unknown, unit: TextUnit): string | undefined {
  const value = valueAt(data, unit.path);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The translation a language has of its own: as `translationOf`, but a text still identical to its
 * source text counts as untranslated (a file copied from the source language) unless the record says
 * it was accepted as it is (a name, a loanword).
 */
export function ownTranslation(
  data: unknown,
  unit: TextUnit,
  record: TranslationRecord | undefined,
): string | undefined {
  const translation = translationOf(data, unit);
  if (translation === unit.source && record?.texts[unit.key] !== unit.source) return undefined;
  return translation;
}
