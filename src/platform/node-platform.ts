// The platform as Node has it: native zlib (deflate, inflate, CRC-32), node:crypto, node:path, and the
// CommonJS builds of hyphen and pdfkit (which load faster than their ES module builds, measured with
// DTS_TIMINGS; the same code, the same bytes).
import { createHash } from 'node:crypto';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type PDFKit from 'pdfkit';
import { create } from './fontkit-stand-in.js';
import type { CreateHyphenator, Platform } from './platform.js';

const require = createRequire(import.meta.url);

/** pdfkit with the fontkit stand-in put in require's cache before pdfkit asks for fontkit. */
function loadPdfkit(): { PDFDocument: typeof PDFKit; version: string } {
  const pdfkitMain = require.resolve('pdfkit');
  const fontkit = require.resolve('fontkit', { paths: [path.dirname(pdfkitMain)] });
  if (!require.cache[fontkit]) {
    const standIn = new Module(fontkit);
    standIn.filename = fontkit;
    standIn.loaded = true;
    standIn.exports = { create };
    require.cache[fontkit] = standIn;
  }
  const PDFDocument = require('pdfkit') as typeof PDFKit;
  const { version } = require(path.join(path.dirname(pdfkitMain), '..', 'package.json')) as {
    version: string;
  };
  return { PDFDocument, version };
}

let pdfkit: ReturnType<typeof loadPdfkit> | undefined;

export function nodePlatform(): Platform {
  return {
    name: 'node',
    deflateRaw: (data, options) => deflateRawSync(data, options),
    inflateRaw: (data, maxOutputLength) => inflateRawSync(data, { maxOutputLength }),
    crc32: (data) => crc32(data),
    sha256Hex: (data) => createHash('sha256').update(data).digest('hex'),
    path,
    hyphenator: () => require('hyphen/hyphen.js') as CreateHyphenator,
    pdfkit: () => (pdfkit ??= loadPdfkit()),
  };
}
