// The house style of every DOCX the kit makes: page, paragraph and character styles, list numbering, the
// table style and the language. Word styles do the page layout, so editors restyle a document in one place.
import type { INumberingOptions, IParagraphStyleOptions, IStylesOptions } from 'docx';
import { AlignmentType, LevelFormat, LineRuleType } from 'docx';
import type { Theme } from '../../theme/theme.js';
import { FONT_FAMILY } from '../../typeset/fonts.js';

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

const hex = (colour: string): string => colour.replace('#', '').toUpperCase();

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

const half = (pt: number): number => Math.round(pt * 2);

export function houseStyles(theme: Theme, language: string): IStylesOptions {
  const c = theme.colours;
  const lang = { value: wordLanguage(language) };
  const line = { line: 276, lineRule: LineRuleType.AUTO };
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: StyleId.normal,
      name: 'Normal',
      quickFormat: true,
      run: { font: documentFont, size: half(typeScale.body), color: hex(c.ink), language: lang },
      paragraph: { spacing: { after: ptToTwip(6), ...line } },
    },
    {
      id: StyleId.title,
      name: 'Title',
      basedOn: StyleId.normal,
      next: StyleId.subtitle,
      quickFormat: true,
      run: { size: half(typeScale.title), bold: true, color: hex(c.primary) },
      paragraph: {
        spacing: { before: 0, after: ptToTwip(10), line: 240, lineRule: LineRuleType.AUTO },
        keepNext: true,
      },
    },
    {
      id: StyleId.subtitle,
      name: 'Subtitle',
      basedOn: StyleId.normal,
      next: StyleId.normal,
      quickFormat: true,
      run: { size: half(typeScale.subtitle), color: hex(c.ink) },
      paragraph: { spacing: { after: ptToTwip(6) }, keepNext: true },
    },
    {
      id: StyleId.coverMeta,
      name: 'Cover Meta',
      basedOn: StyleId.normal,
      run: { size: half(typeScale.lead), color: hex(c.muted) },
      paragraph: { spacing: { after: ptToTwip(2) } },
    },
    {
      id: StyleId.heading1,
      name: 'heading 1',
      basedOn: StyleId.normal,
      next: StyleId.normal,
      quickFormat: true,
      run: { size: half(typeScale.h1), bold: true, color: hex(c.primary) },
      paragraph: {
        spacing: { before: 0, after: ptToTwip(14), line: 240, lineRule: LineRuleType.AUTO },
        keepNext: true,
        keepLines: true,
        outlineLevel: 0,
        border: { bottom: { style: 'single', size: 12, color: hex(c.accent), space: 6 } },
      },
    },
    {
      id: StyleId.heading2,
      name: 'heading 2',
      basedOn: StyleId.normal,
      next: StyleId.normal,
      quickFormat: true,
      run: { size: half(typeScale.h2), bold: true, color: hex(c.primary) },
      paragraph: {
        spacing: { before: ptToTwip(11), after: ptToTwip(3), line: 252, lineRule: LineRuleType.AUTO },
        keepNext: true,
        keepLines: true,
        outlineLevel: 1,
      },
    },
    {
      id: StyleId.heading3,
      name: 'heading 3',
      basedOn: StyleId.normal,
      next: StyleId.normal,
      quickFormat: true,
      run: { size: half(typeScale.h3), bold: true, color: hex(c.ink) },
      paragraph: {
        spacing: { before: ptToTwip(9), after: ptToTwip(2) },
        keepNext: true,
        keepLines: true,
        outlineLevel: 2,
      },
    },
    {
      id: StyleId.lead,
      name: 'Lead',
      basedOn: StyleId.normal,
      quickFormat: true,
      run: { size: half(typeScale.lead), color: hex(c.ink) },
      paragraph: { spacing: { after: ptToTwip(9) } },
    },
    {
      id: StyleId.note,
      name: 'Note',
      basedOn: StyleId.normal,
      quickFormat: true,
      run: { size: half(typeScale.small), color: hex(c.muted) },
      paragraph: { spacing: { after: ptToTwip(5) } },
    },
    ...(
      [
        [StyleId.listBullet, 'List Bullet'],
        [StyleId.listNumber, 'List Number'],
        [StyleId.listCheck, 'List Check'],
      ] as const
    ).map(([id, name]): IParagraphStyleOptions => ({
      id,
      name,
      basedOn: StyleId.normal,
      quickFormat: true,
      paragraph: { spacing: { after: ptToTwip(3) }, indent: { left: mmToTwip(6), hanging: mmToTwip(6) } },
    })),
    {
      id: StyleId.tableText,
      name: 'Table Text',
      basedOn: StyleId.normal,
      run: { size: half(typeScale.body - 0.5) },
      paragraph: { spacing: { before: 0, after: ptToTwip(2), line: 264, lineRule: LineRuleType.AUTO } },
    },
    {
      id: StyleId.tableHeading,
      name: 'Table Heading',
      basedOn: StyleId.tableText,
      run: { bold: true, color: hex(c.onPrimary) },
      paragraph: { keepNext: true },
    },
    {
      id: StyleId.tocHeading,
      name: 'TOC Heading',
      basedOn: StyleId.heading1,
      next: StyleId.normal,
      paragraph: { outlineLevel: 9 },
    },
    {
      id: StyleId.toc1,
      name: 'toc 1',
      basedOn: StyleId.normal,
      next: StyleId.normal,
      run: { bold: true, color: hex(c.ink) },
      paragraph: { spacing: { before: ptToTwip(5), after: 0, line: 252, lineRule: LineRuleType.AUTO } },
    },
    {
      id: StyleId.toc2,
      name: 'toc 2',
      basedOn: StyleId.normal,
      next: StyleId.normal,
      paragraph: {
        spacing: { after: 0, line: 252, lineRule: LineRuleType.AUTO },
        indent: { left: mmToTwip(6) },
      },
    },
    {
      id: StyleId.header,
      name: 'header',
      basedOn: StyleId.normal,
      run: { size: half(typeScale.small), color: hex(c.muted) },
      paragraph: { spacing: { after: 0 }, rightTabStop: textWidth },
    },
    {
      id: StyleId.footer,
      name: 'footer',
      basedOn: StyleId.normal,
      run: { size: half(typeScale.small), color: hex(c.muted) },
      paragraph: { spacing: { after: 0 }, rightTabStop: textWidth },
    },
  ];
  return {
    default: {
      document: {
        run: { font: documentFont, size: half(typeScale.body), color: hex(c.ink), language: lang },
        paragraph: { spacing: { after: ptToTwip(6), ...line } },
      },
    },
    paragraphStyles,
    characterStyles: [
      {
        id: StyleId.command,
        name: 'Command',
        basedOn: 'DefaultParagraphFont',
        run: { font: commandFont, size: half(typeScale.body - 1), color: hex(c.ink) },
      },
    ],
  };
}

/** Bullets, numbers and check boxes: real Word lists, so editors can continue and restyle them. */
export function houseNumbering(theme: Theme): INumberingOptions {
  const indent = { left: mmToTwip(6), hanging: mmToTwip(6) };
  const indent2 = { left: mmToTwip(12), hanging: mmToTwip(6) };
  const colour = hex(theme.colours.primary);
  return {
    config: [
      {
        reference: Numbering.bullet,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent }, run: { color: colour } },
          },
          {
            level: 1,
            format: LevelFormat.BULLET,
            text: '–',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: indent2 }, run: { color: colour } },
          },
        ],
      },
      {
        reference: Numbering.number,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent }, run: { bold: true, color: colour } },
          },
        ],
      },
      {
        reference: Numbering.check,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '☐',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent }, run: { color: colour } },
          },
        ],
      },
    ],
  };
}

/**
 * The table style (docx has no API for table styles, so it is added to styles.xml as XML): thin rules
 * between rows, cell margins, a header row in the primary colour. Tables also carry their header shading
 * directly, so readers that ignore table styles show the same.
 */
/**
 * Widow and orphan control on Normal (and so on every style based on it): docx has no style option for it,
 * and without w:widowControl Word and LibreOffice leave single lines at the top or foot of a page.
 */
export function withWidowControl(stylesXml: string): string {
  return stylesXml.replace(/(<w:style [^>]*w:styleId="Normal"[^>]*>[\s\S]*?<w:pPr>)/, '$1<w:widowControl/>');
}

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
