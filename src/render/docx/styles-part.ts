// word/styles.xml: the document defaults, the house style's paragraph and character styles (style.ts), and
// the table styles. Word's own defaults that the house style builds on (Normal Table, Default Paragraph
// Font) are written too, so every style's basedOn names a style in the part.
import { ptToEighthPt, ptToTwip } from '../units.js';
import type { HouseStyles, StyleDefinition, TableStyle } from './style.js';
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

/** The house table style (w:style of type table): rules between rows, cell margins, the header row's look. */
export function tableStyleXml(table: TableStyle): string {
  const border = (side: string) =>
    `<w:${side} w:val="single" w:sz="${ptToEighthPt(table.ruleWidth)}" w:space="0" w:color="${table.rule}"/>`;
  const m = table.cellMargins;
  const margin = (side: string, pt: number) => `<w:${side} w:w="${ptToTwip(pt)}" w:type="dxa"/>`;
  return (
    `<w:style w:type="table" w:styleId="${table.id}"><w:name w:val="${xmlText(table.name)}"/>` +
    '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0"/></w:pPr>' +
    `<w:tblPr><w:tblBorders>${border('top')}${border('bottom')}${border('insideH')}</w:tblBorders>` +
    `<w:tblCellMar>${margin('top', m.top)}${margin('left', m.left)}` +
    `${margin('bottom', m.bottom)}${margin('right', m.right)}</w:tblCellMar></w:tblPr>` +
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="${table.headerColour}"/></w:rPr>` +
    `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${table.headerFill}"/></w:tcPr></w:tblStylePr></w:style>`
  );
}

/** styles.xml: the defaults, Normal, Word's built-in styles, the house styles and the table style. */
export function stylesXml(house: HouseStyles, table: TableStyle): string {
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
    tableStyleXml(table) +
    '</w:styles>'
  );
}
