// DocumentSpec → DOCX bytes in the house style. The only file that builds docx objects; renderers plan a
// DocumentSpec (plain data) and call renderDocx.
import type { FileChild, IParagraphOptions, PageNumberEstimator } from 'docx';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { PageLayout } from './pages.js';
import { layOutPages } from './pages.js';
import type { Theme } from '../../theme/theme.js';
import type { PackageParts } from '../ooxml/package.js';
import { readPackage, writePackage } from '../ooxml/package.js';
import type { Block, Content, DocumentSpec, TableCell as CellSpec } from './blocks.js';
import { editStyles, embedFamily, normalisePackage, setPageCount } from './normalise.js';
import type { ParagraphStyle } from './style.js';
import {
  documentFont,
  houseNumbering,
  houseStyles,
  mmToTwip,
  Numbering,
  page,
  ptToTwip,
  StyleId,
  tableStyleXml,
  textWidth,
  withWidowControl,
  wordLanguage,
} from './style.js';

export interface RenderDocxOptions {
  /**
   * Embed Source Sans 3 (regular, bold, italic) so the document looks the same on every machine. About
   * 0.5 MB more per document; without it, readers without the font show a sans-serif fallback.
   */
  readonly embedFonts?: boolean;
}

const hex = (colour: string): string => colour.replace('#', '').toUpperCase();

class Emitter {
  private numberedLists = 0;
  private readonly lang: { value: string };

  constructor(
    private readonly theme: Theme,
    language: string,
  ) {
    this.lang = { value: wordLanguage(language) };
  }

  runs(content: Content, extra: { bold?: boolean } = {}): TextRun[] {
    const items = typeof content === 'string' ? [content] : content;
    return items.map((item) =>
      typeof item === 'string'
        ? new TextRun({ text: item, language: this.lang, ...(extra.bold ? { bold: true } : {}) })
        : new TextRun({
            text: item.text,
            language: this.lang,
            ...(item.bold || extra.bold ? { bold: true } : {}),
            ...(item.italic ? { italics: true } : {}),
            ...(item.command ? { style: StyleId.command } : {}),
          }),
    );
  }

  paragraph(style: ParagraphStyle, content: Content, options: Partial<IParagraphOptions> = {}): Paragraph {
    return new Paragraph({ style, children: this.runs(content), ...options });
  }

  block(block: Block): FileChild[] {
    switch (block.kind) {
      case 'heading': {
        const style = ([StyleId.heading1, StyleId.heading2, StyleId.heading3] as const)[block.level - 1];
        return [
          this.paragraph(style ?? StyleId.heading1, block.text, {
            ...((block.level === 1 ? block.newPage !== false : block.newPage === true)
              ? { pageBreakBefore: true }
              : block.level === 1
                ? { spacing: { before: ptToTwip(28) } } // a chapter that runs on: room above it
                : {}),
          }),
        ];
      }
      case 'paragraph': {
        const style =
          block.style === 'lead' ? StyleId.lead : block.style === 'note' ? StyleId.note : StyleId.normal;
        return [this.paragraph(style, block.content, block.keepNext ? { keepNext: true } : {})];
      }
      case 'list': {
        const [style, reference] =
          block.style === 'number'
            ? [StyleId.listNumber, Numbering.number]
            : block.style === 'check'
              ? [StyleId.listCheck, Numbering.check]
              : [StyleId.listBullet, Numbering.bullet];
        // Each numbered list starts at 1: its own instance of the numbering definition.
        const instance = block.style === 'number' ? ++this.numberedLists : 0;
        return block.items.map(
          (item, index) =>
            new Paragraph({
              style,
              numbering: { reference, level: 0, instance },
              children: this.runs(item),
              // An item is never split across pages; a list of up to four stays on one page.
              keepLines: true,
              ...(block.items.length <= 4 && index < block.items.length - 1 ? { keepNext: true } : {}),
            }),
        );
      }
      case 'table':
        return [this.table(block)];
      case 'pageBreak':
        return [new Paragraph({ pageBreakBefore: true, children: [] })];
    }
  }

  table(block: Extract<Block, { kind: 'table' }>): Table {
    const total = block.widths.reduce((a, b) => a + b, 0);
    const widths = block.widths.map((w) => Math.round((w / total) * textWidth));
    const c = this.theme.colours;
    const cell = (spec: CellSpec, index: number, header: boolean): TableCell =>
      new TableCell({
        width: { size: widths[index] ?? 0, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.TOP,
        ...(header
          ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(c.primary) } }
          : spec.tint
            ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(c.tint) } }
            : {}),
        children: [
          new Paragraph({
            style: header ? StyleId.tableHeading : StyleId.tableText,
            alignment: spec.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: this.runs(spec.content, spec.bold ? { bold: true } : {}),
          }),
        ],
      });
    const rule = { style: BorderStyle.SINGLE, size: 4, color: hex(c.rule) };
    const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
    return new Table({
      style: StyleId.table,
      layout: TableLayoutType.FIXED,
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      borders: {
        top: rule,
        bottom: rule,
        insideHorizontal: rule,
        left: none,
        right: none,
        insideVertical: none,
      },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: block.header.map((content, i) =>
            cell({ content, align: block.headerAlign?.[i] ?? 'left' }, i, true),
          ),
        }),
        ...block.rows.map(
          (row) => new TableRow({ cantSplit: true, children: row.map((spec, i) => cell(spec, i, false)) }),
        ),
      ],
    });
  }

  cover(spec: DocumentSpec): FileChild[] {
    const logo = this.theme.organisation?.logo;
    const children: FileChild[] = [];
    if (logo) {
      // At most 20 mm high and 70 mm wide; docx sizes images in pixels at 96 per inch.
      const maxH = (20 / 25.4) * 96;
      const maxW = (70 / 25.4) * 96;
      const scale = Math.min(maxH / logo.heightPx, maxW / logo.widthPx);
      children.push(
        new Paragraph({
          spacing: { after: 0 },
          children: [
            new ImageRun({
              type: 'png',
              data: logo.png,
              transformation: {
                width: Math.round(logo.widthPx * scale),
                height: Math.round(logo.heightPx * scale),
              },
              altText: { name: 'logo', title: logo.alt, description: logo.alt },
            }),
          ],
        }),
      );
    }
    const accent = { style: BorderStyle.SINGLE, size: 48, color: hex(this.theme.colours.accent), space: 14 };
    children.push(
      this.paragraph(StyleId.title, spec.cover.title, {
        spacing: { before: mmToTwip(logo ? 62 : 84) },
        border: { left: accent },
      }),
      this.paragraph(StyleId.subtitle, spec.cover.subtitle, { border: { left: accent } }),
    );
    if (spec.cover.kind) {
      children.push(
        new Paragraph({
          style: StyleId.subtitle,
          spacing: { before: mmToTwip(8) },
          children: this.runs([{ text: spec.cover.kind, bold: true }]),
        }),
      );
    }
    const bottom: Content[] = [];
    if (spec.cover.organisation) bottom.push([{ text: spec.cover.organisation, bold: true }]);
    bottom.push(spec.cover.version);
    bottom.forEach((content, index) =>
      children.push(
        this.paragraph(StyleId.coverMeta, content, index === 0 ? { spacing: { before: mmToTwip(70) } } : {}),
      ),
    );
    return children;
  }

  header(text: string): Header {
    return new Header({
      children: [
        new Paragraph({
          style: StyleId.header,
          border: {
            bottom: { style: BorderStyle.SINGLE, size: 4, color: hex(this.theme.colours.rule), space: 4 },
          },
          children: this.runs(text),
        }),
      ],
    });
  }

  footer(text: string): Footer {
    return new Footer({
      children: [
        new Paragraph({
          style: StyleId.footer,
          tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
          children: [
            ...this.runs(text),
            new TextRun({ children: ['\t', PageNumber.CURRENT], bold: true, language: this.lang }),
          ],
        }),
      ],
    });
  }
}

const pageProperties = {
  page: {
    size: { width: page.width, height: page.height },
    margin: {
      top: page.top,
      bottom: page.bottom,
      left: page.left,
      right: page.right,
      header: page.header,
      footer: page.footer,
    },
  },
};

/** The spec as a docx Document (before packing); exported for tests that inspect the model. */
/** Bookmark names in document order, from docx's XML object tree. */
function bookmarkNames(node: unknown, names: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) bookmarkNames(child, names);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'w:bookmarkStart') {
        const attributes = (value as { _attr?: Record<string, unknown> } | undefined)?._attr;
        const name = attributes?.['w:name'];
        if (typeof name === 'string') names.push(name);
      }
      bookmarkNames(value, names);
    }
  }
  return names;
}

/** How the table of contents gets its page numbers: our page model, or the docx library's layout. */
export type ContentsPages =
  | { readonly model: 'ours'; mismatch: boolean; readonly layout?: PageLayout }
  | { readonly model: PageNumberEstimator };

/**
 * The table of contents' page numbers from our own page model (pages.ts): docx bookmarks each listed
 * heading (_Toc…) in document order. Should the two ever disagree on how many headings there are, the
 * mismatch is noted and renderDocx builds again with the library's own (slower) layout.
 */
function contentsPageNumbers(spec: DocumentSpec, theme: Theme, how: ContentsPages): PageNumberEstimator {
  if (how.model !== 'ours') return how.model;
  const pages = how.layout?.headings ?? layOutPages(spec, theme).headings;
  return (body) => {
    const names = bookmarkNames(body).filter((n) => n.startsWith('_Toc'));
    if (names.length !== pages.length) {
      how.mismatch = true;
      return { bookmarks: new Map() };
    }
    return { bookmarks: new Map(names.map((name, i) => [name, String(pages[i])])) };
  };
}

export function buildDocument(
  spec: DocumentSpec,
  theme: Theme,
  options: RenderDocxOptions = {},
  contents: ContentsPages = { model: 'ours', mismatch: false },
): Document {
  const emit = new Emitter(theme, spec.language);
  const faces = theme.fonts;
  return new Document({
    title: spec.title,
    subject: spec.subject,
    creator: spec.creator ?? '',
    styles: houseStyles(theme, spec.language),
    numbering: houseNumbering(theme),
    hyphenation: { autoHyphenation: true, consecutiveHyphenLimit: 2, hyphenationZone: mmToTwip(6) },
    ...(options.embedFonts === false
      ? {}
      : {
          fonts: [
            {
              name: documentFont,
              data: faces.regular.data,
              bold: faces.bold.data,
              italic: faces.italic.data,
            },
          ],
        }),
    // Word's hyphenation cannot be known in advance: the estimate guesses lines without it, which can move a
    // page number by one in a long chapter; the numbers are written, so no empty field and no update prompt.
    // Only a table of contents needs page numbers; laying out the pages takes about a second.
    ...(spec.contentsTitle === undefined ? {} : { pageNumbers: contentsPageNumbers(spec, theme, contents) }),
    sections: [
      { properties: { ...pageProperties }, children: emit.cover(spec) },
      {
        properties: { ...pageProperties, type: SectionType.NEXT_PAGE },
        children: spec.colophon.flatMap((b) => emit.block(b)),
      },
      {
        properties: { ...pageProperties, type: SectionType.NEXT_PAGE },
        headers: { default: emit.header(spec.header) },
        footers: { default: emit.footer(spec.footer) },
        children: [
          ...(spec.contentsTitle === undefined
            ? []
            : [
                emit.paragraph(StyleId.tocHeading, spec.contentsTitle),
                new TableOfContents(spec.contentsTitle, {
                  hyperlink: true,
                  headingStyleRange: `1-${spec.contentsLevels ?? 2}`,
                }),
              ]),
          ...spec.body.flatMap((b) => emit.block(b)),
        ],
      },
    ],
  });
}

/** What Packer zips: the package's files by path, XML as strings (docx 9's Compiler, not exported). */
interface DocxCompiler {
  compile(file: Document): Map<string, string | Uint8Array>;
}

/**
 * The parts of a document as docx would zip them. Packer zips them with fflate's JavaScript deflate, and we
 * would unzip them straight away to re-pack them, so the parts are taken from the compiler Packer zips
 * with (Packer.compiler, the same call Packer.pack makes). Should a docx version not have it, the
 * document is packed and unpacked as before: slower, the same bytes.
 */
export async function documentParts(doc: Document): Promise<PackageParts> {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') return readPackage(await Packer.toBuffer(doc));
  const parts: PackageParts = new Map();
  for (const [name, data] of compiler.compile(doc)) {
    parts.set(
      name,
      typeof data === 'string'
        ? Buffer.from(data, 'utf8')
        : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    );
  }
  return parts;
}

/** Renders a DocumentSpec to DOCX bytes in the house style; the same spec always gives the same bytes. */
export async function renderDocx(
  spec: DocumentSpec,
  theme: Theme,
  options: RenderDocxOptions = {},
): Promise<Buffer> {
  const layout = layOutPages(spec, theme);
  const contents: ContentsPages = { model: 'ours', mismatch: false, layout };
  // Fonts are embedded while re-packing (embedFamily), not by docx.
  const built = { ...options, embedFonts: false };
  let parts = await documentParts(buildDocument(spec, theme, built, contents));
  if (contents.mismatch) {
    // Loaded only here: the library's page layout is large and takes about a second per document.
    const { estimatePageNumbersWith } = await import('docx/layout');
    const library = { model: estimatePageNumbersWith({ guess: true }) };
    parts = await documentParts(buildDocument(spec, theme, built, library));
  }
  normalisePackage(parts, {
    title: spec.title,
    subject: spec.subject,
    ...(spec.creator ? { creator: spec.creator } : {}),
    ...(spec.keywords ? { keywords: spec.keywords } : {}),
    language: wordLanguage(spec.language),
    version: spec.version,
    date: spec.date,
  });
  setPageCount(parts, layout.pages);
  if (options.embedFonts !== false) {
    embedFamily(parts, {
      name: documentFont,
      regular: theme.fonts.regular,
      bold: theme.fonts.bold,
      italic: theme.fonts.italic,
    });
  }
  editStyles(parts, (xml) =>
    withWidowControl(xml).replace('</w:styles>', `${tableStyleXml(theme)}</w:styles>`),
  );
  return writePackage(parts, spec.date);
}
