import { writeFileSync } from 'node:fs';
import { loadContent } from '../src/content/load.js';
import type { LocalisedDataTeamStart } from '../src/content/model.js';
import { formatDiagnostics } from '../src/diagnostics/format.js';
import { emitPoster } from '../src/render/poster/emit.js';
import { planPoster } from '../src/render/poster/plan.js';
import { defaultTheme } from '../src/theme/theme.js';
import { nodeWorkspace } from '../src/workspace/workspace.js';
import { installPlatform } from '../src/platform/platform.js';
import { nodePlatform } from '../src/platform/node-platform.js';
import { installAssets } from '../src/workspace/assets.js';
import { nodeAssets } from '../src/workspace/node-assets.js';

installPlatform(nodePlatform());
installAssets(nodeAssets());

const [dir = 'content', lang = 'nl', paper = 'A2', orientation = 'portrait', bleed = '0'] =
  process.argv.slice(2);
const content = await loadContent(nodeWorkspace(), dir);
const kit = content.kits
  .find((k) => k.kind === 'data-team-start')
  ?.localised.get(lang) as LocalisedDataTeamStart;
const { plan, diagnostics } = planPoster(kit, defaultTheme(), {
  paper: paper as 'A2',
  orientation: orientation as 'portrait',
  layout: (process.env.LAYOUT ?? 'table') as 'table',
  bleed: Number(bleed),
});
console.log(formatDiagnostics(diagnostics));
writeFileSync('/tmp/poster.pdf', await emitPoster(plan, defaultTheme(), new Date('2026-01-01')));
