// The facilitator handbook's outline: the localised Data Team Start, the theme and the session's start
// time → a DocumentSpec (plain data). Pure; every word comes from the content.
import type { ClockMinutes } from '../../content/clock.js';
import type { LocalisedAssignment, LocalisedDataTeamStart } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import type { Block, DocumentSpec } from '../docx/index.js';
import {
  bullets,
  checks,
  durationBlock,
  h1,
  h2,
  h3,
  kitDocumentSpec,
  numbered,
  p,
  scheduleBlocks,
} from '../docx/index.js';
import { exampleBlocks } from './example.js';

export interface HandbookOptions {
  /** When the session starts: the clock times in the schedule and the assignments. */
  readonly start: ClockMinutes;
}

/** "Opdracht 3: De probleemboom": how an assignment is named in headings and the schedule. */
export function assignmentHeading(kit: LocalisedDataTeamStart, assignment: LocalisedAssignment): string {
  return `${kit.labels.handbook.assignment} ${assignment.number}: ${assignment.title}`;
}

function about(kit: LocalisedDataTeamStart): Block[] {
  const l = kit.labels.handbook;
  return [
    h1(l.about),
    p(kit.introduction.facilitators, 'lead'),
    h2(l.forTheTeam),
    p(kit.introduction.team),
    h2(l.whenToUse),
    bullets(kit.introduction.whenToUse),
    h2(l.exampleCase),
    p([{ text: `${kit.exampleCase.name}: ${kit.exampleCase.title}. `, bold: true }, kit.exampleCase.summary]),
  ];
}

function outcomes(kit: LocalisedDataTeamStart): Block[] {
  const l = kit.labels.handbook;
  const o = kit.introduction.outcomes;
  return [
    h1(l.outcomes, false),
    numbered([
      [{ text: `${l.reflection}. `, bold: true }, o.reflection],
      [{ text: `${l.agreements}. `, bold: true }, o.agreements],
      [{ text: `${l.analyses}. `, bold: true }, o.analyses],
    ]),
  ];
}

function preparation(kit: LocalisedDataTeamStart): Block[] {
  const l = kit.labels.handbook;
  const prep = kit.preparation;
  return [
    h1(l.preparation),
    p(prep.intro, 'lead'),
    h2(l.roles),
    ...prep.roles.flatMap((role) => [h3(role.name), p(role.description)]),
    h2(l.beforeSession),
    numbered(prep.beforeSession),
    h2(l.room),
    bullets(prep.room),
    h2(l.materials),
    checks(prep.materials),
    h2(l.printing),
    p(l.printingIntro),
    {
      kind: 'table',
      header: [l.printWhat, l.printWhere, l.printHow],
      widths: [27, 25, 48],
      rows: l.printFiles.map((file) => [
        { content: file.what, bold: true },
        { content: file.where },
        { content: file.how },
      ]),
    },
    p(l.printActualSize),
    h3(l.printTiled),
    numbered(l.printTiledAssembly),
    p(l.printOther, 'note'),
  ];
}

function schedule(kit: LocalisedDataTeamStart, start: ClockMinutes): Block[] {
  const l = kit.labels.handbook;
  const byNumber = new Map(kit.assignments.map((a) => [a.number, a]));
  return [
    h1(kit.labels.schedule),
    ...scheduleBlocks(
      kit.schedule.map((slot) => {
        const assignment =
          slot.assignmentNumber === undefined ? undefined : byNumber.get(slot.assignmentNumber);
        const title = assignment ? assignmentHeading(kit, assignment) : slot.title;
        return { ...slot, title: [{ text: title, bold: true }, ` ${slot.description}`] };
      }),
      start,
      kit.language,
      { ...l, minutes: kit.labels.minutes },
    ),
  ];
}

function assignmentChapter(
  kit: LocalisedDataTeamStart,
  assignment: LocalisedAssignment,
  start: ClockMinutes,
): Block[] {
  const l = kit.labels.handbook;
  const slot = kit.schedule.find((s) => s.assignmentNumber === assignment.number);
  const f = assignment.facilitator;
  return [
    h1(assignmentHeading(kit, assignment)),
    p(assignment.summary, 'lead'),
    slot
      ? durationBlock(l.duration, slot, start, kit.language, kit.labels.minutes, assignment.minutes)
      : p([{ text: `${l.duration}: `, bold: true }, `${assignment.minutes} ${kit.labels.minutes}`]),
    p([
      { text: `${l.competenciesTrained}: `, bold: true },
      assignment.competencies.map((c) => c.name).join(', '),
    ]),
    h2(kit.labels.goal),
    p(assignment.goal),
    h2(kit.labels.materials),
    bullets(assignment.materials),
    h2(l.teamSteps),
    numbered(assignment.steps),
    h2(kit.labels.onThePoster),
    p(assignment.poster),
    ...exampleBlocks(kit, assignment),
    h2(l.introduce),
    p(f.introduction),
    h2(l.watchFor),
    bullets(f.watchFor),
    h2(l.debrief),
    bullets(f.debrief),
  ];
}

function afterSession(kit: LocalisedDataTeamStart): Block[] {
  const l = kit.labels.handbook;
  return [
    h1(l.afterSession),
    p(kit.afterSession.intro, 'lead'),
    h2(l.securing),
    p(kit.afterSession.agreements),
    h2(l.followUp),
    bullets(kit.afterSession.followUp),
  ];
}

function framework(kit: LocalisedDataTeamStart): Block[] {
  const l = kit.labels.handbook;
  const symbol = { everyone: '●', someone: '○', none: '' } as const;
  const blocks: Block[] = [h1(l.framework), p(l.frameworkIntro, 'lead')];
  for (const competency of kit.competencies) {
    const trainedIn = kit.assignments.filter((a) => a.competencies.some((c) => c.id === competency.id));
    blocks.push(
      h2(competency.name),
      { kind: 'paragraph', content: competency.description, keepNext: true },
      h3(l.indicators),
      bullets(competency.indicators),
    );
    if (trainedIn.length > 0) {
      blocks.push(
        p(
          [
            { text: `${l.trainedIn}: `, bold: true },
            trainedIn.map((a) => `${a.number}. ${a.title}`).join(' · '),
          ],
          'note',
        ),
      );
    }
  }
  blocks.push(
    { kind: 'heading', level: 2, text: kit.matrix.title, newPage: true },
    p(kit.matrix.intro, 'lead'),
    bullets(kit.stages.map((s) => [{ text: `${s.name}: `, bold: true }, s.description])),
    {
      kind: 'table',
      header: [l.competency, ...kit.stages.map((s) => s.name)],
      headerAlign: ['left', ...kit.stages.map(() => 'center' as const)],
      widths: [36, ...kit.stages.map(() => 16)],
      rows: kit.matrix.rows.map((row) => [
        { content: row.competency.name, bold: true, tint: true },
        ...row.levels.map((level) => ({ content: symbol[level], align: 'center' as const })),
      ]),
    },
    p([`${symbol.everyone} ${kit.matrix.everyone}   ${symbol.someone} ${kit.matrix.someone}`], 'note'),
  );
  return blocks;
}

export function handbookOutline(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: HandbookOptions,
  date: Date,
): DocumentSpec {
  const l = kit.labels.handbook;
  return kitDocumentSpec(
    {
      kit: { ...kit, versionLabel: kit.labels.version },
      title: `${kit.meta.title}: ${l.title}`,
      subject: kit.meta.subtitle,
      cover: { title: kit.meta.title, subtitle: kit.meta.subtitle, kind: l.title },
      labels: l,
      // Chapters only: every assignment chapter has the same seven sections, which would bury the rest.
      contentsLevels: 1,
      header: `${kit.meta.title} · ${l.title}`,
      body: [
        ...about(kit),
        ...outcomes(kit),
        ...preparation(kit),
        ...schedule(kit, options.start),
        ...kit.assignments.flatMap((a) => assignmentChapter(kit, a, options.start)),
        ...afterSession(kit),
        ...framework(kit),
        h1(l.checklist),
        p(kit.checklistLink, 'lead'),
      ],
    },
    theme,
    date,
  );
}

/** The chapter titles in order (level-1 headings): what the navigation pane and the TOC show. */
export function chapterTitles(spec: DocumentSpec): string[] {
  return spec.body.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
}
