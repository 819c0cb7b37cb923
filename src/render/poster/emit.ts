// Draws a poster plan into PDF bytes: embedded, subset fonts; tagged text in the document's language;
// with a bleed, the TrimBox and BleedBox set and crop marks in the slug around it.
import PDFDocument from 'pdfkit';
import type { Theme } from '../../theme/theme.js';
import { mmToPt } from '../../units.js';
import { drawItems, registerFonts } from '../pdf/draw.js';
import { collect } from '../pdf/collect.js';
import type { PosterPlan } from './plan.js';

/** Room outside the bleed for crop marks. */
const SLUG = mmToPt(10);

export async function emitPoster(plan: PosterPlan, theme: Theme, date: Date): Promise<Buffer> {
  const { trim, bleed } = plan;
  const slug = bleed > 0 ? SLUG : 0;
  const offset = bleed + slug;
  const page = { width: trim.width + 2 * offset, height: trim.height + 2 * offset };
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: [page.width, page.height],
    margin: 0,
    compress: true,
    tagged: true,
    lang: plan.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: plan.title,
      Subject: plan.subject,
      Author: plan.author,
      Keywords: plan.keywords,
      Creator: 'dts (Data Team Start kit generator)',
      Producer: 'dts with PDFKit',
      CreationDate: date,
      ModDate: date,
    },
  });
  const bytes = collect(doc);
  registerFonts(doc, theme.fonts);
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
  doc: InstanceType<typeof PDFDocument>,
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
