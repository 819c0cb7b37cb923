// The fonts pdfkit draws with. pdfkit asks its font for `layout(text)` (glyphs and positions) and otherwise
// only embeds it (subset, widths, descriptor). We hand it the parsed font with `layout` answered from the
// stored metrics: each character's glyph, its advance and the pair kerning, without ligatures, exactly as
// measure.ts measured the line, so what prints is what was fitted. fontkit's own shaping (the OpenType
// engine) was most of a PDF's rendering time; subsetting still uses fontkit.
import * as fontkit from 'fontkit';
import type { FontFace } from '../../typeset/fonts.js';
import { fontData } from '../../typeset/fonts.js';
import type { FontMetrics } from '../../typeset/metrics.js';

interface Glyph {
  readonly id: number;
  readonly advanceWidth: number;
  /** The characters the glyph stands for: the PDF's text layer (copying, searching, screen readers). */
  readonly codePoints: number[];
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

export interface GlyphRun {
  readonly glyphs: Glyph[];
  readonly positions: Position[];
  /** In font units. */
  readonly advanceWidth: number;
}

const SPACE = 0x20;

/** Glyphs and positions for `text` in font units; pdfkit scales (and mutates) the positions it gets. */
export function shape(metrics: FontMetrics, text: string): GlyphRun {
  const glyphs: Glyph[] = [];
  const positions: Position[] = [];
  let width = 0;
  let previous = -1;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const id = metrics.glyphId(code);
    const advance = metrics.advance(id);
    // No kerning across a space: measure.ts measures a line as words plus spaces.
    if (previous >= 0 && code !== SPACE) {
      const kern = metrics.kern(glyphs[previous]!.id, id);
      positions[previous]!.xAdvance += kern;
      width += kern;
    }
    glyphs.push({ id, advanceWidth: advance, codePoints: [code] });
    positions.push({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0 });
    width += advance;
    previous = code === SPACE ? -1 : glyphs.length - 1;
  }
  return { glyphs, positions, advanceWidth: width };
}

const fonts = new Map<string, object>();

/**
 * The font to register with pdfkit for a face: parsed once per process (fontkit reads tables lazily, and
 * only the subsetting reads glyph outlines) and shared by every document, since nothing a document writes
 * depends on what another drew.
 */
export function pdfFont(face: FontFace): object {
  let font = fonts.get(face.file);
  if (!font) {
    const parsed = fontkit.create(fontData(face)) as fontkit.Font;
    const metrics = face.metrics;
    font = Object.create(parsed, {
      layout: { value: (text: string): GlyphRun => shape(metrics, text) },
    }) as object;
    fonts.set(face.file, font);
  }
  return font;
}
