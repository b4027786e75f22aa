#!/usr/bin/env node
// Runs queries with StaticReader's sharded search client (theme/assets/js/search-engine.js) on a folder of
// sharded search data, reading its files from disk instead of fetching them.
//
// stdin:  JSON {"dir": "<folder holding meta.json>", "queries": ["q1", ...]}
// stdout: JSON array, one entry per query, as query.js prints them:
//         {"query": "q1", "results": [{"ref": "...", "score": 1.23}], "error": null, "files": n}
//         (files: how many data files the query fetched, meta.json not counted).
'use strict'

const path = require('path')
const lunr = require('lunr')
const { readStdin } = require('./read-stdin')
const { countingFetch } = require('./counting-fetch')
const engine = require('../../theme/assets/js/search-engine.js')(lunr)

const input = JSON.parse(readStdin())
const fetched = countingFetch()

async function main () {
  const index = await engine.ShardedIndex.load(path.join(input.dir, 'meta.json'), fetched.fetchJson)
  const output = []
  for (const query of input.queries) {
    fetched.files = 0
    index.files = Object.create(null) // each query starts cold, so files counts what a first query fetches
    index.postings = new Map()
    index.shardTerms = Object.create(null)
    index.bucketTerms = Object.create(null)
    try {
      const results = await index.search(query)
      const rows = await index.describe(results)
      output.push({ query, results: results.map((r, i) => ({ ref: rows[i].ref, score: r.score })), error: null, files: fetched.files })
    } catch (e) {
      output.push({ query, results: [], error: String(e && e.message ? e.message : e), files: fetched.files })
    }
  }
  process.stdout.write(JSON.stringify(output))
}

main().catch((e) => { process.stderr.write(String(e && e.stack ? e.stack : e) + '\n'); process.exit(1) })
