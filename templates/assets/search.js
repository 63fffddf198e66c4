// Site search in the browser: loads the index the build wrote (one entry per heading of every page)
// and ranks it with MiniSearch (vendored under vendor/). How it ranks is described in docs/search.md:
// title and headings count more than body text; exact words more than near misses; common words
// ("how", "does") are ignored when matching but a phrase a reader typed counts extra; synonyms from the
// site's synonyms file; pages the site marks (search.boost) rank lower or higher.
// Results are built with DOM calls and textContent only, never HTML strings.
(function () {
  'use strict';
  var box = document.querySelector('.search');
  if (!box || !window.MiniSearch || !window.fetch) return;
  var form = box.querySelector('form');
  var input = box.querySelector('input[type=search]');
  var status = box.querySelector('.search-status');
  var list = box.querySelector('.search-results');
  var everyPage = document.querySelector('.all-pages');
  var MAX = 20;
  var idx = null, engine = null, stop = null, synonyms = null, flat = {}, timer = 0;

  function say(text) { status.textContent = text; }

  // Words as search sees them: lower case, straight apostrophes, split at anything else.
  function words(text) {
    return text.toLowerCase().replace(/\u2019/g, "'").split(/[^\p{L}\p{N}']+/u)
      .map(function (w) { return w.replace(/^'+|'+$/g, ''); })
      .filter(function (w) { return w.length > 0; });
  }

  // A light English stemmer, so "scars", "healing" and "burned" find "scar", "heal" and "burn".
  function stem(w) {
    if (w.length > 4 && /ies$/.test(w)) return w.slice(0, -3) + 'y';
    if (w.length > 3 && /[^su']s$/.test(w)) w = w.slice(0, -1);
    else if (/'s$/.test(w)) w = w.slice(0, -2);
    var cut = /ing$/.test(w) ? 3 : /ed$/.test(w) ? 2 : 0;
    if (cut && w.length - cut >= 4) {
      w = w.slice(0, -cut);
      if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
    }
    if (w.length > 4 && /[^e]e$/.test(w)) w = w.slice(0, -1);
    return w;
  }

  function term(w) { return stop.has(w) ? null : stem(w); }

  // What MiniSearch indexes: the words, and a hyphenated word also joined ("make-up" is found by "makeup").
  function tokens(text) {
    var out = words(text);
    (text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) || []).forEach(function (h) { out.push(h.replace(/-/g, '')); });
    return out;
  }

  // Fuzzy and prefix matching only for longer words: "sun" must not find "sunday" or "run".
  var options = {
    fields: ['t', 'h', 'd', 'x'],
    storeFields: ['p'],
    tokenize: tokens,
    processTerm: function (w) { return term(w); },
    searchOptions: {
      boost: { t: 3, h: 4, d: 1.5, x: 1 },
      prefix: function (t) { return t.length >= 4; },
      fuzzy: function (t) { return t.length >= 6 ? 0.2 : false; },
      weights: { fuzzy: 0.3, prefix: 0.4 },
      boostDocument: function (id, t, stored) { return idx.pages[stored.p].b || 1; }
    }
  };

  function load() {
    say('Loading the search index…');
    return fetch(box.getAttribute('data-index'))
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (index) {
        idx = index;
        stop = new Set(index.stop);
        synonyms = synonymMap(index.syn);
        engine = new MiniSearch(options);
        engine.addAll(index.docs.map(function (d, i) {
          var page = index.pages[d[0]];
          return { id: i, p: d[0], t: page.t, h: d[2], d: d[1] ? '' : page.d, x: d[3] };
        }));
      });
  }

  // word or phrase → every word or phrase a search for it also finds
  function synonymMap(syn) {
    var map = new Map();
    function add(from, to) {
      var key = words(from).map(stem).join(' ');
      if (!map.has(key)) map.set(key, { words: words(from).map(stem), also: [] });
      to.forEach(function (t) { if (t !== from && map.get(key).also.indexOf(t) < 0) map.get(key).also.push(t); });
    }
    syn.g.forEach(function (group) { group.forEach(function (w) { add(w, group); }); });
    Object.keys(syn.o).forEach(function (w) { add(w, syn.o[w]); });
    return Array.from(map.values()).sort(function (a, b) { return b.words.length - a.words.length; });
  }

  // The query as units: each word that is not a common word, or a synonym's words with what they also find.
  function units(tokens) {
    var stems = tokens.map(stem), used = tokens.map(function () { return false; }), out = [];
    synonyms.forEach(function (s) {
      for (var i = 0; i + s.words.length <= stems.length; i++) {
        var hit = true;
        for (var j = 0; j < s.words.length; j++) if (used[i + j] || stems[i + j] !== s.words[j]) hit = false;
        if (!hit) continue;
        for (j = 0; j < s.words.length; j++) used[i + j] = true;
        out.push({ at: i, text: tokens.slice(i, i + s.words.length).join(' '), also: s.also });
      }
    });
    tokens.forEach(function (t, i) { if (!used[i] && !stop.has(t)) out.push({ at: i, text: t, also: [] }); });
    return out.sort(function (a, b) { return a.at - b.at; });
  }

  // Phrases the reader typed (two words or more, not starting or ending with a common word).
  function phrases(tokens) {
    var out = [];
    for (var i = 0; i < tokens.length; i++) {
      if (stop.has(tokens[i])) continue;
      for (var j = i + 1; j < tokens.length && j < i + 8; j++) {
        if (!stop.has(tokens[j])) out.push(' ' + tokens.slice(i, j + 1).join(' ') + ' ');
      }
    }
    return out.sort(function (a, b) { return b.length - a.length; });
  }

  function flatText(i) { // a passage's words, spaced, for phrase matching
    if (!flat[i]) {
      var d = idx.docs[i], page = idx.pages[d[0]];
      flat[i] = { head: ' ' + words(page.t + ' ' + d[2]).join(' ') + ' ', body: ' ' + words(d[3]).join(' ') + ' ' };
    }
    return flat[i];
  }

  function rank(query) {
    var tokens = words(query);
    var us = units(tokens);
    if (!us.length) return [];
    var tree = { combineWith: 'OR', queries: us.map(function (u) {
      return u.also.length ? { combineWith: 'OR', queries: [u.text].concat(u.also).map(function (q) { return { combineWith: 'AND', queries: [q] }; }) } : u.text;
    }) };
    var unitTerms = us.map(function (u) {
      return [u.text].concat(u.also).reduce(function (all, q) { return all.concat(words(q).map(term).filter(Boolean)); }, []);
    });
    var ps = phrases(tokens);
    var results = engine.search(tree).map(function (r) {
      // words of more of the question found together count more than one word found often
      var have = unitTerms.filter(function (ts) { return ts.some(function (t) { return r.queryTerms.indexOf(t) >= 0; }); }).length;
      var score = r.score * Math.pow(have / us.length, 2);
      var f = flatText(r.id);
      for (var k = 0; k < ps.length; k++) {
        var inHead = f.head.indexOf(ps[k]) >= 0, inBody = f.body.indexOf(ps[k]) >= 0;
        if (inHead || inBody) { score *= 1 + (inHead ? 1.5 : 0.5) * (ps[k].split(' ').length - 3); break; }
      }
      return { id: r.id, page: idx.docs[r.id][0], score: score, terms: r.terms };
    });
    results.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    // one result per page, at its best passage; other good passages of the page add a little
    var pages = new Map();
    results.forEach(function (r) {
      var p = pages.get(r.page);
      if (!p) pages.set(r.page, { page: r.page, best: r, more: [], score: r.score });
      else {
        if (p.more.length < 3) p.score += 0.15 * r.score;
        if (idx.docs[r.id][1] && p.more.length < 2 && r.score > p.best.score / 3) p.more.push(r);
      }
    });
    return Array.from(pages.values()).sort(function (a, b) { return b.score - a.score || a.best.id - b.best.id; });
  }

  // A short passage around the densest group of matched words, with the matches marked.
  function snippet(r, fallback) {
    var text = idx.docs[r.id][3] || fallback;
    var found = [], re = /[\p{L}\p{N}']+/gu, m;
    while ((m = re.exec(text))) {
      var w = m[0].toLowerCase().replace(/\u2019/g, "'").replace(/^'+|'+$/g, '');
      if (!stop.has(w) && r.terms.indexOf(stem(w)) >= 0) found.push([m.index, m.index + m[0].length]);
    }
    var from = 0, best = -1;
    found.forEach(function (f, i) {
      var n = found.filter(function (g) { return g[0] >= f[0] && g[1] <= f[0] + 160; }).length;
      if (n > best) { best = n; from = i; }
    });
    // start at the sentence holding the first match when it begins close before it, else a few words before
    var at = found.length ? found[from][0] : 0, sentence = text.lastIndexOf('. ', at);
    var start = at === 0 ? 0 : sentence >= 0 && at - sentence < 120 ? sentence + 2 : Math.max(0, at - 60);
    if (start > 0 && text.charAt(start - 2) !== '.') start = text.indexOf(' ', start) + 1 || start;
    var end = Math.min(text.length, start + 200);
    if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
    var frag = document.createDocumentFragment(), last = start;
    if (start > 0) frag.appendChild(document.createTextNode('… '));
    found.forEach(function (f) {
      if (f[0] < last || f[1] > end) return;
      frag.appendChild(document.createTextNode(text.slice(last, f[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(f[0], f[1]);
      frag.appendChild(mark);
      last = f[1];
    });
    frag.appendChild(document.createTextNode(text.slice(last, end) + (end < text.length ? ' …' : '')));
    return frag;
  }

  function link(page, doc) {
    var a = document.createElement('a');
    a.href = page.u + (doc[1] ? '#' + doc[1] : '');
    return a;
  }

  function result(hit) {
    var page = idx.pages[hit.page], doc = idx.docs[hit.best.id];
    var li = document.createElement('li');
    var h = document.createElement('h2');
    var a = link(page, doc);
    a.textContent = page.t;
    if (doc[1]) {
      var part = document.createElement('span');
      part.className = 'result-heading';
      part.textContent = ': ' + doc[2];
      a.appendChild(part);
    }
    h.appendChild(a);
    li.appendChild(h);
    if (page.s) {
      var where = document.createElement('p');
      where.className = 'result-section';
      where.textContent = page.s;
      li.appendChild(where);
    }
    var p = document.createElement('p');
    p.className = 'result-snippet';
    p.appendChild(snippet(hit.best, page.d));
    li.appendChild(p);
    if (hit.more.length) {
      var more = document.createElement('p');
      more.className = 'result-more';
      more.appendChild(document.createTextNode('Also on this page: '));
      hit.more.forEach(function (r, i) {
        var m = link(page, idx.docs[r.id]);
        m.textContent = idx.docs[r.id][2];
        if (i) more.appendChild(document.createTextNode(', '));
        more.appendChild(m);
      });
      li.appendChild(more);
    }
    return li;
  }

  function show(query) {
    list.textContent = '';
    var q = query.trim();
    if (!q) {
      list.hidden = true;
      if (everyPage) everyPage.hidden = false;
      say('');
      return;
    }
    var hits = rank(q);
    hits.slice(0, MAX).forEach(function (hit) { list.appendChild(result(hit)); });
    list.hidden = hits.length === 0;
    if (everyPage) everyPage.hidden = hits.length > 0;
    say(hits.length === 0
      ? 'No pages match “' + q + '”. Try a shorter or different word, or browse every page below.'
      : (hits.length === 1 ? '1 page matches' : hits.length + ' pages match') + ' “' + q + '”'
        + (hits.length > MAX ? '; the best ' + MAX + ' are shown.' : '.'));
  }

  function update() {
    var q = input.value;
    var url = new URL(window.location.href);
    if (q.trim()) url.searchParams.set('q', q); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    show(q);
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (engine) update();
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { if (engine) update(); }, 150);
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
