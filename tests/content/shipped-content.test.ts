// The content we publish: complete in both languages, no warnings, and shaped as the brief asks.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedChecklist, LocalisedDataTeamStart } from '../../src/content/model.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import { posterPapers } from '../../src/render/poster/paper.js';
import { planPoster } from '../../src/render/poster/plan.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';

const CONTENT = path.join(import.meta.dirname, '..', '..', 'content');
const content = await loadContent(nodeWorkspace(), CONTENT);
const dts = (language: string) =>
  content.kits.find((k) => k.id === 'data-team-start')?.localised.get(language) as LocalisedDataTeamStart;
const checklist = (language: string) =>
  content.kits.find((k) => k.id === 'checklist-samen-data-delen')?.localised.get(language) as LocalisedChecklist;

describe('the shipped content', () => {
  it('passes every check without errors or warnings', () => {
    expect(formatDiagnostics(content.diagnostics)).toBe('');
  });

  it('has both kits in Dutch (the source) and English', () => {
    expect(content.kits.map((k) => [k.id, k.sourceLanguage, k.languages])).toEqual([
      ['checklist-samen-data-delen', 'nl', ['nl', 'en']],
      ['data-team-start', 'nl', ['nl', 'en']],
    ]);
  });

  it('plans a Data Team Start of four hours with a break and 7 to 10 assignments', () => {
    const kit = dts('nl');
    expect(kit.sessionMinutes).toBe(240);
    expect(kit.assignments.length).toBeGreaterThanOrEqual(7);
    expect(kit.assignments.length).toBeLessThanOrEqual(10);
    expect(kit.schedule.some((s) => s.kind === 'break')).toBe(true);
    const last = kit.schedule.at(-1);
    expect((last?.startMinute ?? 0) + (last?.minutes ?? 0)).toBe(240);
  });

  it('has the eight competencies, each trained by some assignment', () => {
    const kit = dts('nl');
    expect(kit.competencies.map((c) => c.name)).toEqual([
      'Datageletterdheid',
      'Samenwerken',
      'Kritisch denken',
      'Stakeholders betrekken',
      'Domeinexpertise',
      'Data-analytische vaardigheden',
      'Innovativiteit',
      'Politieke slimheid',
    ]);
    const trained = new Set(kit.assignments.flatMap((a) => a.competencies.map((c) => c.id)));
    expect(kit.competencies.filter((c) => !trained.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('reads the matrix as: everyone needs data literacy, critical thinking and collaboration at every stage', () => {
    const kit = dts('en');
    expect(kit.stages.map((s) => s.name)).toEqual(['Data', 'Information', 'Knowledge', 'Decision']);
    for (const id of ['data-literacy', 'critical-thinking', 'collaboration']) {
      expect(kit.matrix.rows.find((r) => r.competency.id === id)?.levels).toEqual(['everyone', 'everyone', 'everyone', 'everyone']);
    }
    expect(kit.matrix.rows.find((r) => r.competency.id === 'domain-expertise')?.levels).toEqual(['someone', 'someone', 'someone', 'someone']);
  });

  it('translates every text: English equals Dutch only for names and words both languages share', async () => {
    const identical: string[] = [];
    for (const kit of ['data-team-start', 'checklist-samen-data-delen']) {
      const read = async (lang: string) =>
        parse(await readFile(path.join(CONTENT, kit, 'texts', `${lang}.yaml`), 'utf8')) as unknown;
      const nl = leaves(await read('nl'));
      const en = leaves(await read('en'));
      for (const [field, text] of nl) if (en.get(field) === text && field !== 'language') identical.push(`${kit}: ${field} = ${text}`);
    }
    // The worked example's people keep their names and initials, a report grade is a number, and the
    // licence has one name in every language.
    const sameField = /(kit\.licenceName|\.rows\.\d+\.(name|grade|who)|\.initials\.[a-z-]+\.[a-z-]+) = /;
    expect(
      identical.filter((line) => !SAME_IN_BOTH.some((ok) => line.endsWith(`= ${ok}`)) && !sameField.test(line)),
    ).toEqual([]);
  });

  it('fits on the poster in every language, paper size, orientation and layout', () => {
    const theme = defaultTheme();
    const problems: string[] = [];
    for (const language of ['nl', 'en']) {
      for (const paper of posterPapers) {
        for (const orientation of ['portrait', 'landscape'] as const) {
          for (const layout of ['upright', 'table'] as const) {
            // A3 landscape is too shallow for blocks along both long edges: documented in BRANDING.md.
            if (paper === 'A3' && orientation === 'landscape' && layout === 'table') continue;
            const { diagnostics } = planPoster(dts(language), theme, { paper, orientation, layout, bleed: 0 });
            // Shrinking within the bound is allowed (and reported as a warning); errors are not.
            problems.push(...diagnostics.filter((d) => d.severity === 'error').map((d) => `${language} ${paper} ${orientation} ${layout}: ${d.field} ${d.message}`));
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives the checklist question areas with questions and tip cards, and a workshop of about 3.5 hours', () => {
    const kit = checklist('nl');
    expect(kit.areas.length).toBeGreaterThanOrEqual(8);
    for (const area of kit.areas) {
      expect(area.questions.length).toBeGreaterThanOrEqual(2);
      expect(area.tips.length).toBeGreaterThanOrEqual(1);
    }
    expect(kit.workshopMinutes).toBe(210);
  });
});

/** Texts that are rightly the same in Dutch and English. */
const SAME_IN_BOTH = [
  'Data Team Start',
  'Checklist Samen Data Delen',
  'Data',
  'min',
  'Tip',
  'Team',
  'Project',
  // The download page's label for the publisher's contact.
  'Contact',
  // The maker page's label for the logo upload.
  'Logo',
];

function leaves(node: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) leaves(value, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, node);
  }
  return into;
}
