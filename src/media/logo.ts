// Logos prepared once: orientation from EXIF applied, SVG rasterised, flattened on white, a pixel limit
// against decompression bombs, SVGs that fetch external files refused. The same code on the CLI and in the
// browser (raster.ts: JavaScript and WebAssembly, no libvips), so both make the same PNG file. Renderers get
// PNG bytes; each checks, where it places the logo, that it prints sharp there (logoResolution).
import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/messages.js';
import type { RasterFormat } from './raster.js';
import {
  decodeRaster,
  flattenOnWhite,
  PixelLimitError,
  pngFile,
  rasterFormat,
  rasterSize,
  rasteriseSvg,
} from './raster.js';

export interface PreparedLogo {
  readonly png: Buffer;
  readonly widthPx: number;
  readonly heightPx: number;
  /** The source was a vector graphic (resolution-independent). */
  readonly vector: boolean;
}

/** About 50 megapixels: far more than any logo needs, far less than a decompression bomb. */
export const LOGO_PIXEL_LIMIT = 50_000_000;
/** SVGs are rasterised to this width: enough for an A0 header at 300 dpi. */
const SVG_RASTER_WIDTH = 2400;

/** A logo that cannot be used: a `bad-image` diagnostic without a place (the brand file knows it). */
export type LogoResult = { ok: true; logo: PreparedLogo } | { ok: false; problem: Diagnostic };

/**
 * Whether the bytes are an SVG document, by content alone: after a BOM, white space, the XML
 * declaration, processing instructions, comments and a DOCTYPE, the root element is `svg`.
 */
export function sniffSvg(bytes: Buffer): boolean {
  let text = bytes.subarray(0, 64 * 1024).toString('utf8');
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  for (;;) {
    text = text.trimStart();
    if (text.startsWith('<?')) {
      const end = text.indexOf('?>');
      if (end < 0) return false;
      text = text.slice(end + 2);
    } else if (text.startsWith('<!--')) {
      const end = text.indexOf('-->');
      if (end < 0) return false;
      text = text.slice(end + 3);
    } else if (/^<!DOCTYPE/i.test(text)) {
      const subset = text.indexOf('[');
      const close = text.indexOf('>');
      const end = subset >= 0 && subset < close ? text.indexOf(']', subset) : close;
      if (end < 0) return false;
      text = text.slice(text.indexOf('>', end) + 1 || text.length);
    } else {
      return /^<(?:[\w.-]+:)?svg[\s/>]/.test(text);
    }
  }
}

/** Why an SVG cannot be used as it is, when it reaches outside itself; undefined when it does not. */
export function externalReference(svg: string): string | undefined {
  if (/<!ENTITY/i.test(svg)) return 'an XML entity declaration';
  if (/<\?xml-stylesheet/i.test(svg)) return 'an external style sheet';
  if (/@import/i.test(svg)) return 'a style @import';
  const href = svg.match(/(?:[\w-]+:)?(?:href|src)\s*=\s*(["'])\s*(?!#|data:)(.*?)\1/is);
  if (href) return href[2] ?? '';
  const url = svg.match(/url\(\s*(["']?)\s*(?!#|data:)([^)"']*)\1\s*\)/i);
  if (url) return url[2] ?? '';
  return undefined;
}

const tooLarge = (): LogoResult => ({
  ok: false,
  problem: diagnostic('bad-image/too-many-pixels', { megapixels: LOGO_PIXEL_LIMIT / 1_000_000 }),
});
/** A decoder's own words, without the trailing colon some give when they have no detail to add. */
const decoderReason = (message: string): string => message.trim().replace(/[:\s]+$/, '');

const unreadable = (reason: string): LogoResult => ({
  ok: false,
  problem: diagnostic('bad-image/unreadable', { reason }),
});

/** The content decides what the file is, never its name. */
export async function prepareLogo(bytes: Buffer): Promise<LogoResult> {
  const isSvg = sniffSvg(bytes);
  if (isSvg) {
    const svg = bytes.toString('utf8');
    const external = externalReference(svg);
    if (external !== undefined) {
      return { ok: false, problem: diagnostic('bad-image/external', { reference: external }) };
    }
    try {
      const pixels = await rasteriseSvg(svg, SVG_RASTER_WIDTH, LOGO_PIXEL_LIMIT);
      return prepared(pixels, true);
    } catch (error) {
      if (error instanceof PixelLimitError) return tooLarge();
      return {
        ok: false,
        problem: diagnostic('bad-image/unreadable-svg', { reason: decoderReason((error as Error).message) }),
      };
    }
  }
  const format = rasterFormat(bytes);
  if (format === undefined) return unreadable('not a format dts knows');
  if (!['png', 'jpeg', 'webp'].includes(format))
    return { ok: false, problem: diagnostic('bad-image/format', { format }) };
  try {
    const { width, height } = rasterSize(bytes, format as RasterFormat);
    if (width * height > LOGO_PIXEL_LIMIT) return tooLarge();
    return prepared(await decodeRaster(bytes, format as RasterFormat, LOGO_PIXEL_LIMIT), false);
  } catch (error) {
    const reason = decoderReason((error as Error).message);
    if (/resolution|pixel limit/i.test(reason)) return tooLarge();
    return unreadable(reason);
  }
}

/** Flattened onto white: it sits on a white plate anyway, and PNGs without transparency embed
 * deterministically in pdfkit (as the image data itself, not re-deflated). */
function prepared(pixels: Parameters<typeof flattenOnWhite>[0], vector: boolean): LogoResult {
  const png = pngFile(pixels.width, pixels.height, flattenOnWhite(pixels));
  return { ok: true, logo: { png, widthPx: pixels.width, heightPx: pixels.height, vector } };
}

/** Effective resolution of a logo printed `widthPt` points wide. */
export function effectiveDpi(logo: Pick<PreparedLogo, 'widthPx'>, widthPt: number): number {
  return logo.widthPx / (widthPt / 72);
}

/** Below this, a raster logo prints visibly blurred. */
export const MIN_LOGO_DPI = 150;

/** Where an artefact places the logo: which artefact, in which language, how wide it prints. */
export interface LogoPlacement {
  /** As the messages say it: "handbook cover", "A2 portrait poster", "deck title slide". */
  readonly artefact: string;
  readonly language: string;
  readonly widthPt: number;
}

/**
 * The `low-resolution` warning for a logo placed `placement.widthPt` wide, or undefined when it prints
 * sharp (an SVG always does). One helper for every artefact, so the message and the advice are the same.
 */
export function logoResolution(
  logo: Pick<PreparedLogo, 'widthPx' | 'vector'> & { readonly origin?: SourcePosition },
  placement: LogoPlacement,
): Diagnostic | undefined {
  const dpi = effectiveDpi(logo, placement.widthPt);
  if (logo.vector || dpi >= MIN_LOGO_DPI) return undefined;
  const mm = ((placement.widthPt / 72) * 25.4).toFixed(0);
  return diagnostic(
    'low-resolution',
    {
      dpi: Math.round(dpi),
      artefact: placement.artefact,
      language: placement.language,
      widthPx: logo.widthPx,
      mm,
      minDpi: MIN_LOGO_DPI,
      neededPx: Math.ceil((MIN_LOGO_DPI * placement.widthPt) / 72),
    },
    { ...logo.origin, field: 'logo' },
  );
}
