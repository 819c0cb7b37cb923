// The tip cards renderer: plan, then draw — A4 sheets of poker-size cards, fronts and mirrored backs.
import type { LocalisedChecklist } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import type { RenderedFile } from '../rendered.js';
import { emitCards } from './emit.js';
import { planCards } from './plan.js';

export const CARDS_FILE = 'cards.pdf';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CardsRenderOptions {}

export async function renderCards(
  kit: LocalisedChecklist,
  theme: Theme,
  _options: CardsRenderOptions,
  date: Date,
): Promise<{ files: RenderedFile[]; diagnostics: Diagnostic[] }> {
  const { plan, diagnostics } = planCards(kit, theme);
  if (hasErrors(diagnostics)) return { files: [], diagnostics };
  const bytes = await emitCards(plan, theme, date);
  return { files: [{ name: CARDS_FILE, bytes }], diagnostics };
}
