// The maker page's service worker (maker/offline.js): it keeps every file of maker/ in the browser's cache
// as the page is first opened, and answers from that cache after, so the page opens and builds without a
// network once it has been loaded, also after a reload (the page says it works offline). The cache is
// named after a hash of the files, so a new site (other content, a new dts) replaces it whole.
import { sha256 } from '../build/manifest.js';

export const MAKER_OFFLINE = 'offline.js';

/** The service worker's script for a maker/ folder holding `files` (paths inside maker/). */
export function offlineScript(files: readonly { path: string; bytes: Uint8Array }[]): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const version = sha256(
    new TextEncoder().encode(sorted.map((f) => `${f.path} ${sha256(f.bytes)}`).join('\n')),
  );
  const names = JSON.stringify(['./', ...sorted.map((f) => f.path)]);
  return `// dts: keeps the "Make your own kit" page and everything it builds from, for use without a network.
const CACHE = 'dts-maker-${version.slice(0, 16)}';
const FILES = ${names};
self.addEventListener('install', (event) => {
  // One file a server does not give (a folder address without index.html) must not cost the rest.
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(FILES.map((f) => cache.add(f).catch(() => undefined)))).then(() => self.skipWaiting()),
  );
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('dts-maker-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(event.request, { ignoreSearch: true })).then((hit) => hit || fetch(event.request)));
});
`;
}
