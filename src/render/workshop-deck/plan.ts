// The workshop deck of the Checklist Samen Data Delen: goal, agenda with clock times, how to use the tip
// cards, capturing the answers, the question areas with their questions, and every step of the workshop,
// with the facilitation texts in the speaker notes. Pure, like every planner; the words come from the
// content, only clock times, numbers and punctuation are made here.
import type { ClockMinutes } from '../../content/clock.js';
import { clockRange } from '../../content/clock.js';
import type { LocalisedChecklist } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import type { DeckSpec, NotesSection, SlideSpec } from '../pptx/model.js';
import type { FittedDeck } from '../pptx/paginate.js';
import { paginate } from '../pptx/paginate.js';
import { agendaTable, listItems, timingNotes, titleSlide, versionLine } from '../pptx/slides.js';

export interface WorkshopDeckOptions {
  /** When the workshop starts: every clock time counts from here. */
  readonly start: ClockMinutes;
}

export function planWorkshopDeck(
  kit: LocalisedChecklist,
  theme: Theme,
  options: WorkshopDeckOptions,
  date: Date,
): { deck: FittedDeck; diagnostics: Diagnostic[] } {
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
  const timing = (offset: number, minutes: number): NotesSection =>
    timingNotes(deck.timing, options.start, offset, minutes, labels.minutes);
  const whole = timing(0, kit.workshopMinutes);
  const slides: SlideSpec[] = [];

  slides.push(
    titleSlide({
      title: { text: workshop.title, field: 'workshop.title' },
      subtitle: { text: kit.meta.title, field: 'kit.title' },
      theme,
      versionLine: versionLine(kit.language, labels.version, kit.version, date),
      notes: [
        { heading: deck.audience, paragraphs: [{ text: workshop.audience, field: 'workshop.audience' }] },
        whole,
      ],
    }),
  );

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

  slides.push({
    id: 'agenda',
    layout: 'content',
    title: { text: deck.agenda, field: 'labels.deck.agenda' },
    blocks: [
      agendaTable(
        workshop.steps.map((step) => ({
          title: { text: step.title, field: `workshop.steps.${step.id}.title` },
          startMinute: step.startMinute,
          minutes: step.minutes,
        })),
        options.start,
        { time: deck.time, activity: deck.activity, minutes: labels.minutes },
        deck.agenda,
      ),
    ],
    notes: [{ heading: deck.materials, bullets: listItems(workshop.materials, 'workshop.materials') }, whole],
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
    notes: [
      {
        heading: deck.facilitation,
        paragraphs: [{ text: kit.introduction.result, field: 'introduction.result' }],
      },
    ],
  });

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
    notes: [
      {
        heading: deck.facilitation,
        paragraphs: [{ text: kit.introduction.purpose, field: 'introduction.purpose' }],
      },
    ],
  });

  for (const area of kit.areas) {
    slides.push({
      id: `area-${area.number}`,
      layout: 'content',
      title: { text: `${labels.area} ${area.number}: ${area.title}`, field: `areas.${area.id}.title` },
      blocks: [
        { kind: 'paragraph', tone: 'muted', text: area.intro, field: `areas.${area.id}.intro` },
        {
          kind: 'list',
          ordered: true,
          items: area.questions.map((q) => ({ text: q.text, field: `questions.${q.id}.text` })),
        },
      ],
      // Which tip cards go with this area; an area without cards gets its introduction instead.
      notes: [
        area.tips.length > 0
          ? {
              heading: labels.tip,
              bullets: area.tips.map((tip) => ({ text: tip.title, field: `tips.${tip.id}.title` })),
            }
          : {
              heading: deck.facilitation,
              paragraphs: [{ text: area.intro, field: `areas.${area.id}.intro` }],
            },
      ],
    });
  }

  for (const step of workshop.steps) {
    const field = (key: string) => `workshop.steps.${step.id}.${key}`;
    slides.push({
      id: `step-${step.id}`,
      layout: 'content',
      title: { text: step.title, field: field('title') },
      blocks: [
        {
          kind: 'paragraph',
          tone: 'muted',
          text: `${clockRange(options.start, step.startMinute, step.minutes)} · ${step.minutes} ${labels.minutes}`,
        },
        { kind: 'paragraph', tone: 'lead', text: step.description, field: field('description') },
      ],
      notes: [
        {
          heading: deck.facilitation,
          paragraphs: [{ text: step.facilitation, field: field('facilitation') }],
        },
        timing(step.startMinute, step.minutes),
      ],
    });
  }

  return {
    language: kit.language,
    title: workshop.title,
    subject: kit.meta.title,
    footer: `${workshop.title} · ${labels.version} ${kit.version}`,
    version: kit.version,
    labels: { continued: deck.continued },
    slides,
  };
}
