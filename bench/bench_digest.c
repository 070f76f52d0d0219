/*
 * bench_digest.c — speed of the story digest on real ~10-article clusters.
 *
 *   build/bench/bench_digest [SHARED_DIR] [RUNS]
 *
 * Reads SHARED_DIR/eval/mds/duc2003.jsonl (30 clusters of ~10 articles),
 * and for each cluster times (a) building the corpus (text pipeline) and
 * (b) the digest with every part, and the digest without quotations (the
 * quotes issue asks for their share: per cluster, the median over runs of
 * the with/without time ratio, then the median over clusters; the two
 * digests run in alternating order).  Each cluster is timed RUNS times
 * (default 7); the figure per cluster is the median, and the report gives
 * the median and maximum over clusters, in milliseconds, on one thread.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <storyloom.h>

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp_d);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static sl_corpus *load(json_t *docs) {
  sl_corpus *c = sl_corpus_new(NULL);
  size_t i;
  json_t *d;
  json_array_foreach(docs, i, d) {
    sl_article_in a = {0};
    const char *text = json_string_value(json_object_get(d, "text"));
    const char *date = json_string_value(json_object_get(d, "date"));
    if (!text) continue;
    a.id = json_string_value(json_object_get(d, "id"));
    a.source = json_string_value(json_object_get(d, "source"));
    a.date = date ? sl_date_parse(date, strlen(date)) : SL_NO_DATE;
    a.text = text;
    a.len = strlen(text);
    sl_corpus_add(c, &a, NULL);
  }
  return c;
}

int main(int argc, char **argv) {
  const char *shared = argc > 1 ? argv[1] : "../shared";
  int runs = argc > 2 ? atoi(argv[2]) : 7;
  if (runs < 1) runs = 1;
  char path[4096];
  snprintf(path, sizeof path, "%s/eval/mds/duc2003.jsonl", shared);
  FILE *f = fopen(path, "r");
  if (!f) {
    printf("SKIPPED: %s not found\n", path);
    return 0;
  }
  enum { MAXC = 64 };
  double build[MAXC], full[MAXC], noq[MAXC], total[MAXC], ratio[MAXC], eratio[MAXC];
  int nc = 0, ndocs = 0;
  char *line = NULL;
  size_t cap = 0;
  while (getline(&line, &cap, f) > 0 && nc < MAXC) {
    json_t *root = json_loads(line, 0, NULL);
    json_t *docs = json_object_get(root, "docs");
    if (!json_is_array(docs)) {
      json_decref(root);
      continue;
    }
    double tb[64], tf[64], tq[64], tt[64], tr[64], te[64];
    int r = runs > 64 ? 64 : runs;
    for (int k = 0; k < r; k++) {
      double t0 = now_ms();
      sl_corpus *c = load(docs);
      double t1 = now_ms();
      sl_digest_opts o;
      sl_digest_opts_init(&o);
      o.parts = SL_PART_ALL & ~SL_PART_QUOTES;
      /* with and without quotations, in alternating order so that neither
       * always runs on a warm cache */
      sl_digest *d = NULL, *d2 = NULL;
      char *out = NULL, *out2 = NULL;
      double ta, tb2, tc;
      if (k % 2 == 0) {
        d = sl_digest_new(c, NULL, 0, NULL, NULL);
        out = sl_render_digest(d, SL_FORMAT_JSON, 0);
        ta = now_ms();
        d2 = sl_digest_new(c, NULL, 0, &o, NULL);
        out2 = sl_render_digest(d2, SL_FORMAT_JSON, 0);
        tb2 = now_ms();
        tf[k] = ta - t1, tq[k] = tb2 - ta;
      } else {
        d2 = sl_digest_new(c, NULL, 0, &o, NULL);
        out2 = sl_render_digest(d2, SL_FORMAT_JSON, 0);
        ta = now_ms();
        d = sl_digest_new(c, NULL, 0, NULL, NULL);
        out = sl_render_digest(d, SL_FORMAT_JSON, 0);
        tc = now_ms();
        tq[k] = ta - t1, tf[k] = tc - ta;
      }
      tr[k] = tq[k] > 0 ? tf[k] / tq[k] : 1;
      te[k] = (t1 - t0) + tq[k] > 0 ? ((t1 - t0) + tf[k]) / ((t1 - t0) + tq[k]) : 1;
      tb[k] = t1 - t0, tt[k] = (t1 - t0) + tf[k];
      sl_free(out), sl_free(out2);
      sl_digest_free(d), sl_digest_free(d2);
      if (k == 0) ndocs += (int)sl_corpus_count(c);
      sl_corpus_free(c);
    }
    build[nc] = median(tb, r), full[nc] = median(tf, r), noq[nc] = median(tq, r);
    total[nc] = median(tt, r);
    ratio[nc] = median(tr, r);
    eratio[nc] = median(te, r);
    nc++;
    json_decref(root);
  }
  free(line);
  fclose(f);
  if (!nc) {
    printf("no clusters read from %s\n", path);
    return 1;
  }
  double mb = median(build, nc), mf = median(full, nc), mq = median(noq, nc), mt = median(total, nc);
  printf("duc2003: %d clusters, %.1f articles/cluster, %d runs each, one thread\n", nc,
         (double)ndocs / nc, runs);
  printf("  text pipeline (corpus build)   median %7.3f ms  max %7.3f ms\n", mb, build[nc - 1]);
  printf("  digest, all parts + JSON       median %7.3f ms  max %7.3f ms\n", mf, full[nc - 1]);
  printf("  digest without quotations      median %7.3f ms\n", mq);
  printf("  quotations share of digest     %.1f%%\n", mf > 0 ? 100.0 * (mf - mq) / mf : 0.0);
  double mr = median(ratio, nc);
  printf("  with / without quotations      median ratio %.3f (quotations add %.1f%%)\n", mr,
         100.0 * (mr - 1));
  double me = median(eratio, nc);
  printf("  ingest + digest, with / without median ratio %.3f (quotations add %.1f%%)\n", me,
         100.0 * (me - 1));
  printf("  ingest + digest per cluster    median %7.3f ms  max %7.3f ms  (target < 20 ms)\n", mt,
         total[nc - 1]);
  return 0;
}
