import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/build/manifest.js';
import { run } from '../../src/cli/main.js';
import { DTS_EN, DTS_NL, FIXTURE_DIR } from '../helpers/fixture.js';
import { tempContent } from '../helpers/temp-content.js';

async function dts(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('dts check', () => {
  it('passes valid content with exit code 0 and names each kit and language', async () => {
    const result = await dts('check', '--content', FIXTURE_DIR);
    expect(result.code).toBe(0);
    expect(result.out).toContain('✓ data-team-start 1.0.0: nl, en');
    expect(result.out).toContain('✓ checklist-samen-data-delen 1.0.0: nl, en');
    expect(result.err).toBe('');
  });

  it('prints every problem at once as file:line:column with exit code 1', async () => {
    const content = tempContent({
      'content/data-team-start/kit.yaml': (t) => t.replace('sessionMinutes: 120', 'sessionMinutes: 125'),
      [DTS_EN]: (t) => t.replace('    title: EN Opdracht a-two\n', ''),
    });
    const result = await dts('check', '--content', content);
    expect(result.code).toBe(1);
    const shown = result.err.split('\n');
    expect(shown).toContain(
      `${path.join(content, 'data-team-start/kit.yaml')}:6:17  error  sessionMinutes  is 125, but the schedule adds up to 120 minutes (expected them to be equal)`,
    );
    expect(shown).toContain(
      `${path.join(content, 'data-team-start/texts/en.yaml')}:72:3  error  assignments.a-two.title  is missing (the source language "nl" has it)`,
    );
    expect(shown.at(-1)).toBe('2 errors, 0 warnings');
  });

  it('with --lang leaves out other translations but still checks the source language', async () => {
    const content = tempContent({ [DTS_EN]: (t) => t.replace('    title: EN Opdracht a-two\n', '') });
    expect((await dts('check', '--content', content, '--lang', 'nl')).code).toBe(0);
    expect((await dts('check', '--content', content, '--lang', 'en')).code).toBe(1);
  });

  it('with --kit checks only the named kits, and rejects an unknown one as a usage error', async () => {
    const content = tempContent({ [DTS_EN]: (t) => t.replace('    title: EN Opdracht a-two\n', '') });
    expect((await dts('check', '--content', content, '--kit', 'checklist-samen-data-delen')).code).toBe(0);
    const unknown = await dts('check', '--content', content, '--kit', 'poster-kit');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(
      '--kit: unknown kit "poster-kit" (expected one of: checklist-samen-data-delen, data-team-start)',
    );
  });

  it('reports a content folder without kits', async () => {
    const result = await dts('check', '--content', path.join(FIXTURE_DIR, 'data-team-start', 'texts'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('holds no kit folders');
  });
});

describe('dts build', () => {
  it('writes the selected artefacts per kit and language, a bundle, the manifest and checksums', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dts-out-'));
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
    expect(result.code).toBe(0);
    // The poster in its print variants, each named after kit, variant and language.
    const posters = [
      'data-team-start-poster-a2-en.pdf',
      'data-team-start-poster-a2-bleed-en.pdf',
      'data-team-start-poster-a2-tiled-a4-en.pdf',
      'data-team-start-poster-a2-tiled-a3-en.pdf',
    ];
    expect(result.out.split('\n').map((l) => l.replace(/\(\d+ kB\)/, '(n kB)'))).toEqual([
      ...posters.map((name) => `wrote ${path.join(out, 'data-team-start/en', name)}  (n kB)`),
      `wrote ${path.join(out, 'downloads/data-team-start-1.0.0-en.zip')}  (n kB)`,
      `wrote ${path.join(out, 'manifest.json')} and SHA256SUMS`,
    ]);
    expect(readdirSync(path.join(out, 'data-team-start'))).toEqual(['en']);
    expect(readdirSync(path.join(out, 'data-team-start', 'en')).sort()).toEqual([...posters].sort());
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
    const poster = readFileSync(path.join(out, 'data-team-start/en/data-team-start-poster-a2-en.pdf'));
    // Sorted by path: bleed, plain, tiled on A3, on A4.
    expect(manifest.artefacts.map((a) => a.variant)).toEqual([
      { file: 'poster-bleed', paper: 'A2', bleed: 3 },
      { file: 'poster', paper: 'A2' },
      { file: 'poster-tiled', paper: 'A2', sheet: 'A3' },
      { file: 'poster-tiled', paper: 'A2', sheet: 'A4' },
    ]);
    expect(manifest.artefacts[1]).toEqual({
      kit: 'data-team-start',
      version: '1.0.0',
      language: 'en',
      kind: 'poster',
      variant: { file: 'poster', paper: 'A2' },
      path: 'data-team-start/en/data-team-start-poster-a2-en.pdf',
      bytes: poster.length,
      sha256: createHash('sha256').update(poster).digest('hex'),
      pages: 1,
      canvas: {
        writingFraction: expect.any(Number),
        minTitlePt: 24,
        minInstructionPt: 13,
        stickyNotes: expect.objectContaining({ 'a-two': expect.any(Number) }),
        tableRows: expect.objectContaining({ 'a-two': expect.any(Number) }),
      },
    });
    expect(manifest.bundles.map((b) => b.path)).toEqual(['downloads/data-team-start-1.0.0-en.zip']);
    const sums = readFileSync(path.join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    for (const line of sums) {
      const [hash, file] = line.split('  ');
      expect(
        createHash('sha256')
          .update(readFileSync(path.join(out, file!)))
          .digest('hex'),
      ).toBe(hash);
    }
    expect(sums).toHaveLength(posters.length + 1);
  });

  it('keeps the rest of the output when a build renews only part of it', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dts-out-'));
    expect((await dts('build', '--content', FIXTURE_DIR, '--only', 'poster', '--out', out)).code).toBe(0);
    const en = readFileSync(path.join(out, 'data-team-start/en/data-team-start-poster-a2-en.pdf'));
    const result = await dts(
      'build',
      '--content',
      FIXTURE_DIR,
      '--only',
      'poster',
      '--lang',
      'nl',
      '--paper',
      'A3',
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    expect(
      readFileSync(path.join(out, 'data-team-start/en/data-team-start-poster-a2-en.pdf')).equals(en),
    ).toBe(true);
    // The A2 variants kept, the A3 ones added: an A3 poster is not tiled onto A3 sheets.
    const nl = [
      'data-team-start-poster-a2-bleed-nl.pdf',
      'data-team-start-poster-a2-nl.pdf',
      'data-team-start-poster-a2-tiled-a3-nl.pdf',
      'data-team-start-poster-a2-tiled-a4-nl.pdf',
      'data-team-start-poster-a3-bleed-nl.pdf',
      'data-team-start-poster-a3-nl.pdf',
      'data-team-start-poster-a3-tiled-a4-nl.pdf',
    ];
    expect(readdirSync(path.join(out, 'data-team-start/nl')).sort()).toEqual(nl);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.artefacts.map((a) => a.path).filter((p) => p.includes('/nl/'))).toEqual(
      nl.map((name) => `data-team-start/nl/${name}`),
    );
    expect(manifest.artefacts.filter((a) => a.language === 'en')).toHaveLength(4);
  });

  it('refuses to replace a folder it did not make', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dts-out-'));
    writeFileSync(path.join(out, 'thesis.docx'), 'mine');
    const result = await dts('build', '--content', FIXTURE_DIR, '--only', 'poster', '--out', out);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      `--out ${out}: dts did not make this folder (it holds thesis.docx and no .dts-output.json)`,
    );
    expect(readdirSync(out)).toEqual(['thesis.docx']);
  });

  it('prints a machine-readable summary with --json', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dts-out-'));
    const result = await dts(
      'build',
      '--content',
      FIXTURE_DIR,
      '--only',
      'poster',
      '--lang',
      'nl',
      '--json',
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.out) as { ok: boolean; errors: number; artefacts: { path: string }[] };
    expect(summary.ok).toBe(true);
    expect(summary.errors).toBe(0);
    expect(summary.artefacts.map((a) => a.path).sort()).toEqual([
      'data-team-start/nl/data-team-start-poster-a2-bleed-nl.pdf',
      'data-team-start/nl/data-team-start-poster-a2-nl.pdf',
      'data-team-start/nl/data-team-start-poster-a2-tiled-a3-nl.pdf',
      'data-team-start/nl/data-team-start-poster-a2-tiled-a4-nl.pdf',
    ]);
    expect(result.err).toBe('');
  });

  it('writes nothing when the content has errors, and keeps the previous output', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dts-out-'));
    expect(
      (await dts('build', '--content', FIXTURE_DIR, '--only', 'poster', '--lang', 'nl', '--out', out)).code,
    ).toBe(0);
    const before = readFileSync(path.join(out, 'data-team-start/nl/data-team-start-poster-a2-nl.pdf'));
    const content = tempContent({ [DTS_NL]: (t) => t.replace('language: nl', 'language: de') });
    const result = await dts('build', '--content', content, '--only', 'poster', '--out', out);
    expect(result.code).toBe(1);
    expect(result.out).not.toContain('wrote');
    expect(result.err).toContain('Nothing was written; the previous output is untouched.');
    expect(
      readFileSync(path.join(out, 'data-team-start/nl/data-team-start-poster-a2-nl.pdf')).equals(before),
    ).toBe(true);
  });

  it('writes nothing when the brand file has errors', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dts-out-'));
    const brand = path.join(mkdtempSync(path.join(tmpdir(), 'dts-brand-')), 'brand.yaml');
    writeFileSync(brand, 'organisation: Gemeente X\ncolours:\n  primary: "#FFF"\n');
    const result = await dts(
      'build',
      '--content',
      FIXTURE_DIR,
      '--only',
      'poster',
      '--brand',
      brand,
      '--out',
      out,
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `${brand}:3:12  error  colours.primary  is "#FFF" (expected a colour such as "#0A5C8A"`,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('rejects an unknown artefact name or a bad poster option as a usage error', async () => {
    const only = await dts('build', '--content', FIXTURE_DIR, '--only', 'poser');
    expect(only.code).toBe(2);
    expect(only.err).toContain('--only: unknown artefact "poser"');
    const paper = await dts('build', '--content', FIXTURE_DIR, '--paper', 'B5');
    expect(paper.code).toBe(2);
    expect(paper.err).toContain('--paper: "B5" is not one of A3, A2, A1, A0');
    const bleed = await dts('build', '--content', FIXTURE_DIR, '--bleed', 'lots');
    expect(bleed.err).toContain('--bleed: "lots" is not a number of millimetres from 0 to 10');
  });
});

describe('usage', () => {
  it('prints the version of the package', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(await dts('--version')).toEqual({ code: 0, out: version, err: '' });
  });

  it('prints help for the tool and for each command', async () => {
    expect((await dts('--help')).out).toContain('dts check [options]');
    expect((await dts('help', 'check')).out).toContain('--lang L');
    expect((await dts('build', '--help')).out).toContain('--only A[,A]');
  });

  it('exits with 2 on an unknown command, an unknown option or no command', async () => {
    expect((await dts('chek')).code).toBe(2);
    const option = await dts('check', '--langs', 'nl');
    expect(option.code).toBe(2);
    expect(option.err).toContain("Unknown option '--langs'");
    expect((await dts()).code).toBe(2);
  });
});

describe('the installed command', () => {
  const bin = path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'bin.js');

  it('fails on broken content with a message, exit code 1 and no stack trace', () => {
    const content = tempContent({
      'content/data-team-start/kit.yaml': (t) => t.replace('kind: data-team-start', 'kind: ['),
    });
    const result = spawnSync(process.execPath, [bin, 'check', '--content', content], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/kit\.yaml:\d+:\d+ {2}error {2}is not valid YAML/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a reader that closes the pipe early (dts check | head)', () => {
  it('ends the command without a stack trace, with its own exit code', async () => {
    const bin = path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'bin.js');
    const child = spawn(process.execPath, [bin, 'translate', 'status', '--content', FIXTURE_DIR]);
    // Closed before dts writes its first line: every write of it meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('dts build on both cores', () => {
  it('gives the same bytes as a build in one thread', () => {
    const bin = path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'bin.js');
    const outs = [0, 1].map(() => mkdtempSync(path.join(tmpdir(), 'dts-par-')));
    // The compiled command renders the PDFs in a worker thread; in-process (sources) renders in sequence.
    const compiled = spawnSync(
      process.execPath,
      [bin, 'build', '--content', FIXTURE_DIR, '--lang', 'nl', '--out', outs[0]!],
      {
        encoding: 'utf8',
      },
    );
    expect(compiled.status, compiled.stderr).toBe(0);
    return run(['build', '--content', FIXTURE_DIR, '--lang', 'nl', '--out', outs[1]!], {
      out: () => undefined,
      err: () => undefined,
    }).then((code) => {
      expect(code).toBe(0);
      const sums = outs.map((o) => readFileSync(path.join(o, 'SHA256SUMS'), 'utf8'));
      expect(sums[0]).toContain('checklist-samen-data-delen-workshop-deck-nl.pptx');
      expect(sums[0]).toBe(sums[1]);
    });
  }, 60_000);

  it('renders an artefact the same whatever else the build renders, and in which thread', () => {
    const bin = path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'bin.js');
    const sums = [[], ['--only', 'poster']].map((only) => {
      const out = mkdtempSync(path.join(tmpdir(), 'dts-order-'));
      const result = spawnSync(
        process.execPath,
        [bin, 'build', '--content', FIXTURE_DIR, ...only, '--out', out],
        {
          encoding: 'utf8',
        },
      );
      expect(result.status, result.stderr).toBe(0);
      return readFileSync(path.join(out, 'SHA256SUMS'), 'utf8')
        .split('\n')
        .filter((l) => l.includes('poster'))
        .join('\n');
    });
    expect(sums[0]).toContain('data-team-start/nl/data-team-start-poster-a2-nl.pdf');
    expect(sums[0]).toBe(sums[1]);
  }, 60_000);

  it('prints its timeline with DTS_TIMINGS=1: both threads, every artefact, on one clock', () => {
    const bin = path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'bin.js');
    const out = mkdtempSync(path.join(tmpdir(), 'dts-timings-'));
    const result = spawnSync(process.execPath, [bin, 'build', '--content', FIXTURE_DIR, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, CI: '1', DTS_TIMINGS: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stderr.slice(result.stderr.indexOf('timings')).trim().split('\n').slice(1);
    const spans = lines.map((l) => /^\s*(\d+) – \s*(\d+) {2}(main|worker) +(.+)$/.exec(l));
    expect(spans.every(Boolean), lines.join('\n')).toBe(true);
    for (const m of spans) expect(Number(m![2])).toBeGreaterThanOrEqual(Number(m![1]));
    const labels = spans.map((m) => `${m![3]} ${m![4]}`);
    expect(labels).toContain('main load and check the content');
    expect(labels).toContain('worker poster-a2 data-team-start en');
    expect(labels).toContain('worker poster-a2-tiled-a4 data-team-start en');
    expect(labels).toContain('main handbook data-team-start nl');
    // Ten artefacts per kit and language, the poster's four print variants each a task of its own.
    expect(
      labels.filter((l) => / (poster-a2[a-z0-9-]*|deck|handbook|checklist|cards|workshop) /.test(l)),
    ).toHaveLength(18);
    // Without the variable, nothing of it.
    const plain = spawnSync(process.execPath, [bin, 'build', '--content', FIXTURE_DIR, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, CI: '1', DTS_TIMINGS: '' },
    });
    expect(plain.stderr).not.toContain('timings');
  }, 60_000);

  it('exits when it stops before building: the worker started early does not keep it waiting', () => {
    const bin = path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'bin.js');
    const broken = tempContent({
      'content/data-team-start/kit.yaml': (t) => t.replace('kind: data-team-start', 'kind: ['),
    });
    const runs: [string[], number][] = [
      [['build', '--content', FIXTURE_DIR, '--only', 'nonsense'], 2],
      [['build', '--content', FIXTURE_DIR, '--brand', path.join(tmpdir(), 'no-such-brand.yaml')], 1],
      [['build', '--content', broken, '--out', mkdtempSync(path.join(tmpdir(), 'dts-stop-'))], 1],
    ];
    for (const [args, code] of runs) {
      const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 20_000 });
      expect(result.signal, args.join(' ')).toBeNull();
      expect(result.status, `${args.join(' ')}\n${result.stderr}`).toBe(code);
    }
  }, 60_000);
});
