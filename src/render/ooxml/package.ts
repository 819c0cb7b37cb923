// OOXML packages (PPTX, DOCX) are zip files of XML parts. Our writers (render/docx, render/pptx) give the
// parts; this module zips them with one fixed time and a fixed order, so the same input gives the same
// bytes in every time zone, reads packages back (the manifest's page and slide counts), and writes the
// core properties every package shares.
import { escapeXml } from '../../markup.js';
import { readZip, writeZip } from './zip.js';

/** The parts of a package by name, in the order they were stored. */
export type PackageParts = Map<string, Buffer>;

/**
 * The parts of a package, or only those `wanted` names (the others are not even decompressed). Stored
 * parts are views into `bytes`: copy one before changing it in place.
 */
export function readPackage(bytes: Uint8Array, wanted?: (name: string) => boolean): PackageParts {
  return readZip(bytes, wanted ? (entry) => wanted(entry.name) : undefined);
}

export function partText(parts: PackageParts, name: string): string | undefined {
  return parts.get(name)?.toString('utf8');
}

export function setPartText(parts: PackageParts, name: string, xml: string): void {
  parts.set(name, Buffer.from(xml, 'utf8'));
}

/** Parts that are compressed already: stored as they are, since deflating them again costs time and saves nothing. */
const COMPRESSED = /\.(pdf|docx|pptx|xlsx|zip|png|jpe?g|webp|gif)$/i;

/**
 * Writes the parts as a zip with one fixed timestamp (its UTC date and time, so the bytes are the same in
 * every time zone). [Content_Types].xml comes first (some readers expect it there), the rest in name
 * order, so the order never depends on how a library built them. Deflated with Node's native zlib; the
 * same buffer (an embedded font in every document) is deflated once per process.
 */
export function writePackage(parts: PackageParts, date: Date): Buffer {
  const names = [...parts.keys()].sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const entries = names.flatMap((name) => {
    const data = parts.get(name);
    return data ? [{ name, data, compress: !COMPRESSED.test(name) }] : [];
  });
  return writeZip(entries, { date });
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
