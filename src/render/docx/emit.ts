// The writer: a LaidOutDocument → the parts of a DOCX package, written as WordprocessingML strings by small
// writers (document, styles, numbering, header and footer, package parts, fonts), then zipped by
// writePackage. It decides nothing: everything in the parts comes from the laid-out document (layout.ts),
// so the same spec gives the same bytes.
import type { Theme } from '../../theme/theme.js';
import type { PackageParts } from '../ooxml/package.js';
import { coreXml, writePackage } from '../ooxml/package.js';
import type { Relationship } from '../ooxml/relationships.js';
import { packageRelationshipsXml, relationshipsXml } from '../ooxml/relationships.js';
import { documentXml } from './document-part.js';
import { fontEntry } from './fonts.js';
import { footerXml, headerXml } from './header-footer.js';
import type { LaidOutDocument } from './laid-out.js';
import { layOutDocument } from './layout.js';
import type { DocumentSpec } from './model.js';
import { numberingXml } from './numbering-part.js';
import { appXml, COMMAND_FONT_XML, contentTypesXml, fontTableXml, settingsXml } from './package-parts.js';
import { stylesXml } from './styles-part.js';

export interface RenderDocxOptions {
  /**
   * Embed Source Sans 3 (regular, bold, italic) so the document looks the same on every machine. About
   * 0.5 MB more per document; without it, readers without the font show a sans-serif fallback.
   */
  readonly embedFonts?: boolean;
}

const text = (xml: string): Buffer => Buffer.from(xml, 'utf8');

/** The package's parts of a laid-out document, by name. */
export function writeDocumentParts(doc: LaidOutDocument, options: RenderDocxOptions = {}): PackageParts {
  const embedFonts = options.embedFonts !== false;
  const logo = doc.logo;
  const relationships: Relationship[] = [
    { id: 'rId1', type: 'styles', target: 'styles.xml' },
    { id: 'rId2', type: 'numbering', target: 'numbering.xml' },
    { id: 'rId3', type: 'settings', target: 'settings.xml' },
    { id: 'rId4', type: 'fontTable', target: 'fontTable.xml' },
    { id: 'rId5', type: 'header', target: 'header1.xml' },
    { id: 'rId6', type: 'footer', target: 'footer1.xml' },
    ...(logo ? [{ id: 'rId7', type: 'image', target: 'media/image1.png' }] : []),
  ];
  const fonts = fontEntry(doc.font, embedFonts);

  const parts: PackageParts = new Map();
  parts.set('[Content_Types].xml', text(contentTypesXml({ png: logo !== undefined, fonts: embedFonts })));
  parts.set('_rels/.rels', text(packageRelationshipsXml('word/document.xml')));
  parts.set('docProps/core.xml', text(coreXml({ ...doc.properties, language: doc.lang })));
  parts.set('docProps/app.xml', text(appXml(doc.pages)));
  parts.set(
    'word/document.xml',
    text(documentXml(doc, { header: 'rId5', footer: 'rId6', ...(logo ? { logo: 'rId7' } : {}) })),
  );
  parts.set('word/_rels/document.xml.rels', text(relationshipsXml(relationships)));
  parts.set('word/styles.xml', text(stylesXml(doc.styles, doc.tableStyle)));
  parts.set('word/numbering.xml', text(numberingXml(doc.numbering)));
  parts.set('word/settings.xml', text(settingsXml({ embedFonts, lang: doc.lang })));
  parts.set('word/fontTable.xml', text(fontTableXml([fonts.fontXml, COMMAND_FONT_XML])));
  if (embedFonts) {
    parts.set('word/_rels/fontTable.xml.rels', text(fonts.relsXml));
    for (const [name, data] of fonts.files) parts.set(name, data);
  }
  parts.set('word/header1.xml', text(headerXml(doc.header)));
  parts.set('word/footer1.xml', text(footerXml(doc.footer)));
  if (logo) parts.set('word/media/image1.png', logo.png);
  return parts;
}

/** A DocumentSpec's parts: laid out (layout.ts), then written. */
export function documentParts(
  spec: DocumentSpec,
  theme: Theme,
  options: RenderDocxOptions = {},
): PackageParts {
  return writeDocumentParts(layOutDocument(spec, theme), options);
}

/** Renders a DocumentSpec to DOCX bytes in the house style; the same spec always gives the same bytes. */
export async function renderDocx(
  spec: DocumentSpec,
  theme: Theme,
  options: RenderDocxOptions = {},
): Promise<Buffer> {
  return writePackage(documentParts(spec, theme, options), spec.date);
}
