// How much of the checklist the answers cover, and the warnings `dts plan` gives when that is too little to
// make a plan from: no answer at all, fewer than a quarter of the questions, or no project name on the
// cover. A plan is still written (a team may want the template), but rarely what was meant.
import type { LocalisedChecklist } from '../content/model.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/messages.js';
import { coverFields } from './fields.js';
import type { Answers } from './model.js';

/** Fewer answered questions than this share of the checklist's makes a nearly empty plan. */
export const NEARLY_EMPTY_SHARE = 1 / 4;

export interface Coverage {
  readonly answered: number;
  readonly total: number;
}

export function coverage(answers: Answers, kit: LocalisedChecklist): Coverage {
  const ids = kit.areas.flatMap((a) => a.questions.map((q) => q.id));
  return { answered: ids.filter((id) => answers.answers[id] !== undefined).length, total: ids.length };
}

const SAVE_HINT =
  'fill in the checklist (on screen, in a PDF reader) and save it before making the plan; a form filled in but not saved keeps no answers';

export function coverageWarnings(answers: Answers, kit: LocalisedChecklist, file: string): Diagnostic[] {
  const { answered, total } = coverage(answers, kit);
  const warnings: Diagnostic[] = [];
  if (answered === 0) {
    warnings.push(diagnostic('no-answers/none', { total, saveHint: SAVE_HINT }, { file }));
  } else if (answered < total * NEARLY_EMPTY_SHARE) {
    warnings.push(
      diagnostic(
        'no-answers/few',
        { answered, total, needed: Math.ceil(total * NEARLY_EMPTY_SHARE), saveHint: SAVE_HINT },
        { file },
      ),
    );
  }
  if (!answers.cover?.project) {
    warnings.push(
      diagnostic(
        'no-answers/no-project',
        { untitled: kit.plan.untitled, formField: coverFields.project },
        { file, field: 'cover.project' },
      ),
    );
  }
  return warnings;
}
