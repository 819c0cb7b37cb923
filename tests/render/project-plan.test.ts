// The project plan is the team's document: its cover carries the project, parties and the plan's own
// version and date; the checklist's licence and credits are not on it (one line names the checklist); typed
// "- " lines are real lists; the checklist's numbers; the tasks and open points table; the brand.
import { describe, expect, it } from 'vitest';
import { coverage, coverageWarnings } from '../../src/answers/coverage.js';
import type { Answers } from '../../src/answers/model.js';
import type { LocalisedChecklist } from '../../src/content/model.js';
import { documentParts } from '../../src/render/docx/emit.js';
import { StyleId } from '../../src/render/docx/index.js';
import { parseTypedDate, typedDate } from '../../src/render/project-plan/dates.js';
import { answerBlocks, planOutline } from '../../src/render/project-plan/outline.js';
import type { Theme } from '../../src/theme/theme.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { shippedChecklist } from '../helpers/checklist.js';
import type { Paragraph } from '../helpers/docx.js';
import { paragraphsOf, tablesOf } from '../helpers/docx.js';

const date = new Date('2026-11-25T00:00:00Z');

function answersFor(kit: LocalisedChecklist, extra: Partial<Answers> = {}): Answers {
  return {
    kit: kit.id,
    version: kit.version,
    language: kit.language,
    answers: {},
    ...extra,
  };
}

function render(kit: LocalisedChecklist, answers: Answers, theme: Theme = defaultTheme(), version = '0.1') {
  const spec = planOutline(kit, answers, theme, { version, date });
  const parts = documentParts(spec, theme, { embedFonts: false });
  const part = (name: string) => parts.get(name)?.toString('utf8') ?? '';
  const document = part('word/document.xml');
  // The cover and the colophon are the first two sections: each ends with the paragraph holding its break.
  const sectionEnd = (from: number) =>
    document.indexOf('</w:p>', document.indexOf('</w:sectPr>', from)) + '</w:p>'.length;
  const coverEnd = sectionEnd(0);
  const colophonEnd = sectionEnd(coverEnd);
  return {
    spec,
    document,
    cover: paragraphsOf(document.slice(0, coverEnd)),
    colophon: paragraphsOf(document.slice(coverEnd, colophonEnd)),
    body: paragraphsOf(document.slice(colophonEnd)),
    all:
      paragraphsOf(document)
        .map((p) => p.text)
        .join('\n') +
      part('word/footer1.xml') +
      part('word/header1.xml'),
    core: part('docProps/core.xml'),
    footer: part('word/footer1.xml'),
  };
}

const cover = {
  project: 'Samen eerder bij schulden',
  parties: '- Gemeente Voorbeeldstad\n- Kredietbank Voorbeeldstad\n- Waterbedrijf Rivierenland',
  date: '2026-12-03',
  participants: 'Anna de Vries\nKarim El Idrissi',
};

const texts = (ps: readonly Paragraph[]) => ps.map((p) => p.text);

describe('the plan’s cover and details', () => {
  it('carry the answers’ project, parties and date, and the plan’s own version, in Dutch and English', async () => {
    for (const [language, when] of [
      ['nl', '3 december 2026'],
      ['en', '3 December 2026'],
    ] as const) {
      const kit = await shippedChecklist(language);
      const plan = render(kit, answersFor(kit, { cover }), defaultTheme(), '0.2');
      expect(texts(plan.cover)).toEqual([
        cover.project,
        kit.plan.title,
        'Gemeente Voorbeeldstad, Kredietbank Voorbeeldstad, Waterbedrijf Rivierenland',
        `${kit.labels.version} 0.2 · ${when}`,
      ]);
      const d = kit.plan.details;
      expect(texts(plan.colophon)).toEqual([
        d.title,
        `${d.project}: ${cover.project}`,
        `${d.parties}: Gemeente Voorbeeldstad, Kredietbank Voorbeeldstad, Waterbedrijf Rivierenland`,
        `${d.date}: ${when}`,
        `${d.participants}: Anna de Vries, Karim El Idrissi`,
        `${d.version}: 0.2`,
        // The checklist has no permanent address yet: the line names none rather than a made-up one.
        `${kit.plan.draftedWith}, ${kit.plan.checklistVersion} ${kit.version}`,
      ]);
      expect(plan.core).toContain(`<dc:title>${kit.plan.title}: ${cover.project}</dc:title>`);
      expect(plan.core).toContain('<cp:version>0.2</cp:version>');
      expect(plan.footer).toContain(`${kit.labels.version} 0.2 · ${when}`);
      // The checklist's own version and release date are not the plan's.
      expect(texts(plan.cover).join(' ')).not.toContain(kit.version);
    }
  });

  it('without a cover: a placeholder for the project, and the given date in the language', async () => {
    const kit = await shippedChecklist('nl');
    const plan = render(kit, answersFor(kit));
    expect(texts(plan.cover)).toEqual([kit.plan.untitled, kit.plan.title, 'Versie 0.1 · 25 november 2026']);
    expect(plan.core).toContain(`<dc:title>${kit.plan.title}</dc:title>`);
  });

  it('never carries the checklist’s licence or funding credits: one line names the checklist', async () => {
    for (const language of ['nl', 'en']) {
      const kit = await shippedChecklist(language);
      const { all } = render(
        kit,
        answersFor(kit, { cover, answers: { 'goal-success': 'Minder schulden.' } }),
      );
      for (const credit of [
        kit.meta.licence,
        kit.meta.credits,
        'Creative Commons',
        'CC BY-NC-SA',
        'Universiteit Utrecht',
        'Utrecht University',
        'A&amp;O-fonds',
        'A&O-fonds',
        'Gouda',
      ])
        expect(all, `${language}: ${credit}`).not.toContain(credit);
      expect(all.split(kit.meta.title).length - 1, `${language}: the checklist named once`).toBe(1);
      expect(all).toContain(`${kit.plan.draftedWith}, ${kit.plan.checklistVersion} ${kit.version}`);
      expect(all).not.toContain('https://');
    }
  });

  it('with a brand: the organisation’s name on the cover and in the footer, its contact in the details', async () => {
    const kit = await shippedChecklist('nl');
    const theme: Theme = {
      ...defaultTheme(),
      organisation: { name: 'Gemeente Voorbeeldstad', contact: 'datateam@voorbeeldstad.nl' },
    };
    const plan = render(kit, answersFor(kit, { cover }), theme);
    expect(plan.cover.filter((p) => p.style === StyleId.coverMeta).map((p) => p.text)).toEqual([
      'Gemeente Voorbeeldstad',
      'Versie 0.1 · 3 december 2026',
    ]);
    expect(texts(plan.colophon)).toContain(
      `${kit.plan.details.organisation}: Gemeente Voorbeeldstad · datateam@voorbeeldstad.nl`,
    );
    expect(plan.footer).toContain('Gemeente Voorbeeldstad · Versie 0.1 · 3 december 2026');
    expect(plan.core).toContain('<dc:creator>Gemeente Voorbeeldstad</dc:creator>');
  });
});

describe('the plan’s body', () => {
  it('numbers areas and questions as the checklist does, and an empty chapter says so', async () => {
    const kit = await shippedChecklist('nl');
    const data = kit.areas[2];
    const technical = kit.areas[5];
    if (!data || !technical) throw new Error('areas missing');
    const answers = {
      [data.questions[3]?.id ?? '']: 'Huurdata is volledig.',
      [technical.questions[0]?.id ?? '']: 'Via een vertrouwde derde partij.',
    };
    const { body } = render(kit, answersFor(kit, { answers }));
    const headings = body
      .filter((p) => p.style === StyleId.heading2 || p.style === StyleId.heading3)
      .map((p) => p.text);
    expect(headings).toEqual([
      `3 ${data.title}`,
      `3.4 ${data.questions[3]?.text}`,
      `6 ${technical.title}`,
      `6.1 ${technical.questions[0]?.text}`,
    ]);
    // Five chapters without an answer, each saying so.
    expect(body.filter((p) => p.text === kit.plan.noAnswers)).toHaveLength(kit.plan.sections.length - 1);
  });

  it('turns answers typed as "- " lines into bullets and "1. " lines into a numbered list', async () => {
    const kit = await shippedChecklist('nl');
    const id = kit.areas[0]?.questions[0]?.id ?? '';
    const other = kit.areas[0]?.questions[1]?.id ?? '';
    const answer =
      'Samen zien we:\n- huurachterstanden;\n* waterrekeningen;\n\n• schuldhulp.\nDaarna de rest.';
    const { body } = render(
      kit,
      answersFor(kit, { answers: { [id]: answer, [other]: '1. eerst\n2) dan\n3. tot slot' } }),
    );
    const at = body.findIndex((p) => p.text === 'Samen zien we:');
    expect(body.slice(at, at + 5).map((p) => [p.style, p.text, p.listed])).toEqual([
      [StyleId.normal, 'Samen zien we:', false],
      [StyleId.listBullet, 'huurachterstanden;', true],
      [StyleId.listBullet, 'waterrekeningen;', true],
      [StyleId.listBullet, 'schuldhulp.', true],
      [StyleId.normal, 'Daarna de rest.', false],
    ]);
    const numbered = body.filter((p) => p.style === StyleId.listNumber);
    expect(numbered.map((p) => p.text)).toEqual(['eerst', 'dan', 'tot slot']);
    expect(new Set(numbered.map((p) => p.numId)).size).toBe(1);
    expect(numbered[0]?.numId).not.toBe(body[at + 1]?.numId);
  });

  it('keeps a line that only looks like a list ("-5 °C", "2026. ") as text, and drops a lone "-"', () => {
    expect(answerBlocks('-5 graden\n-\n2026. Start')).toEqual([
      { kind: 'paragraph', content: '-5 graden' },
      { kind: 'paragraph', content: '2026. Start' },
    ]);
  });

  it('ends with the tasks and open points as one table: question, what, who, by when', async () => {
    for (const [language, due] of [
      ['nl', '15 januari 2027'],
      ['en', '15 January 2027'],
    ] as const) {
      const kit = await shippedChecklist(language);
      const ids = kit.areas.flatMap((a) => a.questions.map((q) => q.id));
      // Everything answered but 4.2 and 8.6; a task picks up 4.2, another refers to no question.
      const law = kit.areas[3];
      const last = kit.areas[7];
      if (!law || !last) throw new Error('areas missing');
      const open = [law.questions[1]?.id, last.questions[5]?.id];
      const answers = Object.fromEntries(ids.filter((id) => !open.includes(id)).map((id) => [id, 'Ja.']));
      const tasks = [
        { what: 'Grondslag uitzoeken', who: 'Fatima Ouali (FG)', due: '2027-01-15', question: '4.2' },
        { what: 'Klankbordgroep samenstellen', due: 'eind januari' },
        { what: 'Bewaartermijnen afspreken', question: 'results-data-afterwards' },
      ];
      const { document, body } = render(kit, answersFor(kit, { answers, tasks }));
      const c = kit.plan.columns;
      expect(tablesOf(document)).toEqual([
        [
          [c.question, c.what, c.who, c.due],
          ['4.2', 'Grondslag uitzoeken', 'Fatima Ouali (FG)', due],
          ['', 'Klankbordgroep samenstellen', '', 'eind januari'],
          ['8.6', 'Bewaartermijnen afspreken', '', ''],
        ],
      ]);
      expect(body.filter((p) => p.style === StyleId.heading1).at(-1)?.text).toBe(kit.plan.openPointsTitle);
    }
  });

  it('lists every unanswered question no task picks up, by its number, with room for who and when', async () => {
    const kit = await shippedChecklist('nl');
    const { document } = render(kit, answersFor(kit));
    const [table] = tablesOf(document);
    const numbers = kit.areas.flatMap((a) =>
      a.questions.map((q, i) => [`${a.number}.${i + 1}`, q.text, '', '']),
    );
    // In the plan's chapter order, which takes area 6 (technology) with area 3 (data).
    const order = kit.plan.sections.flatMap((s) =>
      s.areas.map((id) => kit.areas.findIndex((a) => a.id === id) + 1),
    );
    const sorted = [...numbers].sort(
      (a, b) => order.indexOf(Number(a[0]?.split('.')[0])) - order.indexOf(Number(b[0]?.split('.')[0])),
    );
    expect(table?.slice(1)).toEqual(sorted);
  });
});

describe('how much of the checklist is answered', () => {
  it('warns when nothing, or fewer than a quarter of the questions, is answered, and when no project is named', async () => {
    const kit = await shippedChecklist('nl');
    const ids = kit.areas.flatMap((a) => a.questions.map((q) => q.id));
    const some = (n: number) =>
      answersFor(kit, { cover, answers: Object.fromEntries(ids.slice(0, n).map((id) => [id, 'x'])) });
    expect(coverageWarnings(some(0), kit, 'a.yaml').map((d) => d.message)).toEqual([
      `answers no question: the plan lists all ${ids.length} questions as open points`,
    ]);
    const quarter = Math.ceil(ids.length / 4);
    expect(coverageWarnings(some(quarter - 1), kit, 'a.yaml').map((d) => d.message)).toEqual([
      `answers only ${quarter - 1} of ${ids.length} questions, fewer than a quarter: the plan is nearly empty, and ${ids.length - quarter + 1} questions are open points`,
    ]);
    expect(coverageWarnings(some(quarter), kit, 'a.yaml')).toEqual([]);
    expect(coverage(some(quarter), kit)).toEqual({ answered: quarter, total: ids.length });
    const unnamed = coverageWarnings({ ...some(ids.length), cover: {} }, kit, 'a.yaml');
    expect(unnamed.map((d) => [d.severity, d.field, d.message])).toEqual([
      [
        'warning',
        'cover.project',
        `names no project on the checklist's cover: the plan's cover says "${kit.plan.untitled}"`,
      ],
    ]);
  });
});

describe('dates as teams type them', () => {
  it('reads the usual forms and writes them in the language’s conventions', () => {
    for (const typed of [
      '2026-11-25',
      '25-11-2026',
      '25/11/2026',
      '25.11.2026',
      '25 november 2026',
      '25 nov. 2026',
      'November 25, 2026',
      '25 Nov 2026',
    ])
      expect(parseTypedDate(typed)?.toISOString(), typed).toBe('2026-11-25T00:00:00.000Z');
    expect(typedDate('2026-11-25', 'nl')).toBe('25 november 2026');
    expect(typedDate('25-11-2026', 'en')).toBe('25 November 2026');
    for (const typed of ['31-02-2026', 'eind januari', 'Q1 2027', '2026-13-01', 'tomorrow'])
      expect(typedDate(typed, 'nl'), typed).toBe(typed);
  });
});
