/* StaticReader search: lunr.js and the site's prebuilt index, loaded on first use.
   The header box is an ARIA combobox (listbox of results, aria-activedescendant); /search/ shows the
   full list and reads ?q=. Content and queries only ever reach the page through textContent. */
(function () {
  'use strict';

  var doc = document;
  var form = doc.querySelector('form.site-search');
  if (!form) return;
  var input = form.querySelector('input[name="q"]');
  var pageInput = doc.getElementById('search-page-input');
  var pageResults = doc.getElementById('search-results');
  var pageStatus = doc.getElementById('search-page-status');

  var KIND_LABELS = { term: 'Glossary term', text: 'Text', explainer: 'Explainer', page: 'Page', passage: 'Passage' };
  var DROPDOWN_LIMIT = 8;
  var PAGE_LIMIT = 50;

  /* ---------------------------------------------------------------- loading */

  var engine = null;
  // Scripts added with async = false download in parallel and run in order: lunr first, then our engine on it.
  function script(src) {
    return new Promise(function (resolve, reject) {
      var el = doc.createElement('script');
      el.src = src;
      el.async = false;
      el.onload = resolve;
      el.onerror = function () { reject(new Error('search engine failed to load')); };
      doc.head.appendChild(el);
    });
  }
  var E = null; // window.StaticReaderSearchEngine, once loaded
  function load() {
    if (engine) return engine;
    var lunrReady = Promise.all([
      window.lunr ? Promise.resolve() : script(form.getAttribute('data-lunr')),
      window.StaticReaderSearchEngine ? Promise.resolve() : script(form.getAttribute('data-engine'))
    ]).then(function () { E = window.StaticReaderSearchEngine; });
    var json = function (url) {
      return fetch(url, { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status + ' for ' + url);
        return r.json();
      });
    };
    var meta = form.getAttribute('data-meta');
    // The meta file is fetched while lunr and the engine download, not after them: one round trip less before results.
    var metaFile = meta ? json(meta) : null;
    metaFile && metaFile.catch(function () { /* reported through engine */ });
    var fetchJson = function (url) { return url === meta ? metaFile : json(url); };
    engine = lunrReady.then(function () {
      return meta ? E.ShardedIndex.load(meta, fetchJson).then(shardedState)
        : Promise.all([json(form.getAttribute('data-index')), json(form.getAttribute('data-docs'))]).then(classicState);
    });
    engine.catch(function () { engine = null; });
    return engine;
  }

  function glossaryTerm(key, sortKey, title, aliases) {
    aliases = Array.isArray(aliases) ? aliases.join(' ') : (aliases || '');
    return { key: key, sortKey: sortKey, title: norm(title || ''), words: words(title + ' ' + aliases), aliases: ' ' + norm(aliases) + ' ' };
  }

  // Both formats behind one interface. query(fn) → Promise of [{ key, score, terms }] in lunr's order;
  // describe(results) → Promise of [{ ref, url, title }]; page(result) → Promise of the page's fragment.
  function shardedState(index) {
    return {
      query: function (fn) {
        return index.query(fn).then(function (results) {
          return results.map(function (r) { return { key: r.doc, score: r.score, terms: r.terms }; });
        });
      },
      describe: function (results) {
        return index.describe(results.map(function (r) { return { doc: r.key }; })).then(function (rows) {
          return rows.map(function (row) { return { ref: row.ref, url: row.ref, title: row.title }; });
        });
      },
      page: function (r) {
        return index.describe([{ doc: r.key }]).then(function (rows) { return index.fragment(rows[0]); });
      },
      // A small site's whole document table (a few files) is fetched with the postings rather than after them.
      warm: function () {
        if (index.meta.table.length <= 4) index.describe(index.meta.table.map(function (_, c) { return { doc: c * index.meta.tableChunk }; })).catch(function () {});
      },
      terms: index.meta.terms.map(function (t) { return glossaryTerm(t[0], t[0], t[1], t[2]); })
    };
  }

  function classicState(parts) {
    var index = window.lunr.Index.load(parts[0]);
    var docs = parts[1];
    var terms = [];
    Object.keys(docs).forEach(function (ref) {
      if (docs[ref].kind === 'term') terms.push(glossaryTerm(ref, ref, docs[ref].title, docs[ref].aliases));
    });
    return {
      query: function (fn) {
        return Promise.resolve(index.query(fn).map(function (r) {
          return { key: r.ref, score: r.score, terms: Object.keys(r.matchData.metadata) };
        }));
      },
      describe: function (results) {
        return Promise.resolve(results.map(function (r) {
          var d = docs[r.key] || {};
          return { ref: r.key, url: d.url || r.key, title: d.title || '' };
        }));
      },
      page: function (r) { return Promise.resolve(docs[r.key]); },
      warm: function () {},
      terms: terms
    };
  }

  /* ---------------------------------------------------------------- querying */

  function norm(s) {
    return String(s).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }
  function words(s) { var n = norm(s); return n ? n.split(' ') : []; }

  function stem(word) { return E.stem(word); }

  var SYNTAX = /[:~^*+]|(^|\s)-\S/;

  // lunr syntax through lunr's parser, with CJK terms split into bigrams (both formats call fn at once, so a
  // parse error is thrown here, synchronously).
  function syntaxQuery(state, q) {
    try {
      return state.query(function (query) {
        new window.lunr.QueryParser(q, query).parse();
        E.expandCjkClauses(query);
      });
    } catch (e) {
      return null; // not valid lunr syntax: search the words instead
    }
  }

  // A Promise of results: lunr syntax as lunr reads it, otherwise the words (and, while typing, the last as a prefix).
  function lunrSearch(state, q, fuzzy) {
    var lunr = window.lunr;
    var syntax = !fuzzy && SYNTAX.test(q) ? syntaxQuery(state, q) : null;
    if (syntax) return syntax;
    var tokens = E.queryWords(q);
    if (!tokens.length) return Promise.resolve([]);
    var last = tokens[tokens.length - 1];
    var typing = !/\s$/.test(q);
    return state.query(function (query) {
      tokens.forEach(function (t) {
        // A bigram one edit away is mostly another word: Chinese and Japanese are not retried fuzzily.
        query.term(t.text, fuzzy && !t.cjk ? { editDistance: 1 } : {});
      });
      if (!fuzzy && typing && !last.cjk && last.text.length >= 2) {
        query.term(last.text, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 0.4 });
      }
    });
  }

  // The terms to highlight for a query: stemmed words, and Chinese and Japanese bigrams as they are.
  function queryTerms(q) {
    return E.queryWords(q).map(function (w) { return w.cjk ? w.text : stem(w.text); }).filter(Boolean);
  }

  // How well a glossary term's title or aliases match the query: 3 title, 2 alias, 1 words, 0 no.
  function termLevel(term, nq, qWords, typing) {
    if (!nq) return 0;
    if (term.title === nq) return 3;
    if (term.aliases.indexOf(' ' + nq + ' ') >= 0) return 2;
    var all = qWords.every(function (w, i) {
      return term.words.some(function (tw) {
        return tw === w || (typing && i === qWords.length - 1 && w.length >= 2 && tw.indexOf(w) === 0);
      });
    });
    return all ? 1 : 0;
  }

  // A Promise of { fuzzy, items, stems }: the matching pages in order (glossary terms whose title or alias matches
  // first) and the query's own terms to highlight. Nothing but the postings is fetched for this.
  function rank(state, q) {
    return lunrSearch(state, q, false).then(function (results) {
      if (results.length) return { results: results, fuzzy: false };
      return lunrSearch(state, q, true).then(function (r) { return { results: r, fuzzy: r.length > 0 }; });
    }).then(function (found) {
      var results = found.results;
      var nq = norm(q);
      var qWords = nq ? nq.split(' ') : [];
      var typing = !/\s$/.test(q);
      var byKey = new Map();
      results.forEach(function (r) { byKey.set(r.key, r); });

      var first = [];
      state.terms.forEach(function (term) {
        var level = termLevel(term, nq, qWords, typing);
        if (level) first.push({ key: term.key, sortKey: term.sortKey, level: level, result: byKey.get(term.key) || null });
      });
      first.sort(function (a, b) {
        return b.level - a.level ||
          (b.result ? b.result.score : 0) - (a.result ? a.result.score : 0) ||
          (a.sortKey < b.sortKey ? -1 : 1);
      });
      var seen = new Set(first.map(function (f) { return f.key; }));
      var items = first.map(function (f) { return f.result || { key: f.key, score: 0, terms: [] }; });
      results.forEach(function (r) { if (!seen.has(r.key)) items.push(r); });

      return { fuzzy: found.fuzzy, items: items, stems: queryTerms(q) };
    });
  }

  // A Promise of what to show for the ranked pages from..to-1 (a page, or its best passages), in order; only
  // their fragments are fetched.
  function show(state, ranked, from, to) {
    return fetchPages(state, ranked, from, to).then(function (pages) { return entries(ranked, pages); });
  }

  // A Promise of the fragments of the ranked pages from..to-1, each with its ranked result.
  function fetchPages(state, ranked, from, to) {
    var shown = ranked.items.slice(from, to);
    return Promise.all(shown.map(function (r) { return state.page(r); })).then(function (pages) {
      return pages.map(function (page, i) { return { page: page, result: shown[i] }; });
    });
  }

  // What to show for fetched pages: each page, or its best passages, with the terms to highlight.
  function entries(ranked, pages) {
    var out = [];
    pages.forEach(function (x) {
      if (!x.page) return;
      var stems = new Set(x.result.terms.concat(ranked.stems));
      expand(x.page, stems).forEach(function (d) { out.push({ doc: d, stems: stems }); });
    });
    return out;
  }

  // A Promise of { fuzzy, total, items }: the ranked pages and, for the first `limit` of them, what to show.
  function search(state, q, limit) {
    return rank(state, q).then(function (ranked) {
      return show(state, ranked, 0, limit).then(function (out) {
        return { fuzzy: ranked.fuzzy, total: ranked.items.length, items: out.slice(0, limit) };
      });
    });
  }

  /* ---------------------------------------------------------------- passages */

  // The index has one document per page; docs.json keeps each page's passages as [id, text]. A text or
  // explainer that matches is shown through its (at most two) passages holding the most matched words,
  // each linking to its exact paragraph; other pages are shown whole.
  function expand(d, stems) {
    var passages = d.passages || [];
    if (d.kind === 'text' || d.kind === 'explainer') {
      var scored = passages.map(function (p) { return { p: p, n: matches(p[1], stems).length }; })
        .filter(function (x) { return x.n > 0; })
        .sort(function (a, b) { return b.n - a.n; });
      if (scored.length) {
        return scored.slice(0, 2).map(function (x) {
          return { title: d.title, url: d.url + '#' + x.p[0], kind: 'passage', summary: '', aliases: '', text: x.p[1] };
        });
      }
    }
    return [{ title: d.title, url: d.url, kind: d.kind, summary: d.summary, aliases: d.aliases,
      text: passages.map(function (p) { return p[1]; }).join(' ') }];
  }

  /* ---------------------------------------------------------------- snippets */

  // Ranges of text whose lunr form is one of the matched terms (words, and Chinese or Japanese bigrams).
  function matches(text, stems) {
    return E.highlightRanges(text, stems);
  }

  function snippet(d, stems, size) {
    var candidates = [d.summary || '', d.text || ''];
    var text = candidates[0] || candidates[1];
    var ranges = [];
    for (var i = 0; i < candidates.length; i++) {
      var r = candidates[i] ? matches(candidates[i], stems) : [];
      if (r.length) { text = candidates[i]; ranges = r; break; }
    }
    var start = 0;
    if (text.length <= size + 60) return { text: text, start: 0, end: text.length, ranges: ranges };
    if (ranges.length && ranges[0][0] > size / 3) {
      start = text.lastIndexOf(' ', ranges[0][0] - Math.floor(size / 3));
      start = start < 0 ? 0 : start + 1;
    }
    var end = Math.min(text.length, start + size);
    if (end < text.length) {
      var space = text.lastIndexOf(' ', end);
      if (space > start) end = space;
    }
    return { text: text, start: start, end: end, ranges: ranges };
  }

  function renderSnippet(el, s) {
    if (s.start > 0) el.appendChild(doc.createTextNode('…'));
    var at = s.start;
    s.ranges.forEach(function (r) {
      if (r[1] <= at || r[0] >= s.end) return;
      var from = Math.max(r[0], at);
      var to = Math.min(r[1], s.end);
      if (from > at) el.appendChild(doc.createTextNode(s.text.slice(at, from)));
      var mark = doc.createElement('mark');
      mark.textContent = s.text.slice(from, to);
      el.appendChild(mark);
      at = to;
    });
    if (at < s.end) el.appendChild(doc.createTextNode(s.text.slice(at, s.end)));
    if (s.end < s.text.length) el.appendChild(doc.createTextNode('…'));
  }

  function span(cls, text) {
    var el = doc.createElement('span');
    el.className = cls;
    if (text != null) el.textContent = text;
    return el;
  }

  function kindLabel(d) {
    return KIND_LABELS[d.kind] || d.kind || '';
  }

  /* ---------------------------------------------------------------- public API */

  // window.StaticReaderSearch.search(q): a Promise of [{ ref, url, title, score }] in lunr's order (lunr's
  // Index.search on the site's index, CJK terms split into bigrams), before the UI puts glossary terms first.
  // Rejects with lunr's QueryParseError for invalid syntax.
  window.StaticReaderSearch = {
    search: function (q) {
      return load().then(function (state) {
        return state.query(function (query) {
          new window.lunr.QueryParser(String(q), query).parse();
          E.expandCjkClauses(query);
        }).then(function (results) {
          return state.describe(results).then(function (rows) {
            return results.map(function (r, i) {
              return { ref: rows[i].ref, url: rows[i].url, title: rows[i].title, score: r.score };
            });
          });
        });
      });
    }
  };

  /* ---------------------------------------------------------------- header combobox */

  var popup = doc.createElement('div');
  popup.className = 'sr-popup';
  popup.hidden = true;
  var note = doc.createElement('p');
  note.className = 'sr-note';
  note.hidden = true;
  var listbox = doc.createElement('ul');
  listbox.id = 'sr-listbox';
  listbox.className = 'sr-listbox';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search results');
  var status = doc.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  popup.appendChild(note);
  popup.appendChild(listbox);
  form.appendChild(popup);
  form.appendChild(status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  var options = [];
  var active = -1;
  var seq = 0;

  function open(show) {
    popup.hidden = !show;
    input.setAttribute('aria-expanded', show ? 'true' : 'false');
    if (!show) setActive(-1);
  }

  function setActive(i) {
    if (active >= 0 && options[active]) options[active].el.setAttribute('aria-selected', 'false');
    active = i;
    if (i >= 0 && options[i]) {
      options[i].el.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[i].el.id);
      options[i].el.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function go(url) { window.location.assign(url); }

  function allResultsUrl(q) {
    return form.getAttribute('action') + '?q=' + encodeURIComponent(q);
  }

  function renderDropdown(q, found) {
    listbox.textContent = '';
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    var shown = found.items.slice(0, DROPDOWN_LIMIT);
    shown.forEach(function (item, i) {
      var li = doc.createElement('li');
      li.id = 'sr-option-' + i;
      li.className = 'sr-option sr-kind-' + String(item.doc.kind).replace(/[^a-z]/g, '');
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      var head = span('sr-head');
      head.appendChild(span('sr-kind', kindLabel(item.doc)));
      head.appendChild(span('sr-title', item.doc.title));
      li.appendChild(head);
      var text = span('sr-snippet');
      renderSnippet(text, snippet(item.doc, item.stems, 120));
      li.appendChild(text);
      listbox.appendChild(li);
      options.push({ el: li, url: item.doc.url });
    });
    if (found.total) {
      var more = doc.createElement('li');
      more.id = 'sr-option-all';
      more.className = 'sr-option sr-all';
      more.setAttribute('role', 'option');
      more.setAttribute('aria-selected', 'false');
      more.textContent = found.total > shown.length
        ? 'All ' + found.total + ' results for “' + q + '”'
        : 'Open these results on the search page';
      listbox.appendChild(more);
      options.push({ el: more, url: allResultsUrl(q) });
    }
    note.hidden = !(found.fuzzy || !found.total);
    note.textContent = !found.total
      ? 'Nothing matches “' + q + '”, not even approximately.'
      : 'No exact matches for “' + q + '”; showing close spellings.';
    status.textContent = !found.total
      ? 'No results.'
      : found.total + (found.total === 1 ? ' result' : ' results') + (found.fuzzy ? ' for close spellings' : '') + '. Use the arrow keys to choose.';
    popup.setAttribute('data-query', q);
    open(true);
  }

  function renderError() {
    listbox.textContent = '';
    options = [];
    note.hidden = false;
    note.textContent = 'Search could not load. Check your connection and try again.';
    status.textContent = note.textContent;
    open(true);
  }

  function update() {
    var q = input.value;
    var mine = ++seq;
    if (!q.trim()) { open(false); status.textContent = ''; return; }
    load().then(function (state) { return search(state, q, DROPDOWN_LIMIT); }).then(function (found) {
      if (mine !== seq) return;
      renderDropdown(q.trim(), found);
    }, function () { if (mine === seq) renderError(); });
  }

  var debounce = 0;
  input.addEventListener('focus', function () {
    load().catch(function () { /* reported when the reader types */ });
    if (input.value.trim() && options.length) open(true);
  });
  input.addEventListener('input', function () {
    window.clearTimeout(debounce);
    debounce = window.setTimeout(update, 60);
  });
  input.addEventListener('keydown', function (e) {
    var isOpen = !popup.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!isOpen) { if (input.value.trim()) update(); return; }
      if (!options.length) return;
      e.preventDefault();
      var step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
    } else if (e.key === 'Enter') {
      if (isOpen && active >= 0 && options[active]) {
        e.preventDefault();
        go(options[active].url);
      }
    } else if (e.key === 'Escape') {
      if (isOpen) { e.preventDefault(); e.stopPropagation(); open(false); }
      else if (input.value) { e.preventDefault(); input.value = ''; }
    }
  });
  input.addEventListener('blur', function () {
    window.setTimeout(function () { if (doc.activeElement !== input) open(false); }, 150);
  });
  listbox.addEventListener('mousedown', function (e) { e.preventDefault(); });
  listbox.addEventListener('click', function (e) {
    var li = e.target.closest('[role="option"]');
    for (var i = 0; i < options.length; i++) {
      if (options[i].el === li) { go(options[i].url); return; }
    }
  });
  doc.addEventListener('click', function (e) {
    if (!form.contains(e.target)) open(false);
  });

  // "/" jumps to search from anywhere that is not a text field.
  doc.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    e.preventDefault();
    var target = pageInput && pageResults ? pageInput : input;
    target.focus();
    target.select();
  });

  /* ---------------------------------------------------------------- the /search/ page */

  if (!pageInput || !pageResults) return;
  var pageForm = pageInput.form;
  pageInput.setAttribute('aria-controls', pageResults.id);

  // The first results are fetched and drawn on their own, so they appear after one round of small requests (six:
  // what a browser opens at once to one HTTP/1.1 host; they fill a phone's screen), with the status; the rest (up
  // to PAGE_LIMIT) follow below them. Only the complete list gets data-query.
  var FIRST_RESULTS = 6;
  var pageSeq = 0;

  function pageItem(item) {
    var li = doc.createElement('li');
    li.className = 'search-result sr-kind-' + String(item.doc.kind).replace(/[^a-z]/g, '');
    var a = doc.createElement('a');
    a.href = item.doc.url;
    a.className = 'search-result-link';
    a.appendChild(span('sr-kind', kindLabel(item.doc)));
    a.appendChild(span('sr-title', item.doc.title));
    li.appendChild(a);
    var p = doc.createElement('p');
    p.className = 'sr-snippet';
    renderSnippet(p, snippet(item.doc, item.stems, 260));
    li.appendChild(p);
    return li;
  }

  function appendItems(items) {
    var batch = doc.createDocumentFragment();
    items.forEach(function (item) { batch.appendChild(pageItem(item)); });
    pageResults.appendChild(batch);
  }

  // Expands and appends the fetched pages a few milliseconds of work at a time, yielding to the browser between
  // slices (matching passages and drawing fifty results in one task would block input for a phone's tenth of a
  // second); a Promise of when all are appended.
  var SLICE_MS = 8;
  function appendInTasks(ranked, pages, stale) {
    return new Promise(function (resolve) {
      var at = 0;
      function next() {
        if (stale()) { resolve(); return; }
        var start = performance.now();
        var batch = doc.createDocumentFragment();
        while (at < pages.length && performance.now() - start < SLICE_MS) {
          entries(ranked, [pages[at++]]).forEach(function (item) { batch.appendChild(pageItem(item)); });
        }
        pageResults.appendChild(batch);
        if (at < pages.length) window.setTimeout(next, 0); else resolve();
      }
      // Not at once: this runs where the batch's fetches resolved, and their JSON was parsed in that same task.
      window.setTimeout(next, 0);
    });
  }

  // A Promise that resolves once the browser has painted what is on the page now (a frame, then a task), so the
  // first results are on screen before the requests for the rest start; a hidden tab paints no frames, hence the timer.
  function afterPaint() {
    return new Promise(function (resolve) {
      window.requestAnimationFrame(function () { window.setTimeout(resolve, 0); });
      window.setTimeout(resolve, 250);
    });
  }

  // Fetches and appends the ranked pages after the first ones, up to PAGE_LIMIT pages, FIRST_RESULTS at a time. Each
  // batch is asked for when the one before it arrives, before that one is drawn: a few requests in flight at once
  // rather than forty-four started in one task (on a phone, starting them alone blocks input for a tenth of a second).
  function appendRest(state, ranked, stale) {
    var end = Math.min(ranked.items.length, PAGE_LIMIT);
    var batch = function (from) {
      if (from >= end) return null;
      var pending = fetchPages(state, ranked, from, Math.min(from + FIRST_RESULTS, end));
      pending.catch(function () { /* reported by the step that waits for it */ });
      return pending;
    };
    var step = function (from, pending) {
      if (!pending || stale()) return Promise.resolve();
      return pending.then(function (pages) {
        if (stale()) return null;
        var next = batch(from + FIRST_RESULTS);
        return appendInTasks(ranked, pages, stale).then(function () { return step(from + FIRST_RESULTS, next); });
      });
    };
    return step(FIRST_RESULTS, batch(FIRST_RESULTS));
  }

  function pageSummary(q, ranked, shownCount) {
    var n = ranked.items.length;
    return !n
      ? 'Nothing matches “' + q.trim() + '”, not even approximately. Try fewer or different words, or browse the glossary.'
      : (ranked.fuzzy ? 'No exact matches for “' + q.trim() + '”. ' + n + ' close ' + (n === 1 ? 'match' : 'matches') + ':'
        : n + (n === 1 ? ' result' : ' results') + ' for “' + q.trim() + '”' + (n > shownCount ? ', the first ' + shownCount + ' shown' : '') + '.');
  }

  function renderPage(q) {
    var mine = ++pageSeq;
    pageResults.textContent = '';
    pageResults.removeAttribute('data-query');
    if (!q.trim()) {
      pageStatus.textContent = 'Type a term, a name or a phrase. Glossary terms are listed first.';
      return;
    }
    pageStatus.textContent = 'Searching…';
    var stale = function () { return mine !== pageSeq; };
    load().then(function (state) {
      state.warm();
      return rank(state, q).then(function (ranked) {
        if (stale()) return null;
        return show(state, ranked, 0, FIRST_RESULTS).then(function (first) {
          if (stale()) return null;
          appendItems(first);
          // Every page shows at least one entry, so the count shown is known now: the status is said once.
          pageStatus.textContent = pageSummary(q, ranked, Math.min(ranked.items.length, PAGE_LIMIT));
          return afterPaint().then(function () {
            return appendRest(state, ranked, stale);
          }).then(function () {
            if (!stale()) pageResults.setAttribute('data-query', q);
          });
        });
      });
    }).catch(function () {
      if (!stale()) pageStatus.textContent = 'Search could not load. Check your connection and try again.';
    });
  }

  var pageDebounce = 0;
  pageForm.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = pageInput.value;
    window.history.replaceState(null, '', q.trim() ? '?q=' + encodeURIComponent(q) : window.location.pathname);
    renderPage(q);
  });
  pageInput.addEventListener('input', function () {
    window.clearTimeout(pageDebounce);
    pageDebounce = window.setTimeout(function () {
      var q = pageInput.value;
      window.history.replaceState(null, '', q.trim() ? '?q=' + encodeURIComponent(q) : window.location.pathname);
      renderPage(q);
    }, 120);
  });
  var initial = new URLSearchParams(window.location.search).get('q') || '';
  pageInput.value = initial;
  // Without a query the engine is still loaded at once: the reader came here to type, and the page asked for the
  // index's meta file with its HTML (a preload left unused would also be reported in the console).
  if (initial) renderPage(initial); else load().catch(function () { /* reported when the reader types */ });
})();
