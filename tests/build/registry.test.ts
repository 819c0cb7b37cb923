// The registry is the one list of artefacts: a new renderer, added through the same API as the real
// ones, is built, named, scheduled and listed without any other change; `--only`, the worker's share and
// `dts plan` come from the list.
import { describe, expect, it } from 'vitest';
import {
  artefactNames,
  buildRenderers,
  onlyHelp,
  onRequest,
  renderers,
  selectsPdf,
} from '../../src/build/artefacts.js';
import type { ProgressEvent } from '../../src/build/build.js';
import { build } from '../../src/build/build.js';
import { assembleOutput } from '../../src/build/output.js';
import type { RenderTask } from '../../src/build/parallel.js';
import { renderAll } from '../../src/build/parallel.js';
import { parsePosterVariants } from '../../src/build/poster-options.js';
import { parseBuildArgs } from '../../src/cli/build-command.js';
import { UsageError } from '../../src/cli/common.js';
import { helpText } from '../../src/cli/help.js';
import { defaultStart } from '../../src/content/clock.js';
import type { BuildRenderer, NoInput } from '../../src/render/renderer.js';
import { namedFile, once } from '../../src/render/renderer.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { memoryWorkspace } from '../../src/workspace/workspace.js';
import { DTS_NL, edited, loadEdited } from '../helpers/fixture.js';

const DATE = new Date('2026-11-25T00:00:00Z');

/** A whole artefact in a few lines: a name badge with the kit's title, as plain text. */
const badge: BuildRenderer<'data-team-start', NoInput, string> = {
  id: 'badge',
  kitKind: 'data-team-start',
  description: 'name badge (TXT)',
  made: { by: 'build', thread: 'main', cost: 1, variants: once },
  files: () => [namedFile('badge.txt')],
  load: async () => ({
    plan: (kit) => ({
      plan: `${kit.meta.title} (${kit.language})`,
      diagnostics: kit.meta.title.includes('!')
        ? [{ severity: 'error', code: 'text-overflow', message: 'no room for "!" on a badge' }]
        : [],
    }),
    emit: async (text) => ({ files: [{ name: 'badge.txt', bytes: Buffer.from(text) }], diagnostics: [] }),
  }),
};

async function buildWith(
  list: readonly BuildRenderer[],
  only?: string[],
  edits = {},
  onProgress?: (e: ProgressEvent) => void,
) {
  const posters = parsePosterVariants({});
  if (!posters.ok) throw new Error(posters.message);
  return build(
    {
      contentDir: 'content',
      posters: posters.value,
      date: DATE,
      renderers: list,
      ...(only ? { only } : {}),
      ...(onProgress ? { onProgress } : {}),
    },
    memoryWorkspace(edited(edits)),
  );
}

describe('a new artefact', () => {
  it('is built for every language of its kind of kit, named, listed in the manifest and reported', async () => {
    const events: string[] = [];
    const result = await buildWith([...buildRenderers, badge], ['badge', 'deck'], {}, (e) =>
      events.push(`${e.kit} ${e.language} ${e.artefact}`),
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const badges = result.files.filter((f) => f.artefact === 'badge');
    expect(badges.map((f) => f.path).sort()).toEqual([
      'data-team-start/en/data-team-start-badge-en.txt',
      'data-team-start/nl/data-team-start-badge-nl.txt',
    ]);
    expect(badges.map((f) => f.variant)).toEqual([{ file: 'badge' }, { file: 'badge' }]);
    const nl = badges.find((f) => f.language === 'nl')!;
    expect(nl.bytes.toString()).toMatch(/ \(nl\)$/);
    expect(events.filter((e) => e.endsWith(' badge')).sort()).toEqual([
      'data-team-start en badge',
      'data-team-start nl badge',
    ]);
    const { manifest } = await assembleOutput(result, {
      generator: 'dts test',
      fontLicence: Buffer.from(''),
    });
    expect(
      manifest.artefacts
        .filter((a) => a.kind === 'badge')
        .map((a) => a.path)
        .sort(),
    ).toEqual([
      'data-team-start/en/data-team-start-badge-en.txt',
      'data-team-start/nl/data-team-start-badge-nl.txt',
    ]);
  });

  it('is not built without its registry line, and not for the other kind of kit', async () => {
    const without = await buildWith(buildRenderers, ['badge', 'cards']);
    expect(without.files.some((f) => f.artefact === 'badge')).toBe(false);
    const checklist = await buildWith([...buildRenderers, badge], ['badge', 'cards']);
    expect(checklist.files.filter((f) => f.artefact === 'badge').map((f) => f.kit)).toEqual([
      'data-team-start',
      'data-team-start',
    ]);
  });

  it('makes no file when its plan has an error, and reports the error', async () => {
    const result = await buildWith([badge], undefined, {
      [DTS_NL]: (t: string) => t.replace(/^(\s*title: )(.*)$/m, '$1$2!'),
    });
    expect(result.files.filter((f) => f.language === 'nl')).toEqual([]);
    expect(result.files.filter((f) => f.language === 'en')).toHaveLength(1);
    expect(result.diagnostics.map((d) => d.message)).toContain('no room for "!" on a badge');
  });
});

describe('scheduling', () => {
  it('starts with the costliest task and returns the results in task order', async () => {
    const content = await loadEdited();
    const kit = content.kits.find((k) => k.id === 'data-team-start')!.localised.get('nl')!;
    const costly: BuildRenderer<'data-team-start', NoInput, string> = {
      ...badge,
      id: 'costly',
      files: () => [namedFile('costly.txt')],
      made: { ...badge.made, cost: 9 },
    };
    const tasks: RenderTask[] = [badge, costly].map((renderer) => ({
      kit,
      renderer,
      input: {},
      date: DATE,
    }));
    const order: string[] = [];
    const results = await renderAll(tasks, { theme: defaultTheme(), start: defaultStart }, undefined, (t) =>
      order.push(t.renderer.id),
    );
    expect(order).toEqual(['costly', 'badge']);
    expect(results.map((r) => r.files[0]?.name)).toEqual([
      'data-team-start-badge-nl.txt',
      'data-team-start-costly-nl.txt',
    ]);
  });
});

describe('what is derived from the registry', () => {
  it('--only takes the ids of what dts build makes, and its help names each with its description', async () => {
    expect(artefactNames).toEqual(['poster', 'deck', 'handbook', 'checklist', 'cards', 'workshop']);
    expect(parseBuildArgs(['--only', 'cards,workshop']).only).toEqual(['cards', 'workshop']);
    // The project plan is made by dts plan, from answers: not something to build.
    expect(() => parseBuildArgs(['--only', onRequest.plan.id])).toThrow(UsageError);
    const help = await helpText('build');
    for (const r of buildRenderers)
      expect(help).toMatch(new RegExp(`\\n\\s+${r.id}\\s+${r.description.replace(/[()]/g, '\\$&')}\\n`));
    expect(onlyHelp('  ').split('\n')).toHaveLength(buildRenderers.length);
  });

  it('the worker is wanted exactly when a selected artefact is drawn on the PDF thread', () => {
    expect(buildRenderers.filter((r) => r.made.thread === 'pdf').map((r) => r.id)).toEqual([
      'poster',
      'checklist',
      'cards',
    ]);
    expect(selectsPdf(undefined)).toBe(true);
    expect(selectsPdf(['deck', 'handbook', 'workshop'])).toBe(false);
    expect(selectsPdf(['deck', 'cards'])).toBe(true);
  });

  it('holds every artefact once, the project plan as one made on request by dts plan', () => {
    const ids = renderers.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(renderers.filter((r) => r.made.by === 'plan').map((r) => r.id)).toEqual(['project-plan']);
    expect(onRequest.plan.kitKind).toBe('checklist');
  });
});
