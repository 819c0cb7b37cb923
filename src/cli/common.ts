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

export function printHelp(io: Io, command: string): number {
  io.out(helpText(command));
  return ExitCode.ok;
}

/** The version of dts itself, from its package.json. */
export function dtsVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
