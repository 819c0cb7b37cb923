import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserPlatform } from '../../src/platform/browser-platform.js';
import { nodePlatform } from '../../src/platform/node-platform.js';
import { posixPath } from '../../src/platform/posix-path.js';

const node = nodePlatform();
const browser = browserPlatform();

describe('the browser platform does what the Node one does', () => {
  const text = Buffer.from('Data Team Start — '.repeat(400) + 'één twee drie', 'utf8');

  it('CRC-32 and SHA-256 give the same values', () => {
    for (const data of [new Uint8Array(0), Buffer.from('a'), text]) {
      expect(browser.crc32(data)).toBe(node.crc32(data));
      expect(browser.sha256Hex(data)).toBe(node.sha256Hex(data));
    }
    expect(browser.sha256Hex('Gemeente Liège')).toBe(node.sha256Hex('Gemeente Liège'));
  });

  it('each inflates what the other deflates, back to the same bytes', () => {
    const options = { level: 6, windowBits: 15 };
    expect(Buffer.from(node.inflateRaw(browser.deflateRaw(text, options), text.length))).toEqual(text);
    expect(Buffer.from(browser.inflateRaw(node.deflateRaw(text, options), text.length))).toEqual(text);
  });

  it('POSIX paths as Node joins, resolves and splits them', () => {
    const cases = [
      '',
      '.',
      '/',
      'a',
      'a/',
      '/a/b/',
      'a/../..',
      './a/./b/../c',
      '/a//b',
      'x.tar.gz',
      '.hidden',
    ];
    for (const p of cases) {
      expect(posixPath.normalize(p), p).toBe(path.posix.normalize(p));
      expect(posixPath.dirname(p), p).toBe(path.posix.dirname(p));
      expect(posixPath.basename(p), p).toBe(path.posix.basename(p));
      expect(posixPath.extname(p), p).toBe(path.posix.extname(p));
      expect(posixPath.join('kit', p, 'f.pdf'), p).toBe(path.posix.join('kit', p, 'f.pdf'));
    }
    expect(posixPath.resolve('/brand', 'logo.png')).toBe('/brand/logo.png');
    expect(posixPath.resolve('/brand', '../x/./y')).toBe('/x/y');
    expect(posixPath.resolve('/brand', '/abs')).toBe('/abs');
    expect(posixPath.relative('/brand', '/brand/a/logo.png')).toBe('a/logo.png');
    expect(posixPath.relative('/brand/a', '/brand/b')).toBe('../b');
    expect(posixPath.basename('/a/logo.png', '.png')).toBe('logo');
  });
});
