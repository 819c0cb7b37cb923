// WordprocessingML pieces as strings: runs, run and paragraph properties, borders, section properties. The
// other writers (document, styles, numbering, header and footer) build their parts from these. Child
// elements are written in the order the schema (ECMA-376 Part 1, §17) gives them, which Word insists on.
// Formats come in points (laid-out.ts) and are written here in Word's units: twips for spacing, indents,
// tab stops and the page, half-points for font sizes, eighths of a point for borders.
import { xmlText } from '../../markup.js';
import { ptToEighthPt, ptToHalfPt, ptToTwip } from '../units.js';
import type { BorderFormat, ParagraphFormat, Run, RunFormat, SpacingFormat } from './laid-out.js';
import type { PageGeometry } from './style.js';

/** The WordprocessingML namespaces our parts use. */
export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
} as const;

export { hex, XML_DECLARATION } from '../ooxml/xml.js';
export { xmlText } from '../../markup.js';

export function rPr(props: RunFormat): string {
  let xml = '';
  if (props.style) xml += `<w:rStyle w:val="${props.style}"/>`;
  if (props.font) {
    const f = xmlText(props.font);
    xml += `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>`;
  }
  if (props.bold) xml += '<w:b/><w:bCs/>';
  if (props.italic) xml += '<w:i/><w:iCs/>';
  if (props.color) xml += `<w:color w:val="${props.color}"/>`;
  if (props.size !== undefined) {
    const half = ptToHalfPt(props.size);
    xml += `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
  }
  if (props.lang) xml += `<w:lang w:val="${props.lang}"/>`;
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

/** A run of text: tabs and line breaks in it become w:tab and w:br. */
export function run(text: string, props: RunFormat = {}): string {
  const pieces = text.split(/(\t|\r\n|\n|\r)/);
  let body = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    if (piece === '\t') body += '<w:tab/>';
    else if (piece === '\n' || piece === '\r' || piece === '\r\n') body += '<w:br/>';
    else body += `<w:t xml:space="preserve">${xmlText(piece)}</w:t>`;
  }
  return `<w:r>${rPr(props)}${body}</w:r>`;
}

export function border(side: string, b: BorderFormat): string {
  return `<w:${side} w:val="${b.style}" w:sz="${ptToEighthPt(b.width)}" w:space="${b.space ?? 0}" w:color="${b.color}"/>`;
}

export function spacing(s: SpacingFormat): string {
  return (
    '<w:spacing' +
    (s.before === undefined ? '' : ` w:before="${ptToTwip(s.before)}"`) +
    (s.after === undefined ? '' : ` w:after="${ptToTwip(s.after)}"`) +
    (s.line === undefined ? '' : ` w:line="${s.line}" w:lineRule="auto"`) +
    '/>'
  );
}

/** The inside of w:pPr (without the element itself, so a section's properties can be added). */
export function pPrInner(props: ParagraphFormat): string {
  let xml = '';
  if (props.style) xml += `<w:pStyle w:val="${props.style}"/>`;
  if (props.keepNext) xml += '<w:keepNext/>';
  if (props.keepLines) xml += '<w:keepLines/>';
  if (props.pageBreakBefore) xml += '<w:pageBreakBefore/>';
  if (props.widowControl) xml += '<w:widowControl/>';
  if (props.numbering)
    xml += `<w:numPr><w:ilvl w:val="${props.numbering.level}"/><w:numId w:val="${props.numbering.id}"/></w:numPr>`;
  if (props.border) {
    const { left, bottom } = props.border;
    xml += `<w:pBdr>${left ? border('left', left) : ''}${bottom ? border('bottom', bottom) : ''}</w:pBdr>`;
  }
  if (props.tabs?.length)
    xml += `<w:tabs>${props.tabs
      .map(
        (t) =>
          `<w:tab w:val="${t.type}"${t.leader ? ` w:leader="${t.leader}"` : ''} w:pos="${ptToTwip(t.position)}"/>`,
      )
      .join('')}</w:tabs>`;
  if (props.spacing) xml += spacing(props.spacing);
  if (props.indent)
    xml +=
      '<w:ind' +
      (props.indent.left === undefined ? '' : ` w:left="${ptToTwip(props.indent.left)}"`) +
      (props.indent.hanging === undefined ? '' : ` w:hanging="${ptToTwip(props.indent.hanging)}"`) +
      '/>';
  if (props.align) xml += `<w:jc w:val="${props.align}"/>`;
  if (props.outlineLevel !== undefined) xml += `<w:outlineLvl w:val="${props.outlineLevel}"/>`;
  return xml;
}

/** w:pPr; `section` is a section's properties when the paragraph ends one (w:sectPr, last in w:pPr). */
export function pPr(props: ParagraphFormat, section = ''): string {
  const inner = pPrInner(props) + section;
  return inner === '' ? '' : `<w:pPr>${inner}</w:pPr>`;
}

/** A paragraph: its properties, then its content (runs, bookmarks, hyperlinks, fields). */
export function paragraph(props: ParagraphFormat, content: string, section = ''): string {
  return `<w:p>${pPr(props, section)}${content}</w:p>`;
}

/** Laid-out runs: text runs and fields. */
export function runsXml(runs: readonly Run[]): string {
  let xml = '';
  for (const r of runs) xml += 'field' in r ? field(r.field, r.result, r.format) : run(r.text, r.format);
  return xml;
}

/** A field as Word writes a complex field: begin, the instruction, separate, the result, end. */
export function field(instruction: string, result: string, props: RunFormat = {}): string {
  const r = rPr(props);
  return (
    `<w:r>${r}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${r}<w:instrText xml:space="preserve">${xmlText(instruction)}</w:instrText></w:r>` +
    `<w:r>${r}<w:fldChar w:fldCharType="separate"/></w:r>` +
    (result === '' ? '' : `<w:r>${r}<w:t xml:space="preserve">${xmlText(result)}</w:t></w:r>`) +
    `<w:r>${r}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

export interface SectionProps {
  readonly page: PageGeometry;
  /** The section starts on a new page (all but the first). */
  readonly nextPage?: boolean;
  /** Relationship ids of the default header and footer. */
  readonly header?: string;
  readonly footer?: string;
}

export function sectPr(props: SectionProps): string {
  const p = props.page;
  return (
    '<w:sectPr>' +
    (props.header ? `<w:headerReference w:type="default" r:id="${props.header}"/>` : '') +
    (props.footer ? `<w:footerReference w:type="default" r:id="${props.footer}"/>` : '') +
    (props.nextPage ? '<w:type w:val="nextPage"/>' : '') +
    `<w:pgSz w:w="${ptToTwip(p.width)}" w:h="${ptToTwip(p.height)}"/>` +
    `<w:pgMar w:top="${ptToTwip(p.top)}" w:right="${ptToTwip(p.right)}" w:bottom="${ptToTwip(p.bottom)}" ` +
    `w:left="${ptToTwip(p.left)}" w:header="${ptToTwip(p.header)}" w:footer="${ptToTwip(p.footer)}" w:gutter="0"/>` +
    '<w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}
