#!/usr/bin/env bash
# mpi_test.sh MPI_EXE CLI_EXE SRC SHARED — storyloom-mpi gives, for any
# number of ranks, exactly the concatenation of `storyloom digest` on each
# path, in path order; exit codes combine as documented.  With --stories it
# gives exactly the output, diagnostics and exit code of `storyloom stories`
# with the same options, for 1, 2 and 3 ranks.
set -u
mpi=$1 cli=$2 src=$3 shared=$4
command -v mpirun >/dev/null || { echo "SKIPPED: mpirun not installed"; exit 77; }
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 OMPI_MCA_rmaps_base_oversubscribe=1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
paths=("$src/examples/ferry-strike" "$src/tests/data/ingest")
[ -d "$shared/seeds" ] && paths+=("$shared/seeds")
: >"$tmp/want"
for p in "${paths[@]}"; do "$cli" digest -q --format json "$p" >>"$tmp/want"; done
for n in 1 2 3; do
  timeout 120 mpirun -n $n "$mpi" -q --format json "${paths[@]}" >"$tmp/got$n" 2>"$tmp/err$n"
  rc=$?
  [ $rc -le 1 ] && ok || { bad "mpirun -n $n exit $rc"; cat "$tmp/err$n" >&2; }
  cmp -s "$tmp/want" "$tmp/got$n" && ok || bad "-n $n output differs from sequential digests"
done
: >"$tmp/empty.txt"
timeout 60 mpirun -n 2 "$mpi" -q "$src/examples/ferry-strike" "$tmp/empty.txt" >/dev/null 2>&1
[ $? -eq 3 ] && ok || bad "a story with no usable input gives exit 3"
# --stories: the stream clustered on every rank, the stories shared out
# among the ranks by size; output, stderr and exit code those of `storyloom stories`.
streams=("$src/tests/data/cluster/stream.jsonl")
[ -f "$shared/eval/cluster/basil.jsonl" ] && streams+=("$shared/eval/cluster/basil.jsonl")
same_as_stories() { # label options... (after the options: the paths)
  local label=$1; shift
  "$cli" stories "$@" >"$tmp/sw" 2>"$tmp/swe"; local want=$?
  for n in ${ranks:-1 2 3}; do
    timeout 120 mpirun -n $n "$mpi" --stories "$@" >"$tmp/sg" 2>"$tmp/sge"
    local rc=$?
    [ $rc -eq $want ] && ok || { bad "--stories $label -n $n: exit $rc, want $want"; cat "$tmp/sge" >&2; }
    cmp -s "$tmp/sw" "$tmp/sg" && ok || bad "--stories $label -n $n: output differs from storyloom stories"
    cmp -s "$tmp/swe" "$tmp/sge" && ok || bad "--stories $label -n $n: diagnostics differ (want them once)"
  done
}
for f in text json; do same_as_stories "stream $f" --format $f "${streams[0]}"; done
for f in md tsv; do ranks=2 same_as_stories "stream $f" --format $f "${streams[0]}"; done
ranks=3 same_as_stories "stream md --no-digest" --format md --no-digest "${streams[0]}"
for s in "${streams[@]:1}"; do
  for f in text json; do same_as_stories "$(basename "$s") $f" --format $f "$s"; done
done
# The stream really has several stories, each with a digest, and the
# gathered JSON is one document with the three hand-annotated stories.
timeout 120 mpirun -n 3 "$mpi" --stories --format json "${streams[0]}" >"$tmp/sj" 2>/dev/null
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["stories"] == 3 == len(d["list"]) and d["articles"] == 8, d["stories"]
assert all("digest" in s for s in d["list"])
' "$tmp/sj" && ok || bad "--stories -n 3 json: one document, 3 stories with digests"
# Options of `storyloom stories`, -o FILE, two files as one stream.
head -n 3 "${streams[0]}" >"$tmp/b1.jsonl"
tail -n +4 "${streams[0]}" >"$tmp/b2.jsonl"
ranks=3 same_as_stories "two files, --threshold" --threshold 0.3 --window 2 "$tmp/b1.jsonl" "$tmp/b2.jsonl"
timeout 60 mpirun -n 2 "$mpi" --stories -q -o "$tmp/so" "${streams[0]}" >"$tmp/sstdout" 2>/dev/null
"$cli" stories -q "${streams[0]}" >"$tmp/sw2"
cmp -s "$tmp/so" "$tmp/sw2" && [ ! -s "$tmp/sstdout" ] && ok || bad "--stories -o FILE"
# A warning (an article without a date) is reported once, as by stories.
{ cat "${streams[0]}"; echo '{"id": "undated", "title": "Ferry crews vote", "source": "Test", "text": "Ferry crews on the Lindholm crossing voted again."}'; } >"$tmp/undated.jsonl"
ranks=3 same_as_stories "undated article" "$tmp/undated.jsonl"
grep -q . "$tmp/swe" && ok || bad "the undated article gives a warning"
# Exit codes: no usable input 3, bad options 2, html refused 2 (stderr not
# compared: mpirun adds its own lines when a rank exits non-zero).
timeout 60 mpirun -n 2 "$mpi" --stories -q "$tmp/empty.txt" >/dev/null 2>&1
[ $? -eq 3 ] && ok || bad "--stories: no usable input gives exit 3"
timeout 60 mpirun -n 2 "$mpi" --stories --threshold 2 "${streams[0]}" >/dev/null 2>&1
[ $? -eq 2 ] && ok || bad "--stories --threshold 2 gives exit 2"
timeout 60 mpirun -n 2 "$mpi" --stories --format html "${streams[0]}" >/dev/null 2>&1
[ $? -eq 2 ] && ok || bad "--stories --format html gives exit 2"
echo "mpi_test: $pass passed, $fail failed"
[ $fail -eq 0 ]
