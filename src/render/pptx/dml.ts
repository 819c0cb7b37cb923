// DrawingML text as strings: run properties, runs, paragraph properties, text bodies, fills and frames.
// The PresentationML writers (master, layouts, slides, tables, notes) build their parts from these. Child
// elements are written in the order the schema (ECMA-376 Part 1, §21.1) gives them, which PowerPoint
// insists on. Lengths come in points and are written in EMU (12 700 per point) or hundredths of a point,
// converted here and in the other writers only (src/render/units.ts).
import { xmlText } from '../../markup.js';
import type { Pt } from '../units.js';
import { ptToCentiPt, ptToEmu } from '../units.js';
import type { Box } from './layout.js';

/** The namespaces of PresentationML parts. */
export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
} as const;

/** The namespace declarations of a slide, layout, master or notes part's root element. */
export const PML_NAMESPACES = `xmlns:a="${NS.a}" xmlns:r="${NS.r}" xmlns:p="${NS.p}"`;

export { hex, XML_DECLARATION } from '../ooxml/xml.js';
export { xmlText } from '../../markup.js';

export function solidFill(rgb: string): string {
  return `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;
}

/** Position and size of a shape. */
export function xfrm(box: Box, tag = 'a:xfrm'): string {
  return (
    `<${tag}><a:off x="${ptToEmu(box.x)}" y="${ptToEmu(box.y)}"/>` +
    `<a:ext cx="${ptToEmu(box.width)}" cy="${ptToEmu(box.height)}"/></${tag}>`
  );
}

export interface RunStyle {
  /** In points. */
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** RRGGBB. */
  readonly colour?: string;
  /** A typeface, for Latin and complex scripts (East Asian text keeps the theme's). */
  readonly font?: string;
}

/** a:rPr, a:endParaRPr or a:defRPr: always with the language, for the spelling checker. */
export function runProperties(tag: 'rPr' | 'endParaRPr' | 'defRPr', lang: string, style: RunStyle): string {
  const attributes =
    ` lang="${lang}"` +
    (style.size === undefined ? '' : ` sz="${ptToCentiPt(style.size)}"`) +
    (style.bold === undefined ? '' : ` b="${style.bold ? 1 : 0}"`) +
    (style.italic ? ' i="1"' : '');
  const font = style.font ? xmlText(style.font) : '';
  const children =
    (style.colour ? solidFill(style.colour) : '') +
    (font ? `<a:latin typeface="${font}"/><a:cs typeface="${font}"/>` : '');
  return children === '' ? `<a:${tag}${attributes}/>` : `<a:${tag}${attributes}>${children}</a:${tag}>`;
}

/** The runs of a text: line breaks in it become a:br, which keep the run's properties. */
export function runs(text: string, lang: string, style: RunStyle): string {
  const rPr = runProperties('rPr', lang, style);
  let xml = '';
  for (const [i, line] of text.split(/\r\n|\n|\r/).entries()) {
    if (i > 0) xml += `<a:br>${rPr}</a:br>`;
    if (line !== '') xml += `<a:r>${rPr}<a:t>${xmlText(line)}</a:t></a:r>`;
  }
  return xml;
}

export type Bullet =
  | { readonly kind: 'none' }
  | { readonly kind: 'char'; readonly char: string; readonly font: string }
  | { readonly kind: 'number'; readonly startAt: number };

export interface ParagraphStyle {
  readonly align?: 'l' | 'ctr' | 'r';
  /** Left margin of the text and the first line's indent (negative: hanging), in points. */
  readonly marginLeft?: number;
  readonly indent?: number;
  /** Exact distance between baselines, in points. */
  readonly lineHeight?: number;
  readonly spaceBefore?: number;
  readonly spaceAfter?: number;
  readonly bullet?: Bullet;
}

function bulletXml(bullet: Bullet): string {
  switch (bullet.kind) {
    case 'none':
      return '<a:buNone/>';
    case 'char':
      return `<a:buSzPct val="100000"/><a:buFont typeface="${xmlText(bullet.font)}"/><a:buChar char="${xmlText(bullet.char)}"/>`;
    case 'number':
      return `<a:buSzPct val="100000"/><a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod" startAt="${bullet.startAt}"/>`;
  }
}

const spacing = (tag: string, pt: Pt | undefined): string =>
  pt === undefined ? '' : `<a:${tag}><a:spcPts val="${ptToCentiPt(pt)}"/></a:${tag}>`;

/**
 * a:pPr, or a list style level (a:lvl1pPr …) with its default run properties: spacing, then the bullet,
 * then defRPr, in schema order.
 */
export function paragraphProperties(tag: string, style: ParagraphStyle, defRPr = ''): string {
  const attributes =
    (style.marginLeft === undefined ? '' : ` marL="${ptToEmu(style.marginLeft)}"`) +
    (style.indent === undefined ? '' : ` indent="${ptToEmu(style.indent)}"`) +
    (style.align ? ` algn="${style.align}"` : '');
  const children =
    spacing('lnSpc', style.lineHeight) +
    spacing('spcBef', style.spaceBefore) +
    spacing('spcAft', style.spaceAfter) +
    (style.bullet ? bulletXml(style.bullet) : '') +
    defRPr;
  return children === '' ? `<a:${tag}${attributes}/>` : `<a:${tag}${attributes}>${children}</a:${tag}>`;
}

/** A paragraph of one text in one style; an empty one keeps its size through a:endParaRPr. */
export function paragraph(text: string, lang: string, run: RunStyle, style: ParagraphStyle): string {
  const content = runs(text, lang, run);
  return (
    `<a:p>${paragraphProperties('pPr', style)}` +
    (content === '' ? runProperties('endParaRPr', lang, { size: run.size }) : content) +
    '</a:p>'
  );
}

export interface BodyStyle {
  readonly anchor: 't' | 'ctr' | 'b';
  /** Insets in points; none by default, so text sits where it was measured. */
  readonly insets?: { readonly x: number; readonly y: number };
}

/**
 * a:bodyPr: wrapped, anchored, and never autofitted: the paginator fitted the text, so PowerPoint must not
 * shrink it (normAutofit) or grow the box (spAutoFit).
 */
export function bodyProperties(style: BodyStyle): string {
  const x = ptToEmu(style.insets?.x ?? 0);
  const y = ptToEmu(style.insets?.y ?? 0);
  return (
    `<a:bodyPr wrap="square" lIns="${x}" tIns="${y}" rIns="${x}" bIns="${y}" rtlCol="0" anchor="${style.anchor}">` +
    '<a:noAutofit/></a:bodyPr>'
  );
}
