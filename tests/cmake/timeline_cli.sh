#!/bin/bash
# timeline_cli.sh EXE — command-line checks of the timeline commands on
# small hand-written inputs.
set -u
EXE=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
check() { if eval "$2"; then :; else echo "FAIL: $1"; fail=1; fi; }

cat > "$T/a.jsonl" <<'J'
{"id":"a1","source":"Alpha","date":"2022-09-05","text":"The old river dam burst on Sunday, flooding three valley towns downstream.\n\nThe dam was built in 1961 by the state."}
{"id":"b1","source":"Beta","date":"2022-09-05","text":"The old river dam burst on Sunday, flooding three valley towns near the river.\n\nRepairs to the dam will begin next Monday, engineers said."}
J
out=$("$EXE" timeline --format json "$T/a.jsonl"); rc=$?
check "timeline exits 0" '[ $rc -eq 0 ]'
check "json has the timeline" 'grep -q "\"timeline\"" <<<"$out"'
check "Sunday resolved" 'grep -q "\"date\": \"2022-09-04\"" <<<"$out"'
check "next Monday resolved" 'grep -q "\"date\": \"2022-09-12\"" <<<"$out"'
check "no summary part" '! grep -q "\"summary\"" <<<"$out"'
out=$("$EXE" timeline --dates 1 "$T/a.jsonl")
check "--dates 1 keeps the best date" 'grep -q "2022-09-04" <<<"$out" && ! grep -q "1961" <<<"$out"'
out=$("$EXE" timeline --format md "$T/a.jsonl")
check "markdown heading" 'grep -q "^### 2022-09-04" <<<"$out"'

# a month word used as a first name is no date ("April Dunne")
cat > "$T/n.jsonl" <<'J'
{"id":"n1","source":"Alpha","date":"2023-06-10","text":"The mayor asked April Dunne to step down from the harbour board."}
J
out=$("$EXE" timeline -q --dates 0 "$T/n.jsonl")
check "April Dunne is a name" '! grep -q "2023-04\|2022-04" <<<"$out" && grep -q "2023-06-10" <<<"$out"'

cat > "$T/ref.json" <<'J'
[{"date":"2010-04-20","sentences":["An explosion on the rig kills 11 workers ."]},
 {"date":"2010-04-22","sentences":["The rig sinks ."]}]
J
cat > "$T/sys.json" <<'J'
{"timeline":[{"date":"2010-04-20","sentences":[{"text":"An explosion on the rig kills 11 workers ."}]},
 {"date":"2010-04-23","sentences":[{"text":"The rig sinks ."}]}]}
J
out=$("$EXE" eval timeline "$T/sys.json" "$T/ref.json"); rc=$?
check "eval exits 0" '[ $rc -eq 0 ]'
check "date F1 0.5" 'grep -Eq "^date +0.5000 +0.5000 +0.5000" <<<"$out"'
check "AR-2 0.9" 'grep -Eq "^align ROUGE-2 +0.9000 +0.9000 +0.9000" <<<"$out"'
out=$("$EXE" eval timeline --format json "$T/ref.json" "$T/ref.json")
check "json identity" 'grep -q "\"rouge2\": {\"p\": 1.0000" <<<"$out"'
"$EXE" eval timeline "$T/sys.json" >/dev/null 2>&1; rc=$?
check "one file is a usage error" '[ $rc -eq 2 ]'
"$EXE" eval timeline "$T/sys.json" "$T/missing.json" >/dev/null 2>&1; rc=$?
check "missing file" '[ $rc -eq 3 ]'
echo '{"nothing": 1}' > "$T/bad.json"
"$EXE" eval timeline "$T/bad.json" "$T/ref.json" >/dev/null 2>&1; rc=$?
check "no timeline in file" '[ $rc -eq 3 ]'
exit $fail
