// The build never deletes what it did not make (issue 12): every way a folder was lost before, through
// the real command.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKER, MARKER_BYTES } from '../../src/build/output.js';
import { run } from '../../src/cli/main.js';
import { FIXTURE_DIR } from '../helpers/fixture.js';
import { tempContent } from '../helpers/temp-content.js';

const BIN = path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'bin.js');

async function dts(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const poster = (out: string, ...more: string[]) =>
  dts('build', '--content', FIXTURE_DIR, '--only', 'poster', '--lang', 'nl', ...more, '--out', out);

/** Every file under a folder, relative, sorted: what must still be there after a refused build. */
function tree(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)))
    .sort();
}

function folderWith(files: Record<string, string>): string {
  const out = mkdtempSync(path.join(tmpdir(), 'dts-mine-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    writeFileSync(path.join(out, name), text);
  }
  return out;
}

describe('dts build refuses a folder it cannot prove it made', () => {
  for (const [what, files] of [
    ['a fresh git repository', { '.git/HEAD': 'ref: refs/heads/main\n' }],
    ['a folder of dotfiles', { '.env': 'SECRET=1', '.config/app.ini': 'x' }],
    ['a website', { 'index.html': '<h1>mine</h1>', 'downloads/talk.zip': 'zip' }],
    ['a folder with its own manifest.json', { 'manifest.json': '{"artefacts":[],"bundles":[]}' }],
  ] as const) {
    it(`${what}: exit 2, a message naming it, nothing touched`, async () => {
      const out = folderWith(files);
      const before = tree(out);
      for (const args of [[], ['--kit', 'data-team-start']]) {
        const result = await poster(out, ...args);
        expect(result.code).toBe(2);
        expect(result.err).toContain(`--out ${out}: `);
        expect(result.err).toContain('choose another --out');
        expect(tree(out)).toEqual(before);
        expect(readdirSync(path.dirname(out)).filter((n) => n.startsWith(path.basename(out) + '.'))).toEqual(
          [],
        );
      }
    });
  }

  it('the content folder itself, and the folder holding it', async () => {
    const content = tempContent({});
    const before = tree(content);
    const into = await dts('build', '--content', content, '--only', 'poster', '--out', content);
    expect(into.code).toBe(2);
    expect(into.err).toContain(`--out ${content}: is the content folder`);
    const parent = path.dirname(content);
    const above = await dts('build', '--content', content, '--only', 'poster', '--out', parent);
    expect(above.code).toBe(2);
    expect(above.err).toContain('holds the content folder');
    expect(tree(content)).toEqual(before);
  });

  it('an output of an older dts (manifest, no marker): a message saying to empty it once', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dts-old-'));
    expect((await poster(out)).code).toBe(0);
    rmSync(path.join(out, MARKER));
    const result = await poster(out);
    expect(result.code).toBe(2);
    expect(result.err).toContain('an output of an older dts has no marker either: empty it once');
  });

  it('builds into its own output again, with the marker, unlisted, and sha256sum -c still passing', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dts-own-'));
    expect((await poster(out)).code).toBe(0);
    expect((await poster(out, '--paper', 'A3')).code).toBe(0);
    expect((await poster(out)).code).toBe(0);
    expect(readFileSync(path.join(out, MARKER))).toEqual(MARKER_BYTES);
    expect(readFileSync(path.join(out, 'SHA256SUMS'), 'utf8')).not.toContain(MARKER);
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).not.toContain(MARKER);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });
});

describe('a build killed between the two renames', () => {
  it('the next build puts the previous output back first, and leaves no leftovers', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dts-killed-'));
    const out = path.join(root, 'out');
    expect((await poster(out)).code).toBe(0);
    const pid = spawnSync(process.execPath, ['-e', '0']).pid!;
    // As a killed run leaves it: the old output moved aside, the new one staged, no output folder.
    const { renameSync, cpSync } = await import('node:fs');
    cpSync(out, path.join(root, `out.dts-staging-${pid}`), { recursive: true });
    renameSync(out, path.join(root, `out.dts-previous-${pid}`));
    writeFileSync(path.join(root, `out.dts-previous-${pid}`, 'data-team-start', 'keep.txt'), 'old');
    const result = await dts(
      'build',
      '--content',
      FIXTURE_DIR,
      '--only',
      'poster',
      '--lang',
      'en',
      '--out',
      out,
    );
    expect(result.code, result.err).toBe(0);
    expect(readdirSync(root)).toEqual(['out']);
    // The partial build kept the restored previous output's files.
    expect(readFileSync(path.join(out, 'data-team-start', 'keep.txt'), 'utf8')).toBe('old');
    expect(readdirSync(path.join(out, 'data-team-start')).sort()).toEqual(['en', 'keep.txt', 'nl']);
  });
});

describe('dts site', () => {
  it('says a corrupt manifest.json is corrupt, naming it, exit 1', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dts-corrupt-'));
    expect((await poster(out)).code).toBe(0);
    writeFileSync(path.join(out, 'manifest.json'), '{"generator": "dts 0.1.0", "artef');
    const result = await dts('site', '--out', out);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${path.join(out, 'manifest.json')}: is corrupt`);
    expect(result.err).not.toContain('has no manifest.json');
  });

  it('refuses content with errors, or other than the output was built from, before writing anything', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dts-site-content-'));
    expect((await poster(out)).code).toBe(0);
    const before = tree(out);
    const broken = tempContent({
      'content/data-team-start/kit.yaml': (text) => text.replace('version: 1.0.0', 'version: [1.0.0'),
    });
    const result = await dts('site', '--out', out, '--content', broken);
    expect(result.code).toBe(1);
    expect(result.err).toContain(path.join(broken, 'data-team-start', 'kit.yaml'));
    expect(result.err).toContain('nothing was written');
    expect(tree(out)).toEqual(before);
    const newer = tempContent({
      'content/data-team-start/kit.yaml': (text) => text.replace('version: 1.0.0', 'version: 1.1.0'),
    });
    const other = await dts('site', '--out', out, '--content', newer);
    expect(other.code).toBe(1);
    expect(other.err).toContain('has data-team-start 1.1.0, but the output was built from 1.0.0');
    expect(tree(out)).toEqual(before);
  });

  it('on a read-only output folder: a message, exit 1, the folder as it was', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'dts-readonly-'));
    chmodSync(parent, 0o755);
    const out = path.join(parent, 'out');
    expect((await poster(out)).code).toBe(0);
    chmodSync(out, 0o555);
    const before = tree(out);
    // Root may write anywhere: the command then runs as nobody, for whom the folder is read-only.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = spawnSync(process.execPath, [BIN, 'site', '--out', out], {
      encoding: 'utf8',
      cwd: parent,
      env: { ...process.env, HOME: parent },
      ...asUser,
    });
    chmodSync(out, 0o755);
    expect(result.stderr).toContain(`dts site: cannot write to ${out} (EACCES)`);
    expect(result.stderr).not.toContain('internal error');
    expect(result.status).toBe(1);
    expect(tree(out)).toEqual(before);
  });
});

describe('dts watch', () => {
  it('refuses a folder it did not make before its first build, and leaves it as it was', async () => {
    const out = folderWith({ '.git/HEAD': 'ref: refs/heads/main\n', 'notes.md': 'mine' });
    const before = tree(out);
    const child = spawn(
      process.execPath,
      [BIN, 'watch', '--content', FIXTURE_DIR, '--only', 'poster', '--lang', 'nl', '--out', out],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGINT'), 20_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    expect(code).toBe(2);
    expect(stderr).toContain(`--out ${out}: holds a .git repository`);
    expect(tree(out)).toEqual(before);
  }, 30_000);
});
