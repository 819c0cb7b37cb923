// Every text the CLI shows about itself, in one place.
import { artefactNames } from '../build/artefacts.js';

const general = `dts — builds the Data Team Start kit and the Checklist Samen Data Delen from one content source

Usage:
  dts check [options]     validate all content in every language; prints every problem at once
  dts build [options]     check the content and build the kits' artefacts
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
  -h, --help             this text`;

export function helpText(command?: string): string {
  if (command === 'check') return check;
  if (command === 'build') return build;
  return general;
}
