// Checks of the Checklist Samen Data Delen structure beyond its schema.
import type { ChecklistStructure } from '../schema/checklist.js';
import { FORM_PREFIXES } from '../../answers/form-fields.js';
import { CARD_LETTERS } from '../localise/checklist.js';
import type { Reporter } from './reporter.js';

export function checkChecklistStructure(kit: ChecklistStructure, r: Reporter): void {
  const areaIds = kit.areas.map((a) => a.id);
  r.uniqueIds(['areas'], areaIds, 'question area');

  const questionAt = new Map<string, string>();
  kit.areas.forEach((area, i) =>
    area.questions.forEach((id, j) => {
      const other = questionAt.get(id);
      if (other !== undefined) {
        r.report('duplicate-id/question-in-two-areas', ['areas', i, 'questions', j], { id, other });
      } else {
        questionAt.set(id, area.id);
      }
    }),
  );

  r.uniqueIds(['tips'], kit.tips.map((t) => t.id), 'tip');
  kit.tips.forEach((tip, i) => r.reference(['tips', i, 'area'], tip.area, areaIds, 'question area'));
  kit.areas.forEach((area, i) => {
    if (!kit.tips.some((t) => t.area === area.id)) {
      r.report('unused-item/area-without-tip', ['areas', i, 'id'], { area: area.id });
    }
  });

  // A card's letter within its area (2A, 2B…) is printed: an area holds at most 26 cards.
  kit.areas.forEach((area, i) => {
    const count = kit.tips.filter((t) => t.area === area.id).length;
    if (count > CARD_LETTERS.length) {
      r.report('unused-item/area-too-many-tips', ['areas', i, 'id'], { area: area.id, count, max: CARD_LETTERS.length });
    }
  });
  kit.tips.forEach((tip, i) =>
    tip.questions?.forEach((id, j) => {
      const own = kit.areas.find((a) => a.id === tip.area)?.questions ?? [];
      if (r.reference(['tips', i, 'questions', j], id, kit.areas.flatMap((a) => a.questions), 'question') && !own.includes(id)) {
        r.report('unknown-reference/question-not-in-area', ['tips', i, 'questions', j], { id, area: tip.area, own });
      }
    }),
  );
  for (const id of kit.areas.flatMap((a) => a.questions)) {
    if (FORM_PREFIXES.some((prefix) => id.startsWith(prefix))) {
      const at = kit.areas.findIndex((a) => a.questions.includes(id));
      const area = kit.areas[at];
      r.report('duplicate-id/question-form-prefix', ['areas', at, 'questions', area ? area.questions.indexOf(id) : 0], { id, prefix: FORM_PREFIXES.find((p) => id.startsWith(p)) ?? '' });
    }
  }

  r.uniqueIds(['workshop'], kit.workshop.map((s) => s.id), 'workshop step');
  const roundOf = new Map<string, string>();
  kit.workshop.forEach((step, i) =>
    step.areas?.forEach((id, j) => {
      if (!r.reference(['workshop', i, 'areas', j], id, areaIds, 'question area')) return;
      const other = roundOf.get(id);
      if (other !== undefined) {
        r.report('duplicate-id/area-in-two-steps', ['workshop', i, 'areas', j], { id, other, step: step.id });
      } else {
        roundOf.set(id, step.id);
      }
    }),
  );
  if (roundOf.size > 0) {
    kit.areas.forEach((area, i) => {
      if (!roundOf.has(area.id)) {
        r.report('unused-item/area-in-no-step', ['areas', i, 'id'], { area: area.id });
      }
    });
  }
  const total = kit.workshop.reduce((sum, step) => sum + step.minutes, 0);
  if (total !== kit.workshopMinutes) {
    r.report('schedule-total/workshop', ['workshopMinutes'], { total: kit.workshopMinutes, sum: total });
  }

  r.uniqueIds(['plan'], kit.plan.map((s) => s.id), 'plan section');
  kit.plan.forEach((section, i) =>
    section.areas.forEach((id, j) => r.reference(['plan', i, 'areas', j], id, areaIds, 'question area')),
  );
  kit.areas.forEach((area, i) => {
    if (!kit.plan.some((s) => s.areas.includes(area.id))) {
      r.report('unused-item/area-in-no-plan-section', ['areas', i, 'id'], { area: area.id });
    }
  });
}

export function checklistTextRecords(kit: ChecklistStructure) {
  return [
    { path: ['areas'], ids: kit.areas.map((a) => a.id), what: 'question area' },
    { path: ['questions'], ids: kit.areas.flatMap((a) => a.questions), what: 'question' },
    { path: ['tips'], ids: kit.tips.map((t) => t.id), what: 'tip' },
    { path: ['workshop', 'steps'], ids: kit.workshop.map((s) => s.id), what: 'workshop step' },
    { path: ['plan', 'sections'], ids: kit.plan.map((s) => s.id), what: 'plan section' },
  ];
}
