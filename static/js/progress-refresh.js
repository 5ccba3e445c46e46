/* Progress pages: keep the region marked data-refresh-every up to date.
 *
 * Instead of reloading the whole page (a <meta http-equiv="refresh"> moves a
 * screen reader back to the top and cannot be paused: WCAG 2.2.1), fetch the
 * page again and replace only the region, until the fresh region no longer
 * asks to be refreshed. Without JavaScript the page offers a "Refresh now" link.
 */
(function () {
  "use strict";
  var region = document.querySelector("[data-refresh-every]");
  if (!region || !region.id || !window.fetch || !window.DOMParser) {
    return;
  }
  var seconds = parseInt(region.getAttribute("data-refresh-every"), 10) || 3;

  function schedule(factor) {
    window.setTimeout(refresh, seconds * 1000 * factor);
  }

  function refresh() {
    window
      .fetch(window.location.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        var page = new window.DOMParser().parseFromString(html, "text/html");
        var fresh = page.getElementById(region.id);
        if (!fresh) {
          return;
        }
        region.innerHTML = fresh.innerHTML;
        if (fresh.hasAttribute("data-refresh-every")) {
          schedule(1);
        } else {
          region.removeAttribute("data-refresh-every");
        }
      })
      .catch(function () {
        schedule(3);
      });
  }

  schedule(1);
})();
