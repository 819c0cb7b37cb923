import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/build/manifest.js';
import { downloadPage } from '../../src/site/page.js';
import { artefactsToPreview } from '../../src/site/previews.js';

const artefact = (language: string, name: string, kind = 'poster') => ({
  kit: 'data-team-start',
  version: '1.0.0',
  language,
  kind,
  path: `data-team-start/${language}/${name}`,
  bytes: 2048,
  sha256: 'ab'.repeat(32),
  pages: 1,
});

const manifest: Manifest = {
  generator: 'dts 0.1.0',
  kits: [
    {
      id: 'data-team-start',
      version: '1.0.0',
      released: '2026-11-25',
      sourceLanguage: 'nl',
      languages: [
        { language: 'en', title: 'Data Team Start', licence: 'Free <non-commercial> use & more' },
        { language: 'nl', title: 'Data Team Start', licence: 'Vrij te gebruiken' },
      ],
    },
  ],
  artefacts: [
    artefact('en', 'poster-a2.pdf'),
    artefact('nl', 'poster-a2.pdf'),
    artefact('nl', 'poster-a1-bleed3mm.pdf'),
  ],
  bundles: [
    {
      kit: 'data-team-start',
      version: '1.0.0',
      language: 'nl',
      path: 'downloads/data-team-start-1.0.0-nl.zip',
      bytes: 4096,
      sha256: 'cd'.repeat(32),
    },
  ],
};

describe('the download page', () => {
  const html = downloadPage(manifest, [
    {
      artefact: 'data-team-start/nl/poster-a2.pdf',
      path: 'previews/data-team-start-nl-poster-a2.webp',
      width: 340,
      height: 480,
    },
  ]);

  it('links every artefact and bundle, with its checksum', () => {
    for (const a of manifest.artefacts) expect(html).toContain(`href="${a.path}"`);
    expect(html).toContain('href="downloads/data-team-start-1.0.0-nl.zip"');
    expect(html).toContain('cd'.repeat(32));
  });

  it('escapes the texts it shows and marks them with their language', () => {
    expect(html).toContain('Free &lt;non-commercial&gt; use &amp; more');
    expect(html).toContain('<p class="licence" lang="nl">Vrij te gebruiken</p>');
  });

  it('puts the source language first, and gives the preview a size and alt text', () => {
    expect(html.indexOf('data-team-start-nl')).toBeLessThan(html.indexOf('data-team-start-en'));
    expect(html).toMatch(
      /<img src="previews\/data-team-start-nl-poster-a2.webp" width="340" height="480" loading="lazy" alt="Table poster \(PDF\): Data Team Start, first page">/,
    );
  });

  it('previews one poster per language, not every paper size', () => {
    expect(artefactsToPreview(manifest).map((a) => a.path)).toEqual([
      'data-team-start/en/poster-a2.pdf',
      'data-team-start/nl/poster-a2.pdf',
    ]);
  });
});
