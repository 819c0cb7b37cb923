// The download pages in a real browser (Debian's Chromium through playwright-core): axe-core finds no
// accessibility violations on a desktop and a phone, every link resolves, every image loads, no console
// errors, readable on a phone without sideways scrolling; and PUBLISHING.md's reproducibility check holds
// after `dts site` has run.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { serveFolder } from './tools.js';
import { axeViolations, dts, pageWidths, reader, ROOT, siteInChromium, tempDir } from './tools.js';

/** The pages: the kits' source language at the root, English next to it. */
const PAGES = [
  ['index.html', 'nl'],
  ['index.en.html', 'en'],
] as const;
const VIEWPORTS = [
  ['a desktop', { width: 1280, height: 900 }],
  ['a phone', { width: 375, height: 740 }],
] as const;

let out = '';
let again = '';
let base = '';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  reader('which', ['chromium']);
  out = tempDir('dts-site-');
  const built = dts(['build', '--out', out], { SOURCE_DATE_EPOCH: '1764028800' });
  if (built.status !== 0) throw new Error(`dts build failed:\n${built.stderr}`);
  again = tempDir('dts-site-again-');
  const second = dts(['build', '--out', again], { SOURCE_DATE_EPOCH: '1764028800', TZ: 'America/New_York' });
  if (second.status !== 0) throw new Error(`second dts build failed:\n${second.stderr}`);
  ({ server, base, browser } = await siteInChromium(out));
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the full build', () => {
  it('gives byte-identical files, bundles and manifest a second time, in another time zone', () => {
    const sums = readFileSync(path.join(out, 'SHA256SUMS'), 'utf8');
    expect(sums.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(24);
    expect(readFileSync(path.join(again, 'SHA256SUMS'), 'utf8')).toBe(sums);
    expect(readFileSync(path.join(again, 'manifest.json'), 'utf8')).toBe(
      readFileSync(path.join(out, 'manifest.json'), 'utf8'),
    );
  });

  it("passes PUBLISHING.md's reproducibility check after dts site has run", () => {
    // The command as PUBLISHING.md gives it, with this test's two folders.
    const documented = readFileSync(path.join(ROOT, 'PUBLISHING.md'), 'utf8');
    const check = "diff -r -x 'index*.html' -x previews -x maker build-output /tmp/again";
    expect(documented).toContain(check);
    const args = check
      .split(' ')
      .slice(1, -2)
      .map((a) => a.replace(/'/g, ''));
    const diff = spawnSync('diff', [...args, out, again], { encoding: 'utf8' });
    expect(diff.stdout + diff.stderr).toBe('');
    expect(diff.status).toBe(0);
    // And the site did add its pages, which a plain diff -r would report.
    expect(spawnSync('diff', ['-r', out, again], { encoding: 'utf8' }).stdout).toMatch(/index\.html/);
    // With the maker page (its pages, script and service worker) and its in-browser build's worker and data
    // (src/maker/data.ts, MAKER_FILES).
    expect(readdirSync(path.join(out, 'maker')).sort()).toEqual([
      'assets.bin',
      'content.json',
      'index.en.html',
      'index.html',
      'offline.js',
      'page.js',
      'resvg.wasm',
      'webp_dec.wasm',
      'worker.js',
    ]);
  });
});

describe('the download pages in Chromium', () => {
  for (const [file, language] of PAGES) {
    for (const [device, viewport] of VIEWPORTS) {
      it(`${file} (${language}) on ${device}: no axe-core violations, no console errors, every image shown, nothing wider than the screen`, async () => {
        const page = await browser.newPage({ viewport });
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(new URL(file, base).href, { waitUntil: 'load' });
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
        const widths = await pageWidths(page);
        expect(widths.scroll).toBeLessThanOrEqual(widths.client);
        // axe-core with every rule it has, the checksums and the assembly steps opened too.
        await page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
        const violations = await axeViolations(page);
        expect(violations).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  it('links from each page to every artefact and bundle of its language, and every link resolves', async () => {
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      artefacts: { path: string; language: string }[];
      bundles: { path: string; language: string }[];
    };
    for (const [file, language] of PAGES) {
      const page = await browser.newPage();
      await page.goto(new URL(file, base).href);
      const links = await page.$$eval('a[href]', (all) => all.map((a) => a.getAttribute('href') ?? ''));
      const targets = new Set(links.map((l) => decodeURIComponent(l)));
      for (const f of [...manifest.artefacts, ...manifest.bundles].filter((f) => f.language === language))
        expect(targets, `${file} links ${f.path}`).toContain(f.path);
      for (const f of manifest.artefacts.filter((f) => f.language !== language))
        expect(targets).not.toContain(f.path);
      for (const link of new Set(links)) {
        // The publisher's site and address are not this server's to check; they must be a web or mail link.
        if (/^(https?:|mailto:)/.test(link)) {
          expect(link).toMatch(/^(https:\/\/[^/]+\.[a-z]+|mailto:[^@]+@[^@]+)/);
          continue;
        }
        const response = await fetch(new URL(link, new URL(file, base)), { method: 'HEAD' });
        expect(response.status, `${file}: ${link} does not resolve`).toBe(200);
      }
      await page.close();
    }
  });

  it('is in the language of its page, switches to the other, labels each poster variant, folds the checksums away', async () => {
    const labels: Record<string, string[]> = {
      nl: ['A2 voor op tafel', 'A2 voor de drukker', 'A2 op A4-vellen', 'A2 op A3-vellen', 'Tipkaartjes'],
      en: ['A2 for the table', 'A2 for the print shop', 'A2 on A4 sheets', 'A2 on A3 sheets', 'Tip cards'],
    };
    for (const [file, language] of PAGES) {
      const page = await browser.newPage();
      await page.goto(new URL(file, base).href);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      const other = PAGES.find(([, l]) => l !== language)!;
      const switchLink = page.locator(`nav a[hreflang="${other[1]}"]`);
      expect(await switchLink.getAttribute('href')).toBe(other[0]);
      expect(await page.locator('nav a[aria-current="page"]').getAttribute('hreflang')).toBe(language);
      const fileLabels = await page.$$eval('.file .label', (all) => all.map((a) => a.textContent ?? ''));
      for (const label of labels[language]!) expect(fileLabels).toContain(label);
      expect(new Set(fileLabels).size).toBe(fileLabels.length);
      // Checksums are there, but folded away until asked for.
      const sum = page.locator('.sums code').first();
      expect(await sum.isVisible()).toBe(false);
      await page.locator('.sums summary').first().click();
      expect(await sum.isVisible()).toBe(true);
      expect(await page.locator('h1').count()).toBe(1);
      const levels = await page.$$eval('h1, h2, h3', (all) => all.map((h) => Number(h.tagName[1])));
      for (const [i, level] of levels.entries())
        if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1);
      await page.close();
    }
  });
});
