#!/usr/bin/env node
// Runs single functions of lunr 2.3.9 and of JavaScript itself, for StaticReader's unit tests.
//
// stdin:  JSON {"op": "<operation>", "inputs": [...]}
// stdout: JSON array, one result per input (or, for table operations, the table):
//   "stem"          strings -> lunr.stemmer alone
//   "pipeline"      strings -> the index terms StaticReader's lunr builder makes of the string
//                   (tokenizer, then cjkTrimmer, stopWordFilter, stemmer)
//   "plainPipeline" strings -> the same with lunr's own trimmer
//   "lowerCase"     strings -> String.prototype.toLowerCase
//   "highlightStem" words -> [core, stem]: the word trimmed as the theme's highlighter trims it, and the theme's stem
//                   of that core (null when nothing is left)
//   "log"           numbers -> Math.log
//   "stringify"     numbers -> JSON.stringify of the number
//   "lowerCaseTable"   (no inputs) -> [[codePoint, lowerCased], ...] for every code point that
//                   toLowerCase changes on its own
//   "caseContextTable" (no inputs) -> [[first, last, class], ...] runs over 0..0x10FFFF, with
//                   class "i" (case-ignorable), "c" (cased, not case-ignorable) or "n" (neither)
//                   as toLowerCase's Final_Sigma rule sees the code point
'use strict'

const lunr = require('lunr')
const { readStdin } = require('./read-stdin')

const engine = require('../../theme/assets/js/search-engine.js')(lunr)

// StaticReader's pipeline: lunr's, with the trimmer replaced by the theme's cjkTrimmer (see build-index.js).
const pipeline = new lunr.Pipeline()
pipeline.add(engine.cjkTrimmer, lunr.stopWordFilter, lunr.stemmer)
const plainPipeline = new lunr.Pipeline()
plainPipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer)

function caseContextClass (cp) {
  const x = String.fromCodePoint(cp)
  // "ΑxΣ" ends in a final sigma when x is case-ignorable or cased;
  // "ΑΣx" keeps a medial sigma when x is cased and not case-ignorable.
  const before = ('\u0391' + x + '\u03A3').toLowerCase().endsWith('\u03C2')
  const medial = ('\u0391\u03A3' + x).toLowerCase().charAt(1) === '\u03C3'
  if (medial) return 'c'
  return before ? 'i' : 'n'
}

const operations = {
  stem: (inputs) => inputs.map((w) => lunr.stemmer(new lunr.Token(w)).toString()),
  pipeline: (inputs) => inputs.map((s) => pipeline.run(lunr.tokenizer(s)).map((t) => t.toString())),
  plainPipeline: (inputs) => inputs.map((s) => plainPipeline.run(lunr.tokenizer(s)).map((t) => t.toString())),
  lowerCase: (inputs) => inputs.map((s) => s.toLowerCase()),
  highlightStem: (inputs) => inputs.map((w) => {
    const core = w.replace(/^\W*/, '').replace(/\W+$/, '')
    return core ? [core, engine.stem(core)] : null
  }),
  log: (inputs) => inputs.map((x) => Math.log(x)),
  stringify: (inputs) => inputs.map((x) => JSON.stringify(x)),
  lowerCaseTable: () => {
    const table = []
    for (let cp = 0; cp <= 0x10FFFF; cp++) {
      const s = String.fromCodePoint(cp)
      const lower = s.toLowerCase()
      if (lower !== s) table.push([cp, lower])
    }
    return table
  },
  caseContextTable: () => {
    const runs = []
    for (let cp = 0; cp <= 0x10FFFF; cp++) {
      const cls = caseContextClass(cp)
      const last = runs[runs.length - 1]
      if (last && last[2] === cls && last[1] === cp - 1) last[1] = cp
      else runs.push([cp, cp, cls])
    }
    return runs
  }
}

const request = JSON.parse(readStdin())
const operation = operations[request.op]
if (!operation) {
  process.stderr.write('unknown op: ' + request.op + '\n')
  process.exit(2)
}
process.stdout.write(JSON.stringify(operation(request.inputs || [])))
