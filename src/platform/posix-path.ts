// POSIX file paths for the browser (and for paths inside zips everywhere): what Node's path.posix does for
// the functions the program uses, with "/" as the working folder, since a browser has no other.
import type { PathModule } from './platform.js';

function normalizeParts(parts: readonly string[], absolute: boolean): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  return out;
}

function normalize(p: string): string {
  if (p === '') return '.';
  const absolute = p.startsWith('/');
  const trailing = p.endsWith('/');
  const joined = normalizeParts(p.split('/'), absolute).join('/');
  if (absolute) return `/${joined}${joined && trailing ? '/' : ''}`;
  return (joined || '.') + (joined && trailing ? '/' : '');
}

function resolve(...parts: string[]): string {
  let resolved = '';
  for (let i = parts.length - 1; i >= 0 && !resolved.startsWith('/'); i--) {
    const part = parts[i]!;
    if (part) resolved = resolved ? `${part}/${resolved}` : part;
  }
  if (!resolved.startsWith('/')) resolved = `/${resolved}`;
  return `/${normalizeParts(resolved.split('/'), true).join('/')}`;
}

function dirname(p: string): string {
  if (p === '') return '.';
  const trimmed = p.length > 1 ? p.replace(/\/+$/, '') : p;
  const at = trimmed.lastIndexOf('/');
  if (at < 0) return '.';
  if (at === 0) return '/';
  return trimmed.slice(0, at);
}

function basename(p: string, suffix?: string): string {
  const trimmed = p.replace(/\/+$/, '');
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return suffix && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base;
}

function extname(p: string): string {
  const base = basename(p);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? '' : base.slice(dot);
}

function relative(from: string, to: string): string {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

export const posixPath: PathModule = {
  sep: '/',
  join: (...parts) => normalize(parts.filter(Boolean).join('/')),
  resolve,
  relative,
  dirname,
  basename,
  extname,
  isAbsolute: (p) => p.startsWith('/'),
  normalize,
};
