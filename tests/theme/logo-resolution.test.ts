import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { tablePoster } from './shared.js';
import { onceEach } from '../../src/cli/build-command.js';
import { logoResolution } from '../../src/media/logo.js';
import { planChecklist } from '../../src/render/checklist/plan.js';
import { planDeck } from '../../src/render/deck/plan.js';
import { coverLogoDiagnostics, missingGlyphDiagnostics } from '../../src/render/docx/index.js';
import { handbookOutline } from '../../src/render/handbook/outline.js';
import { planPoster } from '../../src/render/poster/plan.js';
import { planWorkshopDeck } from '../../src/render/workshop-deck/plan.js';
import { workshopGuideOutline } from '../../src/render/workshop-guide/outline.js';
import { loadBrand } from '../../src/theme/brand.js';
import type { Theme } from '../../src/theme/theme.js';
import { memoryWorkspace } from '../../src/workspace/workspace.js';
import { fixtureChecklist } from '../helpers/checklist.js';
import { fixtureDts } from '../helpers/kits.js';

const date = new Date('2025-01-01T00:00:00Z');

async function themeWithLogo(width: number, height: number): Promise<Theme> {
  const png = await sharp({ create: { width, height, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();
  const brand = await loadBrand(
    memoryWorkspace({
      '/brand/brand.yaml': 'organisation: Gemeente X\nlogo: logo.png\n',
      '/brand/logo.png': png,
    }),
    '/brand/brand.yaml',
  );
  if (!brand.theme) throw new Error('brand did not load');
  return brand.theme;
}

const lowResolution = (diagnostics: readonly { code: string; message: string }[]) =>
  diagnostics.filter((d) => d.code === 'low-resolution').map((d) => d.message);

describe('the logo resolution, one helper', () => {
  it('computes the dpi where the logo is placed and says how many pixels it needs', () => {
    const warning = logoResolution(
      { widthPx: 120, vector: false, origin: { file: 'b.yaml', line: 3, column: 7 } },
      { artefact: 'handbook cover', language: 'nl', widthPt: (60 / 25.4) * 72 },
    );
    expect(warning).toMatchObject({
      severity: 'warning',
      code: 'low-resolution',
      file: 'b.yaml',
      line: 3,
      field: 'logo',
      message:
        'prints at 51 dpi on the handbook cover (nl): 120 pixels over 60 mm (expected at least 150 dpi)',
      hint: 'use a logo of at least 355 pixels wide, or an SVG',
    });
    expect(
      logoResolution({ widthPx: 120, vector: true }, { artefact: 'x', language: 'nl', widthPt: 170 }),
    ).toBeUndefined();
    expect(
      logoResolution({ widthPx: 400, vector: false }, { artefact: 'x', language: 'nl', widthPt: 170 }),
    ).toBeUndefined();
  });
});

describe('a 120 × 40 px logo is reported on every artefact that places it', () => {
  it('poster, handbook cover and deck of Data Team Start, naming artefact and language', async () => {
    const theme = await themeWithLogo(120, 40);
    const kit = await fixtureDts('en');
    const poster = planPoster(kit, theme, tablePoster('A2'));
    expect(lowResolution(poster.diagnostics)).toEqual([
      expect.stringMatching(/^prints at \d+ dpi on the A2 portrait poster \(en\): 120 pixels over/),
    ]);
    const handbook = missingGlyphDiagnostics(
      handbookOutline(kit, theme, { start: 780 }, date),
      theme,
      'handbook',
    );
    expect(lowResolution(handbook)).toEqual([
      expect.stringMatching(/^prints at 51 dpi on the handbook cover \(en\): 120 pixels over 60 mm/),
    ]);
    const deck = planDeck(kit, theme, { start: 780 }, date);
    expect(lowResolution(deck.diagnostics)).toEqual([
      expect.stringMatching(/^prints at \d+ dpi on the deck title slide \(en\)/),
    ]);
  });

  it('checklist, workshop guide and workshop deck of the checklist kit, and the project plan cover', async () => {
    const theme = await themeWithLogo(120, 40);
    const kit = await fixtureChecklist('nl');
    expect(lowResolution(planChecklist(kit, theme).diagnostics)).toEqual([
      expect.stringMatching(/^prints at \d+ dpi on the checklist \(nl\)/),
    ]);
    const guide = missingGlyphDiagnostics(
      workshopGuideOutline(kit, theme, { start: 780 }, date),
      theme,
      'workshop guide',
    );
    expect(lowResolution(guide)).toEqual([expect.stringMatching(/on the workshop guide cover \(nl\)/)]);
    expect(lowResolution(planWorkshopDeck(kit, theme, { start: 780 }, date).diagnostics)).toEqual([
      expect.stringMatching(/on the workshop deck title slide \(nl\)/),
    ]);
    expect(lowResolution(coverLogoDiagnostics(theme.organisation, 'project plan', 'nl'))).toEqual([
      expect.stringMatching(/on the project plan cover \(nl\)/),
    ]);
  });

  it('says nothing for a logo with pixels enough everywhere', async () => {
    const theme = await themeWithLogo(3000, 1000);
    const kit = await fixtureDts('nl');
    const handbook = missingGlyphDiagnostics(
      handbookOutline(kit, theme, { start: 780 }, date),
      theme,
      'handbook',
    );
    expect(lowResolution(handbook)).toEqual([]);
    expect(lowResolution(planDeck(kit, theme, { start: 780 }, date).diagnostics)).toEqual([]);
  });
});

describe('each warning once', () => {
  it('folds the same warning from several variants, and from several languages naming them all', () => {
    const at = {
      file: 'b.yaml',
      line: 3,
      column: 7,
      field: 'logo',
      severity: 'warning',
      code: 'low-resolution',
    } as const;
    const nl = { ...at, message: 'prints at 51 dpi on the handbook cover (nl): 120 pixels' };
    const en = { ...at, message: 'prints at 51 dpi on the handbook cover (en): 120 pixels' };
    const poster = { ...at, message: 'prints at 80 dpi on the A2 portrait poster (nl): 120 pixels' };
    expect(onceEach([nl, poster, poster, en]).map((d) => d.message)).toEqual([
      'prints at 51 dpi on the handbook cover (nl, en): 120 pixels',
      'prints at 80 dpi on the A2 portrait poster (nl): 120 pixels',
    ]);
    // The same message from two files stays two lines: each names its own place.
    expect(onceEach([nl, { ...en, file: 'c.yaml' }])).toHaveLength(2);
  });
});
