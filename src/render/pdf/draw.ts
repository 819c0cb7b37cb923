// Draws layout items with pdfkit, tagging text for accessibility and decoration as artifacts.
// pdfkit's private API is reached only through pdfkit.ts.
import type { FontSet } from '../../typeset/fonts.js';
import type { LayoutItem, TextItem } from '../layout.js';
import { baselineOf } from '../layout.js';
import type { Doc } from './pdfkit.js';
import { writeLine } from './pdfkit.js';
import { pdfFont, selectFace } from './shaper.js';

type StructElement = ReturnType<Doc['struct']>;

export interface DrawContext {
  readonly doc: Doc;
  readonly fonts: FontSet;
  /** The structure element text is tagged under; absent to draw untagged (e.g. repeated on tiles). */
  readonly parent?: StructElement;
}

/**
 * pdfkit takes any font object with a `layout` method as well as a font file's bytes (its types only know
 * the latter): every document shares one font source per face (shaper.ts), which shapes text from the
 * stored metrics and subsets with our own subsetter.
 */
export function registerFonts(doc: Doc, fonts: FontSet): void {
  for (const face of Object.values(fonts)) doc.registerFont(face.name, pdfFont(face) as unknown as Buffer);
}

export function drawItems(ctx: DrawContext, items: readonly LayoutItem[]): void {
  for (const item of items) drawItem(ctx, item);
}

function drawItem(ctx: DrawContext, item: LayoutItem): void {
  const { doc } = ctx;
  switch (item.kind) {
    case 'text':
      drawText(ctx, item);
      return;
    case 'group':
      doc.save();
      doc.translate(item.x, item.y);
      if (item.rotate) doc.rotate(item.rotate, { origin: [0, 0] });
      drawItems(ctx, item.items);
      doc.restore();
      return;
    case 'image': {
      const draw = () => doc.image(item.png, item.x, item.y, { width: item.width, height: item.height });
      if (!ctx.parent) {
        draw();
        return;
      }
      const figure = doc.struct('Figure', { alt: item.alt });
      ctx.parent.add(figure);
      const content = doc.markStructureContent('Figure');
      draw();
      doc.endMarkedContent();
      figure.add(content);
      figure.end();
      return;
    }
    default:
      decorate(ctx, () => drawShape(doc, item));
  }
}

function drawShape(
  doc: Doc,
  item: Exclude<LayoutItem, TextItem | { kind: 'group' } | { kind: 'image' }>,
): void {
  doc.save();
  if (item.kind === 'box') {
    if (item.radius) doc.roundedRect(item.x, item.y, item.width, item.height, item.radius);
    else doc.rect(item.x, item.y, item.width, item.height);
  } else if (item.kind === 'circle') {
    doc.circle(item.cx, item.cy, item.r);
  } else {
    doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2);
    doc.lineWidth(item.width).strokeColor(item.colour).stroke();
    doc.restore();
    return;
  }
  if (item.kind === 'box' && item.dash) doc.dash(item.dash[0], { space: item.dash[1] });
  if (item.fill && item.stroke) {
    doc.lineWidth(item.strokeWidth ?? 1).fillAndStroke(item.fill, item.stroke);
  } else if (item.fill) {
    doc.fill(item.fill);
  } else if (item.stroke) {
    doc.lineWidth(item.strokeWidth ?? 1).stroke(item.stroke);
  }
  doc.restore();
}

/** Decoration is marked as an artifact, so screen readers skip it; untagged drawing needs no marks. */
function decorate(ctx: DrawContext, draw: () => void): void {
  if (!ctx.parent) {
    draw();
    return;
  }
  ctx.doc.markContent('Artifact', { type: 'Layout' });
  draw();
  ctx.doc.endMarkedContent();
}

function drawText(ctx: DrawContext, item: TextItem): void {
  const { doc, fonts } = ctx;
  const write = () => {
    selectFace(doc, fonts[item.weight]);
    doc.fontSize(item.size).fillColor(item.colour);
    item.lines.forEach((line, i) => {
      if (!line.text) return;
      const dx =
        item.align === 'center'
          ? (item.width - line.width) / 2
          : item.align === 'right'
            ? item.width - line.width
            : 0;
      // Lines are broken and measured already: straight to the fragment writer, which `doc.text()` would
      // reach only after measuring the line twice more.
      writeLine(doc, line.text, item.x + dx, baselineOf(item, i), {
        textWidth: line.width,
        wordCount: line.text.trim() ? line.text.trim().split(/\s+/).length : 0,
      });
    });
  };
  if (!ctx.parent) {
    write();
    return;
  }
  const element = ctx.doc.struct(item.role);
  ctx.parent.add(element);
  const content = doc.markStructureContent(item.role);
  write();
  doc.endMarkedContent();
  element.add(content);
  element.end();
}
