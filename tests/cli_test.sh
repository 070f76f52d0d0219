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

echo "cli_test: $pass passed, $fail failed"
[ $fail -eq 0 ]
