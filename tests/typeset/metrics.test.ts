import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { shape } from '../../src/render/pdf/shaper.js';
import type { FontFace } from '../../src/typeset/fonts.js';
import { defaultFonts, measuredFonts, metricsOf, officeFonts } from '../../src/typeset/fonts.js';
import { fontPath, METRICS_DIR } from '../../src/workspace/node-assets.js';
import { textWidth } from '../../src/typeset/measure.js';
import { extractMetrics } from '../../scripts/fonts/metrics-extract.js';

const ROOT = path.join(import.meta.dirname, '..', '..');

/** Every word of the shipped texts (both kits, every language), each once. */
function contentWords(): string[] {
  const words = new Set<string>();
  for (const kit of readdirSync(path.join(ROOT, 'content'))) {
    const dir = path.join(ROOT, 'content', kit, 'texts');
    for (const file of readdirSync(dir))
      for (const word of readFileSync(path.join(dir, file), 'utf8').split(/\s+/)) if (word) words.add(word);
  }
  return [...words];
}

const NO_LIGATURES = { liga: false, clig: false, dlig: false };
const faces: FontFace[] = [...Object.values(defaultFonts()), ...Object.values(officeFonts())];

describe('stored font metrics', () => {
  it('are what the font files say (run `npm run fonts:metrics` after changing a font)', () => {
    for (const font of measuredFonts()) {
      const file = fontPath(font);
      const stored: unknown = JSON.parse(
        readFileSync(path.join(METRICS_DIR, path.basename(metricsOf(font))), 'utf8'),
      );
      expect(stored, path.basename(file)).toEqual(extractMetrics(readFileSync(file), file));
    }
  }, 60_000);

  it("measure every word of the content as fontkit's OpenType shaping does (kerning, no ligatures)", () => {
    const words = contentWords();
    expect(words.length).toBeGreaterThan(2000);
    for (const face of faces) {
      const font = fontkit.create(readFileSync(fontPath(face.file))) as fontkit.Font;
      let kerned = 0;
      for (const word of words) {
        // fontkit picks the script from the text; a run without letters gets no Latin kerning from it.
        if (!/\p{L}/u.test(word)) continue;
        const run = font.layout(word, NO_LIGATURES);
        const expected = (run.advanceWidth / font.unitsPerEm) * 10;
        expect(textWidth(face, word, 10), `${face.name}: ${word}`).toBeCloseTo(expected, 9);
        if (run.positions.some((p, i) => p.xAdvance !== run.glyphs[i]!.advanceWidth)) kerned += 1;
      }
      // The comparison means something only if many words are kerned.
      expect(kerned, face.name).toBeGreaterThan(200);
    }
  }, 60_000);
});

describe('PDF shaping', () => {
  const face = defaultFonts().regular;

  it("gives each character the font's own glyph, and the line the width that was measured", () => {
    const font = fontkit.create(readFileSync(fontPath(face.file))) as fontkit.Font;
    const text = 'Wat levert een datateam op? Tijd, vertrouwen en “zicht” — ĳverig!';
    const run = shape(face.metrics, text);
    expect(run.glyphs.map((g) => g.id)).toEqual(
      [...text].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id),
    );
    expect(run.glyphs.map((g) => String.fromCodePoint(...g.codePoints)).join('')).toBe(text);
    const drawn = run.positions.reduce((sum, p) => sum + p.xAdvance, 0);
    expect(drawn).toBe(run.advanceWidth);
    expect((drawn / face.metrics.info.unitsPerEm) * 12).toBeCloseTo(textWidth(face, text, 12), 9);
  });

  it('kerns inside words, never across a space', () => {
    const tight = shape(face.metrics, 'AV');
    expect(tight.advanceWidth).toBeLessThan(tight.glyphs[0]!.advanceWidth + tight.glyphs[1]!.advanceWidth);
    const spaced = shape(face.metrics, 'A V');
    expect(spaced.advanceWidth).toBe(spaced.glyphs.reduce((sum, g) => sum + g.advanceWidth, 0));
  });
});
