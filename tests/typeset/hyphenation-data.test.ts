import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { patternsJson } from '../../src/tools/hyphenation.js';
import { PATTERNS } from '../../src/typeset/hyphenate.js';

const require = createRequire(import.meta.url);
type Hyphenate = (text: string, options?: { hyphenChar?: string }) => string;
const createHyphenator = require('hyphen/hyphen.js') as (patterns: unknown) => Hyphenate;

const WORDS = [
  'arbeidsongeschiktheidsverzekering',
  'samenwerkingsverband',
  'responsibilities',
  'Datenschutzgrundverordnung',
  'internationalisation',
  'gegevensbescherming',
  'współpracownikami',
  'informationssäkerhet',
];

describe('hyphenation patterns stored as JSON (dist/hyphenation/)', () => {
  it("hyphenate every word as the package's own patterns do, for every language", () => {
    for (const name of new Set(Object.values(PATTERNS))) {
      const original = createHyphenator(require(`hyphen/patterns/${name}.js`));
      const fromJson = createHyphenator(JSON.parse(patternsJson(name)));
      for (const word of WORDS)
        expect(fromJson(word, { hyphenChar: '-' }), `${name}: ${word}`).toBe(
          original(word, { hyphenChar: '-' }),
        );
    }
  });

  it('are the same data as the package holds', () => {
    const json = patternsJson('nl');
    expect(JSON.parse(json)).toEqual(require('hyphen/patterns/nl.js'));
  });
});
