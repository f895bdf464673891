// Keeps the programme for reading offline, and offers the newest release.
// Loaded by every page (deferred); without JavaScript the portal is the
// same, only not available offline. The service worker is /sw.js.
(function () {
  var marks = document.querySelector('[data-release]');
  var shown = marks ? Number(marks.getAttribute('data-release')) : 0;
  var signedIn = document.documentElement.hasAttribute('data-signed-in');
  // Readers who asked their browser to save data keep what they open only.
  var saveData = navigator.connection && navigator.connection.saveData;
  var worker = null;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (reg) {
      worker = reg.active;
      if (!signedIn && worker) worker.postMessage({ type: 'signed-out' });
      if (shown) ask();
    }).catch(function () {});
  }

  // Asks which release is the latest. On a programme page: when it is newer
  // than the one shown, says so and offers it; and the worker keeps it.
  function ask() {
    if (!navigator.onLine) return;
    fetch('/agenda/release.json', { cache: 'no-store', credentials: 'omit' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (latest) {
        if (!latest) return;
        if (worker && !saveData) {
          worker.postMessage({ type: 'release', release: latest.release, lang: document.documentElement.lang });
        }
        var notice = document.querySelector('[data-update]');
        if (latest.release > shown && notice) notice.hidden = false;
      })
      .catch(function () {});
  }

  if (shown) {
    setInterval(ask, 5 * 60 * 1000);
    window.addEventListener('online', ask);
  }
})();
