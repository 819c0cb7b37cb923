// The site's maker/ folder, written whole like previews/: the "Make your own kit" pages
// (src/site/maker-page.ts), the page's script bundled at `npm run compile` (dist/maker/page.js), and the
// Web Worker with the content, fonts and images it builds from (src/maker/write-data.ts). Without the
// bundles (tsc run without the bundle steps) the folder is left out and the download pages do not link it,
// rather than offering a page that cannot work.
import type { Manifest } from '../build/manifest.js';
import type { SiteFolder } from '../build/write.js';
import type { MakerData } from '../maker/write-data.js';
import { MAKER_SCRIPT, MAKER_WORKER, makerPages } from './maker-page.js';
import { MAKER_FOLDER } from './page.js';
import { MAKER_OFFLINE, offlineScript } from './maker-offline.js';

/** Where `npm run compile` puts the maker's scripts. */
const DIST_MAKER = new URL('../../dist/maker/', import.meta.url);

export async function makerFolder(
  manifest: Manifest,
  read: (file: URL) => Promise<Uint8Array>,
  workerData: () => Promise<MakerData>,
): Promise<{ folder: SiteFolder; pages: string[] } | { missing: string }> {
  const scripts: { path: string; bytes: Uint8Array }[] = [];
  for (const name of [MAKER_SCRIPT, MAKER_WORKER]) {
    try {
      scripts.push({ path: name, bytes: await read(new URL(name, DIST_MAKER)) });
    } catch {
      return { missing: `dist/maker/${name}` };
    }
  }
  const pages = makerPages(manifest);
  const data = (await workerData()).files.map((f) => ({ path: f.name, bytes: f.bytes }));
  const inFolder = (p: string) => p.slice(MAKER_FOLDER.length + 1);
  const files = [
    ...pages.map((p) => ({ path: inFolder(p.path), bytes: new TextEncoder().encode(p.html) })),
    scripts[0]!,
    ...data,
  ];
  files.push({ path: MAKER_OFFLINE, bytes: new TextEncoder().encode(offlineScript(files)) });
  return { folder: { name: MAKER_FOLDER, files }, pages: pages.map((p) => p.path) };
}
