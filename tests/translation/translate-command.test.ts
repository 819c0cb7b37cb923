// The translator's round trip through the real command: export a PO file, translate, import, check.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { tempContent } from '../helpers/temp-content.js';

async function dts(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function setup() {
  const content = tempContent();
  const out = path.join(path.dirname(content), 'translations');
  const texts = path.join(content, 'data-team-start', 'texts');
  const file = (name: string) => path.join(texts, name);
  const po = (language: string) => path.join(out, `data-team-start.${language}.po`);
  /** `dts translate export` of data-team-start in one language, into `out`. */
  const exportPo = (language: string) =>
    dts(
      'translate',
      'export',
      '--content',
      content,
      '--kit',
      'data-team-start',
      '--lang',
      language,
      '--out',
      out,
    );
  return { content, out, texts, file, po, exportPo };
}

/** Sets an entry's msgstr (and drops its fuzzy flag when asked) as a translator's tool would. */
function translateEntry(
  po: string,
  key: string,
  translation: string,
  options: { confirm?: boolean } = {},
): void {
  const text = readFileSync(po, 'utf8');
  const entries = text.split('\n\n').map((entry) => {
    if (!entry.includes(`msgctxt "${key}"`)) return entry;
    let next = entry.replace(/msgstr (""\n)?("[^\n]*"\n?)+$/, `msgstr ${JSON.stringify(translation)}`);
    if (options.confirm)
      next = next.replace(/#, fuzzy(, )?([^\n]*)\n(#\| [^\n]*\n)*/, (_, comma, rest) =>
        comma ? `#, ${rest}\n` : '',
      );
    return next;
  });
  writeFileSync(po, entries.join('\n\n'));
}

describe('dts translate', () => {
  it('status counts translated, missing and outdated texts per language', async () => {
    const { content } = setup();
    const result = await dts('translate', 'status', '--content', content, '--kit', 'data-team-start');
    expect(result.code).toBe(0);
    // Without a record, a text still identical to the Dutch counts as not translated (here the four
    // the English keeps as they are: "min", the contact address, "Contact" and the maker page's "Logo"); translated and missing
    // add up to every text.
    const m =
      /^data-team-start 1\.0\.0: (\d+) texts in nl \(the source language\)\n {2}en {5}(\d+) translated · (\d+) missing · 0 outdated · no record/.exec(
        result.out,
      );
    expect(m).not.toBeNull();
    expect(Number(m![2]) + Number(m![3])).toBe(Number(m![1]));
    expect(Number(m![3])).toBe(4);
  });

  it('starts a new language from a PO file: the file is made from the source file, with a fallback', async () => {
    const { content, file, po, exportPo } = setup();
    const exported = await exportPo('de');
    expect(exported.code).toBe(0);
    expect(readFileSync(po('de'), 'utf8')).toContain('msgctxt "kit.title"\nmsgid "Titel"\nmsgstr ""\n');
    translateEntry(po('de'), 'kit.title', 'DE Titel');
    translateEntry(po('de'), 'assignments.a-one.steps[1]', 'DE Schritt zwei');

    const imported = await dts('translate', 'import', po('de'), '--content', content);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('2 texts changed, written in the layout of nl.yaml');
    const de = readFileSync(file('de.yaml'), 'utf8');
    expect(de).toContain('language: de\nfallback: nl\n');
    expect(de).toContain('  title: DE Titel\n');
    expect(de).toContain('      - DE Schritt zwei\n');
    const record = JSON.parse(readFileSync(file('de.translated-from.json'), 'utf8')) as {
      texts: Record<string, string>;
    };
    expect(record.texts).toEqual({ 'kit.title': 'Titel', 'assignments.a-one.steps[1]': 'Stap twee' });

    const check = await dts('check', '--content', content, '--kit', 'data-team-start', '--lang', 'de');
    expect(check.code).toBe(0);
    expect(check.err).toMatch(/warnings \(fallback-used \d+\)/);
  });

  it('writes an imported translation in place, and keeps what the record says until it is confirmed', async () => {
    const { content, file, po, exportPo } = setup();
    expect((await dts('translate', 'accept', '--content', content, '--lang', 'en')).code).toBe(0);
    const before = readFileSync(file('en.yaml'), 'utf8');

    // The source text changes: the translation is outdated, in check and in the exported file.
    writeFileSync(
      file('nl.yaml'),
      readFileSync(file('nl.yaml'), 'utf8').replace('  title: Titel\n', '  title: Nieuwe titel\n'),
    );
    const check = await dts('check', '--content', content, '--lang', 'en');
    expect(check.err).toContain('en.yaml:4:10  warning  kit.title  was translated from an older "nl" text');
    await exportPo('en');
    expect(readFileSync(po('en'), 'utf8')).toMatch(
      /#, fuzzy, max-length:\d+\n#\| msgid "Titel"\nmsgctxt "kit.title"\nmsgid "Nieuwe titel"\nmsgstr "EN Titel"/,
    );

    // Imported while still fuzzy: the new text is written, and it stays outdated.
    translateEntry(po('en'), 'kit.title', 'EN New title');
    const fuzzy = await dts('translate', 'import', po('en'), '--content', content);
    expect(fuzzy.out).toContain('1 text changed, 1 fuzzy (left outdated until confirmed)');
    const after = readFileSync(file('en.yaml'), 'utf8');
    expect(after).toBe(before.replace('  title: EN Titel\n', '  title: EN New title\n'));
    expect(fuzzy.err).toContain('warning  kit.title  was translated from an older "nl" text');

    // Confirmed: no longer outdated.
    translateEntry(po('en'), 'kit.title', 'EN New title', { confirm: true });
    const confirmed = await dts('translate', 'import', po('en'), '--content', content);
    expect(confirmed.code).toBe(0);
    expect(confirmed.err).toBe('');
    expect(confirmed.out).toContain('0 texts changed');
    expect((await dts('check', '--content', content, '--lang', 'en')).err).toBe('');
  });

  it('imports the valid texts of a file with an unknown text, names the one left out, and exits 1', async () => {
    const { content, file, po, exportPo } = setup();
    await exportPo('en');
    const text = readFileSync(po('en'), 'utf8').replace('msgctxt "kit.subtitle"', 'msgctxt "kit.subtitel"');
    writeFileSync(po('en'), text.replace('msgstr "EN Titel"', 'msgstr "Changed"'));
    const before = readFileSync(file('en.yaml'), 'utf8');
    const result = await dts('translate', 'import', po('en'), '--content', content);
    expect(result.code).toBe(1);
    const line = text.split('\n').indexOf('msgctxt "kit.subtitel"') + 1;
    expect(result.err).toContain(
      `data-team-start.en.po:${line}:1  error  kit.subtitel  not imported: is not a text of data-team-start`,
    );
    expect(result.err).toContain('did you mean "kit.subtitle"?');
    expect(result.out).toContain('1 text changed, 1 not imported (listed above)');
    expect(readFileSync(file('en.yaml'), 'utf8')).toBe(
      before.replace('  title: EN Titel\n', '  title: Changed\n'),
    );
  });

  it('never writes over a language file that does not parse', async () => {
    const { content, file, po, exportPo } = setup();
    await exportPo('en');
    translateEntry(po('en'), 'kit.title', 'EN New title');
    const broken = readFileSync(file('en.yaml'), 'utf8').replace(
      '  title: EN Titel\n',
      '  title: [EN Titel\n',
    );
    writeFileSync(file('en.yaml'), broken);
    const result = await dts('translate', 'import', po('en'), '--content', content);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/en\.yaml:\d+:\d+ {2}error {2}is not valid YAML/);
    expect(result.err).toContain('Nothing was imported');
    expect(readFileSync(file('en.yaml'), 'utf8')).toBe(broken);
    expect(existsSync(file('en.translated-from.json'))).toBe(false);
  });

  it('rejects what it cannot act on as usage errors', async () => {
    const { content } = setup();
    expect((await dts('translate', 'export', '--content', content)).code).toBe(2);
    expect(
      (await dts('translate', 'accept', '--content', content, '--lang', 'en', '--field', 'kit.titel')).err,
    ).toContain('did you mean "kit.title"?');
    expect((await dts('translate', 'export', '--content', content, '--lang', 'nl')).code).toBe(2);
    expect((await dts('translate', 'frobnicate')).code).toBe(2);
  });
});
