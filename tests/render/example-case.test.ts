// The worked example in deck and handbook, measured on the shipped content: an example slide per assignment
// with the shapes of its poster zone's structure, the same case texts in deck and handbook, dates and times
// in each language's convention, and no heading left alone at the foot of a slide or page, also in a
// language 40 % longer than Dutch.
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/content/clock.js';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedDataTeamStart } from '../../src/content/model.js';
import { xmlText } from '../../src/markup.js';
import { planDeck } from '../../src/render/deck/plan.js';
import { renderDeck } from '../../src/render/deck/render.js';
import { layOutDocument } from '../../src/render/docx/layout.js';
import { handbookOutline } from '../../src/render/handbook/outline.js';
import { renderHandbook } from '../../src/render/handbook/render.js';
import { readPackage, partText } from '../../src/render/ooxml/package.js';
import type { FittedDeck } from '../../src/render/pptx/paginate.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';
import { lengthened } from '../helpers/lengthen.js';

const theme = defaultTheme();
const DATE = new Date('2026-11-25T00:00:00Z');
const START = 13 * 60;
const content = await loadContent(nodeWorkspace(), path.join(import.meta.dirname, '..', '..', 'content'), {
  kits: ['data-team-start'],
});
const shipped = (language: string) => content.kits[0]?.localised.get(language) as LocalisedDataTeamStart;

async function deckXml(kit: LocalisedDataTeamStart) {
  const { files, diagnostics } = await renderDeck(kit, theme, { start: START }, DATE);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const zip = await JSZip.loadAsync(files[0]?.bytes ?? Buffer.alloc(0));
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const { deck } = planDeck(kit, theme, { start: START }, DATE);
  return { deck, read };
}

const count = (xml: string, pattern: RegExp) => [...xml.matchAll(pattern)].length;
const named = (xml: string, prefix: string) =>
  count(xml, new RegExp(`<p:cNvPr id="\\d+" name="${prefix}[^"]*"`, 'g'));

/** Every string of a value, depth first. */
const strings = (node: unknown): string[] =>
  typeof node === 'string'
    ? [node]
    : node && typeof node === 'object'
      ? Object.values(node).flatMap(strings)
      : [];

describe('the worked example', () => {
  for (const language of ['nl', 'en']) {
    it(`${language}: an example slide per assignment draws its zone's structure with the example's entries`, async () => {
      const kit = shipped(language);
      const { deck, read } = await deckXml(kit);
      for (const a of kit.assignments) {
        const slide = deck.slides.find((s) => s.id === `assignment-${a.number}-example`);
        expect(slide, a.id).toBeDefined();
        const xml = await read(`ppt/slides/slide${slide?.number ?? 0}.xml`);
        const e = a.example;
        switch (a.canvas.kind) {
          case 'table':
            expect(count(xml, /<a:tbl>/g)).toBe(1);
            expect(count(xml, /<a:tr /g)).toBe((e.rows?.length ?? 0) + 1);
            expect(count(xml, /<a:gridCol /g)).toBe(a.canvas.columns.length);
            break;
          case 'matrix':
            expect(count(xml, /<a:tr /g)).toBe(kit.competencies.length + 1);
            expect(count(xml, /<a:gridCol /g)).toBe(kit.stages.length + 1);
            expect(xml).toContain('● ID TH');
            break;
          case 'tree':
            expect(count(xml, /<p:grpSp>/g)).toBe(1);
            expect(named(xml, 'Cause note')).toBe(e.causes?.length);
            expect(named(xml, 'Effect note')).toBe(e.effects?.length);
            expect(named(xml, 'Core problem')).toBe(1);
            // A connector from every cause to the core and from the core to every effect, with arrowheads.
            expect(count(xml, /<p:cxnSp>/g)).toBe((e.causes?.length ?? 0) + (e.effects?.length ?? 0));
            expect(count(xml, /<a:tailEnd type="triangle"/g)).toBe(
              (e.causes?.length ?? 0) + (e.effects?.length ?? 0),
            );
            break;
          case 'quadrant': {
            const notes = Object.values(e.quadrants ?? {}).flat().length;
            expect(named(xml, 'Note ')).toBe(notes);
            expect(count(xml, /name="Axis"/g)).toBe(2);
            expect(count(xml, /name="Axis label"/g)).toBe(2);
            expect(count(xml, /name="Axis end"/g)).toBe(4);
            for (const label of [a.canvas.horizontal, a.canvas.vertical])
              expect(xml).toContain(`<a:t>${xmlText(label)}</a:t>`);
            break;
          }
          case 'newspaper':
            expect(named(xml, 'Masthead')).toBe(1);
            expect(named(xml, 'Headline')).toBe(1);
            expect(named(xml, 'Story')).toBe(e.lines?.length);
            break;
        }
        // Every sticky note is a real rectangle in the note colour, with its text in the language.
        expect(count(xml, /<a:srgbClr val="FFF1A8"\/>/g)).toBe(
          a.canvas.kind === 'tree'
            ? (e.causes?.length ?? 0) + (e.effects?.length ?? 0)
            : a.canvas.kind === 'quadrant'
              ? Object.values(e.quadrants ?? {}).flat().length
              : 0,
        );
      }
    });

    it(`${language}: deck and handbook tell the same case, every text of it`, async () => {
      const kit = shipped(language);
      const { deck, read } = await deckXml(kit);
      let pptx = '';
      for (const slide of deck.slides) {
        pptx += await read(`ppt/slides/slide${slide.number}.xml`);
        pptx += await read(`ppt/notesSlides/notesSlide${slide.number}.xml`);
      }
      const { files } = await renderHandbook(kit, theme, { start: START }, DATE);
      const docx = partText(await readPackage(files[0]?.bytes ?? Buffer.alloc(0)), 'word/document.xml') ?? '';
      const texts = [
        kit.exampleCase.name,
        kit.exampleCase.title,
        kit.exampleCase.summary,
        ...kit.assignments.flatMap((a) => strings(a.example)),
      ];
      expect(texts.length).toBeGreaterThan(80);
      // Initials stand beside the matrix's marks; every other text is a run of its own or within one.
      const plain = (xml: string) => xml.replace(/<[^>]+>/g, '');
      for (const text of texts) {
        expect(plain(pptx), `deck: ${text}`).toContain(xmlText(text));
        expect(plain(docx).replace(/\s+/g, ' '), `handbook: ${text}`).toContain(
          xmlText(text).replace(/\s+/g, ' '),
        );
      }
    });

    it(`${language}: prints dates and times as the language does, on title slide, cover and schedule`, async () => {
      const kit = shipped(language);
      const { read } = await deckXml(kit);
      const title = await read('ppt/slides/slide1.xml');
      const agenda = await read('ppt/slides/slide5.xml');
      // The outline's texts (its `date` is the file's own timestamp, not a printed text).
      const outline = JSON.stringify({
        ...handbookOutline(kit, theme, { start: START }, DATE),
        date: undefined,
      });
      if (language === 'nl') {
        expect(title).toContain('Versie 1.0.0 · 25 november 2026');
        expect(title).toContain('Uitgegeven door Universiteit Utrecht · Licentie CC BY-NC-SA 4.0');
        expect(agenda).toContain('<a:t>13.00–13.15</a:t>');
        expect(outline).toContain('13.00 uur.');
        expect(outline).toContain('25 november 2026');
      } else {
        expect(title).toContain('Version 1.0.0 · 25 November 2026');
        expect(title).toContain('Published by Utrecht University · Licence CC BY-NC-SA 4.0');
        expect(agenda).toContain('<a:t>13:00–13:15</a:t>');
        expect(outline).toContain('a start at 13:00.');
        expect(outline).toContain('25 November 2026');
      }
      expect(outline).not.toMatch(/November 25|\d{4}-\d{2}-\d{2}/);
    });
  }
});

/** Slides whose last text is a heading: the heading stands alone at the foot of the slide. */
function strandedOnSlides(deck: FittedDeck): string[] {
  return deck.slides.flatMap((slide) => {
    const last = [...slide.frames].sort((a, b) => a.box.y - b.box.y).at(-1);
    const paragraph = last?.kind === 'text' ? last.paragraphs.at(-1) : undefined;
    return paragraph?.heading ? [`slide ${slide.number} ("${slide.title.text}"): ${paragraph.text}`] : [];
  });
}

describe('no heading is left alone at the foot of a slide or page', () => {
  const variants = [
    ['nl', () => shipped('nl')],
    ['en', () => shipped('en')],
    ['nl, 40 % longer', () => lengthened(shipped('nl'))],
    ['en, 40 % longer', () => lengthened(shipped('en'))],
  ] as const;
  for (const [name, kit] of variants) {
    it(`${name}: in the deck`, () => {
      const { deck } = planDeck(kit(), theme, { start: START }, DATE);
      expect(deck.slides.length).toBeGreaterThan(30);
      expect(strandedOnSlides(deck)).toEqual([]);
    });
    it(`${name}: in the handbook`, () => {
      const spec = handbookOutline(kit(), theme, { start: START }, DATE);
      const { blockPages: blocks } = layOutDocument(spec, theme);
      const stranded = spec.body.flatMap((block, i) =>
        block.kind === 'heading' && i + 1 < spec.body.length && blocks[i]?.last !== blocks[i + 1]?.first
          ? [`${block.text} (page ${blocks[i]?.last}, next block on ${blocks[i + 1]?.first})`]
          : [],
      );
      expect(stranded).toEqual([]);
    });
  }
});

describe('date and time conventions (src/content/clock.ts)', () => {
  it('are the same in every time zone: a calendar date read in UTC', () => {
    expect(formatDate(new Date('2026-11-25T23:30:00Z'), 'nl')).toBe('25 november 2026');
    expect(formatDate(new Date('2026-11-25T00:00:00Z'), 'en')).toBe('25 November 2026');
  });
});
