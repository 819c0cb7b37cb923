// The project plan (DOCX) from a checklist's answers, in the shared DOCX house style.
import type { Answers } from '../../answers/model.js';
import type { LocalisedChecklist } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import { renderDocx } from '../docx/index.js';
import type { PlanOptions } from './outline.js';
import { planOutline } from './outline.js';

/** Same kit, answers, theme and options: the same bytes. */
export async function renderPlan(
  kit: LocalisedChecklist,
  answers: Answers,
  theme: Theme,
  options: PlanOptions,
): Promise<Buffer> {
  return renderDocx(planOutline(kit, answers, theme, options), theme);
}
