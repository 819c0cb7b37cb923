// The program's data as the Node package has it: Source Sans 3 from the `source-sans` package, Liberation
// Sans and the stored metrics under assets/fonts/, hyphenation patterns as JSON made at compile time
// (dist/hyphenation/) or, running from the sources, the `hyphen` package's own pattern modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssetId, AssetSource } from './assets.js';

const require = createRequire(import.meta.url);

/** Where `npm run fonts:metrics` stores each font's metrics: <file name without .ttf>.json. */
export const METRICS_DIR = fileURLToPath(new URL('../../assets/fonts/metrics/', import.meta.url));

/** Where `npm run compile` stores the hyphenation patterns as JSON (see tools/hyphenation.ts). */
export const PATTERNS_JSON_DIR = new URL('../hyphenation/', import.meta.url);

const FAMILY_DIRS: Record<string, () => string> = {
  'source-sans': () => path.join(path.dirname(require.resolve('source-sans/package.json')), 'TTF'),
  'liberation-sans': () => fileURLToPath(new URL('../../assets/fonts/liberation-sans/', import.meta.url)),
};

/** The path a font asset id names (for tools that read the font files themselves). */
export function fontPath(id: AssetId): string {
  const [, family, file] = id.split('/');
  const dir = family ? FAMILY_DIRS[family] : undefined;
  if (!dir || !file) throw new Error(`not a font asset: ${id}`);
  return path.join(dir(), file);
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The WebAssembly modules as their packages ship them. */
const WASM_FILES: Record<string, () => string> = {
  'resvg.wasm': () => path.join(path.dirname(require.resolve('@resvg/resvg-wasm')), 'index_bg.wasm'),
  'webp_dec.wasm': () => require.resolve('@jsquash/webp/codec/dec/webp_dec.wasm'),
};

/** The path of a wasm asset (for `dts site`, which copies them for the in-browser build). */
export function wasmPath(id: AssetId): string | undefined {
  return WASM_FILES[id.slice('wasm/'.length)]?.();
}

export function nodeAssets(): AssetSource {
  return {
    read(id) {
      const [kind, ...rest] = id.split('/');
      const name = rest.join('/');
      if (kind === 'font') return readIfThere(fontPath(id));
      if (kind === 'metrics') return readIfThere(path.join(METRICS_DIR, name));
      if (kind === 'wasm') {
        const file = wasmPath(id);
        return file ? readIfThere(file) : undefined;
      }
      const patterns = path.basename(name, '.json');
      try {
        return readFileSync(new URL(name, PATTERNS_JSON_DIR));
      } catch {
        // Running from the sources: the package's JavaScript patterns, as JSON.
        try {
          return Buffer.from(JSON.stringify(require(`hyphen/patterns/${patterns}.js`)));
        } catch {
          return undefined;
        }
      }
    },
  };
}
