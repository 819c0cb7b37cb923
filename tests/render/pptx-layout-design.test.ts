import { describe, expect, it } from 'vitest';
import { geometry } from '../../src/render/pptx/layout.js';
import { layoutDesign } from '../../src/render/pptx/layout-design.js';
import { defaultTheme } from '../../src/theme/theme.js';

const theme = defaultTheme();
const logo = { png: Buffer.alloc(0), widthPx: 400, heightPx: 100, vector: false, alt: 'Logo van Voorbeeld' };
const branded = { ...theme, organisation: { name: 'Voorbeeld', logo } };

describe('the slide layouts, designed before they are written', () => {
  it('gives the title slide no footer and no slide number, the others both', () => {
    expect(layoutDesign('title', theme)).toMatchObject({ slideNumber: false });
    expect(layoutDesign('title', theme).footer).toBeUndefined();
    for (const layout of ['section', 'content'] as const) {
      const design = layoutDesign(layout, theme);
      expect(design.slideNumber).toBe(true);
      expect(design.footer).toEqual(geometry(layout, theme).footer);
    }
  });

  it('puts the logo on a white plate only where the slide is not paper, inside the logo box', () => {
    for (const layout of ['title', 'section', 'content'] as const) {
      const design = layoutDesign(layout, branded);
      const g = geometry(layout, branded);
      const plate = design.shapes.find((s) => s.kind === 'rectangle' && s.name === 'Logo Plate');
      expect(plate !== undefined, layout).toBe(g.background !== 'paper');
      const placed = design.shapes.find((s) => s.kind === 'logo');
      expect(placed?.kind === 'logo' && placed.alt).toBe('Logo van Voorbeeld');
      if (placed?.kind !== 'logo') continue;
      expect(placed.box.width).toBeLessThanOrEqual(g.logo.width + 1e-9);
      expect(placed.box.height).toBeLessThanOrEqual(g.logo.height + 1e-9);
      expect(placed.box.width / placed.box.height).toBeCloseTo(4, 6);
    }
    expect(layoutDesign('content', theme).shapes.some((s) => s.kind === 'logo')).toBe(false);
  });
});
