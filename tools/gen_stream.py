#!/usr/bin/env python3
"""gen_stream.py — synthetic news streams for the clustering benchmark.

    tools/gen_stream.py -n 1000000 -o stream.jsonl [--gold stream.gold.tsv] [--seed 1]

Writes JSON Lines in storyloom's input format (id, date, title, source,
text, plus "story" = the true story), sorted by date, with:

  * many concurrent stories: story sizes are heavy-tailed (Pareto, most
    stories 1-5 articles, a few with hundreds), so at any time thousands
    of stories are running;
  * bursty arrival: a story starts at a uniformly random time and its
    articles follow an exponential decay from that start (mean lifetime
    drawn between a few hours and a few weeks);
  * article lengths like real news: log-normal, median about 350 words
    (2.4 KB), 10th percentile ~125 words, 90th ~1,000;
  * text: sentences from a Zipfian background vocabulary of 60,000
    made-up words, with the story's own terms (names, places, topic
    words: 25 per story) mixed in, and a title built from the story's
    terms;
  * wire copies: 12% of articles re-run an earlier article of the same
    story under another outlet, lightly edited (a sentence dropped or a
    few words changed), the way syndicated and updated versions look.

Deterministic for a given --seed.  Python standard library only.
"""
import argparse
import bisect
import datetime
import heapq
import json
import math
import random
import sys

SYLL = ["ka", "lo", "mi", "ne", "ra", "to", "su", "vi", "de", "po", "an", "er", "is", "or",
        "ul", "ba", "ce", "fi", "go", "hu", "ja", "ke", "li", "mo", "nu", "pe", "qui", "ro",
        "sa", "te", "va", "we", "xe", "yo", "za", "tra", "pli", "gro", "ste", "bru"]
OUTLETS = ["Wire One", "Daily Courier", "Metro Times", "Global Post", "Evening Herald",
           "City Journal", "Free Press", "Morning Star", "Tribune", "Sentinel", "Observer",
           "Gazette", "Chronicle", "Ledger", "Dispatch", "Examiner"]


def make_word(rng, syl_min=2, syl_max=4):
    return "".join(rng.choice(SYLL) for _ in range(rng.randint(syl_min, syl_max)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=100000, help="articles (default 100000)")
    ap.add_argument("-o", default="-", help="output JSONL (default stdout)")
    ap.add_argument("--gold", help="also write article_id<TAB>story to this file")
    ap.add_argument("--days", type=float, default=0,
                    help="time span in days (default: n / 10000, i.e. 10,000 articles a day)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    days = a.days or max(1.0, a.n / 10000.0)

    # Background vocabulary with Zipfian frequencies (cumulative weights).
    vocab = list(dict.fromkeys(make_word(rng) for _ in range(70000)))[:60000]
    cum, tot = [], 0.0
    for r in range(len(vocab)):
        tot += 1.0 / (r + 1) ** 1.05
        cum.append(tot)
    func = ["the", "of", "and", "to", "in", "a", "on", "for", "said", "that", "with", "was"]

    def bg_words(k):
        return [vocab[bisect.bisect_left(cum, rng.random() * tot)] for _ in range(k)]

    # A pool of background sentences reused by articles (fast and realistic
    # enough: articles share function-word patterns, not whole sentences).
    pool = []
    for _ in range(50000):
        ws = bg_words(rng.randint(8, 22))
        for i in range(0, len(ws), 3):
            ws[i] = rng.choice(func)
        pool.append(ws)

    # Stories: Pareto sizes until n articles are planned.
    stories = []
    planned = 0
    while planned < a.n:
        size = min(int(rng.paretovariate(1.3)), 2000)
        size = min(size, a.n - planned)
        start = rng.random() * days
        life = math.exp(rng.uniform(math.log(0.2), math.log(20)))  # 5 hours .. 20 days
        terms = [make_word(rng, 2, 3).capitalize() if i < 8 else make_word(rng, 3, 4)
                 for i in range(25)]
        stories.append((size, start, life, terms))
        planned += size

    # Arrival times: (time, story, index in story).
    events = []
    for sid, (size, start, life, _) in enumerate(stories):
        for j in range(size):
            t = start if j == 0 else start + rng.expovariate(1.0 / life)
            events.append((t, sid, j))
    events.sort()

    out = sys.stdout if a.o == "-" else open(a.o, "w", encoding="utf-8")
    gold = open(a.gold, "w", encoding="utf-8") if a.gold else None
    base = datetime.date(2020, 1, 1)
    history = {}  # story -> up to 4 (text, title) written so far; dropped with the story
    left = [st[0] for st in stories]  # articles still to come per story
    for n, (t, sid, j) in enumerate(events):
        size, start, life, terms = stories[sid]
        outlet = rng.choice(OUTLETS)
        prev = history.get(sid)
        if prev and rng.random() < 0.12:  # wire copy / re-run / update
            text, title = rng.choice(prev)
            sents = text.split(". ")
            if len(sents) > 3 and rng.random() < 0.5:
                del sents[rng.randrange(len(sents))]
            else:
                for _ in range(3):
                    i = rng.randrange(len(sents))
                    ws = sents[i].split()
                    if ws:
                        ws[rng.randrange(len(ws))] = bg_words(1)[0]
                    sents[i] = " ".join(ws)
            text = ". ".join(sents)
        else:
            nwords = int(min(6000, max(40, rng.lognormvariate(math.log(350), 0.8))))
            sents, count = [], 0
            focus = rng.sample(terms, 12)  # each article mentions part of the story
            while count < nwords:
                ws = list(rng.choice(pool))
                for _ in range(rng.randint(1, 3)):
                    ws.insert(rng.randrange(len(ws) + 1), rng.choice(focus))
                ws[0] = ws[0].capitalize()
                sents.append(" ".join(ws))
                count += len(ws)
            text = ". ".join(sents) + "."
            title = " ".join([focus[0], focus[1]] + bg_words(3) + [focus[2]]).capitalize()
            h = history.setdefault(sid, [])
            if len(h) < 4:
                h.append((text, title))
        left[sid] -= 1
        if not left[sid]:
            history.pop(sid, None)
        date = (base + datetime.timedelta(days=int(t))).isoformat()
        aid = "syn%07d" % n
        out.write(json.dumps({"id": aid, "date": date, "title": title, "source": outlet,
                              "text": text, "story": "st%d" % sid}) + "\n")
        if gold:
            gold.write("%s\tst%d\n" % (aid, sid))
    if out is not sys.stdout:
        out.close()
    if gold:
        gold.close()


if __name__ == "__main__":
    main()
