// The one module that reaches into pdfkit's private API. pdfkit is pinned to the exact version below in
// package.json; `pdfkitContract()` lists what of its insides this module relies on, and a test
// (tests/render/pdfkit-contract.test.ts) fails with that list when an upgrade changes any of it.
import type PDFKit from 'pdfkit';
import { platform } from '../../platform/platform.js';

/** The pdfkit version this adapter was written against (and package.json pins). */
export const PDFKIT_VERSION = '0.20.2';

// pdfkit as the platform loads it (src/platform/): on Node its CommonJS build, which loads faster than the
// ES module build on the worker's path to its first PDF (measured with DTS_TIMINGS), in the browser its
// browser build bundled with the worker. On both, pdfkit gets a stand-in for fontkit, which it requires as
// it loads to parse font files we never give it (we give it font sources of our own, shaper.ts): fontkit
// would only cost about 0.1 s of the worker's start (platform/fontkit-stand-in.ts).
// Looked up when the first document is made, not when this module loads, so importing a renderer never
// depends on the order in which a shell installs the platform and imports its modules.
export const PDFDocument = function PDFDocument(options?: PDFKit.PDFDocumentOptions) {
  return new (platform().pdfkit().PDFDocument)(options);
} as unknown as typeof PDFKit;

export type Doc = InstanceType<typeof PDFDocument>;

/** What of pdfkit's insides we use, typed as this version has them. */
interface Internals {
  info: Record<string, unknown>;
  _addInfo(): void;
  _fragment(text: string, x: number, y: number, options: Record<string, unknown>): void;
  _font: { id: string; encode?: unknown };
  _fieldDict(name: string, type: string, options: Record<string, unknown>): Record<string, unknown>;
  _addToParent(ref: unknown): void;
  page: { annotations: unknown[] };
}

const internals = (doc: Doc) => doc as unknown as Internals;

/**
 * Runs `transform` over the document info just for pdfkit's XMP step (`_addInfo` writes the info
 * dictionary and then pastes the same values into the XMP packet); the dictionary keeps the plain values.
 */
export function transformInfoForXmp(
  doc: Doc,
  transform: (info: Record<string, unknown>) => Record<string, unknown>,
): void {
  const internal = internals(doc);
  const addInfo = internal._addInfo.bind(doc);
  internal._addInfo = () => {
    const plain = internal.info;
    internal.info = transform(plain);
    try {
      addInfo();
    } finally {
      internal.info = plain;
    }
  };
}

/**
 * pdfkit's one-line text writer, what `doc.text()` ends in after wrapping and measuring: for lines that
 * are broken and measured already.
 */
export function writeLine(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  options: { readonly textWidth: number; readonly wordCount: number },
): void {
  internals(doc)._fragment(text, x, y, { baseline: 'alphabetic', ...options });
}

/** The embedded font object of the current font (after `doc.font(...)`), as pdfkit keeps it. */
export function currentFont<Font extends object>(doc: object): Font {
  return (doc as unknown as Internals)._font as unknown as Font;
}

/** A form field's dictionary as pdfkit's `formField` starts it, for fields with options it lacks. */
export function fieldDictionary(
  doc: Doc,
  name: string,
  type: 'text',
  options: Record<string, unknown>,
): Record<string, unknown> {
  return internals(doc)._fieldDict(name, type, options);
}

/** Adds the page's newest annotation to the form's field tree (as pdfkit's `formField` does). */
export function addLastAnnotationToForm(doc: Doc): void {
  const internal = internals(doc);
  internal._addToParent(internal.page.annotations[internal.page.annotations.length - 1]);
}

/**
 * What this adapter relies on, checked on a fresh document: an empty list when the installed pdfkit is
 * the one it was written for, else one line per difference.
 */
export function pdfkitContract(): string[] {
  const problems: string[] = [];
  const installed = platform().pdfkit().version;
  if (installed !== undefined && installed !== PDFKIT_VERSION)
    problems.push(
      `pdfkit ${installed} is installed; src/render/pdf/pdfkit.ts was written for ${PDFKIT_VERSION}`,
    );
  const doc = new (platform().pdfkit().PDFDocument)({ autoFirstPage: false });
  doc.addPage({ size: 'A4', margin: 0 });
  const internal = doc as unknown as Record<string, unknown>;
  for (const method of ['_addInfo', '_fragment', '_fieldDict', '_addToParent']) {
    if (typeof internal[method] !== 'function') problems.push(`doc.${method} is no longer a method`);
  }
  if (!(internal.info && typeof internal.info === 'object')) problems.push('doc.info is no longer an object');
  doc.font('Helvetica');
  const font = internal._font as { id?: unknown; encode?: unknown } | undefined;
  if (typeof font?.id !== 'string') problems.push("doc._font.id (the current font's resource name) is gone");
  if (typeof font?.encode !== 'function') problems.push('doc._font.encode(text) is gone');
  const page = internal.page as { annotations?: unknown } | undefined;
  if (!Array.isArray(page?.annotations)) problems.push('doc.page.annotations is no longer an array');
  doc.initForm();
  const dict = (internal._fieldDict as Internals['_fieldDict']).call(doc, 'probe', 'text', {});
  if (!(dict && typeof dict === 'object' && 'T' in dict))
    problems.push('doc._fieldDict(name, type, options) no longer returns a field dictionary with /T');
  return problems;
}
