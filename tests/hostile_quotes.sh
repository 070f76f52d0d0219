#!/bin/sh
# Hostile-input timing for `storyloom quotes`: one paragraph (one sentence,
# no full stop) of N copies of UNIT, timed as the median of 3 runs.
#   tests/hostile_quotes.sh build/storyloom '"a "b "c" ' 1000 10000 100000
# Prints "N seconds" per size; used for the figures in docs/quotes-history.md (Speed, passes one to eleven).
set -eu
exe=$1 unit=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in "$@"; do
  { printf ' date 2024-01-02 '; i=0; while [ $i -lt "$n" ]; do printf '%s' "$unit"; i=$((i + 1)); done; echo; } >"$tmp/in.txt"
  for r in 1 2 3; do
    /usr/bin/time -f %e -o "$tmp/t$r" "$exe" quotes "$tmp/in.txt" >/dev/null
  done
  printf '%s %s\n' "$n" "$(cat "$tmp/t1" "$tmp/t2" "$tmp/t3" | sort -n | sed -n 2p)"
done
