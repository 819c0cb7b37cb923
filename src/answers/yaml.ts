// Answers as YAML: the same content as a filled-in checklist, for teams who keep their answers in a text
// file. Errors point at file:line:column like content errors do.
//
//   kit: checklist-samen-data-delen
//   version: 1.0.0
//   language: nl
//   answers:
//     goal-societal-question: Loneliness among older residents in our town.
//     goal-success: ~            # empty: listed as an open point
import { z } from 'zod';
import { idSchema, languageCodeSchema, versionSchema } from '../content/schema/common.js';
import { parseYaml } from '../content/yaml-source.js';
import { issuesToDiagnostics } from '../content/zod-issues.js';
import type { Result } from '../diagnostics/diagnostic.js';
import type { Answers } from './model.js';
import { isAnswered } from './model.js';

export const answersFileSchema = z.strictObject({
  kit: idSchema,
  version: versionSchema,
  language: languageCodeSchema,
  answers: z.record(idSchema, z.string().nullable()),
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
  return {
    value: {
      kit: result.data.kit,
      version: result.data.version,
      language: result.data.language,
      answers,
      lines,
    },
    diagnostics: [],
  };
}
