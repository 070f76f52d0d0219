#!/usr/bin/env bash
# mpi_test.sh MPI_EXE CLI_EXE SRC SHARED — storyloom-mpi gives, for any
# number of ranks, exactly the concatenation of `storyloom digest` on each
# path, in path order; exit codes combine as documented.
set -u
mpi=$1 cli=$2 src=$3 shared=$4
command -v mpirun >/dev/null || { echo "SKIPPED: mpirun not installed"; exit 77; }
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 OMPI_MCA_rmaps_base_oversubscribe=1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
paths=("$src/examples/ferry-strike" "$src/tests/data/ingest")
[ -d "$shared/seeds" ] && paths+=("$shared/seeds")
: >"$tmp/want"
for p in "${paths[@]}"; do "$cli" digest -q --format json "$p" >>"$tmp/want"; done
for n in 1 2 3; do
  timeout 120 mpirun -n $n "$mpi" -q --format json "${paths[@]}" >"$tmp/got$n" 2>"$tmp/err$n"
  rc=$?
  [ $rc -le 1 ] && ok || { bad "mpirun -n $n exit $rc"; cat "$tmp/err$n" >&2; }
  cmp -s "$tmp/want" "$tmp/got$n" && ok || bad "-n $n output differs from sequential digests"
done
: >"$tmp/empty.txt"
timeout 60 mpirun -n 2 "$mpi" -q "$src/examples/ferry-strike" "$tmp/empty.txt" >/dev/null 2>&1
[ $? -eq 3 ] && ok || bad "a story with no usable input gives exit 3"
echo "mpi_test: $pass passed, $fail failed"
[ $fail -eq 0 ]
