import { describe, expect, it } from 'vitest';
import { tablePoster } from './shared.js';
import { planPoster } from '../../src/render/poster/plan.js';
import { planDeck } from '../../src/render/deck/plan.js';
import { loadBrand } from '../../src/theme/brand.js';
import { memoryWorkspace } from '../../src/workspace/workspace.js';
import { fixtureDts } from '../helpers/kits.js';

async function theme(yaml: string) {
  const brand = await loadBrand(memoryWorkspace({ '/brand/brand.yaml': yaml }), '/brand/brand.yaml');
  if (!brand.theme) throw new Error(brand.diagnostics.map((d) => d.message).join('; '));
  return brand.theme;
}

const overflows = (diagnostics: readonly { code: string }[]) =>
  diagnostics.filter((d) => d.code === 'text-overflow' || d.code === 'text-shrunk');

describe('a text overflow caused by a brand field', () => {
  it('names the brand file, line and field of a long contact line, not the content', async () => {
    const contact = 'W'.repeat(120);
    const kit = await fixtureDts('nl');
    const { diagnostics } = planPoster(
      kit,
      await theme(`organisation: Gemeente X\ncontact: ${contact}\n`),
      tablePoster('A3'),
    );
    expect(overflows(diagnostics)).toMatchObject([
      {
        severity: 'error',
        code: 'text-overflow',
        file: '/brand/brand.yaml',
        line: 2,
        column: 10,
        field: 'contact',
        message: expect.stringContaining(
          'the footer (organisation and version) does not fit its box on the A3 portrait poster (nl)',
        ),
      },
    ]);
  });

  it('names the brand file for a long organisation name on the poster and the deck', async () => {
    const name = 'W'.repeat(60);
    const kit = await fixtureDts('nl');
    const brandTheme = await theme(`# brand\norganisation: ${name}\n`);
    const poster = planPoster(kit, brandTheme, tablePoster('A3'));
    expect(overflows(poster.diagnostics)).toMatchObject([
      { code: 'text-overflow', file: '/brand/brand.yaml', line: 2, field: 'organisation' },
    ]);
    const deck = planDeck(kit, brandTheme, { start: 780 }, new Date('2025-01-01T00:00:00Z'));
    for (const d of overflows(deck.diagnostics))
      expect(d).toMatchObject({ file: '/brand/brand.yaml', line: 2 });
  });
});
