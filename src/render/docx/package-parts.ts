// The package around the document: [Content_Types].xml, the relationships, settings.xml, fontTable.xml and
// docProps/app.xml. Each is small and fixed but for what the document has (a logo, embedded fonts).
import { NS, XML_DECLARATION } from './wml.js';
import { mmToPt, ptToTwip } from '../units.js';

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export function contentTypesXml(options: { readonly png: boolean; readonly fonts: boolean }): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    (options.png ? '<Default Extension="png" ContentType="image/png"/>' : '') +
    (options.fonts
      ? '<Default Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"/>'
      : '') +
    override('/word/document.xml', `${WORD}.document.main+xml`) +
    override('/word/styles.xml', `${WORD}.styles+xml`) +
    override('/word/numbering.xml', `${WORD}.numbering+xml`) +
    override('/word/settings.xml', `${WORD}.settings+xml`) +
    override('/word/fontTable.xml', `${WORD}.fontTable+xml`) +
    override('/word/header1.xml', `${WORD}.header+xml`) +
    override('/word/footer1.xml', `${WORD}.footer+xml`) +
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    '</Types>'
  );
}

/**
 * settings.xml: embedded fonts, Word's automatic hyphenation (at most two hyphenated lines in a row, a 6 mm
 * zone), the document's language for new text, and Word 2013+ layout (compatibility mode 15).
 */
export function settingsXml(options: { readonly embedFonts: boolean; readonly lang: string }): string {
  return (
    XML_DECLARATION +
    `<w:settings xmlns:w="${NS.w}">` +
    (options.embedFonts ? '<w:embedTrueTypeFonts/>' : '') +
    '<w:defaultTabStop w:val="720"/><w:autoHyphenation/><w:consecutiveHyphenLimit w:val="2"/>' +
    `<w:hyphenationZone w:val="${ptToTwip(mmToPt(6))}"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    `<w:themeFontLang w:val="${options.lang}"/>` +
    '</w:settings>'
  );
}

/** fontTable.xml with the given w:font entries. */
export function fontTableXml(fonts: readonly string[]): string {
  return `${XML_DECLARATION}<w:fonts xmlns:w="${NS.w}" xmlns:r="${NS.r}">${fonts.join('')}</w:fonts>`;
}

/** The monospaced font of typed commands, for readers that look it up in the font table. */
export const COMMAND_FONT_XML =
  '<w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/>' +
  '<w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>';

/** docProps/app.xml: the page count, as Word records it, from our page model. */
export function appXml(pages: number): string {
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Pages>${pages}</Pages></Properties>`
  );
}
