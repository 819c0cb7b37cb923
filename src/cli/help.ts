// Every text the CLI shows about itself, in one place.
import { artefactNames } from '../build/artefacts.js';

const general = `dts — builds the Data Team Start kit and the Checklist Samen Data Delen from one content source

Usage:
  dts check [options]     validate all content in every language; prints every problem at once
  dts build [options]     check the content and build the kits' artefacts
  dts site [--out DIR]    the download page (index.html with previews) for a built output folder
  dts help <command>      options of a command
  dts --version           the version of dts

Exit codes: 0 success, 1 content or input errors, 2 usage errors, 3 an internal error (a bug).`;

const check = `dts check [--content DIR] [--kit ID[,ID]] [--lang L[,L]]

Validates the kits' structure (kit.yaml) and texts (texts/<language>.yaml): schema, ids and references,
schedule minutes, and every language against the source language. Problems are printed as
  file:line:column  error|warning  field.path  what is wrong (expected ...)

Options:
  --content DIR   the content folder (default: content)
  --kit ID        only these kits, comma-separated (folder names under the content folder)
  --lang L        only report on these languages (the source language is always checked)
  -h, --help      this text`;

const build = `dts build [--only ${artefactNames.join(',')}] [--kit ID] [--lang L] [--out DIR]

Checks the content, then builds each selected artefact for each kit and language into
<out>/<kit>/<language>/. When the content has errors nothing is written.

Options:
  --content DIR          the content folder (default: content)
  --kit ID[,ID]          only these kits
  --lang L[,L]           only these languages
  --only A[,A]           only these artefacts: ${artefactNames.join(', ')}
  --out DIR              output folder (default: build-output)
  --brand FILE           an organisation's brand file (name, logo, colours, contact, paper); see BRANDING.md
  --start HH:MM          when the session starts: clock times in agendas and schedules (default 13:00)

Poster options:
  --paper A3|A2|A1|A0    paper size (default A2, or the brand file's paper)
  --orientation O        portrait (default) or landscape
  --layout L             upright (default) or table: blocks face the nearest table edge
  --bleed [MM]           print-shop output with bleed (3 mm when no value) and crop marks
  --tile A4|A3           tile onto office-printer sheets with glue/cut marks and an assembly map
  --overlap MM           overlap between tiles (default 10)

Environment:
  SOURCE_DATE_EPOCH      seconds since 1970: the date inside every file (default: the kit's release date)

Other:
  -h, --help             this text`;

const site = `dts site [--out DIR]

Writes <out>/index.html and <out>/previews/ for an output folder made by "dts build": each kit and
language with preview images made from the real files, sizes, pages, checksums and licence. Needs
pdftoppm and LibreOffice: apt-get install poppler-utils libreoffice-impress libreoffice-writer

Options:
  --out DIR       the output folder (default: build-output)
  -h, --help      this text`;

export function helpText(command?: string): string {
  if (command === 'site') return site;
  if (command === 'check') return check;
  if (command === 'build') return build;
  return general;
}
