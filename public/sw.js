// Offline support for the interview planner.
//
// - The page itself (navigations, index.html) is network-first: a new build is picked up on the
//   next load whenever the network is there, and the cached copy serves when it is not.
// - Built assets carry a content hash in their names, so they are cache-first: they never change.
// - Each build stamps its own id below (the post-build hook does it), so a new build installs a
//   new worker, which deletes the caches of older builds when it takes over.
const BUILD = "__BUILD_ID__";
const CACHE = `interview-planner-${BUILD}`;
const SCOPE = new URL(self.registration.scope);

/// The files a page of this build needs, read from its index.html.
async function assetsOf(indexHtml) {
  const urls = new Set(["./", "./index.html", "./manifest.webmanifest", "./icon.svg"]);
  for (const match of indexHtml.matchAll(/(?:href|src)="(\.\/[^"]+)"/g)) urls.add(match[1]);
  for (const match of indexHtml.matchAll(/from '(\.\/[^']+\.js)'/g)) urls.add(match[1]);
  for (const match of indexHtml.matchAll(/module_or_path: '(\.\/[^']+\.wasm)'/g)) urls.add(match[1]);
  return [...urls];
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch(new URL("./index.html", SCOPE), { cache: "no-store" });
      const html = await response.clone().text();
      await cache.put(new URL("./index.html", SCOPE), response);
      const assets = (await assetsOf(html)).filter((u) => u !== "./index.html");
      await cache.addAll(assets.map((u) => new URL(u, SCOPE)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("interview-planner-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== SCOPE.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      (async () => {
        try {
          const fresh = await fetch(request);
          // Every route is the same page: keep the latest copy for offline use.
          if (fresh.ok) (await caches.open(CACHE)).put(new URL("./index.html", SCOPE), fresh.clone());
          return fresh;
        } catch {
          const cached = await caches.match(new URL("./index.html", SCOPE));
          return cached ?? Response.error();
        }
      })(),
    );
    return;
  }
  event.respondWith(
    (async () => {
      const cached = await caches.match(request);
      if (cached) return cached;
      const fresh = await fetch(request);
      if (fresh.ok) (await caches.open(CACHE)).put(request, fresh.clone());
      return fresh;
    })(),
  );
});
