// The checklist workshop's facilitator guide: the outline (pure), then the shared DOCX house style.
import type { LocalisedChecklist } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import { missingGlyphDiagnostics, renderDocx } from '../docx/index.js';
import type { RenderedFile } from '../rendered.js';
import type { WorkshopGuideOptions } from './outline.js';
import { workshopGuideOutline } from './outline.js';

export const workshopGuideFileName = 'workshop-guide.docx';

export async function renderWorkshopGuide(
  kit: LocalisedChecklist,
  theme: Theme,
  options: WorkshopGuideOptions,
  date: Date,
): Promise<{ files: RenderedFile[]; diagnostics: Diagnostic[] }> {
  const spec = workshopGuideOutline(kit, theme, options, date);
  const bytes = await renderDocx(spec, theme);
  return {
    files: [{ name: workshopGuideFileName, bytes }],
    diagnostics: missingGlyphDiagnostics(spec, theme, 'workshop guide'),
  };
}
