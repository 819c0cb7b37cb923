// The Data Team Start deck in the registry.
import type { FittedDeck } from '../pptx/paginate.js';
import type { BuildRenderer, NoInput } from '../renderer.js';
import { namedFile, once } from '../renderer.js';

export const DECK_FILE = 'deck.pptx';

export const deckRenderer: BuildRenderer<'data-team-start', NoInput, FittedDeck> = {
  id: 'deck',
  kitKind: 'data-team-start',
  description: 'session deck with speaker notes (PPTX)',
  made: { by: 'build', thread: 'main', cost: 1, variants: once },
  files: () => [namedFile(DECK_FILE)],
  load: async () => (await import('./render.js')).deckSteps,
};
