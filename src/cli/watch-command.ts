// `dts watch`: build once, then rebuild what a changed file affects — one kit and language for a text
// file, one kit for its kit.yaml, everything for the brand file — while the process (and its loaded
// fonts and libraries) stays warm. For people editing content: save, look, save again.
import path from 'node:path';
import { readPreviousOutput } from '../build/write.js';
import { recordLanguage } from '../translation/record.js';
import { watchFolders } from './folder-watch.js';
import type { Io } from './common.js';
import { ExitCode, printHelp } from './common.js';
import type { BuildValues } from './build-command.js';
import { buildOnce, parseBuildArgs } from './build-command.js';

export interface Change {
  readonly kits?: readonly string[];
  readonly languages?: readonly string[];
}

/**
 * What a changed file affects. Text files affect their own language, except the source language's,
 * which translations fall back on; so does a language's record of what it was translated from (its
 * outdated-text warnings); anything else in a kit's folder affects the whole kit.
 */
export function affected(
  relativePath: string,
  sourceLanguages: ReadonlyMap<string, string>,
): Change | 'everything' | 'nothing' {
  const parts = relativePath.split(/[\\/]/);
  const kit = parts[0];
  const record = parts.length === 3 && parts[1] === 'texts' ? recordLanguage(parts[2] ?? '') : undefined;
  if (kit && record) return { kits: [kit], languages: [record] };
  if (!kit || parts.length < 2 || !/\.ya?ml$/.test(relativePath)) return 'nothing';
  const text =
    parts.length === 3 && parts[1] === 'texts'
      ? /^([a-z]{2,3}(?:-[A-Za-z]+)?)\.ya?ml$/.exec(parts[2] ?? '')
      : null;
  if (text?.[1] && sourceLanguages.get(kit) !== text[1]) return { kits: [kit], languages: [text[1]] };
  return { kits: [kit] };
}

function merge(a: Change | 'everything', b: Change | 'everything'): Change | 'everything' {
  if (a === 'everything' || b === 'everything') return 'everything';
  const kits = [...new Set([...(a.kits ?? []), ...(b.kits ?? [])])];
  // Two kits, or a kit-wide change: every language of those kits.
  const languages =
    a.languages && b.languages && kits.length === 1
      ? [...new Set([...a.languages, ...b.languages])]
      : undefined;
  return languages ? { kits, languages } : { kits };
}

/** Quiet time after the last event before a rebuild: editors save in bursts (write, rename, touch). */
const SETTLE_MS = 80;

/** A change waiting to be built, and the files that caused it. */
interface Pending {
  change: Change | 'everything';
  readonly files: Set<string>;
}

export async function watch(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseBuildArgs(args);
  if (parsed.values.help) return printHelp(io, 'watch');
  const quiet: Io = { out: (t) => (t.startsWith('wrote ') ? undefined : io.out(t)), err: io.err };
  await buildOnce(parsed, io);
  const contentDir = path.resolve(parsed.values.content);
  const brandFile = parsed.values.brand ? path.resolve(parsed.values.brand) : undefined;

  // One rebuild at a time; what changes meanwhile is gathered into the next one, never lost.
  let pending: Pending | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const next = () => {
    if (running || !pending) return;
    const now = pending;
    pending = undefined;
    running = rebuild(parsed, now, quiet).finally(() => {
      running = undefined;
      next();
    });
  };
  const schedule = (change: Change | 'everything' | 'nothing', file: string) => {
    if (change === 'nothing') return;
    // Kits or languages left out on the command line stay left out.
    if (change !== 'everything' && change.kits?.some((k) => parsed.kits && !parsed.kits.includes(k))) return;
    if (
      change !== 'everything' &&
      change.languages?.some((l) => parsed.languages && !parsed.languages.includes(l))
    )
      return;
    pending = pending
      ? { change: merge(pending.change, change), files: pending.files.add(file) }
      : { change, files: new Set([file]) };
    clearTimeout(timer);
    timer = setTimeout(next, SETTLE_MS);
  };
  const sources = await sourceLanguages(parsed);
  const shown = (relative: string) => path.join(parsed.values.content, relative);
  const watchers = [await watchFolders(contentDir, (file) => schedule(affected(file, sources), shown(file)))];
  if (brandFile) {
    // The brand file and the images beside it (its logo): any change there rebuilds everything. Other
    // files in that folder (it may be the project's own, with the output folder in it) are not the brand's.
    const brandFolder = path.dirname(brandFile);
    const isBrand = (name: string) =>
      name === path.basename(brandFile) || /\.(png|jpe?g|webp|svg)$/i.test(name);
    watchers.push(
      await watchFolders(
        brandFolder,
        (file) => {
          if (!file.includes('/') && isBrand(file))
            schedule('everything', path.join(path.dirname(parsed.values.brand ?? ''), file));
        },
        () => false,
      ),
    );
  }
  // Only now: a file saved as soon as this appears is seen.
  io.out(`watching ${parsed.values.content}${brandFile ? ` and ${parsed.values.brand}` : ''}; Ctrl+C stops`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  for (const w of watchers) w.close();
  clearTimeout(timer);
  await running;
  return ExitCode.ok;
}

async function sourceLanguages(parsed: BuildValues): Promise<Map<string, string>> {
  const previous = await readPreviousOutput(parsed.values.out);
  return new Map((previous?.manifest.kits ?? []).map((k) => [k.id, k.sourceLanguage]));
}

/** The time of day, HH:MM:SS, for the watch log (not an artefact: the wall clock is right here). */
function timeOfDay(date: Date): string {
  return [date.getHours(), date.getMinutes(), date.getSeconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
}

function describeFiles(files: ReadonlySet<string>): string {
  const [first, ...rest] = [...files].sort();
  return rest.length === 0 ? `${first ?? '?'} changed` : `${first ?? '?'} and ${rest.length} more changed`;
}

async function rebuild(parsed: BuildValues, pending: Pending, io: Io): Promise<void> {
  const { change } = pending;
  const started = performance.now();
  const narrow = change === 'everything' ? {} : change;
  const head = `${timeOfDay(new Date())}  ${describeFiles(pending.files)}`;
  try {
    const code = await buildOnce(parsed, io, narrow);
    const what =
      change === 'everything'
        ? 'everything'
        : `${(change.kits ?? []).join(', ')}${change.languages ? ` (${change.languages.join(', ')})` : ''}`;
    const ms = Math.round(performance.now() - started);
    io.out(
      code === ExitCode.ok
        ? `${head} → rebuilt ${what} in ${ms} ms`
        : `${head} → not rebuilt: fix the problems above and save again`,
    );
  } catch (error) {
    io.err(`${head} → dts watch: ${(error as Error).message}`);
  }
}
