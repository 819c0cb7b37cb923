// Our WordprocessingML writer on the edges the kit's documents do not reach: sections that end in a table
// or have no blocks, text with characters XML must escape or cannot hold, headings outside the body, and
// documents without a table of contents or embedded fonts.
import { describe, expect, it } from 'vitest';
import type { DocumentSpec } from '../../src/render/docx/model.js';
import { documentParts } from '../../src/render/docx/emit.js';
import type { PackageParts } from '../../src/render/ooxml/package.js';
import { partText } from '../../src/render/ooxml/package.js';
import { defaultTheme } from '../../src/theme/theme.js';

const theme = defaultTheme();

const base: DocumentSpec = {
  language: 'en',
  title: 'Title & "more"',
  subject: 's',
  version: '1',
  date: new Date('2026-11-25T00:00:00Z'),
  cover: { title: 'T', subtitle: 'S', version: 'v1' },
  colophon: [],
  contentsTitle: 'Contents',
  header: 'h',
  footer: 'f',
  body: [{ kind: 'heading', level: 1, text: 'One' }],
};

function xml(parts: PackageParts, name: string): string {
  const text = partText(parts, name);
  if (text === undefined) throw new Error(`no ${name}`);
  return text;
}

const sections = (document: string) => [...document.matchAll(/<w:sectPr>/g)].length;

describe('the DOCX writer', () => {
  it('ends every section, also one without blocks or one that ends in a table', () => {
    const table = { kind: 'table', header: ['a'], widths: [1], rows: [[{ content: 'b' }]] } as const;
    const document = xml(documentParts({ ...base, colophon: [table] }, theme), 'word/document.xml');
    expect(sections(document)).toBe(3);
    // The colophon's section properties follow its table in a paragraph of their own.
    expect(document).toContain('</w:tbl><w:p><w:pPr><w:sectPr><w:type w:val="nextPage"/>');
    expect(sections(xml(documentParts(base, theme), 'word/document.xml'))).toBe(3);
  });

  it('escapes text, writes tabs and line breaks as such, and drops what XML cannot hold', () => {
    const spec: DocumentSpec = {
      ...base,
      body: [{ kind: 'paragraph', content: 'a < b & "c"\tnext\nline\u0001end' }],
    };
    const parts = documentParts(spec, theme);
    expect(xml(parts, 'word/document.xml')).toContain(
      '<w:t xml:space="preserve">a &lt; b &amp; &quot;c&quot;</w:t><w:tab/><w:t xml:space="preserve">next</w:t>' +
        '<w:br/><w:t xml:space="preserve">lineend</w:t>',
    );
    expect(xml(parts, 'docProps/core.xml')).toContain('<dc:title>Title &amp; &quot;more&quot;</dc:title>');
  });

  it('bookmarks only the body headings the contents list, one for each entry', () => {
    const spec: DocumentSpec = {
      ...base,
      contentsLevels: 1,
      colophon: [{ kind: 'heading', level: 1, text: 'Colophon', newPage: false }],
      body: [
        { kind: 'heading', level: 1, text: 'One' },
        { kind: 'heading', level: 2, text: 'One a' },
        { kind: 'heading', level: 1, text: 'Two' },
      ],
    };
    const document = xml(documentParts(spec, theme), 'word/document.xml');
    expect(
      [...document.matchAll(/<w:bookmarkStart w:id="(\d+)" w:name="([^"]+)"\/>/g)].map((m) => m[2]),
    ).toEqual(['_Toc1', '_Toc2']);
    expect([...document.matchAll(/w:anchor="([^"]+)"/g)].map((m) => m[1])).toEqual(['_Toc1', '_Toc2']);
  });

  it('writes no table of contents without a title for it, and no font files when asked not to embed', () => {
    const { contentsTitle: _, ...rest } = base;
    const parts = documentParts(rest, theme, { embedFonts: false });
    expect(xml(parts, 'word/document.xml')).not.toContain('<w:sdt>');
    expect([...parts.keys()].filter((n) => n.startsWith('word/fonts/'))).toEqual([]);
    expect(xml(parts, 'word/settings.xml')).not.toContain('embedTrueTypeFonts');
    expect(xml(parts, 'word/fontTable.xml')).not.toContain('w:embedRegular');
    expect(xml(parts, '[Content_Types].xml')).not.toContain('odttf');
  });

  it('refers only to parts the package has, each with a content type', () => {
    const parts = documentParts(base, theme);
    const types = xml(parts, '[Content_Types].xml');
    for (const [rels, folder] of [
      ['_rels/.rels', ''],
      ['word/_rels/document.xml.rels', 'word/'],
      ['word/_rels/fontTable.xml.rels', 'word/'],
    ] as const) {
      for (const m of xml(parts, rels).matchAll(/Target="([^"]+)"/g)) {
        const name = `${folder}${m[1] ?? ''}`;
        expect(parts.has(name), name).toBe(true);
        const extension = name.split('.').pop() ?? '';
        expect(
          types.includes(`PartName="/${name}"`) || types.includes(`Extension="${extension}"`),
          name,
        ).toBe(true);
      }
    }
  });
});
