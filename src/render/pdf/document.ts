// A pdfkit document set up the way every PDF of the kit is: PDF 1.7, embedded subset fonts registered,
// the document language and title shown, fixed dates (so the same input gives the same bytes), tagged
// when asked, and XMP metadata that stays well-formed XML whatever the texts contain.
import { escapeXml } from '../../markup.js';
import type { FontSet } from '../../typeset/fonts.js';
import { registerFonts } from './draw.js';
import type { Doc } from './pdfkit.js';
import { PDFDocument, transformInfoForXmp } from './pdfkit.js';

export type { Doc } from './pdfkit.js';

export interface PdfMetadata {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly keywords: string;
  /** BCP 47 language code: the document's /Lang. */
  readonly language: string;
}

export interface DocumentOptions {
  /** Tagged PDF (structure tree) for screen readers. */
  readonly tagged: boolean;
  readonly fonts: FontSet;
}

export function createDocument(meta: PdfMetadata, date: Date, options: DocumentOptions): Doc {
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    compress: true,
    tagged: options.tagged,
    lang: meta.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: meta.author,
      Keywords: meta.keywords,
      Creator: 'dts (Data Team Start kit generator)',
      Producer: 'dts with PDFKit',
      CreationDate: date,
      ModDate: date,
    },
  });
  escapeXmp(doc);
  registerFonts(doc, options.fonts);
  return doc;
}

/**
 * pdfkit pastes the document info into its XMP packet without escaping, so a credit line such as
 * "A&O-fonds" makes the metadata invalid XML. The info dictionary itself is written before the XMP, so
 * the XMP step gets an escaped copy and the dictionary keeps the plain texts.
 */
function escapeXmp(doc: Doc): void {
  transformInfoForXmp(doc, (info) =>
    Object.fromEntries(
      Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? xmpText(value) : value]),
    ),
  );
}

/** XML escaping for the XMP packet, apostrophes too. */
function xmpText(text: string): string {
  return escapeXml(text).replace(/'/g, '&apos;');
}
