// ppt/slides/slideN.xml: one fitted slide. The title goes into the layout's title placeholder, the first
// text frame into its body placeholder and later ones into text boxes, tables into graphic frames, and
// content and section slides carry the slide number. Sizes, line heights and spacing are the ones the
// paginator measured with, written exactly (no autofit), so every reader breaks the lines where we did.
import type { Theme } from '../../theme/theme.js';
import { OFFICE_FONT_FAMILY } from '../../typeset/fonts.js';
import type { FittedParagraph, FittedSlide, TextFrame } from './paginate.js';
import { spacing } from './layout.js';
import type { Bullet } from './dml.js';
import { bodyProperties, hex, paragraph, PML_NAMESPACES, XML_DECLARATION } from './dml.js';
import { PLACEHOLDER, slideNumberShape, titleAnchor } from './master.js';
import { ShapeIds, shapeTree, textShape } from './shapes.js';
import { tableFrame } from './table.js';
import { drawingXml } from './drawing.js';

const FONT = OFFICE_FONT_FAMILY;

function bulletOf(p: FittedParagraph): Bullet {
  if (!p.bullet) return { kind: 'none' };
  return p.bullet.kind === 'number'
    ? { kind: 'number', startAt: p.bullet.startAt }
    : { kind: 'char', char: '•', font: FONT };
}

function paragraphXml(p: FittedParagraph, theme: Theme, lang: string): string {
  const indent = p.bullet ? spacing.listIndent : 0;
  return paragraph(
    p.text,
    lang,
    {
      size: p.style.size,
      bold: p.style.weight === 'bold' || p.style.weight === 'semibold',
      italic: p.style.weight === 'italic',
      colour: hex(theme.colours[p.style.colour]),
      font: FONT,
    },
    {
      marginLeft: indent,
      indent: -indent,
      lineHeight: p.style.lineHeight,
      spaceBefore: 0,
      spaceAfter: p.spaceAfter,
      bullet: bulletOf(p),
    },
  );
}

function textFrame(id: number, frame: TextFrame, theme: Theme, lang: string): string {
  return textShape({
    id,
    name: frame.placeholder ? 'Content' : `Text ${id}`,
    ...(frame.placeholder ? { placeholder: PLACEHOLDER.body } : {}),
    box: frame.box,
    body:
      bodyProperties({ anchor: 't' }) +
      '<a:lstStyle/>' +
      frame.paragraphs.map((p) => paragraphXml(p, theme, lang)).join(''),
  });
}

export function slideXml(slide: FittedSlide, theme: Theme, lang: string): string {
  const g = slide.geometry;
  const ids = new ShapeIds();
  let shapes = textShape({
    id: ids.next(),
    name: 'Title',
    placeholder: PLACEHOLDER.title,
    box: g.title,
    body:
      bodyProperties({ anchor: titleAnchor(slide.layout) }) +
      '<a:lstStyle/>' +
      paragraph(
        slide.title.text,
        lang,
        { size: slide.title.size, bold: true, colour: hex(theme.colours[g.titleStyle.colour]), font: FONT },
        {
          align: 'l',
          marginLeft: 0,
          indent: 0,
          lineHeight: slide.title.lineHeight,
          spaceBefore: 0,
          bullet: { kind: 'none' },
        },
      ),
  });
  for (const frame of slide.frames) {
    if (frame.kind === 'drawing') {
      shapes += drawingXml(ids, frame, theme, lang);
      continue;
    }
    const id = ids.next();
    shapes += frame.kind === 'text' ? textFrame(id, frame, theme, lang) : tableFrame(id, frame, theme, lang);
  }
  if (slide.layout !== 'title') shapes += slideNumberShape(ids.next(), g, theme, lang, String(slide.number));
  return (
    XML_DECLARATION +
    `<p:sld ${PML_NAMESPACES}><p:cSld>${shapeTree(shapes)}</p:cSld>` +
    '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
  );
}
