// The program's own data that renderers read while they measure and embed: font files, the fonts' stored
// metrics and hyphenation patterns. Named by id rather than path, and served by whichever source the
// shell installed (the Node one reads the installed package; an in-browser build serves them from
// memory). Reads are synchronous because measuring is: the data is small and read once per process.
// This module has no Node imports, so the renderers that use it can run anywhere.

/**
 * `font/<family>/<file>.ttf`, `metrics/<font file>.json`, `hyphenation/<patterns>.json`, and the
 * WebAssembly modules that prepare logos, `wasm/resvg.wasm` and `wasm/webp_dec.wasm` (media/raster.ts).
 */
export type AssetId = `font/${string}` | `metrics/${string}` | `hyphenation/${string}` | `wasm/${string}`;

export interface AssetSource {
  /** The asset's bytes, or undefined when the source does not have it. */
  read(id: AssetId): Uint8Array | undefined;
}

let installed: AssetSource | undefined;

/** Called once by each shell (the CLI, a render worker, the test setup) before anything is measured. */
export function installAssets(source: AssetSource): void {
  installed = source;
}

/** An asset the program cannot work without (a font, its metrics): missing is a fault of the install. */
export function readAsset(id: AssetId): Uint8Array {
  const data = tryReadAsset(id);
  if (!data) throw new Error(`the program's data file ${id} is missing: reinstall (npm ci)`);
  return data;
}

/** An asset that may be absent (hyphenation patterns for a language nobody ships). */
export function tryReadAsset(id: AssetId): Uint8Array | undefined {
  if (!installed) throw new Error(`no asset source installed to read ${id} (call installAssets first)`);
  return installed.read(id);
}

export function assetText(data: Uint8Array): string {
  return new TextDecoder().decode(data);
}
