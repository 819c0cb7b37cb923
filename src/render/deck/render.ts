// The Data Team Start deck renderer: plan (measure and split), then write the PPTX package's parts
// (src/render/pptx/) and zip them with fixed times.
import type { LocalisedDataTeamStart } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import type { RenderedFile } from '../rendered.js';
import { pptxBytes } from '../pptx/render.js';
import type { DeckOptions } from './plan.js';
import { planDeck } from './plan.js';

export const DECK_FILE = 'deck.pptx';

export async function renderDeck(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: DeckOptions,
  date: Date,
): Promise<{ files: RenderedFile[]; diagnostics: Diagnostic[] }> {
  const { deck, diagnostics } = planDeck(kit, theme, options, date);
  if (hasErrors(diagnostics)) return { files: [], diagnostics };
  return { files: [{ name: DECK_FILE, bytes: await pptxBytes(deck, theme, date) }], diagnostics };
}
