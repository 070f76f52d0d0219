#!/usr/bin/env bash
# compare_report.sh EXE SRC [SHARED] — `storyloom report`: HTML by default, written
# with -o, self-contained; --format still wins.  Prints "N passed, N failed".
set -u
exe=$1 src=$2 shared=${3:-}
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
t() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1" >&2; fi; }

"$exe" report -q "$src/examples/ferry-strike" -o "$tmp/story.html"; rc=$?
t "report exits 0 ($rc)" '[ $rc -eq 0 ]'
t "writes an HTML page" 'head -c 15 "$tmp/story.html" | grep -q "<!DOCTYPE html>"'
t "page ends" 'tail -n 1 "$tmp/story.html" | grep -q "</html>"'
t "no script" '! grep -qi "<script" "$tmp/story.html"'
t "no external resource" '! grep -Eqi "(src|href)=\"(https?:)?//|<link|@import|url\(" "$tmp/story.html"'
t "coverage section" 'grep -q "id=\"coverage\"" "$tmp/story.html"'
if command -v python3 >/dev/null; then
  t "well-formed, self-contained" 'python3 "$src/tests/compare_html_check.py" "$tmp/story.html" >&2'
  if [ -n "$shared" ] && [ -d "$shared/seeds" ]; then
    "$exe" report -q "$shared/seeds" -o "$tmp/seeds.html"
    t "seeds page well-formed" 'python3 "$src/tests/compare_html_check.py" "$tmp/seeds.html" >&2'
  fi
fi
"$exe" report -q --format md "$src/examples/ferry-strike" >"$tmp/out.md"; rc=$?
t "--format md wins ($rc)" '[ $rc -eq 0 ] && head -n 1 "$tmp/out.md" | grep -q "^# "'
"$exe" report -q "$src/examples/ferry-strike" >"$tmp/out.html"
t "stdout is HTML too" 'grep -q "<html lang=\"en\">" "$tmp/out.html"'
"$exe" report -q -- "$src/examples/ferry-strike" >"$tmp/dash.html"; rc=$?
t "paths after -- ($rc)" '[ $rc -eq 0 ] && grep -q "<!DOCTYPE html>" "$tmp/dash.html"'
echo "compare_report: $pass passed, $fail failed"
[ $fail -eq 0 ]
