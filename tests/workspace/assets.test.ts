// The renderers read fonts, metrics and hyphenation patterns only through the installed asset source, by
// id: what an in-browser build needs to serve them from memory.
import { afterAll, describe, expect, it } from 'vitest';
import { hyphenationPoints } from '../../src/typeset/hyphenate.js';
import { defaultFonts, fontData } from '../../src/typeset/fonts.js';
import { textWidth } from '../../src/typeset/measure.js';
import type { AssetId } from '../../src/workspace/assets.js';
import { installAssets, readAsset } from '../../src/workspace/assets.js';
import { nodeAssets } from '../../src/workspace/node-assets.js';

const node = nodeAssets();
const asked: AssetId[] = [];
// An in-memory source, as a browser build would have: filled from the package once, then no file reads.
const memory = new Map<AssetId, Uint8Array>();
installAssets({
  read(id) {
    asked.push(id);
    if (!memory.has(id)) {
      const data = node.read(id);
      if (data) memory.set(id, data);
    }
    return memory.get(id);
  },
});
afterAll(() => installAssets(node));

describe('the asset seam', () => {
  it('serves metrics, font files and patterns by id, never by path', () => {
    const face = defaultFonts().regular;
    expect(textWidth(face, 'Samen data delen', 12)).toBeGreaterThan(0);
    expect(fontData(face).subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
    expect(hyphenationPoints('gegevensuitwisseling', 'nl').length).toBeGreaterThan(2);
    expect(asked).toEqual([
      'metrics/SourceSans3-Regular.json',
      'font/source-sans/SourceSans3-Regular.ttf',
      'hyphenation/nl.json',
    ]);
  });

  it('says which data file is missing, and what to do', () => {
    expect(() => readAsset('metrics/NoSuchFont.json')).toThrow(
      "the program's data file metrics/NoSuchFont.json is missing: reinstall (npm ci)",
    );
  });
});
