// The checklist workshop's facilitator guide: the outline (pure), then the shared DOCX house style. One
// half of the `workshop` artefact (src/render/workshop/).
import type { LocalisedChecklist } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import type { DocumentSpec } from '../docx/index.js';
import { missingGlyphDiagnostics, renderDocx } from '../docx/index.js';
import type { Rendered } from '../rendered.js';
import type { NoInput, RenderSteps } from '../renderer.js';
import { runSteps } from '../renderer.js';
import type { WorkshopGuideOptions } from './outline.js';
import { workshopGuideOutline } from './outline.js';
import { WORKSHOP_GUIDE_FILE } from '../workshop/renderer.js';

export { WORKSHOP_GUIDE_FILE as workshopGuideFileName } from '../workshop/renderer.js';

export const workshopGuideSteps: RenderSteps<'checklist', NoInput, DocumentSpec> = {
  plan(kit, _input, { theme, start, date }) {
    const spec = workshopGuideOutline(kit, theme, { start }, date);
    return { plan: spec, diagnostics: missingGlyphDiagnostics(spec, theme, 'workshop guide') };
  },
  emit: async (spec, { theme }) => ({
    files: [{ name: WORKSHOP_GUIDE_FILE, bytes: await renderDocx(spec, theme) }],
    diagnostics: [],
  }),
};

export function renderWorkshopGuide(
  kit: LocalisedChecklist,
  theme: Theme,
  options: WorkshopGuideOptions,
  date: Date,
): Promise<Rendered> {
  return runSteps(workshopGuideSteps, kit, {}, { theme, date, start: options.start });
}
