// A fitted drawing as real PowerPoint shapes in one group (p:grpSp): boxes (sticky notes, areas, labels)
// as rectangles with their own text, lines and arrows as connectors. Everything stays editable: a
// facilitator can move a note, retype it or copy the group. The group's description is the drawing's
// label, for a screen reader. Element order follows ECMA-376 Part 1, §19.3.1.
import type { Theme } from '../../theme/theme.js';
import { OFFICE_FONT_FAMILY } from '../../typeset/fonts.js';
import type { ColourName } from './model.js';
import type { DrawingFrame, FittedShape } from './paginate.js';
import { FIGURE_INSET, NOTE_FILL } from './layout.js';
import type { ShapeIds } from './shapes.js';
import { bodyProperties, hex, paragraph, solidFill, xfrm, xmlText } from './dml.js';
import { ptToEmu } from '../units.js';

function colour(theme: Theme, name: ColourName): string {
  return hex(theme.colours[name]);
}

function outline(
  theme: Theme,
  name: ColourName | undefined,
  dashed: boolean | undefined,
  weight = 0.75,
): string {
  if (!name) return '<a:ln><a:noFill/></a:ln>';
  return `<a:ln w="${ptToEmu(weight)}">${solidFill(colour(theme, name))}${dashed ? '<a:prstDash val="dash"/>' : ''}</a:ln>`;
}

function boxXml(
  id: number,
  shape: Extract<FittedShape, { kind: 'box' }>,
  theme: Theme,
  lang: string,
): string {
  const fill =
    shape.fill === 'note'
      ? solidFill(NOTE_FILL)
      : shape.fill === undefined || shape.fill === 'none'
        ? '<a:noFill/>'
        : solidFill(colour(theme, shape.fill));
  const geometry = shape.rounded ? 'roundRect' : 'rect';
  const t = shape.text;
  const body = t
    ? bodyProperties({ anchor: t.anchor ?? 't', insets: { x: FIGURE_INSET, y: FIGURE_INSET } }) +
      '<a:lstStyle/>' +
      paragraph(
        t.text,
        lang,
        {
          size: t.size,
          bold: t.bold === true,
          colour: colour(theme, t.colour ?? 'ink'),
          font: OFFICE_FONT_FAMILY,
        },
        {
          align: t.align ?? 'l',
          lineHeight: t.lineHeight,
          spaceBefore: 0,
          spaceAfter: 0,
          bullet: { kind: 'none' },
        },
      )
    : bodyProperties({ anchor: 't' }) + '<a:lstStyle/><a:p><a:endParaRPr lang="' + lang + '"/></a:p>';
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${xmlText(shape.name)}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr>${xfrm(shape)}<a:prstGeom prst="${geometry}"><a:avLst/></a:prstGeom>${fill}` +
    `${outline(theme, shape.outline, shape.dashed)}</p:spPr>` +
    `<p:txBody>${body}</p:txBody></p:sp>`
  );
}

function lineXml(id: number, shape: Extract<FittedShape, { kind: 'line' }>, theme: Theme): string {
  // A connector's box runs from its top left corner; flips say which way the line goes.
  const x = Math.min(shape.from.x, shape.to.x);
  const y = Math.min(shape.from.y, shape.to.y);
  const flipH = shape.to.x < shape.from.x;
  const flipV = shape.to.y < shape.from.y;
  const box = {
    x,
    y,
    width: Math.abs(shape.to.x - shape.from.x),
    height: Math.abs(shape.to.y - shape.from.y),
  };
  const flips = (flipH ? ' flipH="1"' : '') + (flipV ? ' flipV="1"' : '');
  const frame = xfrm(box).replace('<a:xfrm>', `<a:xfrm${flips}>`);
  return (
    `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="${xmlText(shape.name)}"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>` +
    `<p:spPr>${frame}<a:prstGeom prst="line"><a:avLst/></a:prstGeom>` +
    `<a:ln w="${ptToEmu(shape.weight)}">${solidFill(colour(theme, shape.colour))}` +
    (shape.dashed ? '<a:prstDash val="dash"/>' : '') +
    (shape.arrow ? '<a:tailEnd type="triangle" w="med" len="med"/>' : '') +
    '</a:ln></p:spPr></p:cxnSp>'
  );
}

/** The drawing as one group of shapes, each with its own id from `ids`. */
export function drawingXml(ids: ShapeIds, frame: DrawingFrame, theme: Theme, lang: string): string {
  const groupId = ids.next();
  const shapes = frame.shapes
    .map((shape) =>
      shape.kind === 'box' ? boxXml(ids.next(), shape, theme, lang) : lineXml(ids.next(), shape, theme),
    )
    .join('');
  // The group's own frame is the identity: its children sit where they are placed on the slide.
  const xs = frame.shapes.flatMap((s) => (s.kind === 'box' ? [s.x, s.x + s.width] : [s.from.x, s.to.x]));
  const ys = frame.shapes.flatMap((s) => (s.kind === 'box' ? [s.y, s.y + s.height] : [s.from.y, s.to.y]));
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  const cx = ptToEmu(Math.max(...xs) - x);
  const cy = ptToEmu(Math.max(...ys) - y);
  const off = `<a:off x="${ptToEmu(x)}" y="${ptToEmu(y)}"/>`;
  return (
    `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${groupId}" name="${xmlText(frame.label)}" descr="${xmlText(frame.label)}"/>` +
    '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
    `<p:grpSpPr><a:xfrm>${off}<a:ext cx="${cx}" cy="${cy}"/><a:chOff x="${ptToEmu(x)}" y="${ptToEmu(y)}"/><a:chExt cx="${cx}" cy="${cy}"/></a:xfrm></p:grpSpPr>` +
    `${shapes}</p:grpSp>`
  );
}
