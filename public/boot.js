// Runs before first paint (a blocking external script, so a strict CSP needs no inline code):
// applies the remembered theme, and sends a visitor on an unprefixed path (/, a bare link) to
// their language: the remembered one, else the browser's. Keys match preferences.ts (tested).
(function () {
  if (!applyPreferences()) startAppAfterFirstPaint();

  /** Applies the theme and the language; true when the page is being left for another language. */
  function applyPreferences() {
    try {
      var root = document.documentElement;
      var store = window.localStorage;
      var theme = store.getItem('pgd.theme');
      if (theme === 'light' || theme === 'dark' || theme === 'projector') root.setAttribute('data-theme', theme);
      // A view chosen by query parameters is drawn by the client, not the prerendered default:
      // hide the default until then, so it never flashes (main.tsx removes the mark).
      if (location.search.length > 1) root.setAttribute('data-client-view', '');
      var path = location.pathname;
      if (/^\/(zh|en)(\/|$)/.test(path) || /\.[a-z]+$/.test(path)) return false;
      var lang = store.getItem('pgd.lang');
      if (lang !== 'zh' && lang !== 'en') {
        lang = 'zh';
        var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
        for (var i = 0; i < prefs.length; i += 1) {
          var tag = String(prefs[i]).toLowerCase();
          if (tag.indexOf('zh') === 0) break;
          if (tag.indexOf('en') === 0) {
            lang = 'en';
            break;
          }
        }
      }
      var rest = path + location.search + location.hash;
      if (lang === 'en') {
        location.replace('/en' + rest);
        return true;
      }
      history.replaceState(history.state, '', '/zh' + rest);
    } catch (e) {
      // Storage or history blocked: stay on the Chinese page.
    }
    return false;
  }

  // A script's URL is a Trusted Types sink: where the browser enforces (or reports) them, pass it
  // through a policy that allows only the build's own scripts under /assets/.
  function trustedEntryUrl(url) {
    var factory = window.trustedTypes;
    if (!factory || !factory.createPolicy) return url;
    return factory
      .createPolicy('app-entry', {
        createScriptURL: function (u) {
          if (!/^\/assets\/[\w.-]+\.js$/.test(u)) throw new TypeError('not an app script: ' + u);
          return u;
        },
      })
      .createScriptURL(url);
  }

  // The built pages name the app's entry in <link rel="modulepreload" data-app-entry> (fetched at
  // once, see scripts/prerender.mjs) and leave running it to this: once the document is parsed and
  // its prerendered content painted, so the figures and charts show before any app code runs.
  function startAppAfterFirstPaint() {
    var started = false;
    var start = function () {
      if (started) return;
      started = true;
      var link = document.querySelector('link[data-app-entry]');
      if (!link) return; // the dev server's page runs its entry itself
      // The modules the entry goes on to import, fetched now and all at once rather than stage
      // after stage. The page lists them instead of preloading them itself: preloads in the HTML
      // compete with its first paint (scripts/prerender.mjs).
      var modules = (link.getAttribute('data-app-modules') || '').split(' ');
      for (var i = 0; i < modules.length; i += 1) {
        if (!modules[i]) continue;
        var preload = document.createElement('link');
        preload.rel = 'modulepreload';
        preload.crossOrigin = 'anonymous';
        preload.href = modules[i];
        document.head.appendChild(preload);
      }
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = 'anonymous'; // as the preload was made, so its response is reused
      script.src = trustedEntryUrl(link.getAttribute('href'));
      document.head.appendChild(script);
    };
    var afterPaint = function () {
      // A frame callback runs just before a paint; a task queued from the next frame's callback
      // runs after the second frame, when the prerendered page is surely on screen.
      requestAnimationFrame(function () {
        requestAnimationFrame(function () {
          setTimeout(start, 0);
        });
      });
      // No frames come in a background tab or an off-screen embed: start anyway, a little later.
      setTimeout(start, 500);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint);
    else afterPaint();
  }
})();
