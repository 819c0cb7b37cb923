// Answers as YAML: the same content as a filled-in checklist, for teams who keep their answers in a text
// file. Errors point at file:line:column like content errors do.
//
//   kit: checklist-samen-data-delen
//   version: 1.0.0
//   language: nl
//   answers:
//     goal-societal-question: Loneliness among older residents in our town.
//     goal-success: ~            # empty: listed as an open point
//   cover:                       # optional, as on the checklist's title page
//     project: Samen tegen eenzaamheid
//     parties: Gemeente Gouda, GGD Hollands Midden
//     date: 25 november 2026
//     participants: Anna (gemeente), Bram (GGD)
//   tasks:                       # optional, the task page's rows
//     - { what: Grondslag uitzoeken, who: Bram, due: 1 februari, question: '4.2' }
//   agreements: We gebruiken de CBS-wijkindeling.
import { z } from 'zod';
import { idSchema, languageCodeSchema, versionSchema } from '../content/schema/common.js';
import { parseYaml } from '../content/yaml-source.js';
import { issuesToDiagnostics } from '../content/zod-issues.js';
import type { Result } from '../diagnostics/diagnostic.js';
import type { Answers } from './model.js';
import type { CoverKey, TaskKey } from './form-fields.js';
import { AGREEMENTS_FIELD, COVER_KEYS, coverField, TASK_KEYS, taskField } from './form-fields.js';
import { isAnswered, recordOf } from './model.js';

export const answersFileSchema = z.strictObject({
  kit: idSchema,
  version: versionSchema,
  language: languageCodeSchema,
  answers: z.record(idSchema, z.string().nullable()),
  /** The cover block (project, parties, date, participants), the task rows and the agreements. */
  cover: z
    .strictObject(Object.fromEntries(COVER_KEYS.map((k) => [k, z.string().nullable().optional()])))
    .optional(),
  tasks: z
    .array(z.strictObject(Object.fromEntries(TASK_KEYS.map((k) => [k, z.string().nullable().optional()]))))
    .optional(),
  agreements: z.string().nullable().optional(),
});

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
  // The record goes through the same names as the form's fields, so both files give the same data.
  const { cover, tasks, agreements } = result.data;
  const record = recordOf({
    ...Object.fromEntries(
      Object.entries(cover ?? {}).map(([k, v]) => [coverField(k as CoverKey), v ?? undefined]),
    ),
    ...Object.fromEntries(
      (tasks ?? []).flatMap((row, i) =>
        Object.entries(row).map(([k, v]) => [taskField(i + 1, k as TaskKey), v ?? undefined]),
      ),
    ),
    [AGREEMENTS_FIELD]: agreements ?? undefined,
  });
  return {
    value: {
      kit: result.data.kit,
      version: result.data.version,
      language: result.data.language,
      answers,
      ...record,
      lines,
    },
    diagnostics: [],
  };
}
