// Speaker notes: the notes master (the slide picture at the top of the page, 6 inches wide, the notes in
// the rest, the page number) and one notes page per slide, whose notes are real paragraphs: a bold heading
// per section, its paragraphs, its bullets, in the content's language.
import { OFFICE_FONT_FAMILY } from '../../typeset/fonts.js';
import type { Box } from './layout.js';
import { styles } from './layout.js';
import type { FittedNote } from './paginate.js';
import {
  paragraph,
  paragraphProperties,
  PML_NAMESPACES,
  runProperties,
  XML_DECLARATION,
  xfrm,
} from './dml.js';
import { CLR_MAP } from './master.js';
import { ptToCentiPt, ptToEmu } from '../units.js';
import type { Placeholder } from './shapes.js';
import { placeholderXml, ShapeIds, shapeTree, slideNumberField, textShape } from './shapes.js';

/** The notes page: 7.5 × 10 inches, portrait. */
export const NOTES_PAGE = { width: 540, height: 720 } as const;

const INCH = 72;
const IMAGE: Box = { x: 0.75 * INCH, y: 0.5 * INCH, width: 6 * INCH, height: 3.375 * INCH };
/** The notes' box; inside its insets (PowerPoint's usual 0.1 and 0.05 inch) it holds NOTES_BOX (layout.ts). */
export const NOTES_PLACEHOLDER: Box = {
  x: 0.75 * INCH,
  y: 4.125 * INCH,
  width: 6 * INCH,
  height: 5.375 * INCH,
};
export const NOTES_INSETS = { x: 0.1 * INCH, y: 0.05 * INCH } as const;
const PAGE_NUMBER: Box = { x: 306, y: 684, width: 234, height: 36 };

const PH = {
  image: { type: 'sldImg', idx: 2 },
  body: { type: 'body', size: 'quarter', idx: 3 },
  number: { type: 'sldNum', size: 'quarter', idx: 5 },
} as const satisfies Record<string, Placeholder>;

const FONT = OFFICE_FONT_FAMILY;

function notesParagraph(note: FittedNote, lang: string): string {
  return paragraph(
    note.text,
    lang,
    { size: styles.notes.size, ...(note.kind === 'heading' ? { bold: true } : {}), font: FONT },
    {
      marginLeft: note.indent,
      indent: -note.indent,
      lineHeight: styles.notes.lineHeight,
      spaceAfter: note.spaceAfter,
      bullet: note.kind === 'bullet' ? { kind: 'char', char: '•', font: FONT } : { kind: 'none' },
    },
  );
}

/** The notes as the paginator laid them out: a bold heading per section, its paragraphs, its bullets. */
export function notesParagraphs(notes: readonly FittedNote[], lang: string): string {
  return (
    notes.map((note) => notesParagraph(note, lang)).join('') ||
    `<a:p>${runProperties('endParaRPr', lang, {})}</a:p>`
  );
}

const pageNumberBody = (lang: string, shown: string) =>
  '<a:bodyPr anchor="b"/><a:lstStyle/>' +
  `<a:p>${paragraphProperties('pPr', { align: 'r' })}${slideNumberField(runProperties('rPr', lang, {}), shown)}</a:p>`;

/** ppt/notesSlides/notesSlideN.xml: the slide's picture, its notes and its number. */
export function notesSlideXml(notes: readonly FittedNote[], number: number, lang: string): string {
  const ids = new ShapeIds();
  const shapes =
    `<p:sp><p:nvSpPr><p:cNvPr id="${ids.next()}" name="Slide Image"/>` +
    '<p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr>' +
    '<p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>' +
    textShape({
      id: ids.next(),
      name: 'Notes',
      placeholder: { type: 'body', idx: 1 },
      body: `<a:bodyPr/><a:lstStyle/>${notesParagraphs(notes, lang)}`,
    }) +
    textShape({
      id: ids.next(),
      name: 'Slide Number',
      placeholder: PH.number,
      body: pageNumberBody(lang, String(number)),
    });
  return (
    XML_DECLARATION +
    `<p:notes ${PML_NAMESPACES}><p:cSld>${shapeTree(shapes)}</p:cSld>` +
    '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'
  );
}

/** ppt/notesMasters/notesMaster1.xml. */
export function notesMasterXml(lang: string): string {
  const ids = new ShapeIds();
  const shapes =
    `<p:sp><p:nvSpPr><p:cNvPr id="${ids.next()}" name="Slide Image"/>` +
    '<p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr>' +
    `<p:nvPr>${placeholderXml(PH.image)}</p:nvPr></p:nvSpPr>` +
    `<p:spPr>${xfrm(IMAGE)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>` +
    '<a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></p:spPr></p:sp>' +
    textShape({
      id: ids.next(),
      name: 'Notes',
      placeholder: PH.body,
      box: NOTES_PLACEHOLDER,
      body:
        `<a:bodyPr lIns="${ptToEmu(NOTES_INSETS.x)}" tIns="${ptToEmu(NOTES_INSETS.y)}" rIns="${ptToEmu(NOTES_INSETS.x)}" bIns="${ptToEmu(NOTES_INSETS.y)}" rtlCol="0"/>` +
        `<a:lstStyle/><a:p>${runProperties('endParaRPr', lang, {})}</a:p>`,
    }) +
    textShape({
      id: ids.next(),
      name: 'Slide Number',
      placeholder: PH.number,
      box: PAGE_NUMBER,
      body: pageNumberBody(lang, '‹#›'),
    });
  const defRPr =
    `<a:defRPr lang="${lang}" sz="${ptToCentiPt(styles.notes.size)}"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>` +
    '<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr>';
  return (
    XML_DECLARATION +
    `<p:notesMaster ${PML_NAMESPACES}>` +
    '<p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>' +
    `${shapeTree(shapes)}</p:cSld>${CLR_MAP}` +
    `<p:notesStyle>${paragraphProperties('lvl1pPr', { marginLeft: 0, align: 'l' }, defRPr)}</p:notesStyle>` +
    '</p:notesMaster>'
  );
}
