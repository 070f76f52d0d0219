/*
 * bench_timeline_tls.c — timeline summarisation quality on Timeline17
 * (../shared/eval/tls) and timeline speed.  Never run by ctest.
 *
 *   build/bench/bench_timeline_tls SHARED_DIR            quality (all topics found;
 *       TL_DUMP=<topic> in the environment prints system and reference timelines;
 *       TL_ALIGN=1 uses alignment groups as the digest does; TL_<PARAM>=value
 *       overrides a parameter, see env_params; TL_ORACLE_DATES=1 allows only
 *       the reference's dates: the upper bound of the sentence choice)
 *   build/bench/bench_timeline_tls SHARED_DIR --speed R  speed: a synthetic
 *       4,000-article topic (bpoil's articles repeated with new ids), R runs
 *
 * Protocol (news-tls, experiments/evaluate.py, as DATEWISE was evaluated):
 * each reference timeline of a topic is one test; the number of dates is
 * that of the reference timeline, sentences per date the reference's
 * average rounded; only articles published between the reference's first
 * and last dates are read, and only dates in that range chosen.  Scores
 * per test are date F1 and alignment-based ROUGE-1/2 (align+ m:1); the
 * average over all tests averages P and R, then recomputes F.
 */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../src/timeline/timeline.h"
#include "bench_util.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The system timeline as sl_tl_day entries (texts malloc'd). */
static size_t tl_days(const sl_corpus *c, const sl_timeline *tl, sl_tl_day *out) {
  for (size_t i = 0; i < tl->n; i++) {
    sl_buf b;
    sl_buf_init(&b);
    for (size_t j = 0; j < tl->e[i].nsents; j++) {
      const sl_sent *s = &c->sents.a[tl->e[i].sents[j].sent];
      if (j) sl_buf_putc(&b, '\n');
      sl_buf_put(&b, sl_sent_text(c, s), s->span.len);
    }
    char *t = sl_buf_take(&b);
    out[i] = (sl_tl_day){tl->e[i].first, t ? t : calloc(1, 1), t ? strlen(t) : 0};
  }
  return tl->n;
}

/* Experiment overrides (TL_TOPIC_WEIGHT=0.3 ...), for tuning runs only. */
static void env_params(sl_tl_params *p) {
  const char *v;
  if ((v = getenv("TL_TOPIC_WEIGHT"))) p->topic_weight = atof(v);
  if ((v = getenv("TL_MULTI_PENALTY"))) p->multi_penalty = atof(v);
  if ((v = getenv("TL_CROSS_REDUNDANT"))) p->cross_redundant = atof(v);
  if ((v = getenv("TL_MMR"))) p->mmr = atof(v);
  if ((v = getenv("TL_PUB_FACTOR"))) p->pub_factor = atof(v);
  if ((v = getenv("TL_SUPPORT_WEIGHT"))) p->support_weight = atof(v);
  if ((v = getenv("TL_SUPPORT_JACCARD"))) p->support_jaccard = atof(v);
  if ((v = getenv("TL_LEN_PRIOR"))) p->len_prior = atof(v);
  if ((v = getenv("TL_PUB_CLIP"))) p->pub_clip = (unsigned)atoi(v);
  if ((v = getenv("TL_PUB_BACK"))) p->pub_back = (unsigned)atoi(v);
  if ((v = getenv("TL_MIN_WORDS"))) p->min_words = (unsigned)atoi(v);
  if ((v = getenv("TL_MAX_WORDS"))) p->max_words = (unsigned)atoi(v);
  if ((v = getenv("TL_PUB_WEIGHT"))) p->pub_weight = atof(v);
  if ((v = getenv("TL_SKIP_STAMPED"))) p->skip_stamped = atoi(v);
  if ((v = getenv("TL_OFFTOPIC_WEIGHT"))) p->offtopic_weight = atof(v);
}

static int quality(const char *shared) {
  static const char *const topics[] = {"bpoil", "egypt", "finan", "h1n1", "haiti", NULL};
  sl_tl_scores all[64];
  size_t nall = 0, ntop = 0;
  double tdate[8], tr1[8], tr2[8];
  const char *tname[8];
  printf("%-6s %3s %4s %3s | %6s %6s %6s | %6s %6s %6s | %6s %6s %6s\n", "topic", "tl", "L", "K",
         "dateP", "dateR", "dateF", "R1-P", "R1-R", "R1-F", "R2-P", "R2-R", "R2-F");
  int found = 0;
  for (int t = 0; topics[t]; t++) {
    char path[1024];
    snprintf(path, sizeof path, "%s/eval/tls/%s.json", shared, topics[t]);
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root) continue;
    found++;
    size_t first_test = nall;
    sl_corpus *c = bench_load_topic(root, 1, 0);
    size_t n = sl_corpus_count(c);
    uint32_t *ids = malloc(n * sizeof *ids);
    for (size_t i = 0; i < n; i++) ids[i] = (uint32_t)i;
    sl_align *al = NULL;
    if (getenv("TL_ALIGN") && sl_align_build(c, ids, n, &al) != SL_OK) return 1;
    const json_t *tls = json_object_get(root, "timelines");
    size_t k;
    json_t *ref;
    json_array_foreach(tls, k, ref) {
      size_t nd = json_array_size(ref), nsent = 0, i;
      sl_tl_day *rd = calloc(nd, sizeof *rd);
      int32_t lo = SL_NO_DATE, hi = SL_NO_DATE;
      json_t *e;
      json_array_foreach(ref, i, e) {
        const char *ds = json_string_value(json_object_get(e, "date"));
        int32_t d = sl_date_parse(ds, strlen(ds));
        sl_buf b;
        sl_buf_init(&b);
        size_t j;
        json_t *s;
        json_array_foreach(json_object_get(e, "sentences"), j, s) {
          if (b.len) sl_buf_putc(&b, '\n');
          sl_buf_puts(&b, json_string_value(s));
          nsent++;
        }
        char *txt = sl_buf_take(&b);
        rd[i] = (sl_tl_day){d, txt ? txt : calloc(1, 1), txt ? strlen(txt) : 0};
        if (lo == SL_NO_DATE || d < lo) lo = d;
        if (hi == SL_NO_DATE || d > hi) hi = d;
      }
      sl_tl_params p;
      sl_tl_params_init(&p);
      p.dates = (unsigned)nd;
      p.per_date = (unsigned)lround((double)nsent / (double)nd);
      if (!p.per_date) p.per_date = 1;
      p.days_only = 1;
      p.pub_clip = 5;
      p.pub_back = 1;
      p.date_lo = p.pub_lo = lo;
      p.date_hi = p.pub_hi = hi;
      env_params(&p);
      int32_t *odays = NULL;
      if (getenv("TL_ORACLE_DATES")) { /* upper bound of the sentence choice */
        odays = calloc(nd, sizeof *odays);
        for (size_t q = 0; q < nd; q++) odays[q] = rd[q].day;
        p.only = odays, p.nonly = nd;
      }
      sl_timeline *tl = NULL;
      if (sl_timeline_build_ex(c, ids, n, getenv("TL_ALIGN") ? al : NULL, &p, &tl) != SL_OK) {
        fprintf(stderr, "timeline failed on %s\n", topics[t]);
        return 1;
      }
      sl_tl_day *sd = calloc(tl->n + 1, sizeof *sd);
      size_t ns = tl_days(c, tl, sd);
      if (getenv("TL_DUMP") && !strcmp(getenv("TL_DUMP"), topics[t])) {
        for (size_t q = 0; q < ns; q++) {
          char ds[16];
          sl_date_format(sd[q].day, ds);
          printf("SYS %s\n  %s\n", ds, sd[q].text);
        }
        for (size_t q = 0; q < nd; q++) {
          char ds[16];
          sl_date_format(rd[q].day, ds);
          printf("REF %s\n  %s\n", ds, rd[q].text);
        }
      }
      sl_tl_scores sc;
      sl_tl_score(sd, ns, rd, nd, &sc);
      if (nall < 64) all[nall++] = sc;
      printf("%-6s %3zu %4zu %3u | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f\n",
             topics[t], k, nd, p.per_date, sc.date.p, sc.date.r, sc.date.f, sc.rouge1.p,
             sc.rouge1.r, sc.rouge1.f, sc.rouge2.p, sc.rouge2.r, sc.rouge2.f);
      for (size_t q = 0; q < ns; q++) free((void *)sd[q].text);
      for (size_t q = 0; q < nd; q++) free((void *)rd[q].text);
      free(sd), free(rd);
      sl_timeline_free(tl);
      free(odays);
    }
    if (nall > first_test) {
      sl_tl_scores ta;
      sl_tl_average(all + first_test, nall - first_test, &ta);
      tdate[ntop] = ta.date.f, tr1[ntop] = ta.rouge1.f, tr2[ntop] = ta.rouge2.f;
      tname[ntop++] = topics[t];
    }
    sl_align_free(al);
    free(ids);
    sl_corpus_free(c);
    json_decref(root);
  }
  if (!found) {
    fprintf(stderr, "SKIPPED: no Timeline17 topics under %s/eval/tls\n", shared);
    return 77;
  }
  sl_tl_scores avg;
  sl_tl_average(all, nall, &avg);
  printf("average over %zu timelines: date F1 %.3f  AR-1 F %.4f  AR-2 F %.4f\n", nall, avg.date.f,
         avg.rouge1.f, avg.rouge2.f);
  /* per topic (its timelines averaged), for leave-one-topic-out checks */
  for (size_t i = 0; i < ntop; i++)
    printf("topic %-6s date F1 %.3f  AR-1 F %.3f  AR-2 F %.4f\n", tname[i], tdate[i], tr1[i], tr2[i]);
  return 0;
}

static int speed(const char *shared, int runs) {
  char path[1024];
  snprintf(path, sizeof path, "%s/eval/tls/bpoil.json", shared);
  json_error_t je;
  json_t *root = json_load_file(path, 0, &je);
  if (!root) {
    fprintf(stderr, "SKIPPED: %s not found\n", path);
    return 77;
  }
  double *ti = calloc((size_t)runs, sizeof *ti), *tt = calloc((size_t)runs, sizeof *tt),
         *ta = calloc((size_t)runs, sizeof *ta);
  size_t narts = 0, bytes = 0, nent = 0;
  for (int r = 0; r < runs; r++) {
    double t0 = now();
    sl_corpus *c = bench_load_topic(root, 3, 4000);
    double t1 = now();
    narts = sl_corpus_count(c);
    bytes = 0;
    for (size_t i = 0; i < narts; i++) {
      size_t len;
      sl_article_text(c, (uint32_t)i, &len);
      bytes += len;
    }
    uint32_t *ids = malloc(narts * sizeof *ids);
    for (size_t i = 0; i < narts; i++) ids[i] = (uint32_t)i;
    sl_digest_opts o;
    sl_digest_opts_init(&o);
    o.tl_dates = 48;
    o.tl_per_date = 2;
    sl_timeline *tl = NULL;
    sl_align *al = NULL;
    double t2 = now();
    sl_status st = sl_align_build(c, ids, narts, &al);
    double t3 = now();
    if (st == SL_OK) st = sl_timeline_build(c, ids, narts, al, &o, &tl);
    double t4 = now();
    if (st != SL_OK) {
      fprintf(stderr, "failed: %s\n", sl_strerror(st));
      return 1;
    }
    nent = tl->n;
    ti[r] = t1 - t0, ta[r] = t3 - t2, tt[r] = t4 - t3;
    sl_timeline_free(tl);
    sl_align_free(al);
    free(ids);
    sl_corpus_free(c);
  }
  qsort(ti, (size_t)runs, sizeof *ti, bench_cmp_d);
  qsort(ta, (size_t)runs, sizeof *ta, bench_cmp_d);
  qsort(tt, (size_t)runs, sizeof *tt, bench_cmp_d);
  int m = runs / 2;
  printf("synthetic topic: %zu articles, %.1f MB, %zu timeline entries\n", narts, bytes / 1e6, nent);
  printf("median of %d runs: ingest %.3f s, align %.3f s, timeline %.3f s, total %.3f s\n", runs,
         ti[m], ta[m], tt[m], ti[m] + ta[m] + tt[m]);
  free(ti), free(tt), free(ta);
  json_decref(root);
  return 0;
}

int main(int argc, char **argv) {
  const char *shared = argc > 1 ? argv[1] : "../shared";
  if (argc > 3 && !strcmp(argv[2], "--speed")) return speed(shared, atoi(argv[3]) > 0 ? atoi(argv[3]) : 3);
  return quality(shared);
}
