// The catalogue of diagnostic codes: each permanent code with what it means, an example and what to do.
// The type of a diagnostic's code comes from this list, and docs/ERRORS.md is generated from it
// (`npm run docs:errors`; a test fails when the file is not current).

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
  },
  'content-missing': {
    severity: 'error',
    area: 'content',
    title: 'A kit or one of its files is missing',
    meaning:
      'The content folder must hold one folder per kit with a kit.yaml and a texts/ folder with at least the source language. This code also reports an empty content folder.',
    example: 'content/data-team-start  error  has no texts/nl.yaml (expected the source language "nl")',
    fix: 'Restore the missing file (git checkout it), or run dts from the project folder so content/ is found.',
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
  },
  schema: {
    severity: 'error',
    area: 'content',
    title: 'A value has the wrong type or shape',
    meaning:
      "A field holds something of another kind than the kit's structure expects (a text where a list is expected, a number out of range, a required field missing), or two fields contradict each other.",
    example:
      'content/data-team-start/kit.yaml:44:14  error  assignments[0].minutes  is "twenty" (expected a number of minutes)',
    fix: 'Give the field the kind of value the message names; docs/CONTENT.md lists every field.',
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
  },
  'empty-text': {
    severity: 'error',
    area: 'content',
    title: 'A text is empty',
    meaning:
      'Every printed text must say something: an empty text would leave a hole on the poster or a slide.',
    example: 'content/data-team-start/texts/en.yaml:12:12  error  kit.subtitle  is empty (expected a text)',
    fix: 'Write the text, or remove the key in a translation so the source language is used until it is translated.',
  },
  'text-too-long': {
    severity: 'error',
    area: 'brand',
    title: 'A brand field is longer than it may be',
    meaning:
      "The organisation's name in a brand file has a limit of 60 characters, as it is printed on every artefact. The kit's own texts have no such limit in any language: whether a text fits its box is measured with the font (text-overflow).",
    example: 'brand/brand.yaml:1:15  error  organisation  is 72 characters long (expected at most 60)',
    fix: 'Use the short form of the name people know.',
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
  },
  'missing-text': {
    severity: 'error',
    area: 'translation',
    title: 'A text the source language has is missing',
    meaning: 'A language without `fallback:` must have every text of the source language.',
    example:
      'content/data-team-start/texts/de.yaml:167:1  error  assignments.problem-tree.summary  is missing (expected a text, as in "nl")',
    fix: 'Translate it, or add `fallback: nl` at the top so missing texts are taken from Dutch for now.',
  },
  'extra-text': {
    severity: 'error',
    area: 'translation',
    title: 'A translation has an item the source language does not have',
    meaning: 'Lists in a translation have the same items as in the source language, in the same order.',
    example:
      'content/data-team-start/texts/en.yaml:200:7  error  assignments.problem-tree.steps[4]  is an item that the source language "nl" does not have',
    fix: 'Remove the extra item, or add it to the source language first.',
  },
  'fallback-used': {
    severity: 'warning',
    area: 'translation',
    title: 'A text is not translated yet',
    meaning: 'The language has `fallback:` and this text comes from the fallback language for now.',
    example:
      'content/data-team-start/texts/de.yaml  warning  assignments.problem-tree.summary  is not translated yet: the "nl" text is used',
    fix: 'Translate it (`dts translate export` gives a PO or XLIFF file with everything still to do).',
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
  },
  'translation-record': {
    severity: 'error',
    area: 'translation',
    title: 'The translation record cannot be used',
    meaning: 'texts/<language>.translated-from.json is not the JSON dts writes (edited by hand, or cut off).',
    example:
      'content/data-team-start/texts/en.translated-from.json  error  is not a translation record (expected the JSON that dts translate accept writes)',
    fix: 'Restore it from git, or delete it and run `dts translate accept` after checking the translations.',
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
  },
  'text-overflow': {
    severity: 'error',
    area: 'layout',
    title: 'A text does not fit its box',
    meaning:
      'Measured with the font at the smallest size allowed, the text needs more lines or width than its box has on the poster, a slide, a card or the checklist. It is never cut off: the build stops.',
    example:
      'content/data-team-start/texts/de.yaml:170:14  error  assignments.problem-tree.summary  does not fit its box on the A2 portrait poster (de): 1 line too many at the smallest size 13 pt',
    fix: 'Shorten the text (`dts translate fit` shows how tight every text is), or choose a larger paper size.',
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
  },
  'missing-glyph': {
    severity: 'error',
    area: 'layout',
    title: 'A character the font cannot print',
    meaning:
      'The embedded font (Source Sans 3) has no glyph for a character in the text; it would print as an empty box.',
    example:
      'content/data-team-start/texts/el.yaml:9:10  error  kit.subtitle  contains "ψ" (U+03C8), which the font Source Sans 3 does not have',
    fix: 'Use another character, or a brand font that has it (BRANDING.md).',
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
  },
  'bad-image': {
    severity: 'error',
    area: 'brand',
    title: 'A logo cannot be used',
    meaning:
      'The logo is not a PNG, JPEG, WebP or SVG, is damaged, has too many pixels, or is an SVG that refers to outside files or stylesheets (which would make the print depend on the network).',
    example: 'brand/brand.yaml:3:7  error  logo  is an SVG that refers to an outside file (href="https://…")',
    fix: 'Export the logo again as PNG (at least 1200 pixels wide) or as a self-contained SVG.',
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
  },
  'no-answers': {
    severity: 'error or warning',
    area: 'answers',
    title: 'The checklist is empty or nearly empty',
    meaning:
      'A project plan from a checklist with (almost) no answers, fewer than a quarter of its questions, would be an empty template; so is a plan without the project’s name on its cover. A row of the task list with a who or a date but no what is left out.',
    example: 'answers.yaml  warning  answers no question: the plan lists all 44 questions as open points',
    fix: 'Fill in more of the checklist first, or use the plan as a template.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticCode = keyof typeof catalogue;

export const diagnosticCodes = Object.keys(catalogue) as DiagnosticCode[];
