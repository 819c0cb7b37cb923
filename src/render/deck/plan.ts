// The Data Team Start deck, slide by slide: what the team reads along with and what the facilitator says.
// Pure: a localised kit, the theme and the start time in; the fitted slides and diagnostics out. Every word
// comes from the content; only clock times, numbers and punctuation are made here.
import type { LocalisedAssignment, LocalisedDataTeamStart, ScheduleSlot } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import type { DeckSpec, SlideSpec, TableCell } from '../pptx/model.js';
import type { FittedDeck } from '../pptx/paginate.js';
import { paginate } from '../pptx/paginate.js';
import type { Placement } from '../text-fitter.js';
import type { SessionDeckOptions } from '../session-deck/slides.js';
import { listItems, noteParagraph, SessionDeck } from '../session-deck/slides.js';
import { exampleBlocks, exampleDiagnostics, exampleField, MATRIX_MARKS } from './example.js';

export type DeckOptions = SessionDeckOptions;

export { MATRIX_MARKS } from './example.js';

export function planDeck(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: DeckOptions,
  date: Date,
): { deck: FittedDeck; diagnostics: Diagnostic[]; placements: readonly Placement[] } {
  const { deck, diagnostics, placements } = paginate(deckSpec(kit, theme, options, date), kit, theme, 'deck');
  return { deck, diagnostics: [...exampleDiagnostics(kit), ...diagnostics], placements };
}

/** The team of the example, one line per member: "Sanne Verbeek, projectleider". */
function exampleRowsText(a: LocalisedAssignment): string[] {
  return (a.example.rows ?? []).map((row) => Object.values(row).slice(0, 2).join(', '));
}

/** The slide plan before measuring: exported for tests. */
export function deckSpec(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: DeckOptions,
  date: Date,
): DeckSpec {
  const { labels, meta } = kit;
  const deck = labels.deck;
  const session = new SessionDeck(kit, options, date);
  const slotField = (slot: ScheduleSlot, key: string) => `schedule.${slot.id}.${key}`;
  const list = listItems;

  const slides: SlideSpec[] = [];
  slides.push(
    session.titleSlide({
      title: { text: meta.title, field: 'kit.title' },
      subtitle: { text: meta.subtitle, field: 'kit.subtitle' },
      theme,
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
        session.timing(0, kit.sessionMinutes),
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
        noteParagraph(deck.introduce, slot.description, slotField(slot, 'description')),
        session.timing(slot.startMinute, slot.minutes),
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
      noteParagraph(deck.forFacilitators, kit.introduction.facilitators, 'introduction.facilitators'),
      session.timing(0, openingEnd),
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
      session.timing(0, openingEnd),
    ],
  });

  slides.push(
    session.agendaSlide(
      { text: labels.schedule, field: 'labels.schedule' },
      kit.schedule.map((slot) => ({
        title: {
          text: slot.assignmentNumber === undefined ? slot.title : `${slot.assignmentNumber}. ${slot.title}`,
          field: slot.kind === 'assignment' ? `assignments.${slot.id}.title` : slotField(slot, 'title'),
        },
        startMinute: slot.startMinute,
        minutes: slot.minutes,
        ...(slot.kind === 'assignment' ? { emphasis: 'strong' as const } : {}),
        ...(slot.kind === 'break' ? { emphasis: 'break' as const } : {}),
      })),
      [
        {
          heading: deck.introduce,
          bullets: kit.schedule
            .filter((s) => s.kind !== 'assignment')
            .map((s) => ({ text: `${s.title}: ${s.description}`, field: slotField(s, 'description') })),
        },
        session.timing(0, kit.sessionMinutes),
      ],
    ),
  );

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
      noteParagraph(deck.introduce, kit.matrix.intro, 'matrix.intro'),
      {
        bullets: kit.stages.map((s) => ({
          text: `${s.name}: ${s.description}`,
          field: `stages.${s.id}.description`,
        })),
      },
      noteParagraph(labels.onThePoster, kit.matrix.instruction, 'matrix.instruction'),
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
            text: session.when(slot.startMinute, a.minutes),
          },
          {
            kind: 'paragraph',
            tone: 'muted',
            text: `${labels.competencies}: ${a.competencies.map((c) => c.name).join(', ')}`,
          },
        ],
        notes: [
          noteParagraph(deck.introduce, a.facilitator.introduction, field('facilitator.introduction')),
          { heading: labels.materials, bullets: list(a.materials, field('materials')) },
          session.timing(slot.startMinute, a.minutes),
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
          session.timing(slot.startMinute, a.minutes),
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
        subtitle: { text: session.range(slot.startMinute, slot.minutes) },
        blocks: [
          { kind: 'paragraph', tone: 'muted', text: slot.description, field: slotField(slot, 'description') },
        ],
        notes: [
          noteParagraph(deck.introduce, slot.description, slotField(slot, 'description')),
          session.timing(slot.startMinute, slot.minutes),
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
          noteParagraph(deck.afterSession, kit.afterSession.intro, 'afterSession.intro'),
          { bullets: list(kit.afterSession.followUp, 'afterSession.followUp') },
          session.timing(slot.startMinute, slot.minutes),
        ],
      });
    }
  }

  return session.spec(meta.title, meta.subtitle, slides);
}
