// A brand's colours as the theme's colour roles (roles.ts), and what the build says about them. Pure, with
// no file access, so the "Make your own kit" page runs the very same check live as the user picks a colour.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/messages.js';
import { contrastRatio, MIN_CONTRAST, nearestPassing } from './contrast.js';
import { colourRoles, worstOn } from './roles.js';
import type { Colours } from './theme.js';
import { defaultColours } from './theme.js';

export type ColourField = 'primary' | 'accent' | 'ink';

export type ColourProblem = {
  field: ColourField;
  diagnostic: Omit<Diagnostic, 'file' | 'line' | 'column' | 'field'>;
};

const WHITE = '#FFFFFF';
const fixed = (ratio: number) => ratio.toFixed(2);

/**
 * The theme's colours from a brand's (roles.ts), and a diagnostic for each colour pair the brand colours
 * fail as given, once: text on a light primary colour is set dark, and the primary colour as text is set
 * in a darker shade (warnings that say what was done and how to choose otherwise); an accent takes
 * whichever text reads on it, without a word. Body text (ink) that does not read on paper or on the light
 * tint is an error with the nearest shade that does.
 */
export function brandColours(brand: Partial<Record<ColourField, string>>): {
  colours: Colours;
  problems: ColourProblem[];
} {
  const given = {
    primary: (brand.primary ?? defaultColours.primary).toUpperCase(),
    accent: (brand.accent ?? defaultColours.accent).toUpperCase(),
    ink: (brand.ink ?? defaultColours.ink).toUpperCase(),
  };
  const colours = colourRoles(given);
  const problems: ColourProblem[] = [];
  const { primary, ink } = given;
  if (colours.onPrimary !== WHITE) {
    const forWhite = nearestPassing(primary, (c) => contrastRatio(WHITE, c), MIN_CONTRAST);
    problems.push({
      field: 'primary',
      diagnostic: diagnostic('adjusted-colour/dark-text', {
        given: primary,
        white: fixed(contrastRatio(WHITE, primary)),
        text: colours.onPrimary,
        ratio: fixed(contrastRatio(colours.onPrimary, primary)),
        ...(forWhite ? { forWhite, forWhiteRatio: fixed(contrastRatio(WHITE, forWhite)) } : {}),
      }),
    });
  }
  if (colours.primaryText !== primary) {
    const backgrounds = [colours.paper, colours.tint];
    problems.push({
      field: 'primary',
      diagnostic: diagnostic('adjusted-colour/text-shade', {
        given: primary,
        ratio: fixed(worstOn(primary, backgrounds)),
        shade: colours.primaryText,
        shadeRatio: fixed(worstOn(colours.primaryText, backgrounds)),
      }),
    });
  }
  const inkPairs = [
    { what: 'body text on white paper', on: colours.paper },
    { what: 'text on the light tint of the primary colour (panels, shaded cells)', on: colours.tint },
  ];
  const inkOn = inkPairs.map((p) => p.on);
  const failing = inkPairs.filter((p) => contrastRatio(ink, p.on) < MIN_CONTRAST);
  const suggestion = failing.length ? nearestPassing(ink, (c) => worstOn(c, inkOn), MIN_CONTRAST) : undefined;
  for (const pair of failing) {
    problems.push({
      field: 'ink',
      diagnostic: diagnostic('low-contrast', {
        colour: ink,
        pair: pair.what,
        ratio: fixed(contrastRatio(ink, pair.on)),
        min: MIN_CONTRAST,
        ...(suggestion ? { suggestion, suggestionRatio: fixed(worstOn(suggestion, inkOn)) } : {}),
      }),
    });
  }
  return { colours, problems };
}
