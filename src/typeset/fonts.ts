// The fonts every renderer uses: Source Sans 3 (SIL Open Font Licence), full TTFs from Adobe's `source-sans`
// package, embedded and subset by pdfkit. Loaded once per process, on first use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

export type FontWeight = 'regular' | 'semibold' | 'bold' | 'italic';

export interface FontFace {
  /** The name the PDF registers it under. */
  readonly name: string;
  readonly weight: FontWeight;
  readonly data: Buffer;
  readonly font: fontkit.Font;
}

export type FontSet = Readonly<Record<FontWeight, FontFace>>;

const FILES: Record<FontWeight, string> = {
  regular: 'SourceSans3-Regular.ttf',
  semibold: 'SourceSans3-Semibold.ttf',
  bold: 'SourceSans3-Bold.ttf',
  italic: 'SourceSans3-It.ttf',
};

export const FONT_FAMILY = 'Source Sans 3';

let cached: FontSet | undefined;

export function defaultFonts(): FontSet {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('source-sans/package.json')), 'TTF');
  const load = (weight: FontWeight): FontFace => {
    const data = readFileSync(path.join(dir, FILES[weight]));
    const font = fontkit.create(data) as fontkit.Font;
    // fontkit keeps each glyph with the characters of whatever first asked for it, and pdfkit writes
    // those characters into a PDF's text layer. Asking for every character's glyph first, in code point
    // order, fixes them once: the font can then be shared by every document in any order. Ligature glyphs
    // (ﬀ, ﬁ … U+FB00–FB4F) are left to shaping, which gives them the letters they stand for (f, f), so that
    // copied or searched text reads "effects", not "eﬀects".
    for (const code of [...font.characterSet].sort((a, b) => a - b))
      if (code < 0xfb00 || code > 0xfb4f) font.glyphForCodePoint(code);
    return { name: `SourceSans3-${weight}`, weight, data, font };
  };
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
    if (!face.font.hasGlyphForCodePoint(code)) missing.add(char);
  }
  return [...missing];
}

/**
 * The decks' font. pptxgenjs cannot embed fonts, so a deck names a font every viewer already has: Arial
 * (Windows, macOS, PowerPoint online). LibreOffice substitutes Liberation Sans, which is metric-compatible
 * with Arial (every glyph has the same advance width). We measure with Liberation Sans (SIL Open Font
 * Licence, shipped under assets/fonts/liberation-sans/), so the line breaks we compute are the ones
 * PowerPoint and LibreOffice draw. Semibold maps to bold: Arial has no semibold.
 */
export const OFFICE_FONT_FAMILY = 'Arial';

let office: FontSet | undefined;

export function officeFonts(): FontSet {
  if (office) return office;
  const dir = fileURLToPath(new URL('../../assets/fonts/liberation-sans/', import.meta.url));
  const load = (weight: FontWeight, file: string): FontFace => {
    const data = readFileSync(path.join(dir, file));
    const font = fontkit.create(data) as fontkit.Font;
    return { name: `LiberationSans-${weight}`, weight, data, font };
  };
  const bold = load('bold', 'LiberationSans-Bold.ttf');
  office = {
    regular: load('regular', 'LiberationSans-Regular.ttf'),
    semibold: bold,
    bold,
    italic: load('italic', 'LiberationSans-Italic.ttf'),
  };
  return office;
}
