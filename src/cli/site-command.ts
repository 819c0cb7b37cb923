// `dts site`: the download pages for an output folder that `dts build` made: index.html in the kits'
// source language and index.<lang>.html for each other language, with previews made from the real files,
// labels, sizes, checksums and licences from the manifest. Needs poppler-utils and LibreOffice.
import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkOutputFolder,
  ManifestError,
  OutputFolderError,
  readPreviousOutput,
  recoverOutput,
  writeSite,
} from '../build/write.js';
import { downloadPages } from '../site/page.js';
import { makePreviews, MissingToolError } from '../site/previews.js';
import type { Io } from './common.js';
import { dtsVersion, ExitCode, printHelp, UsageError } from './common.js';
import { makerData, writeMakerData } from '../maker/write-data.js';

export async function site(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      out: { type: 'string', default: 'build-output' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
    strict: true,
  });
  if (values.help) return printHelp(io, 'site');
  let output;
  try {
    await checkOutputFolder(values.out);
    await recoverOutput(values.out);
    output = await readPreviousOutput(values.out);
  } catch (error) {
    if (error instanceof OutputFolderError) throw new UsageError(error.message);
    if (!(error instanceof ManifestError)) throw error;
    io.err(`dts site: ${error.message}; run "dts build --out ${values.out}" to make it anew.`);
    return ExitCode.content;
  }
  if (!output) {
    io.err(`dts site: ${values.out} has no manifest.json; run "dts build --out ${values.out}" first.`);
    return ExitCode.content;
  }
  // Before the previews, which take a while: a folder dts may not write to is said at once.
  const unwritable = await cannotWrite(values.out);
  if (unwritable) {
    io.err(
      `dts site: cannot write to ${values.out} (${unwritable}); make it writable, or build elsewhere with --out.`,
    );
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
  const pages = downloadPages(output.manifest, previews);
  try {
    await writeSite(values.out, pages, previews);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    io.err(`dts site: could not write ${values.out} (${reason}); the download page is as it was.`);
    return ExitCode.content;
  }
  io.out(
    `wrote ${pages.map((p) => path.join(values.out, p.path)).join(', ')} with ${previews.length} previews`,
  );
  // The in-browser build ("Make your own kit"): its worker and the content, fonts and patterns it reads.
  try {
    const written = await writeMakerData(values.out, await makerData(values.content, `dts ${dtsVersion()}`));
    io.out(
      `wrote ${path.join(values.out, 'maker')}${path.sep} (${written.length} files for the in-browser build)`,
    );
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    io.err(`dts site: could not write the in-browser build's files into ${values.out} (${reason}).`);
    return ExitCode.content;
  }
  return ExitCode.ok;
}

/** Why the output folder (or its previews folder) cannot be written to, if it cannot. */
async function cannotWrite(outDir: string): Promise<string | undefined> {
  for (const folder of [outDir, path.join(outDir, 'previews')]) {
    try {
      await access(folder, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') return code ?? (error as Error).message;
    }
  }
  return undefined;
}
