// The answers to a checklist: which kit, version and language they belong to, and the answer per question
// id. Read from a filled-in checklist PDF (its form fields) or from a YAML file with the same content.
import type { LocalisedChecklist } from '../content/model.js';
import { closest } from '../content/zod-issues.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/messages.js';

/**
 * The checklist's cover block, as the team filled it in: free text, each field left out when empty. The
 * date is kept as typed ("25-11-2026", "2026-11-25", "25 november 2026"); the plan reads it when it can.
 */
export interface AnswersCover {
  readonly project?: string;
  /** The parties sharing data: one line each, or separated by commas. */
  readonly parties?: string;
  readonly date?: string;
  /** Who took part in filling in the checklist. */
  readonly participants?: string;
}

/** A row of the checklist's task list: what, who, by when, and which question it answers (id or "3.4"). */
export interface AnswersTask {
  readonly what: string;
  readonly who?: string;
  readonly due?: string;
  readonly question?: string;
}

export interface Answers {
  readonly kit: string;
  readonly version: string;
  readonly language: string;
  /** By question id; whitespace-only answers are left out (the question counts as unanswered). */
  readonly answers: Readonly<Record<string, string>>;
  /** Where each answer's question id stands in the file, when it has lines (a YAML file). */
  readonly lines?: ReadonlyMap<string, { readonly line: number; readonly column: number }>;
  /** The cover block (project, parties, date, participants); absent when none of it is filled in. */
  readonly cover?: AnswersCover;
  /** The task list's rows that say what is to be done, in the order written. */
  readonly tasks?: readonly AnswersTask[];
  /** The agreements written under the task list (the checklist's `agreements` field); absent when empty. */
  readonly agreements?: string;
  /** Where each task's "question" stands in the file (a YAML file), by the task's index. */
  readonly taskLines?: ReadonlyMap<number, { readonly line: number; readonly column: number }>;
}

/** The question a task refers to, by id or by its number in the checklist ("3.4"), or undefined. */
export function taskQuestion(
  reference: string,
  kit: LocalisedChecklist,
): { readonly id: string; readonly number: string } | undefined {
  const wanted = reference.trim().replace(/^(vraag|question)\s+/i, '');
  for (const area of kit.areas) {
    for (const [i, question] of area.questions.entries()) {
      const number = `${area.number}.${i + 1}`;
      if (wanted === question.id || wanted === number) return { id: question.id, number };
    }
  }
  return undefined;
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
  const mismatch = (what: string, found: string, expected: string, advice: string): Diagnostic =>
    diagnostic('answers-mismatch/identity', { what, found, expected, advice }, { file });
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
    diagnostics.push(
      diagnostic(
        'unknown-reference/answer-not-a-question',
        { id, ...(guess ? { guess } : {}) },
        { file, ...answers.lines?.get(id), field: `answers.${id}` },
      ),
    );
  }
  // A task that names a question the checklist does not have keeps its text; the plan shows it as typed.
  answers.tasks?.forEach((task, index) => {
    if (task.question === undefined || taskQuestion(task.question, kit)) return;
    const guess = closest(task.question, ids);
    diagnostics.push(
      diagnostic(
        'unknown-reference/task-question',
        {
          task: index + 1,
          what: task.what,
          question: task.question,
          last: lastNumber(kit),
          ...(guess ? { guess } : {}),
        },
        { file, ...answers.taskLines?.get(index), field: `tasks[${index}].question` },
      ),
    );
  });
  return diagnostics;
}

function lastNumber(kit: LocalisedChecklist): string {
  const area = kit.areas.at(-1);
  return area ? `${area.number}.${area.questions.length}` : '1.1';
}
