// The Data Team Start deck's two steps: plan (measure and split), then write the PPTX package's parts
// (src/render/pptx/) and zip them with fixed times. Its registry entry is ./renderer.ts.
import type { LocalisedDataTeamStart } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import type { FittedDeck } from '../pptx/paginate.js';
import { pptxBytes } from '../pptx/render.js';
import type { Rendered } from '../rendered.js';
import type { NoInput, RenderSteps } from '../renderer.js';
import { runSteps } from '../renderer.js';
import type { DeckOptions } from './plan.js';
import { planDeck } from './plan.js';
import { DECK_FILE } from './renderer.js';

export { DECK_FILE } from './renderer.js';

export const deckSteps: RenderSteps<'data-team-start', NoInput, FittedDeck> = {
  plan(kit, _input, { theme, start, date }) {
    const { deck, diagnostics } = planDeck(kit, theme, { start }, date);
    return { plan: deck, diagnostics };
  },
  emit: async (deck, { theme, date }) => ({
    files: [{ name: DECK_FILE, bytes: await pptxBytes(deck, theme, date) }],
    diagnostics: [],
  }),
};

export function renderDeck(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: DeckOptions,
  date: Date,
): Promise<Rendered> {
  return runSteps(deckSteps, kit, {}, { theme, date, start: options.start });
}
