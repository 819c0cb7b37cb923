// Tiling: the poster split over A4 or A3 sheets for an office printer. Every sheet prints a window of the
// poster inside the printer's safe margin, overlapping its neighbours, with cut lines, its name (1-1, 2-3:
// row and column, which no paper size is called), how to use it, and a small map of the whole.
import type { Mm, Pt } from '../../units.js';
import { mmToPt } from '../../units.js';
import type { PaperName } from './paper.js';
import { paperInPoints } from './paper.js';

export interface TileOptions {
  readonly sheet: Extract<PaperName, 'A4' | 'A3'>;
  /** How far neighbouring sheets overlap, for gluing. */
  readonly overlap: Mm;
}

export interface Tile {
  readonly row: number;
  readonly column: number;
  /** 1-1, 1-2 … 2-1: row (from the top) and column (from the left), as on the map. */
  readonly name: string;
  /** The poster region this sheet prints, in trim coordinates. */
  readonly window: { readonly x: Pt; readonly y: Pt; readonly width: Pt; readonly height: Pt };
}

export interface TilePlan {
  readonly sheet: { readonly width: Pt; readonly height: Pt; readonly orientation: 'portrait' | 'landscape' };
  /** The printable window on the sheet: inside the printer margin, above the label strip. */
  readonly area: { readonly x: Pt; readonly y: Pt; readonly width: Pt; readonly height: Pt };
  readonly rows: number;
  readonly columns: number;
  readonly overlap: Pt;
  readonly tiles: readonly Tile[];
}

/** Most office printers cannot print the outer 5 mm of a sheet. */
export const PRINTER_MARGIN: Mm = 7;
/** Below the window: the sheet's name and the assembly map. */
export const LABEL_STRIP: Mm = 14;

export function planTiles(poster: { width: Pt; height: Pt }, options: TileOptions): TilePlan {
  const overlap = mmToPt(options.overlap);
  const candidates = (['portrait', 'landscape'] as const).map((orientation) => {
    const sheet = paperInPoints(options.sheet, orientation);
    const margin = mmToPt(PRINTER_MARGIN);
    const area = {
      x: margin,
      y: margin,
      width: sheet.width - 2 * margin,
      height: sheet.height - 2 * margin - mmToPt(LABEL_STRIP),
    };
    const count = (length: Pt, window: Pt) =>
      Math.max(1, Math.ceil((length - overlap) / (window - overlap) - 1e-9));
    const columns = count(poster.width, area.width);
    const rows = count(poster.height, area.height);
    return { sheet: { ...sheet, orientation }, area, rows, columns };
  });
  // Fewest sheets; on a tie, the orientation of the poster itself.
  candidates.sort((a, b) => a.rows * a.columns - b.rows * b.columns);
  const best = candidates[0];
  if (!best) throw new Error('no tiling candidates');
  const stepX = best.area.width - overlap;
  const stepY = best.area.height - overlap;
  const tiles: Tile[] = [];
  for (let row = 0; row < best.rows; row++) {
    for (let column = 0; column < best.columns; column++) {
      tiles.push({
        row,
        column,
        name: `${row + 1}-${column + 1}`,
        window: { x: column * stepX, y: row * stepY, width: best.area.width, height: best.area.height },
      });
    }
  }
  return { ...best, overlap, tiles };
}
