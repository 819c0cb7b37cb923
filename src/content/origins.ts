// Where every text of a localised kit was written: by dotted field path, the file, line and column.
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { PathSegment, YamlCursor, YamlSource } from './yaml-source.js';

/**
 * Walks the texts once, with one cursor per source file (this language's first, then its fallbacks),
 * instead of locating each of the ~1000 fields from the top of every file. A text found in no file
 * (which validation rules out) gets what `locate` says.
 */
export function originsOf(
  texts: unknown,
  sources: readonly YamlSource[],
  locate: (path: readonly PathSegment[]) => SourcePosition,
): Record<string, SourcePosition> {
  const origins: Record<string, SourcePosition> = {};
  const path: PathSegment[] = [];
  const walk = (node: unknown, field: string, cursors: readonly (YamlCursor | undefined)[]) => {
    if (typeof node === 'string') {
      const found = cursors.find((c) => c !== undefined);
      origins[field] = found ? found.position() : locate([...path]);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const entries: [PathSegment, unknown][] = Array.isArray(node) ? node.map((item, i) => [i, item]) : Object.entries(node);
    for (const [segment, value] of entries) {
      path.push(segment);
      const name = typeof segment === 'number' ? `${field}[${segment}]` : path.length === 1 ? segment : `${field}.${segment}`;
      walk(
        value,
        name,
        cursors.map((c) => c?.child(segment)),
      );
      path.pop();
    }
  };
  walk(
    texts,
    '',
    sources.map((s) => s.root),
  );
  return origins;
}
