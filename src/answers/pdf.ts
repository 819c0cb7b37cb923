// Answers from a filled-in checklist PDF: the form's text fields by name (the question ids; the cover block
// and the task list by the names in fields.ts), and the hidden marker field that says which kit, version
// and language the checklist is. A PDF that is not our
// checklist, or a damaged one, is a diagnostic, never a stack trace.
import { PDFDocument, PDFTextField } from 'pdf-lib';
import type { ChecklistMarker } from '../render/checklist/marker.js';
import { MARKER_FIELD, parseMarker } from '../render/checklist/marker.js';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import type { TaskColumn } from './fields.js';
import { parseCoverField, parseTaskField, taskField } from './fields.js';
import type { Answers, AnswersTask } from './model.js';
import { isAnswered } from './model.js';

export async function readAnswersPdf(file: string, bytes: Uint8Array): Promise<Result<Answers>> {
  const fail = (
    code: 'file-unreadable' | 'not-a-checklist',
    message: string,
    hint: string,
  ): Result<Answers> => ({
    value: undefined,
    diagnostics: [{ severity: 'error', code, file, message, hint }],
  });
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').indexOf('%PDF-') < 0) {
    return fail(
      'file-unreadable',
      'is not a PDF file',
      'give the filled-in checklist.pdf, or an answers .yaml file',
    );
  }
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    const encrypted = /encrypt/i.test((error as Error).message);
    return fail(
      'file-unreadable',
      encrypted
        ? 'is an encrypted PDF, which dts cannot read'
        : `is a damaged PDF that cannot be read (${firstLine((error as Error).message)})`,
      encrypted
        ? 'save the checklist again without a password or protection'
        : 'save the filled-in checklist again from your PDF reader, or export the answers to YAML',
    );
  }
  let fields: { name: string; text: string | undefined }[];
  try {
    if (pdf.getPageCount() === 0) throw new Error('no pages');
    fields = pdf
      .getForm()
      .getFields()
      .map((field) => ({
        name: field.getName(),
        text: field instanceof PDFTextField ? field.getText() : undefined,
      }));
  } catch {
    return fail(
      'file-unreadable',
      'is a damaged PDF: its pages or form cannot be read',
      'save the filled-in checklist again from your PDF reader, or export the answers to YAML',
    );
  }
  if (fields.length === 0) {
    return fail(
      'not-a-checklist',
      'is not a fillable checklist: it has no form fields',
      'fill in the checklist.pdf that `dts build --only checklist` makes (on screen, in a PDF reader), save it, and give that file',
    );
  }
  const markerText = fields.find((f) => f.name === MARKER_FIELD)?.text;
  const marker: ChecklistMarker | undefined =
    (markerText ? parseMarker(markerText) : undefined) ?? markerFromKeywords(pdf.getKeywords());
  if (!marker) {
    return fail(
      'not-a-checklist',
      'is not a checklist made by dts: it has no checklist marker (kit, version and language)',
      'fill in the checklist.pdf that `dts build --only checklist` makes, and give that file',
    );
  }
  const answers: Record<string, string> = {};
  const cover: Record<string, string> = {};
  const rows = new Map<number, Partial<Record<TaskColumn, string>>>();
  for (const field of fields) {
    if (field.name === MARKER_FIELD || !isAnswered(field.text)) continue;
    const text = field.text.trim();
    const coverField = parseCoverField(field.name);
    const taskCell = parseTaskField(field.name);
    if (coverField) cover[coverField] = text;
    else if (taskCell) rows.set(taskCell.row, { ...rows.get(taskCell.row), [taskCell.column]: text });
    else answers[field.name] = text;
  }
  const { tasks, diagnostics } = tasksOf(file, rows);
  return {
    value: {
      ...marker,
      answers,
      ...(Object.keys(cover).length > 0 ? { cover } : {}),
      ...(tasks.length > 0 ? { tasks } : {}),
    },
    diagnostics,
  };
}

/** The task list's rows in order; a row with a who, date or question but no what is reported and left out. */
function tasksOf(
  file: string,
  rows: ReadonlyMap<number, Partial<Record<TaskColumn, string>>>,
): { tasks: AnswersTask[]; diagnostics: Diagnostic[] } {
  const tasks: AnswersTask[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const { what, ...rest } = rows.get(row) ?? {};
    if (what) tasks.push({ what, ...rest });
    else
      diagnostics.push({
        severity: 'warning',
        code: 'no-answers',
        file,
        field: taskField(row, 'what'),
        message: `task list row ${row} has ${Object.keys(rest).join(', ')} but no "what": it is left out of the plan`,
        hint: `fill in what is to be done in row ${row} of the task list, save the checklist and make the plan again`,
      });
  }
  return { tasks, diagnostics };
}

/** The marker also sits in the document's keywords, as `dts:<kit>@<version>/<language>`. */
function markerFromKeywords(keywords: string | undefined): ChecklistMarker | undefined {
  const match = keywords?.match(/dts:([a-z0-9-]+)@([^/\s,]+)\/([A-Za-z-]+)/);
  return match?.[1] && match[2] && match[3]
    ? { kit: match[1], version: match[2], language: match[3] }
    : undefined;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).slice(0, 160);
}
