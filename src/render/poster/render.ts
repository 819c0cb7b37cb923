// The poster's two steps: plan (the canvas, and for a tiled variant its sheets), then draw — the whole
// poster, or tiled onto office-printer sheets. Its registry entry is ./renderer.ts.
import type { LocalisedDataTeamStart } from '../../content/model.js';
import { defaultStart } from '../../content/clock.js';
import type { Theme } from '../../theme/theme.js';
import type { Rendered } from '../rendered.js';
import type { RenderSteps } from '../renderer.js';
import { runSteps } from '../renderer.js';
import { emitPoster, emitTiles } from './emit.js';
import type { PosterOptions, PosterPlan } from './plan.js';
import { planPoster } from './plan.js';
import type { TileOptions, TilePlan } from './tile.js';
import { planTiles } from './tile.js';

export interface PosterRenderOptions extends PosterOptions {
  readonly tile?: TileOptions;
}

/** A stable name that says which variant a file is: poster-a2.pdf (the table layout), poster-a1-landscape-upright-bleed3mm.pdf … */
export function posterFileName(options: PosterRenderOptions): string {
  const parts = ['poster', options.paper.toLowerCase()];
  if (options.orientation === 'landscape') parts.push('landscape');
  if (options.layout === 'upright') parts.push('upright');
  if (options.bleed > 0) parts.push(`bleed${options.bleed}mm`);
  if (options.tile) parts.push(`tiled-${options.tile.sheet.toLowerCase()}`);
  return `${parts.join('-')}.pdf`;
}

/** The planned poster of one variant: the canvas, and the sheets when it is tiled. */
export interface PlannedPoster {
  readonly options: PosterRenderOptions;
  readonly poster: PosterPlan;
  readonly tiles?: { readonly plan: TilePlan; readonly caption: string };
}

export const posterSteps: RenderSteps<'data-team-start', PosterRenderOptions, PlannedPoster> = {
  plan(kit, options, { theme }) {
    // Tiled sheets are trimmed by hand: no bleed or crop marks on them.
    const planOptions = options.tile ? { ...options, bleed: 0 } : options;
    const { plan, diagnostics } = planPoster(kit, theme, planOptions);
    const tiles = options.tile
      ? { plan: planTiles(plan.trim, options.tile), caption: `${kit.meta.title} · ${options.paper}` }
      : undefined;
    return { plan: { options, poster: plan, ...(tiles ? { tiles } : {}) }, diagnostics };
  },
  async emit({ options, poster, tiles }, { theme, date }) {
    const bytes = tiles
      ? await emitTiles(poster, tiles.plan, theme, date, tiles.caption)
      : await emitPoster(poster, theme, date);
    return { files: [{ name: posterFileName(options), bytes }], diagnostics: [] };
  },
};

export function renderPoster(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: PosterRenderOptions,
  date: Date,
): Promise<Rendered> {
  return runSteps(posterSteps, kit, options, { theme, date, start: defaultStart });
}
