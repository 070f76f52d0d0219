#!/usr/bin/env python3
"""Offline screen of date-importance formulas by date F1 (fourth-round experiment).

  TL_CANDS=1 build/bench/bench_timeline_tls ../shared 2>cands.txt >/dev/null
  python3 tools/tl_date_screen.py cands.txt ../shared

cands.txt holds, per reference timeline (TLSTART), one CAND line per candidate
day: day number, importance, on-topic mentions, absolute / relative ones,
on-topic mentions from articles published 8+ days later, articles published
that day, off-topic mentions.  Each formula ranks the candidates; the top L
(the reference's count) are scored by date F1 as the bench does (dates with
no sentence are not skipped here, so figures can differ from the bench's).
"""
import datetime
import json
import sys

EP = datetime.date(1970, 1, 1)
TOPICS = ["bpoil", "egypt", "finan", "h1n1", "haiti"]


def load(cands, shared):
    blocks = []
    for line in open(cands):
        if line.startswith("TLSTART"):
            blocks.append([])
        elif line.startswith("CAND"):
            c = line.split()[1:]
            blocks[-1].append((int(c[0]), [float(x) for x in c[1:]]))
    refs = []
    for t in TOPICS:
        d = json.load(open(f"{shared}/eval/tls/{t}.json"))
        for tl in d["timelines"]:
            refs.append((t, {(datetime.date.fromisoformat(e["date"]) - EP).days for e in tl}))
    assert len(blocks) == len(refs)
    return blocks, refs


def date_f1(blocks, refs, fn):
    per = {}
    for (t, R), B in zip(refs, blocks):
        m = {d: f for d, f in B}
        top = sorted(B, key=lambda x: (-fn(x[0], x[1], m), x[0]))[: len(R)]
        per.setdefault(t, []).append(len({d for d, _ in top} & R) / len(R))
    allv = [x for v in per.values() for x in v]
    return sum(allv) / len(allv), [sum(per[t]) / len(per[t]) for t in TOPICS]


def near(m, d, k, f=0):
    return sum(m.get(d + i, [0] * 7)[f] for i in range(-k, k + 1) if i) / (2 * k)


def prev(m, d, k, f=0):
    return sum(m.get(d - i, [0] * 7)[f] for i in range(1, k + 1)) / k


FORMULAS = [("baseline: mentions + 0.5 x published (+ 0.01 x off-topic)", lambda d, f, m: f[0])]
for a in (0, 0.25, 1, 2):
    FORMULAS.append((f"mentions + {a} x published", lambda d, f, m, a=a: f[1] + 0.01 * f[6] + a * f[5]))
for a in (0.25, 0.5):
    FORMULAS.append((f"absolute + {a} x relative + 0.5 x published",
                     lambda d, f, m, a=a: f[2] + a * f[3] + 0.01 * f[6] + 0.5 * f[5]))
for a in (0.5, 1, 2):
    FORMULAS.append((f"baseline + {a} x mentions 8+ days later", lambda d, f, m, a=a: f[0] + a * f[4]))
for k in (1, 3, 7):
    for b in (0.25, 0.5):
        FORMULAS.append((f"burst: baseline x ((s + 1) / (mean of the {k} days before + 1))^{b}",
                         lambda d, f, m, k=k, b=b: f[0] * ((f[0] + 1) / (prev(m, d, k) + 1)) ** b))
    for a in (0.25, 0.5):
        FORMULAS.append((f"local: baseline / (mean of +-{k} days + 1)^{a}",
                         lambda d, f, m, k=k, a=a: f[0] / (near(m, d, k) + 1) ** a))

if __name__ == "__main__":
    blocks, refs = load(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "../shared")
    print(f"{'formula':78s} date F1  " + " ".join(f"{t:>6s}" for t in TOPICS))
    for name, fn in FORMULAS:
        f1, tops = date_f1(blocks, refs, fn)
        print(f"{name:78s} {f1:.3f}   " + " ".join(f"{x:.3f}" for x in tops))
