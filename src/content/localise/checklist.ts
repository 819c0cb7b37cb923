import type { KitIdentity, LocalisedChecklist } from '../model.js';
import type { ChecklistStructure, ChecklistTexts } from '../schema/checklist.js';
import { textOf } from './text-of.js';

/** A tip card's letter within its area: the second half of its printed id (`2B`). */
export const CARD_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function localiseChecklist(kit: ChecklistStructure, texts: ChecklistTexts, identity: KitIdentity): LocalisedChecklist {
  let clock = 0;
  const steps = kit.workshop.map((step) => {
    const startMinute = clock;
    clock += step.minutes;
    // A round's areas in checklist order, whatever order kit.yaml lists them in.
    const areas = kit.areas.map((a) => a.id).filter((id) => step.areas?.includes(id));
    return { id: step.id, minutes: step.minutes, startMinute, ...textOf(texts.workshop.steps, step.id), areas };
  });
  return {
    ...identity,
    kind: 'checklist',
    workshopMinutes: kit.workshopMinutes,
    meta: texts.kit,
    introduction: texts.introduction,
    areas: kit.areas.map((area, i) => {
      const number = i + 1;
      const questionNumber = (id: string) => `${number}.${area.questions.indexOf(id) + 1}`;
      const tips = kit.tips
        .filter((t) => t.area === area.id)
        .map((t, j) => ({
          id: t.id,
          code: `${number}${CARD_LETTERS[j] ?? ''}`,
          ...textOf(texts.tips, t.id),
          questions: area.questions
            .filter((q) => t.questions?.includes(q))
            .map((q) => ({ id: q, number: questionNumber(q) })),
        }));
      return {
        id: area.id,
        number,
        ...textOf(texts.areas, area.id),
        questions: area.questions.map((id) => ({
          id,
          number: questionNumber(id),
          ...textOf(texts.questions, id),
          tips: tips.filter((t) => t.questions.some((q) => q.id === id)).map((t) => ({ id: t.id, code: t.code })),
        })),
        tips,
      };
    }),
    workshop: { ...texts.workshop, steps },
    plan: {
      ...texts.plan,
      sections: kit.plan.map((s) => ({ id: s.id, areas: s.areas, ...textOf(texts.plan.sections, s.id) })),
    },
    labels: texts.labels,
    download: texts.download,
  };
}
