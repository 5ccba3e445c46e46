/* Offline reading and answering; it only enhances pages that work without it.
 *
 * - Registers the service worker (/sw.js) for signed-in learners.
 * - Course page: "Save for offline" stores the course, its lessons, its open
 *   tests and their files in the browser's cache; the status says what is saved.
 * - Test page: when the device is offline, pressing a button of the form
 *   queues the answers on the device (localStorage) instead of posting them,
 *   each with a client-generated id, one queued answer per question (a newer
 *   answer replaces the queued one). They are sent as JSON when the connection
 *   returns (on load, on the "online" event, every 30 s); the server stores an
 *   id once, so a resend after a lost reply never duplicates an answer.
 * - Lesson page: "Done" pressed offline keeps the lesson on the device (also
 *   localStorage) and opens the next lesson; it is sent when the connection
 *   returns, after the answers (a pre-test handed in offline comes first).
 *   Marking a lesson done twice is harmless on the server.
 * - Every page: a status line says how many answers and lessons wait.
 * - Signing out sends what it can; if answers or lessons are still waiting
 *   (offline), it asks first; then it empties the caches and the queues.
 * Messages come translated from data-msg-* attributes; no inline script.
 */
(function () {
  "use strict";

  var QUEUE = "elearn-answer-queue";
  var LESSONS = "elearn-lesson-queue";
  var SAVED = "elearn-offline-courses";
  var PAGES = "elearn-pages-v1";
  var FILES = "elearn-files-v1";
  var body = document.body;
  var statusBox = document.getElementById("offline-status");
  var syncing = null;
  var problem = "";

  function load(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key)) || {};
    } catch (error) {
      return {};
    }
  }

  function store(key, value) {
    window.localStorage.setItem(key, JSON.stringify(value));
  }

  function newId() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map
      .call(bytes, function (b) {
        return (b + 0x100).toString(16).slice(1);
      })
      .join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  function message(element, name, values) {
    var text = (element && element.getAttribute("data-msg-" + name)) || "";
    Object.keys(values || {}).forEach(function (key) {
      text = text.split("__" + key + "__").join(values[key]);
    });
    return text;
  }

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  /* ---- the queue of answers given offline ---- */

  function waiting() {
    var queue = load(QUEUE);
    var answers = 0;
    var handIns = 0;
    Object.keys(queue).forEach(function (url) {
      answers += Object.keys(queue[url].answers || {}).length;
      handIns += queue[url].submit ? 1 : 0;
    });
    return {
      answers: answers,
      handIns: handIns,
      lessons: Object.keys(load(LESSONS)).length,
    };
  }

  function showStatus(justSent) {
    if (!statusBox) {
      return;
    }
    var count = waiting();
    var lines = [];
    if (!navigator.onLine) {
      lines.push(message(statusBox, "offline"));
    }
    if (count.answers) {
      lines.push(message(statusBox, "waiting", { N: count.answers }));
    }
    if (count.handIns) {
      lines.push(message(statusBox, "handin"));
    }
    if (count.lessons) {
      lines.push(message(statusBox, "lessons", { N: count.lessons }));
    }
    if (problem) {
      lines.push(message(statusBox, "problem") + " " + problem);
    }
    if (!count.answers && !count.handIns && !count.lessons && justSent) {
      lines.push(message(statusBox, "sent"));
    }
    statusBox.textContent = lines.join(" ");
    statusBox.hidden = lines.length === 0;
  }

  function collect(form) {
    var answers = [];
    // Disabled: a question the form's skip logic hides (never sent).
    form.querySelectorAll("fieldset[data-item]:not([disabled])").forEach(function (fieldset) {
      var values = [];
      fieldset.querySelectorAll("input:checked").forEach(function (input) {
        values.push(input.value);
      });
      // Text, numbers, dates and drop-down lists as well as choices.
      fieldset
        .querySelectorAll("textarea, select, input:not([type=radio]):not([type=checkbox])")
        .forEach(function (field) {
          if (field.value.trim()) {
            values.push(field.value.trim());
          }
        });
      if (!values.length) {
        return;
      }
      var multi = fieldset.querySelector("input[type=checkbox]") !== null;
      answers.push({
        item: fieldset.getAttribute("data-item"),
        value: multi ? values : values[0],
      });
    });
    return answers;
  }

  function enqueue(url, answers, submit) {
    var queue = load(QUEUE);
    var entry = queue[url] || { answers: {}, submit: false };
    answers.forEach(function (answer) {
      var queued = entry.answers[answer.item];
      if (queued && JSON.stringify(queued.value) === JSON.stringify(answer.value)) {
        return;
      }
      entry.answers[answer.item] = {
        client_id: newId(),
        item: Number(answer.item),
        value: answer.value,
        queued_at: Date.now(),
      };
    });
    entry.submit = entry.submit || submit;
    queue[url] = entry;
    store(QUEUE, queue);
  }

  function restore(form, url) {
    var entry = load(QUEUE)[url];
    if (!entry) {
      return;
    }
    Object.keys(entry.answers).forEach(function (item) {
      var fieldset = form.querySelector('fieldset[data-item="' + item + '"]');
      if (!fieldset) {
        return;
      }
      var value = entry.answers[item].value;
      var values = Array.isArray(value) ? value : [value];
      fieldset.querySelectorAll("input[type=radio], input[type=checkbox]").forEach(function (input) {
        input.checked = values.indexOf(input.value) !== -1;
      });
      fieldset
        .querySelectorAll("textarea, select, input:not([type=radio]):not([type=checkbox])")
        .forEach(function (field) {
          field.value = values[0];
        });
    });
  }

  function acknowledge(url, sent, reply) {
    var queue = load(QUEUE);
    var entry = queue[url];
    if (!entry) {
      return;
    }
    var done = {};
    (reply.saved || [])
      .concat(reply.duplicates || [], reply.superseded || [])
      .forEach(function (id) {
        done[id] = true;
      });
    Object.keys(reply.errors || {}).forEach(function (id) {
      done[id] = true;
      problem = reply.errors[id];
    });
    Object.keys(entry.answers).forEach(function (item) {
      if (done[entry.answers[item].client_id]) {
        delete entry.answers[item];
      }
    });
    if (sent.submit && (reply.submitted || reply.submit_error)) {
      entry.submit = false;
      problem = reply.submit_error || problem;
    }
    if (reply.submitted && reply.results_url) {
      body.setAttribute("data-results-url", reply.results_url);
    }
    if (!Object.keys(entry.answers).length && !entry.submit) {
      delete queue[url];
    } else {
      queue[url] = entry;
    }
    store(QUEUE, queue);
  }

  function send(url) {
    var entry = load(QUEUE)[url];
    if (!entry) {
      return Promise.resolve();
    }
    var sent = {
      answers: Object.keys(entry.answers).map(function (item) {
        var queued = entry.answers[item];
        // How long ago it was given, by this device's clock: the server keeps
        // a newer answer given meanwhile (on another device or page).
        var answer = { client_id: queued.client_id, item: queued.item, value: queued.value };
        if (queued.queued_at) {
          answer.age_ms = Math.max(0, Date.now() - queued.queued_at);
        }
        return answer;
      }),
      submit: !!entry.submit,
    };
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify(sent),
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("json") === -1) {
        return; // a sign-in page or a proxy error: keep the answers, try later
      }
      return response.json().then(function (reply) {
        if (response.status === 409) {
          // The test is closed (handed in elsewhere): nothing more can be stored.
          problem = reply.error || "";
          var queue = load(QUEUE);
          delete queue[url];
          store(QUEUE, queue);
        } else if (response.ok) {
          acknowledge(url, sent, reply);
        } else {
          problem = reply.error || "";
        }
      });
    });
  }

  function sendLesson(url) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": csrfToken() },
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("json") === -1) {
        return; // a sign-in page or a proxy error: keep it, try later
      }
      return response.json().then(function (reply) {
        if (!response.ok) {
          problem = reply.error || "";
        }
        if (response.ok || response.status === 409 || response.status === 404) {
          var lessons = load(LESSONS);
          delete lessons[url];
          store(LESSONS, lessons);
        }
      });
    });
  }

  function sync() {
    if (syncing) {
      return syncing;
    }
    var urls = Object.keys(load(QUEUE));
    var lessons = Object.keys(load(LESSONS));
    if ((!urls.length && !lessons.length) || !navigator.onLine) {
      showStatus(false);
      return Promise.resolve();
    }
    problem = "";
    var jobs = urls
      .map(function (url) {
        return function () {
          return send(url);
        };
      })
      .concat(
        lessons.map(function (url) {
          return function () {
            return sendLesson(url);
          };
        })
      );
    syncing = jobs
      .reduce(function (chain, job) {
        return chain.then(job);
      }, Promise.resolve())
      .catch(function () {})
      .then(function () {
        syncing = null;
        showStatus(true);
      });
    return syncing;
  }

  function enhanceTest(form) {
    var url = form.getAttribute("data-offline-sync");
    restore(form, url);
    form.addEventListener("submit", function (event) {
      if (navigator.onLine) {
        return; // the ordinary form post
      }
      event.preventDefault();
      var action = event.submitter ? event.submitter.value : "save";
      enqueue(url, collect(form), action === "submit");
      showStatus(false);
      var current = Number(form.getAttribute("data-current") || 0);
      if (current && (action === "next" || action === "back")) {
        var step = action === "next" ? 1 : -1;
        window.location.search = "?q=" + (current + step);
      }
    });
  }

  function enhanceDone(form) {
    form.addEventListener("submit", function (event) {
      if (navigator.onLine) {
        return; // the ordinary form post
      }
      event.preventDefault();
      var lessons = load(LESSONS);
      lessons[form.getAttribute("action")] = true;
      store(LESSONS, lessons);
      showStatus(false);
      window.location.href = form.getAttribute("data-next");
    });
  }

  /* ---- saving a course for offline reading ---- */

  function saveFiles(html, files) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var urls = [];
    doc.querySelectorAll("link[rel=stylesheet][href], script[src], img[src]").forEach(function (el) {
      var href = el.getAttribute("href") || el.getAttribute("src");
      if (href && href.indexOf("/") === 0 && href.indexOf("//") !== 0) {
        urls.push(href);
      }
    });
    return Promise.all(
      urls.map(function (href) {
        return files.match(href).then(function (hit) {
          return hit || files.add(href).catch(function () {});
        });
      })
    ).then(function () {
      return doc;
    });
  }

  function savePage(url, pages, files) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok || response.redirected) {
        return 0;
      }
      return pages.put(url, response.clone()).then(function () {
        return response.text().then(function (html) {
          return saveFiles(html, files).then(function (doc) {
            var form = doc.querySelector("form[data-questions]");
            var count = form ? Number(form.getAttribute("data-questions")) : 0;
            var extra = [];
            for (var n = 1; n <= count; n += 1) {
              extra.push(savePage(url.split("?")[0] + "?q=" + n, pages, files));
            }
            return Promise.all(extra).then(function () {
              return 1;
            });
          });
        });
      });
    }, function () {
      return 0;
    });
  }

  function describeSaved(box) {
    var saved = load(SAVED)[box.getAttribute("data-offline-course")];
    var status = box.querySelector("[data-offline-save-status]");
    var remove = box.querySelector("[data-offline-remove]");
    if (saved) {
      status.textContent = message(box, "saved", {
        N: saved.pages,
        DATE: new Date(saved.savedAt).toLocaleString(document.documentElement.lang),
      });
    } else {
      status.textContent = message(box, "none");
    }
    remove.hidden = !saved;
  }

  function enhanceSave(box) {
    var button = box.querySelector("[data-offline-save]");
    var remove = box.querySelector("[data-offline-remove]");
    var status = box.querySelector("[data-offline-save-status]");
    var urls = (box.getAttribute("data-urls") || "").split(" ").filter(Boolean);
    box.hidden = false;
    describeSaved(box);
    button.addEventListener("click", function () {
      button.disabled = true;
      status.textContent = message(box, "saving");
      Promise.all([caches.open(PAGES), caches.open(FILES)])
        .then(function (opened) {
          return saveFiles(document.documentElement.outerHTML, opened[1]).then(function () {
            return Promise.all(
              urls.map(function (url) {
                return savePage(url, opened[0], opened[1]);
              })
            );
          });
        })
        .then(function (results) {
          var pages = results.reduce(function (a, b) {
            return a + b;
          }, 0);
          var saved = load(SAVED);
          saved[box.getAttribute("data-offline-course")] = {
            title: box.getAttribute("data-title"),
            url: window.location.pathname,
            pages: pages,
            savedAt: new Date().toISOString(),
          };
          store(SAVED, saved);
          describeSaved(box);
        })
        .catch(function () {
          status.textContent = message(box, "failed");
        })
        .then(function () {
          button.disabled = false;
        });
    });
    remove.addEventListener("click", function () {
      caches.open(PAGES).then(function (pages) {
        return Promise.all(
          urls.map(function (url) {
            return pages.delete(url, { ignoreSearch: url.indexOf("/test/") !== -1 });
          })
        );
      }).then(function () {
        var saved = load(SAVED);
        delete saved[box.getAttribute("data-offline-course")];
        store(SAVED, saved);
        describeSaved(box);
      });
    });
  }

  function listSaved(list) {
    var saved = load(SAVED);
    Object.keys(saved).forEach(function (id) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = saved[id].url;
      link.textContent = saved[id].title;
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = !Object.keys(saved).length;
  }

  /* ---- signing out empties the device ---- */

  function enhanceSignOut(form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      sync().then(function () {
        var left = waiting();
        if ((left.answers || left.lessons) && !window.confirm(message(form, "unsent"))) {
          return;
        }
        window.localStorage.removeItem(QUEUE);
        window.localStorage.removeItem(LESSONS);
        window.localStorage.removeItem(SAVED);
        var clear = window.caches
          ? Promise.all([caches.delete(PAGES), caches.delete(FILES)])
          : Promise.resolve();
        clear.catch(function () {}).then(function () {
          form.submit();
        });
      });
    });
  }

  /* ---- start ---- */

  var signedIn = body.hasAttribute("data-service-worker");
  if (signedIn && "serviceWorker" in navigator) {
    navigator.serviceWorker
      // updateViaCache "all": the worker script is re-fetched at most daily
      // (its max-age), not on every page; browsers always re-check after 24 h.
      .register(body.getAttribute("data-service-worker"), { scope: "/", updateViaCache: "all" })
      .catch(function () {});
  }
  document.querySelectorAll("form[data-offline-sync]").forEach(enhanceTest);
  document.querySelectorAll("form[data-offline-done]").forEach(enhanceDone);
  if (window.caches) {
    document.querySelectorAll("[data-offline-course]").forEach(enhanceSave);
  }
  document.querySelectorAll("[data-offline-saved-list]").forEach(listSaved);
  document.querySelectorAll("form[data-offline-signout]").forEach(enhanceSignOut);
  window.addEventListener("online", sync);
  window.addEventListener("offline", function () {
    showStatus(false);
  });
  if (signedIn) {
    sync();
    window.setInterval(sync, 30000);
  }
})();
