// Writes the minimal fixture, with edits, into a fresh temporary folder, for tests of the real command.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Edits } from './fixture.js';
import { edited } from './fixture.js';

export function tempContent(edits: Edits = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dts-content-'));
  for (const [file, text] of Object.entries(edited(edits))) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return path.join(root, 'content');
}
