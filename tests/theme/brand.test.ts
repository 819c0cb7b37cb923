import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { planPoster } from '../../src/render/poster/plan.js';
import { loadBrand } from '../../src/theme/brand.js';
import { contrastRatio } from '../../src/theme/contrast.js';
import { memoryWorkspace, nodeWorkspace } from '../../src/workspace/workspace.js';
import { fixtureDts } from '../helpers/kits.js';

const EXAMPLE = path.join(import.meta.dirname, '..', '..', 'examples', 'brand', 'brand.yaml');

async function brandWith(yaml: string, files: Record<string, Buffer | string> = {}) {
  return loadBrand(memoryWorkspace({ '/brand/brand.yaml': yaml, ...files }), '/brand/brand.yaml');
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();

describe('brand files', () => {
  it('loads the example brand into a theme with its colours and its SVG logo', async () => {
    const brand = await loadBrand(nodeWorkspace(), EXAMPLE);
    expect(brand.diagnostics).toEqual([]);
    expect(brand.theme?.colours.primary).toBe('#6B2C91');
    expect(brand.theme?.organisation?.name).toBe('Gemeente Voorbeeldstad');
    expect(brand.theme?.organisation?.logo).toMatchObject({
      vector: true,
      alt: 'Logo van Gemeente Voorbeeldstad',
    });
    expect(brand.paper).toBe('A2');
  });

  it('explains an unquoted colour, which YAML reads as a comment', async () => {
    const brand = await brandWith('organisation: Gemeente X\ncolours:\n  primary: #0A5C8A\n');
    expect(brand.diagnostics).toMatchObject([
      {
        file: '/brand/brand.yaml',
        line: 3,
        field: 'colours.primary',
        message: 'is empty (expected a text)',
        hint: expect.stringContaining('put it in quotes, e.g. "#0A5C8A"'),
      },
    ]);
  });

  it('names a mistyped key', async () => {
    const brand = await brandWith('organisation: Gemeente X\ncolors:\n  primary: "#0A5C8A"\n');
    expect(brand.diagnostics).toMatchObject([
      { line: 2, code: 'unknown-key', field: 'colors', hint: 'did you mean "colours"?' },
    ]);
  });

  it('rejects colours that make text unreadable, with the contrast ratio', async () => {
    const brand = await brandWith('organisation: Gemeente X\ncolours:\n  ink: "#FFE680"\n');
    const problem = brand.diagnostics.find((d) => d.code === 'low-contrast');
    expect(problem).toMatchObject({ severity: 'error', line: 3, field: 'colours.ink' });
    expect(problem?.message).toMatch(/contrast of [\d.]+:1 \(expected at least 4.5:1\)/);
    expect(brand.theme).toBeUndefined();
  });

  it('warns about a mid-tone colour that is readable only in large type', async () => {
    const brand = await brandWith('organisation: Gemeente X\ncolours:\n  primary: "#3A8DDE"\n');
    expect(brand.diagnostics.map((d) => d.severity)).toContain('warning');
    expect(brand.theme).toBeDefined();
  });

  it('refuses an SVG logo that fetches an external file', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://example.org/x.png" width="10" height="10"/></svg>';
    const brand = await brandWith('organisation: Gemeente X\nlogo: logo.svg\n', { '/brand/logo.svg': svg });
    expect(brand.diagnostics).toMatchObject([
      {
        code: 'bad-image',
        line: 2,
        message: expect.stringContaining('refers to an external file (https://example.org/x.png)'),
      },
    ]);
  });

  it('refuses an image beyond the pixel limit', async () => {
    const huge = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#FFFFFF' } })
      .png()
      .toBuffer();
    const brand = await brandWith('organisation: Gemeente X\nlogo: huge.png\n', { '/brand/huge.png': huge });
    expect(brand.diagnostics).toMatchObject([
      { code: 'bad-image', message: expect.stringContaining('larger than 50 megapixels') },
    ]);
  });

  it('names a logo file that does not exist, resolved from the brand file', async () => {
    const brand = await brandWith('organisation: Gemeente X\nlogo: missing.png\n');
    expect(brand.diagnostics).toMatchObject([
      { line: 2, message: expect.stringContaining('/brand/missing.png') },
    ]);
  });

  it('applies EXIF orientation to photos of logos', async () => {
    const rotated = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#123456' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const brand = await brandWith('organisation: Gemeente X\nlogo: logo.jpg\n', {
      '/brand/logo.jpg': rotated,
    });
    expect(brand.theme?.organisation?.logo).toMatchObject({ widthPx: 100, heightPx: 300 });
  });
});

describe('the brand on the poster', () => {
  it('warns when the logo prints below 150 dpi, pointing at the brand file', async () => {
    const brand = await brandWith('organisation: Gemeente X\nlogo: small.png\n', {
      '/brand/small.png': await png(120, 40),
    });
    const kit = await fixtureDts('nl');
    const theme = brand.theme;
    if (!theme) throw new Error('brand did not load');
    const { diagnostics, plan } = planPoster(kit, theme, {
      paper: 'A2',
      orientation: 'portrait',
      layout: 'upright',
      bleed: 0,
    });
    expect(diagnostics).toMatchObject([
      { severity: 'warning', code: 'low-resolution', file: '/brand/brand.yaml', line: 2 },
    ]);
    expect(diagnostics[0]?.message).toMatch(/^prints at \d+ dpi on the A2 portrait poster/);
    expect(plan.items.some((i) => i.kind === 'image')).toBe(true);
  });

  it('does not warn for a logo with enough pixels', async () => {
    const brand = await brandWith('organisation: Gemeente X\nlogo: big.png\n', {
      '/brand/big.png': await png(1800, 600),
    });
    const kit = await fixtureDts('nl');
    const { diagnostics } = planPoster(
      kit,
      brand.theme ??
        (() => {
          throw new Error('no theme');
        })(),
      { paper: 'A2', orientation: 'portrait', layout: 'upright', bleed: 0 },
    );
    expect(diagnostics).toEqual([]);
  });
});

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 1);
  });
});
