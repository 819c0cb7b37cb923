// The table of contents' page numbers come from our own page model; the docx library's general page
// layout (about a second per document) is the yardstick they must match. It lays out the very document we
// write (docx's patchDocument with its page-number estimator), with our page numbers taken out first.
import path from 'node:path';
import { patchDocument } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedChecklist, LocalisedDataTeamStart } from '../../src/content/model.js';
import type { DocumentSpec } from '../../src/render/docx/model.js';
import { renderDocx } from '../../src/render/docx/emit.js';
import { headingPages } from '../../src/render/docx/layout.js';
import { partText, readPackage, setPartText, writePackage } from '../../src/render/ooxml/package.js';
import { handbookOutline } from '../../src/render/handbook/outline.js';
import { workshopGuideOutline } from '../../src/render/workshop-guide/outline.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';

const theme = defaultTheme();
const date = new Date('2026-11-25T00:00:00Z');

const PAGEREF =
  /(PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">)(\d*)(<\/w:t>)/g;

/** The page numbers of the table of contents' entries, in order. */
async function contentsNumbers(bytes: Buffer): Promise<string[]> {
  const xml = partText(await readPackage(bytes), 'word/document.xml') ?? '';
  return [...xml.matchAll(PAGEREF)].map((m) => m[2] ?? '');
}

/** The same document with the table of contents' page numbers laid out by the docx library instead. */
async function libraryNumbers(bytes: Buffer): Promise<string[]> {
  const parts = await readPackage(bytes);
  const xml = partText(parts, 'word/document.xml') ?? '';
  setPartText(parts, 'word/document.xml', xml.replace(PAGEREF, '$1$3'));
  const blank = await writePackage(parts, date);
  expect((await contentsNumbers(blank)).every((n) => n === '')).toBe(true);
  const laidOut = await patchDocument({
    outputType: 'nodebuffer',
    data: blank,
    patches: {},
    pageNumbers: estimatePageNumbersWith({ guess: true }),
  });
  return contentsNumbers(laidOut);
}

describe('table of contents page numbers', () => {
  for (const language of ['nl', 'en']) {
    it(`of the shipped ${language} handbook are those of the docx library's page layout`, async () => {
      const content = await loadContent(
        nodeWorkspace(),
        path.join(import.meta.dirname, '..', '..', 'content'),
        {
          kits: ['data-team-start'],
        },
      );
      const kit = content.kits[0]?.localised.get(language) as LocalisedDataTeamStart;
      const spec = handbookOutline(kit, theme, { start: 13 * 60 }, date);
      const bytes = await renderDocx(spec, theme);
      const ours = await contentsNumbers(bytes);
      expect(ours.length).toBeGreaterThan(10);
      expect(ours.every((n) => Number(n) >= 4)).toBe(true);
      expect(ours).toEqual(await libraryNumbers(bytes));
    }, 30_000);

    it(`of the shipped ${language} workshop guide (two levels) are those of the docx library's page layout`, async () => {
      const content = await loadContent(
        nodeWorkspace(),
        path.join(import.meta.dirname, '..', '..', 'content'),
        { kits: ['checklist-samen-data-delen'] },
      );
      const kit = content.kits[0]?.localised.get(language) as LocalisedChecklist;
      const bytes = await renderDocx(workshopGuideOutline(kit, theme, { start: 13 * 60 }, date), theme);
      const ours = await contentsNumbers(bytes);
      expect(ours.length).toBeGreaterThan(20);
      expect(ours).toEqual(await libraryNumbers(bytes));
    }, 30_000);
  }

  it('count the pages a long chapter runs over', () => {
    const paragraph = 'Een zin van gewone lengte die samen met vele andere een lange tekst vormt. '.repeat(
      12,
    );
    const spec = (paragraphs: number): DocumentSpec => ({
      language: 'nl',
      title: 't',
      subject: 's',
      version: '1',
      date,
      cover: { title: 't', subtitle: 's', version: '1' },
      colophon: [],
      contentsTitle: 'Inhoud',
      contentsLevels: 1,
      header: 'h',
      footer: 'f',
      body: [
        { kind: 'heading', level: 1, text: 'Een' },
        ...Array.from({ length: paragraphs }, () => ({ kind: 'paragraph' as const, content: paragraph })),
        { kind: 'heading', level: 1, text: 'Twee' },
      ],
    });
    // Cover 1, colophon 2, contents 3: the first chapter starts on page 4.
    expect(headingPages(spec(1), theme)).toEqual([4, 5]);
    const [, second] = headingPages(spec(12), theme);
    expect(second).toBeGreaterThanOrEqual(6);
    expect(headingPages(spec(24), theme)[1]).toBeGreaterThan(second!);
  });
});
