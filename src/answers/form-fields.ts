// The names of the checklist's form fields beyond the questions: the cover block (project, parties, date,
// who took part), the task list (what, who, by when, which question; one row per task) and the
// agreements. The checklist writes them, `dts plan` reads them back: keep them stable once published.
// Question fields are named by their question id; these names never clash with one (see the cross-check).

/** The cover block's fields, in print order. */
export const COVER_KEYS = ['project', 'parties', 'date', 'participants'] as const;
export type CoverKey = (typeof COVER_KEYS)[number];

/** The task list's columns, in print order. */
export const TASK_KEYS = ['what', 'who', 'due', 'question'] as const;
export type TaskKey = (typeof TASK_KEYS)[number];

/** How many task rows the checklist's task page has. */
export const TASK_ROWS = 12;

/** The free-text field under the task list: agreements the parties made. */
export const AGREEMENTS_FIELD = 'agreements';

/** `cover-project`, `cover-parties`, `cover-date`, `cover-participants`. */
export function coverField(key: CoverKey): string {
  return `cover-${key}`;
}

/** `task-1-what` … `task-12-question`: rows count from 1, as printed. */
export function taskField(row: number, key: TaskKey): string {
  return `task-${row}-${key}`;
}

/** Prefixes no question id may start with: they name the fields above. */
export const FORM_PREFIXES = ['cover-', 'task-', AGREEMENTS_FIELD] as const;

/** What a form field's name is: a cover field, a task cell, the agreements, or (anything else) a question. */
export type FormField =
  | { readonly kind: 'cover'; readonly key: CoverKey }
  | { readonly kind: 'task'; readonly row: number; readonly key: TaskKey }
  | { readonly kind: 'agreements' }
  | { readonly kind: 'question'; readonly id: string };

export function parseFormField(name: string): FormField {
  const cover = /^cover-([a-z]+)$/.exec(name);
  const coverKey = COVER_KEYS.find((k) => k === cover?.[1]);
  if (coverKey) return { kind: 'cover', key: coverKey };
  const task = /^task-([1-9][0-9]*)-([a-z]+)$/.exec(name);
  const taskKey = TASK_KEYS.find((k) => k === task?.[2]);
  if (task && taskKey) return { kind: 'task', row: Number(task[1]), key: taskKey };
  if (name === AGREEMENTS_FIELD) return { kind: 'agreements' };
  return { kind: 'question', id: name };
}
