// The data the in-browser build needs besides its code, as `dts site` writes it into <out>/maker/ and the
// worker fetches it: the content's YAML files and the fonts' licence (content.json), the program's own
// data (assets.bin: fonts, stored metrics, hyphenation patterns, packed into one file) and the two
// WebAssembly modules that prepare logos. No Node imports: the worker reads it, `dts site` writes it.
import type { AssetId, AssetSource } from '../workspace/assets.js';
import { PATTERNS } from '../typeset/hyphenate.js';
import { measuredFonts } from '../typeset/fonts.js';

/** The files of <out>/maker/ besides the page's own: every one the worker fetches (for offline use). */
export const MAKER_FILES = {
  worker: 'worker.js',
  content: 'content.json',
  assets: 'assets.bin',
  wasm: { 'wasm/resvg.wasm': 'resvg.wasm', 'wasm/webp_dec.wasm': 'webp_dec.wasm' },
} as const;

/** Where the in-memory workspace holds the content (as the CLI names it, so messages name the same files) and the brand. */
export const CONTENT_DIR = 'content';
export const BRAND_DIR = '/brand';

export interface MakerContent {
  /** The content folder's YAML files by their path in it (`data-team-start/kit.yaml`). */
  readonly files: Readonly<Record<string, string>>;
  /** The fonts' licence (SIL OFL 1.1), as the CLI puts it in each zip. */
  readonly fontLicence: string;
  /** `dts <version>`, as the CLI's manifest names it. */
  readonly generator: string;
}

/** Every asset a build may read: each measured font, its metrics, each language's hyphenation patterns. */
export function makerAssetIds(): AssetId[] {
  const fonts = measuredFonts();
  const metrics = fonts.map(
    (id): AssetId => `metrics/${id.slice(id.lastIndexOf('/') + 1).replace(/\.ttf$/, '')}.json`,
  );
  const patterns = [...new Set(Object.values(PATTERNS))].map((p): AssetId => `hyphenation/${p}.json`);
  return [...fonts, ...metrics, ...patterns];
}

/** Assets in one file: a 4-byte little-endian length, a JSON index of [id, offset, length], the data. */
export function packAssets(entries: readonly (readonly [AssetId, Uint8Array])[]): Uint8Array {
  let offset = 0;
  const index = entries.map(([id, data]) => {
    const entry = [id, offset, data.length] as const;
    offset += data.length;
    return entry;
  });
  const head = new TextEncoder().encode(JSON.stringify(index));
  const out = new Uint8Array(4 + head.length + offset);
  new DataView(out.buffer).setUint32(0, head.length, true);
  out.set(head, 4);
  let at = 4 + head.length;
  for (const [, data] of entries) {
    out.set(data, at);
    at += data.length;
  }
  return out;
}

export function unpackAssets(bytes: Uint8Array): Map<string, Uint8Array> {
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  const index = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as [
    string,
    number,
    number,
  ][];
  const base = 4 + length;
  return new Map(
    index.map(([id, offset, size]) => [id, bytes.subarray(base + offset, base + offset + size)]),
  );
}

/** An asset source over data in memory (the worker's). */
export function memoryAssets(assets: ReadonlyMap<string, Uint8Array>): AssetSource {
  return {
    read: (id) => {
      const data = assets.get(id);
      return data && Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    },
  };
}
