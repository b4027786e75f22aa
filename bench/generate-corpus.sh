#!/usr/bin/env bash
# Writes the benchmark corpora under bench/corpora/ (see generate-corpus.py --help).
exec python3 "$(dirname "${BASH_SOURCE[0]}")/generate-corpus.py" "$@"
