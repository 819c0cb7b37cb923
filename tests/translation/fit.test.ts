// The measured fit as the judge: an overflow says how many characters to cut, and cutting that many makes
// the text fit; the fit report lists every placed text tightest first; the pseudo language qps-ploc is
// made from the source texts, about 40 % longer, and every shipped artefact builds from it.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lengthened } from '../helpers/lengthen.js';
import { dts } from '../helpers/run-dts.js';
import { loadContent } from '../../src/content/load.js';
import { TextFitter } from '../../src/render/text-fitter.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { fitReport } from '../../src/translation/fit.js';
import { PSEUDO_LANGUAGE, pseudoText, withPseudoLanguage } from '../../src/translation/pseudo.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CONTENT = path.join(ROOT, 'content');
const theme = defaultTheme();
const kit = {
  id: 'k',
  version: '1.0.0',
  released: '2026-01-01',
  language: 'de',
  sourceLanguage: 'nl',
  origins: {},
};

const spec = (text: string) =>
  ({
    text,
    field: 'kit.title',
    weight: 'regular',
    size: 12,
    colour: 'text',
    label: 'the poster title',
  }) as const;

describe('an overflow in characters', () => {
  const box = { width: 200, height: 45 };
  const text = 'Samen klaar voor een dataproject in één sessie van vier uur met het hele team '
    .repeat(3)
    .trim();

  it('says about how many characters are too many, and cutting them makes the text fit', () => {
    const fitter = new TextFitter(kit, theme, 'A2 portrait poster');
    expect(fitter.fit(spec(text), box).fits).toBe(false);
    const message = fitter.diagnostics[0]?.message ?? '';
    expect(message).toMatch(
      /^the poster title does not fit its box on the A2 portrait poster \(de\): about \d+ characters too long \([\d.]+ mm too tall at the smallest size 12 pt\)$/,
    );
    const over = Number(/about (\d+) characters/.exec(message)?.[1]);
    const cut = text.slice(0, text.length - over).trimEnd();
    const check = new TextFitter(kit, theme, 'A2 portrait poster');
    expect(check.fit(spec(cut), box).fits).toBe(true);
    // And not far too many: a few characters back, it does not fit again.
    expect(check.fit(spec(text.slice(0, text.length - over + 12)), box).fits).toBe(false);
  });

  it('keeps every placement with its share of the box and its room in characters', () => {
    const fitter = new TextFitter(kit, theme, 'deck');
    fitter.fit(spec('Kort'), box);
    const [placed] = fitter.placements;
    expect(placed).toMatchObject({ field: 'kit.title', characters: 4, fits: true, bounded: true });
    expect(placed!.use).toBeGreaterThan(0);
    expect(placed!.use).toBeLessThan(0.2);
    const room = placed!.room()!;
    // Three lines of 200 pt at 12 pt: on the order of a hundred characters.
    expect(room).toBeGreaterThan(60);
    expect(room).toBeLessThan(160);
  });
});

describe('the fit report', () => {
  it('lists every text of the shipped Dutch on the poster and deck, tightest first, none too long', async () => {
    const content = await loadContent(nodeWorkspace(), CONTENT, { kits: ['data-team-start'] });
    const nl = content.kits[0]!.localised.get('nl')!;
    const report = await fitReport(nl, theme);
    expect(report.artefacts).toEqual(['poster', 'deck']);
    const bounded = report.fields.filter((f) => f.bounded);
    expect(bounded.length).toBeGreaterThan(100);
    expect(bounded.map((f) => f.use)).toEqual([...bounded.map((f) => f.use)].sort((a, b) => b - a));
    expect(report.fields.every((f) => f.fits)).toBe(true);
    expect(report.fields.some((f) => f.field === 'kit.title' && f.artefact === 'poster')).toBe(true);
  });

  it('as dts translate fit --json: every text with its share, and exit 0 when all fit', async () => {
    const result = await dts(
      'translate',
      'fit',
      '--content',
      CONTENT,
      '--kit',
      'checklist-samen-data-delen',
      '--lang',
      'en',
      '--json',
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as {
      languages: { language: string; fits: boolean; artefacts: string[]; fields: { use: number }[] }[];
    };
    expect(json.languages).toHaveLength(1);
    expect(json.languages[0]).toMatchObject({
      language: 'en',
      fits: true,
      artefacts: ['checklist', 'cards', 'workshop-deck'],
    });
  });
});

describe('the pseudo language qps-ploc', () => {
  it('makes a text about 40 % longer, accented, in brackets', () => {
    const text = 'Welkom bij de workshop over samen data delen';
    const pseudo = pseudoText(text);
    expect(pseudo).toMatch(/^\[Ŵéļķöm bíĵ ďé ŵöŕķšĥöp/);
    expect(pseudo.endsWith(']')).toBe(true);
    const growth = [...pseudo].length / [...text].length;
    expect(growth).toBeGreaterThan(1.3);
    expect(growth).toBeLessThanOrEqual(1.41);
    expect(pseudoText('https://www.uu.nl/checklist')).toBe('https://www.uu.nl/checklist');
  });

  it('is not in content/ nor in the default build, only lent when asked for', async () => {
    const plain = await loadContent(nodeWorkspace(), CONTENT);
    expect(plain.kits.every((k) => !k.languages.includes(PSEUDO_LANGUAGE))).toBe(true);
    const lent = await loadContent(withPseudoLanguage(nodeWorkspace(), CONTENT), CONTENT);
    expect(lent.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const k of lent.kits) expect(k.localised.has(PSEUDO_LANGUAGE)).toBe(true);
    for (const k of ['data-team-start', 'checklist-samen-data-delen'])
      expect(readdirSync(path.join(CONTENT, k, 'texts'))).not.toContain(`${PSEUDO_LANGUAGE}.yaml`);
  });

  it('builds every artefact of every kit, and the fit report names nothing too long', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'dts-pseudo-')), 'out');
    const built = await dts('build', '--content', CONTENT, '--lang', PSEUDO_LANGUAGE, '--out', out);
    expect(built.err).not.toMatch(/\berror {2}/);
    expect(built.code).toBe(0);
    expect(readdirSync(path.join(out, 'data-team-start', PSEUDO_LANGUAGE)).sort()).toEqual([
      `data-team-start-deck-${PSEUDO_LANGUAGE}.pptx`,
      `data-team-start-handbook-${PSEUDO_LANGUAGE}.docx`,
      `data-team-start-poster-a2-bleed-${PSEUDO_LANGUAGE}.pdf`,
      `data-team-start-poster-a2-${PSEUDO_LANGUAGE}.pdf`,
      `data-team-start-poster-a2-tiled-a3-${PSEUDO_LANGUAGE}.pdf`,
      `data-team-start-poster-a2-tiled-a4-${PSEUDO_LANGUAGE}.pdf`,
    ]);
    expect(readdirSync(path.join(out, 'checklist-samen-data-delen', PSEUDO_LANGUAGE)).sort()).toEqual([
      `checklist-samen-data-delen-cards-${PSEUDO_LANGUAGE}.pdf`,
      `checklist-samen-data-delen-checklist-${PSEUDO_LANGUAGE}.pdf`,
      `checklist-samen-data-delen-workshop-deck-${PSEUDO_LANGUAGE}.pptx`,
      `checklist-samen-data-delen-workshop-guide-${PSEUDO_LANGUAGE}.docx`,
    ]);
    const fit = await dts('translate', 'fit', '--content', CONTENT, '--lang', PSEUDO_LANGUAGE);
    expect(fit.code).toBe(0);
    expect(fit.out).toMatch(/^data-team-start qps-ploc: \d+ texts placed on poster, deck; 0 do not fit/m);
  }, 60_000);
});

describe('what a planner returns for the fit report', () => {
  it('is where the poster it prints put each text, and what does not fit there, whichever layout it chose', async () => {
    const { planPoster } = await import('../../src/render/poster/plan.js');
    const { placedLines } = await import('../../src/render/geometry.js');
    const content = await loadContent(nodeWorkspace(), CONTENT, { kits: ['data-team-start'] });
    const nl = content.kits[0]!.localised.get('nl')!;
    if (nl.kind !== 'data-team-start') throw new Error('expected the Data Team Start');
    // The shipped texts fit the first layout; texts 30 % longer on A3 make it fail, so the second is planned.
    const cases = [
      ...(['A3', 'A2'] as const).flatMap((paper) =>
        (['portrait', 'landscape'] as const).map((orientation) => ({ kit: nl, paper, orientation })),
      ),
      { kit: lengthened(nl, 1.3), paper: 'A3' as const, orientation: 'portrait' as const },
    ];
    for (const { kit, paper, orientation } of cases) {
      const { plan, placements, diagnostics } = planPoster(kit, theme, {
        paper,
        orientation,
        layout: 'table',
        bleed: 0,
      });
      // What does not fit is what the poster's diagnostics say does not fit, no more, no less.
      const overflowing = diagnostics.filter((d) => d.code === 'text-overflow').map((d) => d.field);
      const tooLong = [...new Set(placements.filter((p) => !p.fits).map((p) => p.field))];
      expect(tooLong.sort(), `${paper} ${orientation}`).toEqual([...new Set(overflowing)].sort());
      const printed = placedLines(plan.items).flatMap((l) => (l.field ? [`${l.field}@${l.size}`] : []));
      const placed = new Set(placements.map((p) => `${p.field}@${p.size}`));
      expect(printed.length).toBeGreaterThan(50);
      for (const line of printed) expect(placed, `${paper} ${orientation}`).toContain(line);
    }
  });
});
