// The project plan as a document outline (pure): the team's own document, drafted from its answers to the
// checklist. The cover carries the project, the parties and the plan's own version and date; the page after
// it the plan's details, and one line naming the checklist it was drafted with (never the checklist's
// licence or credits, which are the checklist's, not the plan's). Then the plan's chapters, each with the
// answered questions of its areas under the checklist's numbers (area 3, question 3.4), answers typed as
// "- " lines as real lists; last the tasks and open points as one table: what, who, by when, which question.
import type { Answers, AnswersTask } from '../../answers/model.js';
import { taskQuestion } from '../../answers/model.js';
import type { LocalisedArea, LocalisedChecklist, LocalisedQuestion } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import type { Block, DocumentSpec, TableCell } from '../docx/index.js';
import { planDate, typedDate } from './dates.js';

export interface PlanOptions {
  /** The plan's own version, e.g. "0.1" for a first draft. */
  readonly version: string;
  /** The plan's date when the answers' cover gives none that can be read (SOURCE_DATE_EPOCH or today). */
  readonly date: Date;
}

/** The plan's first version: a draft. */
export const DEFAULT_PLAN_VERSION = '0.1';

interface NumberedQuestion {
  readonly number: string;
  readonly question: LocalisedQuestion;
  readonly answer?: string;
}

function questionsOf(area: LocalisedArea, answers: Answers): NumberedQuestion[] {
  return area.questions.map((question, i) => {
    const answer = answers.answers[question.id];
    return { number: `${area.number}.${i + 1}`, question, ...(answer ? { answer } : {}) };
  });
}

const LINE_BREAK = /\r\n|\r|\n/;
const BULLET = /^[-*•–]\s+(.*)$/u;
const NUMBERED = /^\d{1,2}[.)]\s+(.*)$/;

/**
 * An answer typed in a form, as blocks: lines typed as "- item" (or "* ", "• ") a bulleted list, lines
 * typed as "1. item" (or "1) ") a numbered one, every other line a paragraph of its own. A paragraph just
 * before a list stays with it on the page.
 */
export function answerBlocks(answer: string): Block[] {
  const blocks: Block[] = [];
  let list: { style: 'bullet' | 'number'; items: string[] } | undefined;
  const close = () => {
    if (list) blocks.push({ kind: 'list', style: list.style, items: list.items });
    list = undefined;
  };
  for (const raw of answer.split(LINE_BREAK)) {
    const line = raw.trim();
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = (bullet?.[1] ?? numbered?.[1])?.trim();
    if (item) {
      const style = bullet ? 'bullet' : 'number';
      if (list?.style !== style) {
        close();
        const before = blocks.at(-1);
        if (before?.kind === 'paragraph') blocks[blocks.length - 1] = { ...before, keepNext: true };
        list = { style, items: [] };
      }
      list.items.push(item);
    } else if (line && !/^[-*•–]$/u.test(line)) {
      close();
      blocks.push({ kind: 'paragraph', content: line });
    }
  }
  close();
  return blocks;
}

/** A text typed over several lines (parties, participants), as one line: "A, B, C". */
export function oneLine(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => line.trim().replace(BULLET, '$1').trim())
    .filter(Boolean)
    .join(', ')
    .replace(/,\s*,/g, ',');
}

function taskRow(task: AnswersTask, kit: LocalisedChecklist): TableCell[] {
  const question = task.question === undefined ? undefined : taskQuestion(task.question, kit);
  return [
    { content: question?.number ?? task.question ?? '', tint: true },
    { content: oneLine(task.what) },
    { content: task.who ? oneLine(task.who) : '' },
    { content: task.due ? typedDate(task.due, kit.language) : '' },
  ];
}

/** The plan's date as printed: the cover's date in the language's conventions, else the given date. */
export function planDateText(answers: Answers, kit: LocalisedChecklist, date: Date): string {
  const typed = answers.cover?.date;
  return typed ? typedDate(typed, kit.language) : planDate(date, kit.language);
}

export function planOutline(
  kit: LocalisedChecklist,
  answers: Answers,
  theme: Theme,
  options: PlanOptions,
): DocumentSpec {
  const plan = kit.plan;
  const cover = answers.cover ?? {};
  const organisation = theme.organisation;
  const project = cover.project ? oneLine(cover.project) : undefined;
  const parties = cover.parties ? oneLine(cover.parties) : undefined;
  const dateText = planDateText(answers, kit, options.date);
  const versionLine = `${kit.labels.version} ${options.version} · ${dateText}`;
  const areas = new Map(kit.areas.map((a) => [a.id, a]));
  const body: Block[] = [{ kind: 'paragraph', style: 'lead', content: plan.intro }];

  for (const section of plan.sections) {
    body.push({ kind: 'heading', level: 1, text: section.title, newPage: false });
    body.push({ kind: 'paragraph', style: 'note', content: section.description });
    let answeredInSection = 0;
    for (const id of section.areas) {
      const area = areas.get(id);
      if (!area) continue;
      const answered = questionsOf(area, answers).filter((q) => q.answer !== undefined);
      if (answered.length === 0) continue;
      answeredInSection += answered.length;
      // The checklist's own numbering: area 3 "De data zelf", its questions 3.1 … 3.6.
      body.push({ kind: 'heading', level: 2, text: `${area.number} ${area.title}` });
      for (const { number, question, answer } of answered) {
        body.push({ kind: 'heading', level: 3, text: `${number} ${question.text}` });
        body.push(...answerBlocks(answer ?? ''));
      }
    }
    if (answeredInSection === 0) body.push({ kind: 'paragraph', content: plan.noAnswers });
  }

  // Tasks first, in the order the team wrote them; then every unanswered question no task picks up.
  const tasks = answers.tasks ?? [];
  const pickedUp = new Set(
    tasks.flatMap((t) => (t.question ? [taskQuestion(t.question, kit)?.id ?? ''] : [])),
  );
  const rows: TableCell[][] = tasks.map((task) => taskRow(task, kit));
  for (const section of plan.sections) {
    for (const id of section.areas) {
      const area = areas.get(id);
      if (!area) continue;
      for (const { number, question, answer } of questionsOf(area, answers)) {
        if (answer === undefined && !pickedUp.has(question.id))
          rows.push([
            { content: number, tint: true },
            { content: question.text },
            { content: '' },
            { content: '' },
          ]);
      }
    }
  }
  body.push({ kind: 'heading', level: 1, text: plan.openPointsTitle, newPage: false });
  body.push({ kind: 'paragraph', content: plan.openPointsIntro, keepNext: true });
  const c = plan.columns;
  body.push(
    rows.length > 0
      ? { kind: 'table', header: [c.question, c.what, c.who, c.due], widths: [13, 43, 22, 22], rows }
      : { kind: 'paragraph', content: plan.nothingOpen },
  );

  const d = plan.details;
  const detail = (label: string, value: string | undefined): Block[] =>
    value ? [{ kind: 'paragraph', content: [{ text: `${label}: `, bold: true }, value] }] : [];
  const contact = organisation
    ? [organisation.name, organisation.contact].filter(Boolean).join(' · ')
    : undefined;
  const title = project ?? plan.untitled;

  return {
    language: kit.language,
    title: project ? `${plan.title}: ${project}` : plan.title,
    subject: parties ?? plan.title,
    version: options.version,
    ...(organisation ? { creator: organisation.name } : {}),
    date: options.date,
    cover: {
      title,
      subtitle: plan.title,
      ...(parties ? { kind: parties } : {}),
      ...(organisation ? { organisation: organisation.name } : {}),
      version: versionLine,
    },
    colophon: [
      { kind: 'paragraph', content: [{ text: d.title, bold: true }] },
      ...detail(d.project, project),
      ...detail(d.parties, parties),
      ...detail(d.date, dateText),
      ...detail(d.participants, cover.participants ? oneLine(cover.participants) : undefined),
      ...detail(d.version, options.version),
      ...detail(d.organisation, contact),
      // The one line about the checklist: what it was drafted with, which version, where to find it.
      {
        kind: 'paragraph',
        style: 'note',
        content: `${plan.draftedWith}, ${plan.checklistVersion} ${kit.version}${plan.link ? `: ${plan.link}` : ''}`,
      },
    ],
    header: project ? `${project} · ${plan.title}` : plan.title,
    footer: [organisation?.name, versionLine].filter(Boolean).join(' · '),
    body,
  };
}
