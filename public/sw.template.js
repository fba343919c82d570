// Tillit's service worker: keeps the app's own files so that it opens and works without a
// network. It never sends anything anywhere; all data stays in local storage.
const CACHE = 'tillit-__VERSION__';
const ASSETS = __ASSETS__;
// What a phone needs to answer (registered as `sw.js?keep=answering` by a phone that joined a
// round by its link or a touch-only device in the walk, see register-sw.js): the page, its
// styles and the walk build, not the full build, the scanner or the other language. Whatever
// else it opens is kept when first used.
const ANSWERING = ASSETS.filter((url) => !__LATER__.test(url));
const KEEP = new URL(self.location.href).searchParams.get('keep') === 'answering' ? ANSWERING : ASSETS;
const KNOWN = new Set(ASSETS.map((url) => new URL(url, self.location.href).href));

// A file named after its content (`name-<16 hex>`) is the same wherever it comes from, so the
// browser's own cache may give it: the page has just loaded most of them. Every other file is
// checked with the host first (`no-cache`: sent again only if it changed): the scanner's worker
// files, for one, keep their names from build to build, and only this list's version (from
// their content) tells them apart.
const named = (url) => /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(url);

self.addEventListener('install', (event) => {
  const requests = KEEP.map((url) => new Request(url, named(url) ? {} : { cache: 'no-cache' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('tillit-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks which version this is, to tell a new version from the same one keeping more.
self.addEventListener('message', (event) => {
  if (event.data === 'version' && event.ports[0]) event.ports[0].postMessage(CACHE);
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
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((hit) => {
      if (hit) return hit;
      return fetch(request).then((response) => {
        // One of the app's files not kept yet (a phone that opens another page): kept now.
        if (response.ok && KNOWN.has(request.url)) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      });
    }),
  );
});
