// Answers as YAML: the same content as a filled-in checklist, for teams who keep their answers in a text
// file. Errors point at file:line:column like content errors do.
//
//   kit: checklist-samen-data-delen
//   version: 1.0.0
//   language: nl
//   cover:                       # optional, like each of its fields
//     project: Samen vroeg erbij
//     parties: Gemeente Gouda, Kredietbank Midden-Holland, Woningcorporatie Mozaïek
//     date: 2026-11-25
//     participants: Anna de Vries (gemeente), Karim El Idrissi (kredietbank)
//   answers:
//     goal-societal-question: Loneliness among older residents in our town.
//     goal-success: ~            # empty: listed as an open point
//   tasks:                       # optional: the task list, each row what (required), who, due, question
//     - { what: Ask the DPO about a DPIA, who: Anna, due: 2026-12-15, question: 4.4 }
import { z } from 'zod';
import { idSchema, languageCodeSchema, versionSchema } from '../content/schema/common.js';
import { parseYaml } from '../content/yaml-source.js';
import { issuesToDiagnostics } from '../content/zod-issues.js';
import type { Result } from '../diagnostics/diagnostic.js';
import type { Answers, AnswersTask } from './model.js';
import { isAnswered } from './model.js';

/** A field typed in a form: text, or empty (~). A number such as `3.4` or `0.1` is read as its text. */
const typed = z
  .union([z.string(), z.number().transform((n) => String(n))])
  .nullable()
  .optional();

export const answersFileSchema = z.strictObject({
  kit: idSchema,
  version: versionSchema,
  language: languageCodeSchema,
  cover: z
    .strictObject({ project: typed, parties: typed, date: typed, participants: typed })
    .nullable()
    .optional(),
  answers: z.record(idSchema, z.string().nullable()),
  tasks: z
    .array(
      z.strictObject({
        what: z.string().regex(/\S/, { error: 'expected a text saying what is to be done' }),
        who: typed,
        due: typed,
        question: typed,
      }),
    )
    .nullable()
    .optional(),
});

/** The fields of an object that say something, trimmed; undefined when none does. */
export function filledFields<K extends string>(
  fields: Partial<Record<K, string | null | undefined>>,
): Partial<Record<K, string>> | undefined {
  const kept: Partial<Record<K, string>> = {};
  for (const [key, value] of Object.entries(fields) as [K, string | null | undefined][]) {
    if (isAnswered(value)) kept[key] = value.trim();
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

export function readAnswersYaml(file: string, text: string): Result<Answers> {
  const parsed = parseYaml(file, text);
  if (!parsed.source) return { value: undefined, diagnostics: parsed.diagnostics };
  const { source } = parsed;
  const result = answersFileSchema.safeParse(source.data);
  if (!result.success) {
    return {
      value: undefined,
      diagnostics: issuesToDiagnostics(result.error.issues, source.data, answersFileSchema, (path, options) =>
        source.locate(path, options),
      ),
    };
  }
  const answers: Record<string, string> = {};
  const lines = new Map<string, { line: number; column: number }>();
  for (const [id, answer] of Object.entries(result.data.answers)) {
    if (!isAnswered(answer)) continue;
    answers[id] = answer.trim();
    const { line, column } = source.locate(['answers', id], { key: true });
    lines.set(id, { line, column });
  }
  const cover = filledFields(result.data.cover ?? {});
  const tasks: AnswersTask[] = [];
  const taskLines = new Map<number, { line: number; column: number }>();
  for (const [index, task] of (result.data.tasks ?? []).entries()) {
    tasks.push({ ...filledFields(task), what: task.what.trim() });
    if (isAnswered(task.question)) {
      const { line, column } = source.locate(['tasks', index, 'question']);
      taskLines.set(index, { line, column });
    }
  }
  return {
    value: {
      kit: result.data.kit,
      version: result.data.version,
      language: result.data.language,
      answers,
      lines,
      ...(cover ? { cover } : {}),
      ...(tasks.length > 0 ? { tasks, taskLines } : {}),
    },
    diagnostics: [],
  };
}
