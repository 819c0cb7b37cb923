// The "Make your own kit" page in a real browser (Debian's Chromium through playwright-core), served by a
// plain static server as a university would: filled in with a fixture brand (a 120 × 40 px PNG logo and a
// light primary colour), saved as brand.yaml, built in the page's Web Worker, the zips downloaded and
// compared with what `dts build --brand` makes from the saved brand.yaml (tests/maker/compare.ts). axe-core finds no violations
// on a desktop and a phone, before and after a build; no console errors; the warnings shown include the
// low-resolution logo, each once.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandColours } from '../../src/theme/brand-colours.js';
import { compareBuilds } from '../maker/compare.js';
import type { serveFolder } from './tools.js';
import { axeViolations, dts, pageWidths, reader, ROOT, siteInChromium, tempDir } from './tools.js';

const LOGO = path.join(ROOT, 'tests', 'fixtures', 'maker', 'logo-120x40.png');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** The in-browser build of both kits in one language takes a while on a shared machine. */
const BUILD_TIMEOUT = 600_000;

let out = '';
let base = '';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  reader('which', ['chromium']);
  out = tempDir('dts-maker-site-');
  const built = dts(['build', '--out', out]);
  if (built.status !== 0) throw new Error(`dts build failed:\n${built.stderr}`);
  ({ server, base, browser } = await siteInChromium(out));
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

interface Opened {
  readonly page: Page;
  readonly errors: string[];
}

async function open(file: string, viewport: { width: number; height: number }): Promise<Opened> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(file, base).href, { waitUntil: 'load' });
  return { page, errors };
}

/** The fixture brand, as a municipality fills it in. */
async function fill(page: Page): Promise<void> {
  await page.fill('#organisation', 'Gemeente Dijkveen');
  await page.fill('#contact', 'Vragen? datateam@dijkveen.nl');
  await page.setInputFiles('#logo', LOGO);
  await page.locator('#logo-status').filter({ hasText: 'logo-120x40.png' }).waitFor();
  await page.fill('#colour-primary', '#F2C230');
}

/** Every text the live progress line showed, and the longest the page took to answer, while building. */
interface Watched {
  readonly progress: string[];
  readonly slowestAnswerMs: number;
}

/** Builds and waits for the result; the zips offered, by name. */
async function buildAndWait(page: Page): Promise<{ names: string[]; watched: Watched }> {
  await page.evaluate(`window.__progress = [];
    new MutationObserver(() => window.__progress.push(document.getElementById('progress-text').textContent))
      .observe(document.getElementById('progress-text'), { childList: true, characterData: true, subtree: true });`);
  await page.click('#build');
  // The page answers while the worker builds: the work is off its main thread.
  let slowest = 0;
  const done = page.locator('#build:enabled');
  while (!(await done.isVisible())) {
    const start = Date.now();
    await page.evaluate('document.getElementById("progress").value');
    slowest = Math.max(slowest, Date.now() - start);
    await page.waitForTimeout(200);
  }
  const names = await page.$$eval('#downloads a', (all) => all.map((a) => a.getAttribute('download') ?? ''));
  return {
    names,
    watched: { progress: (await page.evaluate('window.__progress')) as string[], slowestAnswerMs: slowest },
  };
}

describe('the maker page in Chromium', () => {
  for (const [file, language] of [
    ['maker/index.html', 'nl'],
    ['maker/index.en.html', 'en'],
  ] as const) {
    for (const [device, viewport] of [
      ['a desktop', DESKTOP],
      ['a phone', PHONE],
    ] as const) {
      it(`${file} (${language}) on ${device}: no axe-core violations, no console errors, nothing wider than the screen`, async () => {
        const { page, errors } = await open(file, viewport);
        expect(await page.getAttribute('html', 'lang')).toBe(language);
        await fill(page);
        // A failing colour shows its pairs and a passing one to take.
        await page.fill('#colour-ink', '#999999');
        await page.locator('#colour-ink-check button').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        const { scroll, client } = await pageWidths(page);
        expect(scroll).toBeLessThanOrEqual(client);
        await page.click('#colour-ink-check button');
        // The colour the CLI suggests for it (brandColours, the same code the page runs).
        const suggested = brandColours({ ink: '#999999' }).problems[0]?.diagnostic.params?.suggestion;
        expect(suggested).toMatch(/^#[0-9A-F]{6}$/);
        expect(await page.inputValue('#colour-ink')).toBe(suggested);
        expect(await page.locator('#colour-ink-check .pass').count()).toBe(1);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  it('is linked from each download page', async () => {
    for (const [file, target] of [
      ['index.html', 'maker/index.html'],
      ['index.en.html', 'maker/index.en.html'],
    ] as const) {
      const { page } = await open(file, DESKTOP);
      expect(await page.getAttribute('.maker-link a', 'href')).toBe(target);
      await page.close();
    }
  });

  it('shows the problems of an empty form at their fields and moves the focus to them', async () => {
    const { page, errors } = await open('maker/index.html', PHONE);
    await page.uncheck('input[name="languages"][value="nl"]');
    await page.click('#build');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('form-errors');
    expect(await page.textContent('#organisation-error')).toBe('Vul dit veld in.');
    expect(await page.getAttribute('#organisation', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#languages-error')).toBe('Kies minstens één taal.');
    expect(await page.isHidden('#result')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows why a kit cannot be made, at the field concerned, and offers no download', async () => {
    const { page, errors } = await open('maker/index.en.html', PHONE);
    await fill(page);
    await page.fill('#colour-ink', '#999999');
    await buildAndWait(page);
    expect(await page.textContent('#result-heading')).toBe('The kit could not be made');
    expect(await page.locator('#downloads a').count()).toBe(0);
    expect(await page.$$eval('#messages h3', (all) => all.map((h) => h.textContent))).toEqual([
      'Text colour',
    ]);
    expect(await page.textContent('#messages li')).toMatch(/contrast of 2\.85:1/);
    await page.click('#messages h3 a');
    expect(await page.evaluate('document.activeElement.id')).toBe('colour-ink');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads a saved brand.yaml with its logo back into the form, and shows what a broken one lacks', async () => {
    const folder = tempDir('dts-maker-load-');
    writeFileSync(
      path.join(folder, 'brand.yaml'),
      "organisation: Gemeente Dijkveen\nlogo: logo-120x40.png\ncolours:\n  primary: '#6B2C91'\npaper: A1\n",
    );
    writeFileSync(path.join(folder, 'logo-120x40.png'), readFileSync(LOGO));
    writeFileSync(path.join(folder, 'broken.yaml'), 'organisation: Dijkveen\ncolours:\n  primary: #6B2C91\n');
    const { page, errors } = await open('maker/index.en.html', DESKTOP);
    await page.setInputFiles('#load', [
      path.join(folder, 'brand.yaml'),
      path.join(folder, 'logo-120x40.png'),
    ]);
    await page.locator('#load-status').filter({ hasText: 'brand.yaml is open' }).waitFor();
    expect(await page.inputValue('#organisation')).toBe('Gemeente Dijkveen');
    expect(await page.inputValue('#colour-primary')).toBe('#6B2C91');
    expect(await page.inputValue('#paper')).toBe('A1');
    expect(await page.textContent('#logo-status')).toContain('logo-120x40.png');
    await page.setInputFiles('#load', [path.join(folder, 'broken.yaml')]);
    await page.locator('#load-status li').waitFor();
    expect(await page.textContent('#load-status')).toMatch(/line 3, colours\.primary: .*put it in quotes/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a branded kit made in the page', () => {
  let names: string[] = [];
  let watched: Watched = { progress: [], slowestAnswerMs: 0 };
  const fromPage = new Map<string, Uint8Array>();
  let fromCli = new Map<string, Uint8Array>();
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ page, errors } = await open('maker/index.html', DESKTOP));
    await fill(page);
    // The brand file as the page saves it: the CLI builds from exactly that.
    const folder = tempDir('dts-maker-brand-');
    const saved = page.waitForEvent('download');
    await page.click('#save');
    await (await saved).saveAs(path.join(folder, 'brand.yaml'));
    const savedLogo = page.waitForEvent('download');
    await page.click('#save-logo');
    await (await savedLogo).saveAs(path.join(folder, 'logo-120x40.png'));
    ({ names, watched } = await buildAndWait(page));
    const downloads = tempDir('dts-maker-downloads-');
    for (const name of names) {
      const download = page.waitForEvent('download');
      await page.click(`#downloads a[download="${name}"]`);
      const target = path.join(downloads, name);
      await (await download).saveAs(target);
      fromPage.set(name, readFileSync(target));
    }
    const cliOut = tempDir('dts-maker-cli-');
    const cli = dts(['build', '--brand', path.join(folder, 'brand.yaml'), '--lang', 'nl', '--out', cliOut], {
      SOURCE_DATE_EPOCH: '',
    });
    if (cli.status !== 0) throw new Error(`dts build --brand failed:\n${cli.stderr}`);
    const zips = path.join(cliOut, 'downloads');
    fromCli = new Map(readdirSync(zips).map((n) => [n, readFileSync(path.join(zips, n))]));
  }, BUILD_TIMEOUT + 120_000);

  afterAll(async () => {
    await page?.close();
  });

  it('shows its progress live ("3 van 27 klaar: …, Nederlands") and stays responsive', () => {
    const steps = watched.progress.filter((p) => /^\d+ van \d+ klaar: .+, Nederlands$/.test(p));
    expect(steps.length).toBeGreaterThan(3);
    expect(steps).toContain(steps.find((p) => p.includes('A2 voor de drukker')));
    expect(watched.slowestAnswerMs).toBeLessThan(1000);
  });

  it('offers the zips the CLI makes, named after the organisation', () => {
    expect(names.length).toBe(2);
    expect([...names].sort()).toEqual([...fromCli.keys()].sort());
    for (const name of names) expect(name).toMatch(/^gemeente-dijkveen-.*-nl\.zip$/);
  });

  it("holds the CLI's files: every OOXML part and every PDF object (streams inflated) the same", async () => {
    const comparison = await compareBuilds(fromPage, fromCli);
    expect(comparison.differences).toEqual([]);
    expect(comparison.parts).toBeGreaterThan(1000);
    // In each zip: every PDF, deck and document equal part for part (the page deflates with fflate, the
    // CLI with Node's zlib, so not byte for byte), the fonts' licence byte for byte, the read-me but for
    // the sizes it lists.
    const inZip = (list: string[]) =>
      list.filter((w) => w.split(' › ').length === 2).map((w) => w.split('/').pop()!);
    expect(inZip(comparison.equalByParts)).toHaveLength(10);
    expect(inZip(comparison.identical)).toEqual(['SourceSans3-OFL.txt', 'SourceSans3-OFL.txt']);
    expect(inZip(comparison.sizesOnly)).toEqual(['LEESMIJ.txt', 'LEESMIJ.txt']);
  });

  it('shows the warnings before the downloads, in Dutch with what to do, the low-resolution logo among them, each once', async () => {
    const warnings = await page.$$eval('#messages li', (all) => all.map((li) => li.textContent ?? ''));
    const groups = await page.$$eval('#messages h4', (all) => all.map((h) => h.textContent ?? ''));
    expect(groups).toContain('Logo');
    expect(groups).toContain('Hoofdkleur');
    expect(warnings.some((w) => /dpi/.test(w))).toBe(true);
    // Each in the page's language with its advice, not the CLI's English.
    const logo = warnings.filter((w) => /dpi/.test(w));
    for (const w of logo) expect(w).toMatch(/^Het logo wordt onscherp afgedrukt /);
    // The advice after each (the same advice twice in a group shown once).
    expect(logo.some((w) => /Gebruik een logo van minstens \d+ pixels breed, of een SVG\.$/.test(w))).toBe(
      true,
    );
    expect(warnings.some((w) => /prints at/.test(w))).toBe(false);
    expect(new Set(warnings).size).toBe(warnings.length);
    const order = await page.evaluate(
      "document.querySelector('#messages').compareDocumentPosition(document.querySelector('#downloads')) & Node.DOCUMENT_POSITION_FOLLOWING",
    );
    expect(order).toBeTruthy();
    expect(await page.textContent('#result-heading')).toMatch(/^Je kit is klaar/);
  });

  it('passes axe-core after the build, with no console errors', async () => {
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it(
    'builds on a phone with the server gone once the page has loaded, passing axe-core, the page staying narrow',
    async () => {
      const phone = await open('maker/index.html', PHONE);
      await phone.page.waitForLoadState('networkidle');
      server.offline(true);
      await fill(phone.page);
      await phone.page.uncheck('input[name="kits"][value="data-team-start"]');
      const { names: offered } = await buildAndWait(phone.page);
      expect(offered).toEqual(['gemeente-dijkveen-checklist-samen-data-delen-1.0.0-nl.zip']);
      expect(await axeViolations(phone.page)).toEqual([]);
      const { scroll, client } = await pageWidths(phone.page);
      expect(scroll).toBeLessThanOrEqual(client);
      expect(phone.errors).toEqual([]);
      server.offline(false);
      await phone.page.close();
    },
    BUILD_TIMEOUT,
  );

  it(
    'opens again and builds after a reload with the server gone, from what its service worker kept',
    async () => {
      const desk = await open('maker/index.html', DESKTOP);
      const kept = await desk.page.evaluate(
        `Promise.race([navigator.serviceWorker.ready.then(() => true),
          new Promise((resolve) => setTimeout(() => resolve(false), 30000))])`,
      );
      expect(kept, 'the service worker is installed').toBe(true);
      server.offline(true);
      try {
        await desk.page.reload();
        await desk.page.waitForSelector('#organisation');
        await fill(desk.page);
        await desk.page.uncheck('input[name="kits"][value="data-team-start"]');
        const { names: offered } = await buildAndWait(desk.page);
        expect(offered).toEqual(['gemeente-dijkveen-checklist-samen-data-delen-1.0.0-nl.zip']);
        expect(desk.errors).toEqual([]);
      } finally {
        server.offline(false);
        await desk.page.close();
      }
    },
    BUILD_TIMEOUT,
  );
});
