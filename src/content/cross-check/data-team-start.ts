// Checks of the Data Team Start structure beyond its schema: ids, references, the matrix, the schedule.
import type { DtsStructure } from '../schema/data-team-start.js';
import { canvasLabelKeys } from '../schema/data-team-start.js';
import type { Reporter } from './reporter.js';

export function checkDtsStructure(kit: DtsStructure, r: Reporter): void {
  const competencyIds = kit.competencies;
  const assignmentIds = kit.assignments.map((a) => a.id);

  competencyIds.forEach((id, i) => {
    if (competencyIds.indexOf(id) !== i) r.report('duplicate-id/listed-twice', ['competencies', i], { what: 'competency', id });
  });
  kit.stages.forEach((id, i) => {
    if (kit.stages.indexOf(id) !== i) r.report('duplicate-id/listed-twice', ['stages', i], { what: 'stage', id });
  });
  r.uniqueIds(['assignments'], assignmentIds, 'assignment');

  kit.assignments.forEach((assignment, i) => {
    assignment.competencies.forEach((id, j) =>
      r.reference(['assignments', i, 'competencies', j], id, competencyIds, 'competency'),
    );
  });

  // The matrix: one row per stage, every competency known, none both "everyone" and "someone".
  for (const stage of kit.stages) {
    if (!kit.matrix[stage]) r.report('schema/no-matrix-row', ['matrix'], { stage }, { key: true });
  }
  for (const [stage, row] of Object.entries(kit.matrix)) {
    if (!r.reference(['matrix', stage], stage, kit.stages, 'stage', true)) continue;
    for (const level of ['everyone', 'someone'] as const) {
      row[level].forEach((id, j) => r.reference(['matrix', stage, level, j], id, competencyIds, 'competency'));
    }
    row.someone.forEach((id, j) => {
      if (row.everyone.includes(id)) {
        r.report('duplicate-id/everyone-and-someone', ['matrix', stage, 'someone', j], { id, stage });
      }
    });
  }

  checkSchedule(kit, assignmentIds, r);
}

function checkSchedule(kit: DtsStructure, assignmentIds: readonly string[], r: Reporter): void {
  const scheduled = new Map<string, number>();
  const activityIds: string[] = [];
  let total = 0;
  let breaks = 0;
  kit.schedule.forEach((entry, i) => {
    const at = ['schedule', i];
    if (entry.assignment !== undefined && entry.activity !== undefined) {
      r.report('schema/assignment-and-activity', at, {});
      return;
    }
    if (entry.assignment !== undefined) {
      if (entry.minutes !== undefined || entry.kind !== undefined) {
        r.report('schema/set-on-assignment', [...at, entry.minutes !== undefined ? 'minutes' : 'kind'], {});
      }
      if (!r.reference([...at, 'assignment'], entry.assignment, assignmentIds, 'assignment')) return;
      const earlier = scheduled.get(entry.assignment);
      if (earlier !== undefined) {
        r.report('duplicate-id/scheduled-twice', [...at, 'assignment'], { assignment: entry.assignment, first: earlier + 1 });
        return;
      }
      scheduled.set(entry.assignment, i);
      total += kit.assignments.find((a) => a.id === entry.assignment)?.minutes ?? 0;
      return;
    }
    if (entry.activity === undefined) {
      r.report('schema/neither-assignment-nor-activity', at, {});
      return;
    }
    if (entry.kind === undefined) r.report('schema/no-kind', [...at], {});
    if (entry.minutes === undefined) r.report('schema/no-minutes', [...at], {});
    if (activityIds.includes(entry.activity) || assignmentIds.includes(entry.activity)) {
      r.report('duplicate-id/activity-id-used', [...at, 'activity'], { id: entry.activity });
    }
    activityIds.push(entry.activity);
    if (entry.kind === 'break') breaks += 1;
    total += entry.minutes ?? 0;
  });

  kit.assignments.forEach((assignment, i) => {
    if (!scheduled.has(assignment.id)) {
      r.report('unused-item/assignment-not-scheduled', ['assignments', i, 'id'], { assignment: assignment.id });
    }
  });
  if (breaks === 0) {
    r.report('schema/no-break', ['schedule'], {});
  }
  if (total !== kit.sessionMinutes) {
    r.report('schedule-total/session', ['sessionMinutes'], { total: kit.sessionMinutes, sum: total });
  }
}

/** Text records that must hold one entry per structure id. */
export function dtsTextRecords(kit: DtsStructure) {
  return [
    { path: ['competencies'], ids: kit.competencies, what: 'competency' },
    { path: ['stages'], ids: kit.stages, what: 'stage' },
    { path: ['assignments'], ids: kit.assignments.map((a) => a.id), what: 'assignment' },
    { path: ['exampleCase', 'assignments'], ids: kit.assignments.map((a) => a.id), what: 'assignment' },
    { path: ['schedule'], ids: kit.schedule.flatMap((e) => (e.activity ? [e.activity] : [])), what: 'schedule activity' },
    // The labels of each assignment's canvas: the table's columns, or the fixed labels of its kind.
    ...kit.assignments.map((a) => ({
      path: ['assignments', a.id, 'canvas'],
      ids: canvasLabels(a.canvas),
      what: `label of its ${a.canvas.kind}`,
      required: true,
    })),
  ];
}

/** The label keys a canvas needs in every language's texts. */
export function canvasLabels(canvas: DtsStructure['assignments'][number]['canvas']): string[] {
  return canvas.kind === 'table' ? [...canvas.columns] : [...canvasLabelKeys[canvas.kind]];
}
