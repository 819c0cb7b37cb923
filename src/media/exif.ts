// The EXIF orientation of a photo (tag 0x0112, 1–8), from the TIFF block a JPEG (APP1 "Exif"), PNG (eXIf
// chunk) or WebP (EXIF chunk) carries, and the turn it asks for. Nothing else of EXIF is read.

/** The orientation in a TIFF-structured EXIF block, 1 (as stored) when it has none or is damaged. */
export function tiffOrientation(tiff: Uint8Array): number {
  if (tiff.length < 8) return 1;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const order = view.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return 1;
  const little = order === 0x4949;
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return 1;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const at = ifd + 2 + i * 12;
    if (at + 12 > tiff.length) return 1;
    if (view.getUint16(at, little) === 0x0112) {
      const value = view.getUint16(at + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/** The TIFF block of a JPEG's APP1 "Exif" segment, if any. */
export function jpegExif(bytes: Uint8Array): Uint8Array | undefined {
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xda || marker === 0xd9) return undefined;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (marker === 0xe1 && new TextDecoder('latin1').decode(bytes.subarray(at + 4, at + 10)) === 'Exif\0\0')
      return bytes.subarray(at + 10, at + 2 + length);
    at += 2 + length;
  }
  return undefined;
}

/** The data of the first chunk of a PNG (4-byte big-endian lengths) or WebP (RIFF, little-endian) by type. */
export function pngChunk(bytes: Uint8Array, type: string): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = view.getUint32(at);
    const name = new TextDecoder('latin1').decode(bytes.subarray(at + 4, at + 8));
    if (name === type) return bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + length));
    if (name === 'IDAT' || name === 'IEND') return undefined;
    at += 12 + length;
  }
  return undefined;
}

export function webpChunk(bytes: Uint8Array, type: string): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 12; at + 8 <= bytes.length;) {
    const name = new TextDecoder('latin1').decode(bytes.subarray(at, at + 4));
    const length = view.getUint32(at + 4, true);
    if (name === type) return bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + length));
    at += 8 + length + (length & 1);
  }
  return undefined;
}

export interface Pixels {
  readonly width: number;
  readonly height: number;
  /** RGBA, 8 bits a channel, rows top to bottom. */
  readonly rgba: Uint8Array;
}

/** The pixels turned as the orientation says (2–8: mirrored and/or rotated; 1: as they are). */
export function orient(pixels: Pixels, orientation: number): Pixels {
  if (orientation <= 1 || orientation > 8) return pixels;
  const { width: w, height: h, rgba } = pixels;
  const swap = orientation >= 5;
  const width = swap ? h : w;
  const height = swap ? w : h;
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // (sx, sy): the stored pixel shown at (x, y).
      let sx: number;
      let sy: number;
      switch (orientation) {
        case 2:
          [sx, sy] = [w - 1 - x, y];
          break;
        case 3:
          [sx, sy] = [w - 1 - x, h - 1 - y];
          break;
        case 4:
          [sx, sy] = [x, h - 1 - y];
          break;
        case 5:
          [sx, sy] = [y, x];
          break;
        case 6:
          [sx, sy] = [y, h - 1 - x];
          break;
        case 7:
          [sx, sy] = [w - 1 - y, h - 1 - x];
          break;
        default:
          [sx, sy] = [w - 1 - y, x];
          break;
      }
      const from = (sy * w + sx) * 4;
      out.set(rgba.subarray(from, from + 4), (y * width + x) * 4);
    }
  }
  return { width, height, rgba: out };
}
