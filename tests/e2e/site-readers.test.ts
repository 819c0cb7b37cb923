// The download page in a real browser (Debian's Chromium through playwright-core): every link resolves,
// every image loads, no console errors, readable on a phone without sideways scrolling.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dts, reader, tempDir } from './tools.js';

let out = '';
let again = '';
let base = '';
let browser: Browser;
const server = createServer((request, response) => {
  const relative = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
  const file = path.join(out, relative === '' ? 'index.html' : relative);
  if (!file.startsWith(out)) return void response.writeHead(403).end();
  try {
    const body = readFileSync(file);
    response
      .writeHead(200, { 'content-length': body.length })
      .end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404).end();
  }
});

beforeAll(async () => {
  reader('which', ['chromium']);
  out = tempDir('dts-site-');
  const built = dts(['build', '--out', out], { SOURCE_DATE_EPOCH: '1764028800' });
  if (built.status !== 0) throw new Error(`dts build failed:\n${built.stderr}`);
  again = tempDir('dts-site-again-');
  const second = dts(['build', '--out', again], { SOURCE_DATE_EPOCH: '1764028800', TZ: 'America/New_York' });
  if (second.status !== 0) throw new Error(`second dts build failed:\n${second.stderr}`);
  const site = dts(['site', '--out', out]);
  if (site.status !== 0) throw new Error(`dts site failed:\n${site.stderr}`);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  server.close();
});

describe('the full build', () => {
  it('gives byte-identical files, bundles and manifest a second time, in another time zone', () => {
    const sums = readFileSync(path.join(out, 'SHA256SUMS'), 'utf8');
    expect(sums.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(18);
    expect(readFileSync(path.join(again, 'SHA256SUMS'), 'utf8')).toBe(sums);
    expect(readFileSync(path.join(again, 'manifest.json'), 'utf8')).toBe(
      readFileSync(path.join(out, 'manifest.json'), 'utf8'),
    );
  });
});

describe('the download page in Chromium', () => {
  for (const [device, viewport] of [
    ['a desktop', { width: 1280, height: 900 }],
    ['a phone', { width: 375, height: 740 }],
  ] as const) {
    it(`loads on ${device} without console errors, every image shown, nothing wider than the screen`, async () => {
      const page = await browser.newPage({ viewport });
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(base, { waitUntil: 'load' });
      // Lazy images load when scrolled to: bring each into view.
      for (const image of await page.locator('img').all()) await image.scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
      const images = await page.$$eval('img', (all) =>
        all.map((i) => ({
          src: i.getAttribute('src'),
          alt: i.alt,
          loaded: i.complete && i.naturalWidth > 0,
        })),
      );
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) {
        expect(image.loaded, `image ${image.src} did not load`).toBe(true);
        expect(image.alt.length, `image ${image.src} has no alt text`).toBeGreaterThan(10);
      }
      // A string, evaluated in the page: the tests are compiled without the DOM's types.
      const widths = (await page.evaluate(
        '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
      )) as { scroll: number; client: number };
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('links to every artefact and bundle of the manifest, and every link resolves', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    const links = await page.$$eval('a[href]', (all) => all.map((a) => a.getAttribute('href') ?? ''));
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      artefacts: { path: string }[];
      bundles: { path: string }[];
    };
    const targets = new Set(links.map((l) => decodeURIComponent(l)));
    for (const file of [...manifest.artefacts, ...manifest.bundles]) expect(targets).toContain(file.path);
    for (const link of new Set(links)) {
      const response = await fetch(new URL(link, base), { method: 'HEAD' });
      expect(response.status, `${link} does not resolve`).toBe(200);
    }
    await page.close();
  });

  it('marks each kit text with its language, and has one h1 and headings in order', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('[lang="nl"]').count()).toBeGreaterThan(0);
    expect(await page.locator('h1').count()).toBe(1);
    const levels = await page.$$eval('h1, h2, h3', (all) => all.map((h) => Number(h.tagName[1])));
    for (const [i, level] of levels.entries())
      if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1);
    await page.close();
  });
});
