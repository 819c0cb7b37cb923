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

  // A card's letter within its area (2A, 2B…) is printed: an area holds at most 26 cards.
  kit.areas.forEach((area, i) => {
    const count = kit.tips.filter((t) => t.area === area.id).length;
    if (count > CARD_LETTERS.length) {
      r.report('unused-item', ['areas', i, 'id'], `question area "${area.id}" has ${count} tip cards (expected at most ${CARD_LETTERS.length}: cards are lettered A to Z within their area)`);
    }
  });
  kit.tips.forEach((tip, i) =>
    tip.questions?.forEach((id, j) => {
      const own = kit.areas.find((a) => a.id === tip.area)?.questions ?? [];
      if (r.reference(['tips', i, 'questions', j], id, kit.areas.flatMap((a) => a.questions), 'question') && !own.includes(id)) {
        r.report('unknown-reference', ['tips', i, 'questions', j], `question "${id}" is not in the tip's area "${tip.area}" (expected one of: ${own.join(', ')})`, {
          hint: 'a tip card is printed in its area\'s colour and points to questions of that area',
        });
      }
    }),
  );
  for (const id of kit.areas.flatMap((a) => a.questions)) {
    if (FORM_PREFIXES.some((prefix) => id.startsWith(prefix))) {
      const at = kit.areas.findIndex((a) => a.questions.includes(id));
      const area = kit.areas[at];
      r.report('duplicate-id', ['areas', at, 'questions', area ? area.questions.indexOf(id) : 0], `question id "${id}" starts with "${FORM_PREFIXES.find((p) => id.startsWith(p))}", which the checklist's cover and task fields use`, {
        hint: 'question ids name form fields: choose an id that does not start with cover-, task- or agreements',
      });
    }
  }

  r.uniqueIds(['workshop'], kit.workshop.map((s) => s.id), 'workshop step');
  const roundOf = new Map<string, string>();
  kit.workshop.forEach((step, i) =>
    step.areas?.forEach((id, j) => {
      if (!r.reference(['workshop', i, 'areas', j], id, areaIds, 'question area')) return;
      const other = roundOf.get(id);
      if (other !== undefined) {
        r.report('duplicate-id', ['workshop', i, 'areas', j], `question area "${id}" is in two workshop steps ("${other}" and "${step.id}")`, {
          hint: 'each area is discussed in one round: its questions are shown on that round\'s slides',
        });
      } else {
        roundOf.set(id, step.id);
      }
    }),
  );
  if (roundOf.size > 0) {
    kit.areas.forEach((area, i) => {
      if (!roundOf.has(area.id)) {
        r.report('unused-item', ['areas', i, 'id'], `question area "${area.id}" is in no workshop step (expected it in some step's areas, as the others are)`, {
          hint: 'the workshop deck shows an area\'s questions in the step that names it',
        });
      }
    });
  }
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
