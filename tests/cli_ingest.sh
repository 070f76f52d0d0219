#!/usr/bin/env bash
# cli_ingest.sh EXE SRC SHARED — exit codes and messages of the CLI for the
# input readers: formats, bad input, directories, stdin.  Prints
# "N passed, N failed".  Exit codes: 0 all ok, 1 some input skipped,
# 2 usage, 3 nothing usable, 4 internal.
set -u
exe=$1 src=$2 shared=${3:-}
data=$src/tests/data/ingest
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
# expect_exit WANT CMD...: runs CMD, stdout in $tmp/out, stderr in $tmp/err.
expect_exit() {
  local want=$1; shift
  "$@" >"$tmp/out" 2>"$tmp/err"; local rc=$?
  if [ "$rc" -eq "$want" ]; then ok; else bad "exit $rc (want $want): $*"; cat "$tmp/err" >&2; fi
}
# err_has PATTERN WHAT: stderr of the last command matches the fixed string.
err_has() { if grep -qF -- "$1" "$tmp/err"; then ok; else bad "$2: no '$1' in stderr"; cat "$tmp/err" >&2; fi; }
err_lacks() { if grep -qF -- "$1" "$tmp/err"; then bad "$2: '$1' in stderr"; else ok; fi; }

good="$data/dir/10_harbour_gazette.txt"

# Formats, all clean: exit 0.
expect_exit 0 "$exe" summarize "$good"
expect_exit 0 "$exe" summarize "$data/dir"
err_lacks "hidden" "hidden files are not read"
expect_exit 0 "$exe" summarize --date 2024-01-01 "$data/news.multinews"
err_lacks "no date" "--date silences the no-date warning"

# Undated text: a warning, still exit 0; with --require-dates nothing is usable.
printf 'The council met on Monday and approved the budget for the year.\n' >"$tmp/plain.txt"
expect_exit 0 "$exe" summarize "$tmp/plain.txt"
err_has "plain.txt: warning: no date" "undated text warned"
expect_exit 3 "$exe" summarize --require-dates "$tmp/plain.txt"
expect_exit 1 "$exe" summarize --require-dates "$tmp/plain.txt" "$good"

# JSON Lines with a malformed line between good ones: exit 1, file:line named.
expect_exit 1 "$exe" summarize "$data/mixed.jsonl"
err_has "mixed.jsonl:2: skipped: malformed JSON" "malformed line named"
grep -qF "first good line" "$tmp/out" && grep -qF "third line" "$tmp/out" && ok ||
  bad "both good lines used"
# A cluster line with one doc lacking text: exit 1.
expect_exit 1 "$exe" summarize "$data/cluster.jsonl"
err_has "cluster.jsonl:1: skipped: document 3" "bad doc named"
# Forced format: the JSONL file read as one text article, no JSON errors.
expect_exit 0 "$exe" summarize --input-format text --date 2024-01-01 "$data/mixed.jsonl"
err_lacks "malformed" "forced text format"

# A pretty-printed JSON array of articles (python's json.dump indent=2).
python3 -c '
import json
json.dump([{"id": "p1", "date": "2024-03-01", "text": "The bridge reopened on Friday after repairs."},
           {"id": "p2", "date": "2024-03-02", "text": "Traffic on the bridge was light on Saturday."}],
          open("'"$tmp"'/pretty.json", "w"), indent=2)'
expect_exit 0 "$exe" summarize "$tmp/pretty.json"
grep -qF "bridge" "$tmp/out" && ok || bad "pretty JSON read"

# Binary input: alone nothing is usable (3); next to a good file, exit 1.
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10' >"$tmp/pic.png"
expect_exit 3 "$exe" summarize "$tmp/pic.png"
err_has "pic.png: skipped: binary file" "binary named"
expect_exit 1 "$exe" summarize "$tmp/pic.png" "$good"
# An endless binary source is abandoned after the sniff window, not read forever.
if [ -c /dev/zero ]; then expect_exit 3 timeout 20 "$exe" summarize /dev/zero; fi

# Empty and whitespace-only files.
: >"$tmp/empty.txt"
printf '  \n\n\t \n' >"$tmp/blank.txt"
expect_exit 3 "$exe" summarize "$tmp/empty.txt" "$tmp/blank.txt"
err_has "empty.txt: skipped: empty file" "empty file named"
err_has "blank.txt: skipped: empty file" "blank file named"
expect_exit 1 "$exe" summarize "$good" "$tmp/blank.txt"

# Invalid UTF-8 on line 3: repaired with a warning naming line 3; exit 0.
printf ' date 2024-01-02 First line of the article.\n\nThe mayor said \xff\xfe the plan works.\n' >"$tmp/bad8.txt"
expect_exit 0 "$exe" summarize "$tmp/bad8.txt"
err_has "bad8.txt:3: warning: invalid UTF-8" "utf8 line named"

# Missing paths and directories.
expect_exit 3 "$exe" summarize "$tmp/missing.txt"
err_has "missing.txt" "missing file named"
err_has "No such file" "strerror in message"
expect_exit 1 "$exe" summarize "$good" "$tmp/missing.txt"
mkdir "$tmp/emptydir"
expect_exit 3 "$exe" summarize "$tmp/emptydir"
# A directory with a dangling link and a FIFO next to a good file: exit 1.
mkdir "$tmp/odd"
cp "$good" "$tmp/odd/a.txt"
ln -s "$tmp/nowhere" "$tmp/odd/link.txt"
mkfifo "$tmp/odd/pipe"
expect_exit 1 "$exe" summarize "$tmp/odd"
err_has "link.txt: skipped: cannot open: No such file" "dangling link with strerror"
err_has "pipe: skipped: not a regular file" "fifo named"

# stdin: seed and JSON Lines, and "-" with nothing usable.
expect_exit 0 "$exe" summarize - <"$good"
grep -qF "harbour board" "$tmp/out" && ok || bad "stdin seed read"
expect_exit 1 "$exe" summarize - <"$data/mixed.jsonl"
err_has "<stdin>:2: skipped: malformed JSON" "stdin line named"
expect_exit 3 "$exe" summarize - </dev/null
err_has "<stdin>: skipped: empty file" "empty stdin"
# Big stdin through the chunked reader (several 64 KB reads).
python3 -c '
import json, sys
for i in range(3000):
    sys.stdout.write(json.dumps({"id": "n%d" % i, "date": "2024-02-01",
        "text": "Article %d says the ferry council met on Monday about the harbour plan." % i}) + "\n")
' >"$tmp/big.jsonl"
expect_exit 0 "$exe" summarize - <"$tmp/big.jsonl"
# Usage errors stay 2.
expect_exit 2 "$exe" summarize --input-format xml "$good"

# Shared data, when present: the seeds read cleanly.
if [ -n "$shared" ] && [ -d "$shared/seeds" ]; then
  expect_exit 0 "$exe" summarize "$shared/seeds"
  err_lacks "skipped" "seeds read without skips"
fi

echo "cli_ingest: $pass passed, $fail failed"
[ $fail -eq 0 ]
