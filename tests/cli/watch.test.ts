import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { affected } from '../../src/cli/watch-command.js';
import { DTS_EN } from '../helpers/fixture.js';
import { tempContent } from '../helpers/temp-content.js';

const BIN = path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'bin.js');
const sources = new Map([['data-team-start', 'nl']]);

describe('what a changed file affects', () => {
  it('a translation: its own language of its kit', () => {
    expect(affected('data-team-start/texts/en.yaml', sources)).toEqual({
      kits: ['data-team-start'],
      languages: ['en'],
    });
  });
  it("a translation's record of its source texts (dts translate accept): that language", () => {
    expect(affected('data-team-start/texts/en.translated-from.json', sources)).toEqual({
      kits: ['data-team-start'],
      languages: ['en'],
    });
    expect(affected('data-team-start/texts/.en.translated-from.json.123.tmp', sources)).toBe('nothing');
  });
  it('the source language or the structure: every language of the kit', () => {
    expect(affected('data-team-start/texts/nl.yaml', sources)).toEqual({ kits: ['data-team-start'] });
    expect(affected('data-team-start/kit.yaml', sources)).toEqual({ kits: ['data-team-start'] });
  });
  it('an editor swap file or a stray file: nothing', () => {
    expect(affected('data-team-start/texts/.en.yaml.swp', sources)).toBe('nothing');
    expect(affected('README.md', sources)).toBe('nothing');
  });
});

describe('dts watch', () => {
  it('rebuilds the language whose text file was saved, and leaves the others alone', async () => {
    const content = tempContent({});
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'dts-watch-')), 'out');
    const child = spawn(
      process.execPath,
      [BIN, 'watch', '--content', content, '--only', 'poster', '--out', out],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const waitFor = async (pattern: RegExp) => {
      for (let i = 0; i < 300 && !pattern.test(output); i++) await new Promise((r) => setTimeout(r, 50));
      expect(output).toMatch(pattern);
    };
    try {
      await waitFor(/watching/);
      const nl = readFileSync(path.join(out, 'data-team-start/nl/poster-a2.pdf'));
      const en = readFileSync(path.join(out, 'data-team-start/en/poster-a2.pdf'));
      const file = path.join(content, DTS_EN.replace(/^content\//, ''));
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('title: EN Opdracht a-two', 'title: EN Opdracht twee'),
      );
      await waitFor(/rebuilt data-team-start \(en\) in \d+ ms/);
      expect(readFileSync(path.join(out, 'data-team-start/nl/poster-a2.pdf')).equals(nl)).toBe(true);
      expect(readFileSync(path.join(out, 'data-team-start/en/poster-a2.pdf')).equals(en)).toBe(false);
    } finally {
      child.kill('SIGINT');
    }
  }, 30_000);
});
