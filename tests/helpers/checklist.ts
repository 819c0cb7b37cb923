// Localised checklists for renderer and answers tests: the minimal fixture, or the shipped content.
import path from 'node:path';
import { loadContent } from '../../src/content/load.js';
import type { LocalisedChecklist } from '../../src/content/model.js';
import { nodeWorkspace } from '../../src/workspace/workspace.js';
import type { Edits } from './fixture.js';
import { loadEdited } from './fixture.js';

export async function fixtureChecklist(language = 'nl', edits: Edits = {}): Promise<LocalisedChecklist> {
  const content = await loadEdited(edits);
  const kit = content.kits.find((k) => k.id === 'checklist-samen-data-delen')?.localised.get(language);
  if (kit?.kind !== 'checklist') {
    throw new Error(`fixture did not load: ${content.diagnostics.map((d) => d.message).join('; ')}`);
  }
  return kit;
}

const shipped = new Map<string, Promise<LocalisedChecklist>>();

/** The checklist as shipped in content/ (loaded once per language). */
export function shippedChecklist(language: string): Promise<LocalisedChecklist> {
  let kit = shipped.get(language);
  if (!kit) {
    kit = loadContent(nodeWorkspace(), path.join(import.meta.dirname, '..', '..', 'content'), {
      kits: ['checklist-samen-data-delen'],
    }).then((content) => {
      const found = content.kits[0]?.localised.get(language);
      if (found?.kind !== 'checklist') throw new Error(`shipped checklist ${language} did not load`);
      return found;
    });
    shipped.set(language, kit);
  }
  return kit;
}

export const date = new Date('2026-11-25T00:00:00Z');
