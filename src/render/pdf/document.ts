// A pdfkit document set up the way every PDF of the kit is: PDF 1.7, embedded subset fonts registered,
// the document language and title shown, fixed dates (so the same input gives the same bytes), tagged
// when asked, and XMP metadata that stays well-formed XML whatever the texts contain.
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import type PDFKit from 'pdfkit';
import { escapeXml } from '../../markup.js';
import type { FontSet } from '../../typeset/fonts.js';
import { registerFonts } from './draw.js';

const require = createRequire(import.meta.url);

/**
 * pdfkit requires fontkit as it loads, to parse the font files it may be given as bytes. We give it font
 * sources of our own (shaper.ts), so fontkit would only cost loading: about 0.1 s of the worker's start,
 * decompressing its unicode and brotli tables. pdfkit gets a stand-in instead, which says so if asked.
 */
function withoutFontkit(): void {
  const fontkit = require.resolve('fontkit', { paths: [path.dirname(require.resolve('pdfkit'))] });
  if (require.cache[fontkit]) return;
  const standIn = new Module(fontkit);
  standIn.filename = fontkit;
  standIn.loaded = true;
  standIn.exports = {
    create: () => {
      throw new Error('dts gives pdfkit its own font sources (render/pdf/shaper.ts), not font files');
    },
  };
  require.cache[fontkit] = standIn;
}

// pdfkit's CommonJS build: it and its dependencies load faster than the ES module build, on the worker's
// path to its first PDF (measured with DTS_TIMINGS); the same code, the same bytes.
withoutFontkit();
const PDFDocument = require('pdfkit') as typeof PDFKit;

export type Doc = InstanceType<typeof PDFDocument>;

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
  const internal = doc as unknown as { _addInfo: () => void; info: Record<string, unknown> };
  const addInfo = internal._addInfo.bind(doc);
  internal._addInfo = () => {
    const plain = internal.info;
    internal.info = Object.fromEntries(
      Object.entries(plain).map(([key, value]) => [key, typeof value === 'string' ? xmpText(value) : value]),
    );
    try {
      addInfo();
    } finally {
      internal.info = plain;
    }
  };
}

/** XML escaping for the XMP packet, apostrophes too. */
function xmpText(text: string): string {
  return escapeXml(text).replace(/'/g, '&apos;');
}
