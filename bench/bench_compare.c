/*
 * bench_compare.c — speed of the coverage part and of the Markdown/HTML
 * renderers on real multi-document clusters.
 *
 *   bench_compare [SHARED_DIR] [RUNS]      (SHARED_DIR defaults to ../shared)
 *
 * Reads eval/mds/duc2006.jsonl (50 clusters x 25 articles, outlets APW,
 * NYT, XIE) and, per cluster, builds the alignment once, then times
 * sl_coverage_build and the JSON-tree, Markdown and HTML renderings of a
 * coverage-only digest.  Prints, for each, the median over RUNS runs of
 * the total process CPU time over all clusters (CPU time, as the machine is
 * shared), plus output sizes.  Exit 77 if the data is absent.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "render/render.h"

#include "bench_util.h"

/* CPU seconds: the machine is shared */
static double now(void) { return bench_ms(CLOCK_PROCESS_CPUTIME_ID) / 1e3; }

int main(int argc, char **argv) {
  const char *shared = argc > 1 ? argv[1] : "../shared";
  int runs = argc > 2 ? atoi(argv[2]) : 5;
  if (runs < 1) runs = 1;
  char path[1024];
  snprintf(path, sizeof path, "%s/eval/mds/duc2006.jsonl", shared);
  FILE *f = fopen(path, "r");
  if (!f) {
    printf("SKIPPED: %s not found\n", path);
    return 77;
  }
  enum { MAXC = 64 };
  sl_corpus *cs[MAXC];
  int nc = 0;
  char *line = NULL;
  size_t cap = 0;
  size_t narts = 0, nsents = 0;
  while (nc < MAXC && getline(&line, &cap, f) > 0) {
    json_t *j = json_loads(line, 0, NULL);
    if (!j) continue;
    sl_corpus *c = sl_corpus_new(NULL);
    size_t i;
    json_t *doc;
    json_array_foreach(json_object_get(j, "docs"), i, doc) {
      const char *t = json_string_value(json_object_get(doc, "text"));
      const char *d = json_string_value(json_object_get(doc, "date"));
      sl_article_in a = {0};
      a.id = json_string_value(json_object_get(doc, "id"));
      a.source = json_string_value(json_object_get(doc, "source"));
      a.title = json_string_value(json_object_get(doc, "title"));
      a.date = d ? sl_date_parse(d, strlen(d)) : SL_NO_DATE;
      a.text = t ? t : "";
      a.len = t ? strlen(t) : 0;
      (void)sl_corpus_add(c, &a, NULL);
    }
    narts += sl_corpus_count(c);
    for (size_t k = 0; k < sl_corpus_count(c); k++)
      nsents += sl_article_sentence_count(c, (uint32_t)k);
    cs[nc++] = c;
    json_decref(j);
  }
  free(line);
  fclose(f);
  double *tc = calloc((size_t)runs, sizeof *tc), *tj = calloc((size_t)runs, sizeof *tj);
  double *tm = calloc((size_t)runs, sizeof *tm), *th = calloc((size_t)runs, sizeof *th);
  size_t md_bytes = 0, html_bytes = 0, outlets = 0, listed = 0;
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_COVERAGE;
  for (int r = 0; r < runs; r++) {
    for (int k = 0; k < nc; k++) {
      sl_corpus *c = cs[k];
      sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
      /* coverage alone, on the digest's own alignment */
      double t0 = now();
      sl_coverage *cv = NULL;
      (void)sl_coverage_build(c, d->arts, d->narts, d->align, &o, &cv);
      double t1 = now();
      sl_coverage_free(cv);
      json_t *root = sl_render_digest_json(d);
      double t2 = now();
      sl_buf b;
      sl_buf_init(&b);
      sl_render_markdown(&b, root);
      double t3 = now();
      if (r == 0) md_bytes += b.len;
      b.len = 0;
      sl_render_html(&b, root);
      double t4 = now();
      if (r == 0) html_bytes += b.len;
      sl_buf_free(&b);
      json_decref(root);
      tc[r] += t1 - t0, tj[r] += t2 - t1, tm[r] += t3 - t2, th[r] += t4 - t3;
      if (r == 0) {
        outlets += sl_coverage_outlet_count(d);
        for (size_t x = 0; x < sl_coverage_outlet_count(d); x++)
          listed += sl_coverage_unique_count(d, x);
      }
      sl_digest_free(d);
    }
  }
  printf("duc2006: %d clusters, %zu articles, %zu sentences, %zu outlets (cluster-level), "
         "%zu unique sentences listed\n", nc, narts, nsents, outlets, listed);
  printf("median of %d runs, all clusters:\n", runs);
  printf("  coverage build   %8.2f ms\n", 1e3 * bench_median(tc, runs));
  printf("  digest JSON tree %8.2f ms\n", 1e3 * bench_median(tj, runs));
  printf("  Markdown         %8.2f ms  (%zu bytes)\n", 1e3 * bench_median(tm, runs), md_bytes);
  printf("  HTML             %8.2f ms  (%zu bytes)\n", 1e3 * bench_median(th, runs), html_bytes);
  for (int k = 0; k < nc; k++) sl_corpus_free(cs[k]);
  free(tc), free(tj), free(tm), free(th);
  return 0;
}
