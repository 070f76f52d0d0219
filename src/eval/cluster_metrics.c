/*
 * cluster_metrics.c — agreement between a predicted and a gold partition:
 * pairwise precision/recall/F1 (the measure of Miranda et al. 2018),
 * B-cubed (Bagga & Baldwin 1998; Amigo et al. 2009), normalised mutual
 * information (arithmetic-mean normalisation, as scikit-learn's default)
 * and the adjusted Rand index (Hubert & Arabie 1985).
 *
 * Everything is computed from the contingency table n_ij (articles in
 * predicted cluster i and gold cluster j), its row sums a_i and column sums
 * b_j, built by sorting (pred, gold) pairs: O(n log n), no hash order.
 * Conventions for degenerate cases: precision is 1 when there is nothing
 * predicted to be wrong about (no predicted pairs), recall is 1 when there
 * is nothing to find (no gold pairs); NMI and ARI are 1 when both
 * partitions have zero entropy / no pairs to disagree on (as scikit-learn).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../core/core.h"

typedef struct pg {
  uint32_t p, g;
} pg;

static int cmp_pg(const void *x, const void *y) {
  const pg *a = x, *b = y;
  if (a->p != b->p) return a->p < b->p ? -1 : 1;
  return a->g < b->g ? -1 : a->g > b->g;
}
static int cmp_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return a < b ? -1 : a > b;
}

static double pairs(double k) { return k * (k - 1) / 2; }

/* Sizes of the runs of equal values in sorted v[0..n): appended to out[];
 * returns the number of runs. */
static size_t runs(const uint32_t *v, size_t n, double *out) {
  size_t r = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && v[j] == v[i]) j++;
    out[r++] = (double)(j - i);
    i = j;
  }
  return r;
}

sl_status sl_cluster_score(const uint32_t *pred, const uint32_t *gold, size_t n,
                           sl_cluster_scores *out) {
  SL_API_CHECK(out && (n == 0 || (pred && gold)));
  memset(out, 0, sizeof *out);
  if (n == 0) return SL_EEMPTY;
  pg *cells = malloc(n * sizeof *cells);
  uint32_t *ps = malloc(n * sizeof *ps), *gs = malloc(n * sizeof *gs);
  double *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
  uint32_t *arow = malloc(n * sizeof *arow), *bcol = malloc(n * sizeof *bcol);
  sl_status st = SL_ENOMEM;
  if (!cells || !ps || !gs || !a || !b || !arow || !bcol) goto done;
  for (size_t i = 0; i < n; i++) cells[i] = (pg){pred[i], gold[i]}, ps[i] = pred[i], gs[i] = gold[i];
  qsort(cells, n, sizeof *cells, cmp_pg);
  qsort(ps, n, sizeof *ps, cmp_u32);
  qsort(gs, n, sizeof *gs, cmp_u32);
  size_t na = runs(ps, n, a), nb = runs(gs, n, b);
  /* Index of each cell's row and column sums: labels are sorted, so a
   * binary search in the distinct labels finds them. */
  size_t ia = 0, ib = 0;
  for (size_t i = 0; i < n; i++) {
    if (i == 0 || ps[i] != ps[i - 1]) arow[ia++] = ps[i];
    if (i == 0 || gs[i] != gs[i - 1]) bcol[ib++] = gs[i];
  }
  double N = (double)n, tp = 0, sa = 0, sb = 0, bp = 0, br = 0, mi = 0, ha = 0, hb = 0;
  for (size_t i = 0; i < na; i++) sa += pairs(a[i]), ha -= a[i] / N * log(a[i] / N);
  for (size_t j = 0; j < nb; j++) sb += pairs(b[j]), hb -= b[j] / N * log(b[j] / N);
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && cells[j].p == cells[i].p && cells[j].g == cells[i].g) j++;
    double nij = (double)(j - i);
    uint32_t *pa = bsearch(&cells[i].p, arow, na, sizeof *arow, cmp_u32);
    uint32_t *pb = bsearch(&cells[i].g, bcol, nb, sizeof *bcol, cmp_u32);
    double ai = a[pa - arow], bj = b[pb - bcol];
    tp += pairs(nij);
    bp += nij * nij / ai;
    br += nij * nij / bj;
    mi += nij / N * log(N * nij / (ai * bj));
    i = j;
  }
  out->articles = n;
  out->pred_clusters = na;
  out->gold_clusters = nb;
  out->pair_p = sa > 0 ? tp / sa : 1.0;
  out->pair_r = sb > 0 ? tp / sb : 1.0;
  out->pair_f = out->pair_p + out->pair_r > 0
                    ? 2 * out->pair_p * out->pair_r / (out->pair_p + out->pair_r)
                    : 0.0;
  out->bcubed_p = bp / N;
  out->bcubed_r = br / N;
  out->bcubed_f = 2 * out->bcubed_p * out->bcubed_r / (out->bcubed_p + out->bcubed_r);
  out->nmi = ha + hb > 0 ? 2 * mi / (ha + hb) : 1.0;
  if (out->nmi < 0) out->nmi = 0; /* rounding */
  double expected = sa * sb / pairs(N), maxi = (sa + sb) / 2;
  out->ari = maxi - expected != 0 ? (tp - expected) / (maxi - expected) : 1.0;
  st = SL_OK;
done:
  free(cells), free(ps), free(gs), free(a), free(b), free(arow), free(bcol);
  return st;
}

/* ---- TSV files ---------------------------------------------------------- */

typedef struct labels {
  sl_strmap ids;             /* article id -> dense number */
  SL_VEC(uint32_t) label;    /* id number -> label number (in `names`) */
} labels;

static sl_status read_tsv(const char *path, labels *L, sl_strmap *names, sl_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) return sl_error_set(err, SL_EIO, path, 0, "cannot open: %s", strerror(errno));
  sl_buf b;
  sl_buf_init(&b);
  char chunk[65536];
  size_t got;
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) sl_buf_put(&b, chunk, got);
  bool rerr = ferror(f);
  fclose(f);
  if (rerr || b.oom) {
    sl_buf_free(&b);
    return sl_error_set(err, rerr ? SL_EIO : SL_ENOMEM, path, 0, rerr ? "read error" : "out of memory");
  }
  sl_status st = SL_OK;
  long line = 0;
  for (size_t i = 0; i < b.len && st == SL_OK;) {
    size_t e = i;
    while (e < b.len && b.p[e] != '\n') e++;
    line++;
    size_t le = e;
    if (le > i && b.p[le - 1] == '\r') le--;
    const char *s = b.p + i;
    size_t n = le - i;
    i = e + 1;
    if (n == 0 || s[0] == '#') continue;
    const char *tab = memchr(s, '\t', n);
    if (!tab || tab == s || tab == s + n - 1) {
      st = sl_error_set(err, SL_EFORMAT, path, line, "expected 'article_id<TAB>cluster'");
      break;
    }
    size_t idn = (size_t)(tab - s), ln = n - idn - 1;
    const char *lab = tab + 1;
    if (memchr(lab, '\t', ln)) ln = (size_t)((const char *)memchr(lab, '\t', ln) - lab);
    bool added;
    uint32_t id = sl_strmap_intern(&L->ids, s, idn, &added);
    uint32_t lid = sl_strmap_intern(names, lab, ln, NULL);
    if (id == UINT32_MAX || lid == UINT32_MAX) {
      st = sl_error_set(err, SL_ENOMEM, path, line, "out of memory");
    } else if (!added) {
      st = sl_error_set(err, SL_EFORMAT, path, line, "article '%.*s' is listed twice", (int)idn, s);
    } else if (!sl_vec_push(&L->label, lid)) {
      st = sl_error_set(err, SL_ENOMEM, path, line, "out of memory");
    }
  }
  sl_buf_free(&b);
  if (st == SL_OK && L->label.n == 0)
    st = sl_error_set(err, SL_EEMPTY, path, 0, "no 'article_id<TAB>cluster' lines");
  return st;
}

sl_status sl_cluster_score_files(const char *pred_tsv, const char *gold_tsv, sl_cluster_scores *out,
                                 sl_error *err) {
  SL_API_CHECK(pred_tsv && gold_tsv && out);
  memset(out, 0, sizeof *out);
  labels P, G;
  sl_strmap pn, gn;
  memset(&P, 0, sizeof P), memset(&G, 0, sizeof G);
  sl_strmap_init(&P.ids), sl_strmap_init(&G.ids), sl_strmap_init(&pn), sl_strmap_init(&gn);
  uint32_t *pv = NULL, *gv = NULL;
  sl_status st = read_tsv(pred_tsv, &P, &pn, err);
  if (st == SL_OK) st = read_tsv(gold_tsv, &G, &gn, err);
  if (st == SL_OK) {
    pv = malloc(G.label.n * sizeof *pv);
    gv = malloc(G.label.n * sizeof *gv);
    if (!pv || !gv) st = sl_error_set(err, SL_ENOMEM, "", 0, "out of memory");
  }
  size_t n = 0;
  if (st == SL_OK) {
    for (uint32_t g = 0; g < G.label.n; g++) { /* gold order: deterministic */
      size_t len;
      const char *id = sl_strmap_key(&G.ids, g, &len);
      uint32_t p = sl_strmap_get(&P.ids, id, len);
      if (p == UINT32_MAX) continue;
      pv[n] = P.label.a[p], gv[n] = G.label.a[g], n++;
    }
    if (n == 0) {
      st = sl_error_set(err, SL_EEMPTY, pred_tsv, 0, "no article id in common with %s", gold_tsv);
    } else {
      st = sl_cluster_score(pv, gv, n, out);
      if (st != SL_OK) sl_error_set(err, st, "", 0, "out of memory");
      out->only_pred = P.label.n - n;
      out->only_gold = G.label.n - n;
    }
  }
  free(pv), free(gv);
  sl_strmap_free(&P.ids), sl_strmap_free(&G.ids), sl_strmap_free(&pn), sl_strmap_free(&gn);
  sl_vec_free(&P.label), sl_vec_free(&G.label);
  return st;
}
