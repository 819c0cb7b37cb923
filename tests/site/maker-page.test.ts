// The "Make your own kit" pages, from the manifest of a real build of the fixture: one per language in
// maker/, every word from the kits' `download.maker` texts, the form's fields labelled and tied to their
// help and error text, the page's data for its script, and a link from each download page.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/build/manifest.js';
import type { MakerPageData } from '../../src/maker/page/data.js';
import { DATA_ELEMENT } from '../../src/maker/page/data.js';
import { makerPages } from '../../src/site/maker-page.js';
import { downloadPages } from '../../src/site/page.js';
import { FILE_LIMITS } from '../../src/workspace/workspace.js';
import { DTS_EN } from '../helpers/fixture.js';
import { manifestOf } from '../helpers/site.js';

function dataOf(html: string): MakerPageData {
  const json = new RegExp(`<script type="application/json" id="${DATA_ELEMENT}">([^<]*)</script>`).exec(
    html,
  )?.[1];
  return JSON.parse(json ?? 'null') as MakerPageData;
}

let manifest: Manifest;
let nl = '';
let en = '';
beforeAll(async () => {
  manifest = await manifestOf();
  const pages = makerPages(manifest);
  expect(pages.map((p) => [p.path, p.language])).toEqual([
    ['maker/index.html', 'nl'],
    ['maker/index.en.html', 'en'],
  ]);
  [nl, en] = pages.map((p) => p.html) as [string, string];
}, 60_000);

describe('the maker pages', () => {
  it('are in their language, switch between them, and lead back to the downloads', () => {
    expect(nl).toContain('<html lang="nl">');
    expect(en).toContain('<html lang="en">');
    expect(nl).toContain('<h1>Maak je eigen kit</h1>');
    expect(en).toContain('<h1>Make your own kit</h1>');
    expect(nl).toContain('<a href="index.en.html" lang="en" hreflang="en">English</a>');
    expect(nl).toContain('<a href="../index.html">Terug naar de downloads</a>');
    expect(en).toContain('<a href="../index.en.html">Back to the downloads</a>');
    expect(en).toContain('<link rel="alternate" hreflang="nl" href="index.html">');
  });

  it('say that nothing leaves the computer and that it works offline', () => {
    expect(nl).toContain('worden nergens naartoe gestuurd en blijven op je eigen computer');
    expect(nl).toContain('werkt hij ook zonder internetverbinding');
    expect(en).toContain('it also works without an internet connection');
  });

  it('take every word from the texts: an edited English text shows, the Dutch page keeps its own', async () => {
    const changed = makerPages(
      await manifestOf({
        [DTS_EN]: (t) => t.replace('      button: Make the kit', '      button: Build my kit'),
      }),
    );
    expect(changed[1]?.html).toContain('>Build my kit</button>');
    expect(changed[0]?.html).toContain('>Maak de kit</button>');
    expect(dataOf(changed[1]!.html).texts.build.button).toBe('Build my kit');
  });

  it('label every field, tie its help and error text to it, and mark the required one', () => {
    for (const id of [
      'organisation',
      'contact',
      'logo',
      'logo-alt',
      'colour-primary',
      'colour-accent',
      'colour-ink',
      'paper',
    ]) {
      expect(nl, id).toContain(`<label for="${id}">`);
      expect(nl, id).toMatch(new RegExp(`id="${id}"[^>]*aria-describedby="${id}-help[^"]*${id}-error"`));
      expect(nl, id).toContain(`<p class="error" id="${id}-error" hidden></p>`);
    }
    expect(nl).toMatch(
      /<label for="organisation">Naam van de organisatie <span class="req">\(verplicht\)<\/span><\/label>/,
    );
    expect(nl).toMatch(/id="organisation"[^>]* required aria-required="true"/);
    // Caps as the brand schema has them, and the logo's as the CLI's.
    expect(nl).toMatch(/id="organisation"[^>]*maxlength="60"/);
    expect(nl).toMatch(/id="contact"[^>]*maxlength="120"/);
    expect(nl).toContain('hoogstens 20,0 MB');
    expect(en).toContain('at most 20.0 MB');
    expect(nl).toContain('accept="image/png,image/jpeg,image/webp,image/svg+xml,.svg"');
    // Each colour picker is named for screen readers; the colour's field shows the kit's own colour.
    expect(nl).toContain('aria-label="Kleurkiezer: Hoofdkleur"');
    expect(nl).toContain('placeholder="#0B5D7A"');
  });

  it('offer every paper size, both orientations and layouts, every kit and language', () => {
    for (const paper of ['A3', 'A2', 'A1', 'A0'])
      expect(nl).toMatch(new RegExp(`<option( selected)?>${paper}</option>`));
    expect(nl).toContain('<option selected>A2</option>');
    expect(nl).toContain('<input type="radio" name="orientation" value="portrait" checked>');
    expect(nl).toContain('<input type="radio" name="layout" value="upright">');
    expect(nl).toMatch(
      /<input type="checkbox" name="kits" value="data-team-start" checked> <span>[^<]+<\/span>/,
    );
    expect(nl).toContain('<input type="checkbox" name="kits" value="checklist-samen-data-delen" checked>');
    // The page's own language chosen; the other offered, named in itself.
    expect(nl).toContain(
      '<input type="checkbox" name="languages" value="nl" checked> <span lang="nl">Nederlands</span>',
    );
    expect(nl).toContain(
      '<input type="checkbox" name="languages" value="en"> <span lang="en">English</span>',
    );
    expect(en).toContain('<input type="checkbox" name="languages" value="en" checked>');
  });

  it('give the script its data: words, kits, languages, the kit colours and the CLI caps', () => {
    const data = dataOf(nl);
    expect(data.language).toBe('nl');
    expect(data.worker).toBe('worker.js');
    expect(data.limits).toEqual({ logo: FILE_LIMITS.logo, brand: FILE_LIMITS.brand });
    expect(data.kitColours).toEqual({ primary: '#0B5D7A', accent: '#F2A81D', ink: '#1A2733' });
    expect(data.languages).toEqual([
      { code: 'nl', name: 'Nederlands' },
      { code: 'en', name: 'English' },
    ]);
    expect(data.kits.map((k) => k.id)).toEqual(['data-team-start', 'checklist-samen-data-delen']);
    expect(dataOf(en).kits[1]?.download.files).toHaveProperty('cards');
    // Safe inside the script element whatever the texts hold.
    expect(nl.split('<script type="application/json"')[1]).not.toMatch(/<\/script>[\s\S]*<\/script>/);
    expect(nl).toContain('<script type="module" src="page.js"></script>');
  });

  it('escape what the texts hold', async () => {
    const [, page] = makerPages(
      await manifestOf({
        [DTS_EN]: (t) => t.replace('    title: Make your own kit', '    title: Make <your> kit </script>'),
      }),
    );
    expect(page?.html).toContain('<h1>Make &lt;your&gt; kit &lt;/script&gt;</h1>');
    expect(page?.html).not.toContain('kit </script>');
  });
});

describe('the download pages', () => {
  it('link the maker page in their language, unless the site has none', () => {
    const [pageNl, pageEn] = downloadPages(manifest, []);
    expect(pageNl?.html).toContain(
      '<p class="maker-link"><a href="maker/index.html">Maak je eigen kit</a>: Wil je de kits',
    );
    expect(pageEn?.html).toContain('<a href="maker/index.en.html">Make your own kit</a>');
    expect(downloadPages(manifest, [], { maker: false })[0]?.html).not.toContain('maker/');
  });
});
