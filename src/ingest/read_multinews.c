/*
 * read_multinews.c — Multi-News source lines: one cluster per line, its
 * documents separated by "|||||", with the token "NEWLINE_CHAR" standing
 * for a newline (the spaces around it are dropped).  Empty documents (the
 * data has some) are skipped silently.  Documents have no date, title or
 * id: the id is "<file>:<line>.<k>" with k the 1-based document position.
 *
 * Invariant: each document's text is rebuilt in the reader's work buffer,
 * in one pass over its bytes.
 */
#include <stdio.h>
#include <string.h>

#include "ingest.h"

static const char sep[] = "|||||";
static const char nlc[] = "NEWLINE_CHAR";

/* Rewrites p[0..n) into r->work with NEWLINE_CHAR turned into '\n'. */
static void rebuild(sl_reader *r, const char *p, size_t n) {
  sl_buf *w = &r->work;
  const size_t k = sizeof nlc - 1;
  w->len = 0;
  size_t i = 0;
  while (i < n) {
    const char *q = memchr(p + i, 'N', n - i);
    size_t e = q ? (size_t)(q - p) : n;
    sl_buf_put(w, p + i, e - i);
    i = e;
    if (!q) break;
    if (n - i >= k && memcmp(p + i, nlc, k) == 0) {
      while (w->len && w->p[w->len - 1] == ' ') w->len--;
      sl_buf_putc(w, '\n');
      i += k;
      while (i < n && p[i] == ' ') i++;
    } else {
      sl_buf_putc(w, 'N');
      i++;
    }
  }
}

static bool blank(const char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r') return false;
  return true;
}

sl_status sl_read_multinews_line(sl_reader *r, const char *p, size_t n, long line) {
  const size_t k = sizeof sep - 1;
  size_t i = 0, doc = 0;
  while (i <= n) {
    /* Next separator at or after i. */
    size_t e = i;
    for (;;) {
      const char *q = memchr(p + e, '|', n - e);
      if (!q) {
        e = n;
        break;
      }
      e = (size_t)(q - p);
      if (n - e >= k && memcmp(p + e, sep, k) == 0) break;
      e++;
    }
    doc++;
    rebuild(r, p + i, e - i);
    if (r->work.oom) return SL_ENOMEM;
    if (!blank(r->work.p ? r->work.p : "", r->work.len)) {
      char suffix[48];
      snprintf(suffix, sizeof suffix, ":%ld.%zu", line, doc);
      sl_article_in a = {0};
      a.date = SL_NO_DATE;
      a.text = r->work.p;
      a.len = r->work.len;
      a.origin_line = line;
      if (sl_ingest_emit(r, &a, line, suffix) == SL_ENOMEM) return SL_ENOMEM;
    }
    if (e >= n) break;
    i = e + k;
  }
  return SL_OK;
}
