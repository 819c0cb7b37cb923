// The structures pre-drawn on the canvas: declared in kit.yaml, labelled in every language's texts.
import { describe, expect, it } from 'vitest';
import type { LocalisedDataTeamStart } from '../../src/content/model.js';
import { DTS, DTS_NL, lines, loadEdited } from '../helpers/fixture.js';

describe('canvas structures', () => {
  it('joins each assignment structure with its labels in the language', async () => {
    const content = await loadEdited();
    expect(content.diagnostics).toEqual([]);
    const kit = content.kits.find((k) => k.id === 'data-team-start')?.localised.get('en') as LocalisedDataTeamStart;
    expect(kit.assignments.map((a) => a.canvas.kind)).toEqual([
      'matrix',
      'table',
      'tree',
      'quadrant',
      'newspaper',
      'table',
      'table',
    ]);
    expect(kit.assignments[1]?.canvas).toEqual({
      kind: 'table',
      columns: [
        { id: 'source', label: 'EN Bron' },
        { id: 'owner', label: 'EN Eigenaar' },
      ],
    });
    expect(kit.assignments[3]?.canvas).toMatchObject({ kind: 'quadrant', vertical: 'EN Invloed', high: 'EN hoog' });
    expect(kit.labels.session.facilitator).toBe('EN Begeleider');
  });

  it('reports an unknown structure kind with file, line and field', async () => {
    const content = await loadEdited({
      [DTS]: (t) => t.replace('      kind: tree\n', '      kind: mindmap\n'),
    });
    const [diagnostic] = content.diagnostics;
    expect(lines(content.diagnostics)).toHaveLength(1);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      file: DTS,
      line: 35,
      field: 'assignments[2].canvas.kind',
      message: 'is "mindmap" (expected one of the kinds table, matrix, tree, quadrant, newspaper)',
    });
  });

  it('reports a missing label of a structure with file, line and field, and an unknown one', async () => {
    const content = await loadEdited({
      [DTS_NL]: (t) => t.replace('      roots: Oorzaken\n', '      rots: Oorzaken\n'),
    });
    expect(lines(content.diagnostics)).toEqual([
      expect.stringMatching(
        /^content\/data-team-start\/texts\/nl\.yaml:\d+:\d+ error missing-text assignments\.a-three\.canvas has no entry for label of its tree "roots"/,
      ),
      expect.stringMatching(/^content\/data-team-start\/texts\/nl\.yaml:\d+:\d+ error unknown-reference assignments\.a-three\.canvas\.rots /),
    ]);
  });

  it('reports a structure whose labels are missing altogether', async () => {
    const content = await loadEdited({
      [DTS_NL]: (t) => t.replace('    canvas:\n      core: Kern\n      roots: Oorzaken\n      branches: Gevolgen\n', ''),
    });
    expect(lines(content.diagnostics)).toEqual([
      expect.stringMatching(
        /^content\/data-team-start\/texts\/nl\.yaml:\d+:\d+ error missing-text assignments\.a-three has no canvas \(expected the label of its tree: core, roots, branches\)/,
      ),
    ]);
  });
});
