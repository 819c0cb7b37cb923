// The platform in a browser (the "Make your own kit" page's Web Worker): fflate for raw deflate and
// inflate, a table CRC-32, @noble/hashes for SHA-256, POSIX paths, and hyphen and pdfkit bundled with
// the worker. pdfkit's browser build deflates its streams with fflate too, so PDF objects and OOXML
// parts are the same as the CLI's after inflating, not the same deflated bytes (Node's zlib is another
// deflate; see README "The in-browser build").
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import { deflateSync, inflateSync } from 'fflate';
import createHyphenator from 'hyphen/hyphen.js';
import * as pdfkitModule from 'pdfkit';
import Helvetica from 'pdfkit/standard-fonts/Helvetica';
import type PDFKit from 'pdfkit';
import type { CreateHyphenator, Platform } from './platform.js';
import { posixPath } from './posix-path.js';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// pdfkit's browser build knows the standard fonts only once registered; Helvetica is the one we use (every
// document's default, and the form fields': render/pdf/form.ts). Node's build loads it from the same data.
let registered = false;
function pdfkit(): { PDFDocument: typeof PDFKit } {
  const module = pdfkitModule as unknown as {
    default: typeof PDFKit;
    registerStdFonts?: (...fonts: unknown[]) => void;
  };
  if (!registered) module.registerStdFonts?.(Helvetica);
  registered = true;
  return { PDFDocument: module.default };
}

const asBuffer = (data: Uint8Array): Buffer => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

export function browserPlatform(): Platform {
  return {
    name: 'browser',
    deflateRaw: (data, { level }) => asBuffer(deflateSync(data, { level: level as 6 })),
    inflateRaw: (data, maxOutputLength) => {
      const out = inflateSync(data, { out: new Uint8Array(maxOutputLength) });
      return asBuffer(out);
    },
    crc32,
    sha256Hex: (data) => bytesToHex(sha256(typeof data === 'string' ? new TextEncoder().encode(data) : data)),
    path: posixPath,
    hyphenator: () => createHyphenator as unknown as CreateHyphenator,
    pdfkit,
  };
}
