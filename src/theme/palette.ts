// The area colours of the Checklist Samen Data Delen, in one place: checklist, tip cards and workshop deck
// all take their colours from here, so area 3 is the same colour on paper, on a card and on a slide.
// One colour per category (question area), starting at the hue of the organisation's primary colour and
// turning around the colour wheel in equal steps. Each area has a light fill that carries ink text and
// stays light on toner (a card front in it is mostly paper-bright), and a strong shade of the same hue for
// small solid marks (the number disc, numbers on white paper) that reads with white text.
import { contrastRatio, hslToHex, luminance, MIN_CONTRAST, rgbToHsl } from './contrast.js';
import { textOn } from './roles.js';
import type { Theme } from './theme.js';

export interface CategoryColour {
  /** The area's light colour: bands, card fronts, table cells. Ink text reads on it. */
  readonly fill: string;
  /** Text on the fill: the theme's ink, or black where the ink does not reach 4.5:1 on it. */
  readonly text: string;
  /** A darker shade of the same hue: number discs and numbers on paper; reads on white and with white text. */
  readonly strong: string;
  /** Text on the strong shade (white). */
  readonly onStrong: string;
  /** A very light tint of the hue, for large backgrounds. */
  readonly tint: string;
}

/** Relative luminance of a fill: light enough that a card front in it stays well under 20 % toner. */
export const FILL_LUMINANCE = 0.7;
const TINT_LUMINANCE = 0.86;

export function categoryPalette(theme: Theme, count: number): CategoryColour[] {
  const ink = theme.colours.ink.toUpperCase();
  const paper = theme.colours.paper.toUpperCase();
  const [h] = rgbToHsl(theme.colours.primary.toUpperCase());
  const colours: CategoryColour[] = [];
  for (let i = 0; i < count; i++) {
    const hue = (h + (i * 360) / Math.max(count, 1)) % 360;
    const fill = withLuminance(hue, 0.62, FILL_LUMINANCE);
    // The strong shade: darkened until white text reads, and until it reads on paper as text itself.
    let lightness = 0.5;
    let strong = hslToHex(hue, 0.55, lightness);
    while (
      (contrastRatio(strong, '#FFFFFF') < MIN_CONTRAST + 0.3 ||
        contrastRatio(strong, paper) < MIN_CONTRAST + 0.3) &&
      lightness > 0.05
    ) {
      lightness -= 0.01;
      strong = hslToHex(hue, 0.55, lightness);
    }
    colours.push({
      fill,
      text: textOn(fill, ink),
      strong,
      onStrong: '#FFFFFF',
      tint: withLuminance(hue, 0.5, TINT_LUMINANCE),
    });
  }
  return colours;
}

/** The colour of this hue and saturation whose relative luminance is `target` (by bisection on lightness). */
function withLuminance(hue: number, saturation: number, target: number): string {
  let low = 0;
  let high = 1;
  for (let step = 0; step < 24; step++) {
    const mid = (low + high) / 2;
    if (luminance(hslToHex(hue, saturation, mid)) < target) low = mid;
    else high = mid;
  }
  return hslToHex(hue, saturation, (low + high) / 2);
}
