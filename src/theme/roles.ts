// The theme's colour roles from an organisation's colours, and the text/background pairs the renderers
// use. A brand colour stays itself where it is a surface (bands, title slides, table headers); the text on
// it is white where white reads and dark where it does not; where the brand colour is itself text on
// paper, a colour too light to read is replaced by the nearest darker shade of its hue.
import { contrastRatio, MIN_CONTRAST, nearestPassing, tintOf } from './contrast.js';
import type { Colours } from './theme.js';
import { defaultColours } from './theme.js';

const WHITE = '#FFFFFF';
const BLACK = '#000000';
/** Share of white in the primary colour's light tint (panels, writing areas, shaded cells). */
const TINT_SHARE = 0.9;
/** Share of white in the hairlines, mixed from the primary colour as ink. */
const RULE_SHARE = 0.65;

/**
 * The text colour for a surface: white or the theme's ink, whichever reads better (white whenever white
 * reaches 4.5:1); black where neither reaches 4.5:1 (a mid-tone surface), since black always does there.
 */
export function textOn(surface: string, ink: string): string {
  const white = contrastRatio(WHITE, surface);
  const dark = contrastRatio(ink, surface);
  const better = white >= dark ? WHITE : ink;
  return Math.max(white, dark) >= MIN_CONTRAST || contrastRatio(BLACK, surface) <= dark ? better : BLACK;
}

/** The lowest contrast of `colour` as text on any of `backgrounds`. */
export function worstOn(colour: string, backgrounds: readonly string[]): number {
  return Math.min(...backgrounds.map((b) => contrastRatio(colour, b)));
}

/**
 * `colour` as ink on `backgrounds`: itself where it reaches 4.5:1 on each, else the nearest shade of the
 * same hue that does (a darker one, on paper).
 */
export function asText(colour: string, backgrounds: readonly string[], fallback: string): string {
  if (worstOn(colour, backgrounds) >= MIN_CONTRAST) return colour;
  return nearestPassing(colour, (c) => worstOn(c, backgrounds), MIN_CONTRAST) ?? fallback;
}

/** The theme's colours from an organisation's primary, accent and ink colours (upper case `#RRGGBB`). */
export function colourRoles(given: { primary: string; accent: string; ink: string }): Colours {
  const { primary, accent, ink } = given;
  const tint = tintOf(primary, TINT_SHARE);
  const primaryText = asText(primary, [defaultColours.paper, tint], ink);
  return {
    ...defaultColours,
    ink,
    primary,
    onPrimary: textOn(primary, ink),
    primaryText,
    accent,
    onAccent: textOn(accent, ink),
    tint,
    rule: tintOf(primaryText, RULE_SHARE),
  };
}

/** A text colour on a background colour, as the renderers use them, and where. */
export interface TextPair {
  readonly text: keyof Colours;
  readonly on: keyof Colours;
  readonly where: string;
}

/**
 * Every text/background pair of theme roles the renderers set (the area colours of palette.ts pair their
 * own text colours the same way). tests/theme/artefact-contrast.test.ts walks the artefacts to hold renderers
 * to these.
 */
export const TEXT_PAIRS: readonly TextPair[] = [
  { text: 'onPrimary', on: 'primary', where: 'title band, title and section slides, table headers' },
  { text: 'primaryText', on: 'paper', where: 'titles, headings, numbers, labels' },
  { text: 'primaryText', on: 'tint', where: 'titles and prompts on the light panels' },
  { text: 'onAccent', on: 'accent', where: 'number badges' },
  { text: 'ink', on: 'paper', where: 'body text' },
  { text: 'ink', on: 'tint', where: 'text in light panels and shaded cells' },
  { text: 'muted', on: 'paper', where: 'durations, credits, footers' },
  { text: 'muted', on: 'tint', where: 'hints in light panels' },
];
