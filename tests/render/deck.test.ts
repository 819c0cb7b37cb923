// The deck as PowerPoint reads it: unzipped and checked part by part — slides with real title
// placeholders, real lists and tables, notes in the right language, continuation slides, overflow errors,
// and the same bytes every time.
import JSZip from 'jszip';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { LocalisedDataTeamStart } from '../../src/content/model.js';
import { planDeck } from '../../src/render/deck/plan.js';
import { renderDeck } from '../../src/render/deck/render.js';
import type { Theme } from '../../src/theme/theme.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { DTS_NL } from '../helpers/fixture.js';
import { fixtureDts } from '../helpers/kits.js';

const DATE = new Date('2026-11-25T00:00:00Z');
const START = 13 * 60;

async function build(kit: LocalisedDataTeamStart, theme: Theme = defaultTheme(), start = START) {
  const result = await renderDeck(kit, theme, { start }, DATE);
  const file = result.files[0];
  if (!file) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return { ...result, bytes: file.bytes, zip: await JSZip.loadAsync(file.bytes) };
}

async function text(zip: JSZip, name: string): Promise<string> {
  const entry = zip.file(name);
  if (!entry) throw new Error(`no ${name} in the package`);
  return entry.async('string');
}

function slideNames(zip: JSZip): string[] {
  return Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
}

/** The text of the title placeholder of a slide. */
function titleOf(xml: string): string | undefined {
  const shape = xml
    .split('<p:sp>')
    .map((sp) => sp.split('</p:sp>')[0] ?? '')
    .find((sp) => /<p:ph[^>]*type="title"/.test(sp));
  return shape ? [...shape.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('') : undefined;
}

function texts(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? '');
}

/** A long text of `n` characters, in words, for filling boxes. */
function words(n: number, word = 'samenwerking'): string {
  let out = '';
  while (out.length + word.length + 1 <= n) out += (out ? ' ' : '') + word;
  return out;
}

describe('the deck (PPTX)', () => {
  it('has a slide for every part of the session: title, opening, framework, each assignment three times (divider, steps, example), break, closing', async () => {
    const kit = await fixtureDts('nl');
    const { zip } = await build(kit);
    // title, welcome, outcomes, how to use, agenda, competencies, matrix, the example case; divider, steps
    // and worked example per assignment; break; closing.
    expect(slideNames(zip)).toHaveLength(8 + 3 * kit.assignments.length + 1 + 1);
    const presentation = await text(zip, 'ppt/presentation.xml');
    expect(presentation).toContain('<p:sldSz cx="12192000" cy="6858000"'); // 16:9, 13.333 × 7.5 in
  });

  it('gives every slide a title placeholder with its own text', async () => {
    for (const language of ['nl', 'en']) {
      const { zip } = await build(await fixtureDts(language));
      const titles: string[] = [];
      for (const name of slideNames(zip)) {
        const title = titleOf(await text(zip, name));
        expect(title, name).toBeTruthy();
        titles.push(title ?? '');
      }
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it('has speaker notes on every slide, in the content language, with the facilitator guidance and clock times', async () => {
    const kit = await fixtureDts('nl');
    const { zip } = await build(kit, defaultTheme(), 9 * 60 + 30);
    const slides = slideNames(zip);
    for (let i = 1; i <= slides.length; i++) {
      const notes = await text(zip, `ppt/notesSlides/notesSlide${i}.xml`);
      const body = notes.split('<p:ph type="body"')[1] ?? '';
      expect(texts(body).join('').length, `notes of slide ${i}`).toBeGreaterThan(5);
      expect(notes).not.toContain('lang="en-US"');
      for (const rPr of notes.match(/<a:rPr\b[^>]*>/g) ?? []) expect(rPr).toContain('lang="nl-NL"');
    }
    // The first assignment's divider and steps slide: introduction, watch-points, debrief, timing.
    const first = kit.assignments[0];
    if (!first) throw new Error('fixture has no assignment');
    const titles = await Promise.all(slides.map(async (n) => titleOf(await text(zip, n))));
    const notesOf = async (title: string) =>
      texts(await text(zip, `ppt/notesSlides/notesSlide${titles.indexOf(title) + 1}.xml`)).join('\n');
    const about = [await notesOf(first.title)];
    expect(about[0]).toContain(first.facilitator.watchFor[0]);
    expect(about[0]).toContain(first.facilitator.debrief[0]);
    expect(about[0]).toContain(kit.labels.deck.watchFor);
    expect(about[0]).toContain(kit.labels.deck.debrief);
    expect(about[0]).toContain('9.50–10.00'); // 20 minutes of welcome after 9.30, as Dutch writes times
    const divider = await notesOf(`${kit.labels.deck.assignment} 1: ${first.title}`);
    expect(divider).toContain(first.facilitator.introduction);
    expect(divider).toContain(kit.labels.deck.introduce);
    expect(divider).toContain(first.materials[0]);
    // Notes are paragraphs with bullets, not one run with line breaks.
    const notes = await text(zip, 'ppt/notesSlides/notesSlide10.xml');
    expect(notes).toContain('<a:buChar char="•"/>');
    expect(notes).toMatch(/<a:rPr lang="nl-NL"[^>]* b="1"/);
  });

  it('tags every run with the language, also in tables, the master and the notes (en-GB for English)', async () => {
    for (const [language, tag] of [
      ['nl', 'nl-NL'],
      ['en', 'en-GB'],
    ]) {
      const { zip } = await build(await fixtureDts(language));
      const parts = Object.keys(zip.files).filter((n) => /^ppt\/.*\.xml$/.test(n));
      let runs = 0;
      for (const name of parts) {
        const xml = await text(zip, name);
        for (const rPr of xml.match(/<a:(?:rPr|endParaRPr)\b[^>]*>/g) ?? []) {
          runs += 1;
          expect(rPr, name).toContain(`lang="${tag}"`);
        }
        expect(xml, name).not.toMatch(/altLang=|lang="en-US"/);
      }
      expect(runs).toBeGreaterThan(100);
      expect(await text(zip, 'docProps/core.xml')).toContain(`<dc:language>${tag}</dc:language>`);
    }
  });

  it('draws the agenda and the competency matrix as real tables, and lists with real bullets and numbers', async () => {
    const kit = await fixtureDts('nl');
    const { zip } = await build(kit);
    const xml = await Promise.all(slideNames(zip).map((n) => text(zip, n)));
    const agenda = xml.find((s) => titleOf(s) === kit.labels.schedule) ?? '';
    expect(agenda).toContain('<a:tbl>');
    expect(agenda.match(/<a:tr /g)).toHaveLength(kit.schedule.length + 1);
    expect(agenda).toContain('<a:t>13.00–13.20</a:t>');
    const matrix = xml.find((s) => titleOf(s) === kit.matrix.title) ?? '';
    expect(matrix).toContain('<a:tbl>');
    expect(matrix.match(/<a:tr /g)).toHaveLength(kit.competencies.length + 1);
    for (const stage of kit.stages) expect(texts(matrix)).toContain(stage.name);
    expect(texts(matrix)).toContain('●');
    const steps = xml.find((s) => titleOf(s) === kit.assignments[0]?.title) ?? '';
    expect(steps).toContain('<a:buAutoNum type="arabicPeriod"');
    const outcomes = xml.find((s) => titleOf(s) === kit.labels.deck.outcomes) ?? '';
    expect(outcomes).toMatch(/<a:buChar char="[^"]+"\/>/);
    for (const slide of xml) expect(texts(slide).some((t) => /^\s*[•·*-]\s/.test(t))).toBe(false);
  });

  it('puts the organisation logo, with its alt text, into the master, and its name on the title slide', async () => {
    const png = await sharp({ create: { width: 600, height: 200, channels: 3, background: '#CC0000' } })
      .png()
      .toBuffer();
    const theme: Theme = {
      ...defaultTheme(),
      organisation: {
        name: 'Gemeente Voorbeeld',
        logo: { png, widthPx: 600, heightPx: 200, vector: false, alt: 'Logo van Gemeente Voorbeeld' },
      },
    };
    const { zip } = await build(await fixtureDts('nl'), theme);
    // The master's three layouts: title, section and content.
    const layouts = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n))
        .map((n) => text(zip, n)),
    );
    const ours = layouts.filter((l) =>
      /<p:cSld name="(Title Slide|Section Header|Title and Content)"/.test(l),
    );
    expect(ours).toHaveLength(3);
    expect(layouts).toHaveLength(3);
    for (const layout of ours) expect(layout).toContain('descr="Logo van Gemeente Voorbeeld"');
    expect(Object.keys(zip.files).some((n) => n.startsWith('ppt/media/'))).toBe(true);
    expect(texts(await text(zip, 'ppt/slides/slide1.xml'))).toContain('Gemeente Voorbeeld');
    expect(await text(zip, 'docProps/core.xml')).toContain('<dc:creator>Gemeente Voorbeeld</dc:creator>');
  });

  it('has a footer with the title and version, and slide numbers', async () => {
    const kit = await fixtureDts('nl');
    const { zip } = await build(kit);
    const layouts = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n))
        .map((n) => text(zip, n)),
    );
    expect(layouts.some((l) => l.includes(`${kit.meta.title} · ${kit.labels.version} ${kit.version}`))).toBe(
      true,
    );
    expect(await text(zip, 'ppt/slides/slide2.xml')).toContain('type="slidenum"');
  });

  it('continues a list that does not fit on a slide of its own, numbering on', async () => {
    const long = (i: number) => `      - Stap ${i} ${words(140)}`;
    const kit = await fixtureDts('nl', {
      [DTS_NL]: (t) =>
        t.replace(
          '    goal: Doel\n    materials:\n      - Stiften\n    steps:\n      - Stap een\n      - Stap twee\n',
          `    goal: ${words(300)}\n    materials:\n      - Stiften\n    steps:\n${[1, 2, 3, 4, 5].map(long).join('\n')}\n`,
        ),
    });
    const { deck, diagnostics } = planDeck(kit, defaultTheme(), { start: START }, DATE);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const title = kit.assignments[0]?.title ?? '';
    const pages = deck.slides.filter((s) => s.title.text.startsWith(title));
    expect(pages.map((p) => p.title.text)).toEqual([title, `${title} (${kit.labels.deck.continued})`]);
    // Items are never split; the numbering goes on where the first slide stopped.
    const numbers = pages.flatMap((p) =>
      p.frames.flatMap((f) =>
        f.kind === 'text'
          ? f.paragraphs.flatMap((q) => (q.bullet?.kind === 'number' ? [q.bullet.startAt] : []))
          : [],
      ),
    );
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
    // Both slides carry the notes, and the package has them as real, unique titles.
    const { zip } = await build(kit);
    const titles = await Promise.all(slideNames(zip).map(async (n) => titleOf(await text(zip, n))));
    expect(titles).toContain(`${title} (${kit.labels.deck.continued})`);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('stops with an error naming the slide, the language and the field when a text cannot fit', async () => {
    // One word too wide for the section title even at its smallest size: office programs would break it.
    const word = 'GEGEVENSUITWISSELINGSOVEREENKOMSTENBEHEER';
    const kit = await fixtureDts('en', {
      'content/data-team-start/texts/en.yaml': (t) =>
        t.replace('title: EN Opdracht a-three', `title: ${word}`),
    });
    const result = await renderDeck(kit, defaultTheme(), { start: START }, DATE);
    expect(result.files).toEqual([]);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const error = errors[0];
    expect(error?.code).toBe('text-overflow');
    expect(error?.field).toBe('assignments.a-three.title');
    expect(error?.file).toBe('content/data-team-start/texts/en.yaml');
    expect(error?.line).toBeGreaterThan(0);
    expect(error?.message).toMatch(
      /^slide \d+ \("[^"]*GEGEVENS[^"]*"\), title, does not fit its box on the deck \(en\)/,
    );
  });

  it('says how many characters too long a paragraph is that not even an empty slide holds', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `woord${i}`).join(' ');
    const kit = await fixtureDts('en', {
      'content/data-team-start/texts/en.yaml': (t) => t.replace('goal: EN Doel', `goal: ${long}`),
    });
    const result = await renderDeck(kit, defaultTheme(), { start: START }, DATE);
    const error = result.diagnostics.find(
      (d) => d.message.includes('does not fit an empty slide') && d.field === 'assignments.a-one.goal',
    );
    expect(error?.field).toMatch(/\.goal$/);
    const over = Number(/about (\d+) characters too long, \d+ pt too tall/.exec(error?.message ?? '')?.[1]);
    // Most of the 400 words must go, but not all of them.
    expect(over).toBeGreaterThan(long.length / 3);
    expect(over).toBeLessThan(long.length);
  });

  it('gives the same bytes when built twice, with fixed dates inside', async () => {
    const kit = await fixtureDts('nl');
    const first = (await build(kit)).bytes;
    const second = (await build(kit)).bytes;
    expect(first.equals(second)).toBe(true);
    // Another time zone: see tests/e2e/deck-readers.test.ts, which builds in a child process.
    const core = await text(await JSZip.loadAsync(first), 'docProps/core.xml');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-25T00:00:00Z</dcterms:created>',
    );
  });

  it('builds the shipped deck in Dutch and English without errors or warnings', async () => {
    const { loadContent } = await import('../../src/content/load.js');
    const { nodeWorkspace } = await import('../../src/workspace/workspace.js');
    const content = await loadContent(nodeWorkspace(), 'content', { kits: ['data-team-start'] });
    for (const language of ['nl', 'en']) {
      const kit = content.kits[0]?.localised.get(language) as LocalisedDataTeamStart;
      const { deck, diagnostics } = planDeck(kit, defaultTheme(), { start: START }, DATE);
      expect(diagnostics, language).toEqual([]);
      expect(deck.slides.length).toBeGreaterThanOrEqual(26);
    }
  });
});
