// Every file read and write goes through a Workspace, so tests run in memory and stages stay pure.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface Workspace {
  /** Reads a UTF-8 text file; rejects with a NodeJS.ErrnoException-like error when it is missing. */
  readText(file: string): Promise<string>;
  /** Reads a file's bytes (images). */
  readBytes(file: string): Promise<Buffer>;
  /** Names of the entries of a folder (files and folders), sorted; empty when the folder is missing. */
  list(dir: string): Promise<string[]>;
  isDirectory(p: string): Promise<boolean>;
}

export function nodeWorkspace(): Workspace {
  return {
    readText: (file) => fs.readFile(file, 'utf8'),
    readBytes: (file) => fs.readFile(file),
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
  };
}

/** An in-memory workspace for tests: keys are POSIX paths. */
export function memoryWorkspace(files: Readonly<Record<string, string | Buffer>>): Workspace {
  const norm = (p: string) => path.posix.normalize(p).replace(/\/$/, '');
  const all = new Map(Object.entries(files).map(([k, v]) => [norm(k), v]));
  const childrenOf = (dir: string) => {
    const prefix = `${norm(dir)}/`;
    const names = new Set<string>();
    for (const key of all.keys()) {
      if (key.startsWith(prefix)) names.add(key.slice(prefix.length).split('/')[0] ?? '');
    }
    return [...names].filter(Boolean).sort();
  };
  const read = async (file: string) => {
    const data = all.get(norm(file));
    if (data === undefined)
      throw Object.assign(new Error(`ENOENT: no such file '${file}'`), { code: 'ENOENT' });
    return data;
  };
  return {
    async readText(file) {
      return (await read(file)).toString();
    },
    readBytes: async (file) => {
      const data = await read(file);
      return typeof data === 'string' ? Buffer.from(data) : data;
    },
    list: async (dir) => childrenOf(dir),
    isDirectory: async (p) => childrenOf(p).length > 0,
  };
}
