#!/usr/bin/env bash
# cli_test.sh EXE SRC SHARED — command-line behaviour: exit codes, stdin,
# bad input, help.  Prints "N passed, N failed".
set -u
exe=$1 src=$2 shared=$3
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

expect_exit 0 "$exe" --help
grep -q 'Exit status' "$tmp/out" && ok || bad "--help lists exit codes"
expect_exit 0 "$exe" --version
expect_exit 2 "$exe"
expect_exit 2 "$exe" frobnicate
expect_exit 2 "$exe" digest --words
expect_exit 2 "$exe" digest --format pdf "$src/examples"
expect_exit 2 "$exe" digest
expect_exit 0 "$exe" digest "$src/examples"
expect_exit 0 "$exe" digest --format json "$src/examples"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/out" && ok || bad "json parses"

# -j N: the digest's parts on N threads, the same output for any N (and a
# usage error for 0 or a word)
cp "$tmp/out" "$tmp/j-default.json"
for j in 1 2 5; do
  expect_exit 0 "$exe" digest -j "$j" --format json "$src/examples"
  cmp -s "$tmp/out" "$tmp/j-default.json" && ok || bad "digest -j $j differs from the default"
done
if [ -d "$shared/seeds" ]; then
  "$exe" digest -j 1 --format json "$shared/seeds" >"$tmp/j1.json" 2>/dev/null
  "$exe" digest -j 3 --format json "$shared/seeds" >"$tmp/j3.json" 2>/dev/null
  [ -s "$tmp/j1.json" ] && cmp -s "$tmp/j1.json" "$tmp/j3.json" && ok || bad "seeds: digest -j 3 differs from -j 1"
fi
expect_exit 2 "$exe" digest -j 0 "$src/examples"
expect_exit 2 "$exe" digest --jobs many "$src/examples"

# stdin
printf ' date 2024-01-02 The council approved the budget on Monday. It takes effect in March.\n' >"$tmp/a.txt"
"$exe" summarize - <"$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && grep -q 'council approved' "$tmp/out" && ok || bad "stdin input ($rc)"

# nothing usable: empty file and missing file
: >"$tmp/empty.txt"
expect_exit 3 "$exe" digest "$tmp/empty.txt"
expect_exit 3 "$exe" digest "$tmp/does-not-exist"
grep -q 'does-not-exist' "$tmp/err" && ok || bad "missing file named in message"
# partial: one good file and one empty
expect_exit 1 "$exe" digest "$tmp/a.txt" "$tmp/empty.txt"
grep -q 'empty.txt' "$tmp/err" && ok || bad "skipped file named in message"

# invalid UTF-8 is repaired with a warning, the rest kept
printf ' date 2024-01-02 The mayor said \xff\xfe the plan works. Officials from three districts agreed with the new plan on Tuesday.\n' >"$tmp/bad.txt"
expect_exit 0 "$exe" summarize "$tmp/bad.txt"
grep -q 'bad.txt:1: warning: invalid UTF-8' "$tmp/err" && ok || bad "UTF-8 warning names file and line"
grep -q 'Officials from three districts' "$tmp/out" && ok || bad "rest of the text kept"

# store: ingest twice, the second adds nothing; digest reads the store
"$exe" ingest --db "$tmp/s.db" "$src/examples" 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && grep -q '5 of 5 articles added' "$tmp/err" && ok || bad "ingest --db ($rc)"
"$exe" ingest --db "$tmp/s.db" "$src/examples" 2>"$tmp/err"
grep -q '0 of 5 articles added' "$tmp/err" && ok || bad "re-ingest adds nothing"
"$exe" digest --db "$tmp/s.db" --format json >"$tmp/a.json" && "$exe" digest --format json "$src/examples" >"$tmp/b.json"
cmp -s "$tmp/a.json" "$tmp/b.json" && ok || bad "digest from store equals digest from files"
expect_exit 2 "$exe" ingest "$src/examples"

# store + the same paths: what the store holds is not counted twice
expect_exit 0 "$exe" digest --db "$tmp/s.db" "$src/examples"
head -n 1 "$tmp/out" | grep -q '^5 articles from' && ok || bad "store + same files: 5 articles ($(head -n 1 "$tmp/out"))"
grep -q '5 articles given are already in .*s.db' "$tmp/err" && ok || bad "already-stored count said"
"$exe" digest --db "$tmp/s.db" --format json "$src/examples" >"$tmp/c.json" 2>/dev/null
cmp -s "$tmp/a.json" "$tmp/c.json" && ok || bad "store + same files equals the store alone"

# store: one id, two texts, ingested in two runs (mon/story.txt, tue/story.txt)
mkdir -p "$tmp/mon" "$tmp/tue"
printf ' date 2024-09-02 The harbour crane inquiry opened on Monday at the port offices.\n' >"$tmp/mon/story.txt"
printf ' date 2024-09-03 The harbour crane inquiry was adjourned on Tuesday after testimony.\n' >"$tmp/tue/story.txt"
expect_exit 0 "$exe" ingest --db "$tmp/id.db" "$tmp/mon/story.txt"
expect_exit 0 "$exe" ingest --db "$tmp/id.db" "$tmp/tue/story.txt"
grep -q "tue/story.txt: warning: id 'story.txt' is already in the store with another text: stored as 'story.txt#2'" "$tmp/err" \
  && ok || bad "renamed id named with its file"
expect_exit 0 "$exe" ingest --db "$tmp/id.db" "$tmp/tue/story.txt"
grep -q '0 of 1 articles added' "$tmp/err" && ok || bad "renamed article recognised when ingested again"
expect_exit 0 "$exe" stories --db "$tmp/id.db" --no-digest --format tsv
[ "$(cut -f1 "$tmp/out" | sort | tr '\n' ' ')" = "story.txt story.txt#2 " ] && ok || bad "stories --db keeps both: $(cat "$tmp/out")"
"$exe" digest --db "$tmp/id.db" --format json >"$tmp/out" 2>/dev/null
python3 -c 'import json,sys; ids=[a["id"] for a in json.load(open(sys.argv[1]))["articles"]]; sys.exit(0 if sorted(ids)==["story.txt","story.txt#2"] else ids)' "$tmp/out" \
  && ok || bad "digest --db: unique ids"
# ... and given again on the command line, both are recognised
expect_exit 0 "$exe" stories --db "$tmp/id.db" --no-digest --format tsv "$tmp/tue/story.txt" "$tmp/mon/story.txt"
[ "$(wc -l <"$tmp/out")" -eq 2 ] && ok || bad "store + both files: 2 articles"
# a store written before ids were unique (two rows with one id) loads with unique ids
if python3 -c 'import sqlite3' 2>/dev/null; then
  python3 - "$tmp/id.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE articles SET id='story.txt' WHERE id='story.txt#2'")
db.commit()
PY
  expect_exit 0 "$exe" stories --db "$tmp/id.db" --no-digest --format tsv
  [ "$(cut -f1 "$tmp/out" | sort | tr '\n' ' ')" = "story.txt story.txt#2 " ] && ok || bad "old store: ids made unique on load"
  grep -q "id.db: warning: duplicate id 'story.txt' in the store: loaded as 'story.txt#2'" "$tmp/err" && ok || bad "old store: renaming said"
fi

# repeated ids in one input: the warning names file and line, in input order
printf '{"id":"k","date":"2024-09-02","text":"The inquiry opened on Monday."}\n{"id":"k","date":"2024-09-03","text":"The inquiry was adjourned on Tuesday."}\n{"id":"k","text":"Undated, this one."}\n' >"$tmp/k.jsonl"
expect_exit 0 "$exe" stories --no-digest --format tsv "$tmp/k.jsonl"
sed -n 1p "$tmp/err" | grep -q "k.jsonl:2: warning: duplicate id 'k': the later article is kept as 'k#2' (first at .*k.jsonl:1)" \
  && sed -n 2p "$tmp/err" | grep -q "k.jsonl:3: warning: duplicate id 'k': the later article is kept as 'k#3'" \
  && ok || bad "duplicate id warnings in input order with file and line: $(cat "$tmp/err")"

# --since only filters a store: without --db it is a usage error
expect_exit 2 "$exe" digest --since 2025-03-12 "$src/examples"
grep -q -- '--since only filters the articles of a store' "$tmp/err" && ok || bad "--since without --db explained"
expect_exit 2 "$exe" ingest --db "$tmp/s.db" --since 2025-03-12 "$src/examples"
expect_exit 0 "$exe" digest --db "$tmp/s.db" --since 2025-03-13

echo "cli_test: $pass passed, $fail failed"
[ $fail -eq 0 ]
