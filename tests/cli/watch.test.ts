import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** A `dts watch` on a fresh copy of the fixture, English posters only, and a way to wait for its lines. */
function startWatch() {
  const content = tempContent({});
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'dts-watch-')), 'out');
  const child = spawn(
    process.execPath,
    [BIN, 'watch', '--content', content, '--kit', 'data-team-start', '--only', 'poster', '--out', out],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const count = (pattern: RegExp) => (output.match(new RegExp(pattern.source, 'g')) ?? []).length;
  /** Waits until `pattern` has been printed `times` times in all (generously: a loaded CI machine). */
  const waitFor = async (pattern: RegExp, times = 1) => {
    for (let i = 0; i < 400 && count(pattern) < times; i++) await new Promise((r) => setTimeout(r, 50));
    expect(count(pattern), output).toBeGreaterThanOrEqual(times);
  };
  const file = path.join(content, DTS_EN.replace(/^content\//, ''));
  const poster = () => readFileSync(path.join(out, 'data-team-start/en/poster-a2.pdf'));
  const text = () => readFileSync(file, 'utf8');
  const title = 'title: EN Opdracht a-two';
  return {
    file,
    poster,
    text,
    count,
    waitFor,
    output: () => output,
    /** The fixture's assignment title, as the poster prints it, set to `to`. */
    retitle: (to: string, save: (file: string, text: string) => void) =>
      save(file, text().replace(/title: EN Opdracht [^\n]*/, `title: EN Opdracht ${to}`)),
    title,
    stop: () => child.kill('SIGINT'),
  };
}

const REBUILT = /→ rebuilt data-team-start \(en\) in \d+ ms/;

/** Saves as sed -i, gedit, Emacs and JetBrains' safe write do: a new file renamed over the old one. */
function saveByRename(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp-save`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

describe('dts watch sees every save', () => {
  it('saves by rename, one after another, each rebuilt (the second went unseen before)', async () => {
    const w = startWatch();
    try {
      await w.waitFor(/watching/);
      for (let i = 1; i <= 3; i++) {
        const before = w.poster();
        w.retitle(`renamed ${i}`, saveByRename);
        await w.waitFor(REBUILT, i);
        expect(w.poster().equals(before), `save ${i}`).toBe(false);
      }
    } finally {
      w.stop();
    }
  }, 60_000);

  it('in-place saves, with the time and the file that triggered each rebuild', async () => {
    const w = startWatch();
    try {
      await w.waitFor(/watching/);
      w.retitle('in place', writeFileSync);
      await w.waitFor(REBUILT);
      expect(w.output()).toMatch(
        /^\d\d:\d\d:\d\d {2}\S*data-team-start\/texts\/en\.yaml changed → rebuilt data-team-start \(en\) in \d+ ms$/m,
      );
      w.retitle('in place again', writeFileSync);
      await w.waitFor(REBUILT, 2);
    } finally {
      w.stop();
    }
  }, 60_000);

  it('a burst of 30 saves: a few rebuilds at most, and the last save is what is built', async () => {
    const w = startWatch();
    try {
      await w.waitFor(/watching/);
      for (let i = 1; i <= 30; i++) {
        w.retitle(`burst ${i}`, i % 2 ? writeFileSync : saveByRename);
        await new Promise((r) => setTimeout(r, 10));
      }
      await w.waitFor(REBUILT);
      // Quiet for a while: no rebuild is still on its way.
      await new Promise((r) => setTimeout(r, 1000));
      expect(w.count(REBUILT)).toBeLessThanOrEqual(5);
      const settled = w.poster();
      w.retitle('burst 30', writeFileSync); // the same text as the last save of the burst
      await w.waitFor(REBUILT, w.count(REBUILT) + 1);
      expect(w.poster().equals(settled)).toBe(true);
    } finally {
      w.stop();
    }
  }, 60_000);

  it('a broken save is reported, and the fix rebuilds', async () => {
    const w = startWatch();
    try {
      await w.waitFor(/watching/);
      const good = w.text();
      saveByRename(w.file, `${good}\n  : [unclosed\n`);
      await w.waitFor(/→ not rebuilt: fix the problems above and save again/);
      const before = w.poster();
      saveByRename(w.file, good.replace(w.title, 'title: EN Opdracht fixed'));
      await w.waitFor(REBUILT);
      expect(w.poster().equals(before)).toBe(false);
    } finally {
      w.stop();
    }
  }, 60_000);

  it('a text file deleted and made again: reported, then rebuilt', async () => {
    const w = startWatch();
    try {
      await w.waitFor(/watching/);
      const good = w.text();
      rmSync(w.file);
      await w.waitFor(/en\.yaml (and \d+ more )?changed → /);
      const afterDelete = w.output();
      expect(afterDelete).not.toMatch(REBUILT);
      const before = w.poster();
      writeFileSync(w.file, good.replace(w.title, 'title: EN Opdracht recreated'));
      await w.waitFor(REBUILT);
      expect(w.poster().equals(before)).toBe(false);
    } finally {
      w.stop();
    }
  }, 60_000);
});
