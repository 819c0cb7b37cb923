// The poster renderer: plan, then draw — the whole poster, or tiled onto office-printer sheets.
import type { LocalisedDataTeamStart } from '../../content/model.js';
import type { RenderedFile } from '../rendered.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import { emitPoster, emitTiles } from './emit.js';
import type { PosterOptions } from './plan.js';
import { planPoster } from './plan.js';
import type { TileOptions } from './tile.js';
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

export async function renderPoster(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: PosterRenderOptions,
  date: Date,
): Promise<{ files: RenderedFile[]; diagnostics: Diagnostic[] }> {
  // Tiled sheets are trimmed by hand: no bleed or crop marks on them.
  const planOptions = options.tile ? { ...options, bleed: 0 } : options;
  const { plan, diagnostics } = planPoster(kit, theme, planOptions);
  if (hasErrors(diagnostics)) return { files: [], diagnostics };
  const bytes = options.tile
    ? await emitTiles(
        plan,
        planTiles(plan.trim, options.tile),
        theme,
        date,
        `${kit.meta.title} · ${options.paper}`,
      )
    : await emitPoster(plan, theme, date);
  return { files: [{ name: posterFileName(options), bytes }], diagnostics };
}
