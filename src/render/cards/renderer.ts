// The tip cards in the registry.
import type { BuildRenderer, NoInput } from '../renderer.js';
import { namedFile, once } from '../renderer.js';
import type { CardsPlan } from './plan.js';

export const CARDS_FILE = 'cards.pdf';

export const cardsRenderer: BuildRenderer<'checklist', NoInput, CardsPlan> = {
  id: 'cards',
  kitKind: 'checklist',
  description: 'tip cards, duplex (PDF)',
  made: { by: 'build', thread: 'pdf', cost: 2, variants: once },
  files: () => [namedFile(CARDS_FILE)],
  load: async () => (await import('./render.js')).cardsSteps,
};
