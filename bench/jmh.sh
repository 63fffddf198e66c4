#!/usr/bin/env bash
# JMH microbenchmarks of resurface's hot paths (bench/jmh), short settings by default; a Markdown table is
# printed and written to bench/results-jmh.md (or --out FILE). Same as `bench/bench.py --jmh-only ...`.
#   bench/jmh.sh                                   # -f 1 -wi 3 -i 5 -w 1s -r 1s
#   bench/jmh.sh --jmh-args='-f 3 -wi 5 -i 10'     # longer, for figures worth quoting
exec python3 "$(dirname "${BASH_SOURCE[0]}")/bench.py" --jmh-only "$@"
