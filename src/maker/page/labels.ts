// The words of the progress line: which file of which kit was just made, by its label on the download
// page ("A2 op A4-vellen"), from the worker's artefact name (a poster variant's stem such as
// poster-a2-tiled-a4, or an artefact id: deck, workshop). Pure.
import type { FileVariant } from '../../build/files.js';
import { describeFile, PRINT_SHOP_BLEED } from '../../build/files.js';
import type { DownloadTexts } from '../../content/schema/download.js';

const POSTER = /^poster-(a\d)(-landscape)?(-upright)?(?:-bleed(?:-(\d+)mm)?)?(-tiled-(a\d))?$/;

/** The inverse of variantStem (src/build/files.ts) for a poster. */
export function posterVariantOf(stem: string): FileVariant | undefined {
  const m = POSTER.exec(stem);
  if (!m) return undefined;
  const bleed = stem.includes('-bleed') ? Number(m[4] ?? PRINT_SHOP_BLEED) : undefined;
  return {
    file: m[6] ? 'poster-tiled' : bleed !== undefined ? 'poster-bleed' : 'poster',
    paper: m[1]!.toUpperCase(),
    ...(m[6] ? { sheet: m[6].toUpperCase() } : {}),
    ...(bleed !== undefined ? { bleed } : {}),
    ...(m[2] ? { orientation: 'landscape' as const } : {}),
    ...(m[3] ? { layout: 'upright' as const } : {}),
  };
}

/** The label of what the worker made, in the page's language; its name when no label fits. */
export function artefactLabel(download: DownloadTexts, artefact: string): string {
  const files = Object.keys(download.files);
  const variant = posterVariantOf(artefact);
  if (variant) return describeFile(download, variant).label;
  if (files.includes(artefact)) return describeFile(download, { file: artefact }).label;
  // An artefact of several files (the workshop: its guide and its deck).
  const parts = files.filter((f) => f.startsWith(`${artefact}-`));
  return parts.length ? parts.map((file) => describeFile(download, { file }).label).join(', ') : artefact;
}
