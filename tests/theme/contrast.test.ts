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
    expect(problems.map((p) => [p.field, p.diagnostic.severity])).toEqual([
      ['primary', 'warning'],
      ['primary', 'warning'],
      ['accent', 'warning'],
      ['ink', 'error'],
    ]);
    for (const { diagnostic } of problems) {
      const suggested = /try "(#[0-9A-F]{6})"/.exec(diagnostic.hint ?? '')?.[1];
      expect(suggested, diagnostic.message).toBeDefined();
    }
    expect(problems[3]?.diagnostic).toMatchObject({
      message: '#999999 gives body text on white paper a contrast of 2.85:1 (expected at least 4.5:1)',
      hint: 'try "#757575", the nearest shade of the same hue that passes (4.61:1)',
    });
  });

  it('sets text in a darker shade of a light primary colour, keeps its tint, and says so', () => {
    const { colours, problems } = brandColours({ primary: '#FFD200' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      field: 'primary',
      diagnostic: { severity: 'warning', code: 'adjusted-colour' },
    });
    expect(problems[0]?.diagnostic.message).toContain(`are set in ${colours.primary}, a darker shade`);
    expect(colours.tint).toBe(tintOf('#FFD200', 0.9));
    expect(contrastRatio(colours.primary, colours.tint)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrastRatio(colours.onPrimary, colours.primary)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('loads a brand with a light primary colour instead of refusing it, pointing at its line', async () => {
    const brand = await loadBrand(
      memoryWorkspace({ '/b.yaml': 'organisation: Gemeente X\ncolours:\n  primary: "#FFD200"\n' }),
      '/b.yaml',
    );
    expect(brand.theme).toBeDefined();
    expect(brand.diagnostics).toMatchObject([
      { code: 'adjusted-colour', file: '/b.yaml', line: 3, field: 'colours.primary' },
    ]);
  });
});
