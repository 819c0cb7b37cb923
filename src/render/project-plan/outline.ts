// The project plan draft as a document outline (pure): the plan's sections in order, each with its
// description and, per answered question of its areas, the question as a small heading and the answer;
// then the open points: every unanswered question, as a list to tick off.
import type { Answers } from '../../answers/model.js';
import type { LocalisedArea, LocalisedChecklist, LocalisedQuestion } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import type { Block, DocumentSpec } from '../docx/index.js';

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

/** An answer typed in a form keeps its line breaks: each line a paragraph. */
function answerParagraphs(answer: string): Block[] {
  return answer
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ kind: 'paragraph', content: line }));
}

export function planOutline(
  kit: LocalisedChecklist,
  answers: Answers,
  theme: Theme,
  date: Date,
): DocumentSpec {
  const areas = new Map(kit.areas.map((a) => [a.id, a]));
  const versionLine = `${kit.labels.version} ${kit.version} · ${date.toISOString().slice(0, 10)}`;
  const body: Block[] = [{ kind: 'paragraph', style: 'lead', content: kit.plan.intro }];
  const open: { title: string; items: string[] }[] = [];

  for (const section of kit.plan.sections) {
    body.push({ kind: 'heading', level: 1, text: section.title, newPage: false });
    body.push({ kind: 'paragraph', style: 'note', content: section.description });
    const questions = section.areas.flatMap((id) => {
      const area = areas.get(id);
      return area ? questionsOf(area, answers) : [];
    });
    for (const { number, question, answer } of questions) {
      if (!answer) continue;
      body.push({ kind: 'heading', level: 3, text: `${number} ${question.text}` });
      body.push(...answerParagraphs(answer));
    }
    const unanswered = questions.filter((q) => !q.answer);
    if (unanswered.length > 0) {
      open.push({ title: section.title, items: unanswered.map((q) => `${q.number} ${q.question.text}`) });
    }
  }

  body.push({ kind: 'heading', level: 1, text: kit.plan.openPointsTitle, newPage: false });
  body.push({ kind: 'paragraph', content: kit.plan.openPointsIntro, keepNext: true });
  for (const group of open) {
    body.push({ kind: 'heading', level: 2, text: group.title });
    body.push({ kind: 'list', style: 'check', items: group.items });
  }

  return {
    language: kit.language,
    title: kit.plan.title,
    subject: `${kit.meta.title}: ${kit.plan.title}`,
    version: kit.version,
    keywords: kit.meta.title,
    date,
    cover: {
      title: kit.plan.title,
      subtitle: kit.meta.title,
      kind: kit.meta.subtitle,
      ...(theme.organisation ? { organisation: theme.organisation.name } : {}),
      version: versionLine,
    },
    colophon: [
      { kind: 'paragraph', content: [{ text: `${kit.meta.title}: ${kit.plan.title}`, bold: true }] },
      { kind: 'paragraph', style: 'note', content: versionLine },
      { kind: 'paragraph', style: 'note', content: kit.meta.credits },
      { kind: 'paragraph', style: 'note', content: kit.meta.licence },
    ],
    header: `${kit.meta.title} · ${kit.plan.title}`,
    footer: theme.organisation ? `${theme.organisation.name} · ${versionLine}` : versionLine,
    body,
  };
}
