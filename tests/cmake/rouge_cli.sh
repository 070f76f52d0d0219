#!/usr/bin/env bash
# rouge_cli.sh — `storyloom eval rouge` from the outside: ROUGE-1.5.5 flags,
# the four input forms, --json, exit codes and messages on bad input.
# Usage: rouge_cli.sh STORYLOOM SHARED_DIR   (exit 77 = skipped)
set -u
exe=$(realpath "$1")
shared=$2
case_dir=$shared/eval/rouge-cases/tac2011
fail=0
check() { # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fail=1; fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Usage errors exit 2 with a message.
"$exe" eval rouge -q 2>"$tmp/err" >/dev/null; rc=$?
check "no input -> exit 2" test $rc -eq 2
"$exe" eval rouge -f C x.xml 2>"$tmp/err" >/dev/null; rc=$?
check "bad -f -> exit 2" test $rc -eq 2
check "bad -f message" grep -q -- "-f needs A or B" "$tmp/err"
"$exe" eval rouge -l 10 -b 10 x.xml 2>/dev/null >/dev/null; rc=$?
check "-l with -b -> exit 2" test $rc -eq 2
"$exe" eval rouge --help >"$tmp/out"; rc=$?
check "--help -> exit 0" test $rc -eq 0

# Folders with problems: named on stderr, the rest scored, exit 1.
mkdir -p "$tmp/sys/S1" "$tmp/sys/S2" "$tmp/ref"
printf 'the cat sat on the mat\n' >"$tmp/sys/S1/d1.txt"
printf 'a dog\n' >"$tmp/sys/S2/d1.txt"
printf '' >"$tmp/sys/S1/d2.txt"
printf 'x\n' >"$tmp/sys/S2/d9.txt"
printf 'the cat was on the mat\n' >"$tmp/ref/d1.A.txt"
printf 'the dog sat\n' >"$tmp/ref/d1.B.txt"
printf 'one two\n' >"$tmp/ref/d2.A.txt"
"$exe" eval rouge -n 2 -d "$tmp/sys" "$tmp/ref" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "folders with problems -> exit 1" test $rc -eq 1
check "empty summary named" grep -q "S1/d2.txt: empty summary" "$tmp/err"
check "unmatched id named" grep -q "S2/d9.txt: no reference" "$tmp/err"
check "missing summary reported" grep -q "system S2 has no summary for cluster d2" "$tmp/err"
# d1/S1 pooled over A and B: R-1 hits 5 + 2 (the, sat) of 6 + 3 -> 0.77778
check "S1 d1 scored" grep -q "^S1 ROUGE-1 Eval d1.S1 R:0.77778" "$tmp/out"
check "S2 scored too" grep -q "^S2 ROUGE-1 Average_R:" "$tmp/out"

# JSON Lines and --json.
printf '{"id":"a","system":"the cat","refs":["the cat","a cat"]}\n' >"$tmp/in.jsonl"
"$exe" eval rouge -n 1 --json "$tmp/in.jsonl" >"$tmp/out.json" 2>/dev/null; rc=$?
check "jsonl -> exit 0" test $rc -eq 0
check "json parses" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["systems"][0]["metrics"][0]["name"]=="ROUGE-1"; assert abs(d["systems"][0]["metrics"][0]["R"]-0.75)<1e-9' "$tmp/out.json"

# -z SPL file list (paths relative to the current folder).
(cd "$tmp" && printf 'sys/S1/d1.txt ref/d1.A.txt\n' >list.txt && "$exe" eval rouge -n 1 -z SPL list.txt MINE >out.z 2>/dev/null); rc=$?
check "-z SPL -> exit 0" test $rc -eq 0
check "-z SPL system id" grep -q "^MINE ROUGE-1 Average_R: 0.83333" "$tmp/out.z"

# Nothing to score: exit 3.
mkdir -p "$tmp/empty"
"$exe" eval rouge -n 1 "$tmp/empty" "$tmp/ref" >/dev/null 2>"$tmp/err"; rc=$?
check "no summaries -> exit 3" test $rc -eq 3

# The official configuration, one system, bundled flags (-mn 2 style).
if [ -d "$case_dir" ]; then
  (cd "$case_dir" && "$exe" eval rouge -e data -mn 2 -a -c 95 -r 1000 -f A -p 0.5 -t 0 -b 665 config.xml) >"$tmp/off" 2>/dev/null
  check "official bytes665 identical" cmp -s "$tmp/off" "$case_dir/official/bytes665.txt"
  (cd "$case_dir" && "$exe" eval rouge -n 2 -m -b 665 config.xml ID3) >"$tmp/one" 2>/dev/null
  check "single system from config" test "$(grep -c Average_R "$tmp/one")" -eq 3
  grep '^ID3 ' "$case_dir/official/bytes665.txt" >"$tmp/want3"
  grep '^ID3 ' "$tmp/one" >"$tmp/got3"
  check "single system values" cmp -s "$tmp/got3" "$tmp/want3"
else
  echo "SKIPPED: $case_dir absent (official comparison)"
fi
exit $fail
