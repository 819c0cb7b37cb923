// Origins: for every text, the first file (this language's, then its fallbacks') that has the field.
import { describe, expect, it } from 'vitest';
import { originsOf } from '../../src/content/origins.js';
import { fieldPath } from '../../src/content/zod-issues.js';
import type { PathSegment, YamlSource } from '../../src/content/yaml-source.js';
import { parseYaml } from '../../src/content/yaml-source.js';

const en = ['language: en', 'kit:', '  title: Kit', 'steps:', '  - One', '  - >-', '    Two', ''].join('\n');
const nl = ['language: nl', 'kit:', '  title: Kit', '  subtitle: Onder', 'steps:', '  - Een', '  - Twee', '  - Drie', ''].join(
  '\n',
);
const merged = { language: 'en', kit: { title: 'Kit', subtitle: 'Onder' }, steps: ['One', 'Two', 'Drie'] };

function stringPaths(node: unknown, at: PathSegment[] = []): PathSegment[][] {
  if (typeof node === 'string') return [at];
  if (Array.isArray(node)) return node.flatMap((item, i) => stringPaths(item, [...at, i]));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => stringPaths(v, [...at, k]));
  return [];
}

/** What the loader did before the single walk: locate every field in each file, the first exact hit wins. */
function locateEach(sources: readonly YamlSource[]) {
  return Object.fromEntries(
    stringPaths(merged).map((p) => {
      const hit = sources.map((s) => s.locate(p)).find((at) => at.exact);
      const { exact, ...at } = hit ?? (sources[0] as YamlSource).locate(p);
      return [fieldPath(p), at];
    }),
  );
}

describe('origins of a localised kit', () => {
  it("point at this language's file, else at the fallback's", () => {
    const sources = [parseYaml('en.yaml', en).source, parseYaml('nl.yaml', nl).source] as YamlSource[];
    const origins = originsOf(merged, sources, (p) => (sources[0] as YamlSource).locate(p));
    expect(origins).toEqual(locateEach(sources));
    expect(origins['steps[1]']).toEqual({ file: 'en.yaml', line: 6, column: 5 });
    expect(origins['steps[2]']).toEqual({ file: 'nl.yaml', line: 8, column: 5 });
    expect(origins['kit.subtitle']).toEqual({ file: 'nl.yaml', line: 4, column: 13 });
  });

  it('asks the locator for a text that no file has', () => {
    const sources = [parseYaml('en.yaml', 'language: en\n').source] as YamlSource[];
    const origins = originsOf({ language: 'en', extra: 'x' }, sources, () => ({ file: 'elsewhere', line: 9, column: 9 }));
    expect(origins).toEqual({ language: { file: 'en.yaml', line: 1, column: 11 }, extra: { file: 'elsewhere', line: 9, column: 9 } });
  });
});
