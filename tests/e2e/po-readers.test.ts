// The PO files of `dts translate export` as gettext's own tools read them (Debian's gettext): msgfmt
// --check accepts them, counts what is translated and fuzzy, and an outdated text is fuzzy with its old
// source text as the previous msgid. Run with `npm run test:readers`.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dts, reader, ROOT, tempDir } from './tools.js';

let out = '';
let content = '';

/** msgfmt --check --statistics: its verdict and the counts it prints. */
function msgfmt(file: string): { status: number | null; statistics: string } {
  reader('msgfmt', ['--version']);
  const result = spawnSync('msgfmt', ['--check', '--statistics', '-o', '/dev/null', file], {
    encoding: 'utf8',
  });
  return { status: result.status, statistics: result.stderr.trim() };
}

beforeAll(() => {
  const dir = tempDir('dts-po-readers-');
  content = path.join(dir, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  // One Dutch text changed after it was translated: outdated in English.
  const nl = path.join(content, 'data-team-start', 'texts', 'nl.yaml');
  writeFileSync(
    nl,
    readFileSync(nl, 'utf8').replace('  title: Data Team Start\n', '  title: Data Team Start Nieuw\n'),
  );
  out = path.join(dir, 'translations');
  const result = dts(['translate', 'export', '--content', content, '--lang', 'en,de', '--out', out]);
  if (result.status !== 0) throw new Error(`dts translate export failed:\n${result.stderr}`);
});

describe('exported PO files', () => {
  it('pass msgfmt --check, with every English text translated and the outdated one fuzzy', () => {
    const en = msgfmt(path.join(out, 'data-team-start.en.po'));
    expect(en.status).toBe(0);
    expect(en.statistics).toMatch(/^\d+ translated messages, 1 fuzzy translation\.$/);
    const checklist = msgfmt(path.join(out, 'checklist-samen-data-delen.en.po'));
    expect(checklist.statistics).toMatch(/^\d+ translated messages\.$/);
  });

  it('give a new language every text to translate', () => {
    const de = msgfmt(path.join(out, 'data-team-start.de.po'));
    expect(de.status).toBe(0);
    expect(de.statistics).toMatch(/^0 translated messages, \d+ untranslated messages\.$/);
  });

  it('show the old source text of a fuzzy entry where msgattrib finds it', () => {
    const fuzzy = reader('msgattrib', ['--only-fuzzy', '--no-wrap', path.join(out, 'data-team-start.en.po')]);
    expect(fuzzy).toContain(
      '#| msgid "Data Team Start"\nmsgctxt "kit.title"\nmsgid "Data Team Start Nieuw"\nmsgstr "Data Team Start"',
    );
  });
});
