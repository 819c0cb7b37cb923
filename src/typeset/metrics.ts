// A font's metrics as stored by `npm run fonts:metrics`: glyph ids, advances and pair kerning, looked up
// in arrays and maps. Measuring (every renderer) and drawing (the PDFs) both use these, so what is drawn is
// exactly what was measured, and no build parses a font or shapes text to learn a width.
import type { AssetId } from '../workspace/assets.js';
import { assetText, readAsset } from '../workspace/assets.js';
import type { FontInfo, FontMetricsData, KerningSubtable } from './metrics-data.js';

/** The index of the range holding `glyph` in sorted [first, last, …] runs of `width` numbers, or -1. */
function findRange(runs: Int32Array, width: number, glyph: number): number {
  let low = 0;
  let high = runs.length / width - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (glyph < runs[mid * width]!) high = mid - 1;
    else if (glyph > runs[mid * width + 1]!) low = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * One kerning subtable, ready for lookups without unpacking it: ranges are searched, the pairs of a first
 * glyph become a map the first time that glyph is asked for. A build asks for a few thousand pairs per
 * font; unpacking every subtable of seven fonts cost more than all of those lookups.
 */
class KerningTable {
  private readonly coverage?: Int32Array;
  private readonly class1?: Int32Array;
  private readonly class2?: Int32Array;
  /** Class 1 × class 2 adjustments, row by row. */
  private readonly values?: Int16Array;
  private readonly classes2: number = 0;
  private readonly lists?: Readonly<Record<string, readonly (readonly [number, number])[]>>;
  private readonly pairs = new Map<number, ReadonlyMap<number, number> | undefined>();

  constructor(table: KerningSubtable) {
    if (table.format === 1) {
      this.lists = table.pairs;
      return;
    }
    this.coverage = Int32Array.from(table.coverage.flat());
    this.class1 = Int32Array.from(table.class1.flat());
    this.class2 = Int32Array.from(table.class2.flat());
    let rows = 1;
    let columns = 1;
    for (const [c1, c2] of table.values) {
      if (c1 >= rows) rows = c1 + 1;
      if (c2 >= columns) columns = c2 + 1;
    }
    this.classes2 = columns;
    this.values = new Int16Array(rows * columns);
    for (const [c1, c2, v] of table.values) this.values[c1 * columns + c2] = v;
  }

  /** The pair's adjustment, or undefined when this subtable does not cover the pair. */
  lookUp(left: number, right: number): number | undefined {
    if (this.lists) {
      let pairs = this.pairs.get(left);
      if (!this.pairs.has(left)) {
        const list = this.lists[String(left)];
        pairs = list ? new Map(list) : undefined;
        this.pairs.set(left, pairs);
      }
      return pairs?.get(right);
    }
    if (findRange(this.coverage!, 2, left) < 0) return undefined;
    const c1 = findRange(this.class1!, 3, left);
    const c2 = findRange(this.class2!, 3, right);
    const class1 = c1 < 0 ? 0 : this.class1![c1 * 3 + 2]!;
    const class2 = c2 < 0 ? 0 : this.class2![c2 * 3 + 2]!;
    // Classes beyond the last with an adjustment have none.
    if (class2 >= this.classes2) return 0;
    return this.values![class1 * this.classes2 + class2] ?? 0;
  }
}

export class FontMetrics {
  readonly info: FontInfo;
  /** Glyph ids of the Basic Multilingual Plane by code point (0: none); `astral` has the rest. */
  private readonly bmp = new Uint16Array(0x10000);
  private readonly astral = new Map<number, number>();
  private readonly advances: readonly number[];
  /** The kerning subtables as stored, each unpacked the first time a pair reaches it. */
  private readonly kerning: readonly (readonly KerningSubtable[])[];
  private readonly tables: (KerningTable | undefined)[][];

  constructor(data: FontMetricsData) {
    const { file: _file, cmap: _cmap, advances: _advances, kerning: _kerning, ...info } = data;
    this.info = info;
    for (const [from, to, gid] of data.cmap)
      for (let c = from; c <= to; c++) {
        if (c < 0x10000) this.bmp[c] = gid + c - from;
        else this.astral.set(c, gid + c - from);
      }
    this.advances = data.advances;
    this.kerning = data.kerning;
    this.tables = data.kerning.map((lookup) => lookup.map(() => undefined));
  }

  /** The glyph for a code point; 0 (.notdef) when the font has none. */
  glyphId(code: number): number {
    return code < 0x10000 ? this.bmp[code]! : (this.astral.get(code) ?? 0);
  }

  hasGlyph(code: number): boolean {
    return this.glyphId(code) !== 0;
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
    this.kerning.forEach((lookup, l) => {
      const tables = this.tables[l]!;
      for (let t = 0; t < lookup.length; t++) {
        const table = (tables[t] ??= new KerningTable(lookup[t]!));
        const value = table.lookUp(left, right);
        if (value === undefined) continue;
        total += value;
        return;
      }
    });
    return total;
  }
}

const loaded = new Map<string, FontMetrics>();

/** The stored metrics of a font (by asset id), read once per process. */
export function metricsFor(metricsFile: AssetId): FontMetrics {
  let metrics = loaded.get(metricsFile);
  if (!metrics) {
    metrics = new FontMetrics(JSON.parse(assetText(readAsset(metricsFile))) as FontMetricsData);
    loaded.set(metricsFile, metrics);
  }
  return metrics;
}
