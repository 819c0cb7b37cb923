// Reads a font's metrics with fontkit, for `npm run fonts:metrics` and for the test that keeps the stored
// files true to the fonts. Builds never run this: they read the stored files (see metrics.ts).
import path from 'node:path';
import * as fontkit from 'fontkit';
import type {
  ClassRange,
  CmapRun,
  FontMetricsData,
  KerningSubtable,
} from '../../src/typeset/metrics-data.js';

interface ValueRecord {
  xAdvance?: number;
  xPlacement?: number;
  yPlacement?: number;
  yAdvance?: number;
}
interface Coverage {
  version: 1 | 2;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number }[];
}
interface ClassDef {
  version: 1 | 2;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}
interface LazyArray<T> {
  length: number;
  get(index: number): T;
  toArray(): T[];
}
interface PairPos {
  version: 1 | 2;
  coverage: Coverage;
  pairSets?: LazyArray<{ secondGlyph: number; value1?: ValueRecord; value2?: ValueRecord }[]>;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  class1Count?: number;
  class2Count?: number;
  classRecords?: LazyArray<LazyArray<{ value1?: ValueRecord; value2?: ValueRecord }>>;
}
interface Lookup {
  lookupType: number;
  subTables: (PairPos & { lookupType?: number; extension?: PairPos })[];
}
interface Gpos {
  scriptList: {
    tag: string;
    script: { defaultLangSys?: { featureIndexes: number[] } };
  }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: LazyArray<Lookup>;
}
interface FontTables {
  GPOS?: Gpos;
  'OS/2'?: { ulCharRange?: number[]; codePageRange?: number[] };
}

/** The adjustment a pair's value records make to the line's width; anything else we cannot draw. */
function adjustment(font: string, first?: ValueRecord, second?: ValueRecord): number {
  for (const record of [first, second])
    if (record && (record.xPlacement || record.yPlacement || record.yAdvance))
      throw new Error(`${font}: kerning that moves glyphs (not only their advance) is not supported`);
  if (second?.xAdvance) throw new Error(`${font}: kerning on the second glyph of a pair is not supported`);
  return first?.xAdvance ?? 0;
}

function coverageGlyphs(coverage: Coverage): number[] {
  if (coverage.version === 1) return [...(coverage.glyphs ?? [])];
  const glyphs: number[] = [];
  for (const range of coverage.rangeRecords ?? [])
    for (let g = range.start; g <= range.end; g++) glyphs.push(g);
  return glyphs;
}

/** Glyph ids as [first, last] runs. */
function runs(glyphs: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const g of [...glyphs].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === g - 1) last[1] = g;
    else out.push([g, g]);
  }
  return out;
}

function classRanges(def: ClassDef | undefined): ClassRange[] {
  if (!def) return [];
  const classOf: [number, number][] = [];
  if (def.version === 1)
    (def.classValueArray ?? []).forEach((c, i) => classOf.push([(def.startGlyph ?? 0) + i, c]));
  else
    for (const r of def.classRangeRecord ?? [])
      for (let g = r.start; g <= r.end; g++) classOf.push([g, r.class]);
  const out: [number, number, number][] = [];
  for (const [g, c] of classOf.sort((a, b) => a[0] - b[0])) {
    if (c === 0) continue;
    const last = out[out.length - 1];
    if (last && last[1] === g - 1 && last[2] === c) last[1] = g;
    else out.push([g, g, c]);
  }
  return out;
}

function subtable(font: string, table: PairPos): KerningSubtable {
  if (table.version === 1) {
    const glyphs = coverageGlyphs(table.coverage);
    const pairs: Record<string, [number, number][]> = {};
    glyphs.forEach((first, index) => {
      // Zero pairs stay: a listed pair ends the search even when it adjusts nothing.
      pairs[String(first)] = (table.pairSets?.get(index) ?? []).map((p): [number, number] => [
        p.secondGlyph,
        adjustment(font, p.value1, p.value2),
      ]);
    });
    return { format: 1, pairs };
  }
  const values: [number, number, number][] = [];
  for (let c1 = 0; c1 < (table.class1Count ?? 0); c1++) {
    const row = table.classRecords!.get(c1);
    for (let c2 = 0; c2 < (table.class2Count ?? 0); c2++) {
      const record = row.get(c2);
      const v = adjustment(font, record.value1, record.value2);
      if (v !== 0) values.push([c1, c2, v]);
    }
  }
  return {
    format: 2,
    coverage: runs(coverageGlyphs(table.coverage)),
    class1: classRanges(table.classDef1),
    class2: classRanges(table.classDef2),
    values,
  };
}

/** The kerning lookups a Latin run gets: the `kern` feature of script latn (else DFLT), default language. */
function kerningLookups(font: string, gpos: Gpos | undefined): KerningSubtable[][] {
  if (!gpos) return [];
  const script =
    gpos.scriptList.find((s) => s.tag === 'latn') ?? gpos.scriptList.find((s) => s.tag === 'DFLT');
  const indexes = new Set<number>();
  for (const f of script?.script.defaultLangSys?.featureIndexes ?? []) {
    const feature = gpos.featureList[f];
    if (feature?.tag === 'kern') for (const l of feature.feature.lookupListIndexes) indexes.add(l);
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => {
      const lookup = gpos.lookupList.get(index);
      return lookup.subTables.map((s) => {
        const type = lookup.lookupType === 9 ? s.lookupType : lookup.lookupType;
        if (type !== 2)
          throw new Error(`${font}: kerning lookup ${index} is of type ${type}, not pair kerning`);
        return subtable(font, lookup.lookupType === 9 ? s.extension! : s);
      });
    });
}

function cmapRuns(font: fontkit.Font): CmapRun[] {
  const out: [number, number, number][] = [];
  for (const code of [...font.characterSet].sort((a, b) => a - b)) {
    const gid = font.glyphForCodePoint(code).id;
    if (gid === 0) continue;
    const last = out[out.length - 1];
    if (last && last[1] === code - 1 && last[2] + (code - last[0]) === gid) last[1] = code;
    else out.push([code, code, gid]);
  }
  return out;
}

export function extractMetrics(data: Buffer, file: string): FontMetricsData {
  const font = fontkit.create(data) as fontkit.Font;
  const name = path.basename(file);
  const tables = font as unknown as FontTables;
  const advances: number[] = [];
  for (let gid = 0; gid < font.numGlyphs; gid++) advances.push(font.getGlyph(gid).advanceWidth);
  return {
    file: name,
    postscriptName: font.postscriptName,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    lineGap: font.lineGap,
    capHeight: font.capHeight,
    xHeight: font.xHeight,
    unicodeRange: [...(tables['OS/2']?.ulCharRange ?? [])],
    codePageRange: [...(tables['OS/2']?.codePageRange ?? [])],
    cmap: cmapRuns(font),
    advances,
    kerning: kerningLookups(name, tables.GPOS),
  };
}
