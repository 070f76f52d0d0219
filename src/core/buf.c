/*
 * buf.c — growable byte buffer and vector growth.  An append that cannot
 * allocate sets the sticky `oom` flag instead of failing loudly; the owner
 * checks it once at the end (as SQLite's mallocFailed).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

void sl_buf_init(sl_buf *b) { memset(b, 0, sizeof *b); }

void sl_buf_free(sl_buf *b) {
  free(b->p);
  memset(b, 0, sizeof *b);
}

bool sl_buf_reserve(sl_buf *b, size_t extra) {
  if (b->oom) return false;
  size_t need = b->len + extra + 1; /* room for the NUL */
  if (need <= b->cap) return true;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < need) cap *= 2;
  char *p = realloc(b->p, cap);
  if (!p) {
    b->oom = true;
    return false;
  }
  b->p = p;
  b->cap = cap;
  return true;
}

/* sl_buf_put once the buffer must grow (core.h holds the inline part) */
void sl_buf_put_grow(sl_buf *b, const void *p, size_t n) {
  if (!sl_buf_reserve(b, n)) return;
  if (n) memcpy(b->p + b->len, p, n);
  b->len += n;
  b->p[b->len] = '\0';
}

void sl_buf_puts(sl_buf *b, const char *s) { sl_buf_put(b, s, strlen(s)); }

void sl_buf_vprintf(sl_buf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0 || !sl_buf_reserve(b, (size_t)n)) return;
  vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
}

void sl_buf_printf(sl_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sl_buf_vprintf(b, fmt, ap);
  va_end(ap);
}

char *sl_buf_take(sl_buf *b) {
  if (b->oom) {
    sl_buf_free(b);
    return NULL;
  }
  if (!b->p && !sl_buf_reserve(b, 0)) return NULL;
  b->p[b->len] = '\0';
  char *p = b->p;
  memset(b, 0, sizeof *b);
  return p;
}

bool sl_vec_grow_(void **a, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap) return true;
  size_t c = *cap ? *cap : 8;
  while (c < need) c *= 2;
  if (c > SIZE_MAX / elem) return false;
  void *p = realloc(*a, c * elem);
  if (!p) return false;
  *a = p;
  *cap = c;
  return true;
}
