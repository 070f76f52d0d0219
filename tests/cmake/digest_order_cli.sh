#!/usr/bin/env bash
# digest_order_cli.sh EXE SRC SHARED — the same files listed in another order
# give the same digest: every command, every format.  JSON is compared with
# its corpus numbers (`index`, `article`, coverage `articles`, which follow the
# order the files were read in) replaced by the article ids.  The project's
# example story; the shared seeds too when present.
set -u
exe=$1 src=$2 shared=$3
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }

# JSON with corpus numbers replaced by article ids (stdin -> stdout).
ids_for_numbers() {
  python3 -c '
import json, sys
t = json.load(sys.stdin)
def fix(d):
    ids = {a["index"]: a["id"] for a in d.get("articles", [])}
    def walk(o, key=None):
        if isinstance(o, dict):
            return {k: walk(v, k) for k, v in o.items()}
        if isinstance(o, list):
            if key == "articles" and all(isinstance(x, int) for x in o):
                return [ids[x] for x in o]
            return [walk(v) for v in o]
        if key in ("index", "article") and isinstance(o, int):
            return ids[o]
        return o
    return walk(d)
if "list" in t:  # stories: one digest per story
    for s in t["list"]:
        if "digest" in s:
            s["digest"] = fix(s["digest"])
else:
    t = fix(t)
json.dump(t, sys.stdout, indent=1)
'
}

# check_orders NAME -- FILES_A... -- FILES_B...
check_orders() {
  local name=$1; shift 2
  local -a a=() b=()
  while [ "$1" != "--" ]; do a+=("$1"); shift; done; shift
  b=("$@")
  local cmd fmt
  for cmd in digest summarize timeline quotes compare stories; do
    for fmt in text md json html; do
      [ "$cmd" = stories ] && [ "$fmt" != text ] && [ "$fmt" != json ] && continue
      "$exe" "$cmd" -q --quotes 0 --dates 0 --format "$fmt" "${a[@]}" >"$tmp/a" 2>/dev/null
      "$exe" "$cmd" -q --quotes 0 --dates 0 --format "$fmt" "${b[@]}" >"$tmp/b" 2>/dev/null
      if [ "$fmt" = json ]; then
        ids_for_numbers <"$tmp/a" >"$tmp/a.j" && mv "$tmp/a.j" "$tmp/a"
        ids_for_numbers <"$tmp/b" >"$tmp/b.j" && mv "$tmp/b.j" "$tmp/b"
      fi
      if [ -s "$tmp/a" ] && cmp -s "$tmp/a" "$tmp/b"; then
        ok
      else
        bad "$name: storyloom $cmd --format $fmt differs with the files in another order"
        diff "$tmp/a" "$tmp/b" | head -n 6 >&2
      fi
    done
  done
}

ex=$src/examples/ferry-strike
fwd=("$ex"/01_harbour_gazette.txt "$ex"/02_sound_times.txt "$ex"/03_island_voice.txt
     "$ex"/04_coastal_wire.txt "$ex"/05_harbour_gazette.txt)
rev=("$ex"/05_harbour_gazette.txt "$ex"/03_island_voice.txt "$ex"/04_coastal_wire.txt
     "$ex"/01_harbour_gazette.txt "$ex"/02_sound_times.txt)
check_orders ferry -- "${fwd[@]}" -- "${rev[@]}"

# A directory is read in byte order of names: the same as the files listed so.
"$exe" digest -q "$ex" >"$tmp/a"
"$exe" digest -q "${rev[@]}" >"$tmp/b"
cmp -s "$tmp/a" "$tmp/b" && ok || bad "the example directory and its files in another order"

if [ -d "$shared/seeds" ]; then
  mapfile -t seeds < <(ls "$shared"/seeds/*.txt)
  mapfile -t sdees < <(ls "$shared"/seeds/*.txt | sort -r)
  check_orders seeds -- "${seeds[@]}" -- "${sdees[@]}"
else
  echo "seeds: SKIPPED ($shared/seeds not present)"
fi

echo "digest_order_cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
