// The XLIFF files of `dts translate export --format xliff` as a schema-checking reader sees them: every
// file validates against the OASIS XLIFF 1.2 strict schema (tests/schemas/xliff-1.2/) with xmllint
// --schema (Debian's libxml2-utils), for a translated language with an outdated text, for a new one, and
// after a CAT tool's edit has been imported and exported again. Run with `npm run test:readers`.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { dts, reader, ROOT, tempDir } from './tools.js';

const SCHEMA = path.join(ROOT, 'tests', 'schemas', 'xliff-1.2', 'xliff-core-1.2-strict.xsd');
let out = '';
let content = '';

function xmllint(file: string): { status: number | null; output: string } {
  reader('xmllint', ['--version']);
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

beforeAll(() => {
  const dir = tempDir('dts-xliff-readers-');
  content = path.join(dir, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const nl = path.join(content, 'data-team-start', 'texts', 'nl.yaml');
  writeFileSync(
    nl,
    readFileSync(nl, 'utf8').replace('  title: Data Team Start\n', '  title: Data Team Start Nieuw\n'),
  );
  out = path.join(dir, 'translations');
  const result = dts([
    'translate',
    'export',
    '--content',
    content,
    '--lang',
    'en,de',
    '--format',
    'xliff',
    '--out',
    out,
  ]);
  if (result.status !== 0) throw new Error(`dts translate export failed:\n${result.stderr}`);
});

describe('exported XLIFF files', () => {
  it('validate against the XLIFF 1.2 strict schema, translated and new languages of both kits', () => {
    for (const name of [
      'data-team-start.en.xlf',
      'data-team-start.de.xlf',
      'checklist-samen-data-delen.en.xlf',
      'checklist-samen-data-delen.de.xlf',
    ]) {
      const result = xmllint(path.join(out, name));
      expect(result.output).toBe(`${path.join(out, name)} validates`);
      expect(result.status).toBe(0);
    }
  });

  it('carry the states, the room in characters and where each text appears', () => {
    const en = readFileSync(path.join(out, 'data-team-start.en.xlf'), 'utf8');
    expect(en).toMatch(
      /<trans-unit id="kit.title" resname="kit.title" maxwidth="\d+" size-unit="char" xml:space="preserve">/,
    );
    expect(en).toContain('<target state="needs-review-translation">Data Team Start</target>');
    expect(en).toContain('<target state="final">');
    expect(en).toMatch(/<note from="dts">Appears on: poster: the poster title; deck: slide 1 \(/);
    const de = readFileSync(path.join(out, 'data-team-start.de.xlf'), 'utf8');
    expect(de).not.toContain('<target');
  });

  it('still validate after a translation was imported from one and exported again', () => {
    const file = path.join(out, 'data-team-start.de.xlf');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '<source>Data Team Start Nieuw</source>',
        '<source>Data Team Start Nieuw</source>\n        <target state="translated">Datenteam &amp; Start</target>',
      ),
    );
    const imported = dts(['translate', 'import', file, '--content', content]);
    expect(imported.status).toBe(0);
    const again = dts([
      'translate',
      'export',
      '--content',
      content,
      '--kit',
      'data-team-start',
      '--lang',
      'de',
      '--format',
      'xliff',
      '--out',
      out,
    ]);
    expect(again.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('<target state="final">Datenteam &amp; Start</target>');
    expect(xmllint(file).status).toBe(0);
  });
});
