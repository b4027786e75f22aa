/* Runs in <head>, before the page is painted: marks that JavaScript runs (html.js) and applies the
   reader's saved colour mode, so the page never flashes the wrong one. Keep it tiny and blocking. */
(function (root) {
  root.className += ' js';
  try {
    var mode = localStorage.getItem('sr-theme');
    if (mode === 'light' || mode === 'dark') root.setAttribute('data-theme', mode);
  } catch (e) { /* storage may be blocked: follow the system setting */ }
})(document.documentElement);
