// The checklist and the tip cards as real readers see them: built through the `dts` binary, valid
// structure (qpdf), embedded fonts (pdffonts), A4 and the language (pdfinfo), every question as text
// (pdftotext), the same bytes twice; and a filled-in checklist turned into a project plan by `dts plan`
// that LibreOffice converts and python-docx reads, headings and all.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { coverFields } from '../../src/answers/fields.js';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedChecklist } from '../../src/content/model.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';
import { convertToPdf, dts, reader, ROOT, tempDir } from './tools.js';

const KIT = 'checklist-samen-data-delen';
const languages = ['nl', 'en'];
let out = '';
let again = '';
const files: string[] = [];

beforeAll(() => {
  out = tempDir('dts-checklist-readers-');
  again = tempDir('dts-checklist-readers-again-');
  for (const dir of [out, again]) {
    const result = dts(['build', '--kit', KIT, '--only', 'checklist,cards', '--out', dir], {
      SOURCE_DATE_EPOCH: '1764028800',
    });
    if (result.status !== 0) throw new Error(`dts build failed:\n${result.stderr}`);
  }
  for (const language of languages)
    for (const name of ['checklist.pdf', 'cards.pdf']) files.push(path.join(out, KIT, language, name));
});

async function kit(language: string): Promise<LocalisedChecklist> {
  const content = await loadContent(nodeWorkspace(), path.join(ROOT, 'content'), { kits: [KIT] });
  return content.kits[0]?.localised.get(language) as LocalisedChecklist;
}

/** Letters and digits only: line breaks, hyphenation and spacing in extracted text do not matter. */
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

describe('the checklist and cards in real PDF readers', () => {
  it('builds both artefacts in Dutch and English, byte-identical twice', () => {
    for (const file of files) {
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file).equals(readFileSync(file.replace(out, again))), file).toBe(true);
    }
  });

  it('passes qpdf --check', () => {
    for (const file of files)
      expect(reader('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors found/);
  });

  it('embeds every font', () => {
    for (const file of files) {
      const rows = reader('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.split(/\s+/).slice(-5, -3), row).toEqual(['yes', 'yes']);
    }
  });

  it('is A4, tagged, with a form for the checklist', () => {
    for (const file of files) {
      const info = reader('pdfinfo', [file]);
      expect(info).toMatch(/Page size:\s+595\.27\d? x 841\.89 pts \(A4\)/);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(file.endsWith('checklist.pdf') ? /Form:\s+AcroForm/ : /Form:\s+none/);
    }
  });

  it('declares the document language', async () => {
    for (const language of languages) {
      for (const name of ['checklist.pdf', 'cards.pdf']) {
        const file = path.join(out, KIT, language, name);
        // pdfinfo does not print /Lang; qpdf shows the document catalog.
        const root = reader('qpdf', ['--show-object=trailer', file]).match(/\/Root (\d+) 0 R/)?.[1];
        const catalog = reader('qpdf', [`--show-object=${root}`, file]);
        expect(catalog, file).toContain(`/Lang (${language})`);
      }
    }
  });

  it('shows every question of the checklist and every tip of the cards as text', async () => {
    for (const language of languages) {
      const k = await kit(language);
      const checklist = letters(reader('pdftotext', [path.join(out, KIT, language, 'checklist.pdf'), '-']));
      const cards = letters(reader('pdftotext', [path.join(out, KIT, language, 'cards.pdf'), '-']));
      for (const area of k.areas) {
        expect(checklist).toContain(letters(area.title));
        for (const q of area.questions) expect(checklist, q.id).toContain(letters(q.text));
        for (const tip of area.tips) {
          expect(cards, tip.id).toContain(letters(tip.title));
          expect(cards, tip.id).toContain(letters(tip.text));
        }
      }
    }
  });

  it('gives ligatures their letters in the text layer, so "effect" can be found and copied', () => {
    for (const language of languages) {
      for (const file of ['checklist.pdf', 'cards.pdf']) {
        const text = reader('pdftotext', [path.join(out, KIT, language, file), '-']);
        expect(text, `${language} ${file}`).not.toMatch(/[\uFB00-\uFB4F]/u);
      }
    }
    const nl = reader('pdftotext', [path.join(out, KIT, 'nl', 'checklist.pdf'), '-']);
    expect(nl).toContain('gegevensbeschermingseffectbeoordeling');
  });

  it('keeps the whole introduction, its headings and the credits on the title page', async () => {
    for (const language of languages) {
      const k = await kit(language);
      const first = letters(
        reader('pdftotext', ['-f', '1', '-l', '1', path.join(out, KIT, language, 'checklist.pdf'), '-']),
      );
      for (const text of [
        k.labels.introduction.whoTakesPart,
        k.labels.introduction.howToUse,
        k.labels.introduction.areas,
        k.introduction.result,
        k.meta.credits,
      ])
        expect(first, `${language}: ${text}`).toContain(letters(text));
    }
  });
});

describe('a filled-in checklist through dts plan, in LibreOffice and python-docx', () => {
  it('becomes a project plan whose headings are the sections and the answered questions', async () => {
    const k = await kit('nl');
    const pdf = await PDFDocument.load(readFileSync(path.join(out, KIT, 'nl', 'checklist.pdf')));
    const questions = k.areas.flatMap((a) =>
      a.questions.map((q, i) => ({ q, label: `${a.number}.${i + 1} ${q.text}` })),
    );
    const answered = questions.filter((_, i) => i % 3 === 0);
    for (const { q } of answered) pdf.getForm().getTextField(q.id).setText(`Ons antwoord op ${q.id}.`);
    // The cover block: the checklist's own fields when it has them, else fields of the same names added here.
    const cover = {
      [coverFields.project]: 'Samen eerder bij schulden',
      [coverFields.parties]: 'Gemeente Voorbeeldstad\nKredietbank',
    };
    for (const [name, value] of Object.entries(cover)) {
      const form = pdf.getForm();
      const field = form.getFieldMaybe(name) ? form.getTextField(name) : form.createTextField(name);
      if (field.acroField.getWidgets().length === 0) field.addToPage(pdf.getPage(0));
      field.setText(value);
    }
    const filled = path.join(out, 'filled.pdf');
    writeFileSync(filled, await pdf.save());
    const docx = path.join(out, 'plan.docx');
    const result = dts(['plan', filled, '--out', docx]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);

    const script = [
      'import docx, json, sys',
      'd = docx.Document(sys.argv[1])',
      'print(json.dumps({"language": d.core_properties.language, "title": d.core_properties.title,',
      '  "headings": [[p.style.name, p.text] for p in d.paragraphs if p.style.name.startswith("Heading")],',
      '  "text": "\\n".join(p.text for p in d.paragraphs)}))',
    ].join('\n');
    const read = JSON.parse(reader('/usr/bin/python3', ['-c', script, docx])) as {
      language: string;
      title: string;
      headings: [string, string][];
      text: string;
    };
    expect(read.language).toBe('nl-NL');
    expect(read.title).toBe(`${k.plan.title}: Samen eerder bij schulden`);
    expect(read.text.split('\n').slice(0, 3)).toEqual([
      'Samen eerder bij schulden',
      k.plan.title,
      'Gemeente Voorbeeldstad, Kredietbank',
    ]);
    const level = (name: string) => read.headings.filter(([style]) => style === name).map(([, text]) => text);
    expect(level('Heading 1')).toEqual([...k.plan.sections.map((s) => s.title), k.plan.openPointsTitle]);
    expect(new Set(level('Heading 3'))).toEqual(new Set(answered.map((a) => a.label)));
    for (const { q } of answered) expect(read.text).toContain(`Ons antwoord op ${q.id}.`);

    // The open points are a table in LibreOffice too: each unanswered question's number and text.
    const text = letters(reader('pdftotext', [convertToPdf(docx), '-']));
    expect(text).toContain(letters(k.plan.openPointsTitle));
    for (const label of [k.plan.columns.question, k.plan.columns.who, k.plan.columns.due])
      expect(text).toContain(letters(label));
    for (const { q } of questions.filter((_, i) => i % 3 !== 0)) expect(text).toContain(letters(q.text));
    // Not the checklist's licence or credits: the plan is the team's.
    expect(text).not.toContain(letters(k.meta.licence));
    expect(text).not.toContain(letters(k.meta.credits));
  });
});
