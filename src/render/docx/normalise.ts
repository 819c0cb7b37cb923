// Deterministic bytes: docx draws embedded-font keys from Math.random, numbers bookmarks and drawings with
// counters that live as long as the process (a second document differs from the first), and stamps the
// current time into core.xml. This module rewrites those parts so the same spec gives the same bytes.
import { createHash } from 'node:crypto';
import type { CoreProperties, PackageParts } from '../ooxml/package.js';
import type { FontFace } from '../../typeset/fonts.js';
import { fontData } from '../../typeset/fonts.js';
import { coreXml, partText, setPartText } from '../ooxml/package.js';

function renumber(
  xml: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray, n: (key: string) => number) => string,
): string {
  const seen = new Map<string, number>();
  const number = (key: string): number => {
    let n = seen.get(key);
    if (n === undefined) {
      n = seen.size + 1;
      seen.set(key, n);
    }
    return n;
  };
  return xml.replace(pattern, (...args: unknown[]) => {
    const match = args.slice(0, -2) as unknown as RegExpExecArray;
    return replace(match, number);
  });
}

/** Bookmarks (_Toc1, _Toc2 … and their w:id) and drawing ids numbered from 1 in document order. */
export function normaliseDocumentXml(xml: string, drawingOffset = 0): string {
  let out = renumber(xml, /_Toc(\d+)/g, (m, n) => `_Toc${n(m[1] ?? '')}`);
  out = renumber(
    out,
    /<w:bookmark(Start|End)([^>]*?) w:id="(\d+)"/g,
    (m, n) => `<w:bookmark${m[1] ?? ''}${m[2] ?? ''} w:id="${n(m[3] ?? '')}"`,
  );
  out = renumber(
    out,
    /<(wp:docPr|pic:cNvPr) id="(\d+)"/g,
    (m, n) => `<${m[1] ?? ''} id="${drawingOffset + n(`${m[1] ?? ''}${m[2] ?? ''}`)}"`,
  );
  return out;
}

/** The 16 key bytes of an obfuscated font, in the order they are XOR-ed (ECMA-376 Part 1, 17.8.1). */
function keyBytes(guid: string): number[] {
  const digits = guid.replace(/[{}-]/g, '');
  const bytes = (digits.match(/../g) ?? []).map((pair) => parseInt(pair, 16));
  return bytes.reverse();
}

function stableGuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex').toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

/**
 * Gives every embedded font a key derived from its font name and face, and obfuscates its file again with
 * that key (the first 32 bytes are XOR-ed with the key, so XOR-ing with the old and the new key swaps them).
 */
export function rekeyFonts(parts: PackageParts): void {
  const table = partText(parts, 'word/fontTable.xml');
  const rels = partText(parts, 'word/_rels/fontTable.xml.rels');
  if (!table || !rels) return;
  const targets = new Map(
    [...rels.matchAll(/<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
  const next = table.replace(
    /<w:font w:name="([^"]*)">([\s\S]*?)<\/w:font>/g,
    (_all, name: string, body: string) => {
      const rekeyed = body.replace(
        /<w:(embed\w+) r:id="([^"]+)" w:fontKey="(\{[0-9A-F-]+\})"\/>/gi,
        (_embed, face: string, id: string, oldKey: string) => {
          const newKey = stableGuid(`${name}/${face}`);
          const part = `word/${targets.get(id) ?? ''}`;
          const data = parts.get(part);
          if (data) {
            const bytes = Buffer.from(data);
            const a = keyBytes(oldKey);
            const b = keyBytes(newKey);
            for (let i = 0; i < 32 && i < bytes.length; i++)
              bytes[i] = (bytes[i] ?? 0) ^ (a[i % 16] ?? 0) ^ (b[i % 16] ?? 0);
            parts.set(part, bytes);
          }
          return `<w:${face} r:id="${id}" w:fontKey="${newKey}"/>`;
        },
      );
      // A sans-serif of the same class when a reader cannot use the embedded font (Arial, Calibri …).
      return `<w:font w:name="${name}">${rekeyed.replace('<w:family w:val="auto"/>', '<w:family w:val="swiss"/>')}</w:font>`;
    },
  );
  setPartText(parts, 'word/fontTable.xml', next);
}

/** Rewrites styles.xml: what docx has no API for (the table style, widow control). */
export function editStyles(parts: PackageParts, edit: (xml: string) => string): void {
  const styles = partText(parts, 'word/styles.xml');
  if (!styles) throw new Error('the DOCX has no word/styles.xml');
  setPartText(parts, 'word/styles.xml', edit(styles));
}

/** Everything that makes two renderings of the same spec differ, made the same. */
export function normalisePackage(parts: PackageParts, core: CoreProperties): void {
  // Drawing ids are unique across the document's parts: each part gets its own thousand.
  const names = [...parts.keys()].filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n)).sort();
  names.forEach((name, index) => {
    setPartText(parts, name, normaliseDocumentXml(partText(parts, name) ?? '', index * 1000));
  });
  rekeyFonts(parts);
  setPartText(parts, 'docProps/core.xml', coreXml(core));
}

/** The faces a document embeds, as Word names them in fontTable.xml. */
export interface EmbeddedFamily {
  readonly name: string;
  readonly regular: FontFace;
  readonly bold: FontFace;
  readonly italic: FontFace;
}

const obfuscated = new WeakMap<Buffer, Map<string, Buffer>>();

/** A font file obfuscated with `guid` as Word embeds it: its first 32 bytes XOR-ed with the key. */
function obfuscate(data: Buffer, guid: string): Buffer {
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

/**
 * Embeds a font family while re-packing, rather than through docx: docx compresses the font files with a
 * JavaScript deflate and we would unpack them again, for every document (half a second a build). The
 * obfuscated files are made once per process; keys come from the font's name and face, as in rekeyFonts.
 */
export function embedFamily(parts: PackageParts, family: EmbeddedFamily): void {
  const table = partText(parts, 'word/fontTable.xml');
  const settings = partText(parts, 'word/settings.xml');
  if (!table || !settings) throw new Error('the DOCX has no word/fontTable.xml or word/settings.xml');
  const faces = [
    ['embedRegular', family.regular],
    ['embedBold', family.bold],
    ['embedItalic', family.italic],
  ] as const;
  const range = family.regular.metrics.unicodeRange;
  const pages = family.regular.metrics.codePageRange;
  const embeds = faces
    .map(([element, face], i) => {
      const guid = stableGuid(`${family.name}/${element}`);
      parts.set(`word/fonts/font${i + 1}.odttf`, obfuscate(fontData(face), guid));
      return `<w:${element} r:id="rId${i + 1}" w:fontKey="${guid}"/>`;
    })
    .join('');
  const font =
    `<w:font w:name="${family.name}"><w:family w:val="swiss"/><w:pitch w:val="variable"/>` +
    `<w:sig w:usb0="${hex8(range[0])}" w:usb1="${hex8(range[1])}" w:usb2="${hex8(range[2])}" w:usb3="${hex8(range[3])}" ` +
    `w:csb0="${hex8(pages[0])}" w:csb1="${hex8(pages[1])}"/>${embeds}</w:font>`;
  const withFont = table.includes('</w:fonts>')
    ? table.replace('</w:fonts>', `${font}</w:fonts>`)
    : table.replace(/<w:fonts([^>]*)\/>/, `<w:fonts$1>${font}</w:fonts>`);
  setPartText(parts, 'word/fontTable.xml', withFont);
  const relationships = faces
    .map(
      (_face, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="fonts/font${i + 1}.odttf"/>`,
    )
    .join('');
  setPartText(
    parts,
    'word/_rels/fontTable.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`,
  );
  if (!settings.includes('<w:embedTrueTypeFonts/>')) {
    // Its place in the schema's order: after w:displayBackgroundShape, when there is one.
    const anchor = settings.includes('<w:displayBackgroundShape/>')
      ? /(<w:displayBackgroundShape\/>)/
      : /(<w:settings[^>]*>)/;
    setPartText(parts, 'word/settings.xml', settings.replace(anchor, '$1<w:embedTrueTypeFonts/>'));
  }
}

/**
 * The page count in docProps/app.xml, as Word records it: from our page model, so the manifest and file
 * browsers can show it without laying out the document.
 */
export function setPageCount(parts: PackageParts, pages: number): void {
  const app = partText(parts, 'docProps/app.xml');
  if (!app) return;
  const tag = `<Pages>${pages}</Pages>`;
  const withPages = app.includes('<Pages>')
    ? app.replace(/<Pages>\d*<\/Pages>/, tag)
    : /<Properties[^>]*\/>/.test(app)
      ? app.replace(/<Properties([^>]*)\/>/, `<Properties$1>${tag}</Properties>`)
      : app.replace('</Properties>', `${tag}</Properties>`);
  setPartText(parts, 'docProps/app.xml', withPages);
}
