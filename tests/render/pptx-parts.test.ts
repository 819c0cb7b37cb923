// pptxgenjs's parts are taken from its JSZip object (src/render/pptx/emit.ts) rather than zipped with
// JavaScript CRCs and unzipped again: they must be what JSZip would have zipped, JSZip must still zip for
// everyone else, and pptxgenjs must use the JSZip we patch (or the build falls back to zipping, slower).
import { createRequire } from 'node:module';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { planDeck } from '../../src/render/deck/plan.js';
import { captureParts, emitDeck, PARTS_TYPE } from '../../src/render/pptx/emit.js';
import { readPackage } from '../../src/render/ooxml/package.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { fixtureDts } from '../helpers/kits.js';

const DATE = new Date('2026-11-25T00:00:00Z');

function sample(): JSZip {
  const zip = new JSZip();
  zip.folder('ppt')?.folder('_rels');
  zip.file('[Content_Types].xml', '<Types>één</Types>');
  zip.file('ppt/slides/slide1.xml', `<p:sld>${'<a:t>tekst</a:t>'.repeat(100)}</p:sld>`);
  zip.file('ppt/media/image1.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]).toString('base64'), {
    base64: true,
  });
  zip.file('ppt/empty.xml', '');
  zip.file('ppt/media/raw.bin', Buffer.from([0, 255, 128, 7]));
  zip.file('ppt/media/binary-string.bin', '\u00ff\u0000\u0080', { binary: true });
  zip.file('ppt/media/array-buffer.bin', new Uint8Array([9, 8, 7]).buffer);
  return zip;
}

describe("pptxgenjs's parts", () => {
  it('are the files JSZip zips, byte for byte, without folders', async () => {
    captureParts();
    const parts = (await sample().generateAsync({ type: PARTS_TYPE as 'nodebuffer' })) as unknown;
    expect(parts).toBeInstanceOf(Map);
    const zipped = readPackage(await sample().generateAsync({ type: 'nodebuffer' }));
    const ours = parts as Map<string, Buffer>;
    expect([...ours.keys()]).toEqual([...zipped.keys()]);
    for (const [name, data] of zipped) expect(ours.get(name)?.equals(data), name).toBe(true);
  });

  it('are read through JSZip for what it holds compressed (a zip it loaded)', async () => {
    captureParts();
    const bytes = await sample().generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const loaded = await JSZip.loadAsync(bytes);
    const parts = (await loaded.generateAsync({ type: PARTS_TYPE as 'nodebuffer' })) as unknown as Map<
      string,
      Buffer
    >;
    const zipped = readPackage(bytes);
    expect([...parts.keys()]).toEqual([...zipped.keys()]);
    for (const [name, data] of zipped) expect(parts.get(name)?.equals(data), name).toBe(true);
  });

  it('leave JSZip zipping as before for every other type', async () => {
    captureParts();
    const bytes = await sample().generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const back = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await back.file('[Content_Types].xml')?.async('string')).toBe('<Types>één</Types>');
  });

  it('come from the JSZip pptxgenjs imports, which is ours', async () => {
    const require = createRequire(import.meta.url);
    const fromPptx = createRequire(require.resolve('pptxgenjs')).resolve('jszip');
    expect(fromPptx).toBe(require.resolve('jszip'));
    const { deck } = planDeck(await fixtureDts('nl'), defaultTheme(), { start: 13 * 60 }, DATE);
    captureParts();
    const generate = vi.spyOn(JSZip.prototype, 'generateAsync');
    const parts = await emitDeck(deck, defaultTheme());
    const types = generate.mock.calls.map((call) => call[0]?.type);
    generate.mockRestore();
    // Asked once, for the parts: never zipped.
    expect(types).toEqual([PARTS_TYPE]);
    expect(parts.has('[Content_Types].xml')).toBe(true);
    expect([...parts.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(
      deck.slides.length,
    );
  });
});
