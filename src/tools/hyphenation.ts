// Run by `npm run compile` after tsc: the hyphenation patterns of every language we hyphenate, as JSON in
// dist/hyphenation/, which hyphenate.ts loads twice as fast as the package's JavaScript files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { PATTERNS } from '../typeset/hyphenate.js';
import { PATTERNS_JSON_DIR } from '../workspace/node-assets.js';

const require = createRequire(import.meta.url);

/** A language's patterns (hyphen/patterns/<name>.js) as JSON. */
export function patternsJson(name: string): string {
  return JSON.stringify(require(`hyphen/patterns/${name}.js`));
}

export function writePatterns(): void {
  mkdirSync(PATTERNS_JSON_DIR, { recursive: true });
  for (const name of new Set(Object.values(PATTERNS)))
    writeFileSync(new URL(`${name}.json`, PATTERNS_JSON_DIR), patternsJson(name));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writePatterns();
