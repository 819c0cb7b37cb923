// The poster in the registry: one file per print variant the build asks for (plain, bleed, tiled).
import { posterVariant } from '../../build/files.js';
import type { BuildRenderer } from '../renderer.js';
import type { PlannedPoster, PosterRenderOptions } from './render.js';

export const posterRenderer: BuildRenderer<'data-team-start', PosterRenderOptions, PlannedPoster> = {
  id: 'poster',
  kitKind: 'data-team-start',
  description: 'table poster (PDF): plain, for a print shop, tiled on A4 and A3',
  made: { by: 'build', thread: 'pdf', cost: 2, variants: (request) => request.posters },
  files: (options) => [{ variant: posterVariant(options), extension: '.pdf' }],
  load: async () => (await import('./render.js')).posterSteps,
};
