import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceOutput } from '../../src/build/write.js';

function previousOutput(): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'dts-write-'));
  const out = path.join(parent, 'build-output');
  mkdirSync(path.join(out, 'kit', 'nl'), { recursive: true });
  writeFileSync(path.join(out, 'kit', 'nl', 'old.pdf'), 'old');
  writeFileSync(path.join(out, 'manifest.json'), '{"artefacts":[],"bundles":[]}');
  return out;
}

describe('writing the output folder', () => {
  it('replaces the whole folder when everything was written', async () => {
    const out = previousOutput();
    await replaceOutput(out, [{ path: 'kit/nl/new.pdf', bytes: Buffer.from('new') }], {
      keepPrevious: false,
    });
    expect(readdirSync(path.join(out, 'kit', 'nl'))).toEqual(['new.pdf']);
    expect(readdirSync(path.dirname(out))).toEqual(['build-output']);
  });

  it('carries the previous files over for a partial build', async () => {
    const out = previousOutput();
    await replaceOutput(out, [{ path: 'kit/nl/new.pdf', bytes: Buffer.from('new') }], { keepPrevious: true });
    expect(readdirSync(path.join(out, 'kit', 'nl')).sort()).toEqual(['new.pdf', 'old.pdf']);
  });

  it('leaves the previous output untouched, and no staging folder behind, when writing fails', async () => {
    const out = previousOutput();
    // A file and a folder of the same name: the second write fails half-way, like a full disk would.
    const files = [
      { path: 'kit/en/deck.pptx', bytes: Buffer.from('a') },
      { path: 'kit/en/deck.pptx/inner', bytes: Buffer.from('b') },
    ];
    await expect(replaceOutput(out, files, { keepPrevious: false })).rejects.toThrow();
    expect(readFileSync(path.join(out, 'kit', 'nl', 'old.pdf'), 'utf8')).toBe('old');
    expect(readdirSync(path.dirname(out))).toEqual(['build-output']);
  });

  it('never writes through to a previous file while carrying the output over, even when the build then fails', async () => {
    const out = previousOutput();
    const files = [
      { path: 'kit/nl/old.pdf', bytes: Buffer.from('new') },
      { path: 'kit/en/deck.pptx', bytes: Buffer.from('a') },
      { path: 'kit/en/deck.pptx/inner', bytes: Buffer.from('b') },
    ];
    await expect(replaceOutput(out, files, { keepPrevious: true })).rejects.toThrow();
    expect(readFileSync(path.join(out, 'kit', 'nl', 'old.pdf'), 'utf8')).toBe('old');
    await replaceOutput(out, files.slice(0, 1), { keepPrevious: true });
    expect(readFileSync(path.join(out, 'kit', 'nl', 'old.pdf'), 'utf8')).toBe('new');
  });
});
