// The answers to a checklist: which kit, version and language they belong to, and the answer per question
// id. Read from a filled-in checklist PDF (its form fields) or from a YAML file with the same content.
import type { LocalisedChecklist } from '../content/model.js';
import { closest } from '../content/zod-issues.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface Answers {
  readonly kit: string;
  readonly version: string;
  readonly language: string;
  /** By question id; whitespace-only answers are left out (the question counts as unanswered). */
  readonly answers: Readonly<Record<string, string>>;
  /** Where each answer's question id stands in the file, when it has lines (a YAML file). */
  readonly lines?: ReadonlyMap<string, { readonly line: number; readonly column: number }>;
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
