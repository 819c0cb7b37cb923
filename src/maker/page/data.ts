// What `dts site` writes into the "Make your own kit" page for its script: the page's words, the kits and
// languages to choose from, the kit's own colours and the caps on uploaded files. Plain JSON in a
// <script type="application/json"> element, so the page needs no YAML and no request at run time.
import type { DownloadTexts } from '../../content/schema/download.js';
import type { MakerTexts } from '../../content/schema/maker.js';

export interface MakerPageKit {
  readonly id: string;
  /** The kit's title in the page's language (else in its source language). */
  readonly title: string;
  /** The kit's `download:` texts in the page's language: the files' labels for the progress line. */
  readonly download: DownloadTexts;
}

export interface MakerPageData {
  /** The page's language: its words, and the language of the messages the worker sends. */
  readonly language: string;
  readonly texts: MakerTexts;
  /** Every language of the kits, by its code, with its name in itself (Nederlands, English). */
  readonly languages: readonly { readonly code: string; readonly name: string }[];
  readonly kits: readonly MakerPageKit[];
  /** The kit's own colours, kept where the brand gives none. */
  readonly kitColours: { readonly primary: string; readonly accent: string; readonly ink: string };
  /** The CLI's caps, in bytes: the logo (FILE_LIMITS.logo) and the brand file (FILE_LIMITS.brand). */
  readonly limits: { readonly logo: number; readonly brand: number };
  /** The Web Worker's script, relative to the page. */
  readonly worker: string;
  /** The service worker's script, beside the page. */
  readonly offline: string;
}

/** The id of the element holding the data. */
export const DATA_ELEMENT = 'maker-data';

/** JSON that is safe inside a <script> element: no "</script>", no "<!--". */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
