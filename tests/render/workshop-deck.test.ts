// The workshop deck of the Checklist Samen Data Delen: the same building blocks as the Data Team Start
// deck, checked in the package — a slide per question area and per workshop step, the agenda as a table
// with clock times, facilitation texts in the notes, the language on every run, the same bytes twice.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedChecklist } from '../../src/content/model.js';
import { areaOfSlide, planWorkshopDeck } from '../../src/render/workshop-deck/plan.js';
import { categoryPalette } from '../../src/theme/palette.js';
import { renderWorkshopDeck, WORKSHOP_DECK_FILE } from '../../src/render/workshop-deck/render.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';
import { loadEdited } from '../helpers/fixture.js';

const DATE = new Date('2026-11-25T00:00:00Z');

async function fixtureChecklist(language = 'nl'): Promise<LocalisedChecklist> {
  const content = await loadEdited();
  const kit = content.kits.find((k) => k.id === 'checklist-samen-data-delen')?.localised.get(language);
  if (kit?.kind !== 'checklist') throw new Error('checklist fixture did not load');
  return kit;
}

async function parts(kit: LocalisedChecklist, start = 13 * 60) {
  const result = await renderWorkshopDeck(kit, defaultTheme(), { start }, DATE);
  const file = result.files[0];
  if (!file) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  const zip = await JSZip.loadAsync(file.bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  return { result, file, zip, read, slides };
}

const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? '');

describe('the workshop deck (PPTX)', () => {
  it('has the goal, agenda, cards, capturing, the areas and every workshop step, each with a title', async () => {
    const kit = await fixtureChecklist();
    const { file, read, slides } = await parts(kit);
    expect(file.name).toBe(WORKSHOP_DECK_FILE);
    // title, goal, agenda, areas overview, cards, capturing; one per area; one per step.
    expect(slides).toBe(6 + kit.areas.length + kit.workshop.steps.length);
    // The session starts with its first step, right after the title.
    expect(texts(await read('ppt/slides/slide2.xml'))).toContain(kit.workshop.steps[0]?.title);
    const all = (
      await Promise.all(Array.from({ length: slides }, (_, i) => read(`ppt/slides/slide${i + 1}.xml`)))
    ).map((xml) => texts(xml).join(' '));
    for (const title of [
      kit.labels.deck.goal,
      kit.labels.deck.agenda,
      kit.labels.deck.cards,
      kit.labels.deck.capturing,
      kit.labels.deck.areas,
      ...kit.areas.map((a) => `${kit.labels.area} ${a.number}: ${a.title}`),
      ...kit.workshop.steps.map((s) => s.title),
    ])
      expect(all.filter((t) => t.includes(title)).length, title).toBeGreaterThan(0);
    for (const question of kit.areas.flatMap((a) => a.questions))
      expect(all.join(' ')).toContain(question.text);
  });

  it('shows the agenda as a table with clock times from the start, as the language writes them', async () => {
    const kit = await fixtureChecklist();
    const { read } = await parts(kit, 9 * 60);
    const agenda = await read('ppt/slides/slide4.xml');
    expect(agenda).toContain('<a:tbl>');
    expect(agenda.match(/<a:tr /g)).toHaveLength(kit.workshop.steps.length + 1);
    expect(texts(agenda)).toContain('9.00–9.20');
    const english = await parts(await fixtureChecklist('en'), 9 * 60);
    expect(texts(await english.read('ppt/slides/slide4.xml'))).toContain('09:00–09:20');
  });

  it('puts the facilitation texts and timing in the notes, every run in the content language', async () => {
    const kit = await fixtureChecklist('en');
    const { read, slides } = await parts(kit);
    const notes = await Promise.all(
      Array.from({ length: slides }, (_, i) => read(`ppt/notesSlides/notesSlide${i + 1}.xml`)),
    );
    for (const xml of notes) {
      expect(texts(xml.split('<p:ph type="body"')[1] ?? '').join('').length).toBeGreaterThan(2);
      for (const rPr of xml.match(/<a:(?:rPr|endParaRPr)\b[^>]*>/g) ?? [])
        expect(rPr).toContain('lang="en-GB"');
    }
    const step = kit.workshop.steps[1];
    const stepNotes = texts(notes[notes.length - 1] ?? '').join(' ');
    expect(stepNotes).toContain(step?.facilitation);
    expect(stepNotes).toContain(kit.labels.deck.facilitation);
    expect(stepNotes).toContain('13:20–14:00');
  });

  it('gives the same bytes when built twice', async () => {
    const kit = await fixtureChecklist();
    const a = (await parts(kit)).file.bytes;
    const b = (await parts(kit)).file.bytes;
    expect(a.equals(b)).toBe(true);
  });

  it('fits the shipped workshop in Dutch and English without errors or warnings', async () => {
    const content = await loadContent(nodeWorkspace(), 'content', { kits: ['checklist-samen-data-delen'] });
    for (const language of ['nl', 'en']) {
      const kit = content.kits[0]?.localised.get(language) as LocalisedChecklist;
      const { deck, diagnostics } = planWorkshopDeck(kit, defaultTheme(), { start: 13 * 60 }, DATE);
      expect(diagnostics, language).toEqual([]);
      // …and the task list in the step that makes it.
      expect(deck.slides.length).toBe(6 + kit.areas.length + kit.workshop.steps.length + 1);
    }
  });
});

describe('the workshop deck follows the session (shipped content)', () => {
  const shipped = async (language: string) => {
    const content = await loadContent(nodeWorkspace(), 'content', { kits: ['checklist-samen-data-delen'] });
    return content.kits[0]?.localised.get(language) as LocalisedChecklist;
  };

  for (const language of ['nl', 'en']) {
    it(`shows each round's questions after that round's step, and no question before the welcome (${language})`, async () => {
      const kit = await shipped(language);
      const { deck } = planWorkshopDeck(kit, defaultTheme(), { start: 13 * 60 }, DATE);
      const ids = deck.slides.map((s) => s.id);
      const welcome = ids.indexOf(`step-${kit.workshop.steps[0]?.id}`);
      expect(welcome).toBe(1);
      const rounds = kit.workshop.steps.filter((step) => step.areas.length > 0);
      expect(rounds.length).toBeGreaterThan(1);
      for (const [r, step] of rounds.entries()) {
        const from = ids.indexOf(`step-${step.id}`);
        const next = rounds[r + 1];
        const to = next ? ids.indexOf(`step-${next.id}`) : ids.length;
        // The question slides between this round's step and the next round's: exactly its areas' questions.
        const shown = deck.slides
          .slice(from, to)
          .filter((s) => areaOfSlide(s.id) !== undefined)
          .flatMap((s) =>
            s.frames.flatMap((f) => (f.kind === 'table' ? f.rows.filter((row) => !row.header) : [])),
          )
          .map((row) => `${row.cells[0]?.text} ${row.cells[1]?.text}`);
        const expected = kit.areas
          .filter((a) => step.areas.includes(a.id))
          .flatMap((a) => a.questions.map((q) => `${q.number} ${q.text}`));
        expect(shown, step.id).toEqual(expected);
      }
      // Every question once, numbered 1.1 to 8.6 as in the checklist.
      const numbers = deck.slides
        .filter((s) => areaOfSlide(s.id) !== undefined)
        .flatMap((s) =>
          s.frames.flatMap((f) => (f.kind === 'table' ? f.rows.filter((row) => !row.header) : [])),
        )
        .map((row) => row.cells[0]?.text);
      expect(numbers).toEqual(kit.areas.flatMap((a) => a.questions.map((q) => q.number)));
      expect(numbers[0]).toBe('1.1');
      expect(numbers.at(-1)).toBe('8.6');
      expect(ids.indexOf('area-1')).toBeGreaterThan(welcome);
    });
  }

  it('colours each question slide in its area colour, as the checklist and cards do', async () => {
    const kit = await shipped('nl');
    const theme = defaultTheme();
    const palette = categoryPalette(theme, kit.areas.length);
    const { deck } = planWorkshopDeck(kit, theme, { start: 13 * 60 }, DATE);
    const { read } = await parts(kit);
    let checked = 0;
    for (const [i, slide] of deck.slides.entries()) {
      const area = areaOfSlide(slide.id);
      const xml = await read(`ppt/slides/slide${i + 1}.xml`);
      const fills = new Set([...xml.matchAll(/<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => `#${m[1]}`));
      if (area === undefined) {
        for (const colour of palette) expect(fills.has(colour.fill), slide.id).toBe(false);
        continue;
      }
      expect(fills.has(palette[area - 1]!.fill), slide.id).toBe(true);
      for (const other of palette.filter((_, j) => j !== area - 1)) expect(fills.has(other.fill)).toBe(false);
      checked++;
    }
    expect(checked).toBe(kit.areas.length);
  });
});
