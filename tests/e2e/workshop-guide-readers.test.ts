// The checklist workshop's facilitator guide as real readers see it: LibreOffice Writer converts it to PDF
// with every step title as text; python-docx reads its chapters in order, its language and core properties.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedChecklist } from '../../src/content/model.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';
import { convertToPdf, dts, reader, ROOT, tempDir } from './tools.js';

const languages = ['nl', 'en'] as const;
let out = '';
const pdfs = new Map<string, string>();

function guide(language: string): string {
  return path.join(
    out,
    'checklist-samen-data-delen',
    language,
    `checklist-samen-data-delen-workshop-guide-${language}.docx`,
  );
}

beforeAll(() => {
  out = tempDir('dts-guide-');
  const result = dts(['build', '--kit', 'checklist-samen-data-delen', '--only', 'workshop', '--out', out], {
    SOURCE_DATE_EPOCH: '1764028800',
  });
  if (result.status !== 0) throw new Error(`dts build --only workshop failed:\n${result.stderr}`);
  for (const language of languages) pdfs.set(language, convertToPdf(guide(language)));
});

async function kit(language: string): Promise<LocalisedChecklist> {
  const content = await loadContent(nodeWorkspace(), path.join(ROOT, 'content'), {
    kits: ['checklist-samen-data-delen'],
  });
  return content.kits[0]?.localised.get(language) as LocalisedChecklist;
}

describe('the workshop guide in real readers', () => {
  it('converts to PDF in LibreOffice Writer with every step and area title as text', async () => {
    for (const language of languages) {
      const pdf = pdfs.get(language) ?? '';
      expect(Number(/Pages:\s+(\d+)/.exec(reader('pdfinfo', [pdf]))?.[1])).toBeGreaterThan(6);
      const text = reader('pdftotext', [pdf, '-']).replace(/-\n/g, '').replace(/\s+/g, ' ');
      const k = await kit(language);
      for (const step of k.workshop.steps) expect(text, step.title).toContain(step.title);
      for (const area of k.areas) expect(text, area.title).toContain(area.title);
      expect(reader('pdffonts', [pdf])).toMatch(/SourceSans3-Regular/);
    }
  });

  it('ends without near-empty pages: the text on each of the last two pages runs at least 40 % down the page, the last is the task list', async () => {
    for (const language of languages) {
      const pdf = pdfs.get(language) ?? '';
      const pages = Number(/Pages:\s+(\d+)/.exec(reader('pdfinfo', [pdf]))?.[1]);
      const k = await kit(language);
      for (const page of [pages - 1, pages]) {
        const html = reader('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
        const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(html)?.[1]);
        // The running footer sits at the bottom of every page: measure the body above it.
        const bottoms = [...html.matchAll(/yMax="([\d.]+)"/g)]
          .map((m) => Number(m[1]))
          .filter((y) => y < height * 0.9);
        expect(Math.max(...bottoms) / height, `${language} page ${page}`).toBeGreaterThan(0.4);
      }
      const last = reader('pdftotext', ['-f', String(pages), '-l', String(pages), pdf, '-']);
      expect(last).toContain(k.labels.guide.taskTemplate);
      expect(last).toContain(k.labels.tasks.who);
    }
  });

  it('reads in python-docx: chapters in order, language and core properties', async () => {
    const script = `
import docx, json, sys
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
lang = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
cp = d.core_properties
print(json.dumps({
  "chapters": [p.text for p in d.paragraphs if p.style.name == "Heading 1"],
  "language": lang.get(qn("w:val")),
  "core": [cp.title, cp.language, cp.version],
}))
`;
    for (const language of languages) {
      const seen = JSON.parse(reader('/usr/bin/python3', ['-c', script, guide(language)])) as {
        chapters: string[];
        language: string;
        core: string[];
      };
      const k = await kit(language);
      const l = k.labels.guide;
      expect(seen.chapters).toEqual([
        l.goal,
        l.preparation,
        l.schedule,
        l.steps,
        l.cards,
        l.areas,
        l.result,
        l.taskTemplate,
      ]);
      const tag = language === 'nl' ? 'nl-NL' : 'en-GB';
      expect(seen.language).toBe(tag);
      expect(seen.core).toEqual([`${k.workshop.title}: ${l.title}`, tag, k.version]);
    }
  });
});
