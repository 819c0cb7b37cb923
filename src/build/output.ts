// From rendered files to a complete output folder: the artefacts, one zip bundle per kit and language,
// manifest.json and SHA256SUMS. Pure apart from what the caller passes in (the previous output's files
// for a partial build), so the same build gives the same folder.
import path from '../platform/path.js';
import type { BuildResult, BuiltFile } from './build.js';
import { bundleName, makeBundle } from './bundle.js';
import { inspectFile } from './inspect.js';
import type { Manifest, ManifestArtefact, ManifestBundle } from './manifest.js';
import { checksums, manifestJson, sha256 } from './manifest.js';

export const MANIFEST = 'manifest.json';
export const CHECKSUMS = 'SHA256SUMS';
export const BUNDLES = 'downloads';
/**
 * The proof that dts made a folder: written into every output (and every staging folder) before anything
 * else, so dts only ever replaces or deletes folders that carry it. Fixed bytes, so two builds stay
 * byte-identical; not an artefact, so neither the manifest nor SHA256SUMS lists it.
 */
export const MARKER = '.dts-output.json';
export const MARKER_BYTES = Buffer.from('{"generator":"dts","format":1}\n', 'utf8');

export interface OutputFile {
  /** Relative to the output folder, forward slashes. */
  readonly path: string;
  readonly bytes: Buffer;
}

/** A previous output to build on (partial builds): its manifest and a way to read its files. */
export interface PreviousOutput {
  readonly manifest: Manifest;
  readonly read: (relativePath: string) => Promise<Buffer>;
}

export interface AssembledOutput {
  readonly files: readonly OutputFile[];
  readonly manifest: Manifest;
}

export async function assembleOutput(
  result: BuildResult,
  options: {
    generator: string;
    fontLicence: Buffer;
    previous?: PreviousOutput;
    /** Put before each zip's name: a branded kit's zips carry the organisation's name. */
    bundlePrefix?: string;
  },
): Promise<AssembledOutput> {
  const readPrevious =
    options.previous?.read ??
    ((p: string): Promise<Buffer> => Promise.reject(new Error(`${p}: not built and no previous output`)));
  const rebuilt = new Set(result.files.map((f) => f.path));
  const builtKeys = new Set(result.built.map((b) => `${b.kit}/${b.language}`));
  const kept = (options.previous?.manifest.artefacts ?? []).filter((a) => !rebuilt.has(a.path));
  const artefacts: ManifestArtefact[] = [...kept];
  for (const file of result.files) artefacts.push(await describe(file));

  const files: OutputFile[] = result.files.map((f) => ({ path: f.path, bytes: f.bytes }));
  const keptBundles = (options.previous?.manifest.bundles ?? []).filter(
    (b) => !builtKeys.has(`${b.kit}/${b.language}`),
  );
  const bundles: ManifestBundle[] = [...keptBundles];
  for (const built of result.built) {
    const members = await Promise.all(
      artefacts
        .filter((a) => a.kit === built.kit && a.language === built.language)
        .sort((a, b) => (a.path < b.path ? -1 : 1))
        .map(async (a) => ({
          name: path.posix.basename(a.path),
          variant: a.variant,
          bytes: rebuiltBytes(result.files, a.path) ?? (await readPrevious(a.path)),
        })),
    );
    if (members.length === 0) continue;
    const bytes = await makeBundle({ ...built, files: members, fontLicence: options.fontLicence });
    const bundlePath = path.posix.join(
      BUNDLES,
      (options.bundlePrefix ? `${options.bundlePrefix}-` : '') +
        bundleName(built.kit, built.version, built.language),
    );
    files.push({ path: bundlePath, bytes });
    bundles.push({
      kit: built.kit,
      version: built.version,
      language: built.language,
      path: bundlePath,
      bytes: bytes.length,
      sha256: sha256(bytes),
    });
  }

  const manifest: Manifest = {
    generator: options.generator,
    kits: kitsOf(result, options.previous?.manifest),
    artefacts,
    bundles,
  };
  files.push({ path: MANIFEST, bytes: Buffer.from(manifestJson(manifest), 'utf8') });
  files.push({ path: CHECKSUMS, bytes: Buffer.from(checksums(manifest), 'utf8') });
  return { files, manifest };
}

function rebuiltBytes(files: readonly BuiltFile[], relativePath: string): Buffer | undefined {
  return files.find((f) => f.path === relativePath)?.bytes;
}

async function describe(file: BuiltFile): Promise<ManifestArtefact> {
  return {
    kit: file.kit,
    version: file.version,
    language: file.language,
    kind: file.artefact,
    variant: file.variant,
    path: file.path,
    bytes: file.bytes.length,
    sha256: sha256(file.bytes),
    ...(await inspectFile(file.path, file.bytes)),
  };
}

function kitsOf(result: BuildResult, previous: Manifest | undefined): Manifest['kits'] {
  const kits = new Map<string, Manifest['kits'][number]>();
  for (const kit of previous?.kits ?? []) kits.set(kit.id, kit);
  for (const built of result.built) {
    const existing = kits.get(built.kit);
    const languages = (existing?.version === built.version ? existing.languages : []).filter(
      (l) => l.language !== built.language,
    );
    kits.set(built.kit, {
      id: built.kit,
      version: built.version,
      released: built.released,
      sourceLanguage: built.sourceLanguage,
      languages: [
        ...languages,
        {
          language: built.language,
          title: built.title,
          subtitle: built.subtitle,
          licence: built.licence,
          download: built.download,
        },
      ].sort((a, b) => (a.language < b.language ? -1 : 1)),
    });
  }
  return [...kits.values()];
}
