// The checklist renderer: plan, then draw — one A4 PDF that prints with room to write and is also a
// fillable form.
import type { LocalisedChecklist } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import type { RenderedFile } from '../rendered.js';
import { emitChecklist } from './emit.js';
import { planChecklist } from './plan.js';

export const CHECKLIST_FILE = 'checklist.pdf';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ChecklistRenderOptions {}

export async function renderChecklist(
  kit: LocalisedChecklist,
  theme: Theme,
  _options: ChecklistRenderOptions,
  date: Date,
): Promise<{ files: RenderedFile[]; diagnostics: Diagnostic[] }> {
  const { plan, diagnostics } = planChecklist(kit, theme);
  if (hasErrors(diagnostics)) return { files: [], diagnostics };
  const bytes = await emitChecklist(plan, theme, date);
  return { files: [{ name: CHECKLIST_FILE, bytes }], diagnostics };
}
