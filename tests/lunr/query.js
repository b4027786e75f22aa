#!/usr/bin/env node
// Loads a serialized lunr 2.3.9 index and runs queries against it (CJK terms split as in the browser).
//
// stdin:  JSON {"index": <serialized index object>, "queries": ["q1", ...]}
// stdout: JSON array, one entry per query:
//         {"query": "q1", "results": [{"ref": "...", "score": 1.23}], "error": null}
//         (error holds the message of a lunr.QueryParseError or other failure).
'use strict'

const lunr = require('lunr')
const { readStdin } = require('./read-stdin')
const engine = require('../../theme/assets/js/search-engine.js')(lunr)

const input = JSON.parse(readStdin())
const idx = lunr.Index.load(input.index)

const output = input.queries.map(function (query) {
  try {
    // idx.search(query), with Chinese and Japanese terms split into bigrams as the site's search does.
    const results = idx.query(function (q) {
      new lunr.QueryParser(query, q).parse()
      engine.expandCjkClauses(q)
    }).map(function (r) {
      return { ref: r.ref, score: r.score }
    })
    return { query: query, results: results, error: null }
  } catch (e) {
    return { query: query, results: [], error: String(e && e.message ? e.message : e) }
  }
})

process.stdout.write(JSON.stringify(output))
