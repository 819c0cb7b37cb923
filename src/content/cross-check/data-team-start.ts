// Checks of the Data Team Start structure beyond its schema: ids, references, the matrix, the schedule.
import type { DtsStructure } from '../schema/data-team-start.js';
import { canvasLabelKeys } from '../schema/data-team-start.js';
import type { Reporter } from './reporter.js';

export function checkDtsStructure(kit: DtsStructure, r: Reporter): void {
  const competencyIds = kit.competencies;
  const assignmentIds = kit.assignments.map((a) => a.id);

  competencyIds.forEach((id, i) => {
    if (competencyIds.indexOf(id) !== i) r.report('duplicate-id', ['competencies', i], `competency "${id}" is listed twice`);
  });
  kit.stages.forEach((id, i) => {
    if (kit.stages.indexOf(id) !== i) r.report('duplicate-id', ['stages', i], `stage "${id}" is listed twice`);
  });
  r.uniqueIds(['assignments'], assignmentIds, 'assignment');

  kit.assignments.forEach((assignment, i) => {
    assignment.competencies.forEach((id, j) =>
      r.reference(['assignments', i, 'competencies', j], id, competencyIds, 'competency'),
    );
  });

  // The matrix: one row per stage, every competency known, none both "everyone" and "someone".
  for (const stage of kit.stages) {
    if (!kit.matrix[stage]) r.report('schema', ['matrix'], `has no row for stage "${stage}" (expected one for every stage)`, { key: true });
  }
  for (const [stage, row] of Object.entries(kit.matrix)) {
    if (!r.reference(['matrix', stage], stage, kit.stages, 'stage', true)) continue;
    for (const level of ['everyone', 'someone'] as const) {
      row[level].forEach((id, j) => r.reference(['matrix', stage, level, j], id, competencyIds, 'competency'));
    }
    row.someone.forEach((id, j) => {
      if (row.everyone.includes(id)) {
        r.report('duplicate-id', ['matrix', stage, 'someone', j], `competency "${id}" is under both "everyone" and "someone" for stage "${stage}"`);
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
      r.report('schema', at, 'names both an assignment and an activity (expected one of them)');
      return;
    }
    if (entry.assignment !== undefined) {
      if (entry.minutes !== undefined || entry.kind !== undefined) {
        r.report('schema', [...at, entry.minutes !== undefined ? 'minutes' : 'kind'], 'is set on an assignment entry (expected only "assignment"; its minutes come from the assignment)');
      }
      if (!r.reference([...at, 'assignment'], entry.assignment, assignmentIds, 'assignment')) return;
      const earlier = scheduled.get(entry.assignment);
      if (earlier !== undefined) {
        r.report('duplicate-id', [...at, 'assignment'], `schedules assignment "${entry.assignment}" a second time (first at entry ${earlier + 1})`);
        return;
      }
      scheduled.set(entry.assignment, i);
      total += kit.assignments.find((a) => a.id === entry.assignment)?.minutes ?? 0;
      return;
    }
    if (entry.activity === undefined) {
      r.report('schema', at, 'names neither an assignment nor an activity (expected "assignment: <id>" or "activity: <id>" with kind and minutes)');
      return;
    }
    if (entry.kind === undefined) r.report('schema', [...at], 'has no kind (expected kind: opening, break or closing)');
    if (entry.minutes === undefined) r.report('schema', [...at], 'has no minutes (expected the length of the activity in minutes)');
    if (activityIds.includes(entry.activity) || assignmentIds.includes(entry.activity)) {
      r.report('duplicate-id', [...at, 'activity'], `activity id "${entry.activity}" is already used in the schedule or by an assignment`);
    }
    activityIds.push(entry.activity);
    if (entry.kind === 'break') breaks += 1;
    total += entry.minutes ?? 0;
  });

  kit.assignments.forEach((assignment, i) => {
    if (!scheduled.has(assignment.id)) {
      r.report('unused-item', ['assignments', i, 'id'], `assignment "${assignment.id}" is not in the schedule (expected every assignment in the schedule once)`);
    }
  });
  if (breaks === 0) {
    r.report('schema', ['schedule'], 'has no break (expected an activity with kind: break in a session this long)', { severity: 'warning' });
  }
  if (total !== kit.sessionMinutes) {
    r.report('schedule-total', ['sessionMinutes'], `is ${kit.sessionMinutes}, but the schedule adds up to ${total} minutes (expected them to be equal)`, {
      hint: `change the minutes of the schedule or the assignments by ${kit.sessionMinutes - total}, or set sessionMinutes to ${total}`,
    });
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
