// Files a user names that would exhaust or hang the machine: devices, named pipes, folders, huge files,
// links leading elsewhere. Each is a message naming the file and exit 1, never a hang or a memory blow-up.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readAnswers } from '../../src/answers/read.js';
import { loadContent } from '../../src/content/load.js';
import { prepareLogo, sniffSvg } from '../../src/media/logo.js';
import { loadBrand } from '../../src/theme/brand.js';
import {
  FILE_LIMITS,
  memoryWorkspace,
  nodeWorkspace,
  readRegularFile,
  UnreadableFileError,
} from '../../src/workspace/workspace.js';
import { tempContent } from '../helpers/temp-content.js';

const bin = path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'bin.js');

/**
 * The compiled command in a child with a time limit and a memory limit, so code that blocks on a FIFO or
 * reads /dev/zero fails the test instead of hanging the suite or the machine.
 */
function dts(...args: string[]) {
  const result = spawnSync(
    'sh',
    ['-c', 'ulimit -v 4000000; exec "$@"', 'sh', process.execPath, bin, ...args],
    {
      encoding: 'utf8',
      timeout: 15_000,
    },
  );
  return { status: result.status, signal: result.signal, stderr: result.stderr };
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'dts-inputs-'));
}

function fifo(file: string): string {
  execFileSync('mkfifo', [file]);
  return file;
}

const BRAND = 'organisation: Gemeente X\n';

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();

describe('readRegularFile', () => {
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const file = fifo(path.join(tempDir(), 'pipe'));
    await expect(readRegularFile(file, { what: 'a test file' })).rejects.toThrow(
      /is a named pipe \(FIFO\), not a regular file \(expected a test file of at most 20 MB\)/,
    );
  });

  it('refuses a device, a folder and a file over its cap, before reading them', async () => {
    await expect(readRegularFile('/dev/zero')).rejects.toThrow(/is a device, not a regular file/);
    await expect(readRegularFile(tempDir())).rejects.toThrow(/is a folder, not a regular file/);
    const big = path.join(tempDir(), 'big.yaml');
    writeFileSync(big, Buffer.alloc(2000, 0x20));
    await expect(readRegularFile(big, { maxBytes: 1000, what: 'a small file' })).rejects.toThrow(
      /is 2 kB \(expected a small file of at most 1000 bytes\)/,
    );
    await expect(readRegularFile(big, { maxBytes: 1000 })).rejects.toBeInstanceOf(UnreadableFileError);
    expect((await readRegularFile(big, { maxBytes: 2000 })).length).toBe(2000);
  });
});

describe('brand files and logos', () => {
  it('refuses logo: /dev/zero with a message, exit 1, memory and time bounded', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'brand.yaml'), `${BRAND}logo: /dev/zero\n`);
    const result = dts(
      'build',
      '--brand',
      path.join(dir, 'brand.yaml'),
      '--content',
      tempContent(),
      '--out',
      path.join(dir, 'out'),
    );
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/brand\.yaml:2:\d+.*names \/dev\/zero, an absolute path/);
    expect(result.stderr).toContain('put the logo next to the brand file or in a folder below it');
  });

  it('refuses a logo that is a named pipe, without hanging', () => {
    const dir = tempDir();
    fifo(path.join(dir, 'logo.png'));
    writeFileSync(path.join(dir, 'brand.yaml'), `${BRAND}logo: logo.png\n`);
    const result = dts(
      'build',
      '--brand',
      path.join(dir, 'brand.yaml'),
      '--content',
      tempContent(),
      '--out',
      path.join(dir, 'out'),
    );
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/logo\.png, which is a named pipe \(FIFO\), not a regular file/);
  });

  it('refuses a brand file that is a device or a named pipe', () => {
    const dir = tempDir();
    for (const brand of ['/dev/zero', fifo(path.join(dir, 'brand.yaml'))]) {
      const result = dts(
        'build',
        '--brand',
        brand,
        '--content',
        tempContent(),
        '--out',
        path.join(dir, 'out'),
      );
      expect(result.signal).toBeNull();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(brand);
      expect(result.stderr).toMatch(/not a regular file \(expected a brand file in YAML of at most 64 kB\)/);
    }
  });

  it('refuses a brand file over 64 kB', async () => {
    const yaml = `${BRAND}# ${'x'.repeat(FILE_LIMITS.brand)}\n`;
    const brand = await loadBrand(memoryWorkspace({ '/b/brand.yaml': yaml }), '/b/brand.yaml');
    expect(brand.diagnostics).toMatchObject([
      {
        file: '/b/brand.yaml',
        message: expect.stringMatching(/^is 64 kB \(expected a brand file in YAML of at most 64 kB\)/),
      },
    ]);
  });

  it('refuses logo paths that leave the brand file folder: ../, absolute, a link pointing outside', async () => {
    const root = tempDir();
    const dir = path.join(root, 'brand');
    mkdirSync(path.join(dir, 'images'), { recursive: true });
    const outside = path.join(root, 'secret.png');
    writeFileSync(outside, await png(300, 100));
    writeFileSync(path.join(dir, 'images', 'logo.png'), await png(300, 100));
    symlinkSync(outside, path.join(dir, 'linked.png'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.png'));
    for (const logo of ['../secret.png', outside, 'linked.png', 'zero.png', 'images/../../secret.png']) {
      writeFileSync(path.join(dir, 'brand.yaml'), `${BRAND}logo: ${logo}\n`);
      const brand = await loadBrand(nodeWorkspace(), path.join(dir, 'brand.yaml'));
      expect(brand.theme).toBeUndefined();
      expect(brand.diagnostics).toMatchObject([
        {
          severity: 'error',
          file: path.join(dir, 'brand.yaml'),
          line: 2,
          field: 'logo',
          hint: 'put the logo next to the brand file or in a folder below it',
        },
      ]);
    }
    // A folder below the brand file is fine.
    writeFileSync(path.join(dir, 'brand.yaml'), `${BRAND}logo: images/logo.png\n`);
    const brand = await loadBrand(nodeWorkspace(), path.join(dir, 'brand.yaml'));
    expect(brand.diagnostics).toEqual([]);
    expect(brand.theme?.organisation?.logo?.widthPx).toBe(300);
  });

  it('refuses a logo that is a folder', async () => {
    const brand = await loadBrand(
      memoryWorkspace({ '/b/brand.yaml': `${BRAND}logo: art\n`, '/b/art/logo.png': 'x' }),
      '/b/brand.yaml',
    );
    expect(brand.diagnostics).toMatchObject([
      { field: 'logo', message: expect.stringMatching(/which is a folder, not a regular file/) },
    ]);
  });
});

describe('SVG logos are told by content, and every one is checked', () => {
  const svg = (body: string, prologue = '') =>
    Buffer.from(
      `${prologue}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50">${body}</svg>`,
    );
  const longComment = `<?xml version="1.0"?>\n<!-- ${'made with a drawing program '.repeat(40)} -->\n`;

  it('sniffs the root element after BOM, declaration, comments and DOCTYPE, not the name', () => {
    expect(
      sniffSvg(svg('', `\uFEFF  ${longComment}<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n`)),
    ).toBe(true);
    expect(sniffSvg(Buffer.from('<svg:svg xmlns:svg="http://www.w3.org/2000/svg"/>'))).toBe(true);
    expect(sniffSvg(Buffer.from('<html><svg></svg></html>'))).toBe(false);
    expect(sniffSvg(Buffer.from('\x89PNG\r\n\x1a\n<svg'))).toBe(false);
  });

  it('checks an SVG named .png whose <svg comes after the first 512 bytes', async () => {
    const bytes = svg('<image href="http://example.org/track.png" width="10" height="10"/>', longComment);
    const brand = await loadBrand(
      memoryWorkspace({ '/b/brand.yaml': `${BRAND}logo: logo.png\n`, '/b/logo.png': bytes }),
      '/b/brand.yaml',
    );
    expect(brand.diagnostics).toMatchObject([
      {
        code: 'bad-image',
        field: 'logo',
        message: expect.stringContaining('refers to an external file (http://example.org/track.png)'),
      },
    ]);
  });

  it.each([
    ['url() in a style', '<rect width="10" height="10" style="fill:url(http://example.org/p.svg#g)"/>'],
    ['@import in a style sheet', '<style>@import "http://example.org/a.css";</style>'],
    ['an xlink:href to a file', '<use xlink:href="other.svg#logo"/>'],
  ])('refuses %s', async (_what, body) => {
    const result = await prepareLogo(svg(body));
    expect(result).toMatchObject({ ok: false, problem: { message: expect.stringContaining('external') } });
  });

  it('refuses an SVG declaring entities', async () => {
    const result = await prepareLogo(
      svg('<text>&x;</text>', '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'),
    );
    expect(result).toMatchObject({
      ok: false,
      problem: { message: expect.stringContaining('an XML entity declaration') },
    });
  });

  it('keeps internal references and data: URLs', async () => {
    const result = await prepareLogo(
      svg(
        '<defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/>',
      ),
    );
    expect(result).toMatchObject({ ok: true, logo: { vector: true } });
  });

  it('treats a .svg that is really a PNG as the PNG it is', async () => {
    const brand = await loadBrand(
      memoryWorkspace({ '/b/brand.yaml': `${BRAND}logo: logo.svg\n`, '/b/logo.svg': await png(640, 200) }),
      '/b/brand.yaml',
    );
    expect(brand.diagnostics).toEqual([]);
    expect(brand.theme?.organisation?.logo).toMatchObject({ vector: false, widthPx: 640, heightPx: 200 });
  });
});

describe('content folders', () => {
  it('reports a text file that is a FIFO, a link to /dev/zero, or a folder, and a kit.yaml over 2 MB', async () => {
    const content = tempContent();
    const texts = path.join(content, 'data-team-start', 'texts');
    rmSync(path.join(texts, 'en.yaml'));
    fifo(path.join(texts, 'en.yaml'));
    const other = path.join(content, 'checklist-samen-data-delen', 'texts');
    rmSync(path.join(other, 'en.yaml'));
    symlinkSync('/dev/zero', path.join(other, 'en.yaml'));
    rmSync(path.join(other, 'nl.yaml'));
    mkdirSync(path.join(other, 'nl.yaml'));
    const result = dts('check', '--content', content);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /data-team-start\/texts\/en\.yaml.*is a named pipe \(FIFO\), not a regular file/,
    );
    expect(result.stderr).toMatch(
      /checklist-samen-data-delen\/texts\/en\.yaml.*is a device, not a regular file/,
    );
    expect(result.stderr).toMatch(
      /checklist-samen-data-delen\/texts\/nl\.yaml.*is a folder, not a regular file/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a content file over 2 MB', async () => {
    const content = tempContent({
      'content/data-team-start/kit.yaml': (t) => `${t}\n# ${'x'.repeat(FILE_LIMITS.content)}\n`,
    });
    const loaded = await loadContent(nodeWorkspace(), content);
    expect(loaded.diagnostics).toContainEqual(
      expect.objectContaining({
        file: path.join(content, 'data-team-start', 'kit.yaml'),
        message: 'is 2 MB (expected a content file in YAML of at most 2 MB)',
      }),
    );
  });
});

describe('dts plan and dts translate import', () => {
  it.each([
    ['/dev/zero', () => '/dev/zero', /is a device, not a regular file/],
    ['a folder', () => tempDir(), /is a folder, not a regular file/],
    [
      'a FIFO',
      () => fifo(path.join(tempDir(), 'answers.yaml')),
      /is a named pipe \(FIFO\), not a regular file/,
    ],
  ])('dts plan on %s: exit 1 naming the file', (_what, make, message) => {
    const input = make();
    const result = dts('plan', input, '--out', path.join(tempDir(), 'plan.docx'));
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(input);
    expect(result.stderr).toMatch(message);
  });

  it('refuses an answers YAML file over 1 MB', async () => {
    const yaml = `# ${'x'.repeat(FILE_LIMITS.answersYaml)}\n`;
    const read = await readAnswers(memoryWorkspace({ '/a/answers.yaml': yaml }), '/a/answers.yaml');
    expect(read.diagnostics).toMatchObject([
      { file: '/a/answers.yaml', message: 'is 1 MB (expected an answers YAML file of at most 1 MB)' },
    ]);
  });

  it.each([
    [
      '/dev/zero',
      () => '/dev/zero',
      /is a device, not a regular file \(expected a PO or XLIFF file of at most 10 MB\)/,
    ],
    ['a FIFO', () => fifo(path.join(tempDir(), 'kit.de.po')), /is a named pipe \(FIFO\), not a regular file/],
  ])('dts translate import on %s: exit 1 naming the file', (_what, make, message) => {
    const input = make();
    const result = dts('translate', 'import', input, '--content', tempContent());
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(input);
    expect(result.stderr).toMatch(message);
  });
});
