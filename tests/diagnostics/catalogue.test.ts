// The catalogue is complete both ways: every message the source makes is one of its templates (the type
// checker holds that, and the scan below for what it cannot see), every template is used somewhere, no
// diagnostic is written by hand outside the catalogue, and docs/ERRORS.md is what it generates.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../src/diagnostics/catalogue.js';
import { catalogue, diagnosticCodes, messageIds, templateOf } from '../../src/diagnostics/catalogue.js';
import { errorsDoc } from '../../src/diagnostics/errors-doc.js';

const root = path.join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !full.includes(`${path.sep}diagnostics${path.sep}`) ? [full] : [];
  });
}

const files = sources(path.join(root, 'src')).map((file) => ({
  file: path.relative(root, file),
  text: readFileSync(file, 'utf8'),
}));
const all = files.map((f) => f.text).join('\n');
const entries = Object.entries(catalogue) as [string, CatalogueEntry][];

describe('the diagnostic catalogue', () => {
  it('has no code or message that the source never uses', () => {
    expect(diagnosticCodes.filter((code) => !all.includes(`'${code}`))).toEqual([]);
    expect(messageIds.filter((id) => !all.includes(`'${id}'`))).toEqual([]);
  });

  it('has every message the source names', () => {
    const named = [...all.matchAll(/(?:diagnostic|\.report)\(\s*'([a-z-]+(?:\/[a-z-]+)?)'/g)].map(
      (m) => m[1],
    );
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((id) => !templateOf(id ?? ''))).toEqual([]);
  });

  it('is the one place messages are written: no diagnostic is put together by hand elsewhere', () => {
    // The kit maker's page protocol answers a request the page should not have made ('usage', the CLI's
    // usage error) and a crash ('internal') in its own shape: no catalogue code, no Dutch, as on the CLI;
    // the page itself says in its own words (from the content) that its worker could not run ('worker').
    const pageFaults = new Set([
      'src/maker/build.ts:usage',
      'src/maker/worker.ts:internal',
      'src/maker/page/main.ts:worker',
    ]);
    const byHand = files.flatMap((f) =>
      [...f.text.matchAll(/severity: '(?:error|warning)',\s*\n?\s*code:\s*'?([\w-]*)/g)]
        .map((m) => `${f.file}:${m[1]}`)
        .filter((at) => !pageFaults.has(at)),
    );
    expect(byHand).toEqual([]);
  });

  it('gives every code a meaning, an example, what to do and its messages', () => {
    for (const [code, entry] of entries) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(entry.meaning.length, code).toBeGreaterThan(40);
      expect(entry.example, code).toMatch(/(error|warning) {2}/);
      expect(entry.fix.length, code).toBeGreaterThan(10);
      expect(Boolean(entry.message) || Object.keys(entry.messages ?? {}).length > 0, code).toBe(true);
    }
  });

  it('gives a message a severity only where its code can be either', () => {
    for (const [code, entry] of entries) {
      const templates = [entry.message, ...Object.values(entry.messages ?? {})].filter(
        (t) => t !== undefined,
      );
      for (const t of templates) if (t.severity) expect(entry.severity, code).toBe('error or warning');
    }
  });

  it('has Dutch for every message of the brand area, as the kit maker shows them', () => {
    const brand = messageIds.filter(
      (id) =>
        catalogue[id.split('/')[0] as keyof typeof catalogue].area === 'brand' ||
        /\/(?:logo|brand)-/.test(id),
    );
    expect(brand.length).toBeGreaterThan(10);
    expect(brand.filter((id) => !templateOf(id)?.nl)).toEqual([]);
  });

  it('is what docs/ERRORS.md says (npm run docs:errors makes it)', () => {
    expect(readFileSync(path.join(root, 'docs', 'ERRORS.md'), 'utf8')).toBe(errorsDoc());
  });
});
