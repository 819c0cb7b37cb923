// What every stage reads files through (a Workspace), the caps on what a user names, and an in-memory
// workspace (tests, and the in-browser build, which holds the content and the brand in memory). No Node
// imports: the Node workspace is in workspace.ts.
import { posixPath } from '../platform/posix-path.js';
import type { AssetSource } from './assets.js';

/** Caps per kind of file a user names, checked before reading (see BRANDING.md, README). */
export const FILE_LIMITS = {
  content: 2 * 1024 * 1024,
  brand: 64 * 1024,
  logo: 20 * 1024 * 1024,
  translation: 10 * 1024 * 1024,
  answersPdf: 20 * 1024 * 1024,
  answersYaml: 1024 * 1024,
} as const;

/** Without a cap of its own a read is limited to the largest cap above. */
export const DEFAULT_LIMIT = 20 * 1024 * 1024;

export interface ReadOptions {
  /** Refuse a file larger than this many bytes (before reading it). */
  readonly maxBytes?: number;
  /** What the file should be, for the message, e.g. "a brand file in YAML". */
  readonly what?: string;
}

export interface Workspace {
  /** Reads a UTF-8 text file; rejects with a NodeJS.ErrnoException-like error when it is missing. */
  readText(file: string, options?: ReadOptions): Promise<string>;
  /** Reads a file's bytes (images). */
  readBytes(file: string, options?: ReadOptions): Promise<Buffer>;
  /** Names of the entries of a folder (files and folders), sorted; empty when the folder is missing. */
  list(dir: string): Promise<string[]>;
  isDirectory(p: string): Promise<boolean>;
  /** The path with every symbolic link resolved; rejects when it does not exist. */
  realPath(p: string): Promise<string>;
  /** The program's own data (fonts, their metrics, hyphenation patterns), read synchronously by id. */
  readonly assets: AssetSource;
}

/** A file that exists but is not one dts reads: not a regular file, or over its cap. */
export class UnreadableFileError extends Error {
  readonly code = 'EUNREADABLE';
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} kB`;
  return `${n} bytes`;
}

export function expected(options: ReadOptions | undefined, limit: number): string {
  return `expected ${options?.what ?? 'a file'} of at most ${formatBytes(limit)}`;
}

/** The message for a failed read: ours as it is, the system's after "cannot be read". */
export function readProblem(error: unknown): string {
  if (error instanceof UnreadableFileError) return error.message;
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'does not exist';
  if ((error as NodeJS.ErrnoException).code === 'EISDIR') return 'is a folder, not a regular file';
  return `cannot be read: ${(error as Error).message}`;
}

/** An in-memory workspace: keys are POSIX paths; the program's data comes from `assets`. */
export function memoryWorkspace(
  files: Readonly<Record<string, string | Buffer>>,
  assets: AssetSource,
): Workspace {
  const norm = (p: string) => posixPath.normalize(p).replace(/\/$/, '');
  const all = new Map(Object.entries(files).map(([k, v]) => [norm(k), v]));
  const childrenOf = (dir: string) => {
    const prefix = `${norm(dir)}/`;
    const names = new Set<string>();
    for (const key of all.keys()) {
      if (key.startsWith(prefix)) names.add(key.slice(prefix.length).split('/')[0] ?? '');
    }
    return [...names].filter(Boolean).sort();
  };
  const read = async (file: string, options?: ReadOptions) => {
    const data = all.get(norm(file));
    if (data === undefined) {
      if (childrenOf(file).length > 0)
        throw new UnreadableFileError(
          `is a folder, not a regular file (${expected(options, options?.maxBytes ?? DEFAULT_LIMIT)})`,
        );
      throw Object.assign(new Error(`ENOENT: no such file '${file}'`), { code: 'ENOENT' });
    }
    const limit = options?.maxBytes ?? DEFAULT_LIMIT;
    const size = Buffer.byteLength(data);
    if (size > limit) throw new UnreadableFileError(`is ${formatBytes(size)} (${expected(options, limit)})`);
    return data;
  };
  return {
    async readText(file, options) {
      return (await read(file, options)).toString();
    },
    readBytes: async (file, options) => {
      const data = await read(file, options);
      return typeof data === 'string' ? Buffer.from(data) : data;
    },
    list: async (dir) => childrenOf(dir),
    isDirectory: async (p) => childrenOf(p).length > 0,
    async realPath(p) {
      const key = norm(p);
      if (!all.has(key) && childrenOf(key).length === 0)
        throw Object.assign(new Error(`ENOENT: no such file '${p}'`), { code: 'ENOENT' });
      return key;
    },
    assets,
  };
}
