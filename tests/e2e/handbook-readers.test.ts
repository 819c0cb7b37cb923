// The facilitator handbook as real readers see it: LibreOffice Writer converts it to PDF without error
// (every assignment title in the text, the table of contents' page numbers where the chapters are), and
// python-docx (Debian's python3-docx) reads headings in order, style names, language and core properties.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedDataTeamStart } from '../../src/content/model.js';
import { readPackage } from '../../src/render/ooxml/package.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';
import { convertToPdf, dts, reader, ROOT, tempDir } from './tools.js';

const languages = ['nl', 'en'] as const;
let out = '';
let again = '';
const pdfs = new Map<string, string>();

function handbook(dir: string, language: string): string {
  return path.join(dir, 'data-team-start', language, `data-team-start-handbook-${language}.docx`);
}

beforeAll(() => {
  out = tempDir('dts-handbook-');
  again = tempDir('dts-handbook-again-');
  for (const dir of [out, again]) {
    const result = dts(['build', '--kit', 'data-team-start', '--only', 'handbook', '--out', dir], {
      SOURCE_DATE_EPOCH: '1764028800',
    });
    if (result.status !== 0) throw new Error(`dts build --only handbook failed:\n${result.stderr}`);
  }
  for (const language of languages) pdfs.set(language, convertToPdf(handbook(out, language)));
});

async function kit(language: string): Promise<LocalisedDataTeamStart> {
  const content = await loadContent(nodeWorkspace(), path.join(ROOT, 'content'), {
    kits: ['data-team-start'],
  });
  return content.kits[0]?.localised.get(language) as LocalisedDataTeamStart;
}

/** python-docx's view of a document, as JSON. */
function pythonDocx(file: string): {
  headings: { style: string; text: string }[];
  styles: string[];
  language: string | null;
  core: { title: string; subject: string; language: string; version: string };
  tables: number;
  inlineShapes: number;
} {
  const script = `
import docx, json, sys
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
headings = [{"style": p.style.name, "text": p.text} for p in d.paragraphs if p.style.name.startswith("Heading")]
lang = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
cp = d.core_properties
print(json.dumps({
  "headings": headings,
  "styles": [s.name for s in d.styles],
  "language": lang.get(qn("w:val")) if lang is not None else None,
  "core": {"title": cp.title, "subject": cp.subject, "language": cp.language, "version": cp.version},
  "tables": len(d.tables),
  "inlineShapes": len(d.inline_shapes),
}))
`;
  return JSON.parse(reader('/usr/bin/python3', ['-c', script, file])) as ReturnType<typeof pythonDocx>;
}

describe('the facilitator handbook in real readers', () => {
  it('builds in Dutch and English, the same bytes twice', () => {
    for (const language of languages) {
      const a = readFileSync(handbook(out, language));
      expect(a.length).toBeGreaterThan(100_000);
      expect(Buffer.compare(a, readFileSync(handbook(again, language)))).toBe(0);
    }
  });

  it('converts to PDF in LibreOffice Writer, with every assignment title and the embedded font', async () => {
    for (const language of languages) {
      const pdf = pdfs.get(language) ?? '';
      const info = reader('pdfinfo', [pdf]);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThan(15);
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const text = reader('pdftotext', [pdf, '-']).replace(/-\n/g, '').replace(/\s+/g, ' ');
      const { assignments, meta, labels } = await kit(language);
      expect(text).toContain(meta.title);
      expect(text).toContain(labels.handbook.title);
      for (const a of assignments) expect(text, a.title).toContain(a.title);
      // Source Sans 3 came from the document itself: it is not installed on this machine.
      expect(reader('pdffonts', [pdf])).toMatch(/SourceSans3-Regular/);
    }
  });

  it('records the page count LibreOffice lays it out in, for the manifest', async () => {
    for (const language of languages) {
      const parts = await readPackage(readFileSync(handbook(out, language)), (n) => n === 'docProps/app.xml');
      const recorded = parts.get('docProps/app.xml')?.toString('utf8') ?? '';
      const pages = Number(/Pages:\s+(\d+)/.exec(reader('pdfinfo', [pdfs.get(language) ?? '']))?.[1]);
      expect(Number(/<Pages>(\d+)<\/Pages>/.exec(recorded)?.[1])).toBe(pages);
    }
  });

  it('has table of contents page numbers where LibreOffice puts the chapters', async () => {
    for (const language of languages) {
      const pdf = pdfs.get(language) ?? '';
      const { labels, assignments, meta } = await kit(language);
      const header = `${meta.title} · ${labels.handbook.title}`;
      const pages = Number(/Pages:\s+(\d+)/.exec(reader('pdfinfo', [pdf]))?.[1]);
      const pageTexts = Array.from({ length: pages }, (_, i) =>
        reader('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-']).replace(/\s+/g, ' '),
      );
      const contents = pageTexts.findIndex((t) => t.includes(labels.handbook.contents));
      expect(contents).toBeGreaterThanOrEqual(0);
      for (const a of assignments) {
        const title = `${labels.handbook.assignment} ${a.number}: ${a.title}`;
        const listed = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .]*(\\d+)`).exec(
          pageTexts[contents] ?? '',
        );
        expect(listed, title).not.toBeNull();
        // The page that opens with the chapter, right under the running header (the schedule names it too).
        const onPage = pageTexts.findIndex((t) => t.trim().startsWith(`${header} ${title}`)) + 1;
        expect(onPage, title).toBeGreaterThan(contents + 1);
        expect(Math.abs(Number(listed?.[1]) - onPage), title).toBeLessThanOrEqual(1);
      }
    }
  });

  it('reads in python-docx: headings in order, named styles, language and core properties', async () => {
    for (const language of languages) {
      const seen = pythonDocx(handbook(out, language));
      const k = await kit(language);
      const l = k.labels.handbook;
      const chapters = seen.headings.filter((h) => h.style === 'Heading 1').map((h) => h.text);
      expect(chapters).toEqual([
        l.about,
        l.outcomes,
        l.preparation,
        k.labels.schedule,
        ...k.assignments.map((a) => `${l.assignment} ${a.number}: ${a.title}`),
        l.afterSession,
        l.framework,
        l.checklist,
      ]);
      // Heading 2 and 3 only ever follow a heading one level up (no skipped levels).
      let level = 0;
      for (const h of seen.headings) {
        const next = Number(h.style.replace('Heading ', ''));
        expect(next, h.text).toBeLessThanOrEqual(level + 1);
        level = next;
      }
      for (const style of [
        'Normal',
        'Title',
        'Subtitle',
        'Heading 1',
        'Heading 2',
        'Heading 3',
        'List Bullet',
        'List Number',
        'Table Text',
        'Kit Table',
      ])
        expect(seen.styles, style).toContain(style);
      const tag = language === 'nl' ? 'nl-NL' : 'en-GB';
      expect(seen.language).toBe(tag);
      expect(seen.core).toEqual({
        title: `${k.meta.title}: ${l.title}`,
        subject: k.meta.subtitle,
        language: tag,
        version: k.version,
      });
      // what to print where, the schedule, a worked example per assignment, the matrix
      expect(seen.tables).toBe(3 + k.assignments.length);
    }
  });
});
