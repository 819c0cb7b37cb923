// YAML parsed with positions: the parsed value plus a way back from a field path to file:line:column.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';

export type PathSegment = string | number;

export interface YamlSource {
  readonly file: string;
  readonly data: unknown;
  /** Position of the deepest node on `path`; `exact` tells whether the whole path exists in the file. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): SourcePosition & { exact: boolean };
}

export function parseYaml(file: string, text: string): { source?: YamlSource; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    // Only the first: later syntax errors are mostly echoes of it.
    const pos = lineCounter.linePos(first.pos[0]);
    const more = doc.errors.length - 1;
    return {
      diagnostics: [
        {
          severity: 'error',
          code: 'yaml-syntax',
          file,
          line: pos.line,
          column: pos.col,
          message: `is not valid YAML: ${firstLine(first.message)}`,
          hint:
            first.code === 'DUPLICATE_KEY'
              ? 'each key may appear only once in a map'
              : `check the indentation and quotes here${more > 0 ? '; the rest of this file is checked once this is fixed' : ''}`,
        },
      ],
    };
  }
  const position = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { file, line: pos.line, column: pos.col };
  };
  const locate: YamlSource['locate'] = (path, options = {}) => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    let depth = 0;
    for (const segment of path) {
      const next = childOf(node, segment);
      if (!next) break;
      node = next.value;
      keyNode = next.key;
      depth += 1;
    }
    const exact = depth === path.length;
    // A key-specific problem (unknown key) points at the key itself; a missing field at the key of the
    // map that should hold it, which is where the fix goes.
    const target = (options.key || !exact) && keyNode ? keyNode : (node ?? keyNode);
    return { ...position(rangeStart(target)), exact };
  };
  return { source: { file, data: doc.toJS(), locate }, diagnostics: [] };
}

function childOf(node: unknown, segment: PathSegment): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    return pair ? { key: pair.key, value: pair.value ?? pair.key } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? range[0] : undefined;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
