// Answers from a filled-in checklist PDF: the form's text fields by name (the question ids; the cover block
// and the task list by the names in fields.ts), and the hidden marker field that says which kit, version
// and language the checklist is. A PDF that is not our
// checklist, or a damaged one, is a diagnostic, never a stack trace.
import { PDFDocument, PDFTextField } from 'pdf-lib';
import type { ChecklistMarker } from '../render/checklist/marker.js';
import { MARKER_FIELD, parseMarker } from '../render/checklist/marker.js';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/messages.js';
import type { TaskColumn } from './fields.js';
import { AGREEMENTS_FIELD, parseCoverField, parseTaskField, taskField } from './fields.js';
import type { Answers, AnswersTask } from './model.js';
import { isAnswered } from './model.js';

export async function readAnswersPdf(file: string, bytes: Uint8Array): Promise<Result<Answers>> {
  const fail = (made: Diagnostic): Result<Answers> => ({ value: undefined, diagnostics: [made] });
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').indexOf('%PDF-') < 0) {
    return fail(diagnostic('file-unreadable/not-pdf', {}, { file }));
  }
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    const encrypted = /encrypt/i.test((error as Error).message);
    return fail(
      encrypted
        ? diagnostic('file-unreadable/encrypted-pdf', {}, { file })
        : diagnostic(
            'file-unreadable/damaged-pdf',
            { reason: firstLine((error as Error).message) },
            { file },
          ),
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
    return fail(diagnostic('file-unreadable/damaged-form', {}, { file }));
  }
  if (fields.length === 0) {
    return fail(diagnostic('not-a-checklist/no-fields', {}, { file }));
  }
  const markerText = fields.find((f) => f.name === MARKER_FIELD)?.text;
  const marker: ChecklistMarker | undefined =
    (markerText ? parseMarker(markerText) : undefined) ?? markerFromKeywords(pdf.getKeywords());
  if (!marker) {
    return fail(diagnostic('not-a-checklist/no-marker', {}, { file }));
  }
  const answers: Record<string, string> = {};
  const cover: Record<string, string> = {};
  const rows = new Map<number, Partial<Record<TaskColumn, string>>>();
  let agreements: string | undefined;
  for (const field of fields) {
    if (field.name === MARKER_FIELD || !isAnswered(field.text)) continue;
    const text = field.text.trim();
    const coverField = parseCoverField(field.name);
    const taskCell = parseTaskField(field.name);
    if (field.name === AGREEMENTS_FIELD) agreements = text;
    else if (coverField) cover[coverField] = text;
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
      ...(agreements !== undefined ? { agreements } : {}),
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
      diagnostics.push(
        diagnostic(
          'no-answers/task-without-what',
          { row, has: Object.keys(rest) },
          { file, field: taskField(row, 'what') },
        ),
      );
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
