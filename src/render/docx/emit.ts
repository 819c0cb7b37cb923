// DocumentSpec → DOCX bytes in the house style. The parts are written as WordprocessingML strings by small
// writers (body, styles, numbering, header and footer, package parts, fonts), then zipped by writePackage.
// Everything in them comes from the spec and the theme: the same spec gives the same bytes.
import type { Theme } from '../../theme/theme.js';
import type { PackageParts } from '../ooxml/package.js';
import { coreXml, writePackage } from '../ooxml/package.js';
import type { DocumentSpec } from './blocks.js';
import { BodyWriter } from './body.js';
import { fontEntry } from './fonts.js';
import { footerXml, headerXml } from './header-footer.js';
import { ListNumbering } from './numbering-part.js';
import type { Relationship } from '../ooxml/relationships.js';
import { packageRelationshipsXml, relationshipsXml } from '../ooxml/relationships.js';
import { appXml, COMMAND_FONT_XML, contentTypesXml, fontTableXml, settingsXml } from './package-parts.js';
import type { PageLayout } from './pages.js';
import { layOutPages } from './pages.js';
import { documentFont, houseNumbering, houseStyles, tableStyleXml, wordLanguage } from './style.js';
import { stylesXml } from './styles-part.js';

export interface RenderDocxOptions {
  /**
   * Embed Source Sans 3 (regular, bold, italic) so the document looks the same on every machine. About
   * 0.5 MB more per document; without it, readers without the font show a sans-serif fallback.
   */
  readonly embedFonts?: boolean;
}

const text = (xml: string): Buffer => Buffer.from(xml, 'utf8');

/**
 * The package's parts, by name. `layout` is our page model of the document (pages.ts): the table of
 * contents' page numbers and the page count come from it.
 */
export function documentParts(
  spec: DocumentSpec,
  theme: Theme,
  options: RenderDocxOptions = {},
  layout: PageLayout = layOutPages(spec, theme),
): PackageParts {
  const lang = wordLanguage(spec.language);
  const embedFonts = options.embedFonts !== false;
  const logo = theme.organisation?.logo;
  const relationships: Relationship[] = [
    { id: 'rId1', type: 'styles', target: 'styles.xml' },
    { id: 'rId2', type: 'numbering', target: 'numbering.xml' },
    { id: 'rId3', type: 'settings', target: 'settings.xml' },
    { id: 'rId4', type: 'fontTable', target: 'fontTable.xml' },
    { id: 'rId5', type: 'header', target: 'header1.xml' },
    { id: 'rId6', type: 'footer', target: 'footer1.xml' },
    ...(logo ? [{ id: 'rId7', type: 'image', target: 'media/image1.png' }] : []),
  ];
  const lists = new ListNumbering();
  const body = new BodyWriter(spec, theme, lists);
  const documentXml = body.document(
    { header: 'rId5', footer: 'rId6', ...(logo ? { logo: 'rId7' } : {}) },
    spec.contentsTitle === undefined ? [] : layout.headings,
  );
  const fonts = fontEntry(
    { name: documentFont, regular: theme.fonts.regular, bold: theme.fonts.bold, italic: theme.fonts.italic },
    embedFonts,
  );

  const parts: PackageParts = new Map();
  parts.set('[Content_Types].xml', text(contentTypesXml({ png: logo !== undefined, fonts: embedFonts })));
  parts.set('_rels/.rels', text(packageRelationshipsXml('word/document.xml')));
  parts.set(
    'docProps/core.xml',
    text(
      coreXml({
        title: spec.title,
        subject: spec.subject,
        ...(spec.creator ? { creator: spec.creator } : {}),
        ...(spec.keywords ? { keywords: spec.keywords } : {}),
        language: lang,
        version: spec.version,
        date: spec.date,
      }),
    ),
  );
  parts.set('docProps/app.xml', text(appXml(layout.pages)));
  parts.set('word/document.xml', text(documentXml));
  parts.set('word/_rels/document.xml.rels', text(relationshipsXml(relationships)));
  parts.set('word/styles.xml', text(stylesXml(houseStyles(theme, spec.language), tableStyleXml(theme))));
  parts.set('word/numbering.xml', text(lists.xml(houseNumbering(theme))));
  parts.set('word/settings.xml', text(settingsXml({ embedFonts, lang })));
  parts.set('word/fontTable.xml', text(fontTableXml([fonts.fontXml, COMMAND_FONT_XML])));
  if (embedFonts) {
    parts.set('word/_rels/fontTable.xml.rels', text(fonts.relsXml));
    for (const [name, data] of fonts.files) parts.set(name, data);
  }
  parts.set('word/header1.xml', text(headerXml(spec.header, theme, lang)));
  parts.set('word/footer1.xml', text(footerXml(spec.footer, lang)));
  if (logo) parts.set('word/media/image1.png', logo.png);
  return parts;
}

/** Renders a DocumentSpec to DOCX bytes in the house style; the same spec always gives the same bytes. */
export async function renderDocx(
  spec: DocumentSpec,
  theme: Theme,
  options: RenderDocxOptions = {},
): Promise<Buffer> {
  return writePackage(documentParts(spec, theme, options), spec.date);
}
