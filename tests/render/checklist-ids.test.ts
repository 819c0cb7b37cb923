// The numbers and ids that tie the Checklist Samen Data Delen together, read from what each artefact
// prints: the checklist's question numbers (1.1–8.6) are the deck's, every question names its tip cards by
// the id printed on the card ("Tip: 2A, 2B"), and every card is named by a question and names it back.
import { describe, expect, it } from 'vitest';
import { planCards } from '../../src/render/cards/plan.js';
import { planChecklist } from '../../src/render/checklist/plan.js';
import { placedLines } from '../../src/render/geometry.js';
import { areaOfSlide, planWorkshopDeck } from '../../src/render/workshop-deck/plan.js';
import { categoryPalette } from '../../src/theme/palette.js';
import { contrastRatio } from '../../src/theme/contrast.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { date, shippedChecklist } from '../helpers/checklist.js';

const theme = defaultTheme();

for (const language of ['nl', 'en']) {
  describe(`ids and numbers across checklist, cards and deck (${language})`, () => {
    it('numbers the questions the same in the checklist and the workshop deck, 1.1 to 8.6', async () => {
      const kit = await shippedChecklist(language);
      const checklist = planChecklist(kit, theme).plan.pages.flatMap((p) => placedLines(p.items));
      const printed = checklist.map((l) => l.text).filter((t) => /^\d+\.\d+$/.test(t));
      const { deck } = planWorkshopDeck(kit, theme, { start: 13 * 60 }, date);
      const onSlides = deck.slides
        .filter((s) => areaOfSlide(s.id) !== undefined)
        .flatMap((s) => s.frames.flatMap((f) => (f.kind === 'table' ? f.rows.filter((r) => !r.header) : [])))
        .map((r) => r.cells[0]?.text);
      expect(printed).toHaveLength(44);
      expect(printed[0]).toBe('1.1');
      expect(printed.at(-1)).toBe('8.6');
      expect(onSlides).toEqual(printed);
    });

    it('names every card by its printed id at a question, and the card names those questions back', async () => {
      const kit = await shippedChecklist(language);
      const lines = planChecklist(kit, theme).plan.pages.flatMap((p) => placedLines(p.items));
      // Each "Tip: …" line belongs to the question number printed last before it.
      const named = new Map<string, string[]>();
      let number = '';
      for (const { text } of lines) {
        if (/^\d+\.\d+$/.test(text)) number = text;
        const tips = text.startsWith(`${kit.labels.tip}: `)
          ? text.slice(kit.labels.tip.length + 2).split(', ')
          : [];
        for (const code of tips) named.set(code, [...(named.get(code) ?? []), number]);
      }
      const { plan } = planCards(kit, theme);
      const fronts = plan.cards.filter((c) => c.side === 'front');
      expect(fronts.map((c) => c.code)).toEqual(kit.areas.flatMap((a) => a.tips.map((t) => t.code)));
      expect(new Set(fronts.map((c) => c.code)).size).toBe(fronts.length);
      for (const card of fronts) {
        const sheet = plan.sheets[card.sheet]!;
        const group = sheet.items.find((i) => i.kind === 'group' && i.label === `front of ${card.id}`);
        const printed = placedLines(group ? [group] : []).map((l) => l.text);
        // The id on the card, in the area's number and a letter.
        expect(printed, card.id).toContain(card.code);
        expect(card.code).toMatch(/^[1-8][A-Z]$/);
        // Named by at least one question, and the card lists exactly those questions.
        const questions = named.get(card.code) ?? [];
        expect(questions.length, card.code).toBeGreaterThan(0);
        expect(printed, card.code).toContain(`${kit.labels.question} ${questions.join(', ')}`);
      }
      expect([...named.keys()].sort()).toEqual(fronts.map((c) => c.code).sort());
    });
  });
}

describe('the area colours', () => {
  it('are light enough for ink text, distinct, and have a strong shade that reads on paper and under white', () => {
    const palette = categoryPalette(theme, 8);
    expect(new Set(palette.map((c) => c.fill)).size).toBe(8);
    for (const colour of palette) {
      expect(contrastRatio(colour.fill, colour.text)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(colour.strong, theme.colours.paper)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colour.strong, colour.onStrong)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
