// Logos are prepared by JavaScript and WebAssembly alone (src/media/raster.ts), the same on the CLI and in
// the browser; sharp only makes the test images here.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decode } from 'fast-png';
import { prepareLogo } from '../../src/media/logo.js';
import { rasterSize } from '../../src/media/raster.js';

const solid = (width: number, height: number, channels: 3 | 4, background: sharp.Color) =>
  sharp({ create: { width, height, channels, background } });

async function prepared(bytes: Buffer) {
  const result = await prepareLogo(bytes);
  if (!result.ok) throw new Error(result.problem.message);
  return { ...result.logo, pixels: decode(result.logo.png) };
}

describe('preparing a logo', () => {
  it('flattens transparency onto white and writes an 8-bit RGB PNG', async () => {
    const logo = await prepared(await solid(12, 4, 4, { r: 0, g: 0, b: 255, alpha: 0.5 }).png().toBuffer());
    expect(logo).toMatchObject({ widthPx: 12, heightPx: 4, vector: false });
    expect(logo.pixels).toMatchObject({ channels: 3, depth: 8 });
    expect([...logo.pixels.data.slice(0, 3)]).toEqual([127, 127, 255]);
  });

  it('reads palette and 16-bit PNGs', async () => {
    const palette = await prepared(await solid(10, 10, 3, '#ff0000').png({ palette: true }).toBuffer());
    expect([...palette.pixels.data.slice(0, 3)]).toEqual([255, 0, 0]);
    const deep = await prepared(await solid(10, 10, 3, '#336699').toColourspace('rgb16').png().toBuffer());
    // sharp's conversion to 16 bits is not exact; ours back to 8 is (v / 257, rounded).
    for (const [i, v] of [0x33, 0x66, 0x99].entries())
      expect(Math.abs(deep.pixels.data[i]! - v)).toBeLessThanOrEqual(1);
  });

  it('turns JPEG and WebP as their EXIF orientation says', async () => {
    for (const image of [solid(300, 100, 3, '#123456').jpeg(), solid(300, 100, 3, '#123456').webp()]) {
      const logo = await prepared(await image.withMetadata({ orientation: 6 }).toBuffer());
      expect(logo).toMatchObject({ widthPx: 100, heightPx: 300 });
    }
  });

  it('rasterises an SVG 2400 pixels wide, text set in Source Sans 3', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="5" y="40" font-size="40">Logo</text></svg>',
    );
    const logo = await prepared(svg);
    expect(logo).toMatchObject({ widthPx: 2400, heightPx: 600, vector: true });
    // The text is drawn: some pixels are dark.
    expect(logo.pixels.data.some((v) => v < 64)).toBe(true);
  });

  it('checks the pixel limit on the header, before decoding', async () => {
    const png = await solid(8000, 7000, 3, '#ffffff').png().toBuffer();
    expect(rasterSize(png, 'png')).toEqual({ width: 8000, height: 7000 });
    expect(await prepareLogo(png)).toMatchObject({
      ok: false,
      problem: { code: 'bad-image', message: expect.stringContaining('50 megapixels') },
    });
    const tall = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="3000"/>');
    expect(await prepareLogo(tall)).toMatchObject({
      ok: false,
      problem: { code: 'bad-image', message: expect.stringContaining('50 megapixels') },
    });
  });

  it('names formats it does not take, and bytes that are no image', async () => {
    expect(await prepareLogo(await solid(4, 4, 3, '#000').gif().toBuffer())).toMatchObject({
      ok: false,
      problem: { code: 'bad-image', message: 'is a gif image (expected PNG, JPEG, WebP or SVG)' },
    });
    expect(await prepareLogo(Buffer.from('hello'))).toMatchObject({
      ok: false,
      problem: { code: 'bad-image', message: expect.stringContaining('cannot be read as an image') },
    });
    const broken = (await solid(40, 40, 3, '#000').png().toBuffer()).subarray(0, 60);
    expect(await prepareLogo(broken)).toMatchObject({
      ok: false,
      problem: { code: 'bad-image', message: expect.stringContaining('cannot be read') },
    });
    // Image data that does not decompress: the decoder's words read as a sentence, no colon left hanging.
    const noisy = await sharp({
      create: {
        width: 64,
        height: 64,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .png()
      .toBuffer();
    const damaged = Buffer.from(noisy).fill(0, 60, 400);
    const result = await prepareLogo(damaged);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.message).toContain(
        'cannot be read as an image: Error while decompressing the data',
      );
      expect(result.problem.message).not.toMatch(/:\s*\(expected/);
    }
  });

  it('gives the same PNG for the same logo, twice', async () => {
    const jpeg = await solid(64, 32, 3, '#c83214').jpeg().toBuffer();
    expect((await prepared(jpeg)).png.equals((await prepared(jpeg)).png)).toBe(true);
  });
});
