// The house style of every DOCX the kit makes: page, paragraph and character styles, list numbering, the
// table style and the language. Word styles do the page layout, so editors restyle a document in one place.
import type { Theme } from '../../theme/theme.js';
import { FONT_FAMILY } from '../../typeset/fonts.js';
import type { ParagraphProps, RunProps } from './wml.js';
import { hex } from './wml.js';

/** Twentieths of a point: Word's unit for spacing, indents and page sizes. */
export type Twip = number;

export function ptToTwip(pt: number): Twip {
  return Math.round(pt * 20);
}

export function mmToTwip(mm: number): Twip {
  return Math.round((mm * 72 * 20) / 25.4);
}

/** A4 with 25 mm side margins: the text block every DOCX of the kit is laid out in. */
export const page = {
  width: mmToTwip(210),
  height: mmToTwip(297),
  top: mmToTwip(22),
  bottom: mmToTwip(20),
  left: mmToTwip(25),
  right: mmToTwip(25),
  header: mmToTwip(11),
  footer: mmToTwip(10),
} as const;

export const textWidth: Twip = page.width - page.left - page.right;

/**
 * The font every DOCX names and embeds. Word falls back to a sans-serif of the same family class ("swiss",
 * e.g. Arial or Calibri) when a reader ignores the embedded font; LibreOffice uses the embedded one.
 */
export const documentFont = FONT_FAMILY;
export const commandFont = 'Courier New';

/** The paragraph and character style ids of the house style. Built-in Word ids where Word has one. */
export const StyleId = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  coverMeta: 'CoverMeta',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  lead: 'Lead',
  note: 'Note',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  listCheck: 'ListCheck',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  tocHeading: 'TOCHeading',
  toc1: 'TOC1',
  toc2: 'TOC2',
  header: 'Header',
  footer: 'Footer',
  command: 'Command',
  strong: 'Strong',
  table: 'KitTable',
} as const;

export type ParagraphStyle = Exclude<
  (typeof StyleId)[keyof typeof StyleId],
  'Command' | 'Strong' | 'KitTable'
>;

/** The numbering definitions lists use (w:abstractNum), by reference. */
export const Numbering = {
  bullet: 'kit-bullet',
  number: 'kit-number',
  check: 'kit-check',
} as const;

/** Word's language tag for a kit language: nl → nl-NL, en → en-GB; tags with a region stay as they are. */
export function wordLanguage(language: string): string {
  if (language.includes('-')) return language;
  const regions: Record<string, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', fr: 'fr-FR', fy: 'fy-NL' };
  return regions[language] ?? language;
}

/** Body size and the type scale, in points. */
export const typeScale = {
  body: 10,
  small: 9,
  lead: 12,
  h1: 24,
  h2: 13,
  h3: 11,
  title: 34,
  subtitle: 16,
} as const;

/** A paragraph or character style of the house style, as plain data (styles.ts writes it as XML). */
export interface StyleDefinition {
  readonly type: 'paragraph' | 'character';
  readonly id: string;
  /** The name Word shows; built-in styles use Word's own (lower-case) names, e.g. "heading 1". */
  readonly name: string;
  readonly basedOn?: string;
  readonly next?: string;
  /** Shown in the style gallery. */
  readonly quickFormat?: boolean;
  readonly paragraph?: ParagraphProps;
  readonly run?: RunProps;
}

export interface HouseStyles {
  /** The document defaults (w:docDefaults): what every style and paragraph starts from. */
  readonly defaults: { readonly run: RunProps; readonly paragraph: ParagraphProps };
  readonly styles: readonly StyleDefinition[];
}

const LINE = 276;

export function houseStyles(theme: Theme, language: string): HouseStyles {
  const c = theme.colours;
  const lang = wordLanguage(language);
  const body: RunProps = { font: documentFont, size: typeScale.body, color: hex(c.ink), lang };
  const paragraph = (
    id: string,
    name: string,
    options: Omit<StyleDefinition, 'type' | 'id' | 'name'>,
  ): StyleDefinition => ({ type: 'paragraph', id, name, ...options });
  const styles: StyleDefinition[] = [
    paragraph(StyleId.normal, 'Normal', {
      quickFormat: true,
      run: body,
      // Widow and orphan control on Normal, and so on every style based on it: without it Word and
      // LibreOffice leave single lines at the top or foot of a page.
      paragraph: { widowControl: true, spacing: { after: ptToTwip(6), line: LINE } },
    }),
    paragraph(StyleId.title, 'Title', {
      basedOn: StyleId.normal,
      next: StyleId.subtitle,
      quickFormat: true,
      run: { size: typeScale.title, bold: true, color: hex(c.primaryText) },
      paragraph: { keepNext: true, spacing: { before: 0, after: ptToTwip(10), line: 240 } },
    }),
    paragraph(StyleId.subtitle, 'Subtitle', {
      basedOn: StyleId.normal,
      next: StyleId.normal,
      quickFormat: true,
      run: { size: typeScale.subtitle, color: hex(c.ink) },
      paragraph: { keepNext: true, spacing: { after: ptToTwip(6) } },
    }),
    paragraph(StyleId.coverMeta, 'Cover Meta', {
      basedOn: StyleId.normal,
      run: { size: typeScale.lead, color: hex(c.muted) },
      paragraph: { spacing: { after: ptToTwip(2) } },
    }),
    paragraph(StyleId.heading1, 'heading 1', {
      basedOn: StyleId.normal,
      next: StyleId.normal,
      quickFormat: true,
      run: { size: typeScale.h1, bold: true, color: hex(c.primaryText) },
      paragraph: {
        keepNext: true,
        keepLines: true,
        border: { bottom: { style: 'single', size: 12, color: hex(c.accent), space: 6 } },
        spacing: { before: 0, after: ptToTwip(14), line: 240 },
        outlineLevel: 0,
      },
    }),
    paragraph(StyleId.heading2, 'heading 2', {
      basedOn: StyleId.normal,
      next: StyleId.normal,
      quickFormat: true,
      run: { size: typeScale.h2, bold: true, color: hex(c.primaryText) },
      paragraph: {
        keepNext: true,
        keepLines: true,
        spacing: { before: ptToTwip(11), after: ptToTwip(3), line: 252 },
        outlineLevel: 1,
      },
    }),
    paragraph(StyleId.heading3, 'heading 3', {
      basedOn: StyleId.normal,
      next: StyleId.normal,
      quickFormat: true,
      run: { size: typeScale.h3, bold: true, color: hex(c.ink) },
      paragraph: {
        keepNext: true,
        keepLines: true,
        spacing: { before: ptToTwip(9), after: ptToTwip(2) },
        outlineLevel: 2,
      },
    }),
    paragraph(StyleId.lead, 'Lead', {
      basedOn: StyleId.normal,
      quickFormat: true,
      run: { size: typeScale.lead, color: hex(c.ink) },
      paragraph: { spacing: { after: ptToTwip(9) } },
    }),
    paragraph(StyleId.note, 'Note', {
      basedOn: StyleId.normal,
      quickFormat: true,
      run: { size: typeScale.small, color: hex(c.muted) },
      paragraph: { spacing: { after: ptToTwip(5) } },
    }),
    ...(
      [
        [StyleId.listBullet, 'List Bullet'],
        [StyleId.listNumber, 'List Number'],
        [StyleId.listCheck, 'List Check'],
      ] as const
    ).map(([id, name]) =>
      paragraph(id, name, {
        basedOn: StyleId.normal,
        quickFormat: true,
        paragraph: { spacing: { after: ptToTwip(3) }, indent: { left: mmToTwip(6), hanging: mmToTwip(6) } },
      }),
    ),
    paragraph(StyleId.tableText, 'Table Text', {
      basedOn: StyleId.normal,
      run: { size: typeScale.body - 0.5 },
      paragraph: { spacing: { before: 0, after: ptToTwip(2), line: 264 } },
    }),
    paragraph(StyleId.tableHeading, 'Table Heading', {
      basedOn: StyleId.tableText,
      run: { bold: true, color: hex(c.onPrimary) },
      paragraph: { keepNext: true },
    }),
    paragraph(StyleId.tocHeading, 'TOC Heading', {
      basedOn: StyleId.heading1,
      next: StyleId.normal,
      paragraph: { outlineLevel: 9 },
    }),
    paragraph(StyleId.toc1, 'toc 1', {
      basedOn: StyleId.normal,
      next: StyleId.normal,
      run: { bold: true, color: hex(c.ink) },
      paragraph: { spacing: { before: ptToTwip(5), after: 0, line: 252 } },
    }),
    paragraph(StyleId.toc2, 'toc 2', {
      basedOn: StyleId.normal,
      next: StyleId.normal,
      paragraph: { spacing: { after: 0, line: 252 }, indent: { left: mmToTwip(6) } },
    }),
    ...(
      [
        [StyleId.header, 'header'],
        [StyleId.footer, 'footer'],
      ] as const
    ).map(([id, name]) =>
      paragraph(id, name, {
        basedOn: StyleId.normal,
        run: { size: typeScale.small, color: hex(c.muted) },
        paragraph: { tabs: [{ type: 'right', position: textWidth }], spacing: { after: 0 } },
      }),
    ),
    {
      type: 'character',
      id: StyleId.command,
      name: 'Command',
      basedOn: 'DefaultParagraphFont',
      run: { font: commandFont, size: typeScale.body - 1, color: hex(c.ink) },
    },
    {
      type: 'character',
      id: StyleId.strong,
      name: 'Strong',
      basedOn: 'DefaultParagraphFont',
      quickFormat: true,
      run: { bold: true },
    },
  ];
  return { defaults: { run: body, paragraph: { spacing: { after: ptToTwip(6), line: LINE } } }, styles };
}

/** A level of a list's numbering definition. */
export interface ListLevel {
  readonly format: 'bullet' | 'decimal';
  /** The bullet, or the number's pattern ("%1."). */
  readonly text: string;
  readonly indent: { readonly left: number; readonly hanging: number };
  readonly run: RunProps;
}

/** Bullets, numbers and check boxes: real Word lists, so editors can continue and restyle them. */
export function houseNumbering(theme: Theme): Readonly<Record<keyof typeof Numbering, readonly ListLevel[]>> {
  const indent = { left: mmToTwip(6), hanging: mmToTwip(6) };
  const indent2 = { left: mmToTwip(12), hanging: mmToTwip(6) };
  const color = hex(theme.colours.primaryText);
  return {
    bullet: [
      { format: 'bullet', text: '•', indent, run: { color } },
      { format: 'bullet', text: '–', indent: indent2, run: { color } },
    ],
    number: [{ format: 'decimal', text: '%1.', indent, run: { bold: true, color } }],
    check: [{ format: 'bullet', text: '☐', indent, run: { color } }],
  };
}

/**
 * The table style: thin rules between rows, cell margins, a header row in the primary colour. Tables also
 * carry their header shading directly, so readers that ignore table styles show the same.
 */
export function tableStyleXml(theme: Theme): string {
  const rule = hex(theme.colours.rule);
  const primary = hex(theme.colours.primary);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${rule}"/>`;
  return (
    `<w:style w:type="table" w:styleId="${StyleId.table}"><w:name w:val="Kit Table"/>` +
    '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0"/></w:pPr>' +
    `<w:tblPr><w:tblBorders>${border('top')}${border('bottom')}${border('insideH')}</w:tblBorders>` +
    '<w:tblCellMar><w:top w:w="85" w:type="dxa"/><w:left w:w="113" w:type="dxa"/>' +
    '<w:bottom w:w="85" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="${hex(theme.colours.onPrimary)}"/></w:rPr>` +
    `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${primary}"/></w:tcPr></w:tblStylePr></w:style>`
  );
}
