// Our zip writer (src/render/ooxml/zip.ts) as other readers see it: Info-ZIP's `unzip -t` and Python's
// zipfile test every CRC and read the names, methods and times; the bytes are the same in any time zone.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../src/render/ooxml/zip.js';
import { reader, ROOT, tempDir } from './tools.js';

const DATE = new Date('2026-11-25T23:30:00Z');
const xml = Buffer.from(`<?xml version="1.0"?><root>${'<item>tekst</item>'.repeat(500)}</root>`);
const entries = [
  { name: '[Content_Types].xml', data: xml },
  {
    name: 'word/fonts/font1.odttf',
    data: Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 251)),
  },
  { name: 'docs/stored.pdf', data: xml, compress: false },
  { name: 'docs/leeg.txt', data: Buffer.alloc(0) },
  { name: 'docs/één.txt', data: Buffer.from('Ünïcode '.repeat(50)) },
];

function written(): string {
  const file = path.join(tempDir('dts-zip-'), 'test.zip');
  writeFileSync(file, writeZip(entries, { date: DATE }));
  return file;
}

describe('zip files as other readers see them', () => {
  it('pass unzip -t', () => {
    const output = reader('unzip', ['-t', written()]);
    expect(output).toMatch(/No errors detected/);
    for (const entry of entries.filter((e) => /^[\x20-\x7e]*$/.test(e.name)))
      expect(output).toContain(entry.name);
  });

  it("pass Python's zipfile: CRCs, names, methods, UTC times", () => {
    const script = [
      'import json, sys, zipfile',
      'z = zipfile.ZipFile(sys.argv[1])',
      'assert z.testzip() is None',
      'print(json.dumps([[i.filename, i.compress_type, list(i.date_time), i.file_size, len(z.read(i))] for i in z.infolist()]))',
    ].join('\n');
    const listed = JSON.parse(reader('python3', ['-c', script, written()])) as unknown[];
    const time = [2026, 11, 25, 23, 30, 0];
    expect(listed).toEqual([
      ['[Content_Types].xml', 8, time, xml.length, xml.length],
      ['word/fonts/font1.odttf', 8, time, 70_000, 70_000],
      ['docs/stored.pdf', 0, time, xml.length, xml.length],
      ['docs/leeg.txt', 0, time, 0, 0],
      ['docs/één.txt', 8, time, 500, 500],
    ]);
  });

  it('give the same bytes in any time zone', () => {
    const module = pathToFileURL(path.join(ROOT, 'dist', 'render', 'ooxml', 'zip.js')).href;
    const dist = (p: string) => JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', ...p.split('/'))).href);
    const script =
      `const { installPlatform } = await import(${dist('platform/platform.js')});` +
      `installPlatform((await import(${dist('platform/node-platform.js')})).nodePlatform());` +
      `const { writeZip } = await import(${JSON.stringify(module)});` +
      `const data = Buffer.from('tekst '.repeat(100));` +
      `process.stdout.write(writeZip([{ name: 'a.txt', data }], { date: new Date('2026-11-25T23:30:00Z') }).toString('hex'));`;
    const run = (zone: string): string =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        env: { ...process.env, TZ: zone },
      });
    const utc = run('UTC');
    expect(run('Pacific/Kiritimati')).toBe(utc);
    expect(run('America/Los_Angeles')).toBe(utc);
  });
});
