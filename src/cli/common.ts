// What every command shares: exit codes, output, usage errors, option lists, printing diagnostics.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, summarise } from '../diagnostics/format.js';
import { helpText } from './help.js';

/** 0 success, 1 content or input errors, 2 usage errors, 3 a bug in dts itself. */
export const ExitCode = { ok: 0, content: 1, usage: 2, internal: 3 } as const;

/** A mistake in the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const commonOptions = {
  content: { type: 'string', default: 'content' },
  lang: { type: 'string' },
  kit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function listOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

export function report(io: Io, diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  io.err(formatDiagnostics(diagnostics));
  io.err(summarise(diagnostics));
}

export async function printHelp(io: Io, command: string): Promise<number> {
  io.out(await helpText(command));
  return ExitCode.ok;
}

/** Zip files (DOCX, PPTX, the bundles) store MS-DOS dates: 1980-01-01 to 2107-12-31, in whole seconds. */
const EPOCH_RANGE = { min: Date.UTC(1980, 0, 1) / 1000, max: Date.UTC(2107, 11, 31, 23, 59, 58) / 1000 };

/**
 * SOURCE_DATE_EPOCH (seconds since 1970), the reproducible-builds convention for the date inside files;
 * undefined when unset. A value that is not such a date is a usage error naming the variable.
 */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value))
    throw new UsageError(`SOURCE_DATE_EPOCH: "${value}" is not a whole number of seconds since 1970`);
  const seconds = Number(value);
  if (seconds < EPOCH_RANGE.min || seconds > EPOCH_RANGE.max)
    throw new UsageError(
      `SOURCE_DATE_EPOCH: ${value} is out of range (expected ${EPOCH_RANGE.min} to ${EPOCH_RANGE.max} seconds since 1970: 1980-01-01 to 2107-12-31, the dates a zip file can hold)`,
    );
  return new Date(seconds * 1000);
}

/** The version of dts itself, from its package.json. */
export function dtsVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
