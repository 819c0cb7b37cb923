// Run by `npm run compile` after tsc: the in-browser build's Web Worker (src/maker/worker.ts) bundled with
// esbuild into one script, dist/maker/worker.js, which `dts site` copies into <out>/maker/. Browser
// builds of its libraries (pdfkit's, fflate's), Node's Buffer from the `buffer` package, fontkit replaced by
// the same stand-in the CLI gives pdfkit (src/maker/shims/ holds the globals and zod's English locale).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { build } from 'esbuild';

const source = (p: string) => fileURLToPath(new URL(`../../src/${p}`, import.meta.url));

/**
 * zod's namespace re-exports every locale's messages (`z.locales`, some 250 kB minified) and so keeps them
 * all in a bundle; dts uses none (its messages are its own, src/content/zod-issues.ts), and zod itself
 * only English, which it imports directly. The locales index becomes one that has English alone.
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: source('maker/shims/zod-locales.ts') } : undefined,
    );
  },
};

/** Where the bundle goes: dist/maker/worker.js. */
export const WORKER_BUNDLE = fileURLToPath(new URL('../maker/worker.js', import.meta.url));

export async function bundleMaker(): Promise<{ bytes: number }> {
  mkdirSync(fileURLToPath(new URL('../maker/', import.meta.url)), { recursive: true });
  const result = await build({
    entryPoints: [source('maker/worker.ts')],
    outfile: WORKER_BUNDLE,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
    metafile: true,
    alias: {
      fontkit: source('platform/fontkit-stand-in.ts'),
    },
    inject: [source('maker/shims/globals.ts')],
    plugins: [zodEnglishOnly],
    // @jsquash/webp's decoder finds its wasm beside import.meta.url, which a classic worker does not have;
    // dts hands it the wasm's bytes (src/media/raster.ts), so any address will do.
    define: { 'import.meta.url': JSON.stringify('file:///dts-maker/worker.js') },
  });
  const output = Object.values(result.metafile.outputs)[0];
  return { bytes: output?.bytes ?? 0 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleMaker();
