import { describe, expect, it } from 'vitest';
import { buildRenderers } from '../../src/build/artefacts.js';
import { describeFile, publishedName } from '../../src/build/files.js';
import { parsePosterFlags, parsePosterVariants } from '../../src/build/poster-options.js';
import type { LocalisedKit } from '../../src/content/model.js';
import { template } from '../../src/content/schema/download.js';
import type { PosterRenderOptions } from '../../src/render/poster/render.js';
import { CHECKLIST_NL, DTS_NL, loadEdited } from '../helpers/fixture.js';

const a2: PosterRenderOptions = { paper: 'A2', orientation: 'portrait', layout: 'table', bleed: 0 };

async function kit(id: string, language: string, edits = {}): Promise<LocalisedKit> {
  const content = await loadEdited(edits);
  const found = content.kits.find((k) => k.id === id)?.localised.get(language);
  if (!found) throw new Error(`no ${id} ${language}`);
  return found;
}

describe('file names', () => {
  /** The published names of what a registry renderer makes for a kit, language and input. */
  const names = (id: string, kit: string, language: string, input: unknown = {}) =>
    buildRenderers
      .find((r) => r.id === id)!
      .files(input)
      .map((f) => publishedName(kit, language, f.variant, f.extension));

  it('carry kit, variant and language: a poster after its variant', () => {
    const name = (poster: Partial<PosterRenderOptions>, language = 'nl') =>
      names('poster', 'data-team-start', language, { ...a2, ...poster });
    expect(name({})).toEqual(['data-team-start-poster-a2-nl.pdf']);
    expect(name({ bleed: 3 })).toEqual(['data-team-start-poster-a2-bleed-nl.pdf']);
    expect(name({ bleed: 5 }, 'en')).toEqual(['data-team-start-poster-a2-bleed-5mm-en.pdf']);
    expect(name({ tile: { sheet: 'A4', overlap: 10 } })).toEqual([
      'data-team-start-poster-a2-tiled-a4-nl.pdf',
    ]);
    expect(name({ tile: { sheet: 'A3', overlap: 10 } })).toEqual([
      'data-team-start-poster-a2-tiled-a3-nl.pdf',
    ]);
    expect(name({ paper: 'A1', orientation: 'landscape', layout: 'upright', bleed: 3 })).toEqual([
      'data-team-start-poster-a1-landscape-upright-bleed-nl.pdf',
    ]);
  });

  it("carry kit, variant and language: every other file after the renderer's own name", () => {
    expect(names('deck', 'data-team-start', 'en')).toEqual(['data-team-start-deck-en.pptx']);
    expect(buildRenderers.find((r) => r.id === 'deck')!.files({})[0]!.variant).toEqual({ file: 'deck' });
    expect(names('cards', 'checklist-samen-data-delen', 'nl')).toEqual([
      'checklist-samen-data-delen-cards-nl.pdf',
    ]);
    expect(names('workshop', 'checklist-samen-data-delen', 'en')).toEqual([
      'checklist-samen-data-delen-workshop-guide-en.docx',
      'checklist-samen-data-delen-workshop-deck-en.pptx',
    ]);
  });
});

describe('the poster variants of a build', () => {
  it('are the print set by default: plain, 3 mm bleed, tiled on A4 and on A3', () => {
    const parsed = parsePosterVariants({});
    expect(parsed).toEqual({
      ok: true,
      value: [
        a2,
        { ...a2, bleed: 3 },
        { ...a2, tile: { sheet: 'A4', overlap: 10 } },
        { ...a2, tile: { sheet: 'A3', overlap: 10 } },
      ],
    });
  });

  it('take the shape flags for every variant, and tile only onto sheets smaller than the poster', () => {
    const parsed = parsePosterVariants({ paper: 'A3', layout: 'upright', overlap: '15' });
    if (!parsed.ok) throw new Error(parsed.message);
    const a3 = { ...a2, paper: 'A3', layout: 'upright' };
    expect(parsed.value).toEqual([a3, { ...a3, bleed: 3 }, { ...a3, tile: { sheet: 'A4', overlap: 15 } }]);
  });

  it('are the one variant --bleed or --tile asks for, and a bad flag is still an error', () => {
    const only = (flags: Record<string, string>) => parsePosterVariants(flags);
    expect(only({ tile: 'A3' })).toEqual({
      ok: true,
      value: [{ ...a2, tile: { sheet: 'A3', overlap: 10 } }],
    });
    expect(only({ bleed: '5' })).toEqual({ ok: true, value: [{ ...a2, bleed: 5 }] });
    expect(only({ paper: 'B5' })).toEqual(parsePosterFlags({ paper: 'B5' }));
    expect(only({ overlap: '99' }).ok).toBe(false);
  });
});

describe('labels and printing advice', () => {
  it('come from the kit texts in its language, with the paper and sheet filled in', async () => {
    const nl = (await kit('data-team-start', 'nl')).download;
    const en = (await kit('data-team-start', 'en')).download;
    const tiled = { file: 'poster-tiled', paper: 'A2', sheet: 'A4' };
    expect(describeFile(nl, { file: 'poster-bleed', paper: 'A2', bleed: 3 }).label).toBe(
      'A2 voor de drukker',
    );
    expect(describeFile(nl, tiled).label).toBe('A2 op A4-vellen');
    expect(describeFile(en, tiled).label).toBe('A2 on A4 sheets');
    expect(describeFile(nl, { file: 'poster', paper: 'A1', orientation: 'landscape' }).label).toBe(
      'A1 voor op tafel, liggend',
    );
    expect(describeFile(nl, { file: 'poster-bleed', paper: 'A2', bleed: 5 }).print).toContain(
      'rondom 5 mm afloop',
    );
    for (const d of [nl, en]) expect(describeFile(d, tiled).print).not.toMatch(/[{}]/);
    const cards = describeFile((await kit('checklist-samen-data-delen', 'nl')).download, { file: 'cards' });
    expect(cards.print).toContain('omslaan langs de lange zijde');
  });

  it("are there for every file the registry's renderers make, and only for those, in the order they make them", async () => {
    const posters = parsePosterVariants({});
    if (!posters.ok) throw new Error('no default print set');
    for (const [id, kitKind] of [
      ['data-team-start', 'data-team-start'],
      ['checklist-samen-data-delen', 'checklist'],
    ] as const) {
      const made = buildRenderers
        .filter((r) => r.kitKind === kitKind)
        .flatMap((r) => r.made.variants({ posters: posters.value }).flatMap((input) => r.files(input)))
        .map((f) => f.variant.file);
      const labelled = Object.keys((await kit(id, 'nl')).download.files);
      expect([...new Set(made)], id).toEqual(labelled);
    }
  });

  it('are content: an edited label is what the file is called', async () => {
    const edited = await kit('data-team-start', 'nl', {
      [DTS_NL]: (t: string) =>
        t.replace("label: '{paper} voor de drukker'", "label: '{paper} voor de copyshop'"),
    });
    expect(describeFile(edited.download, { file: 'poster-bleed', paper: 'A2', bleed: 3 }).label).toBe(
      'A2 voor de copyshop',
    );
  });

  it('a label without its placeholder, or with an unknown one, is a content error naming the field', async () => {
    expect(template(['paper']).safeParse('{paper} voor de drukker').success).toBe(true);
    const missing = template(['paper']).safeParse('A2 voor de drukker');
    expect(missing.error?.issues.map((i) => i.message)).toEqual(['needs the placeholder {paper}']);
    const unknown = template(['paper']).safeParse('{paper} op {papier}');
    expect(unknown.error?.issues.map((i) => i.message)).toEqual([
      'has an unknown placeholder {papier} (expected {paper})',
    ]);
    const content = await loadEdited({
      [CHECKLIST_NL]: (t: string) =>
        t.replace('  readme:\n    file: LEESMIJ', '  readme:\n    file: LEES MIJ.txt'),
    });
    expect(content.diagnostics.map((d) => `${d.field}: ${d.message}`)).toEqual([
      expect.stringMatching(/^download\.readme\.file: .*expected a file name/),
    ]);
  });
});
