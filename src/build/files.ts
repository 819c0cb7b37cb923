// What each built file is called and what it is, for the people who download it: a name that carries
// kit, variant and language (data-team-start-poster-a2-bleed-nl.pdf), so files from several languages
// never collide in one downloads folder; and its label and printing advice from the kit's `download:`
// texts, in the kit's language. Pure: used by the build, the bundles' read-me and the download page.
import type { DownloadTexts } from '../content/schema/download.js';
import type { PosterRenderOptions } from '../render/poster/render.js';
import { fill } from '../content/schema/download.js';

/** Which file of the download a built file is: its key in the texts, and for a poster its print variant. */
export interface FileVariant {
  /** The file's key under `download.files`: poster, poster-bleed, poster-tiled, deck, handbook, cards … */
  readonly file: string;
  readonly paper?: string;
  /** The sheet a tiled poster is printed on. */
  readonly sheet?: string;
  /** A print-shop poster's bleed, in millimetres. */
  readonly bleed?: number;
  readonly orientation?: 'landscape';
  readonly layout?: 'upright';
}

/** The bleed a print shop asks for when it says nothing else; its files are named just `-bleed`. */
export const PRINT_SHOP_BLEED = 3;

/** A poster's variant, from its render options. */
export function posterVariant(options: PosterRenderOptions): FileVariant {
  return {
    file: options.tile ? 'poster-tiled' : options.bleed > 0 ? 'poster-bleed' : 'poster',
    paper: options.paper,
    ...(options.tile ? { sheet: options.tile.sheet } : {}),
    ...(!options.tile && options.bleed > 0 ? { bleed: options.bleed } : {}),
    ...(options.orientation === 'landscape' ? { orientation: 'landscape' as const } : {}),
    ...(options.layout === 'upright' ? { layout: 'upright' as const } : {}),
  };
}

/** The part of a file name that says which file and variant it is: poster-a2-tiled-a4, deck, cards. */
export function variantStem(variant: FileVariant): string {
  if (!variant.file.startsWith('poster') || variant.paper === undefined) return variant.file;
  const parts = ['poster', variant.paper.toLowerCase()];
  if (variant.orientation) parts.push(variant.orientation);
  if (variant.layout) parts.push(variant.layout);
  if (variant.bleed !== undefined)
    parts.push(variant.bleed === PRINT_SHOP_BLEED ? 'bleed' : `bleed-${variant.bleed}mm`);
  if (variant.sheet) parts.push(`tiled-${variant.sheet.toLowerCase()}`);
  return parts.join('-');
}

/** The file's published name: `<kit>-<variant>-<language>.<ext>`. */
export function publishedName(
  kit: string,
  language: string,
  variant: FileVariant,
  extension: string,
): string {
  return `${kit}-${variantStem(variant)}-${language}${extension}`;
}

/** A file's label and printing advice in the kit's language, its placeholders filled in. */
export function describeFile(
  download: DownloadTexts,
  variant: FileVariant,
): { label: string; print: string } {
  const texts = (download.files as Readonly<Record<string, { label: string; print: string }>>)[variant.file];
  if (!texts) return { label: variant.file, print: '' };
  const values = {
    paper: variant.paper ?? '',
    sheet: variant.sheet ?? '',
    bleed: `${variant.bleed ?? PRINT_SHOP_BLEED} mm`,
  };
  const extra =
    'posterVariants' in download
      ? [
          variant.orientation ? download.posterVariants.landscape : '',
          variant.layout ? download.posterVariants.upright : '',
        ].filter(Boolean)
      : [];
  return {
    label: [fill(texts.label, values), ...extra].join(', '),
    print: fill(texts.print, values),
  };
}

/**
 * The order files are listed in, on the page and in the read-me: the order of the kit's `download.files`
 * (the poster to print first, then the deck and the handbook), then by paper size and sheet.
 */
export function fileOrder(download: DownloadTexts, a: FileVariant, b: FileVariant): number {
  const keys = Object.keys(download.files);
  const rank = (v: FileVariant) => {
    const i = keys.indexOf(v.file);
    return i < 0 ? keys.length : i;
  };
  return (
    rank(a) - rank(b) ||
    compare(a.paper, b.paper) ||
    // A4 sheets (the office printer everyone has) before A3.
    compare(b.sheet, a.sheet) ||
    compare(a.orientation, b.orientation) ||
    compare(a.layout, b.layout) ||
    (a.bleed ?? 0) - (b.bleed ?? 0)
  );
}

function compare(a: string | undefined, b: string | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}
