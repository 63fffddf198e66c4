// resurface serve: reload this tab after each good build; show a failed build's errors over the page.
(function () {
  'use strict';
  var overlay = null;
  function hide() { if (overlay) { overlay.remove(); overlay = null; } }
  function show(errors) {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'resurface-errors';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:1.5rem;' +
      'background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace';
    var h = document.createElement('h2');
    h.textContent = 'The site has errors: the page below is the last good build';
    h.style.cssText = 'margin:0 0 1rem;font:bold 18px/1.3 system-ui,sans-serif;color:#ff8a80';
    overlay.appendChild(h);
    var pre = document.createElement('pre');
    pre.style.cssText = 'white-space:pre-wrap;margin:0';
    pre.textContent = errors.join('\n');
    overlay.appendChild(pre);
    var p = document.createElement('p');
    p.textContent = 'Fix the file and save: this message goes away by itself.';
    p.style.cssText = 'font-family:system-ui,sans-serif;color:#ccc';
    overlay.appendChild(p);
    document.body.appendChild(overlay);
  }
  var source = new EventSource('/__resurface/events');
  source.addEventListener('reload', function () { window.location.reload(); });
  source.addEventListener('errors', function (e) { show(JSON.parse(e.data).errors); });
})();
