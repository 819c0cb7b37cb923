// Every text the CLI shows about itself, in one place. The registry (for `--only`) is loaded only for
// the build's help, so `dts check` does not pay for it.
import type * as registry from '../build/artefacts.js';

type Registry = typeof registry;

const general = `dts — builds the Data Team Start kit and the Checklist Samen Data Delen from one content source

Usage:
  dts check [options]     validate all content in every language; prints every problem at once
  dts build [options]     check the content and build the kits' artefacts
  dts translate <action>  for translators: status, export/import PO and XLIFF, accept, fit report
  dts plan <answers>      a project plan draft (DOCX) from a filled-in checklist PDF or answers YAML
  dts watch [options]     build, then rebuild what changes when content or brand files are saved
  dts site [--out DIR]    the download pages (index.html, index.<lang>.html) and the "Make your own kit"
                          page (maker/) for a built output folder
  dts help <command>      options of a command
  dts --version           the version of dts

Exit codes: 0 success, 1 content or input errors, 2 usage errors (also a --kit or --lang the content
does not have), 3 an internal error (a bug).

Files you name are read only when they are regular files under a size cap (content YAML 2 MB, brand file
64 kB, logo 20 MB, PO file 10 MB, answers PDF 20 MB or YAML 1 MB): a folder, pipe, device or larger file
is an error naming it, never a hang. dts replaces or deletes only folders it made (they hold its marker
.dts-output.json), never the content, a .git folder, your home folder or anything else.`;

const check = `dts check [--content DIR] [--kit ID[,ID]] [--lang L[,L]]

Validates the kits' structure (kit.yaml) and texts (texts/<language>.yaml): schema, ids and references,
schedule minutes, and every language against the source language. Problems are printed as
  file:line:column  error|warning  field.path  what is wrong (expected ...)

Options:
  --content DIR   the content folder (default: content)
  --kit ID        only these kits, comma-separated (folder names under the content folder)
  --lang L        only report on these languages (the source language is always checked); each must
                  have a texts/<L>.yaml in a selected kit, or it is a usage error (exit 2)
  -h, --help      this text`;

const build = ({
  artefactNames,
  onlyHelp,
}: Registry) => `dts build [--only ${artefactNames.join(',')}] [--kit ID] [--lang L] [--out DIR]

Checks the content, then builds each selected artefact for each kit and language into
<out>/<kit>/<language>/. When the content has errors nothing is written.

The output folder is replaced as a whole, so dts writes only into a missing or empty folder, or one
holding its marker .dts-output.json (every output has one); any other folder is refused (exit 2):
choose another --out, or empty it. Never used: /, the home folder, the current folder, the content
folder, a folder holding any of these, or one with a .git. dts deletes only its own leftovers
(<out>.dts-staging-<pid>, <out>.dts-previous-<pid>, with the marker) and puts back an output a killed
run had moved aside.

Options:
  --content DIR          the content folder (default: content)
  --kit ID[,ID]          only these kits
  --lang L[,L]           only these languages; each must have a texts/<L>.yaml in a selected kit (exit 2
                         otherwise), and a language only some kits have is built for those kits
  --only A[,A]           only these artefacts (dts plan makes the project plan):
${onlyHelp(' '.repeat(25))}
  --out DIR              output folder (default: build-output; with --brand: build-<organisation>)
  --brand FILE           an organisation's brand file (name, logo, colours, contact, paper); see BRANDING.md
  --start HH:MM          when the session starts: clock times in agendas and schedules (default 13:00)

Poster options:
  --paper A3|A2|A1|A0    paper size (default A2, or the brand file's paper)
  --orientation O        portrait (default) or landscape
  --layout L             table (default): zones face the nearest table edge; upright: for a wall
  --bleed [MM]           print-shop output with bleed (3 mm when no value) and crop marks
  --tile A4|A3           tile onto office-printer sheets with glue/cut marks and an assembly map
  --overlap MM           overlap between tiles (default 10)

Environment:
  SOURCE_DATE_EPOCH      seconds since 1970: the date inside every file (default: the kit's release date);
                         1980-01-01 to 2107-12-31, what a zip file can hold (exit 2 otherwise)
  DTS_TIMINGS=1          print the build's timeline (both threads) on standard error

Other:
  -h, --help             this text`;

const site = `dts site [--out DIR] [--content DIR]

Writes the download pages and <out>/previews/ for an output folder made by "dts build": index.html in
the kits' source language, index.<lang>.html for each other language, with a switch between them. Each
kit: what it is, for whom, how long, what you need; its zip; every file by its label with size, pages,
printing advice and preview; checksums folded away; publisher and licence. Every word comes from the
kits' download: texts. Needs pdftoppm and LibreOffice:
apt-get install poppler-utils libreoffice-impress libreoffice-writer
Also writes <out>/maker/, the "Make your own kit" page (linked from each download page): its pages
(index.html, index.<lang>.html), its script (page.js), and what it builds a branded kit with in the
browser: its worker (worker.js), the content (content.json, from --content), fonts, metrics and
hyphenation patterns (assets.bin), the logo decoders (resvg.wasm, webp_dec.wasm) and its service worker
(offline.js). The content must be sound and the one the output was built from (the same kits and
versions): otherwise a message, exit 1, and nothing is written. Without the bundles
of "npm run compile" the page is left out, said on stderr.
Only into a folder with the marker .dts-output.json that "dts build" writes (exit 2 otherwise); it
replaces the index*.html pages, previews/ and maker/ there and nothing else. A missing,
corrupt or unwritable output is a message, exit 1.

Options:
  --out DIR       the output folder (default: build-output)
  --content DIR   the content the in-browser build makes kits from (default: content)
  -h, --help      this text`;

const watch = `dts watch [build options]

Builds like "dts build", then watches the content folder (its kit folders and their texts/ folders)
and the brand file with its logo, and rebuilds what a saved file affects: a texts/<language>.yaml file
rebuilds that language of its kit (the source language rebuilds every language, since translations fall
back on it), a kit.yaml rebuilds its kit, the brand file or logo rebuilds everything. Saves by rename
(sed -i, editors' "safe write"), new language files and new kit folders are seen too. A burst of saves
gives one rebuild, once saving pauses for 0.1 s; saves during a rebuild give one more after it. Each
rebuild prints one line:
  22:41:07  content/data-team-start/texts/en.yaml changed → rebuilt data-team-start en in 0.14 s
A save with errors prints them and keeps watching; the next good save rebuilds. A deleted language
file is reported, and that language's last build stays until the file is back (or a full "dts build").
The process stays warm, so a rebuild takes a fraction of a build. Ctrl+C stops. Takes every option of
"dts build".`;

const plan = `dts plan <filled-checklist.pdf | answers.yaml> --out plan.docx [--plan-version V] [--brand FILE]

Writes the team's project plan (DOCX) from its answers to the Checklist Samen Data Delen: the project,
parties and date of the checklist's cover on the plan's cover with the plan's own version; the plan's
chapters filled with the answers of their question areas, numbered as the checklist numbers them (typed
"- " and "1. " lines become lists); and a table of the tasks and of every unanswered question, with who
and by when. The answers come from the checklist.pdf that "dts build --only checklist" makes, filled in
on screen and saved, or from a YAML file (a whole example: examples/plan/):
  kit: checklist-samen-data-delen
  version: 1.0.0
  language: nl
  cover: { project: Samen eerder bij schulden, parties: Gemeente X, Kredietbank Y, date: 2026-11-25 }
  answers:
    goal-societal-question: Loneliness among older residents.
  tasks:
    - { what: Ask the DPO about a DPIA, who: Anna, due: 2026-12-15, question: 4.4 }
The kit, version and language must match the content (a PDF carries them in a hidden form field).

Options:
  --out FILE.docx   where to write the plan (required); written whole or not at all
  --plan-version V  the plan's own version, e.g. 0.2 or 1.0 (default 0.1)
  --brand FILE      an organisation's brand file (name, logo, colours): its name and logo on the cover
  --content DIR     the content folder (default: content)
  -h, --help        this text

Environment:
  SOURCE_DATE_EPOCH seconds since 1970: the date in the file, and the plan's date when the cover gives
                    none (default: today); 1980 to 2107

Exit codes: 0 written (with a warning when no question or fewer than a quarter of them are answered),
1 nothing written: the answers file is missing, unreadable, not a checklist, for another kit, version
or language, or answers a question the checklist does not have (named with its line), 2 usage errors.`;

const translate = `dts translate status|export|import|accept|fit [options]

For translators. Each text has a permanent id (its field path, e.g. assignments.roles.title); dts keeps a
record of the source-language text each translation was made from (texts/<language>.translated-from.json),
so "dts check" can say which translations are outdated. Texts have no limit in characters: whether a text
fits is measured with the font in every box it is printed in (see docs/TRANSLATING.md).

  dts translate status [--kit ID] [--lang L]
      per kit and language: how many texts are translated, missing and outdated; a text still identical
      to the source text counts as missing until it is accepted (a file copied from the source language)
  dts translate export --lang L [--kit ID] [--format po|xliff] [--out DIR]
      writes DIR/<kit>.<L>.po (default; DIR: translations) for Poedit, Weblate and other PO tools, or
      DIR/<kit>.<L>.xlf (XLIFF 1.2) for CAT tools (memoQ, Trados, OmegaT, Phrase, Crowdin): the source
      text, the translation so far, outdated ones marked (fuzzy; needs-review-translation), where each
      text appears and its room in characters (PO: #. comment and max-length:N; XLIFF: note, maxwidth)
  dts translate import FILE.po|FILE.xlf [...]
      writes every valid translation into texts/<L>.yaml in place (comments and layout kept) and records
      the source texts they were made from; fuzzy (needs-review) entries are imported but stay outdated.
      A new language's file is made from the source language's. A translation that is wrong (not a text
      of the kit, a control character, refused by dts check) is left out, named at its line. Then every
      artefact is planned: each text that does not fit its box is named with the characters to cut (it
      is written all the same; the build stops on it until it is shortened). The kit comes from the
      X-Dts-Kit header (XLIFF: product-name), else the file name <kit>.<L>.po, else the texts' ids;
      Language: de_DE is read as the kit names languages (de-DE, or de). Nothing is written from a file
      with a syntax error, for another kit, or whose kit or language cannot be told.
  dts translate accept --lang L [--kit ID] [--field ID[,ID]]
      records that the translations (all, or these fields) match today's source texts; run it after
      checking outdated texts by hand, or to accept a text kept identical to the source (a name). With
      --field, only the kit that has those texts (an id in several kits needs --kit); it says which kit
  dts translate fit [--kit ID] [--lang L[,L]] [--json]
      plans every artefact with fixed boxes (writes nothing) and lists every text with the share of its
      box used, tightest first: shrunk ones marked ↓, ones that do not fit ✗ with the characters to cut.
      --lang qps-ploc: the pseudo language (every source text about 40 % longer, accented, bracketed)

Options:
  --content DIR   the content folder (default: content)
  --kit ID[,ID]   only these kits
  --lang L[,L]    the languages to work on: ones a kit has (export and status also take a real
                  language no kit has yet, to start a translation; fit and build take qps-ploc)
  --out DIR       where export writes (default: translations)
  --format F      export: po (default) or xliff
  --field ID      accept only these texts (ids as dts check prints them)
  --json          fit: the report as JSON
  -h, --help      this text

Exit codes: 0 done: import: every translation imported and every text fits its boxes; fit: every text
fits. 1 something needs attention, each named: import wrote every valid translation but left out the
ones it names as wrong, or some texts it wrote do not fit their boxes; or it wrote nothing ("Nothing
was imported from ..."): a syntax error, another kit's file, a kit or language it cannot tell; fit:
a text does not fit, or a language has errors; export and accept skip each kit or language with an
error. 2 usage errors (also an unknown --kit or --lang, a --field in several kits without --kit).`;

export async function helpText(command?: string): Promise<string> {
  if (command === 'translate') return translate;
  if (command === 'plan') return plan;
  if (command === 'watch') return watch;
  if (command === 'site') return site;
  if (command === 'check') return check;
  if (command === 'build') return build(await import('../build/artefacts.js'));
  return general;
}
