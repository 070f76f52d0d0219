/*
 * harness.h — a tiny test harness (in the spirit of cmark's api_test):
 * CHECK/EQ macros count failures and print file:line; test_done() prints
 * "N passed, N failed" and returns the exit code.  SKIP() exits 77.
 */
#ifndef SL_HARNESS_H
#define SL_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int t_pass, t_fail;

#define CHECK(cond, ...)                                            \
  do {                                                              \
    if (cond) {                                                     \
      t_pass++;                                                     \
    } else {                                                        \
      t_fail++;                                                     \
      fprintf(stderr, "%s:%d: CHECK(%s) failed: ", __FILE__, __LINE__, #cond); \
      fprintf(stderr, __VA_ARGS__);                                 \
      fputc('\n', stderr);                                          \
    }                                                               \
  } while (0)

#define INT_EQ(got, want, ...)                                                            \
  do {                                                                                    \
    long long g_ = (long long)(got), w_ = (long long)(want);                              \
    CHECK(g_ == w_, "got %lld, want %lld: ", g_, w_);                                     \
    if (g_ != w_) { fprintf(stderr, "  "); fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } \
  } while (0)

#define STR_EQ(got, want, ...)                                                              \
  do {                                                                                      \
    const char *g_ = (got), *w_ = (want);                                                   \
    int ok_ = g_ && w_ && strcmp(g_, w_) == 0;                                              \
    CHECK(ok_, "got \"%s\", want \"%s\"", g_ ? g_ : "(null)", w_ ? w_ : "(null)");          \
    if (!ok_) { fprintf(stderr, "  "); fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } \
  } while (0)

#define SKIP(...)                       \
  do {                                  \
    fprintf(stdout, "SKIPPED: ");       \
    fprintf(stdout, __VA_ARGS__);       \
    fputc('\n', stdout);                \
    exit(77);                           \
  } while (0)

static inline int test_done(const char *name) {
  printf("%s: %d passed, %d failed\n", name, t_pass, t_fail);
  return t_fail ? 1 : 0;
}

/* Reads a whole file; caller frees.  NULL if unreadable. */
static inline char *test_slurp(const char *path, size_t *len) {
  if (len) *len = 0;
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *p = malloc((size_t)n + 1);
  if (p && fread(p, 1, (size_t)n, f) != (size_t)n) n = 0;
  if (p) p[n] = '\0';
  fclose(f);
  if (len) *len = (size_t)n;
  return p;
}

#endif
