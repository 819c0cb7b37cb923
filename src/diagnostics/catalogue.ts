// The catalogue of diagnostic codes: each permanent code with what it means, an example, what to do, and
// its messages. Every message dts prints is written here, as a template from named parameters to the text
// (with its hint), in English and, for what a user of the in-browser kit maker meets, in Dutch. Call sites
// name a template and give its parameters: `diagnostic('low-resolution', { dpi, ... }, where)`
// (messages.ts). The type of a diagnostic's code comes from this list, and docs/ERRORS.md is generated
// from it (`npm run docs:errors`; a test fails when the file is not current).
import type { Severity } from './diagnostic.js';
import { artefactNl, brandFieldNl, colourPairNl, decimal, readProblemNl } from './dutch.js';

/** What a template is given: plain data, so a diagnostic can cross a worker thread and be written again. */
export type MessageParam = string | number | boolean | undefined | readonly string[];
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** One message: its text and hint from named parameters, in English and (where written) in Dutch. */
export interface Template<P extends MessageParams = MessageParams> {
  /** For a code that is an error or a warning depending on the case: which this message is. */
  readonly severity?: Severity;
  readonly en: (p: P) => string;
  readonly hint?: (p: P) => string | undefined;
  /** Dutch, as the kit maker's page shows it; undefined where the parameters have no Dutch words. */
  readonly nl?: (p: P) => string | undefined;
  readonly nlHint?: (p: P) => string | undefined;
}

/** A template whose parameters are `P` (no parameters: `template({ en: () => '...' })`). */
export function template<P extends MessageParams = Record<string, never>>(t: Template<P>): Template<P> {
  return t;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const pluralNl = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;
const CONTAIN_HINT = 'put the logo next to the brand file or in a folder below it';
const CONTAIN_HINT_NL = 'Zet het logo naast het merkbestand of in een map daaronder.';
const PRIMARY_SURFACES = 'title band, title slides, table headers';
const PRIMARY_SURFACES_NL = "titelbalk, titeldia's, tabelkoppen";
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface CatalogueEntry {
  /** Whether the code stops a build, warns, or (depending on the case) either. */
  readonly severity: 'error' | 'warning' | 'error or warning';
  /** Who meets it first, so ERRORS.md can group the entries by reader. */
  readonly area: 'files' | 'content' | 'translation' | 'layout' | 'brand' | 'answers';
  /** One line: what happened. */
  readonly title: string;
  /** What it means, in a few sentences, for the person who has to fix it. */
  readonly meaning: string;
  /** A message as dts prints it. */
  readonly example: string;
  /** What to do. */
  readonly fix: string;
  /** The code's one message (its message id is the code)... */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each template has its own parameters
  readonly message?: Template<any>;
  /** ...or its several, by variant (message ids `code/variant`). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each template has its own parameters
  readonly messages?: Readonly<Record<string, Template<any>>>;
}

export const catalogue = {
  'file-unreadable': {
    severity: 'error',
    area: 'files',
    title: 'A file could not be read',
    meaning:
      'dts reads only regular files of bounded size inside their folder: a folder, a FIFO, a device, a file over its size cap (content YAML 2 MB, brand file 64 kB, logo 20 MB, PO 10 MB, answers PDF 20 MB or YAML 1 MB), a file that is not UTF-8 text, or a path that leaves its folder is refused before it is read.',
    example: 'brand/brand.yaml:3:7  error  logo  is outside the brand file\'s folder ("../logo.png")',
    fix: 'Point at a regular file of the expected kind inside the folder named in the message, or make it smaller.',
    messages: {
      read: template<{ reason: string }>({ en: (p) => p.reason }),
      'not-pdf': template({
        en: () => 'is not a PDF file',
        hint: () => 'give the filled-in checklist.pdf, or an answers .yaml file',
      }),
      'encrypted-pdf': template({
        en: () => 'is an encrypted PDF, which dts cannot read',
        hint: () => 'save the checklist again without a password or protection',
      }),
      'damaged-pdf': template<{ reason: string }>({
        en: (p) => `is a damaged PDF that cannot be read (${p.reason})`,
        hint: () => 'save the filled-in checklist again from your PDF reader, or export the answers to YAML',
      }),
      'damaged-form': template({
        en: () => 'is a damaged PDF: its pages or form cannot be read',
        hint: () => 'save the filled-in checklist again from your PDF reader, or export the answers to YAML',
      }),
      'answers-too-big': template<{ size: string; max: string }>({
        en: (p) => `is ${p.size} (expected an answers YAML file of at most ${p.max})`,
      }),
      'answers-kind': template({
        en: () =>
          'is neither a PDF nor a YAML answers file (expected a filled-in checklist.pdf or answers.yaml)',
      }),
      'brand-file': template<{ reason?: string }>({
        en: (p) =>
          p.reason
            ? `${p.reason}; see BRANDING.md`
            : 'cannot be read (expected a brand file in YAML; see BRANDING.md)',
        nl: (p) => {
          const reason = p.reason === undefined ? 'is niet te lezen' : readProblemNl(p.reason);
          return reason ? `Het merkbestand ${reason}.` : undefined;
        },
      }),
      'logo-absolute': template<{ named: string }>({
        en: (p) => `names ${p.named}, an absolute path (expected a path relative to the brand file)`,
        hint: () => CONTAIN_HINT,
        nl: (p) =>
          `Het logo staat als volledig pad in het merkbestand (${p.named}); verwacht is een pad vanaf het merkbestand.`,
        nlHint: () => CONTAIN_HINT_NL,
      }),
      'logo-unresolved': template<{ logo: string; reason: string }>({
        en: (p) => `names ${p.logo}, which ${p.reason} (expected a path relative to the brand file)`,
        nl: (p) => {
          const reason = readProblemNl(p.reason);
          return reason ? `Het logo ${p.logo} ${reason}.` : undefined;
        },
      }),
      'logo-outside': template<{ logo: string }>({
        en: (p) => `names ${p.logo}, which lies outside the brand file's folder`,
        hint: () => CONTAIN_HINT,
        nl: (p) => `Het logo ${p.logo} staat buiten de map van het merkbestand.`,
        nlHint: () => CONTAIN_HINT_NL,
      }),
      'logo-read': template<{ logo: string; reason: string }>({
        en: (p) => `names ${p.logo}, which ${p.reason}`,
        nl: (p) => {
          const reason = readProblemNl(p.reason);
          return reason ? `Het logo ${p.logo} ${reason}.` : undefined;
        },
      }),
    },
  },
  'content-missing': {
    severity: 'error',
    area: 'content',
    title: 'A kit or one of its files is missing',
    meaning:
      'The content folder must hold one folder per kit with a kit.yaml and a texts/ folder with at least the source language. This code also reports an empty content folder.',
    example: 'content/data-team-start  error  has no texts/nl.yaml (expected the source language "nl")',
    fix: 'Restore the missing file (git checkout it), or run dts from the project folder so content/ is found.',
    messages: {
      'no-kits': template({
        en: () => 'holds no kit folders (expected folders such as data-team-start/ with a kit.yaml)',
        hint: () => 'run the command from the project folder, or point --content at the content folder',
      }),
      'no-file': template({ en: () => 'does not exist (expected this file in every kit folder)' }),
      'no-source-texts': template<{ language: string; file: string }>({
        en: (p) => `is "${p.language}", but ${p.file} does not exist (expected the source language's texts)`,
      }),
    },
  },
  'yaml-syntax': {
    severity: 'error',
    area: 'content',
    title: 'A YAML file cannot be parsed',
    meaning:
      'The file is not valid YAML (often an indentation slip, an unclosed quote, a duplicate key or a tab), or it nests maps and lists more than 64 levels deep. Only the first syntax error of a file is reported: later ones are mostly echoes of it.',
    example:
      'content/data-team-start/texts/en.yaml:41:3  error  is not valid YAML: Implicit keys need to be on a single line\n    hint: check the indentation and quotes here',
    fix: 'Look at the line named and the one before it: indent with spaces as the lines around it, close quotes, remove a repeated key.',
    messages: {
      'too-deep': template<{ max: number }>({
        en: (p) => `is nested more than ${p.max} levels deep (expected maps and lists a few levels deep)`,
        hint: () =>
          'each deeper indent, and each bracket, opens another level: check the indentation and brackets here',
      }),
      invalid: template<{ reason: string; duplicateKey: boolean; more: number }>({
        en: (p) => `is not valid YAML: ${p.reason}`,
        hint: (p) =>
          p.duplicateKey
            ? 'each key may appear only once in a map'
            : `check the indentation and quotes here${p.more > 0 ? '; the rest of this file is checked once this is fixed' : ''}`,
      }),
      alias: template<{ reason: string }>({
        en: (p) => `is not valid YAML: ${p.reason}`,
        hint: () =>
          'an alias (*name) needs an anchor (&name) earlier in the same file; write the text out instead',
      }),
    },
  },
  schema: {
    severity: 'error or warning',
    area: 'content',
    title: 'A value has the wrong type or shape',
    meaning:
      "A field holds something of another kind than the kit's structure expects (a text where a list is expected, a number out of range, a required field missing), or two fields contradict each other. A session schedule without a break is only a warning.",
    example:
      'content/data-team-start/kit.yaml:44:14  error  assignments[0].minutes  is "twenty" (expected a number of minutes)',
    fix: 'Give the field the kind of value the message names; docs/CONTENT.md lists every field.',
    messages: {
      missing: template<{ expected: string }>({ en: (p) => `is missing (expected ${p.expected})` }),
      empty: template<{ expected: string }>({
        en: (p) => `is empty (expected ${p.expected})`,
        hint: () => 'a value starting with # is read as a comment: put it in quotes, e.g. "#0A5C8A"',
      }),
      'wrong-type': template<{ value: string; expected: string; colon: boolean }>({
        en: (p) => `is ${p.value} (expected ${p.expected})`,
        hint: (p) =>
          p.colon
            ? 'a text that contains ": " must be put in quotes, or written after >- on the next lines'
            : undefined,
      }),
      'too-many-items': template<{ count: number; max: number }>({
        en: (p) => `has ${p.count} items (expected at most ${p.max})`,
      }),
      'too-big': template<{ value: string; max: number }>({
        en: (p) => `is ${p.value} (expected at most ${p.max})`,
      }),
      'too-few-items': template<{ count: number; min: number }>({
        en: (p) => `has ${p.count} items (expected at least ${p.min})`,
      }),
      'not-above': template<{ value: string; min: number }>({
        en: (p) => `is ${p.value} (expected a number above ${p.min})`,
      }),
      'too-small': template<{ value: string; min: number }>({
        en: (p) => `is ${p.value} (expected at least ${p.min})`,
      }),
      control: template<{ control: string }>({
        en: (p) => `contains the control character ${p.control} (expected printable text)`,
        hint: () => 'delete it: it prints as garbage, and a terminal or reader may act on it',
      }),
      invalid: template<{ value?: string; reason: string }>({
        en: (p) => `${p.value === undefined ? 'is missing' : `is ${p.value}`} (${p.reason})`,
      }),
      'not-one-of': template<{ value: string; allowed: string }>({
        en: (p) => `is ${p.value} (expected ${p.allowed})`,
      }),
      'bad-key': template<{ key: string; reason: string }>({
        en: (p) => `has a key ${p.key} that is not valid (${p.reason})`,
      }),
      'unknown-kind': template<{ kind?: string; known: readonly string[]; guess?: string }>({
        en: (p) =>
          `${p.kind === undefined ? 'is missing' : `is "${p.kind}"`} (expected one of: ${p.known.join(', ')})`,
        hint: (p) => (p.guess ? `did you mean "${p.guess}"?` : undefined),
      }),
      'id-not-folder': template<{ id: string; folder: string }>({
        en: (p) => `is "${p.id}", but the folder is named "${p.folder}" (expected them to be the same)`,
        hint: () => 'the id names the output folders; rename the folder or the id',
      }),
      'no-matrix-row': template<{ stage: string }>({
        en: (p) => `has no row for stage "${p.stage}" (expected one for every stage)`,
      }),
      'assignment-and-activity': template({
        en: () => 'names both an assignment and an activity (expected one of them)',
      }),
      'set-on-assignment': template({
        en: () =>
          'is set on an assignment entry (expected only "assignment"; its minutes come from the assignment)',
      }),
      'neither-assignment-nor-activity': template({
        en: () =>
          'names neither an assignment nor an activity (expected "assignment: <id>" or "activity: <id>" with kind and minutes)',
      }),
      'no-kind': template({ en: () => 'has no kind (expected kind: opening, break or closing)' }),
      'no-minutes': template({ en: () => 'has no minutes (expected the length of the activity in minutes)' }),
      'no-break': template({
        severity: 'warning',
        en: () => 'has no break (expected an activity with kind: break in a session this long)',
      }),
    },
  },
  'unknown-key': {
    severity: 'error',
    area: 'content',
    title: 'A key that the structure does not know',
    meaning:
      'A key is not part of the file\'s structure, usually a typo ("sumary" for "summary") or a text put at the wrong level. The message suggests the nearest known key.',
    example:
      'content/data-team-start/texts/nl.yaml:170:5  error  assignments.problem-tree.sumary  is not a known field (expected one of: title, summary, steps, canvas)\n    hint: did you mean "summary"?',
    fix: 'Rename the key as suggested, or move the text to where it belongs.',
    message: template<{ known: readonly string[]; guess?: string }>({
      en: (p) => `is not a known field${p.known.length ? ` (expected one of: ${p.known.join(', ')})` : ''}`,
      hint: (p) => (p.guess ? `did you mean "${p.guess}"?` : 'remove it, or check its indentation'),
      nl: (p) => `Dit veld kent dts niet${p.known.length ? ` (wel bekend: ${p.known.join(', ')})` : ''}.`,
      nlHint: (p) =>
        p.guess ? `Bedoel je "${p.guess}"?` : 'Haal het weg, of kijk of het goed is ingesprongen.',
    }),
  },
  'empty-text': {
    severity: 'error',
    area: 'content',
    title: 'A text is empty',
    meaning:
      'Every printed text must say something: an empty text would leave a hole on the poster or a slide.',
    example: 'content/data-team-start/texts/en.yaml:12:12  error  kit.subtitle  is empty (expected a text)',
    fix: 'Write the text, or remove the key in a translation so the source language is used until it is translated.',
    messages: {
      null: template<{ expected: string }>({
        en: (p) => `is empty (expected ${p.expected})`,
        hint: () => 'a value starting with # is read as a comment: put it in quotes, e.g. "#0A5C8A"',
      }),
      blank: template({ en: () => 'is empty (expected a text)' }),
    },
  },
  'text-too-long': {
    severity: 'error',
    area: 'brand',
    title: 'A brand field is longer than it may be',
    meaning:
      "The organisation's name in a brand file has a limit of 60 characters, as it is printed on every artefact. The kit's own texts have no such limit in any language: whether a text fits its box is measured with the font (text-overflow).",
    example: 'brand/brand.yaml:1:15  error  organisation  is 72 characters long (expected at most 60)',
    fix: 'Use the short form of the name people know.',
    message: template<{ field?: string; length: number; max: number }>({
      en: (p) => `is ${p.length} characters long (expected at most ${p.max})`,
      hint: () => 'shorten it: this text is printed in a box of fixed size',
      nl: (p) => {
        const what = brandFieldNl(p.field);
        return what
          ? `${capital(what)} is ${p.length} tekens lang; er passen er hoogstens ${p.max}.`
          : undefined;
      },
      nlHint: (p) =>
        p.field === 'organisation' ? 'Gebruik de korte naam die mensen kennen.' : 'Maak de tekst korter.',
    }),
  },
  'duplicate-id': {
    severity: 'error',
    area: 'content',
    title: 'An id is used twice',
    meaning:
      'Ids name assignments, competencies, questions and cards for good: each must be unique in its list.',
    example:
      'content/checklist-samen-data-delen/kit.yaml:30:9  error  question id "data-sources" is used twice (first at item 2)',
    fix: 'Give one of them a new id (and its texts in every language the same new key).',
    messages: {
      'in-list': template<{ what: string; id: string; first: number }>({
        en: (p) => `${p.what} id "${p.id}" is used twice (first at item ${p.first})`,
        hint: () => 'ids must be unique: rename one of them',
      }),
      'question-in-two-areas': template<{ id: string; other: string }>({
        en: (p) => `question id "${p.id}" is used twice (also in area "${p.other}")`,
        hint: () => 'question ids name the fields of the fillable form: they must be unique',
      }),
      'question-form-prefix': template<{ id: string; prefix: string }>({
        en: (p) =>
          `question id "${p.id}" starts with "${p.prefix}", which the checklist's cover and task fields use`,
        hint: () =>
          'question ids name form fields: choose an id that does not start with cover-, task- or agreements',
      }),
      'area-in-two-steps': template<{ id: string; other: string; step: string }>({
        en: (p) => `question area "${p.id}" is in two workshop steps ("${p.other}" and "${p.step}")`,
        hint: () => "each area is discussed in one round: its questions are shown on that round's slides",
      }),
      'listed-twice': template<{ what: string; id: string }>({
        en: (p) => `${p.what} "${p.id}" is listed twice`,
      }),
      'everyone-and-someone': template<{ id: string; stage: string }>({
        en: (p) => `competency "${p.id}" is under both "everyone" and "someone" for stage "${p.stage}"`,
      }),
      'scheduled-twice': template<{ assignment: string; first: number }>({
        en: (p) => `schedules assignment "${p.assignment}" a second time (first at entry ${p.first})`,
      }),
      'activity-id-used': template<{ id: string }>({
        en: (p) => `activity id "${p.id}" is already used in the schedule or by an assignment`,
      }),
    },
  },
  'unknown-reference': {
    severity: 'error or warning',
    area: 'content',
    title: 'A reference to something that does not exist',
    meaning:
      'A field refers by id to a competency, question, area or assignment that the kit does not define. In answers for `dts plan`, a task that names a question the checklist does not have is a warning: the plan shows the reference as written.',
    example:
      'content/data-team-start/kit.yaml:46:19  error  assignments[0].competencies[1]  is "domain-expertize", which is not a competency (did you mean "domain-expertise"?)',
    fix: 'Correct the id, or define what it refers to.',
    messages: {
      'no-such-id': template<{ what: string; id: string; known: readonly string[]; guess?: string }>({
        en: (p) =>
          `refers to ${p.what} "${p.id}", which does not exist (expected one of: ${p.known.join(', ')})`,
        hint: (p) => (p.guess ? `did you mean "${p.guess}"?` : undefined),
      }),
      'question-not-in-area': template<{ id: string; area: string; own: readonly string[] }>({
        en: (p) =>
          `question "${p.id}" is not in the tip's area "${p.area}" (expected one of: ${p.own.join(', ')})`,
        hint: () => "a tip card is printed in its area's colour and points to questions of that area",
      }),
      'no-fallback-texts': template<{ language: string; known: readonly string[] }>({
        en: (p) =>
          `names language "${p.language}", which has no texts in this kit (expected one of: ${p.known.join(', ')})`,
      }),
      'fallback-circle': template<{ chain: readonly string[] }>({
        en: (p) => `makes a circle of fallbacks (${p.chain.join(' → ')}) (expected a chain that ends)`,
      }),
      'answer-not-a-question': template<{ id: string; guess?: string }>({
        severity: 'error',
        en: (p) => `answers a question this checklist does not have: "${p.id}"`,
        hint: (p) =>
          p.guess
            ? `did you mean "${p.guess}"?`
            : 'question ids are the names in kit.yaml (e.g. goal-societal-question); check their spelling',
      }),
      'task-question': template<{
        task: number;
        what: string;
        question: string;
        last: string;
        guess?: string;
      }>({
        severity: 'warning',
        en: (p) =>
          `task ${p.task} ("${p.what}") refers to "${p.question}", which is neither a question number (1.1 to ${p.last}) nor a question id of this checklist; the plan shows it as written`,
        hint: (p) =>
          p.guess
            ? `did you mean "${p.guess}"?`
            : 'write the question’s number as the checklist prints it, e.g. 3.4',
      }),
      'example-column': template<{ assignment: string; ids: readonly string[] }>({
        severity: 'error',
        en: (p) =>
          `is not a column of the table of assignment "${p.assignment}" (expected one of: ${p.ids.join(', ')})`,
      }),
      'example-competency': template<{ ids: readonly string[] }>({
        severity: 'error',
        en: (p) => `is not a competency of the kit (expected one of: ${p.ids.join(', ')})`,
      }),
      'example-stage': template<{ ids: readonly string[] }>({
        severity: 'error',
        en: (p) => `is not a stage of the kit (expected one of: ${p.ids.join(', ')})`,
      }),
      'not-in-kit': template<{ what: string; ids: readonly string[]; guess?: string }>({
        en: (p) => `is not in kit.yaml (expected one of the ${p.what} ids: ${p.ids.join(', ')})`,
        hint: (p) => (p.guess ? `did you mean "${p.guess}"?` : 'remove it, or add the id to kit.yaml'),
      }),
    },
  },
  'unused-item': {
    severity: 'error',
    area: 'content',
    title: 'Something is defined but never used',
    meaning:
      'An assignment missing from the schedule, a question area without a tip card or without a plan section: the kit would silently leave it out.',
    example:
      'content/data-team-start/kit.yaml:40:9  error  assignment "our-agreements" is not in the schedule (expected every assignment in the schedule once)',
    fix: 'Use it where the message says, or remove it.',
    messages: {
      'area-without-tip': template<{ area: string }>({
        en: (p) => `question area "${p.area}" has no tip card (expected at least one tip per area)`,
      }),
      'area-too-many-tips': template<{ area: string; count: number; max: number }>({
        en: (p) =>
          `question area "${p.area}" has ${p.count} tip cards (expected at most ${p.max}: cards are lettered A to Z within their area)`,
      }),
      'area-in-no-step': template<{ area: string }>({
        en: (p) =>
          `question area "${p.area}" is in no workshop step (expected it in some step's areas, as the others are)`,
        hint: () => "the workshop deck shows an area's questions in the step that names it",
      }),
      'area-in-no-plan-section': template<{ area: string }>({
        en: (p) =>
          `question area "${p.area}" feeds no section of the project plan (expected it in some plan section's areas)`,
        hint: () => 'its answers would be missing from the project plan',
      }),
      'assignment-not-scheduled': template<{ assignment: string }>({
        en: (p) =>
          `assignment "${p.assignment}" is not in the schedule (expected every assignment in the schedule once)`,
      }),
    },
  },
  'schedule-total': {
    severity: 'error',
    area: 'content',
    title: "The schedule's minutes do not add up",
    meaning:
      "A session's or workshop's total length must equal the sum of its parts, so the agenda printed is true.",
    example:
      'content/data-team-start/kit.yaml:8:17  error  is 240, but the schedule adds up to 235 minutes (expected them to be equal)',
    fix: "Change a part's minutes or the total.",
    messages: {
      workshop: template<{ total: number; sum: number }>({
        en: (p) =>
          `is ${p.total}, but the workshop steps add up to ${p.sum} minutes (expected them to be equal)`,
        hint: (p) => `change the steps' minutes by ${p.total - p.sum}, or set workshopMinutes to ${p.sum}`,
      }),
      session: template<{ total: number; sum: number }>({
        en: (p) => `is ${p.total}, but the schedule adds up to ${p.sum} minutes (expected them to be equal)`,
        hint: (p) =>
          `change the minutes of the schedule or the assignments by ${p.total - p.sum}, or set sessionMinutes to ${p.sum}`,
      }),
    },
  },
  'language-mismatch': {
    severity: 'error',
    area: 'translation',
    title: 'A texts file names another language than its file name',
    meaning:
      'texts/de.yaml must say `language: de`: the file name and the field together say which language it is.',
    example:
      'content/data-team-start/texts/de.yaml:1:11  error  language  is "nl" (expected "de", as the file name says)',
    fix: "Set the language field to the file's name (or rename the file).",
    messages: {
      'file-name': template({
        en: () =>
          'has a name that is not a language code (expected <language>.yaml, such as nl.yaml or pt-BR.yaml)',
      }),
      field: template<{ found?: string; language: string }>({
        en: (p) =>
          `is ${p.found === undefined ? 'missing' : `"${p.found}"`} (expected "${p.language}", as the file name says)`,
      }),
    },
  },
  'missing-text': {
    severity: 'error',
    area: 'translation',
    title: 'A text the source language has is missing',
    meaning: 'A language without `fallback:` must have every text of the source language.',
    example:
      'content/data-team-start/texts/de.yaml:167:1  error  assignments.problem-tree.summary  is missing (expected a text, as in "nl")',
    fix: 'Translate it, or add `fallback: nl` at the top so missing texts are taken from Dutch for now.',
    messages: {
      text: template<{ source: string }>({
        en: (p) => `is missing (the source language "${p.source}" has it)`,
        hint: (p) =>
          `translate it, or add "fallback: ${p.source}" at the top of this file to use the ${p.source} text meanwhile`,
      }),
      'no-record': template<{ key: string; what: string; ids: readonly string[] }>({
        en: (p) => `has no ${p.key} (expected the ${p.what}: ${p.ids.join(', ')})`,
      }),
      'no-entry': template<{ what: string; id: string }>({
        en: (p) =>
          `has no entry for ${p.what} "${p.id}" (expected one text entry for every ${p.what} in kit.yaml)`,
      }),
    },
  },
  'extra-text': {
    severity: 'error',
    area: 'translation',
    title: 'A translation has an item the source language does not have',
    meaning: 'Lists in a translation have the same items as in the source language, in the same order.',
    example:
      'content/data-team-start/texts/en.yaml:200:7  error  assignments.problem-tree.steps[4]  is an item that the source language "nl" does not have',
    fix: 'Remove the extra item, or add it to the source language first.',
    message: template<{ source: string }>({
      en: (p) =>
        `is an item that the source language "${p.source}" does not have (expected the same items as "${p.source}", in the same order)`,
    }),
  },
  'fallback-used': {
    severity: 'warning',
    area: 'translation',
    title: 'A text is not translated yet',
    meaning: 'The language has `fallback:` and this text comes from the fallback language for now.',
    example:
      'content/data-team-start/texts/de.yaml  warning  assignments.problem-tree.summary  is not translated yet: the "nl" text is used',
    fix: 'Translate it (`dts translate export` gives a PO or XLIFF file with everything still to do).',
    message: template<{ language: string }>({
      en: (p) => `is not translated yet: the "${p.language}" text is used`,
    }),
  },
  'outdated-text': {
    severity: 'warning',
    area: 'translation',
    title: 'The source text changed since it was translated',
    meaning:
      'The translation record (texts/<language>.translated-from.json) holds the source text each translation was made from; the source has changed since.',
    example:
      'content/data-team-start/texts/en.yaml:170:14  warning  assignments.problem-tree.summary  is outdated: the Dutch text changed since it was translated',
    fix: 'Update the translation, then `dts translate accept --kit <kit> --lang <language> --field <id>`.',
    messages: {
      changed: template<{
        source: string;
        change: string;
        sourceFile: string;
        line: number;
        kit: string;
        language: string;
        key: string;
      }>({
        en: (p) => `was translated from an older "${p.source}" text, which has changed since: ${p.change}`,
        hint: (p) =>
          `check the translation against ${p.sourceFile} line ${p.line}, then run "dts translate accept --kit ${p.kit} --lang ${p.language} --field ${p.key}"`,
      }),
      imported: template<{ source: string; file: string }>({
        en: (p) =>
          `was translated from an older "${p.source}" text than ${p.file} has now: imported, and listed as outdated until it is checked`,
      }),
    },
  },
  'translation-record': {
    severity: 'error',
    area: 'translation',
    title: 'The translation record cannot be used',
    meaning: 'texts/<language>.translated-from.json is not the JSON dts writes (edited by hand, or cut off).',
    example:
      'content/data-team-start/texts/en.translated-from.json  error  is not a translation record (expected the JSON that dts translate accept writes)',
    fix: 'Restore it from git, or delete it and run `dts translate accept` after checking the translations.',
    messages: {
      json: template<{ reason: string; language: string }>({
        en: (p) => `is not valid JSON (${p.reason})`,
        hint: (p) => `dts writes this file; run "dts translate accept --lang ${p.language}" to write it anew`,
      }),
      shape: template<{ path: string; reason: string; language: string }>({
        en: (p) =>
          `does not hold a translation record: ${p.path} ${p.reason} (expected language, sourceLanguage and texts)`,
        hint: (p) => `dts writes this file; run "dts translate accept --lang ${p.language}" to write it anew`,
      }),
      languages: template<{ found: string; foundSource: string; language: string; sourceLanguage: string }>({
        en: (p) =>
          `is the record of "${p.found}" translated from "${p.foundSource}" (expected "${p.language}" from "${p.sourceLanguage}", as the file name and the kit say)`,
        hint: (p) => `dts writes this file; run "dts translate accept --lang ${p.language}" to write it anew`,
      }),
    },
  },
  'translation-file': {
    severity: 'error',
    area: 'translation',
    title: 'A PO or XLIFF file cannot be imported',
    meaning:
      'The file has a syntax error, is for another kit or language, or names a text id that does not exist. Nothing is written from a file with such an error.',
    example:
      'de.po:120  error  msgctxt "assignments.problem-tre.title" is not a text of data-team-start (did you mean "assignments.problem-tree.title"?)',
    fix: 'Export a fresh file for this kit and language, or correct the entry named.',
    messages: {
      'po-syntax': template<{ reason: string }>({ en: (p) => `is not a valid PO file: ${p.reason}` }),
      'no-msgctxt': template({
        en: () =>
          'has an entry without msgctxt (expected the field path of each text as its msgctxt, as dts translate export writes it)',
      }),
      'msgctxt-twice': template<{ count: number; context: string }>({
        en: (p) => `has ${p.count} entries for msgctxt "${p.context}" (expected one)`,
      }),
      'xml-syntax': template<{ reason: string }>({ en: (p) => `is not valid XML: ${p.reason}` }),
      'not-xliff': template({ en: () => 'is not an XLIFF file (expected an <xliff> element as its root)' }),
      'xliff-version': template<{ version?: string }>({
        en: (p) =>
          `is XLIFF ${p.version ?? 'without a version'} (expected XLIFF 1.2, as dts translate export --format xliff writes it)`,
      }),
      'xliff-files': template<{ count: number }>({
        en: (p) => `has ${p.count} <file> elements (expected one: one kit and language per file)`,
      }),
      'unit-twice': template<{ key: string }>({
        en: (p) => `has a second trans-unit with the id "${p.key}" (expected one per text)`,
      }),
      'inline-markup': template<{ element: string }>({
        en: (p) =>
          `not imported: the target holds the inline element <${p.element}> (expected plain text, as exported)`,
      }),
      'no-target-language': template({
        en: () => 'has no target-language on its <file> (expected the language of the translation, e.g. de)',
      }),
      'kit-ambiguous': template<{ kits: readonly string[] }>({
        en: (p) =>
          `names no kit, and its texts are in more than one (${p.kits.join(', ')}): add the header "X-Dts-Kit: <kit>" or name the file <kit>.<language>.po`,
      }),
      'kit-unknown': template<{ kits: readonly string[] }>({
        en: (p) =>
          `names no kit (no X-Dts-Kit header), and no kit (${p.kits.join(', ')}) has all its texts: add the header "X-Dts-Kit: <kit>" or name the file <kit>.<language>.po`,
      }),
      'kit-not-here': template<{ kit: string; content: string; kits: readonly string[] }>({
        en: (p) =>
          `is for the kit "${p.kit}", which ${p.content} does not have (expected one of: ${p.kits.join(', ')})`,
      }),
      'language-code': template<{ language: string }>({
        en: (p) => `has the Language "${p.language}" (expected a language code such as de, de_DE or pt-BR)`,
      }),
      'no-language': template({
        en: () =>
          'has no Language header, and its name does not say the language (expected e.g. Language: de, or a file named <kit>.de.po)',
      }),
      'source-language': template<{ language: string; kit: string }>({
        en: (p) =>
          `has the Language "${p.language}", the source language of ${p.kit} (expected a translation)`,
      }),
      'made-from': template<{ from: string; kit: string; source: string }>({
        en: (p) => `was made from "${p.from}" texts, but ${p.kit} is written in "${p.source}"`,
      }),
      'not-a-text': template<{ kit: string; file: string; guess?: string }>({
        en: (p) => `not imported: is not a text of ${p.kit} (expected the msgctxt of a text in ${p.file})`,
        hint: (p) =>
          p.guess ? `did you mean "${p.guess}"?` : 'export the file anew with dts translate export',
      }),
      'control-character': template<{ control: string }>({
        en: (p) =>
          `not imported: the translation contains the control character ${p.control} (expected printable text)`,
        hint: () =>
          'delete it in the translation tool: it prints as garbage, and a terminal or reader may act on it',
      }),
      rejected: template<{ reason: string; reasonHint?: string }>({
        en: (p) => `not imported: ${p.reason}`,
        hint: (p) => p.reasonHint,
      }),
    },
  },
  'text-overflow': {
    severity: 'error or warning',
    area: 'layout',
    title: 'A text does not fit its box',
    meaning:
      'Measured with the font at the smallest size allowed, the text needs more lines or width than its box has on the poster, a slide, a card or the checklist. It is never cut off: the build stops. Speaker notes longer than a printed notes page only warn: on screen they scroll.',
    example:
      'content/data-team-start/texts/de.yaml:170:14  error  assignments.problem-tree.summary  does not fit its box on the A2 portrait poster (de): 1 line too many at the smallest size 13 pt',
    fix: 'Shorten the text (`dts translate fit` shows how tight every text is), or choose a larger paper size.',
    messages: {
      'poster-how-to': template<{ mm: string }>({
        severity: 'error',
        en: (p) => `the poster header's "how to use" does not fit (${p.mm} mm too tall)`,
        hint: () => 'shorten the lines of posterHowTo',
      }),
      slide: template<{ where: string; language: string; characters: number; pt: string }>({
        severity: 'error',
        en: (p) =>
          `${p.where} does not fit an empty slide of the deck (${p.language}): ${p.characters > 0 ? `about ${p.characters} characters too long, ` : ''}${p.pt} pt too tall`,
        hint: () => 'shorten the text, or split it into more items',
      }),
      notes: template<{ slide: number; title: string; pt: string; language: string }>({
        severity: 'warning',
        en: (p) =>
          `slide ${p.slide} ("${p.title}"): the speaker notes are ${p.pt} pt longer than a printed notes page of the deck (${p.language}); on screen they scroll`,
        hint: () => 'shorten the facilitator texts of this slide',
      }),
      box: template<{
        label: string;
        brandField?: string;
        artefact: string;
        language: string;
        over: number;
        tallMm?: string;
        wideMm?: string;
        size: number;
        advice: 'larger-paper' | 'more-items';
      }>({
        en: (p) => {
          const parts = [
            p.tallMm ? `${p.tallMm} mm too tall` : '',
            p.wideMm ? `${p.wideMm} mm too wide` : '',
          ];
          return `${p.label} does not fit its box on the ${p.artefact} (${p.language}): about ${plural(p.over, 'character')} too long (${parts.filter(Boolean).join(' and ') || 'too many lines'} at the smallest size ${p.size} pt)`;
        },
        hint: (p) =>
          p.advice === 'more-items'
            ? 'shorten the text, or split it into more items'
            : 'shorten the text, or print on a larger paper size',
        nl: (p) => {
          const what = brandFieldNl(p.brandField);
          const where = artefactNl(p.artefact);
          return what && where
            ? `${capital(what)} past niet op ${where} (${p.language}): ongeveer ${pluralNl(p.over, 'teken', 'tekens')} te lang, ook in de kleinste letter (${decimal(p.size)} pt).`
            : undefined;
        },
        nlHint: (p) =>
          `${p.brandField === 'contact' ? 'Maak de contactregel korter' : 'Gebruik een kortere naam'}${p.advice === 'larger-paper' ? ', of kies een groter papierformaat' : ''}.`,
      }),
    },
  },
  'text-shrunk': {
    severity: 'warning',
    area: 'layout',
    title: 'A text was set smaller to fit',
    meaning:
      'The text fits only below its designed size, within the bounds allowed for its box; the build reports it so nothing shrinks unnoticed.',
    example:
      'content/data-team-start/texts/de.yaml:171:14  warning  assignments.problem-tree.title  was set at 21 pt instead of 24 pt to fit on the A2 portrait poster (de)',
    fix: 'Nothing needs to be done; shorten the text if it should keep its full size.',
    message: template<{
      label: string;
      brandField?: string;
      artefact: string;
      language: string;
      size: number;
      from: number;
    }>({
      en: (p) =>
        `${p.label} was set at ${p.size} pt instead of ${p.from} pt to fit its box on the ${p.artefact} (${p.language})`,
      nl: (p) => {
        const what = brandFieldNl(p.brandField);
        const where = artefactNl(p.artefact);
        return what && where
          ? `${capital(what)} is op ${where} (${p.language}) kleiner gezet om te passen: ${decimal(p.size)} pt in plaats van ${decimal(p.from)} pt.`
          : undefined;
      },
    }),
  },
  'missing-glyph': {
    severity: 'error or warning',
    area: 'layout',
    title: 'A character the font cannot print',
    meaning:
      'The embedded font (Source Sans 3) has no glyph for a character in the text; it would print as an empty box. In a Word document it is a warning: Word and LibreOffice draw the character in another font.',
    example:
      'content/data-team-start/texts/el.yaml:9:10  error  kit.subtitle  contains "ψ" (U+03C8), which the font Source Sans 3 does not have',
    fix: 'Use another character, or a brand font that has it (BRANDING.md).',
    messages: {
      document: template<{
        what: string;
        language: string;
        excerpt: string;
        characters: string;
        font: string;
      }>({
        severity: 'warning',
        en: (p) =>
          `${p.what} (${p.language}): "${p.excerpt}" contains ${p.characters}, which ${p.font} does not have; Word and LibreOffice draw it in another font`,
        hint: () => 'use another character, or accept the other font for it',
      }),
      fitted: template<{ label: string; characters: string; font: string }>({
        severity: 'error',
        en: (p) => `${p.label} contains ${p.characters}, which the font ${p.font} does not have`,
        hint: () => 'use another character, or a theme font that has it',
      }),
    },
  },
  'no-room-to-write': {
    severity: 'error or warning',
    area: 'layout',
    title: 'A poster zone has too little room to write in',
    meaning:
      'A zone must hold three 76 mm sticky notes (a table six ruled rows) for a team of six. On A3 and in landscape the rule relaxes and the build warns; where a zone has no room at all, it is an error.',
    example:
      '(content)  warning  assignments  on the A3 portrait poster (nl), 4 of 7 zones have less room than a team of six needs (3 sticky notes of 76 mm, or 6 rows in a table): 3 (0 notes), 5 (0 notes)',
    fix: 'Print on a larger paper size (A2 or A1 portrait for a table), or use smaller notes (51 mm) on this size.',
    messages: {
      zone: template<{ number: number; title: string; artefact: string; language: string }>({
        severity: 'error',
        en: (p) =>
          `assignment ${p.number} (${p.title}) leaves no room to write in its zone on the ${p.artefact} (${p.language})`,
        hint: () => 'shorten its title or question, or print on a larger paper size',
      }),
      matrix: template<{ artefact: string; language: string; mm: string; min: number }>({
        severity: 'error',
        en: (p) =>
          `the matrix rows on the ${p.artefact} (${p.language}) are ${p.mm} mm high at A2 scale, too little to write names in (expected at least ${p.min} mm)`,
        hint: () => 'print on a larger paper size or in the other orientation',
      }),
      'team-of-six': template<{
        artefact: string;
        language: string;
        short: number;
        zones: number;
        notes: number;
        rows: number;
        which: string;
        landscape: boolean;
      }>({
        severity: 'warning',
        en: (p) =>
          `on the ${p.artefact} (${p.language}), ${p.short} of ${p.zones} zones have less room than a team of six needs (${p.notes} sticky notes of 76 mm, or ${p.rows} rows in a table): ${p.which}`,
        hint: (p) =>
          p.landscape
            ? 'portrait holds more on this size; or use smaller notes (51 mm), or a larger paper size'
            : 'use smaller notes (51 mm) on this size, or print on a larger paper size',
      }),
    },
  },
  'low-contrast': {
    severity: 'error',
    area: 'brand',
    title: 'The body text colour is too light to read',
    meaning:
      'Body text (colours.ink) must reach a contrast ratio of 4.5:1 on white paper and on the light tint of the primary colour, so it can be read, also on a photocopy. dts does not change the colour you chose for your text, so the build stops. (A primary or accent colour never stops it: see adjusted-colour.)',
    example:
      'brand/brand.yaml:5:8  error  colours.ink  #999999 gives body text on white paper a contrast of 2.85:1 (expected at least 4.5:1)',
    fix: 'Use a darker shade: the hint suggests the nearest one of the same hue that passes.',
    message: template<{
      colour: string;
      pair: string;
      ratio: string;
      min: number;
      suggestion?: string;
      suggestionRatio?: string;
    }>({
      en: (p) => `${p.colour} gives ${p.pair} a contrast of ${p.ratio}:1 (expected at least ${p.min}:1)`,
      hint: (p) =>
        p.suggestion
          ? `try "${p.suggestion}", the nearest shade of the same hue that passes (${p.suggestionRatio}:1)`
          : 'choose a darker colour',
      nl: (p) => {
        const pair = colourPairNl(p.pair);
        return pair
          ? `De tekstkleur ${p.colour} geeft ${pair} een contrast van ${decimal(p.ratio)}:1. Voor goed leesbare tekst is minstens ${decimal(p.min)}:1 nodig.`
          : undefined;
      },
      nlHint: (p) =>
        p.suggestion
          ? `Probeer ${p.suggestion}: de dichtstbijzijnde tint van dezelfde kleur die wel voldoet (${decimal(p.suggestionRatio ?? '')}:1).`
          : 'Kies een donkerdere tekstkleur.',
    }),
  },
  'adjusted-colour': {
    severity: 'warning',
    area: 'brand',
    title: 'A light brand colour gets dark text, and a darker shade where it is text',
    meaning:
      'Your primary colour stays your colour on its surfaces (title band, title slides, table headers, accent lines). When white text would not reach 4.5:1 on it, the text on it is set dark instead (the ink, or black on a mid-tone). When the colour itself is too light to be read as text on paper (titles, headings, numbers, prompts), that text is set in the nearest darker shade of the same hue that reaches 4.5:1. Each warning says which colour was used, once.',
    example:
      'brand/brand.yaml:9:12  warning  colours.primary  #F2C230 is too light for white text (1.68:1), so text on it (title band, title slides, table headers) is set dark, in #1A2733 (9.07:1); the surfaces keep #F2C230',
    fix: 'Nothing, if dark text and the shade suit you. For white text, or one colour throughout, set colours.primary to the darker colour the hint names.',
    messages: {
      'dark-text': template<{
        given: string;
        white: string;
        text: string;
        ratio: string;
        forWhite?: string;
        forWhiteRatio?: string;
      }>({
        en: (p) =>
          `${p.given} is too light for white text (${p.white}:1), so text on it (${PRIMARY_SURFACES}) is set dark, in ${p.text} (${p.ratio}:1); the surfaces keep ${p.given}`,
        hint: (p) =>
          p.forWhite
            ? `nothing to do if dark text suits you; for white text, choose a darker colours.primary such as "${p.forWhite}" (${p.forWhiteRatio}:1 with white)`
            : 'nothing to do if dark text suits you',
        nl: (p) =>
          `${p.given} is te licht voor witte tekst (${decimal(p.white)}:1). Tekst op deze kleur (${PRIMARY_SURFACES_NL}) wordt daarom donker: ${p.text} (${decimal(p.ratio)}:1). De vlakken zelf blijven ${p.given}.`,
        nlHint: (p) =>
          p.forWhite
            ? `Bevalt donkere tekst je, dan hoef je niets te doen. Wil je witte tekst, kies dan een donkerdere hoofdkleur, bijvoorbeeld ${p.forWhite} (${decimal(p.forWhiteRatio ?? '')}:1 met wit).`
            : 'Bevalt donkere tekst je, dan hoef je niets te doen.',
      }),
      'text-shade': template<{ given: string; ratio: string; shade: string; shadeRatio: string }>({
        en: (p) =>
          `${p.given} as text would read at ${p.ratio}:1 on paper or its light tint, so titles, headings, numbers and prompts are set in ${p.shade}, a darker shade of the same hue (${p.shadeRatio}:1); the surfaces keep ${p.given}`,
        hint: (p) =>
          `nothing to do if the shade suits you; to have one colour throughout, set colours.primary to "${p.shade}"`,
        nl: (p) =>
          `${p.given} is te licht als tekstkleur: op wit papier of op de lichte tint ervan is het contrast maar ${decimal(p.ratio)}:1. Titels, koppen, nummers en vragen komen daarom in ${p.shade}, een donkerdere tint van dezelfde kleur (${decimal(p.shadeRatio)}:1). De vlakken zelf blijven ${p.given}.`,
        nlHint: (p) =>
          `Bevalt die tint je, dan hoef je niets te doen. Wil je overal één kleur, kies dan ${p.shade} als hoofdkleur.`,
      }),
    },
  },
  'bad-image': {
    severity: 'error',
    area: 'brand',
    title: 'A logo cannot be used',
    meaning:
      'The logo is not a PNG, JPEG, WebP or SVG, is damaged, has too many pixels, or is an SVG that refers to outside files or stylesheets (which would make the print depend on the network).',
    example: 'brand/brand.yaml:3:7  error  logo  is an SVG that refers to an outside file (href="https://…")',
    fix: 'Export the logo again as PNG (at least 1200 pixels wide) or as a self-contained SVG.',
    messages: {
      external: template<{ logo?: string; reference: string }>({
        en: (p) =>
          `${p.logo ? `${p.logo} ` : ''}refers to an external file (${p.reference}), which is not allowed (expected an SVG that holds everything it draws)`,
        nl: (p) =>
          `Het logo verwijst naar een bestand buiten zichzelf (${p.reference}). Dat kan niet: een SVG-logo moet alles bevatten wat het tekent.`,
        nlHint: () =>
          'Exporteer het logo opnieuw als PNG of als SVG zonder verwijzingen naar andere bestanden.',
      }),
      'unreadable-svg': template<{ logo?: string; reason: string }>({
        en: (p) =>
          `${p.logo ? `${p.logo} ` : ''}cannot be read as an SVG image: ${p.reason} (expected PNG, JPEG, WebP or SVG)`,
        nl: () => 'Het logo is een SVG die niet te lezen is: het bestand is beschadigd of onvolledig.',
        nlHint: () => 'Exporteer het logo opnieuw als SVG, of als PNG van minstens 1200 pixels breed.',
      }),
      format: template<{ logo?: string; format: string }>({
        en: (p) => `${p.logo ? `${p.logo} ` : ''}is a ${p.format} image (expected PNG, JPEG, WebP or SVG)`,
        nl: (p) =>
          `Het logo is een ${p.format === 'unknown' ? 'onbekend' : p.format.toUpperCase()}-bestand. Gebruik PNG, JPEG, WebP of SVG.`,
      }),
      'too-many-pixels': template<{ logo?: string; megapixels: number }>({
        en: (p) =>
          `${p.logo ? `${p.logo} ` : ''}is larger than ${p.megapixels} megapixels (expected a logo of a sensible size)`,
        nl: (p) =>
          `Het logo heeft meer dan ${p.megapixels} miljoen pixels. Dat is veel te groot voor een logo.`,
        nlHint: () => 'Exporteer het logo kleiner, bijvoorbeeld 1200 tot 2400 pixels breed.',
      }),
      unreadable: template<{ logo?: string; reason: string }>({
        en: (p) =>
          `${p.logo ? `${p.logo} ` : ''}cannot be read as an image: ${p.reason} (expected PNG, JPEG, WebP or SVG)`,
        nl: () => 'Het logo is geen leesbare afbeelding: het bestand is beschadigd of van een ander soort.',
        nlHint: () => 'Exporteer het logo opnieuw als PNG (minstens 1200 pixels breed) of als SVG.',
      }),
    },
  },
  'low-resolution': {
    severity: 'warning',
    area: 'brand',
    title: 'A logo prints blurred',
    meaning:
      'Where the logo is placed (poster header, handbook and guide cover, checklist title page, deck title slide, project plan cover), it has fewer than 150 pixels per inch. Each artefact is named with its languages.',
    example:
      'brand/brand.yaml:3:7  warning  logo  prints at 51 dpi on the handbook cover (nl, en): 120 pixels over 60 mm (expected at least 150 dpi)',
    fix: 'Use a logo with more pixels (the hint says how many) or an SVG.',
    message: template<{
      dpi: number;
      artefact: string;
      language: string;
      widthPx: number;
      mm: string;
      minDpi: number;
      neededPx: number;
    }>({
      en: (p) =>
        `prints at ${p.dpi} dpi on the ${p.artefact} (${p.language}): ${p.widthPx} pixels over ${p.mm} mm (expected at least ${p.minDpi} dpi)`,
      hint: (p) => `use a logo of at least ${p.neededPx} pixels wide, or an SVG`,
      nl: (p) => {
        const where = artefactNl(p.artefact);
        return where
          ? `Het logo wordt onscherp afgedrukt op ${where} (${p.language}): ${p.widthPx} pixels over ${p.mm} mm is ${p.dpi} dpi, en voor een scherpe afdruk is minstens ${p.minDpi} dpi nodig.`
          : undefined;
      },
      nlHint: (p) => `Gebruik een logo van minstens ${p.neededPx} pixels breed, of een SVG.`,
    }),
  },
  'not-a-checklist': {
    severity: 'error',
    area: 'answers',
    title: 'The PDF is not a filled Checklist Samen Data Delen',
    meaning:
      '`dts plan` reads the form fields of the checklist PDF; this PDF has none of them (a scan, a print to PDF, another document).',
    example:
      'answers.pdf  error  has no checklist form fields (expected the fillable checklist.pdf, filled in and saved)',
    fix: 'Fill in the checklist.pdf from the download in a PDF reader that saves form fields, or write the answers in YAML.',
    messages: {
      'no-fields': template({
        en: () => 'is not a fillable checklist: it has no form fields',
        hint: () =>
          'fill in the checklist.pdf that `dts build --only checklist` makes (on screen, in a PDF reader), save it, and give that file',
      }),
      'no-marker': template({
        en: () => 'is not a checklist made by dts: it has no checklist marker (kit, version and language)',
        hint: () => 'fill in the checklist.pdf that `dts build --only checklist` makes, and give that file',
      }),
    },
  },
  'answers-mismatch': {
    severity: 'error or warning',
    area: 'answers',
    title: 'The answers do not match this checklist',
    meaning:
      'The answers name questions the checklist does not have, or come from another version or language of the checklist.',
    example:
      'answers.yaml:12:3  error  data-sourcess  is not a question of the checklist (did you mean "data-sources"?)',
    fix: 'Correct the question id, or make the plan with the checklist version the answers were given in.',
    messages: {
      identity: template<{ what: string; found: string; expected: string; advice: string }>({
        severity: 'error',
        en: (p) => `holds answers for ${p.what} ${p.found}, but this checklist is ${p.what} ${p.expected}`,
        hint: (p) => p.advice,
      }),
      'kit-not-here': template<{ kit: string; content: string; known: string }>({
        severity: 'error',
        en: (p) =>
          `holds answers for the kit "${p.kit}", which the content folder ${p.content} does not have or cannot load (kits there: ${p.known})`,
        hint: () => 'point --content at the content folder the checklist was built from',
      }),
      'not-a-checklist': template<{ kit: string }>({
        severity: 'error',
        en: (p) =>
          `holds answers for the kit "${p.kit}", which is not a checklist (expected the answers to a checklist kit's questions, such as checklist-samen-data-delen's)`,
        hint: () => 'give the filled-in checklist.pdf, or an answers file whose "kit:" names the checklist',
      }),
      'language-broken': template<{ language: string; content: string; kit: string }>({
        severity: 'error',
        en: (p) =>
          `holds answers in the language "${p.language}", whose texts in ${p.content} have errors (see above)`,
        hint: (p) => `fix them (dts check --kit ${p.kit} --lang ${p.language}), then try again`,
      }),
      'language-missing': template<{
        language: string;
        kit: string;
        version: string;
        languages: readonly string[];
      }>({
        severity: 'error',
        en: (p) =>
          `holds answers in the language "${p.language}", but ${p.kit} ${p.version} has ${p.languages.join(', ')}`,
        hint: () => 'use a checklist built in one of these languages',
      }),
    },
  },
  'no-answers': {
    severity: 'error or warning',
    area: 'answers',
    title: 'The checklist is empty or nearly empty',
    meaning:
      'A project plan from a checklist with (almost) no answers, fewer than a quarter of its questions, would be an empty template; so is a plan without the project’s name on its cover. A row of the task list with a who or a date but no what is left out.',
    example: 'answers.yaml  warning  answers no question: the plan lists all 44 questions as open points',
    fix: 'Fill in more of the checklist first, or use the plan as a template.',
    messages: {
      none: template<{ total: number; saveHint: string }>({
        severity: 'warning',
        en: (p) => `answers no question: the plan lists all ${p.total} questions as open points`,
        hint: (p) => p.saveHint,
      }),
      few: template<{ answered: number; total: number; needed: number; saveHint: string }>({
        severity: 'warning',
        en: (p) =>
          `answers only ${p.answered} of ${p.total} questions, fewer than a quarter: the plan is nearly empty, and ${p.total - p.answered} questions are open points`,
        hint: (p) => `answer at least ${p.needed} questions for a plan to build on; ${p.saveHint}`,
      }),
      'no-project': template<{ untitled: string; formField: string }>({
        severity: 'warning',
        en: (p) => `names no project on the checklist's cover: the plan's cover says "${p.untitled}"`,
        hint: (p) =>
          `fill in the project's name on the checklist's cover (the form field ${p.formField}; in an answers YAML file, cover: project:)`,
      }),
      'task-without-what': template<{ row: number; has: readonly string[] }>({
        severity: 'warning',
        en: (p) => `task list row ${p.row} has ${p.has.join(', ')} but no "what": it is left out of the plan`,
        hint: (p) =>
          `fill in what is to be done in row ${p.row} of the task list, save the checklist and make the plan again`,
      }),
    },
  },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticCode = keyof typeof catalogue;

export const diagnosticCodes = Object.keys(catalogue) as DiagnosticCode[];

type Entries = typeof catalogue;

/** A template's name: the code for a code with one message, `code/variant` for one with several. */
export type MessageId = {
  [C in DiagnosticCode]: Entries[C] extends { readonly messages: infer M }
    ? `${C}/${keyof M & string}`
    : Entries[C] extends { readonly message: unknown }
      ? C
      : never;
}[DiagnosticCode];

/** The template a message id names. */
export type TemplateOf<I extends MessageId> = I extends `${infer C}/${infer V}`
  ? C extends DiagnosticCode
    ? Entries[C] extends { readonly messages: infer M }
      ? V extends keyof M
        ? M[V]
        : never
      : never
    : never
  : I extends DiagnosticCode
    ? Entries[I] extends { readonly message: infer T }
      ? T
      : never
    : never;

/** The parameters a message id's template takes. */
export type ParamsOf<I extends MessageId> = TemplateOf<I> extends Template<infer P> ? P : never;

/** Every message id in the catalogue. */
export const messageIds: readonly MessageId[] = Object.entries(
  catalogue as Record<string, CatalogueEntry>,
).flatMap(([code, entry]) => [
  ...(entry.message ? [code] : []),
  ...Object.keys(entry.messages ?? {}).map((variant) => `${code}/${variant}`),
]) as MessageId[];

/** The template of a message id, or undefined for an id the catalogue lacks (a diagnostic from elsewhere). */
export function templateOf(id: string): Template | undefined {
  const slash = id.indexOf('/');
  const entry = (catalogue as Record<string, CatalogueEntry>)[slash < 0 ? id : id.slice(0, slash)];
  return slash < 0 ? entry?.message : entry?.messages?.[id.slice(slash + 1)];
}
