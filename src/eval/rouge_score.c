/*
 * rouge_score.c — one system summary against one cluster's references:
 * ROUGE-N (clipped n-gram overlap), ROUGE-L (union LCS per reference
 * sentence, clipped by unigram counts), ROUGE-W (weighted LCS) and
 * ROUGE-S/SU (skip-bigrams), combined over the references with -f A
 * (pooled counts) or -f B (best reference), as ROUGE-1.5.5's compute*Score
 * and computeROUGEX do.
 *
 * Invariant: grams are sorted id multisets built once per text and merged
 * in linear time; the LCS tables are filled and traced with ROUGE's exact
 * tie-breaking, so the marked words (and the scores) are ROUGE's.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rouge_impl.h"

/* Perl's sprintf("%7.5f", x) read back as a number. */
double rg_round5(double x) {
  char b[64];
  snprintf(b, sizeof b, "%.5f", x);
  return strtod(b, NULL);
}

/* ---- grams --------------------------------------------------------------- */

/* Id of the n-gram (prev n-1-gram id, word), interned in one table. */
static uint32_t pair_id(sl_rouge *r, uint32_t prev, uint32_t w, bool *oom) {
  if (r->pair_n * 2 >= r->pair_cap) {
    size_t cap = r->pair_cap ? r->pair_cap * 2 : 4096;
    uint64_t *k = calloc(cap, sizeof *k);
    uint32_t *v = calloc(cap, sizeof *v);
    if (!k || !v) return free(k), free(v), *oom = true, RG_NONE;
    for (size_t i = 0; i < r->pair_cap; i++) {
      if (!r->pair_val[i]) continue;
      size_t h = (size_t)(r->pair_key[i] * 0x9E3779B97F4A7C15ull >> 20) & (cap - 1);
      while (v[h]) h = (h + 1) & (cap - 1);
      k[h] = r->pair_key[i];
      v[h] = r->pair_val[i];
    }
    free(r->pair_key);
    free(r->pair_val);
    r->pair_key = k, r->pair_val = v, r->pair_cap = cap;
  }
  uint64_t key = (uint64_t)prev << 32 | w;
  size_t h = (size_t)(key * 0x9E3779B97F4A7C15ull >> 20) & (r->pair_cap - 1);
  while (r->pair_val[h]) {
    if (r->pair_key[h] == key) return r->pair_val[h] - 1;
    h = (h + 1) & (r->pair_cap - 1);
  }
  r->pair_key[h] = key;
  r->pair_val[h] = ++r->next_gram;
  r->pair_n++;
  return r->next_gram - 1;
}

/* Sorts a[0..n) ascending: insertion sort when short, else an LSD radix
 * sort on 8-bit digits that skips digits all keys share.  tmp holds n. */
void rg_sort_u64(uint64_t *a, size_t n, uint64_t *tmp) {
  if (n < 48) {
    for (size_t i = 1; i < n; i++) {
      uint64_t x = a[i];
      size_t j = i;
      while (j && a[j - 1] > x) a[j] = a[j - 1], j--;
      a[j] = x;
    }
    return;
  }
  size_t count[256];
  uint64_t *src = a, *dst = tmp, all_or = 0;
  for (size_t i = 0; i < n; i++) all_or |= a[i];
  for (int shift = 0; shift < 64; shift += 8) {
    if (!(all_or >> shift & 0xFF)) continue; /* digit is 0 in every key */
    memset(count, 0, sizeof count);
    for (size_t i = 0; i < n; i++) count[src[i] >> shift & 0xFF]++;
    if (count[src[0] >> shift & 0xFF] == n) continue; /* one digit value: nothing to do */
    size_t sum = 0;
    for (size_t d = 0; d < 256; d++) {
      size_t c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (size_t i = 0; i < n; i++) dst[count[src[i] >> shift & 0xFF]++] = src[i];
    uint64_t *t = src;
    src = dst, dst = t;
  }
  if (src != a) memcpy(a, src, n * sizeof *a);
}

/* Sorts ids[0..n) and stores them as a multiset in g (takes ids). */
static sl_status build_multiset(rg_grams *g, uint64_t *ids, size_t n) {
  uint64_t *tmp = n >= 48 ? malloc(n * sizeof *tmp) : NULL;
  if (n >= 48 && !tmp) return free(ids), SL_ENOMEM;
  rg_sort_u64(ids, n, tmp);
  free(tmp);
  g->cnt = malloc((n ? n : 1) * sizeof *g->cnt);
  if (!g->cnt) return free(ids), SL_ENOMEM;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (k && ids[k - 1] == ids[i]) g->cnt[k - 1]++;
    else ids[k] = ids[i], g->cnt[k++] = 1;
  }
  g->id = ids;
  g->n = (uint32_t)k;
  g->total = (uint32_t)n;
  g->built = true;
  return SL_OK;
}

/* ROUGE createNGram: every n-gram of the token list. */
static sl_status ngrams(sl_rouge *r, rg_doc *d, int n) {
  rg_grams *g = &d->ng[n];
  if (g->built) return SL_OK;
  size_t t = d->tok.n, m = t >= (size_t)n ? t - (size_t)n + 1 : 0;
  uint64_t *ids = malloc((m ? m : 1) * sizeof *ids);
  if (!ids) return SL_ENOMEM;
  bool oom = false;
  if (n > 1 && d->pos && d->pos_n == n - 1) {
    /* extend the cached (n-1)-grams by one word, in place */
    for (size_t i = 0; i < m && !oom; i++) d->pos[i] = pair_id(r, d->pos[i], d->tok.a[i + (size_t)n - 1], &oom);
  } else {
    free(d->pos);
    d->pos = malloc((t ? t : 1) * sizeof *d->pos);
    if (!d->pos) return free(ids), SL_ENOMEM;
    for (size_t i = 0; i < m; i++) {
      uint32_t id = d->tok.a[i];
      for (int j = 1; j < n && !oom; j++) id = pair_id(r, id, d->tok.a[i + (size_t)j], &oom);
      d->pos[i] = id;
    }
  }
  d->pos_n = n;
  if (oom) return d->pos_n = 0, free(ids), SL_ENOMEM;
  for (size_t i = 0; i < m; i++) ids[i] = d->pos[i];
  return build_multiset(g, ids, m);
}

/* ROUGE createSkipBigram: pairs at most skip+1 apart (skip < 0: any), and
 * with -u the unigram of every token but the last. */
static sl_status skipgrams(sl_rouge *r, rg_doc *d, bool uni) {
  rg_grams *g = &d->sk[uni];
  if (g->built) return SL_OK;
  SL_VEC(uint64_t) v = {0};
  size_t t = d->tok.n;
  long sd = r->o.skip;
  /* pairs = sum over i of min(gap + 1, t - 1 - i): quadratic without a gap
   * limit, so refuse (SL_EINVAL) above RG_MAX_CELLS instead of exhausting memory */
  size_t span = sd < 0 ? t : (size_t)sd + 1, pairs = 0;
  for (size_t i = 0; i + 1 < t && pairs <= RG_MAX_CELLS; i++) pairs += SL_MIN(span, t - 1 - i) + uni;
  if (pairs > RG_MAX_CELLS) return SL_EINVAL;
  for (size_t i = 0; i + 1 < t; i++) {
    if (uni && !sl_vec_push(&v, (uint64_t)d->tok.a[i] << 32 | 0xFFFFFFFFu)) goto oom;
    for (size_t j = i + 1; j < t && (sd < 0 || j <= i + (size_t)sd + 1); j++)
      if (!sl_vec_push(&v, (uint64_t)d->tok.a[i] << 32 | d->tok.a[j])) goto oom;
  }
  if (!v.a && !(v.a = malloc(sizeof *v.a))) return SL_ENOMEM;
  return build_multiset(g, v.a, v.n);
oom:
  sl_vec_free(&v);
  return SL_ENOMEM;
}

/* Clipped overlap of two multisets. */
static uint32_t overlap(const rg_grams *a, const rg_grams *b) {
  uint32_t hit = 0, i = 0, j = 0;
  while (i < a->n && j < b->n) {
    if (a->id[i] < b->id[j]) i++;
    else if (a->id[i] > b->id[j]) j++;
    else hit += SL_MIN(a->cnt[i], b->cnt[j]), i++, j++;
  }
  return hit;
}
/* ---- LCS and WLCS ---------------------------------------------------------- */


static bool scratch_cells(rg_scratch *s, size_t cells, bool wl) {
  if (cells > s->ncell) {
    free(s->c);
    free(s->l);
    s->l = NULL;
    s->c = malloc(cells * sizeof *s->c);
    s->ncell = s->c ? cells : 0;
    if (!s->c) return false;
  }
  if (wl && !s->l) s->l = malloc(s->ncell * sizeof *s->l);
  return !wl || s->l;
}

/* Marks in mask the model positions on ROUGE's LCS path of model x peer,
 * the DP table filled and traced exactly as lcs_inner + markLCS do: a match
 * goes diagonal, otherwise "up" wins ties (c[i-1][j] >= c[i][j-1]).
 *
 * Model words absent from the peer sentence are dropped first: such a row
 * equals the row above it (c[i][j] = c[i-1][j] for every j), so the trace
 * always goes "up" through it without a mark, and the rows below are
 * unchanged.  (Peer columns cannot be dropped this way: ties there send the
 * trace up inside the column.  WLCS cannot either: a dropped row would join
 * two runs.) */
static bool lcs_mark(rg_scratch *s, const uint32_t *m, size_t mn, const uint32_t *p, size_t pn,
                     uint8_t *mask) {
  if (++s->stamp_cur == 0) { /* wrapped: forget every old stamp */
    memset(s->stamp, 0, s->ncnt * sizeof *s->stamp);
    s->stamp_cur = 1;
  }
  for (size_t j = 0; j < pn; j++) s->stamp[p[j]] = s->stamp_cur;
  if (mn > s->nrows) {
    free(s->rows);
    s->rows = malloc(mn * sizeof *s->rows);
    s->nrows = s->rows ? mn : 0;
    if (!s->rows) return false;
  }
  size_t k = 0;
  for (size_t i = 0; i < mn; i++)
    if (s->stamp[m[i]] == s->stamp_cur) s->rows[k++] = (uint32_t)i;
  if (!k) return true; /* nothing in common: no mark */
  size_t W = pn + 1, cells = (k + 1) * W;
  if (cells > RG_MAX_CELLS) return s->too_long = true, false;
  if (cells > s->nci) {
    free(s->ci);
    s->ci = malloc(cells * sizeof *s->ci);
    s->nci = s->ci ? cells : 0;
    if (!s->ci) return false;
  }
  int32_t *c = s->ci;
  memset(c, 0, W * sizeof *c);
  for (size_t i = 1; i <= k; i++) {
    int32_t *row = c + i * W, *up = row - W;
    uint32_t mw = m[s->rows[i - 1]];
    row[0] = 0;
    for (size_t j = 1; j <= pn; j++) {
      if (mw == p[j - 1]) row[j] = up[j - 1] + 1;
      else row[j] = up[j] >= row[j - 1] ? up[j] : row[j - 1];
    }
  }
  size_t i = k, j = pn;
  while (i && j) {
    size_t at = i * W + j;
    if (m[s->rows[i - 1]] == p[j - 1]) mask[s->rows[--i]] = 1, j--;
    else if (c[at - W] >= c[at - 1]) i--;
    else j--;
  }
  return true;
}

/* The same for ROUGE-W (wlcs_inner): a match adds f(k+1) - f(k) where k is
 * the length of the consecutive run so far, f(k) = k^w. */
static bool wlcs_mark(sl_rouge *r, rg_scratch *s, const uint32_t *m, size_t mn, const uint32_t *p,
                      size_t pn, uint8_t *mask) {
  size_t W = pn + 1;
  if ((mn + 1) * W > RG_MAX_CELLS) return s->too_long = true, false;
  if (!scratch_cells(s, (mn + 1) * W, true)) return false;
  double *c = s->c;
  int32_t *l = s->l;
  for (size_t j = 0; j <= pn; j++) c[j] = 0, l[j] = 0;
  for (size_t i = 1; i <= mn; i++) {
    c[i * W] = 0;
    l[i * W] = 0;
    for (size_t j = 1; j <= pn; j++) {
      size_t at = i * W + j;
      if (m[i - 1] == p[j - 1]) {
        int32_t k = l[at - W - 1];
        if ((size_t)k + 1 >= s->nwdiff) {
          size_t nn = (size_t)k + 64;
          double *nw = realloc(s->wdiff, nn * sizeof *nw);
          if (!nw) return false;
          for (size_t q = s->nwdiff; q < nn; q++)
            nw[q] = pow((double)q + 1, r->o.wlcs) - pow((double)q, r->o.wlcs);
          s->wdiff = nw, s->nwdiff = nn;
        }
        c[at] = c[at - W - 1] + s->wdiff[k];
        l[at] = k + 1;
      } else if (c[at - W] >= c[at - 1]) {
        c[at] = c[at - W];
        l[at] = 0;
      } else {
        c[at] = c[at - 1];
        l[at] = 0;
      }
    }
  }
  size_t i = mn, j = pn;
  while (i && j) {
    size_t at = i * W + j;
    if (m[i - 1] == p[j - 1]) mask[--i] = 1, j--;
    else if (c[at - W] >= c[at - 1]) i--;
    else j--;
  }
  return true;
}

/* Loads a unigram multiset into a count array (ids are word ids). */
static void load_counts(int32_t *cnt, const rg_grams *g, int sign) {
  for (uint32_t i = 0; i < g->n; i++) cnt[g->id[i]] = sign > 0 ? (int32_t)g->cnt[i] : 0;
}

/* ROUGE lcs()/wlcs() for one model: *hit, *base (model length, weighted
 * for WLCS) and *score.  Counts are clipped by the unigram counts. */
static bool lcs_pair(sl_rouge *r, rg_scratch *s, rg_doc *md, rg_doc *pd, bool wl, double *hit,
                     double *base, double *score) {
  double w = r->o.wlcs;
  load_counts(s->mcnt, &md->ng[1], 1);
  load_counts(s->pcnt, &pd->ng[1], 1);
  *hit = 0, *base = 0;
  bool ok = true;
  for (size_t si = 0; si + 1 < md->soff.n && ok; si++) {
    const uint32_t *m = md->ltok.a + md->soff.a[si];
    size_t mn = md->soff.a[si + 1] - md->soff.a[si];
    *base += wl ? pow((double)mn, w) : (double)mn;
    if (!mn) continue;
    if (mn > s->nmask) {
      free(s->mask);
      s->mask = malloc(mn);
      s->nmask = s->mask ? mn : 0;
      if (!s->mask) { ok = false; break; }
    }
    memset(s->mask, 0, mn);
    for (size_t pj = 0; pj + 1 < pd->soff.n && ok; pj++) {
      size_t pn = pd->soff.a[pj + 1] - pd->soff.a[pj];
      const uint32_t *p = pd->ltok.a + pd->soff.a[pj];
      if (pn) ok = wl ? wlcs_mark(r, s, m, mn, p, pn, s->mask) : lcs_mark(s, m, mn, p, pn, s->mask);
    }
    long run = 0;
    for (size_t j = 0; j < mn && ok; j++) {
      uint32_t t = m[j];
      if (!s->mask[j] || s->mcnt[t] <= 0 || s->pcnt[t] <= 0) continue;
      if (wl) {
        run++;
        if ((j + 1 < mn && !s->mask[j + 1]) || j + 1 == mn) *hit += pow((double)run, w), run = 0;
      } else {
        *hit += 1;
      }
      s->mcnt[t]--, s->pcnt[t]--;
    }
  }
  load_counts(s->mcnt, &md->ng[1], 0);
  load_counts(s->pcnt, &pd->ng[1], 0);
  if (wl) *score = *base > 0 ? pow(*hit / *base, 1 / w) : 0;
  else *score = *base > 0 ? *hit / *base : 0;
  return ok;
}

/* ---- per-cluster scores ---------------------------------------------------- */

/* Scores one system summary against a cluster's references for metric mt:
 * ROUGE's compute*Score followed by computeROUGEX. */
sl_status rg_score_one(sl_rouge *r, rg_scratch *s, const rg_metric *mt, rg_eval *e, rg_doc *pd,
                       double out[3]) {
  bool wl = mt->kind == RG_W, best_mode = r->o.formula == 'B';
  double w = r->o.wlcs;
  double tot_hit = 0, tot_m = 0, tot_p = 0, best = -1;
  sl_status st;
  for (size_t k = 0; k < e->models.n; k++) {
    rg_doc *md = &r->docs.a[e->models.a[k]];
    if (md->missing) continue;
    double hit, mcount, pcount, score;
    if (mt->kind == RG_N) {
      if ((st = ngrams(r, pd, mt->n)) || (st = ngrams(r, md, mt->n))) return st;
      hit = overlap(&pd->ng[mt->n], &md->ng[mt->n]);
      mcount = md->ng[mt->n].total;
      pcount = pd->ng[mt->n].total;
      score = mcount ? rg_round5(hit / mcount) : 0;
    } else if (mt->kind == RG_S) {
      if ((st = skipgrams(r, pd, mt->n)) || (st = skipgrams(r, md, mt->n))) {
        rg_doc *big = pd->sk[mt->n].built ? md : pd; /* the one that failed */
        if (st == SL_EINVAL && !(big->warned & 1u << mt->kind))
          rg_diag(r, SL_DIAG_SKIPPED, big->origin,
                  "too long for %s (more than %lu skip-bigrams): cluster left out", mt->name,
                  (unsigned long)RG_MAX_CELLS);
        if (st == SL_EINVAL) big->warned |= (uint8_t)(1u << mt->kind); /* once per text and kind */
        return st;
      }
      hit = overlap(&pd->sk[mt->n], &md->sk[mt->n]);
      mcount = md->sk[mt->n].total;
      pcount = pd->sk[mt->n].total;
      score = mcount ? rg_round5(hit / mcount) : 0;
    } else {
      if ((st = ngrams(r, pd, 1)) || (st = ngrams(r, md, 1))) return st;
      double base;
      if (!lcs_pair(r, s, md, pd, wl, &hit, &base, &score)) {
        if (!s->too_long) return SL_ENOMEM;
        if (!(pd->warned & 1u << mt->kind))
          rg_diag(r, SL_DIAG_SKIPPED, pd->origin,
                  "a sentence pair with %s is too long for %s (more than %lu DP cells): cluster left out",
                  md->origin, mt->name, (unsigned long)RG_MAX_CELLS);
        pd->warned |= (uint8_t)(1u << mt->kind); /* once per summary and metric kind */
        return SL_EINVAL;
      }
      mcount = wl ? pow(base, w) : base;
      pcount = wl ? pow((double)pd->ng[1].total, w) : pd->ng[1].total;
    }
    if (best_mode) {
      if (score > best) best = score, tot_hit = hit, tot_m = mcount, tot_p = pcount;
    } else {
      tot_hit += hit, tot_m += mcount, tot_p += pcount;
    }
  }
  if (r->o.unit) {
    out[0] = tot_m, out[1] = tot_p, out[2] = tot_hit;
    return SL_OK;
  }
  double R = 0, P = 0, F = 0, a = r->o.alpha;
  if (tot_m != 0) R = rg_round5(wl ? pow(tot_hit / tot_m, 1 / w) : tot_hit / tot_m);
  if (tot_p != 0) P = rg_round5(wl ? pow(tot_hit / tot_p, 1 / w) : tot_hit / tot_p);
  if ((1 - a) * P + a * R > 0) F = rg_round5((P * R) / ((1 - a) * P + a * R));
  out[0] = R, out[1] = P, out[2] = F;
  return SL_OK;
}
