// The facilitator handbook in the registry.
import type { DocumentSpec } from '../docx/index.js';
import type { BuildRenderer, NoInput } from '../renderer.js';
import { namedFile, once } from '../renderer.js';

export const handbookFileName = 'handbook.docx';

export const handbookRenderer: BuildRenderer<'data-team-start', NoInput, DocumentSpec> = {
  id: 'handbook',
  kitKind: 'data-team-start',
  description: 'facilitator handbook (DOCX)',
  made: { by: 'build', thread: 'main', cost: 6, variants: once },
  files: () => [namedFile(handbookFileName)],
  load: async () => (await import('./render.js')).handbookSteps,
};
