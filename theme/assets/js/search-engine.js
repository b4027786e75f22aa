/* StaticReader's search engine, on lunr.js 2.3.9 (window.lunr, or require('lunr') in Node).
   - cjkTrimmer: lunr's trimmer, except that in a token holding Han, Hiragana or Katakana each such run becomes
     its overlapping bigrams (a lone character stays itself) and each other run is trimmed as lunr trims a token.
     The C# index builder applies the same rule (src/StaticReader.Core/Search/CjkBigrams.cs); tests/lunr builds
     lunr.js's own index with it, and queries are split the same way (expandCjkClauses).
   A browser script (window.StaticReaderSearchEngine, made from window.lunr) and, in Node, a CommonJS module
   exporting the factory: require('.../search-engine.js')(require('lunr')). */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module.exports) module.exports = factory;
  else root.StaticReaderSearchEngine = factory(root.lunr);
})(typeof self !== 'undefined' ? self : this, function (lunr) {
  'use strict';

  /* ---------------------------------------------------------------- Chinese and Japanese */

  function isCjk(cp) {
    return (cp >= 0x3005 && cp <= 0x3007) || (cp >= 0x3040 && cp <= 0x309F) ||
      (cp >= 0x30A1 && cp <= 0x30FF && cp !== 0x30FB) || (cp >= 0x31F0 && cp <= 0x31FF) ||
      (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0xFF66 && cp <= 0xFF9F) || (cp >= 0x20000 && cp <= 0x323AF);
  }

  // Code point at i as codePointAt reads it, with its width in UTF-16 code units.
  function cpAt(s, i) {
    var cp = s.codePointAt(i);
    return { cp: cp, width: cp > 0xFFFF ? 2 : 1 };
  }

  function hasCjk(s) {
    for (var i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) < 0x3005) continue;
      var c = cpAt(s, i);
      if (isCjk(c.cp)) return true;
      i += c.width - 1;
    }
    return false;
  }

  // Splits s into runs: { text, start, cjk } with, for a CJK run, the start of each code point.
  function runs(s) {
    var out = [];
    var i = 0;
    while (i < s.length) {
      var c = cpAt(s, i);
      var cjk = isCjk(c.cp);
      var last = out[out.length - 1];
      if (!last || last.cjk !== cjk) out.push(last = { start: i, end: i, cjk: cjk, starts: [] });
      if (cjk) last.starts.push(i);
      i += c.width;
      last.end = i;
    }
    return out;
  }

  // The bigrams of a CJK run as [start, end] ranges of s.
  function bigramRanges(run) {
    var st = run.starts;
    if (st.length === 1) return [[st[0], run.end]];
    var out = [];
    for (var k = 0; k + 1 < st.length; k++) out.push([st[k], k + 2 < st.length ? st[k + 2] : run.end]);
    return out;
  }

  function trimWord(s) { return s.replace(/^\W+/, '').replace(/\W+$/, ''); }

  // The pieces of one lower-cased token: [{ text, cjk }], empty pieces dropped.
  function pieces(s) {
    var out = [];
    runs(s).forEach(function (run) {
      if (run.cjk) {
        bigramRanges(run).forEach(function (r) { out.push({ text: s.slice(r[0], r[1]), cjk: true }); });
      } else {
        var t = trimWord(s.slice(run.start, run.end));
        if (t) out.push({ text: t, cjk: false });
      }
    });
    return out;
  }

  // lunr's trimmer, with CJK runs split into bigrams (a pipeline function: may return several tokens).
  function cjkTrimmer(token) {
    var s = token.toString();
    if (!hasCjk(s)) return lunr.trimmer(token);
    return pieces(s).map(function (p) {
      return token.clone(function () { return p.text; });
    });
  }
  lunr.Pipeline.registerFunction(cjkTrimmer, 'cjkTrimmer');

  // A query's clauses with CJK terms split the same way: each piece keeps its clause's fields, presence,
  // boost and edit distance; a leading or trailing wildcard stays on the first or last piece.
  function expandCjkClauses(query) {
    var out = [];
    query.clauses.forEach(function (clause) {
      var term = clause.term;
      if (!hasCjk(term)) { out.push(clause); return; }
      var lead = term.charAt(0) === '*';
      var trail = term.length > 1 && term.charAt(term.length - 1) === '*';
      var core = term.slice(lead ? 1 : 0, trail ? -1 : term.length);
      var parts = pieces(core);
      parts.forEach(function (p, i) {
        var c = {};
        Object.keys(clause).forEach(function (k) { c[k] = clause[k]; });
        c.term = (lead && i === 0 ? '*' : '') + p.text + (trail && i === parts.length - 1 ? '*' : '');
        if (c.term.indexOf('*') >= 0) c.usePipeline = false;
        out.push(c);
      });
    });
    query.clauses = out;
    return query;
  }

  // The words of a plain (non-syntax) query, as the index holds them before stemming: lunr's tokenizer,
  // then cjkTrimmer and the stop-word filter.
  function queryWords(q) {
    var tokens = [];
    lunr.tokenizer(q).forEach(function (t) {
      var r = cjkTrimmer(t);
      (Array.isArray(r) ? r : [r]).forEach(function (x) {
        if (x && x.toString() && lunr.stopWordFilter(x)) tokens.push({ text: x.toString(), cjk: hasCjk(x.toString()) });
      });
    });
    return tokens;
  }

  // Ranges of text to highlight: words whose lunr term is in `terms` (a Set), and CJK bigrams in `terms`.
  function highlightRanges(text, terms) {
    var ranges = [];
    var re = /[^\s\-]+/g;
    var m;
    while ((m = re.exec(text))) {
      var word = m[0];
      var lower = word.toLowerCase();
      if (hasCjk(lower) && lower.length === word.length) {
        runs(lower).forEach(function (run) {
          if (run.cjk) {
            bigramRanges(run).forEach(function (r) {
              if (terms.has(lower.slice(r[0], r[1]))) ranges.push([m.index + r[0], m.index + r[1]]);
            });
          } else {
            addWord(ranges, text.slice(m.index + run.start, m.index + run.end), m.index + run.start, terms);
          }
        });
      } else {
        addWord(ranges, word, m.index, terms);
      }
    }
    // Overlapping bigrams make overlapping ranges: merge them.
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    });
    return merged;
  }

  function addWord(ranges, word, at, terms) {
    var lead = word.match(/^\W*/)[0].length;
    var core = word.slice(lead).replace(/\W+$/, '');
    if (core && terms.has(stem(core))) ranges.push([at + lead, at + lead + core.length]);
  }

  // lunr's index-time processing of a word (no CJK): trim, lower-case, stem.
  function stem(word) {
    var t = lunr.trimmer(new lunr.Token(word.toLowerCase(), {}));
    return t ? lunr.stemmer(t).toString() : '';
  }

  return {
    lunr: lunr,
    isCjk: isCjk,
    hasCjk: hasCjk,
    cjkTrimmer: cjkTrimmer,
    expandCjkClauses: expandCjkClauses,
    queryWords: queryWords,
    highlightRanges: highlightRanges,
    stem: stem
  };
});
