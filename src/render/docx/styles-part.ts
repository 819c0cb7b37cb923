// word/styles.xml: the document defaults, the house style's paragraph and character styles (style.ts), and
// the table styles. Word's own defaults that the house style builds on (Normal Table, Default Paragraph
// Font) are written too, so every style's basedOn names a style in the part.
import type { HouseStyles, StyleDefinition } from './style.js';
import { pPr, rPr, XML_DECLARATION, NS, xmlText } from './wml.js';

function styleXml(style: StyleDefinition, isDefault = false): string {
  return (
    `<w:style w:type="${style.type}"${isDefault ? ' w:default="1"' : ''} w:styleId="${style.id}">` +
    `<w:name w:val="${xmlText(style.name)}"/>` +
    (style.basedOn ? `<w:basedOn w:val="${style.basedOn}"/>` : '') +
    (style.next ? `<w:next w:val="${style.next}"/>` : '') +
    (style.quickFormat ? '<w:qFormat/>' : '') +
    (style.paragraph ? pPr(style.paragraph) : '') +
    (style.run ? rPr(style.run) : '') +
    '</w:style>'
  );
}

/** Word's built-in defaults: the paragraph font runs inherit, and the table style tables start from. */
const BUILT_IN =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
  '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
  '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
  '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>';

/** styles.xml; `tableStyles` are complete w:style elements (the house table style). */
export function stylesXml(house: HouseStyles, tableStyles: string): string {
  const [normal, ...rest] = house.styles;
  return (
    XML_DECLARATION +
    `<w:styles xmlns:w="${NS.w}">` +
    `<w:docDefaults><w:rPrDefault>${rPr(house.defaults.run)}</w:rPrDefault>` +
    `<w:pPrDefault>${pPr(house.defaults.paragraph)}</w:pPrDefault></w:docDefaults>` +
    // Normal is the default paragraph style.
    (normal ? styleXml(normal, true) : '') +
    BUILT_IN +
    rest.map((style) => styleXml(style)).join('') +
    tableStyles +
    '</w:styles>'
  );
}
