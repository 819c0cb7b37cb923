// Draws a poster plan into PDF bytes: embedded, subset fonts; tagged text in the document's language;
// with a bleed, the TrimBox and BleedBox set and crop marks in the slug around it.
import type { Theme } from '../../theme/theme.js';
import { mmToPt } from '../../units.js';
import { drawItems } from '../pdf/draw.js';
import type { Doc } from '../pdf/document.js';
import { createDocument } from '../pdf/document.js';
import { collect } from '../pdf/collect.js';
import type { PosterPlan } from './plan.js';
import type { Rect } from '../geometry.js';
import { itemBounds } from '../geometry.js';
import { fill } from '../../content/schema/download.js';
import type { TilePlan } from './tile.js';
import { LABEL_STRIP } from './tile.js';
import { TILE_NAME_PT } from './plan.js';
import { baselineOf } from '../layout.js';

/** Room outside the bleed for crop marks. */
const SLUG = mmToPt(10);

function createPosterDocument(plan: PosterPlan, theme: Theme, date: Date, tagged: boolean): Doc {
  const doc = createDocument(plan, date, { tagged, fonts: theme.fonts });
  // The canvas figures travel in the document info, where the manifest reads them back.
  (doc as unknown as { info: Record<string, unknown> }).info.DtsCanvas = canvasFigures(plan);
  return doc;
}

/** The plan's figures as compact JSON (ASCII only): writing fraction, smallest sizes, notes per zone, rows
 * per table. */
export function canvasFigures(plan: PosterPlan): string {
  const f = plan.figures;
  const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
  return JSON.stringify({
    writingFraction: round(f.writingFraction, 3),
    minTitlePt: f.minTitlePt,
    minInstructionPt: f.minInstructionPt,
    stickyNotes: Object.fromEntries(f.zones.map((z) => [z.id, z.stickyNotes])),
    tableRows: Object.fromEntries(f.zones.flatMap((z) => (z.rows === undefined ? [] : [[z.id, z.rows]]))),
  });
}

export async function emitPoster(plan: PosterPlan, theme: Theme, date: Date): Promise<Buffer> {
  const { trim, bleed } = plan;
  const slug = bleed > 0 ? SLUG : 0;
  const offset = bleed + slug;
  const page = { width: trim.width + 2 * offset, height: trim.height + 2 * offset };
  const doc = createPosterDocument(plan, theme, date, true);
  const bytes = collect(doc);
  doc.addPage({ size: [page.width, page.height], margin: 0 });
  if (bleed > 0) {
    // PDF boxes count from the bottom left; the trim is centred, so the numbers are symmetric.
    const box = (inset: number) => [inset, inset, page.width - inset, page.height - inset];
    const dictionary = doc.page.dictionary.data as Record<string, unknown>;
    dictionary.TrimBox = box(offset);
    dictionary.BleedBox = box(slug);
  }
  const root = doc.struct('Document');
  doc.addStructure(root);
  doc.save();
  doc.translate(offset, offset);
  drawItems({ doc, fonts: theme.fonts, parent: root }, plan.items);
  doc.restore();
  if (bleed > 0) drawCropMarks(doc, page, offset, bleed);
  root.end();
  doc.end();
  return bytes;
}

/** Crop marks at the four corners of the trim, outside the bleed so they are never printed on the poster. */
function drawCropMarks(
  doc: Doc,
  page: { width: number; height: number },
  offset: number,
  bleed: number,
): void {
  const length = mmToPt(6);
  const gap = bleed + mmToPt(1);
  const xs = [offset, page.width - offset];
  const ys = [offset, page.height - offset];
  doc.markContent('Artifact', { type: 'Pagination' });
  doc.save().lineWidth(0.25).strokeColor('#000000');
  for (const x of xs) {
    for (const y of ys) {
      const outX = x === offset ? -1 : 1;
      const outY = y === offset ? -1 : 1;
      doc
        .moveTo(x, y + outY * gap)
        .lineTo(x, y + outY * (gap + length))
        .stroke();
      doc
        .moveTo(x + outX * gap, y)
        .lineTo(x + outX * (gap + length), y)
        .stroke();
    }
  }
  doc.restore();
  doc.endMarkedContent();
}

function crosses(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/** One sheet per tile: the poster's window, cut and glue ticks in the margin, the sheet's name and a map. */
export async function emitTiles(
  plan: PosterPlan,
  tiles: TilePlan,
  theme: Theme,
  date: Date,
  caption: string,
): Promise<Buffer> {
  const doc = createPosterDocument(plan, theme, date, false);
  const bytes = collect(doc);
  const { area, sheet, overlap } = tiles;
  const tick = mmToPt(4);
  const ink = theme.colours.ink;
  tiles.tiles.forEach((tile, index) => {
    doc.addPage({ size: [sheet.width, sheet.height], margin: 0 });
    doc.save();
    doc.rect(area.x, area.y, area.width, area.height).clip();
    doc.translate(area.x - tile.window.x, area.y - tile.window.y);
    // Only what crosses this sheet's window: the clip would hide the rest, which costs time and glyphs.
    drawItems(
      { doc, fonts: theme.fonts },
      plan.items.filter((item) => crosses(itemBounds(item), tile.window)),
    );
    doc.restore();

    doc.save().lineWidth(0.5).strokeColor(ink);
    const right = area.x + area.width;
    const bottom = area.y + area.height;
    // Cut ticks: this sheet's left and top edges are cut off and laid over the neighbour.
    if (tile.column > 0) {
      for (const y of [area.y - tick - 2, bottom + 2])
        doc
          .moveTo(area.x, y)
          .lineTo(area.x, y + tick)
          .stroke();
    }
    if (tile.row > 0) {
      for (const x of [area.x - tick - 2, right + 2])
        doc
          .moveTo(x, area.y)
          .lineTo(x + tick, area.y)
          .stroke();
    }
    // Glue ticks (dashed): where the next sheet's cut edge goes.
    doc.dash(2, { space: 2 });
    if (tile.column < tiles.columns - 1) {
      for (const y of [area.y - tick - 2, bottom + 2])
        doc
          .moveTo(right - overlap, y)
          .lineTo(right - overlap, y + tick)
          .stroke();
    }
    if (tile.row < tiles.rows - 1) {
      for (const x of [area.x - tick - 2, right + 2])
        doc
          .moveTo(x, bottom - overlap)
          .lineTo(x + tick, bottom - overlap)
          .stroke();
    }
    doc.undash().restore();

    // The label strip: the sheet's name, how to use it, and a map with this sheet filled in, its rows
    // numbered down the left and its columns along the top, as the names count them.
    const labelY = bottom + tick + 6;
    const number = 5;
    const cell = Math.min(mmToPt(4), (mmToPt(LABEL_STRIP) - tick - number) / tiles.rows);
    const mapWidth = cell * tiles.columns;
    const mapX = right - mapWidth;
    const mapY = labelY + number;
    doc.save().lineWidth(0.4).strokeColor(ink);
    for (const other of tiles.tiles) {
      doc.rect(mapX + other.column * cell, mapY + other.row * cell, cell, cell);
      if (other === tile) doc.fillAndStroke(theme.colours.primary, ink);
      else doc.stroke();
    }
    doc.restore();
    doc.font(theme.fonts.regular.name).fontSize(number).fillColor(ink);
    for (let c = 0; c < tiles.columns; c++)
      doc.text(String(c + 1), mapX + c * cell, labelY, { width: cell, align: 'center', lineBreak: false });
    for (let r = 0; r < tiles.rows; r++)
      doc.text(String(r + 1), mapX - cell, mapY + r * cell + (cell - number) / 2, {
        width: cell - 1,
        align: 'right',
        lineBreak: false,
      });
    const name = fill(plan.tileText.sheet, { row: String(tile.row + 1), column: String(tile.column + 1) });
    doc.font(theme.fonts.bold.name).fontSize(TILE_NAME_PT).fillColor(ink);
    doc.text(name, area.x, labelY + 9, { lineBreak: false, baseline: 'alphabetic' });
    const nameWidth = doc.widthOfString(name);
    doc.font(theme.fonts.regular.name).fontSize(8).fillColor(ink);
    doc.text(`${index + 1} / ${tiles.tiles.length} · ${caption}`, area.x + nameWidth + 8, labelY + 9, {
      lineBreak: false,
      baseline: 'alphabetic',
    });
    // Broken into lines by the fitter that measured it, with the first baseline where the strip's text
    // starts, so what was checked is what is printed.
    const instructions = plan.tileText.instructions;
    const firstBaseline = baselineOf({ ...instructions, y: 0 }, 0);
    drawItems({ doc, fonts: theme.fonts }, [
      { ...instructions, x: area.x, y: labelY + 19 - firstBaseline, colour: ink },
    ]);
  });
  doc.end();
  return bytes;
}
