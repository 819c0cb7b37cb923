// Comparing two builds of the same kit part for part: the in-browser build's against the CLI's. A zip
// (a bundle, a DOCX, a PPTX) is compared entry by entry after inflating; a PDF object by object, every
// stream inflated and its dictionary compared without /Length (which depends on the deflate); anything
// else byte for byte. Exported for the page's reader check (Chromium), which compares its download
// with the CLI's the same way.
import { inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { readZip } from '../../src/render/ooxml/zip.js';

export interface Difference {
  /** The file, and inside it the part or object: `bundle.zip › deck.pptx › ppt/slides/slide1.xml`. */
  readonly where: string;
  readonly what: string;
}

export interface Comparison {
  readonly differences: Difference[];
  /** Files whose bytes are the same as a whole. */
  readonly identical: string[];
  /** Files equal part for part (or object for object) but not byte for byte (another deflate). */
  readonly equalByParts: string[];
  /**
   * Read-mes that differ only in the file sizes they list: each lists the sizes of its own zip's files,
   * and those depend on the deflate.
   */
  readonly sizesOnly: string[];
  /** How many OOXML parts and PDF objects were compared. */
  readonly parts: number;
}

/** A size as the read-me writes it, "(157 kB)", "(1,2 MB)". */
const SIZE = /\((\d+(?:[.,]\d+)?) (?:bytes|kB|MB)\)/g;

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** A PDF's objects by reference, each as text: streams inflated, their /Length left out. */
async function pdfObjects(bytes: Uint8Array): Promise<Map<string, string>> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  const objects = new Map<string, string>();
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream) {
      const dict = PDFDict.withContext(pdf.context);
      for (const [key, value] of object.dict.entries())
        if (key !== PDFName.of('Length')) dict.set(key, value);
      const filter = object.dict.get(PDFName.of('Filter'));
      const contents = object.getContents();
      const data = filter?.toString() === '/FlateDecode' ? inflateSync(contents) : Buffer.from(contents);
      objects.set(ref.toString(), `${dict.toString()}\nstream ${data.toString('latin1')}`);
    } else objects.set(ref.toString(), object.toString());
  }
  const { Root, Info, ID } = pdf.context.trailerInfo;
  objects.set('trailer', `Root ${Root?.toString()} Info ${Info?.toString()} ID ${ID?.toString()}`);
  return objects;
}

export function compareFiles(where: string, a: Uint8Array, b: Uint8Array, into: Comparison): Promise<void> {
  if (same(a, b)) {
    into.identical.push(where);
    return countParts(where, a, into);
  }
  return compareParts(where, a, b, into);
}

/** Identical files still count their parts, so the figure says how much was compared. */
async function countParts(where: string, bytes: Uint8Array, into: Comparison): Promise<void> {
  const mutable = into as { parts: number };
  if (/\.(zip|docx|pptx)$/.test(where)) {
    for (const [name, data] of readZip(bytes)) await countParts(`${where} › ${name}`, data, into);
  } else if (where.endsWith('.pdf')) mutable.parts += (await pdfObjects(bytes)).size;
  else mutable.parts += 1;
}

async function compareParts(where: string, a: Uint8Array, b: Uint8Array, into: Comparison): Promise<void> {
  const mutable = into as { parts: number };
  const before = into.differences.length;
  if (/\.(zip|docx|pptx)$/.test(where)) {
    const left = readZip(a);
    const right = readZip(b);
    const names = [...left.keys()];
    if (names.join('\n') !== [...right.keys()].join('\n'))
      into.differences.push({
        where,
        what: `entries ${names.join(', ')} against ${[...right.keys()].join(', ')}`,
      });
    for (const name of names) {
      const other = right.get(name);
      if (other) await compareFiles(`${where} › ${name}`, left.get(name)!, other, into);
    }
  } else if (where.endsWith('.pdf')) {
    const left = await pdfObjects(a);
    const right = await pdfObjects(b);
    if (left.size !== right.size)
      into.differences.push({ where, what: `${left.size} objects against ${right.size}` });
    for (const [ref, text] of left) {
      mutable.parts += 1;
      if (right.get(ref) !== text)
        into.differences.push({
          where: `${where} › object ${ref}`,
          what: firstDifference(text, right.get(ref)),
        });
    }
  } else if (
    where.endsWith('.txt') &&
    Buffer.from(a).toString('utf8').replace(SIZE, '(size)') ===
      Buffer.from(b).toString('utf8').replace(SIZE, '(size)')
  ) {
    mutable.parts += 1;
    into.sizesOnly.push(where);
    return;
  } else {
    mutable.parts += 1;
    into.differences.push({ where, what: `${a.length} bytes against ${b.length}, not the same` });
  }
  if (into.differences.length === before) into.equalByParts.push(where);
}

function firstDifference(a: string, b: string | undefined): string {
  if (b === undefined) return 'missing in the second file';
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `differs at character ${i}: ${JSON.stringify(a.slice(i, i + 60))} against ${JSON.stringify(b.slice(i, i + 60))}`;
}

/** Two sets of files by name (the bundles of two builds), compared file by file. */
export async function compareBuilds(
  a: ReadonlyMap<string, Uint8Array>,
  b: ReadonlyMap<string, Uint8Array>,
): Promise<Comparison> {
  const comparison: Comparison = {
    differences: [],
    identical: [],
    equalByParts: [],
    sizesOnly: [],
    parts: 0,
  };
  const names = [...a.keys()].sort();
  const others = [...b.keys()].sort();
  if (names.join('\n') !== others.join('\n'))
    comparison.differences.push({
      where: '(the builds)',
      what: `${names.join(', ')} against ${others.join(', ')}`,
    });
  for (const name of names) {
    const other = b.get(name);
    if (other) await compareFiles(name, a.get(name)!, other, comparison);
  }
  return comparison;
}
