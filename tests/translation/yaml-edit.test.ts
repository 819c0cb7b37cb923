// Imported translations are written into the translator's file in place: every other byte stays.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editTexts, fileFromSource } from '../../src/translation/yaml-edit.js';

const CONTENT = path.join(import.meta.dirname, '..', '..', 'content', 'data-team-start', 'texts');
const en = readFileSync(path.join(CONTENT, 'en.yaml'), 'utf8');
const nl = readFileSync(path.join(CONTENT, 'nl.yaml'), 'utf8');

/** The lines of `b` that differ from `a` (same line count assumed where it holds). */
function changedLines(a: string, b: string): string[] {
  const x = a.split('\n');
  const y = b.split('\n');
  return y.filter((line, i) => line !== x[i]);
}

describe('editTexts', () => {
  it('changes only the lines of the changed text, keeping a folded block folded and every comment', () => {
    const intro =
      'A new introduction, long enough to be folded over more than one line of the file: it goes on and on and on until it has to wrap.';
    const { text, missing } = editTexts(en, [
      { path: ['kit', 'title'], value: 'Data Team Start (new)' },
      { path: ['introduction', 'team'], value: intro },
    ]);
    expect(missing).toEqual([]);
    const data = parse(text) as { kit: { title: string }; introduction: { team: string } };
    expect(data.kit.title).toBe('Data Team Start (new)');
    expect(data.introduction.team).toBe(intro);
    expect(text).toContain('  team: >-\n    A new introduction');
    // Everything before the intro and after it is byte for byte the old file.
    const [before] = en.split('  team: >-');
    expect(
      text.startsWith(before!.replace('title: Data Team Start\n', 'title: Data Team Start (new)\n')),
    ).toBe(true);
    const after = en.slice(en.indexOf('  facilitators:'));
    expect(text.endsWith(after)).toBe(true);
    expect(text.split('\n').filter((l) => l.startsWith('#'))).toEqual(
      en.split('\n').filter((l) => l.startsWith('#')),
    );
  });

  it('quotes what plain YAML cannot hold, and keeps a text exactly (spaces, line breaks, quotes)', () => {
    const values = [
      'Key: value # not a comment',
      '  leading and double  spaces ',
      'two\nlines "quoted" \\ back',
      "it's",
      '- dash',
      '',
    ];
    for (const value of values) {
      for (const at of [
        ['kit', 'title'],
        ['introduction', 'team'],
        ['introduction', 'whenToUse', 0],
      ]) {
        const { text } = editTexts(en, [{ path: at, value }]);
        let node: unknown = parse(text);
        for (const key of at) node = (node as Record<string | number, unknown>)[key];
        expect(node).toBe(value);
      }
    }
  });

  it('reports a field the file does not have instead of guessing where it goes', () => {
    const { text, missing } = editTexts(en, [{ path: ['kit', 'nope'], value: 'x' }]);
    expect(missing).toEqual([{ path: ['kit', 'nope'], value: 'x' }]);
    expect(text).toBe(en);
  });

  it('leaves the file byte-identical when nothing changes', () => {
    expect(editTexts(en, [{ path: ['kit', 'title'], value: 'Data Team Start' }]).text).toBe(en);
  });
});

describe('fileFromSource', () => {
  it("makes a new language's file from the source file: its layout, the language, a fallback and the texts", () => {
    const text = fileFromSource({
      sourceText: nl,
      language: 'de',
      fallback: 'nl',
      header: ['Deutsche Texte'],
      texts: [
        { path: ['kit', 'title'], value: 'Datenteam-Start' },
        { path: ['kit', 'subtitle'], value: '' },
      ],
    });
    expect(text.startsWith('# Deutsche Texte\nlanguage: de\nfallback: nl\n')).toBe(true);
    const data = parse(text) as {
      language: string;
      fallback: string;
      kit: { title: string; subtitle: string; licence: string };
    };
    expect(data).toMatchObject({
      language: 'de',
      fallback: 'nl',
      kit: { title: 'Datenteam-Start', subtitle: '' },
    });
    // A text not given keeps the source's, so the same number of lines of structure follow.
    expect(data.kit.licence).toBe((parse(nl) as { kit: { licence: string } }).kit.licence);
    // Beyond the header and the fallback line, only the language and the two given texts differ.
    const body = text.replace(/^(#[^\n]*\n)+/, '').replace('fallback: nl\n', '');
    expect(changedLines(nl.replace(/^(#[^\n]*\n)+/, ''), body)).toEqual([
      'language: de',
      '  title: Datenteam-Start',
      '  subtitle: ""',
    ]);
  });
});
