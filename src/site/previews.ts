// Preview images made from the real outputs: the first page of each PDF, and of each PPTX/DOCX as
// LibreOffice lays it out. These need poppler-utils and LibreOffice (Debian packages), which publishing
// needs anyway to check the files; building the kits does not.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Manifest, ManifestArtefact } from '../build/manifest.js';

const run = promisify(execFile);

export class MissingToolError extends Error {}

export interface PreviewImage {
  readonly artefact: string;
  /** Relative to the output folder. */
  readonly path: string;
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
}

/** One preview per artefact, except the extra poster variants (a preview of the first is enough). */
export function artefactsToPreview(manifest: Manifest): ManifestArtefact[] {
  const chosen: ManifestArtefact[] = [];
  for (const a of [...manifest.artefacts].sort(
    (x, y) => x.path.length - y.path.length || (x.path < y.path ? -1 : 1),
  )) {
    if (
      a.kind === 'poster' &&
      chosen.some((c) => c.kind === 'poster' && c.kit === a.kit && c.language === a.language)
    )
      continue;
    chosen.push(a);
  }
  return chosen.sort((x, y) => (x.path < y.path ? -1 : 1));
}

async function need(program: string, debianPackage: string): Promise<void> {
  try {
    await run('which', [program]);
  } catch {
    throw new MissingToolError(
      `dts site needs ${program} (Debian package ${debianPackage}) to make preview images: apt-get install poppler-utils libreoffice-impress libreoffice-writer`,
    );
  }
}

export async function makePreviews(outDir: string, manifest: Manifest): Promise<PreviewImage[]> {
  const artefacts = artefactsToPreview(manifest);
  await need('pdftoppm', 'poppler-utils');
  const office = artefacts.filter((a) => /\.(pptx|docx)$/.test(a.path));
  if (office.length > 0) await need('soffice', 'libreoffice-impress, libreoffice-writer');
  const work = await mkdtemp(path.join(tmpdir(), 'dts-previews-'));
  try {
    // One LibreOffice run converts every document; its own profile folder keeps it apart from any
    // LibreOffice the user has open.
    // Copies under numbered names: deck.pptx of every language would otherwise convert to one deck.pdf.
    const inputs: string[] = [];
    await mkdir(path.join(work, 'in'));
    for (const a of office) {
      const copy = path.join(work, 'in', `${artefacts.indexOf(a)}${path.extname(a.path)}`);
      await copyFile(path.join(outDir, ...a.path.split('/')), copy);
      inputs.push(copy);
    }
    if (office.length > 0) {
      await run(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          path.join(work, 'pdf'),
          ...inputs,
        ],
        { timeout: 180_000 },
      );
    }
    const { default: sharp } = await import('sharp');
    const images: PreviewImage[] = [];
    for (const [index, a] of artefacts.entries()) {
      const source = a.path.endsWith('.pdf')
        ? path.join(outDir, ...a.path.split('/'))
        : path.join(work, 'pdf', `${index}.pdf`);
      const prefix = path.join(work, `page-${index}`);
      await run('pdftoppm', [
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        '-scale-to',
        '640',
        '-png',
        source,
        prefix,
      ]);
      const png = await readFile(`${prefix}.png`);
      const image = sharp(png).resize({ width: 480, withoutEnlargement: true });
      const bytes = await image.webp({ quality: 80, effort: 4 }).toBuffer();
      const meta = await sharp(bytes).metadata();
      images.push({
        artefact: a.path,
        path: `previews/${a.path.replace(/\//g, '-').replace(/\.[a-z]+$/, '')}.webp`,
        bytes,
        width: meta.width ?? 480,
        height: meta.height ?? 480,
      });
    }
    return images;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
