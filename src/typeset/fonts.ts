// The fonts every renderer uses. Source Sans 3 (SIL Open Font Licence, full TTFs from Adobe's `source-sans`
// package) is embedded in the PDFs and the Word files; Liberation Sans stands in for Arial when measuring
// the decks. A face is its name, its stored metrics (all that measuring needs) and its font file, which only
// embedding reads. All of them are read as assets (src/workspace/assets.ts), by id.
import type { AssetId } from '../workspace/assets.js';
import { readAsset } from '../workspace/assets.js';
import type { FontMetrics } from './metrics.js';
import { metricsFor } from './metrics.js';

export type FontWeight = 'regular' | 'semibold' | 'bold' | 'italic';

export interface FontFace {
  /** The name the PDF registers it under. */
  readonly name: string;
  readonly weight: FontWeight;
  readonly metrics: FontMetrics;
  /** The font file, as an asset id (`font/<family>/<file>.ttf`). */
  readonly file: AssetId;
}

export type FontSet = Readonly<Record<FontWeight, FontFace>>;

/** The stored metrics of a font file: `metrics/<file name without .ttf>.json`. */
export function metricsOf(font: AssetId): AssetId {
  const file = font.slice(font.lastIndexOf('/') + 1).replace(/\.ttf$/, '');
  return `metrics/${file}.json`;
}

/** A face whose metrics are read when first measured with: most threads need only some of the faces. */
function face(name: string, weight: FontWeight, file: AssetId): FontFace {
  let metrics: FontMetrics | undefined;
  return {
    name,
    weight,
    file,
    get metrics() {
      metrics ??= metricsFor(metricsOf(file));
      return metrics;
    },
  };
}

const bytes = new Map<string, Buffer>();

/** The font file's bytes, read once per process (for embedding). */
export function fontData(face: FontFace): Buffer {
  let data = bytes.get(face.file);
  if (!data) {
    const read = readAsset(face.file);
    data = Buffer.isBuffer(read) ? read : Buffer.from(read.buffer, read.byteOffset, read.byteLength);
    bytes.set(face.file, data);
  }
  return data;
}

const SOURCE_SANS: Record<FontWeight, string> = {
  regular: 'SourceSans3-Regular.ttf',
  semibold: 'SourceSans3-Semibold.ttf',
  bold: 'SourceSans3-Bold.ttf',
  italic: 'SourceSans3-It.ttf',
};

export const FONT_FAMILY = 'Source Sans 3';

let cached: FontSet | undefined;

export function defaultFonts(): FontSet {
  if (cached) return cached;
  const load = (weight: FontWeight) =>
    face(`SourceSans3-${weight}`, weight, `font/source-sans/${SOURCE_SANS[weight]}`);
  cached = {
    regular: load('regular'),
    semibold: load('semibold'),
    bold: load('bold'),
    italic: load('italic'),
  };
  return cached;
}

/** The characters of `text` the face has no glyph for (each once, in order of appearance). */
export function missingGlyphs(face: FontFace, text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x0a || code === 0x20 || code === 0xad) continue;
    if (!face.metrics.hasGlyph(code)) missing.add(char);
  }
  return [...missing];
}

/**
 * The decks' font. A deck embeds no font, so it names a font every viewer already has: Arial
 * (Windows, macOS, PowerPoint online). LibreOffice substitutes Liberation Sans, which is metric-compatible
 * with Arial (every glyph has the same advance width). We measure with Liberation Sans (SIL Open Font
 * Licence, shipped under assets/fonts/liberation-sans/), so the line breaks we compute are the ones
 * PowerPoint and LibreOffice draw. Semibold maps to bold: Arial has no semibold.
 */
export const OFFICE_FONT_FAMILY = 'Arial';

let office: FontSet | undefined;

export function officeFonts(): FontSet {
  if (office) return office;
  const load = (weight: FontWeight, file: string) =>
    face(`LiberationSans-${weight}`, weight, `font/liberation-sans/${file}`);
  const bold = load('bold', 'LiberationSans-Bold.ttf');
  office = {
    regular: load('regular', 'LiberationSans-Regular.ttf'),
    semibold: bold,
    bold,
    italic: load('italic', 'LiberationSans-Italic.ttf'),
  };
  return office;
}

/** Every font whose metrics are stored: what `npm run fonts:metrics` reads. */
export function measuredFonts(): AssetId[] {
  return [
    ...Object.values(SOURCE_SANS).map((f): AssetId => `font/source-sans/${f}`),
    ...['Regular', 'Bold', 'Italic'].map((s): AssetId => `font/liberation-sans/LiberationSans-${s}.ttf`),
  ];
}
