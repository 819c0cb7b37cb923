// The zip writer and reader (src/render/ooxml/zip.ts): what JSZip and our reader read back, the headers
// byte by byte where they matter (CRC, sizes, method, DOS time in UTC), stored versus deflated entries,
// the per-process reuse of compressed bytes, and the same bytes every time.
import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readPackage, writePackage } from '../../src/render/ooxml/package.js';
import type { ZipEntry } from '../../src/render/ooxml/zip.js';
import { dosDateTime, readZip, writeZip } from '../../src/render/ooxml/zip.js';

const DATE = new Date('2026-11-25T13:45:58Z');
const text = (s: string): Buffer => Buffer.from(s, 'utf8');
const xml = text(`<?xml version="1.0"?><root>${'<item a="1">tekst</item>'.repeat(400)}</root>`);

interface Header {
  name: string;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  packed: number;
  size: number;
  offset: number;
}

/** The central directory, parsed by hand (independently of readZip). */
function centralDirectory(zip: Buffer): Header[] {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  expect(zip.readUInt32LE(end + 12) + zip.readUInt32LE(end + 16)).toBe(end);
  let at = zip.readUInt32LE(end + 16);
  const headers: Header[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const header = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      crc: zip.readUInt32LE(at + 16),
      packed: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      offset: zip.readUInt32LE(at + 42),
    };
    // The local header says the same.
    const local = header.offset;
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    expect(zip.readUInt16LE(local + 6)).toBe(header.flags);
    expect(zip.readUInt16LE(local + 8)).toBe(header.method);
    expect(zip.readUInt32LE(local + 14)).toBe(header.crc);
    expect(zip.readUInt32LE(local + 18)).toBe(header.packed);
    expect(zip.readUInt32LE(local + 22)).toBe(header.size);
    expect(zip.toString('utf8', local + 30, local + 30 + nameLength)).toBe(header.name);
    headers.push(header);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return headers;
}

describe('the zip writer', () => {
  const noise = randomBytes(5000);
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', data: xml },
    { name: 'docs/empty.txt', data: Buffer.alloc(0) },
    { name: 'docs/noise.bin', data: noise },
    { name: 'docs/stored.xml', data: xml, compress: false },
    { name: 'docs/één.txt', data: text('Ünïcode-naam '.repeat(20)) },
  ];

  it('is read back whole by JSZip, with its CRC checks', async () => {
    const zip = await JSZip.loadAsync(writeZip(entries, { date: DATE }), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(entries.map((e) => e.name));
    for (const entry of entries) {
      const data = await zip.file(entry.name)?.async('nodebuffer');
      expect(data?.equals(Buffer.from(entry.data))).toBe(true);
    }
  });

  it('is read back whole by readZip, in order', () => {
    const files = readZip(writeZip(entries, { date: DATE }));
    expect([...files.keys()]).toEqual(entries.map((e) => e.name));
    for (const entry of entries) expect(files.get(entry.name)?.equals(Buffer.from(entry.data))).toBe(true);
  });

  it('writes the right CRC and sizes; deflates text, stores what deflate cannot shrink or is told to', () => {
    const headers = centralDirectory(writeZip(entries, { date: DATE }));
    for (const [i, header] of headers.entries()) {
      const data = entries[i]?.data ?? Buffer.alloc(0);
      expect(header.crc).toBe(crc32(data));
      expect(header.size).toBe(data.length);
    }
    const method = Object.fromEntries(headers.map((h) => [h.name, h.method]));
    expect(method).toEqual({
      '[Content_Types].xml': 8,
      'docs/empty.txt': 0,
      'docs/noise.bin': 0,
      'docs/stored.xml': 0,
      'docs/één.txt': 8,
    });
    expect(headers[0]?.packed).toBe(deflateRawSync(xml, { level: 6 }).length);
    expect(headers[3]?.packed).toBe(xml.length);
  });

  it("deflates to the bytes of zlib's full 32 KiB window, whatever the size", () => {
    const words = 'de het een data team besluit kennis informatie <w:r><w:t>'.split(' ');
    for (const size of [1, 100, 249, 250, 251, 300, 762, 763, 5000, 32_506, 32_507, 40_000, 70_000]) {
      let text = '';
      for (let i = 0; text.length < size; i++) text += `${words[(i * 7 + (i >> 3)) % words.length]} `;
      const data = text.slice(0, size);
      const zip = writeZip([{ name: 'a.xml', data: Buffer.from(data) }], { date: DATE });
      const [header] = centralDirectory(zip);
      if (header?.method !== 8) continue;
      const packed = zip.subarray(30 + 'a.xml'.length, 30 + 'a.xml'.length + header.packed);
      expect(packed.equals(deflateRawSync(Buffer.from(data), { level: 6 })), `${size} bytes`).toBe(true);
    }
  });

  it('marks only non-ASCII names as UTF-8', () => {
    const flags = centralDirectory(writeZip(entries, { date: DATE })).map((h) => h.flags);
    expect(flags).toEqual([0, 0, 0, 0, 1 << 11]);
  });

  it('writes the UTC date and time as MS-DOS fields, whatever the local time zone', () => {
    const [header] = centralDirectory(writeZip(entries, { date: DATE }));
    // 2026-11-25 13:45:58 UTC
    expect(header?.date).toBe(((2026 - 1980) << 9) | (11 << 5) | 25);
    expect(header?.time).toBe((13 << 11) | (45 << 5) | (58 >> 1));
    expect(dosDateTime(new Date('1970-01-01T00:00:00Z'))).toEqual({ date: (1 << 5) | 1, time: 0 });
    expect(() => dosDateTime(new Date(Number.NaN))).toThrow(/valid date/);
  });

  it('gives the same bytes for the same entries, also when the compressed bytes are reused', () => {
    const first = writeZip(entries, { date: DATE });
    const again = writeZip(entries, { date: DATE });
    const copies = writeZip(
      entries.map((e) => ({ ...e, data: Buffer.from(e.data) })),
      { date: DATE },
    );
    expect(again.equals(first)).toBe(true);
    expect(copies.equals(first)).toBe(true);
  });

  it('compresses a buffer changed in place again instead of reusing its old bytes', () => {
    const data = Buffer.from(xml);
    writeZip([{ name: 'a.xml', data }], { date: DATE });
    data.write('<changed/>', 40);
    const files = readZip(writeZip([{ name: 'a.xml', data }], { date: DATE }));
    expect(files.get('a.xml')?.toString('utf8')).toContain('<changed/>');
  });

  it('reuses compressed bytes by content, never by a buffer that changed since', () => {
    const data = Buffer.from(xml);
    const first = writeZip([{ name: 'a.xml', data }], { date: DATE });
    data.write('<changed/>', 40);
    // The original content again, in another buffer: the bytes of the first time.
    expect(writeZip([{ name: 'a.xml', data: Buffer.from(xml) }], { date: DATE }).equals(first)).toBe(true);
    expect(
      readZip(writeZip([{ name: 'a.xml', data }], { date: DATE }))
        .get('a.xml')
        ?.equals(data),
    ).toBe(true);
  });

  it('refuses names it cannot write and names given twice', () => {
    expect(() => writeZip([{ name: '/abs', data: xml }], { date: DATE })).toThrow(/relative path/);
    expect(() => writeZip([{ name: 'a\\b', data: xml }], { date: DATE })).toThrow(/forward slashes/);
    expect(() =>
      writeZip(
        [
          { name: 'a', data: xml },
          { name: 'a', data: xml },
        ],
        { date: DATE },
      ),
    ).toThrow(/twice/);
  });
});

describe('the zip reader', () => {
  it('reads what JSZip writes, deflated or stored, and skips folders', async () => {
    const zip = new JSZip();
    zip.folder('word');
    zip.file('word/document.xml', xml);
    zip.file('media/a.bin', Buffer.from([1, 2, 3]), { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const files = readZip(bytes);
    expect([...files.keys()].sort()).toEqual(['media/a.bin', 'word/document.xml']);
    expect(files.get('word/document.xml')?.equals(xml)).toBe(true);
  });

  it('reads a zip whose sizes and CRCs follow the data (data descriptors, as streaming writers make)', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', xml, { createFolders: false });
    zip.file('a.txt', 'kort');
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', streamFiles: true });
    expect(bytes.readUInt16LE(6) & 0x8).toBe(0x8);
    const files = readZip(bytes);
    expect(files.get('word/document.xml')?.equals(xml)).toBe(true);
    expect(files.get('a.txt')?.toString('utf8')).toBe('kort');
  });

  it('decompresses only the files asked for', () => {
    const bytes = writeZip(
      [
        { name: 'a.xml', data: xml },
        { name: 'b.xml', data: xml },
      ],
      { date: DATE },
    );
    const asked: string[] = [];
    const files = readZip(bytes, (entry) => {
      asked.push(`${entry.name}:${entry.size}`);
      return entry.name === 'b.xml';
    });
    expect(asked).toEqual([`a.xml:${xml.length}`, `b.xml:${xml.length}`]);
    expect([...files.keys()]).toEqual(['b.xml']);
  });

  it('refuses a damaged file: a wrong CRC, or no zip at all', () => {
    const bytes = writeZip([{ name: 'a.xml', data: xml, compress: false }], { date: DATE });
    const damaged = Buffer.from(bytes);
    const at = 30 + 'a.xml'.length + 10;
    damaged.writeUInt8((damaged.readUInt8(at) ^ 0xff) & 0xff, at);
    expect(() => readZip(damaged)).toThrow(/CRC/);
    expect(() => readZip(text('not a zip file at all, just text'))).toThrow(/not a zip file/);
  });
});

describe('packages', () => {
  it('put [Content_Types].xml first and the other parts in name order', () => {
    const parts = new Map([
      ['word/document.xml', xml],
      ['_rels/.rels', xml],
      ['[Content_Types].xml', xml],
      ['docProps/app.xml', xml],
    ]);
    const names = [...readPackage(writePackage(parts, DATE)).keys()];
    expect(names).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'word/document.xml']);
  });

  it('store parts that are compressed already', () => {
    const parts = new Map([
      ['kit/handbook.docx', xml],
      ['kit/README.txt', xml],
    ]);
    const methods = centralDirectory(writePackage(parts, DATE)).map((h) => [h.name, h.method]);
    expect(methods).toEqual([
      ['kit/README.txt', 8],
      ['kit/handbook.docx', 0],
    ]);
  });
});
