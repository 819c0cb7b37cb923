// `dts watch`: build once, then rebuild what a changed file affects — one kit and language for a text
// file, one kit for its kit.yaml, everything for the brand file — while the process (and its loaded
// fonts and libraries) stays warm. For people editing content: save, look, save again.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readPreviousOutput } from '../build/write.js';
import { parseYaml } from '../content/yaml-source.js';
import { recordLanguage } from '../translation/record.js';
import type { Io } from './common.js';
import { ExitCode, printHelp } from './common.js';
import type { BuildValues } from './build-command.js';
import { buildOnce, outputFolder, parseBuildArgs } from './build-command.js';
import type { FolderWatcher } from './watch-folders.js';
import { watchFolders } from './watch-folders.js';

/** How long saving must pause before a rebuild: editors save in bursts (write, rename, touch). */
const QUIET_MS = 100;

export interface Change {
  readonly kits?: readonly string[];
  readonly languages?: readonly string[];
}

/**
 * What a changed file affects. Text files affect their own language, except the source language's,
 * which translations fall back on (and any text file of a kit whose source language is not known yet);
 * so does a language's record of what it was translated from (its outdated-text warnings); any other
 * YAML file in a kit's folder affects the whole kit. Hidden files and backups (.en.yaml.swp, .#en.yaml,
 * en.yaml~) affect nothing.
 */
export function affected(
  relativePath: string,
  sourceLanguages: ReadonlyMap<string, string>,
): Change | 'everything' | 'nothing' {
  const parts = relativePath.split(/[\\/]/);
  const kit = parts[0];
  if (parts.some((p) => /^[.#]|~$/.test(p))) return 'nothing';
  const record = parts.length === 3 && parts[1] === 'texts' ? recordLanguage(parts[2] ?? '') : undefined;
  if (kit && record) return { kits: [kit], languages: [record] };
  if (!kit || parts.length < 2 || !/\.ya?ml$/.test(relativePath)) return 'nothing';
  const text =
    parts.length === 3 && parts[1] === 'texts'
      ? /^([a-z]{2,3}(?:-[A-Za-z]+)?)\.ya?ml$/.exec(parts[2] ?? '')
      : null;
  const source = sourceLanguages.get(kit);
  if (text?.[1] && source !== undefined && source !== text[1]) return { kits: [kit], languages: [text[1]] };
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

/** A saved file: how it is shown, and for a content file its path in the content folder. */
export interface Saved {
  readonly shown: string;
  readonly content?: string;
  readonly at: Date;
}

export async function watch(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseBuildArgs(args);
  if (parsed.values.help) return printHelp(io, 'watch');
  const quiet: Io = { out: (t) => (t.startsWith('wrote ') ? undefined : io.out(t)), err: io.err };
  await buildOnce(parsed, io);
  const { content, brand } = parsed.values;

  const brandWatch = brand ? new BrandWatch(path.resolve(brand), brand) : undefined;
  const saves = coalesce(async (batch) => {
    try {
      if (brandWatch && [...batch.values()].some((s) => s.content === undefined)) {
        await brandWatch.follow((s) => saves.note(s)); // the brand file may name another logo now
      }
      await rebuild(parsed, [...batch.values()], quiet);
    } catch (error) {
      // Whatever went wrong with this rebuild, the next save gets its own.
      io.err(`dts watch: ${(error as Error).message}`);
    }
  });
  const watchers: FolderWatcher[] = [
    // content/, its kit folders and their texts/ folders
    await watchFolders(path.resolve(content), 2, (relative) => {
      if (affected(relative, new Map()) !== 'nothing') {
        saves.note({ shown: path.join(content, relative), content: relative, at: new Date() });
      }
    }),
  ];
  if (brandWatch) await brandWatch.follow((s) => saves.note(s));
  // Only now: a file saved as soon as this appears is seen.
  io.out(`watching ${content}${brand ? ` and ${brand}` : ''}; Ctrl+C stops`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  for (const w of watchers) w.close();
  brandWatch?.close();
  await saves.stop();
  return ExitCode.ok;
}

/**
 * Collects saves until saving pauses for QUIET_MS, then runs one rebuild for all of them. Saves during a
 * rebuild are collected for one follow-up rebuild, which starts as soon as that one is done; so a burst
 * of saves gives one or two rebuilds, and the last one always sees the last save.
 */
export function coalesce(run: (batch: ReadonlyMap<string, Saved>) => Promise<void>, quietMs = QUIET_MS) {
  let saved = new Map<string, Saved>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let due = false;
  let stopped = false;
  const start = () => {
    const batch = saved;
    saved = new Map();
    running = run(batch).finally(() => {
      running = undefined;
      if (due && !stopped) {
        due = false;
        start();
      }
    });
  };
  return {
    note(save: Saved) {
      if (stopped) return;
      saved.delete(save.shown); // keeps the batch in the order of the latest saves
      saved.set(save.shown, save);
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (running) due = true;
        else start();
      }, quietMs);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      while (running) await running;
    },
  };
}

/** The brand file and its logo, watched through their folders (both may be saved by rename). */
class BrandWatch {
  private readonly folders = new Map<string, FolderWatcher>();
  private files = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly shown: string,
  ) {}

  /** Watches the brand file and the logo it names now. */
  async follow(note: (save: Saved) => void): Promise<void> {
    const logo = await logoOf(this.file);
    this.files = new Set([this.file, ...(logo ? [logo] : [])]);
    for (const file of this.files) {
      const folder = path.dirname(file);
      if (this.folders.has(folder)) continue;
      this.folders.set(
        folder,
        await watchFolders(folder, 0, (name) => {
          const changed = path.join(folder, name);
          if (!this.files.has(changed)) return;
          // The logo as a path next to the brand file as it was given on the command line.
          const shown =
            changed === this.file
              ? this.shown
              : path.join(path.dirname(this.shown), path.relative(path.dirname(this.file), changed));
          note({ shown, at: new Date() });
        }),
      );
    }
  }

  close(): void {
    for (const w of this.folders.values()) w.close();
  }
}

/** The logo a brand file names, as an absolute path; undefined while the file names none or is broken. */
async function logoOf(brandFile: string): Promise<string | undefined> {
  const text = await readFile(brandFile, 'utf8').catch(() => undefined);
  const data = text === undefined ? undefined : parseYaml(brandFile, text).source?.data;
  const logo = (data as { logo?: unknown } | undefined)?.logo;
  return typeof logo === 'string' && logo.trim() ? path.resolve(path.dirname(brandFile), logo) : undefined;
}

async function sourceLanguages(parsed: BuildValues): Promise<Map<string, string>> {
  const previous = await readPreviousOutput(await outputFolder(parsed));
  return new Map((previous?.manifest.kits ?? []).map((k) => [k.id, k.sourceLanguage]));
}

/** Kits or languages left out on the command line stay left out. */
function selected(change: Change, parsed: BuildValues): boolean {
  if (change.kits?.some((k) => parsed.kits && !parsed.kits.includes(k))) return false;
  return !change.languages?.some((l) => parsed.languages && !parsed.languages.includes(l));
}

/**
 * Rebuilds what the saved files affect and prints one line for it. A translation whose file is gone is
 * not built (there is nothing to build it from); the line says so, and its last build stays.
 */
async function rebuild(parsed: BuildValues, batch: readonly Saved[], io: Io): Promise<void> {
  const contentDir = path.resolve(parsed.values.content);
  const sources = await sourceLanguages(parsed);
  const changes: (Change | 'everything')[] = [];
  const changed: Saved[] = [];
  const gone: { save: Saved; what: string }[] = [];
  for (const save of batch) {
    const change = save.content === undefined ? 'everything' : affected(save.content, sources);
    if (change === 'nothing' || (change !== 'everything' && !selected(change, parsed))) continue;
    if (change !== 'everything') {
      const kit = change.kits?.[0] ?? '';
      const language = change.languages?.[0];
      if (!existsSync(path.join(contentDir, kit))) {
        gone.push({ save, what: `${kit} not rebuilt: its folder is gone` });
        continue;
      }
      if (language && !existsSync(path.join(contentDir, kit, 'texts', `${language}.yaml`))) {
        gone.push({ save, what: `${kit} ${language} not rebuilt: its file is gone` });
        continue;
      }
    }
    changes.push(change);
    changed.push(save);
  }
  for (const what of new Set(gone.map((g) => g.what))) {
    const saves = gone.filter((g) => g.what === what).map((g) => g.save);
    io.out(
      `${timeOf(saves)}  ${listed(saves)} deleted → ${what} (${await outputFolder(parsed)} keeps its last build until a full dts build)`,
    );
  }
  const [first, ...rest] = changes;
  if (!first) return;
  const change = rest.reduce(merge, first);
  const started = performance.now();
  let outcome: string;
  try {
    const code = await buildOnce(parsed, io, change === 'everything' ? {} : change);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    outcome =
      code === ExitCode.ok
        ? `rebuilt ${described(change, parsed)} in ${seconds} s`
        : 'not rebuilt: fix the problems above and save again';
  } catch (error) {
    outcome = `not rebuilt: ${(error as Error).message}`;
  }
  io.out(`${timeOf(changed)}  ${listed(changed)} changed → ${outcome}`);
}

/** `data-team-start en`, `data-team-start (all languages)`, `everything`. */
function described(change: Change | 'everything', parsed: BuildValues): string {
  if (change === 'everything') return 'everything';
  const languages = change.languages ?? parsed.languages;
  return `${(change.kits ?? []).join(', ')} ${languages ? languages.join(', ') : '(all languages)'}`;
}

function listed(saves: readonly Saved[]): string {
  const names = saves.map((s) => s.shown);
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} more files`;
}

/** The wall-clock time of the last save, HH:MM:SS (the watch output is no artefact). */
function timeOf(saves: readonly Saved[]): string {
  const at = new Date(Math.max(...saves.map((s) => s.at.getTime())));
  return [at.getHours(), at.getMinutes(), at.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}
