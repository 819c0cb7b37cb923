// The workshop deck of the Checklist Samen Data Delen, in the order of the session: the welcome, goal,
// agenda, the areas at a glance, how to use the tip cards and capture the answers, then every step of the
// workshop; after each round's step its areas' questions (numbered 1.1–8.6 as in the checklist, with their
// tip cards), and the task list where the group makes it. Facilitation texts are in the speaker notes. Pure, like every planner; the words come from the
// content, only clock times, numbers and punctuation are made here.
import { TASK_KEYS } from '../../answers/form-fields.js';
import type { LocalisedArea, LocalisedChecklist, LocalisedWorkshopStep } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import type { DeckSpec, SlideSpec } from '../pptx/model.js';
import type { FittedDeck } from '../pptx/paginate.js';
import { paginate } from '../pptx/paginate.js';
import type { Placement } from '../text-fitter.js';
import type { SessionDeckOptions } from '../session-deck/slides.js';
import { listItems, noteParagraph, SessionDeck } from '../session-deck/slides.js';

/** The step in which the group makes the task list: the deck shows the checklist's task list there. */
const TASKS_STEP = 'tasks-and-agreements';

/** Slide ids of the question slides: `area-3`, continued as `area-3-2`. The renderer colours them by area. */
export const areaSlideId = (area: { readonly number: number }) => `area-${area.number}`;

/** The area number a slide shows the questions of, from its id (continuations too); undefined otherwise. */
export function areaOfSlide(id: string): number | undefined {
  const match = /^area-(\d+)(?:-\d+)?$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

export type WorkshopDeckOptions = SessionDeckOptions;

export function planWorkshopDeck(
  kit: LocalisedChecklist,
  theme: Theme,
  options: WorkshopDeckOptions,
  date: Date,
): { deck: FittedDeck; diagnostics: Diagnostic[]; placements: readonly Placement[] } {
  return paginate(workshopDeckSpec(kit, theme, options, date), kit, theme, 'workshop deck');
}

export function workshopDeckSpec(
  kit: LocalisedChecklist,
  theme: Theme,
  options: WorkshopDeckOptions,
  date: Date,
): DeckSpec {
  const { labels, workshop } = kit;
  const deck = labels.deck;
  const session = new SessionDeck(kit, options, date);
  const whole = session.timing(0, kit.workshopMinutes);
  const slides: SlideSpec[] = [];

  slides.push(
    session.titleSlide({
      title: { text: workshop.title, field: 'workshop.title' },
      subtitle: { text: kit.meta.title, field: 'kit.title' },
      theme,
      notes: [noteParagraph(deck.audience, workshop.audience, 'workshop.audience'), whole],
    }),
  );

  // The deck runs as the session runs: welcome first, then what the day is for and how it goes, then
  // every step in turn; a round's slides carry its areas' questions, numbered as the checklist numbers them.
  const [first, ...rest] = workshop.steps;
  if (first) slides.push(stepSlide(kit, first, session));
  slides.push({
    id: 'goal',
    layout: 'content',
    title: { text: deck.goal, field: 'labels.deck.goal' },
    blocks: [
      { kind: 'paragraph', tone: 'lead', text: workshop.goal, field: 'workshop.goal' },
      { kind: 'heading', text: deck.result, field: 'labels.deck.result' },
      { kind: 'paragraph', text: workshop.result, field: 'workshop.result' },
    ],
    notes: [
      { heading: deck.preparation, bullets: listItems(workshop.preparation, 'workshop.preparation') },
      whole,
    ],
  });

  slides.push(
    session.agendaSlide(
      { text: deck.agenda, field: 'labels.deck.agenda' },
      workshop.steps.map((step) => ({
        title: { text: step.title, field: `workshop.steps.${step.id}.title` },
        startMinute: step.startMinute,
        minutes: step.minutes,
      })),
      [{ heading: deck.materials, bullets: listItems(workshop.materials, 'workshop.materials') }, whole],
    ),
  );

  slides.push({
    id: 'areas',
    layout: 'content',
    title: { text: deck.areas, field: 'labels.deck.areas' },
    blocks: [
      {
        kind: 'list',
        ordered: true,
        items: kit.areas.map((area) => ({ text: area.title, field: `areas.${area.id}.title` })),
      },
    ],
    notes: [noteParagraph(deck.facilitation, kit.introduction.purpose, 'introduction.purpose')],
  });

  slides.push({
    id: 'cards',
    layout: 'content',
    title: { text: deck.cards, field: 'labels.deck.cards' },
    blocks: [
      { kind: 'paragraph', tone: 'lead', text: workshop.usingTheCards, field: 'workshop.usingTheCards' },
    ],
    notes: [
      {
        heading: deck.facilitation,
        bullets: listItems(kit.introduction.howToUse, 'introduction.howToUse'),
      },
    ],
  });

  slides.push({
    id: 'capturing',
    layout: 'content',
    title: { text: deck.capturing, field: 'labels.deck.capturing' },
    blocks: [
      {
        kind: 'paragraph',
        tone: 'lead',
        text: workshop.capturingAnswers,
        field: 'workshop.capturingAnswers',
      },
    ],
    notes: [noteParagraph(deck.facilitation, kit.introduction.result, 'introduction.result')],
  });

  const inRounds = new Set(workshop.steps.flatMap((step) => step.areas));
  // A kit whose steps name no areas shows every area here, after the overview.
  if (inRounds.size === 0) slides.push(...kit.areas.map((area) => areaSlide(kit, area)));
  // What belongs to a step beyond its own slide: its areas' questions, the task list.
  const after = (step: LocalisedWorkshopStep): SlideSpec[] => [
    ...step.areas.flatMap((id) => kit.areas.filter((a) => a.id === id).map((area) => areaSlide(kit, area))),
    ...(step.id === TASKS_STEP ? [taskSlide(kit)] : []),
  ];
  if (first) slides.push(...after(first));
  for (const step of rest) slides.push(stepSlide(kit, step, session), ...after(step));

  return session.spec(workshop.title, kit.meta.title, slides);
}

/** A workshop step: its clock time and description, the facilitation in the notes. */
function stepSlide(kit: LocalisedChecklist, step: LocalisedWorkshopStep, session: SessionDeck): SlideSpec {
  const field = (key: string) => `workshop.steps.${step.id}.${key}`;
  return {
    id: `step-${step.id}`,
    layout: 'content',
    title: { text: step.title, field: field('title') },
    blocks: [
      {
        kind: 'paragraph',
        tone: 'muted',
        text: session.when(step.startMinute, step.minutes),
      },
      { kind: 'paragraph', tone: 'lead', text: step.description, field: field('description') },
    ],
    notes: [
      noteParagraph(kit.labels.deck.facilitation, step.facilitation, field('facilitation')),
      session.timing(step.startMinute, step.minutes),
    ],
  };
}

/**
 * An area's questions as a table: the checklist's number (on the area's colour), the question, and the
 * tip cards that help with it. The area's introduction and its cards are in the notes.
 */
function areaSlide(kit: LocalisedChecklist, area: LocalisedArea): SlideSpec {
  const { labels } = kit;
  return {
    id: areaSlideId(area),
    layout: 'content',
    title: { text: `${labels.area} ${area.number}: ${area.title}`, field: `areas.${area.id}.title` },
    blocks: [
      { kind: 'paragraph', tone: 'muted', text: area.intro, field: `areas.${area.id}.intro` },
      {
        kind: 'table',
        label: `${labels.area} ${area.number}: ${area.title}`,
        columns: [{ weight: 1, align: 'center' }, { weight: 8.4 }, { weight: 1.6, align: 'center' }],
        header: [
          { text: labels.deck.number, field: 'labels.deck.number' },
          { text: labels.question, field: 'labels.question' },
          { text: labels.tip, field: 'labels.tip' },
        ],
        rows: area.questions.map((q) => [
          { text: q.number, bold: true, shade: true },
          { text: q.text, field: `questions.${q.id}.text` },
          { text: q.tips.map((t) => t.code).join(', ') || '–', shade: true },
        ]),
      },
    ],
    // The area's tip cards by id and title; an area without cards gets its introduction again.
    notes: [
      area.tips.length > 0
        ? {
            heading: labels.tip,
            bullets: area.tips.map((tip) => ({
              text: `${tip.code} ${tip.title}`,
              field: `tips.${tip.id}.title`,
            })),
          }
        : noteParagraph(labels.deck.facilitation, area.intro, `areas.${area.id}.intro`),
    ],
  };
}

/** The checklist's task list, the same columns as its last page, for the group to fill in together. */
function taskSlide(kit: LocalisedChecklist): SlideSpec {
  const t = kit.labels.tasks;
  return {
    id: 'tasks',
    layout: 'content',
    title: { text: t.title, field: 'labels.tasks.title' },
    blocks: [
      { kind: 'paragraph', tone: 'lead', text: t.intro, field: 'labels.tasks.intro' },
      {
        kind: 'table',
        label: t.title,
        columns: [{ weight: 5 }, { weight: 2.4 }, { weight: 1.4 }, { weight: 1.2, align: 'center' }],
        header: TASK_KEYS.map((key) => ({ text: t[key], field: `labels.tasks.${key}` })),
        rows: [1, 2, 3].map(() => TASK_KEYS.map(() => ({ text: ' ' }))),
      },
    ],
    notes: [noteParagraph(t.agreements, t.agreementsHint, 'labels.tasks.agreementsHint')],
  };
}
