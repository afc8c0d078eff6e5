/* Sizes embedded charts of "The trillion-dollar AI infrastructure race" to their content.
 * Put it once on a page with <iframe data-ai-infra-report src="…?embed=…">. It accepts only
 * messages from an embed's own window and origin, shaped exactly {aiInfraReportHeight: n}. */
(function () {
  'use strict';
  var MAX = 20000;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || Array.isArray(d)) return;
    var keys = Object.keys(d);
    if (keys.length !== 1 || keys[0] !== 'aiInfraReportHeight') return;
    var h = d.aiInfraReportHeight;
    if (typeof h !== 'number' || !isFinite(h) || h <= 0 || h > MAX) return;
    var frames = document.querySelectorAll('iframe[data-ai-infra-report]');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      var origin;
      try { origin = new URL(f.getAttribute('src'), document.baseURI).origin; } catch (_) { continue; }
      if (e.origin !== origin) continue;
      f.style.height = Math.ceil(h) + 'px';
    }
  });
})();
