import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { coverFields, taskField } from '../../src/answers/fields.js';
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
      'a.yaml:4:1 error unknown-key answerz is not a known field (expected one of: kit, version, language, cover, answers, tasks)',
      'a.yaml:7:5 error schema answers.goal-question is a list (expected a text)',
    ]);
  });

  it('reports a YAML syntax error at its line', () => {
    const result = readAnswersYaml('a.yaml', yaml('  goal-question: a: b\n  goal-vision: x\n'));
    expect(result.value).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', file: 'a.yaml', line: 5 });
  });
});

describe('the cover block and the task list', () => {
  const withCover = yaml(
    '  goal-question: x\n',
    [
      'kit: checklist-samen-data-delen',
      'version: 1.0.0',
      'language: nl',
      'cover:',
      '  project: "  Samen eerder bij schulden "',
      '  parties: |-',
      '    Gemeente Voorbeeldstad',
      '    Kredietbank',
      '  date: 2026-11-25',
      '  participants: ~',
      'tasks:',
      '  - { what: DPIA laten doen, who: Fatima, due: 2027-01-15, question: 4.4 }',
      '  - what: Proefbestand bekijken',
      '    question: goal-vision',
      '',
    ].join('\n'),
  );

  it('reads them from YAML: trimmed, empty fields left out, a number such as 4.4 as its text', () => {
    const result = readAnswersYaml('a.yaml', withCover);
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.cover).toEqual({
      project: 'Samen eerder bij schulden',
      parties: 'Gemeente Voorbeeldstad\nKredietbank',
      date: '2026-11-25',
    });
    expect(result.value?.tasks).toEqual([
      { what: 'DPIA laten doen', who: 'Fatima', due: '2027-01-15', question: '4.4' },
      { what: 'Proefbestand bekijken', question: 'goal-vision' },
    ]);
    expect(result.value?.taskLines?.get(1)).toEqual({ line: 14, column: 15 });
  });

  it('a task without what, or an unknown cover field, is an error at its line', () => {
    const result = readAnswersYaml(
      'a.yaml',
      yaml(
        '  goal-question: x\n',
        'kit: checklist-samen-data-delen\nversion: 1.0.0\nlanguage: nl\ncover:\n  projcet: x\ntasks:\n  - { who: Anna }\n  - { what: "  " }\n',
      ),
    );
    expect(lines(result.diagnostics).sort()).toEqual([
      expect.stringMatching(/^a\.yaml:5:3 error unknown-key cover\.projcet is not a known field/),
      'a.yaml:7:5 error schema tasks[0].what is missing (expected a text)',
      'a.yaml:8:13 error schema tasks[1].what is "  " (expected a text saying what is to be done)',
    ]);
  });

  it('a task that refers to a question the checklist does not have is a warning at its line', async () => {
    const result = readAnswersYaml('a.yaml', withCover.replace('question: 4.4', 'question: 9.9'));
    if (!result.value) throw new Error('no answers');
    const problems = checkAnswers(result.value, await fixtureChecklist('nl'), 'a.yaml');
    expect(lines(problems)).toEqual([
      expect.stringMatching(
        /^a\.yaml:12:70 warning unknown-reference tasks\[0\]\.question task 1 \("DPIA laten doen"\) refers to "9\.9", which is neither a question number \(1\.1 to \d\.\d\) nor a question id/,
      ),
    ]);
  });

  it('reads them from the PDF form fields cover-* and task-N-*, not as answers', async () => {
    const pdf = await PDFDocument.load(await filled({ 'goal-question': 'Eenzaamheid' }));
    const form = pdf.getForm();
    const page = pdf.getPage(0);
    const cells: Record<string, string> = {
      [coverFields.project]: 'Samen eerder bij schulden',
      [coverFields.date]: '25-11-2026',
      [taskField(2, 'what')]: 'Convenant opstellen',
      [taskField(2, 'who')]: 'Anna',
      [taskField(1, 'what')]: ' DPIA laten doen ',
      [taskField(1, 'question')]: '4.4',
      [taskField(3, 'who')]: 'Karim',
      [taskField(4, 'due')]: '  ',
    };
    for (const [name, text] of Object.entries(cells)) {
      const field = form.createTextField(name);
      field.addToPage(page);
      field.setText(text);
    }
    const result = await readAnswersPdf('filled.pdf', await pdf.save());
    expect(result.value?.answers).toEqual({ 'goal-question': 'Eenzaamheid' });
    expect(result.value?.cover).toEqual({ project: 'Samen eerder bij schulden', date: '25-11-2026' });
    expect(result.value?.tasks).toEqual([
      { what: 'DPIA laten doen', question: '4.4' },
      { what: 'Convenant opstellen', who: 'Anna' },
    ]);
    // Row 3 has a who but no what: left out, and said so; row 4 is blank and says nothing.
    expect(lines(result.diagnostics)).toEqual([
      'filled.pdf:undefined:undefined warning no-answers task-3-what task list row 3 has who but no "what": it is left out of the plan',
    ]);
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
