// The tip cards' two steps: plan, then draw — A4 sheets of poker-size cards, fronts and mirrored backs.
// Its registry entry is ./renderer.ts.
import { defaultStart } from '../../content/clock.js';
import type { LocalisedChecklist } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import type { Rendered } from '../rendered.js';
import type { NoInput, RenderSteps } from '../renderer.js';
import { runSteps } from '../renderer.js';
import { emitCards } from './emit.js';
import type { CardsPlan } from './plan.js';
import { planCards } from './plan.js';
import { CARDS_FILE } from './renderer.js';

export { CARDS_FILE } from './renderer.js';

export const cardsSteps: RenderSteps<'checklist', NoInput, CardsPlan> = {
  plan: (kit, _input, { theme }) => planCards(kit, theme),
  emit: async (plan, { theme, date }) => ({
    files: [{ name: CARDS_FILE, bytes: await emitCards(plan, theme, date) }],
    diagnostics: [],
  }),
};

export function renderCards(
  kit: LocalisedChecklist,
  theme: Theme,
  options: NoInput,
  date: Date,
): Promise<Rendered> {
  return runSteps(cardsSteps, kit, options, { theme, date, start: defaultStart });
}
