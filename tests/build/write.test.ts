import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKER, MARKER_BYTES } from '../../src/build/output.js';
import { checkOutputFolder, recoverOutput, replaceOutput, writeSite } from '../../src/build/write.js';

function previousOutput(): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'dts-write-'));
  const out = path.join(parent, 'build-output');
  mkdirSync(path.join(out, 'kit', 'nl'), { recursive: true });
  writeFileSync(path.join(out, 'kit', 'nl', 'old.pdf'), 'old');
  writeFileSync(path.join(out, 'manifest.json'), '{"artefacts":[],"bundles":[]}');
  writeFileSync(path.join(out, MARKER), MARKER_BYTES);
  return out;
}

/** A process id that is no longer running: what a killed build leaves in its folder names. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

/** A folder as dts leaves it: the marker and one file. */
function ownFolder(folder: string, file = 'x.pdf'): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, MARKER), MARKER_BYTES);
  writeFileSync(path.join(folder, file), file);
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

describe('which folders dts replaces', () => {
  const parent = () => mkdtempSync(path.join(tmpdir(), 'dts-check-'));

  it('a missing, an empty, or a marked folder', async () => {
    const root = parent();
    await checkOutputFolder(path.join(root, 'new'));
    mkdirSync(path.join(root, 'empty'));
    await checkOutputFolder(path.join(root, 'empty'));
    await checkOutputFolder(previousOutput());
  });

  it('never one without the marker: dotfiles only, a website, a manifest.json of its own', async () => {
    for (const names of [['.env', '.config'], ['index.html', 'downloads/a.zip'], ['manifest.json']]) {
      const out = parent();
      for (const name of names) {
        mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
        writeFileSync(path.join(out, name), 'mine');
      }
      await expect(checkOutputFolder(out)).rejects.toThrow(
        `--out ${out}: dts did not make this folder (it holds`,
      );
    }
  });

  it('never the content folder, a folder holding it, the home folder, /, or a folder with .git', async () => {
    const root = parent();
    const content = path.join(root, 'content');
    ownFolder(content);
    await expect(checkOutputFolder(content, { contentDir: content })).rejects.toThrow(
      'is the content folder',
    );
    await expect(checkOutputFolder(root, { contentDir: content })).rejects.toThrow(
      'holds the content folder',
    );
    await expect(checkOutputFolder(homedir())).rejects.toThrow('is the home folder');
    await expect(checkOutputFolder('/')).rejects.toThrow('is the root of the filesystem');
    await expect(checkOutputFolder(process.cwd())).rejects.toThrow('the folder dts runs in');
    const repo = path.join(root, 'repo');
    ownFolder(repo);
    mkdirSync(path.join(repo, '.git'));
    await expect(checkOutputFolder(repo)).rejects.toThrow('holds a .git repository');
  });

  it('sees through a symbolic link to the content folder', async () => {
    const root = parent();
    const content = path.join(root, 'content');
    ownFolder(content);
    const { symlinkSync } = await import('node:fs');
    symlinkSync(content, path.join(root, 'link'));
    await expect(checkOutputFolder(path.join(root, 'link'), { contentDir: content })).rejects.toThrow(
      'is the content folder',
    );
  });
});

describe('a build killed half-way', () => {
  it('between the two renames: the next run puts the previous output back and removes the new one', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dts-crash-'));
    const out = path.join(root, 'out');
    const pid = deadPid();
    ownFolder(path.join(root, `out.dts-previous-${pid}`), 'old.pdf');
    ownFolder(path.join(root, `out.dts-staging-${pid}`), 'new.pdf');
    await recoverOutput(out);
    expect(readdirSync(root)).toEqual(['out']);
    expect(readFileSync(path.join(out, 'old.pdf'), 'utf8')).toBe('old.pdf');
  });

  it('stale staging folders do not pile up; folders without the marker, or of a live run, are left alone', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dts-stale-'));
    const out = path.join(root, 'out');
    ownFolder(out);
    const dead = [deadPid(), deadPid(), deadPid()];
    for (const pid of dead) ownFolder(path.join(root, `out.dts-staging-${pid}`));
    mkdirSync(path.join(root, `out.dts-staging-${deadPid()}`)); // killed before its marker: empty
    const foreign = path.join(root, `out.dts-staging-${deadPid()}`);
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'notes.txt'), 'mine');
    const live = path.join(root, `out.dts-staging-${process.ppid}`);
    ownFolder(live);
    writeFileSync(path.join(root, 'out.staging-12'), 'older dts, or not dts at all');
    await replaceOutput(out, [{ path: 'kit/nl/new.pdf', bytes: Buffer.from('new') }], {
      keepPrevious: false,
    });
    await recoverOutput(out);
    expect(readdirSync(root).sort()).toEqual(
      ['out', path.basename(foreign), path.basename(live), 'out.staging-12'].sort(),
    );
    expect(readFileSync(path.join(foreign, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('every output carries the marker, and it is not listed among the files', async () => {
    const out = previousOutput();
    const written = await replaceOutput(out, [{ path: 'kit/nl/new.pdf', bytes: Buffer.from('new') }], {
      keepPrevious: false,
    });
    expect(readFileSync(path.join(out, MARKER))).toEqual(MARKER_BYTES);
    expect(written).toEqual([path.join(out, 'kit/nl/new.pdf')]);
  });
});

describe('writing the download pages', () => {
  it('writes a page per language and the previews, and removes the page of a language no longer there', async () => {
    const out = previousOutput();
    writeFileSync(path.join(out, 'index.de.html'), 'old German page');
    writeFileSync(path.join(out, 'index.html'), 'old page');
    await writeSite(
      out,
      [
        { path: 'index.html', html: '<p>nl</p>' },
        { path: 'index.en.html', html: '<p>en</p>' },
      ],
      [{ path: 'previews/a.webp', bytes: Buffer.from('webp') }],
    );
    expect(readdirSync(out).sort()).toEqual(
      [MARKER, 'index.en.html', 'index.html', 'kit', 'manifest.json', 'previews'].sort(),
    );
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<p>nl</p>');
    expect(readFileSync(path.join(out, 'index.en.html'), 'utf8')).toBe('<p>en</p>');
    expect(readdirSync(path.join(out, 'previews'))).toEqual(['a.webp']);
  });
});
