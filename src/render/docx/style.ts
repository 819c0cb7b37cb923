// The house style of every DOCX the kit makes, as data in points: the page, paragraph and character styles,
// list numbering, the table style and the language. Word styles do the page layout, so editors restyle a
// document in one place. The layout pass (layout.ts) and the page model (pages.ts) read it; the writers
// (styles-part.ts, numbering-part.ts) turn it into WordprocessingML, converting to Word's units there.
import type { Theme } from '../../theme/theme.js';
import { FONT_FAMILY } from '../../typeset/fonts.js';
import type { Mm, Pt } from '../units.js';
import { mmToPt, onTwipGrid } from '../units.js';
import type { ParagraphFormat, RunFormat } from './laid-out.js';
import { hex } from '../ooxml/xml.js';

/** A4 with 25 mm side margins, as given; `page` is the same on Word's grid of whole twips. */
const paper = {
  width: 210,
  height: 297,
  top: 22,
  bottom: 20,
  left: 25,
  right: 25,
  header: 11,
  footer: 10,
} as const satisfies Record<string, Mm>;

/** The page and its margins, in points, each as Word stores it (whole twips). */
export interface PageGeometry {
  readonly width: Pt;
  readonly height: Pt;
  readonly top: Pt;
  readonly bottom: Pt;
  readonly left: Pt;
  readonly right: Pt;
  readonly header: Pt;
  readonly footer: Pt;
}

/** The text block every DOCX of the kit is laid out in. */
export const page: PageGeometry = {
  width: onTwipGrid(mmToPt(paper.width)),
  height: onTwipGrid(mmToPt(paper.height)),
  top: onTwipGrid(mmToPt(paper.top)),
  bottom: onTwipGrid(mmToPt(paper.bottom)),
  left: onTwipGrid(mmToPt(paper.left)),
  right: onTwipGrid(mmToPt(paper.right)),
  header: onTwipGrid(mmToPt(paper.header)),
  footer: onTwipGrid(mmToPt(paper.footer)),
};

/** The text block's width and height: whole twips, as Word works them out from the page and its margins. */
export const textWidth: Pt = onTwipGrid(page.width - page.left - page.right);
export const textHeight: Pt = onTwipGrid(page.height - page.top - page.bottom);

/** The hanging indent of list items (and the indent of second-level contents entries). */
export const listIndent: Pt = mmToPt(6);

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
  readonly paragraph?: ParagraphFormat;
  readonly run?: RunFormat;
}

export interface HouseStyles {
  /** The document defaults (w:docDefaults): what every style and paragraph starts from. */
  readonly defaults: { readonly run: RunFormat; readonly paragraph: ParagraphFormat };
  readonly styles: readonly StyleDefinition[];
}

const LINE = 276;

export function houseStyles(theme: Theme, language: string): HouseStyles {
  const c = theme.colours;
  const lang = wordLanguage(language);
  const body: RunFormat = { font: documentFont, size: typeScale.body, color: hex(c.ink), lang };
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
      paragraph: { widowControl: true, spacing: { after: 6, line: LINE } },
    }),
    paragraph(StyleId.title, 'Title', {
      basedOn: StyleId.normal,
      next: StyleId.subtitle,
      quickFormat: true,
      run: { size: typeScale.title, bold: true, color: hex(c.primaryText) },
      paragraph: { keepNext: true, spacing: { before: 0, after: 10, line: 240 } },
    }),
    paragraph(StyleId.subtitle, 'Subtitle', {
      basedOn: StyleId.normal,
      next: StyleId.normal,
      quickFormat: true,
      run: { size: typeScale.subtitle, color: hex(c.ink) },
      paragraph: { keepNext: true, spacing: { after: 6 } },
    }),
    paragraph(StyleId.coverMeta, 'Cover Meta', {
      basedOn: StyleId.normal,
      run: { size: typeScale.lead, color: hex(c.muted) },
      paragraph: { spacing: { after: 2 } },
    }),
    paragraph(StyleId.heading1, 'heading 1', {
      basedOn: StyleId.normal,
      next: StyleId.normal,
      quickFormat: true,
      run: { size: typeScale.h1, bold: true, color: hex(c.primaryText) },
      paragraph: {
        keepNext: true,
        keepLines: true,
        border: { bottom: { style: 'single', width: 1.5, color: hex(c.accent), space: 6 } },
        spacing: { before: 0, after: 14, line: 240 },
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
        spacing: { before: 11, after: 3, line: 252 },
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
        spacing: { before: 9, after: 2 },
        outlineLevel: 2,
      },
    }),
    paragraph(StyleId.lead, 'Lead', {
      basedOn: StyleId.normal,
      quickFormat: true,
      run: { size: typeScale.lead, color: hex(c.ink) },
      paragraph: { spacing: { after: 9 } },
    }),
    paragraph(StyleId.note, 'Note', {
      basedOn: StyleId.normal,
      quickFormat: true,
      run: { size: typeScale.small, color: hex(c.muted) },
      paragraph: { spacing: { after: 5 } },
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
        paragraph: { spacing: { after: 3 }, indent: { left: listIndent, hanging: listIndent } },
      }),
    ),
    paragraph(StyleId.tableText, 'Table Text', {
      basedOn: StyleId.normal,
      run: { size: typeScale.body - 0.5 },
      paragraph: { spacing: { before: 0, after: 2, line: 264 } },
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
      paragraph: { spacing: { before: 5, after: 0, line: 252 } },
    }),
    paragraph(StyleId.toc2, 'toc 2', {
      basedOn: StyleId.normal,
      next: StyleId.normal,
      paragraph: { spacing: { after: 0, line: 252 }, indent: { left: listIndent } },
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
  return { defaults: { run: body, paragraph: { spacing: { after: 6, line: LINE } } }, styles };
}

/** A level of a list's numbering definition. */
export interface ListLevel {
  readonly format: 'bullet' | 'decimal';
  /** The bullet, or the number's pattern ("%1."). */
  readonly text: string;
  readonly indent: { readonly left: Pt; readonly hanging: Pt };
  readonly run: RunFormat;
}

/** Bullets, numbers and check boxes: real Word lists, so editors can continue and restyle them. */
export function houseNumbering(theme: Theme): Readonly<Record<keyof typeof Numbering, readonly ListLevel[]>> {
  const indent = { left: listIndent, hanging: listIndent };
  const indent2 = { left: mmToPt(12), hanging: listIndent };
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

/** The house table style, as data: styles-part.ts writes it (w:tblStyle), the page model reads its margins. */
export interface TableStyle {
  readonly id: string;
  readonly name: string;
  /** The rule between rows and above and below the table (RRGGBB), half a point wide. */
  readonly rule: string;
  readonly ruleWidth: Pt;
  /** The header row: its shading and its text colour. */
  readonly headerFill: string;
  readonly headerColour: string;
  /** Cell margins. */
  readonly cellMargins: { readonly top: Pt; readonly left: Pt; readonly bottom: Pt; readonly right: Pt };
}

/**
 * The table style: thin rules between rows, cell margins, a header row in the primary colour. Tables also
 * carry their header shading directly (layout.ts), so readers that ignore table styles show the same.
 */
export function tableStyle(theme: Theme): TableStyle {
  return {
    id: StyleId.table,
    name: 'Kit Table',
    rule: hex(theme.colours.rule),
    ruleWidth: 0.5,
    headerFill: hex(theme.colours.primary),
    headerColour: hex(theme.colours.onPrimary),
    cellMargins: { top: 4.25, left: 5.65, bottom: 4.25, right: 5.65 },
  };
}
