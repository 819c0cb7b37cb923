// The Data Team Start deck, slide by slide: what the team reads along with and what the facilitator says.
// Pure: a localised kit, the theme and the start time in; the fitted slides and diagnostics out. Every word
// comes from the content; only clock times, numbers and punctuation are made here.
import type { ClockMinutes } from '../../content/clock.js';
import { clockRange } from '../../content/clock.js';
import type { LocalisedAssignment, LocalisedDataTeamStart, ScheduleSlot } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import type { DeckSpec, NotesSection, SlideSpec, TableCell } from '../pptx/model.js';
import type { FittedDeck } from '../pptx/paginate.js';
import { paginate } from '../pptx/paginate.js';
import { agendaTable, listItems, timingNotes, titleSlide, versionLine } from '../pptx/slides.js';
import { exampleBlocks, exampleDiagnostics, exampleField, MATRIX_MARKS } from './example.js';

export interface DeckOptions {
  /** When the session starts: every clock time counts from here. */
  readonly start: ClockMinutes;
}

export { MATRIX_MARKS } from './example.js';

export function planDeck(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: DeckOptions,
  date: Date,
): { deck: FittedDeck; diagnostics: Diagnostic[] } {
  const { deck, diagnostics } = paginate(deckSpec(kit, theme, options, date), kit, theme, 'deck');
  return { deck, diagnostics: [...exampleDiagnostics(kit), ...diagnostics] };
}

/** The slide plan before measuring: exported for tests. */
/** The team of the example, one line per member: "Sanne Verbeek, projectleider". */
function exampleRowsText(a: LocalisedAssignment): string[] {
  return (a.example.rows ?? []).map((row) => Object.values(row).slice(0, 2).join(', '));
}

export function deckSpec(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: DeckOptions,
  date: Date,
): DeckSpec {
  const { labels, meta } = kit;
  const deck = labels.deck;
  const minutes = (m: number) => `${m} ${labels.minutes}`;
  const timing = (offset: number, length: number): NotesSection =>
    timingNotes(deck.timing, options.start, offset, length, labels.minutes, kit.language);
  const range = (offset: number, length: number) => clockRange(options.start, offset, length, kit.language);
  const slotField = (slot: ScheduleSlot, key: string) => `schedule.${slot.id}.${key}`;
  const list = listItems;

  const slides: SlideSpec[] = [];
  slides.push(
    titleSlide({
      title: { text: meta.title, field: 'kit.title' },
      subtitle: { text: meta.subtitle, field: 'kit.subtitle' },
      theme,
      versionLine: versionLine(kit.language, labels.version, kit.version, date),
      ...(meta.publisher || meta.licenceName
        ? {
            publisherLine: [
              meta.publisher ? `${labels.publishedBy} ${meta.publisher}` : '',
              meta.licenceName ? `${labels.licence} ${meta.licenceName}` : '',
            ]
              .filter(Boolean)
              .join(' · '),
          }
        : {}),
      notes: [
        {
          paragraphs: [
            { text: meta.credits, field: 'kit.credits' },
            { text: meta.licence, field: 'kit.licence' },
          ],
        },
        timing(0, kit.sessionMinutes),
      ],
    }),
  );

  const opening = kit.schedule.filter((s) => s.kind === 'opening');
  for (const slot of opening) {
    slides.push({
      id: `slot-${slot.id}`,
      layout: 'content',
      title: { text: slot.title, field: slotField(slot, 'title') },
      blocks: [{ kind: 'paragraph', tone: 'lead', text: kit.introduction.team, field: 'introduction.team' }],
      notes: [
        {
          heading: deck.introduce,
          paragraphs: [{ text: slot.description, field: slotField(slot, 'description') }],
        },
        timing(slot.startMinute, slot.minutes),
      ],
    });
  }
  const openingEnd = opening.reduce((end, s) => Math.max(end, s.startMinute + s.minutes), 0);

  slides.push({
    id: 'outcomes',
    layout: 'content',
    title: { text: deck.outcomes, field: 'labels.deck.outcomes' },
    blocks: [
      {
        kind: 'list',
        ordered: false,
        items: (['reflection', 'agreements', 'analyses'] as const).map((key) => ({
          text: kit.introduction.outcomes[key],
          field: `introduction.outcomes.${key}`,
        })),
      },
    ],
    notes: [
      {
        heading: deck.forFacilitators,
        paragraphs: [{ text: kit.introduction.facilitators, field: 'introduction.facilitators' }],
      },
      timing(0, openingEnd),
    ],
  });

  slides.push({
    id: 'how-to-use',
    layout: 'content',
    title: { text: labels.howToUse, field: 'labels.howToUse' },
    blocks: [
      { kind: 'list', ordered: false, items: list(kit.introduction.posterHowTo, 'introduction.posterHowTo') },
    ],
    notes: [
      {
        heading: deck.forFacilitators,
        bullets: kit.preparation.roles.map((role, i) => ({
          text: `${role.name}: ${role.description}`,
          field: `preparation.roles[${i}].description`,
        })),
      },
      timing(0, openingEnd),
    ],
  });

  slides.push({
    id: 'agenda',
    layout: 'content',
    title: { text: labels.schedule, field: 'labels.schedule' },
    blocks: [
      agendaTable(
        kit.schedule.map((slot) => ({
          title: {
            text:
              slot.assignmentNumber === undefined ? slot.title : `${slot.assignmentNumber}. ${slot.title}`,
            field: slot.kind === 'assignment' ? `assignments.${slot.id}.title` : slotField(slot, 'title'),
          },
          startMinute: slot.startMinute,
          minutes: slot.minutes,
          ...(slot.kind === 'assignment' ? { emphasis: 'strong' as const } : {}),
          ...(slot.kind === 'break' ? { emphasis: 'break' as const } : {}),
        })),
        options.start,
        { time: deck.time, activity: deck.activity, minutes: labels.minutes },
        labels.schedule,
        kit.language,
      ),
    ],
    notes: [
      {
        heading: deck.introduce,
        bullets: kit.schedule
          .filter((s) => s.kind !== 'assignment')
          .map((s) => ({ text: `${s.title}: ${s.description}`, field: slotField(s, 'description') })),
      },
      timing(0, kit.sessionMinutes),
    ],
  });

  slides.push({
    id: 'competencies',
    layout: 'content',
    title: { text: labels.competencies, field: 'labels.competencies' },
    blocks: [
      {
        kind: 'table',
        label: labels.competencies,
        columns: [{ weight: 1 }, { weight: 3.2 }],
        header: [],
        size: 'small',
        rows: kit.competencies.map((c): TableCell[] => [
          { text: c.name, field: `competencies.${c.id}.name`, bold: true, shade: true },
          { text: c.description, field: `competencies.${c.id}.description` },
        ]),
      },
    ],
    notes: [
      {
        heading: deck.introduce,
        bullets: kit.competencies.map((c) => ({
          text: `${c.name}: ${c.indicators[0] ?? ''}`,
          field: `competencies.${c.id}.indicators[0]`,
        })),
      },
    ],
  });

  slides.push({
    id: 'matrix',
    layout: 'content',
    title: { text: kit.matrix.title, field: 'matrix.title' },
    blocks: [
      {
        kind: 'table',
        label: kit.matrix.title,
        columns: [{ weight: 2.4 }, ...kit.stages.map(() => ({ weight: 1, align: 'center' as const }))],
        header: [
          { text: labels.competencies, field: 'labels.competencies' },
          ...kit.stages.map((s) => ({ text: s.name, field: `stages.${s.id}.name` })),
        ],
        rows: kit.matrix.rows.map((row): TableCell[] => [
          { text: row.competency.name, field: `competencies.${row.competency.id}.name`, bold: true },
          ...row.levels.map((level) => ({ text: MATRIX_MARKS[level], shade: level === 'everyone' })),
        ]),
      },
      {
        kind: 'paragraph',
        tone: 'muted',
        text: `${MATRIX_MARKS.everyone} ${kit.matrix.everyone}     ${MATRIX_MARKS.someone} ${kit.matrix.someone}`,
      },
    ],
    notes: [
      { heading: deck.introduce, paragraphs: [{ text: kit.matrix.intro, field: 'matrix.intro' }] },
      {
        bullets: kit.stages.map((s) => ({
          text: `${s.name}: ${s.description}`,
          field: `stages.${s.id}.description`,
        })),
      },
      {
        heading: labels.onThePoster,
        paragraphs: [{ text: kit.matrix.instruction, field: 'matrix.instruction' }],
      },
    ],
  });

  const example = kit.exampleCase;
  slides.push({
    id: 'example-case',
    layout: 'content',
    title: { text: `${deck.example}: ${example.name}`, field: 'exampleCase.name' },
    blocks: [
      { kind: 'paragraph', tone: 'lead', text: example.title, field: 'exampleCase.title' },
      { kind: 'paragraph', text: example.summary, field: 'exampleCase.summary' },
    ],
    notes: [
      {
        heading: deck.exampleNotes,
        bullets: kit.assignments
          .filter((a) => a.canvas.kind === 'table' && a.example.rows && a.canvas.columns[0]?.id === 'name')
          .flatMap((a) =>
            exampleRowsText(a).map((text, i) => ({ text, field: `${exampleField(a, 'rows')}[${i}]` })),
          ),
      },
    ],
  });

  for (const slot of kit.schedule) {
    if (slot.kind === 'assignment') {
      const a = kit.assignments.find((x) => x.id === slot.id);
      if (!a) continue;
      const field = (key: string) => `assignments.${a.id}.${key}`;
      slides.push({
        id: `assignment-${a.number}`,
        layout: 'section',
        title: { text: `${deck.assignment} ${a.number}: ${a.title}`, field: field('title') },
        subtitle: { text: a.summary, field: field('summary') },
        blocks: [
          {
            kind: 'paragraph',
            tone: 'muted',
            text: `${range(slot.startMinute, a.minutes)} · ${minutes(a.minutes)}`,
          },
          {
            kind: 'paragraph',
            tone: 'muted',
            text: `${labels.competencies}: ${a.competencies.map((c) => c.name).join(', ')}`,
          },
        ],
        notes: [
          {
            heading: deck.introduce,
            paragraphs: [{ text: a.facilitator.introduction, field: field('facilitator.introduction') }],
          },
          { heading: labels.materials, bullets: list(a.materials, field('materials')) },
          timing(slot.startMinute, a.minutes),
        ],
      });
      slides.push({
        id: `assignment-${a.number}-steps`,
        layout: 'content',
        title: { text: a.title, field: field('title') },
        blocks: [
          { kind: 'heading', text: labels.goal, field: 'labels.goal' },
          { kind: 'paragraph', text: a.goal, field: field('goal') },
          { kind: 'heading', text: labels.steps, field: 'labels.steps' },
          { kind: 'list', ordered: true, items: list(a.steps, field('steps')) },
          { kind: 'heading', text: labels.onThePoster, field: 'labels.onThePoster' },
          { kind: 'paragraph', text: a.poster, field: field('poster') },
        ],
        notes: [
          { heading: deck.watchFor, bullets: list(a.facilitator.watchFor, field('facilitator.watchFor')) },
          { heading: deck.debrief, bullets: list(a.facilitator.debrief, field('facilitator.debrief')) },
          timing(slot.startMinute, a.minutes),
        ],
      });
      slides.push({
        id: `assignment-${a.number}-example`,
        layout: 'content',
        title: { text: `${deck.example}: ${a.title}`, field: field('title') },
        blocks: [
          { kind: 'paragraph', tone: 'muted', text: `${example.name} · ${example.title}` },
          ...exampleBlocks(kit, a),
        ],
        notes: [
          {
            heading: deck.exampleNotes,
            paragraphs: [{ text: a.example.intro, field: exampleField(a, 'intro') }],
            ...(a.example.points ? { bullets: list(a.example.points, exampleField(a, 'points')) } : {}),
          },
        ],
      });
    } else if (slot.kind === 'break') {
      slides.push({
        id: `slot-${slot.id}`,
        layout: 'section',
        title: { text: slot.title, field: slotField(slot, 'title') },
        subtitle: { text: range(slot.startMinute, slot.minutes) },
        blocks: [
          { kind: 'paragraph', tone: 'muted', text: slot.description, field: slotField(slot, 'description') },
        ],
        notes: [
          {
            heading: deck.introduce,
            paragraphs: [{ text: slot.description, field: slotField(slot, 'description') }],
          },
          timing(slot.startMinute, slot.minutes),
        ],
      });
    } else if (slot.kind === 'closing') {
      slides.push({
        id: `slot-${slot.id}`,
        layout: 'content',
        title: { text: slot.title, field: slotField(slot, 'title') },
        blocks: [
          { kind: 'paragraph', tone: 'lead', text: slot.description, field: slotField(slot, 'description') },
          { kind: 'heading', text: deck.afterSession, field: 'labels.deck.afterSession' },
          { kind: 'paragraph', text: kit.afterSession.agreements, field: 'afterSession.agreements' },
        ],
        notes: [
          {
            heading: deck.afterSession,
            paragraphs: [{ text: kit.afterSession.intro, field: 'afterSession.intro' }],
          },
          { bullets: list(kit.afterSession.followUp, 'afterSession.followUp') },
          timing(slot.startMinute, slot.minutes),
        ],
      });
    }
  }

  return {
    language: kit.language,
    title: meta.title,
    subject: meta.subtitle,
    footer: `${meta.title} · ${labels.version} ${kit.version}`,
    version: kit.version,
    labels: { continued: deck.continued },
    slides,
  };
}
