// Draws a checklist plan into PDF bytes: A4 pages with embedded subset fonts and tagged text in the
// document's language, and the same document as a form: one multiline text field per question, named by
// the question's id, over its answer box, plus a hidden read-only field that marks the kit, version and
// language for `dts plan`.
import type { Theme } from '../../theme/theme.js';
import { collect } from '../pdf/collect.js';
import { createDocument } from '../pdf/document.js';
import { drawItems } from '../pdf/draw.js';
import { addTextField, initForm } from '../pdf/form.js';
import type { ChecklistPlan } from './plan.js';
import { MARKER_FIELD, markerValue } from './marker.js';

/** Typed answers: readable, and small enough for a few sentences in a box. */
export const ANSWER_FONT_SIZE = 10;

export async function emitChecklist(plan: ChecklistPlan, theme: Theme, date: Date): Promise<Buffer> {
  const doc = createDocument(plan, date, { tagged: true, fonts: theme.fonts });
  const bytes = collect(doc);
  initForm(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  plan.pages.forEach((page, index) => {
    doc.addPage({ size: [plan.size.width, plan.size.height], margin: 0 });
    drawItems({ doc, fonts: theme.fonts, parent: root }, page.items);
    if (index === 0) {
      addTextField(
        doc,
        MARKER_FIELD,
        { x: 0, y: 0, width: 1, height: 1 },
        {
          readOnly: true,
          hidden: true,
          value: markerValue(plan.marker),
        },
      );
    }
    for (const field of plan.fields.filter((f) => f.page === index)) {
      const form = doc.struct('Form');
      root.add(form);
      addTextField(doc, field.id, field.rect, {
        multiline: field.multiline,
        tooltip: field.tooltip,
        fontSize: ANSWER_FONT_SIZE,
        parent: form,
      });
      form.end();
    }
  });
  root.end();
  doc.end();
  return bytes;
}
