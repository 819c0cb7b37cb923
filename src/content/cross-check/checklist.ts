// Checks of the Checklist Samen Data Delen structure beyond its schema.
import type { ChecklistStructure } from '../schema/checklist.js';
import type { Reporter } from './reporter.js';

export function checkChecklistStructure(kit: ChecklistStructure, r: Reporter): void {
  const areaIds = kit.areas.map((a) => a.id);
  r.uniqueIds(['areas'], areaIds, 'question area');

  const questionAt = new Map<string, string>();
  kit.areas.forEach((area, i) =>
    area.questions.forEach((id, j) => {
      const other = questionAt.get(id);
      if (other !== undefined) {
        r.report('duplicate-id', ['areas', i, 'questions', j], `question id "${id}" is used twice (also in area "${other}")`, {
          hint: 'question ids name the fields of the fillable form: they must be unique',
        });
      } else {
        questionAt.set(id, area.id);
      }
    }),
  );

  r.uniqueIds(['tips'], kit.tips.map((t) => t.id), 'tip');
  kit.tips.forEach((tip, i) => r.reference(['tips', i, 'area'], tip.area, areaIds, 'question area'));
  kit.areas.forEach((area, i) => {
    if (!kit.tips.some((t) => t.area === area.id)) {
      r.report('unused-item', ['areas', i, 'id'], `question area "${area.id}" has no tip card (expected at least one tip per area)`);
    }
  });

  r.uniqueIds(['workshop'], kit.workshop.map((s) => s.id), 'workshop step');
  const total = kit.workshop.reduce((sum, step) => sum + step.minutes, 0);
  if (total !== kit.workshopMinutes) {
    r.report('schedule-total', ['workshopMinutes'], `is ${kit.workshopMinutes}, but the workshop steps add up to ${total} minutes (expected them to be equal)`, {
      hint: `change the steps' minutes by ${kit.workshopMinutes - total}, or set workshopMinutes to ${total}`,
    });
  }

  r.uniqueIds(['plan'], kit.plan.map((s) => s.id), 'plan section');
  kit.plan.forEach((section, i) =>
    section.areas.forEach((id, j) => r.reference(['plan', i, 'areas', j], id, areaIds, 'question area')),
  );
  kit.areas.forEach((area, i) => {
    if (!kit.plan.some((s) => s.areas.includes(area.id))) {
      r.report('unused-item', ['areas', i, 'id'], `question area "${area.id}" feeds no section of the project plan (expected it in some plan section's areas)`, {
        hint: 'its answers would be missing from the project plan',
      });
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
