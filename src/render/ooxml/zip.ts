// A small deterministic zip writer and reader on the platform's raw deflate, inflate and CRC-32 (Node's
// native zlib on the CLI, fflate in the browser: src/platform/): the packages (DOCX, PPTX) and the download bundles. Only what those need: no ZIP64, no
// encryption, no comments. Layout as in PKWARE's APPNOTE.TXT: a local file header (no extra fields) and the
// data for each entry, in the order given, then the central directory and its end record. The reader takes
// sizes and CRCs from the central directory, so it also reads zips with data descriptors.
import { platform } from '../../platform/platform.js';

const crc32 = (data: Uint8Array): number => platform().crc32(data);

export interface ZipEntry {
  /** The entry's path in the zip, forward slashes, no leading slash. */
  readonly name: string;
  readonly data: Uint8Array;
  /** Deflate the data (the default); stored when false, or when deflating would not make it smaller. */
  readonly compress?: boolean;
}

export interface ZipOptions {
  /** The modification time of every entry, written as its UTC date and time (to two seconds). */
  readonly date: Date;
  /** zlib's deflate level, 1–9; 6, zlib's default, unless given. */
  readonly level?: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const END_SIZE = 22;
const STORE = 0;
const DEFLATE = 8;
/** General purpose bit 11: the name is UTF-8. */
const UTF8_NAME = 1 << 11;
/** Made by: Unix (3, so the external attributes hold a file mode), APPNOTE version 2.0. */
const MADE_BY = (3 << 8) | 20;
/** A regular file, rw-r--r--, in the high half of the external attributes. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
const MAX_32 = 0xffffffff;

interface Compressed {
  readonly crc: number;
  readonly method: number;
  readonly bytes: Uint8Array;
}

/**
 * The compressed form of data seen before in this process, by content: the same font file goes into every
 * document, and Dutch and English decks share most of their layout parts; deflating each once is enough.
 * Found by CRC and length, then compared byte for byte with a copy of its own (so a caller's buffer
 * changed later cannot make it wrong). Bounded, the least recently used dropped first, for watch mode.
 */
const cache = new Map<
  string,
  { readonly data: Buffer; readonly result: Compressed; readonly bytes: number }
>();
const CACHE_LIMIT = 32 * 1024 * 1024;
let cachedBytes = 0;

function compressed(data: Uint8Array, level: number): Compressed {
  const crc = crc32(data);
  const key = `${level}/${crc}/${data.length}`;
  const hit = cache.get(key);
  if (hit && hit.data.equals(data)) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.result;
  }
  const copy = Buffer.from(data);
  const deflated = platform().deflateRaw(copy, { level, windowBits: windowBitsFor(copy.length) });
  // Deflate can make data larger (random or compressed bytes): then it is stored.
  const result =
    deflated.length < copy.length
      ? { crc, method: DEFLATE, bytes: deflated }
      : { crc, method: STORE, bytes: copy };
  const bytes = copy.length + (result.method === DEFLATE ? deflated.length : 0);
  if (bytes <= CACHE_LIMIT / 4) {
    if (hit) cachedBytes -= hit.bytes;
    cache.set(key, { data: copy, result, bytes });
    cachedBytes += bytes;
    for (const [oldest, entry] of cache) {
      if (cachedBytes <= CACHE_LIMIT) break;
      cache.delete(oldest);
      cachedBytes -= entry.bytes;
    }
  }
  return result;
}

/**
 * The smallest window that holds the whole input (and deflate's 262 bytes of lookahead), at least 2^9 and at
 * most 2^15: the same bytes as the full 32 KiB window, as no match can reach further back than the input
 * goes, but zlib allocates and clears less for each of the many small parts of a package.
 */
function windowBitsFor(length: number): number {
  return Math.min(15, Math.max(9, Math.ceil(Math.log2(length + 262))));
}

/** MS-DOS date and time fields of the UTC date and time (years before 1980 become 1980-01-01 00:00). */
export function dosDateTime(date: Date): { date: number; time: number } {
  if (Number.isNaN(date.getTime())) throw new Error('zip: the entries need a valid date');
  const year = date.getUTCFullYear();
  if (year < 1980) return { date: (1 << 5) | 1, time: 0 };
  if (year > 2107) throw new Error(`zip: ${year} does not fit an MS-DOS date (1980–2107)`);
  return {
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
  };
}

interface PreparedEntry {
  readonly name: Buffer;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  /** As stored (deflated or not). */
  readonly bytes: Uint8Array;
  /** Uncompressed. */
  readonly size: number;
}

/**
 * The 26 bytes a local header and its central directory record share, from "version needed to extract"
 * to the extra field's length (APPNOTE 4.3.7 and 4.3.12).
 */
function writeEntryFields(
  out: Buffer,
  at: number,
  entry: PreparedEntry,
  dos: { date: number; time: number },
): void {
  out.writeUInt16LE(entry.method === DEFLATE ? 20 : 10, at); // version needed to extract
  out.writeUInt16LE(entry.flags, at + 2);
  out.writeUInt16LE(entry.method, at + 4);
  out.writeUInt16LE(dos.time, at + 6);
  out.writeUInt16LE(dos.date, at + 8);
  out.writeUInt32LE(entry.crc, at + 10);
  out.writeUInt32LE(entry.bytes.length, at + 14);
  out.writeUInt32LE(entry.size, at + 18);
  out.writeUInt16LE(entry.name.length, at + 22);
  out.writeUInt16LE(0, at + 24); // extra field length
}

/** The entries as one zip file, in the order given: the same entries and date always give the same bytes. */
export function writeZip(entries: readonly ZipEntry[], options: ZipOptions): Buffer {
  const level = options.level ?? 6;
  const dos = dosDateTime(options.date);
  if (entries.length > 0xffff) throw new Error(`zip: ${entries.length} entries need ZIP64`);
  const seen = new Set<string>();
  const prepared = entries.map((entry): PreparedEntry => {
    if (entry.name === '' || entry.name.startsWith('/') || entry.name.includes('\\'))
      throw new Error(`zip: "${entry.name}" is not a relative path with forward slashes`);
    if (seen.has(entry.name)) throw new Error(`zip: "${entry.name}" is given twice`);
    seen.add(entry.name);
    const name = Buffer.from(entry.name, 'utf8');
    if (name.length > 0xffff) throw new Error(`zip: the name "${entry.name}" is too long`);
    const packed =
      entry.compress === false
        ? { crc: crc32(entry.data), method: STORE, bytes: entry.data }
        : compressed(entry.data, level);
    if (entry.data.length >= MAX_32 || packed.bytes.length >= MAX_32)
      throw new Error(`zip: "${entry.name}" needs ZIP64`);
    // Bit 11 only where it says something: ASCII names read the same either way.
    const flags = name.length === entry.name.length ? 0 : UTF8_NAME;
    return { name, flags, size: entry.data.length, ...packed };
  });

  let localTotal = 0;
  let centralTotal = 0;
  for (const entry of prepared) {
    localTotal += LOCAL_SIZE + entry.name.length + entry.bytes.length;
    centralTotal += CENTRAL_SIZE + entry.name.length;
  }
  if (localTotal >= MAX_32 || centralTotal >= MAX_32) throw new Error('zip: the archive needs ZIP64');
  const out = Buffer.alloc(localTotal + centralTotal + END_SIZE);

  let at = 0;
  const offsets: number[] = [];
  for (const entry of prepared) {
    offsets.push(at);
    out.writeUInt32LE(LOCAL_HEADER, at);
    writeEntryFields(out, at + 4, entry, dos);
    at += LOCAL_SIZE;
    at += entry.name.copy(out, at);
    out.set(entry.bytes, at);
    at += entry.bytes.length;
  }

  const centralStart = at;
  prepared.forEach((entry, i) => {
    out.writeUInt32LE(CENTRAL_HEADER, at);
    out.writeUInt16LE(MADE_BY, at + 4);
    writeEntryFields(out, at + 6, entry, dos);
    out.writeUInt16LE(0, at + 32); // comment length
    out.writeUInt16LE(0, at + 34); // disk number start
    out.writeUInt16LE(0, at + 36); // internal attributes
    out.writeUInt32LE(FILE_ATTRIBUTES, at + 38);
    out.writeUInt32LE(offsets[i] ?? 0, at + 42);
    at += CENTRAL_SIZE;
    at += entry.name.copy(out, at);
  });

  out.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, at);
  out.writeUInt16LE(0, at + 4); // this disk
  out.writeUInt16LE(0, at + 6); // the disk with the central directory
  out.writeUInt16LE(prepared.length, at + 8);
  out.writeUInt16LE(prepared.length, at + 10);
  out.writeUInt32LE(at - centralStart, at + 12);
  out.writeUInt32LE(centralStart, at + 16);
  out.writeUInt16LE(0, at + 20); // comment length
  return out;
}

export interface ZipFileEntry {
  readonly name: string;
  /** Uncompressed size, as the central directory gives it. */
  readonly size: number;
}

/**
 * The files of a zip by name, in central-directory order; folders are left out, and so are the files
 * `wanted` turns down (they are not even decompressed). A stored file's data is a view into `bytes`, not
 * a copy. Throws on what this reader does not handle (ZIP64, encryption, other methods) and on a wrong
 * size or CRC.
 */
export function readZip(
  bytes: Uint8Array,
  wanted: (entry: ZipFileEntry) => boolean = () => true,
): Map<string, Buffer> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > zip.length || zip.readUInt32LE(at) !== CENTRAL_HEADER)
      throw new Error('zip: damaged central directory');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const packedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString(
      flags & UTF8_NAME ? 'utf8' : 'latin1',
      at + CENTRAL_SIZE,
      at + CENTRAL_SIZE + nameLength,
    );
    at += CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (name.endsWith('/') || !wanted({ name, size })) continue;
    if (packedSize === MAX_32 || size === MAX_32 || local === MAX_32)
      throw new Error(`zip: ${name} needs ZIP64, which this reader does not read`);
    if (flags & 1) throw new Error(`zip: ${name} is encrypted`);
    if (local + LOCAL_SIZE > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER)
      throw new Error(`zip: ${name} has no local header`);
    const start = local + LOCAL_SIZE + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + packedSize > zip.length) throw new Error(`zip: ${name} runs past the end`);
    const packed = zip.subarray(start, start + packedSize);
    let data: Buffer;
    if (method === STORE) data = packed;
    else if (method === DEFLATE) {
      const inflated = platform().inflateRaw(packed, Math.max(size, 1));
      data = Buffer.from(inflated.buffer, inflated.byteOffset, inflated.byteLength);
    } else throw new Error(`zip: ${name} uses compression method ${method}`);
    if (data.length !== size) throw new Error(`zip: ${name} is not the size the zip gives it`);
    if (crc32(data) !== crc) throw new Error(`zip: ${name} fails its CRC check`);
    files.set(name, data);
  }
  return files;
}

/** The end of central directory record: the last one, searched back over a comment of up to 64 KiB. */
function findEnd(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - END_SIZE - 0xffff);
  for (let at = zip.length - END_SIZE; at >= lowest; at--) {
    if (
      zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY &&
      at + END_SIZE + zip.readUInt16LE(at + 20) === zip.length
    )
      return at;
  }
  throw new Error('zip: not a zip file (no end of central directory record)');
}
