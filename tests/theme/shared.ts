// What the brand tests share: a table-layout poster without bleed on a paper size.
import type { PosterRenderOptions } from '../../src/render/poster/render.js';

export const tablePoster = (paper: PosterRenderOptions['paper']): PosterRenderOptions => ({
  paper,
  orientation: 'portrait',
  layout: 'table',
  bleed: 0,
});
