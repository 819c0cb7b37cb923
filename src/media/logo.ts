// Logos prepared once with sharp: orientation from EXIF applied, SVG rasterised, a pixel limit against
// decompression bombs, SVGs that fetch external files refused. Renderers get PNG bytes, never call sharp.

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

export type LogoResult = { ok: true; logo: PreparedLogo } | { ok: false; message: string };

export async function prepareLogo(bytes: Buffer, fileName: string): Promise<LogoResult> {
  const isSvg = /\.svg$/i.test(fileName) || bytes.subarray(0, 512).toString('utf8').includes('<svg');
  if (isSvg) {
    const text = bytes.toString('utf8');
    const external = text.match(/(?:href|src)\s*=\s*["']\s*(?!#|data:)([^"']+)/i);
    if (external) {
      return {
        ok: false,
        message: `refers to an external file (${external[1]}), which is not allowed (expected an SVG that holds everything it draws)`,
      };
    }
  }
  // sharp (libvips) is loaded only for a brand with a logo: most builds never need it.
  const { default: sharp } = await import('sharp');
  try {
    const image = sharp(bytes, {
      limitInputPixels: LOGO_PIXEL_LIMIT,
      failOn: 'error',
      ...(isSvg ? { density: 300 } : {}),
    });
    const meta = await image.metadata();
    if (!meta.format || !['png', 'jpeg', 'webp', 'svg'].includes(meta.format)) {
      return {
        ok: false,
        message: `is a ${meta.format ?? 'unknown'} image (expected PNG, JPEG, WebP or SVG)`,
      };
    }
    let pipeline = image.rotate();
    if (isSvg) pipeline = pipeline.resize({ width: SVG_RASTER_WIDTH, withoutEnlargement: false });
    // Flattened onto white: it sits on a white plate anyway, and PNGs without transparency embed
    // deterministically in pdfkit.
    const { data, info } = await pipeline
      .flatten({ background: '#FFFFFF' })
      .png({ compressionLevel: 9 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, logo: { png: data, widthPx: info.width, heightPx: info.height, vector: isSvg } };
  } catch (error) {
    const reason = (error as Error).message;
    if (/pixel limit/i.test(reason)) {
      return {
        ok: false,
        message: `is larger than ${LOGO_PIXEL_LIMIT / 1_000_000} megapixels (expected a logo of a sensible size)`,
      };
    }
    return { ok: false, message: `cannot be read as an image: ${reason} (expected PNG, JPEG, WebP or SVG)` };
  }
}

/** Effective resolution of a logo printed `widthPt` points wide. */
export function effectiveDpi(logo: Pick<PreparedLogo, 'widthPx'>, widthPt: number): number {
  return logo.widthPx / (widthPt / 72);
}
