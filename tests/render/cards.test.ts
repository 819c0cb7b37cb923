import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { backgroundsOfText, overlappingLines, placedLines, within } from '../../src/render/geometry.js';
import { BLEED_MM, CARD_MM, CARDS_PER_SHEET, COLUMNS, planCards } from '../../src/render/cards/plan.js';
import { renderCards } from '../../src/render/cards/render.js';
import { contrastRatio } from '../../src/theme/contrast.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { mmToPt } from '../../src/units.js';
import { CHECKLIST_NL } from '../helpers/fixture.js';
import { date, fixtureChecklist, shippedChecklist } from '../helpers/checklist.js';

const theme = defaultTheme();

for (const language of ['nl', 'en']) {
  describe(`the shipped tip cards (${language})`, () => {
    it('has a front and a back for every tip, nine to an A4 sheet, fronts and backs alternating', async () => {
      const kit = await shippedChecklist(language);
      const tips = kit.areas.flatMap((a) => a.tips);
      const { plan, diagnostics } = planCards(kit, theme);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const fronts = plan.cards.filter((c) => c.side === 'front');
      const backs = plan.cards.filter((c) => c.side === 'back');
      expect(fronts.map((c) => c.id)).toEqual(tips.map((t) => t.id));
      expect(backs.map((c) => c.id)).toEqual(tips.map((t) => t.id));
      const sheets = Math.ceil(tips.length / CARDS_PER_SHEET) * 2;
      expect(plan.sheets.map((s) => s.side)).toEqual(
        Array.from({ length: sheets }, (_, i) => (i % 2 === 0 ? 'front' : 'back')),
      );
      for (let sheet = 0; sheet < sheets; sheet++) {
        const onSheet = plan.cards.filter((c) => c.sheet === sheet).length;
        expect(onSheet).toBe(sheet < sheets - 2 ? CARDS_PER_SHEET : tips.length - (sheets / 2 - 1) * 9);
      }
      const { files } = await renderCards(kit, theme, {}, date);
      const pdf = await PDFDocument.load(files[0]?.bytes ?? Buffer.alloc(0), { updateMetadata: false });
      expect(pdf.getPageCount()).toBe(sheets);
      for (const page of pdf.getPages()) {
        expect(page.getWidth()).toBeCloseTo(mmToPt(210), 1);
        expect(page.getHeight()).toBeCloseTo(mmToPt(297), 1);
      }
    });

    it('puts each back behind its front when printed duplex, flipped on the long edge', async () => {
      const kit = await shippedChecklist(language);
      const { plan } = planCards(kit, theme);
      const width = plan.size.width;
      for (const front of plan.cards.filter((c) => c.side === 'front')) {
        const back = plan.cards.find((c) => c.side === 'back' && c.id === front.id);
        expect(back?.sheet).toBe(front.sheet + 1);
        expect(back?.row).toBe(front.row);
        expect(back?.column).toBe(COLUMNS - 1 - front.column);
        // Mirrored about the sheet's vertical centre line: the same place seen from the other side.
        expect((back?.trim.x ?? 0) + (back?.trim.width ?? 0)).toBeCloseTo(width - front.trim.x, 6);
        expect(back?.trim.y).toBeCloseTo(front.trim.y, 6);
      }
    });

    it('cards are poker size with room for the bleed around each, all on the sheet', async () => {
      const kit = await shippedChecklist(language);
      const { plan } = planCards(kit, theme);
      const bleed = mmToPt(BLEED_MM);
      for (const card of plan.cards) {
        expect(card.trim.width).toBeCloseTo(mmToPt(CARD_MM.width), 6);
        expect(card.trim.height).toBeCloseTo(mmToPt(CARD_MM.height), 6);
        const withBleed = {
          x: card.trim.x - bleed,
          y: card.trim.y - bleed,
          width: card.trim.width + 2 * bleed,
          height: card.trim.height + 2 * bleed,
        };
        expect(within(withBleed, { x: 0, y: 0, ...plan.size }, 0.01)).toBe(true);
        for (const other of plan.cards) {
          if (other === card || other.sheet !== card.sheet) continue;
          const gapX = Math.max(
            other.trim.x - (card.trim.x + card.trim.width),
            card.trim.x - (other.trim.x + other.trim.width),
          );
          const gapY = Math.max(
            other.trim.y - (card.trim.y + card.trim.height),
            card.trim.y - (other.trim.y + other.trim.height),
          );
          expect(Math.max(gapX, gapY)).toBeGreaterThanOrEqual(2 * bleed - 0.01);
        }
      }
    });

    it('keeps text inside the card, unoverlapped and legible on its colour', async () => {
      const kit = await shippedChecklist(language);
      const { plan } = planCards(kit, theme);
      const safe = mmToPt(4.9);
      for (const sheet of plan.sheets) {
        const lines = placedLines(sheet.items);
        expect(overlappingLines(lines).map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([]);
        for (const group of sheet.items) {
          if (group.kind !== 'group') continue;
          const inner = {
            x: group.x + safe,
            y: group.y + safe,
            width: group.width - 2 * safe,
            height: group.height - 2 * safe,
          };
          for (const line of placedLines([group])) expect(within(line.box, inner), line.text).toBe(true);
        }
        for (const { item, background } of backgroundsOfText(sheet.items, theme.colours.paper)) {
          expect(contrastRatio(item.colour, background), item.lines[0]?.text).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
  });
}

describe('tip card overflow and determinism', () => {
  it('a tip too long for its card is an error naming the language, the card and the field, at the text’s line', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `      regel ${i + 1}`).join('\n');
    const kit = await fixtureChecklist('nl', {
      [CHECKLIST_NL]: (t) =>
        t.replace(
          '  tip-data:\n    title: Tip\n    text: Doe dit\n',
          `  tip-data:\n    title: Tip\n    text: |-\n${lines}\n`,
        ),
    });
    const { files, diagnostics } = await renderCards(kit, theme, {}, date);
    expect(files).toEqual([]);
    const overflow = diagnostics.filter((d) => d.code === 'text-overflow');
    expect(overflow).toHaveLength(1);
    expect(overflow[0]).toMatchObject({
      severity: 'error',
      field: 'tips.tip-data.text',
      file: kit.origins['tips.tip-data.text']?.file,
      line: kit.origins['tips.tip-data.text']?.line,
    });
    expect(overflow[0]?.message).toContain('card tip-data');
    expect(overflow[0]?.message).toContain('(nl)');
  });

  it('gives the same bytes twice', async () => {
    const kit = await fixtureChecklist('en');
    const a = await renderCards(kit, theme, {}, date);
    const b = await renderCards(kit, theme, {}, date);
    expect(a.files[0]?.bytes.equals(b.files[0]?.bytes ?? Buffer.alloc(0))).toBe(true);
    expect(a.files[0]?.name).toBe('cards.pdf');
  });
});

describe('branded tip cards', () => {
  it("print the organisation's line once on each back, where a screen reader reads it once", async () => {
    const kit = await shippedChecklist('nl');
    const branded = { ...theme, organisation: { name: 'Gemeente Voorbeeld', contact: 'data@voorbeeld.nl' } };
    const { plan } = planCards(kit, branded);
    for (const [index, sheet] of plan.sheets.entries()) {
      const cards = plan.cards.filter((c) => c.sheet === index).length;
      const lines = placedLines(sheet.items).filter((l) => l.text.includes('Gemeente Voorbeeld'));
      expect(lines).toHaveLength(sheet.side === 'back' ? cards : 0);
    }
  });
});
