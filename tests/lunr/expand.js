#!/usr/bin/env node
// Expands query terms two ways, to prove the sharded client's expansion (theme/assets/js/search-engine.js,
// ShardedIndex.prototype.expand, reading a folder of sharded search data from disk) equals lunr's own:
// lunr.Index.load(index).tokenSet.intersect(lunr.TokenSet.fromClause(clause)).toArray(), order included.
//
// stdin:  JSON {"index": <serialized lunr index>, "dir": "<folder holding meta.json>",
//               "clauses": [{"term": "con*"}, {"term": "reactor", "editDistance": 1}, ...]}
// stdout: JSON array, one entry per clause: {"lunr": [...], "sharded": [...], "files": n}
//         (files: how many data files the sharded expansion fetched from a cold cache, meta.json not counted).
'use strict'

const path = require('path')
const lunr = require('lunr')
const { readStdin } = require('./read-stdin')
const { countingFetch } = require('./counting-fetch')
const engine = require('../../theme/assets/js/search-engine.js')(lunr)

const input = JSON.parse(readStdin())
const tokenSet = lunr.Index.load(input.index).tokenSet
const fetched = countingFetch()

async function main () {
  const index = await engine.ShardedIndex.load(path.join(input.dir, 'meta.json'), fetched.fetchJson)
  const output = []
  for (const given of input.clauses) {
    const clause = Object.assign({ fields: index.fields, boost: 1, usePipeline: false }, given)
    fetched.files = 0
    index.files = Object.create(null)
    index.postings = new Map()
    index.shardTerms = Object.create(null)
    index.bucketTerms = Object.create(null)
    const sharded = await index.expand(clause)
    const files = fetched.files
    // Every expanded term must come with its postings, as the scoring needs them.
    const missing = sharded.filter((t) => !index.postings.has(t))
    if (missing.length) throw new Error(`no postings loaded for ${missing.join(', ')} (${clause.term})`)
    const expected = tokenSet.intersect(lunr.TokenSet.fromClause(clause)).toArray()
    output.push({ lunr: expected, sharded, files })
  }
  process.stdout.write(JSON.stringify(output))
}

main().catch((e) => { process.stderr.write(String(e && e.stack ? e.stack : e) + '\n'); process.exit(1) })
