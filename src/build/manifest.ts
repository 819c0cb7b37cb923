// The manifest: every artefact and bundle of an output folder with its size and checksum, so a download
// page, a mirror or a user can verify what they have. Pure: built files in, JSON and SHA256SUMS text out.
import { platform } from '../platform/platform.js';
import type { DownloadTexts } from '../content/schema/download.js';
import type { FileVariant } from './files.js';
import type { FileFacts } from './inspect.js';

export interface ManifestArtefact extends FileFacts {
  readonly kit: string;
  readonly version: string;
  readonly language: string;
  /** The artefact's id in the registry (src/build/artefacts.ts), the name used with --only. */
  readonly kind: string;
  /** Which file of the download it is: its key in the kit's `download.files` texts, a poster's variant. */
  readonly variant: FileVariant;
  /** Relative to the output folder, with forward slashes. */
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface ManifestBundle {
  readonly kit: string;
  readonly version: string;
  readonly language: string;
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface Manifest {
  readonly generator: string;
  readonly kits: readonly {
    readonly id: string;
    readonly version: string;
    readonly released: string;
    readonly sourceLanguage: string;
    readonly languages: readonly {
      readonly language: string;
      readonly title: string;
      readonly subtitle: string;
      readonly licence: string;
      /** The kit's `download:` texts in this language: what the download page says about it. */
      readonly download: DownloadTexts;
    }[];
  }[];
  readonly artefacts: readonly ManifestArtefact[];
  readonly bundles: readonly ManifestBundle[];
}

export function sha256(bytes: Uint8Array): string {
  return platform().sha256Hex(bytes);
}

function byPath<T extends { path: string }>(a: T, b: T): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export function sortedManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    kits: [...manifest.kits].sort((a, b) => (a.id < b.id ? -1 : 1)),
    artefacts: [...manifest.artefacts].sort(byPath),
    bundles: [...manifest.bundles].sort(byPath),
  };
}

export function manifestJson(manifest: Manifest): string {
  return `${JSON.stringify(sortedManifest(manifest), null, 2)}\n`;
}

/** The `sha256sum -c` format: one line per file, two spaces between hash and path. */
export function checksums(manifest: Manifest): string {
  const sorted = sortedManifest(manifest);
  return [...sorted.artefacts, ...sorted.bundles].map((f) => `${f.sha256}  ${f.path}\n`).join('');
}
