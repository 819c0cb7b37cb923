// npm run bench: how fast and lean dts is, as a user runs it. Prints a table; asserts nothing.
//  - a full build (both kits, every artefact, every language) in a fresh `dts` process, several times:
//    median wall time and peak memory;
//  - `dts check`: median wall time;
//  - `dts watch`: the time from saving a text file to the rebuilt output;
//  - where pandoc is installed: pandoc turning Markdown with the handbook's and the deck's text into a
//    DOCX + PPTX pair for every language, and the ratio of the full build to that;
//  - where Chromium is installed: the branded kit (both kits, one language) built in the browser by the
//    "Make your own kit" worker against `dts build --brand`, in the same run (maker.ts).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedDataTeamStart } from '../../src/content/model.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';
import { benchMaker, CHROMIUM } from './maker.js';
import { deckMarkdown, handbookMarkdown } from './markdown.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'dist', 'cli', 'bin.js');
const RSS = path.join(import.meta.dirname, 'rss.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(path.join(tmpdir(), 'dts-bench-'));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timed(program: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const started = performance.now();
  const result = spawnSync(program, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed:\n${result.stderr}`);
  return ms;
}

function dtsRun(args: string[]): { ms: number; rssKb: number } {
  const rssFile = path.join(work, `rss-${Math.random().toString(36).slice(2)}`);
  const ms = timed(process.execPath, ['--import', RSS, BIN, ...args], { DTS_BENCH_RSS: rssFile, CI: '1' });
  // One line per thread that exits (the worker too): the largest is the process's peak.
  const lines = readFileSync(rssFile, 'utf8').trim().split('\n').map(Number);
  return { ms, rssKb: Math.max(...lines) };
}

async function watchRebuild(): Promise<number[]> {
  const content = path.join(work, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const out = path.join(work, 'watch-out');
  const child = spawn(process.execPath, [BIN, 'watch', '--content', content, '--out', out], {
    cwd: ROOT,
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const waitFor = async (pattern: RegExp, from: number) => {
    for (const deadline = performance.now() + 120_000; performance.now() < deadline;) {
      const match = pattern.exec(output.slice(from));
      if (match) return match;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`dts watch did not print ${pattern}:\n${output}`);
  };
  const times: number[] = [];
  try {
    await waitFor(/watching/, 0);
    const file = path.join(content, 'data-team-start', 'texts', 'en.yaml');
    for (let i = 0; i < RUNS; i++) {
      const from = output.length;
      const started = performance.now();
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n# edit ${i}\n`);
      await waitFor(/ changed → rebuilt .* in \d+\.\d\d s$/m, from);
      // From saving the file to the output in place, as the person editing sees it.
      times.push(performance.now() - started);
    }
  } finally {
    child.kill('SIGINT');
  }
  return times;
}

async function pandocPair(): Promise<number[] | undefined> {
  if (spawnSync('pandoc', ['--version']).status !== 0) return undefined;
  const content = await loadContent(nodeWorkspace(), path.join(ROOT, 'content'), {
    kits: ['data-team-start'],
  });
  const kit = content.kits[0];
  if (!kit) throw new Error('no data-team-start kit');
  const files: string[] = [];
  for (const language of kit.languages) {
    const localised = kit.localised.get(language) as LocalisedDataTeamStart;
    const handbook = path.join(work, `handbook-${language}.md`);
    const deck = path.join(work, `deck-${language}.md`);
    writeFileSync(handbook, handbookMarkdown(localised));
    writeFileSync(deck, deckMarkdown(localised));
    files.push(handbook, deck);
  }
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    for (const file of files) {
      const target = file.replace(/\.md$/, file.includes('handbook-') ? '.docx' : '.pptx');
      execFileSync('pandoc', [file, '-o', target]);
    }
    times.push(performance.now() - started);
  }
  return times;
}

async function main(): Promise<void> {
  const out = path.join(work, 'out');
  dtsRun(['build', '--out', out]); // warm the file system cache once
  const builds = Array.from({ length: RUNS }, () => dtsRun(['build', '--out', out]));
  const checks = Array.from({ length: RUNS }, () => dtsRun(['check']));
  const watch = await watchRebuild();
  const pandoc = await pandocPair();
  const maker = await benchMaker(RUNS);
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
    artefacts: unknown[];
  };

  const build = median(builds.map((b) => b.ms));
  const rows: [string, string, string][] = [
    [
      `full build (${manifest.artefacts.length} files), median of ${RUNS}`,
      `${(build / 1000).toFixed(2)} s`,
      '',
    ],
    [
      'full build, peak memory',
      `${Math.max(...builds.map((b) => b.rssKb / 1024)).toFixed(0)} MB`,
      'target < 300 MB',
    ],
    ['dts check, median', `${(median(checks.map((c) => c.ms)) / 1000).toFixed(2)} s`, 'target < 0.5 s'],
    [
      'watch: one text file saved → rebuilt, median',
      `${(median(watch) / 1000).toFixed(2)} s`,
      'target < 0.3 s',
    ],
  ];
  if (pandoc) {
    const p = median(pandoc);
    rows.push([
      'pandoc: handbook DOCX + deck PPTX, every language, median',
      `${(p / 1000).toFixed(2)} s`,
      '',
    ]);
    rows.push(['ratio full build / pandoc', (build / p).toFixed(2), 'target ≤ 0.5']);
  } else {
    rows.push(['pandoc', 'not installed', 'apt-get install pandoc for the ratio']);
  }
  if (maker) {
    const browser = median(maker.browserMs);
    const cli = median(maker.cliMs);
    rows.push([
      'branded kit (both kits, nl) in the browser: new worker, data, build; median',
      `${(browser / 1000).toFixed(2)} s`,
      `build alone ${(median(maker.workerMs) / 1000).toFixed(2)} s`,
    ]);
    rows.push(['the same with dts build --brand, median', `${(cli / 1000).toFixed(2)} s`, '']);
    rows.push(['ratio browser / CLI', (browser / cli).toFixed(2), 'target ≤ 2']);
  } else {
    rows.push(['in-browser build', 'not installed', `apt-get install chromium (${CHROMIUM}) for it`]);
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `dts benchmark · Node ${process.version} · ${availableParallelism()} cores (${cpu}) · ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`,
  );
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`| ${'measure'.padEnd(width)} | result   | target |`);
  console.log(`|${'-'.repeat(width + 2)}|----------|--------|`);
  for (const [what, result, target] of rows)
    console.log(`| ${what.padEnd(width)} | ${result.padEnd(8)} | ${target} |`);
  rmSync(work, { recursive: true, force: true });
}

await main();
