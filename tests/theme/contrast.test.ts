import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandColours, loadBrand, MIN_CONTRAST } from '../../src/theme/brand.js';
import { contrastRatio, nearestPassing, rgbToHsl, tintOf } from '../../src/theme/contrast.js';
import { memoryWorkspace } from '../../src/workspace/workspace.js';

const onWhite = (c: string) => contrastRatio(c, '#FFFFFF');

describe('a nearby colour that passes', () => {
  it('keeps the hue, changes only the lightness, and passes 4.5:1', () => {
    const suggestion = nearestPassing('#FFD200', onWhite, MIN_CONTRAST);
    expect(suggestion).toBeDefined();
    expect(onWhite(suggestion!)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    const [hue] = rgbToHsl('#FFD200');
    const [shadeHue, , shadeLightness] = rgbToHsl(suggestion!);
    expect(Math.abs(shadeHue - hue)).toBeLessThan(2);
    expect(shadeLightness).toBeLessThan(rgbToHsl('#FFD200')[2]);
    // The nearest: half a percent lighter no longer passes.
    expect(nearestPassing('#767676', onWhite, MIN_CONTRAST)).toBe('#757575');
  });

  it('goes lighter when lighter is nearer (text on a dark background)', () => {
    const onNavy = (c: string) => contrastRatio(c, '#0A1F44');
    const suggestion = nearestPassing('#3A5A8C', onNavy, MIN_CONTRAST)!;
    expect(rgbToHsl(suggestion)[2]).toBeGreaterThan(rgbToHsl('#3A5A8C')[2]);
    expect(onNavy(suggestion)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('gives nothing when no lightness passes', () => {
    expect(nearestPassing('#FFD200', () => 1, MIN_CONTRAST)).toBeUndefined();
  });
});

describe('brand colours', () => {
  it('reports every failing pair at once, each with a colour that passes', () => {
    const { problems } = brandColours({ primary: '#3A8DDE', accent: '#808080', ink: '#999999' });
    expect(problems.map((p) => [p.field, p.diagnostic.code, p.diagnostic.severity])).toEqual([
      ['primary', 'adjusted-colour', 'warning'],
      ['primary', 'adjusted-colour', 'warning'],
      ['ink', 'low-contrast', 'error'],
      ['ink', 'low-contrast', 'error'],
    ]);
    for (const { diagnostic } of problems) {
      const suggested = /"(#[0-9A-F]{6})"/.exec(diagnostic.hint ?? '')?.[1];
      expect(suggested, diagnostic.message).toBeDefined();
    }
    expect(problems[2]?.diagnostic).toMatchObject({
      message: '#999999 gives body text on white paper a contrast of 2.85:1 (expected at least 4.5:1)',
      hint: 'try "#6F6F6F", the nearest shade of the same hue that passes (4.52:1)',
    });
    // The suggestion passes every pair of the ink, its tint included.
    expect(contrastRatio('#6F6F6F', tintOf('#3A8DDE', 0.9))).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('keeps a light primary colour on its surfaces, sets dark text on it and a darker shade as text, and says so', () => {
    const { colours, problems } = brandColours({ primary: '#F2C230', accent: '#F7E08A' });
    expect(colours).toMatchObject({
      primary: '#F2C230',
      onPrimary: '#1A2733',
      primaryText: '#8F6E09',
      accent: '#F7E08A',
      onAccent: '#1A2733',
      tint: tintOf('#F2C230', 0.9),
    });
    expect(problems.map((p) => [p.field, p.diagnostic.code, p.diagnostic.severity])).toEqual([
      ['primary', 'adjusted-colour', 'warning'],
      ['primary', 'adjusted-colour', 'warning'],
    ]);
    expect(problems[0]?.diagnostic).toEqual({
      severity: 'warning',
      code: 'adjusted-colour',
      message:
        '#F2C230 is too light for white text (1.68:1), so text on it (title band, title slides, table headers) is set dark, in #1A2733 (9.07:1); the surfaces keep #F2C230',
      hint: 'nothing to do if dark text suits you; for white text, choose a darker colours.primary such as "#927009" (4.62:1 with white)',
      messageId: 'adjusted-colour/dark-text',
      params: {
        given: '#F2C230',
        white: '1.68',
        text: '#1A2733',
        ratio: '9.07',
        forWhite: '#927009',
        forWhiteRatio: '4.62',
      },
    });
    expect(problems[1]?.diagnostic.message).toBe(
      '#F2C230 as text would read at 1.59:1 on paper or its light tint, so titles, headings, numbers and prompts are set in #8F6E09, a darker shade of the same hue (4.53:1); the surfaces keep #F2C230',
    );
    // Both suggestions do what they say.
    expect(contrastRatio('#FFFFFF', '#927009')).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrastRatio('#8F6E09', colours.tint)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    // A light accent needs no word: its badges simply take dark numbers, as the kit's own orange does.
    expect(problems.some((p) => p.field === 'accent')).toBe(false);
  });

  it('sets black text on a mid-tone colour on which neither white nor the ink reads', () => {
    const { colours } = brandColours({ primary: '#3A8DDE', accent: '#808080' });
    expect(colours.onPrimary).toBe('#000000');
    expect(colours.onAccent).toBe('#000000');
    expect(contrastRatio('#FFFFFF', '#808080')).toBeLessThan(MIN_CONTRAST);
    expect(contrastRatio('#1A2733', '#808080')).toBeLessThan(MIN_CONTRAST);
  });

  it('says nothing about colours that read as given', () => {
    expect(brandColours({ primary: '#6B2C91', accent: '#F5B335' }).problems).toEqual([]);
    expect(brandColours({}).problems).toEqual([]);
  });

  it('loads a brand with a light primary colour instead of refusing it, pointing at its line', async () => {
    const brand = await loadBrand(
      memoryWorkspace({ '/b.yaml': 'organisation: Gemeente X\ncolours:\n  primary: "#FFD200"\n' }),
      '/b.yaml',
    );
    expect(brand.theme).toBeDefined();
    expect(brand.diagnostics).toMatchObject([
      { code: 'adjusted-colour', file: '/b.yaml', line: 3, field: 'colours.primary' },
      { code: 'adjusted-colour', file: '/b.yaml', line: 3, field: 'colours.primary' },
    ]);
  });
});

describe('BRANDING.md', () => {
  const doc = readFileSync(path.join(import.meta.dirname, '..', '..', 'BRANDING.md'), 'utf8');

  it('shows the warnings and errors of its light-colour example as dts prints them', () => {
    const { problems } = brandColours({ primary: '#F2C230', accent: '#F5B335', ink: '#999999' });
    const shown = [
      ...brandColours({ primary: '#F2C230', accent: '#F5B335' }).problems,
      ...problems.filter((p) => p.field === 'ink'),
    ];
    expect(shown).toHaveLength(4);
    for (const { field, diagnostic } of shown) {
      expect(doc).toContain(`colours.${field}  ${diagnostic.message}\n    hint: ${diagnostic.hint}`);
    }
  });
});
