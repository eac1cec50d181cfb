/**
 * The pages' one script, served from /aset/lokus.js (CSP `script-src 'self'`): copy buttons. A
 * `<button data-copy="ID" hidden>` is shown when scripts run and copies the value of the element #ID.
 * Everything else on the pages works without it.
 */
export const PAGE_SCRIPT = `'use strict';
document.querySelectorAll('button[data-copy]').forEach(function (button) { button.hidden = false; });
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('button[data-copy]');
  if (!button) return;
  var source = document.getElementById(button.getAttribute('data-copy'));
  if (!source) return;
  var text = 'value' in source ? source.value : source.textContent;
  var label = button.textContent;
  var done = function () {
    button.textContent = button.getAttribute('data-copied') || '\\u2713';
    setTimeout(function () { button.textContent = label; }, 1600);
  };
  var fallback = function () {
    if (source.select) source.select();
    try { document.execCommand('copy'); done(); } catch (e) {}
  };
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
  else fallback();
});
`;
