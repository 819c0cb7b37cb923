// Plans the checklist (A4): pure, from the localised kit and theme to laid-out pages, the form fields that
// lie over the answer boxes, and diagnostics. The blocks (title page ./title-page.ts, areas and questions
// ./areas.ts, the task page ./record.ts) flow down the pages (./flow.ts): a question never splits, an area
// heading stays with its first question, and the room left at the bottom of a page is shared out among
// that page's answer boxes, so there is more space to write rather than blank paper.
import type { LocalisedChecklist } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { categoryPalette } from '../../theme/palette.js';
import type { Theme } from '../../theme/theme.js';
import type { Pt } from '../../units.js';
import { mmToPt } from '../../units.js';
import type { LayoutItem } from '../layout.js';
import type { PdfMetadata } from '../pdf/document.js';
import type { Placement } from '../text-fitter.js';
import { TextFitter } from '../text-fitter.js';
import { areaBlocks } from './areas.js';
import type { AnswerField, ChecklistContext } from './flow.js';
import { A4, flow } from './flow.js';
import { FOOTER_BOTTOM_MM, footerLayout } from './footer.js';
import type { ChecklistMarker } from './marker.js';
import { markerKeyword } from './marker.js';
import { taskPage } from './record.js';
import { titleBlocks } from './title-page.js';

export type { AnswerField, Block } from './flow.js';
export { A4, MIN_ANSWER_MM } from './flow.js';

export interface ChecklistPage {
  readonly items: readonly LayoutItem[];
}

export interface ChecklistPlan extends PdfMetadata {
  readonly size: { readonly width: Pt; readonly height: Pt };
  readonly pages: readonly ChecklistPage[];
  readonly fields: readonly AnswerField[];
  readonly marker: ChecklistMarker;
}

export function planChecklist(
  kit: LocalisedChecklist,
  theme: Theme,
): { plan: ChecklistPlan; diagnostics: Diagnostic[]; placements: readonly Placement[] } {
  const size = A4;
  const fitter = new TextFitter(kit, theme, 'checklist');
  const margin = mmToPt(18);
  const ctx: ChecklistContext = { kit, theme, fitter, margin, width: size.width - 2 * margin };
  const top = mmToPt(16);
  const palette = categoryPalette(theme, kit.areas.length);

  const footer = footerLayout(ctx);
  const footerTop = size.height - mmToPt(FOOTER_BOTTOM_MM) - footer.height;
  const bottom = footerTop - mmToPt(6);

  const blocks = [
    ...titleBlocks(ctx, size.width),
    ...kit.areas.flatMap((area, i) => areaBlocks(ctx, area, palette[i] ?? palette[0]!)),
    taskPage(ctx, bottom - top),
  ];
  const laidOut = flow(blocks, { top, bottom });
  const pages = laidOut.pages.map((items, i) => ({
    items: [...items, ...footer.place(footerTop, i + 1, laidOut.pages.length)],
  }));

  const marker = { kit: kit.id, version: kit.version, language: kit.language };
  return {
    plan: {
      size,
      pages,
      fields: laidOut.fields,
      marker,
      title: kit.meta.title,
      subject: kit.meta.subtitle,
      author: kit.meta.credits,
      keywords: [markerKeyword(marker), ...kit.areas.map((a) => a.title)].join(', '),
      language: kit.language,
    },
    // Blocks measure before they place: the same finding can come twice.
    diagnostics: [...new Map(fitter.diagnostics.map((d) => [JSON.stringify(d), d])).values()],
    placements: fitter.placements,
  };
}
