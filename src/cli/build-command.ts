// `dts build`: loaded only when building, so `dts check` does not pay for fonts, images and PDF code.
import { parseArgs } from 'node:util';
import { artefactNames } from '../build/artefacts.js';
import { build as runBuild } from '../build/build.js';
import { parsePosterFlags } from '../build/poster-options.js';
import { writeOutput } from '../build/write.js';
import { parseClock } from '../content/clock.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { loadBrand } from '../theme/brand.js';
import { nodeWorkspace } from '../workspace/workspace.js';
import type { Io } from './common.js';
import { commonOptions, ExitCode, listOption, printHelp, report, UsageError } from './common.js';

const buildOptions = {
  ...commonOptions,
  only: { type: 'string' },
  out: { type: 'string', default: 'build-output' },
  paper: { type: 'string' },
  orientation: { type: 'string' },
  layout: { type: 'string' },
  bleed: { type: 'string' },
  tile: { type: 'string' },
  overlap: { type: 'string' },
  brand: { type: 'string' },
  start: { type: 'string' },
} as const;

export async function build(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: buildOptions,
    allowPositionals: false,
    strict: true,
  });
  if (values.help) return printHelp(io, 'build');
  const only = listOption(values.only);
  for (const name of only ?? []) {
    if (!artefactNames.includes(name)) {
      throw new UsageError(
        `--only: unknown artefact "${name}" (expected one of: ${artefactNames.join(', ')})`,
      );
    }
  }
  const brand = values.brand ? await loadBrand(nodeWorkspace(), values.brand) : undefined;
  if (brand && hasErrors(brand.diagnostics)) {
    report(io, brand.diagnostics);
    io.err('Nothing was written; the previous output is untouched.');
    return ExitCode.content;
  }
  const poster = parsePosterFlags(values, brand?.paper);
  if (!poster.ok) throw new UsageError(poster.message);
  const start = values.start === undefined ? undefined : parseClock(values.start);
  if (values.start !== undefined && start === undefined)
    throw new UsageError(`--start: "${values.start}" is not a time of day (expected HH:MM, e.g. 13:00)`);
  const kits = listOption(values.kit);
  const result = await runBuild(
    {
      contentDir: values.content,
      kits,
      languages: listOption(values.lang),
      only,
      poster: poster.value,
      date: sourceDateEpoch(),
      ...(start !== undefined ? { start } : {}),
      ...(brand?.theme ? { theme: brand.theme } : {}),
    },
    nodeWorkspace(),
  );
  for (const id of kits ?? []) {
    if (!result.folders.includes(id)) {
      throw new UsageError(`--kit: unknown kit "${id}" (expected one of: ${result.folders.join(', ')})`);
    }
  }
  const diagnostics = [...(brand?.diagnostics ?? []), ...result.diagnostics];
  report(io, diagnostics);
  if (hasErrors(diagnostics)) {
    io.err('Nothing was written; the previous output is untouched.');
    return ExitCode.content;
  }
  const written = await writeOutput(values.out, result.files);
  for (const [i, file] of result.files.entries()) {
    io.out(`wrote ${written[i]}  (${formatBytes(file.bytes.length)})`);
  }
  for (const { kit, language, artefact } of result.unavailable) {
    io.out(`not yet available: ${kit}/${language} ${artefact.name} (${artefact.description})`);
  }
  return ExitCode.ok;
}

/** SOURCE_DATE_EPOCH (seconds), the reproducible-builds convention for the date inside files. */
function sourceDateEpoch(): Date | undefined {
  const value = process.env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value))
    throw new UsageError(`SOURCE_DATE_EPOCH: "${value}" is not a whole number of seconds`);
  return new Date(Number(value) * 1000);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
