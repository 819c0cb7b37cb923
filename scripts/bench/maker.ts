// The in-browser build's time against the CLI's, measured in the same run: the branded fixture kit (both
// kits, one language; tests/maker/fixture.ts) built by `dts build --brand` in a fresh process, and by the
// "Make your own kit" worker (dist/maker/worker.js) in a fresh Web Worker in Debian's Chromium, driven by
// playwright-core on a minimal page served from a local http server. Each browser run starts a new worker,
// as each CLI run starts a new process: the times include loading the script and its data.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { makerData, writeMakerData } from '../../src/maker/write-data.js';
import { cliBuild, fixtureRequest } from '../../tests/maker/fixture.js';

export const CHROMIUM = '/usr/bin/chromium';

const HARNESS = `<!doctype html><html lang="en"><title>dts maker bench</title>
<script>
window.makeKit = (request) => new Promise((resolve, reject) => {
  const started = performance.now();
  const worker = new Worker('maker/worker.js');
  let progress = 0;
  worker.onerror = (e) => reject(new Error(e.message));
  worker.onmessage = ({ data }) => {
    if (data.type === 'progress') { progress++; return; }
    worker.terminate();
    if (data.type !== 'done') return reject(new Error(JSON.stringify(data.diagnostics)));
    resolve({ wallMs: performance.now() - started, elapsedMs: data.elapsedMs, progress,
      bundles: data.bundles.map((b) => [b.name, b.bytes.length]) });
  };
  request.files = Object.fromEntries(Object.entries(request.files).map(([k, v]) => [k, new Uint8Array(v)]));
  worker.postMessage(request);
});
</script></html>`;

export interface MakerBench {
  /** Wall time of each browser run (a new worker: script, data, build) and the build inside the worker. */
  readonly browserMs: number[];
  readonly workerMs: number[];
  readonly cliMs: number[];
}

/** Undefined when Chromium is not installed. */
export async function benchMaker(runs: number): Promise<MakerBench | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const site = mkdtempSync(path.join(tmpdir(), 'dts-bench-maker-'));
  await writeMakerData(
    site,
    await makerData(path.join(import.meta.dirname, '..', '..', 'content'), 'dts bench'),
  );
  writeFileSync(path.join(site, 'index.html'), HARNESS);
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.wasm': 'application/wasm',
  };
  const server = createServer((request, response) => {
    const asked = path.normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = path.join(site, asked.endsWith('/') ? `${asked}index.html` : asked);
    readFile(file).then(
      (bytes) => {
        response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
        response.end(bytes);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const request = fixtureRequest();
    const plain = {
      ...request,
      files: Object.fromEntries(Object.entries(request.files).map(([k, v]) => [k, [...v]])),
    };
    const make = () =>
      page.evaluate(
        (r) =>
          (
            globalThis as unknown as { makeKit(r: unknown): Promise<{ wallMs: number; elapsedMs: number }> }
          ).makeKit(r),
        plain,
      );
    await make(); // the browser's caches warmed once, as the CLI's file system cache is
    const browserMs: number[] = [];
    const workerMs: number[] = [];
    const cliMs: number[] = [];
    cliBuild();
    for (let i = 0; i < runs; i++) {
      const run = await make();
      browserMs.push(run.wallMs);
      workerMs.push(run.elapsedMs);
      cliMs.push(cliBuild().seconds * 1000);
    }
    return { browserMs, workerMs, cliMs };
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === import.meta.filename)
  console.log(await benchMaker(Number(process.env.BENCH_RUNS ?? 3)));
