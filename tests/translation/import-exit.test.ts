// `dts translate import` tells the truth in its exit code: 0 when every text was imported, 1 when some
// were left out (each named at its line, the rest written) or when nothing could be (a broken file,
// another kit). Control characters from a translation tool are refused and never reach the terminal.
import { readFileSync, writeFileSync } from 'node:fs';
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

/** A German PO file of data-team-start, exported by dts, with `edit` applied as a translator's tool would. */
async function germanPo(edit: (text: string) => string) {
  const content = tempContent();
  const out = path.join(path.dirname(content), 'translations');
  const exported = await dts(
    'translate',
    'export',
    '--content',
    content,
    '--kit',
    'data-team-start',
    '--lang',
    'de',
    '--out',
    out,
  );
  expect(exported.code).toBe(0);
  const po = path.join(out, 'data-team-start.de.po');
  const text = edit(readFileSync(po, 'utf8'));
  writeFileSync(po, text);
  const de = path.join(content, 'data-team-start', 'texts', 'de.yaml');
  /** The line of a msgctxt in the PO file, as messages give it. */
  const lineOf = (key: string) => text.split('\n').indexOf(`msgctxt "${key}"`) + 1;
  return { content, po, de, lineOf };
}

const translate = (key: string, source: string, translation: string) => (text: string) =>
  text.replace(
    `msgctxt "${key}"\nmsgid "${source}"\nmsgstr ""`,
    `msgctxt "${key}"\nmsgid "${source}"\nmsgstr "${translation}"`,
  );

describe('dts translate import', () => {
  it('refuses a translation with a control character, names it, and imports the rest (exit 1)', async () => {
    const { content, po, de, lineOf } = await germanPo((t) =>
      translate(
        'kit.subtitle',
        'Ondertitel',
        'DE \x1b[2J\x1b]0;owned\x07Untertitel\u009b',
      )(translate('kit.title', 'Titel', 'DE Titel')(t)),
    );
    const result = await dts('translate', 'import', po, '--content', content);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `data-team-start.de.po:${lineOf('kit.subtitle')}:1  error  kit.subtitle  not imported: the translation contains the control character U+001B (ESC) (expected printable text)`,
    );
    expect(result.out).toContain('1 text changed, 1 not imported (listed above)');
    // eslint-disable-next-line no-control-regex -- none may reach the terminal
    expect(result.out + result.err).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    const written = readFileSync(de, 'utf8');
    expect(written).toContain('  title: DE Titel\n');
    expect(written).not.toContain('Untertitel');
    expect((await dts('check', '--content', content, '--lang', 'de')).code).toBe(0);
  });

  it('writes a text too long for its boxes, names each box with the characters to cut, and exits 1', async () => {
    const long = `DE ${'sehr '.repeat(20)}langer Titel`;
    const { content, po, de } = await germanPo((t) =>
      translate('kit.subtitle', 'Ondertitel', 'DE Untertitel')(translate('kit.title', 'Titel', long)(t)),
    );
    const result = await dts('translate', 'import', po, '--content', content);
    expect(result.code).toBe(1);
    // No limit in characters refuses it: the boxes it is printed in are measured, and each one named.
    expect(result.err).not.toContain('characters long');
    expect(result.err).toMatch(
      /de\.yaml:\d+:\d+ {2}error {2}kit\.title {2}slide 1 \("DE sehr[^"]*"\), title, does not fit its box on the deck \(de\): about \d+ characters too long \([\d.]+ mm too tall at the smallest size [\d.]+ pt\)/,
    );
    expect(result.out).toMatch(
      /\d+ texts? do(es)? not fit (its box|their boxes) \(listed above, with the characters to cut\): written/,
    );
    const written = readFileSync(de, 'utf8');
    expect(written).toContain('  subtitle: DE Untertitel\n');
    expect(written).toContain('langer Titel');
    // The content is valid (no length limit); the build is what stops on it.
    expect((await dts('check', '--content', content, '--lang', 'de')).code).toBe(0);
  });

  it('exits 0 when every text was imported', async () => {
    const { content, po } = await germanPo(translate('kit.title', 'Titel', 'DE Titel'));
    const result = await dts('translate', 'import', po, '--content', content);
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('not imported');
  });

  it('writes nothing from a file with a syntax error or for another kit (exit 1)', async () => {
    for (const edit of [
      (t: string) => `${translate('kit.title', 'Titel', 'DE Titel')(t)}\nmsgid "broken`,
      (t: string) =>
        translate(
          'kit.title',
          'Titel',
          'DE Titel',
        )(t).replace('X-Dts-Kit: data-team-start', 'X-Dts-Kit: other-kit'),
    ]) {
      const { content, po, de } = await germanPo(edit);
      const result = await dts('translate', 'import', po, '--content', content);
      expect(result.code).toBe(1);
      expect(result.err).toContain(`Nothing was imported from ${po}.`);
      expect(() => readFileSync(de)).toThrow();
    }
  });
});
