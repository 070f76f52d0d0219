/*
 * read_seed.c — the seed format: the first line starts with
 * " date YYYY-MM-DD" (leading blank optional) and the article's body
 * follows on the same line after the date; the whole input is one
 * article.  A header whose date is impossible (2022-13-40) is still a
 * header: the article is kept undated with a warning.
 *
 * Invariant: the body is a span of the input; nothing is copied here.
 */
#include "ingest.h"

sl_status sl_read_seed(sl_reader *r, const char *t, size_t n, long line) {
  size_t i = 0;
  while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) {
    if (t[i] == '\n') line++;
    i++;
  }
  size_t h = sl_ingest_seed_header(t + i, n - i);
  if (!h) { /* forced --input-format seed on something else */
    sl_ingest_diag(r, SL_DIAG_WARNING, line, "no ' date YYYY-MM-DD' header: read as plain text");
    return sl_read_text(r, t, n, line);
  }
  const char *d = t + i + 5; /* after "date " */
  int32_t date = sl_date_parse(d, 10);
  if (date == SL_NO_DATE)
    sl_ingest_diag(r, SL_DIAG_WARNING, line, "invalid date '%.10s' in the seed header", d);
  i += h;
  /* The body starts after the blanks that follow the date. */
  while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) {
    if (t[i] == '\n') line++;
    i++;
  }
  sl_article_in a = {0};
  a.date = date;
  a.text = t + i;
  a.len = n - i;
  a.origin_line = 0; /* the whole file */
  return sl_ingest_emit(r, &a, line, NULL);
}
