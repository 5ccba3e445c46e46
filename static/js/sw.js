/* Service worker: offline reading of saved courses.
 *
 * Served at /sw.js (scope "/") by courses.offline.service_worker. It never
 * stores anything by itself: the "Save for offline" control on a course page
 * (static/js/offline.js) puts the course's pages and files into the caches
 * below. The worker then
 * - answers page requests from the network, and from the saved copy (or the
 *   offline page) when the network fails; a saved page is refreshed whenever
 *   it is fetched again online;
 * - answers static files and lesson images from the cache when they are in
 *   it (their names carry a content hash, so a cached copy is never stale);
 * - leaves everything else (form posts, answer sync, other sites) alone.
 * Signing out empties both caches (offline.js).
 */
"use strict";

var PAGES = "elearn-pages-v1";
var FILES = "elearn-files-v1";
var KEEP = [PAGES, FILES];

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(
        names
          .filter(function (name) {
            return name.indexOf("elearn-") === 0 && KEEP.indexOf(name) === -1;
          })
          .map(function (name) {
            return caches.delete(name);
          })
      );
    }).then(function () {
      return self.clients.claim();
    })
  );
});

function offlineCopy(request) {
  return caches.has(PAGES).then(function (saved) {
    return saved ? caches.open(PAGES) : null;
  }).then(function (cache) {
    if (!cache) {
      return Response.error();
    }
    return cache.match(request, { ignoreVary: true }).then(function (hit) {
      if (hit) {
        return hit;
      }
      var language = new URL(request.url).pathname.split("/")[1] || "en";
      return cache
        .match("/" + language + "/learn/offline/", { ignoreVary: true })
        .then(function (page) {
          return page || Response.error();
        });
    });
  });
}

function refreshSaved(request, response) {
  if (!response.ok || response.redirected) {
    return;
  }
  var copy = response.clone();
  // caches.open() would create the cache: after sign-out it must stay gone.
  caches.has(PAGES).then(function (saved) {
    if (!saved) {
      return;
    }
    return caches.open(PAGES).then(function (cache) {
      return cache.match(request, { ignoreVary: true }).then(function (hit) {
        if (hit) {
          return cache.put(request, copy);
        }
      });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then(function (response) {
          refreshSaved(request, response);
          return response;
        })
        .catch(function () {
          return offlineCopy(request);
        })
    );
    return;
  }
  if (url.pathname.indexOf("/static/") === 0 || url.pathname.indexOf("/media/") === 0) {
    event.respondWith(
      caches.match(request, { ignoreVary: true }).then(function (hit) {
        return hit || fetch(request);
      })
    );
  }
});
