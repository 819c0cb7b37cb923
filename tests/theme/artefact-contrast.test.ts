// No text in any artefact falls below 4.5:1 on what it is printed on, for the kit's own colours and for
// brands that push each role: a light primary and accent (dark text on them, a darker shade as text), a
// mid-tone primary on which neither white nor the ink reads (black text), and a grey ink. The pairs are
// read back from what every renderer of the registry made (colour-pairs.ts), not from a list of intent.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/model.js';
import { buildRenderers, onRequest } from '../../src/build/artefacts.js';
import type { LocalisedKit } from '../../src/content/model.js';
import type { Renderer, RenderContext } from '../../src/render/renderer.js';
import { brandColours, loadBrand } from '../../src/theme/brand.js';
import { contrastRatio, MIN_CONTRAST } from '../../src/theme/contrast.js';
import { TEXT_PAIRS } from '../../src/theme/roles.js';
import type { Theme } from '../../src/theme/theme.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';
import { loadEdited } from '../helpers/fixture.js';
import type { ColourPair } from './colour-pairs.js';
import { docxPairs, planPairs, pptxPairs } from './colour-pairs.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const LIGHT = path.join(ROOT, 'tests', 'fixtures', 'brand-light', 'brand.yaml');
const EXAMPLE = path.join(ROOT, 'examples', 'brand', 'brand.yaml');

async function brandTheme(file: string): Promise<Theme> {
  const { theme, diagnostics } = await loadBrand(nodeWorkspace(), file);
  if (!theme) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return theme;
}

const withColours = (colours: Parameters<typeof brandColours>[0]): Theme => ({
  ...defaultTheme(),
  colours: brandColours(colours).colours,
  organisation: { name: 'Gemeente Grijsburg' },
});

const poster = { paper: 'A2', orientation: 'portrait', layout: 'table', bleed: 0 } as const;

async function pairsOf(renderer: Renderer, kit: LocalisedKit, input: unknown, context: RenderContext) {
  const steps = await renderer.load();
  const { plan, diagnostics } = steps.plan(kit as never, input, context);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const where = `${renderer.id} (${kit.language})`;
  if (renderer.made.by === 'build' && renderer.made.thread === 'pdf') return planPairs(plan, where);
  const { files } = await steps.emit(plan, context);
  const pairs: ColourPair[] = [];
  for (const file of files) {
    if (file.name.endsWith('.pptx')) pairs.push(...(await pptxPairs(file.bytes, `${where} ${file.name}`)));
    if (file.name.endsWith('.docx')) pairs.push(...(await docxPairs(file.bytes, `${where} ${file.name}`)));
  }
  return pairs;
}

/** Every pair of every artefact of both kits (English) and of a project plan, in this theme. */
async function artefactPairs(theme: Theme): Promise<ColourPair[]> {
  const content = await loadEdited({});
  const context: RenderContext = { theme, date: new Date('2026-11-25T00:00:00Z'), start: 13 * 60 };
  const pairs: ColourPair[] = [];
  for (const loaded of content.kits) {
    const kit = loaded.localised.get('en');
    if (!kit) throw new Error(`no English ${loaded.id}`);
    for (const renderer of buildRenderers.filter((r) => r.kitKind === kit.kind)) {
      const input = renderer.made.variants({ posters: [poster] })[0];
      pairs.push(...(await pairsOf(renderer, kit, input, context)));
    }
    if (kit.kind === onRequest.plan.kitKind) {
      const answers: Answers = { kit: kit.id, version: kit.version, language: kit.language, answers: {} };
      pairs.push(...(await pairsOf(onRequest.plan, kit, { answers, version: '0.1' }, context)));
    }
  }
  return pairs;
}

/** The distinct text/background pairs of each artefact, each with its contrast and one place it was seen. */
function distinct(pairs: readonly ColourPair[]) {
  const seen = new Map<string, ColourPair & { ratio: number }>();
  for (const p of pairs) {
    const key = `${p.where.split(' ')[0]}: ${p.text} on ${p.background}`;
    if (!seen.has(key)) seen.set(key, { ...p, ratio: contrastRatio(`#${p.text}`, `#${p.background}`) });
  }
  return [...seen.values()];
}

const themes: [string, () => Promise<Theme>][] = [
  ['the kit’s own colours', async () => defaultTheme()],
  ['the example brand (purple, orange accent)', () => brandTheme(EXAMPLE)],
  ['a light brand (sunflower yellow, pale accent)', () => brandTheme(LIGHT)],
  [
    'a mid-tone primary, a grey accent and a grey ink',
    async () => withColours({ primary: '#3A8DDE', accent: '#808080', ink: '#666666' }),
  ],
];

describe('contrast in every artefact', () => {
  it.each(themes)(
    'every text reaches 4.5:1 on what it is printed on, with %s',
    async (_, make) => {
      const theme = await make();
      const pairs = await artefactPairs(theme);
      const found = distinct(pairs);
      // Every run carries its own colour: none was left to an inherited style the walk cannot see.
      expect(found.filter((p) => p.text === 'UNSET')).toEqual([]);
      expect(
        found
          .filter((p) => p.ratio < MIN_CONTRAST)
          .map((p) => `${p.where}: ${p.text} on ${p.background} ${p.ratio.toFixed(2)}:1`),
      ).toEqual([]);
      // The walk saw the surfaces: text on the primary colour and on the accent, in the PDFs and the Office files.
      const on = (background: string, where: RegExp) =>
        pairs.some((p) => p.background === background.slice(1) && where.test(p.where));
      const c = theme.colours;
      for (const where of [/^checklist/, /^deck/, /^workshop .*\.pptx/, /^handbook/])
        expect(on(c.primary, where), String(where)).toBe(true);
      expect(on(c.accent, /^checklist/)).toBe(true);
      expect(on(c.tint, /^poster/)).toBe(true);
    },
    120_000,
  );

  it('keeps the light brand colour on its surfaces and sets dark text on them', async () => {
    const theme = await brandTheme(LIGHT);
    const pairs = distinct(await artefactPairs(theme));
    const onYellow = pairs.filter((p) => p.background === 'F2C230');
    expect(new Set(onYellow.map((p) => p.text))).toEqual(new Set(['1A2733']));
    // The yellow as text: nowhere; its darker shade instead, on paper and on the tint.
    expect(pairs.filter((p) => p.text === 'F2C230')).toEqual([]);
    expect(
      pairs.some((p) => p.text === theme.colours.primaryText.slice(1) && p.background === 'FFFFFF'),
    ).toBe(true);
  }, 120_000);
});

describe('the colour roles', () => {
  // A spread of colours over the hue wheel and from near-white to near-black, as brand colours.
  const spread = Array.from({ length: 24 }, (_, i) =>
    Array.from({ length: 9 }, (_, j) => {
      const h = i * 15;
      const l = 0.08 + j * 0.105;
      const k = (n: number) => (n + h / 30) % 12;
      const a = 0.7 * Math.min(l, 1 - l);
      const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
      return `#${[f(0), f(8), f(4)]
        .map((c) =>
          Math.round(c * 255)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')
        .toUpperCase()}`;
    }),
  ).flat();

  it('give every pair the renderers use 4.5:1, whatever the primary and accent colour', () => {
    for (const primary of spread) {
      const { colours, problems } = brandColours({
        primary,
        accent: spread[(spread.indexOf(primary) * 7) % spread.length]!,
      });
      expect(problems.filter((p) => p.diagnostic.severity === 'error')).toEqual([]);
      for (const pair of TEXT_PAIRS) {
        const ratio = contrastRatio(colours[pair.text], colours[pair.on]);
        expect(ratio, `${pair.text} on ${pair.on} (${pair.where}) for ${primary}`).toBeGreaterThanOrEqual(
          MIN_CONTRAST,
        );
      }
      expect(colours.primary).toBe(primary);
    }
  });
});
