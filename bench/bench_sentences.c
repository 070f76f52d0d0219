/*
 * bench_sentences.c — quality and speed of the text pipeline.
 *
 *   bench_sentences [SHARED_DIR] [GOLD_DIR] [-v]
 *
 * 1. Sentence-boundary precision / recall / F1 of sl_text_sentences on the
 *    hand-annotated gold set (default GOLD_DIR: tests/data/sentences); -v
 *    lists every missed and spurious boundary.
 * 2. Throughput over the article texts of SHARED_DIR/eval/mds/duc2006.jsonl
 *    (docs[].text; default SHARED_DIR: ../shared next to the repository):
 *    paragraphs + sentences + tokens in MB/s, then sl_analyzer_fold alone and
 *    fold + term (the corpus's per-token work) on every word/number token
 *    in million tokens/s, each the median of 5 runs; and the speed-up of
 *    the stem cache as the median over 5 back-to-back pairs of passes.
 * The throughput part is skipped with a message when the data is absent.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>
#include <libstemmer.h>

#include "test_text_gold.h"
#include "text/text.h"

#define RUNS 5

typedef SL_VEC(char *) sl_textvec;
typedef SL_VEC(size_t) sl_sizevec;

static double now_sec(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Reads docs[].text of every cluster line; returns total bytes. */
static size_t load_texts(const char *path, sl_textvec *out) {
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  size_t total = 0, cap = 1 << 16;
  char *line = malloc(cap);
  size_t len = 0;
  int c;
  for (;;) {
    c = fgetc(f);
    if (c != EOF && c != '\n') {
      if (len + 1 >= cap) line = realloc(line, cap *= 2);
      line[len++] = (char)c;
      continue;
    }
    if (len) {
      json_error_t err;
      json_t *root = json_loadb(line, len, 0, &err);
      json_t *docs = root ? json_object_get(root, "docs") : NULL;
      size_t i;
      json_t *d;
      json_array_foreach(docs, i, d) {
        const char *t = json_string_value(json_object_get(d, "text"));
        if (!t) continue;
        char *copy = strdup(t);
        if (copy && sl_vec_push(out, copy)) total += strlen(t);
      }
      json_decref(root);
    }
    len = 0;
    if (c == EOF) break;
  }
  free(line);
  fclose(f);
  return total;
}

/* One pass of paragraphs + sentences + tokens over every text. */
static size_t split_all(const sl_textvec *tx, size_t *ntok_out) {
  sl_paravec pv = {0};
  sl_spanvec sv = {0};
  sl_tokvec tv = {0};
  size_t nsent = 0, ntok = 0;
  for (size_t d = 0; d < tx->n; d++) {
    const char *t = tx->a[d];
    pv.n = 0;
    sl_text_paragraphs(t, strlen(t), &pv);
    for (size_t p = 0; p < pv.n; p++) {
      if (pv.a[p].boiler) continue;
      sv.n = 0;
      sl_text_sentences(t, pv.a[p].span, &sv);
      for (size_t s = 0; s < sv.n; s++) {
        tv.n = 0;
        sl_text_tokens(t, sv.a[s], &tv);
        ntok += tv.n;
      }
      nsent += sv.n;
    }
  }
  sl_vec_free(&pv);
  sl_vec_free(&sv);
  sl_vec_free(&tv);
  *ntok_out = ntok;
  return nsent;
}

/* Collects the word/number tokens once, for the analyzer timing. */
static void collect_tokens(const sl_textvec *tx, sl_spanvec *spans, sl_sizevec *doc) {
  sl_paravec pv = {0};
  sl_spanvec sv = {0};
  sl_tokvec tv = {0};
  for (size_t d = 0; d < tx->n; d++) {
    const char *t = tx->a[d];
    pv.n = 0;
    sl_text_paragraphs(t, strlen(t), &pv);
    for (size_t p = 0; p < pv.n; p++) {
      if (pv.a[p].boiler) continue;
      sv.n = 0;
      sl_text_sentences(t, pv.a[p].span, &sv);
      for (size_t s = 0; s < sv.n; s++) {
        tv.n = 0;
        sl_text_tokens(t, sv.a[s], &tv);
        for (size_t k = 0; k < tv.n; k++)
          if (tv.a[k].kind == SL_TOK_WORD || tv.a[k].kind == SL_TOK_NUM) {
            sl_vec_push(spans, tv.a[k].span);
            sl_vec_push(doc, d);
          }
      }
    }
  }
  sl_vec_free(&pv);
  sl_vec_free(&sv);
  sl_vec_free(&tv);
}

int main(int argc, char **argv) {
  const char *shared = SL_SOURCE_DIR "/../shared", *gold = SL_SOURCE_DIR "/tests/data/sentences";
  int verbose = 0, pos = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-v") == 0)
      verbose = 1;
    else if (pos++ == 0)
      shared = argv[i];
    else
      gold = argv[i];
  }

  sl_gold_score sc = {0};
  if (!sl_gold_dir(gold, &sc, verbose)) {
    fprintf(stderr, "bench_sentences: no gold files in %s\n", gold);
    return 1;
  }
  printf("gold set: %d files, %ld paragraphs, %ld sentences, %ld internal boundaries\n", sc.files,
         sc.paragraphs, sc.sentences, sc.tp + sc.fn);
  printf("boundaries: tp %ld  fp %ld  fn %ld\n", sc.tp, sc.fp, sc.fn);
  printf("precision %.4f  recall %.4f  F1 %.4f\n", sl_gold_precision(&sc), sl_gold_recall(&sc),
         sl_gold_f1(&sc));

  char path[2048];
  snprintf(path, sizeof path, "%s/eval/mds/duc2006.jsonl", shared);
  sl_textvec tx = {0};
  size_t bytes = load_texts(path, &tx);
  if (!bytes) {
    printf("throughput: SKIPPED (cannot read %s)\n", path);
    return 0;
  }
  double mbs[RUNS], tps[RUNS];
  size_t nsent = 0, ntok = 0;
  for (int r = 0; r < RUNS; r++) {
    double t0 = now_sec();
    nsent = split_all(&tx, &ntok);
    mbs[r] = (double)bytes / 1e6 / (now_sec() - t0);
  }
  qsort(mbs, RUNS, sizeof *mbs, cmp_double);
  printf("corpus: %zu docs, %.2f MB, %zu sentences, %zu tokens\n", tx.n, (double)bytes / 1e6,
         nsent, ntok);
  printf("split+tokenize: %.1f MB/s (median of %d; min %.1f max %.1f)\n", mbs[RUNS / 2], RUNS,
         mbs[0], mbs[RUNS - 1]);

  sl_spanvec spans = {0};
  sl_sizevec doc = {0};
  collect_tokens(&tx, &spans, &doc);
  sl_analyzer *an = sl_analyzer_new(NULL);
  size_t sink = 0;
  double fps[RUNS];
  for (int r = 0; r < RUNS; r++) {
    double t0 = now_sec();
    for (size_t k = 0; k < spans.n; k++) {
      size_t n;
      sl_analyzer_fold(an, tx.a[doc.a[k]] + spans.a[k].off, spans.a[k].len, &n);
      sink += n;
    }
    fps[r] = (double)spans.n / 1e6 / (now_sec() - t0);
  }
  qsort(fps, RUNS, sizeof *fps, cmp_double);
  printf("fold: %.2f M tokens/s (median of %d; min %.2f max %.2f)\n", fps[RUNS / 2], RUNS, fps[0],
         fps[RUNS - 1]);
  /* fold + term (the corpus's per-token work), each pass paired with the
   * same work done without the analyzer's stem cache (fold, fold, then the
   * Snowball stemmer called directly; numbers skipped as in
   * sl_analyzer_term).  The pairs run back to back, so the ratio of a pair
   * is measured under the same load; the median ratio is reported. */
  struct sb_stemmer *sb = sb_stemmer_new("english", "UTF_8");
  double ratio[RUNS];
  for (int r = 0; r < RUNS; r++) {
    double t0 = now_sec();
    for (size_t k = 0; k < spans.n; k++) {
      const char *t = tx.a[doc.a[k]] + spans.a[k].off;
      size_t n;
      sl_analyzer_fold(an, t, spans.a[k].len, &n);
      sink += n;
      sl_analyzer_term(an, t, spans.a[k].len, &n);
      sink += n;
    }
    double t1 = now_sec();
    for (size_t k = 0; k < spans.n; k++) {
      const char *t = tx.a[doc.a[k]] + spans.a[k].off;
      size_t n;
      sl_analyzer_fold(an, t, spans.a[k].len, &n);
      sink += n;
      const char *f = sl_analyzer_fold(an, t, spans.a[k].len, &n);
      if (n && !(f[0] >= '0' && f[0] <= '9')) {
        sb_stemmer_stem(sb, (const sb_symbol *)f, (int)n);
        sink += (size_t)sb_stemmer_length(sb);
      }
    }
    double t2 = now_sec();
    tps[r] = (double)spans.n / 1e6 / (t1 - t0);
    ratio[r] = (t2 - t1) / (t1 - t0);
  }
  qsort(tps, RUNS, sizeof *tps, cmp_double);
  qsort(ratio, RUNS, sizeof *ratio, cmp_double);
  sb_stemmer_delete(sb);
  printf("fold+term: %.2f M tokens/s over %zu word/number tokens (median of %d; min %.2f max "
         "%.2f) [%zu]\n",
         tps[RUNS / 2], spans.n, RUNS, tps[0], tps[RUNS - 1], sink % 10);
  printf("stem cache speed-up: %.2fx (median of %d paired passes; min %.2f max %.2f)\n",
         ratio[RUNS / 2], RUNS, ratio[0], ratio[RUNS - 1]);
  sl_analyzer_free(an);
  sl_vec_free(&spans);
  sl_vec_free(&doc);
  for (size_t i = 0; i < tx.n; i++) free(tx.a[i]);
  sl_vec_free(&tx);
  return 0;
}
