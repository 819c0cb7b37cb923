import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/answers/model.js';
import { readAnswersPdf } from '../../src/answers/pdf.js';
import { readAnswers } from '../../src/answers/read.js';
import { readAnswersYaml } from '../../src/answers/yaml.js';
import { MARKER_FIELD } from '../../src/render/checklist/marker.js';
import { renderChecklist } from '../../src/render/checklist/render.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { memoryWorkspace } from '../../src/workspace/workspace.js';
import { lines } from '../helpers/fixture.js';
import { date, fixtureChecklist } from '../helpers/checklist.js';

const theme = defaultTheme();

async function checklistPdf(language = 'nl'): Promise<Buffer> {
  const { files } = await renderChecklist(await fixtureChecklist(language), theme, {}, date);
  return files[0]?.bytes ?? Buffer.alloc(0);
}

async function filled(fill: Record<string, string>, language = 'nl'): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await checklistPdf(language));
  const form = pdf.getForm();
  for (const [name, text] of Object.entries(fill)) form.getTextField(name).setText(text);
  return pdf.save();
}

const yaml = (answers: string, header = 'kit: checklist-samen-data-delen\nversion: 1.0.0\nlanguage: nl\n') =>
  `${header}answers:\n${answers}`;

describe('answers from YAML', () => {
  it('reads answers and leaves out empty ones', () => {
    const result = readAnswersYaml(
      'a.yaml',
      yaml('  goal-question: Eenzaamheid onder ouderen.\n  goal-vision: ~\n  data-sources: "  "\n'),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toEqual({
      kit: 'checklist-samen-data-delen',
      version: '1.0.0',
      language: 'nl',
      answers: { 'goal-question': 'Eenzaamheid onder ouderen.' },
      lines: new Map([['goal-question', { line: 5, column: 3 }]]),
    });
  });

  it('reports wrong values, unknown fields and missing fields at their exact line and column', () => {
    const result = readAnswersYaml(
      'a.yaml',
      'kit: checklist-samen-data-delen\nversion: one\nlanguage: nl\nanswerz: {}\nanswers:\n  goal-question:\n    - a list\n',
    );
    expect(lines(result.diagnostics).sort()).toEqual([
      'a.yaml:2:10 error schema version is "one" (expected a version such as "1.0.0")',
      'a.yaml:4:1 error unknown-key answerz is not a known field (expected one of: kit, version, language, answers, cover, tasks, agreements)',
      'a.yaml:7:5 error schema answers.goal-question is a list (expected a text)',
    ]);
  });

  it('reports a YAML syntax error at its line', () => {
    const result = readAnswersYaml('a.yaml', yaml('  goal-question: a: b\n  goal-vision: x\n'));
    expect(result.value).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', file: 'a.yaml', line: 5 });
  });
});

describe('answers from a filled-in checklist PDF', () => {
  it('reads the fields by question id, with the kit, version and language of the marker', async () => {
    const bytes = await filled({ 'goal-question': 'Eenzaamheid\nin de wijk', 'law-dpia': '  ' });
    const result = await readAnswersPdf('checklist.pdf', bytes);
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toEqual({
      kit: 'checklist-samen-data-delen',
      version: '1.0.0',
      language: 'nl',
      answers: { 'goal-question': 'Eenzaamheid\nin de wijk' },
    });
  });

  it('a PDF that is not our checklist (no form) is a clear error, not a stack trace', async () => {
    const other = await PDFDocument.create();
    other.addPage();
    const result = await readAnswersPdf('other.pdf', await other.save());
    expect(lines(result.diagnostics)).toEqual([
      expect.stringContaining(
        'other.pdf:undefined:undefined error not-a-checklist  is not a fillable checklist',
      ),
    ]);
  });

  it('a PDF with a form but without our marker is not a checklist', async () => {
    const other = await PDFDocument.create();
    other.addPage();
    other.getForm().createTextField('name').addToPage(other.getPage(0));
    const result = await readAnswersPdf('form.pdf', await other.save());
    expect(result.diagnostics[0]).toMatchObject({ code: 'not-a-checklist', file: 'form.pdf' });
    expect(result.diagnostics[0]?.message).toContain('no checklist marker');
  });

  it('damaged and non-PDF files are clear errors', async () => {
    const damaged = (await checklistPdf()).subarray(0, 2000);
    expect((await readAnswersPdf('cut.pdf', damaged)).diagnostics[0]).toMatchObject({
      code: 'file-unreadable',
      file: 'cut.pdf',
    });
    const workspace = memoryWorkspace({ 'notes.txt': 'hello', 'x.pdf': 'hello' });
    expect((await readAnswers(workspace, 'notes.txt')).diagnostics[0]?.message).toContain(
      'neither a PDF nor a YAML',
    );
    expect((await readAnswers(workspace, 'x.pdf')).diagnostics[0]?.message).toBe('is not a PDF file');
    expect((await readAnswers(workspace, 'missing.yaml')).diagnostics[0]?.message).toBe('does not exist');
  });
});

describe('answers checked against the checklist', () => {
  it('answers for another language are an error that names both', async () => {
    const answers = (await readAnswersPdf('nl.pdf', await filled({ 'goal-question': 'x' }))).value;
    if (!answers) throw new Error('no answers');
    const problems = checkAnswers(answers, await fixtureChecklist('en'), 'nl.pdf');
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'answers-mismatch',
        file: 'nl.pdf',
        message: 'holds answers for the language nl, but this checklist is the language en',
      }),
    ]);
  });

  it('answers for another version are an error that names both versions', async () => {
    const pdf = await PDFDocument.load(await filled({ 'goal-question': 'x' }));
    pdf
      .getForm()
      .getTextField(MARKER_FIELD)
      .setText('kit=checklist-samen-data-delen;version=0.9.0;language=nl');
    const answers = (await readAnswersPdf('old.pdf', await pdf.save())).value;
    if (!answers) throw new Error('no answers');
    const problems = checkAnswers(answers, await fixtureChecklist('nl'), 'old.pdf');
    expect(problems.map((p) => p.message)).toEqual([
      'holds answers for version 0.9.0, but this checklist is version 1.0.0',
    ]);
  });

  it('answers to questions the checklist does not have are an error each, at its line, with a guess', async () => {
    const result = readAnswersYaml('a.yaml', yaml('  goal-question: x\n  goal-vison: y\n  made-up: z\n'));
    if (!result.value) throw new Error('no answers');
    const problems = checkAnswers(result.value, await fixtureChecklist('nl'), 'a.yaml');
    expect(lines(problems)).toEqual([
      'a.yaml:6:3 error unknown-reference answers.goal-vison answers a question this checklist does not have: "goal-vison"',
      'a.yaml:7:3 error unknown-reference answers.made-up answers a question this checklist does not have: "made-up"',
    ]);
    expect(problems.map((p) => p.hint)).toEqual([
      'did you mean "goal-vision"?',
      'question ids are the names in kit.yaml (e.g. goal-societal-question); check their spelling',
    ]);
  });
});

describe('the cover block, task list and agreements of a filled-in checklist', () => {
  it('reads them from the PDF as data, apart from the answers, by their stable field names', async () => {
    const bytes = await filled({
      'goal-question': 'Eenzaamheid in de wijk.',
      'cover-project': '  Samen tegen eenzaamheid ',
      'cover-parties': 'Gemeente Gouda\nGGD Hollands Midden',
      'cover-date': '25 november 2026',
      'cover-participants': 'Anna, Bram, Carla',
      'task-1-what': 'Grondslag voor de levering uitzoeken',
      'task-1-who': 'Bram',
      'task-1-due': '1 februari',
      'task-1-question': '4.2',
      'task-3-what': 'Begrippenlijst opzetten',
      'task-2-who': '   ',
      agreements: 'We gebruiken de wijkindeling van het CBS.',
    });
    const result = await readAnswersPdf('checklist.pdf', bytes);
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toEqual({
      kit: 'checklist-samen-data-delen',
      version: '1.0.0',
      language: 'nl',
      answers: { 'goal-question': 'Eenzaamheid in de wijk.' },
      cover: {
        project: 'Samen tegen eenzaamheid',
        parties: 'Gemeente Gouda\nGGD Hollands Midden',
        date: '25 november 2026',
        participants: 'Anna, Bram, Carla',
      },
      // Row 2 holds only spaces: left out; the rows keep their order.
      tasks: [
        { what: 'Grondslag voor de levering uitzoeken', who: 'Bram', due: '1 februari', question: '4.2' },
        { what: 'Begrippenlijst opzetten' },
      ],
      agreements: 'We gebruiken de wijkindeling van het CBS.',
    });
    // They are no answers to unknown questions.
    expect(checkAnswers(result.value!, await fixtureChecklist('nl'), 'checklist.pdf')).toEqual([]);
  });

  it('an untouched checklist has no cover, tasks or agreements', async () => {
    const result = await readAnswersPdf('checklist.pdf', await filled({}));
    expect(result.value).toEqual({
      kit: 'checklist-samen-data-delen',
      version: '1.0.0',
      language: 'nl',
      answers: {},
    });
  });

  it('reads the same from YAML, and reports a misspelt task column at its line', () => {
    const result = readAnswersYaml(
      'a.yaml',
      yaml(
        '  goal-question: x\ncover:\n  project: Samen tegen eenzaamheid\n  date: ~\ntasks:\n  - { what: Begrippenlijst, who: Anna }\n  - { what: "  " }\nagreements: Elke maand overleg.\n',
      ),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toMatchObject({
      cover: { project: 'Samen tegen eenzaamheid' },
      tasks: [{ what: 'Begrippenlijst', who: 'Anna' }],
      agreements: 'Elke maand overleg.',
    });
    const wrong = readAnswersYaml(
      'b.yaml',
      yaml('  goal-question: x\ntasks:\n  - { wat: Begrippenlijst }\n'),
    );
    expect(lines(wrong.diagnostics)).toEqual([
      'b.yaml:7:7 error unknown-key tasks[0].wat is not a known field (expected one of: what, who, due, question)',
    ]);
  });
});
