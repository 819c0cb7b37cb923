// The checklist workshop's facilitator guide: the localised Checklist Samen Data Delen, the theme and the
// workshop's start time → a DocumentSpec (plain data) in the shared DOCX house style. Pure; every word comes
// from the content.
import type { ClockMinutes } from '../../content/clock.js';
import type { LocalisedChecklist } from '../../content/model.js';
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
import { TASK_KEYS } from '../../answers/form-fields.js';
import { TASK_COLUMN_SHARES } from '../checklist/record.js';

/** Rows of the printed task list: a page of them. */
const GUIDE_TASK_ROWS = 10;
/** Lines to write the agreements on, under the task list. */
const AGREEMENT_LINES = 6;

export interface WorkshopGuideOptions {
  /** When the workshop starts: the clock times in the programme and the steps. */
  readonly start: ClockMinutes;
}

export function workshopGuideOutline(
  kit: LocalisedChecklist,
  theme: Theme,
  options: WorkshopGuideOptions,
  date: Date,
): DocumentSpec {
  const l = kit.labels.guide;
  const t = kit.labels.tasks;
  const w = kit.workshop;
  const start = options.start;
  const title = `${w.title}: ${l.title}`;
  const body: Block[] = [
    h1(l.goal),
    p(w.goal, 'lead'),
    h2(l.audience),
    p(w.audience),
    h2(l.aboutChecklist),
    p(kit.introduction.purpose),
    bullets(kit.introduction.howToUse),

    h1(l.preparation),
    numbered(w.preparation),
    h2(l.materials),
    checks(w.materials),

    h1(l.schedule),
    ...scheduleBlocks(
      w.steps.map((step) => ({ ...step, title: [{ text: step.title, bold: true }] })),
      start,
      kit.language,
      { ...l, minutes: kit.labels.minutes },
    ),

    h1(l.steps),
    ...w.steps.flatMap((step): Block[] => [
      h2(step.title),
      durationBlock(l.duration, step, start, kit.language, kit.labels.minutes),
      p(step.description),
      // A round names its areas, as numbered in the checklist and in the chapter on the areas.
      ...(step.areas.length > 0
        ? [
            p([
              { text: `${l.areas}: `, bold: true },
              kit.areas
                .filter((a) => step.areas.includes(a.id))
                .map((a) => `${a.number}. ${a.title}`)
                .join(', '),
            ]),
          ]
        : []),
      h3(l.facilitation),
      p(step.facilitation),
    ]),
    // How to use the cards and capture the answers: part of running the session, on from the steps.
    h1(l.cards, false),
    p(w.usingTheCards),
    h2(l.capturing),
    p(w.capturingAnswers),

    h1(l.areas, false),
    ...kit.areas.flatMap((area): Block[] => [
      h2(`${area.number}. ${area.title}`),
      p(area.intro),
      {
        kind: 'table',
        header: [kit.labels.deck.number, kit.labels.question, kit.labels.tip],
        headerAlign: ['center', 'left', 'center'],
        widths: [10, 76, 14],
        rows: area.questions.map((q) => [
          { content: q.number, tint: true, bold: true, align: 'center' },
          { content: q.text },
          { content: q.tips.map((t) => t.code).join(', ') || '–', align: 'center' },
        ]),
      },
    ]),

    h1(l.result, false),
    p(w.result, 'lead'),
    p(kit.introduction.result),

    // The task list to print for the wall or each table: the columns of the checklist's last page.
    h1(l.taskTemplate),
    p(t.intro),
    {
      kind: 'table',
      header: ['', ...TASK_KEYS.map((key) => t[key])],
      widths: [6, ...TASK_KEYS.map((key) => TASK_COLUMN_SHARES[key] * 94)],
      rows: Array.from({ length: GUIDE_TASK_ROWS }, (_, i) => [
        { content: String(i + 1), tint: true, align: 'center' as const },
        // Two empty lines: room to write by hand.
        ...TASK_KEYS.map(() => ({ content: '\n' })),
      ]),
    },
    // The agreements: a box with room to write under the tasks, as on the checklist's last page.
    {
      kind: 'table',
      header: [t.agreements],
      widths: [1],
      rows: [[{ content: [{ text: t.agreementsHint, italic: true }, '\n'.repeat(AGREEMENT_LINES)] }]],
    },
  ];
  return kitDocumentSpec(
    {
      kit: { ...kit, versionLabel: kit.labels.version },
      title,
      subject: kit.meta.title,
      cover: { title: w.title, subtitle: kit.meta.subtitle, kind: l.title },
      labels: l,
      contentsLevels: 2,
      header: title,
      body,
    },
    theme,
    date,
  );
}
