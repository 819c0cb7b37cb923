import type { KitIdentity, LocalisedChecklist } from '../model.js';
import type { ChecklistStructure, ChecklistTexts } from '../schema/checklist.js';
import { textOf } from './text-of.js';

export function localiseChecklist(kit: ChecklistStructure, texts: ChecklistTexts, identity: KitIdentity): LocalisedChecklist {
  let clock = 0;
  const steps = kit.workshop.map((step) => {
    const startMinute = clock;
    clock += step.minutes;
    return { id: step.id, minutes: step.minutes, startMinute, ...textOf(texts.workshop.steps, step.id) };
  });
  return {
    ...identity,
    kind: 'checklist',
    workshopMinutes: kit.workshopMinutes,
    meta: texts.kit,
    introduction: texts.introduction,
    areas: kit.areas.map((area, i) => ({
      id: area.id,
      number: i + 1,
      ...textOf(texts.areas, area.id),
      questions: area.questions.map((id) => ({ id, ...textOf(texts.questions, id) })),
      tips: kit.tips.filter((t) => t.area === area.id).map((t) => ({ id: t.id, ...textOf(texts.tips, t.id) })),
    })),
    workshop: { ...texts.workshop, steps },
    plan: {
      ...texts.plan,
      sections: kit.plan.map((s) => ({ id: s.id, areas: s.areas, ...textOf(texts.plan.sections, s.id) })),
    },
    labels: texts.labels,
    download: texts.download,
  };
}
