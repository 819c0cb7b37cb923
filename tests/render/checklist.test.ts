import { PDFName, PDFDocument, PDFString, PDFTextField } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { LocalisedChecklist } from '../../src/content/model.js';
import {
  backgroundsOfText,
  overlappingLines,
  overlaps,
  placedLines,
  within,
} from '../../src/render/geometry.js';
import { MARKER_FIELD, parseMarker } from '../../src/render/checklist/marker.js';
import { A4, MIN_ANSWER_MM, planChecklist } from '../../src/render/checklist/plan.js';
import { renderChecklist } from '../../src/render/checklist/render.js';
import { TASK_ROWS } from '../../src/answers/form-fields.js';
import { contrastRatio } from '../../src/theme/contrast.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { mmToPt } from '../../src/units.js';
import { date, fixtureChecklist, shippedChecklist } from '../helpers/checklist.js';

const theme = defaultTheme();

async function pdfOf(kit: LocalisedChecklist): Promise<Buffer> {
  const { files, diagnostics } = await renderChecklist(kit, theme, {}, date);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const file = files[0];
  if (!file) throw new Error('no checklist');
  expect(file.name).toBe('checklist.pdf');
  return file.bytes;
}

const questionIds = (kit: LocalisedChecklist) => kit.areas.flatMap((a) => a.questions.map((q) => q.id));
/** Every form field in print order: the cover block, the questions, the task rows, the agreements. */
const fieldNames = (kit: LocalisedChecklist) => [
  'cover-project',
  'cover-date',
  'cover-parties',
  'cover-participants',
  ...questionIds(kit),
  ...Array.from({ length: TASK_ROWS }, (_, i) =>
    ['what', 'who', 'due', 'question'].map((k) => `task-${i + 1}-${k}`),
  ).flat(),
  'agreements',
];

for (const language of ['nl', 'en']) {
  describe(`the shipped checklist (${language})`, () => {
    it('is A4 on every page, with its title and language set', async () => {
      const kit = await shippedChecklist(language);
      const pdf = await PDFDocument.load(await pdfOf(kit), { updateMetadata: false });
      expect(pdf.getPageCount()).toBeGreaterThan(kit.areas.length);
      for (const page of pdf.getPages()) {
        expect(page.getWidth()).toBeCloseTo(595.28, 1);
        expect(page.getHeight()).toBeCloseTo(841.89, 1);
      }
      expect(pdf.getTitle()).toBe(kit.meta.title);
      expect(String(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText())).toBe(language);
    });

    it('has one multiline text field per question, named by the question id, and the hidden marker', async () => {
      const kit = await shippedChecklist(language);
      const pdf = await PDFDocument.load(await pdfOf(kit), { updateMetadata: false });
      const fields = pdf.getForm().getFields();
      const names = fields.map((f) => f.getName());
      expect(names.filter((n) => n !== MARKER_FIELD)).toEqual(fieldNames(kit));
      const singleLine = [
        'cover-project',
        'cover-date',
        ...names.filter((n) => /^task-\d+-(due|question)$/.test(n)),
      ];
      for (const field of fields) {
        expect(field).toBeInstanceOf(PDFTextField);
        if (field.getName() === MARKER_FIELD) continue;
        expect((field as PDFTextField).isMultiline(), field.getName()).toBe(
          !singleLine.includes(field.getName()),
        );
        expect(field.isReadOnly()).toBe(false);
      }
      const marker = pdf.getForm().getTextField(MARKER_FIELD);
      expect(marker.isReadOnly()).toBe(true);
      expect(parseMarker(marker.getText() ?? '')).toEqual({ kit: kit.id, version: kit.version, language });
      // Hidden (annotation flag 2) and so never printed.
      expect(marker.acroField.getWidgets()[0]?.getFlags()).toBe(2);
    });

    it('puts every field inside its answer box, and the PDF widget where the plan says', async () => {
      const kit = await shippedChecklist(language);
      const { plan } = planChecklist(kit, theme);
      const pdf = await PDFDocument.load(await pdfOf(kit), { updateMetadata: false });
      expect(plan.fields.map((f) => f.id)).toEqual(fieldNames(kit));
      for (const field of plan.fields) {
        expect(within(field.rect, field.box, 0)).toBe(true);
        if (questionIds(kit).includes(field.id)) {
          expect(field.box.height).toBeGreaterThanOrEqual(mmToPt(MIN_ANSWER_MM) - 0.01);
        }
        const widget = pdf.getForm().getTextField(field.id).acroField.getWidgets()[0];
        const rect = widget?.getRectangle();
        const ref = widget ? pdf.context.getObjectRef(widget.dict) : undefined;
        const page = pdf.getPages().findIndex((p) => p.node.Annots()?.asArray().includes(ref!) ?? false);
        expect(page).toBe(field.page);
        expect(rect?.x).toBeCloseTo(field.rect.x, 1);
        expect(rect?.width).toBeCloseTo(field.rect.width, 1);
        // PDF counts y from the bottom of the page.
        expect((rect?.y ?? 0) + (rect?.height ?? 0)).toBeCloseTo(A4.height - field.rect.y, 1);
      }
    });

    it('has no overlapping text, no text in an answer box, and everything inside the page', async () => {
      const kit = await shippedChecklist(language);
      const { plan } = planChecklist(kit, theme);
      plan.pages.forEach((page, index) => {
        const lines = placedLines(page.items);
        expect(overlappingLines(lines).map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([]);
        for (const line of lines) expect(within(line.box, { x: 0, y: 0, ...A4 })).toBe(true);
        for (const field of plan.fields.filter((f) => f.page === index)) {
          expect(lines.filter((l) => overlaps(l.box, field.box)).map((l) => l.text)).toEqual([]);
        }
      });
    });

    it('shows every question, its help text and every area title', async () => {
      const kit = await shippedChecklist(language);
      const { plan } = planChecklist(kit, theme);
      const fields = new Set(plan.pages.flatMap((p) => placedLines(p.items).map((l) => l.field)));
      for (const area of kit.areas) {
        expect(fields).toContain(`areas.${area.id}.title`);
        for (const q of area.questions) {
          expect(fields).toContain(`questions.${q.id}.text`);
          expect(fields).toContain(`questions.${q.id}.help`);
        }
      }
      expect(plan.pages.length).toBeGreaterThan(1);
    });

    it('keeps every text legible against its background (4.5:1)', async () => {
      const kit = await shippedChecklist(language);
      const { plan } = planChecklist(kit, theme);
      for (const page of plan.pages) {
        for (const { item, background } of backgroundsOfText(page.items, theme.colours.paper)) {
          expect(contrastRatio(item.colour, background), item.lines[0]?.text).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
  });
}

describe('checklist determinism and metadata', () => {
  it('gives the same bytes twice', async () => {
    const kit = await fixtureChecklist('nl');
    const a = await pdfOf(kit);
    const b = await pdfOf(kit);
    expect(a.equals(b)).toBe(true);
  });

  it('writes well-formed XMP even when the credits contain "&"', async () => {
    const kit = await shippedChecklist('nl');
    expect(kit.meta.credits).toContain('&');
    const bytes = (await pdfOf(kit)).toString('latin1');
    const xmp = bytes.slice(bytes.indexOf('<x:xmpmeta'), bytes.indexOf('</x:xmpmeta>'));
    expect(xmp).toContain('A&amp;O-fonds');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('the fixture checklist plans with one field per question', async () => {
    const kit = await fixtureChecklist('en');
    const { plan, diagnostics } = planChecklist(kit, theme);
    expect(diagnostics).toEqual([]);
    expect(plan.fields.map((f) => f.id)).toEqual(fieldNames(kit));
    expect(plan.language).toBe('en');
  });
});
