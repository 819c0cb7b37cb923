// AcroForm text fields with pdfkit, beyond what its formText offers: a fixed font size, a tooltip (what a
// screen reader and a hovering mouse show), the hidden flag, and the field tagged in the structure tree.
// Fields use Helvetica, which every PDF viewer has and can type any Western European letter with; the
// page text keeps the embedded fonts.
import type { Doc } from './pdfkit.js';
import { addLastAnnotationToForm, currentFont, fieldDictionary } from './pdfkit.js';

type StructElement = ReturnType<Doc['struct']>;

export interface TextFieldOptions {
  readonly multiline?: boolean;
  readonly readOnly?: boolean;
  /** Not shown and not printed (a marker for software, not for people). */
  readonly hidden?: boolean;
  readonly value?: string;
  readonly tooltip?: string;
  readonly fontSize?: number;
  /** The structure element the field is tagged under (a Form element). */
  readonly parent?: StructElement;
}

export const FIELD_FONT = 'Helvetica';

/** Starts the document's form; call once, before the first field. */
export function initForm(doc: Doc): void {
  doc.font(FIELD_FONT);
  doc.initForm();
}

/** A text field at (x, y, width, height) in the page's top-down coordinates. */
export function addTextField(
  doc: Doc,
  name: string,
  rect: { x: number; y: number; width: number; height: number },
  options: TextFieldOptions = {},
): void {
  doc.font(FIELD_FONT);
  const dict = fieldDictionary(doc, name, 'text', {
    multiline: options.multiline ?? false,
    readOnly: options.readOnly ?? false,
    ...(options.value !== undefined ? { value: options.value } : {}),
  });
  dict.Subtype = 'Widget';
  // Annotation flags: 4 = print; 2 = hidden (and then not printed).
  dict.F = options.hidden ? 2 : 4;
  dict.DA = new String(`/${currentFont<{ id: string }>(doc).id} ${options.fontSize ?? 0} Tf 0 g`);
  if (options.tooltip) dict.TU = new String(options.tooltip);
  doc.annotate(rect.x, rect.y, rect.width, rect.height, {
    ...dict,
    ...(options.parent ? { structParent: options.parent } : {}),
  } as unknown as PDFKit.Mixins.AnnotationOption);
  addLastAnnotationToForm(doc);
}
