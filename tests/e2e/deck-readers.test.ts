// The deck as real readers see it: `dts build --only deck` through the built command, converted by
// LibreOffice Impress to PDF with the notes pages, and read back with pdftotext: every slide's title,
// text and notes must be there. The package's XML is checked directly too, and the bytes do not depend on
// the time zone of the machine that builds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedDataTeamStart } from '../../src/content/model.js';
import { planDeck } from '../../src/render/deck/plan.js';
import type { FittedDeck } from '../../src/render/pptx/paginate.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';
import { dts, reader, ROOT, tempDir } from './tools.js';

const LANGUAGES = ['nl', 'en'] as const;
const TAGS = { nl: 'nl-NL', en: 'en-GB' } as const;
const EPOCH = '1764028800';

let out = '';
let elsewhere = '';
const pdfText: Record<string, string> = {};
const pdfInfo: Record<string, string> = {};
const decks: Record<string, FittedDeck> = {};

function deckFile(dir: string, language: string): string {
  return path.join(dir, 'data-team-start', language, `data-team-start-deck-${language}.pptx`);
}

beforeAll(async () => {
  out = tempDir('dts-deck-');
  elsewhere = tempDir('dts-deck-tz-');
  for (const [dir, zone] of [
    [out, 'UTC'],
    [elsewhere, 'Pacific/Kiritimati'],
  ] as const) {
    const result = dts(
      ['build', '--kit', 'data-team-start', '--only', 'deck', '--start', '09:30', '--out', dir],
      {
        SOURCE_DATE_EPOCH: EPOCH,
        TZ: zone,
      },
    );
    if (result.status !== 0) throw new Error(`dts build --only deck failed:\n${result.stderr}`);
  }
  // Impress with a profile of its own, so it never waits for another running LibreOffice.
  reader('soffice', ['--version']);
  const pdfDir = path.join(out, 'pdf');
  mkdirSync(pdfDir);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(path.join(out, 'lo-profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}',
      '--outdir',
      pdfDir,
      ...LANGUAGES.map((l) => {
        const copy = path.join(out, `deck-${l}.pptx`);
        execFileSync('cp', [deckFile(out, l), copy]);
        return copy;
      }),
    ],
    { stdio: 'pipe', timeout: 240_000 },
  );
  const content = await loadContent(nodeWorkspace(), path.join(ROOT, 'content'), {
    kits: ['data-team-start'],
  });
  for (const language of LANGUAGES) {
    const pdf = path.join(pdfDir, `deck-${language}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert the ${language} deck`);
    pdfText[language] = reader('pdftotext', ['-raw', pdf, '-']);
    pdfInfo[language] = reader('pdfinfo', [pdf]);
    const kit = content.kits[0]?.localised.get(language) as LocalisedDataTeamStart;
    decks[language] = planDeck(
      kit,
      defaultTheme(),
      { start: 9 * 60 + 30 },
      new Date(Number(EPOCH) * 1000),
    ).deck;
  }
}, 400_000);

/** Whitespace as one space; a line break after a hyphen ("data-⏎mensen") joined, on both sides. */
const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-').trim();

/** The texts of the runs in a part, entities decoded. */
function runs(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

describe('the deck in real readers', () => {
  it('gives the same bytes in any time zone', () => {
    for (const language of LANGUAGES)
      expect(readFileSync(deckFile(out, language)).equals(readFileSync(deckFile(elsewhere, language)))).toBe(
        true,
      );
  });

  it('converts in LibreOffice Impress to a 16:9 PDF with a notes page for every slide', () => {
    for (const language of LANGUAGES) {
      const slides = decks[language]?.slides.length ?? 0;
      expect(slides).toBeGreaterThanOrEqual(26);
      expect(Number(/Pages:\s+(\d+)/.exec(pdfInfo[language] ?? '')?.[1])).toBe(2 * slides);
      expect(pdfInfo[language]).toMatch(/Page size:\s+960(\.\d+)? x 540(\.\d+)? pts/);
    }
  });

  it("shows every slide's title, text and notes in the converted PDF", () => {
    for (const language of LANGUAGES) {
      const text = flat(pdfText[language] ?? '');
      const missing: string[] = [];
      for (const slide of decks[language]?.slides ?? []) {
        const expected = [
          slide.title.text,
          ...slide.frames.flatMap((f) =>
            f.kind === 'text'
              ? f.paragraphs.map((p) => p.text)
              : f.kind === 'table'
                ? f.rows.flatMap((r) => r.cells.map((c) => c.text))
                : f.shapes.flatMap((s) => (s.kind === 'box' && s.text ? [s.text.text] : [])),
          ),
          ...slide.notes.map((n) => n.text),
        ];
        for (const t of expected)
          if (t && !text.includes(flat(t))) missing.push(`slide ${slide.number}: ${t}`);
      }
      expect(missing, language).toEqual([]);
    }
    // Dutch writes clock times with a point, English (British) with a colon.
    expect(flat(pdfText.nl ?? '')).toContain('9.30–9.45');
    expect(flat(pdfText.en ?? '')).toContain('09:30–09:45');
  });

  it('has titles, notes and language tags in the package itself', async () => {
    for (const language of LANGUAGES) {
      const zip = await JSZip.loadAsync(readFileSync(deckFile(out, language)));
      const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      expect(slides).toHaveLength(decks[language]?.slides.length ?? -1);
      for (let i = 1; i <= slides.length; i++) {
        const slide = (await zip.file(`ppt/slides/slide${i}.xml`)?.async('string')) ?? '';
        expect(slide).toMatch(/<p:ph[^>]*type="title"/);
        expect(runs(slide)).toContain(decks[language]?.slides[i - 1]?.title.text);
        const notes = (await zip.file(`ppt/notesSlides/notesSlide${i}.xml`)?.async('string')) ?? '';
        expect(notes).toMatch(/<a:t>[^<]{3,}<\/a:t>/);
        for (const xml of [slide, notes])
          for (const rPr of xml.match(/<a:(?:rPr|endParaRPr)\b[^>]*>/g) ?? [])
            expect(rPr).toContain(`lang="${TAGS[language]}"`);
      }
    }
  });
});
