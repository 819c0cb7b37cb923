// The checklist workshop's facilitator guide (DOCX) in the shared house style: chapters in order, styles
// defined, steps with clock times, the checklist's questions, language, table of contents, same bytes twice.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalisedChecklist } from '../../src/content/model.js';
import type { PackageParts } from '../../src/render/ooxml/package.js';
import { partText, readPackage } from '../../src/render/ooxml/package.js';
import { workshopGuideFileName, renderWorkshopGuide } from '../../src/render/workshop-guide/render.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { TASK_KEYS } from '../../src/answers/form-fields.js';
import { loadEdited } from '../helpers/fixture.js';

const DATE = new Date('2026-11-25T00:00:00Z');

async function fixtureChecklist(language: string): Promise<LocalisedChecklist> {
  const content = await loadEdited();
  const kit = content.kits.find((k) => k.id === 'checklist-samen-data-delen')?.localised.get(language);
  if (kit?.kind !== 'checklist') throw new Error('the checklist fixture did not load');
  return kit;
}

async function render(kit: LocalisedChecklist, start = 13 * 60) {
  const { files, diagnostics } = await renderWorkshopGuide(kit, defaultTheme(), { start }, DATE);
  expect(diagnostics).toEqual([]);
  expect(files.map((f) => f.name)).toEqual([workshopGuideFileName]);
  const bytes = files[0]?.bytes ?? Buffer.alloc(0);
  return { bytes, parts: await readPackage(bytes) };
}

function xml(parts: PackageParts, name: string): string {
  const text = partText(parts, name);
  if (text === undefined) throw new Error(`no ${name}`);
  return text;
}

function texts(document: string, style: string): string[] {
  return [
    ...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="([^"]+)"\/>((?:(?!<\/w:p>).)*)<\/w:p>/gs),
  ]
    .filter((m) => m[1] === style)
    .map((m) => [...(m[2] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

let nl: LocalisedChecklist;
let parts: PackageParts;
let document: string;

beforeAll(async () => {
  nl = await fixtureChecklist('nl');
  parts = (await render(nl)).parts;
  document = xml(parts, 'word/document.xml');
});

describe('the checklist workshop guide (DOCX)', () => {
  it('has its chapters in order and a section per workshop step and per checklist area', () => {
    const l = nl.labels.guide;
    expect(texts(document, 'Heading1')).toEqual([
      l.goal,
      l.preparation,
      l.schedule,
      l.steps,
      l.cards,
      l.areas,
      l.result,
      l.taskTemplate,
    ]);
    const sections = texts(document, 'Heading2');
    for (const step of nl.workshop.steps) expect(sections).toContain(step.title);
    for (const area of nl.areas) expect(sections).toContain(`${area.number}. ${area.title}`);
  });

  it("ends with the task list to print: the columns of the checklist's task page, rows to write in, the agreements", () => {
    const tasks = nl.labels.tasks;
    const template = document.slice(document.lastIndexOf(nl.labels.guide.taskTemplate));
    const tables = template.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(2);
    const headerCells = (table: string) =>
      [...(table.split('</w:tr>')[0] ?? '').matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((m) =>
        [...(m[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      );
    expect(headerCells(tables[0]!)).toEqual(['', ...TASK_KEYS.map((key) => tasks[key])]);
    expect(tables[0]!.match(/<w:tr[ >]/g)?.length).toBeGreaterThanOrEqual(1 + 8);
    // Each row has room to write: an empty line break in every cell but the row number.
    expect(tables[0]!.split('</w:tr>')[1]?.match(/<w:br\/>/g)?.length).toBe(TASK_KEYS.length);
    expect(headerCells(tables[1]!)).toEqual([tasks.agreements]);
  });

  it("uses only styles it defines, and shows the questions with the checklist's numbers and tip cards", () => {
    const styles = xml(parts, 'word/styles.xml');
    const defined = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set(
      [...document.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)].map((m) => m[1]),
    );
    expect([...used].filter((s) => !defined.has(s))).toEqual([]);
    const all = [...document.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    for (const question of nl.areas.flatMap((a) => a.questions)) {
      const tips = question.tips.map((t) => t.code).join(', ') || '–';
      expect(all).toContain(`${question.number}|${question.text}|${tips}`);
    }
  });

  it('gives every step its clock time from the start, in the programme table and the step', async () => {
    const { parts: early } = await render(nl, 9 * 60);
    const text = xml(early, 'word/document.xml');
    const first = nl.workshop.steps[0];
    const end = 9 * 60 + (first?.minutes ?? 0);
    // Dutch clock times: 9.00–9.20, and "9.00 uur" where the start stands alone.
    const range = `9.00–${Math.floor(end / 60)}.${String(end % 60).padStart(2, '0')}`;
    expect(text.split(range).length - 1).toBe(2);
    expect(text).toContain('9.00 uur.');
    expect(text).toContain('<w:tblHeader/>');
  });

  it('sets the language and core properties, and writes the table of contents with page numbers', async () => {
    expect(xml(parts, 'word/styles.xml')).toContain('<w:lang w:val="nl-NL"/>');
    const core = xml(parts, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${nl.workshop.title}: ${nl.labels.guide.title}</dc:title>`);
    expect(core).toContain('<dc:language>nl-NL</dc:language>');
    const toc = /<w:sdt>((?:(?!<\/w:sdt>).)*)<\/w:sdt>/s.exec(document)?.[1] ?? '';
    const pages = [
      ...toc.matchAll(
        /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)</g,
      ),
    ];
    expect(pages.length).toBe(texts(document, 'Heading1').length + texts(document, 'Heading2').length);
    const english = await render(await fixtureChecklist('en'));
    expect(xml(english.parts, 'docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
  });

  it('gives the same bytes twice, also after another document in the same process', async () => {
    const first = (await render(nl)).bytes;
    await render(await fixtureChecklist('en'));
    expect(Buffer.compare(first, (await render(nl)).bytes)).toBe(0);
  }, 60_000);
});
