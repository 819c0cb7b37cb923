// The `dts` command: parses arguments, runs the library, prints diagnostics, sets the exit code.
// `build` is imported on demand, so `dts check` stays fast.
import { parseArgs } from 'node:util';
import { selectLanguages, unknownLanguage } from '../content/select.js';
import { escapeControls } from '../diagnostics/control.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Io } from './common.js';
import { commonOptions, dtsVersion, ExitCode, listOption, printHelp, report, UsageError } from './common.js';
import { helpText } from './help.js';
import { loadSelectedContent } from './select-content.js';

export { ExitCode } from './common.js';
export type { Io } from './common.js';

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      // Usage messages quote what was typed, which may hold control characters.
      io.err(
        `dts: ${escapeControls((error as Error).message)}\nRun "dts --help" for the commands and options.`,
      );
      return ExitCode.usage;
    }
    io.err(
      `dts: internal error: ${escapeControls((error as Error).message)}\nThis is a bug in dts, not in your content; please report it with the command you ran.`,
    );
    return ExitCode.internal;
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(await helpText(rest[0]));
    return command === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (command === '--version' || command === '-v') {
    io.out(dtsVersion());
    return ExitCode.ok;
  }
  if (command === 'check') return check(rest, io);
  if (command === 'build') return (await import('./build-command.js')).build(rest, io);
  if (command === 'plan') return (await import('./plan-command.js')).plan(rest, io);
  if (command === 'site') return (await import('./site-command.js')).site(rest, io);
  if (command === 'watch') return (await import('./watch-command.js')).watch(rest, io);
  if (command === 'translate') return (await import('./translate-command.js')).translate(rest, io);
  throw new UsageError(
    `unknown command "${command}" (expected check, build, translate, plan, watch or site)`,
  );
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
    // A language only some kits have: the others are checked (their source language), but say so.
    const shown = langs.length
      ? langs.join(', ')
      : `no ${languages?.join(', ')} texts (checked ${kit.sourceLanguage})`;
    io.out(`✓ ${kit.id} ${kit.version}: ${shown}`);
  }
  return ExitCode.ok;
}

/** Loads the content (only the kits named by --kit); unknown kits and languages are usage errors. */
async function load(values: { content: string; kit?: string | undefined; lang?: string | undefined }) {
  const content = await loadSelectedContent(values);
  const languages = listOption(values.lang);
  const unknown = unknownLanguage(content, languages);
  if (unknown) throw new UsageError(unknown);
  const diagnostics = selectLanguages(content.diagnostics, values.content, content.kits, languages);
  return { content, languages, diagnostics };
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
