// `dts site`: the download page for an output folder that `dts build` made: index.html with previews
// made from the real files, sizes, checksums and licences. Needs poppler-utils and LibreOffice.
import { parseArgs } from 'node:util';
import { readPreviousOutput, writeSite } from '../build/write.js';
import { downloadPage } from '../site/page.js';
import { makePreviews, MissingToolError } from '../site/previews.js';
import type { Io } from './common.js';
import { ExitCode, printHelp } from './common.js';

export async function site(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      out: { type: 'string', default: 'build-output' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
    strict: true,
  });
  if (values.help) return printHelp(io, 'site');
  const output = await readPreviousOutput(values.out);
  if (!output) {
    io.err(`dts site: ${values.out} has no manifest.json; run "dts build --out ${values.out}" first.`);
    return ExitCode.content;
  }
  let previews;
  try {
    previews = await makePreviews(values.out, output.manifest);
  } catch (error) {
    if (error instanceof MissingToolError) {
      io.err(`dts site: ${error.message}`);
      return ExitCode.content;
    }
    io.err(`dts site: could not make the previews: ${(error as Error).message}`);
    return ExitCode.content;
  }
  await writeSite(values.out, downloadPage(output.manifest, previews), previews);
  io.out(`wrote ${values.out}/index.html with ${previews.length} previews`);
  return ExitCode.ok;
}
