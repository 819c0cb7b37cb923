// The DOCX layout pass decides every layout rule once, on the model: the writer writes what it decided
// and the page model follows the same decisions. Here: short lists kept on one page, chapter breaks,
// numbering instances, contents entries, lengths in points that the writer turns into twips.
import { describe, expect, it } from 'vitest';
import { writeDocumentParts } from '../../src/render/docx/emit.js';
import type { LaidOutBlock } from '../../src/render/docx/laid-out.js';
import { KEPT_TOGETHER_ITEMS, layOutDocument } from '../../src/render/docx/layout.js';
import type { Block, DocumentSpec } from '../../src/render/docx/model.js';
import { partText } from '../../src/render/ooxml/package.js';
import { defaultTheme } from '../../src/theme/theme.js';

const theme = defaultTheme();

const spec = (body: Block[]): DocumentSpec => ({
  language: 'nl',
  title: 't',
  subject: 's',
  version: '1',
  date: new Date('2026-11-25T00:00:00Z'),
  cover: { title: 'T', subtitle: 'S', version: 'v1' },
  colophon: [],
  contentsTitle: 'Inhoud',
  contentsLevels: 1,
  header: 'h',
  footer: 'f',
  body,
});

const list = (n: number, style: 'bullet' | 'number' = 'bullet'): Block => ({
  kind: 'list',
  style,
  items: Array.from({ length: n }, (_, i) => `item ${i + 1}`),
});

const lists = (blocks: readonly LaidOutBlock[]) => blocks.flatMap((b) => (b.kind === 'list' ? [b] : []));

describe('the DOCX layout pass', () => {
  it(`keeps a list of up to ${KEPT_TOGETHER_ITEMS} items on one page, and says so to Word and to the page model alike`, () => {
    const doc = layOutDocument(spec([list(KEPT_TOGETHER_ITEMS), list(KEPT_TOGETHER_ITEMS + 1)]), theme);
    const [short, long] = lists(doc.body);
    expect(short?.keptTogether).toBe(true);
    expect(short?.items.map((i) => i.format.keepNext)).toEqual([true, true, true, false]);
    expect(long?.keptTogether).toBe(false);
    expect(long?.items.every((i) => i.format.keepNext === false && i.format.keepLines === true)).toBe(true);
  });

  it('moves a short list that does not fit the rest of a page to the next one, as a whole', () => {
    const filler = (n: number): Block[] =>
      Array.from({ length: n }, () => ({ kind: 'paragraph' as const, content: 'Een regel tekst.' }));
    // Find the number of one-line paragraphs after which a four-item list no longer fits the page.
    const lastPage = (n: number) =>
      layOutDocument(spec([{ kind: 'heading', level: 1, text: 'A' }, ...filler(n), list(4)]), theme);
    let n = 1;
    while (lastPage(n).blockPages.at(-1)?.first === 4) n += 1;
    const placed = lastPage(n).blockPages;
    // The list starts on the next page instead of being split after its first items.
    expect(placed.at(-1)).toEqual({ first: 5, last: 5 });
    expect(placed.at(-2)?.last).toBe(4);
  });

  it('starts a chapter on a new page unless told not to; one that runs on gets room above it', () => {
    const doc = layOutDocument(
      spec([
        { kind: 'heading', level: 1, text: 'A' },
        { kind: 'heading', level: 1, text: 'B', newPage: false },
        { kind: 'heading', level: 2, text: 'b', newPage: true },
      ]),
      theme,
    );
    const formats = doc.body.map((b) => (b.kind === 'heading' ? b.paragraph.format : undefined));
    expect(formats[0]?.pageBreakBefore).toBe(true);
    expect(formats[1]).toMatchObject({ spacing: { before: 28 } });
    expect(formats[1]?.pageBreakBefore).toBeUndefined();
    expect(formats[2]?.pageBreakBefore).toBe(true);
    // Level 1 only in these contents: two entries, bookmarked, with the page model's pages.
    expect(doc.contents?.entries.map((e) => [e.text, e.bookmark, e.page])).toEqual([
      ['A', '_Toc1', 4],
      ['B', '_Toc2', 4],
    ]);
  });

  it('gives bullets and checks one numbering instance each and every numbered list its own', () => {
    const doc = layOutDocument(spec([list(2), list(2, 'number'), list(2), list(2, 'number')]), theme);
    expect(lists(doc.body).map((l) => l.items[0]?.format.numbering?.id)).toEqual([1, 3, 1, 4]);
    expect(doc.numbering.instances.map((i) => [i.id, i.kind, i.restart])).toEqual([
      [1, 'bullet', false],
      [2, 'check', false],
      [3, 'number', true],
      [4, 'number', true],
    ]);
    const numbering = partText(writeDocumentParts(doc, { embedFonts: false }), 'word/numbering.xml') ?? '';
    expect(numbering.match(/<w:num /g)).toHaveLength(4);
    expect(numbering.match(/<w:startOverride w:val="1"\/>/g)).toHaveLength(2);
  });

  it('lays out in points; the writer turns them into twips', () => {
    const doc = layOutDocument(
      spec([
        { kind: 'table', header: ['a', 'b'], widths: [1, 3], rows: [[{ content: 'x' }, { content: 'y' }]] },
      ]),
      theme,
    );
    const table = doc.body[0]?.kind === 'table' ? doc.body[0].table : undefined;
    // A4 less 25 mm each side, on Word's grid of whole twips: 9 072 twips = 453.6 pt.
    expect(table?.width).toBeCloseTo(453.6, 10);
    expect(table?.columns[0]).toBeCloseTo(113.4, 10);
    const xml = partText(writeDocumentParts(doc, { embedFonts: false }), 'word/document.xml') ?? '';
    expect(xml).toContain('<w:tblW w:w="9072" w:type="dxa"/>');
    expect(xml).toContain('<w:gridCol w:w="2268"/><w:gridCol w:w="6804"/>');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
  });
});
