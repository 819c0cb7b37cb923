// `dts plan` end to end in-process: a checklist filled in programmatically becomes a project plan whose
// sections hold the answers and whose open points list the unanswered questions.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { LocalisedChecklist } from '../../src/content/model.js';
import { renderChecklist } from '../../src/render/checklist/render.js';
import { StyleId } from '../../src/render/docx/index.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { date, shippedChecklist } from '../helpers/checklist.js';
import { documentXml, paragraphs, tablesOf } from '../helpers/docx.js';

const CONTENT = path.join(import.meta.dirname, '..', '..', 'content');

async function dts(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir = '';
let kit: LocalisedChecklist;
let checklist: Buffer;
const answered = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dts-plan-'));
  kit = await shippedChecklist('nl');
  const { files } = await renderChecklist(kit, defaultTheme(), {}, date);
  checklist = files[0]?.bytes ?? Buffer.alloc(0);
  // Answer every other question; a few with two lines, one with only spaces (counts as unanswered).
  const pdf = await PDFDocument.load(checklist);
  const form = pdf.getForm();
  kit.areas
    .flatMap((a) => a.questions)
    .forEach((q, i) => {
      if (i % 2 === 1) return;
      const text =
        i % 4 === 0 ? `Antwoord ${q.id}: de gemeente en de GGD.\nTweede regel ${i}.` : `Antwoord ${q.id}.`;
      form.getTextField(q.id).setText(text);
      answered.set(q.id, text);
    });
  const blank = kit.areas[0]?.questions[1]?.id ?? '';
  form.getTextField(blank).setText('   ');
  writeFileSync(path.join(dir, 'filled.pdf'), await pdf.save());
});

afterEach(() => {
  delete process.env.SOURCE_DATE_EPOCH;
});

describe('dts plan', () => {
  it('turns a filled-in checklist PDF into a plan: answers in their sections, the rest as open points', async () => {
    const out = path.join(dir, 'plan.docx');
    const result = await dts('plan', path.join(dir, 'filled.pdf'), '--out', out, '--content', CONTENT);
    expect(result.code).toBe(0);
    // Half the questions answered, but the checklist's cover names no project: that is the one warning.
    expect(result.err).toContain('names no project on the checklist');
    expect(result.err).not.toContain('fewer than a quarter');
    const total = kit.areas.reduce((n, a) => n + a.questions.length, 0);
    expect(result.out).toContain(`${answered.size} of ${total} questions answered`);
    const doc = await paragraphs(readFileSync(out));
    const headings1 = doc.flatMap((p, i) => (p.style === StyleId.heading1 ? [i] : []));
    expect(headings1.map((i) => doc[i]?.text)).toEqual([
      ...kit.plan.sections.map((s) => s.title),
      kit.plan.openPointsTitle,
    ]);

    const numbered = kit.areas.flatMap((area) =>
      area.questions.map((q, i) => ({
        area: area.id,
        q,
        number: `${area.number}.${i + 1}`,
        label: `${area.number}.${i + 1} ${q.text}`,
      })),
    );
    kit.plan.sections.forEach((section, s) => {
      const from = headings1[s] ?? 0;
      const to = headings1[s + 1] ?? doc.length;
      const inSection = doc.slice(from, to);
      expect(inSection[1]?.text).toBe(section.description);
      const questionHeadings = inSection.filter((p) => p.style === StyleId.heading3).map((p) => p.text);
      const expected = section.areas.flatMap((area) =>
        numbered.filter((n) => n.area === area && answered.has(n.q.id)),
      );
      expect(questionHeadings).toEqual(expected.map((n) => n.label));
      for (const { q, label } of expected) {
        const at = inSection.findIndex((p) => p.text === label);
        const lines = (answered.get(q.id) ?? '').split('\n');
        expect(inSection.slice(at + 1, at + 1 + lines.length).map((p) => p.text)).toEqual(lines);
      }
    });

    const open = doc.slice(headings1.at(-1) ?? 0);
    expect(open[1]?.text).toBe(kit.plan.openPointsIntro);
    // The open points: one row per unanswered question, in the plan's section order, who and when blank.
    const [table] = tablesOf(await documentXml(readFileSync(out)));
    const bySection = kit.plan.sections.flatMap((section) =>
      section.areas.flatMap((area) => numbered.filter((n) => n.area === area && !answered.has(n.q.id))),
    );
    const c = kit.plan.columns;
    expect(table).toEqual([
      [c.question, c.what, c.who, c.due],
      ...bySection.map((n) => [n.number, n.q.text, '', '']),
    ]);
    expect(table?.length).toBe(1 + numbered.length - answered.size);
  });

  it('takes the plan version from --plan-version, and warns about a nearly empty checklist', async () => {
    const few = [...answered].slice(0, 3);
    const yaml = [
      `kit: ${kit.id}`,
      `version: ${kit.version}`,
      'language: nl',
      'cover: { project: Samen eerder bij schulden, date: 2026-12-03 }',
      'answers:',
      ...few.map(([id, text]) => `  ${id}: ${JSON.stringify(text)}`),
    ].join('\n');
    writeFileSync(path.join(dir, 'few.yaml'), yaml);
    const out = path.join(dir, 'few.docx');
    const result = await dts('plan', path.join(dir, 'few.yaml'), '--out', out, '--plan-version', '0.3');
    expect(result.code).toBe(0);
    expect(result.out).toContain('version 0.3; 3 of 44 questions answered');
    expect(result.err).toContain(
      'answers only 3 of 44 questions, fewer than a quarter: the plan is nearly empty',
    );
    expect(result.err).not.toContain('names no project');
    const doc = await paragraphs(readFileSync(out));
    expect(doc.slice(0, 3).map((p) => p.text)).toEqual([
      'Samen eerder bij schulden',
      kit.plan.title,
      'Versie 0.3 · 3 december 2026',
    ]);
  });

  it('takes the same answers as YAML, and gives the same bytes for the same answers and date', async () => {
    const yaml = [
      `kit: ${kit.id}`,
      `version: ${kit.version}`,
      'language: nl',
      'answers:',
      ...[...answered].map(([id, text]) => `  ${id}: ${JSON.stringify(text)}`),
    ].join('\n');
    writeFileSync(path.join(dir, 'answers.yaml'), yaml);
    process.env.SOURCE_DATE_EPOCH = '1764028800';
    const a = path.join(dir, 'a.docx');
    const b = path.join(dir, 'b.docx');
    expect((await dts('plan', path.join(dir, 'answers.yaml'), '--out', a, '--content', CONTENT)).code).toBe(
      0,
    );
    expect((await dts('plan', path.join(dir, 'filled.pdf'), '--out', b, '--content', CONTENT)).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('exits 1 naming the file when the input is not a checklist, for another language, or broken', async () => {
    const out = path.join(dir, 'never.docx');
    const foreign = await PDFDocument.create();
    foreign.addPage();
    writeFileSync(path.join(dir, 'foreign.pdf'), await foreign.save());
    writeFileSync(
      path.join(dir, 'german.yaml'),
      `kit: ${kit.id}\nversion: ${kit.version}\nlanguage: de\nanswers:\n  goal-success: ja\n`,
    );
    writeFileSync(path.join(dir, 'bad.yaml'), `kit: ${kit.id}\nversion: 1\nlanguage: nl\nanswers: {}\n`);
    const cases: [string, string][] = [
      ['foreign.pdf', 'is not a fillable checklist'],
      ['german.yaml', 'holds answers in the language "de", but checklist-samen-data-delen 1.0.0 has nl, en'],
      ['bad.yaml', 'bad.yaml:2:10  error  version  is 1'],
      ['missing.pdf', 'does not exist'],
    ];
    for (const [name, message] of cases) {
      const result = await dts('plan', path.join(dir, name), '--out', out, '--content', CONTENT);
      expect(result.code, name).toBe(1);
      expect(result.err).toContain(path.join(dir, name));
      expect(result.err).toContain(message);
      expect(result.err).toContain('No project plan was written');
    }
    expect(() => readFileSync(out)).toThrow();
  });

  it('exits 2 on usage errors', async () => {
    expect((await dts('plan')).code).toBe(2);
    expect((await dts('plan', path.join(dir, 'filled.pdf'))).code).toBe(2);
    expect((await dts('plan', path.join(dir, 'filled.pdf'), '--out', 'x.pdf')).code).toBe(2);
    expect((await dts('plan', 'a', 'b', '--out', 'x.docx')).code).toBe(2);
    expect((await dts('plan', 'a', '--out', 'x.docx', '--colour', 'red')).code).toBe(2);
    const version = await dts('plan', 'a.yaml', '--out', 'x.docx', '--plan-version', 'eerste');
    expect(version.code).toBe(2);
    expect(version.err).toContain('--plan-version: "eerste" is not a version number');
    const help = await dts('plan', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('dts plan <filled-checklist.pdf | answers.yaml> --out plan.docx');
  });
});
