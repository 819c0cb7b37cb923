import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { tablePoster } from './shared.js';
import { planCards } from '../../src/render/cards/plan.js';
import { planChecklist } from '../../src/render/checklist/plan.js';
import { planDeck } from '../../src/render/deck/plan.js';
import { planPoster } from '../../src/render/poster/plan.js';
import { planWorkshopDeck } from '../../src/render/workshop-deck/plan.js';
import { loadBrand } from '../../src/theme/brand.js';
import { memoryWorkspace } from '../../src/workspace/workspace.js';
import { fixtureChecklist } from '../helpers/checklist.js';
import { fixtureDts } from '../helpers/kits.js';

const NAME = 'Gemeente Voorbeeldstad';
const CONTACT = 'Vragen? data@voorbeeldstad.nl';
const date = new Date('2025-01-01T00:00:00Z');

async function brandTheme() {
  const logo = await sharp({ create: { width: 1200, height: 400, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();
  const brand = await loadBrand(
    memoryWorkspace({
      '/brand/brand.yaml': `organisation: ${NAME}\nlogo: logo.png\nlogoAlt: Logo\ncontact: '${CONTACT}'\n`,
      '/brand/logo.png': logo,
    }),
    '/brand/brand.yaml',
  );
  if (!brand.theme) throw new Error('brand did not load');
  return brand.theme;
}

/** Every printed text of a plan (not the logo's alt text), as one string. */
const printed = (plan: unknown) =>
  JSON.stringify(plan, (key, value: unknown) => (key === 'png' || key === 'alt' ? undefined : value));

describe("the organisation's name as text, and its contact line where there is room", () => {
  it('on the poster (beside a logo), on the deck title slide with the contact line', async () => {
    const theme = await brandTheme();
    const kit = await fixtureDts('nl');
    const poster = planPoster(kit, theme, tablePoster('A2'));
    expect(printed(poster.plan)).toContain(`${NAME} · ${CONTACT}`);
    const deck = planDeck(kit, theme, { start: 780 }, date);
    expect(printed(deck.deck.slides[0])).toContain(`${NAME} · ${CONTACT}`);
    expect(deck.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('on the checklist title page, every tip card and the workshop deck, all fitted', async () => {
    const theme = await brandTheme();
    const kit = await fixtureChecklist('nl');
    const checklist = planChecklist(kit, theme);
    expect(printed(checklist.plan)).toContain(`${NAME} · ${CONTACT}`);
    const cards = planCards(kit, theme);
    // A card is narrow: the name alone when name and contact line do not fit on its footer line.
    const backs = printed(cards.plan).split(`"text":"${NAME}`).length - 1;
    // Every back carries it (the tips of the fixture, and any cards that complete a sheet).
    expect(backs).toBeGreaterThanOrEqual(kit.areas.flatMap((a) => a.tips).length);
    const deck = planWorkshopDeck(kit, theme, { start: 780 }, date);
    expect(printed(deck.deck.slides[0])).toContain(`${NAME} · ${CONTACT}`);
    for (const d of [...checklist.diagnostics, ...cards.diagnostics, ...deck.diagnostics])
      expect(d.code).not.toMatch(/text-overflow|text-shrunk/);
  });
});
