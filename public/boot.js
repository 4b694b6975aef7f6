// Runs before first paint (a blocking external script, so a strict CSP needs no inline code):
// applies the remembered theme, and sends a visitor on an unprefixed path (/, a bare link) to
// their language: the remembered one, else the browser's. Keys match preferences.ts (tested).
(function () {
  try {
    var root = document.documentElement;
    var store = window.localStorage;
    var theme = store.getItem('pgd.theme');
    if (theme === 'light' || theme === 'dark' || theme === 'projector') root.setAttribute('data-theme', theme);
    // A view chosen by query parameters is drawn by the client, not the prerendered default:
    // hide the default until then, so it never flashes (main.tsx removes the mark).
    if (location.search.length > 1) root.setAttribute('data-client-view', '');
    var path = location.pathname;
    if (/^\/(zh|en)(\/|$)/.test(path) || /\.[a-z]+$/.test(path)) return;
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
    if (lang === 'en') location.replace('/en' + rest);
    else history.replaceState(history.state, '', '/zh' + rest);
  } catch (e) {
    // Storage or history blocked: stay on the Chinese page.
  }
})();
