// The table of contents' page numbers come from our own page model; the docx library's general page
// layout (about a second per document) is the yardstick they must match.
import path from 'node:path';
import { estimatePageNumbersWith } from 'docx/layout';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedDataTeamStart } from '../../src/content/model.js';
import type { DocumentSpec } from '../../src/render/docx/blocks.js';
import { buildDocument } from '../../src/render/docx/emit.js';
import { headingPages } from '../../src/render/docx/pages.js';
import { readPackage } from '../../src/render/ooxml/package.js';
import { handbookOutline } from '../../src/render/handbook/outline.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';

const theme = defaultTheme();
const date = new Date('2026-11-25T00:00:00Z');

async function contentsNumbers(spec: DocumentSpec, library: boolean): Promise<string[]> {
  const contents = library
    ? { model: estimatePageNumbersWith({ guess: true }) }
    : { model: 'ours' as const, mismatch: false };
  const bytes = await Packer.toBuffer(buildDocument(spec, theme, { embedFonts: true }, contents));
  const xml = (await readPackage(bytes)).get('word/document.xml')?.toString('utf8') ?? '';
  return [...xml.matchAll(/<w:p[ >](?:(?!<\/w:p>).)*?PAGEREF(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((p) =>
    [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
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
      const ours = await contentsNumbers(spec, false);
      expect(ours.length).toBeGreaterThan(10);
      expect(ours).toEqual(await contentsNumbers(spec, true));
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
