// WordprocessingML pieces as strings: runs, run and paragraph properties, borders, section properties. The
// other writers (body, styles, numbering, header and footer) build their parts from these. Child elements
// are written in the order the schema (ECMA-376 Part 1, §17) gives them, which Word insists on.
import { xmlText } from '../../markup.js';

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

export interface RunProps {
  /** A character style id. */
  readonly style?: string;
  readonly font?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  /** In points; written in half-points. */
  readonly size?: number;
  /** A Word language tag, e.g. nl-NL. */
  readonly lang?: string;
}

export function rPr(props: RunProps): string {
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
    const half = Math.round(props.size * 2);
    xml += `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
  }
  if (props.lang) xml += `<w:lang w:val="${props.lang}"/>`;
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

/** A run of text: tabs and line breaks in it become w:tab and w:br. */
export function run(text: string, props: RunProps = {}): string {
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

export interface Border {
  readonly style: 'single' | 'none';
  /** In eighths of a point. */
  readonly size: number;
  readonly color: string;
  /** The gap to the text, in points. */
  readonly space?: number;
}

export function border(side: string, b: Border): string {
  return `<w:${side} w:val="${b.style}" w:sz="${b.size}" w:space="${b.space ?? 0}" w:color="${b.color}"/>`;
}

/** Spacing in twips; `line` in 240ths of a line (lineRule auto). */
export interface Spacing {
  readonly before?: number;
  readonly after?: number;
  readonly line?: number;
}

export interface ParagraphProps {
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly keepLines?: boolean;
  readonly pageBreakBefore?: boolean;
  readonly widowControl?: boolean;
  readonly numbering?: { readonly id: number; readonly level: number };
  readonly border?: { readonly left?: Border; readonly bottom?: Border };
  /** Tab stops, in twips from the left margin. */
  readonly tabs?: readonly {
    readonly type: 'left' | 'right';
    readonly position: number;
    readonly leader?: 'dot';
  }[];
  readonly spacing?: Spacing;
  /** Indents in twips. */
  readonly indent?: { readonly left?: number; readonly hanging?: number };
  readonly align?: 'left' | 'center';
  /** 0 for Heading 1 … 8; 9 is body text. */
  readonly outlineLevel?: number;
}

export function spacing(s: Spacing): string {
  return (
    '<w:spacing' +
    (s.before === undefined ? '' : ` w:before="${s.before}"`) +
    (s.after === undefined ? '' : ` w:after="${s.after}"`) +
    (s.line === undefined ? '' : ` w:line="${s.line}" w:lineRule="auto"`) +
    '/>'
  );
}

/** The inside of w:pPr (without the element itself, so a section's properties can be added). */
export function pPrInner(props: ParagraphProps): string {
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
        (t) => `<w:tab w:val="${t.type}"${t.leader ? ` w:leader="${t.leader}"` : ''} w:pos="${t.position}"/>`,
      )
      .join('')}</w:tabs>`;
  if (props.spacing) xml += spacing(props.spacing);
  if (props.indent)
    xml +=
      '<w:ind' +
      (props.indent.left === undefined ? '' : ` w:left="${props.indent.left}"`) +
      (props.indent.hanging === undefined ? '' : ` w:hanging="${props.indent.hanging}"`) +
      '/>';
  if (props.align) xml += `<w:jc w:val="${props.align}"/>`;
  if (props.outlineLevel !== undefined) xml += `<w:outlineLvl w:val="${props.outlineLevel}"/>`;
  return xml;
}

export function pPr(props: ParagraphProps): string {
  const inner = pPrInner(props);
  return inner === '' ? '' : `<w:pPr>${inner}</w:pPr>`;
}

/** A paragraph: its properties, then its content (runs, bookmarks, hyperlinks, fields). */
export function paragraph(props: ParagraphProps, content: string): string {
  return `<w:p>${pPr(props)}${content}</w:p>`;
}

/** A field as Word writes a complex field: begin, the instruction, separate, the result, end. */
export function field(instruction: string, result: string, props: RunProps = {}): string {
  const r = rPr(props);
  return (
    `<w:r>${r}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${r}<w:instrText xml:space="preserve">${xmlText(instruction)}</w:instrText></w:r>` +
    `<w:r>${r}<w:fldChar w:fldCharType="separate"/></w:r>` +
    (result === '' ? '' : `<w:r>${r}<w:t xml:space="preserve">${xmlText(result)}</w:t></w:r>`) +
    `<w:r>${r}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

/** The page and its margins of a section, in twips. */
export interface PageGeometry {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly header: number;
  readonly footer: number;
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
    `<w:pgSz w:w="${p.width}" w:h="${p.height}"/>` +
    `<w:pgMar w:top="${p.top}" w:right="${p.right}" w:bottom="${p.bottom}" w:left="${p.left}" ` +
    `w:header="${p.header}" w:footer="${p.footer}" w:gutter="0"/>` +
    '<w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}
