// The poster as real PDF readers see it: valid structure (qpdf), embedded fonts (pdffonts), page and
// trim boxes (pdfinfo), every assignment title as text (pdftotext), no overlapping words, same bytes twice.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedDataTeamStart } from '../../src/content/model.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';
import { dts, reader, ROOT, tempDir } from './tools.js';

// The print set a build makes by default (A2 plain, with bleed, tiled on A4 and A3), and single variants
// picked with --bleed (0 for the plain one).
const variants = [
  [],
  ['--layout', 'upright', '--bleed', '0'],
  ['--paper', 'A0', '--orientation', 'landscape', '--bleed', '3'],
  ['--paper', 'A3', '--bleed', '0'],
];
const named = (language: string, variant: string) =>
  `data-team-start/${language}/data-team-start-${variant}-${language}.pdf`;
const find = (language: string, variant: string) =>
  files.find((f) => f.endsWith(named(language, variant))) ?? '';

let out = '';
let again = '';
const files: string[] = [];

beforeAll(() => {
  out = tempDir('dts-readers-');
  again = tempDir('dts-readers-again-');
  for (const args of variants) {
    for (const dir of [out, again]) {
      const result = dts(['build', '--kit', 'data-team-start', '--only', 'poster', '--out', dir, ...args], {
        SOURCE_DATE_EPOCH: '1764028800',
      });
      if (result.status !== 0) throw new Error(`dts build ${args.join(' ')} failed:\n${result.stderr}`);
    }
  }
  for (const language of readdirSync(path.join(out, 'data-team-start'))) {
    for (const name of readdirSync(path.join(out, 'data-team-start', language)))
      files.push(path.join(out, 'data-team-start', language, name));
  }
});

async function kit(language: string): Promise<LocalisedDataTeamStart> {
  const content = await loadContent(nodeWorkspace(), path.join(ROOT, 'content'), {
    kits: ['data-team-start'],
  });
  return content.kits[0]?.localised.get(language) as LocalisedDataTeamStart;
}

describe('the poster in real PDF readers', () => {
  it('builds every variant in Dutch and English', () => {
    expect(files.map((f) => path.relative(out, f)).sort()).toEqual(
      ['en', 'nl'].flatMap((l) =>
        [
          'poster-a0-landscape-bleed',
          'poster-a2',
          'poster-a2-bleed',
          'poster-a2-tiled-a3',
          'poster-a2-tiled-a4',
          'poster-a2-upright',
          'poster-a3',
        ]
          .map((n) => named(l, n))
          .sort(),
      ),
    );
  });

  it('passes qpdf --check', () => {
    for (const file of files)
      expect(reader('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors found/);
  });

  it('embeds every font', () => {
    for (const file of files) {
      const rows = reader('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.split(/\s+/).slice(-5, -3)).toEqual(['yes', 'yes']);
    }
  });

  it('has the paper size, and trim and bleed boxes for the print shop', () => {
    const a2 = reader('pdfinfo', [find('nl', 'poster-a2')]);
    expect(a2).toMatch(/Page size:\s+1190\.55 x 1683\.78 pts \(A2\)/);
    expect(a2).toMatch(/Tagged:\s+yes/);
    const a0 = reader('pdfinfo', ['-box', find('nl', 'poster-a0-landscape-bleed')]);
    const trim =
      a0
        .match(/TrimBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/)
        ?.slice(1)
        .map(Number) ?? [];
    expect((trim[2] ?? 0) - (trim[0] ?? 0)).toBeCloseTo(3370.39, 0);
    expect((trim[3] ?? 0) - (trim[1] ?? 0)).toBeCloseTo(2383.94, 0);
    const tiled = reader('pdfinfo', [find('nl', 'poster-a2-tiled-a4')]);
    expect(tiled).toMatch(/Page size:\s+(595\.276 x 841\.89|841\.89 x 595\.276) pts \(A4\)/);
    expect(Number(tiled.match(/Pages:\s+(\d+)/)?.[1])).toBeGreaterThanOrEqual(4);
    const onA3 = reader('pdfinfo', [find('en', 'poster-a2-tiled-a3')]);
    expect(onA3).toMatch(/Page size:\s+(841\.89 x 1190\.55|1190\.55 x 841\.89) pts \(A3\)/);
    // The default print-shop A2: trimmed to A2, 3 mm (8.5 pt) bleed all round.
    const shop = reader('pdfinfo', ['-box', find('nl', 'poster-a2-bleed')]);
    const box = (name: string) =>
      shop
        .match(new RegExp(`${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`))
        ?.slice(1)
        .map(Number) ?? [];
    const [tx0 = 0, ty0 = 0, tx1 = 0, ty1 = 0] = box('TrimBox');
    expect(tx1 - tx0).toBeCloseTo(1190.55, 0);
    expect(ty1 - ty0).toBeCloseTo(1683.78, 0);
    const [bx0 = 0, , bx1 = 0] = box('BleedBox');
    expect(bx1 - bx0 - (tx1 - tx0)).toBeCloseTo(2 * 8.5, 0);
  });

  it('shows every assignment title as text, in its language', async () => {
    for (const language of ['nl', 'en']) {
      const { assignments, meta } = await kit(language);
      for (const name of ['poster-a2', 'poster-a2-upright']) {
        const text = reader('pdftotext', [find(language, name), '-']);
        const joined = text.replace(/-\n/g, '').replace(/\s+/g, ' ');
        const kept = text.replace(/-\n/g, '-').replace(/\s+/g, ' ');
        expect(joined).toContain(meta.title);
        for (const a of assignments) expect(joined.includes(a.title) || kept.includes(a.title)).toBe(true);
      }
      const info = reader('pdfinfo', [find(language, 'poster-a2')]);
      expect(info).toContain(`Title:           ${meta.title}`);
    }
  });

  it('has no two words on top of each other', () => {
    for (const file of files.filter((f) => !f.includes('tiled'))) {
      const html = reader('pdftotext', ['-bbox', file, '-']);
      const words = [
        ...html.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        word: m[5],
      }));
      expect(words.length).toBeGreaterThan(100);
      const clashes: string[] = [];
      for (let i = 0; i < words.length; i++) {
        const a = words[i];
        if (!a) continue;
        for (let j = i + 1; j < words.length; j++) {
          const b = words[j];
          if (!b) continue;
          // Shrunk by a fifth of the height: font boxes of neighbouring lines touch by design.
          const inset = Math.min(a.y1 - a.y0, b.y1 - b.y0) * 0.2;
          if (
            a.x0 + inset < b.x1 - inset &&
            b.x0 + inset < a.x1 - inset &&
            a.y0 + inset < b.y1 - inset &&
            b.y0 + inset < a.y1 - inset
          )
            clashes.push(`${a.word} / ${b.word}`);
        }
      }
      expect(clashes, path.basename(file)).toEqual([]);
    }
  });

  it('leaves the sheet light: under 20 % ink on a grey render, for office printers and copiers', () => {
    for (const file of files.filter((f) => !f.includes('tiled'))) {
      const base = path.join(tempDir('dts-ink-'), 'page');
      reader('pdftoppm', ['-gray', '-r', '20', '-singlefile', file, base]);
      const pgm = readFileSync(`${base}.pgm`);
      // P5 header: magic, width, height, maximum, then one byte per pixel.
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
      const [width, height] = [Number(header?.[1]), Number(header?.[2])];
      const pixels = pgm.subarray(pgm.length - width * height);
      let ink = 0;
      for (const value of pixels) ink += 1 - value / 255;
      expect(ink / pixels.length, path.basename(file)).toBeLessThan(0.2);
      // No large solid area: no 20 mm square (16 pixels at 20 dpi) is on average more than half ink.
      const side = 16;
      const sum = new Float64Array((width + 1) * (height + 1));
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++)
          sum[(y + 1) * (width + 1) + x + 1] =
            1 -
            (pixels[y * width + x] ?? 255) / 255 +
            (sum[y * (width + 1) + x + 1] ?? 0) +
            (sum[(y + 1) * (width + 1) + x] ?? 0) -
            (sum[y * (width + 1) + x] ?? 0);
      let darkest = 0;
      for (let y = 0; y + side <= height; y++)
        for (let x = 0; x + side <= width; x++) {
          const at = (yy: number, xx: number) => sum[yy * (width + 1) + xx] ?? 0;
          const block = at(y + side, x + side) - at(y, x + side) - at(y + side, x) + at(y, x);
          darkest = Math.max(darkest, block / (side * side));
        }
      expect(darkest, path.basename(file)).toBeLessThan(0.5);
    }
  });

  it('gives the same bytes when built twice', () => {
    for (const file of files) {
      const twin = path.join(again, path.relative(out, file));
      expect(readFileSync(file).equals(readFileSync(twin)), path.relative(out, file)).toBe(true);
    }
  });
});
