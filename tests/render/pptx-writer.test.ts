// Our PresentationML writer on the edges the kit's decks do not reach, checked part by part: text XML must
// escape or cannot hold, line breaks in a text, a slide without notes, a text box after a table, a logo;
// and the package as a whole: well-formed parts, every relationship's target present, a content type for
// every part, presentation.xml in schema order, no autofit, and no ids from Math.random.
import { describe, expect, it, vi } from 'vitest';
import type { PackageParts } from '../../src/render/ooxml/package.js';
import { partText } from '../../src/render/ooxml/package.js';
import { deckParts } from '../../src/render/pptx/emit.js';
import { geometry, NOTES_BOX, spacing, styles } from '../../src/render/pptx/layout.js';
import { NOTES_INSETS, NOTES_PLACEHOLDER } from '../../src/render/pptx/notes.js';
import type { FittedDeck, FittedSlide } from '../../src/render/pptx/paginate.js';
import { layOutNotes } from '../../src/render/pptx/paginate.js';
import { pptxBytes } from '../../src/render/pptx/render.js';
import type { Theme } from '../../src/theme/theme.js';
import { defaultTheme } from '../../src/theme/theme.js';

const DATE = new Date('2026-11-25T00:00:00Z');
const theme = defaultTheme();

const title = (text: string) => ({ text, size: 30, lineHeight: 34 });

const slides: FittedSlide[] = [
  {
    id: 'title',
    number: 1,
    layout: 'title',
    geometry: geometry('title', theme),
    title: { text: 'Tom & Jerry <3 "quoted"', size: 48, lineHeight: 56 },
    frames: [
      {
        kind: 'text',
        box: geometry('title', theme).body,
        placeholder: true,
        paragraphs: [{ text: 'A\u0001B', style: styles.lead, spaceAfter: 0, lines: 1 }],
      },
    ],
    notes: layOutNotes([{ heading: 'Notes & more', bullets: [{ text: 'x < y' }] }]),
  },
  {
    id: 'content',
    number: 2,
    layout: 'content',
    geometry: geometry('content', theme),
    title: title('Table, then text'),
    frames: [
      {
        kind: 'table',
        box: { x: 48, y: 114, width: 864, height: 54 },
        styles: { body: styles.table, header: styles.tableHeader },
        columnWidths: [432, 432],
        align: ['left', 'center'],
        rows: [
          { cells: [{ text: 'Head' }, { text: 'B & C' }], header: true, height: 27 },
          { cells: [{ text: 'a', bold: true, shade: true }, { text: '' }], header: false, height: 27 },
        ],
        label: 'A "table"',
      },
      {
        kind: 'text',
        box: { x: 48, y: 182, width: 864, height: 298 },
        placeholder: false,
        paragraphs: [
          { text: 'line one\nline two', style: styles.paragraph, spaceAfter: 12, lines: 2 },
          { text: 'item', style: styles.list, spaceAfter: 6, lines: 1, bullet: { kind: 'bullet' } },
          {
            text: 'step',
            style: styles.list,
            spaceAfter: 0,
            lines: 1,
            bullet: { kind: 'number', startAt: 3 },
          },
        ],
      },
    ],
    notes: [],
  },
];

const deck: FittedDeck = {
  language: 'en',
  title: 'Deck & co',
  subject: 'Subject <1>',
  footer: 'Footer & "version"',
  version: '1.0.0',
  labels: { continued: 'continued' },
  slides,
};

function xml(parts: PackageParts, name: string): string {
  const text = partText(parts, name);
  if (text === undefined) throw new Error(`no ${name}`);
  return text;
}

/** Tags balance, attributes are quoted, and & only starts an entity: what a parser would reject. */
function wellFormed(text: string): string[] {
  const problems: string[] = [];
  const body = text.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  for (const match of body.matchAll(
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g,
  )) {
    const [whole, close, name, , selfClosing] = match;
    if (!name) {
      problems.push(`stray ${whole} at ${match.index}`);
      continue;
    }
    if (close) {
      if (stack.pop() !== name) problems.push(`</${name}> at ${match.index} closes nothing open`);
    } else if (!selfClosing) stack.push(name);
  }
  if (stack.length) problems.push(`unclosed ${stack.join(', ')}`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) problems.push('a control character');
  return problems;
}

const png = Buffer.from('89504e470d0a1a0a', 'hex');
const branded: Theme = {
  ...theme,
  organisation: {
    name: 'Org & Co',
    logo: { png, widthPx: 300, heightPx: 100, vector: false, alt: 'Logo of "Org & Co"' },
  },
};

describe('the PPTX writer', () => {
  it('writes well-formed parts, escaping what XML must escape and dropping what it cannot hold', () => {
    const parts = deckParts(deck, branded, { date: DATE });
    for (const [name, data] of parts)
      if (/\.(xml|rels)$/.test(name)) expect(wellFormed(data.toString('utf8')), name).toEqual([]);
    const first = xml(parts, 'ppt/slides/slide1.xml');
    expect(first).toContain('<a:t>Tom &amp; Jerry &lt;3 &quot;quoted&quot;</a:t>');
    expect(first).toContain('<a:t>AB</a:t>');
    expect(xml(parts, 'ppt/notesSlides/notesSlide1.xml')).toContain('<a:t>x &lt; y</a:t>');
    expect(xml(parts, 'ppt/slides/slide2.xml')).toContain('descr="A &quot;table&quot;"');
    expect(xml(parts, 'ppt/slideLayouts/slideLayout3.xml')).toContain(
      '<a:t>Footer &amp; &quot;version&quot;</a:t>',
    );
    expect(xml(parts, 'ppt/slideLayouts/slideLayout1.xml')).toContain(
      'descr="Logo of &quot;Org &amp; Co&quot;"',
    );
    expect(xml(parts, 'docProps/core.xml')).toContain('<dc:subject>Subject &lt;1&gt;</dc:subject>');
    expect(xml(parts, 'docProps/app.xml')).toContain('<Company>Org &amp; Co</Company>');
  });

  it('gives a slide without notes an empty notes page in its language', () => {
    const parts = deckParts(deck, theme, { date: DATE });
    const notes = xml(parts, 'ppt/notesSlides/notesSlide2.xml');
    const body = (notes.split('<p:ph type="body"')[1] ?? '').split('</p:sp>')[0] ?? '';
    expect(body).toContain('<a:p><a:endParaRPr lang="en-GB"/></a:p>');
    expect(body).not.toContain('<a:t>');
  });

  it('draws a text after a table in a text box, line breaks as a:br, and lists with their indents', () => {
    const slide = xml(deckParts(deck, theme, { date: DATE }), 'ppt/slides/slide2.xml');
    expect(slide).toContain('<p:cNvSpPr txBox="1"/>');
    expect(slide.match(/<p:ph type="body"/g)).toBeNull();
    expect(slide).toMatch(/<a:t>line one<\/a:t><\/a:r><a:br><a:rPr lang="en-GB"[^>]*>.*?<\/a:br><a:r>/);
    const indent = Math.round(spacing.listIndent * 12700);
    expect(slide).toContain(`marL="${indent}" indent="-${indent}"`);
    expect(slide).toContain('<a:buAutoNum type="arabicPeriod" startAt="3"/>');
    // The table: header row marked, empty cell with its language, centred second column.
    expect(slide).toContain('<a:tblPr firstRow="1"/>');
    expect(slide).toContain('<a:endParaRPr lang="en-GB" sz="1600"/>');
    expect(slide).toContain('algn="ctr"');
  });

  it('writes the line heights and spacing it was given, and never lets PowerPoint autofit', () => {
    const parts = deckParts(deck, theme, { date: DATE });
    for (const [name, data] of parts) {
      const text = data.toString('utf8');
      expect(text, name).not.toMatch(/normAutofit|spAutoFit|spcPct/);
      if (/^ppt\/(slides|slideLayouts|slideMasters)\//.test(name) && !name.includes('_rels'))
        for (const bodyPr of text.match(/<p:txBody><a:bodyPr[^>]*>/g) ?? [])
          expect(text.slice(text.indexOf(bodyPr) + bodyPr.length), name).toMatch(/^<a:noAutofit\/>/);
    }
    const slide = xml(parts, 'ppt/slides/slide2.xml');
    expect(slide).toContain(
      '<a:lnSpc><a:spcPts val="2400"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="1200"/></a:spcAft>',
    );
    expect(slide).toContain('<a:lnSpc><a:spcPts val="3400"/></a:lnSpc>'); // the title
  });

  it('resolves every relationship to a part of the package, and every r:id a part uses to a relationship', () => {
    const parts = deckParts(deck, branded, { date: DATE });
    for (const [name, data] of parts) {
      if (!name.endsWith('.rels')) continue;
      const folder = name.replace(/_rels\/[^/]*\.rels$/, '');
      const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
      const ids = new Set<string>();
      for (const [, id, target] of data.toString('utf8').matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)) {
        const resolved = new URL(target ?? '', `http://package/${folder}`).pathname.slice(1);
        expect(parts.has(resolved), `${name}: ${target}`).toBe(true);
        expect(ids.has(id ?? ''), `${name}: ${id} twice`).toBe(false);
        ids.add(id ?? '');
      }
      if (source === '') continue;
      for (const [, id] of xml(parts, source).matchAll(/r:(?:id|embed)="([^"]+)"/g))
        expect(ids.has(id ?? ''), `${source}: ${id}`).toBe(true);
    }
    // Every slide, layout and notes page has its relationships.
    for (const name of parts.keys())
      if (/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/.test(name))
        expect(parts.has(name.replace(/([^/]+)$/, '_rels/$1.rels')), name).toBe(true);
  });

  it('gives every part a content type, and names no part that is not there', () => {
    for (const t of [theme, branded]) {
      const parts = deckParts(deck, t, { date: DATE });
      const types = xml(parts, '[Content_Types].xml');
      const defaults = new Set([...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]));
      const overrides = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1] ?? '');
      for (const name of parts.keys()) {
        if (name === '[Content_Types].xml') continue;
        const extension = name.split('.').pop() ?? '';
        expect(overrides.includes(name) || (extension !== 'xml' && defaults.has(extension)), name).toBe(true);
      }
      for (const name of overrides) expect(parts.has(name), name).toBe(true);
      expect(defaults.has('png')).toBe(t === branded);
    }
  });

  it('lists the presentation parts in schema order, with a theme of its own for the notes master', () => {
    const parts = deckParts(deck, theme, { date: DATE });
    const presentation = xml(parts, 'ppt/presentation.xml');
    const order = [
      'p:sldMasterIdLst',
      'p:notesMasterIdLst',
      'p:sldIdLst',
      'p:sldSz',
      'p:notesSz',
      'p:defaultTextStyle',
    ].map((tag) => presentation.indexOf(`<${tag}`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(presentation.match(/<p:sldId /g)).toHaveLength(2);
    expect(xml(parts, 'ppt/notesMasters/_rels/notesMaster1.xml.rels')).toContain(
      'Target="../theme/theme2.xml"',
    );
    expect(xml(parts, 'ppt/slideMasters/_rels/slideMaster1.xml.rels')).toContain(
      'Target="../theme/theme1.xml"',
    );
    expect(xml(parts, 'docProps/app.xml')).toContain('<Slides>2</Slides><Notes>2</Notes>');
    // The notes placeholder holds the box the notes are measured against (paginate.ts warns past it).
    expect(NOTES_PLACEHOLDER.width - 2 * NOTES_INSETS.x).toBeGreaterThanOrEqual(NOTES_BOX.width);
    expect(NOTES_PLACEHOLDER.height - 2 * NOTES_INSETS.y).toBeGreaterThanOrEqual(NOTES_BOX.height);
  });

  it('draws no ids from Math.random and gives the same bytes every time', async () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    try {
      const a = await pptxBytes(deck, branded, DATE);
      const b = await pptxBytes(deck, branded, DATE);
      expect(a.equals(b)).toBe(true);
    } finally {
      random.mockRestore();
    }
  });
});
