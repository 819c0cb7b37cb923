// The platform seam: what the render path needs that Node and a browser provide differently (raw
// deflate and inflate, CRC-32, SHA-256, file paths, loading the hyphenator and pdfkit). Each shell installs
// one implementation before anything renders: the CLI, the render worker, the test setup and the scripts
// the Node one (node-platform.ts), the in-browser build the browser one (browser-platform.ts). Like the
// asset seam (workspace/assets.ts), this module has no Node imports, so everything that uses it runs anywhere.
import type PDFKit from 'pdfkit';

/** The part of Node's `path` the program uses; the browser's is POSIX (posix-path.ts). */
export interface PathModule {
  readonly sep: string;
  join(...parts: string[]): string;
  resolve(...parts: string[]): string;
  relative(from: string, to: string): string;
  dirname(p: string): string;
  basename(p: string, suffix?: string): string;
  extname(p: string): string;
  isAbsolute(p: string): boolean;
  normalize(p: string): string;
}

/** The `hyphen` package's factory: patterns in, a hyphenating function out. */
export type CreateHyphenator = (
  patterns: unknown,
) => (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

export interface Platform {
  /** Which implementation this is (for messages and tests). */
  readonly name: 'node' | 'browser';
  /** Raw deflate (no zlib header), zlib's `level` and `windowBits`. */
  deflateRaw(data: Uint8Array, options: { readonly level: number; readonly windowBits: number }): Uint8Array;
  /** Raw inflate of at most `maxOutputLength` bytes. */
  inflateRaw(data: Uint8Array, maxOutputLength: number): Uint8Array;
  /** The CRC-32 of zip and PNG (IEEE 802.3). */
  crc32(data: Uint8Array): number;
  /** SHA-256 in lower-case hex; text is hashed as UTF-8. */
  sha256Hex(data: string | Uint8Array): string;
  readonly path: PathModule;
  /** The `hyphen` package's hyphenator factory, loaded on first use. */
  hyphenator(): CreateHyphenator;
  /** pdfkit's document class (fontkit replaced by a stand-in: see pdfkit.ts) and its installed version (the
   * browser bundle does not know it: it is made from the package the contract test checks on Node). */
  pdfkit(): { readonly PDFDocument: typeof PDFKit; readonly version?: string };
}

let installed: Platform | undefined;

/** Called once by each shell before anything is rendered (see the list at the top). */
export function installPlatform(platform: Platform): void {
  installed = platform;
}

export function platform(): Platform {
  if (!installed) throw new Error('no platform installed (call installPlatform first; see src/platform/)');
  return installed;
}
