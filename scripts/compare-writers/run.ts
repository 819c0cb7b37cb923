// npm run compare:writers: our OOXML writers against the libraries the design first named, on the same
// content. The Dutch Data Team Start deck (planned and fitted by our planner) is written by
// src/render/pptx/ and by pptxgenjs 4 (installed into a temporary folder, not the project); the Dutch
// handbook's DocumentSpec by src/render/docx/ and by docx 9. Every package is checked part by part against
// the ECMA-376 schemas (tests/e2e/ooxml-schema.ts, needs xmllint), looked inside (missing parts, speaker
// notes), built twice to see what differs, and timed: the first build in this process (cold) and the
// median of COMPARE_RUNS more (warm). Prints what it finds; asserts nothing.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedDataTeamStart } from '../../src/content/model.js';
import { planDeck } from '../../src/render/deck/plan.js';
import { renderDocx } from '../../src/render/docx/emit.js';
import { wordLanguage } from '../../src/render/docx/style.js';
import { handbookOutline } from '../../src/render/handbook/outline.js';
import { cultureOf } from '../../src/render/pptx/language.js';
import { pptxBytes } from '../../src/render/pptx/render.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';
import { validatePackage } from '../../tests/e2e/ooxml-schema.js';
import { docxLibraryBytes } from './docx-library.js';
import {
  differences,
  missingParts,
  notesShape,
  slideMasters,
  usesIgnorable,
  withoutIgnorable,
} from './inspect.js';
import { loadPptxgenjs, pptxgenjsDeck } from './pptxgenjs.js';
import { installPlatform } from '../../src/platform/platform.js';
import { nodePlatform } from '../../src/platform/node-platform.js';
import { installAssets } from '../../src/workspace/assets.js';
import { nodeAssets } from '../../src/workspace/node-assets.js';

installPlatform(nodePlatform());
installAssets(nodeAssets());

const ROOT = path.join(import.meta.dirname, '..', '..');
const RUNS = Number(process.env.COMPARE_RUNS ?? 20);
const DATE = new Date('2026-11-25T00:00:00Z');
const LANGUAGE = 'nl';

type Build = () => Promise<Buffer>;

interface Measured {
  readonly writer: string;
  readonly bytes: Buffer;
  readonly coldMs: number;
  readonly warmMs: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(writer: string, build: Build): Promise<Measured> {
  let started = performance.now();
  const bytes = await build();
  const coldMs = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    started = performance.now();
    await build();
    times.push(performance.now() - started);
  }
  return { writer, bytes, coldMs, warmMs: median(times) };
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

function schemaCheck(label: string, bytes: Buffer): string {
  const check = validatePackage(bytes);
  const failed = check.parts.length - check.valid.length;
  console.log(`${label}: ${check.parts.length} XML parts, ${check.valid.length} valid, ${failed} failing`);
  for (const error of check.errors.slice(0, 3)) console.log(`  ${error.slice(0, 320)}`);
  if (check.errors.length > 3) console.log(`  … ${check.errors.length - 3} more`);
  return `${check.valid.length}/${check.parts.length}`;
}

/** As written, and after markup-compatibility processing where the package uses mc:Ignorable. */
function schemaReport(label: string, bytes: Buffer): string {
  console.log('');
  const raw = schemaCheck(label, bytes);
  if (!usesIgnorable(bytes)) return raw;
  const processed = withoutIgnorable(bytes);
  return `${raw} (${schemaCheck(`${label}, after markup-compatibility processing`, processed)} after MCE)`;
}

/** Two builds of the same input, more than the zip format's two seconds apart. */
async function reproducibility(label: string, build: Build): Promise<string> {
  const first = await build();
  await sleep(2100);
  const second = await build();
  const diff = differences(first, second);
  const verdict = diff.identical
    ? 'same bytes'
    : diff.zipOnly
      ? 'differs: zip entry times only'
      : `differs: ${diff.parts.join(', ')}${diff.parts.length ? ' (and zip times)' : ''}`;
  console.log(`${label}, built twice 2 s apart: ${verdict}`);
  return diff.identical ? 'yes' : 'no';
}

async function main(): Promise<void> {
  const content = await loadContent(nodeWorkspace(), path.join(ROOT, 'content'), {
    kits: ['data-team-start'],
  });
  const kit = content.kits[0]?.localised.get(LANGUAGE) as LocalisedDataTeamStart | undefined;
  if (!kit) throw new Error(`the content has no valid ${LANGUAGE} Data Team Start kit`);
  const theme = defaultTheme();
  const { deck } = planDeck(kit, theme, { start: 13 * 60 }, DATE);
  const spec = handbookOutline(kit, theme, { start: 13 * 60 }, DATE);
  const { Pptx, version: pptxgenjsVersion, folder } = await loadPptxgenjs();
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  const docxManifest = path.join(ROOT, 'node_modules', 'docx', 'package.json');
  const docxVersion = (JSON.parse(readFileSync(docxManifest, 'utf8')) as { version: string }).version;
  console.log(
    `Deck: ${deck.slides.length} slides (Data Team Start, ${LANGUAGE}); handbook: ${spec.body.length} blocks. ` +
      `pptxgenjs ${pptxgenjsVersion}, docx ${docxVersion}, Node ${process.version}, ${RUNS} warm runs.`,
  );

  const pptxLang = cultureOf(LANGUAGE);
  const decks = [
    await measure('ours (src/render/pptx)', () => pptxBytes(deck, theme, DATE)),
    await measure(`pptxgenjs ${pptxgenjsVersion}`, () => pptxgenjsDeck(Pptx, deck, pptxLang)),
  ];
  const docxLang = wordLanguage(LANGUAGE);
  const documents = [
    await measure('ours (src/render/docx)', () => renderDocx(spec, theme)),
    await measure('ours, fonts not embedded', () => renderDocx(spec, theme, { embedFonts: false })),
    await measure(`docx ${docxVersion}`, () => docxLibraryBytes(spec, docxLang)),
  ];

  const rows: string[][] = [];
  for (const d of decks) {
    const valid = schemaReport(`Deck, ${d.writer}`, d.bytes);
    const masters = slideMasters(d.bytes);
    const missing = missingParts(d.bytes);
    const notes = notesShape(d.bytes);
    console.log(
      `  slide masters: ${masters.listed} in presentation.xml, ${masters.declared} in [Content_Types].xml, ` +
        `${masters.present} in the package; ${missing.length} declared or referenced parts missing` +
        (missing.length ? ` (${missing.slice(0, 3).join('; ')}${missing.length > 3 ? '; …' : ''})` : ''),
    );
    console.log(
      `  notes: ${notes.pages} pages, ${notes.paragraphs} paragraphs, ${notes.runs} runs, languages ${notes.languages.join(', ')}`,
    );
    const build =
      d === decks[0] ? () => pptxBytes(deck, theme, DATE) : () => pptxgenjsDeck(Pptx, deck, pptxLang);
    rows.push([
      `deck: ${d.writer}`,
      valid,
      String(missing.length),
      `${notes.paragraphs} p / ${notes.runs} r, ${notes.languages.join(' ')}`,
      await reproducibility(`Deck, ${d.writer}`, build),
      ms(d.coldMs),
      ms(d.warmMs),
      `${Math.round(d.bytes.length / 1024)} KB`,
    ]);
  }
  const documentBuilds: Build[] = [
    () => renderDocx(spec, theme),
    () => renderDocx(spec, theme, { embedFonts: false }),
    () => docxLibraryBytes(spec, docxLang),
  ];
  for (const [i, d] of documents.entries()) {
    const valid = schemaReport(`Handbook, ${d.writer}`, d.bytes);
    rows.push([
      `handbook: ${d.writer}`,
      valid,
      String(missingParts(d.bytes).length),
      '',
      await reproducibility(`Handbook, ${d.writer}`, documentBuilds[i]!),
      ms(d.coldMs),
      ms(d.warmMs),
      `${Math.round(d.bytes.length / 1024)} KB`,
    ]);
  }
  console.log(
    '\n' +
      table(
        [
          'writer',
          'schema-valid parts',
          'missing parts',
          'speaker notes',
          'reproducible',
          'cold',
          'warm (median)',
          'size',
        ],
        rows,
      ),
  );
}

await main();
