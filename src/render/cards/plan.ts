// Plans the tip cards: pure, from the localised kit and theme to A4 sheets of nine poker-size cards
// (63 × 88 mm, the usual size of printed card decks) with 3 mm bleed around each card and crop marks
// outside the grid. Sheets alternate front, back; a back sheet has its columns reversed, so that printed
// duplex with a flip on the long edge each back lands behind its own front. Both faces: ./faces.ts.
import type { LocalisedChecklist } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { categoryPalette } from '../../theme/palette.js';
import type { Theme } from '../../theme/theme.js';
import type { Pt } from '../../units.js';
import { mmToPt } from '../../units.js';
import type { Rect } from '../geometry.js';
import type { LayoutItem } from '../layout.js';
import type { PdfMetadata } from '../pdf/document.js';
import type { Placement } from '../text-fitter.js';
import { TextFitter } from '../text-fitter.js';
import type { Side, Tip } from './faces.js';
import { cardFace } from './faces.js';

/** Poker size, the most common size of printed card decks. */
export const CARD_MM = { width: 63, height: 88 } as const;
export const BLEED_MM = 3;
export const SHEET_MM = { width: 210, height: 297 } as const;
export const COLUMNS = 3;
export const ROWS = 3;
export const CARDS_PER_SHEET = COLUMNS * ROWS;

export type { Side } from './faces.js';

export interface PlacedCard {
  readonly id: string;
  /** The id printed on both sides, said aloud in the workshop and named in the checklist (`2B`). */
  readonly code: string;
  /** 0-based position of the card in the deck. */
  readonly index: number;
  readonly side: Side;
  /** 0-based page index in the PDF. */
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  /** The card's trimmed edge on the sheet. */
  readonly trim: Rect;
}

export interface CardSheet {
  readonly side: Side;
  readonly items: readonly LayoutItem[];
}

export interface CardsPlan extends PdfMetadata {
  readonly size: { readonly width: Pt; readonly height: Pt };
  readonly sheets: readonly CardSheet[];
  readonly cards: readonly PlacedCard[];
}

export function planCards(
  kit: LocalisedChecklist,
  theme: Theme,
): { plan: CardsPlan; diagnostics: Diagnostic[]; placements: readonly Placement[] } {
  const size = { width: mmToPt(SHEET_MM.width), height: mmToPt(SHEET_MM.height) };
  const card = { width: mmToPt(CARD_MM.width), height: mmToPt(CARD_MM.height) };
  const bleed = mmToPt(BLEED_MM);
  const cell = { width: card.width + 2 * bleed, height: card.height + 2 * bleed };
  const grid = { width: COLUMNS * cell.width, height: ROWS * cell.height };
  const origin = { x: (size.width - grid.width) / 2, y: (size.height - grid.height) / 2 };
  const fitter = new TextFitter(kit, theme, 'tip cards');
  const palette = categoryPalette(theme, kit.areas.length);
  const tips: Tip[] = kit.areas.flatMap((area, i) =>
    area.tips.map((tip) => ({ ...tip, area, colour: palette[i] ?? palette[0]! })),
  );

  const sheets: CardSheet[] = [];
  const cards: PlacedCard[] = [];
  for (let start = 0; start < tips.length; start += CARDS_PER_SHEET) {
    const group = tips.slice(start, start + CARDS_PER_SHEET);
    for (const side of ['front', 'back'] as const) {
      const sheet = sheets.length;
      const items: LayoutItem[] = [];
      group.forEach((tip, i) => {
        const row = Math.floor(i / COLUMNS);
        const frontColumn = i % COLUMNS;
        // Long-edge duplex turns the sheet over about its vertical axis: columns swap, rows stay.
        const column = side === 'front' ? frontColumn : COLUMNS - 1 - frontColumn;
        const trim = {
          x: origin.x + column * cell.width + bleed,
          y: origin.y + row * cell.height + bleed,
          width: card.width,
          height: card.height,
        };
        cards.push({ id: tip.id, code: tip.code, index: start + i, side, sheet, row, column, trim });
        const content = cardFace(side, { kit, tip, theme, fitter, card, bleed });
        items.push({
          kind: 'group',
          x: trim.x,
          y: trim.y,
          rotate: 0,
          width: card.width,
          height: card.height,
          items: content,
          label: `${side} of ${tip.id}`,
        });
      });
      items.push(...cropMarks(origin, cell, bleed, theme.colours.ink));
      sheets.push({ side, items });
    }
  }
  return {
    plan: {
      size,
      sheets,
      cards,
      title: `${kit.meta.title} · ${kit.labels.tip}`,
      subject: kit.meta.subtitle,
      author: kit.meta.credits,
      keywords: [kit.meta.title, kit.labels.tip, ...tips.map((t) => t.title)].join(', '),
      language: kit.language,
    },
    diagnostics: fitter.diagnostics,
    placements: fitter.placements,
  };
}

/**
 * Crop marks at every trim line, outside the grid: above and below it for the vertical cuts, left and
 * right of it (as far as the sheet allows) for the horizontal cuts. Never inside the bleed.
 */
function cropMarks(
  origin: { x: number; y: number },
  cell: { width: number; height: number },
  bleed: number,
  ink: string,
): LayoutItem[] {
  const items: LayoutItem[] = [];
  const gap = mmToPt(1);
  const gridRight = origin.x + COLUMNS * cell.width;
  const gridBottom = origin.y + ROWS * cell.height;
  const length = Math.min(mmToPt(5), origin.y - gap - mmToPt(0.5));
  const mark = (x1: number, y1: number, x2: number, y2: number) =>
    items.push({ kind: 'line', x1, y1, x2, y2, colour: ink, width: 0.3 });
  for (let column = 0; column < COLUMNS; column++) {
    for (const x of [origin.x + column * cell.width + bleed, origin.x + (column + 1) * cell.width - bleed]) {
      mark(x, origin.y - gap, x, origin.y - gap - length);
      mark(x, gridBottom + gap, x, gridBottom + gap + length);
    }
  }
  const side = Math.max(0, origin.x - mmToPt(0.2));
  for (let row = 0; row < ROWS; row++) {
    for (const y of [origin.y + row * cell.height + bleed, origin.y + (row + 1) * cell.height - bleed]) {
      if (side <= 0) continue;
      mark(origin.x, y, origin.x - side, y);
      mark(gridRight, y, gridRight + side, y);
    }
  }
  return items;
}
