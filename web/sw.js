// sw.js — the service worker: on the first visit it caches every file of
// this version of Setright, so the app reloads and works with the network
// off; fonts fetched later, when a character first needs one, are added.
// The version is a hash of the files, written in at build time
// (cmake/make_service_worker.cmake): a new build caches anew and drops the
// old cache once it takes over. Only the page's own files are ever fetched.
'use strict';

const VERSION = '@VERSION@';
const CACHE = `setright-${VERSION}`;
// The workbook program, the built-in templates and the words of other
// languages too: a first visit's page loads none of them (or one language),
// but a workbook read, a deal started or a language chosen offline later
// needs them.
const FILES = ['./', 'index.html', 'page.js', 'page.css', 'setright.js', 'setright.wasm', 'setright.data',
  'setright-workbooks.js', 'setright-workbooks.wasm', 'manifest.webmanifest', 'icon.svg', @FETCHED_WHEN_NEEDED@];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith('setright-') && name !== CACHE).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

// Cache first: these files change only with the version. The query string
// (?lang=ko) does not change which file is served.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const cached = await cache.match(request, { ignoreSearch: true }) ||
      (request.mode === 'navigate' ? await cache.match('index.html') : undefined);
    if (cached) return cached;
    const response = await fetch(request);
    // A font fetched the first time a character needed it (fonts/cjk-4e00.otf)
    // is kept with the version's files, for the next visit offline.
    if (response.ok && new URL(request.url).pathname.includes('/fonts/')) await cache.put(request, response.clone());
    return response;
  }));
});
