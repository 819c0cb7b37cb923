import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFolderFor, slug } from '../../src/cli/build-command.js';
import { FIXTURE_DIR } from '../helpers/fixture.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const bin = path.join(ROOT, 'dist', 'cli', 'bin.js');

function brandFolder(organisation: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dts-brand-'));
  writeFileSync(
    path.join(dir, 'brand.yaml'),
    `organisation: ${organisation}\nlogo: logo.svg\ncolours:\n  primary: '#6B2C91'\n`,
  );
  copyFileSync(path.join(ROOT, 'examples', 'brand', 'logo.svg'), path.join(dir, 'logo.svg'));
  return path.join(dir, 'brand.yaml');
}

describe('where a branded build goes', () => {
  it('names its folder after the organisation, never the public output', () => {
    expect(slug('Gemeente Voorbeeld — Data Team')).toBe('gemeente-voorbeeld-data-team');
    expect(slug('Ville de Liège')).toBe('ville-de-liege');
    expect(slug('!!!')).toBe('brand');
    expect(outputFolderFor(undefined, 'Gemeente Voorbeeldstad')).toBe('build-gemeente-voorbeeldstad');
    expect(outputFolderFor(undefined, undefined)).toBe('build-output');
    expect(outputFolderFor('my-kit', 'Gemeente Voorbeeldstad')).toBe('my-kit');
  });

  const build = (brand: string, cwd: string, ...more: string[]) => {
    const args = ['--content', FIXTURE_DIR, '--kit', 'data-team-start', '--only', 'poster', '--bleed', '0'];
    const result = spawnSync(process.execPath, [bin, 'build', ...args, '--brand', brand, ...more], {
      cwd,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    return result;
  };

  it('without --out writes to build-<organisation> with zips named after it, and says so', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'dts-cwd-'));
    const result = build(brandFolder('Gemeente Voorbeeld Data Team'), cwd);
    expect(existsSync(path.join(cwd, 'build-output'))).toBe(false);
    const out = path.join(cwd, 'build-gemeente-voorbeeld-data-team');
    expect(readdirSync(path.join(out, 'downloads')).sort()).toEqual([
      'gemeente-voorbeeld-data-team-data-team-start-1.0.0-en.zip',
      'gemeente-voorbeeld-data-team-data-team-start-1.0.0-nl.zip',
    ]);
    expect(result.stdout).toContain(
      `The kit branded for Gemeente Voorbeeld Data Team is in build-gemeente-voorbeeld-data-team${path.sep}`,
    );
    expect(result.stdout).toContain('build-output/, the public kit, is untouched');
  }, 60_000);

  it('with --out goes where it is told, still with the organisation in the zip names', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'dts-out-')), 'kit');
    const result = build(brandFolder('Gemeente X'), tmpdir(), '--lang', 'nl', '--out', out);
    expect(readdirSync(path.join(out, 'downloads'))).toEqual(['gemeente-x-data-team-start-1.0.0-nl.zip']);
    expect(result.stdout).not.toContain('is untouched');
  }, 60_000);
});
