// The download pages, from the manifest of a real build of the fixture: one page per language, every
// word from the kits' texts, every file by its label, checksums folded away.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/build/manifest.js';
import type { Preview } from '../../src/site/page.js';
import { downloadPages, siteLanguages } from '../../src/site/page.js';
import { artefactsToPreview } from '../../src/site/previews.js';
import { DTS_NL } from '../helpers/fixture.js';
import { manifestOf } from '../helpers/site.js';

const previewOf = (artefact: string): Preview => ({
  artefact,
  path: `previews/${artefact.replace(/\//g, '-').replace(/\.pdf$/, '.webp')}`,
  width: 340,
  height: 480,
});

let manifest: Manifest;
let nl = '';
let en = '';
beforeAll(async () => {
  manifest = await manifestOf();
  const pages = downloadPages(
    manifest,
    artefactsToPreview(manifest).map((a) => previewOf(a.path)),
  );
  expect(pages.map((p) => [p.path, p.language])).toEqual([
    ['index.html', 'nl'],
    ['index.en.html', 'en'],
  ]);
  [nl, en] = pages.map((p) => p.html) as [string, string];
}, 60_000);

describe('the download pages', () => {
  it('are one per language, the source language at index.html, with a switch between them', () => {
    expect(nl).toContain('<html lang="nl">');
    expect(en).toContain('<html lang="en">');
    expect(nl).toContain('<nav aria-label="Taal">');
    expect(nl).toContain(
      '<li><a href="index.html" lang="nl" hreflang="nl" aria-current="page">Nederlands</a></li><li><a href="index.en.html" lang="en" hreflang="en">English</a></li>',
    );
    expect(en).toContain('<a href="index.en.html" lang="en" hreflang="en" aria-current="page">English</a>');
    expect(en).toContain('<link rel="alternate" hreflang="nl" href="index.html">');
  });

  it('describe each kit in its language: what it is, for whom, how long, what you need', () => {
    expect(nl).toMatch(/<dt>Wat het is<\/dt><dd>Een sessie van vier uur waarin een projectteam/);
    expect(nl).toContain('<dt>Hoe lang</dt><dd>Vier uur, pauze inbegrepen.</dd>');
    expect(en).toContain('<dt>How long</dt><dd>Four hours, including a break.</dd>');
    // The release date as each language writes it, machine-readable beside it.
    expect(nl).toContain('<time datetime="2026-11-25">25 november 2026</time>');
    expect(en).toContain('<time datetime="2026-11-25">25 November 2026</time>');
    expect(nl.indexOf('id="kit-data-team-start"')).toBeLessThan(
      nl.indexOf('id="kit-checklist-samen-data-delen"'),
    );
  });

  it("link every file of the page's language by a label of its own, with type, size and pages", () => {
    for (const [html, language] of [
      [nl, 'nl'],
      [en, 'en'],
    ] as const) {
      for (const a of manifest.artefacts)
        if (a.language === language) expect(html).toContain(`href="${a.path}" download>`);
        else expect(html).not.toContain(`href="${a.path}"`);
      const labels = [...html.matchAll(/<a class="label" href="[^"]+" download>([^<]+)<\/a>/g)].map(
        (m) => m[1],
      );
      expect(new Set(labels).size).toBe(labels.length);
    }
    const labels = (html: string) =>
      [...html.matchAll(/<a class="label" href="[^"]+" download>([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(labels(nl)).toEqual([
      'A2 voor op tafel',
      'A2 voor de drukker',
      'A2 op A4-vellen',
      'A2 op A3-vellen',
      'Tipkaartjes',
    ]);
    expect(labels(en)).toContain('A2 for the print shop');
    expect(nl).toMatch(/<span class="facts">PDF · \d+ kB · \d+ pagina's<\/span>/);
    expect(nl).toContain('<span class="name">data-team-start-poster-a2-bleed-nl.pdf</span>');
    expect(nl).toMatch(
      /<a class="button" href="downloads\/data-team-start-1\.0\.0-nl\.zip" download>Alles in één zip \(\d+ kB\)<\/a>/,
    );
  });

  it('fold the checksums away, and give the steps for taping tiles together', () => {
    const sums = /<details class="sums">([\s\S]*?)<\/details>/.exec(nl)?.[1] ?? '';
    expect(sums).toContain('<summary>Controlegetallen (SHA-256)</summary>');
    for (const a of manifest.artefacts.filter((x) => x.kit === 'data-team-start' && x.language === 'nl'))
      expect(sums).toContain(a.sha256);
    expect(nl.replace(/<details class="sums">[\s\S]*?<\/details>/g, '')).not.toMatch(/[0-9a-f]{64}/);
    expect(nl).toMatch(
      /<details class="assembly">\s*<summary>Zo plak je de vellen aan elkaar<\/summary>\s*<ol>\s*<li>Print alle vellen/,
    );
    // The checklist has no tiles: its section has no such steps.
    expect(nl.split('id="kit-checklist-samen-data-delen"')[1]).not.toContain('class="assembly"');
  });

  it('preview the poster first, with alt text from the texts', () => {
    expect(nl).toMatch(
      /<img src="previews\/data-team-start-nl-data-team-start-poster-a2-nl.webp" width="340" height="480" loading="lazy" alt="Voorbeeld: A2 voor op tafel, eerste pagina">/,
    );
    expect(artefactsToPreview(manifest).map((a) => a.path)).toEqual([
      'checklist-samen-data-delen/en/checklist-samen-data-delen-cards-en.pdf',
      'checklist-samen-data-delen/nl/checklist-samen-data-delen-cards-nl.pdf',
      'data-team-start/en/data-team-start-poster-a2-en.pdf',
      'data-team-start/nl/data-team-start-poster-a2-nl.pdf',
    ]);
  });

  it('name the publisher, its link and contact from the content, escaped', async () => {
    expect(nl).toContain('<p class="publisher"><a href="https://www.uu.nl/">Universiteit Utrecht</a></p>');
    expect(nl).toContain('Contact: <a href="mailto:kits@example.org">kits@example.org</a>');
    const changed = await manifestOf({
      [DTS_NL]: (t) =>
        t
          .replace('    name: Universiteit Utrecht', '    name: Gemeente <Testdorp> & Co')
          .replace('    contact: kits@example.org', '    contact: https://testdorp.example/contact'),
    });
    const [page] = downloadPages(changed, []);
    expect(page?.html).toContain('<a href="https://www.uu.nl/">Gemeente &lt;Testdorp&gt; &amp; Co</a>');
    expect(page?.html).toContain(
      '<a href="https://testdorp.example/contact">https://testdorp.example/contact</a>',
    );
  }, 60_000);

  it('put the first kit’s source language first, and any other language on a page of its own', () => {
    const withGerman: Manifest = {
      ...manifest,
      kits: manifest.kits.map((k) => ({
        ...k,
        languages: [...k.languages, { ...k.languages[0]!, language: 'de' }],
      })),
    };
    expect(siteLanguages(withGerman)).toEqual(['nl', 'de', 'en']);
  });
});
