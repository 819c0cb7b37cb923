// The two faces of a tip card, drawn by one path: a background to the bleed's edge, the card's code on a
// disc (what the facilitator says aloud: "pak kaartje 2B"), what goes beside it, and the rest of the face.
// The side decides the colours, sizes and the parts: the front is the area's colour with the area, the
// title large and the questions it helps with; the back is paper under a strip of the area's colour, with
// the title small, the tip's text, its code and area, and the organisation. Items in trim coordinates.
import type { LocalisedArea, LocalisedChecklist, LocalisedTip } from '../../content/model.js';
import type { CategoryColour } from '../../theme/palette.js';
import type { Theme } from '../../theme/theme.js';
import { organisationLine } from '../../theme/theme.js';
import { mmToPt } from '../../units.js';
import type { Colour, LayoutItem } from '../layout.js';
import type { TextFitter, TextSpec } from '../text-fitter.js';

export type Side = 'front' | 'back';

export interface Tip extends LocalisedTip {
  readonly area: LocalisedArea;
  readonly colour: CategoryColour;
}

/** What a face is drawn with: the kit, the tip, the card's trimmed size and its bleed. */
export interface FaceContext {
  readonly kit: LocalisedChecklist;
  readonly tip: Tip;
  readonly theme: Theme;
  readonly fitter: TextFitter;
  readonly card: { readonly width: number; readonly height: number };
  readonly bleed: number;
}

/** Text keeps this far from the trim, so a slightly off cut never touches it. */
const SAFE_MM = 5;

/** A side's parts around the code badge, each measured where the side needs it. */
interface Face {
  /** The colour that fills the card to the bleed's edge. */
  readonly fill: Colour;
  /** Drawn over the fill, under the badge. */
  readonly under: readonly LayoutItem[];
  readonly badge: { readonly size: number; readonly codeSize: number; readonly top: number };
  /** Everything drawn after the badge, placed once the badge is (so messages keep the reading order). */
  readonly over: () => LayoutItem[];
}

/** One side of a card. */
export function cardFace(side: Side, ctx: FaceContext): LayoutItem[] {
  const face = side === 'front' ? front(ctx) : back(ctx);
  const { card, bleed } = ctx;
  return [
    {
      kind: 'box',
      x: -bleed,
      y: -bleed,
      width: card.width + 2 * bleed,
      height: card.height + 2 * bleed,
      fill: face.fill,
    },
    ...face.under,
    ...codeBadge(ctx, side, face.badge),
    ...face.over(),
  ];
}

const safe = () => mmToPt(SAFE_MM);
const labelOf = ({ tip }: FaceContext, side: Side) => `card ${tip.id} (${tip.title}), ${side}`;

/** The card's code on a disc in the area's strong colour, at the safe margin's left. */
function codeBadge(ctx: FaceContext, side: Side, badge: Face['badge']): LayoutItem[] {
  const { tip, fitter } = ctx;
  const { size, codeSize, top } = badge;
  return [
    { kind: 'box', x: safe(), y: top, width: size, height: size, radius: size / 2, fill: tip.colour.strong },
    fitter.place(
      {
        text: tip.code,
        weight: 'bold',
        size: codeSize,
        colour: tip.colour.onStrong,
        align: 'center',
        role: 'Lbl',
        label: `${labelOf(ctx, side)}, id`,
      },
      safe(),
      top + (size - codeSize * 1.25) / 2,
      { width: size, maxLines: 1 },
    ),
  ];
}

/** A hairline across the card between the safe margins. */
function rule({ card }: FaceContext, y: number, colour: Colour, width: number): LayoutItem {
  return { kind: 'line', x1: safe(), y1: y, x2: card.width - safe(), y2: y, colour, width };
}

/** A footer line at the card's foot, `height` above the safe margin. */
function footerLine(
  ctx: FaceContext,
  side: Side,
  text: string,
  style: Pick<TextSpec, 'size' | 'colour'>,
  height: number,
): LayoutItem {
  const { card, fitter } = ctx;
  return fitter.place(
    { text, weight: 'semibold', ...style, label: `${labelOf(ctx, side)}, footer` },
    safe(),
    card.height - safe() - height,
    { width: card.width - 2 * safe(), maxLines: 1 },
  );
}

/** The front: the area beside the badge, a rule, the title large in the middle, the questions at the foot. */
function front(ctx: FaceContext): Face {
  const { kit, tip, fitter, card } = ctx;
  const { colour, area } = tip;
  const inner = card.width - 2 * safe();
  const label = labelOf(ctx, 'front');
  const badge = 26;
  return {
    fill: colour.fill,
    under: [],
    badge: { size: badge, codeSize: 11, top: safe() },
    over: () => {
      const areaX = safe() + badge + mmToPt(2.5);
      const areaWidth = card.width - safe() - areaX;
      const areaSpec: TextSpec = {
        text: `${area.number} · ${area.title}`,
        weight: 'bold',
        size: 8.5,
        minSize: 7.5,
        colour: colour.text,
        leading: 1.15,
        label: `${label}, area`,
        field: `areas.${area.id}.title`,
      };
      const areaBox = { width: areaWidth, maxLines: 2 };
      const areaFit = fitter.fit(areaSpec, areaBox);
      const items: LayoutItem[] = [
        fitter.place(
          { ...areaSpec, size: areaFit.size },
          areaX,
          safe() + (badge - areaFit.height) / 2,
          areaBox,
        ),
        rule(ctx, safe() + badge + mmToPt(4), colour.text, 0.75),
      ];
      // The title, in the middle of the card.
      const titleTop = safe() + badge + mmToPt(9);
      const footerHeight = 8 * 1.25;
      const titleRoom = card.height - safe() - footerHeight - mmToPt(4) - titleTop;
      const titleSpec: TextSpec = {
        text: tip.title,
        weight: 'bold',
        size: 20,
        minSize: 14,
        colour: colour.text,
        role: 'H2',
        leading: 1.12,
        label: `card ${tip.id} (${tip.title}), title`,
        field: `tips.${tip.id}.title`,
      };
      const titleBox = { width: inner, height: titleRoom };
      const title = fitter.fit(titleSpec, titleBox);
      // Optically centred: a little above the middle of the room between the rule and the footer.
      const titleY = titleTop + Math.max(0, (titleRoom - title.height) * 0.42);
      items.push(fitter.place({ ...titleSpec, size: title.size }, safe(), titleY, titleBox));
      const footer = questionsLine(kit, tip) ?? `${kit.labels.tip.toUpperCase()} · ${kit.meta.title}`;
      items.push(footerLine(ctx, 'front', footer, { size: 7.5, colour: colour.text }, footerHeight));
      return items;
    },
  };
}

/**
 * The back: a strip of the area's colour with the badge and the title small, the tip's text, and under a
 * rule its code and area, and the organisation (name and contact line where there is room, else the name).
 */
function back(ctx: FaceContext): Face {
  const { theme, tip, fitter, card, bleed } = ctx;
  const c = theme.colours;
  const { colour, area } = tip;
  const inner = card.width - 2 * safe();
  const label = labelOf(ctx, 'back');
  const strip = mmToPt(18);
  const badge = 20;
  const titleSpec: TextSpec = {
    text: tip.title,
    weight: 'bold',
    size: 9.5,
    minSize: 8,
    colour: colour.text,
    leading: 1.15,
    hyphenation: 'avoid',
    label: `card ${tip.id} (${tip.title}), title on the back`,
    field: `tips.${tip.id}.title`,
  };
  const titleBox = { width: inner - badge - 5, maxLines: 2 };
  const titleFit = fitter.fit(titleSpec, titleBox);
  return {
    fill: c.paper,
    // The area's colour across the top, running into the bleed.
    under: [
      {
        kind: 'box',
        x: -bleed,
        y: -bleed,
        width: card.width + 2 * bleed,
        height: strip + bleed,
        fill: colour.fill,
      },
    ],
    badge: { size: badge, codeSize: 8.5, top: (strip - badge) / 2 },
    over: () => {
      const stripTextTop = (strip - Math.max(titleFit.height, 12)) / 2 + 1;
      const items: LayoutItem[] = [
        fitter.place({ ...titleSpec, size: titleFit.size }, safe() + badge + 5, stripTextTop, titleBox),
      ];
      const organisation = organisationSpec(ctx, label, inner);
      const footerHeight = 7 * 1.25 * (organisation ? 2 : 1);
      const textTop = strip + mmToPt(4.5);
      const textRoom = card.height - safe() - footerHeight - mmToPt(3) - textTop;
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
          safe(),
          textTop,
          { width: inner, height: textRoom },
        ),
        rule(ctx, card.height - safe() - footerHeight - mmToPt(1.5), c.rule, 0.5),
        footerLine(ctx, 'back', `${tip.code} · ${area.title}`, { size: 7, colour: c.muted }, footerHeight),
      );
      if (organisation) {
        const line = fitter.place(organisation, safe(), card.height - safe() - footerHeight / 2, {
          width: inner,
          maxLines: 1,
        });
        items.push(line);
      }
      return items;
    },
  };
}

/** The organisation on the back's second footer line, when the theme has one. */
function organisationSpec(
  { theme, fitter }: FaceContext,
  label: string,
  width: number,
): TextSpec | undefined {
  if (!theme.organisation) return undefined;
  const base = {
    weight: 'semibold' as const,
    size: 7,
    colour: theme.colours.muted,
    label: `${label}, organisation`,
  };
  return {
    ...base,
    ...organisationLine(
      theme.organisation,
      (text) => fitter.measureLines({ ...base, text }, { width }) === 1,
    ),
  };
}

/** The questions a card helps with, as the checklist numbers them: "Vraag 2.2, 2.3". */
function questionsLine(kit: LocalisedChecklist, tip: Tip): string | undefined {
  return tip.questions.length > 0
    ? `${kit.labels.question} ${tip.questions.map((q) => q.number).join(', ')}`
    : undefined;
}
