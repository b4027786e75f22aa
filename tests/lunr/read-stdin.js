'use strict'
const fs = require('fs')

// Reads all of stdin as UTF-8 text.
exports.readStdin = function readStdin () {
  return fs.readFileSync(0, 'utf8')
}
