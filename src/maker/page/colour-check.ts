// The live check under the page's colour fields: the CLI's own brandColours (src/theme/brand-colours.ts)
// run on the colour as the user types it, so the page says exactly what the build will say: a light
// primary colour gets dark text on it and a darker shade where it is text (each with the colour it
// becomes), an accent always reads, and a body-text colour that does not read is refused with the nearest
// shade that does.
import type { ColourField } from '../../theme/brand-colours.js';
import { brandColours } from '../../theme/brand-colours.js';
import { MIN_CONTRAST } from '../../theme/contrast.js';
import { worstOn } from '../../theme/roles.js';

export type { ColourField } from '../../theme/brand-colours.js';
export { MIN_CONTRAST } from '../../theme/contrast.js';

const WHITE = '#FFFFFF';

/** The pairs a body-text colour is checked on, by the key of their words in the texts. */
export type PairKey = 'inkOnPaper' | 'inkOnTint';

export type ColourCheck =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'pass' }
  /** A primary colour the build adjusts (the CLI's adjusted-colour warnings): what it does. */
  | {
      readonly kind: 'adjusted';
      /** Text on the colour is set dark, at this contrast. */
      readonly darkText?: { readonly ratio: number };
      /** Text in the colour is set in this darker shade, at this contrast. */
      readonly shade?: { readonly colour: string; readonly ratio: number };
    }
  /** A body-text colour the build refuses (the CLI's low-contrast errors). */
  | {
      readonly kind: 'fail';
      readonly failing: readonly { readonly key: PairKey; readonly ratio: number }[];
      readonly suggestion?: { readonly colour: string; readonly ratio: number };
    };

export const COLOUR = /^#[0-9A-Fa-f]{6}$/;

/** What the build will say about `value` as the brand's `field` colour. */
export function checkColour(field: ColourField, value: string): ColourCheck {
  if (!COLOUR.test(value)) return { kind: 'invalid' };
  const colour = value.toUpperCase();
  const { colours, problems } = brandColours({ [field]: colour });
  const mine = problems.filter((p) => p.field === field);
  if (mine.length === 0) return { kind: 'pass' };
  if (field === 'primary') {
    const text = [colours.paper, colours.tint];
    return {
      kind: 'adjusted',
      ...(colours.onPrimary !== WHITE ? { darkText: { ratio: worstOn(colours.onPrimary, [colour]) } } : {}),
      ...(colours.primaryText !== colour
        ? { shade: { colour: colours.primaryText, ratio: worstOn(colours.primaryText, text) } }
        : {}),
    };
  }
  const on = { inkOnPaper: colours.paper, inkOnTint: colours.tint } as const;
  const failing = (Object.keys(on) as PairKey[])
    .map((key) => ({ key, ratio: worstOn(colour, [on[key]]) }))
    .filter((f) => f.ratio < MIN_CONTRAST);
  const suggested = mine[0]?.diagnostic.params?.suggestion;
  return {
    kind: 'fail',
    failing,
    ...(typeof suggested === 'string'
      ? { suggestion: { colour: suggested, ratio: worstOn(suggested, Object.values(on)) } }
      : {}),
  };
}

/** A ratio as the page prints it: two decimals, in the page's language (4,53 in Dutch), never rounded up. */
export function ratioText(ratio: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    Math.floor(ratio * 100) / 100,
  );
}
