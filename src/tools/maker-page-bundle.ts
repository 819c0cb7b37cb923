// Run by `npm run compile` after tsc: the "Make your own kit" page's script, bundled from
// src/maker/page/main.ts (with the brand schema, zod with its English messages only, yaml and the
// contrast check) into one file, dist/maker/page.js, which `dts site` copies into the site's maker/
// folder: 317 kB, 94 kB gzipped. esbuild's output is the same for the same sources, so the site stays
// reproducible.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { zodEnglishOnly } from './bundle-maker.js';

const ROOT = new URL('../../', import.meta.url);
/** The bundled page script; `dts site` reads it from here. */
export const MAKER_PAGE_SCRIPT = new URL('dist/maker/page.js', ROOT);

export async function bundleMakerPage(): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('src/maker/page/main.ts', ROOT))],
    outfile: fileURLToPath(MAKER_PAGE_SCRIPT),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'eof',
    plugins: [zodEnglishOnly],
    charset: 'utf8',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleMakerPage();
