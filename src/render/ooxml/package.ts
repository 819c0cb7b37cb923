// OOXML packages (PPTX, DOCX) are zip files. pptxgenjs and docx stamp the current time into the zip
// entries and docProps/core.xml, and draw some ids from Math.random; this module re-packs their output
// so the same input gives the same bytes, in every time zone.
import { unzipSync } from 'fflate';
import { ZipFile } from 'yazl';
import { escapeXml } from '../../markup.js';

/** The parts of a package by name, in the order they were stored. */
export type PackageParts = Map<string, Buffer>;

/** The parts of a package, or only those `wanted` names (the others are not even decompressed). */
export async function readPackage(
  bytes: Uint8Array,
  wanted?: (name: string) => boolean,
): Promise<PackageParts> {
  const parts: PackageParts = new Map();
  const files = unzipSync(bytes, wanted ? { filter: (file) => wanted(file.name) } : {});
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    parts.set(name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }
  return parts;
}

export function partText(parts: PackageParts, name: string): string | undefined {
  return parts.get(name)?.toString('utf8');
}

export function setPartText(parts: PackageParts, name: string, xml: string): void {
  parts.set(name, Buffer.from(xml, 'utf8'));
}

/**
 * Writes the parts as a zip with one fixed timestamp. [Content_Types].xml comes first (some readers
 * expect it there), the rest in name order, so the order never depends on how a library built them.
 */
/** Parts that are compressed already: stored as they are, since deflating them again costs time and saves nothing. */
const COMPRESSED = /\.(pdf|docx|pptx|xlsx|zip|png|jpe?g|webp|gif)$/i;

export async function writePackage(parts: PackageParts, date: Date): Promise<Buffer> {
  // yazl writes DOS times from the Date's local-time fields: shift so they read as the UTC time.
  const mtime = new Date(date.getTime() + date.getTimezoneOffset() * 60_000);
  const names = [...parts.keys()].sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  // yazl deflates with Node's own zlib, several times faster than a JavaScript deflate.
  const zip = new ZipFile();
  for (const name of names) {
    const data = parts.get(name);
    if (data)
      zip.addBuffer(data, name, {
        mtime,
        mode: 0o100644,
        compress: !COMPRESSED.test(name),
        forceDosTimestamp: true,
      });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface CoreProperties {
  readonly title: string;
  readonly subject?: string;
  readonly creator?: string;
  readonly keywords?: string;
  readonly language: string;
  readonly version: string;
  readonly date: Date;
}

/** docProps/core.xml written whole: fixed dates, title, subject, language and version. */
export function coreXml(properties: CoreProperties): string {
  const iso = properties.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const optional = (tag: string, value: string | undefined): string =>
    value === undefined ? '' : `<${tag}>${escapeXml(value)}</${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(properties.title)}</dc:title>` +
    optional('dc:subject', properties.subject) +
    optional('dc:creator', properties.creator) +
    optional('cp:keywords', properties.keywords) +
    optional('cp:lastModifiedBy', properties.creator) +
    `<dc:language>${escapeXml(properties.language)}</dc:language>` +
    `<cp:version>${escapeXml(properties.version)}</cp:version>` +
    `<cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
