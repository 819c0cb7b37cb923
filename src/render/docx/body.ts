// word/document.xml: a DocumentSpec's three sections (cover, colophon, body with the table of contents) as
// WordprocessingML, in the house style. Headings the table of contents lists get bookmarks (_Toc1, _Toc2 …)
// in document order; the contents' entries link to them and carry the page numbers of our page model.
import { coverLogoExtent } from './cover-logo.js';
import type { Theme } from '../../theme/theme.js';
import type { Block, Content, DocumentSpec, TableCell } from './blocks.js';
import { keptTogether } from './blocks.js';
import type { ListNumbering } from './numbering-part.js';
import type { ParagraphStyle } from './style.js';
import { mmToTwip, page, ptToTwip, StyleId, textWidth, wordLanguage } from './style.js';
import type { Border, ParagraphProps, RunProps } from './wml.js';
import { border, hex, NS, paragraph, run, sectPr, XML_DECLARATION, xmlText } from './wml.js';

/** A headed section of the body as the table of contents lists it. */
interface Listed {
  readonly level: number;
  readonly text: string;
  readonly bookmark: string;
}

export interface BodyParts {
  /** Relationship ids of the parts the document refers to. */
  readonly logo?: string;
  readonly header: string;
  readonly footer: string;
}

/** Inserts a section's properties into its last paragraph (or a paragraph of its own after a table). */
function endSection(chunks: string[], properties: string): string {
  const last = chunks.at(-1);
  if (last?.startsWith('<w:p>')) {
    const end = last.indexOf('</w:pPr>');
    chunks[chunks.length - 1] =
      last.startsWith('<w:p><w:pPr>') && end >= 0
        ? `${last.slice(0, end)}${properties}${last.slice(end)}`
        : `<w:p><w:pPr>${properties}</w:pPr>${last.slice('<w:p>'.length)}`;
  } else {
    chunks.push(`<w:p><w:pPr>${properties}</w:pPr></w:p>`);
  }
  return chunks.join('');
}

export class BodyWriter {
  private readonly lang: string;
  private readonly listedLevels: number;
  private listedSoFar = 0;
  /** Headings are bookmarked for the contents only in the body (not on the cover or colophon pages). */
  private inBody = false;
  private readonly listed: Listed[] = [];

  constructor(
    private readonly spec: DocumentSpec,
    private readonly theme: Theme,
    private readonly lists: ListNumbering,
  ) {
    this.lang = wordLanguage(spec.language);
    this.listedLevels = spec.contentsTitle === undefined ? 0 : (spec.contentsLevels ?? 2);
    // The headings the contents list, in order, with their bookmarks: known before the body is written.
    for (const block of spec.body) {
      if (block.kind === 'heading' && block.level <= this.listedLevels) {
        this.listed.push({
          level: block.level,
          text: block.text,
          bookmark: `_Toc${this.listed.length + 1}`,
        });
      }
    }
  }

  runs(content: Content, extra: { bold?: boolean } = {}): string {
    if (typeof content === 'string') return run(content, { bold: extra.bold, lang: this.lang });
    let xml = '';
    for (const item of content) {
      if (typeof item === 'string') {
        xml += run(item, { bold: extra.bold, lang: this.lang });
      } else {
        const props: RunProps = {
          ...(item.command ? { style: StyleId.command } : {}),
          bold: item.bold === true || extra.bold === true,
          italic: item.italic === true,
          lang: this.lang,
        };
        xml += run(item.text, props);
      }
    }
    return xml;
  }

  paragraph(style: ParagraphStyle, content: Content, props: ParagraphProps = {}): string {
    return paragraph({ style, ...props }, this.runs(content));
  }

  block(block: Block): string {
    switch (block.kind) {
      case 'heading': {
        const style = ([StyleId.heading1, StyleId.heading2, StyleId.heading3] as const)[block.level - 1];
        const breakBefore = block.level === 1 ? block.newPage !== false : block.newPage === true;
        const props: ParagraphProps = breakBefore
          ? { pageBreakBefore: true }
          : block.level === 1
            ? { spacing: { before: ptToTwip(28) } } // a chapter that runs on: room above it
            : {};
        const text = this.runs(block.text);
        if (!this.inBody || block.level > this.listedLevels) return paragraph({ style, ...props }, text);
        const entry = this.listed[this.listedSoFar++];
        if (!entry) throw new Error(`heading "${block.text}" is not in the table of contents`);
        const id = this.listedSoFar;
        return paragraph(
          { style, ...props },
          `<w:bookmarkStart w:id="${id}" w:name="${entry.bookmark}"/>${text}<w:bookmarkEnd w:id="${id}"/>`,
        );
      }
      case 'paragraph': {
        const style =
          block.style === 'lead' ? StyleId.lead : block.style === 'note' ? StyleId.note : StyleId.normal;
        return this.paragraph(style, block.content, block.keepNext ? { keepNext: true } : {});
      }
      case 'list': {
        const style =
          block.style === 'number'
            ? StyleId.listNumber
            : block.style === 'check'
              ? StyleId.listCheck
              : StyleId.listBullet;
        const id = this.lists.instance(block.style);
        const together = keptTogether(block);
        return block.items
          .map((item, index) =>
            this.paragraph(style, item, {
              // A short list stays on one page; an item is never split across pages.
              keepNext: together && index < block.items.length - 1,
              keepLines: true,
              numbering: { id, level: 0 },
            }),
          )
          .join('');
      }
      case 'table':
        return this.table(block);
      case 'pageBreak':
        return paragraph({ pageBreakBefore: true }, '');
    }
  }

  table(block: Extract<Block, { kind: 'table' }>): string {
    const total = block.widths.reduce((a, b) => a + b, 0);
    const widths = block.widths.map((w) => Math.round((w / total) * textWidth));
    const c = this.theme.colours;
    const cell = (spec: TableCell, index: number, header: boolean): string => {
      const fill = header ? hex(c.primary) : spec.tint ? hex(c.tint) : undefined;
      return (
        `<w:tc><w:tcPr><w:tcW w:w="${widths[index] ?? 0}" w:type="dxa"/>` +
        (fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : '') +
        '<w:vAlign w:val="top"/></w:tcPr>' +
        paragraph(
          { style: header ? StyleId.tableHeading : StyleId.tableText, align: spec.align ?? 'left' },
          this.runs(spec.content, spec.bold ? { bold: true } : {}),
        ) +
        '</w:tc>'
      );
    };
    const rule: Border = { style: 'single', size: 4, color: hex(c.rule) };
    const none: Border = { style: 'none', size: 0, color: 'auto' };
    return (
      '<w:tbl><w:tblPr>' +
      `<w:tblStyle w:val="${StyleId.table}"/><w:tblW w:w="${textWidth}" w:type="dxa"/>` +
      `<w:tblBorders>${border('top', rule)}${border('left', none)}${border('bottom', rule)}` +
      `${border('right', none)}${border('insideH', rule)}${border('insideV', none)}</w:tblBorders>` +
      '<w:tblLayout w:type="fixed"/></w:tblPr>' +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
      // The header row repeats on every page the table runs onto; no row is split across pages.
      '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
      block.header
        .map((content, i) => cell({ content, align: block.headerAlign?.[i] ?? 'left' }, i, true))
        .join('') +
      '</w:tr>' +
      block.rows
        .map(
          (row) =>
            `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((spec, i) => cell(spec, i, false)).join('')}</w:tr>`,
        )
        .join('') +
      '</w:tbl>'
    );
  }

  /** The logo, at most 20 mm high and 70 mm wide, as an inline picture with its alt text. */
  private logo(relationship: string): string {
    const logo = this.theme.organisation?.logo;
    if (!logo) return '';
    const { cx, cy } = coverLogoExtent(logo);
    const alt = xmlText(logo.alt);
    return paragraph(
      { spacing: { after: 0 } },
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
    );
  }

  cover(logoRelationship: string | undefined): string[] {
    const spec = this.spec;
    const hasLogo = logoRelationship !== undefined && this.theme.organisation?.logo !== undefined;
    const chunks: string[] = hasLogo ? [this.logo(logoRelationship)] : [];
    const accent: Border = { style: 'single', size: 48, color: hex(this.theme.colours.accent), space: 14 };
    chunks.push(
      this.paragraph(StyleId.title, spec.cover.title, {
        border: { left: accent },
        spacing: { before: mmToTwip(hasLogo ? 62 : 84) },
      }),
      this.paragraph(StyleId.subtitle, spec.cover.subtitle, { border: { left: accent } }),
    );
    if (spec.cover.kind) {
      chunks.push(
        this.paragraph(StyleId.subtitle, [{ text: spec.cover.kind, bold: true }], {
          spacing: { before: mmToTwip(8) },
        }),
      );
    }
    const bottom: Content[] = [];
    if (spec.cover.organisation) bottom.push([{ text: spec.cover.organisation, bold: true }]);
    bottom.push(spec.cover.version);
    bottom.forEach((content, index) =>
      chunks.push(
        this.paragraph(StyleId.coverMeta, content, index === 0 ? { spacing: { before: mmToTwip(70) } } : {}),
      ),
    );
    return chunks;
  }

  /**
   * The table of contents as Word writes an updated TOC field: one paragraph per entry, a hyperlink to the
   * heading's bookmark, a dotted tab and a PAGEREF field whose result is the page number.
   */
  contents(pages: readonly number[]): string[] {
    const title = this.spec.contentsTitle;
    if (title === undefined) return [];
    if (pages.length !== this.listed.length)
      throw new Error(
        `the page model placed ${pages.length} headings, the contents list ${this.listed.length}`,
      );
    const entries = this.listed.map((entry, i) => {
      const begin =
        i === 0
          ? '<w:r><w:fldChar w:fldCharType="begin"/>' +
            `<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-${this.listedLevels}&quot;</w:instrText>` +
            '<w:fldChar w:fldCharType="separate"/></w:r>'
          : '';
      return paragraph(
        {
          style: entry.level === 1 ? StyleId.toc1 : StyleId.toc2,
          tabs: [{ type: 'right', position: textWidth, leader: 'dot' }],
        },
        begin +
          `<w:hyperlink w:anchor="${entry.bookmark}" w:history="1">` +
          run(entry.text, { lang: this.lang }) +
          '<w:r><w:tab/></w:r>' +
          `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGEREF ${entry.bookmark} \\h</w:instrText>` +
          `<w:fldChar w:fldCharType="separate"/><w:t xml:space="preserve">${pages[i] ?? ''}</w:t>` +
          '<w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>',
      );
    });
    return [
      this.paragraph(StyleId.tocHeading, title),
      `<w:sdt><w:sdtPr><w:alias w:val="${xmlText(title)}"/><w:docPartObj>` +
        '<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>' +
        entries.join('') +
        '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>',
    ];
  }

  /** document.xml: cover, colophon, then contents and body under the running header and footer. */
  document(parts: BodyParts, pages: readonly number[]): string {
    const cover = endSection(this.cover(parts.logo), sectPr({ page }));
    const colophon = endSection(
      this.spec.colophon.map((b) => this.block(b)),
      sectPr({ page, nextPage: true }),
    );
    this.inBody = true;
    const body = [...this.contents(pages), ...this.spec.body.map((b) => this.block(b))].join('');
    return (
      XML_DECLARATION +
      `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:pic="${NS.pic}">` +
      `<w:body>${cover}${colophon}${body}` +
      sectPr({ page, nextPage: true, header: parts.header, footer: parts.footer }) +
      '</w:body></w:document>'
    );
  }
}
