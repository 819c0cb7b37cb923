// The workshop deck of the Checklist Samen Data Delen (PPTX), built from the same slide building blocks
// as the Data Team Start deck. The `workshop` artefact also makes the workshop guide (DOCX); the registry
// entry calls this function beside the guide's renderer.
import type { LocalisedChecklist } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import type { RenderedFile } from '../rendered.js';
import { pptxBytes } from '../pptx/render.js';
import type { WorkshopDeckOptions } from './plan.js';
import { planWorkshopDeck } from './plan.js';

export const WORKSHOP_DECK_FILE = 'workshop-deck.pptx';

export async function renderWorkshopDeck(
  kit: LocalisedChecklist,
  theme: Theme,
  options: WorkshopDeckOptions,
  date: Date,
): Promise<{ files: RenderedFile[]; diagnostics: Diagnostic[] }> {
  const { deck, diagnostics } = planWorkshopDeck(kit, theme, options, date);
  if (hasErrors(diagnostics)) return { files: [], diagnostics };
  return { files: [{ name: WORKSHOP_DECK_FILE, bytes: await pptxBytes(deck, theme, date) }], diagnostics };
}
