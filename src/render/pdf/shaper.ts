// The fonts pdfkit draws with. pdfkit asks its font for `layout(text)` (glyphs and positions) and otherwise
// only embeds it (subset, widths, descriptor). We hand it a font source of our own: `layout` answered from
// the stored metrics (each character's glyph, its advance and the pair kerning, without ligatures, exactly
// as measure.ts measured the line, so what prints is what was fitted), our subsetter (subset.ts), and the
// few descriptor values from the font file's own tables. fontkit's shaping and subsetting were most of a
// PDF's rendering time; no font is parsed for a PDF now.
import type { FontFace } from '../../typeset/fonts.js';
import { fontData } from '../../typeset/fonts.js';
import type { FontMetrics } from '../../typeset/metrics.js';
import type { FontInfo } from '../../typeset/metrics-data.js';
import { currentFont } from './pdfkit.js';
import { TrueTypeFont, TrueTypeSubset } from './subset.js';

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
  /** The glyph's own advance, which pdfkit adds to scaled positions. */
  advanceWidth?: number;
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

/** What pdfkit's embedded font keeps per document, which our encoding fills as pdfkit's own would. */
interface EmbeddedFont {
  readonly subset: TrueTypeSubset;
  readonly widths: number[];
  readonly unicode: number[][];
  readonly scale: number;
  encode: (text: string) => [string[], Position[]];
}

/**
 * pdfkit's `encode(text)` splits the text into words character by character and concatenates each word's
 * glyphs; ours shapes the line once. The same glyphs, widths, text layer and positions (scaled to
 * thousandths of an em, with the glyph's own advance), so the same bytes, in a fraction of the time.
 */
function encodeWith(font: EmbeddedFont, metrics: FontMetrics, text: string): [string[], Position[]] {
  const run = shape(metrics, text);
  const hex: string[] = [];
  const scale = font.scale;
  for (let i = 0; i < run.glyphs.length; i++) {
    const glyph = run.glyphs[i]!;
    const gid = font.subset.includeGlyph(glyph.id);
    hex.push(gid.toString(16).padStart(4, '0'));
    font.widths[gid] ??= glyph.advanceWidth * scale;
    font.unicode[gid] ??= glyph.codePoints;
    // The run is this call's own: its positions are scaled in place.
    const p = run.positions[i]!;
    p.xAdvance *= scale;
    p.advanceWidth = glyph.advanceWidth * scale;
  }
  return [hex, run.positions];
}

const encoding = new WeakSet<object>();

/** `doc.font(face)`, with the document's embedded font encoding text from the stored metrics. */
export function selectFace(doc: object, face: FontFace): void {
  (doc as { font(name: string): unknown }).font(face.name);
  const font = currentFont<EmbeddedFont>(doc);
  if (!encoding.has(font)) {
    font.encode = (text: string) => encodeWith(font, face.metrics, text);
    encoding.add(font);
  }
}

/**
 * Everything pdfkit's embedded font asks of its font: metrics, the few font-descriptor values, glyph 0's
 * advance, `layout` and `createSubset`. Answered from the stored metrics and the font file's own tables, so
 * no font is parsed for a PDF.
 */
export interface PdfFontSource extends FontInfo {
  readonly italicAngle: number;
  readonly bbox: {
    readonly minX: number;
    readonly minY: number;
    readonly maxX: number;
    readonly maxY: number;
  };
  readonly 'OS/2': { readonly sFamilyClass: number };
  readonly post: { readonly isFixedPitch: boolean };
  readonly head: { readonly macStyle: { readonly italic: boolean } };
  getGlyph(gid: number): { readonly advanceWidth: number };
  layout(text: string): GlyphRun;
  createSubset(): TrueTypeSubset;
}

const fonts = new Map<string, PdfFontSource>();

/** The font to register with pdfkit for a face: read once per process and shared by every document. */
export function pdfFont(face: FontFace): PdfFontSource {
  let font = fonts.get(face.file);
  if (!font) {
    const tables = new TrueTypeFont(fontData(face));
    const metrics = face.metrics;
    const { head, post, os2 } = tables.descriptor();
    font = {
      ...metrics.info,
      italicAngle: post.italicAngle,
      bbox: head.bbox,
      'OS/2': { sFamilyClass: os2.sFamilyClass },
      post: { isFixedPitch: post.isFixedPitch },
      head: { macStyle: { italic: head.italic } },
      getGlyph: (gid) => ({ advanceWidth: metrics.advance(gid) }),
      layout: (text) => shape(metrics, text),
      createSubset: () => new TrueTypeSubset(tables),
    };
    fonts.set(face.file, font);
  }
  return font;
}
