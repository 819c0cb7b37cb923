// The `workshop` artefact in the registry: the checklist workshop's facilitator guide (DOCX,
// src/render/workshop-guide/) and its deck (PPTX, src/render/workshop-deck/), made together.
import type { DocumentSpec } from '../docx/index.js';
import type { BuildRenderer, NoInput } from '../renderer.js';
import { bothSteps, namedFile, once } from '../renderer.js';
import type { PlannedWorkshopDeck } from '../workshop-deck/render.js';

export const WORKSHOP_GUIDE_FILE = 'workshop-guide.docx';
export const WORKSHOP_DECK_FILE = 'workshop-deck.pptx';

export const workshopRenderer: BuildRenderer<
  'checklist',
  NoInput,
  readonly [DocumentSpec, PlannedWorkshopDeck]
> = {
  id: 'workshop',
  kitKind: 'checklist',
  description: 'workshop guide (DOCX) and deck (PPTX)',
  made: { by: 'build', thread: 'main', cost: 8, variants: once },
  files: () => [namedFile(WORKSHOP_GUIDE_FILE), namedFile(WORKSHOP_DECK_FILE)],
  load: async () => {
    const [{ workshopGuideSteps }, { workshopDeckSteps }] = await Promise.all([
      import('../workshop-guide/render.js'),
      import('../workshop-deck/render.js'),
    ]);
    return bothSteps(workshopGuideSteps, workshopDeckSteps);
  },
};
