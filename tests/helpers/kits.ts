// Localised kits of the minimal fixture, for renderer tests.
import type { LocalisedDataTeamStart } from '../../src/content/model.js';
import type { Edits } from './fixture.js';
import { loadEdited } from './fixture.js';

export async function fixtureDts(language = 'nl', edits: Edits = {}): Promise<LocalisedDataTeamStart> {
  const content = await loadEdited(edits);
  const kit = content.kits.find((k) => k.id === 'data-team-start')?.localised.get(language);
  if (kit?.kind !== 'data-team-start') {
    throw new Error(`fixture did not load: ${content.diagnostics.map((d) => d.message).join('; ')}`);
  }
  return kit;
}
