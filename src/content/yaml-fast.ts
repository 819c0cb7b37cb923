// A fast reader for the plain subset of YAML that content files are written in: block maps and lists,
// plain, quoted and folded/literal texts, one-line flow lists, comments. It gives the same value as the
// `yaml` library and each node's start offset (where `yaml` puts the node's range). Anything outside
// the subset, and anything `yaml` would warn or fail on, returns undefined: the caller then parses with
// `yaml`, which is the reference for every diagnostic. Running `yaml` on every file cost a third of
// `dts check`; tests/content/yaml-fast.test.ts compares the two on the shipped content and on mutations.

export type FastNode =
  | { readonly kind: 'map'; readonly start: number; readonly entries: ReadonlyMap<string, FastEntry> }
  | { readonly kind: 'seq'; readonly start: number; readonly items: readonly FastNode[] }
  | { readonly kind: 'scalar'; readonly start: number };

export interface FastEntry {
  readonly keyStart: number;
  readonly value: FastNode;
}

export interface FastParse {
  readonly data: unknown;
  readonly root: FastNode;
}

/** Thrown inside the parser when the text leaves the subset; never escapes `fastParseYaml`. */
class Unsupported extends Error {}

// Characters that make `yaml` read the text differently (tabs, carriage returns, control and
// line-separator characters, a byte-order mark): such files take the reference path.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNUSUAL = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
// Sticky: matched at a column of a line, without cutting the line.
const KEY = /([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/y;
// A plain text may not start with an indicator; `-`, `?` and `:` are allowed there when not followed by a
// space, but such texts are rare enough to leave to `yaml`.
const INDICATOR = new Set("-?:,[]{}#&*!|>'\"%@`");
const FLOW_ITEM = /^[A-Za-z0-9_][A-Za-z0-9_. -]*$/;
const SIMPLE_INT = /^(?:0|[1-9][0-9]{0,14})$/;
// The YAML 1.2 core schema's numbers other than simple integers (see yaml/dist/schema/core).
const OTHER_NUMBER =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const BOOLS = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);
/** `yaml` refuses implicit keys longer than this. */
const MAX_KEY = 1024;
/**
 * Content holds maps and lists a few levels deep; deeper is a mistake, and thousands of levels would
 * overflow the stack of a recursive reader. Deeper files go to the reference path, which reports them.
 */
export const MAX_DEPTH = 64;

export function fastParseYaml(text: string): FastParse | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

interface Value {
  readonly data: unknown;
  readonly node: FastNode;
}

class Reader {
  private readonly lines: string[];
  private readonly starts: number[];
  /** Leading spaces of each line. */
  private readonly indents: number[];
  /** The line being read. */
  private at = 0;
  /** Maps and lists open around the one being read. */
  private depth = 0;

  constructor(text: string) {
    this.lines = text.split('\n');
    this.starts = new Array<number>(this.lines.length);
    this.indents = new Array<number>(this.lines.length);
    let offset = 0;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i] as string;
      let indent = 0;
      while (line.charCodeAt(indent) === 32) indent += 1;
      this.starts[i] = offset;
      this.indents[i] = indent;
      offset += line.length + 1;
    }
  }

  document(): FastParse {
    for (const line of this.lines) {
      // Directives and document markers.
      if (line.startsWith('%') || line.startsWith('---') || line.startsWith('...')) throw new Unsupported();
    }
    this.skipInsignificant();
    if (this.at >= this.lines.length || this.indent(this.at) !== 0) throw new Unsupported();
    const value = this.block(0);
    this.skipInsignificant();
    if (this.at < this.lines.length) throw new Unsupported();
    return { data: value.data, root: value.node };
  }

  /** A map or list that starts at `column` of the current line. */
  private block(column: number): Value {
    const line = this.line(this.at);
    if (isSeqItem(line, column)) return this.seq(column);
    if (keyAt(line, column)) return this.map(column);
    throw new Unsupported();
  }

  private map(indent: number): Value {
    this.enter();
    const data: Record<string, unknown> = {};
    const entries = new Map<string, FastEntry>();
    const start = this.offset(this.at, indent);
    let column = indent;
    for (;;) {
      const line = this.line(this.at);
      const match = keyAt(line, column);
      if (!match) throw new Unsupported();
      const key = match[1] as string;
      if (key.length > MAX_KEY || key === '__proto__' || NULLS.has(key) || BOOLS.has(key) || entries.has(key)) {
        throw new Unsupported();
      }
      const keyStart = this.offset(this.at, column);
      const valueColumn = column + match[0].length;
      const value = this.mapValue(valueColumn, indent);
      data[key] = value.data;
      entries.set(key, { keyStart, value: value.node });
      this.skipInsignificant();
      if (this.at >= this.lines.length) break;
      const next = this.indent(this.at);
      if (next < indent) break;
      if (next > indent || isSeqItem(this.line(this.at), next)) throw new Unsupported();
      column = indent;
    }
    this.depth -= 1;
    return { data, node: { kind: 'map', start, entries } };
  }

  /** The value after `key:`; `column` is where it starts on the key's line (past the spaces). */
  private mapValue(column: number, indent: number): Value {
    const line = this.line(this.at);
    if (column < line.length && line[column] !== '#') return this.inline(column, indent);
    if (column < line.length && line[column - 1] !== ' ') throw new Unsupported();
    // Nothing after the colon: a nested block on the next lines, or an empty value.
    const emptyAt = this.offset(this.at, column);
    this.at += 1;
    this.skipInsignificant();
    if (this.at < this.lines.length) {
      const next = this.indent(this.at);
      if (next > indent) return this.block(next);
      if (next === indent && isSeqItem(this.line(this.at), next)) return this.seq(next);
    }
    return { data: null, node: { kind: 'scalar', start: emptyAt } };
  }

  private seq(indent: number): Value {
    this.enter();
    const data: unknown[] = [];
    const items: FastNode[] = [];
    const start = this.offset(this.at, indent);
    for (;;) {
      const line = this.line(this.at);
      let column = indent + 1;
      while (line[column] === ' ') column += 1;
      if (column >= line.length || column === indent + 1) throw new Unsupported();
      const value = keyAt(line, column) ? this.map(column) : this.inline(column, indent);
      data.push(value.data);
      items.push(value.node);
      this.skipInsignificant();
      if (this.at >= this.lines.length) break;
      const next = this.indent(this.at);
      if (next < indent) break;
      if (next > indent) throw new Unsupported();
      if (!isSeqItem(this.line(this.at), next)) break; // a map key after a list at its key's indent
    }
    this.depth -= 1;
    return { data, node: { kind: 'seq', start, items } };
  }

  private enter(): void {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) throw new Unsupported();
  }

  /** A value that starts on the current line at `column`; `indent` is its parent's indentation. */
  private inline(column: number, indent: number): Value {
    const line = this.line(this.at);
    const start = this.offset(this.at, column);
    const first = line[column];
    let data: unknown;
    let end: number;
    if (first === '>' || first === '|') {
      const value = this.blockScalar(column, indent);
      return { data: value, node: { kind: 'scalar', start } };
    } else if (first === '"') {
      end = line.indexOf('"', column + 1);
      if (end < 0) throw new Unsupported();
      data = line.slice(column + 1, end);
      if ((data as string).includes('\\')) throw new Unsupported();
      end += 1;
    } else if (first === "'") {
      let text = '';
      let i = column + 1;
      for (;;) {
        const quote = line.indexOf("'", i);
        if (quote < 0) throw new Unsupported();
        text += line.slice(i, quote);
        if (line[quote + 1] === "'") {
          text += "'";
          i = quote + 2;
        } else {
          end = quote + 1;
          break;
        }
      }
      data = text;
    } else if (first === '[') {
      // A one-line list is a level too.
      if (this.depth + 1 > MAX_DEPTH) throw new Unsupported();
      const value = this.flowSeq(line, column);
      data = value.data;
      end = value.end;
      const node: FastNode = { kind: 'seq', start, items: value.items };
      this.endOfValue(line, end, indent);
      return { data, node };
    } else {
      if (INDICATOR.has(first as string)) throw new Unsupported();
      const comment = line.indexOf(' #', column);
      end = comment < 0 ? line.length : comment;
      const text = line.slice(column, end).trimEnd();
      if (text.includes(': ') || text.endsWith(':')) throw new Unsupported();
      data = plainValue(text);
    }
    this.endOfValue(line, end, indent);
    return { data, node: { kind: 'scalar', start } };
  }

  /** After a one-line value: only spaces and a comment; the next content line may not continue it. */
  private endOfValue(line: string, end: number, indent: number): void {
    let i = end;
    while (line[i] === ' ') i += 1;
    if (i < line.length && (line[i] !== '#' || i === end)) throw new Unsupported();
    this.at += 1;
    // A more indented line would continue a multi-line text, or be an error: both are `yaml`'s.
    for (let n = this.at; n < this.lines.length; n++) {
      const text = this.line(n);
      const lead = this.indent(n);
      if (lead === text.length || text[lead] === '#') continue;
      if (lead > indent) throw new Unsupported();
      break;
    }
  }

  private flowSeq(line: string, column: number): { data: unknown[]; items: FastNode[]; end: number } {
    const close = line.indexOf(']', column);
    if (close < 0) throw new Unsupported();
    const inner = line.slice(column + 1, close);
    const data: unknown[] = [];
    const items: FastNode[] = [];
    if (inner.trim() !== '') {
      let offset = column + 1;
      for (const part of inner.split(',')) {
        const text = part.trim();
        if (!FLOW_ITEM.test(text)) throw new Unsupported();
        const lead = part.length - part.trimStart().length;
        data.push(plainValue(text));
        items.push({ kind: 'scalar', start: this.offset(this.at, offset + lead) });
        offset += part.length + 1;
      }
    }
    return { data, items, end: close + 1 };
  }

  /** `>`, `>-`, `|` or `|-` and the lines under it, each at the same indentation. */
  private blockScalar(column: number, indent: number): string {
    const header = this.line(this.at).slice(column).trimEnd();
    if (header.length > 2 || (header.length === 2 && header[1] !== '-')) throw new Unsupported();
    const folded = header[0] === '>';
    const strip = header.length === 2;
    this.at += 1;
    const first = this.at;
    if (first >= this.lines.length) throw new Unsupported();
    const contentIndent = this.indent(first);
    const firstLine = this.line(first);
    if (contentIndent <= indent || contentIndent === firstLine.length) throw new Unsupported();
    const parts: string[] = [];
    let blanks = 0;
    let n = first;
    for (; n < this.lines.length; n++) {
      const text = this.line(n);
      const lead = this.indent(n);
      if (lead === text.length) {
        // An empty line; spaces beyond the content's indentation would be content.
        if (lead > contentIndent) throw new Unsupported();
        blanks += 1;
        continue;
      }
      if (lead < contentIndent) break;
      if (lead > contentIndent || text.endsWith(' ')) throw new Unsupported();
      if (parts.length > 0) parts.push(folded ? (blanks > 0 ? '\n'.repeat(blanks) : ' ') : '\n'.repeat(blanks + 1));
      parts.push(text.slice(contentIndent));
      blanks = 0;
    }
    this.at = n;
    // Clipping keeps one line break, even at the end of a file without one (as `yaml` does).
    return parts.join('') + (strip ? '' : '\n');
  }

  private skipInsignificant(): void {
    while (this.at < this.lines.length) {
      const text = this.line(this.at);
      const lead = this.indent(this.at);
      if (lead < text.length && text[lead] !== '#') return;
      this.at += 1;
    }
  }

  private line(n: number): string {
    return this.lines[n] as string;
  }

  private indent(n: number): number {
    return this.indents[n] as number;
  }

  private offset(n: number, column: number): number {
    return (this.starts[n] as number) + column;
  }
}

function isSeqItem(line: string, column: number): boolean {
  return line[column] === '-' && (line.length === column + 1 || line[column + 1] === ' ');
}

function keyAt(line: string, column: number): RegExpExecArray | null {
  KEY.lastIndex = column;
  return KEY.exec(line);
}

/** A plain text's value under the YAML 1.2 core schema. */
function plainValue(text: string): unknown {
  if (NULLS.has(text)) return null;
  const bool = BOOLS.get(text);
  if (bool !== undefined) return bool;
  if (SIMPLE_INT.test(text)) return Number(text);
  if (OTHER_NUMBER.test(text)) throw new Unsupported();
  return text;
}
