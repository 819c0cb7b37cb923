// The only code that writes build output. Each file goes to a temporary name first and is renamed into
// place, so a reader never sees half a file; nothing is written unless the whole build succeeded.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltFile } from './build.js';

export async function writeOutput(outDir: string, files: readonly BuiltFile[]): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(outDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.tmp-${process.pid}`;
    await writeFile(temporary, file.bytes);
    await rename(temporary, target);
    written.push(target);
  }
  return written;
}
