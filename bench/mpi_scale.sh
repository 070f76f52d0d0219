#!/usr/bin/env bash
# mpi_scale.sh [BUILD] [SHARED] [RUNS] [N...] — speed-up of
# `mpirun -n N storyloom-mpi --stories` over `storyloom stories` on two real
# streams: ../shared/eval/cluster/dev_stream.jsonl and the five Timeline17
# dev topics as one stream (converted to JSON Lines in a temporary folder at
# run time).  For each stream: the output is first checked to be identical
# for every N; then RUNS (default 5) rounds, each timing, in turn,
# `storyloom stories --no-digest` (load + clustering: the part every rank
# repeats), `storyloom stories`, `mpirun -n N storyloom-mpi --help` (MPI
# start-up alone) and `mpirun -n N storyloom-mpi --stories` for each N
# (default 1 2).  Before that, one run per N with each assignment
# (--assign lpt, the default, and modulo) checks the output and prints the
# balance: the digests' CPU time per rank, max / mean.  Prints medians, speed-up and parallel efficiency against
# `storyloom stories`, the Amdahl bound (load+cluster + digests / N), and
# each rank's median times from --rank-times (load+cluster, own digests,
# waiting), which show the load balance.  N above the core count needs
# MPI_SCALE_OVERSUBSCRIBE=1.  Not run by ctest (timings on a shared
# machine); skips with a message when mpirun, storyloom-mpi or ../shared
# is absent.
set -u
build=${1:-build}
shared=${2:-../shared}
runs=${3:-5}
shift 3 2>/dev/null || shift $#
ranks=${*:-1 2}
cli=$build/storyloom mpi=$build/storyloom-mpi
command -v mpirun >/dev/null || { echo "SKIPPED: mpirun not installed"; exit 0; }
[ -x "$mpi" ] && [ -x "$cli" ] || { echo "SKIPPED: $mpi or $cli not built"; exit 0; }
[ -f "$shared/eval/cluster/dev_stream.jsonl" ] || { echo "SKIPPED: $shared/eval not found"; exit 0; }
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
over=()
[ "${MPI_SCALE_OVERSUBSCRIBE:-0}" = 1 ] && over=(--oversubscribe)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$shared/eval/tls" "$tmp/tls17.jsonl" <<'EOF'
import glob, json, os, sys
with open(sys.argv[2], "w") as out:
    for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
        for a in json.load(open(f))["articles"]:
            a.setdefault("source", a["id"].split("/")[0])  # outlet: the id's first part
            out.write(json.dumps(a) + "\n")
EOF
streams=("$shared/eval/cluster/dev_stream.jsonl" "$tmp/tls17.jsonl")
echo "mpi_scale: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs, N = $ranks"
# t LABEL STREAM CMD... — appends "STREAM LABEL seconds" to $tmp/times;
# stderr (--rank-times lines) to $tmp/ranks with the same key.
t() {
  local label=$1 s=$2
  shift 2
  local a=$EPOCHREALTIME
  "$@" >/dev/null 2>"$tmp/err" || { echo "FAILED: $*" >&2; cat "$tmp/err" >&2; exit 1; }
  local b=$EPOCHREALTIME
  echo "$s $label $a $b" >>"$tmp/times"
  sed -n "s/^storyloom-mpi: rank /$s $label /p" "$tmp/err" >>"$tmp/ranks"
}
: >"$tmp/times"
: >"$tmp/ranks"
for i in "${!streams[@]}"; do
  f=${streams[$i]}
  "$cli" stories -q "$f" >"$tmp/want"
  echo "stream $i: $(basename "$f"): $(wc -l <"$f") articles, $(grep -c '^== S' "$tmp/want") stories"
  for n in $ranks; do
    for a in lpt modulo; do # balance: the digests' CPU time on each rank, one run
      mpirun "${over[@]}" -n "$n" "$mpi" --stories --assign $a --rank-times -q "$f" >"$tmp/got" 2>"$tmp/err" ||
        { echo "FAILED: mpirun -n $n"; cat "$tmp/err"; exit 1; }
      cmp -s "$tmp/want" "$tmp/got" || { echo "FAILED: -n $n --assign $a output differs from storyloom stories"; exit 1; }
      python3 -c '
import re, sys
c = [float(x) for x in re.findall(r"CPU ([\d.]+) s", open(sys.argv[1]).read())]
m = sum(c) / len(c)
print(f"  N={sys.argv[2]} --assign {sys.argv[3]:6}: output identical; digest CPU per rank max {max(c):.2f} s, "
      f"mean {m:.2f} s, max/mean {max(c) / m:.2f}")' "$tmp/err" "$n" "$a"
    done
  done
done
for r in $(seq "$runs"); do
  for i in "${!streams[@]}"; do
    f=${streams[$i]}
    # (-j 1: one thread, as each MPI rank; the CLI's default uses the cores)
    t cluster "$i" "$cli" stories -q -j 1 --no-digest "$f"
    t stories "$i" "$cli" stories -q -j 1 "$f"
    for n in $ranks; do
      t "start$n" "$i" mpirun "${over[@]}" -n "$n" "$mpi" --help
      t "mpi$n" "$i" mpirun "${over[@]}" -n "$n" "$mpi" --stories --rank-times -q "$f"
    done
  done
done
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$tmp/times" "$tmp/ranks" "$ranks" "${streams[@]}" <<'EOF'
import os, re, statistics as st, sys
times, ranks, ns, streams = sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3].split()], sys.argv[4:]
T = {}
for line in open(times):
    s, label, a, b = line.split()
    T.setdefault((int(s), label), []).append(float(b) - float(a))
R = {}
pat = re.compile(r"(\d+) (\S+) (\d+): load\+cluster ([\d.]+) s, (\d+) stories \((\d+) articles\) "
                 r"digested in ([\d.]+) s \(CPU ([\d.]+) s\), waiting/gathering ([\d.]+) s")
for line in open(ranks):
    m = pat.match(line)
    if m:
        k = (int(m[1]), m[2], int(m[3]))
        R.setdefault(k, []).append([float(m[4]), int(m[5]), int(m[6]), float(m[7]), float(m[8]), float(m[9])])
med = lambda s, l: st.median(T[(s, l)])
for i, f in enumerate(streams):
    name = os.path.basename(f)
    one, cl = med(i, "stories"), med(i, "cluster")
    dg = max(one - cl, 0.0)
    print(f"\n== {name}: medians of {len(T[(i, 'stories')])} runs")
    print(f"storyloom stories            {one:6.2f} s")
    print(f"  load+cluster (--no-digest) {cl:6.2f} s  serial fraction {cl / one:.2f}")
    print(f"  digests (difference)       {dg:6.2f} s")
    for n in ns:
        m, s0 = med(i, f"mpi{n}"), med(i, f"start{n}")
        bound = one / (cl + dg / n)
        print(f"mpirun -n {n} --stories      {m:6.2f} s  speed-up {one / m:.2f}  efficiency "
              f"{one / m / n:.2f}  (Amdahl bound {bound:.2f}; MPI start-up alone {s0:.2f} s)")
        for r in range(n):
            v = R.get((i, f"mpi{n}", r))
            if not v:
                continue
            c = [st.median(x[j] for x in v) for j in range(6)]
            print(f"    rank {r}: load+cluster {c[0]:.2f} s, {c[1]:.0f} stories ({c[2]:.0f} articles) "
                  f"digested in {c[3]:.2f} s (CPU {c[4]:.2f} s), waiting {c[5]:.2f} s")
EOF
