#!/usr/bin/env python3
"""cluster_model.py — a Python model of the story clusterer (src/cluster) for
fast experiments, and the Miranda et al. (2018) style fitted models tried on it.

    tools/cluster_model.py [--shared DIR] check     # the model with the defaults
    tools/cluster_model.py [--shared DIR] join      # fitted join/new logistic models
    tools/cluster_model.py [--shared DIR] rank      # fitted candidate ranking
    tools/cluster_model.py [--shared DIR] rank-gain # ... right = the largest pairwise gain
    tools/cluster_model.py [--shared DIR] variants  # other variants (title, time,
                                                    # aged centroid, closing link, entity veto, bigrams)
    tools/cluster_model.py [--shared DIR] search    # direct search of a linear score, per stream
    tools/cluster_model.py [--shared DIR] analyse   # what the default clusterer's decisions were

Reads the labelled streams of DIR/eval/cluster (default: ../shared beside the
repository) at run time
and the stopword list from src/text/stopwords.c; needs only the Python standard
library.  Exit 77 when the data is absent.  Not run by ctest (docs/cluster.md).

The model follows cluster.c step by step (tokenizer, S-stemmer, title weight 2,
idf learnt online, 40 terms per article, 10 indexed, 8 rescored candidates with
the 0.2 cut, time decay 0.03 * ln(1 + gap / (2 + span)), threshold 0.15,
growth merges at 0.5, the merge on closing of stories of <= 2 articles at 0.2,
window 4 days AND 2,000 articles) with two simplifications: exact document
frequencies instead of the count-min sketch and word boundaries by a regular
expression.  With the defaults it gives pairwise F1 0.828 / 0.757 on basil /
dev_stream (the C code: 0.825 / 0.756; the sketch's collisions move an
article or two), so it ranks variants as the C code does, not to the third
decimal.

Fitted models (Miranda et al. 2018, "Multilingual Clustering of Streaming
News"): features of an (article, candidate story) pair are the cosine of the
body vectors (the current one), the cosine of title-only vectors, the cosine
of vectors of capitalised words not at a sentence start (named-entity-like),
whether both have titles, time features (ln(1 + gap / (2 + span)), ln(1 +
gap), ln(1 + distance to the story's mean date), ln(1 + days since the
story's first article)), ln(story size) and the cosine with the story's newest
member.  Training pairs are collected on-policy (running the default
clusterer; a candidate is right when its majority gold label is the
article's).  `join` fits a logistic model of "right candidate" by Newton's
method (L2 1e-3) on one stream, the other, or both, and clusters with it (the
article joins the best-scoring candidate when p >= 0.5).  `rank` fits a
conditional-logit ranking of the candidates of one article (articles with
both right and wrong candidates) on one stream, reports its ranking accuracy
on both, then clusters with the candidate it ranks first, joined when that
candidate's default score (or the best default score) reaches the threshold;
`rank-gain` the same with "right" = the candidate of largest pairwise gain.
Findings and figures: docs/cluster.md, "Third round".
"""
import argparse, datetime, json, math, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_STOP = os.path.join(HERE, '..', 'src', 'text', 'stopwords.c')
WORD = re.compile(r"[A-Za-z0-9\u00c0-\u1fff\u2070-\uffff]+")
TOP_K, INDEX_T, RESCORE, RESCORE_MIN = 40, 10, 8, 0.2
MERGE_TH, MERGE_M, MAX_WALK = 0.5, 30, 1024
CLOSE_SIZE, CLOSE_TH = 2, 0.2
STREAMS = ['basil', 'dev_stream']


def stopwords():
    src = open(SRC_STOP).read()
    i = src.index('sl_stopwords[] = {')
    return set(re.findall(r'"([^"]*)"', src[i:src.index('};', i)]))


STOP = stopwords()


def stem(w):
    if len(w) > 4 and w.endswith('ies'): return w[:-3] + 'y'
    if len(w) > 3 and w[-1] == 's' and w[-2] not in 'sui': return w[:-1]
    return w


def terms(text, weight, out, ents=None, bigrams=0.0):
    prev = None
    for m in WORD.finditer(text):
        w = m.group(0)
        lw = w.lower()
        if len(lw) < 2 or lw.isdigit() or lw in STOP: continue
        t = stem(lw)
        out[t] += weight
        if bigrams and prev: out[prev + '_' + t] += bigrams * weight
        prev = t
        if ents is not None and 'A' <= w[0] <= 'Z':
            j = m.start() - 1
            while j >= 0 and text[j] in ' \t"\'\u201c\u2018(': j -= 1
            if j >= 0 and text[j] not in '.!?\n': ents[t] += weight


def load(shared, name, bigrams=0.0):
    d = os.path.join(shared, 'eval', 'cluster')
    gold = dict(l.rstrip('\n').split('\t') for l in open(os.path.join(d, name + '.gold.tsv')))
    arts = []
    for i, l in enumerate(open(os.path.join(d, name + '.jsonl'))):
        a = json.loads(l)
        x = {'i': i, 'gold': gold[a['id']], 'tf': defaultdict(float), 'ent': defaultdict(float),
             'ttf': defaultdict(float)}
        x['day'] = datetime.date.fromisoformat(a['date'][:10]).toordinal()
        terms(a.get('text') or '', 1.0, x['tf'], x['ent'], bigrams)
        if a.get('title'):
            terms(a['title'], 2.0, x['tf'])
            terms(a['title'], 1.0, x['ttf'])
        arts.append(x)
    arts.sort(key=lambda a: (a['day'], a['i']))
    return arts


def score(arts, pred):
    """pairwise P, R, F1, B-cubed P, R, F1, predicted stories"""
    g = [a['gold'] for a in arts]
    pc, gc, jc = Counter(pred), Counter(g), Counter(zip(pred, g))
    pairs = lambda c: sum(v * (v - 1) / 2 for v in c.values())
    tp, pp, gp = pairs(jc), pairs(pc), pairs(gc)
    P, R = tp / pp if pp else 1.0, tp / gp if gp else 1.0
    bp = sum(jc[k] / pc[k[0]] for k in zip(pred, g)) / len(g)
    br = sum(jc[k] / gc[k[1]] for k in zip(pred, g)) / len(g)
    return P, R, 2 * P * R / (P + R), bp, br, 2 * bp * br / (bp + br), len(pc)


# ---- the clusterer ----------------------------------------------------------

def addvec(c, n2, v, lam=1.0):
    if lam < 1.0:
        for t in c: c[t] *= lam
        n2 *= lam * lam
    for t, w in v.items():
        o = c[t]
        c[t] = o + w
        n2 += (o + w) * (o + w) - o * o
    return n2


def cos(v, c, n2):
    return sum(w * c.get(t, 0.0) for t, w in v.items()) / math.sqrt(n2) if n2 > 0 else 0.0


def ccos(a, an2, b, bn2):
    if an2 <= 0 or bn2 <= 0: return 0.0
    if len(a) > len(b): a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items()) / math.sqrt(an2 * bn2)


class Story:
    def __init__(s, sid):
        s.id, s.c, s.n2, s.ix = sid, defaultdict(float), 0.0, set()
        s.first = s.last = None
        s.size, s.last_seq, s.next_check, s.close_tried = 0, 0, 2, False
        s.sumd, s.tc, s.tn2, s.ec, s.en2, s.newest = 0, defaultdict(float), 0.0, defaultdict(float), 0.0, None
        s.gc = Counter()  # gold labels of the members (for the on-policy training labels)


class Clusterer:
    """simfn(v, x, art, story) -> score, or (ranking score, join score)."""

    def __init__(s, simfn, threshold=0.15, lam=1.0, close_big=0.0, join_max=False, merge_tw=0.0, merge_span='max'):
        s.simfn, s.th, s.lam, s.close_big, s.join_max = simfn, threshold, lam, close_big, join_max
        s.merge_tw, s.merge_span = merge_tw, merge_span
        s.df, s.edf, s.N, s.seq = defaultdict(int), defaultdict(int), 0, 0
        s.open, s.parent, s.res, s.post = [], [], [], defaultdict(set)

    def weigh(s, tf, df):
        w = {t: (1 + math.log(x)) * (math.log(s.N + 1) - math.log(df[t])) for t, x in tf.items()}
        top = sorted(w.items(), key=lambda kv: -kv[1])[:TOP_K]
        n = math.sqrt(sum(x * x for _, x in top if x > 0))
        return {t: x / n for t, x in top if x > 0} if n > 0 else {}

    def touch(s, st):
        s.open.remove(st)
        s.open.append(st)

    def close(s, st):
        s.open.remove(st)
        for t in st.ix: s.post[t].discard(st)

    def merge_look(s, a, th, force):
        for _ in range(4):
            if not force and a.size < a.next_check: return a
            force = False
            if a.size >= a.next_check: a.next_check = a.size + (a.size + 1) // 2
            acc = defaultdict(float)
            for t, w in sorted(a.c.items(), key=lambda kv: -kv[1])[:MERGE_M]:
                pl = s.post.get(t)
                if pl and len(pl) <= MAX_WALK:
                    for o in pl:
                        if o is not a: acc[o] += w
            best, bc = None, -1.0
            for o, _ in sorted(acc.items(), key=lambda kv: (-kv[1], kv[0].id))[:3]:
                c = ccos(a.c, a.n2, o.c, o.n2)
                if s.merge_tw:
                    gap = max(0, max(a.first, o.first) - min(a.last, o.last))
                    span = (a.last - a.first) + (o.last - o.first) if s.merge_span == 'sum' else max(a.last - a.first, o.last - o.first)
                    c -= s.merge_tw * math.log1p(gap / (2.0 + span))
                if c > bc or (c == bc and o.id < best.id): best, bc = o, c
            if best is None or bc < th: return a
            w, l = a, best
            if best.size > a.size or (best.size == a.size and best.id < a.id): w, l = best, a
            w.n2 = addvec(w.c, w.n2, l.c)
            w.tn2 = addvec(w.tc, w.tn2, l.tc)
            w.en2 = addvec(w.ec, w.en2, l.ec)
            w.ix |= l.ix
            for t in l.ix: s.post[t].add(w)
            w.size += l.size
            w.sumd += l.sumd
            w.gc.update(l.gc)
            w.last, w.first = max(w.last, l.last), min(w.first, l.first)
            w.last_seq = max(w.last_seq, l.last_seq)
            w.next_check = max(w.next_check, w.size)
            s.parent[l.id] = w.id
            s.close(l)
            s.touch(w)
            a = w
        return a

    def close_idle(s, day, everything=False):
        while s.open:
            t = s.open[0]
            if not everything and not (day - t.last > 4 and s.seq - t.last_seq > 2000): break
            if not t.close_tried and (t.size <= CLOSE_SIZE or s.close_big):
                t.close_tried = True
                s.merge_look(t, CLOSE_TH if t.size <= CLOSE_SIZE else s.close_big, True)
                continue
            s.close(t)

    def add(s, a, seen=None):
        s.seq += 1
        s.close_idle(a['day'])
        s.N += 1
        for t in a['tf']: s.df[t] += 1
        for t in a['ent']: s.edf[t] += 1
        v = s.weigh(a['tf'], s.df)
        x = {'ev': s.weigh(a['ent'], s.edf), 'tv': s.weigh(a['ttf'], s.df)}
        acc = defaultdict(float)
        for t, w in v.items():
            pl = s.post.get(t)
            if pl and len(pl) <= MAX_WALK:
                for o in pl: acc[o] += w
        cands = sorted(acc.items(), key=lambda kv: (-kv[1], kv[0].id))[:RESCORE]
        best, brank, bjoin, mjoin = None, -1e9, -1e9, -1e9
        for o, cw in cands:
            if cw < RESCORE_MIN * cands[0][1]: break
            r = s.simfn(v, x, a, o)
            rk, jn = r if isinstance(r, tuple) else (r, r)
            if seen is not None: seen.append((v, x, o))
            if rk > brank or (rk == brank and o.id < best.id): best, brank, bjoin = o, rk, jn
            mjoin = max(mjoin, jn)
        if s.join_max: bjoin = mjoin
        if best is None or bjoin < s.th or not v:
            best = Story(len(s.parent))
            s.parent.append(best.id)
            s.open.append(best)
        else:
            s.touch(best)
        ith = sorted(v.values(), reverse=True)[INDEX_T - 1] if len(v) > INDEX_T else -1
        best.n2 = addvec(best.c, best.n2, v, s.lam if best.size else 1.0)
        for t, w in v.items():
            if w >= ith and t not in best.ix:
                best.ix.add(t)
                s.post[t].add(best)
        best.tn2 = addvec(best.tc, best.tn2, x['tv'])
        best.en2 = addvec(best.ec, best.en2, x['ev'])
        best.sumd += a['day']
        best.newest = v
        best.last = a['day'] if best.last is None else max(best.last, a['day'])
        best.first = a['day'] if best.first is None else min(best.first, a['day'])
        best.last_seq, best.size = s.seq, best.size + 1
        best.gc[a['gold']] += 1
        sid = best.id
        s.merge_look(best, MERGE_TH, False)
        s.res.append(sid)

    def labels(s):
        s.close_idle(10 ** 9, True)
        def root(i):
            while s.parent[i] != i: i = s.parent[i]
            return i
        return [root(i) for i in s.res]


def gap_tau(art, o):
    gap = art['day'] - o.last
    if gap < 0: gap = max(0, o.first - art['day'])
    return gap, 2.0 + (o.last - o.first)


def default_sim(tw=0.03, title=0.0, mean_gap=False):
    def f(v, x, art, o):
        c = cos(v, o.c, o.n2)
        if title and x['tv'] and o.tn2 > 0: c = (1 - title) * c + title * cos(x['tv'], o.tc, o.tn2)
        gap, tau = gap_tau(art, o)
        if mean_gap: gap = abs(art['day'] - o.sumd / o.size)
        return c - tw * math.log1p(gap / tau)
    return f


def run(arts, simfn, th=0.15, **kw):
    c = Clusterer(simfn, th, **kw)
    for a in arts: c.add(a)
    return score(arts, c.labels())


def line(label, res):
    return '%-44s | %s' % (label, ' | '.join(
        '%s pF1 %.3f B3 %.3f (%d)' % (n[:5], r[2], r[5], r[6]) for n, r in zip(STREAMS, res)))


# ---- Miranda et al. features and fitted models ----------------------------

FEATS = ['cos', 'tcos', 'ecos', 'bothtitle', 'lgtau', 'lggap', 'lgmean', 'lgsize', 'newcos', 'lgfirst']


def feats(v, x, art, o):
    gap, tau = gap_tau(art, o)
    return [cos(v, o.c, o.n2), cos(x['tv'], o.tc, o.tn2) if x['tv'] else 0.0,
            cos(x['ev'], o.ec, o.en2) if x['ev'] else 0.0, 1.0 if x['tv'] and o.tn2 > 0 else 0.0,
            math.log1p(gap / tau), math.log1p(gap), math.log1p(abs(art['day'] - o.sumd / o.size)),
            math.log(o.size), sum(w * o.newest.get(t, 0.0) for t, w in v.items()),
            math.log1p(max(0, art['day'] - o.first))]


def collect(arts, labels='majority'):
    """On-policy (features, right?) pairs per article, from the default clusterer.
    labels 'majority': a candidate is right when its most common gold story is
    the article's; 'gain': right when it has the most (members of the article's
    gold story - other members) of all candidates, and that is > 0."""
    base, groups, cur = default_sim(), [], []
    def f(v, x, a, o):
        g = o.gc[a['gold']]
        cur.append((feats(v, x, a, o), o.gc.most_common(1)[0][0] == a['gold'], g - (o.size - g)))
        return base(v, x, a, o)
    c = Clusterer(f)
    for a in arts:
        cur.clear()
        c.add(a)
        mg = max([t[2] for t in cur], default=0)
        groups.append([(t[0], int(t[1]) if labels == 'majority' else int(mg > 0 and t[2] == mg)) for t in cur])
    return groups


def solve(M, g):
    d = len(g)
    A = [M[i][:] + [g[i]] for i in range(d)]
    for i in range(d):
        p = max(range(i, d), key=lambda r: abs(A[r][i]))
        A[i], A[p] = A[p], A[i]
        for r in range(d):
            if r != i and A[i][i]:
                f = A[r][i] / A[i][i]
                for k in range(i, d + 1): A[r][k] -= f * A[i][k]
    return [A[j][d] / A[j][j] for j in range(d)]


def fit_logistic(X, y, l2=1e-3, iters=30):
    d = len(X[0]) + 1
    w = [0.0] * d
    for _ in range(iters):
        g, H = [0.0] * d, [[0.0] * d for _ in range(d)]
        for xi, yi in zip(X, y):
            xx = [1.0] + xi
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, sum(a * b for a, b in zip(w, xx))))))
            for j in range(d):
                g[j] += (p - yi) * xx[j]
                for k in range(j, d): H[j][k] += p * (1 - p) * xx[j] * xx[k]
        for j in range(d):
            g[j] += l2 * w[j]
            H[j][j] += l2
            for k in range(j): H[j][k] = H[k][j]
        w = [a - b for a, b in zip(w, solve(H, g))]
    return w


def fit_ranking(groups, idx, iters=300, lr=0.5, l2=1e-3):
    """Conditional logit over the candidates of an article (gradient descent)."""
    w = [0.0] * len(idx)
    for _ in range(iters):
        g = [0.0] * len(idx)
        for grp in groups:
            z = [sum(w[j] * f[i] for j, i in enumerate(idx)) for f, _ in grp]
            m = max(z)
            e = [math.exp(q - m) for q in z]
            S, npos = sum(e), sum(y for _, y in grp)
            for (f, y), ei in zip(grp, e):
                for j, i in enumerate(idx): g[j] += (ei / S - y / npos) * f[i]
        w = [a - lr * (b / len(groups) + l2 * a) for a, b in zip(w, g)]
    return w


def ranking_accuracy(groups, w, idx):
    ok = 0
    for grp in groups:
        z = [sum(w[j] * f[i] for j, i in enumerate(idx)) for f, _ in grp]
        ok += grp[max(range(len(grp)), key=lambda k: z[k])][1]
    return ok / len(groups)


def linear_sim(w, idx):
    return lambda v, x, a, o: w[0] + sum(w[1 + j] * feats(v, x, a, o)[i] for j, i in enumerate(idx))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--shared', default=os.path.join(HERE, '..', '..', 'shared'))
    ap.add_argument('what', choices=['check', 'join', 'rank', 'rank-gain', 'variants', 'search', 'analyse'])
    o = ap.parse_args()
    if not os.path.isdir(os.path.join(o.shared, 'eval', 'cluster')):
        print('SKIPPED: %s/eval/cluster not found' % o.shared)
        return 77
    arts = {n: load(o.shared, n) for n in STREAMS}
    both = lambda simfn, th=0.15, **kw: [run(arts[n], simfn, th, **kw) for n in STREAMS]
    print(line('model, defaults', both(default_sim())))
    if o.what == 'join':
        rows = {n: [r for g in collect(arts[n]) for r in g] for n in STREAMS}
        rows['both'] = rows['basil'] + rows['dev_stream']
        for name, fs in [('cos, time', ['cos', 'lgtau']), ('cos, title, entity, time', ['cos', 'tcos', 'ecos', 'lgtau']),
                         ('cos, time features, size', ['cos', 'lgtau', 'lggap', 'lgmean', 'lgfirst', 'lgsize']),
                         ('all ten', FEATS)]:
            idx = [FEATS.index(f) for f in fs]
            for tr in ['basil', 'dev_stream', 'both']:
                w = fit_logistic([[r[0][i] for i in idx] for r in rows[tr]], [r[1] for r in rows[tr]])
                print(line('%s, fit on %s' % (name, tr), both(linear_sim(w, idx), 0.0)))
                print('    weights (bias, %s): %s' % (', '.join(fs), ' '.join('%.2f' % a for a in w)), flush=True)
    elif o.what in ('rank', 'rank-gain'):
        groups = {n: [g for g in collect(arts[n], 'gain' if o.what == 'rank-gain' else 'majority')
                      if any(y for _, y in g) and not all(y for _, y in g)] for n in STREAMS}
        acc = lambda w, idx: ', '.join('%s %.3f' % (n, ranking_accuracy(groups[n], w, idx)) for n in STREAMS)
        print('ranking accuracy (articles with right and wrong candidates: %s)' %
              ', '.join('%s %d' % (n, len(groups[n])) for n in STREAMS))
        print('  default score (cos - 0.03 lgtau): %s' % acc([1.0, -0.03], [0, 4]))
        for fs in [['cos', 'lgtau'], ['cos', 'tcos', 'ecos', 'lgtau'], FEATS]:
            idx = [FEATS.index(f) for f in fs]
            for tr in STREAMS:
                w = fit_ranking(groups[tr], idx)
                print('  %s fit on %s: %s  (weights %s)' % (', '.join(fs), tr, acc(w, idx),
                                                            ' '.join('%.2f' % a for a in w)), flush=True)
        base = default_sim()
        for fs in [FEATS, ['cos', 'tcos', 'ecos', 'bothtitle', 'newcos', 'lgtau', 'lgsize']]:
            idx = [FEATS.index(f) for f in fs]
            w = fit_ranking(groups['dev_stream'], idx)
            def ranked(v, x, a, st, w=w, idx=idx):
                f = feats(v, x, a, st)
                return sum(w[j] * f[i] for j, i in enumerate(idx)), base(v, x, a, st)
            print('  %s fit on dev_stream: %s' % (', '.join(fs), acc(w, idx)))
            print(line('  ranked so, joined when its default score >= th', both(ranked)), flush=True)
            print(line('  ranked so, joined when the best default >= th', both(ranked, join_max=True)), flush=True)
        for twr in [0.0, 0.01]:
            def split(v, x, a, o, twr=twr):
                c = cos(v, o.c, o.n2)
                gap, tau = gap_tau(a, o)
                return c - twr * math.log1p(gap / tau), c - 0.03 * math.log1p(gap / tau)
            print(line('ranked by cos - %.2f lgtau, joined by default' % twr, both(split)), flush=True)
    elif o.what == 'variants':
        for a in [0.15, 0.3]:
            print(line('title cosine mixed in, weight %.2f' % a, both(default_sim(title=a))), flush=True)
        print(line('time gap to the story mean date', both(default_sim(mean_gap=True))), flush=True)
        for lam in [0.9, 0.95]:
            print(line('aged centroid, x%.2f per article' % lam, both(default_sim(), lam=lam)), flush=True)
        for th in [0.35, 0.4]:
            print(line('closing stories of 3+ link at %.2f' % th, both(default_sim(), close_big=th)), flush=True)
        for wn in [0.05, 0.1, 0.15, 0.2]:
            def newest(v, x, a, st, wn=wn, base=default_sim()):
                return base(v, x, a, st) + wn * sum(w * st.newest.get(t, 0.0) for t, w in v.items())
            print(line('+ %.2f x cosine with the newest member' % wn, both(newest)), flush=True)
        for K in [100, 200]:
            def topk(v, x, a, st, K=K, tw=0.03):
                top = dict(sorted(st.c.items(), key=lambda kv: -kv[1])[:K])
                gap, tau = gap_tau(a, st)
                return cos(v, top, sum(t * t for t in top.values())) - tw * math.log1p(gap / tau)
            print(line('cosine with the %d heaviest centroid terms' % K, both(topk)), flush=True)
        for tw in [0.03, 0.1]:
            print(line('time decay %.2f on merges too' % tw, both(default_sim(), merge_tw=tw)), flush=True)
        for e0 in [0.05, 0.1]:
            def veto(v, x, a, st, e0=e0, base=default_sim()):
                r = base(v, x, a, st)
                return r - 1.0 if x['ev'] and st.en2 > 0 and cos(x['ev'], st.ec, st.en2) < e0 else r
            print(line('entity veto: entity cosine below %.2f' % e0, both(veto)), flush=True)
        bi = {n: load(o.shared, n, bigrams=0.5) for n in STREAMS}
        print(line('word bigrams as terms, weight 0.5', [run(bi[n], default_sim()) for n in STREAMS]))
    elif o.what == 'search':
        names, step = ['title', 'entity', 'newest', 'lgsize', 'tw', 'th'], [0.1, 0.1, 0.1, 0.01, 0.01, 0.01]
        def mk(p):
            def f(v, x, a, st):
                r = cos(v, st.c, st.n2)
                if p[0] and x['tv'] and st.tn2 > 0: r += p[0] * cos(x['tv'], st.tc, st.tn2)
                if p[1] and x['ev'] and st.en2 > 0: r += p[1] * cos(x['ev'], st.ec, st.en2)
                if p[2]: r += p[2] * sum(w * st.newest.get(t, 0.0) for t, w in v.items())
                if p[3]: r += p[3] * math.log(st.size)
                gap, tau = gap_tau(a, st)
                return r - p[4] * math.log1p(gap / tau)
            return f
        for tr in STREAMS:  # coordinate search on pairwise F1 of one stream, checked on the other
            p = [0, 0, 0, 0, 0.03, 0.15]
            cur = run(arts[tr], mk(p), p[5])[2]
            for _ in range(3):
                moved = False
                for i in range(len(p)):
                    for d in (1, -1):
                        q = p[:]
                        q[i] = round(q[i] + d * step[i], 4)
                        f = run(arts[tr], mk(q), q[5])[2] if q[4] >= 0 else 0
                        if f > cur + 0.002:
                            p, cur, moved = q, f, True
                            break
                if not moved: break
            print(line('search on %s: %s' % (tr, ' '.join('%s %g' % t for t in zip(names, p))),
                       both(mk(p), p[5])), flush=True)
    elif o.what == 'analyse':
        for n in STREAMS:
            cur, cat, seen_gold, base, cell = [], Counter(), set(), default_sim(), defaultdict(list)
            def f(v, x, a, st):
                r = base(v, x, a, st)
                gap, _ = gap_tau(a, st)
                cur.append((r, -st.id, st.gc.most_common(1)[0][0] == a['gold'], gap, st.last - st.first))
                return r
            c = Clusterer(f)
            for a in arts[n]:
                cur.clear()
                first = a['gold'] not in seen_gold
                seen_gold.add(a['gold'])
                c.add(a)
                right = any(t[2] for t in cur)
                b = max(cur) if cur else None
                if b and b[0] >= 0.15:
                    cat['joined, best right' if b[2] else 'joined wrong, a right candidate' if right else
                        'joined wrong, no right candidate'] += 1
                    if b[4] <= 3 and b[3] >= 7:
                        k = '  joined a story of <= 3 days, >= 7 days later: ' + ('right' if b[2] else 'wrong')
                        cat[k] += 1
                        cell[k].append((b[0], b[3]))
                else:
                    cat['new, first of its gold story' if first else 'new, best candidate right' if b and b[2] else
                        'new, a right candidate' if right else 'new, no right candidate'] += 1
            print('%s (article decisions of the default clusterer, candidates as first seen):' % n)
            order = ['joined, best right', 'joined wrong, a right candidate', 'joined wrong, no right candidate',
                     '  joined a story of <= 3 days, >= 7 days later: right',
                     '  joined a story of <= 3 days, >= 7 days later: wrong', 'new, first of its gold story',
                     'new, best candidate right', 'new, a right candidate', 'new, no right candidate']
            for k in order:
                print('  %-60s %5d' % (k, cat[k]), end='')
                if cell[k]:
                    sc, gaps = sorted(t[0] for t in cell[k]), sorted(t[1] for t in cell[k])
                    print('   score %.2f / %.2f / %.2f, gap %d / %d / %d days (min / median / max)' % (
                        sc[0], sc[len(sc) // 2], sc[-1], gaps[0], gaps[len(gaps) // 2], gaps[-1]), end='')
                print()
    return 0


if __name__ == '__main__':
    sys.exit(main())
