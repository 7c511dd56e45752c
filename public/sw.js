// Offline support for the interview planner.
//
// - At install the worker caches every file of its build. The build writes the list below
//   (.ci/precache.py, run by the post-build hook, sees every file it staged), so nothing here
//   depends on how index.html happens to be written: release builds minify it.
// - The page itself (every navigation) is network-first: a new build is picked up on the next load
//   whenever the network is there. With no network, every route gets this build's index.html,
//   which asks only for files of this same build, all of them cached.
// - Everything else is cache-first. What is not in this build's cache (a newer build's files,
//   fetched by a page that loaded from the network while this worker still runs) goes to the
//   network and is not kept: that build's own worker caches its files when it installs.
// - Each build stamps its own id below, so a new build installs a new worker, which deletes the
//   caches of older builds when it takes over.
const BUILD = "__BUILD_ID__";
/// Every file of the build but this worker, as URLs relative to it ("./index.html", …).
const FILES = "__FILES__";
const CACHE = `interview-planner-${BUILD}`;
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL("./index.html", SCOPE).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      if (!Array.isArray(FILES)) throw new Error("sw.js: the build did not write its list of files");
      const cache = await caches.open(CACHE);
      // Past the HTTP cache, which may still hold an older index.html or manifest: the cache
      // must hold one build's files and nothing else.
      await cache.addAll(FILES.map((file) => new Request(new URL(file, SCOPE), { cache: "no-cache" })));
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
          return await fetch(request);
        } catch (error) {
          // Every route is the same page, one level below the folder holding index.html.
          const cached = await (await caches.open(CACHE)).match(INDEX);
          if (cached) return cached;
          throw error;
        }
      })(),
    );
    return;
  }
  event.respondWith(
    (async () => (await (await caches.open(CACHE)).match(request)) ?? fetch(request))(),
  );
});
