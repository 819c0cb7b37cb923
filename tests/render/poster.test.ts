import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/diagnostics/diagnostic.js';
import { backgroundsOfText, overlappingLines, placedLines, within } from '../../src/render/geometry.js';
import { contrastRatio } from '../../src/theme/contrast.js';
import type { Orientation, PosterPaper } from '../../src/render/poster/paper.js';
import { paperInPoints } from '../../src/render/poster/paper.js';
import type { PosterOptions } from '../../src/render/poster/plan.js';
import { planPoster } from '../../src/render/poster/plan.js';
import { posterFileName, renderPoster } from '../../src/render/poster/render.js';
import { MIN_TEXT_PT } from '../../src/render/poster/scale.js';
import { planTiles } from '../../src/render/poster/tile.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { mmToPt } from '../../src/units.js';
import { DTS_NL } from '../helpers/fixture.js';
import { fixtureDts } from '../helpers/kits.js';

const theme = defaultTheme();
const date = new Date('2026-11-25T00:00:00Z');
const options = (o: Partial<PosterOptions> = {}): PosterOptions => ({
  paper: 'A2',
  orientation: 'portrait',
  layout: 'table',
  bleed: 0,
  ...o,
});

/** The numbers of a PDF box of the (single) page, e.g. /TrimBox [a b c d]. */
function box(pdf: Buffer, name: string): number[] | undefined {
  const match = pdf.toString('latin1').match(new RegExp(`/${name} \\[([^\\]]+)\\]`));
  return match?.[1]?.trim().split(/\s+/).map(Number);
}

describe('poster paper sizes', () => {
  const papers: PosterPaper[] = ['A3', 'A2', 'A1', 'A0'];
  const orientations: Orientation[] = ['portrait', 'landscape'];
  for (const paper of papers) {
    for (const orientation of orientations) {
      it(`${paper} ${orientation}: the page has the paper's size in points and every text is legible and inside it`, async () => {
        const kit = await fixtureDts('nl');
        const { plan, diagnostics } = planPoster(kit, theme, options({ paper, orientation }));
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const expected = paperInPoints(paper, orientation);
        const { files } = await renderPoster(kit, theme, options({ paper, orientation }), date);
        const media = box(files[0]?.bytes ?? Buffer.alloc(0), 'MediaBox');
        expect(media?.[2]).toBeCloseTo(expected.width, 1);
        expect(media?.[3]).toBeCloseTo(expected.height, 1);
        const lines = placedLines(plan.items);
        for (const line of lines) {
          expect(line.size).toBeGreaterThanOrEqual(MIN_TEXT_PT);
          expect(within(line.box, { x: 0, y: 0, ...plan.trim })).toBe(true);
        }
        expect(overlappingLines(lines).map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([]);
      });
    }
  }
});

describe('poster content', () => {
  for (const layout of ['upright', 'table'] as const) {
    it(`${layout} layout: each zone has its title, question and structure labels, no steps, and no overlapping words`, async () => {
      const kit = await fixtureDts('en');
      const { plan, diagnostics } = planPoster(kit, theme, options({ layout }));
      expect(hasErrors(diagnostics)).toBe(false);
      const lines = placedLines(plan.items);
      const fields = new Set(lines.map((l) => l.field));
      for (const a of kit.assignments) {
        expect(fields).toContain(`assignments.${a.id}.title`);
        expect(fields).toContain(`assignments.${a.id}.summary`);
        expect(fields).not.toContain(`assignments.${a.id}.poster`);
        a.steps.forEach((_, i) => expect(fields).not.toContain(`assignments.${a.id}.steps[${i}]`));
        if (a.canvas.kind === 'table')
          for (const c of a.canvas.columns)
            expect(fields).toContain(`assignments.${a.id}.canvas.columns.${c.id}`);
        if (a.canvas.kind === 'tree')
          for (const key of ['core', 'roots', 'branches'])
            expect(fields).toContain(`assignments.${a.id}.canvas.${key}`);
        if (a.canvas.kind === 'quadrant')
          for (const key of ['horizontal', 'vertical', 'low', 'high'])
            expect(fields).toContain(`assignments.${a.id}.canvas.${key}`);
        if (a.canvas.kind === 'newspaper')
          for (const key of ['masthead', 'date', 'headline'])
            expect(fields).toContain(`assignments.${a.id}.canvas.${key}`);
      }
      for (const c of kit.competencies) expect(fields).toContain(`competencies.${c.id}.name`);
      for (const key of ['team', 'project', 'date', 'facilitator'])
        expect(fields).toContain(`labels.session.${key}`);
      expect(fields).toContain('kit.title');
      expect(overlappingLines(lines)).toEqual([]);
    });
  }

  it('turns the zones of the table layout to face the nearest edge, the matrix upright in the centre', async () => {
    const kit = await fixtureDts('nl');
    const { plan } = planPoster(kit, theme, options({ layout: 'table' }));
    const titles = placedLines(plan.items).filter(
      (l) => l.field?.endsWith('.title') && l.field.startsWith('assignments.'),
    );
    const rotation = (n: number) =>
      titles.find((t) => t.field === `assignments.${kit.assignments[n - 1]?.id}.title`)?.rotate;
    // Seven assignments, the first the matrix: two along the bottom, one on the right, two along the top,
    // one on the left.
    expect([1, 2, 3, 4, 5, 6, 7].map(rotation)).toEqual([0, 0, 0, 270, 180, 180, 90]);
  });
});

describe('legibility', () => {
  for (const layout of ['upright', 'table'] as const) {
    it(`${layout} layout: every text stands on a background it contrasts with (at least 4.5:1)`, async () => {
      const kit = await fixtureDts('nl');
      const { plan } = planPoster(kit, theme, options({ layout }));
      const texts = backgroundsOfText(plan.items, theme.colours.paper);
      expect(texts.length).toBeGreaterThan(20);
      const poor = texts
        .filter(({ item, background }) => contrastRatio(item.colour, background) < 4.5)
        .map(({ item, background }) => `${item.lines[0]?.text}: ${item.colour} on ${background}`);
      expect(poor).toEqual([]);
    });
  }
});

describe('print shop output', () => {
  it('adds a 3 mm bleed with TrimBox and BleedBox, and crop marks outside it', async () => {
    const kit = await fixtureDts('nl');
    const { files } = await renderPoster(kit, theme, options({ bleed: 3 }), date);
    const pdf = files[0]?.bytes ?? Buffer.alloc(0);
    const a2 = paperInPoints('A2', 'portrait');
    const trim = box(pdf, 'TrimBox') ?? [];
    const bleed = box(pdf, 'BleedBox') ?? [];
    expect((trim[2] ?? 0) - (trim[0] ?? 0)).toBeCloseTo(a2.width, 1);
    expect((trim[3] ?? 0) - (trim[1] ?? 0)).toBeCloseTo(a2.height, 1);
    expect((trim[0] ?? 0) - (bleed[0] ?? 0)).toBeCloseTo(mmToPt(3), 1);
    expect((bleed[2] ?? 0) - (bleed[0] ?? 0)).toBeCloseTo(a2.width + 2 * mmToPt(3), 1);
    expect(files[0]?.name).toBe('poster-a2-bleed3mm.pdf');
  });

  it('has no bleed boxes without a bleed', async () => {
    const kit = await fixtureDts('nl');
    const { files } = await renderPoster(kit, theme, options(), date);
    expect(box(files[0]?.bytes ?? Buffer.alloc(0), 'TrimBox')).toBeUndefined();
  });
});

describe('office printer output', () => {
  it('tiles A2 onto A4 sheets that cover the whole poster with the overlap', () => {
    const poster = paperInPoints('A2', 'portrait');
    const tiles = planTiles(poster, { sheet: 'A4', overlap: 10 });
    expect(tiles.rows * tiles.columns).toBe(tiles.tiles.length);
    const last = tiles.tiles.at(-1);
    expect((last?.window.x ?? 0) + (last?.window.width ?? 0)).toBeGreaterThanOrEqual(poster.width);
    expect((last?.window.y ?? 0) + (last?.window.height ?? 0)).toBeGreaterThanOrEqual(poster.height);
    const second = tiles.tiles[1];
    expect((tiles.tiles[0]?.window.width ?? 0) - (second?.window.x ?? 0)).toBeCloseTo(mmToPt(10), 6);
    expect(tiles.tiles.map((t) => t.name).slice(0, 2)).toEqual(['1-1', '1-2']);
  });

  it('needs fewer A3 sheets than A4 sheets, and more sheets for a larger poster', () => {
    const count = (paper: PosterPaper, sheet: 'A4' | 'A3') =>
      planTiles(paperInPoints(paper, 'portrait'), { sheet, overlap: 10 }).tiles.length;
    expect(count('A2', 'A3')).toBeLessThan(count('A2', 'A4'));
    expect(count('A1', 'A4')).toBeGreaterThan(count('A2', 'A4'));
  });

  it('writes one A4 page per tile', async () => {
    const kit = await fixtureDts('nl');
    const tile = { sheet: 'A4' as const, overlap: 10 };
    const { files } = await renderPoster(kit, theme, { ...options(), tile }, date);
    const pdf = files[0]?.bytes.toString('latin1') ?? '';
    const pages = pdf.match(/\/Type \/Page\b/g)?.length ?? 0;
    expect(pages).toBe(planTiles(paperInPoints('A2', 'portrait'), tile).tiles.length);
    expect(files[0]?.name).toBe('poster-a2-tiled-a4.pdf');
  });
});

describe('fitting on the poster', () => {
  it('fails on a question too long for its zone, naming the language, assignment, field and overflow', async () => {
    // An identifier without any place to break it is wider than the zone.
    const long = `ZAAK_${'0001_'.repeat(18)}END`;
    const kit = await fixtureDts('nl', {
      [DTS_NL]: (t) =>
        t.replace(
          '    title: Opdracht a-two\n    summary: Samenvatting\n',
          `    title: Opdracht a-two\n    summary: ${long}\n`,
        ),
    });
    const { diagnostics } = planPoster(kit, theme, options({ paper: 'A3', layout: 'upright' }));
    const overflow = diagnostics.find((d) => d.code === 'text-overflow');
    expect(overflow).toMatchObject({
      severity: 'error',
      file: DTS_NL,
      line: 74,
      field: 'assignments.a-two.summary',
    });
    expect(overflow?.message).toMatch(
      /^assignment 2 \(Opdracht a-two\), guiding question, does not fit its box on the A3 portrait poster \(nl\): about \d+ characters? too long \([\d.]+ mm too wide at the smallest size [\d.]+ pt\)$/,
    );
    const { files } = await renderPoster(kit, theme, options({ paper: 'A3', layout: 'upright' }), date);
    expect(files).toEqual([]);
  });

  it('fails on a character the font does not have, naming it and its text', async () => {
    const kit = await fixtureDts('nl', {
      [DTS_NL]: (t) => t.replace('    title: Opdracht a-two', '    title: Opdracht 数据'),
    });
    const { diagnostics } = planPoster(kit, theme, options());
    expect(diagnostics.find((d) => d.code === 'missing-glyph')).toMatchObject({
      severity: 'error',
      file: DTS_NL,
      line: 73,
      field: 'assignments.a-two.title',
      message: expect.stringContaining('"数" (U+6570), "据" (U+636E)'),
    });
  });
});

describe('reproducible output', () => {
  it('gives byte-identical PDFs for the same input', async () => {
    const kit = await fixtureDts('nl');
    const first = await renderPoster(kit, theme, options({ bleed: 3 }), date);
    const second = await renderPoster(kit, theme, options({ bleed: 3 }), date);
    expect(first.files[0]?.bytes.equals(second.files[0]?.bytes ?? Buffer.alloc(0))).toBe(true);
  });

  it('stamps the given date, not the clock', async () => {
    const kit = await fixtureDts('nl');
    const { files } = await renderPoster(kit, theme, options(), date);
    expect(files[0]?.bytes.toString('latin1')).toContain('(D:20261125000000Z)');
  });

  it('names each variant of the poster distinctly', () => {
    expect(posterFileName(options())).toBe('poster-a2.pdf');
    expect(
      posterFileName(options({ paper: 'A1', orientation: 'landscape', layout: 'upright', bleed: 5 })),
    ).toBe('poster-a1-landscape-upright-bleed5mm.pdf');
  });
});
