// word/document.xml: a laid-out document's three sections (cover, colophon, body with the table of
// contents) as WordprocessingML. Only serialising: every decision (styles, breaks, keeps, numbering,
// bookmarks, widths, page numbers) is in the LaidOutDocument (layout.ts).
import { ptToEmu, ptToTwip } from '../units.js';
import type { LaidOutBlock, LaidOutDocument, Paragraph, Picture, Table } from './laid-out.js';
import { border, NS, paragraph, run, runsXml, sectPr, XML_DECLARATION, xmlText } from './wml.js';

export interface DocumentRelationships {
  /** Relationship ids of the parts the document refers to. */
  readonly logo?: string;
  readonly header: string;
  readonly footer: string;
}

/** A paragraph; `section` is the properties of the section it ends. */
function paragraphXml(p: Paragraph, section = ''): string {
  const content = runsXml(p.runs);
  const body = p.bookmark
    ? `<w:bookmarkStart w:id="${p.bookmark.id}" w:name="${p.bookmark.name}"/>${content}<w:bookmarkEnd w:id="${p.bookmark.id}"/>`
    : content;
  return paragraph(p.format, body, section);
}

/** The cover logo as an inline picture with its alt text. */
function pictureXml(picture: Picture, relationship: string, section = ''): string {
  const cx = ptToEmu(picture.width);
  const cy = ptToEmu(picture.height);
  const alt = xmlText(picture.alt);
  return paragraph(
    picture.format,
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
      `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
      `<wp:docPr id="1" name="logo" descr="${alt}" title="${alt}"/>` +
      '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
      `<a:graphic><a:graphicData uri="${NS.pic}"><pic:pic>` +
      `<pic:nvPicPr><pic:cNvPr id="2" name="logo.png" descr="${alt}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>` +
      `<pic:blipFill><a:blip r:embed="${relationship}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
      `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
      '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>' +
      '</wp:inline></w:drawing></w:r>',
    section,
  );
}

function tableXml(table: Table): string {
  const none = { style: 'none', width: 0, color: 'auto' } as const;
  const rule = table.rule;
  return (
    '<w:tbl><w:tblPr>' +
    `<w:tblStyle w:val="${table.style}"/><w:tblW w:w="${ptToTwip(table.width)}" w:type="dxa"/>` +
    `<w:tblBorders>${border('top', rule)}${border('left', none)}${border('bottom', rule)}` +
    `${border('right', none)}${border('insideH', rule)}${border('insideV', none)}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/></w:tblPr>' +
    `<w:tblGrid>${table.columns.map((w) => `<w:gridCol w:w="${ptToTwip(w)}"/>`).join('')}</w:tblGrid>` +
    table.rows
      .map(
        (row) =>
          `<w:tr><w:trPr><w:cantSplit/>${row.header ? '<w:tblHeader/>' : ''}</w:trPr>` +
          row.cells
            .map(
              (cell) =>
                `<w:tc><w:tcPr><w:tcW w:w="${ptToTwip(cell.width)}" w:type="dxa"/>` +
                (cell.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${cell.fill}"/>` : '') +
                '<w:vAlign w:val="top"/></w:tcPr>' +
                paragraphXml(cell.paragraph) +
                '</w:tc>',
            )
            .join('') +
          '</w:tr>',
      )
      .join('') +
    '</w:tbl>'
  );
}

/** What a section is written as: paragraphs, pictures and tables, in order. */
type Item = Paragraph | Picture | Table;

function items(block: LaidOutBlock): Item[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'pageBreak':
      return [block.paragraph];
    case 'list':
      return [...block.items];
    case 'table':
      return [block.table];
  }
}

function itemXml(item: Item, logo: string | undefined, section = ''): string {
  switch (item.kind) {
    case 'paragraph':
      return paragraphXml(item, section);
    case 'table':
      return tableXml(item) + (section === '' ? '' : paragraph({}, '', section));
    case 'picture':
      if (logo === undefined) throw new Error('the document has a picture but no relationship for it');
      return pictureXml(item, logo, section);
  }
}

/**
 * A section: its items, its properties in the last paragraph (or in a paragraph of their own after a
 * table, as Word does).
 */
function sectionXml(content: readonly Item[], properties: string, logo?: string): string {
  if (content.length === 0) return paragraph({}, '', properties);
  return content.map((item, i) => itemXml(item, logo, i === content.length - 1 ? properties : '')).join('');
}

/**
 * The table of contents as Word writes an updated TOC field: one paragraph per entry, a hyperlink to the
 * heading's bookmark, a dotted tab and a PAGEREF field whose result is the page number.
 */
function contentsXml(doc: LaidOutDocument): string {
  const contents = doc.contents;
  if (!contents) return '';
  const entries = contents.entries.map((entry, i) => {
    const begin =
      i === 0
        ? '<w:r><w:fldChar w:fldCharType="begin"/>' +
          `<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-${contents.levels}&quot;</w:instrText>` +
          '<w:fldChar w:fldCharType="separate"/></w:r>'
        : '';
    return paragraph(
      entry.paragraph,
      begin +
        `<w:hyperlink w:anchor="${entry.bookmark}" w:history="1">` +
        run(entry.text, { lang: contents.lang }) +
        '<w:r><w:tab/></w:r>' +
        `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGEREF ${entry.bookmark} \\h</w:instrText>` +
        `<w:fldChar w:fldCharType="separate"/><w:t xml:space="preserve">${entry.page}</w:t>` +
        '<w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>',
    );
  });
  return (
    paragraphXml(contents.heading) +
    `<w:sdt><w:sdtPr><w:alias w:val="${xmlText(contents.title)}"/><w:docPartObj>` +
    '<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>' +
    entries.join('') +
    '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>'
  );
}

/** document.xml: cover, colophon, then contents and body under the running header and footer. */
export function documentXml(doc: LaidOutDocument, rels: DocumentRelationships): string {
  const page = doc.page;
  const cover = sectionXml(doc.cover, sectPr({ page }), rels.logo);
  const colophon = sectionXml(doc.colophon.flatMap(items), sectPr({ page, nextPage: true }));
  const body =
    contentsXml(doc) +
    doc.body
      .flatMap(items)
      .map((item) => itemXml(item, rels.logo))
      .join('');
  return (
    XML_DECLARATION +
    `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:pic="${NS.pic}">` +
    `<w:body>${cover}${colophon}${body}` +
    sectPr({ page, nextPage: true, header: rels.header, footer: rels.footer }) +
    '</w:body></w:document>'
  );
}
