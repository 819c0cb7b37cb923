import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Saved } from '../../src/cli/watch-command.js';
import { affected, coalesce } from '../../src/cli/watch-command.js';
import { DTS_EN } from '../helpers/fixture.js';
import { tempContent } from '../helpers/temp-content.js';

const BIN = path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'bin.js');
const REPO = path.join(import.meta.dirname, '..', '..');
const sources = new Map([['data-team-start', 'nl']]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
  it('a text of a kit whose source language is not known yet (a new kit): every language of it', () => {
    expect(affected('new-kit/texts/en.yaml', sources)).toEqual({ kits: ['new-kit'] });
  });
  it('an editor swap, lock or backup file, or a stray file: nothing', () => {
    expect(affected('data-team-start/texts/.en.yaml.swp', sources)).toBe('nothing');
    expect(affected('data-team-start/texts/.#en.yaml', sources)).toBe('nothing');
    expect(affected('data-team-start/texts/en.yaml~', sources)).toBe('nothing');
    expect(affected('data-team-start/.kit.yaml.tmp.yaml', sources)).toBe('nothing');
    expect(affected('README.md', sources)).toBe('nothing');
  });
});

describe('saves coalesced into rebuilds', () => {
  const save = (shown: string): Saved => ({ shown, at: new Date() });

  it('saves during a rebuild give one follow-up rebuild with all of them, after it', async () => {
    const batches: string[][] = [];
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const firstStarted = new Promise<void>((r) => (started = r));
    const saves = coalesce(async (batch) => {
      batches.push([...batch.keys()]);
      if (batches.length === 1) {
        started();
        await new Promise<void>((r) => (release = r));
      }
    }, 20);
    saves.note(save('a'));
    saves.note(save('a'));
    await firstStarted;
    for (const name of ['b', 'c', 'b']) {
      saves.note(save(name));
      await sleep(40); // longer than the quiet period: each would start a rebuild if none were running
    }
    expect(batches).toEqual([['a']]);
    release();
    for (let i = 0; i < 200 && batches.length < 2; i++) await sleep(10);
    await sleep(100); // and no third one
    await saves.stop();
    expect(batches).toEqual([['a'], ['c', 'b']]);
  });
});

/** `dts watch` as a process, with what it printed so far. */
class Watch {
  private output = '';
  private readonly child: ChildProcessWithoutNullStreams;

  constructor(args: readonly string[]) {
    this.child = spawn(process.execPath, [BIN, 'watch', ...args], { cwd: REPO });
    this.child.stdout.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child.stderr.on('data', (d: Buffer) => (this.output += d.toString()));
  }

  /** Where the output is now: wait for what comes after it. */
  mark(): number {
    return this.output.length;
  }

  printed(after = 0): string {
    return this.output.slice(after);
  }

  /** Waits (generously: test machines are busy) until a line after `after` matches. */
  async waitFor(pattern: RegExp, after = 0): Promise<string> {
    for (const deadline = Date.now() + 25_000; Date.now() < deadline; await sleep(25)) {
      const match = pattern.exec(this.output.slice(after));
      if (match) return match[0];
    }
    throw new Error(
      `no line matching ${pattern} after:\n${this.output.slice(after)}\n(all output:\n${this.output})`,
    );
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGINT');
    await exited;
  }
}

const running: Watch[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.stop()));
});

function startWatch(args: readonly string[]): Watch {
  const watch = new Watch(args);
  running.push(watch);
  return watch;
}

let saves = 0;
/** A save as sed -i, gedit, Emacs or JetBrains make it: a new file renamed over the old one. */
function saveByRename(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${saves++}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** A save that writes into the file itself (same inode). */
function saveInPlace(file: string, text: string): void {
  writeFileSync(file, text);
}

/** Temporary content and an output folder next to it, and the paths the tests look at. */
function setUp() {
  const content = tempContent({});
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'dts-watch-')), 'out');
  const en = path.join(content, DTS_EN.replace(/^content\//, ''));
  const poster = (language: string) =>
    path.join(out, 'data-team-start', language, `data-team-start-poster-a2-${language}.pdf`);
  const args = ['--content', content, '--kit', 'data-team-start', '--only', 'poster', '--out', out];
  return { content, out, en, poster, args, original: readFileSync(en, 'utf8') };
}

const retitled = (text: string, title: string) => text.replace('title: EN Opdracht a-two', `title: ${title}`);
const rebuiltEn = (file: string) =>
  new RegExp(
    `^\\d\\d:\\d\\d:\\d\\d  ${escape(file)} changed → rebuilt data-team-start en in \\d+\\.\\d\\d s$`,
    'm',
  );
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('dts watch', () => {
  it('rebuilds the language whose text file was saved, and leaves the others alone', async () => {
    const { en, poster, args, original } = setUp();
    const watch = startWatch(args);
    await watch.waitFor(/^watching .*; Ctrl\+C stops$/m);
    const nl = readFileSync(poster('nl'));
    const before = readFileSync(poster('en'));
    saveInPlace(en, retitled(original, 'EN Opdracht twee'));
    await watch.waitFor(rebuiltEn(en));
    expect(readFileSync(poster('nl')).equals(nl)).toBe(true);
    expect(readFileSync(poster('en')).equals(before)).toBe(false);
  }, 60_000);

  it('sees every save, in place or by rename, however they follow each other', async () => {
    const { en, poster, args, original } = setUp();
    const watch = startWatch(args);
    await watch.waitFor(/^watching /m);
    const seen = [readFileSync(poster('en'))];
    const order = [saveByRename, saveInPlace, saveByRename, saveByRename, saveInPlace, saveByRename];
    for (const [i, save] of order.entries()) {
      const mark = watch.mark();
      save(en, retitled(original, `EN Opdracht versie ${i + 1}`));
      await watch.waitFor(rebuiltEn(en), mark);
      const now = readFileSync(poster('en'));
      // Each save's own poster: not the one before it, nor any earlier one.
      expect(seen.some((b) => b.equals(now))).toBe(false);
      seen.push(now);
    }
  }, 90_000);

  it('a burst of 30 saves gives one or a few rebuilds, and the last one holds the last save', async () => {
    const { en, poster, args, original } = setUp();
    const watch = startWatch(args);
    await watch.waitFor(/^watching /m);
    const first = readFileSync(poster('en'));
    const mark = watch.mark();
    for (let i = 1; i <= 30; i++) {
      // The last save puts the original text back: the poster must end as it began.
      const text = i === 30 ? original : retitled(original, `EN Opdracht poging ${i}`);
      (i % 2 ? saveByRename : saveInPlace)(en, text);
      await sleep(10);
    }
    await watch.waitFor(rebuiltEn(en), mark);
    for (let i = 0; i < 500 && !readFileSync(poster('en')).equals(first); i++) await sleep(50);
    expect(readFileSync(poster('en')).equals(first)).toBe(true);
    const rebuilds = watch.printed(mark).match(/ changed → rebuilt /g) ?? [];
    expect(rebuilds.length).toBeGreaterThanOrEqual(1);
    expect(rebuilds.length).toBeLessThanOrEqual(5);
  }, 60_000);

  it('a broken save prints its problems and goes on watching; the fix rebuilds', async () => {
    const { en, poster, args, original } = setUp();
    const watch = startWatch(args);
    await watch.waitFor(/^watching /m);
    const before = readFileSync(poster('en'));
    let mark = watch.mark();
    saveByRename(en, `${original}\nbroken: [unclosed\n`);
    await watch.waitFor(new RegExp(`^${escape(en)}:\\d+:\\d+  error  .*not valid YAML`, 'm'), mark);
    await watch.waitFor(/ changed → not rebuilt: fix the problems above and save again$/m, mark);
    expect(readFileSync(poster('en')).equals(before)).toBe(true);
    mark = watch.mark();
    saveByRename(en, retitled(original, 'EN Opdracht hersteld'));
    await watch.waitFor(rebuiltEn(en), mark);
    expect(readFileSync(poster('en')).equals(before)).toBe(false);
  }, 60_000);

  it('a deleted text file is reported and its last build kept; recreated, it rebuilds; a new one builds', async () => {
    const { content, en, poster, args, original } = setUp();
    const watch = startWatch(args);
    await watch.waitFor(/^watching /m);
    const before = readFileSync(poster('en'));
    let mark = watch.mark();
    unlinkSync(en);
    await watch.waitFor(
      new RegExp(
        `^\\d\\d:\\d\\d:\\d\\d  ${escape(en)} deleted → data-team-start en not rebuilt: its file is gone`,
        'm',
      ),
      mark,
    );
    expect(readFileSync(poster('en')).equals(before)).toBe(true);
    mark = watch.mark();
    writeFileSync(en, retitled(original, 'EN Opdracht terug'));
    await watch.waitFor(rebuiltEn(en), mark);
    expect(readFileSync(poster('en')).equals(before)).toBe(false);
    // A new language: its file appears, its poster is built.
    const de = path.join(path.dirname(en), 'de.yaml');
    mark = watch.mark();
    saveByRename(de, original.replace(/^language: en$/m, 'language: de'));
    await watch.waitFor(new RegExp(`  ${escape(de)} changed → rebuilt data-team-start de in `), mark);
    expect(existsSync(poster('de'))).toBe(true);
    expect(existsSync(path.join(content, 'data-team-start'))).toBe(true);
  }, 60_000);

  it('rebuilds everything when the brand file or its logo, in a folder of its own, is saved by rename', async () => {
    const { poster, args } = setUp();
    const brandDir = mkdtempSync(path.join(tmpdir(), 'dts-watch-brand-'));
    const brand = path.join(brandDir, 'brand.yaml');
    const logo = path.join(brandDir, 'logos', 'logo.svg');
    mkdirSync(path.dirname(logo));
    copyFileSync(path.join(REPO, 'examples', 'brand', 'logo.svg'), logo);
    writeFileSync(brand, 'organisation: Gemeente X\nlogo: logos/logo.svg\n');
    const watch = startWatch([...args, '--brand', brand]);
    await watch.waitFor(/^watching .* and .*brand\.yaml; Ctrl\+C stops$/m);
    let before = [readFileSync(poster('nl')), readFileSync(poster('en'))];
    let mark = watch.mark();
    saveByRename(logo, readFileSync(logo, 'utf8').replaceAll('#6B2C91', '#1F5E3A'));
    await watch.waitFor(
      new RegExp(`  ${escape(logo)} changed → rebuilt everything in \\d+\\.\\d\\d s$`, 'm'),
      mark,
    );
    expect(readFileSync(poster('nl')).equals(before[0]!)).toBe(false);
    expect(readFileSync(poster('en')).equals(before[1]!)).toBe(false);
    before = [readFileSync(poster('nl')), readFileSync(poster('en'))];
    mark = watch.mark();
    saveByRename(brand, 'organisation: Gemeente Y\nlogo: logos/logo.svg\n');
    await watch.waitFor(
      new RegExp(`  ${escape(brand)} changed → rebuilt everything in \\d+\\.\\d\\d s$`, 'm'),
      mark,
    );
    expect(readFileSync(poster('nl')).equals(before[0]!)).toBe(false);
  }, 60_000);
});
