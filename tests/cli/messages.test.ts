// Messages that must tell the truth: unknown --kit and --lang values, input that used to crash as an
// internal error, and exit codes that match what was written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOnce, parseBuildArgs } from '../../src/cli/build-command.js';
import { run } from '../../src/cli/main.js';
import { FIXTURE_DIR } from '../helpers/fixture.js';
import { tempContent } from '../helpers/temp-content.js';

const bin = path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'bin.js');

async function dts(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const freshOut = () => path.join(mkdtempSync(path.join(tmpdir(), 'dts-msg-')), 'out');

describe('an unknown --lang or --kit', () => {
  it('is a usage error in dts check, naming the languages there are, with a did-you-mean', async () => {
    const typo = await dts('check', '--content', FIXTURE_DIR, '--lang', 'nll');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('--lang: unknown language "nll" (the kits have: en, nl; did you mean "nl"?)');
    expect(typo.out).toBe('');
    const none = await dts('check', '--content', FIXTURE_DIR, '--lang', 'zz');
    expect(none.code).toBe(2);
    // Two letters from every code there is: no guess rather than a wrong one.
    expect(none.err).toContain('--lang: unknown language "zz" (the kits have: en, nl)');
    const mixed = await dts('check', '--content', FIXTURE_DIR, '--lang', 'xx,nl');
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain('unknown language "xx"');
  });

  it('names the one kit selected with --kit', async () => {
    const result = await dts('check', '--content', FIXTURE_DIR, '--kit', 'data-team-start', '--lang', 'fr');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--lang: unknown language "fr" (data-team-start has: en, nl)');
  });

  it('suggests the nearest kit name', async () => {
    const result = await dts('check', '--content', FIXTURE_DIR, '--kit', 'data-team-strat');
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      '--kit: unknown kit "data-team-strat" (expected one of: checklist-samen-data-delen, data-team-start; did you mean "data-team-start"?)',
    );
  });

  it('is a usage error in dts build, which writes nothing', async () => {
    for (const lang of ['zz', 'xx,nl']) {
      const out = freshOut();
      const result = await dts(
        'build',
        '--content',
        FIXTURE_DIR,
        '--only',
        'poster',
        '--lang',
        lang,
        '--out',
        out,
      );
      expect(result.code, lang).toBe(2);
      expect(result.err).toContain('unknown language "');
      expect(existsSync(out)).toBe(false);
    }
  });

  it('is a usage error in dts watch: it stops instead of watching', () => {
    const out = freshOut();
    const result = spawnSync(
      process.execPath,
      [bin, 'watch', '--content', FIXTURE_DIR, '--only', 'poster', '--lang', 'zz', '--out', out],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--lang: unknown language "zz"');
  }, 30_000);

  it('in a watch-mode rebuild of a language whose file is gone, says so without blaming --lang', async () => {
    const out = freshOut();
    const err: string[] = [];
    const io = { out: () => undefined, err: (t: string) => err.push(t) };
    const parsed = parseBuildArgs(['--content', FIXTURE_DIR, '--only', 'poster', '--out', out]);
    const code = await buildOnce(parsed, io, { kits: ['data-team-start'], languages: ['de'] });
    expect(code).toBe(2);
    expect(err).toEqual(['dts watch: unknown language "de" (data-team-start has: en, nl)']);
    expect(existsSync(out)).toBe(false);
  });

  it('is a usage error in dts translate status, export and accept', async () => {
    const content = tempContent();
    const out = path.join(path.dirname(content), 'translations');
    for (const action of ['status', 'export', 'accept']) {
      const result = await dts('translate', action, '--content', content, '--lang', 'nll', '--out', out);
      expect(result.code, action).toBe(2);
      expect(result.err).toContain(
        '--lang: unknown language "nll" (the kits have: en, nl; did you mean "nl"?)',
      );
    }
    expect(existsSync(out)).toBe(false);
    // A real language no kit has yet is how a translation starts: export and status take it.
    expect((await dts('translate', 'export', '--content', content, '--lang', 'de', '--out', out)).code).toBe(
      0,
    );
    expect((await dts('translate', 'status', '--content', content, '--lang', 'de')).code).toBe(0);
    // Accept needs texts to accept.
    const accept = await dts('translate', 'accept', '--content', content, '--lang', 'de');
    expect(accept.code).toBe(2);
    expect(accept.err).toContain('--lang: unknown language "de" (the kits have: en, nl)');
  });

  it('takes a language only one kit has: the kits that have it are built, the others say so', async () => {
    const content = tempContent({ 'content/data-team-start/texts/de.yaml': 'language: de\nfallback: nl\n' });
    const check = await dts('check', '--content', content, '--lang', 'de');
    expect(check.code).toBe(0);
    expect(check.out).toContain('✓ data-team-start 1.0.0: de');
    expect(check.out).toContain('✓ checklist-samen-data-delen 1.0.0: no de texts (checked nl)');
    const out = freshOut();
    const build = await dts(
      'build',
      '--content',
      content,
      '--only',
      'poster,checklist',
      '--lang',
      'de',
      '--out',
      out,
    );
    expect(build.code).toBe(0);
    expect(existsSync(path.join(out, 'data-team-start', 'de', 'data-team-start-poster-a2-de.pdf'))).toBe(
      true,
    );
    expect(existsSync(path.join(out, 'checklist-samen-data-delen'))).toBe(false);
  });
});

describe('dts plan', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dts-plan-msg-'));
  const answersFile = (name: string, kit: string, answers: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, `kit: ${kit}\nversion: 1.0.0\nlanguage: nl\nanswers:${answers}\n`);
    return file;
  };

  it('says answers for a kit that is no checklist are for another kit, not another language', async () => {
    const file = answersFile('dts.yaml', 'data-team-start', ' {}');
    const out = path.join(dir, 'dts.docx');
    const result = await dts('plan', file, '--out', out, '--content', FIXTURE_DIR);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `${file}  error  holds answers for the kit "data-team-start", which is not a checklist`,
    );
    expect(result.err).not.toContain('language');
    expect(existsSync(out)).toBe(false);
  });

  it('names each unknown question id with its line and the nearest id', async () => {
    const file = answersFile(
      'typo.yaml',
      'checklist-samen-data-delen',
      '\n  goal-question: Why\n  goal-visoin: Where\n  nothing-like-it: What',
    );
    const result = await dts('plan', file, '--out', path.join(dir, 'typo.docx'), '--content', FIXTURE_DIR);
    expect(result.code).toBe(1);
    const shown = result.err.split('\n');
    expect(shown).toContain(
      `${file}:6:3  error  answers.goal-visoin  answers a question this checklist does not have: "goal-visoin"`,
    );
    expect(shown).toContain('    hint: did you mean "goal-vision"?');
    expect(shown).toContain(
      `${file}:7:3  error  answers.nothing-like-it  answers a question this checklist does not have: "nothing-like-it"`,
    );
  });

  it('writes a plan from a checklist without answers, with a warning that says so', async () => {
    const file = answersFile('empty.yaml', 'checklist-samen-data-delen', '\n  goal-question: "  "');
    const out = path.join(dir, 'empty.docx');
    const result = await dts('plan', file, '--out', out, '--content', FIXTURE_DIR);
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(result.out).toContain('0 of 8 questions answered');
    expect(result.err).toContain(
      `${file}  warning  answers no question: the plan lists all 8 questions as open points`,
    );
  });

  it('says when the answers’ language is there but its texts have errors', async () => {
    const content = tempContent({
      'content/checklist-samen-data-delen/texts/en.yaml': (t) =>
        t.replace('language: en', 'language: en\nbogus: 1'),
    });
    const file = path.join(dir, 'en.yaml');
    writeFileSync(file, 'kit: checklist-samen-data-delen\nversion: 1.0.0\nlanguage: en\nanswers: {}\n');
    const result = await dts('plan', file, '--out', path.join(dir, 'en.docx'), '--content', content);
    expect(result.code).toBe(1);
    expect(result.err).toContain('bogus  is not a known field');
    expect(result.err).toContain('holds answers in the language "en", whose texts in');
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  const cases: [string, string][] = [
    ['99999999999999', 'out of range'],
    ['100', 'out of range'],
    ['4354819199', 'out of range'],
    ['12.5', 'is not a whole number of seconds'],
  ];

  it('out of range or not seconds is a usage error naming the variable, in build and plan', () => {
    const answers = path.join(mkdtempSync(path.join(tmpdir(), 'dts-sde-')), 'a.yaml');
    writeFileSync(answers, 'kit: checklist-samen-data-delen\nversion: 1.0.0\nlanguage: nl\nanswers: {}\n');
    for (const [value, message] of cases) {
      const out = freshOut();
      for (const args of [
        ['build', '--content', FIXTURE_DIR, '--only', 'handbook', '--lang', 'nl', '--out', out],
        ['plan', answers, '--out', `${out}.docx`, '--content', FIXTURE_DIR],
      ]) {
        const result = spawnSync(process.execPath, [bin, ...args], {
          encoding: 'utf8',
          timeout: 20_000,
          env: { ...process.env, SOURCE_DATE_EPOCH: value },
        });
        expect(result.status, `${args[0]} ${value}: ${result.stderr}`).toBe(2);
        expect(result.stderr).toContain(`dts: SOURCE_DATE_EPOCH: `);
        expect(result.stderr).toContain(message);
        expect(result.stderr).not.toContain('internal error');
      }
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.docx`)).toBe(false);
    }
  }, 60_000);

  it('takes the first and last second a zip file can hold', () => {
    for (const value of ['315532800', '4354819198']) {
      const out = freshOut();
      const result = spawnSync(
        process.execPath,
        [bin, 'build', '--content', FIXTURE_DIR, '--only', 'handbook', '--lang', 'nl', '--out', out],
        { encoding: 'utf8', timeout: 20_000, env: { ...process.env, SOURCE_DATE_EPOCH: value, CI: '1' } },
      );
      expect(result.status, result.stderr).toBe(0);
    }
  }, 60_000);
});

describe('file names with control characters', () => {
  it('dts translate import prints the PO file name escaped, never raw', async () => {
    const content = tempContent({});
    const name = path.join(mkdtempSync(path.join(tmpdir(), 'dts-msg-')), 'evil\u001b[2J.po');
    const result = await dts('translate', 'import', name, '--content', content);
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('evil\\x1b[2J.po');
    expect(result.err + result.out).not.toContain('\u001b');
  });
});
