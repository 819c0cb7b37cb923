// What the checklist prints around the form field names of src/answers/fields.ts (the one place for the
// names): the order of the cover block's and task list's fields, how many task rows the last page has,
// and the prefixes no question id may take.
import type { TaskColumn } from './fields.js';
import { AGREEMENTS_FIELD, coverFields, taskColumns } from './fields.js';
import type { AnswersCover } from './model.js';

export { AGREEMENTS_FIELD, taskField } from './fields.js';

/** The cover block's fields, in print order. */
export const COVER_KEYS = [
  'project',
  'parties',
  'date',
  'participants',
] as const satisfies readonly (keyof AnswersCover)[];
export type CoverKey = (typeof COVER_KEYS)[number];

/** The task list's columns, in print order: what, who, by when, which question. */
export const TASK_KEYS: readonly TaskColumn[] = taskColumns;
export type TaskKey = TaskColumn;

/** How many task rows the checklist's task page has. */
export const TASK_ROWS = 12;

/** `cover-project`, `cover-parties`, `cover-date`, `cover-participants`. */
export function coverField(key: CoverKey): string {
  return coverFields[key];
}

/** Prefixes no question id may start with: they name the cover, task and agreements fields. */
export const FORM_PREFIXES = ['cover-', 'task-', AGREEMENTS_FIELD] as const;
