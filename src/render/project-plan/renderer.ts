// The project plan in the registry. Not made by `dts build`: `dts plan` makes it on request, from the
// answers to a checklist (a filled-in checklist PDF or an answers YAML file), and writes it to --out.
import type { Answers } from '../../answers/model.js';
import type { DocumentSpec } from '../docx/index.js';
import type { Renderer } from '../renderer.js';
import { namedFile } from '../renderer.js';

export const PROJECT_PLAN_FILE = 'project-plan.docx';

export interface ProjectPlanInput {
  readonly answers: Answers;
  /** The plan's own version, e.g. "0.1" for a first draft. */
  readonly version: string;
}

export const projectPlanRenderer: Renderer<'checklist', ProjectPlanInput, DocumentSpec> = {
  id: 'project-plan',
  kitKind: 'checklist',
  description: 'project plan draft (DOCX) from a filled-in checklist: dts plan',
  made: { by: 'plan' },
  files: () => [namedFile(PROJECT_PLAN_FILE)],
  load: async () => (await import('./render.js')).projectPlanSteps,
};
