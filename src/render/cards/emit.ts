// Draws the card sheets into PDF bytes: embedded subset fonts, tagged text in the document's language,
// card backgrounds and crop marks as artifacts; each sheet a section of the structure tree.
import type { Theme } from '../../theme/theme.js';
import { collect } from '../pdf/collect.js';
import { createDocument } from '../pdf/document.js';
import { drawItems } from '../pdf/draw.js';
import type { CardsPlan } from './plan.js';

export async function emitCards(plan: CardsPlan, theme: Theme, date: Date): Promise<Buffer> {
  const doc = createDocument(plan, date, { tagged: true, fonts: theme.fonts });
  const bytes = collect(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const sheet of plan.sheets) {
    doc.addPage({ size: [plan.size.width, plan.size.height], margin: 0 });
    const section = doc.struct('Sect');
    root.add(section);
    drawItems({ doc, fonts: theme.fonts, parent: section }, sheet.items);
    section.end();
  }
  root.end();
  doc.end();
  return bytes;
}
