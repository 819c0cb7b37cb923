// Post-processing of the package pptxgenjs wrote, so that it is a deck we can stand behind:
// - every text run, paragraph end and default run style carries the content's language (pptxgenjs leaves
//   table cells, the slide number and all speaker notes as en-US);
// - speaker notes become real paragraphs: bold headings, bullet lists (pptxgenjs writes one plain run);
// - the notes page gives the notes more room than the slide picture;
// - shape ids are unique per slide (pptxgenjs repeats them) and its random ids become stable ones;
// - fixed core properties and zip times (src/render/ooxml/package.ts): same input, same bytes.
import { escapeXml } from '../../markup.js';
import type { PackageParts } from '../ooxml/package.js';
import { coreXml, partText, setPartText, writePackage } from '../ooxml/package.js';
import { OFFICE_FONT_FAMILY } from '../../typeset/fonts.js';
import { notesSpacing, styles } from './layout.js';
import { cultureOf } from './language.js';
import type { NotesSection } from './model.js';
import type { FittedDeck } from './paginate.js';

export interface FinishOptions {
  readonly creator?: string;
  readonly date: Date;
}

/** The package's parts as pptxgenjs made them, finished and zipped. */
export function finishDeck(parts: PackageParts, deck: FittedDeck, options: FinishOptions): Buffer {
  const lang = cultureOf(deck.language);
  for (const name of [...parts.keys()]) {
    if (!/^ppt\/.*\.xml$/.test(name)) continue;
    let xml = partText(parts, name) ?? '';
    if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) {
      const slide = deck.slides[slideNumberOfNotes(parts, name) - 1];
      if (slide) xml = replaceNotesBody(xml, notesBody(slide.notes));
    }
    if (name === 'ppt/notesMasters/notesMaster1.xml') xml = notesPageGeometry(xml);
    if (/^ppt\/(slides|slideLayouts)\/[^/]+\.xml$/.test(name)) xml = renumberShapes(xml);
    xml = stableIds(xml, name);
    xml = withLanguage(xml, lang);
    setPartText(parts, name, xml);
  }
  setPartText(
    parts,
    'docProps/core.xml',
    coreXml({
      title: deck.title,
      ...(deck.subject ? { subject: deck.subject } : {}),
      ...(options.creator ? { creator: options.creator } : {}),
      language: lang,
      version: deck.version,
      date: options.date,
    }),
  );
  return writePackage(parts, options.date);
}

/** Sets `lang` on every run property, paragraph end and default run style; drops pptxgenjs's altLang. */
export function withLanguage(xml: string, lang: string): string {
  return xml.replace(
    /<a:(rPr|endParaRPr|defRPr)(\s[^>]*?)?(\/?)>/g,
    (_m, tag: string, attrs = '', close: string) => {
      const kept = (attrs as string).replace(/\s(?:lang|altLang)="[^"]*"/g, '');
      return `<a:${tag} lang="${lang}"${kept}${close}>`;
    },
  );
}

/** pptxgenjs names the slide of notes page N in its relationships. */
function slideNumberOfNotes(parts: PackageParts, name: string): number {
  const rels =
    partText(parts, name.replace(/notesSlides\/(notesSlide\d+\.xml)$/, 'notesSlides/_rels/$1.rels')) ?? '';
  const match = /Target="\.\.\/slides\/slide(\d+)\.xml"/.exec(rels);
  return match ? Number(match[1]) : 0;
}

const pts = (value: number) => Math.round(value * 100);

function notesParagraph(text: string, kind: 'heading' | 'paragraph' | 'bullet', spaceAfter: number): string {
  const indent = Math.round(notesSpacing.indent * 12700);
  const bullet =
    kind === 'bullet'
      ? `<a:pPr marL="${indent}" indent="-${indent}"><a:lnSpc><a:spcPts val="${pts(styles.notes.lineHeight)}"/></a:lnSpc><a:spcAft><a:spcPts val="${pts(spaceAfter)}"/></a:spcAft><a:buFont typeface="${OFFICE_FONT_FAMILY}"/><a:buChar char="•"/></a:pPr>`
      : `<a:pPr marL="0" indent="0"><a:lnSpc><a:spcPts val="${pts(styles.notes.lineHeight)}"/></a:lnSpc><a:spcAft><a:spcPts val="${pts(spaceAfter)}"/></a:spcAft><a:buNone/></a:pPr>`;
  const bold = kind === 'heading' ? ' b="1"' : '';
  return (
    `<a:p>${bullet}<a:r><a:rPr sz="${pts(styles.notes.size)}"${bold} dirty="0"><a:latin typeface="${OFFICE_FONT_FAMILY}"/></a:rPr>` +
    `<a:t>${escapeXml(text)}</a:t></a:r></a:p>`
  );
}

/** The notes as paragraphs: a bold heading per section, its paragraphs, its bullets. */
export function notesBody(sections: readonly NotesSection[]): string {
  const paragraphs: string[] = [];
  sections.forEach((section, i) => {
    const last = i === sections.length - 1;
    const items: { text: string; kind: 'heading' | 'paragraph' | 'bullet' }[] = [
      ...(section.heading ? [{ text: section.heading, kind: 'heading' as const }] : []),
      ...(section.paragraphs ?? []).map((p) => ({ text: p.text, kind: 'paragraph' as const })),
      ...(section.bullets ?? []).map((b) => ({ text: b.text, kind: 'bullet' as const })),
    ];
    items.forEach((item, j) => {
      const end = j === items.length - 1;
      const space =
        end && !last
          ? notesSpacing.section
          : item.kind === 'heading'
            ? notesSpacing.afterHeading
            : item.kind === 'bullet'
              ? notesSpacing.item
              : notesSpacing.paragraph;
      paragraphs.push(notesParagraph(item.text, item.kind, space));
    });
  });
  return `<a:bodyPr/><a:lstStyle/>${paragraphs.join('') || '<a:p><a:endParaRPr/></a:p>'}`;
}

function replaceNotesBody(xml: string, body: string): string {
  const replaced = xml.replace(
    /(<p:ph type="body"[^>]*\/>[\s\S]*?<p:txBody>)[\s\S]*?(<\/p:txBody>)/,
    (_m, open: string, close: string) => `${open}${body}${close}`,
  );
  if (replaced === xml) throw new Error('finishDeck: the notes page has no body placeholder');
  return replaced;
}

/** Notes master: the slide picture at the top (16:9, 6 inches wide), the notes in the rest of the page. */
function notesPageGeometry(xml: string): string {
  const frame = (name: string, x: number, y: number, cx: number, cy: number, text: string): string => {
    const pattern = new RegExp(
      `(name="${name}"[\\s\\S]*?<a:xfrm>)<a:off x="\\d+" y="\\d+"/><a:ext cx="\\d+" cy="\\d+"/>`,
    );
    if (!pattern.test(text)) throw new Error(`finishDeck: the notes master has no ${name}`);
    return text.replace(pattern, `$1<a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/>`);
  };
  const inch = 914400;
  let out = frame('Slide Image Placeholder 3', 0.75 * inch, 0.5 * inch, 6 * inch, 3.375 * inch, xml);
  out = frame('Notes Placeholder 4', 0.75 * inch, 4.125 * inch, 6 * inch, 5.375 * inch, out);
  return out;
}

/** Shape ids in document order, 1, 2, 3…: pptxgenjs gives a table the same id as the title. */
function renumberShapes(xml: string): string {
  let id = 0;
  return xml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${++id}"`);
}

/** pptxgenjs draws creation and modification ids from Math.random: derive them from the part instead. */
function stableIds(xml: string, part: string): string {
  let n = 0;
  return xml.replace(/(<p14:(?:creationId|modId)\s[^>]*?val=")\d+(")/g, (_m, head: string, tail: string) => {
    n += 1;
    return `${head}${hash(`${part}#${n}`)}${tail}`;
  });
}

/** FNV-1a, 32 bits, as an unsigned decimal. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
