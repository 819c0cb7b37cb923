// A font's metrics as stored by `npm run fonts:metrics`: glyph ids, advances and pair kerning, looked up
// in arrays and maps. Measuring (every renderer) and drawing (the PDFs) both use these, so what is drawn is
// exactly what was measured, and no build parses a font or shapes text to learn a width.
import { readFileSync } from 'node:fs';
import type { FontMetricsData, KerningSubtable } from './metrics-data.js';

type Subtable =
  | { readonly format: 1; readonly pairs: ReadonlyMap<number, ReadonlyMap<number, number>> }
  | {
      readonly format: 2;
      readonly covered: Uint8Array;
      readonly class1: Uint16Array;
      readonly class2: Uint16Array;
      readonly values: ReadonlyMap<number, number>;
    };

function compile(table: KerningSubtable, glyphs: number): Subtable {
  if (table.format === 1) {
    const pairs = new Map<number, Map<number, number>>();
    for (const [first, list] of Object.entries(table.pairs)) pairs.set(Number(first), new Map(list));
    return { format: 1, pairs };
  }
  const covered = new Uint8Array(glyphs);
  for (const [from, to] of table.coverage) covered.fill(1, from, to + 1);
  const classes = (ranges: readonly (readonly [number, number, number])[]) => {
    const out = new Uint16Array(glyphs);
    for (const [from, to, c] of ranges) out.fill(c, from, to + 1);
    return out;
  };
  const values = new Map<number, number>();
  for (const [c1, c2, v] of table.values) values.set(c1 * 65_536 + c2, v);
  return { format: 2, covered, class1: classes(table.class1), class2: classes(table.class2), values };
}

export class FontMetrics {
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly capHeight: number;
  readonly xHeight: number;
  readonly unicodeRange: readonly number[];
  readonly codePageRange: readonly number[];
  private readonly glyphs = new Map<number, number>();
  private readonly advances: readonly number[];
  private readonly lookups: readonly (readonly Subtable[])[];

  constructor(data: FontMetricsData) {
    this.postscriptName = data.postscriptName;
    this.unitsPerEm = data.unitsPerEm;
    this.ascent = data.ascent;
    this.descent = data.descent;
    this.lineGap = data.lineGap;
    this.capHeight = data.capHeight;
    this.xHeight = data.xHeight;
    this.unicodeRange = data.unicodeRange;
    this.codePageRange = data.codePageRange;
    for (const [from, to, gid] of data.cmap)
      for (let c = from; c <= to; c++) this.glyphs.set(c, gid + c - from);
    this.advances = data.advances;
    this.lookups = data.kerning.map((lookup) => lookup.map((t) => compile(t, data.advances.length)));
  }

  /** The glyph for a code point; 0 (.notdef) when the font has none. */
  glyphId(code: number): number {
    return this.glyphs.get(code) ?? 0;
  }

  hasGlyph(code: number): boolean {
    return this.glyphs.has(code);
  }

  /** Advance width of a glyph, in font units. */
  advance(gid: number): number {
    return this.advances[gid] ?? 0;
  }

  /** The kerning between two glyphs, in font units: each lookup's first subtable that covers the pair. */
  kern(left: number, right: number): number {
    const key = left * 65_536 + right;
    let total = this.pairs.get(key);
    if (total === undefined) {
      total = this.lookUpKerning(left, right);
      this.pairs.set(key, total);
    }
    return total;
  }

  /** Pairs repeat far more than they vary: each is looked up in the subtables once. */
  private readonly pairs = new Map<number, number>();

  private lookUpKerning(left: number, right: number): number {
    let total = 0;
    for (const lookup of this.lookups) {
      for (const table of lookup) {
        if (table.format === 1) {
          const value = table.pairs.get(left)?.get(right);
          if (value === undefined) continue;
          total += value;
          break;
        }
        if (!table.covered[left]) continue;
        total += table.values.get(table.class1[left]! * 65_536 + table.class2[right]!) ?? 0;
        break;
      }
    }
    return total;
  }
}

const loaded = new Map<string, FontMetrics>();

/** The stored metrics of a font file (by path), read once per process. */
export function metricsFor(metricsFile: string): FontMetrics {
  let metrics = loaded.get(metricsFile);
  if (!metrics) {
    metrics = new FontMetrics(JSON.parse(readFileSync(metricsFile, 'utf8')) as FontMetricsData);
    loaded.set(metricsFile, metrics);
  }
  return metrics;
}
