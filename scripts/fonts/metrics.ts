// npm run fonts:metrics: reads every font the renderers measure with (fontkit) and stores its metrics under
// assets/fonts/metrics/, which builds read instead of the fonts. Run it after changing or upgrading a font;
// tests/typeset/metrics.test.ts fails while the stored files differ from the fonts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { measuredFontFiles, metricsFileOf, METRICS_DIR } from '../../src/typeset/fonts.js';
import { extractMetrics } from './metrics-extract.js';

mkdirSync(METRICS_DIR, { recursive: true });
for (const file of measuredFontFiles()) {
  const target = metricsFileOf(file);
  writeFileSync(target, `${JSON.stringify(extractMetrics(readFileSync(file), file))}\n`);
  console.log(`wrote ${target}`);
}
