#!/usr/bin/env node
// Builds a lunr 2.3.9 index the way StaticReader's C# LunrIndexBuilder does and
// prints lunr's own serialization (JSON.stringify(idx)) on stdout.
//
// stdin:  JSON array of {"ref","title","aliases","summary","body"} documents.
// stdout: the serialized index.
// With LUNR_TIMING=1 the time spent in lunr (building and stringifying, not
// reading or parsing stdin) is printed on stderr as JSON: wall-clock milliseconds,
// and the process's CPU milliseconds for the build.
'use strict'

const lunr = require('lunr')
const { readStdin } = require('./read-stdin')

const documents = JSON.parse(readStdin())

const started = process.hrtime.bigint()
const startedCpu = process.cpuUsage()
const idx = lunr(function () {
  this.ref('ref')
  this.field('title', { boost: 10 })
  this.field('aliases', { boost: 5 })
  this.field('summary', { boost: 2 })
  this.field('body', { boost: 1 })
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
