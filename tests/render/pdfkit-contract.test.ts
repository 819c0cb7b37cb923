// pdfkit's private API is used in one place, src/render/pdf/pdfkit.ts. This test tells whoever upgrades
// pdfkit exactly what of its insides changed, instead of PDFs that quietly lose text or form fields.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFKIT_VERSION, pdfkitContract } from '../../src/render/pdf/pdfkit.js';

const ROOT = path.join(import.meta.dirname, '..', '..');

describe('the pdfkit adapter', () => {
  it('finds everything it relies on in the installed pdfkit', () => {
    const problems = pdfkitContract();
    expect(
      problems,
      `pdfkit changed under src/render/pdf/pdfkit.ts:\n  ${problems.join('\n  ')}\n` +
        'Adapt that module (and PDFKIT_VERSION) before upgrading.',
    ).toEqual([]);
  });

  it('is the exact version package.json pins', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies.pdfkit).toBe(PDFKIT_VERSION);
  });

  it('is the only module that uses pdfkit internals', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts') && full !== path.join(ROOT, 'src/render/pdf/pdfkit.ts')) {
          const text = readFileSync(full, 'utf8');
          if (/\._(fragment|fieldDict|addToParent|addInfo|font)\b/.test(text))
            offenders.push(path.relative(ROOT, full));
        }
      }
    };
    walk(path.join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});
