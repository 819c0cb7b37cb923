// Runs the built `dts` command and the Debian readers; fails loudly when a reader is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.join(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'dist', 'cli', 'bin.js');

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function dts(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a reader; a missing program is an error that says which Debian package to install. */
export function reader(program: string, args: string[]): string {
  const found = spawnSync('which', [program], { encoding: 'utf8' });
  if (found.status !== 0) {
    throw new Error(
      `${program} is not installed: apt-get install gettext libxml2-utils poppler-utils qpdf libreoffice-impress libreoffice-writer python3-docx`,
    );
  }
  return execFileSync(program, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Converts a document with LibreOffice and returns the PDF's path. A profile of its own, so a
 * LibreOffice started elsewhere (another test, a person) does not interfere.
 */
export function convertToPdf(file: string): string {
  const outDir = tempDir('dts-soffice-pdf-');
  const profile = tempDir('dts-soffice-profile-');
  reader('soffice', [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    file,
  ]);
  return path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
}
