// Tillit's service worker: keeps the app's own files so that it opens and works without a
// network. It never sends anything anywhere; all data stays in local storage.
const CACHE = 'tillit-__VERSION__';
const ASSETS = __ASSETS__;

// Fetched past the browser's HTTP cache: the scanner's worker files (scan_worker*.js, .wasm) keep
// their names from build to build, so only this list's version (from their content) tells them apart.
self.addEventListener('install', (event) => {
  const fresh = ASSETS.map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(fresh)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('tillit-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every page of the app is index.html (the page itself is in the address's fragment): the
    // network when there is one, else the kept copy. './' is where this worker and index.html are.
    event.respondWith(fetch(request).catch(() => caches.match(new URL('./', self.location).href, { cacheName: CACHE })));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
