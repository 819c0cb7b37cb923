// npm run fonts:metrics: reads every font the renderers measure with (fontkit) and stores its metrics under
// assets/fonts/metrics/, which builds read instead of the fonts. Run it after changing or upgrading a font;
// tests/typeset/metrics.test.ts fails while the stored files differ from the fonts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measuredFonts, metricsOf } from '../../src/typeset/fonts.js';
import { fontPath, METRICS_DIR } from '../../src/workspace/node-assets.js';
import { extractMetrics } from './metrics-extract.js';

mkdirSync(METRICS_DIR, { recursive: true });
for (const font of measuredFonts()) {
  const file = fontPath(font);
  const target = path.join(METRICS_DIR, path.basename(metricsOf(font)));
  writeFileSync(target, `${JSON.stringify(extractMetrics(readFileSync(file), file))}\n`);
  console.log(`wrote ${target}`);
}
