import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { TrueTypeFont, TrueTypeSubset } from '../../src/render/pdf/subset.js';
import { defaultFonts, fontData } from '../../src/typeset/fonts.js';

const face = defaultFonts().regular;
const data = fontData(face);
const original = fontkit.create(data) as fontkit.Font;

function subsetOf(text: string): { subset: fontkit.Font; ids: number[] } {
  const subset = new TrueTypeSubset(new TrueTypeFont(data));
  const ids = [...text].map((c) => subset.includeGlyph(original.glyphForCodePoint(c.codePointAt(0)!).id));
  return { subset: fontkit.create(Buffer.from(subset.encode())) as fontkit.Font, ids };
}

function sum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let i = 0; i + 4 <= bytes.length; i += 4) total = (total + view.getUint32(i)) >>> 0;
  return total;
}

describe('TrueType subsets for the PDFs', () => {
  const text = 'Dat één ĳverig team?';
  const composite = [...text].find((c) => {
    const glyph = original.glyphForCodePoint(c.codePointAt(0)!) as unknown as {
      _decode(): { numberOfContours: number } | null;
    };
    return (glyph._decode()?.numberOfContours ?? 0) < 0;
  });

  it('hold the glyphs used, .notdef first, numbered in order of use, with their outlines and advances', () => {
    const { subset, ids } = subsetOf(text);
    expect(ids[0]).toBe(1);
    [...text].forEach((char, i) => {
      const from = original.glyphForCodePoint(char.codePointAt(0)!);
      const to = subset.getGlyph(ids[i]!);
      expect(to.advanceWidth, char).toBe(from.advanceWidth);
      expect(to.path.toSVG(), char).toBe(from.path.toSVG());
    });
  });

  it('bring the components of composite glyphs along, renumbered', () => {
    expect(composite, 'the sample text has a composite glyph').toBeDefined();
    const { subset, ids } = subsetOf(composite!);
    expect(subset.numGlyphs).toBeGreaterThan(2);
    const glyph = subset.getGlyph(ids[0]!);
    expect(glyph.path.toSVG()).toBe(original.glyphForCodePoint(composite!.codePointAt(0)!).path.toSVG());
  });

  it('are well-formed font files: the whole file sums to the magic number the head table asks for', () => {
    const subset = new TrueTypeSubset(new TrueTypeFont(data));
    for (const c of text) subset.includeGlyph(original.glyphForCodePoint(c.codePointAt(0)!).id);
    expect(sum(subset.encode())).toBe(0xb1b0afba);
  });
});

describe('the PDF font source pdfkit embeds from', () => {
  it('gives the values fontkit reads from the font, for every face', async () => {
    const { pdfFont } = await import('../../src/render/pdf/shaper.js');
    for (const face of Object.values(defaultFonts())) {
      const font = fontkit.create(fontData(face)) as fontkit.Font & {
        'OS/2': { sFamilyClass: number };
        post: { isFixedPitch: boolean };
        head: { macStyle: { italic: boolean } };
      };
      const ours = pdfFont(face);
      expect(ours.postscriptName, face.name).toBe(font.postscriptName);
      for (const key of [
        'unitsPerEm',
        'ascent',
        'descent',
        'lineGap',
        'capHeight',
        'xHeight',
        'italicAngle',
      ] as const)
        expect(ours[key], `${face.name} ${key}`).toBe(font[key]);
      expect({ ...ours.bbox }).toEqual({
        minX: font.bbox.minX,
        minY: font.bbox.minY,
        maxX: font.bbox.maxX,
        maxY: font.bbox.maxY,
      });
      expect(ours['OS/2'].sFamilyClass).toBe(font['OS/2'].sFamilyClass);
      expect(ours.post.isFixedPitch).toBe(Boolean(font.post.isFixedPitch));
      expect(ours.head.macStyle.italic).toBe(Boolean(font.head.macStyle.italic));
      expect(ours.getGlyph(0).advanceWidth).toBe(font.getGlyph(0).advanceWidth);
    }
  });
});
