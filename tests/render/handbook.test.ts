// The facilitator handbook as Word sees it: unzipped, its XML checked for styles, lists, tables, language,
// properties, table of contents, header and footer, logo alt text, embedded fonts and the same bytes twice.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalisedDataTeamStart } from '../../src/content/model.js';
import { handbookOutline } from '../../src/render/handbook/outline.js';
import { handbookFileName, renderHandbook } from '../../src/render/handbook/render.js';
import type { PackageParts } from '../../src/render/ooxml/package.js';
import { partText, readPackage } from '../../src/render/ooxml/package.js';
import { loadBrand } from '../../src/theme/brand.js';
import type { Theme } from '../../src/theme/theme.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';
import { DTS_NL } from '../helpers/fixture.js';
import { fixtureDts } from '../helpers/kits.js';

const DATE = new Date('2026-11-25T00:00:00Z');
const START = 13 * 60;
const EXAMPLE_BRAND = path.join(import.meta.dirname, '..', '..', 'examples', 'brand', 'brand.yaml');

async function render(kit: LocalisedDataTeamStart, theme: Theme = defaultTheme(), start = START) {
  const { files, diagnostics } = await renderHandbook(kit, theme, { start }, DATE);
  expect(diagnostics).toEqual([]);
  expect(files.map((f) => f.name)).toEqual([handbookFileName]);
  const bytes = files[0]?.bytes ?? Buffer.alloc(0);
  return { bytes, parts: await readPackage(bytes) };
}

function xml(parts: PackageParts, name: string): string {
  const text = partText(parts, name);
  if (text === undefined) throw new Error(`no ${name} in the package`);
  return text;
}

/** The text of each paragraph with the given style, in document order. */
function paragraphsWithStyle(document: string, style: string): string[] {
  return [
    ...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="([^"]+)"\/>((?:(?!<\/w:p>).)*)<\/w:p>/gs),
  ]
    .filter((m) => m[1] === style)
    .map((m) => [...(m[2] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

function unescape(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

let nl: LocalisedDataTeamStart;
let en: LocalisedDataTeamStart;
let parts: PackageParts;
let document: string;

beforeAll(async () => {
  nl = await fixtureDts('nl');
  en = await fixtureDts('en');
  parts = (await render(nl)).parts;
  document = xml(parts, 'word/document.xml');
});

describe('the facilitator handbook (DOCX)', () => {
  it('has one Heading 1 per chapter, in the order of the issue', () => {
    const l = nl.labels.handbook;
    expect(paragraphsWithStyle(document, 'Heading1').map(unescape)).toEqual([
      l.about,
      l.outcomes,
      l.preparation,
      nl.labels.schedule,
      ...nl.assignments.map((a) => `${l.assignment} ${a.number}: ${a.title}`),
      l.afterSession,
      l.framework,
      l.checklist,
    ]);
  });

  it('defines every paragraph, character and table style it uses', () => {
    const styles = xml(parts, 'word/styles.xml');
    const defined = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set<string>();
    for (const name of [...parts.keys()].filter((n) =>
      /^word\/(document|header\d+|footer\d+)\.xml$/.test(n),
    )) {
      for (const m of xml(parts, name).matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g))
        used.add(m[1] ?? '');
    }
    for (const style of [
      'Heading1',
      'Heading2',
      'Heading3',
      'ListBullet',
      'ListNumber',
      'ListCheck',
      'TOC1',
      'KitTable',
      'TableHeading',
    ])
      expect(used, style).toContain(style);
    expect([...used].filter((s) => !defined.has(s))).toEqual([]);
    // Styles have names Word shows, and headings stay with the next paragraph.
    expect(styles).toMatch(/w:styleId="Heading1"><w:name w:val="heading 1"\/>/);
    expect(styles).toMatch(/w:styleId="Heading2">(?:(?!<\/w:style>).)*<w:keepNext\/>/s);
    expect(styles).toMatch(/w:styleId="Normal"[^>]*>(?:(?!<\/w:style>).)*<w:widowControl\/>/s);
  });

  it('makes lists with real numbering definitions, numbered lists starting at 1 each time', () => {
    const numbering = xml(parts, 'word/numbering.xml');
    const nums = new Map(
      [
        ...numbering.matchAll(
          /<w:num w:numId="(\d+)"[^>]*>(?:(?!<\/w:num>).)*?<w:abstractNumId w:val="(\d+)"\/>/gs,
        ),
      ].map((m) => [m[1], m[2]]),
    );
    const abstracts = new Set(
      [...numbering.matchAll(/<w:abstractNum [^>]*w:abstractNumId="(\d+)"/g)].map((m) => m[1]),
    );
    const used = [...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1] ?? '');
    expect(used.length).toBeGreaterThan(20);
    for (const id of used) expect(abstracts.has(nums.get(id))).toBe(true);
    // Every assignment's steps are a numbered list of their own.
    const stepLists = new Set(
      [
        ...document.matchAll(
          /<w:pStyle w:val="ListNumber"\/>(?:(?!<\/w:pPr>).)*?<w:numId w:val="(\d+)"\/>/gs,
        ),
      ].map((m) => m[1]),
    );
    expect(stepLists.size).toBeGreaterThanOrEqual(nl.assignments.length);
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
  });

  it('repeats every table header row on each page and never splits a row', () => {
    const tables = [...document.matchAll(/<w:tbl>((?:(?!<\/w:tbl>).)*)<\/w:tbl>/gs)].map((m) => m[1] ?? '');
    // what to print where, the schedule, one worked example per assignment, the matrix
    expect(tables.length).toBe(3 + nl.assignments.length);
    for (const table of tables) {
      const rows = [...table.matchAll(/<w:tr>((?:(?!<\/w:tr>).)*)<\/w:tr>/gs)].map((m) => m[1] ?? '');
      expect(rows[0]).toContain('<w:tblHeader/>');
      for (const row of rows) expect(row).toContain('<w:cantSplit/>');
      expect(table).toContain('<w:tblStyle w:val="KitTable"/>');
    }
  });

  it('lists the schedule with clock times from the start time', async () => {
    const { parts: early } = await render(nl, defaultTheme(), 9 * 60 + 30);
    const text = xml(early, 'word/document.xml');
    const first = nl.schedule[0];
    // Dutch clock times: 9.30, 13.00 (and "om 9.30 uur" in running text).
    expect(text).toContain(`9.30–`);
    expect(text).toContain('9.30 uur.');
    expect(text).not.toMatch(/\d:\d\d–/);
    expect(text).toContain(`${first?.minutes ?? 0} ${nl.labels.minutes}`);
    expect(document).toContain('13.00–');
  });

  it('sets the document language on the default style and on the runs', async () => {
    const styles = xml(parts, 'word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>(?:(?!<\/w:docDefaults>).)*<w:lang w:val="nl-NL"\/>/s);
    // Every run of text we write carries it (the TOC's entries are docx's own and take it from the style).
    const body = document.slice(document.indexOf('</w:sdt>'));
    const runs = [...body.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:t[ >]/gs)].map((m) => m[0]);
    expect(runs.length).toBeGreaterThan(100);
    expect(runs.filter((r) => !r.includes('<w:lang w:val="nl-NL"/>'))).toEqual([]);
    const english = xml((await render(en)).parts, 'word/styles.xml');
    expect(english).toContain('<w:lang w:val="en-GB"/>');
    expect(english).not.toContain('nl-NL');
  });

  it('has core properties: title, subject, language, version and the fixed date', () => {
    const core = xml(parts, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${nl.meta.title}: ${nl.labels.handbook.title}</dc:title>`);
    expect(core).toContain(`<dc:subject>${nl.meta.subtitle}</dc:subject>`);
    expect(core).toContain('<dc:language>nl-NL</dc:language>');
    expect(core).toContain(`<cp:version>${nl.version}</cp:version>`);
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-25T00:00:00Z</dcterms:created>',
    );
  });

  it('writes the table of contents with its entries and page numbers, not an empty field to update', () => {
    const toc = /<w:sdt>((?:(?!<\/w:sdt>).)*)<\/w:sdt>/s.exec(document)?.[1] ?? '';
    expect(toc).toContain('TOC \\h \\o &quot;1-1&quot;');
    expect(toc).not.toContain('w:dirty="true"');
    const entries = [
      ...toc.matchAll(
        /<w:pStyle w:val="TOC(\d)"\/>(?:(?!<\/w:p>).)*?<w:t xml:space="preserve">([^<]*)<\/w:t>(?:(?!<\/w:p>).)*?PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d*)<\/w:t>/gs,
      ),
    ].map((m) => ({ level: Number(m[1]), text: unescape(m[2] ?? ''), page: Number(m[3]) }));
    const chapters = paragraphsWithStyle(document, 'Heading1').map(unescape);
    expect(entries.filter((e) => e.level === 1).map((e) => e.text)).toEqual(chapters);
    // Page numbers are there, start after the cover, colophon and contents, and never go back.
    const pages = entries.map((e) => e.page);
    expect(pages.every((n) => n >= 4)).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(xml(parts, 'word/settings.xml')).not.toContain('<w:updateFields');
  });

  it('has a running header and a footer with a PAGE field; the cover and colophon have none', () => {
    const headers = [...parts.keys()].filter((n) => /^word\/header\d+\.xml$/.test(n));
    const footers = [...parts.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(headers.length).toBe(1);
    expect(footers.length).toBe(1);
    expect(xml(parts, headers[0] ?? '')).toContain(nl.labels.handbook.title);
    expect(xml(parts, footers[0] ?? '')).toMatch(
      /<w:instrText[^>]*>PAGE<\/w:instrText>|<w:fldSimple w:instr="PAGE"/,
    );
    const sections = [...document.matchAll(/<w:sectPr>((?:(?!<\/w:sectPr>).)*)<\/w:sectPr>/gs)].map(
      (m) => m[1] ?? '',
    );
    expect(sections.length).toBe(3);
    expect(sections.map((s) => s.includes('footerReference'))).toEqual([false, false, true]);
  });

  it('shows the brand logo on the cover with its alt text, and the organisation', async () => {
    const brand = await loadBrand(nodeWorkspace(), EXAMPLE_BRAND);
    if (!brand.theme?.organisation?.logo) throw new Error('the example brand has no logo');
    const { parts: branded } = await render(nl, brand.theme);
    const text = xml(branded, 'word/document.xml');
    const alt = brand.theme.organisation.logo.alt;
    expect(alt.length).toBeGreaterThan(0);
    expect(text).toMatch(new RegExp(`<wp:docPr id="1" name="logo" descr="${alt}" title="${alt}"/>`));
    expect([...branded.keys()].some((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toBe(true);
    expect(text).toContain(brand.theme.organisation.name);
    expect(document).not.toContain('<wp:docPr');
  });

  it('embeds Source Sans 3 with a key that unlocks each font file', () => {
    const table = xml(parts, 'word/fontTable.xml');
    const rels = xml(parts, 'word/_rels/fontTable.xml.rels');
    const embeds = [...table.matchAll(/<w:embed(\w+) r:id="([^"]+)" w:fontKey="\{([0-9A-F-]+)\}"\/>/g)];
    expect(embeds.map((m) => m[1])).toEqual(['Regular', 'Bold', 'Italic']);
    expect(table).toContain('<w:font w:name="Source Sans 3">');
    expect(table).toContain('<w:family w:val="swiss"/>');
    expect(xml(parts, 'word/settings.xml')).toContain('<w:embedTrueTypeFonts/>');
    for (const [, , id, key] of embeds) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      const data = parts.get(`word/${target ?? ''}`);
      if (!data) throw new Error(`no font file for ${id}`);
      const keyBytes = (key?.replace(/-/g, '').match(/../g) ?? []).map((h) => parseInt(h, 16)).reverse();
      const head = [0, 1, 2, 3].map((i) => (data[i] ?? 0) ^ (keyBytes[i % 16] ?? 0));
      expect(head).toEqual([0, 1, 0, 0]); // a TrueType file once the key is applied
    }
  });

  it('turns on Word hyphenation', () => {
    expect(xml(parts, 'word/settings.xml')).toContain('<w:autoHyphenation/>');
  });

  it('takes every word from the content: the handbook labels, the print table and the assembly steps', () => {
    const outline = handbookOutline(en, defaultTheme(), { start: START }, DATE);
    const words = JSON.stringify(outline);
    const strings = (node: unknown): string[] =>
      typeof node === 'string'
        ? [node]
        : node && typeof node === 'object'
          ? Object.values(node).flatMap(strings)
          : [];
    for (const label of strings(en.labels.handbook))
      expect(words).toContain(JSON.stringify(label).slice(1, -1));
  });

  it('speaks to facilitators when it comes to printing: no command lines, every file of the download named', () => {
    for (const kit of [en, nl]) {
      const outline = handbookOutline(kit, defaultTheme(), { start: START }, DATE);
      const inlines = outline.body.flatMap((b) =>
        b.kind === 'paragraph' && typeof b.content !== 'string' ? b.content : [],
      );
      expect(inlines.filter((i) => typeof i !== 'string' && i.command === true)).toEqual([]);
      expect(JSON.stringify(outline)).not.toMatch(/dts build|--tile|--bleed/);
      const table = outline.body.find(
        (b) => b.kind === 'table' && b.header[0] === kit.labels.handbook.printWhat,
      );
      expect(table?.kind === 'table' ? table.rows.map((r) => r[0]?.content) : []).toEqual(
        kit.labels.handbook.printFiles.map((f) => f.what),
      );
    }
  });

  it('warns, naming the text, when the font has no glyph for a character (Word substitutes a font)', async () => {
    const snowy = await fixtureDts('nl', {
      [DTS_NL]: (text) => text.replace('checklistLink: De checklist', 'checklistLink: De checklist ☃'),
    });
    const { files, diagnostics } = await renderHandbook(snowy, defaultTheme(), { start: START }, DATE);
    expect(files.length).toBe(1);
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'missing-glyph']]);
    expect(diagnostics[0]?.message).toContain('"De checklist ☃" contains "☃" (U+2603)');
  });

  it('gives the same bytes twice, also after other documents in the same process', async () => {
    const first = (await render(nl)).bytes;
    await render(en);
    const brand = await loadBrand(nodeWorkspace(), EXAMPLE_BRAND);
    await render(nl, brand.theme);
    const again = (await render(nl)).bytes;
    expect(Buffer.compare(first, again)).toBe(0);
    const branded1 = (await render(en, brand.theme)).bytes;
    const branded2 = (await render(en, brand.theme)).bytes;
    expect(Buffer.compare(branded1, branded2)).toBe(0);
  }, 60_000);
});
