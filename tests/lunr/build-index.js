#!/usr/bin/env node
// Builds a lunr 2.3.9 index the way StaticReader's C# LunrIndexBuilder does and
// prints lunr's own serialization (JSON.stringify(idx)) on stdout.
//
// stdin:  JSON array of {"ref","title","aliases","summary","body"} documents.
// stdout: the serialized index.
// The pipeline is lunr's with its trimmer replaced by the theme's cjkTrimmer (Han, Hiragana and Katakana
// runs as bigrams; every other token exactly as lunr's trimmer leaves it); LUNR_PLAIN=1 keeps lunr's own.
// With LUNR_TIMING=1 the time spent in lunr (building and stringifying, not
// reading or parsing stdin) is printed on stderr as JSON: wall-clock milliseconds,
// and the process's CPU milliseconds for the build.
'use strict'

const lunr = require('lunr')
const { readStdin } = require('./read-stdin')
// StaticReader's one change to lunr's analysis: Chinese and Japanese runs as bigrams (the theme's engine).
const engine = require('../../theme/assets/js/search-engine.js')(lunr)

const documents = JSON.parse(readStdin())

const started = process.hrtime.bigint()
const startedCpu = process.cpuUsage()
const idx = lunr(function () {
  this.ref('ref')
  this.field('title', { boost: 10 })
  this.field('aliases', { boost: 5 })
  this.field('summary', { boost: 2 })
  this.field('body', { boost: 1 })
  if (process.env.LUNR_PLAIN !== '1') {
    this.pipeline.reset()
    this.pipeline.add(engine.cjkTrimmer, lunr.stopWordFilter, lunr.stemmer)
  }
  for (const doc of documents) this.add(doc)
})
const built = process.hrtime.bigint()
const builtCpu = process.cpuUsage(startedCpu)
const json = JSON.stringify(idx)
const serialized = process.hrtime.bigint()

process.stdout.write(json)
if (process.env.LUNR_TIMING === '1') {
  process.stderr.write(JSON.stringify({
    buildMs: Number(built - started) / 1e6,
    buildCpuMs: (builtCpu.user + builtCpu.system) / 1e3,
    stringifyMs: Number(serialized - built) / 1e6
  }) + '\n')
}
