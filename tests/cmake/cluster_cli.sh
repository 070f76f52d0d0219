#!/usr/bin/env bash
# cluster_cli.sh EXE SRC SHARED — `storyloom stories` and `storyloom eval
# cluster` on the command line: formats, exit codes, bad input.
set -u
exe=$1 src=$2 shared=$3
data=$src/tests/data/cluster
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
expect_exit() { # want cmd...
  local want=$1; shift
  "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?
  if [ "$rc" -eq "$want" ]; then ok; else bad "exit $rc (want $want): $*"; cat "$tmp/err" >&2; fi
}

# TSV on the hand-annotated stream: one line per article, ids and S<n> labels.
expect_exit 0 "$exe" stories --no-digest --format tsv "$data/stream.jsonl"
cp "$tmp/out" "$tmp/pred.tsv"
[ "$(wc -l <"$tmp/pred.tsv")" -eq 8 ] && ok || bad "8 tsv lines"
grep -qvP '^[a-z0-9-]+\tS[0-9]+$' "$tmp/pred.tsv" && bad "tsv line format" || ok
# ... which agree with the hand annotation (three stories).
expect_exit 0 "$exe" eval cluster "$tmp/pred.tsv" "$data/stream.gold.tsv"
grep -q 'pairwise  P 1.0000  R 1.0000  F1 1.0000' "$tmp/out" && ok || bad "pairwise F1 1 on the test stream"
expect_exit 0 "$exe" eval cluster --json "$tmp/pred.tsv" "$data/stream.gold.tsv"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["bcubed"]["f1"] == 1.0 and d["articles"] == 8' "$tmp/out" && ok || bad "eval --json"
# Same output when the articles come in as two files (two batches, one run).
head -n 3 "$data/stream.jsonl" >"$tmp/b1.jsonl"
tail -n +4 "$data/stream.jsonl" >"$tmp/b2.jsonl"
expect_exit 0 "$exe" stories --no-digest --format tsv "$tmp/b1.jsonl" "$tmp/b2.jsonl"
cmp -s "$tmp/out" "$tmp/pred.tsv" && ok || bad "two files give the stories of one"
# ... in any order: the input is one batch, a set (docs/cluster.md, "Input order").
expect_exit 0 "$exe" stories --no-digest --format tsv "$tmp/b2.jsonl" "$tmp/b1.jsonl"
cmp -s "$tmp/out" "$tmp/pred.tsv" && ok || bad "the two files in the other order give the same stories"
tac "$data/stream.jsonl" >"$tmp/rev.jsonl"
expect_exit 0 "$exe" stories --no-digest --format tsv "$tmp/rev.jsonl"
cmp -s "$tmp/out" "$tmp/pred.tsv" && ok || bad "the stream reversed gives the same stories"

# Text: stories with headline, dates, outlets and the re-run line.
expect_exit 0 "$exe" stories --no-digest "$data/stream.jsonl"
grep -q '^== S1: Ferry crews walk out over rota changes' "$tmp/out" && ok || bad "headline"
grep -q '2024-03-04 .. 2024-03-07, 4 articles (3 sources)' "$tmp/out" && ok || bad "dates and counts"
grep -q 're-run: ferry-2 (Island Voice) by Coastal Wire (ferry-2-wire)' "$tmp/out" && ok || bad "re-run line"
# With digests, and JSON that parses and carries the duplicate marks.
expect_exit 0 "$exe" stories "$data/stream.jsonl"
grep -q 'Lindholm' "$tmp/out" && ok || bad "digest text"
expect_exit 0 "$exe" stories --format json "$data/stream.jsonl"
python3 - "$tmp/out" <<'PY' && ok || bad "stories json"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["stories"] == 3 and d["articles"] == 8
s = d["list"][0]
assert s["size"] == 4 and s["sources"] == 3 and "digest" in s
dups = {a["id"]: a["duplicate_of"] for a in s["articles"]}
assert dups["ferry-2-wire"] == "ferry-2" and dups["ferry-1"] is None
PY

# Exit codes and bad input.
expect_exit 0 "$exe" stories --help
expect_exit 2 "$exe" stories
expect_exit 2 "$exe" stories --threshold 2 "$data/stream.jsonl"
expect_exit 2 "$exe" stories --window abc "$data/stream.jsonl"
expect_exit 2 "$exe" stories --format html "$data/stream.jsonl"
expect_exit 3 "$exe" stories "$tmp/does-not-exist"
expect_exit 2 "$exe" eval cluster "$tmp/pred.tsv"
expect_exit 3 "$exe" eval cluster "$tmp/pred.tsv" "$tmp/does-not-exist"
printf 'a\tS1\na\tS2\n' >"$tmp/dup.tsv"
expect_exit 3 "$exe" eval cluster "$tmp/dup.tsv" "$data/stream.gold.tsv"
grep -q 'dup.tsv:2: .*twice' "$tmp/err" && ok || bad "duplicate id named with its line"
head -n 5 "$tmp/pred.tsv" >"$tmp/part.tsv"
expect_exit 1 "$exe" eval cluster "$tmp/part.tsv" "$data/stream.gold.tsv"
# Duplicate ids, undated and empty articles: messages, the rest clustered.
{
  cat "$data/stream.jsonl"
  head -n 1 "$data/stream.jsonl"
  echo '{"id": "nodate", "title": "Lindholm ferry crews", "text": "Ferry crews on the Lindholm crossing walked out."}'
} >"$tmp/bad.jsonl"
# (The readers keep a repeated id as "ID#2"; stories says so, and the copy
# is marked as a re-run of the first.)
expect_exit 0 "$exe" stories --no-digest --format tsv "$tmp/bad.jsonl"
grep -q "duplicate id 'ferry-1': the later article is kept as 'ferry-1#2'" "$tmp/err" && ok || bad "duplicate id message"
grep -q "'nodate' has no date" "$tmp/err" && ok || bad "undated warning"
[ "$(wc -l <"$tmp/out")" -eq 10 ] && ok || bad "8 articles + the repeated + the undated one clustered"
expect_exit 0 "$exe" stories --no-digest "$tmp/bad.jsonl"
grep -q 're-run: ferry-1 (Harbour Gazette) by Harbour Gazette (ferry-1#2)' "$tmp/out" && ok || bad "repeated article marked as a re-run"
expect_exit 1 "$exe" stories --require-dates --no-digest --format tsv "$tmp/bad.jsonl"
grep -q nodate "$tmp/out" && bad "--require-dates rejects undated" || ok

echo "cluster_cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
