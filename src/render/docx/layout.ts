// The layout pass: a DocumentSpec (what the document says) and the theme → a LaidOutDocument (how Word is
// to set it). Every layout rule of the house style is decided here, once: which headings start a page and
// how much room a chapter that runs on gets, which paragraphs keep with the next, which lists stay on one
// page, which numbering instance each list uses, which headings the contents list (bookmarks, page
// numbers from the page model, pages.ts, which follows these same decisions), table column widths and
// shading, the cover's spacing and logo size, the running header and footer. Pure; the writers
// (document-part.ts and the other parts) only serialise what it returns.
import type { Theme } from '../../theme/theme.js';
import type { Pt } from '../units.js';
import { mmToPt } from '../units.js';
import { coverLogoSize } from './cover-logo.js';
import type {
  BorderFormat,
  ContentsEntry,
  LaidOutBlock,
  LaidOutDocument,
  ListKind,
  Paragraph,
  ParagraphFormat,
  Picture,
  Run,
  Table,
} from './laid-out.js';
import type { Block, Content, DocumentSpec, TableCell } from './model.js';
import { layOutPages } from './pages.js';
import type { TableStyle } from './style.js';
import {
  documentFont,
  houseNumbering,
  houseStyles,
  page,
  StyleId,
  tableStyle,
  textWidth,
  wordLanguage,
} from './style.js';
import { hex } from '../ooxml/xml.js';

/** A list of up to this many items stays on one page (each item but the last keeps with the next). */
export const KEPT_TOGETHER_ITEMS = 4;

/** Room above a chapter that runs on from the one before (no page break). */
const CHAPTER_SPACE_ABOVE: Pt = 28;

/** The accent line left of the cover's title and subtitle. */
const COVER_ACCENT_WIDTH: Pt = 6;

/** Runs of a content, every one tagged with the document's language. */
function runs(content: Content, lang: string, extra: { bold?: boolean } = {}): Run[] {
  if (typeof content === 'string') return [{ text: content, format: { bold: extra.bold, lang } }];
  return content.map((item): Run =>
    typeof item === 'string'
      ? { text: item, format: { bold: extra.bold, lang } }
      : {
          text: item.text,
          format: {
            ...(item.command ? { style: StyleId.command } : {}),
            bold: item.bold === true || extra.bold === true,
            italic: item.italic === true,
            lang,
          },
        },
  );
}

const paragraph = (format: ParagraphFormat, content: Run[]): Paragraph => ({
  kind: 'paragraph',
  format,
  runs: content,
});

const LIST_STYLES = {
  bullet: StyleId.listBullet,
  number: StyleId.listNumber,
  check: StyleId.listCheck,
} as const;

const HEADING_STYLES = [StyleId.heading1, StyleId.heading2, StyleId.heading3] as const;

/** The numbering instances: one shared by all bulleted lists, one by all check lists, one per numbered list. */
class ListInstances {
  private numbered = 0;
  readonly instances: { id: number; kind: ListKind; restart: boolean }[] = [
    { id: 1, kind: 'bullet', restart: false },
    { id: 2, kind: 'check', restart: false },
  ];

  of(kind: ListKind): number {
    if (kind === 'bullet') return 1;
    if (kind === 'check') return 2;
    this.numbered += 1;
    const id = 2 + this.numbered;
    this.instances.push({ id, kind, restart: true });
    return id;
  }
}

class BlockLayout {
  private listedSoFar = 0;
  readonly lists = new ListInstances();
  readonly entries: Omit<ContentsEntry, 'page'>[] = [];

  constructor(
    private readonly lang: string,
    private readonly theme: Theme,
    private readonly table: TableStyle,
    /** Headings up to this level are listed in the contents (0: none). */
    private readonly listedLevels: number,
  ) {}

  /** A block as laid out; headings are listed (bookmarked) only in the body, never on the colophon page. */
  block(block: Block, inBody: boolean): LaidOutBlock {
    const lang = this.lang;
    switch (block.kind) {
      case 'heading': {
        const style = HEADING_STYLES[block.level - 1];
        const breakBefore = block.level === 1 ? block.newPage !== false : block.newPage === true;
        const format: ParagraphFormat = breakBefore
          ? { style, pageBreakBefore: true }
          : block.level === 1
            ? { style, spacing: { before: CHAPTER_SPACE_ABOVE } }
            : { style };
        const listed = inBody && block.level <= this.listedLevels;
        if (!listed)
          return {
            kind: 'heading',
            level: block.level,
            listed,
            paragraph: paragraph(format, runs(block.text, lang)),
          };
        this.listedSoFar += 1;
        const name = `_Toc${this.listedSoFar}`;
        this.entries.push({
          paragraph: {
            style: block.level === 1 ? StyleId.toc1 : StyleId.toc2,
            tabs: [{ type: 'right', position: textWidth, leader: 'dot' }],
          },
          text: block.text,
          bookmark: name,
        });
        return {
          kind: 'heading',
          level: block.level,
          listed,
          paragraph: {
            ...paragraph(format, runs(block.text, lang)),
            bookmark: { id: this.listedSoFar, name },
          },
        };
      }
      case 'paragraph': {
        const style =
          block.style === 'lead' ? StyleId.lead : block.style === 'note' ? StyleId.note : StyleId.normal;
        return {
          kind: 'paragraph',
          paragraph: paragraph(
            block.keepNext ? { style, keepNext: true } : { style },
            runs(block.content, lang),
          ),
        };
      }
      case 'list': {
        const id = this.lists.of(block.style);
        const keptTogether = block.items.length <= KEPT_TOGETHER_ITEMS;
        return {
          kind: 'list',
          keptTogether,
          items: block.items.map((item, index) =>
            paragraph(
              {
                style: LIST_STYLES[block.style],
                // A short list stays on one page; an item is never split across pages.
                keepNext: keptTogether && index < block.items.length - 1,
                keepLines: true,
                numbering: { id, level: 0 },
              },
              runs(item, lang),
            ),
          ),
        };
      }
      case 'table':
        return { kind: 'table', table: this.tableOf(block) };
      case 'pageBreak':
        return { kind: 'pageBreak', paragraph: paragraph({ pageBreakBefore: true }, []) };
    }
  }

  /** Columns scaled to the text width; the header row in the primary colour, tinted cells on the tint. */
  private tableOf(block: Extract<Block, { kind: 'table' }>): Table {
    const total = block.widths.reduce((a, b) => a + b, 0);
    const columns = block.widths.map((w) => (w / total) * textWidth);
    const tint = hex(this.theme.colours.tint);
    const cell = (spec: TableCell, index: number, header: boolean) => {
      const fill = header ? this.table.headerFill : spec.tint ? tint : undefined;
      return {
        width: columns[index] ?? 0,
        ...(fill ? { fill } : {}),
        paragraph: paragraph(
          { style: header ? StyleId.tableHeading : StyleId.tableText, align: spec.align ?? 'left' },
          runs(spec.content, this.lang, spec.bold ? { bold: true } : {}),
        ),
      };
    };
    return {
      kind: 'table',
      style: this.table.id,
      width: textWidth,
      columns,
      rule: { style: 'single', width: this.table.ruleWidth, color: this.table.rule },
      rows: [
        {
          header: true,
          cells: block.header.map((content, i) =>
            cell({ content, align: block.headerAlign?.[i] ?? 'left' }, i, true),
          ),
        },
        ...block.rows.map((row) => ({ header: false, cells: row.map((spec, i) => cell(spec, i, false)) })),
      ],
    };
  }
}

/** The cover: the logo (when the theme has one), the title and subtitle beside an accent line, the meta lines. */
function cover(spec: DocumentSpec, theme: Theme, lang: string): (Paragraph | Picture)[] {
  const logo = theme.organisation?.logo;
  const out: (Paragraph | Picture)[] = [];
  if (logo) {
    const size = coverLogoSize(logo);
    out.push({ kind: 'picture', format: { spacing: { after: 0 } }, ...size, alt: logo.alt });
  }
  const accent: BorderFormat = {
    style: 'single',
    width: COVER_ACCENT_WIDTH,
    color: hex(theme.colours.accent),
    space: 14,
  };
  out.push(
    paragraph(
      { style: StyleId.title, border: { left: accent }, spacing: { before: mmToPt(logo ? 62 : 84) } },
      runs(spec.cover.title, lang),
    ),
    paragraph({ style: StyleId.subtitle, border: { left: accent } }, runs(spec.cover.subtitle, lang)),
  );
  if (spec.cover.kind) {
    out.push(
      paragraph(
        { style: StyleId.subtitle, spacing: { before: mmToPt(8) } },
        runs([{ text: spec.cover.kind, bold: true }], lang),
      ),
    );
  }
  const bottom: Content[] = [];
  if (spec.cover.organisation) bottom.push([{ text: spec.cover.organisation, bold: true }]);
  bottom.push(spec.cover.version);
  bottom.forEach((content, index) =>
    out.push(
      paragraph(
        index === 0
          ? { style: StyleId.coverMeta, spacing: { before: mmToPt(70) } }
          : { style: StyleId.coverMeta },
        runs(content, lang),
      ),
    ),
  );
  return out;
}

/** The running header (the text over a thin rule) and footer (a text, the page number on the right). */
function headerFooter(
  spec: DocumentSpec,
  theme: Theme,
  lang: string,
): { header: Paragraph; footer: Paragraph } {
  const rule: BorderFormat = { style: 'single', width: 0.5, color: hex(theme.colours.rule), space: 4 };
  return {
    header: paragraph({ style: StyleId.header, border: { bottom: rule } }, [
      { text: spec.header, format: { lang } },
    ]),
    footer: paragraph({ style: StyleId.footer, tabs: [{ type: 'right', position: textWidth }] }, [
      { text: spec.footer, format: { lang } },
      { text: '\t', format: { bold: true, lang } },
      { field: 'PAGE', result: '', format: { bold: true, lang } },
    ]),
  };
}

/** Lays the document out: every decision made, the page numbers worked out. */
export function layOutDocument(spec: DocumentSpec, theme: Theme): LaidOutDocument {
  const lang = wordLanguage(spec.language);
  const table = tableStyle(theme);
  const styles = houseStyles(theme, spec.language);
  const levels = spec.contentsTitle === undefined ? undefined : (spec.contentsLevels ?? 2);
  const blocks = new BlockLayout(lang, theme, table, levels ?? 0);
  const colophon = spec.colophon.map((b) => blocks.block(b, false));
  const body = spec.body.map((b) => blocks.block(b, true));
  const placed = layOutPages({
    body,
    contentsEntries: levels === undefined ? undefined : blocks.entries.length,
    styles,
    tableStyle: table,
    fonts: theme.fonts,
    language: spec.language,
  });
  if (placed.headings.length !== blocks.entries.length)
    throw new Error(
      `the page model placed ${placed.headings.length} headings, the contents list ${blocks.entries.length}`,
    );
  const logo = theme.organisation?.logo;
  return {
    lang,
    properties: {
      title: spec.title,
      subject: spec.subject,
      version: spec.version,
      ...(spec.creator ? { creator: spec.creator } : {}),
      ...(spec.keywords ? { keywords: spec.keywords } : {}),
      date: spec.date,
    },
    page,
    cover: cover(spec, theme, lang),
    colophon,
    ...(spec.contentsTitle !== undefined && levels !== undefined
      ? {
          contents: {
            heading: paragraph({ style: StyleId.tocHeading }, runs(spec.contentsTitle, lang)),
            title: spec.contentsTitle,
            levels,
            entries: blocks.entries.map((entry, i) => ({ ...entry, page: placed.headings[i] ?? 0 })),
            lang,
          },
        }
      : {}),
    body,
    ...headerFooter(spec, theme, lang),
    pages: placed.pages,
    blockPages: placed.blocks,
    styles,
    tableStyle: table,
    numbering: { definitions: houseNumbering(theme), instances: blocks.lists.instances },
    font: {
      name: documentFont,
      regular: theme.fonts.regular,
      bold: theme.fonts.bold,
      italic: theme.fonts.italic,
    },
    ...(logo ? { logo: { png: logo.png } } : {}),
  };
}

/** Physical page numbers (the cover is page 1) of the headings the table of contents lists, in order. */
export function headingPages(spec: DocumentSpec, theme: Theme): number[] {
  return (layOutDocument(spec, theme).contents?.entries ?? []).map((entry) => entry.page);
}
