// Content nested thousands of levels deep is a mistake to report, not a stack to overflow: the reader
// stops at MAX_DEPTH levels, and the message names the file and the line where it goes too deep.
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseYaml } from '../../src/content/yaml-source.js';
import { DTS_EN, lines, loadEdited } from '../helpers/fixture.js';

/** `levels` maps inside each other, one indent deeper each, under `kit:`. */
function blockMaps(levels: number): string {
  const rows = ['language: en', 'kit:'];
  for (let i = 0; i < levels; i++) rows.push(`${' '.repeat(2 + i)}a:`);
  return `${rows.join('\n')}\n`;
}

const shapes: Record<string, (levels: number) => string> = {
  'block maps': blockMaps,
  'block lists': (levels) =>
    `language: en\nkit:\n${Array.from({ length: levels }, (_, i) => `${' '.repeat(2 + i)}-`).join('\n')}\n`,
  'flow maps': (levels) => `language: en\nkit: ${'{a: '.repeat(levels)}1${'}'.repeat(levels)}\n`,
  'flow lists': (levels) => `language: en\nkit: ${'['.repeat(levels)}1${']'.repeat(levels)}\n`,
};

describe('deeply nested content', () => {
  // Block shapes indent one more space per level: 1,500 levels stay under the 2 MB cap on content files
  // (5,000 would be 12 MB, refused for its size before it is parsed).
  it.each(Object.keys(shapes))('thousands of levels of %s: an error naming file and line, no overflow', async (shape) => {
    const text = shapes[shape]!(shape.startsWith('block') ? 1500 : 5000);
    const content = await loadEdited({ [DTS_EN]: text });
    const deep = lines(content.diagnostics).filter((l) => l.includes('nested'));
    expect(deep).toHaveLength(1);
    expect(deep[0]).toMatch(
      new RegExp(`^content/data-team-start/texts/en\\.yaml:\\d+:\\d+ error yaml-syntax {2}is nested more than ${MAX_DEPTH} levels deep`),
    );
  });

  it('points at the line where the content goes one level too deep', () => {
    // The document's map is level 1 and kit's value level 2: the MAX_DEPTHth `a:` (line 2 + MAX_DEPTH)
    // opens level MAX_DEPTH + 1.
    const result = parseYaml('en.yaml', blockMaps(200));
    expect(result.source).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ file: 'en.yaml', line: 2 + MAX_DEPTH, code: 'yaml-syntax' }]);
  });

  it('reads MAX_DEPTH levels and reports one more', () => {
    expect(parseYaml('f.yaml', blockMaps(MAX_DEPTH - 1)).source).toBeDefined();
    expect(parseYaml('f.yaml', blockMaps(MAX_DEPTH)).diagnostics[0]?.message).toContain('nested more');
    // A one-line list counts as a level too.
    const withList = (levels: number) => blockMaps(levels).replace(/a:\n$/, 'a: [x, y]\n');
    expect(parseYaml('f.yaml', withList(MAX_DEPTH - 2)).source).toBeDefined();
    expect(parseYaml('f.yaml', withList(MAX_DEPTH - 1)).diagnostics[0]?.message).toContain('nested more');
  });
});
