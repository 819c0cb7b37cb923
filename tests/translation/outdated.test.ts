// dts check tells a translator which translations were made from a source text that has changed since.
import { describe, expect, it } from 'vitest';
import { describeChange } from '../../src/translation/outdated.js';
import { DTS_EN, DTS_NL, lines, loadEdited } from '../helpers/fixture.js';

const RECORD = 'content/data-team-start/texts/en.translated-from.json';
const record = (texts: Record<string, string>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ language: 'en', sourceLanguage: 'nl', texts, ...extra }, null, 2);

describe('outdated translations', () => {
  it('are warned about at the translation, with what changed in the source text', async () => {
    const content = await loadEdited({
      [RECORD]: record({ 'kit.title': 'Titel', 'kit.subtitle': 'Oude ondertitel' }),
    });
    expect(lines(content.diagnostics)).toEqual([
      `${DTS_EN}:5:13 warning outdated-text kit.subtitle was translated from an older "nl" text, which has changed since: [Oude ondertitel → Ondertitel]`,
    ]);
    expect(content.diagnostics[0]?.hint).toBe(
      'check the translation against nl.yaml line 5, then run "dts translate accept --kit data-team-start --lang en --field kit.subtitle"',
    );
    // A warning: the language still builds.
    expect(content.kits.find((k) => k.id === 'data-team-start')?.localised.has('en')).toBe(true);
  });

  it('follow a change in the source file, and not a text the record does not know', async () => {
    const content = await loadEdited({
      [RECORD]: record({ 'kit.title': 'Titel' }),
      [DTS_NL]: (t) =>
        t
          .replace('  title: Titel\n', '  title: Nieuwe titel\n')
          .replace('  subtitle: Ondertitel\n', '  subtitle: Andere ondertitel\n'),
    });
    expect(lines(content.diagnostics)).toEqual([
      `${DTS_EN}:4:10 warning outdated-text kit.title was translated from an older "nl" text, which has changed since: [Titel → Nieuwe titel]`,
    ]);
  });

  it('are not reported for a text that is not translated (that is a missing text)', async () => {
    const content = await loadEdited({
      [RECORD]: record({ 'kit.title': 'Oud' }),
      [DTS_EN]: (t) =>
        t
          .replace('language: en\n', 'language: en\nfallback: nl\n')
          .replace('  title: EN Titel\n', '  title: ""\n'),
    });
    expect(content.diagnostics.map((d) => d.code)).toEqual(['fallback-used']);
  });
});

describe('a broken record', () => {
  it('that is not JSON names the file and the line', async () => {
    const content = await loadEdited({ [RECORD]: '{\n  "language": "en",\n  "texts": {,}\n}\n' });
    expect(lines(content.diagnostics)[0]).toMatch(
      new RegExp(`^${RECORD}:3:1 error translation-record  is not valid JSON `),
    );
  });

  it('for another language says which, and what was expected', async () => {
    const content = await loadEdited({ [RECORD]: record({}, { language: 'de' }) });
    expect(lines(content.diagnostics)).toEqual([
      `${RECORD}:2:1 error translation-record  is the record of "de" translated from "nl" (expected "en" from "nl", as the file name and the kit say)`,
    ]);
  });
});

describe('describeChange', () => {
  it('shows the changed words between what stayed the same', () => {
    expect(describeChange('een sessie van vier uur met pauze', 'een sessie van vijf uur met pauze')).toBe(
      '… [vier → vijf] …',
    );
    expect(describeChange('Titel', 'Titel nieuw')).toBe('… [+ nieuw]');
    expect(describeChange('Oude titel', 'titel')).toBe('[− Oude] …');
  });
});
