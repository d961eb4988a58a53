// The calculator's service worker: it makes a repeat visit load from the cache, and work with the network off.
// scripts/post-build.mjs replaces the two lines below with this build's version and files.
const VERSION = 'dev';
const FILES = [];

const CACHE = `adcredit-${VERSION}`;
// The pages (the root and each language's folder, index.html and embed.html in them) name this build's files: fetched
// from the network first, so a new release is picked up on the next load.
const isPage = (path) => path.endsWith('/') || path.endsWith('.html');

self.addEventListener('install', (event) => {
  // Every file of this build, the pages and every chunk, so that any section opens offline too.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('adcredit-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (isPage(url.pathname)) {
    // Network first; offline, the cached page (a query string, as embed.html has, does not matter).
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          if (response.ok) caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
          return response;
        })
        .catch(() => caches.match(url.pathname).then((cached) => cached || Response.error())),
    );
  } else {
    // Files named by their content never change: the cache first.
    event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
  }
});
