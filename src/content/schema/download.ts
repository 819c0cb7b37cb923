// The `download:` block of a kit's texts: what the download page and the read-me in each zip say about
// the kit, its files and its licence, in the kit's language. Both kits have one; only the files differ.
import { z } from 'zod';
import { text, textList } from './common.js';

/**
 * A text with placeholders such as `{paper}`: each one `required` must be there (a label that drops one
 * would not say which size it is), and no `{…}` but those `allowed` may be (a typo would be printed as it
 * is).
 */
export function template(max: number, required: readonly string[], allowed: readonly string[] = required) {
  return text(max).superRefine((value, context) => {
    const found = [...value.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
    for (const name of required)
      if (!found.includes(name)) context.addIssue({ code: 'custom', message: `needs the placeholder {${name}}` });
    for (const name of found)
      if (!allowed.includes(name))
        context.addIssue({
          code: 'custom',
          message: `has an unknown placeholder {${name}} (expected ${allowed.length ? allowed.map((p) => `{${p}}`).join(', ') : 'none'})`,
        });
  });
}

const url = z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' });

/**
 * One file of the download: its label on the page and in the read-me (which must name the `label`
 * placeholders), and where to print it (which may use those of `print`).
 */
function file(label: readonly string[] = [], print: readonly string[] = label) {
  return z.strictObject({ label: template(60, label), print: template(420, [], print) });
}

const downloadCommon = {
  /** Who publishes the kit: on the page and in the read-me. */
  publisher: z.strictObject({
    name: text(80),
    url,
    /**
     * An e-mail address or a web address for questions; optional, so no made-up address is shipped
     * before the publisher has given one.
     */
    contact: text(120).optional(),
  }),
  /** The kit in four short answers, on the download page. */
  about: z.strictObject({
    what: text(320),
    audience: text(240),
    duration: text(160),
    needs: text(320),
  }),
  /** The read-me in each zip (plain text). */
  readme: z.strictObject({
    /** Its file name in the zip, without `.txt`: LEESMIJ, README. */
    file: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,30}$/, {
      error: 'expected a file name of letters, digits, - and _ (without .txt), such as README',
    }),
    title: text(80),
    intro: text(600),
    files: text(80),
    licence: text(80),
    /** The licence in plain words: what a user may do, and on what terms. */
    licenceText: text(700),
    licenceLink: url,
    madeBy: text(80),
    fonts: text(80),
    /** The fonts' licence; `{file}` is the name of its full text in the zip. */
    fontsText: template(500, ['file']),
  }),
  /** The download page's own words (the page takes them from the first kit in each language). */
  page: z.strictObject({
    /** The page's title and heading. */
    title: text(80),
    intro: text(400),
    /** The label of the language switch. */
    languages: text(40),
    /** The name of this language in itself, in the switch: Nederlands, English. */
    languageName: text(40),
    skip: text(60),
    what: text(40),
    audience: text(40),
    duration: text(40),
    needs: text(40),
    version: text(40),
    downloadAll: template(80, ['size']),
    separately: text(60),
    preview: template(80, ['label']),
    page: text(24),
    pages: text(24),
    slides: text(24),
    checksums: text(60),
    checksumsHelp: text(300),
    publisher: text(40),
    contact: text(40),
    madeWith: text(40),
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
  posterVariants: z.strictObject({ landscape: text(24), upright: text(32) }),
  /** How to put tiled sheets together: the steps, in order. */
  assembly: z.strictObject({ title: text(80), steps: textList(300, 2, 8) }),
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
