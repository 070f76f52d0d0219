/*
 * rouge_boot.c — ROUGE-1.5.5's averages: bootstrap resampling over the
 * clusters (sample i seeded with Perl's srand(i), indices int(rand(n))),
 * the reported average being the mean of the sorted sample means and the
 * confidence interval their interpolated percentiles.
 *
 * Invariant: Perl's rand is drand48, replayed here bit for bit (48-bit LCG,
 * state (seed << 16) | 0x330E), and every sum is taken in the script's
 * order, so averages and intervals equal the official ones.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rouge_impl.h"

/* ---- averages and bootstrap ------------------------------------------------- */

/* Perl's drand48 after srand(seed): 48-bit LCG, state (seed << 16) | 0x330E. */
typedef struct rg_rand { uint64_t x; } rg_rand;
static void rand_seed(rg_rand *g, uint32_t seed) { g->x = (uint64_t)seed << 16 | 0x330E; }
static double rand_next(rg_rand *g) {
  g->x = (g->x * 0x5DEECE66Dull + 0xB) & 0xFFFFFFFFFFFFull;
  return ldexp((double)g->x, -48);
}

/* Sorts non-negative doubles ascending (Perl: sort { $a <=> $b }): for
 * x >= 0 the IEEE-754 bit patterns order like the values, so the integer
 * radix sort applies.  Every bootstrap value is a mean or ratio of
 * non-negative scores or counts. */
static void sort_nonneg(double *x, size_t n, uint64_t *tmp) {
  uint64_t *u = (uint64_t *)tmp + n; /* second half of tmp holds the keys */
  for (size_t i = 0; i < n; i++) {
    double v = x[i] == 0 ? 0.0 : x[i]; /* -0 -> +0 */
    memcpy(&u[i], &v, sizeof v);
  }
  rg_sort_u64(u, n, tmp);
  for (size_t i = 0; i < n; i++) memcpy(&x[i], &u[i], sizeof x[i]);
}

/* Most bootstrap draws tabulated at once (resamples x clusters). */
#define RG_MAX_DRAWS ((size_t)1 << 24)

/* Index drawn by int(rand(n)) for resample i, draw k: idx[i*n + k]. */
static uint32_t *draw_table(int resamples, size_t n) {
  uint32_t *idx = malloc((size_t)resamples * (n ? n : 1) * sizeof *idx);
  if (!idx) return NULL;
  for (int i = 0; i < resamples; i++) {
    rg_rand g;
    rand_seed(&g, (uint32_t)i);
    for (size_t k = 0; k < n; k++) idx[(size_t)i * n + k] = (uint32_t)((double)n * rand_next(&g));
  }
  return idx;
}

/* ROUGE computeAverages: the reported average is the mean of the sorted
 * bootstrap sample means, the interval their percentiles. */
sl_status rg_average(const sl_rouge *r, rg_result *res, uint32_t **tables, size_t *table_n) {
  size_t n = res->inst.n;
  sl_rouge_score *a = &res->avg;
  memset(a, 0, sizeof *a);
  a->clusters = n;
  double tot[3] = {0, 0, 0};
  for (size_t i = 0; i < n; i++)
    for (int k = 0; k < 3; k++) tot[k] += res->inst.a[i].v[k];
  a->m_count = tot[0], a->p_count = tot[1], a->h_count = tot[2];
  if (r->o.unit == 2) return SL_OK;
  int R = r->o.resamples;
  /* the draws depend only on (R, n): tabulate them once, unless the table
   * would be large (then every sample replays its own seed below) */
  bool tabulate = (size_t)R * n <= RG_MAX_DRAWS;
  if (tabulate && (*table_n != n || !*tables)) {
    free(*tables);
    *tables = draw_table(R, n);
    *table_n = n;
    if (!*tables) return SL_ENOMEM;
  }
  double *smp = malloc(3 * (size_t)R * sizeof *smp);
  uint64_t *tmp = malloc(2 * (size_t)R * sizeof *tmp);
  if (!smp || !tmp) return free(smp), free(tmp), SL_ENOMEM;
  double al = r->o.alpha;
  for (int i = 0; i < R; i++) {
    double sm[3] = {0, 0, 0};
    rg_rand g;
    rand_seed(&g, (uint32_t)i); /* srand($i) */
    for (size_t k = 0; k < n; k++) {
      size_t pick = tabulate ? (*tables)[(size_t)i * n + k] : (size_t)((double)n * rand_next(&g));
      const double *v = res->inst.a[pick].v;
      sm[0] += v[0], sm[1] += v[1], sm[2] += v[2];
    }
    if (r->o.unit == 0) {
      for (int k = 0; k < 3; k++) sm[k] = n ? sm[k] / (double)n : 0;
    } else {
      double tr = sm[0] > 0 ? sm[2] / sm[0] : 0, tp = sm[1] > 0 ? sm[2] / sm[1] : 0, tf = 0;
      if ((1 - al) * tp + al * tr > 0) tf = (tr * tp) / ((1 - al) * tp + al * tr);
      sm[0] = tr, sm[1] = tp, sm[2] = tf;
    }
    for (int k = 0; k < 3; k++) smp[(size_t)k * (size_t)R + (size_t)i] = sm[k];
  }
  double delta = R * ((100 - r->o.conf) / 2.0) / 100.0;
  long ua = (long)(R - delta - 1), la = (long)delta;
  double ratio = R - delta - 1 - (double)ua;
  double avg[3], lo[3], hi[3];
  for (int k = 0; k < 3; k++) {
    double *x = smp + (size_t)k * (size_t)R;
    sort_nonneg(x, (size_t)R, tmp);
    double sum = 0;
    for (int i = 0; i < R; i++) sum += x[i];
#define AT(i) ((i) >= 0 && (i) < R ? x[i] : 0.0) /* Perl: undef element is 0 */
    avg[k] = rg_round5(sum / R);
    lo[k] = rg_round5(AT(la) + (AT(la + 1) - AT(la)) * ratio);
    hi[k] = rg_round5(AT(ua) + (AT(ua + 1) - AT(ua)) * ratio);
#undef AT
  }
  a->r = avg[0], a->p = avg[1], a->f = avg[2];
  a->r_lo = lo[0], a->r_hi = hi[0], a->p_lo = lo[1], a->p_hi = hi[1];
  a->f_lo = lo[2], a->f_hi = hi[2];
  free(smp);
  free(tmp);
  return SL_OK;
}
