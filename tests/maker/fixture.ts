// The fixture brand of the in-browser build's tests and bench: a municipality with a low-resolution PNG
// logo (120 × 40 px, prints below 150 dpi everywhere) and a light brand colour (dark text set on it
// automatically), both kits, one language; and the CLI's build of it (`dts build --brand`, a real process).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encode } from 'fast-png';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { MakerBuildRequest } from '../../src/maker/protocol.js';

export const ROOT = path.join(import.meta.dirname, '..', '..');

export const BRAND_YAML = `organisation: Gemeente Lichtstad
contact: 'communicatie@lichtstad.example · 0123 456 789'
logo: logo.png
colours:
  primary: '#F5C842'
`;

/** A 120 × 40 logo: a blue band on a half-transparent ground, so flattening matters. */
export function fixtureLogo(): Uint8Array {
  const width = 120;
  const height = 40;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      data.set(y > 10 && y < 30 ? [20, 90, 200, 255] : [240, 120, 20, (x * 2) & 255], (y * width + x) * 4);
  return encode({ width, height, data, channels: 4, depth: 8 });
}

export function fixtureRequest(languages: readonly string[] = ['nl']): MakerBuildRequest {
  return {
    type: 'build',
    pageLanguage: 'nl',
    brandYaml: BRAND_YAML,
    files: { 'logo.png': fixtureLogo() },
    kits: ['data-team-start', 'checklist-samen-data-delen'],
    languages,
  };
}

export interface CliBuild {
  readonly bundles: Map<string, Uint8Array>;
  readonly diagnostics: Diagnostic[];
  readonly seconds: number;
}

/** `dts build --brand` of the fixture, as a user runs it (from the project folder, content/). */
export function cliBuild(languages: readonly string[] = ['nl']): CliBuild {
  const dir = mkdtempSync(path.join(tmpdir(), 'dts-maker-cli-'));
  writeFileSync(path.join(dir, 'brand.yaml'), BRAND_YAML);
  writeFileSync(path.join(dir, 'logo.png'), fixtureLogo());
  const out = path.join(dir, 'out');
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'dist', 'cli', 'bin.js'),
      'build',
      '--brand',
      path.join(dir, 'brand.yaml'),
      '--lang',
      languages.join(','),
      '--out',
      out,
      '--json',
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, SOURCE_DATE_EPOCH: '' } },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`dts build failed: ${result.stderr}`);
  const summary = JSON.parse(result.stdout) as { diagnostics: Diagnostic[] };
  const downloads = path.join(out, 'downloads');
  const bundles = new Map(
    readdirSync(downloads).map((name) => [name, new Uint8Array(readFileSync(path.join(downloads, name)))]),
  );
  return { bundles, diagnostics: summary.diagnostics, seconds };
}
