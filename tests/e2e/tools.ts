// Runs the built `dts` command and the Debian readers; fails loudly when a reader is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export const ROOT = path.join(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'dist', 'cli', 'bin.js');

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function dts(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a reader; a missing program is an error that says which Debian package to install. */
export function reader(program: string, args: string[]): string {
  const found = spawnSync('which', [program], { encoding: 'utf8' });
  if (found.status !== 0) {
    throw new Error(
      `${program} is not installed: apt-get install gettext libxml2-utils poppler-utils qpdf libreoffice-impress libreoffice-writer python3-docx`,
    );
  }
  return execFileSync(program, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Converts a document with LibreOffice and returns the PDF's path. A profile of its own, so a
 * LibreOffice started elsewhere (another test, a person) does not interfere.
 */
export function convertToPdf(file: string): string {
  const outDir = tempDir('dts-soffice-pdf-');
  const profile = tempDir('dts-soffice-profile-');
  reader('soffice', [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    file,
  ]);
  return path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
}

/** What a static server must say for the pages to work: a worker script is refused without a JS type. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * A small static web server for a folder, as a university would serve the site: index.html for a folder,
 * the types above, nothing outside the folder. `offline()` makes it answer nothing, as when the visitor's
 * connection is gone.
 */
export async function serveFolder(root: () => string): Promise<{
  readonly base: string;
  offline(gone: boolean): void;
  close(): void;
}> {
  let gone = false;
  const server = createServer((request, response) => {
    if (gone) return void request.socket.destroy();
    const relative = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    let file = path.join(root(), relative);
    if (!file.startsWith(root())) return void response.writeHead(403).end();
    if (relative === '' || relative.endsWith('/')) file = path.join(file, 'index.html');
    try {
      const body = readFileSync(file);
      response
        .writeHead(200, {
          'content-length': body.length,
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        })
        .end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    offline: (value) => void (gone = value),
    close: () => void server.close(),
  };
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the page as it is (every rule axe has), each with up to five of its nodes. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  // Strings, evaluated in the page: the tests are compiled without the DOM's types.
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.addScriptTag({ path: AXE });
  return (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) })))',
  )) as { id: string; impact: string; nodes: string[] }[];
}

/** The page's scrolling width against its visible width: wider means something sticks out sideways. */
export async function pageWidths(page: Page): Promise<{ scroll: number; client: number }> {
  return (await page.evaluate(
    '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
  )) as { scroll: number; client: number };
}

/** `dts site` run on a built output, the folder served over HTTP and Debian's Chromium started. */
export async function siteInChromium(out: string): Promise<{
  readonly server: Awaited<ReturnType<typeof serveFolder>>;
  readonly base: string;
  readonly browser: Browser;
}> {
  const site = dts(['site', '--out', out]);
  if (site.status !== 0) throw new Error(`dts site failed:\n${site.stderr}`);
  const server = await serveFolder(() => out);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  return { server, base: server.base, browser };
}
