// The pure parts of the maker page's script: the live colour check says what the CLI's brand check says
// (src/theme/brand.ts), the brand file it saves is read by the CLI as the same brand and it reads back
// what the CLI would refuse with the CLI's messages, and the progress line names each file by its label.
import { describe, expect, it } from 'vitest';
import { describeFile, posterVariant, variantStem } from '../../src/build/files.js';
import { parsePosterVariants } from '../../src/build/poster-options.js';
import { loadContent } from '../../src/content/load.js';
import { brandYaml, logoFileName, readBrandFile } from '../../src/maker/page/brand-file.js';
import type { ColourField } from '../../src/maker/page/colour-check.js';
import { checkColour, ratioText } from '../../src/maker/page/colour-check.js';
import { artefactLabel } from '../../src/maker/page/labels.js';
import { brandColours, loadBrand } from '../../src/theme/brand.js';
import { memoryWorkspace } from '../../src/workspace/workspace.js';
import { fixtureFiles } from '../helpers/fixture.js';

/** Colours across hue and lightness, and the ones BRANDING.md and the issues name. */
const COLOURS = [
  '#F2C230',
  '#FFD200',
  '#6B2C91',
  '#0B5D7A',
  '#F2A81D',
  '#1A2733',
  '#999999',
  '#757575',
  '#FFFFFF',
  '#000000',
  '#E30613',
  '#00A0E1',
  '#7FBA00',
  '#FFEEAA',
  '#444444',
  '#B0B0B0',
  '#3C8DBC',
  '#FF7F00',
];
const FIELDS: readonly ColourField[] = ['primary', 'accent', 'ink'];

describe('the live colour check', () => {
  it('says for every colour in every role what the CLI says: what it adjusts, what it refuses, the colour it suggests', () => {
    const seen = new Set<string>();
    for (const colour of COLOURS) {
      for (const field of FIELDS) {
        const cli = brandColours({ [field]: colour }).problems.filter((p) => p.field === field);
        const byId = (id: string) => cli.find((p) => p.diagnostic.messageId === id)?.diagnostic;
        const page = checkColour(field, colour);
        const where = `${field} ${colour}`;
        seen.add(page.kind);
        if (cli.length === 0) {
          expect(page.kind, where).toBe('pass');
          continue;
        }
        if (field === 'primary') {
          expect(page.kind, where).toBe('adjusted');
          if (page.kind !== 'adjusted') continue;
          expect(page.darkText !== undefined, where).toBe(byId('adjusted-colour/dark-text') !== undefined);
          expect(page.shade?.colour, where).toBe(byId('adjusted-colour/text-shade')?.params?.shade);
          if (page.shade)
            expect(byId('adjusted-colour/text-shade')?.params?.shadeRatio, where).toBe(
              page.shade.ratio.toFixed(2),
            );
          continue;
        }
        expect(page.kind, where).toBe('fail');
        if (page.kind !== 'fail') continue;
        expect(cli.map((p) => p.diagnostic.severity)).toEqual(cli.map(() => 'error'));
        expect(
          page.failing.map((f) => f.ratio.toFixed(2)),
          where,
        ).toEqual(cli.map((p) => p.diagnostic.params?.ratio));
        expect(page.suggestion?.colour, where).toBe(cli[0]?.diagnostic.params?.suggestion);
      }
    }
    // The list of colours reaches every verdict.
    expect([...seen].sort()).toEqual(['adjusted', 'fail', 'pass']);
  });

  it('calls anything but #RRGGBB invalid, and prints ratios without rounding a fail up to a pass', () => {
    for (const value of ['F2C230', '#F2C23', '#GGGGGG', '#F2C2300', 'red'])
      expect(checkColour('primary', value).kind).toBe('invalid');
    expect(checkColour('primary', '#f2c230')).toEqual(checkColour('primary', '#F2C230'));
    expect(ratioText(4.499, 'nl')).toBe('4,49');
    expect(ratioText(4.5, 'en')).toBe('4.50');
  });
});

describe('the brand file the page saves and loads', () => {
  const brand = {
    organisation: 'Gemeente Dijkveen: #1 in data',
    logo: 'logo.png',
    logoAlt: "Logo van 'Dijkveen'",
    contact: 'Vragen? datateam@dijkveen.nl',
    colours: { primary: '#f2c230', ink: '#1A2733' },
    paper: 'A1' as const,
  };

  it('is the YAML the CLI reads: the same brand, colours in quotes', async () => {
    const text = brandYaml(brand);
    expect(text).toBe(
      [
        'organisation: "Gemeente Dijkveen: #1 in data"',
        'logo: logo.png',
        `logoAlt: Logo van 'Dijkveen'`,
        'contact: Vragen? datateam@dijkveen.nl',
        'colours:',
        "  primary: '#F2C230'",
        "  ink: '#1A2733'",
        'paper: A1',
        '',
      ].join('\n'),
    );
    // The CLI's loadBrand on that file, its logo beside it.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
      'base64',
    );
    const loaded = await loadBrand(
      memoryWorkspace({ '/b/brand.yaml': text, '/b/logo.png': png }),
      '/b/brand.yaml',
    );
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.theme?.organisation?.name).toBe(brand.organisation);
    expect(loaded.theme?.organisation?.contact).toBe(brand.contact);
    expect(loaded.theme?.organisation?.logo?.alt).toBe(brand.logoAlt);
    expect(loaded.paper).toBe('A1');
    expect(readBrandFile('brand.yaml', text)).toEqual({
      brand: { ...brand, colours: { primary: '#F2C230', ink: '#1A2733' } },
      diagnostics: [],
    });
  });

  it('leaves out what is empty', () => {
    expect(brandYaml({ organisation: 'Dijkveen' })).toBe('organisation: Dijkveen\n');
  });

  it('is checked as the CLI checks it: every problem with its line and field', () => {
    const { brand: none, diagnostics } = readBrandFile(
      'brand.yaml',
      'organisation: Dijkveen\ncolours:\n  primary: #F2C230\n  accnt: "#FFFFFF"\npaper: A5\n',
    );
    expect(none).toBeUndefined();
    expect(diagnostics.map((d) => [d.line, d.field])).toEqual([
      [3, 'colours.primary'],
      [4, 'colours.accnt'],
      [5, 'paper'],
    ]);
    expect(diagnostics[0]?.hint).toContain('put it in quotes');
    expect(readBrandFile('brand.yaml', 'organisation: [unclosed\n').diagnostics[0]).toMatchObject({
      code: 'yaml-syntax',
    });
  });

  it('names the logo by its own plain name, never by a path', () => {
    expect(logoFileName('logo-dijkveen.png', 'image/png')).toBe('logo-dijkveen.png');
    expect(logoFileName('../../etc/x.svg', 'image/svg+xml')).toBe('x.svg');
    expect(logoFileName('C:\\Users\\me\\Logo.JPG', 'image/jpeg')).toBe('Logo.JPG');
    expect(logoFileName('.hidden.png', 'image/png')).toBe('logo.png');
    expect(logoFileName('logo', 'image/webp')).toBe('logo.webp');
  });
});

describe('the progress line', () => {
  it("names each file the worker reports by its label on the download page, in the page's language", async () => {
    const { kits } = await loadContent(memoryWorkspace(fixtureFiles()), 'content');
    const texts = (id: string, language: string) =>
      kits.find((k) => k.id === id)!.localised.get(language)!.download;
    const download = texts('data-team-start', 'en');
    const posters = parsePosterVariants({
      paper: 'A1',
      orientation: 'landscape',
      layout: 'upright',
      tile: 'A4',
    });
    if (!posters.ok) throw new Error(posters.message);
    const printSet = parsePosterVariants({});
    if (!printSet.ok) throw new Error(printSet.message);
    const bleed = parsePosterVariants({ bleed: '5' });
    if (!bleed.ok) throw new Error(bleed.message);
    for (const options of [...posters.value, ...printSet.value, ...bleed.value]) {
      const variant = posterVariant(options);
      expect(artefactLabel(download, variantStem(variant))).toBe(describeFile(download, variant).label);
    }
    if (!('deck' in download.files)) throw new Error('the Data Team Start has no deck');
    expect(artefactLabel(download, 'deck')).toBe(download.files.deck.label);
    expect(artefactLabel(download, 'something-new')).toBe('something-new');
    const checklist = texts('checklist-samen-data-delen', 'nl');
    if (!('workshop-guide' in checklist.files)) throw new Error('the checklist has no workshop guide');
    expect(artefactLabel(checklist, 'workshop')).toBe(
      `${checklist.files['workshop-guide'].label}, ${checklist.files['workshop-deck'].label}`,
    );
  });
});
