/*
 * read_text.c — plain text and Markdown: the whole input is one article.
 * The date comes from the ingest option default_date (applied by the
 * corpus), else the article is undated and the reader warns "no date".
 * In a .md/.markdown file a leading "# Title" line (1 to 6 '#') becomes
 * the title and is left out of the body.
 *
 * Invariant: the body is a span of the input; nothing is copied here.
 */
#include <string.h>

#include "ingest.h"

sl_status sl_read_text(sl_reader *r, const char *t, size_t n, long line) {
  size_t i = 0;
  /* Leading blank lines are not part of the article; keep the count so
   * that UTF-8 warnings name the right input line. */
  while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) {
    if (t[i] == '\n') line++;
    i++;
  }
  char *title = NULL;
  if (r->markdown && i < n && t[i] == '#') {
    size_t h = i;
    while (h < n && t[h] == '#' && h - i < 7) h++;
    if (h - i <= 6 && h < n && (t[h] == ' ' || t[h] == '\t')) {
      const char *nl = memchr(t + h, '\n', n - h);
      size_t e = nl ? (size_t)(nl - t) : n;
      size_t b = h, f = e;
      while (b < f && (t[b] == ' ' || t[b] == '\t')) b++;
      while (f > b && (t[f - 1] == ' ' || t[f - 1] == '\t' || t[f - 1] == '\r' || t[f - 1] == '#'))
        f--;
      if (f > b) {
        if (!(title = malloc(f - b + 1))) return SL_ENOMEM;
        memcpy(title, t + b, f - b);
        title[f - b] = '\0';
      }
      i = nl ? e + 1 : n;
      line += nl != NULL;
      /* Blank lines between the title and the body. */
      while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) {
        if (t[i] == '\n') line++;
        i++;
      }
    }
  }
  sl_article_in a = {0};
  a.date = SL_NO_DATE;
  a.title = title;
  a.text = t + i;
  a.len = n - i;
  a.origin_line = 0; /* the whole file */
  sl_status st = sl_ingest_emit(r, &a, line, NULL);
  free(title);
  return st;
}
