import type { KitIdentity, LocalisedCanvas, LocalisedCompetency, LocalisedDataTeamStart, MatrixLevel, ScheduleSlot } from '../model.js';
import type { Canvas, DtsStructure, DtsTexts } from '../schema/data-team-start.js';
import { textOf } from './text-of.js';

/** Joins the validated structure with one language's validated texts. */
export function localiseDts(kit: DtsStructure, texts: DtsTexts, identity: KitIdentity): LocalisedDataTeamStart {
  const competencies: LocalisedCompetency[] = kit.competencies.map((id) => ({ id, ...textOf(texts.competencies, id) }));
  const competency = (id: string) => competencies.find((c) => c.id === id) ?? { id, name: id, description: '', indicators: [] };

  const assignments = kit.assignments.map((a, i) => ({
    id: a.id,
    number: i + 1,
    minutes: a.minutes,
    writingArea: a.writingArea,
    competencies: a.competencies.map(competency),
    ...textOf(texts.assignments, a.id),
    canvas: localiseCanvas(a.canvas, textOf(texts.assignments, a.id).canvas ?? {}),
    example: texts.exampleCase.assignments[a.id] ?? { intro: '' },
  }));

  let clock = 0;
  const schedule: ScheduleSlot[] = kit.schedule.map((entry) => {
    const startMinute = clock;
    if (entry.assignment !== undefined) {
      const assignment = assignments.find((a) => a.id === entry.assignment);
      if (!assignment) throw new Error(`unchecked reference to assignment ${entry.assignment}`);
      clock += assignment.minutes;
      return {
        id: assignment.id,
        kind: 'assignment',
        title: assignment.title,
        description: assignment.summary,
        minutes: assignment.minutes,
        startMinute,
        assignmentNumber: assignment.number,
      };
    }
    const id = entry.activity ?? '';
    const minutes = entry.minutes ?? 0;
    clock += minutes;
    return { id, kind: entry.kind ?? 'opening', ...textOf(texts.schedule, id), minutes, startMinute };
  });

  const level = (stage: string, id: string): MatrixLevel => {
    const row = kit.matrix[stage];
    if (row?.everyone.includes(id)) return 'everyone';
    if (row?.someone.includes(id)) return 'someone';
    return 'none';
  };

  return {
    ...identity,
    kind: 'data-team-start',
    sessionMinutes: kit.sessionMinutes,
    meta: texts.kit,
    introduction: texts.introduction,
    competencies,
    stages: kit.stages.map((id) => ({ id, ...textOf(texts.stages, id) })),
    matrix: {
      ...texts.matrix,
      rows: competencies.map((c) => ({ competency: c, levels: kit.stages.map((stage) => level(stage, c.id)) })),
    },
    assignments,
    schedule,
    preparation: texts.preparation,
    afterSession: texts.afterSession,
    checklistLink: texts.checklistLink,
    exampleCase: { name: texts.exampleCase.name, title: texts.exampleCase.title, summary: texts.exampleCase.summary },
    labels: texts.labels,
    download: texts.download,
  };
}

/** The canvas of kit.yaml with its labels; the loader has checked that every label is there. */
function localiseCanvas(canvas: Canvas, labels: Readonly<Record<string, string>>): LocalisedCanvas {
  const label = (key: string) => labels[key] ?? key;
  switch (canvas.kind) {
    case 'table':
      return { kind: 'table', columns: canvas.columns.map((id) => ({ id, label: label(id) })) };
    case 'matrix':
      return { kind: 'matrix' };
    case 'tree':
      return { kind: 'tree', core: label('core'), roots: label('roots'), branches: label('branches') };
    case 'quadrant':
      return { kind: 'quadrant', horizontal: label('horizontal'), vertical: label('vertical'), low: label('low'), high: label('high') };
    case 'newspaper':
      return { kind: 'newspaper', masthead: label('masthead'), date: label('date'), headline: label('headline') };
  }
}
