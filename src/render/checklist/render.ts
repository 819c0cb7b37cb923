// The checklist's two steps: plan, then draw — one A4 PDF that prints with room to write and is also a
// fillable form. Its registry entry is ./renderer.ts.
import { defaultStart } from '../../content/clock.js';
import type { LocalisedChecklist } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import type { Rendered } from '../rendered.js';
import type { NoInput, RenderSteps } from '../renderer.js';
import { runSteps } from '../renderer.js';
import { emitChecklist } from './emit.js';
import type { ChecklistPlan } from './plan.js';
import { planChecklist } from './plan.js';
import { CHECKLIST_FILE } from './renderer.js';

export { CHECKLIST_FILE } from './renderer.js';

export const checklistSteps: RenderSteps<'checklist', NoInput, ChecklistPlan> = {
  plan: (kit, _input, { theme }) => planChecklist(kit, theme),
  emit: async (plan, { theme, date }) => ({
    files: [{ name: CHECKLIST_FILE, bytes: await emitChecklist(plan, theme, date) }],
    diagnostics: [],
  }),
};

export function renderChecklist(
  kit: LocalisedChecklist,
  theme: Theme,
  options: NoInput,
  date: Date,
): Promise<Rendered> {
  return runSteps(checklistSteps, kit, options, { theme, date, start: defaultStart });
}
