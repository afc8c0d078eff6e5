// Runs in <head>, before the first paint (src/document.rs inlines it and allows it by hash).
// A link to an embed or to a scenario must not show the prerendered report's numbers, which
// are the article's defaults, as its own: static/style.css holds them back until the wasm has
// rendered the reader's own (src/app/browser/takeover.rs `take_over` drops these classes).
(function (q, c) {
  if (/[?&]embed=/.test(q)) c.add('embed-pending');
  else if (/[?&](?!theme=)[^=&]+=/.test(q)) c.add('scenario-pending');
})(location.search, document.documentElement.classList);
