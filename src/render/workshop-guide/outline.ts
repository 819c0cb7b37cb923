// The checklist workshop's facilitator guide: the localised Checklist Samen Data Delen, the theme and the
// workshop's start time → a DocumentSpec (plain data) in the shared DOCX house style. Pure; every word comes
// from the content.
import type { ClockMinutes } from '../../content/clock.js';
import { clockRange, formatClock } from '../../content/clock.js';
import type { LocalisedChecklist } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import type { Block, Content, DocumentSpec } from '../docx/index.js';
import { colophonBlocks, formatDate } from '../docx/index.js';

export interface WorkshopGuideOptions {
  /** When the workshop starts: the clock times in the programme and the steps. */
  readonly start: ClockMinutes;
}

const h1 = (text: string, newPage = true): Block => ({ kind: 'heading', level: 1, text, newPage });
const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });
const p = (content: Content, style?: 'lead' | 'note'): Block => ({
  kind: 'paragraph',
  content,
  ...(style ? { style } : {}),
});

export function workshopGuideOutline(
  kit: LocalisedChecklist,
  theme: Theme,
  options: WorkshopGuideOptions,
  date: Date,
): DocumentSpec {
  const l = kit.labels.guide;
  const w = kit.workshop;
  const start = options.start;
  const versionLine = `${kit.labels.version} ${kit.version} · ${formatDate(date, kit.language)}`;
  const title = `${w.title}: ${l.title}`;
  const body: Block[] = [
    h1(l.goal),
    p(w.goal, 'lead'),
    h2(l.audience),
    p(w.audience),
    h2(l.aboutChecklist),
    p(kit.introduction.purpose),
    { kind: 'list', style: 'bullet', items: kit.introduction.howToUse },

    h1(l.preparation),
    { kind: 'list', style: 'number', items: w.preparation },
    h2(l.materials),
    { kind: 'list', style: 'check', items: w.materials },

    h1(l.schedule),
    p(`${l.startsAt} ${formatClock(start)}.`),
    {
      kind: 'table',
      header: [l.time, l.activity, l.duration],
      widths: [17, 69, 14],
      rows: w.steps.map((step) => [
        { content: clockRange(start, step.startMinute, step.minutes), tint: true },
        { content: [{ text: step.title, bold: true }] },
        { content: `${step.minutes} ${kit.labels.minutes}` },
      ]),
    },

    h1(l.steps),
    ...w.steps.flatMap((step): Block[] => [
      h2(step.title),
      p([
        { text: `${l.duration}: `, bold: true },
        `${step.minutes} ${kit.labels.minutes} (${clockRange(start, step.startMinute, step.minutes)})`,
      ]),
      p(step.description),
      h3(l.facilitation),
      p(step.facilitation),
    ]),

    h1(l.cards),
    p(w.usingTheCards),
    h1(l.capturing, false),
    p(w.capturingAnswers),

    h1(l.areas),
    ...kit.areas.flatMap((area): Block[] => [
      h2(`${area.number}. ${area.title}`),
      p(area.intro),
      h3(l.questions),
      { kind: 'list', style: 'number', items: area.questions.map((q) => q.text) },
    ]),

    h1(l.result),
    p(w.result, 'lead'),
    p(kit.introduction.result),
  ];
  return {
    language: kit.language,
    title,
    subject: kit.meta.title,
    version: kit.version,
    ...(theme.organisation ? { creator: theme.organisation.name } : {}),
    date,
    cover: {
      title: w.title,
      subtitle: kit.meta.subtitle,
      kind: l.title,
      ...(theme.organisation ? { organisation: theme.organisation.name } : {}),
      version: versionLine,
    },
    colophon: colophonBlocks(
      {
        title,
        subtitle: kit.meta.title,
        version: kit.version,
        language: kit.language,
        credits: kit.meta.credits,
        licence: kit.meta.licence,
        labels: { ...l, version: kit.labels.version },
      },
      theme,
      date,
    ),
    contentsTitle: l.contents,
    contentsLevels: 2,
    header: title,
    footer: theme.organisation
      ? `${theme.organisation.name} · ${kit.labels.version} ${kit.version}`
      : versionLine,
    body,
  };
}
