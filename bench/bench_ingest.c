/*
 * bench_ingest.c — ingest + text pipeline throughput on an MDS evaluation
 * file (default eval/mds/duc2006.jsonl), single-threaded.
 *
 *   bench_ingest [SHARED_DIR] [RUNS]     (SHARED_DIR defaults to ../shared
 *                                         next to the source tree)
 *
 * Prints, as medians of RUNS (default 5) runs:
 *   total   sl_corpus_add_path on the file: read, sniff, JSON parse,
 *           article emission and the corpus text pipeline;
 *   corpus  sl_corpus_add on the same articles already in memory (the text
 *           pipeline and storage alone);
 *   ingest  total - corpus: the readers' own share.
 * Throughput is file bytes / time, in MB/s (10^6 bytes).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <storyloom.h>

#include "bench_util.h"

/* wall seconds */
static double now(void) { return bench_ms(CLOCK_MONOTONIC) / 1e3; }

#ifndef SL_REPO_DIR
#define SL_REPO_DIR "."
#endif

int main(int argc, char **argv) {
  const char *shared = argc > 1 ? argv[1] : SL_REPO_DIR "/../shared";
  int runs = argc > 2 ? atoi(argv[2]) : 5;
  if (runs < 1 || runs > 100) runs = 5;
  char path[4096];
  snprintf(path, sizeof path, "%s/eval/mds/duc2006.jsonl", shared);
  struct stat sb;
  if (stat(path, &sb) != 0) {
    printf("SKIPPED: %s not found\n", path);
    return 77;
  }
  double mb = (double)sb.st_size / 1e6;
  double total[100], corpus[100];
  size_t narts = 0;
  for (int r = 0; r < runs; r++) {
    sl_corpus *c = sl_corpus_new(NULL);
    sl_error err = {0};
    double t0 = now();
    sl_status st = sl_corpus_add_path(c, path, &err);
    total[r] = now() - t0;
    if (st != SL_OK) {
      fprintf(stderr, "%s: %s\n", path, err.msg);
      return 1;
    }
    narts = sl_corpus_count(c);
    /* The same articles, given directly: only the corpus side runs. */
    sl_corpus *d = sl_corpus_new(NULL);
    double t1 = now();
    for (uint32_t a = 0; a < narts; a++) {
      sl_article_in in = {0};
      in.id = sl_article_id(c, a);
      in.source = sl_article_source(c, a);
      in.title = sl_article_title(c, a);
      in.date = sl_article_date(c, a);
      in.text = sl_article_text(c, a, &in.len);
      (void)sl_corpus_add(d, &in, NULL);
    }
    corpus[r] = now() - t1;
    sl_corpus_free(d);
    sl_corpus_free(c);
  }
  double mt = bench_median(total, runs), mc = bench_median(corpus, runs);
  printf("file     %s (%.2f MB, %zu articles)\n", path, mb, narts);
  printf("runs     %d, single thread, medians\n", runs);
  printf("total    %.3f s  %.2f MB/s   (ingest + text pipeline)\n", mt, mb / mt);
  printf("corpus   %.3f s  %.2f MB/s   (sl_corpus_add on the same articles)\n", mc, mb / mc);
  printf("ingest   %.3f s  %.1f%% of total (readers' own share)\n", mt - mc,
         100.0 * (mt - mc) / mt);
  return 0;
}
