// Comparing a language's texts with the source language's, and filling gaps from a fallback language.
import type { PathSegment } from './yaml-source.js';

export interface TextGap {
  readonly kind: 'missing' | 'extra-item';
  readonly path: readonly PathSegment[];
}

type Tree = Record<string, unknown> | unknown[];
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null;
const isMap = (v: unknown): v is Record<string, unknown> => isTree(v) && !Array.isArray(v);

/**
 * What `target` lacks compared with `source` (a whole missing subtree is one gap), and list items it has
 * beyond the source's. Keys that only the target has are left to the schema and the id checks.
 */
export function findTextGaps(source: unknown, target: unknown, skip: ReadonlySet<string>): TextGap[] {
  const gaps: TextGap[] = [];
  const walk = (s: unknown, t: unknown, path: PathSegment[]) => {
    if (Array.isArray(s)) {
      if (!Array.isArray(t)) {
        if (t === undefined || t === null) gaps.push({ kind: 'missing', path });
        return;
      }
      s.forEach((item, i) => walk(item, t[i], [...path, i]));
      for (let i = s.length; i < t.length; i++) gaps.push({ kind: 'extra-item', path: [...path, i] });
      return;
    }
    if (isMap(s)) {
      if (!isMap(t)) {
        if (t === undefined || t === null) gaps.push({ kind: 'missing', path });
        return;
      }
      for (const [key, value] of Object.entries(s)) {
        if (path.length === 0 && skip.has(key)) continue;
        walk(value, t[key], [...path, key]);
      }
      return;
    }
    if (t === undefined || t === null || (typeof t === 'string' && t.trim() === '' && typeof s === 'string')) {
      gaps.push({ kind: 'missing', path });
    }
  };
  walk(source, target, []);
  return gaps;
}

/** `target` with every gap filled from `fallback`: maps merge by key, lists by position. */
export function fillFrom(fallback: unknown, target: unknown): unknown {
  if (target === undefined || target === null) return fallback;
  // An empty text is an untranslated one: the fallback fills it like a missing one.
  if (typeof target === 'string' && target.trim() === '' && typeof fallback === 'string') return fallback;
  if (Array.isArray(fallback) && Array.isArray(target)) {
    const length = Math.max(fallback.length, target.length);
    return Array.from({ length }, (_, i) => fillFrom(fallback[i], target[i]));
  }
  if (isMap(fallback) && isMap(target)) {
    const merged: Record<string, unknown> = { ...fallback };
    for (const [key, value] of Object.entries(target)) merged[key] = fillFrom(fallback[key], value);
    return merged;
  }
  return target;
}
