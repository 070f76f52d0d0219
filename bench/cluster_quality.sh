#!/usr/bin/env bash
# cluster_quality.sh [STORYLOOM] [SHARED] — clustering quality on every
# labelled dev stream in SHARED/eval/cluster (default ../shared), with the
# default settings: `storyloom stories --no-digest --format tsv`, then
# `storyloom eval cluster` against the stream's gold TSV.  Then, for a
# stream whose gold labels name their collection ("duc2006:D0601A"), the
# same scores within each collection (both files restricted to its
# articles): where the errors are.  Then the input order: each stream
# shuffled (fixed seed) must give the same assignments byte for byte (one
# batch is a set: docs/cluster.md, "Input order").  When
# SHARED/eval/mds/multinews_dev.jsonl is present, its clusters are also
# written (in a temporary folder) as one undated article stream with opaque
# ids (a hash of the text) and scored the same way.  Not run by ctest.
set -u
exe=${1:-build/storyloom}
shared=${2:-../shared}
dir=$shared/eval/cluster
[ -d "$dir" ] || { echo "SKIPPED: $dir not found"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-22s %8s %8s | %-26s | %-26s | %6s %6s\n' stream articles stories \
  "pairwise P / R / F1" "B-cubed P / R / F1" NMI ARI
row() {
  python3 - "$1" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
p, b = d["pairwise"], d["bcubed"]
print("%-22s %8d %8d | %.4f / %.4f / %.4f | %.4f / %.4f / %.4f | %.4f %.4f" % (
    sys.argv[2], d["articles"], d["pred_clusters"], p["p"], p["r"], p["f1"],
    b["p"], b["r"], b["f1"], d["nmi"], d["ari"]))
PY
}
# Shuffles the lines of $1 into $2 (seed 1).
shuffle() {
  python3 - "$1" "$2" <<'PY'
import random, sys
lines = open(sys.argv[1]).read().splitlines()
random.Random(1).shuffle(lines)
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
PY
}
# The Multi-News dev clusters as one undated stream, gold = cluster.
mds=$shared/eval/mds/multinews_dev.jsonl
streams=$(ls "$dir"/*.jsonl)
if [ -f "$mds" ]; then
  python3 - "$mds" "$tmp/multinews_dev.jsonl" "$tmp/multinews_dev.gold.tsv" <<'PY'
import hashlib, json, sys
seen = set()
with open(sys.argv[2], "w") as out, open(sys.argv[3], "w") as gold:
    for ci, line in enumerate(open(sys.argv[1])):
        for di, d in enumerate(json.loads(line)["docs"]):
            text = d.get("text") or ""
            aid = hashlib.sha1(text.encode()).hexdigest()[:12]
            if not text.strip() or aid in seen:
                continue
            seen.add(aid)
            out.write(json.dumps({"id": aid, "title": d.get("title") or "",
                                  "source": d.get("source") or "s%d" % di, "text": text}) + "\n")
            gold.write("%s\tc%d\n" % (aid, ci))
PY
  streams="$streams $tmp/multinews_dev.jsonl"
fi
for f in $streams; do
  name=$(basename "$f" .jsonl)
  gold=${f%.jsonl}.gold.tsv
  [ -f "$gold" ] || continue
  "$exe" stories -q --no-digest --format tsv "$f" >"$tmp/$name.tsv" || true
  "$exe" eval cluster --json "$tmp/$name.tsv" "$gold" >"$tmp/$name.json" 2>/dev/null
  row "$tmp/$name.json" "$name"
  shuffle "$f" "$tmp/shuffled.jsonl"
  "$exe" stories -q --no-digest --format tsv "$tmp/shuffled.jsonl" >"$tmp/shuffled.tsv" || true
  if cmp -s "$tmp/$name.tsv" "$tmp/shuffled.tsv"; then
    echo "  input order: shuffled, the same assignments"
  else
    "$exe" eval cluster --json "$tmp/shuffled.tsv" "$gold" >"$tmp/s.json" 2>/dev/null
    row "$tmp/s.json" "  SHUFFLED: differs"
  fi
  parts=$(cut -f2 "$gold" | grep ':' | sed 's/:.*//' | sort -u)
  [ "$(printf '%s\n' "$parts" | grep -c .)" -gt 1 ] || continue
  for c in $parts; do
    awk -F'\t' -v c="$c" 'index($2, c ":") == 1' "$gold" >"$tmp/g.tsv"
    awk -F'\t' 'NR == FNR { keep[$1] = 1; next } ($1 in keep)' "$tmp/g.tsv" "$tmp/$name.tsv" \
      >"$tmp/p.tsv"
    "$exe" eval cluster --json "$tmp/p.tsv" "$tmp/g.tsv" >"$tmp/c.json" 2>/dev/null
    row "$tmp/c.json" "  $c"
  done
done
