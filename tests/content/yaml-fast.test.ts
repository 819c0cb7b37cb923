// The fast YAML reader must agree with the `yaml` library wherever it answers: the same value, the same
// position for every field path (and for paths that miss), and it must leave every error to `yaml`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastParseYaml } from '../../src/content/yaml-fast.js';
import type { PathSegment, YamlSource } from '../../src/content/yaml-source.js';
import { parseWithYaml, parseYaml } from '../../src/content/yaml-source.js';

const ROOT = path.join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => path.join(e.parentPath, e.name));
}

const files = [...yamlFiles(path.join(ROOT, 'content')), ...yamlFiles(path.join(ROOT, 'tests', 'fixtures'))];

/** Every path in the value, and for each map and list one path that is not there. */
function pathsOf(data: unknown, at: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(at);
  if (Array.isArray(data)) {
    data.forEach((item, i) => pathsOf(item, [...at, i], out));
    out.push([...at, data.length]);
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) pathsOf(value, [...at, key], out);
    out.push([...at, 'notThere'], [...at, 'notThere', 'deeper']);
  }
  return out;
}

function locations(source: YamlSource): unknown[] {
  return pathsOf(source.data).flatMap((p) => [source.locate(p), source.locate(p, { key: true })]);
}

/** What `parseYaml` gives, compared with `yaml` alone: diagnostics, value and every location. */
function expectSameAsYaml(text: string): void {
  const ours = parseYaml('f.yaml', text);
  const reference = parseWithYaml('f.yaml', text);
  expect(ours.diagnostics).toEqual(reference.diagnostics);
  expect(ours.source?.data).toEqual(reference.source?.data);
  if (ours.source && reference.source) expect(locations(ours.source)).toEqual(locations(reference.source));
}

describe('the fast YAML reader', () => {
  it('reads every shipped content file and fixture, exactly as yaml does', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(fastParseYaml(text), file).toBeDefined();
      expectSameAsYaml(text);
    }
  });

  const fast = [
    'a: 1',
    'a: 0',
    'a: ~',
    'a: null',
    'a: True',
    'a: yes',
    'a: 2026-11-25',
    'a: 1.0.0',
    'a: "2026-11-25"',
    "a: 'it''s'",
    'a: "a # b"',
    'a: a # b',
    'a: a#b',
    'a: http://example.org/x',
    'a: café ‘x’ 😀',
    'a:   # comment\nb: 2',
    'a:   \nb: 2',
    'a:\n  # comment\n  b: 1',
    'a:\n- x\n- y\nb: 1',
    'a:\n  -   x\n  -   y',
    '- a: 1\n  b: 2\n- a: 3',
    '-   a: 1\n    b: 2',
    'a: [x, 1, null]',
    'a: [ x , y ] # c',
    'a: []',
    'a: b\n  # c\nd: e',
    'a: >-\n  x\n  y\n\n  z',
    'a: >\n  x\n  y',
    'a: |\n  x\n\n\n  y\n\n',
    'a: |-\n  x\n  y',
    'a: >-\n  # not a comment\n  y',
    'a: >-\n  x\n# c\nb: 1',
    'a: >-\n  x\n  \n  y',
    'a:\n  - >-\n    x\n  - y',
    'a: 1\n\n\n',
    'a:\n  b:\n  c: 1',
  ];
  it.each(fast)('reads %j itself, as yaml does', (text) => {
    expect(fastParseYaml(text)).toBeDefined();
    expectSameAsYaml(text);
  });

  const leftToYaml = [
    'a: -1',
    'a: 01',
    'a: 1.5',
    'a: 0x1F',
    'a: .inf',
    'a: 123456789012345678',
    'a: "x\\ny"',
    'a: a: b',
    'a: b\n  c',
    'a:\n  b: 1\n c: 2',
    'a: 1\na: 2',
    'a: >-\n  x\n   y',
    'a: >-\n  x \n  y',
    'a: >-\n\n  x',
    'a: >2\n  x',
    'a: > # c\n  x',
    'a: &x b',
    'a: !t b',
    'a: {b: 1}',
    'a: [x, [y]]',
    'a: [x, ]',
    '"a": 1',
    'a b: 1',
    'true: x',
    '__proto__: x',
    '',
    'a',
    '---\na: 1',
    'a: "x',
    'a: "x"y',
    'a:\n\tb: 1',
    'a: 1\r\nb: 2',
  ];
  it.each(leftToYaml)('leaves %j to yaml', (text) => {
    expect(fastParseYaml(text)).toBeUndefined();
    expectSameAsYaml(text);
  });

  it('agrees with yaml on thousands of mutated pieces of the content files', () => {
    let seed = 20261125;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['', ' ', ':', ': ', '#', ' #', '- ', '"', "'", '\n', '\n  ', '>', '>-', '|', '[', ']', ',', 'x', '0'];
    const sources = files.map((f) => readFileSync(f, 'utf8').split('\n'));
    let readFast = 0;
    for (let run = 0; run < 1500; run++) {
      const lines = sources[random(sources.length)] as string[];
      const from = random(lines.length);
      const window = lines.slice(from, from + 5 + random(30));
      const indent = Math.min(...window.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
      let text = window.map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))).join('\n');
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length + 1);
        if (random(2) === 0) text = text.slice(0, at) + text.slice(at + 1 + random(3));
        else text = text.slice(0, at) + (pieces[random(pieces.length)] as string) + text.slice(at);
      }
      if (fastParseYaml(text)) readFast += 1;
      expectSameAsYaml(text);
    }
    // The comparison means something only if the fast reader took a fair share of the cases.
    expect(readFast).toBeGreaterThan(150);
  });
});

describe('aliases', () => {
  it('an alias without its anchor is a diagnostic at the alias, not a crash', () => {
    const { source, diagnostics } = parseYaml('nl.yaml', 'meta:\n  title: Start\n  subtitle: *missing\n');
    expect(source).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', file: 'nl.yaml', line: 3, column: 13 });
    expect(diagnostics[0]?.message).toContain('alias');
  });

  it('an alias with its anchor reads as the anchored value', () => {
    const { source } = parseYaml('nl.yaml', 'a: &name Start\nb: *name\n');
    expect(source?.data).toEqual({ a: 'Start', b: 'Start' });
  });
});

describe('composed texts', () => {
  it('gives every text in composed form (NFC), by either reader, positions unchanged', () => {
    const decomposed = 'e\u0301e\u0301n'; // "één" typed as letters plus combining accents
    for (const text of [`title: ${decomposed}\n`, `title: ${decomposed}\nlist: &a [x]\n`]) {
      const { source } = parseYaml('nl.yaml', text);
      expect((source?.data as { title: string }).title).toBe('\u00e9\u00e9n');
      expect(source?.locate(['title'])).toMatchObject({ line: 1, column: 8 });
    }
  });
});
