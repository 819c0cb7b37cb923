// `dts site`'s part for the in-browser build: the worker bundle and the data it fetches, written into
// <out>/maker/ (see data.ts for what each file holds). Only these files are replaced, each written beside
// its place and renamed over it, so the page's own files in the folder stay, and a reader never sees half
// a file.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { nodeAssets, wasmPath } from '../workspace/node-assets.js';
import type { Workspace } from '../workspace/files.js';
import { FILE_LIMITS } from '../workspace/files.js';
import { nodeWorkspace } from '../workspace/workspace.js';
import type { AssetId } from '../workspace/assets.js';
import type { MakerContent } from './data.js';
import { MAKER_FILES, makerAssetIds, packAssets } from './data.js';

/** The folder the page and its worker live in, inside the output. */
export const MAKER_DIR = 'maker';

/** The bundle `npm run compile` makes (src/tools/bundle-maker.ts), found from src/maker/ and dist/maker/ alike. */
const WORKER_BUNDLE = new URL('../../dist/maker/worker.js', import.meta.url);

/**
 * The content folder's files as the build reads them: every YAML and JSON file, by path inside it, read
 * through the workspace like every content read (regular files of bounded size only).
 */
export async function contentFiles(
  contentDir: string,
  workspace: Workspace = nodeWorkspace(),
): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const name of await workspace.list(path.join(contentDir, dir))) {
      const relative = dir ? `${dir}/${name}` : name;
      const full = path.join(contentDir, relative);
      if (await workspace.isDirectory(full)) await walk(relative);
      else if (/\.(ya?ml|json)$/.test(name))
        files[relative] = await workspace.readText(full, {
          maxBytes: FILE_LIMITS.content,
          what: 'a content file',
        });
    }
  };
  await walk('');
  return files;
}

export function fontLicenceFile(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('source-sans/package.json')), 'LICENSE.md');
}

export interface MakerData {
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
}

export async function makerData(contentDir: string, generator: string): Promise<MakerData> {
  const assets = nodeAssets();
  const content: MakerContent = {
    files: await contentFiles(contentDir),
    fontLicence: await readFile(fontLicenceFile(), 'utf8'),
    generator,
  };
  const packed = packAssets(
    makerAssetIds().map((id) => {
      const data = assets.read(id);
      if (!data) throw new Error(`the program's data file ${id} is missing: reinstall (npm ci)`);
      return [id, data] as const;
    }),
  );
  const wasm = await Promise.all(
    Object.entries(MAKER_FILES.wasm).map(async ([id, name]) => ({
      name,
      bytes: await readFile(wasmPath(id as AssetId)!),
    })),
  );
  let worker: Buffer;
  try {
    worker = await readFile(WORKER_BUNDLE);
  } catch {
    throw new Error(`${MAKER_FILES.worker} is missing from dist/maker/: run npm run compile`);
  }
  return {
    files: [
      { name: MAKER_FILES.worker, bytes: worker },
      { name: MAKER_FILES.content, bytes: Buffer.from(JSON.stringify(content), 'utf8') },
      { name: MAKER_FILES.assets, bytes: packed },
      ...wasm,
    ],
  };
}

/** Writes the data into <outDir>/maker/, replacing only its own files. */
export async function writeMakerData(outDir: string, data: MakerData): Promise<string[]> {
  const dir = path.join(outDir, MAKER_DIR);
  await mkdir(dir, { recursive: true });
  for (const file of data.files) {
    const staged = path.join(dir, `.${file.name}.${process.pid}`);
    await writeFile(staged, file.bytes);
    await rename(staged, path.join(dir, file.name));
  }
  return data.files.map((f) => path.join(dir, f.name));
}
