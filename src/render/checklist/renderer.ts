// The checklist in the registry.
import type { BuildRenderer, NoInput } from '../renderer.js';
import { namedFile, once } from '../renderer.js';
import type { ChecklistPlan } from './plan.js';

export const CHECKLIST_FILE = 'checklist.pdf';

export const checklistRenderer: BuildRenderer<'checklist', NoInput, ChecklistPlan> = {
  id: 'checklist',
  kitKind: 'checklist',
  description: 'fillable checklist (PDF, A4)',
  made: { by: 'build', thread: 'pdf', cost: 5, variants: once },
  files: () => [namedFile(CHECKLIST_FILE)],
  load: async () => (await import('./render.js')).checklistSteps,
};
