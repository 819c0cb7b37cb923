// The in-browser build makes the CLI's files: its real bundle (dist/maker/worker.js, run in a worker thread
// dressed as a Web Worker) against `dts build --brand`, for a brand with a low-resolution PNG logo and a
// light colour, both kits, Dutch. Every OOXML part and every PDF object must be the same after inflating,
// every other file byte for byte, and the warnings the same list.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makerData, writeMakerData } from '../../src/maker/write-data.js';
import type { MakerDiagnostic, MakerReply } from '../../src/maker/protocol.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { compareBuilds } from './compare.js';
import type { CliBuild } from './fixture.js';
import { cliBuild, fixtureRequest } from './fixture.js';
import { runBundle } from './run-bundle.js';

let cli: CliBuild;
let site: string;
let maker: Extract<MakerReply, { type: 'done' }>;
let progress: number;

beforeAll(async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'dts-maker-site-'));
  await writeMakerData(out, await makerData('content', 'dts 0.1.0'));
  site = path.join(out, 'maker');
  const run = await runBundle(site, fixtureRequest());
  if (run.reply.type !== 'done') throw new Error(`the in-browser build failed: ${JSON.stringify(run.reply)}`);
  maker = run.reply;
  progress = run.progress;
  cli = cliBuild();
}, 120_000);

describe('the in-browser build against dts build --brand', () => {
  it('makes the same zips, named after the organisation', () => {
    expect(maker.bundles.map((b) => b.name).sort()).toEqual([...cli.bundles.keys()].sort());
    expect([...cli.bundles.keys()].sort()).toEqual([
      'gemeente-lichtstad-checklist-samen-data-delen-1.0.0-nl.zip',
      'gemeente-lichtstad-data-team-start-1.0.0-nl.zip',
    ]);
    // One progress event per artefact: four posters, deck, handbook, checklist, cards, workshop.
    expect(progress).toBe(9);
  });

  it('every OOXML part, PDF object and other file the same', async () => {
    const comparison = await compareBuilds(new Map(maker.bundles.map((b) => [b.name, b.bytes])), cli.bundles);
    expect(comparison.differences).toEqual([]);
    expect(comparison.parts).toBeGreaterThan(1000);
    // The files in the zips: the licence byte-identical; the read-me but for the sizes it lists (each
    // side's own, which depend on the deflate); the PDFs, decks and documents equal object for object and
    // part for part, not byte for byte (fflate against Node's zlib).
    const files = (list: string[]) =>
      list.filter((w) => w.split(' › ').length === 2).map((w) => w.split('/').pop()!);
    expect(files(comparison.identical)).toEqual(['SourceSans3-OFL.txt', 'SourceSans3-OFL.txt']);
    expect(files(comparison.sizesOnly)).toEqual(['LEESMIJ.txt', 'LEESMIJ.txt']);
    expect(files(comparison.equalByParts).filter((f) => !/\.(pdf|docx|pptx)$/.test(f))).toEqual([]);
    // Four posters, deck and handbook; checklist, cards, workshop guide and deck.
    expect(files(comparison.equalByParts)).toHaveLength(10);
  });

  it('gives the same warnings as the CLI, each once', () => {
    // The brand file is /brand/brand.yaml in the browser, wherever the user keeps it on the CLI.
    // The page also gets them in its language; the CLI's JSON keeps the message's id and parameters.
    const comparable = (d: MakerDiagnostic | Diagnostic) => {
      const { text, hintText, messageId, params, ...english } = d as MakerDiagnostic & Diagnostic;
      return { ...english, ...(d.file?.endsWith('brand.yaml') ? { file: 'brand.yaml' } : {}) };
    };
    expect(maker.diagnostics.map(comparable)).toEqual(cli.diagnostics.map(comparable));
    const codes = maker.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'low-resolution').length).toBe(6);
    expect(codes).toContain('adjusted-colour');
    // The page asked in Dutch: the brand's and the logo's warnings come in Dutch, hints too.
    for (const d of maker.diagnostics.filter(
      (d) => d.code === 'adjusted-colour' || d.code === 'low-resolution',
    )) {
      expect(d.text, d.message).toMatch(/^(#[0-9A-F]{6} is te licht|Het logo wordt onscherp afgedrukt)/);
      expect(d.hintText, d.message).toBeDefined();
    }
  });

  it('reports a brand file the schema refuses, as the CLI does', async () => {
    const { reply } = await runBundle(site, {
      ...fixtureRequest(),
      brandYaml: 'organisation: X\ncolours:\n  primary: blue\n',
    });
    expect(reply).toMatchObject({
      type: 'failed',
      diagnostics: [{ severity: 'error', file: '/brand/brand.yaml', line: 3, field: 'colours.primary' }],
    });
  }, 60_000);
});
