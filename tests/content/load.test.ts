import { describe, expect, it } from 'vitest';
import type { LocalisedDataTeamStart } from '../../src/content/model.js';
import { loadEdited } from '../helpers/fixture.js';

describe('loading valid content', () => {
  it('loads both kits in both languages without any diagnostic', async () => {
    const content = await loadEdited();
    expect(content.diagnostics).toEqual([]);
    expect(content.kits.map((k) => [k.id, k.languages])).toEqual([
      ['checklist-samen-data-delen', ['nl', 'en']],
      ['data-team-start', ['nl', 'en']],
    ]);
  });

  it('joins structure and texts into a localised kit with numbered assignments and clock minutes', async () => {
    const content = await loadEdited();
    const kit = content.kits.find((k) => k.id === 'data-team-start')?.localised.get('en') as LocalisedDataTeamStart;
    expect(kit.language).toBe('en');
    expect(kit.assignments.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(kit.assignments[1]?.title).toBe('EN Opdracht a-two');
    expect(kit.assignments[0]?.competencies.map((c) => c.name)).toEqual(['EN collaboration']);
    const slots = kit.schedule.map((s) => [s.id, s.kind, s.startMinute]);
    expect(slots[0]).toEqual(['welcome', 'opening', 0]);
    expect(slots[1]).toEqual(['a-one', 'assignment', 20]);
    expect(slots.find((s) => s[0] === 'break')).toEqual(['break', 'break', 60]);
    expect(kit.schedule.at(-1)).toMatchObject({ id: 'closing', startMinute: 110, minutes: 10 });
  });

  it('lays the matrix out as one row per competency with a level per stage', async () => {
    const content = await loadEdited();
    const kit = content.kits.find((k) => k.id === 'data-team-start')?.localised.get('nl') as LocalisedDataTeamStart;
    expect(kit.matrix.rows.map((r) => [r.competency.id, r.levels])).toEqual([
      ['data-literacy', ['everyone', 'everyone']],
      ['collaboration', ['someone', 'none']],
      ['critical-thinking', ['none', 'someone']],
    ]);
  });

  it('keeps where every text came from, so later stages can point back at the YAML line', async () => {
    const content = await loadEdited();
    const kit = content.kits.find((k) => k.id === 'data-team-start')?.localised.get('nl');
    expect(kit?.origins['assignments.a-two.title']).toEqual({
      file: 'content/data-team-start/texts/nl.yaml',
      line: 73,
      column: 12,
    });
    expect(kit?.origins['assignments.a-two.steps[1]']?.line).toBe(80);
  });

  it('hands out an immutable kit', async () => {
    const content = await loadEdited();
    const kit = content.kits[0]?.localised.get('nl');
    expect(Object.isFrozen(kit)).toBe(true);
    expect(() => {
      (kit as { version: string }).version = '9.9.9';
    }).toThrow(TypeError);
  });
});
