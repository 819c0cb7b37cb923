// The minimal valid content of tests/fixtures/minimal, loaded into memory with edits applied.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../src/content/load.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { memoryWorkspace } from '../../src/workspace/workspace.js';

export const FIXTURE_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'minimal');

export const DTS = 'content/data-team-start/kit.yaml';
export const DTS_NL = 'content/data-team-start/texts/nl.yaml';
export const DTS_EN = 'content/data-team-start/texts/en.yaml';
export const CHECKLIST = 'content/checklist-samen-data-delen/kit.yaml';
export const CHECKLIST_NL = 'content/checklist-samen-data-delen/texts/nl.yaml';
export const CHECKLIST_EN = 'content/checklist-samen-data-delen/texts/en.yaml';

function readTree(dir: string, prefix: string, into: Record<string, string>): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) readTree(full, `${prefix}/${name}`, into);
    else into[`${prefix}/${name}`] = readFileSync(full, 'utf8');
  }
  return into;
}

export function fixtureFiles(): Record<string, string> {
  return readTree(FIXTURE_DIR, 'content', {});
}

/** An edit per file: a new text, a function of the old text, or null to delete the file. */
export type Edits = Record<string, string | null | ((text: string) => string)>;

export function edited(edits: Edits = {}): Record<string, string> {
  const files = fixtureFiles();
  for (const [file, edit] of Object.entries(edits)) {
    if (edit === null) {
      delete files[file];
      continue;
    }
    const old = files[file] ?? '';
    const next = typeof edit === 'function' ? edit(old) : edit;
    if (typeof edit === 'function' && next === old) throw new Error(`edit of ${file} changed nothing`);
    files[file] = next;
  }
  return files;
}

export async function loadEdited(edits: Edits = {}) {
  return loadContent(memoryWorkspace(edited(edits)), 'content');
}

/** The diagnostics as compact lines, easy to compare: `file:line:col code field message`. */
export function lines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(
    (d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.field ?? ''} ${d.message}`,
  );
}
