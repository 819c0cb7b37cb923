// Reads answers from a file: a filled-in checklist PDF or an answers YAML file, told apart by content.
import type { Result } from '../diagnostics/diagnostic.js';
import type { Workspace } from '../workspace/workspace.js';
import { FILE_LIMITS, formatBytes, readProblem } from '../workspace/workspace.js';
import type { Answers } from './model.js';
import { readAnswersPdf } from './pdf.js';
import { readAnswersYaml } from './yaml.js';

export async function readAnswers(workspace: Workspace, file: string): Promise<Result<Answers>> {
  let bytes: Buffer;
  try {
    bytes = await workspace.readBytes(file, {
      maxBytes: FILE_LIMITS.answersPdf,
      what: 'a filled-in checklist PDF (or an answers YAML file of at most 1 MB)',
    });
  } catch (error) {
    return {
      value: undefined,
      diagnostics: [
        {
          severity: 'error',
          code: 'file-unreadable',
          file,
          message: readProblem(error),
        },
      ],
    };
  }
  const looksLikePdf = bytes.subarray(0, 1024).toString('latin1').includes('%PDF-');
  if (looksLikePdf || /\.pdf$/i.test(file)) return readAnswersPdf(file, bytes);
  if (/\.ya?ml$/i.test(file)) {
    if (bytes.length > FILE_LIMITS.answersYaml) {
      const message = `is ${formatBytes(bytes.length)} (expected an answers YAML file of at most ${formatBytes(FILE_LIMITS.answersYaml)})`;
      return {
        value: undefined,
        diagnostics: [{ severity: 'error', code: 'file-unreadable', file, message }],
      };
    }
    return readAnswersYaml(file, bytes.toString('utf8'));
  }
  return {
    value: undefined,
    diagnostics: [
      {
        severity: 'error',
        code: 'file-unreadable',
        file,
        message:
          'is neither a PDF nor a YAML answers file (expected a filled-in checklist.pdf or answers.yaml)',
      },
    ],
  };
}
