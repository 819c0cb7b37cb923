// Fitting a text into a box: break it at the preferred size; if it does not fit, shrink in small steps
// down to a stated minimum. Beyond that the result says by how much it overflows; callers turn that into
// an error. The result is plain data, ready to draw and to test.
import type { Hyphenation, Line } from './break-lines.js';
import { breakLines } from './break-lines.js';
import type { FontFace } from './fonts.js';

export interface TextStyle {
  readonly face: FontFace;
  /** Preferred size in points. */
  readonly size: number;
  /** Smallest size it may shrink to, in points; the preferred size when absent (no shrinking). */
  readonly minSize?: number;
  /** Line height as a multiple of the size. */
  readonly leading: number;
  readonly hyphenation?: Hyphenation;
}

export interface FittedText {
  readonly lines: readonly Line[];
  readonly face: FontFace;
  readonly size: number;
  /** Distance between baselines, in points. */
  readonly lineHeight: number;
  /** Height of all lines, in points. */
  readonly height: number;
  readonly fits: boolean;
  /** The preferred size, when the text was shrunk to fit. */
  readonly shrunkFrom?: number;
  /** How far it sticks out when it does not fit, in points. */
  readonly overflow: { readonly width: number; readonly height: number };
  readonly hyphenations: number;
}

const STEP = 0.25;

export function fitText(
  text: string,
  style: TextStyle,
  box: { readonly width: number; readonly height?: number; readonly maxLines?: number },
  language: string,
): FittedText {
  const minSize = Math.min(style.minSize ?? style.size, style.size);
  let last: FittedText | undefined;
  for (let size = style.size; size >= minSize - 1e-9; size -= STEP) {
    const broken = breakLines(text, {
      face: style.face,
      size,
      width: box.width,
      language,
      hyphenation: style.hyphenation,
    });
    const lineHeight = size * style.leading;
    const height = broken.lines.length * lineHeight;
    const tooManyLines = box.maxLines !== undefined && broken.lines.length > box.maxLines;
    const overflowHeight = Math.max(0, box.height === undefined ? 0 : height - box.height);
    const fits = broken.overflowWidth <= 0 && overflowHeight <= 0.01 && !tooManyLines;
    last = {
      lines: broken.lines,
      face: style.face,
      size,
      lineHeight,
      height,
      fits,
      ...(size < style.size ? { shrunkFrom: style.size } : {}),
      overflow: {
        width: broken.overflowWidth,
        height: tooManyLines ? Math.max(overflowHeight, lineHeight) : overflowHeight,
      },
      hyphenations: broken.hyphenations,
    };
    if (fits) return last;
  }
  if (!last) throw new Error('fitText: no size tried');
  return last;
}
