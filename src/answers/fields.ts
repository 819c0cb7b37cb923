// The names of the checklist form's fields besides the questions (whose fields are named by question id):
// the cover block and the task list. The checklist renderer names its fields with these, `dts plan` reads
// them back: one place, so the two can never drift apart.
import type { AnswersCover, AnswersTask } from './model.js';

/** The cover block's fields: `cover-project`, `cover-parties`, `cover-date`, `cover-participants`. */
export const coverFields: Readonly<Record<keyof AnswersCover, string>> = {
  project: 'cover-project',
  parties: 'cover-parties',
  date: 'cover-date',
  participants: 'cover-participants',
};

export type TaskColumn = keyof AnswersTask;

export const taskColumns: readonly TaskColumn[] = ['what', 'who', 'due', 'question'];

/** A cell of the task list, by row (from 1) and column: `task-1-what`, `task-1-who`, `task-1-due` … */
export function taskField(row: number, column: TaskColumn): string {
  return `task-${row}-${column}`;
}

const TASK_FIELD = /^task-([1-9]\d*)-(what|who|due|question)$/;

/** The row and column a task field stands for, or undefined when the name is no task field. */
export function parseTaskField(name: string): { row: number; column: TaskColumn } | undefined {
  const match = TASK_FIELD.exec(name);
  return match ? { row: Number(match[1]), column: match[2] as TaskColumn } : undefined;
}

/** The cover field a name stands for, or undefined. */
export function parseCoverField(name: string): keyof AnswersCover | undefined {
  return (Object.keys(coverFields) as (keyof AnswersCover)[]).find((key) => coverFields[key] === name);
}
