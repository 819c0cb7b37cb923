import { describe, expect, it } from 'vitest';
import { offlineScript } from '../../src/site/maker-offline.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const files = [
  { path: 'worker.js', bytes: bytes('worker') },
  { path: 'index.html', bytes: bytes('<html>') },
  { path: 'assets.bin', bytes: bytes('fonts') },
];
const cacheOf = (script: string) => /const CACHE = '(dts-maker-[0-9a-f]{16})'/.exec(script)?.[1];
const filesOf = (script: string) =>
  JSON.parse(/const FILES = (\[.*\]);/.exec(script)?.[1] ?? '[]') as string[];

describe("the maker page's service worker", () => {
  it('keeps every file of maker/ and the folder address itself, in a fixed order', () => {
    const script = offlineScript(files);
    expect(filesOf(script)).toEqual(['./', 'assets.bin', 'index.html', 'worker.js']);
    expect(offlineScript([...files].reverse())).toBe(script);
  });

  it('names its cache after the files, so a new site replaces what an old one kept', () => {
    const first = cacheOf(offlineScript(files));
    expect(first).toBeDefined();
    const changed = files.map((f) => (f.path === 'worker.js' ? { ...f, bytes: bytes('worker 2') } : f));
    expect(cacheOf(offlineScript(changed))).not.toBe(first);
    expect(cacheOf(offlineScript(files))).toBe(first);
  });
});
