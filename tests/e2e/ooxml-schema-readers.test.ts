// Every XML part of every DOCX and PPTX dts writes, checked against the ECMA-376 transitional schemas
// (tests/schemas/ecma-376) with xmllint: an element out of order fails here before Word or PowerPoint
// shows a repair prompt. Covers both kits in every language, a branded build (logo parts) and a project
// plan from `dts plan`; and shows, on the kinds of mistake other writers make, that the check can fail.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../../src/render/ooxml/zip.js';
import { validatePackage } from './ooxml-schema.js';
import { dts, reader, ROOT, tempDir } from './tools.js';

const EPOCH = '1764028800';
let out = '';
let branded = '';
let plan = '';

function officeFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(docx|pptx)$/.test(entry.name))
      found.push(path.join(entry.parentPath, entry.name));
  }
  return found.sort();
}

function expectValid(file: string): void {
  const check = validatePackage(readFileSync(file));
  expect(check.errors, path.relative(out, file)).toEqual([]);
  expect([...check.valid].sort(), `${file}: every XML part checked`).toEqual([...check.parts].sort());
  expect(check.parts.length).toBeGreaterThan(5);
}

/** The package with one part changed. */
function withPart(file: string, name: string, change: (xml: string) => string): Buffer {
  const parts = readZip(readFileSync(file));
  const xml = parts.get(name)?.toString('utf8');
  if (xml === undefined) throw new Error(`${file} has no ${name}`);
  const changed = change(xml);
  if (changed === xml) throw new Error(`the change to ${name} changed nothing`);
  parts.set(name, Buffer.from(changed, 'utf8'));
  return writeZip(
    [...parts].map(([partName, data]) => ({ name: partName, data })),
    { date: new Date(Date.UTC(2026, 0, 1)) },
  );
}

beforeAll(async () => {
  // Fails with the Debian package to install when xmllint is missing.
  reader('xmllint', ['--nonet', '--noout', path.join(ROOT, 'tests', 'schemas', 'catalog.xml')]);
  out = tempDir('dts-xsd-build-');
  const full = dts(['build', '--out', out], { SOURCE_DATE_EPOCH: EPOCH });
  if (full.status !== 0) throw new Error(`dts build failed:\n${full.stderr}`);
  branded = tempDir('dts-xsd-brand-');
  const brand = path.join(ROOT, 'examples', 'brand', 'brand.yaml');
  const withBrand = dts(['build', '--only', 'deck,handbook,workshop', '--brand', brand, '--out', branded], {
    SOURCE_DATE_EPOCH: EPOCH,
  });
  if (withBrand.status !== 0) throw new Error(`dts build --brand failed:\n${withBrand.stderr}`);

  const checklist = path.join(
    out,
    'checklist-samen-data-delen',
    'nl',
    'checklist-samen-data-delen-checklist-nl.pdf',
  );
  const pdf = await PDFDocument.load(readFileSync(checklist));
  const fields = pdf.getForm().getFields();
  fields.forEach((field, i) => {
    if (i % 2 === 0) pdf.getForm().getTextField(field.getName()).setText(`- punt een\n- punt twee ${i}`);
  });
  const filled = path.join(out, 'filled.pdf');
  writeFileSync(filled, await pdf.save());
  plan = path.join(tempDir('dts-xsd-plan-'), 'plan.docx');
  const planned = dts(['plan', filled, '--out', plan]);
  if (planned.status !== 0) throw new Error(`dts plan failed:\n${planned.stderr}`);
});

describe('every Office file dts writes is valid against ECMA-376 transitional, part by part', () => {
  it('both kits, every language: decks, handbook, workshop guide', () => {
    const files = officeFiles(out);
    expect(files.map((f) => path.relative(out, f))).toEqual(
      expect.arrayContaining([
        'data-team-start/nl/data-team-start-deck-nl.pptx',
        'data-team-start/en/data-team-start-handbook-en.docx',
        'checklist-samen-data-delen/nl/checklist-samen-data-delen-workshop-deck-nl.pptx',
        'checklist-samen-data-delen/en/checklist-samen-data-delen-workshop-guide-en.docx',
      ]),
    );
    for (const file of files) expectValid(file);
  });

  it('a branded build, with the logo in every deck and document', () => {
    const files = officeFiles(branded);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      expect(
        [...readZip(readFileSync(file)).keys()].some((n) => /media\//.test(n)),
        file,
      ).toBe(true);
      expectValid(file);
    }
  });

  it('a project plan from dts plan', () => {
    expectValid(plan);
  });
});

describe('the check fails on the mistakes that make Office repair a file', () => {
  it('presentation.xml with the notes master list after the slide list (as pptxgenjs 4 writes it)', () => {
    const deck = path.join(out, 'data-team-start', 'nl', 'data-team-start-deck-nl.pptx');
    const broken = withPart(deck, 'ppt/presentation.xml', (xml) => {
      const notes = /<p:notesMasterIdLst>.*?<\/p:notesMasterIdLst>/.exec(xml)?.[0] ?? '';
      return xml.replace(notes, '').replace('</p:sldIdLst>', `</p:sldIdLst>${notes}`);
    });
    const check = validatePackage(broken);
    expect(check.errors.some((e) => e.startsWith('ppt/presentation.xml:'))).toBe(true);
  });

  it('a paragraph whose properties come after its first run, and an unknown part namespace', () => {
    const handbook = path.join(out, 'data-team-start', 'nl', 'data-team-start-handbook-nl.docx');
    const broken = withPart(handbook, 'word/document.xml', (xml) =>
      xml.replace(/<w:p>(<w:pPr>.*?<\/w:pPr>)(<w:r>.*?<\/w:r>)/, '<w:p>$2$1'),
    );
    expect(validatePackage(broken).errors.some((e) => e.startsWith('word/document.xml:'))).toBe(true);
    const foreign = withPart(handbook, 'docProps/app.xml', (xml) =>
      xml.replace(
        'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
        'urn:example:unknown',
      ),
    );
    expect(validatePackage(foreign).errors).toContain(
      'docProps/app.xml: no schema for its root namespace urn:example:unknown',
    );
  });

  it('core properties with a date that is not W3CDTF', () => {
    const deck = path.join(out, 'data-team-start', 'en', 'data-team-start-deck-en.pptx');
    const broken = withPart(deck, 'docProps/core.xml', (xml) =>
      xml.replace(/(<dcterms:created[^>]*>)[^<]*/, '$1yesterday'),
    );
    expect(validatePackage(broken).errors.some((e) => e.startsWith('docProps/core.xml:'))).toBe(true);
  });
});
