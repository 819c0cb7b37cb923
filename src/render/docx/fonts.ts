// Embedded fonts (ECMA-376 Part 1, §17.8.1): each face stored as an obfuscated .odttf part, its first 32
// bytes XOR-ed with a key that word/fontTable.xml names. Keys come from the family's name and the face, so
// the same document always has the same bytes; the obfuscated files are made once per process.
import { platform } from '../../platform/platform.js';
import type { FontFace } from '../../typeset/fonts.js';
import { fontData } from '../../typeset/fonts.js';
import { xmlText } from './wml.js';

/** The faces a document embeds, as Word names them in fontTable.xml. */
export interface EmbeddedFamily {
  readonly name: string;
  readonly regular: FontFace;
  readonly bold: FontFace;
  readonly italic: FontFace;
}

/** The 16 key bytes of an obfuscated font, in the order they are XOR-ed. */
export function keyBytes(guid: string): number[] {
  const digits = guid.replace(/[{}-]/g, '');
  const bytes = (digits.match(/../g) ?? []).map((pair) => parseInt(pair, 16));
  return bytes.reverse();
}

export function stableGuid(seed: string): string {
  const h = platform().sha256Hex(seed).toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

const obfuscated = new WeakMap<Buffer, Map<string, Buffer>>();

/** A font file obfuscated with `guid` as Word embeds it: its first 32 bytes XOR-ed with the key. */
export function obfuscate(data: Buffer, guid: string): Buffer {
  let byKey = obfuscated.get(data);
  if (!byKey) {
    byKey = new Map();
    obfuscated.set(data, byKey);
  }
  let bytes = byKey.get(guid);
  if (!bytes) {
    bytes = Buffer.from(data);
    const key = keyBytes(guid);
    for (let i = 0; i < 32 && i < bytes.length; i++) bytes[i] = (bytes[i] ?? 0) ^ (key[i % 16] ?? 0);
    byKey.set(guid, bytes);
  }
  return bytes;
}

const hex8 = (n: number | undefined): string => (n ?? 0).toString(16).toUpperCase().padStart(8, '0');

export interface FontEmbedding {
  /** The w:font element for fontTable.xml. */
  readonly fontXml: string;
  /** The font files by part name (word/fonts/font1.odttf …). */
  readonly files: ReadonlyMap<string, Buffer>;
  /** word/_rels/fontTable.xml.rels. */
  readonly relsXml: string;
}

/**
 * A family's w:font entry, with its faces embedded when `embed` is set. Without the font, Word falls back
 * to a sans-serif of the same class ("swiss", e.g. Arial or Calibri).
 */
export function fontEntry(family: EmbeddedFamily, embed: boolean): FontEmbedding {
  const faces = [
    ['embedRegular', family.regular],
    ['embedBold', family.bold],
    ['embedItalic', family.italic],
  ] as const;
  const range = family.regular.metrics.info.unicodeRange;
  const pages = family.regular.metrics.info.codePageRange;
  const files = new Map<string, Buffer>();
  const embeds = embed
    ? faces
        .map(([element, face], i) => {
          const guid = stableGuid(`${family.name}/${element}`);
          files.set(`word/fonts/font${i + 1}.odttf`, obfuscate(fontData(face), guid));
          return `<w:${element} r:id="rId${i + 1}" w:fontKey="${guid}"/>`;
        })
        .join('')
    : '';
  const fontXml =
    `<w:font w:name="${xmlText(family.name)}"><w:family w:val="swiss"/><w:pitch w:val="variable"/>` +
    `<w:sig w:usb0="${hex8(range[0])}" w:usb1="${hex8(range[1])}" w:usb2="${hex8(range[2])}" w:usb3="${hex8(range[3])}" ` +
    `w:csb0="${hex8(pages[0])}" w:csb1="${hex8(pages[1])}"/>${embeds}</w:font>`;
  const relsXml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    [...files.keys()]
      .map(
        (name, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="${name.slice('word/'.length)}"/>`,
      )
      .join('') +
    '</Relationships>';
  return { fontXml, files, relsXml };
}
