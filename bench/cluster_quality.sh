#!/usr/bin/env bash
# cluster_quality.sh [STORYLOOM] [SHARED] — clustering quality on every
# labelled dev stream in SHARED/eval/cluster (default ../shared), with the
# default settings: `storyloom stories --no-digest --format tsv`, then
# `storyloom eval cluster` against the stream's gold TSV.  Then, for a
# stream whose gold labels name their collection ("duc2006:D0601A"), the
# same scores within each collection (both files restricted to its
# articles): where the errors are.  Not run by ctest.
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
for f in "$dir"/*.jsonl; do
  name=$(basename "$f" .jsonl)
  gold=$dir/$name.gold.tsv
  [ -f "$gold" ] || continue
  "$exe" stories -q --no-digest --format tsv "$f" >"$tmp/$name.tsv" || true
  "$exe" eval cluster --json "$tmp/$name.tsv" "$gold" >"$tmp/$name.json" 2>/dev/null
  row "$tmp/$name.json" "$name"
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
