// `dts site`: the download pages for an output folder that `dts build` made: index.html in the kits'
// source language and index.<lang>.html for each other language, with previews made from the real files,
// labels, sizes, checksums and licences from the manifest. Needs poppler-utils and LibreOffice.
import { access, constants, readFile } from 'node:fs/promises';
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
import { makerFolder } from '../site/maker-files.js';
import { downloadPages } from '../site/page.js';
import { makePreviews, MissingToolError } from '../site/previews.js';
import type { Io } from './common.js';
import { dtsVersion, ExitCode, printHelp, report, UsageError } from './common.js';
import type { Manifest } from '../build/manifest.js';
import { loadContent } from '../content/load.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { nodeWorkspace } from '../workspace/workspace.js';
import { makerData } from '../maker/write-data.js';

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
  // The content the maker page builds from must be the content the output was built from, and sound:
  // checked before the previews too, which take a while, so a mistake is said at once and nothing is written.
  const content = await loadContent(nodeWorkspace(), values.content);
  if (hasErrors(content.diagnostics)) {
    report(io, content.diagnostics);
    io.err(`dts site: ${values.content} has errors (dts check shows them); nothing was written.`);
    return ExitCode.content;
  }
  const mismatch = contentMismatch(output.manifest, content.kits, values.content);
  if (mismatch) {
    io.err(`dts site: ${mismatch}; nothing was written.`);
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
  let maker;
  try {
    maker = await makerFolder(output.manifest, readFile, () =>
      makerData(values.content, `dts ${dtsVersion()}`),
    );
  } catch (error) {
    io.err(`dts site: could not gather the in-browser build's files (${(error as Error).message}).`);
    return ExitCode.content;
  }
  if ('missing' in maker)
    io.err(
      `dts site: the "Make your own kit" page is left out: ${maker.missing} is missing (run "npm run compile")`,
    );
  const pages = downloadPages(output.manifest, previews, { maker: !('missing' in maker) });
  try {
    await writeSite(values.out, pages, previews, 'missing' in maker ? [] : [maker.folder]);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    io.err(`dts site: could not write ${values.out} (${reason}); the download page is as it was.`);
    return ExitCode.content;
  }
  io.out(
    `wrote ${[...pages.map((p) => p.path), ...('missing' in maker ? [] : maker.pages)].map((p) => path.join(values.out, p)).join(', ')} with ${previews.length} previews`,
  );
  return ExitCode.ok;
}

/**
 * Why the content is not the one the output was built from (a kit or version the manifest does not have,
 * or the other way round), if it is not: the maker page would build another kit than the page offers.
 */
function contentMismatch(
  manifest: Manifest,
  kits: readonly { readonly id: string; readonly version: string }[],
  contentDir: string,
): string | undefined {
  for (const built of manifest.kits) {
    const found = kits.find((k) => k.id === built.id);
    if (!found)
      return `${contentDir} has no kit ${built.id}, which the output was built from (expected the content "dts build" used; see --content)`;
    if (found.version !== built.version)
      return `${contentDir} has ${built.id} ${found.version}, but the output was built from ${built.version} (run "dts build" again, or point --content at the content it was built from)`;
  }
  return undefined;
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
