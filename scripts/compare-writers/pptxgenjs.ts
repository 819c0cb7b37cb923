// The fitted Data Team Start deck written with pptxgenjs 4, as a user of the library would: a master per
// layout with title and body placeholders, each fitted slide's title and frames (paragraphs, real bullet
// lists, tables) at the boxes our planner chose, and the speaker notes. pptxgenjs is not a dependency: it
// is installed into a temporary folder and loaded from there, so only the API used here is typed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FittedDeck, FittedNote } from '../../src/render/pptx/paginate.js';

interface TextOptions {
  readonly placeholder?: string;
  readonly x?: number;
  readonly y?: number;
  readonly w?: number;
  readonly h?: number;
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly bullet?: boolean | { readonly type: 'number' };
  readonly breakLine?: boolean;
  readonly lang?: string;
}
interface TextRun {
  readonly text: string;
  readonly options?: TextOptions;
}
interface Slide {
  addText(text: string | readonly TextRun[], options: TextOptions): void;
  addTable(rows: readonly (readonly TextRun[])[], options: TextOptions & { colW?: number[] }): void;
  addNotes(text: string): void;
}
interface Presentation {
  layout: string;
  title: string;
  language: string;
  defineSlideMaster(master: {
    title: string;
    objects: readonly {
      placeholder: { options: TextOptions & { name: string; type: string }; text: string };
    }[];
  }): void;
  addSlide(options: { masterName: string }): Slide;
  write(options: { outputType: 'nodebuffer'; compression?: boolean }): Promise<unknown>;
}
type PresentationClass = new () => Presentation;

/** Installs pptxgenjs@4 into a fresh temporary folder (not the project) and loads it from there. */
export async function loadPptxgenjs(): Promise<{
  Pptx: PresentationClass;
  version: string;
  /** The temporary folder it was installed into: remove it when done. */
  folder: string;
}> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'dts-pptxgenjs-'));
  execFileSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', 'pptxgenjs@4'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const dir = path.join(prefix, 'node_modules', 'pptxgenjs');
  const manifest = (await import(pathToFileURL(path.join(dir, 'package.json')).href, {
    with: { type: 'json' },
  })) as { default: { version: string } };
  const loaded = (await import(pathToFileURL(path.join(dir, 'dist', 'pptxgen.cjs.js')).href)) as {
    default: PresentationClass | { default: PresentationClass };
  };
  const Pptx = 'prototype' in loaded.default ? loaded.default : loaded.default.default;
  return { Pptx, version: manifest.default.version, folder: prefix };
}

const INCH = 72;
const inches = (points: number): number => points / INCH;

/** pptxgenjs takes notes as one string: sections and paragraphs become lines. */
/** The notes as pptxgenjs takes them: one string, a line per paragraph, bullets with their mark. */
function notesText(notes: readonly FittedNote[]): string {
  return notes.map((n) => (n.kind === 'bullet' ? `• ${n.text}` : n.text)).join('\n');
}

export async function pptxgenjsDeck(
  Pptx: PresentationClass,
  deck: FittedDeck,
  lang: string,
): Promise<Buffer> {
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.language = lang;
  for (const layout of ['title', 'section', 'content']) {
    pptx.defineSlideMaster({
      title: layout,
      objects: [
        {
          placeholder: {
            options: { name: 'title', type: 'title', x: 0.67, y: 0.5, w: 12, h: 1.2 },
            text: '',
          },
        },
        {
          placeholder: {
            options: { name: 'body', type: 'body', x: 0.67, y: 1.9, w: 12, h: 4.9 },
            text: '',
          },
        },
      ],
    });
  }
  for (const fitted of deck.slides) {
    const slide = pptx.addSlide({ masterName: fitted.layout });
    slide.addText(fitted.title.text, { placeholder: 'title', fontSize: fitted.title.size, lang });
    for (const frame of fitted.frames) {
      const box = {
        x: inches(frame.box.x),
        y: inches(frame.box.y),
        w: inches(frame.box.width),
        h: inches(frame.box.height),
      };
      if (frame.kind === 'text') {
        const runs: TextRun[] = frame.paragraphs.map((p) => ({
          text: p.text,
          options: {
            breakLine: true,
            fontSize: p.style.size,
            bold: p.style.weight === 'bold',
            lang,
            ...(p.bullet ? { bullet: p.bullet.kind === 'number' ? { type: 'number' } : true } : {}),
          },
        }));
        slide.addText(runs, frame.placeholder ? { placeholder: 'body' } : box);
      } else if (frame.kind === 'table') {
        const rows = frame.rows.map((row) =>
          row.cells.map((cell) => ({
            text: cell.text,
            options: { bold: row.header || cell.bold === true, fontSize: frame.styles.body.size, lang },
          })),
        );
        slide.addTable(rows, { ...box, colW: frame.columnWidths.map(inches) });
      }
    }
    slide.addNotes(notesText(fitted.notes));
  }
  const bytes = await pptx.write({ outputType: 'nodebuffer', compression: true });
  if (!Buffer.isBuffer(bytes)) throw new Error('pptxgenjs did not return a Buffer');
  return bytes;
}
