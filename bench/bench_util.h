/*
 * bench_util.h — pieces every benchmark needs: a clock, a median, and a
 * corpus built from one multi-document cluster of ../shared/eval/mds
 * (`docs` array of {id, date, source, text}).  Header-only, benchmarks only.
 */
#ifndef SL_BENCH_UTIL_H
#define SL_BENCH_UTIL_H

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <storyloom.h>

/* Milliseconds on clock `id`: CLOCK_MONOTONIC for wall time,
 * CLOCK_THREAD_CPUTIME_ID / CLOCK_PROCESS_CPUTIME_ID for CPU time (the
 * development machine is shared, so CPU time is the steadier measure). */
static inline double bench_ms(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static inline int bench_cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Median of v[0..n) (sorts v in place); 0 when n is 0. */
static inline double bench_median(double *v, int n) {
  if (n <= 0) return 0;
  qsort(v, (size_t)n, sizeof *v, bench_cmp_d);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Adds one document object ({"id", "source", "date", "text"}) to c; one
 * without text is left out. */
static inline void bench_add_doc(sl_corpus *c, const json_t *d) {
  sl_article_in a = {0};
  const char *text = json_string_value(json_object_get(d, "text"));
  const char *date = json_string_value(json_object_get(d, "date"));
  if (!text) return;
  a.id = json_string_value(json_object_get(d, "id"));
  a.source = json_string_value(json_object_get(d, "source"));
  a.date = date ? sl_date_parse(date, strlen(date)) : SL_NO_DATE;
  a.text = text;
  a.len = strlen(text);
  sl_corpus_add(c, &a, NULL);
}

/* Adds the documents of one mds cluster line (`docs` array; documents
 * without text are left out) to c. */
static inline void bench_add_docs(sl_corpus *c, const json_t *docs) {
  size_t i;
  json_t *d;
  json_array_foreach(docs, i, d) bench_add_doc(c, d);
}

/* A new corpus holding the documents of one mds cluster line.  Caller
 * frees with sl_corpus_free(). */
static inline sl_corpus *bench_load_docs(const json_t *docs) {
  sl_corpus *c = sl_corpus_new(NULL);
  if (c) bench_add_docs(c, docs);
  return c;
}

/* A new corpus holding the articles of a Timeline17 topic (eval/tls JSON),
 * `copies` times over with ids ID#0, ID#1, ... (at most `limit` articles;
 * 0 = all); each article's id is its source.  Caller frees it. */
static inline sl_corpus *bench_load_topic(const json_t *root, int copies, size_t limit) {
  sl_corpus *c = sl_corpus_new(NULL);
  const json_t *arts = json_object_get(root, "articles");
  size_t added = 0;
  for (int k = 0; k < copies; k++) {
    size_t i;
    json_t *a;
    json_array_foreach(arts, i, a) {
      if (limit && added >= limit) break;
      const char *id = json_string_value(json_object_get(a, "id"));
      const char *date = json_string_value(json_object_get(a, "date"));
      const char *text = json_string_value(json_object_get(a, "text"));
      if (!text) continue;
      char idbuf[128];
      snprintf(idbuf, sizeof idbuf, "%s#%d", id ? id : "a", k);
      sl_article_in in = {0};
      in.id = idbuf;
      in.source = id ? id : "unknown";
      in.date = date ? sl_date_parse(date, strlen(date)) : SL_NO_DATE;
      in.text = text;
      in.len = strlen(text);
      if (sl_corpus_add(c, &in, NULL) == SL_OK) added++;
    }
  }
  return c;
}

#endif
