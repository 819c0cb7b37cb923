// Turns zod's issues into our diagnostics: plain words, the value found, what was expected, and where.
import { firstControl } from '../diagnostics/control.js';
import { CONTROL_CHARACTER } from './schema/common.js';
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/messages.js';
import type { PathSegment } from './yaml-source.js';

/** Where a path points in the content files; supplied by the loader. */
export type Locate = (
  path: readonly PathSegment[],
  options?: { key?: boolean },
) => { file: string; line: number; column: number };

export function issuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  schema: z.ZodType,
  locate: Locate,
): Diagnostic[] {
  // A typo such as `tilte` shows as an unknown key and a missing `title`: report only the unknown key.
  const typos = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    for (const key of issue.keys) {
      const guess = closest(key, knownKeys(schema, path));
      if (guess) typos.add(fieldPath([...path, guess]));
    }
  }
  return issues
    .filter((issue) => !(issue.code === 'invalid_type' && typos.has(fieldPath(issue.path as PathSegment[]))))
    .flatMap((issue) => issueToDiagnostics(issue, data, schema, locate));
}

function issueToDiagnostics(
  issue: z.core.$ZodIssue,
  data: unknown,
  schema: z.ZodType,
  locate: Locate,
): Diagnostic[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const value = valueAt(data, path);
  const at = (p: readonly PathSegment[] = path, key = false) => ({ ...locate(p, { key }), field: fieldPath(p) });

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = knownKeys(schema, path);
        const guess = closest(key, known);
        return diagnostic('unknown-key', { known, ...(guess ? { guess } : {}) }, at([...path, key], true));
      });
    case 'invalid_type': {
      const expected = describeExpected(issue.expected);
      if (value === undefined) return [diagnostic('schema/missing', { expected }, at())];
      if (value === null) {
        return [
          issue.expected === 'string'
            ? diagnostic('empty-text/null', { expected }, at())
            : diagnostic('schema/empty', { expected }, at()),
        ];
      }
      const colon =
        issue.expected === 'string' && value !== null && typeof value === 'object' && !Array.isArray(value);
      return [diagnostic('schema/wrong-type', { value: describeValue(value), expected, colon }, at())];
    }
    case 'too_big':
      if (issue.origin === 'string' && typeof value === 'string') {
        return [
          diagnostic(
            'text-too-long',
            { field: fieldPath(path), length: [...value].length, max: Number(issue.maximum) },
            at(),
          ),
        ];
      }
      if (issue.origin === 'array' && Array.isArray(value)) {
        return [diagnostic('schema/too-many-items', { count: value.length, max: Number(issue.maximum) }, at())];
      }
      return [diagnostic('schema/too-big', { value: describeValue(value), max: Number(issue.maximum) }, at())];
    case 'too_small':
      if (issue.origin === 'array' && Array.isArray(value)) {
        return [diagnostic('schema/too-few-items', { count: value.length, min: Number(issue.minimum) }, at())];
      }
      if (issue.origin === 'number' && !issue.inclusive) {
        return [diagnostic('schema/not-above', { value: describeValue(value), min: Number(issue.minimum) }, at())];
      }
      return [diagnostic('schema/too-small', { value: describeValue(value), min: Number(issue.minimum) }, at())];
    case 'invalid_format':
      if (issue.message === 'is empty') return [diagnostic('empty-text/blank', {}, at())];
      if (issue.message === CONTROL_CHARACTER && typeof value === 'string')
        return [diagnostic('schema/control', { control: firstControl(value) ?? '' }, at())];
      return [diagnostic('schema/invalid', { value: describeValue(value), reason: issue.message }, at())];
    case 'invalid_value':
      return [
        diagnostic(
          'schema/not-one-of',
          { value: describeValue(value), allowed: issue.values.map((v) => JSON.stringify(v)).join(' or ') },
          at(),
        ),
      ];
    case 'invalid_key': {
      const key = path[path.length - 1];
      const reason = issue.issues[0]?.message ?? 'not a valid key';
      return [diagnostic('schema/bad-key', { key: JSON.stringify(key) ?? '', reason }, at(path, true))];
    }
    default:
      return [
        diagnostic(
          'schema/invalid',
          { ...(value === undefined ? {} : { value: describeValue(value) }), reason: issue.message },
          at(),
        ),
      ];
  }
}

export function fieldPath(path: readonly PathSegment[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node: unknown = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'a text';
    case 'number':
    case 'int':
      return 'a whole number';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a map of keys and values';
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a map';
  return String(value);
}

/** The field names a strict object accepts at `path`, found by walking the schema itself. */
function knownKeys(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let node: z.core.$ZodType | undefined = schema;
  for (const segment of path) {
    node = node ? childSchema(unwrap(node), segment) : undefined;
  }
  const def = node ? unwrap(node)._zod.def : undefined;
  return def && def.type === 'object' ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

function unwrap(node: z.core.$ZodType): z.core.$ZodType {
  let current = node;
  while (current._zod.def.type === 'optional' || current._zod.def.type === 'default') {
    current = (current._zod.def as z.core.$ZodOptionalDef).innerType;
  }
  return current;
}

function childSchema(node: z.core.$ZodType, segment: PathSegment): z.core.$ZodType | undefined {
  const def = node._zod.def;
  if (def.type === 'object') return (def as z.core.$ZodObjectDef).shape[String(segment)];
  if (def.type === 'array') return (def as z.core.$ZodArrayDef).element;
  if (def.type === 'record') return (def as z.core.$ZodRecordDef).valueType;
  return undefined;
}

/**
 * The known name nearest to a typo (Levenshtein distance, ignoring case), when it is near enough to be a
 * likely slip: at most `maxDistance` edits (by default 2, or a third of a long word).
 */
export function closest(
  word: string,
  candidates: readonly string[],
  maxDistance = Math.max(2, Math.floor(word.length / 3)),
): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= maxDistance ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = above;
    }
  }
  return row[b.length] ?? 0;
}
