#!/usr/bin/env bash
# serve_test.sh EXE SRC — storyloom serve on a loopback port: health,
# articles, digest formats, ingest, bad requests.  Bounded: the server
# stops by itself after a fixed number of requests, and the test kills it
# after 30 s at the latest.
set -u
exe=$1 src=$2
command -v curl >/dev/null || { echo "SKIPPED: curl not installed"; exit 77; }
pass=0 fail=0
tmp=$(mktemp -d)
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
"$exe" ingest -q --db "$tmp/s.db" "$src/examples" || bad "ingest"
"$exe" serve --db "$tmp/s.db" --port 0 --max-requests 9 2>"$tmp/err" &
pid=$!
( sleep 30; kill $pid 2>/dev/null ) >/dev/null 2>&1 &
watchdog=$!
trap 'kill $pid $watchdog 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do grep -q 'serving' "$tmp/err" && break; sleep 0.1; done
port=$(grep -o ':[0-9]\+/' "$tmp/err" | tr -d ':/')
url="http://127.0.0.1:$port"
get() { curl -s -o "$tmp/body" -w '%{http_code}' "$@"; }
[ "$(get "$url/health")" = 200 ] && grep -q ok "$tmp/body" && ok || bad "health"
[ "$(get "$url/articles")" = 200 ] && python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))) == 5' "$tmp/body" && ok || bad "articles"
[ "$(get "$url/digest?format=json")" = 200 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["summary"]' "$tmp/body" && ok || bad "digest json"
[ "$(get "$url/digest?format=text&since=2025-03-13")" = 200 ] && grep -q '^2 articles' "$tmp/body" && ok || bad "digest since"
[ "$(get "$url/digest?format=pdf")" = 400 ] && ok || bad "bad format is 400"
[ "$(get "$url/digest?since=yesterday")" = 400 ] && ok || bad "bad date is 400"
[ "$(get "$url/nope")" = 404 ] && ok || bad "unknown path is 404"
printf ' date 2025-03-20 A new article about the ferry vote arrived today.\n' >"$tmp/new.txt"
code=$(get --data-binary @"$tmp/new.txt" "$url/ingest")
[ "$code" = 200 ] && grep -q '"added":1' "$tmp/body" && grep -q '"total":6' "$tmp/body" && ok || bad "ingest ($code): $(cat "$tmp/body")"
# a malformed second line: the good line is stored, the bad one named by
# its line in the answer and in the server's log
printf '{"id":"p1","date":"2025-03-21","text":"The ferry vote was postponed again."}\n{"id":"p2","text": broken\n' >"$tmp/two.jsonl"
code=$(get --data-binary @"$tmp/two.jsonl" "$url/ingest")
[ "$code" = 200 ] && python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["added"] == 1 and d["skipped"] == 1, d
m = [x for x in d["messages"] if x["severity"] == "skipped"]
assert len(m) == 1 and m[0]["line"] == 2, d' "$tmp/body" && ok || bad "ingest names the bad line ($code): $(cat "$tmp/body")"
wait $pid 2>/dev/null
grep -q 'POST /ingest: <request>:2: skipped:' "$tmp/err" && ok || bad "server log names the bad line: $(cat "$tmp/err")"
echo "serve_test: $pass passed, $fail failed"
[ $fail -eq 0 ]
