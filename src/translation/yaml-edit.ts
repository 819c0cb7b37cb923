// Writing translated texts into a language's YAML file without reformatting it: each changed text is
// replaced where it stands, in the style it has (a folded block stays a folded block), so comments, key
// order and the wrapping of every other text stay exactly as the translator left them. Re-serialising the
// whole document with the yaml library would re-wrap nearly every line. The result is parsed again and
// compared with what was intended before anyone writes it.
import type { Scalar } from 'yaml';
import { isScalar, parseDocument, stringify } from 'yaml';
import type { PathSegment } from '../content/yaml-source.js';
import { valueAt } from '../content/zod-issues.js';

export interface TextChange {
  readonly path: readonly PathSegment[];
  readonly value: string;
}

/** The line width folded texts are wrapped to, as in the shipped content. */
const WIDTH = 110;

/**
 * `text` with each change applied in place. Changes to a field the file does not have (or that is not a
 * text) are returned as `missing`, not applied.
 */
export function editTexts(
  text: string,
  changes: readonly TextChange[],
): { text: string; missing: TextChange[] } {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`editTexts: the file does not parse: ${doc.errors[0]?.message}`);
  const missing: TextChange[] = [];
  const splices: { start: number; end: number; replacement: string }[] = [];
  for (const change of changes) {
    const node = doc.getIn(change.path, true);
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) {
      missing.push(change);
      continue;
    }
    if (node.value === change.value) continue;
    splices.push({
      start: node.range[0],
      end: node.range[1],
      replacement: scalarText(text, node, change.value),
    });
  }
  splices.sort((a, b) => b.start - a.start);
  let edited = text;
  for (const s of splices) edited = edited.slice(0, s.start) + s.replacement + edited.slice(s.end);
  verify(
    doc.toJS() as unknown,
    edited,
    changes.filter((c) => !missing.includes(c)),
  );
  return { text: edited, missing };
}

/** The new text of a scalar, in the style of the one it replaces. */
function scalarText(text: string, node: Scalar, value: string): string {
  const block = node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL';
  if (block) {
    // A block's range ends after its last line break: a flow replacement must end the line too.
    if (!foldable(value)) return `${JSON.stringify(value)}\n`;
    const indent = blockIndent(text, node.range![0]);
    const lines = fold(value, WIDTH - indent).map((line) => ' '.repeat(indent) + line);
    return `>-\n${lines.join('\n')}\n`;
  }
  const plain = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return plain.includes('\n') ? JSON.stringify(value) : plain;
}

/** Text a folded block keeps exactly: one line, no leading, trailing or doubled spaces, no tabs. */
function foldable(value: string): boolean {
  return value !== '' && !/[\n\t]|^\s|\s$| {2}/.test(value);
}

/** The indentation of a block's content: that of its first content line, or its key's plus two. */
function blockIndent(text: string, headerStart: number): number {
  const lineStart = text.lastIndexOf('\n', headerStart - 1) + 1;
  const keyIndent = /^ */.exec(text.slice(lineStart))![0].length;
  const next = text.indexOf('\n', headerStart);
  const content = next < 0 ? '' : text.slice(next + 1, text.indexOf('\n', next + 1) >>> 0);
  const indent = /^ */.exec(content)![0].length;
  return indent > keyIndent ? indent : keyIndent + 2;
}

/** Greedy word wrap at single spaces: the breaks fold back into those spaces. */
function fold(value: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines;
}

/** The edited file must parse to the original data with exactly the changes made, or nothing is written. */
function verify(expected: unknown, edited: string, changes: readonly TextChange[]): void {
  for (const change of changes) setAt(expected, change.path, change.value);
  const doc = parseDocument(edited);
  const actual = doc.errors.length > 0 ? undefined : (doc.toJS() as unknown);
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error('editTexts: the edited file does not read back as intended (nothing was written)');
  }
}

function setAt(data: unknown, path: readonly PathSegment[], value: string): void {
  const parent = valueAt(data, path.slice(0, -1)) as Record<PathSegment, unknown>;
  parent[path[path.length - 1]!] = value;
}

/**
 * A whole language file made from the source language's file: its structure, layout and comments, with
 * each text replaced by the translation (or "" where there is none), the language set, a fallback when
 * asked, and `header` (comment lines) instead of the source file's opening comment.
 */
export function fileFromSource(options: {
  readonly sourceText: string;
  readonly language: string;
  readonly fallback?: string;
  readonly header: readonly string[];
  readonly texts: readonly TextChange[];
}): string {
  const languageLine = options.fallback
    ? `${options.language}\nfallback: ${options.fallback}`
    : options.language;
  const body = options.sourceText.replace(/^(#[^\n]*\n)+/, '');
  const doc = parseDocument(body);
  const language = doc.get('language', true);
  if (!isScalar(language) || !language.range)
    throw new Error('fileFromSource: the source file has no language line');
  // The language line first (it is not a text), then every text.
  const withLanguage = body.slice(0, language.range[0]) + languageLine + body.slice(language.range[1]);
  const { text, missing } = editTexts(withLanguage, options.texts);
  if (missing.length > 0) throw new Error(`fileFromSource: the source file lacks ${missing.length} texts`);
  return `${options.header.map((line) => `# ${line}`.trimEnd()).join('\n')}\n${text}`;
}
