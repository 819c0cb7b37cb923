// YAML parsed with positions: the parsed value plus a way back from a field path to file:line:column.
// One reader, the `yaml` library: its parser and composer, with the depth checked between the two.
import type * as Yaml from 'yaml';
import { Composer, isMap, isScalar, isSeq, LineCounter, Parser, visit, YAMLParseError } from 'yaml';
import type { Node } from 'yaml';
import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';
import type { Where } from '../diagnostics/messages.js';
import { diagnostic } from '../diagnostics/messages.js';

/**
 * Content holds maps and lists a few levels deep; deeper is a mistake, and thousands of levels would
 * overflow the stack of the recursive composer. Deeper files are reported instead.
 */
export const MAX_DEPTH = 64;

export type PathSegment = string | number;

export interface YamlSource {
  readonly file: string;
  readonly data: unknown;
  /** Position of the deepest node on `path`; `exact` tells whether the whole path exists in the file. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): SourcePosition & { exact: boolean };
  /** The top node, for walks that go down field by field (cheaper than `locate` from the top each time). */
  readonly root: YamlCursor;
}

/** A node of the file: its children by key or index, and where its value starts (as `locate` gives it). */
export interface YamlCursor {
  child(segment: PathSegment): YamlCursor | undefined;
  position(): SourcePosition;
}

/** A node on the way down a path: where its key and its value start. */
interface Step<N> {
  readonly key?: number;
  readonly node: N;
}

export function parseYaml(file: string, text: string): { source?: YamlSource; diagnostics: Diagnostic[] } {
  const parsed = parseWithYaml(file, text);
  return parsed.source ? { ...parsed, source: { ...parsed.source, data: composed(parsed.source.data) } } : parsed;
}

/**
 * Every text in composed form (Unicode NFC): "é" as one character, however the editor saved it. Measuring
 * and drawing set each character's own glyph, without the font's mark positioning, so an accent typed as a
 * separate combining mark is composed with its letter first.
 */
function composed(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = composed(value[i]);
    return value;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = composed(record[key]);
  }
  return value;
}

/** The file as the `yaml` library reads it, its texts as they are in the file (parseYaml composes them). */
function parseWithYaml(file: string, text: string): { source?: YamlSource; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  // As `parseDocument` does, with the depth checked between the two steps: the parser keeps its own
  // stack, but composing recurses, and thousands of levels would overflow it.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = tooDeep(tokens);
  // A syntax error at a place in the text: the file's only diagnostic.
  const syntaxError = (offset: number, error: (where: Where) => Diagnostic) => {
    const pos = lineCounter.linePos(offset);
    return { diagnostics: [error({ file, line: pos.line, column: pos.col })] };
  };
  if (deep !== undefined)
    return syntaxError(deep, (where) => diagnostic('yaml-syntax/too-deep', { max: MAX_DEPTH }, where));
  let doc: Yaml.Document.Parsed | undefined;
  for (const next of new Composer({ uniqueKeys: true }).compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      const range: [number, number] = [next.range[0], next.range[1]];
      doc.errors.push(new YAMLParseError(range, 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  if (!doc) throw new Error('yaml composed no document'); // compose(…, true) always ends with one
  const first = doc.errors[0];
  if (first) {
    // Only the first: later syntax errors are mostly echoes of it.
    const more = doc.errors.length - 1;
    return syntaxError(first.pos[0], (where) =>
      diagnostic(
        'yaml-syntax/invalid',
        { reason: firstLine(first.message), duplicateKey: first.code === 'DUPLICATE_KEY', more },
        where,
      ),
    );
  }
  const position = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { file, line: pos.line, column: pos.col };
  };
  const child = (node: unknown, segment: PathSegment): Step<unknown> | undefined => {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      return pair ? { key: rangeStart(pair.key), node: pair.value ?? pair.key } : undefined;
    }
    if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      return item === undefined ? undefined : { node: item };
    }
    return undefined;
  };
  const locate = locator<unknown>(doc.contents, child, rangeStart, position);
  const root = cursor<unknown>(doc.contents, child, rangeStart, position);
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // Aliases are resolved only here: one without its anchor (or too many of them) is the writer's error.
    let at: number | undefined;
    visit(doc, {
      Alias(_, node) {
        if (!node.resolve(doc)) {
          at = node.range?.[0];
          return visit.BREAK;
        }
        return undefined;
      },
    });
    const pos = position(at);
    return {
      diagnostics: [diagnostic('yaml-syntax/alias', { reason: firstLine((error as Error).message) }, pos)],
    };
  }
  return { source: { file, data, locate, root }, diagnostics: [] };
}

/** Where the first map or list deeper than MAX_DEPTH starts, walking the parser's tokens without recursion. */
function tooDeep(tokens: readonly Yaml.CST.Token[]): number | undefined {
  const stack: [Yaml.CST.Token | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [Yaml.CST.Token | undefined, number];
    if (!token) continue;
    if (token.type === 'document') stack.push([token.value, depth]);
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > MAX_DEPTH) return token.offset;
      for (const item of token.items) {
        if ('key' in item) stack.push([item.key ?? undefined, depth + 1]);
        stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

/** The shared walk down a path, over either reader's nodes. */
function locator<N>(
  root: N,
  child: (node: N, segment: PathSegment) => Step<N> | undefined,
  start: (node: N) => number | undefined,
  position: (offset: number | undefined) => SourcePosition,
): YamlSource['locate'] {
  return (path, options = {}) => {
    let node: N | undefined = root;
    let key: number | undefined;
    let depth = 0;
    for (const segment of path) {
      const next: Step<N> | undefined = node === undefined ? undefined : child(node, segment);
      if (!next) break;
      node = next.node;
      key = next.key;
      depth += 1;
    }
    const exact = depth === path.length;
    // A key-specific problem (unknown key) points at the key itself; a missing field at the key of the
    // map that should hold it, which is where the fix goes.
    const offset = (options.key || !exact) && key !== undefined ? key : node === undefined ? undefined : start(node);
    return { ...position(offset), exact };
  };
}

function cursor<N>(
  node: N,
  child: (node: N, segment: PathSegment) => Step<N> | undefined,
  start: (node: N) => number | undefined,
  position: (offset: number | undefined) => SourcePosition,
): YamlCursor {
  return {
    child: (segment) => {
      const next = child(node, segment);
      return next && cursor(next.node, child, start, position);
    },
    position: () => position(start(node)),
  };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? range[0] : undefined;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
