/*
 * Host-page helper for embedded charts of the Puyang governance dashboard: makes each embed's
 * iframe exactly as tall as its content, which the embed reports (postMessage) whenever it
 * changes. Add it once, after the iframes: <script src="https://…/embed.js" async></script>.
 */
(function () {
  'use strict';
  if (window.__pgdEmbeds) return;
  window.__pgdEmbeds = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'pgd:embed-height' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(100, Math.min(20000, Math.ceil(data.height))) + 'px';
        frames[i].setAttribute('scrolling', 'no');
      }
    }
  });
})();
