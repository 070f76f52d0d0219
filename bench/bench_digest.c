/*
 * bench_digest.c — speed of the story digest on real ~10-article clusters.
 *
 *   build/bench/bench_digest [SHARED_DIR] [RUNS] [MAX_THREADS]
 *
 * Reads SHARED_DIR/eval/mds/duc2003.jsonl (30 clusters of ~10 articles),
 * and for each cluster times (a) building the corpus (text pipeline) and
 * (b) the digest with every part, and the digest without quotations (the
 * quotes issue asks for their share: per cluster, the median over runs of
 * the with/without time ratio, then the median over clusters; the two
 * digests run in alternating order).  Each cluster is timed RUNS times
 * (default 7); the figure per cluster is the median, and the report gives
 * the median and maximum over clusters, in milliseconds, on one thread.
 *
 * Then the same again with the digest's parts built on two threads
 * (sl_digest_opts.threads = 2, the CLI's -j 2): wall time, the quotations
 * built while the alignment is (same answers; docs/quotes.md, "Speed").
 * MAX_THREADS 1 (default 2) runs the one-thread part only (for callgrind).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <storyloom.h>

#include "bench_util.h"

int main(int argc, char **argv) {
  const char *shared = argc > 1 ? argv[1] : "../shared";
  int runs = argc > 2 ? atoi(argv[2]) : 7;
  if (runs < 1) runs = 1;
  unsigned max_threads = argc > 3 && atoi(argv[3]) == 1 ? 1 : 2;
  char path[4096];
  snprintf(path, sizeof path, "%s/eval/mds/duc2003.jsonl", shared);
  FILE *f = fopen(path, "r");
  if (!f) {
    printf("SKIPPED: %s not found\n", path);
    return 0;
  }
  double one_thread = 0; /* the digest's median on one thread */
  for (unsigned threads = 1; threads <= max_threads; threads++) {
  rewind(f);
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
      double t0 = bench_ms(CLOCK_MONOTONIC);
      sl_corpus *c = bench_load_docs(docs);
      double t1 = bench_ms(CLOCK_MONOTONIC);
      sl_digest_opts o, oall;
      sl_digest_opts_init(&o);
      sl_digest_opts_init(&oall);
      o.threads = oall.threads = threads;
      o.parts = SL_PART_ALL & ~SL_PART_QUOTES;
      /* with and without quotations, in alternating order so that neither
       * always runs on a warm cache */
      sl_digest *d = NULL, *d2 = NULL;
      char *out = NULL, *out2 = NULL;
      double ta, tb2, tc;
      if (k % 2 == 0) {
        d = sl_digest_new(c, NULL, 0, &oall, NULL);
        out = sl_render_digest(d, SL_FORMAT_JSON, 0);
        ta = bench_ms(CLOCK_MONOTONIC);
        d2 = sl_digest_new(c, NULL, 0, &o, NULL);
        out2 = sl_render_digest(d2, SL_FORMAT_JSON, 0);
        tb2 = bench_ms(CLOCK_MONOTONIC);
        tf[k] = ta - t1, tq[k] = tb2 - ta;
      } else {
        d2 = sl_digest_new(c, NULL, 0, &o, NULL);
        out2 = sl_render_digest(d2, SL_FORMAT_JSON, 0);
        ta = bench_ms(CLOCK_MONOTONIC);
        d = sl_digest_new(c, NULL, 0, &oall, NULL);
        out = sl_render_digest(d, SL_FORMAT_JSON, 0);
        tc = bench_ms(CLOCK_MONOTONIC);
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
    build[nc] = bench_median(tb, r), full[nc] = bench_median(tf, r), noq[nc] = bench_median(tq, r);
    total[nc] = bench_median(tt, r);
    ratio[nc] = bench_median(tr, r);
    eratio[nc] = bench_median(te, r);
    nc++;
    json_decref(root);
  }
  free(line);
  line = NULL, cap = 0;
  if (!nc) {
    printf("no clusters read from %s\n", path);
    fclose(f);
    return 1;
  }
  double mb = bench_median(build, nc), mf = bench_median(full, nc), mq = bench_median(noq, nc), mt = bench_median(total, nc);
  if (threads > 1) {
    printf("digest parts on %u threads (-j %u), wall time\n", threads, threads);
    printf("  digest, all parts + JSON       median %7.3f ms  (%.2fx one thread)\n", mf,
           mf > 0 ? one_thread / mf : 0.0);
    printf("  digest without quotations      median %7.3f ms\n", mq);
    double mr = bench_median(ratio, nc);
    printf("  with / without quotations      median ratio %.3f (quotations add %.1f%%)\n", mr,
           100.0 * (mr - 1));
    continue;
  }
  one_thread = mf;
  printf("duc2003: %d clusters, %.1f articles/cluster, %d runs each, one thread\n", nc,
         (double)ndocs / nc, runs);
  printf("  text pipeline (corpus build)   median %7.3f ms  max %7.3f ms\n", mb, build[nc - 1]);
  printf("  digest, all parts + JSON       median %7.3f ms  max %7.3f ms\n", mf, full[nc - 1]);
  printf("  digest without quotations      median %7.3f ms\n", mq);
  printf("  quotations share of digest     %.1f%%\n", mf > 0 ? 100.0 * (mf - mq) / mf : 0.0);
  double mr = bench_median(ratio, nc);
  printf("  with / without quotations      median ratio %.3f (quotations add %.1f%%)\n", mr,
         100.0 * (mr - 1));
  double me = bench_median(eratio, nc);
  printf("  ingest + digest, with / without median ratio %.3f (quotations add %.1f%%)\n", me,
         100.0 * (me - 1));
  printf("  ingest + digest per cluster    median %7.3f ms  max %7.3f ms  (target < 20 ms)\n", mt,
         total[nc - 1]);
  }
  fclose(f);
  return 0;
}
