// The catalogue is complete both ways: every code the source uses is in it (the type checker holds that),
// every code in it is used somewhere, and docs/ERRORS.md is what it generates.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, diagnosticCodes } from '../../src/diagnostics/catalogue.js';
import { errorsDoc } from '../../src/diagnostics/errors-doc.js';

const root = path.join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !full.includes(`${path.sep}diagnostics${path.sep}catalogue`)
      ? [full]
      : [];
  });
}

describe('the diagnostic catalogue', () => {
  it('has no code that the source never uses', () => {
    const text = sources(path.join(root, 'src'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(diagnosticCodes.filter((code) => !text.includes(`'${code}`))).toEqual([]);
  });

  it('gives every code a meaning, an example and what to do', () => {
    for (const [code, entry] of Object.entries(catalogue)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(entry.meaning.length, code).toBeGreaterThan(40);
      expect(entry.example, code).toMatch(/(error|warning) {2}/);
      expect(entry.fix.length, code).toBeGreaterThan(10);
    }
  });

  it('is what docs/ERRORS.md says (npm run docs:errors makes it)', () => {
    expect(readFileSync(path.join(root, 'docs', 'ERRORS.md'), 'utf8')).toBe(errorsDoc());
  });
});
