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
    var firsts = firstLetters(terms);
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
            addWord(ranges, text.slice(m.index + run.start, m.index + run.end), m.index + run.start, terms, firsts);
          }
        });
      } else {
        addWord(ranges, word, m.index, terms, firsts);
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

  // The first characters of the terms. A word's stem begins with the word's own first character (lunr's stemmer
  // rewrites endings only, and the core below starts with an ASCII word character, which lower-casing keeps), so a
  // word whose first character no term has is skipped unstemmed: most words of a passage, on a first search the
  // costliest part of choosing which passages to show.
  function firstLetters(terms) {
    var firsts = new Set();
    terms.forEach(function (t) { if (t) firsts.add(t.charAt(0)); });
    return firsts;
  }

  function addWord(ranges, word, at, terms, firsts) {
    var lead = word.match(/^\W*/)[0].length;
    var core = word.slice(lead).replace(/\W+$/, '');
    if (core && firsts.has(core.charAt(0).toLowerCase()) && terms.has(stem(core))) ranges.push([at + lead, at + lead + core.length]);
  }

  // lunr's index-time processing of a word (no CJK): trim, lower-case, stem. Highlighting stems every word of every
  // passage it looks at, and words repeat, so each word's stem is kept (a site's vocabulary is bounded; the cache is
  // dropped past STEM_CACHE_LIMIT words all the same).
  var stems = new Map();
  var STEM_CACHE_LIMIT = 50000;
  function stem(word) {
    var lower = word.toLowerCase();
    var known = stems.get(lower);
    if (known !== undefined) return known;
    var t = lunr.trimmer(new lunr.Token(lower, {}));
    var out = t ? lunr.stemmer(t).toString() : '';
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(lower, out);
    return out;
  }


  /* ---------------------------------------------------------------- the sharded index */

  // lunr 2.3.9's Index.prototype.query over the sharded files (src/StaticReader.Core/Search/ShardedIndexBuilder.cs),
  // step for step, so results, order and scores are lunr's: first every term a clause needs is found (its postings
  // shard fetched; wildcard and fuzzy terms expanded by lunr's TokenSet over the dictionary), then lunr's loop runs.
  // Document keys are document numbers; refs, titles and fragments come from the table when asked for.
  function ShardedIndex(base, meta, fetchJson) {
    this.base = base;
    this.meta = meta;
    this.fetchJson = fetchJson;
    this.fields = meta.fields;
    this.pipeline = lunr.Pipeline.load(meta.pipeline);
    this.files = Object.create(null); // url -> Promise of parsed JSON
    this.postings = new Map(); // term -> [field arrays]
    this.shardTerms = Object.create(null); // shard index -> sorted terms
    this.bucketTerms = Object.create(null); // dictionary bucket index -> sorted terms
    this.arrayIndex = null;
    if (meta.arrayIndexRefs && meta.arrayIndexRefs.length) {
      this.arrayIndex = new Map();
      for (var i = 0; i < meta.arrayIndexRefs.length; i++) this.arrayIndex.set(meta.arrayIndexRefs[i][0], meta.arrayIndexRefs[i][1]);
    }
  }

  // Loads the meta file at metaUrl; fetchJson(url) returns a Promise of the parsed file.
  ShardedIndex.load = function (metaUrl, fetchJson) {
    return fetchJson(metaUrl).then(function (meta) {
      if (meta.format !== 'staticreader-sharded' || meta.version !== 1) throw new Error('unknown search data format');
      return new ShardedIndex(metaUrl.slice(0, metaUrl.lastIndexOf('/') + 1), meta, fetchJson);
    });
  };

  ShardedIndex.prototype.file = function (path) {
    var url = this.base + path;
    if (!this.files[url]) {
      var self = this;
      this.files[url] = this.fetchJson(url).catch(function (e) { delete self.files[url]; throw e; });
    }
    return this.files[url];
  };

  // The directory entry (shard) holding a term: the last whose first term is <= term.
  function locate(directory, term) {
    var lo = 0, hi = directory.length - 1, at = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (directory[mid][0] <= term) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return at;
  }

  // The directory entries whose terms may start with prefix.
  function range(directory, prefix) {
    if (!directory.length) return [];
    var out = [];
    for (var i = locate(directory, prefix); i < directory.length; i++) {
      if (out.length && directory[i][0].slice(0, prefix.length) !== prefix) break;
      out.push(i);
    }
    return out;
  }

  // Whether directory entry e is a shard holding its first term alone (the builder marks it [first, hash, 1]): then
  // what it holds is known without fetching it.
  function oneTerm(e) { return e[2] === 1; }

  function startsWith(s, prefix) { return s.slice(0, prefix.length) === prefix; }

  ShardedIndex.prototype.shard = function (i) {
    var self = this;
    if (this.shardTerms[i]) return Promise.resolve(this.shardTerms[i]);
    return this.file('p/' + this.meta.postings[i][1] + '.json').then(function (entries) {
      if (self.shardTerms[i]) return self.shardTerms[i];
      var terms = new Array(entries.length);
      var previous = '';
      for (var k = 0; k < entries.length; k++) {
        var e = entries[k];
        var term = previous.slice(0, e[0]) + e[1];
        terms[k] = term;
        self.postings.set(term, { index: e[2], fields: e.slice(3) });
        previous = term;
      }
      return (self.shardTerms[i] = terms);
    });
  };

  ShardedIndex.prototype.bucket = function (i) {
    var self = this;
    if (this.bucketTerms[i]) return Promise.resolve(this.bucketTerms[i]);
    return this.file('d/' + this.meta.dictionary[i][1] + '.json').then(function (flat) {
      if (self.bucketTerms[i]) return self.bucketTerms[i];
      var terms = [];
      var previous = '';
      for (var k = 0; k < flat.length; k += 2) {
        previous = previous.slice(0, flat[k]) + flat[k + 1];
        terms.push(previous);
      }
      return (self.bucketTerms[i] = terms);
    });
  };

  function concat(lists) { return [].concat.apply([], lists); }

  // The order in which lunr's TokenSet.prototype.toArray lists `words` (sorted by code unit, no repeats) when they are
  // what a trailing wildcard matched, as lunr's tokenSet.intersect(TokenSet.fromClause(clause)).toArray() gives them.
  // toArray walks the trie with a stack: a node's word first, then its edges pushed in Object.keys order and so
  // popped last first. Object.keys lists the keys that are array indexes ("0" to "9") first, ascending, then the
  // others in the order they were added, which for the edges of the index's TokenSet (built from sorted words, and
  // kept in that order by the intersection, whose wildcard node has the one edge "*") is ascending as well. The
  // intersection's root is never final, so an empty word (which the index can hold) is never listed.
  function tokenSetOrder(words) {
    var out = [];
    var stack = [[0, words.length, 0]]; // [from, to, depth]: words[from..to) share their first `depth` code units
    while (stack.length) {
      var frame = stack.pop();
      var from = frame[0], to = frame[1], depth = frame[2];
      if (words[from].length === depth) {
        if (depth > 0) out.push(words[from]);
        from++;
      }
      var digits = [], others = [];
      for (var k = from; k < to;) {
        var c = words[k].charAt(depth);
        var end = k + 1;
        while (end < to && words[end].charAt(depth) === c) end++;
        (c >= '0' && c <= '9' ? digits : others).push([k, end, depth + 1]);
        k = end;
      }
      for (var d = 0; d < digits.length; d++) stack.push(digits[d]);
      for (var o = 0; o < others.length; o++) stack.push(others[o]);
    }
    return out;
  }

  // Whether `candidate` may be within d of lunr's fuzzy edits of `term` (a term without "*"): every edit lunr's
  // TokenSet.fromFuzzyString allows (insert, delete or substitute one character, swap two) adds at most one
  // character, counted with repeats, that one word has and the other lacks, and changes the length by at most one.
  // So a word failing this cannot match, and leaving it out before lunr's TokenSet is built keeps lunr's result.
  function mayBeWithin(term, candidate, d) {
    if (Math.abs(candidate.length - term.length) > d) return false;
    var used = new Array(term.length);
    var extra = 0;
    for (var i = 0; i < candidate.length; i++) {
      var c = candidate.charCodeAt(i);
      var j = 0;
      while (j < term.length && (used[j] || term.charCodeAt(j) !== c)) j++;
      if (j < term.length) used[j] = true;
      else if (++extra > d) return false;
    }
    // shared characters = candidate.length - extra; the term lacks `extra` of candidate's and candidate lacks the rest.
    return term.length - (candidate.length - extra) <= d;
  }

  // The index terms lunr's tokenSet.intersect(TokenSet.fromClause(clause)).toArray() gives, in its order, with their
  // postings loaded.
  ShardedIndex.prototype.expand = function (clause) {
    var self = this;
    var term = clause.term;
    var star = term.indexOf('*');
    var fuzzy = 'editDistance' in clause;
    var directory = this.meta.postings;
    if (!directory.length) return Promise.resolve([]);
    if (star < 0 && !fuzzy) {
      if (!term) return Promise.resolve([]); // lunr's intersection never holds the empty word
      var at = locate(directory, term);
      if (oneTerm(directory[at]) && directory[at][0] !== term) return Promise.resolve([]);
      return this.shard(at).then(function () { return self.postings.has(term) ? [term] : []; });
    }
    if (!fuzzy && star === term.length - 1) return this.expandPrefix(term.slice(0, star));
    // Anything else (fuzzy, leading or inner wildcards) through lunr's TokenSet over the dictionary buckets.
    var prefix = fuzzy ? '' : term.slice(0, star);
    // Building lunr's TokenSet over a whole dictionary is most of a fuzzy query's time after its last byte: terms that
    // cannot be within the edit distance are left out first (see mayBeWithin; lunr's result is unchanged), each bucket
    // as it arrives, so that only the last one's share is left once the last byte is in.
    var d = clause.editDistance;
    var keep = fuzzy && star < 0 ? function (t) { return mayBeWithin(term, t, d); }
      : prefix ? function (t) { return startsWith(t, prefix); } : null;
    return Promise.all(range(this.meta.dictionary, prefix).map(function (i) {
      return self.bucket(i).then(function (terms) { return keep ? terms.filter(keep) : terms; });
    })).then(function (lists) {
      var terms = concat(lists);
      if (!terms.length) return [];
      var expanded = lunr.TokenSet.fromArray(terms).intersect(lunr.TokenSet.fromClause(clause)).toArray();
      var shards = {};
      expanded.forEach(function (t) { shards[locate(directory, t)] = true; });
      return Promise.all(Object.keys(shards).map(function (i) { return self.shard(+i); })).then(function () { return expanded; });
    });
  };

  // A trailing wildcard, prefix*: the terms starting with prefix, read from the postings shards of the prefix's range
  // of the sorted terms (a shard of one term that does not start with prefix is not fetched), in lunr's order. The
  // range is complete: the first shard whose first term is past every word starting with prefix ends it.
  ShardedIndex.prototype.expandPrefix = function (prefix) {
    var self = this;
    var directory = this.meta.postings;
    var shards = range(directory, prefix).filter(function (i) {
      return !oneTerm(directory[i]) || startsWith(directory[i][0], prefix);
    });
    return Promise.all(shards.map(function (i) { return self.shard(i); })).then(function (lists) {
      var matches = [];
      for (var l = 0; l < lists.length; l++) {
        for (var k = 0; k < lists[l].length; k++) if (startsWith(lists[l][k], prefix)) matches.push(lists[l][k]);
      }
      return matches.length ? tokenSetOrder(matches) : [];
    });
  };

  // One field's documents for a term, in the order lunr's Object.keys lists them, with their weights.
  ShardedIndex.prototype.fieldPosting = function (term, field) {
    var raw = this.postings.get(term).fields[field];
    if (!raw) return { docs: [], weights: new Map() };
    if (raw.decoded) return raw.decoded;
    var docs = [];
    var weights = new Map();
    var doc = 0;
    for (var i = 0; i < raw.length; i += 2) {
      doc += raw[i];
      docs.push(doc);
      weights.set(doc, raw[i + 1] / 1000);
    }
    if (this.arrayIndex) {
      var ai = this.arrayIndex;
      var key = function (d) { return ai.has(d) ? ai.get(d) : 4294967296 + d; };
      docs.sort(function (a, b) { return key(a) - key(b); });
    }
    var decoded = { docs: docs, weights: weights };
    Object.defineProperty(raw, 'decoded', { value: decoded });
    return decoded;
  };

  // lunr.Index.prototype.query, with fn building the query; a Promise of [{ doc, score, terms }] in lunr's order.
  ShardedIndex.prototype.query = function (fn) {
    var self = this;
    var query = new lunr.Query(this.fields);
    fn.call(query, query);
    var plans = query.clauses.map(function (clause) {
      var terms = clause.usePipeline ? self.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
      return Promise.all(terms.map(function (term) {
        var c = {};
        Object.keys(clause).forEach(function (k) { c[k] = clause[k]; });
        c.term = term;
        return self.expand(c);
      }));
    });
    return Promise.all(plans).then(function (expansions) { return self.score(query, expansions); });
  };

  // lunr's scoring loop. Two things lunr does are done more cheaply with the same outcome: a term's documents become a
  // lunr.Set only for a required or prohibited clause (the only ones that read it), and the matching fields are a Map
  // keyed by number, which lists them in the order lunr's Object.keys lists its "field/doc" keys (never array indexes,
  // so in the order they were added).
  ShardedIndex.prototype.score = function (query, expansions) {
    var fields = this.fields;
    var fieldIndex = {};
    fields.forEach(function (f, i) { fieldIndex[f] = i; });
    var REQUIRED = lunr.Query.presence.REQUIRED, PROHIBITED = lunr.Query.presence.PROHIBITED;
    var matchingFields = new Map(); // doc * fields.length + field -> { doc, field, terms }
    var queryVectors = Object.create(null);
    var termFieldCache = Object.create(null);
    var requiredMatches = Object.create(null);
    var prohibitedMatches = Object.create(null);
    fields.forEach(function (f) { queryVectors[f] = new Map(); });
    var width = fields.length;

    for (var i = 0; i < query.clauses.length; i++) {
      var clause = query.clauses[i];
      var clauseMatches = lunr.Set.empty;
      var perTerm = expansions[i];
      for (var m = 0; m < perTerm.length; m++) {
        var expandedTerms = perTerm[m];
        if (expandedTerms.length === 0 && clause.presence === REQUIRED) {
          for (var k = 0; k < clause.fields.length; k++) requiredMatches[clause.fields[k]] = lunr.Set.empty;
          break;
        }
        for (var j = 0; j < expandedTerms.length; j++) {
          var expandedTerm = expandedTerms[j];
          for (var k2 = 0; k2 < clause.fields.length; k2++) {
            var field = clause.fields[k2];
            var f = fieldIndex[field];
            var posting = this.fieldPosting(expandedTerm, f);
            var termField = expandedTerm + '/' + field;
            if (clause.presence == REQUIRED) {
              clauseMatches = clauseMatches.union(new lunr.Set(posting.docs.map(String)));
              if (requiredMatches[field] === undefined) requiredMatches[field] = lunr.Set.complete;
            }
            if (clause.presence == PROHIBITED) {
              if (prohibitedMatches[field] === undefined) prohibitedMatches[field] = lunr.Set.empty;
              prohibitedMatches[field] = prohibitedMatches[field].union(new lunr.Set(posting.docs.map(String)));
              continue;
            }
            var qv = queryVectors[field];
            qv.set(expandedTerm, qv.has(expandedTerm) ? qv.get(expandedTerm) + clause.boost : clause.boost);
            if (termFieldCache[termField]) continue;
            var docs = posting.docs;
            for (var l = 0; l < docs.length; l++) {
              var doc = docs[l];
              var fieldRef = doc * width + f;
              var match = matchingFields.get(fieldRef);
              if (match === undefined) matchingFields.set(fieldRef, { doc: doc, field: field, terms: [expandedTerm] });
              else match.terms.push(expandedTerm);
            }
            termFieldCache[termField] = true;
          }
        }
      }
      if (clause.presence === REQUIRED) {
        for (var k3 = 0; k3 < clause.fields.length; k3++) {
          requiredMatches[clause.fields[k3]] = requiredMatches[clause.fields[k3]].intersect(clauseMatches);
        }
      }
    }

    var allRequiredMatches = lunr.Set.complete, allProhibitedMatches = lunr.Set.empty;
    fields.forEach(function (f) {
      if (requiredMatches[f]) allRequiredMatches = allRequiredMatches.intersect(requiredMatches[f]);
      if (prohibitedMatches[f]) allProhibitedMatches = allProhibitedMatches.union(prohibitedMatches[f]);
    });
    var anyRequired = allRequiredMatches !== lunr.Set.complete, anyProhibited = allProhibitedMatches !== lunr.Set.empty;

    var fieldRefs = Array.from(matchingFields.values());
    if (query.isNegated()) {
      fieldRefs = [];
      for (var d = 0; d < this.meta.documents; d++) {
        for (var fi = 0; fi < fields.length; fi++) fieldRefs.push({ doc: d, field: fields[fi], terms: [] });
      }
    }

    var results = [];
    var matches = new Map();
    for (var r = 0; r < fieldRefs.length; r++) {
      var fr = fieldRefs[r];
      if (anyRequired || anyProhibited) {
        var key = String(fr.doc);
        if (!allRequiredMatches.contains(key) || allProhibitedMatches.contains(key)) continue;
      }
      var score = this.similarity(queryVectors[fr.field], fr.doc, fieldIndex[fr.field]);
      var docMatch = matches.get(fr.doc);
      if (docMatch !== undefined) {
        docMatch.score += score;
        for (var t = 0; t < fr.terms.length; t++) if (docMatch.terms.indexOf(fr.terms[t]) < 0) docMatch.terms.push(fr.terms[t]);
      } else {
        docMatch = { doc: fr.doc, score: score, terms: fr.terms.slice() };
        matches.set(fr.doc, docMatch);
        results.push(docMatch);
      }
    }
    return results.sort(function (a, b) { return b.score - a.score; });
  };

  // lunr.Vector.prototype.similarity of a query vector (term -> boost) with a document's field vector: the dot
  // product and the norm summed in the order of the terms' _index, as lunr sums them, so equal scores stay equal.
  // (A query vector belongs to one field, so it keeps that field's weights beside its entries.)
  ShardedIndex.prototype.similarity = function (queryVector, doc, field) {
    var entries = queryVector.sorted;
    if (!entries) {
      var self = this;
      entries = [];
      queryVector.forEach(function (boost, term) {
        entries.push([self.postings.get(term).index, boost, self.fieldPosting(term, field).weights]);
      });
      entries.sort(function (a, b) { return a[0] - b[0]; });
      var sumOfSquares = 0;
      for (var i = 0; i < entries.length; i++) sumOfSquares += entries[i][1] * entries[i][1];
      entries.magnitude = Math.sqrt(sumOfSquares);
      queryVector.sorted = entries;
    }
    var dot = 0;
    for (var k = 0; k < entries.length; k++) {
      var w = entries[k][2].get(doc);
      if (w !== undefined) dot += entries[k][1] * w;
    }
    return dot / entries.magnitude || 0;
  };

  // lunr's Index.search: the query string through lunr's parser, CJK terms split into bigrams.
  ShardedIndex.prototype.search = function (q) {
    return this.query(function (query) {
      new lunr.QueryParser(q, query).parse();
      expandCjkClauses(query);
    });
  };

  // Each result's table row: { ref, title, fragment } (ref is the page URL).
  ShardedIndex.prototype.describe = function (results) {
    var self = this;
    var size = this.meta.tableChunk;
    var chunks = {};
    results.forEach(function (r) { chunks[Math.floor(r.doc / size)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) {
      return self.file('r/' + self.meta.table[c] + '.json').then(function (rows) { return [+c, rows]; });
    })).then(function (loaded) {
      var byChunk = {};
      loaded.forEach(function (x) { byChunk[x[0]] = x[1]; });
      return results.map(function (r) {
        var row = byChunk[Math.floor(r.doc / size)][r.doc % size];
        return { ref: row[0], title: row[1], fragment: row[2] };
      });
    });
  };

  // A page's fragment: { title, url, kind, summary, aliases, passages: [[id, text], ...] }.
  ShardedIndex.prototype.fragment = function (row) {
    return this.file('f/' + row.fragment + '.json');
  };

  return {
    lunr: lunr,
    ShardedIndex: ShardedIndex,
    isCjk: isCjk,
    hasCjk: hasCjk,
    cjkTrimmer: cjkTrimmer,
    expandCjkClauses: expandCjkClauses,
    queryWords: queryWords,
    highlightRanges: highlightRanges,
    stem: stem,
    tokenSetOrder: tokenSetOrder,
    mayBeWithin: mayBeWithin
  };
});
