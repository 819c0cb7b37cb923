// The `dts` command: parses arguments, runs the library, prints diagnostics, sets the exit code.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { artefactNames } from '../build/artefacts.js';
import { build as runBuild } from '../build/build.js';
import { parsePosterFlags } from '../build/poster-options.js';
import { writeOutput } from '../build/write.js';
import { loadBrand } from '../theme/brand.js';
import { loadContent } from '../content/load.js';
import { selectLanguages } from '../content/select.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, summarise } from '../diagnostics/format.js';
import { nodeWorkspace } from '../workspace/workspace.js';
import { helpText } from './help.js';

/** 0 success, 1 content or input errors, 2 usage errors, 3 a bug in dts itself. */
export const ExitCode = { ok: 0, content: 1, usage: 2, internal: 3 } as const;

class UsageError extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const commonOptions = {
  content: { type: 'string', default: 'content' },
  lang: { type: 'string' },
  kit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

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
} as const;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`dts: ${(error as Error).message}\nRun "dts --help" for the commands and options.`);
      return ExitCode.usage;
    }
    io.err(
      `dts: internal error: ${(error as Error).message}\nThis is a bug in dts, not in your content; please report it with the command you ran.`,
    );
    return ExitCode.internal;
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(helpText(rest[0]));
    return command === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (command === '--version' || command === '-v') {
    io.out(version());
    return ExitCode.ok;
  }
  if (command === 'check') return check(rest, io);
  if (command === 'build') return build(rest, io);
  throw new UsageError(`unknown command "${command}" (expected check or build)`);
}

async function check(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: commonOptions,
    allowPositionals: false,
    strict: true,
  });
  if (values.help) return printHelp(io, 'check');
  const { content, languages, diagnostics } = await load(values);
  const kits = content.kits;
  report(io, diagnostics);
  if (hasErrors(diagnostics)) return ExitCode.content;
  for (const kit of kits) {
    const langs = kit.languages.filter((l) => !languages || languages.includes(l));
    io.out(`✓ ${kit.id} ${kit.version}: ${langs.join(', ')}`);
  }
  return ExitCode.ok;
}

async function build(args: readonly string[], io: Io): Promise<number> {
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
  const kits = listOption(values.kit);
  const result = await runBuild(
    {
      contentDir: values.content,
      kits,
      languages: listOption(values.lang),
      only,
      poster: poster.value,
      date: sourceDateEpoch(),
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

/** Loads the content (only the kits named by --kit) and reports unknown kit names as usage errors. */
async function load(values: { content: string; kit?: string | undefined; lang?: string | undefined }) {
  const wanted = listOption(values.kit);
  const content = await loadContent(nodeWorkspace(), values.content, { kits: wanted });
  for (const id of wanted ?? []) {
    if (!content.folders.includes(id)) {
      throw new UsageError(`--kit: unknown kit "${id}" (expected one of: ${content.folders.join(', ')})`);
    }
  }
  const languages = listOption(values.lang);
  const diagnostics = selectLanguages(content.diagnostics, values.content, content.kits, languages);
  return { content, languages, diagnostics };
}

function listOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

function report(io: Io, diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  io.err(formatDiagnostics(diagnostics));
  io.err(summarise(diagnostics));
}

function printHelp(io: Io, command: string): number {
  io.out(helpText(command));
  return ExitCode.ok;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
