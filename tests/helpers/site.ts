// The manifest of a real build of the fixture (poster and cards), for the site's page tests.
import { build } from '../../src/build/build.js';
import type { Manifest } from '../../src/build/manifest.js';
import { assembleOutput } from '../../src/build/output.js';
import { parsePosterVariants } from '../../src/build/poster-options.js';
import { memoryWorkspace } from '../../src/workspace/workspace.js';
import type { Edits } from './fixture.js';
import { edited } from './fixture.js';

export async function manifestOf(edits: Edits = {}): Promise<Manifest> {
  const posters = parsePosterVariants({});
  if (!posters.ok) throw new Error(posters.message);
  const result = await build(
    { contentDir: 'content', posters: posters.value, only: ['poster', 'cards'] },
    memoryWorkspace(edited(edits)),
  );
  return (await assembleOutput(result, { generator: 'dts test', fontLicence: Buffer.from('OFL') })).manifest;
}
