// PresentationML shapes as strings: the shape tree, text shapes (placeholders and text boxes), plain
// rectangles and lines, pictures and the slide number field. Element order follows the schema
// (ECMA-376 Part 1, §19.3): non-visual properties, shape properties, then the text body.
import type { Box } from './layout.js';
import { solidFill, xfrm, xmlText } from './dml.js';
import { ptToEmu } from '../units.js';

/** Shape ids of one part, 2, 3, 4…: the shape tree itself is 1. */
export class ShapeIds {
  private last = 1;
  next(): number {
    this.last += 1;
    return this.last;
  }
}

/** The shape tree of a slide, layout, master or notes page around its shapes. */
export function shapeTree(shapes: string): string {
  return (
    '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
    `${shapes}</p:spTree>`
  );
}

export interface Placeholder {
  readonly type: 'title' | 'body' | 'sldNum' | 'sldImg';
  readonly idx?: number;
  readonly size?: 'quarter';
}

/** p:ph, with `type` first (tests and tools look for `<p:ph type="…"`). */
export function placeholderXml(ph: Placeholder): string {
  return (
    `<p:ph type="${ph.type}"` +
    (ph.size ? ` sz="${ph.size}"` : '') +
    (ph.idx === undefined ? '' : ` idx="${ph.idx}"`) +
    '/>'
  );
}

export interface TextShape {
  readonly id: number;
  readonly name: string;
  /** A placeholder of the layout, or a text box of its own. */
  readonly placeholder?: Placeholder;
  /** Absent: the position is the layout's (notes pages). */
  readonly box?: Box;
  /** a:bodyPr, a:lstStyle and the paragraphs. */
  readonly body: string;
}

export function textShape(shape: TextShape): string {
  const locks = shape.placeholder
    ? '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
    : '<p:cNvSpPr txBox="1"/>';
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${shape.id}" name="${xmlText(shape.name)}"/>${locks}` +
    `<p:nvPr>${shape.placeholder ? placeholderXml(shape.placeholder) : ''}</p:nvPr></p:nvSpPr>` +
    (shape.box
      ? `<p:spPr>${xfrm(shape.box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${shape.placeholder ? '' : '<a:noFill/>'}</p:spPr>`
      : '<p:spPr/>') +
    `<p:txBody>${shape.body}</p:txBody></p:sp>`
  );
}

/** A filled rectangle without outline. */
export function rectangle(id: number, name: string, box: Box, rgb: string): string {
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${xmlText(name)}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr>${xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${solidFill(rgb)}<a:ln><a:noFill/></a:ln></p:spPr></p:sp>`
  );
}

/** A horizontal line of the given weight (points) from (x, y), `width` long. */
export function horizontalLine(
  id: number,
  name: string,
  from: { readonly x: number; readonly y: number },
  width: number,
  rgb: string,
  weight: number,
): string {
  return (
    `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="${xmlText(name)}"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>` +
    `<p:spPr>${xfrm({ ...from, width, height: 0 })}<a:prstGeom prst="line"><a:avLst/></a:prstGeom>` +
    `<a:ln w="${ptToEmu(weight)}">${solidFill(rgb)}</a:ln></p:spPr></p:cxnSp>`
  );
}

/** A picture from the part's relationship `relId`, with its alternative text. */
export function picture(id: number, name: string, alt: string, box: Box, relId: string): string {
  return (
    `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="${xmlText(name)}" descr="${xmlText(alt)}"/>` +
    '<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>' +
    `<p:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
    `<p:spPr>${xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`
  );
}

/** The slide number as PowerPoint's field; `shown` is the number readers display before updating it. */
export function slideNumberField(rPr: string, shown: string): string {
  return `<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">${rPr}<a:t>${xmlText(shown)}</a:t></a:fld>`;
}
