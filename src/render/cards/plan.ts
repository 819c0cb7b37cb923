// Plans the tip cards: pure, from the localised kit and theme to A4 sheets of nine poker-size cards
// (63 × 88 mm, the usual size of printed card decks) with 3 mm bleed around each card and crop marks
// outside the grid. Sheets alternate front, back; a back sheet has its columns reversed, so that printed
// duplex with a flip on the long edge each back lands behind its own front.
import { organisationLine } from '../../theme/theme.js';
import type { LocalisedArea, LocalisedChecklist, LocalisedTip } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CategoryColour } from '../../theme/palette.js';
import { categoryPalette } from '../../theme/palette.js';
import type { Theme } from '../../theme/theme.js';
import type { Pt } from '../../units.js';
import { mmToPt } from '../../units.js';
import type { Rect } from '../geometry.js';
import type { LayoutItem } from '../layout.js';
import type { PdfMetadata } from '../pdf/document.js';
import { TextFitter } from '../text-fitter.js';

/** Poker size, the most common size of printed card decks. */
export const CARD_MM = { width: 63, height: 88 } as const;
export const BLEED_MM = 3;
export const SHEET_MM = { width: 210, height: 297 } as const;
export const COLUMNS = 3;
export const ROWS = 3;
export const CARDS_PER_SHEET = COLUMNS * ROWS;

export type Side = 'front' | 'back';

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

interface Tip extends LocalisedTip {
  readonly area: LocalisedArea;
  readonly colour: CategoryColour;
}

export function planCards(
  kit: LocalisedChecklist,
  theme: Theme,
): { plan: CardsPlan; diagnostics: Diagnostic[] } {
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
        const content =
          side === 'front'
            ? cardFront(kit, tip, theme, fitter, card, bleed)
            : cardBack(kit, tip, theme, fitter, card, bleed);
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
  };
}

/** Text keeps this far from the trim, so a slightly off cut never touches it. */
const SAFE_MM = 5;

function cardFront(
  kit: LocalisedChecklist,
  tip: Tip,
  theme: Theme,
  fitter: TextFitter,
  card: { width: number; height: number },
  bleed: number,
): LayoutItem[] {
  const { colour, area } = tip;
  const safe = mmToPt(SAFE_MM);
  const inner = card.width - 2 * safe;
  const label = `card ${tip.id} (${tip.title}), front`;
  const badge = 26;
  const items: LayoutItem[] = [
    {
      kind: 'box',
      x: -bleed,
      y: -bleed,
      width: card.width + 2 * bleed,
      height: card.height + 2 * bleed,
      fill: colour.fill,
    },
    // The card's id on the area's strong colour: what the facilitator says aloud ("pak kaartje 2B").
    { kind: 'box', x: safe, y: safe, width: badge, height: badge, radius: badge / 2, fill: colour.strong },
    fitter.place(
      {
        text: tip.code,
        weight: 'bold',
        size: 11,
        colour: colour.onStrong,
        align: 'center',
        role: 'Lbl',
        label: `${label}, id`,
      },
      safe,
      safe + (badge - 11 * 1.25) / 2,
      { width: badge, maxLines: 1 },
    ),
  ];
  const areaX = safe + badge + mmToPt(2.5);
  const areaWidth = card.width - safe - areaX;
  const areaSpec = {
    text: `${area.number} · ${area.title}`,
    weight: 'bold' as const,
    size: 8.5,
    minSize: 7.5,
    colour: colour.text,
    leading: 1.15,
    label: `${label}, area`,
    field: `areas.${area.id}.title`,
  };
  const areaFit = fitter.fit(areaSpec, { width: areaWidth, maxLines: 2 });
  items.push(
    fitter.place({ ...areaSpec, size: areaFit.size }, areaX, safe + (badge - areaFit.height) / 2, {
      width: areaWidth,
      maxLines: 2,
    }),
  );
  items.push({
    kind: 'line',
    x1: safe,
    y1: safe + badge + mmToPt(4),
    x2: card.width - safe,
    y2: safe + badge + mmToPt(4),
    colour: colour.text,
    width: 0.75,
  });

  // The title, in the middle of the card.
  const titleTop = safe + badge + mmToPt(9);
  const footerHeight = 8 * 1.25;
  const titleRoom = card.height - safe - footerHeight - mmToPt(4) - titleTop;
  const titleSpec = {
    text: tip.title,
    weight: 'bold' as const,
    size: 20,
    minSize: 14,
    colour: colour.text,
    role: 'H2' as const,
    leading: 1.12,
    label: `card ${tip.id} (${tip.title}), title`,
    field: `tips.${tip.id}.title`,
  };
  const title = fitter.fit(titleSpec, { width: inner, height: titleRoom });
  // Optically centred: a little above the middle of the room between the rule and the footer.
  const titleY = titleTop + Math.max(0, (titleRoom - title.height) * 0.42);
  items.push(
    fitter.place({ ...titleSpec, size: title.size }, safe, titleY, { width: inner, height: titleRoom }),
  );
  items.push(
    fitter.place(
      {
        text: questionsLine(kit, tip) ?? `${kit.labels.tip.toUpperCase()} · ${kit.meta.title}`,
        weight: 'semibold',
        size: 7.5,
        colour: colour.text,
        label: `${label}, footer`,
      },
      safe,
      card.height - safe - footerHeight,
      { width: inner, maxLines: 1 },
    ),
  );
  return items;
}

function cardBack(
  kit: LocalisedChecklist,
  tip: Tip,
  theme: Theme,
  fitter: TextFitter,
  card: { width: number; height: number },
  bleed: number,
): LayoutItem[] {
  const c = theme.colours;
  const { colour, area } = tip;
  const safe = mmToPt(SAFE_MM);
  const inner = card.width - 2 * safe;
  const label = `card ${tip.id} (${tip.title}), back`;
  const strip = mmToPt(18);
  const items: LayoutItem[] = [
    {
      kind: 'box',
      x: -bleed,
      y: -bleed,
      width: card.width + 2 * bleed,
      height: card.height + 2 * bleed,
      fill: c.paper,
    },
    // The area's colour across the top, running into the bleed.
    {
      kind: 'box',
      x: -bleed,
      y: -bleed,
      width: card.width + 2 * bleed,
      height: strip + bleed,
      fill: colour.fill,
    },
  ];
  const codeBadge = 20;
  const titleSpec = {
    text: tip.title,
    weight: 'bold' as const,
    size: 9.5,
    minSize: 8,
    colour: colour.text,
    leading: 1.15,
    hyphenation: 'avoid' as const,
    label: `card ${tip.id} (${tip.title}), title on the back`,
    field: `tips.${tip.id}.title`,
  };
  const numberWidth = codeBadge;
  const titleWidth = inner - numberWidth - 5;
  const titleFit = fitter.fit(titleSpec, { width: titleWidth, maxLines: 2 });
  const stripTextTop = (strip - Math.max(titleFit.height, 12)) / 2 + 1;
  const badgeTop = (strip - codeBadge) / 2;
  items.push(
    {
      kind: 'box',
      x: safe,
      y: badgeTop,
      width: codeBadge,
      height: codeBadge,
      radius: codeBadge / 2,
      fill: colour.strong,
    },
    fitter.place(
      {
        text: tip.code,
        weight: 'bold',
        size: 8.5,
        colour: colour.onStrong,
        align: 'center',
        role: 'Lbl',
        label: `${label}, id`,
      },
      safe,
      badgeTop + (codeBadge - 8.5 * 1.25) / 2,
      { width: codeBadge, maxLines: 1 },
    ),
  );
  items.push(
    fitter.place({ ...titleSpec, size: titleFit.size }, safe + numberWidth + 5, stripTextTop, {
      width: titleWidth,
      maxLines: 2,
    }),
  );

  // The organisation on the footer's second line: name and contact line where there is room, else the name.
  const footerBase = {
    weight: 'semibold' as const,
    size: 7,
    colour: c.muted,
    label: `${label}, organisation`,
  };
  const organisation = theme.organisation
    ? {
        ...footerBase,
        ...organisationLine(
          theme.organisation,
          (text) => fitter.measureLines({ ...footerBase, text }, { width: inner }) === 1,
        ),
      }
    : undefined;
  const footerHeight = 7 * 1.25 * (organisation ? 2 : 1);
  const textTop = strip + mmToPt(4.5);
  const textRoom = card.height - safe - footerHeight - mmToPt(3) - textTop;
  items.push(
    fitter.place(
      {
        text: tip.text,
        weight: 'regular',
        size: 10.5,
        minSize: 9,
        colour: c.ink,
        leading: 1.3,
        label: `card ${tip.id} (${tip.title}), text`,
        field: `tips.${tip.id}.text`,
      },
      safe,
      textTop,
      { width: inner, height: textRoom },
    ),
  );
  items.push({
    kind: 'line',
    x1: safe,
    y1: card.height - safe - footerHeight - mmToPt(1.5),
    x2: card.width - safe,
    y2: card.height - safe - footerHeight - mmToPt(1.5),
    colour: c.rule,
    width: 0.5,
  });
  items.push(
    fitter.place(
      {
        text: `${tip.code} · ${area.title}`,
        weight: 'semibold',
        size: 7,
        colour: c.muted,
        label: `${label}, footer`,
      },
      safe,
      card.height - safe - footerHeight,
      { width: inner, maxLines: 1 },
    ),
  );
  if (organisation)
    items.push(
      fitter.place(organisation, safe, card.height - safe - footerHeight / 2, { width: inner, maxLines: 1 }),
    );
  if (organisation)
    items.push(
      fitter.place(organisation, safe, card.height - safe - footerHeight / 2, { width: inner, maxLines: 1 }),
    );
  return items;
}

/** The questions a card helps with, as the checklist numbers them: "Vraag 2.2, 2.3". */
function questionsLine(kit: LocalisedChecklist, tip: Tip): string | undefined {
  return tip.questions.length > 0
    ? `${kit.labels.question} ${tip.questions.map((q) => q.number).join(', ')}`
    : undefined;
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
