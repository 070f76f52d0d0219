/*
 * test_text_gold.h — scoring sl_text_sentences against the hand-annotated
 * gold set in tests/data/sentences/ (*.txt), shared by test_text_gold.c (which
 * asserts a floor) and bench/bench_sentences.c (which prints the figures).
 *
 * Gold format: one sentence per line, a blank line between paragraphs.
 * Each paragraph's lines are joined with single spaces and split again;
 * only paragraph-internal boundaries are scored (the paragraph end is a
 * boundary by construction).  A boundary is the byte offset where a
 * sentence ends; a predicted one is correct when a gold one has the same
 * offset.  Errors are printed when `verbose` is set.
 */
#ifndef SL_TEST_TEXT_GOLD_H
#define SL_TEST_TEXT_GOLD_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

typedef struct sl_gold_score {
  long tp, fp, fn;  /* boundaries: correct, spurious, missed */
  long sentences;   /* gold sentences */
  long paragraphs;  /* gold paragraphs */
  int files;        /* gold files read */
} sl_gold_score;

/* Scores one paragraph held as lines[0..n). */
static void sl_gold_para(char **lines, size_t n, sl_gold_score *sc, int verbose) {
  size_t total = 0;
  for (size_t i = 0; i < n; i++) total += strlen(lines[i]) + 1;
  char *buf = malloc(total + 1);
  size_t *gold = malloc((n + 1) * sizeof *gold);
  if (!buf || !gold) {
    free(buf);
    free(gold);
    return;
  }
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    if (i) buf[o++] = ' ';
    size_t l = strlen(lines[i]);
    memcpy(buf + o, lines[i], l);
    o += l;
    gold[i] = o; /* end of sentence i */
  }
  buf[o] = '\0';
  sl_spanvec v = {0};
  sl_span p = {0, (uint32_t)o};
  sl_text_sentences(buf, p, &v);
  /* both lists are sorted: merge, internal boundaries only (< o) */
  size_t gi = 0, pi = 0;
  while (gi + 1 < n || pi < v.n) {
    size_t g = gi + 1 < n ? gold[gi] : (size_t)-1;
    size_t q = pi < v.n ? (size_t)v.a[pi].off + v.a[pi].len : (size_t)-1;
    if (q >= o && pi < v.n) { /* the paragraph end */
      pi++;
      continue;
    }
    if (g == q) {
      sc->tp++, gi++, pi++;
    } else if (g < q) {
      sc->fn++, gi++;
      if (verbose) printf("  missed: ...%.40s|%.30s...\n", buf + (g > 40 ? g - 40 : 0), buf + g);
    } else {
      sc->fp++, pi++;
      if (verbose) printf("  spurious: ...%.40s|%.30s...\n", buf + (q > 40 ? q - 40 : 0), buf + q);
    }
  }
  sc->sentences += (long)n;
  sc->paragraphs++;
  sl_vec_free(&v);
  free(buf);
  free(gold);
}

/* Scores one gold file; false when unreadable. */
static bool sl_gold_file(const char *path, sl_gold_score *sc, int verbose) {
  FILE *f = fopen(path, "rb");
  if (!f) return false;
  char *lines[512];
  size_t n = 0;
  char line[8192];
  while (fgets(line, sizeof line, f)) {
    size_t l = strlen(line);
    while (l && (line[l - 1] == '\n' || line[l - 1] == '\r')) line[--l] = '\0';
    if (l == 0) {
      if (n) sl_gold_para(lines, n, sc, verbose);
      while (n) free(lines[--n]);
      continue;
    }
    if (n < 512) lines[n++] = strdup(line);
  }
  if (n) sl_gold_para(lines, n, sc, verbose);
  while (n) free(lines[--n]);
  fclose(f);
  sc->files++;
  return true;
}

static int sl_gold_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Scores every *.txt in dir, in name order.  Returns files read. */
static int sl_gold_dir(const char *dir, sl_gold_score *sc, int verbose) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  char *names[256];
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)) && n < 256) {
    size_t l = strlen(e->d_name);
    if (l > 4 && strcmp(e->d_name + l - 4, ".txt") == 0) names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof *names, sl_gold_cmp);
  for (size_t i = 0; i < n; i++) {
    char path[2048];
    int w = snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    if (verbose) printf("%s\n", names[i]);
    if (w > 0 && (size_t)w < sizeof path) sl_gold_file(path, sc, verbose);
    free(names[i]);
  }
  return sc->files;
}

static inline double sl_gold_precision(const sl_gold_score *s) {
  return s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 1.0;
}
static inline double sl_gold_recall(const sl_gold_score *s) {
  return s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 1.0;
}
static inline double sl_gold_f1(const sl_gold_score *s) {
  double p = sl_gold_precision(s), r = sl_gold_recall(s);
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

#endif /* SL_TEST_TEXT_GOLD_H */
