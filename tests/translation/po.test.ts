// PO files out and back: what a translation tool gets, and what dts reads from what it returns.
import { describe, expect, it } from 'vitest';
import { readPo, writePo } from '../../src/translation/po.js';
import { textUnits } from '../../src/translation/units.js';

const source = {
  language: 'nl',
  kit: { title: 'Titel', subtitle: 'Een "ondertitel"\nop twee regels' },
  steps: ['Een', 'Twee'],
};
const target = { language: 'de', kit: { title: 'Titel DE', subtitle: '' }, steps: ['Eins', 'Zwei'] };
const units = textUnits(source);

function exported(record?: Record<string, string>) {
  return writePo({
    kit: 'data-team-start',
    version: '1.0.0',
    sourceLanguage: 'nl',
    language: 'de',
    sourceFile: 'content/data-team-start/texts/nl.yaml',
    units,
    target,
    ...(record ? { record: { language: 'de', sourceLanguage: 'nl', texts: record } } : {}),
    reference: (unit) => `content/data-team-start/texts/nl.yaml:${units.indexOf(unit) + 3}`,
  });
}

describe('textUnits', () => {
  it('lists every text but the header, by field path, in file order', () => {
    expect(units.map((u) => u.key)).toEqual(['kit.title', 'kit.subtitle', 'steps[0]', 'steps[1]']);
  });
});

describe('writePo and readPo', () => {
  it('write one entry per text (msgctxt = field path) that reads back as it was written', () => {
    const text = exported();
    expect(text).toContain('"X-Dts-Kit: data-team-start\\n"');
    expect(text).toContain(
      '#: content/data-team-start/texts/nl.yaml:3\nmsgctxt "kit.title"\nmsgid "Titel"\nmsgstr "Titel DE"\n',
    );
    const read = readPo('de.po', text);
    expect(read.diagnostics).toEqual([]);
    expect(read).toMatchObject({ kit: 'data-team-start', language: 'de', sourceLanguage: 'nl' });
    expect(
      read.entries.map(({ key, source, translation, fuzzy }) => ({ key, source, translation, fuzzy })),
    ).toEqual([
      { key: 'kit.title', source: 'Titel', translation: 'Titel DE', fuzzy: false },
      { key: 'kit.subtitle', source: 'Een "ondertitel"\nop twee regels', translation: '', fuzzy: false },
      { key: 'steps[0]', source: 'Een', translation: 'Eins', fuzzy: false },
      { key: 'steps[1]', source: 'Twee', translation: 'Zwei', fuzzy: false },
    ]);
    // Each entry knows its line, for messages about it.
    const lines = text.split('\n');
    for (const entry of read.entries) expect(lines[entry.line - 1]).toBe(`msgctxt "${entry.key}"`);
  });

  it('mark an outdated translation fuzzy, with the source text it was made from as the previous msgid', () => {
    const text = exported({ 'kit.title': 'Oude "titel"', 'steps[0]': 'Een' });
    expect(text).toContain('#, fuzzy\n#| msgid "Oude \\"titel\\""\nmsgctxt "kit.title"');
    const read = readPo('de.po', text);
    expect(read.entries.filter((e) => e.fuzzy).map((e) => e.key)).toEqual(['kit.title']);
  });

  it('are the same bytes for the same texts', () => {
    expect(exported()).toBe(exported());
  });
});

describe('readPo on a broken file', () => {
  it('names the line of a syntax error', () => {
    const read = readPo('de.po', 'msgid ""\nmsgstr ""\n\nmsgctxt "a"\nmsgid x"\nmsgstr "y"\n');
    expect(read.diagnostics).toHaveLength(1);
    expect(read.diagnostics[0]).toMatchObject({ file: 'de.po', line: 5, code: 'translation-file' });
    expect(read.diagnostics[0]?.message).toMatch(/^is not a valid PO file: Invalid key name "x"\. /);
  });

  it('reads a file without the kit and language headers, leaving them to the import to find', () => {
    const read = readPo('de.po', 'msgid ""\nmsgstr ""\n\nmsgctxt "a"\nmsgid "x"\nmsgstr "y"\n');
    expect(read.diagnostics).toEqual([]);
    expect(read).not.toHaveProperty('kit');
    expect(read).not.toHaveProperty('language');
    expect(read.entries).toMatchObject([{ key: 'a', translation: 'y' }]);
  });

  it('rejects an entry without msgctxt, at its line', () => {
    const text = `${exported()}\nmsgid "los"\nmsgstr "lose"\n`;
    const read = readPo('de.po', text);
    expect(read.diagnostics.map((d) => d.message)).toEqual([
      'has an entry without msgctxt (expected the field path of each text as its msgctxt, as dts translate export writes it)',
    ]);
  });
});
