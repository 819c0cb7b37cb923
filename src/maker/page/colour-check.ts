// The live contrast check of the page's colour fields: the colour pairs the CLI checks when it loads a
// brand file (src/theme/brand.ts, brandColours), each with its ratio, and the nearest shade of the same
// hue that passes. Pure, on src/theme/contrast.ts; tests/site/maker-colour-check.test.ts holds it to the
// CLI's verdicts, so the page never says "fine" where the build would warn.
import { contrastRatio, nearestPassing, textColourOn, tintOf } from '../../theme/contrast.js';

/** WCAG AA for normal text; below the large-text level it is an error (as MIN_CONTRAST in brand.ts). */
export const MIN_CONTRAST = 4.5;
export const MIN_CONTRAST_LARGE = 3;
const TINT_SHARE = 0.9;
const PAPER = '#FFFFFF';

export type ColourField = 'primary' | 'accent' | 'ink';
/** The pairs by the key of their words in the texts (`download.maker.contrast`). */
export type PairKey = 'onPrimary' | 'primaryOnTint' | 'onAccent' | 'inkOnPaper';

const onItself = (colour: string) => contrastRatio(textColourOn(colour), colour);

const PAIRS: readonly { field: ColourField; key: PairKey; ratio: (colour: string) => number }[] = [
  { field: 'primary', key: 'onPrimary', ratio: onItself },
  { field: 'primary', key: 'primaryOnTint', ratio: (c) => contrastRatio(c, tintOf(c, TINT_SHARE)) },
  { field: 'accent', key: 'onAccent', ratio: onItself },
  { field: 'ink', key: 'inkOnPaper', ratio: (c) => contrastRatio(c, PAPER) },
];

export type ColourCheck =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'pass'; readonly ratio: number }
  /** A light primary colour: text in it is set in `shade` (the CLI's adjusted-colour warning). */
  | { readonly kind: 'light'; readonly shade: string; readonly ratio: number }
  | {
      readonly kind: 'fail';
      readonly failing: readonly { key: PairKey; ratio: number; severity: 'warning' | 'error' }[];
      readonly suggestion?: { readonly colour: string; readonly ratio: number };
    };

export const COLOUR = /^#[0-9A-Fa-f]{6}$/;

/** What the build will say about `value` in the role of `field`. */
export function checkColour(field: ColourField, value: string): ColourCheck {
  if (!COLOUR.test(value)) return { kind: 'invalid' };
  const colour = value.toUpperCase();
  if (field === 'primary') {
    const tint = tintOf(colour, TINT_SHARE);
    const asText = contrastRatio(colour, tint);
    if (asText < MIN_CONTRAST && onItself(colour) >= MIN_CONTRAST && textColourOn(colour) !== '#FFFFFF') {
      const shade = nearestPassing(
        colour,
        (c) => Math.min(contrastRatio(c, tint), onItself(c)),
        MIN_CONTRAST,
      );
      if (shade) return { kind: 'light', shade, ratio: contrastRatio(shade, tint) };
    }
  }
  const pairs = PAIRS.filter((p) => p.field === field);
  const worst = (c: string) => Math.min(...pairs.map((p) => p.ratio(c)));
  const failing = pairs
    .map((p) => ({ key: p.key, ratio: p.ratio(colour) }))
    .filter((f) => f.ratio < MIN_CONTRAST)
    .map((f) => ({
      ...f,
      severity: f.ratio < MIN_CONTRAST_LARGE ? ('error' as const) : ('warning' as const),
    }));
  if (failing.length === 0) return { kind: 'pass', ratio: worst(colour) };
  const suggestion = nearestPassing(colour, worst, MIN_CONTRAST);
  return {
    kind: 'fail',
    failing,
    ...(suggestion ? { suggestion: { colour: suggestion, ratio: worst(suggestion) } } : {}),
  };
}

/** A ratio as the page prints it: two decimals, in the page's language (4,53 in Dutch). */
export function ratioText(ratio: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    Math.floor(ratio * 100) / 100,
  );
}
