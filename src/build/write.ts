// The only code that writes build output. Everything goes into a staging folder next to the output; only
// when all of it is written is the old folder swapped out for it. A failed build — bad content, an
// overflow, a full disk — leaves the previous output exactly as it was.
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from './manifest.js';
import type { OutputFile, PreviousOutput } from './output.js';
import { BUNDLES, CHECKSUMS, MANIFEST } from './output.js';

export class OutputFolderError extends Error {}

/** Names dts itself puts at the top of an output folder, besides one folder per kit. */
const OWN_NAMES = new Set([MANIFEST, CHECKSUMS, BUNDLES, 'index.html', 'previews']);

async function exists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses to replace a folder dts did not make (no manifest and names it does not know), so a mistyped
 * --out can never wipe someone's documents.
 */
export async function checkOutputFolder(outDir: string, kitFolders: readonly string[]): Promise<void> {
  if (!(await exists(outDir))) return;
  if (!(await stat(outDir)).isDirectory())
    throw new OutputFolderError(`--out ${outDir}: exists and is not a folder`);
  const names = await readdir(outDir);
  if (names.includes(MANIFEST)) return;
  const foreign = names.filter((n) => !OWN_NAMES.has(n) && !kitFolders.includes(n) && !n.startsWith('.'));
  if (foreign.length > 0)
    throw new OutputFolderError(
      `--out ${outDir}: this folder holds files dts did not make (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); ` +
        'dts replaces its output folder as a whole, so choose a new or empty folder',
    );
}

/**
 * The previous output carried into the staging folder as hard links (copies where links are not possible):
 * instant however large the output, and the previous files stay untouched.
 */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const destination = path.join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, destination);
    else {
      try {
        await link(source, destination);
      } catch {
        await copyFile(source, destination);
      }
    }
  }
}

/** The previous output's manifest and files, for a build that only renews part of it. */
export async function readPreviousOutput(outDir: string): Promise<PreviousOutput | undefined> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(outDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
  if (!Array.isArray(manifest.artefacts) || !Array.isArray(manifest.bundles)) return undefined;
  return { manifest, read: (relative) => readFile(path.join(outDir, ...relative.split('/'))) };
}

/**
 * Writes `files` as the new output folder. With `keepPrevious`, the previous folder's files are carried
 * over first (a partial build adds to it); otherwise the new folder holds exactly these files.
 */
export async function replaceOutput(
  outDir: string,
  files: readonly OutputFile[],
  options: { keepPrevious: boolean },
): Promise<string[]> {
  const target = path.resolve(outDir);
  const staging = `${target}.staging-${process.pid}`;
  const retired = `${target}.previous-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    if (options.keepPrevious && (await exists(target))) await linkTree(target, staging);
    await mkdir(staging, { recursive: true });
    for (const file of files) {
      const destination = path.join(staging, ...file.path.split('/'));
      await mkdir(path.dirname(destination), { recursive: true });
      // A carried-over file is a hard link to the previous output's: unlink it, never write through it.
      await rm(destination, { force: true });
      await writeFile(destination, file.bytes);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await swapIn(staging, target, retired);
  return files.map((f) => path.join(outDir, ...f.path.split('/')));
}

/**
 * Puts a finished staging folder in the place of `target`: the old folder is moved aside, the new one
 * renamed in, the old one deleted. Should the rename fail, the old folder goes back.
 */
async function swapIn(staging: string, target: string, retired: string): Promise<void> {
  const hadPrevious = await exists(target);
  if (hadPrevious) await rename(target, retired);
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(retired, target);
    throw error;
  }
  if (hadPrevious) await rm(retired, { recursive: true, force: true });
}

/**
 * Adds the download page to an existing output: the previews folder is swapped in whole, index.html is
 * renamed into place, so a failure leaves the page as it was.
 */
export async function writeSite(
  outDir: string,
  page: string,
  previews: readonly { readonly path: string; readonly bytes: Buffer }[],
): Promise<void> {
  const target = path.resolve(outDir);
  const staging = path.join(target, `.previews-staging-${process.pid}`);
  const retired = path.join(target, `.previews-previous-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    for (const preview of previews) {
      await writeFile(path.join(staging, path.posix.basename(preview.path)), preview.bytes);
    }
    await writeFile(path.join(target, `.index-${process.pid}.html`), page);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await swapIn(staging, path.join(target, 'previews'), retired);
  await rename(path.join(target, `.index-${process.pid}.html`), path.join(target, 'index.html'));
}
