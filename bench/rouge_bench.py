#!/usr/bin/env python3
"""rouge_bench.py — speed of `storyloom eval rouge` against the official
ROUGE-1.5.5 script, on the ROUGE cases in <shared>/eval/rouge-cases.

For every case and every recorded flag set, runs storyloom with the same
flags RUNS times (default 5) on one core (taskset -c 0 when available),
checks that the output is identical to the official output, and prints
the median wall time and CPU time (user+sys), the official script's wall
time (recorded in the .flags file) and the speed-up ratios (official /
median).  Used by docs/rouge.md.

  python3 bench/rouge_bench.py --exe build-rel/storyloom [--shared ../shared]
                               [--case duc2006] [--runs 5]
"""
import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--exe", default=os.path.join(here, "..", "build-rel", "storyloom"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--case", action="append", help="case name (default: all)")
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    a.exe = os.path.abspath(a.exe)
    root = os.path.join(a.shared, "eval", "rouge-cases")
    if not os.path.isdir(root):
        print("SKIPPED: %s absent" % root)
        return 0
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    cases = a.case or sorted(os.listdir(root))
    print("%-8s %-12s %9s %9s %9s %8s %8s  %s" % ("case", "flags", "median_s", "cpu_s", "official",
                                                "speedup", "cpu_x", "output"))
    bad = 0
    for case in cases:
        cdir = os.path.join(root, case)
        odir = os.path.join(cdir, "official")
        for fl in sorted(f for f in os.listdir(odir) if f.endswith(".flags")):
            label = fl[:-6]
            lines = open(os.path.join(odir, fl)).read().splitlines()
            words = lines[0].split()[1:]  # drop "ROUGE-1.5.5.pl"
            m = re.search(r"wall time:\s*([0-9.]+)", lines[1] if len(lines) > 1 else "")
            official = float(m.group(1)) if m else float("nan")
            want = open(os.path.join(odir, label + ".txt"), "rb").read()
            times, cpu = [], []
            same = True
            for _ in range(a.runs):
                r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                p = subprocess.run(pin + [a.exe, "eval", "rouge"] + words, cwd=cdir,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
                times.append(time.perf_counter() - t0)
                r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
                same = same and p.returncode == 0 and p.stdout == want
            med, mcpu = statistics.median(times), statistics.median(cpu)
            bad += not same
            print("%-8s %-12s %9.3f %9.3f %9.1f %7.0fx %7.0fx  %s" % (
                case, label, med, mcpu, official, official / med, official / max(mcpu, 1e-6),
                "identical" if same else "DIFFERENT"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
