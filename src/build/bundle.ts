// One zip per kit and language: every file a user prints, a read-me in the kit's language that says which
// file to print where, what the licence allows and who made the kit, and the fonts' licence. Every word
// of the read-me comes from the kit's texts (`kit:` and `download:`), so a translator who adds a language
// adds its read-me too. Plain text, not a PDF: it opens on any computer or phone without a reader, and
// the bundle step stays free of pdfkit (which only the PDF worker loads). Fixed entry times: the same
// input gives the same bytes.
import type { DownloadTexts } from '../content/schema/download.js';
import { writePackage } from '../render/ooxml/package.js';
import { localSize } from '../units.js';

export { localSize } from '../units.js';
import type { FileVariant } from './files.js';
import { fill } from '../content/schema/download.js';
import { describeFile, fileOrder } from './files.js';

export interface BundleInput {
  readonly kit: string;
  readonly version: string;
  readonly released: string;
  readonly language: string;
  readonly title: string;
  readonly subtitle: string;
  readonly credits: string;
  readonly download: DownloadTexts;
  readonly files: readonly { readonly name: string; readonly variant: FileVariant; readonly bytes: Buffer }[];
  /** The licence of the fonts embedded in the PDFs and Word files (SIL OFL 1.1), included whole. */
  readonly fontLicence: Buffer;
  readonly date: Date;
}

/** The fonts' licence in each zip. */
export const FONT_LICENCE = 'SourceSans3-OFL.txt';

export function bundleName(kit: string, version: string, language: string): string {
  return `${kit}-${version}-${language}.zip`;
}

/** The read-me's name in the zip: from the texts (LEESMIJ.txt, README.txt). */
export function readMeName(download: DownloadTexts): string {
  return `${download.readme.file}.txt`;
}

const WIDTH = 78;

/** Words wrapped at 78 columns, each line after the first indented as the first; long words (links) stay whole. */
export function wrap(text: string, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

function heading(text: string, rule: '=' | '-'): string[] {
  return [text, rule.repeat([...text].length)];
}

/** Files in the order the read-me and the page list them. */
export function orderedFiles<T extends { readonly name: string; readonly variant: FileVariant }>(
  download: DownloadTexts,
  files: readonly T[],
): T[] {
  return [...files].sort(
    (a, b) => fileOrder(download, a.variant, b.variant) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

export function readMe(input: BundleInput): string {
  const { download } = input;
  const { readme } = download;
  const files = orderedFiles(download, input.files);
  const lines: string[] = [
    ...heading(`${readme.title}: ${input.title}`, '='),
    ...wrap(input.subtitle),
    `${download.page.version} ${input.version}, ${input.released}`,
    '',
    ...wrap(readme.intro),
    '',
    ...heading(readme.files, '-'),
  ];
  for (const file of files) {
    const { label, print } = describeFile(download, file.variant);
    lines.push(
      '',
      label,
      `  ${file.name} (${localSize(file.bytes.length, input.language)})`,
      ...wrap(print, '  '),
    );
  }
  if ('assembly' in download && files.some((f) => f.variant.sheet !== undefined)) {
    lines.push('', ...heading(download.assembly.title, '-'), '');
    download.assembly.steps.forEach((step, i) => {
      const [first = '', ...rest] = wrap(step, '   ');
      lines.push(`${i + 1}. ${first.trimStart()}`, ...rest);
    });
  }
  const { publisher } = download;
  lines.push(
    '',
    ...heading(readme.licence, '-'),
    ...wrap(readme.licenceText),
    readme.licenceLink,
    '',
    ...heading(readme.madeBy, '-'),
    ...wrap(input.credits),
    '',
    `${download.page.publisher}: ${publisher.name}`,
    publisher.url,
    ...(publisher.contact ? [`${download.page.contact}: ${publisher.contact}`] : []),
    '',
    ...heading(readme.fonts, '-'),
    ...wrap(fill(readme.fontsText, { file: FONT_LICENCE })),
    '',
  );
  return lines.join('\n');
}

export async function makeBundle(input: BundleInput): Promise<Buffer> {
  const folder = `${input.kit}-${input.language}`;
  const parts = new Map<string, Buffer>();
  parts.set(`${folder}/${readMeName(input.download)}`, Buffer.from(readMe(input), 'utf8'));
  for (const file of orderedFiles(input.download, input.files))
    parts.set(`${folder}/${file.name}`, file.bytes);
  parts.set(`${folder}/${FONT_LICENCE}`, input.fontLicence);
  return writePackage(parts, input.date);
}
