// The site's maker/ folder: the "Make your own kit" pages (src/site/maker-page.ts), the page's script
// bundled at `npm run compile` (dist/maker/page.js) and the Web Worker that builds the kit
// (dist/maker/worker.js). Without its scripts (tsc run without the bundle step) the folder is left out and
// the download pages do not link it, rather than offering a page that cannot work.
import type { Manifest } from '../build/manifest.js';
import type { SiteFolder } from '../build/write.js';
import { MAKER_SCRIPT, MAKER_WORKER, makerPages } from './maker-page.js';
import { MAKER_FOLDER } from './page.js';

/** Where `npm run compile` puts the maker's scripts. */
const DIST_MAKER = new URL('../../dist/maker/', import.meta.url);

export async function makerFolder(
  manifest: Manifest,
  read: (file: URL) => Promise<Uint8Array>,
): Promise<{ folder: SiteFolder; pages: string[] } | { missing: string }> {
  const pages = makerPages(manifest);
  const scripts = [];
  for (const name of [MAKER_SCRIPT, MAKER_WORKER]) {
    try {
      scripts.push({ path: name, bytes: await read(new URL(name, DIST_MAKER)) });
    } catch {
      return { missing: `dist/maker/${name}` };
    }
  }
  const inFolder = (p: string) => p.slice(MAKER_FOLDER.length + 1);
  return {
    folder: {
      name: MAKER_FOLDER,
      files: [
        ...pages.map((p) => ({ path: inFolder(p.path), bytes: new TextEncoder().encode(p.html) })),
        ...scripts,
      ],
    },
    pages: pages.map((p) => p.path),
  };
}
