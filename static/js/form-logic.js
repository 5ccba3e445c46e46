/* Skip logic as the learner answers; it only enhances a page that works
 * without it (the server shows a question once the page is saved).
 *
 * The test page holds its hidden questions too, hidden and disabled (never
 * sent). After each change this asks the server which questions the form's
 * logic shows for the answers on the page now (nothing is stored), then shows
 * and hides them and numbers the shown ones again. The logic is the server's,
 * so it is the one the hand-in applies. Offline, nothing changes until the
 * page is saved.
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-logic]");
  if (!form || !window.fetch) {
    return;
  }
  var url = form.getAttribute("data-logic");
  var timer = null;
  var asked = 0;

  function answers() {
    var given = {};
    form.querySelectorAll("fieldset[data-item]:not([disabled])").forEach(function (box) {
      var values = [];
      box.querySelectorAll("input:checked").forEach(function (input) {
        values.push(input.value);
      });
      box.querySelectorAll("select, textarea, input:not([type=radio]):not([type=checkbox])").forEach(function (field) {
        if (field.value.trim()) {
          values.push(field.value.trim());
        }
      });
      var multi = box.querySelector("input[type=checkbox]") !== null;
      given[box.getAttribute("data-item")] = multi ? values : values[0] || "";
    });
    return given;
  }

  function csrfToken() {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function apply(shown) {
    var visible = {};
    shown.forEach(function (id) {
      visible[String(id)] = true;
    });
    var number = 0;
    form.querySelectorAll("fieldset[data-item]").forEach(function (box) {
      var id = box.getAttribute("data-item");
      var show = visible[id] === true;
      box.hidden = !show;
      box.disabled = !show;
      var lead = form.querySelector('[data-lead-in="' + id + '"]');
      if (lead) {
        lead.hidden = !show;
      }
      if (show) {
        number += 1;
        box.querySelector(".q-number").textContent = number + ".";
      }
    });
  }

  function ask() {
    var mine = (asked += 1);
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify({ answers: answers() }),
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (reply) {
        if (reply && mine === asked) {
          apply(reply.shown || []);
        }
      })
      .catch(function () {}); // offline: the server decides when the page is saved
  }

  form.addEventListener("change", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, 150);
  });
})();
