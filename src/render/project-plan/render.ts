// The project plan draft (DOCX) from a checklist's answers, in the shared DOCX house style.
import type { Answers } from '../../answers/model.js';
import type { LocalisedChecklist } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import { renderDocx } from '../docx/index.js';
import { planOutline } from './outline.js';

/** Same kit, answers, theme and date: the same bytes. */
export async function renderPlan(
  kit: LocalisedChecklist,
  answers: Answers,
  theme: Theme,
  date: Date,
): Promise<Buffer> {
  return renderDocx(planOutline(kit, answers, theme, date), theme);
}
