// Every file read and write goes through a Workspace, so tests run in memory and stages stay pure.
import type { Stats } from 'node:fs';
import { constants, promises as fs } from 'node:fs';
import type { AssetSource } from './assets.js';
import type { ReadOptions, Workspace } from './files.js';
import {
  DEFAULT_LIMIT,
  expected,
  formatBytes,
  memoryWorkspace as memory,
  UnreadableFileError,
} from './files.js';
import { nodeAssets } from './node-assets.js';

export type { ReadOptions, Workspace } from './files.js';
export { FILE_LIMITS, formatBytes, readProblem, UnreadableFileError } from './files.js';

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a regular file of at most `maxBytes`. Opened non-blocking and checked on the open handle, so a
 * FIFO never blocks, a device such as /dev/zero is never read, and check and read see the same file.
 */
export async function readRegularFile(file: string, options?: ReadOptions): Promise<Buffer> {
  const limit = options?.maxBytes ?? DEFAULT_LIMIT;
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      const kind = kindOf(stat);
      throw new UnreadableFileError(
        `is ${kind === 'not a regular file' ? kind : `${kind}, not a regular file`} (${expected(options, limit)})`,
      );
    }
    if (stat.size > limit)
      throw new UnreadableFileError(`is ${formatBytes(stat.size)} (${expected(options, limit)})`);
    // Read at most one byte past the cap: a file that grows while being read is caught too.
    const buffer = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    if (filled > limit)
      throw new UnreadableFileError(`is larger than ${formatBytes(limit)} (${expected(options, limit)})`);
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

export function nodeWorkspace(): Workspace {
  return {
    readText: async (file, options) => (await readRegularFile(file, options)).toString('utf8'),
    readBytes: (file, options) => readRegularFile(file, options),
    async list(dir) {
      try {
        return (await fs.readdir(dir)).sort();
      } catch {
        return [];
      }
    },
    async isDirectory(p) {
      try {
        return (await fs.stat(p)).isDirectory();
      } catch {
        return false;
      }
    },
    realPath: (p) => fs.realpath(p),
    assets: nodeAssets(),
  };
}

/** An in-memory workspace for tests: keys are POSIX paths; the program's data comes from the package. */
export function memoryWorkspace(
  files: Readonly<Record<string, string | Buffer>>,
  assets: AssetSource = nodeAssets(),
): Workspace {
  return memory(files, assets);
}
