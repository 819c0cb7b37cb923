// Messages that must tell the truth: unknown --kit and --lang values, input that used to crash as an
// internal error, and exit codes that match what was written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
    expect(existsSync(path.join(out, 'data-team-start', 'de', 'poster-a2.pdf'))).toBe(true);
    expect(existsSync(path.join(out, 'checklist-samen-data-delen'))).toBe(false);
  });
});
