// `dts build`: loaded only when building, so `dts check` does not pay for fonts, images and PDF code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { artefactNames } from '../build/artefacts.js';
import { build as runBuild } from '../build/build.js';
import { parsePosterVariants } from '../build/poster-options.js';
import type { ManifestArtefact, ManifestBundle } from '../build/manifest.js';
import { assembleOutput, BUNDLES, CHECKSUMS, MANIFEST } from '../build/output.js';
import {
  checkOutputFolder,
  ManifestError,
  OutputFolderError,
  readPreviousOutput,
  recoverOutput,
  replaceOutput,
} from '../build/write.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseClock } from '../content/clock.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { parseYaml } from '../content/yaml-source.js';
import { loadBrand } from '../theme/brand.js';
import { nodeWorkspace } from '../workspace/workspace.js';
import type { Io } from './common.js';
import { createProgress, progressMode } from './progress.js';
import {
  commonOptions,
  dtsVersion,
  ExitCode,
  listOption,
  printHelp,
  report,
  sourceDateEpoch,
  UsageError,
} from './common.js';
import { formatBytes } from '../units.js';
import { onceEach, slug } from '../build/branded.js';
import { RenderWorker } from '../build/render-thread.js';

export { onceEach, slug } from '../build/branded.js';
import { createRequire } from 'node:module';
import { clock, formatTimings, span, timingsWanted } from '../build/timings.js';

const buildOptions = {
  ...commonOptions,
  only: { type: 'string' },
  /** Default: build-output, or build-<organisation> with --brand (never the public output). */
  out: { type: 'string' },
  paper: { type: 'string' },
  orientation: { type: 'string' },
  layout: { type: 'string' },
  bleed: { type: 'string' },
  tile: { type: 'string' },
  overlap: { type: 'string' },
  brand: { type: 'string' },
  start: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export type BuildValues = ReturnType<typeof parseBuildArgs>;

export function parseBuildArgs(args: readonly string[]) {
  const { values } = parseArgs({
    args: [...args],
    options: buildOptions,
    allowPositionals: false,
    strict: true,
  });
  const only = listOption(values.only);
  for (const name of only ?? []) {
    if (!artefactNames.includes(name)) {
      throw new UsageError(
        `--only: unknown artefact "${name}" (expected one of: ${artefactNames.join(', ')})`,
      );
    }
  }
  const start = values.start === undefined ? undefined : parseClock(values.start);
  if (values.start !== undefined && start === undefined)
    throw new UsageError(`--start: "${values.start}" is not a time of day (expected HH:MM, e.g. 13:00)`);
  return {
    values,
    only,
    start,
    kits: listOption(values.kit),
    languages: listOption(values.lang),
    json: values.json === true,
  };
}

/** The public output, where a plain build goes (and `dts site` looks) unless told otherwise. */
export const PUBLIC_OUTPUT = 'build-output';

/**
 * Where a build writes: --out when given; else a branded build goes to its own folder named after the
 * organisation (build-gemeente-voorbeeldstad), so it never replaces the public kit in build-output.
 */
export function outputFolderFor(out: string | undefined, organisation: string | undefined): string {
  if (out !== undefined) return out;
  return organisation === undefined ? PUBLIC_OUTPUT : `build-${slug(organisation)}`;
}

/** The output folder of a parsed build, without loading the brand's logo (for watch mode's messages). */
export async function outputFolder(parsed: BuildValues): Promise<string> {
  const { out, brand } = parsed.values;
  if (out !== undefined || brand === undefined) return outputFolderFor(out, undefined);
  const text = await readFile(brand, 'utf8').catch(() => '');
  const name = (parseYaml(brand, text).source?.data as { organisation?: unknown } | undefined)?.organisation;
  return outputFolderFor(undefined, typeof name === 'string' ? name : 'brand');
}

async function refuseForeignOutput(out: string, contentDir: string): Promise<void> {
  try {
    await checkOutputFolder(out, { contentDir });
  } catch (error) {
    if (error instanceof OutputFolderError) throw new UsageError(error.message);
    throw error;
  }
}

export async function build(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseBuildArgs(args);
  if (parsed.values.help) return printHelp(io, 'build');
  return buildOnce(parsed, io);
}

/**
 * One build from parsed options: content and brand loaded afresh, artefacts rendered, the output folder
 * replaced. `narrow` limits it to some kits and languages (watch mode) and keeps the rest of the output.
 */
export async function buildOnce(
  parsed: BuildValues,
  io: Io,
  narrow?: { kits?: readonly string[]; languages?: readonly string[] },
): Promise<number> {
  const { values, only, start, json } = parsed;
  const kits = narrow?.kits ?? parsed.kits;
  const languages = narrow?.languages ?? parsed.languages;
  const date = sourceDateEpoch();
  const brand = values.brand ? await loadBrand(nodeWorkspace(), values.brand) : undefined;
  if (brand && hasErrors(brand.diagnostics)) {
    report(io, brand.diagnostics);
    io.err('Nothing was written; the previous output is untouched.');
    return ExitCode.content;
  }
  const out = outputFolderFor(values.out, brand?.theme?.organisation?.name);
  const posters = parsePosterVariants(values, brand?.paper);
  if (!posters.ok) throw new UsageError(posters.message);
  // Before any rendering: partial builds and watch rebuilds too, nothing is replaced that dts cannot prove
  // it made.
  await refuseForeignOutput(out, values.content);
  const progress = await createProgress(narrow ? 'none' : progressMode(json), (line) => io.err(line));
  const result = await runBuild(
    {
      contentDir: values.content,
      kits,
      languages,
      only,
      posters: posters.value,
      ...(date ? { date } : {}),
      ...(start !== undefined ? { start } : {}),
      ...(brand?.theme ? { theme: brand.theme } : {}),
      onProgress: progress.update,
      // Both cores for a build; a watch-mode rebuild stays in this warm thread.
      ...(narrow === undefined ? { renderThread: () => RenderWorker.start() } : {}),
    },
    nodeWorkspace(),
  );
  progress.finish();
  if (result.selection) {
    // A watch-mode rebuild for a kit or language whose files are gone: no --kit or --lang to blame.
    if (!narrow) throw new UsageError(result.selection);
    io.err(`dts watch: ${result.selection.replace(/^--(kit|lang): /, '')}`);
    return ExitCode.usage;
  }
  const diagnostics = onceEach([...(brand?.diagnostics ?? []), ...result.diagnostics]);
  if (hasErrors(diagnostics)) {
    if (json) io.out(jsonSummary({ ok: false, out, diagnostics }));
    else {
      report(io, diagnostics);
      io.err('Nothing was written; the previous output is untouched.');
    }
    return ExitCode.content;
  }
  // A selection (--kit, --lang, --only) renews part of the output and keeps the rest.
  const partial = narrow !== undefined || kits !== undefined || languages !== undefined || only !== undefined;
  let previous;
  try {
    await recoverOutput(out);
    previous = partial ? await readPreviousOutput(out) : undefined;
  } catch (error) {
    if (error instanceof OutputFolderError) throw new UsageError(error.message);
    if (!(error instanceof ManifestError)) throw error;
    io.err(`dts: ${error.message}; build everything once (without --kit, --lang, --only) to renew it.`);
    return ExitCode.content;
  }
  const organisation = brand?.theme?.organisation?.name;
  const assembling = clock();
  const assembled = await assembleOutput(result, {
    generator: `dts ${dtsVersion()}`,
    // The fonts' licence as their package ships it (SIL OFL 1.1), for the zips.
    fontLicence: await readFile(
      path.join(
        path.dirname(createRequire(import.meta.url).resolve('source-sans/package.json')),
        'LICENSE.md',
      ),
    ),
    ...(previous ? { previous } : {}),
    ...(organisation ? { bundlePrefix: slug(organisation) } : {}),
  });
  const writing = span('bundles, manifest, checksums', assembling).to;
  try {
    await replaceOutput(out, assembled.files, { keepPrevious: partial });
    span('write the output folder', writing);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    io.err(`dts: could not write ${out} (${reason}); the previous output is untouched.`);
    return ExitCode.content;
  }
  if (json) {
    io.out(
      jsonSummary({
        ok: true,
        out,
        diagnostics,
        artefacts: assembled.manifest.artefacts.filter((a) => result.files.some((f) => f.path === a.path)),
        bundles: assembled.manifest.bundles,
      }),
    );
    return ExitCode.ok;
  }
  for (const file of result.files) {
    io.out(`wrote ${path.join(out, file.path)}  (${formatBytes(file.bytes.length)})`);
  }
  for (const bundle of assembled.manifest.bundles.filter((b) =>
    result.built.some((k) => k.kit === b.kit && k.language === b.language),
  )) {
    io.out(`wrote ${path.join(out, bundle.path)}  (${formatBytes(bundle.bytes)})`);
  }
  io.out(`wrote ${path.join(out, MANIFEST)} and ${CHECKSUMS}`);
  if (organisation && values.out === undefined)
    io.out(
      `The kit branded for ${organisation} is in ${out}${path.sep} (its zips in ${path.join(out, BUNDLES)}${path.sep}); build-output${path.sep}, the public kit, is untouched.`,
    );
  // Warnings last, with counts, so they are what the user sees when the build ends.
  report(io, diagnostics);
  if (timingsWanted()) io.err(formatTimings(performance.timeOrigin));
  return ExitCode.ok;
}

function jsonSummary(summary: {
  ok: boolean;
  out: string;
  diagnostics: readonly Diagnostic[];
  artefacts?: readonly ManifestArtefact[];
  bundles?: readonly ManifestBundle[];
}): string {
  const { diagnostics, ...rest } = summary;
  return JSON.stringify(
    {
      ...rest,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      diagnostics,
    },
    null,
    2,
  );
}
