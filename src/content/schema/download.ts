// The `download:` block of a kit's texts: what the download page and the read-me in each zip say about
// the kit, its files and its licence, in the kit's language. Both kits have one; only the files differ.
import { z } from 'zod';
import { text, textList } from './common.js';
import { makerTextsSchema } from './maker.js';
import { template } from './template.js';

export { fill, template } from './template.js';

const url = z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' });

/**
 * One file of the download: its label on the page and in the read-me (which must name the `label`
 * placeholders), and where to print it (which may use those of `print`).
 */
function file(label: readonly string[] = [], print: readonly string[] = label) {
  return z.strictObject({ label: template(label), print: template([], print) });
}

const downloadCommon = {
  /** Who publishes the kit: on the page and in the read-me. */
  publisher: z.strictObject({
    name: text(),
    url,
    /**
     * An e-mail address or a web address for questions; optional, so no made-up address is shipped
     * before the publisher has given one.
     */
    contact: text().optional(),
  }),
  /** The kit in four short answers, on the download page. */
  about: z.strictObject({
    what: text(),
    audience: text(),
    duration: text(),
    needs: text(),
  }),
  /** The read-me in each zip (plain text). */
  readme: z.strictObject({
    /** Its file name in the zip, without `.txt`: LEESMIJ, README. */
    file: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,30}$/, {
      error: 'expected a file name of letters, digits, - and _ (without .txt), such as README',
    }),
    title: text(),
    intro: text(),
    files: text(),
    licence: text(),
    /** The licence in plain words: what a user may do, and on what terms. */
    licenceText: text(),
    licenceLink: url,
    madeBy: text(),
    fonts: text(),
    /** The fonts' licence; `{file}` is the name of its full text in the zip. */
    fontsText: template(['file']),
  }),
  /** The download page's own words (the page takes them from the first kit in each language). */
  page: z.strictObject({
    /** The page's title and heading. */
    title: text(),
    intro: text(),
    /** The label of the language switch. */
    languages: text(),
    /** The name of this language in itself, in the switch: Nederlands, English. */
    languageName: text(),
    skip: text(),
    what: text(),
    audience: text(),
    duration: text(),
    needs: text(),
    version: text(),
    downloadAll: template(['size']),
    separately: text(),
    preview: template(['label']),
    page: text(),
    pages: text(),
    slides: text(),
    checksums: text(),
    checksumsHelp: text(),
    publisher: text(),
    contact: text(),
    madeWith: text(),
  }),
};

/** The Data Team Start's: the poster in its print variants, the deck and the handbook. */
export const dtsDownloadSchema = z.strictObject({
  ...downloadCommon,
  files: z.strictObject({
    poster: file(['paper']),
    'poster-bleed': file(['paper'], ['paper', 'bleed']),
    'poster-tiled': file(['paper', 'sheet']),
    deck: file(),
    handbook: file(),
  }),
  /** Added to a poster's label when it is not the portrait table layout. */
  posterVariants: z.strictObject({ landscape: text(), upright: text() }),
  /** How to put tiled sheets together: the steps, in order. */
  assembly: z.strictObject({ title: text(), steps: textList(2, 8) }),
  /** The "Make your own kit" page (the site takes its words from the kit that has them). */
  maker: makerTextsSchema,
});

/** The checklist kit's: the checklist, the cards, the workshop's guide and deck. */
export const checklistDownloadSchema = z.strictObject({
  ...downloadCommon,
  files: z.strictObject({
    checklist: file(),
    cards: file(),
    'workshop-guide': file(),
    'workshop-deck': file(),
  }),
});

export type DtsDownload = z.infer<typeof dtsDownloadSchema>;
export type ChecklistDownload = z.infer<typeof checklistDownloadSchema>;
export type DownloadTexts = DtsDownload | ChecklistDownload;
