// Reads answers from a file: a filled-in checklist PDF or an answers YAML file, told apart by content.
import type { Result } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/messages.js';
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
      diagnostics: [diagnostic('file-unreadable/read', { reason: readProblem(error) }, { file })],
    };
  }
  const looksLikePdf = bytes.subarray(0, 1024).toString('latin1').includes('%PDF-');
  if (looksLikePdf || /\.pdf$/i.test(file)) return readAnswersPdf(file, bytes);
  if (/\.ya?ml$/i.test(file)) {
    if (bytes.length > FILE_LIMITS.answersYaml) {
      return {
        value: undefined,
        diagnostics: [
          diagnostic(
            'file-unreadable/answers-too-big',
            { size: formatBytes(bytes.length), max: formatBytes(FILE_LIMITS.answersYaml) },
            { file },
          ),
        ],
      };
    }
    return readAnswersYaml(file, bytes.toString('utf8'));
  }
  return {
    value: undefined,
    diagnostics: [diagnostic('file-unreadable/answers-kind', {}, { file })],
  };
}
