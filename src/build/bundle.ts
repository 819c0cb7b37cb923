// One zip per kit and language: the artefacts, a short read-me made from the kit's own texts (so it is in
// the kit's language without a word of code-side text) and the licence. Fixed entry times: the same input
// gives the same bytes.
import { writePackage } from '../render/ooxml/package.js';
import { formatBytes } from '../units.js';

export interface BundleInput {
  readonly kit: string;
  readonly version: string;
  readonly released: string;
  readonly language: string;
  readonly title: string;
  readonly subtitle: string;
  readonly licence: string;
  readonly credits: string;
  readonly files: readonly { readonly name: string; readonly bytes: Buffer }[];
  /** The project's licence file, included whole. */
  readonly licenceFile: Buffer;
  readonly date: Date;
}

export function bundleName(kit: string, version: string, language: string): string {
  return `${kit}-${version}-${language}.zip`;
}

export function readMe(input: BundleInput): string {
  const width = Math.max(...input.files.map((f) => f.name.length));
  return [
    input.title,
    input.subtitle,
    `${input.version} · ${input.released} · ${input.language}`,
    '',
    ...input.files.map((f) => `  ${f.name.padEnd(width)}  ${formatBytes(f.bytes.length)}`),
    '',
    input.licence,
    '',
    input.credits,
    '',
  ].join('\n');
}

export async function makeBundle(input: BundleInput): Promise<Buffer> {
  const folder = `${input.kit}-${input.language}`;
  const parts = new Map<string, Buffer>();
  for (const file of input.files) parts.set(`${folder}/${file.name}`, file.bytes);
  parts.set(`${folder}/README.txt`, Buffer.from(readMe(input), 'utf8'));
  parts.set(`${folder}/LICENSE.md`, input.licenceFile);
  return writePackage(parts, input.date);
}
