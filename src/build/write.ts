// The only code that writes build output. Everything goes into a staging folder next to the output; only
// when all of it is written is the old folder swapped out for it. A failed build — bad content, an
// overflow, a full disk — leaves the previous output exactly as it was.
import {
  copyFile,
  link,
  lstat,
  mkdir,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  rmdir,
  stat,
  writeFile,
} from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Manifest } from './manifest.js';
import type { OutputFile, PreviousOutput } from './output.js';
import { MANIFEST, MARKER, MARKER_BYTES } from './output.js';

/** A folder dts will not write into or replace: the message names it and says what to do. */
export class OutputFolderError extends Error {}
/** An output folder whose manifest.json cannot be read as one: the message names the file. */
export class ManifestError extends Error {}

async function exists(target: string): Promise<boolean> {
  try {
    await lstat(target);
    return true;
  } catch {
    return false;
  }
}

/** Whether a folder carries dts's marker: the only proof dts accepts that it made the folder. */
export async function hasMarker(folder: string): Promise<boolean> {
  try {
    const marker = JSON.parse(await readFile(path.join(folder, MARKER), 'utf8')) as unknown;
    const { generator, format } = marker as { generator?: unknown; format?: unknown };
    return generator === 'dts' && Number.isInteger(format);
  } catch {
    return false;
  }
}

/** The real path of a folder that may not exist yet: its nearest existing ancestor's, symlinks resolved. */
async function realFolder(folder: string): Promise<string> {
  const absolute = path.resolve(folder);
  try {
    return await realpath(absolute);
  } catch {
    const parent = path.dirname(absolute);
    if (parent === absolute) return absolute;
    return path.join(await realFolder(parent), path.basename(absolute));
  }
}

function contains(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Refuses an output folder dts cannot prove it made, so a mistyped --out never wipes anything. Allowed: a
 * missing folder, an empty one, or one with dts's marker. Refused outright, marker or not: the filesystem
 * root, any folder that holds the home folder, the working folder (the project) or the content folder,
 * and any folder with a .git. An output of an older dts has no marker and is refused too: its manifest
 * proves nothing (any folder can hold a manifest.json), so the user empties it once.
 */
export async function checkOutputFolder(outDir: string, guard: { contentDir?: string } = {}): Promise<void> {
  const out = await realFolder(outDir);
  const refuse = (why: string) =>
    new OutputFolderError(
      `--out ${outDir}: ${why}; dts replaces its output folder as a whole, so choose another --out`,
    );
  if (out === path.parse(out).root) throw refuse('is the root of the filesystem');
  const protectedFolders: [string, string][] = [
    [homedir(), 'the home folder'],
    [process.cwd(), 'the folder dts runs in (the project)'],
  ];
  if (guard.contentDir !== undefined) protectedFolders.unshift([guard.contentDir, 'the content folder']);
  for (const [folder, name] of protectedFolders) {
    const real = await realFolder(folder);
    if (contains(out, real)) throw refuse(real === out ? `is ${name}` : `holds ${name} (${folder})`);
  }
  if (!(await exists(out))) return;
  if (!(await stat(out)).isDirectory()) throw refuse('exists and is not a folder');
  const names = await readdir(out);
  if (names.includes('.git')) throw refuse('holds a .git repository');
  if (names.length === 0 || (await hasMarker(out))) return;
  throw new OutputFolderError(
    `--out ${outDir}: dts did not make this folder (it holds ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''} ` +
      `and no ${MARKER}) and will not replace it; choose another --out, or empty the folder if nothing in it is yours ` +
      '(an output of an older dts has no marker either: empty it once)',
  );
}

/** Leftover names of a run: `<out>.dts-staging-<pid>` and `<out>.dts-previous-<pid>`. */
function leftoverName(base: string, kind: 'staging' | 'previous', pid: number): string {
  return `${base}.dts-${kind}-${pid}`;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes a folder only when dts can prove it made it: it carries the marker, or it is empty. */
async function removeOwn(folder: string): Promise<boolean> {
  if (await hasMarker(folder)) {
    await rm(folder, { recursive: true, force: true });
    return true;
  }
  try {
    await rmdir(folder);
    return true;
  } catch {
    return false;
  }
}

/**
 * Mends what a killed run left (run at the start of every build and site run): a missing output whose
 * previous folder was moved aside gets it back (restoring is always safe: it was complete), then the
 * leftover staging and previous folders of runs no longer alive are deleted, if they prove to be dts's.
 * A folder of a run still going (watch next to a build) is left alone.
 */
export async function recoverOutput(outDir: string): Promise<void> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const base = path.basename(target);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  const escaped = base.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}\\.dts-(staging|previous)-(\\d+)$`);
  const leftovers = names
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((l) => l.match && !isRunning(Number(l.match[2])))
    .map((l) => ({ folder: path.join(parent, l.name), kind: l.match![1] }));
  if (!(await exists(target))) {
    for (const previous of leftovers.filter((l) => l.kind === 'previous')) {
      if (await hasMarker(previous.folder)) {
        await rename(previous.folder, target);
        break;
      }
    }
  }
  for (const leftover of leftovers) if (await exists(leftover.folder)) await removeOwn(leftover.folder);
  if (await hasMarker(target)) await recoverSite(target);
}

/**
 * The previous output carried into the staging folder as hard links (copies where links are not possible):
 * instant however large the output, and the previous files stay untouched.
 */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.name === MARKER) continue; // the staging folder has its own already

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
  const file = path.join(outDir, MANIFEST);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ManifestError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch (error) {
    throw new ManifestError(`${file}: is corrupt, not valid JSON (${(error as Error).message})`);
  }
  if (
    !Array.isArray(manifest?.artefacts) ||
    !Array.isArray(manifest.bundles) ||
    !Array.isArray(manifest.kits)
  )
    throw new ManifestError(`${file}: is corrupt (expected a dts manifest with kits, artefacts and bundles)`);
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
  const base = path.basename(target);
  const staging = path.join(path.dirname(target), leftoverName(base, 'staging', process.pid));
  const retired = path.join(path.dirname(target), leftoverName(base, 'previous', process.pid));
  if (await exists(staging)) await removeOwn(staging);
  try {
    // The marker first: a staging folder left by a killed run proves it is dts's, so the next run removes it.
    await mkdir(staging, { recursive: true });
    await writeFile(path.join(staging, MARKER), MARKER_BYTES);
    if (options.keepPrevious && (await exists(target))) await linkTree(target, staging);
    for (const file of files) {
      const destination = path.join(staging, ...file.path.split('/'));
      await mkdir(path.dirname(destination), { recursive: true });
      // A carried-over file is a hard link to the previous output's: unlink it, never write through it.
      await rm(destination, { force: true });
      await writeFile(destination, file.bytes);
    }
  } catch (error) {
    await removeOwn(staging);
    throw error;
  }
  await swapIn(staging, target, retired);
  return files.map((f) => path.join(outDir, ...f.path.split('/')));
}

/**
 * Puts a finished staging folder in the place of `target`: the old folder is moved aside, the new one
 * renamed in, the old one deleted. Should the rename fail, the old folder goes back.
 */
async function swapIn(
  staging: string,
  target: string,
  retired: string,
  remove: (folder: string) => Promise<unknown> = removeOwn,
): Promise<void> {
  const hadPrevious = await exists(target);
  if (hadPrevious) await rename(target, retired);
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(retired, target);
    throw error;
  }
  // Only what proves to be dts's (the marker, or an empty folder that was used as the output) goes.
  if (hadPrevious) await remove(retired);
}

/** A folder of the site that `dts site` replaces whole: previews/, maker/. */
export interface SiteFolder {
  readonly name: 'previews' | 'maker';
  /** Each file by its path inside the folder (forward slashes). */
  readonly files: readonly { readonly path: string; readonly bytes: Uint8Array }[];
}

/**
 * Adds the download pages to an existing output: the previews folder (and the maker's folder, with its
 * pages and scripts) is swapped in whole, each page (index.html, index.<lang>.html) renamed into place, so a
 * failure leaves the pages as they were. Pages of a language the output no longer has are removed.
 */
export async function writeSite(
  outDir: string,
  pages: readonly { readonly path: string; readonly html: string }[],
  previews: readonly { readonly path: string; readonly bytes: Buffer }[],
  more: readonly SiteFolder[] = [],
): Promise<void> {
  const target = path.resolve(outDir);
  const folders: SiteFolder[] = [
    { name: 'previews', files: previews.map((p) => ({ path: path.posix.basename(p.path), bytes: p.bytes })) },
    ...more,
  ];
  const staging = (f: SiteFolder) => path.join(target, `.${f.name}-staging-${process.pid}`);
  const retired = (f: SiteFolder) => path.join(target, `.${f.name}-previous-${process.pid}`);
  const stagedPage = (i: number) => path.join(target, `.index-${process.pid}-${i}.html`);
  // Inside an output that carries the marker (the caller checked), so these folders are dts's to delete.
  const removeTree = (folder: string) => rm(folder, { recursive: true, force: true });
  try {
    for (const folder of folders) {
      await removeTree(staging(folder));
      await mkdir(staging(folder), { recursive: true });
      for (const file of folder.files) {
        const to = path.join(staging(folder), ...file.path.split('/'));
        await mkdir(path.dirname(to), { recursive: true });
        await writeFile(to, file.bytes);
      }
    }
    for (const [i, page] of pages.entries()) await writeFile(stagedPage(i), page.html);
  } catch (error) {
    for (const folder of folders) await removeTree(staging(folder));
    for (const i of pages.keys()) await rm(stagedPage(i), { force: true });
    throw error;
  }
  for (const folder of folders)
    await swapIn(staging(folder), path.join(target, folder.name), retired(folder), removeTree);
  for (const [i, page] of pages.entries()) await rename(stagedPage(i), path.join(target, page.path));
  const current = new Set(pages.map((p) => p.path));
  for (const name of await readdir(target))
    if (SITE_PAGE.test(name) && !current.has(name)) await rm(path.join(target, name), { force: true });
}

/** The names of the download pages: index.html, index.en.html, index.pt-BR.html. */
export const SITE_PAGE = /^index(\.[a-z]{2,3}(-[A-Z]{2})?)?\.html$/;

/** What a killed `dts site` left inside an output with the marker: folders put back, leftovers removed. */
async function recoverSite(target: string): Promise<void> {
  const leftovers = (await readdir(target))
    .map((name) => ({
      name,
      match: /^\.(?:(previews|maker)-(staging|previous)-(\d+)|index-(\d+)(?:-\d+)?\.html)$/.exec(name),
    }))
    .filter((l) => l.match && !isRunning(Number(l.match[3] ?? l.match[4])));
  for (const l of leftovers) {
    const folder = path.join(target, l.name);
    const original = l.match![1] ? path.join(target, l.match![1]) : undefined;
    if (l.match![2] === 'previous' && original && !(await exists(original))) await rename(folder, original);
    else await rm(folder, { recursive: true, force: true });
  }
}
