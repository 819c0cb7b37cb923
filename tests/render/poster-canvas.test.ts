// The poster as a canvas, measured on its plan with the shipped texts: writing space, sticky-note room,
// type sizes, reading direction, zones apart, structures inside their zones, and 40 % longer texts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../src/build/inspect.js';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedDataTeamStart } from '../../src/content/model.js';
import type { Rect } from '../../src/render/geometry.js';
import { overlappingLines, placedLines, within } from '../../src/render/geometry.js';
import type { GroupItem } from '../../src/render/layout.js';
import type { PosterOptions } from '../../src/render/poster/plan.js';
import { planPoster } from '../../src/render/poster/plan.js';
import { renderPoster } from '../../src/render/poster/render.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { mmToPt } from '../../src/units.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';

const theme = defaultTheme();
const content = await loadContent(nodeWorkspace(), path.join(import.meta.dirname, '..', '..', 'content'), {
  kits: ['data-team-start'],
});
const shipped = (language: string) => content.kits[0]?.localised.get(language) as LocalisedDataTeamStart;
const options = (o: Partial<PosterOptions> = {}): PosterOptions => ({
  paper: 'A2',
  orientation: 'portrait',
  layout: 'table',
  bleed: 0,
  ...o,
});

/** A zone's rectangle on the page, whatever its turn. */
function pageRect(group: GroupItem): Rect {
  const turned = group.rotate === 90 || group.rotate === 270;
  const w = turned ? group.height : group.width;
  const h = turned ? group.width : group.height;
  const x = group.rotate === 180 || group.rotate === 90 ? group.x - w : group.x;
  const y = group.rotate === 180 || group.rotate === 270 ? group.y - h : group.y;
  return { x, y, width: w, height: h };
}

function zones(items: readonly { kind: string }[]): GroupItem[] {
  return items.filter(
    (i): i is GroupItem => i.kind === 'group' && (i as GroupItem).label?.startsWith('assignment') === true,
  );
}

/**
 * Every text of the kit made 40 % longer with more of its own words, as a longer language would be; the
 * kit's name stays, as a name does in every language.
 */
function lengthened(kit: LocalisedDataTeamStart): LocalisedDataTeamStart {
  const grow = (text: string): string => {
    const words = text.split(' ');
    let out = text;
    for (let i = 0; out.length < text.length * 1.4; i++) out += ` ${words[i % words.length]}`;
    return out;
  };
  const walk = (node: unknown, key = ''): unknown => {
    if (typeof node === 'string')
      return ['id', 'kind', 'language', 'writingArea', 'title:kit'].includes(key) ? node : grow(node);
    if (Array.isArray(node)) return node.map((n) => walk(n));
    if (node && typeof node === 'object') {
      if (key === 'origins') return node;
      return Object.fromEntries(
        Object.entries(node).map(([k, v]) => [k, walk(v, key === 'meta' && k === 'title' ? 'title:kit' : k)]),
      );
    }
    return node;
  };
  return walk(kit) as LocalisedDataTeamStart;
}

describe('the poster as a canvas', () => {
  for (const language of ['nl', 'en']) {
    for (const paper of ['A2', 'A1'] as const) {
      it(`${language} ${paper}: at least 60 % of the sheet is free to write on, and the type is large enough`, () => {
        const { plan, diagnostics } = planPoster(shipped(language), theme, options({ paper }));
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(plan.figures.writingFraction).toBeGreaterThanOrEqual(0.6);
        const scale = paper === 'A1' ? Math.SQRT2 : 1;
        expect(plan.figures.minTitlePt).toBeGreaterThanOrEqual(20 * scale * 0.99);
        expect(plan.figures.minInstructionPt).toBeGreaterThanOrEqual(11 * scale * 0.99);
        expect(plan.figures.zones.map((z) => z.number)).toEqual(
          shipped(language).assignments.map((a) => a.number),
        );
      });
    }

    it(`${language} A2: every note zone holds at least two 76 mm sticky notes, and most hold three`, () => {
      // Seven note zones, the matrix and the title do not all fit three 76 mm notes on A2 (see README).
      const { plan } = planPoster(shipped(language), theme, options());
      const notes = plan.figures.zones.filter((z) => z.kind !== 'matrix').map((z) => z.stickyNotes);
      expect(Math.min(...notes)).toBeGreaterThanOrEqual(2);
      expect(notes.filter((n) => n >= 3).length).toBeGreaterThanOrEqual(4);
    });

    it(`${language} A1: every zone but the matrix holds at least three 76 mm sticky notes`, () => {
      const { plan } = planPoster(shipped(language), theme, options({ paper: 'A1' }));
      const short = plan.figures.zones.filter((z) => z.kind !== 'matrix' && z.stickyNotes < 3);
      expect(short.map((z) => `${z.number} ${z.id}: ${z.stickyNotes}`)).toEqual([]);
    });
  }

  it('reads each zone of the table layout from its nearest edge, and keeps zones apart', () => {
    const { plan } = planPoster(shipped('nl'), theme, options());
    const all = zones(plan.items);
    expect(all).toHaveLength(8);
    for (const zone of all) {
      const r = pageRect(zone);
      const gaps = {
        0: plan.trim.height - (r.y + r.height),
        180: r.y,
        90: r.x,
        270: plan.trim.width - (r.x + r.width),
      };
      // The zone's foot, as its reader sees it, lies at that edge of the sheet (margin and footer apart).
      // A zone clear of every edge (the matrix, or a note zone in the centre) reads from the facilitator's side.
      const central = Math.min(...Object.values(gaps)) > mmToPt(25);
      if (zone.label?.includes('team-profile') || central) expect(zone.rotate).toBe(0);
      else expect(gaps[zone.rotate]).toBeLessThanOrEqual(mmToPt(25));
      expect(within(r, { x: 0, y: 0, ...plan.trim })).toBe(true);
    }
    const rects = all.map(pageRect);
    rects.forEach((a, i) =>
      rects.slice(i + 1).forEach((b) => {
        const apart =
          a.x + a.width <= b.x + 0.1 ||
          b.x + b.width <= a.x + 0.1 ||
          a.y + a.height <= b.y + 0.1 ||
          b.y + b.height <= a.y + 0.1;
        expect(apart).toBe(true);
      }),
    );
  });

  it('draws each structure inside its zone: lines, boxes and labels', () => {
    for (const layout of ['table', 'upright'] as const) {
      const { plan } = planPoster(shipped('en'), theme, options({ layout }));
      for (const zone of zones(plan.items)) {
        const local = { x: 0, y: 0, width: zone.width, height: zone.height };
        for (const item of zone.items) {
          if (item.kind === 'line') {
            expect(
              within(
                {
                  x: Math.min(item.x1, item.x2),
                  y: Math.min(item.y1, item.y2),
                  width: Math.abs(item.x2 - item.x1),
                  height: Math.abs(item.y2 - item.y1),
                },
                local,
              ),
            ).toBe(true);
          } else if (item.kind === 'box') {
            expect(within(item, local)).toBe(true);
          }
        }
        for (const line of placedLines([zone])) expect(within(line.box, pageRect(zone))).toBe(true);
      }
    }
  });

  it('fits texts 40 % longer than the shipped ones at A2 and A1, in both layouts', () => {
    const problems: string[] = [];
    for (const language of ['nl', 'en']) {
      for (const paper of ['A2', 'A1'] as const) {
        for (const layout of ['table', 'upright'] as const) {
          const { plan, diagnostics } = planPoster(
            lengthened(shipped(language)),
            theme,
            options({ paper, layout }),
          );
          problems.push(
            ...diagnostics
              .filter((d) => d.severity === 'error')
              .map((d) => `${language} ${paper} ${layout}: ${d.field} ${d.message}`),
          );
          expect(overlappingLines(placedLines(plan.items))).toEqual([]);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('carries its figures in the PDF, where the manifest and --json read them', async () => {
    const kit = shipped('en');
    const { plan } = planPoster(kit, theme, options({ paper: 'A1' }));
    const { files } = await renderPoster(
      kit,
      theme,
      options({ paper: 'A1' }),
      new Date('2026-11-25T00:00:00Z'),
    );
    const facts = await inspectFile('poster-a1.pdf', files[0]?.bytes ?? Buffer.alloc(0));
    expect(facts.pages).toBe(1);
    expect(facts.canvas?.writingFraction).toBeCloseTo(plan.figures.writingFraction, 3);
    expect(facts.canvas?.minTitlePt).toBe(plan.figures.minTitlePt);
    expect(facts.canvas?.minInstructionPt).toBe(plan.figures.minInstructionPt);
    expect(facts.canvas?.stickyNotes).toEqual(
      Object.fromEntries(plan.figures.zones.map((z) => [z.id, z.stickyNotes])),
    );
  });

  it('says so when zones hold fewer than three sticky notes (A3), and not when they do (A1)', () => {
    const warning = (paper: 'A3' | 'A1') =>
      planPoster(shipped('nl'), theme, options({ paper })).diagnostics.find(
        (d) => d.code === 'no-room-to-write' && d.severity === 'warning',
      );
    expect(warning('A3')?.message).toMatch(
      /^on the A3 portrait poster \(nl\), \d of 7 zones hold fewer than 3 sticky notes of 76 mm: /,
    );
    expect(warning('A1')).toBeUndefined();
  });

  it('gives the same plan figures twice', () => {
    const first = planPoster(shipped('nl'), theme, options()).plan.figures;
    const second = planPoster(shipped('nl'), theme, options()).plan.figures;
    expect(second).toEqual(first);
  });
});
