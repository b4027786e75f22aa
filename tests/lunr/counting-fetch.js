'use strict'
const fs = require('fs')

// A fetchJson for ShardedIndex.load that reads the index's files from disk and counts them, so a proof can say how
// many files a query or an expansion needed (reset `files` before each one).
exports.countingFetch = function countingFetch () {
  const counter = { files: 0 }
  counter.fetchJson = (url) => new Promise((resolve, reject) => {
    counter.files++
    fs.readFile(url, 'utf8', (error, text) => error ? reject(error) : resolve(JSON.parse(text)))
  })
  return counter
}
