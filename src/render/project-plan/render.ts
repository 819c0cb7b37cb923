// The project plan's two steps: the outline from a checklist's answers (pure), then the shared DOCX
// house style. Same kit, answers, theme and options: the same bytes. Its registry entry is ./renderer.ts.
import type { DocumentSpec } from '../docx/index.js';
import { renderDocx } from '../docx/index.js';
import type { RenderSteps } from '../renderer.js';
import { planOutline } from './outline.js';
import type { ProjectPlanInput } from './renderer.js';
import { PROJECT_PLAN_FILE } from './renderer.js';

export const projectPlanSteps: RenderSteps<'checklist', ProjectPlanInput, DocumentSpec> = {
  plan: (kit, { answers, version }, { theme, date }) => ({
    plan: planOutline(kit, answers, theme, { version, date }),
    diagnostics: [],
  }),
  emit: async (spec, { theme }) => ({
    files: [{ name: PROJECT_PLAN_FILE, bytes: await renderDocx(spec, theme) }],
    diagnostics: [],
  }),
};
