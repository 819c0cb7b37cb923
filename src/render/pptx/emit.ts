// Draws a fitted deck with pptxgenjs: the slide master (from the theme), then every slide into its
// layout's placeholders, with real bullet lists and real tables. The parts of the package it returns are not
// yet deterministic, and its notes are plain en-US text: finish.ts mends both.
import JSZip from 'jszip';
import * as pptxModule from 'pptxgenjs';
import type * as PptxTypes from 'pptxgenjs';
import type { PackageParts } from '../ooxml/package.js';
import { readPackage } from '../ooxml/package.js';
import type { Theme } from '../../theme/theme.js';
import { OFFICE_FONT_FAMILY } from '../../typeset/fonts.js';
import { ptToIn } from '../../units.js';
import type { Box, ColourToken, SlideGeometry } from './layout.js';
import { geometry, SLIDE, spacing, styles } from './layout.js';
import { cultureOf } from './language.js';
import type { SlideLayoutName } from './model.js';
import type { FittedDeck, FittedParagraph, TableFrame, TextFrame } from './paginate.js';

// pptxgenjs's types describe a CommonJS default export; under Node's ESM the class is `default`.
type PptxClass = typeof PptxTypes.default.default;
type Pptx = InstanceType<PptxClass>;
const Pptx = (pptxModule as unknown as { default: PptxClass }).default;
type SlideMasterObjects = NonNullable<PptxTypes.default.SlideMasterProps['objects']>;
type TextProps = PptxTypes.default.TextProps;
type Slide = PptxTypes.default.Slide;
type TableRow = PptxTypes.default.TableRow;

const LAYOUT_NAMES: Record<SlideLayoutName, string> = {
  title: 'Title Slide',
  section: 'Section Header',
  content: 'Title and Content',
};

/** pptxgenjs wants colours as RRGGBB. */
function hex(theme: Theme, token: ColourToken): string {
  return theme.colours[token].replace(/^#/, '').toUpperCase();
}

function inches(box: Box): { x: number; y: number; w: number; h: number } {
  return { x: ptToIn(box.x), y: ptToIn(box.y), w: ptToIn(box.width), h: ptToIn(box.height) };
}

/**
 * The output type that asks pptxgenjs's zip for its parts instead of a zip file. pptxgenjs passes
 * `write({ outputType })` on to JSZip's generateAsync as the type; for this one type (and only for it) the
 * generateAsync below gives the parts JSZip holds (see fileBytes), rather than zipping them
 * and computing every CRC in JavaScript for finish.ts to unzip again at once.
 */
export const PARTS_TYPE = 'dts-package-parts';

type GenerateAsync = (this: JSZip, options?: { type?: string }, onUpdate?: unknown) => Promise<unknown>;
let capturing = false;

export function captureParts(): void {
  if (capturing) return;
  capturing = true;
  const prototype = JSZip.prototype as unknown as { generateAsync: GenerateAsync };
  const generateAsync = prototype.generateAsync;
  prototype.generateAsync = function (this: JSZip, options, onUpdate) {
    if (options?.type !== PARTS_TYPE) return generateAsync.call(this, options, onUpdate);
    return zipParts(this);
  };
}

/** What JSZip 3 keeps of a file added with zip.file(name, data): the data prepared (a promise), and whether binary. */
interface HeldFile {
  readonly _data?: unknown;
  readonly _dataBinary?: boolean;
}

/**
 * A file's bytes as JSZip would zip them. JSZip's own file.async streams every file through its workers,
 * a few milliseconds a deck; what pptxgenjs adds is held as a string (UTF-8 text, or a binary string) or
 * as bytes (base64 decoded), read here directly. Anything else goes through file.async.
 */
async function fileBytes(file: JSZip.JSZipObject): Promise<Buffer> {
  const held = file as unknown as HeldFile;
  const data: unknown = await held._data;
  if (typeof data === 'string') return Buffer.from(data, held._dataBinary === false ? 'utf8' : 'latin1');
  if (data instanceof Uint8Array) return Buffer.from(data);
  return file.async('nodebuffer');
}

async function zipParts(zip: JSZip): Promise<PackageParts> {
  const files = Object.values(zip.files).filter((file) => !file.dir);
  const data = await Promise.all(files.map(fileBytes));
  return new Map(files.map((file, i) => [file.name, data[i] ?? Buffer.alloc(0)]));
}

/**
 * The parts of the deck pptxgenjs writes. Where pptxgenjs's JSZip is not ours (another copy) and so has
 * no PARTS_TYPE, the deck is zipped (stored: pptxgenjs's default for a Node buffer) and unzipped instead.
 */
async function deckParts(pptx: Pptx): Promise<PackageParts> {
  captureParts();
  try {
    const parts: unknown = await pptx.write({ outputType: PARTS_TYPE as 'nodebuffer' });
    if (parts instanceof Map) return parts as PackageParts;
  } catch {
    // Not our JSZip: it refuses the unknown type.
  }
  return readPackage((await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
}

/** Draws the deck; its parts are not yet deterministic and its notes are plain text (finish.ts mends both). */
export async function emitDeck(deck: FittedDeck, theme: Theme): Promise<PackageParts> {
  const pptx = new Pptx();
  pptx.defineLayout({ name: 'WIDE', width: ptToIn(SLIDE.width), height: ptToIn(SLIDE.height) });
  pptx.layout = 'WIDE';
  pptx.title = deck.title;
  if (deck.subject) pptx.subject = deck.subject;
  if (theme.organisation) pptx.company = theme.organisation.name;
  const lang = cultureOf(deck.language);
  pptx.theme = { headFontFace: OFFICE_FONT_FAMILY, bodyFontFace: OFFICE_FONT_FAMILY };

  for (const layout of ['title', 'section', 'content'] as const)
    defineMaster(pptx, layout, deck, theme, lang);

  for (const fitted of deck.slides) {
    const g = geometry(fitted.layout, theme);
    const slide = pptx.addSlide({ masterName: LAYOUT_NAMES[fitted.layout] });
    slide.addText(fitted.title.text, {
      placeholder: 'title',
      fontFace: OFFICE_FONT_FAMILY,
      fontSize: fitted.title.size,
      lineSpacing: fitted.title.lineHeight,
      bold: true,
      color: hex(theme, g.titleStyle.colour),
      align: 'left',
      lang,
    });
    for (const frame of fitted.frames) {
      if (frame.kind === 'text') addTextFrame(slide, frame, theme, lang);
      else addTable(slide, frame, theme, lang);
    }
    // Plain text for now; finish.ts rewrites the notes with headings, bullets and the language.
    slide.addNotes(
      fitted.notes
        .flatMap((s) => [
          s.heading ?? '',
          ...(s.paragraphs ?? []).map((p) => p.text),
          ...(s.bullets ?? []).map((b) => b.text),
        ])
        .filter(Boolean)
        .join('\n'),
    );
  }
  return deckParts(pptx);
}

function defineMaster(
  pptx: Pptx,
  layout: SlideLayoutName,
  deck: FittedDeck,
  theme: Theme,
  lang: string,
): void {
  const g: SlideGeometry = geometry(layout, theme);
  const objects: SlideMasterObjects = [];
  if (layout === 'content') {
    // A band in the organisation's colour along the top, a hairline above the footer.
    objects.push({
      rect: {
        x: 0,
        y: 0,
        w: ptToIn(SLIDE.width),
        h: ptToIn(8),
        fill: { color: hex(theme, 'primary') },
        line: { type: 'none' },
      },
    });
    objects.push({
      line: {
        x: ptToIn(g.footer.x),
        y: ptToIn(g.footer.y - 8),
        w: ptToIn(SLIDE.width - 2 * g.footer.x),
        h: 0,
        line: { color: hex(theme, 'rule'), width: 0.75 },
      },
    });
  } else {
    // An accent bar under the title on dark slides.
    objects.push({
      rect: {
        x: ptToIn(g.title.x),
        y: ptToIn(g.body.y - 14),
        w: ptToIn(72),
        h: ptToIn(5),
        fill: { color: hex(theme, 'accent') },
        line: { type: 'none' },
      },
    });
  }
  const logo = theme.organisation?.logo;
  if (logo) {
    const scale = Math.min(g.logo.width / logo.widthPx, g.logo.height / logo.heightPx);
    const width = logo.widthPx * scale;
    const height = logo.heightPx * scale;
    const x = layout === 'title' ? g.logo.x : g.logo.x + g.logo.width - width;
    if (g.background !== 'paper') {
      const pad = 8;
      objects.push({
        rect: {
          x: ptToIn(x - pad),
          y: ptToIn(g.logo.y - pad),
          w: ptToIn(width + 2 * pad),
          h: ptToIn(height + 2 * pad),
          fill: { color: 'FFFFFF' },
          line: { type: 'none' },
        },
      });
    }
    objects.push({
      image: {
        x: ptToIn(x),
        y: ptToIn(g.logo.y),
        w: ptToIn(width),
        h: ptToIn(height),
        data: `image/png;base64,${logo.png.toString('base64')}`,
        altText: logo.alt,
      },
    });
  }
  if (layout !== 'title') {
    objects.push({
      text: {
        text: deck.footer,
        options: {
          ...inches(g.footer),
          fontFace: OFFICE_FONT_FAMILY,
          fontSize: styles.footer.size,
          color: hex(theme, g.footerColour),
          margin: 0,
          valign: 'middle',
          lang,
        },
      },
    });
  }
  objects.push({
    placeholder: {
      options: {
        name: 'title',
        type: 'title',
        ...inches(g.title),
        fontFace: OFFICE_FONT_FAMILY,
        fontSize: g.titleStyle.size,
        bold: true,
        color: hex(theme, g.titleStyle.colour),
        align: 'left',
        valign: layout === 'content' ? 'middle' : 'bottom',
        margin: 0,
      },
      text: '',
    },
  });
  objects.push({
    placeholder: {
      options: {
        name: 'body',
        type: 'body',
        ...inches(g.body),
        fontFace: OFFICE_FONT_FAMILY,
        fontSize: styles.paragraph.size,
        color: hex(theme, layout === 'content' ? 'ink' : 'onPrimary'),
        valign: 'top',
        margin: 0,
      },
      text: '',
    },
  });
  pptx.defineSlideMaster({
    title: LAYOUT_NAMES[layout],
    background: { color: hex(theme, g.background) },
    objects,
    ...(layout === 'title'
      ? {}
      : {
          slideNumber: {
            ...inches(g.slideNumber),
            fontFace: OFFICE_FONT_FAMILY,
            fontSize: styles.footer.size,
            color: hex(theme, g.footerColour),
            align: 'right',
            valign: 'middle',
            margin: 0,
          },
        }),
  });
}

function runs(frame: TextFrame, theme: Theme, lang: string): TextProps[] {
  return frame.paragraphs.map((p: FittedParagraph, i) => ({
    text: p.text,
    options: {
      fontFace: OFFICE_FONT_FAMILY,
      fontSize: p.style.size,
      bold: p.style.weight === 'bold' || p.style.weight === 'semibold',
      italic: p.style.weight === 'italic',
      color: hex(theme, p.style.colour),
      lineSpacing: p.style.lineHeight,
      paraSpaceBefore: 0,
      paraSpaceAfter: p.spaceAfter,
      lang,
      breakLine: i < frame.paragraphs.length - 1,
      bullet: p.bullet
        ? p.bullet.kind === 'number'
          ? {
              type: 'number',
              numberType: 'arabicPeriod',
              numberStartAt: p.bullet.startAt,
              indent: spacing.listIndent,
            }
          : { code: '2022', indent: spacing.listIndent }
        : false,
    },
  }));
}

function addTextFrame(slide: Slide, frame: TextFrame, theme: Theme, lang: string): void {
  if (frame.placeholder) {
    slide.addText(runs(frame, theme, lang), { placeholder: 'body', valign: 'top', margin: 0 });
  } else {
    slide.addText(runs(frame, theme, lang), { ...inches(frame.box), valign: 'top', margin: 0, fit: 'none' });
  }
}

function addTable(slide: Slide, frame: TableFrame, theme: Theme, lang: string): void {
  const border = { type: 'solid' as const, pt: 0.75, color: hex(theme, 'rule') };
  const margin: [number, number, number, number] = [
    ptToIn(spacing.cell.y),
    ptToIn(spacing.cell.x),
    ptToIn(spacing.cell.y),
    ptToIn(spacing.cell.x),
  ];
  const rows: TableRow[] = frame.rows.map((row) =>
    row.cells.map((cell, col) => {
      const header = row.header;
      const style = header ? frame.styles.header : frame.styles.body;
      return {
        text: cell.text,
        options: {
          fontFace: OFFICE_FONT_FAMILY,
          fontSize: style.size,
          bold: header || cell.bold === true,
          color: hex(theme, style.colour),
          fill: { color: hex(theme, header ? 'primary' : cell.shade ? 'tint' : 'paper') },
          align: frame.align[col] ?? 'left',
          valign: header ? 'bottom' : 'top',
          border: [border, border, border, border],
          margin,
          lang,
        },
      };
    }),
  );
  slide.addTable(rows, {
    ...inches(frame.box),
    colW: frame.columnWidths.map(ptToIn),
    rowH: frame.rows.map((r) => ptToIn(r.height)),
    autoPage: false,
  });
}
