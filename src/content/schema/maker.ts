// The words of the "Make your own kit" page (`download.maker:` in the Data Team Start's texts): the form
// for an organisation's name, logo and colours, the live contrast check, the brand file, the build's
// progress, warnings and downloads. Every word the page shows comes from here, so a language a translator
// adds gets its page by adding texts only.
import { z } from 'zod';
import { text } from './common.js';
import { template } from './template.js';

export const makerTextsSchema = z.strictObject({
  /** The link from the download page, and a line under it. */
  link: text(),
  linkText: text(),
  /** The page's title and heading, and what it is for. */
  title: text(),
  intro: text(),
  /** That nothing leaves the user's machine, and that it works offline once loaded. */
  privacy: text(),
  offline: text(),
  back: text(),
  skip: text(),
  /** Shown when the browser runs no scripts or has no Web Workers. */
  noScript: text(),
  noWorker: text(),
  /** After a required field's label. */
  required: text(),
  /** Above the list of fields to correct. */
  check: text(),
  tooLong: template(['max']),
  empty: text(),
  organisation: z.strictObject({
    legend: text(),
    name: text(),
    nameHelp: text(),
    contact: text(),
    contactHelp: text(),
    logo: text(),
    logoHelp: template(['size']),
    logoChosen: template(['file', 'size']),
    logoType: text(),
    logoTooLarge: template(['size', 'max']),
    removeLogo: text(),
    logoAlt: text(),
    logoAltHelp: text(),
  }),
  colours: z.strictObject({
    legend: text(),
    help: text(),
    primary: text(),
    primaryHelp: text(),
    accent: text(),
    accentHelp: text(),
    ink: text(),
    inkHelp: text(),
    /** The colour picker beside each field, for screen readers: "Kies de hoofdkleur". */
    picker: template(['colour']),
    invalid: text(),
    kitColour: template(['colour']),
  }),
  /** The live contrast check of each colour. */
  contrast: z.strictObject({
    pass: template(['ratio']),
    /** A light primary colour: the text on it is set dark. */
    darkText: template(['ratio']),
    /** A primary colour too light as text: titles, numbers and prompts in a darker shade of it. */
    textShade: template(['colour', 'ratio']),
    /** The pairs a body-text colour must read on. */
    inkOnPaper: text(),
    inkOnTint: text(),
    error: template(['pair', 'ratio', 'minimum']),
    suggestion: template(['colour', 'ratio']),
    take: template(['colour']),
    none: text(),
  }),
  poster: z.strictObject({
    legend: text(),
    paper: text(),
    paperHelp: text(),
    orientation: text(),
    portrait: text(),
    landscape: text(),
    layout: text(),
    table: text(),
    upright: text(),
  }),
  kits: z.strictObject({
    legend: text(),
    languages: text(),
    noKit: text(),
    noLanguage: text(),
  }),
  brandFile: z.strictObject({
    heading: text(),
    help: text(),
    save: text(),
    saveLogo: template(['file']),
    load: text(),
    loadHelp: text(),
    loaded: template(['file']),
    problems: template(['file']),
    missingLogo: template(['file']),
    tooLarge: template(['file', 'max']),
  }),
  build: z.strictObject({
    button: text(),
    busy: text(),
    progress: text(),
    starting: text(),
    step: template(['done', 'total', 'artefact', 'language']),
    done: template(['seconds']),
    downloads: text(),
    downloadsHelp: text(),
    warnings: text(),
    warningsHelp: text(),
    errors: text(),
    errorsHelp: text(),
    /** The heading of the points that concern no field of the form (the kit's content). */
    other: text(),
    where: template(['where']),
    line: template(['line']),
    failed: template(['message']),
  }),
});

export type MakerTexts = z.infer<typeof makerTextsSchema>;
