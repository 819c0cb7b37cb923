// TrueType subsetting for the PDFs: the glyphs a document uses, renumbered in the order it first used
// them, with the tables a PDF's embedded TrueType font needs (head, hhea, maxp, loca, glyf, hmtx and the
// hinting tables cvt, fpgm, prep). It reads the font file's bytes directly: fontkit's subsetter decoded
// every used glyph's outline and re-encoded each table for every document, a large share of a PDF's time.

/** A TrueType font's tables, read once per process and shared by every subset of it. */
export class TrueTypeFont {
  private readonly tables = new Map<string, Uint8Array>();
  private readonly glyphOffsets: Uint32Array;
  readonly numGlyphs: number;
  private readonly advances: Uint16Array;
  private readonly bearings: Int16Array;

  constructor(readonly data: Uint8Array) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const count = view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(data[at]!, data[at + 1]!, data[at + 2]!, data[at + 3]!);
      const offset = view.getUint32(at + 8);
      const length = view.getUint32(at + 12);
      this.tables.set(tag, data.subarray(offset, offset + length));
    }
    const head = this.view('head');
    const maxp = this.view('maxp');
    const hhea = this.view('hhea');
    this.numGlyphs = maxp.getUint16(4);
    const long = head.getInt16(50) === 1;
    const loca = this.view('loca');
    this.glyphOffsets = new Uint32Array(this.numGlyphs + 1);
    for (let g = 0; g <= this.numGlyphs; g++)
      this.glyphOffsets[g] = long ? loca.getUint32(g * 4) : loca.getUint16(g * 2) * 2;
    const metrics = hhea.getUint16(34);
    const hmtx = this.view('hmtx');
    this.advances = new Uint16Array(this.numGlyphs);
    this.bearings = new Int16Array(this.numGlyphs);
    for (let g = 0; g < this.numGlyphs; g++) {
      if (g < metrics) {
        this.advances[g] = hmtx.getUint16(g * 4);
        this.bearings[g] = hmtx.getInt16(g * 4 + 2);
      } else {
        this.advances[g] = this.advances[metrics - 1]!;
        this.bearings[g] = hmtx.getInt16(metrics * 4 + (g - metrics) * 2);
      }
    }
  }

  /** What a PDF font descriptor takes from head, post and OS/2. */
  descriptor(): {
    head: { bbox: { minX: number; minY: number; maxX: number; maxY: number }; italic: boolean };
    post: { italicAngle: number; isFixedPitch: boolean };
    os2: { sFamilyClass: number };
  } {
    const head = this.view('head');
    const post = this.view('post');
    const os2 = this.tables.has('OS/2') ? this.view('OS/2') : undefined;
    return {
      head: {
        bbox: {
          minX: head.getInt16(36),
          minY: head.getInt16(38),
          maxX: head.getInt16(40),
          maxY: head.getInt16(42),
        },
        italic: (head.getUint16(44) & 0x02) !== 0,
      },
      // A 16.16 fixed-point number.
      post: {
        italicAngle: post.getInt16(4) + post.getUint16(6) / 65_536,
        isFixedPitch: post.getUint32(12) !== 0,
      },
      os2: { sFamilyClass: os2?.getInt16(30) ?? 0 },
    };
  }

  table(tag: string): Uint8Array | undefined {
    return this.tables.get(tag);
  }

  private view(tag: string): DataView {
    const table = this.tables.get(tag);
    if (!table) throw new Error(`the font has no ${tag} table`);
    return new DataView(table.buffer, table.byteOffset, table.byteLength);
  }

  glyph(gid: number): Uint8Array {
    const glyf = this.tables.get('glyf')!;
    return glyf.subarray(this.glyphOffsets[gid]!, this.glyphOffsets[gid + 1]!);
  }

  metrics(gid: number): { advance: number; bearing: number } {
    return { advance: this.advances[gid]!, bearing: this.bearings[gid]! };
  }
}

// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Where each component's glyph id sits in a composite glyph, and which glyph it is. */
function components(glyph: Uint8Array): { at: number; gid: number }[] {
  const view = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  if (glyph.length < 10 || view.getInt16(0) >= 0) return [];
  const found: { at: number; gid: number }[] = [];
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    found.push({ at: at + 2, gid: view.getUint16(at + 2) });
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return found;
  }
}

function checksum(bytes: Uint8Array): number {
  let sum = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  if (whole < bytes.length) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (bytes[i] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** The subset pdfkit fills as it encodes text: `includeGlyph` gives a glyph its id in the subset. */
export class TrueTypeSubset {
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly font: TrueTypeFont) {
    this.includeGlyph(0); // .notdef comes first, always
  }

  includeGlyph(glyph: number | { id: number }): number {
    const gid = typeof glyph === 'number' ? glyph : glyph.id;
    let id = this.mapping.get(gid);
    if (id === undefined) {
      id = this.glyphs.length;
      this.glyphs.push(gid);
      this.mapping.set(gid, id);
    }
    return id;
  }

  /** The subset font file. Components of composite glyphs are added as they are met. */
  encode(): Uint8Array {
    const outlines: Uint8Array[] = [];
    for (let i = 0; i < this.glyphs.length; i++) {
      let glyph = this.font.glyph(this.glyphs[i]!);
      const parts = components(glyph);
      if (parts.length > 0) {
        glyph = Uint8Array.from(glyph);
        const view = new DataView(glyph.buffer);
        for (const part of parts) view.setUint16(part.at, this.includeGlyph(part.gid));
      }
      outlines.push(glyph);
    }
    const count = this.glyphs.length;
    const glyfLength = outlines.reduce((sum, g) => sum + pad4(g.length), 0);
    const glyf = new Uint8Array(glyfLength);
    const loca = new DataView(new ArrayBuffer((count + 1) * 4));
    let offset = 0;
    outlines.forEach((g, i) => {
      loca.setUint32(i * 4, offset);
      glyf.set(g, offset);
      offset += pad4(g.length);
    });
    loca.setUint32(count * 4, offset);
    const hmtx = new DataView(new ArrayBuffer(count * 4));
    this.glyphs.forEach((gid, i) => {
      const { advance, bearing } = this.font.metrics(gid);
      hmtx.setUint16(i * 4, advance);
      hmtx.setInt16(i * 4 + 2, bearing);
    });
    const copy = (tag: string, edit: (view: DataView) => void): Uint8Array => {
      const table = Uint8Array.from(this.font.table(tag)!);
      edit(new DataView(table.buffer));
      return table;
    };
    const tables = new Map<string, Uint8Array>([
      ['head', copy('head', (v) => (v.setUint32(8, 0), v.setInt16(50, 1)))],
      ['hhea', copy('hhea', (v) => v.setUint16(34, count))],
      ['maxp', copy('maxp', (v) => v.setUint16(4, count))],
      ['loca', new Uint8Array(loca.buffer)],
      ['glyf', glyf],
      ['hmtx', new Uint8Array(hmtx.buffer)],
    ]);
    for (const tag of ['cvt ', 'fpgm', 'prep']) {
      const table = this.font.table(tag);
      if (table) tables.set(tag, table);
    }
    return assemble(tables);
  }
}

/** A font file from its tables: the directory in tag order, each table 4-byte aligned, checksums set. */
function assemble(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerLength = 12 + tags.length * 16;
  const total = tags.reduce((sum, tag) => sum + pad4(tables.get(tag)!.length), headerLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let search = 1;
  let selector = 0;
  while (search * 2 <= tags.length) {
    search *= 2;
    selector += 1;
  }
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, search * 16);
  view.setUint16(8, selector);
  view.setUint16(10, tags.length * 16 - search * 16);
  let offset = headerLength;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const table = tables.get(tag)!;
    const at = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[at + c] = tag.charCodeAt(c);
    view.setUint32(at + 4, checksum(table));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, table.length);
    out.set(table, offset);
    if (tag === 'head') headOffset = offset;
    offset += pad4(table.length);
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
