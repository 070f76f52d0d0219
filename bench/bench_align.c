/*
 * bench_align.c — speed and output of the sentence alignment (src/align/).
 *
 *   build/bench/bench_align [SHARED_DIR] [RUNS] [--no-synthetic]   time on duc2003 clusters
 *   build/bench/bench_align --dump PATH...        print the multi-source groups
 *   build/bench/bench_align --tls SHARED_DIR [COPIES [LIMIT [RUNS]]]
 *       each Timeline17 topic of SHARED_DIR/eval/tls as one story (COPIES
 *       times with new ids, at most LIMIT articles: `3 4000` is the input of
 *       bench_timeline_tls --speed): thread CPU time of sl_align_build
 *       (median of RUNS, default 3), group counts and a checksum of the
 *       whole output, to check that a speed change leaves it unchanged
 *
 * Timing: reads SHARED_DIR/eval/mds/duc2003.jsonl (30 clusters of ~10
 * articles); per cluster, sl_align_build is run RUNS times (default 7) and
 * the median kept; the report gives the median and maximum over clusters
 * on one thread (thread CPU time), plus group statistics.  It then times
 * every duc2006 article as one big story (35,000 sentences), and a
 * synthetic story of 5,000 sentences (250 articles), the same way.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "align/align.h"
#include "digest/digest.h"

#include "bench_util.h"

/* Median time of RUNS alignments of the whole corpus; group statistics. */
static double time_align(const sl_corpus *c, int runs, size_t *nsent, size_t *multi,
                         size_t *near) {
  size_t n = sl_corpus_count(c);
  uint32_t *ids = malloc((n ? n : 1) * sizeof *ids);
  for (size_t i = 0; i < n; i++) ids[i] = (uint32_t)i;
  double t[64];
  if (runs > 64) runs = 64;
  for (int k = 0; k < runs; k++) {
    double t0 = bench_ms(CLOCK_THREAD_CPUTIME_ID);
    sl_align *al = NULL;
    sl_align_build(c, ids, n, &al);
    t[k] = bench_ms(CLOCK_THREAD_CPUTIME_ID) - t0;
    if (k == 0 && al) {
      *nsent = al->nsents, *multi = 0, *near = 0;
      for (size_t g = 0; g < al->ngroups; g++) *multi += sl_align_group_size(al, (uint32_t)g) > 1;
      for (size_t i = 0; i < al->nsents; i++) *near += al->kind[i] == SL_MATCH_NEAR;
    }
    sl_align_free(al);
  }
  free(ids);
  return bench_median(t, runs);
}

/* Median time of RUNS full digests (all parts + JSON) of the corpus. */
static double time_digest(const sl_corpus *c, int runs) {
  double t[64];
  if (runs > 64) runs = 64;
  for (int k = 0; k < runs; k++) {
    double t0 = bench_ms(CLOCK_THREAD_CPUTIME_ID);
    sl_digest *d = sl_digest_new(c, NULL, 0, NULL, NULL);
    char *out = sl_render_digest(d, SL_FORMAT_JSON, 0);
    t[k] = bench_ms(CLOCK_THREAD_CPUTIME_ID) - t0;
    sl_free(out);
    sl_digest_free(d);
  }
  return bench_median(t, runs);
}

/* Median time of RUNS (corpus build + digest + JSON) of one cluster: the
 * figure bench_digest reports as "ingest + digest", in thread CPU time. */
static double time_total(json_t *docs, int runs) {
  double t[64];
  if (runs > 64) runs = 64;
  for (int k = 0; k < runs; k++) {
    double t0 = bench_ms(CLOCK_THREAD_CPUTIME_ID);
    sl_corpus *c = bench_load_docs(docs);
    sl_digest *d = sl_digest_new(c, NULL, 0, NULL, NULL);
    char *out = sl_render_digest(d, SL_FORMAT_JSON, 0);
    t[k] = bench_ms(CLOCK_THREAD_CPUTIME_ID) - t0;
    sl_free(out);
    sl_digest_free(d);
    sl_corpus_free(c);
  }
  return bench_median(t, runs);
}

/* A synthetic story: 250 articles of 20 sentences; a quarter of the
 * sentences are copies of 200 "wire" sentences with one word changed. */
static sl_corpus *synthetic(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  uint64_t r = 42;
  char wire[200][400];
  for (int w = 0; w < 200; w++) {
    size_t o = 0;
    for (int k = 0; k < 18; k++) {
      r = r * 6364136223846793005ull + 1442695040888963407ull;
      o += (size_t)snprintf(wire[w] + o, sizeof wire[w] - o, "%s%s%u", k ? " " : "",
                            k % 3 ? "w" : "the", (unsigned)(r >> 33) % 3000);
    }
  }
  static char text[200000];
  for (int a = 0; a < 250; a++) {
    size_t o = 0;
    for (int s = 0; s < 20; s++) {
      r = r * 6364136223846793005ull + 1442695040888963407ull;
      if ((r >> 40) % 4 == 0) {
        o += (size_t)snprintf(text + o, sizeof text - o, "%s x%u.\n\n", wire[(r >> 20) % 200],
                              (unsigned)(r >> 50) % 7);
      } else {
        for (int k = 0; k < 20; k++) {
          r = r * 6364136223846793005ull + 1442695040888963407ull;
          unsigned z = (unsigned)(r >> 33) % 5000;
          o += (size_t)snprintf(text + o, sizeof text - o, "%sv%u", k ? " " : "", z * z / 5000);
        }
        o += (size_t)snprintf(text + o, sizeof text - o, ".\n\n");
      }
    }
    char id[32];
    snprintf(id, sizeof id, "a%03d", a);
    sl_article_in in = {.id = id, .source = id, .date = SL_NO_DATE, .text = text, .len = o};
    sl_corpus_add(c, &in, NULL);
  }
  return c;
}

static int dump(int argc, char **argv) {
  sl_corpus *c = sl_corpus_new(NULL);
  for (int i = 2; i < argc; i++) sl_corpus_add_path(c, argv[i], NULL);
  size_t n = sl_corpus_count(c);
  uint32_t *ids = malloc((n ? n : 1) * sizeof *ids);
  for (size_t i = 0; i < n; i++) ids[i] = (uint32_t)i;
  sl_align *al = NULL;
  if (sl_align_build(c, ids, n, &al) != SL_OK) return 1;
  static const char *kinds[] = {"SELF", "EXACT", "NEAR"};
  for (size_t g = 0; g < al->ngroups; g++) {
    if (sl_align_group_size(al, (uint32_t)g) < 2) continue;
    printf("group %zu\n", g);
    for (uint32_t k = al->gstart[g]; k < al->gstart[g + 1]; k++) {
      const sl_sent *s = sl_corpus_sent(c, al->members[k]);
      printf("  %-5s %-20.20s %.*s\n", kinds[al->kind[k]], c->arts.a[s->article].source,
             (int)s->span.len, sl_sent_text(c, s));
    }
  }
  printf("%zu sentences, %zu groups\n", al->nsents, al->ngroups);
  sl_align_free(al);
  free(ids);
  sl_corpus_free(c);
  return 0;
}

static uint64_t fnv(uint64_t h, const void *p, size_t n) {
  const unsigned char *c = p;
  for (size_t i = 0; i < n; i++) h = (h ^ c[i]) * 0x100000001b3ull;
  return h;
}

static int tls(int argc, char **argv) {
  const char *shared = argc > 2 ? argv[2] : "../shared";
  int copies = argc > 3 ? atoi(argv[3]) : 1, runs = argc > 5 ? atoi(argv[5]) : 3;
  size_t limit = argc > 4 ? (size_t)atol(argv[4]) : 0;
  if (copies < 1) copies = 1;
  if (runs < 1) runs = 1;
  if (runs > 64) runs = 64;
  static const char *topics[] = {"bpoil", "egypt", "finan", "h1n1", "haiti"};
  for (size_t ti = 0; ti < sizeof topics / sizeof *topics; ti++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/eval/tls/%s.json", shared, topics[ti]);
    json_t *root = json_load_file(path, 0, NULL);
    if (!root) {
      printf("SKIPPED: %s not found\n", path);
      return 0;
    }
    sl_corpus *c = bench_load_topic(root, copies, limit);
    size_t n = sl_corpus_count(c);
    uint32_t *ids = malloc((n ? n : 1) * sizeof *ids);
    for (size_t i = 0; i < n; i++) ids[i] = (uint32_t)i;
    double t[64];
    uint64_t h = 0xcbf29ce484222325ull;
    size_t ns = 0, ng = 0, multi = 0, near = 0;
    for (int r = 0; r < runs; r++) {
      sl_align *al = NULL;
      double t0 = bench_ms(CLOCK_THREAD_CPUTIME_ID);
      if (sl_align_build(c, ids, n, &al) != SL_OK) return 1;
      t[r] = bench_ms(CLOCK_THREAD_CPUTIME_ID) - t0;
      if (r == 0) {
        ns = al->nsents, ng = al->ngroups;
        h = fnv(h, al->sents, ns * sizeof *al->sents);
        h = fnv(h, al->group, ns * sizeof *al->group);
        h = fnv(h, al->members, ns * sizeof *al->members);
        h = fnv(h, al->kind, ns);
        h = fnv(h, al->gstart, (ng + 1) * sizeof *al->gstart);
        for (size_t g = 0; g < ng; g++) multi += sl_align_group_size(al, (uint32_t)g) > 1;
        for (size_t i = 0; i < ns; i++) near += al->kind[i] == SL_MATCH_NEAR;
      }
      sl_align_free(al);
    }
    printf("%-6s %5zu articles %7zu sentences %6zu groups %6zu multi %5zu NEAR  checksum %016llx  "
           "align median %8.1f ms\n",
           topics[ti], n, ns, ng, multi, near, (unsigned long long)h, bench_median(t, runs));
    free(ids);
    sl_corpus_free(c);
    json_decref(root);
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "--dump") == 0) return dump(argc, argv);
  if (argc > 1 && strcmp(argv[1], "--tls") == 0) return tls(argc, argv);
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
  double tm[64], td[64], share[64], tt[64];
  int nc = 0;
  size_t tot_s = 0, tot_multi = 0, tot_near = 0;
  char *line = NULL;
  size_t cap = 0;
  while (getline(&line, &cap, f) > 0 && nc < 64) {
    json_t *root = json_loads(line, 0, NULL);
    json_t *docs = json_object_get(root, "docs");
    if (json_is_array(docs)) {
      sl_corpus *c = bench_load_docs(docs);
      size_t ns = 0, mu = 0, ne = 0;
      tm[nc] = time_align(c, runs, &ns, &mu, &ne);
      td[nc] = time_digest(c, runs);
      tt[nc] = time_total(docs, runs);
      share[nc] = td[nc] > 0 ? 100.0 * tm[nc] / td[nc] : 0;
      nc++;
      tot_s += ns, tot_multi += mu, tot_near += ne;
      sl_corpus_free(c);
    }
    json_decref(root);
  }
  free(line);
  fclose(f);
  if (!nc) return 1;
  double med = bench_median(tm, nc), medd = bench_median(td, nc), meds = bench_median(share, nc);
  double medt = bench_median(tt, nc);
  printf("duc2003: %d clusters, %d runs each, one thread\n", nc, runs);
  printf("  sl_align_build per cluster      median %7.3f ms  max %7.3f ms\n", med, tm[nc - 1]);
  printf("  digest, all parts + JSON        median %7.3f ms  max %7.3f ms\n", medd, td[nc - 1]);
  printf("  alignment share of the digest   median %5.1f%%\n", meds);
  printf("  ingest + digest + JSON          median %7.3f ms  max %7.3f ms  (target < 20 ms)\n", medt,
         tt[nc - 1]);
  printf("  sentences %zu, multi-member groups %zu, NEAR members %zu\n", tot_s, tot_multi,
         tot_near);
  if (argc > 3 && strcmp(argv[3], "--no-synthetic") == 0) return 0;
  /* a big real story: every duc2006 article (50 topics) in one corpus */
  snprintf(path, sizeof path, "%s/eval/mds/duc2006.jsonl", shared);
  if ((f = fopen(path, "r")) != NULL) {
    sl_corpus *big = sl_corpus_new(NULL);
    line = NULL, cap = 0;
    while (getline(&line, &cap, f) > 0) {
      json_t *root = json_loads(line, 0, NULL);
      json_t *docs = json_object_get(root, "docs");
      if (json_is_array(docs)) bench_add_docs(big, docs);
      json_decref(root);
    }
    free(line);
    fclose(f);
    size_t ns = 0, mu = 0, ne = 0;
    double tb = time_align(big, runs > 3 ? 3 : runs, &ns, &mu, &ne);
    printf("duc2006 as one story: %zu articles, %zu sentences, multi-member groups %zu, NEAR %zu\n",
           sl_corpus_count(big), ns, mu, ne);
    printf("  sl_align_build                  median %7.3f ms\n", tb);
    sl_corpus_free(big);
  }
  sl_corpus *c = synthetic();
  size_t ns = 0, mu = 0, ne = 0;
  double ts = time_align(c, runs > 3 ? 3 : runs, &ns, &mu, &ne);
  printf("synthetic story: %zu sentences, multi-member groups %zu, NEAR members %zu\n", ns, mu, ne);
  printf("  sl_align_build                  median %7.3f ms\n", ts);
  sl_corpus_free(c);
  return 0;
}
