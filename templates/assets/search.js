// Site search in the browser: loads the index the build wrote and ranks pages with MiniSearch
// (vendored under vendor/). Results are built with DOM calls and textContent only, never HTML strings.
(function () {
  'use strict';
  var box = document.querySelector('.search');
  if (!box || !window.MiniSearch) return;
  var form = box.querySelector('form');
  var input = box.querySelector('input[type=search]');
  var status = box.querySelector('.search-status');
  var list = box.querySelector('.search-results');
  var everyPage = document.querySelector('.all-pages');
  var engine = null;
  var timer = 0;

  function say(text) { status.textContent = text; }

  function load() {
    say('Loading the search index…');
    return fetch(box.getAttribute('data-index'))
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (index) {
        engine = new MiniSearch({
          idField: 'u',
          fields: ['t', 'h', 'd', 'x'],
          storeFields: ['u', 't', 's', 'd', 'x'],
          searchOptions: { boost: { t: 4, h: 2, d: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' }
        });
        engine.addAll(index.pages);
      });
  }

  // A short passage of the page around the first word that matched, with the matches marked.
  function snippet(result) {
    var text = result.x || result.d || '';
    var lower = text.toLowerCase();
    var at = -1;
    result.terms.forEach(function (t) {
      var i = lower.indexOf(t.toLowerCase());
      if (i >= 0 && (at < 0 || i < at)) at = i;
    });
    if (at < 0) return document.createTextNode(result.d || '');
    var start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 70)) + 1);
    var end = text.indexOf(' ', Math.min(text.length, at + 110));
    if (end < 0) end = text.length;
    var passage = (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
    var frag = document.createDocumentFragment();
    var pattern = new RegExp('(' + result.terms.map(function (t) {
      return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('|') + ')', 'gi');
    var last = 0;
    passage.replace(pattern, function (m, _g, offset) {
      frag.appendChild(document.createTextNode(passage.slice(last, offset)));
      var mark = document.createElement('mark');
      mark.textContent = m;
      frag.appendChild(mark);
      last = offset + m.length;
      return m;
    });
    frag.appendChild(document.createTextNode(passage.slice(last)));
    return frag;
  }

  function show(query) {
    list.textContent = '';
    query = query.trim();
    if (!query) {
      list.hidden = true;
      if (everyPage) everyPage.hidden = false;
      say('');
      return;
    }
    var results = engine.search(query);
    if (!results.length) results = engine.search(query, { combineWith: 'OR' });
    results.slice(0, 20).forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = r.u;
      a.textContent = r.t;
      var h = document.createElement('h2');
      h.appendChild(a);
      li.appendChild(h);
      if (r.s) {
        var where = document.createElement('p');
        where.className = 'result-section';
        where.textContent = r.s;
        li.appendChild(where);
      }
      var p = document.createElement('p');
      p.className = 'result-snippet';
      p.appendChild(snippet(r));
      li.appendChild(p);
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
    if (everyPage) everyPage.hidden = results.length > 0;
    say(results.length === 0
      ? 'No pages match “' + query + '”. Try a shorter or different word, or browse every page below.'
      : (results.length === 1 ? '1 page matches' : results.length + ' pages match') + ' “' + query + '”'
        + (results.length > 20 ? '; the best 20 are shown.' : '.'));
  }

  function update(push) {
    var q = input.value;
    var url = new URL(window.location.href);
    if (q.trim()) url.searchParams.set('q', q); else url.searchParams.delete('q');
    if (push) history.replaceState(null, '', url);
    show(q);
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (engine) update(true);
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { if (engine) update(true); }, 150);
  });
  // Down arrow from the box goes to the first result.
  input.addEventListener('keydown', function (e) {
    var first = list.querySelector('a');
    if (e.key === 'ArrowDown' && first && !list.hidden) { e.preventDefault(); first.focus(); }
  });

  load().then(function () {
    var q = new URLSearchParams(window.location.search).get('q') || '';
    input.value = q;
    show(q);
    box.setAttribute('data-ready', 'true');
  }).catch(function () {
    say('Search could not load. Browse every page below instead.');
  });
})();
