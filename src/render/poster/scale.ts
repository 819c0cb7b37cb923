// The poster's type and spacing scale. Sizes are designed for A2 and scale with the paper, but never
// below the legible minimum (MIN_TEXT_PT), whatever the paper.
import type { Pt } from '../../units.js';
import { mmToPt } from '../../units.js';

/** No text on the poster is printed smaller than this, at any paper size. */
export const MIN_TEXT_PT: Pt = 7.5;
/** Body text (summaries, steps, matrix) never smaller than this. */
export const MIN_BODY_PT: Pt = 8.5;
/** Texts may shrink to this share of their designed size to fit, never further. */
export const SHRINK_BOUND = 0.85;

const A2_SHORT_SIDE = mmToPt(420);

export interface PosterScale {
  readonly factor: number;
  /** A designed A2 size in points, scaled to this paper, floored at `floor`. */
  text(a2Size: Pt, floor?: Pt): Pt;
  /** The smallest size a text designed at `a2Size` may shrink to. */
  min(a2Size: Pt, floor?: Pt): Pt;
  /** A designed A2 length in millimetres, scaled to this paper, in points. */
  mm(a2Mm: number): Pt;
}

export function posterScale(trimWidth: Pt, trimHeight: Pt): PosterScale {
  const factor = Math.min(trimWidth, trimHeight) / A2_SHORT_SIDE;
  const round = (n: number) => Math.round(n * 4) / 4;
  return {
    factor,
    text: (size, floor = MIN_TEXT_PT) => Math.max(floor, round(size * factor)),
    min: (size, floor = MIN_TEXT_PT) => Math.max(floor, round(size * factor * SHRINK_BOUND)),
    mm: (length) => mmToPt(length) * factor,
  };
}
