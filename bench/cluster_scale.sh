#!/usr/bin/env bash
# cluster_scale.sh [BUILD] [DIR] [SIZES...] — speed, memory and scaling of
# the clusterer on synthetic streams of 100k, 300k and 1M articles
# (tools/gen_stream.py, seed 1, 10,000 articles a day).  Streams are written
# to DIR (default /tmp/storyloom-streams; 1M articles take ~3 GB) and reused
# when present.  Not run by ctest: the 1M run takes minutes on a shared machine.
set -eu
build=${1:-build}
dir=${2:-/tmp/storyloom-streams}
shift 2 2>/dev/null || true
sizes=${*:-100000 300000 1000000}
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$dir"
for n in $sizes; do
  f=$dir/stream_$n.jsonl
  [ -s "$f" ] || python3 "$src/tools/gen_stream.py" -n "$n" --seed 1 -o "$f"
  echo "== $n articles"
  "$build/bench/bench_cluster" "$f"
done
