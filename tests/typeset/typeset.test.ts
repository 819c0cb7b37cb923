import { describe, expect, it } from 'vitest';
import { breakLines } from '../../src/typeset/break-lines.js';
import { fitText } from '../../src/typeset/fit.js';
import { defaultFonts, missingGlyphs } from '../../src/typeset/fonts.js';
import { hyphenationPoints } from '../../src/typeset/hyphenate.js';
import { textWidth } from '../../src/typeset/measure.js';

const fonts = defaultFonts();
const regular = fonts.regular;

describe('measuring', () => {
  it('measures with the real metrics: wider text, wider result; double size, double width', () => {
    const narrow = textWidth(regular, 'iiii', 10);
    const wide = textWidth(regular, 'WWWW', 10);
    expect(wide).toBeGreaterThan(narrow * 2);
    expect(textWidth(regular, 'Data', 20)).toBeCloseTo(textWidth(regular, 'Data', 10) * 2, 6);
    expect(textWidth(fonts.bold, 'Data', 10)).toBeGreaterThan(textWidth(regular, 'Data', 10));
  });

  it('names the characters a font lacks', () => {
    expect(missingGlyphs(regular, 'Zeeuwse ĳsjes, Łódź, Ελλάδα, Київ')).toEqual([]);
    expect(missingGlyphs(regular, 'data 数据 ✓')).toEqual(['数', '据']);
  });
});

describe('hyphenation', () => {
  it('uses Dutch patterns for Dutch and English patterns for English', () => {
    const word = 'arbeidsongeschiktheidsverzekering';
    const parts = hyphenationPoints(word, 'nl');
    expect(parts).toContain('arbeids'.length);
    expect(parts).toContain('arbeidsongeschiktheids'.length);
    expect(hyphenationPoints('information', 'en').length).toBeGreaterThan(0);
    expect(hyphenationPoints('information', 'xx')).toEqual([]);
  });

  it('never splits the Dutch ij', () => {
    const word = 'gemeentelijke';
    for (const p of hyphenationPoints(word, 'nl')) expect(word.slice(p - 1, p + 1)).not.toBe('ij');
  });
});

describe('line breaking', () => {
  it('keeps every line within the width and loses no word', () => {
    const text =
      'Breng samen in kaart wie er belang heeft bij het project en wie invloed heeft op het besluit.';
    const result = breakLines(text, { face: regular, size: 11, width: 120, language: 'nl' });
    expect(result.overflowWidth).toBe(0);
    for (const line of result.lines) expect(line.width).toBeLessThanOrEqual(120);
    expect(
      result.lines
        .map((l) => l.text)
        .join(' ')
        .replace(/- ?/g, '')
        .replace(/\s+/g, ' '),
    ).toBe(text.replace(/-/g, ''));
  });

  it('hyphenates a long Dutch compound that does not fit on a line, with a visible hyphen', () => {
    const result = breakLines('arbeidsongeschiktheidsverzekering', {
      face: regular,
      size: 12,
      width: 90,
      language: 'nl',
    });
    expect(result.overflowWidth).toBe(0);
    expect(result.hyphenations).toBeGreaterThan(0);
    expect(result.lines[0]?.text.endsWith('-')).toBe(true);
    expect(result.lines.map((l) => l.text.replace(/-$/, '')).join('')).toBe(
      'arbeidsongeschiktheidsverzekering',
    );
  });

  it('breaks after an explicit hyphen without adding another', () => {
    const result = breakLines('het datateam-overleg', { face: regular, size: 12, width: 85, language: 'nl' });
    expect(result.lines.map((l) => l.text)).toEqual(['het datateam-', 'overleg']);
  });

  it('keeps explicit line breaks', () => {
    expect(
      breakLines('een\ntwee', { face: regular, size: 12, width: 500, language: 'nl' }).lines.map(
        (l) => l.text,
      ),
    ).toEqual(['een', 'twee']);
  });

  it('reports how far an unbreakable word sticks out instead of cutting it', () => {
    const result = breakLines('XXXXXXXXXXXXXXXXXXXX', { face: regular, size: 12, width: 50, language: 'xx' });
    expect(result.lines).toHaveLength(1);
    expect(result.overflowWidth).toBeCloseTo(textWidth(regular, 'XXXXXXXXXXXXXXXXXXXX', 12) - 50, 6);
  });
});

describe('fitting', () => {
  const text = 'Schrijf op wie er aan tafel zit, welke rol ieder speelt en wat ieder van de sessie verwacht.';

  it('keeps the preferred size when the text fits', () => {
    const fitted = fitText(
      text,
      { face: regular, size: 10, minSize: 8, leading: 1.2 },
      { width: 200, height: 100 },
      'nl',
    );
    expect(fitted).toMatchObject({ fits: true, size: 10 });
    expect(fitted.shrunkFrom).toBeUndefined();
    expect(fitted.height).toBeCloseTo(fitted.lines.length * 12, 6);
  });

  it('shrinks within the bound and says so', () => {
    const fitted = fitText(
      text,
      { face: regular, size: 12, minSize: 8, leading: 1.2 },
      { width: 150, height: 36 },
      'nl',
    );
    expect(fitted.fits).toBe(true);
    expect(fitted.size).toBeLessThan(12);
    expect(fitted.size).toBeGreaterThanOrEqual(8);
    expect(fitted.shrunkFrom).toBe(12);
    expect(fitted.height).toBeLessThanOrEqual(36);
  });

  it('reports the overflow when even the smallest size does not fit', () => {
    const fitted = fitText(
      text,
      { face: regular, size: 12, minSize: 10, leading: 1.2 },
      { width: 100, height: 20 },
      'nl',
    );
    expect(fitted.fits).toBe(false);
    expect(fitted.size).toBe(10);
    expect(fitted.overflow.height).toBeCloseTo(fitted.height - 20, 6);
  });

  it('respects a maximum number of lines', () => {
    const fitted = fitText(
      text,
      { face: regular, size: 12, leading: 1.2 },
      { width: 150, maxLines: 2 },
      'nl',
    );
    expect(fitted.fits).toBe(false);
    expect(fitted.lines.length).toBeGreaterThan(2);
  });
});
