// Logos decoded, turned and flattened by the same JavaScript and WebAssembly on the CLI and in the browser,
// so the prepared PNG is the same file on both (the in-browser build's files must equal the CLI's): PNG
// with fast-png, JPEG with jpeg-js, WebP with libwebp (@jsquash/webp), SVG with resvg (@resvg/resvg-wasm),
// and the result written by fast-png, whose deflate (fflate) is JavaScript on both sides too. The two
// WebAssembly modules are program data read through the asset seam (wasm/…), like the fonts.
import { decode as decodePng, encode as encodePng } from 'fast-png';
import jpeg from 'jpeg-js';
import type * as ResvgModule from '@resvg/resvg-wasm';
import { readAsset } from '../workspace/assets.js';
import type { Pixels } from './exif.js';
import { jpegExif, orient, pngChunk, tiffOrientation, webpChunk } from './exif.js';

export type RasterFormat = 'png' | 'jpeg' | 'webp';

/** The raster format by its signature; other known formats by name (for the message), else undefined. */
export function rasterFormat(bytes: Uint8Array): RasterFormat | string | undefined {
  const ascii = (from: number, to: number) => new TextDecoder('latin1').decode(bytes.subarray(from, to));
  if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  if (ascii(0, 2) === 'BM') return 'bmp';
  if (ascii(4, 8) === 'ftyp') return /avif|avis/.test(ascii(8, 12)) ? 'avif' : 'heif';
  if (ascii(0, 4) === '%PDF') return 'pdf';
  return undefined;
}

/** Width and height from the file's header, before anything is decoded (the pixel limit is checked first). */
export function rasterSize(bytes: Uint8Array, format: RasterFormat): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (format === 'png') return { width: view.getUint32(16), height: view.getUint32(20) };
  if (format === 'jpeg') {
    for (let at = 2; at + 9 <= bytes.length && bytes[at] === 0xff;) {
      const marker = bytes[at + 1]!;
      const length = view.getUint16(at + 2);
      // SOF0–SOF15, without DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
        return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
      at += 2 + length;
    }
    throw new Error('the JPEG has no frame header');
  }
  const vp8x = webpChunk(bytes, 'VP8X');
  if (vp8x && vp8x.length >= 10) {
    const u24 = (i: number) => vp8x[i]! | (vp8x[i + 1]! << 8) | (vp8x[i + 2]! << 16);
    return { width: u24(4) + 1, height: u24(7) + 1 };
  }
  const lossless = webpChunk(bytes, 'VP8L');
  if (lossless && lossless.length >= 5) {
    const bits = new DataView(lossless.buffer, lossless.byteOffset + 1, 4).getUint32(0, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  const lossy = webpChunk(bytes, 'VP8 ');
  if (lossy && lossy.length >= 10) {
    const v = new DataView(lossy.buffer, lossy.byteOffset, lossy.byteLength);
    return { width: v.getUint16(6, true) & 0x3fff, height: v.getUint16(8, true) & 0x3fff };
  }
  throw new Error('the WebP has no image header');
}

/** fast-png's decoded image as RGBA, 8 bits a channel (16-bit samples rounded, palettes looked up). */
function pngPixels(bytes: Uint8Array): Pixels {
  const png = decodePng(bytes);
  const { width, height, channels, depth, data } = png;
  const rgba = new Uint8Array(width * height * 4);
  const max = (1 << depth) - 1;
  const sample = (i: number) => {
    const v = data[i]!;
    return depth === 8 ? v : depth === 16 ? Math.round(v / 257) : Math.round((v * 255) / max);
  };
  if (png.palette) {
    for (let p = 0; p < width * height; p++) {
      const entry = png.palette[data[p]!] ?? [0, 0, 0];
      rgba.set([entry[0] ?? 0, entry[1] ?? 0, entry[2] ?? 0, entry[3] ?? 255], p * 4);
    }
    return { width, height, rgba };
  }
  // tRNS for grey or RGB: the one sample value that is transparent.
  const key = png.transparency;
  for (let p = 0; p < width * height; p++) {
    const at = p * channels;
    const grey = channels <= 2;
    const r = sample(at);
    const g = grey ? r : sample(at + 1);
    const b = grey ? r : sample(at + 2);
    let a = channels === 2 ? sample(at + 1) : channels === 4 ? sample(at + 3) : 255;
    if (key && (channels === 1 || channels === 3)) {
      const same = grey
        ? data[at] === key[0]
        : data[at] === key[0] && data[at + 1] === key[1] && data[at + 2] === key[2];
      if (same) a = 0;
    }
    rgba.set([r, g, b, a], p * 4);
  }
  return { width, height, rgba };
}

function jpegPixels(bytes: Uint8Array, pixelLimit: number): Pixels {
  const image = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    maxResolutionInMP: pixelLimit / 1_000_000,
    maxMemoryUsageInMB: 1024,
  });
  return { width: image.width, height: image.height, rgba: new Uint8Array(image.data) };
}

let webpReady: Promise<
  (bytes: ArrayBuffer) => Promise<{ width: number; height: number; data: Uint8ClampedArray }>
>;

function webpDecoder() {
  webpReady ??= (async () => {
    const { default: decode, init } = await import('@jsquash/webp/decode.js');
    // Emscripten instantiates the module from these bytes itself (its `wasmBinary` option).
    await init({ wasmBinary: readAsset('wasm/webp_dec.wasm') });
    return decode;
  })();
  return webpReady;
}

async function webpPixels(bytes: Uint8Array): Promise<Pixels> {
  const decode = await webpDecoder();
  const image = await decode(Uint8Array.from(bytes).buffer);
  return { width: image.width, height: image.height, rgba: new Uint8Array(image.data.buffer) };
}

/** The image decoded to RGBA and turned as its EXIF orientation says. */
export async function decodeRaster(
  bytes: Uint8Array,
  format: RasterFormat,
  pixelLimit: number,
): Promise<Pixels> {
  if (format === 'png') {
    const exif = pngChunk(bytes, 'eXIf');
    return orient(pngPixels(bytes), exif ? tiffOrientation(exif) : 1);
  }
  if (format === 'jpeg') {
    const exif = jpegExif(bytes);
    return orient(jpegPixels(bytes, pixelLimit), exif ? tiffOrientation(exif) : 1);
  }
  const exif = webpChunk(bytes, 'EXIF');
  // Some writers keep the "Exif\0\0" header of JPEG's APP1 in the chunk.
  const tiff =
    exif && new TextDecoder('latin1').decode(exif.subarray(0, 6)) === 'Exif\0\0' ? exif.subarray(6) : exif;
  return orient(await webpPixels(bytes), tiff ? tiffOrientation(tiff) : 1);
}

type Resvg = typeof ResvgModule;
let resvgReady: Promise<Resvg> | undefined;

function resvg(): Promise<Resvg> {
  resvgReady ??= (async () => {
    const module = await import('@resvg/resvg-wasm');
    await module.initWasm(readAsset('wasm/resvg.wasm'));
    return module;
  })();
  return resvgReady;
}

/**
 * An SVG drawn `width` pixels wide on white; text in it set in Source Sans 3 (resvg has no system fonts,
 * and none are wanted: the same logo must give the same pixels everywhere). Refused before drawing when
 * the picture would have more than `pixelLimit` pixels.
 */
export async function rasteriseSvg(svg: string, width: number, pixelLimit: number): Promise<Pixels> {
  const { Resvg } = await resvg();
  const fonts = ['Regular', 'Bold', 'It'].map((face) =>
    readAsset(`font/source-sans/SourceSans3-${face}.ttf`),
  );
  const renderer = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#FFFFFF',
    font: { fontBuffers: fonts, defaultFontFamily: 'Source Sans 3', sansSerifFamily: 'Source Sans 3' },
  });
  try {
    const height = Math.ceil((renderer.height / renderer.width) * width);
    if (!(height > 0) || width * height > pixelLimit) throw new PixelLimitError();
    const image = renderer.render();
    try {
      return { width: image.width, height: image.height, rgba: image.pixels.slice() };
    } finally {
      image.free();
    }
  } finally {
    renderer.free();
  }
}

export class PixelLimitError extends Error {
  constructor() {
    super('pixel limit');
  }
}

/** RGB on white: each pixel's colour weighed by its alpha against white (rounded). */
export function flattenOnWhite({ width, height, rgba }: Pixels): Uint8Array {
  const rgb = new Uint8Array(width * height * 3);
  for (let p = 0, q = 0; p < rgba.length; p += 4, q += 3) {
    const a = rgba[p + 3]!;
    for (let c = 0; c < 3; c++) rgb[q + c] = Math.round((rgba[p + c]! * a + 255 * (255 - a)) / 255);
  }
  return rgb;
}

/** An 8-bit RGB PNG, deflated at level 9 by fast-png's fflate (JavaScript: the same bytes on every platform). */
export function pngFile(width: number, height: number, rgb: Uint8Array): Buffer {
  const png = encodePng({ width, height, data: rgb, channels: 3, depth: 8 }, { zlib: { level: 9 } });
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}
