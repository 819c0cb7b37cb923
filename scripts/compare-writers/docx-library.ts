// The handbook's DocumentSpec written with the docx library (9.x), as a user of it would: cover lines,
// headings, paragraphs with bold and italic runs, bullet and numbered lists (each numbered list restarts),
// tables with a repeated header row, a running header and a footer with the page number, the document's
// language on the default style. No table of contents and no embedded fonts: less than our writer does.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Content, DocumentSpec } from '../../src/render/docx/model.js';

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function runs(content: Content, bold = false): TextRun[] {
  const inlines = typeof content === 'string' ? [content] : content;
  return inlines.map((i) =>
    typeof i === 'string'
      ? new TextRun({ text: i, bold })
      : new TextRun({ text: i.text, bold: bold || i.bold === true, italics: i.italic === true }),
  );
}

function blockChildren(block: Block, nextList: () => number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          pageBreakBefore: block.newPage ?? block.level === 1,
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.content), keepNext: block.keepNext === true })];
    case 'list': {
      const instance = nextList();
      const reference = block.style === 'number' ? 'number' : 'bullet';
      return block.items.map(
        (item) => new Paragraph({ children: runs(item), numbering: { reference, level: 0, instance } }),
      );
    }
    case 'table': {
      const total = block.widths.reduce((a, b) => a + b, 0);
      const width = (i: number) => ({
        size: Math.round((5000 * (block.widths[i] ?? 0)) / total),
        type: WidthType.PERCENTAGE,
      });
      const header = new TableRow({
        tableHeader: true,
        children: block.header.map(
          (c, i) =>
            new TableCell({
              width: width(i),
              children: [new Paragraph({ children: runs(c, true) })],
            }),
        ),
      });
      const rows = block.rows.map(
        (row) =>
          new TableRow({
            children: row.map(
              (cell, i) =>
                new TableCell({
                  width: width(i),
                  children: [
                    new Paragraph({
                      children: runs(cell.content),
                      alignment: cell.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
                    }),
                  ],
                }),
            ),
          }),
      );
      return [new Table({ rows: [header, ...rows], width: { size: 5000, type: WidthType.PERCENTAGE } })];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

export function docxLibraryDocument(spec: DocumentSpec, lang: string): Document {
  let lists = 0;
  const nextList = () => ++lists;
  const cover = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(spec.cover.title)] }),
    new Paragraph({ children: [new TextRun(spec.cover.subtitle)] }),
    new Paragraph({ children: [new TextRun(spec.cover.version)] }),
  ];
  const body = [...spec.colophon, ...spec.body].flatMap((b) => blockChildren(b, nextList));
  return new Document({
    title: spec.title,
    subject: spec.subject,
    ...(spec.creator ? { creator: spec.creator } : {}),
    styles: { default: { document: { run: { language: { value: lang }, font: 'Source Sans 3' } } } },
    numbering: {
      config: [
        {
          reference: 'bullet',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }],
        },
        {
          reference: 'number',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(spec.header)] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [new TextRun(`${spec.footer}  `), new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [...cover, ...body],
      },
    ],
  });
}

/** One document, from spec to bytes. */
export async function docxLibraryBytes(spec: DocumentSpec, lang: string): Promise<Buffer> {
  return Packer.toBuffer(docxLibraryDocument(spec, lang));
}
