// Paper sizes of the poster. Millimetres here, points everywhere after.
import type { Mm, Pt } from '../units.js';
import { mmToPt } from '../units.js';

export const paperSizes = {
  A0: { width: 841, height: 1189 },
  A1: { width: 594, height: 841 },
  A2: { width: 420, height: 594 },
  A3: { width: 297, height: 420 },
  A4: { width: 210, height: 297 },
} as const satisfies Record<string, { width: Mm; height: Mm }>;

export type PaperName = keyof typeof paperSizes;
export type PosterPaper = Exclude<PaperName, 'A4'>;
export const posterPapers: readonly PosterPaper[] = ['A3', 'A2', 'A1', 'A0'];
export type Orientation = 'portrait' | 'landscape';

export function paperInPoints(name: PaperName, orientation: Orientation): { width: Pt; height: Pt } {
  const { width, height } = paperSizes[name];
  const [w, h] = orientation === 'portrait' ? [width, height] : [height, width];
  return { width: mmToPt(w), height: mmToPt(h) };
}
