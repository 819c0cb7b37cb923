// Turns the command line's poster options into checked values, or says what is wrong with one.
import type { Orientation, PaperName, PosterPaper } from '../render/poster/paper.js';
import { paperSizes, posterPapers } from '../render/poster/paper.js';
import type { PosterLayout } from '../render/poster/plan.js';
import type { PosterRenderOptions } from '../render/poster/render.js';
import { PRINT_SHOP_BLEED } from './files.js';

export interface PosterFlags {
  readonly paper?: string;
  readonly orientation?: string;
  readonly layout?: string;
  readonly bleed?: string;
  readonly tile?: string;
  readonly overlap?: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): Parsed<T> {
  if (value === undefined) return { ok: true, value: fallback };
  const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  return match
    ? { ok: true, value: match }
    : { ok: false, message: `${flag}: "${value}" is not one of ${allowed.join(', ')}` };
}

function millimetres(flag: string, value: string | undefined, fallback: number, max: number): Parsed<number> {
  if (value === undefined) return { ok: true, value: fallback };
  const n = Number(value.replace(/mm$/, ''));
  if (!Number.isFinite(n) || n < 0 || n > max)
    return { ok: false, message: `${flag}: "${value}" is not a number of millimetres from 0 to ${max}` };
  return { ok: true, value: n };
}

export function parsePosterFlags(
  flags: PosterFlags,
  defaultPaper: PosterPaper = 'A2',
): Parsed<PosterRenderOptions> {
  const paper = oneOf<PosterPaper>('--paper', flags.paper, posterPapers, defaultPaper);
  const orientation = oneOf<Orientation>(
    '--orientation',
    flags.orientation,
    ['portrait', 'landscape'],
    'portrait',
  );
  const layout = oneOf<PosterLayout>('--layout', flags.layout, ['table', 'upright'], 'table');
  // A bare --bleed means the print-shop default of 3 mm.
  const bleed = millimetres('--bleed', flags.bleed === '' ? String(PRINT_SHOP_BLEED) : flags.bleed, 0, 10);
  const tile =
    flags.tile === undefined ? undefined : oneOf<'A4' | 'A3'>('--tile', flags.tile, ['A4', 'A3'], 'A4');
  const overlap = millimetres('--overlap', flags.overlap, 10, 30);
  for (const parsed of [paper, orientation, layout, bleed, tile, overlap])
    if (parsed && !parsed.ok) return parsed;
  if (!paper.ok || !orientation.ok || !layout.ok || !bleed.ok || !overlap.ok || (tile && !tile.ok))
    throw new Error('unreachable');
  if (tile?.ok && bleed.value > 0 && flags.bleed !== undefined) {
    return {
      ok: false,
      message:
        '--tile and --bleed do not go together: tiled sheets are cut by hand, a bleed is for a print shop',
    };
  }
  return {
    ok: true,
    value: {
      paper: paper.value,
      orientation: orientation.value,
      layout: layout.value,
      bleed: bleed.value,
      ...(tile?.ok ? { tile: { sheet: tile.value, overlap: overlap.value } } : {}),
    },
  };
}

/**
 * The poster files a build makes. With no flag that picks one variant, the print set every download
 * holds: the plain poster (the table layout), the same with the print shop's 3 mm bleed and crop marks,
 * and the same tiled onto each office sheet smaller than it (A4 and A3 for an A2 poster). --paper,
 * --orientation, --layout and --overlap shape every variant; --bleed or --tile picks just that one.
 */
export function parsePosterVariants(
  flags: PosterFlags,
  defaultPaper: PosterPaper = 'A2',
): Parsed<readonly PosterRenderOptions[]> {
  const parsed = parsePosterFlags(flags, defaultPaper);
  if (!parsed.ok) return parsed;
  if (flags.bleed !== undefined || flags.tile !== undefined) return { ok: true, value: [parsed.value] };
  const overlap = millimetres('--overlap', flags.overlap, 10, 30);
  if (!overlap.ok) return overlap;
  const plain = parsed.value;
  const area = (name: PaperName) => paperSizes[name].width * paperSizes[name].height;
  const sheets = (['A4', 'A3'] as const).filter((sheet) => area(sheet) < area(plain.paper));
  return {
    ok: true,
    value: [
      plain,
      { ...plain, bleed: PRINT_SHOP_BLEED },
      ...sheets.map((sheet) => ({ ...plain, tile: { sheet, overlap: overlap.value } })),
    ],
  };
}
