// The portal's service worker (served at /sw.js by server/src/routes/offline.rs).
//
// It keeps the latest release of the public programme for reading offline:
// the programme by day and as a list, every session and speaker page, the
// styles and scripts, and the reader's own agenda. Online, every page comes
// from the network as usual and the copy is refreshed; offline, a page
// comes from the copy, with its "offline, release N" notice shown.

const PROGRAMME = 'programme';  // the release's public pages (no cookies)
const PERSONAL = 'personal';    // the signed-in reader's own agenda
const ASSETS = 'assets';        // /pkg/*: styles, scripts, WASM

// Pages worth keeping: what the programme is made of (a speaker's own
// confirmation and profile pages are theirs, not the programme's).
const KEPT = /^\/(agenda(\/mine|\/now)?|sessions\/[\w-]+|speakers\/(?!confirm$|profile$)[\w-]+|matrix)$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'release') event.waitUntil(keep(data.release, data.lang || 'en'));
  // The page says nobody is signed in (any more): forget the personal copy.
  if (data.type === 'signed-out') event.waitUntil(caches.delete(PERSONAL));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/pkg/')) {
    event.respondWith(networkFirst(request, ASSETS));
  } else if (request.mode === 'navigate' && KEPT.test(url.pathname)) {
    event.respondWith(page(request));
  }
});

/** The network's answer, kept in `shelf`; the kept one when offline. */
async function networkFirst(request, shelf) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      caches.open(shelf).then((c) => c.put(request, copy));
    }
    return response;
  } catch (offline) {
    const kept = await caches.match(request, { cacheName: shelf, ignoreVary: true });
    if (kept) return kept;
    throw offline;
  }
}

/** A programme page: from the network, else from the copy, marked offline. */
async function page(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      // A page rendered for a signed-in reader (its <html> says so) goes to
      // the personal copy, forgotten when nobody is signed in any more.
      const copy = response.clone();
      response.clone().text().then((html) => {
        const personal = /<html[^>]*data-signed-in/.test(html.slice(0, 500));
        return caches.open(personal ? PERSONAL : PROGRAMME).then((c) => c.put(request.url, copy));
      });
    }
    return response;
  } catch (offline) {
    // Pages vary by cookie and language; the copy is the reader's anyway.
    const kept =
      (await caches.match(request.url, { cacheName: PERSONAL, ignoreVary: true })) ||
      (await caches.match(request.url, { cacheName: PROGRAMME, ignoreVary: true }));
    if (!kept) throw offline;
    // Show the notice the server rendered hidden into the page.
    const html = (await kept.text()).replace('data-offline hidden', 'data-offline');
    return new Response(html, { status: 200, headers: kept.headers });
  }
}

let keeping = null;

/** Keeps release `release`'s pages in language `lang`, unless they are kept already. */
async function keep(release, lang) {
  if (keeping === release) return;
  keeping = release;
  try {
    await keepPages(release, lang);
  } catch (offline) {
    // The next page load tries again.
  } finally {
    keeping = null;
  }
}

async function keepPages(release, lang) {
  const marker = new Request('/agenda/offline.json?kept');
  const cache = await caches.open(PROGRAMME);
  const done = await cache.match(marker);
  const before = done ? await done.json() : {};
  if (before.release >= release && before.lang === lang) return;
  const list = await (await fetch('/agenda/offline.json', { cache: 'no-cache', credentials: 'omit' })).json();
  const pages = list.pages.slice();
  let failed = false;
  // A few at a time: slow links keep some room for what the reader does.
  const worker = async () => {
    for (let next = pages.shift(); next; next = pages.shift()) {
      try {
        // Without cookies, so no one's account is in the copy; in the
        // reader's language.
        const response = await fetch(next, { credentials: 'omit', headers: { 'Accept-Language': lang } });
        if (response.ok) await cache.put(new URL(next, self.location.origin).href, response);
      } catch (e) {
        pages.length = 0;
        failed = true;
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  if (failed) return;
  // Pages of sessions and speakers no longer in the programme go.
  const wanted = new Set(list.pages.map((p) => new URL(p, self.location.origin).href));
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (/^\/(sessions|speakers)\//.test(path) && !wanted.has(request.url)) await cache.delete(request);
  }
  await cache.put(marker, new Response(JSON.stringify({ release: list.release, lang })));
}
