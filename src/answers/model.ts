// The answers to a checklist: which kit, version and language they belong to, and the answer per question
// id. Read from a filled-in checklist PDF (its form fields) or from a YAML file with the same content.
import { z } from 'zod';
import type { LocalisedChecklist } from '../content/model.js';
import { closest } from '../content/zod-issues.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CoverKey, TaskKey } from './form-fields.js';
import { COVER_KEYS, parseFormField, TASK_KEYS } from './form-fields.js';

/** The checklist's cover block: the project, the parties, the date and who took part, as typed. */
export const coverAnswersSchema = z.strictObject(
  Object.fromEntries(COVER_KEYS.map((key) => [key, z.string().optional()])) as Record<
    CoverKey,
    z.ZodOptional<z.ZodString>
  >,
);
export type CoverAnswers = z.infer<typeof coverAnswersSchema>;

/** A row of the task list: what, who, by when, which question (its checklist number, e.g. `4.2`). */
export const taskAnswerSchema = z.strictObject(
  Object.fromEntries(TASK_KEYS.map((key) => [key, z.string().optional()])) as Record<
    TaskKey,
    z.ZodOptional<z.ZodString>
  >,
);
export type TaskAnswer = z.infer<typeof taskAnswerSchema>;

export interface Answers {
  readonly kit: string;
  readonly version: string;
  readonly language: string;
  /** By question id; whitespace-only answers are left out (the question counts as unanswered). */
  readonly answers: Readonly<Record<string, string>>;
  /** The cover block's filled-in fields; absent when none is filled in. */
  readonly cover?: CoverAnswers;
  /** The task list's rows with anything in them, in row order; absent when none is. */
  readonly tasks?: readonly TaskAnswer[];
  /** The agreements under the task list; absent when empty. */
  readonly agreements?: string;
  /** Where each answer's question id stands in the file, when it has lines (a YAML file). */
  readonly lines?: ReadonlyMap<string, { readonly line: number; readonly column: number }>;
}

/**
 * The cover, task and agreements fields of a filled-in form, by field name (as `dts plan` finds them), as
 * data: filled-in texts trimmed, empty fields and empty task rows left out. Other names are not these.
 */
export function recordOf(
  fields: Readonly<Record<string, string | undefined>>,
): Pick<Answers, 'cover' | 'tasks' | 'agreements'> {
  const cover: Partial<Record<CoverKey, string>> = {};
  const rows = new Map<number, Partial<Record<TaskKey, string>>>();
  let agreements: string | undefined;
  for (const [name, text] of Object.entries(fields)) {
    if (!isAnswered(text)) continue;
    const field = parseFormField(name);
    if (field.kind === 'cover') cover[field.key] = text.trim();
    else if (field.kind === 'task') rows.set(field.row, { ...rows.get(field.row), [field.key]: text.trim() });
    else if (field.kind === 'agreements') agreements = text.trim();
  }
  const tasks = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  return {
    ...(Object.keys(cover).length > 0 ? { cover } : {}),
    ...(tasks.length > 0 ? { tasks } : {}),
    ...(agreements !== undefined ? { agreements } : {}),
  };
}

/** An answer that says something: not empty, not only spaces. */
export function isAnswered(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim() !== '';
}

/**
 * Checks answers against the checklist they claim to answer: the same kit, version and language, and no
 * answers to questions this checklist does not have.
 */
export function checkAnswers(answers: Answers, kit: LocalisedChecklist, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const mismatch = (what: string, found: string, expected: string, hint: string): Diagnostic => ({
    severity: 'error',
    code: 'answers-mismatch',
    file,
    message: `holds answers for ${what} ${found}, but this checklist is ${what} ${expected}`,
    hint,
  });
  if (answers.kit !== kit.id) {
    diagnostics.push(mismatch('the kit', answers.kit, kit.id, 'use answers made with this kit'));
    return diagnostics;
  }
  if (answers.version !== kit.version) {
    diagnostics.push(
      mismatch(
        'version',
        answers.version,
        kit.version,
        'the questions may differ between versions: build the checklist of this version, copy the answers over, and try again',
      ),
    );
  }
  if (answers.language !== kit.language) {
    diagnostics.push(
      mismatch(
        'the language',
        answers.language,
        kit.language,
        'the project plan is written in the answers’ language',
      ),
    );
  }
  const ids = kit.areas.flatMap((a) => a.questions.map((q) => q.id));
  // Each one an error: a plan without that answer would lose what the team wrote.
  for (const id of Object.keys(answers.answers).filter((a) => !ids.includes(a))) {
    const guess = closest(id, ids);
    diagnostics.push({
      severity: 'error',
      code: 'unknown-reference',
      file,
      ...answers.lines?.get(id),
      field: `answers.${id}`,
      message: `answers a question this checklist does not have: "${id}"`,
      hint: guess
        ? `did you mean "${guess}"?`
        : 'question ids are the names in kit.yaml (e.g. goal-societal-question); check their spelling',
    });
  }
  return diagnostics;
}
