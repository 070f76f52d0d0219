/*
 * digest.c — renders a whole digest: articles, then each computed part.
 * The JSON layout is documented in docs/json-schema.md.
 */
#include <stdlib.h>
#include <string.h>

#include "render.h"

void sl_render_styled(sl_buf *b, int flags, const char *style, const char *s, size_t n) {
  if (flags & SL_RENDER_COLOR) sl_buf_puts(b, style);
  sl_buf_put(b, s, n);
  if (flags & SL_RENDER_COLOR) sl_buf_puts(b, SL_ANSI_RESET);
}

void sl_render_heading(sl_buf *b, int flags, const char *title) {
  if (b->len) sl_buf_putc(b, '\n');
  sl_render_styled(b, flags, SL_ANSI_BOLD, title, strlen(title));
  sl_buf_putc(b, '\n');
}

json_t *sl_json_strn(const char *s, size_t n) {
  json_t *j = json_stringn(s, n);
  return j ? j : json_null(); /* invalid UTF-8 cannot happen after ingest */
}

json_t *sl_json_date(int32_t day) {
  if (day == SL_NO_DATE) return json_null();
  char buf[16];
  sl_date_format(day, buf);
  return json_string_nocheck(buf); /* (ASCII: digits and dashes) */
}

static void text_header(sl_buf *b, const sl_digest *d, int flags) {
  const sl_corpus *c = d->c;
  int32_t lo = SL_NO_DATE, hi = SL_NO_DATE;
  SL_VEC(const char *) outlets = {0};
  for (size_t i = 0; i < d->narts; i++) {
    const sl_art *a = &c->arts.a[d->arts[i]];
    if (a->date != SL_NO_DATE) {
      if (lo == SL_NO_DATE || a->date < lo) lo = a->date;
      if (hi == SL_NO_DATE || a->date > hi) hi = a->date;
    }
    size_t k = 0;
    while (k < outlets.n && strcmp(outlets.a[k], a->source) != 0) k++;
    if (k == outlets.n) (void)sl_vec_push(&outlets, a->source);
  }
  char l[16], h[16];
  sl_date_format(lo, l);
  sl_date_format(hi, h);
  sl_buf_printf(b, "%zu article%s from %zu outlet%s", d->narts, d->narts == 1 ? "" : "s", outlets.n,
                outlets.n == 1 ? "" : "s");
  if (lo != SL_NO_DATE) sl_buf_printf(b, ", %s to %s", l, h);
  sl_buf_putc(b, '\n');
  (void)flags;
  sl_vec_free(&outlets);
}

json_t *sl_render_digest_json(const sl_digest *d) {
  const sl_corpus *c = d->c;
  json_t *root = json_object(), *arts = json_array();
  for (size_t i = 0; i < d->narts; i++) {
    const sl_art *a = &c->arts.a[d->arts[i]];
    json_t *o = json_object();
    json_object_set_new(o, "index", json_integer(d->arts[i]));
    json_object_set_new(o, "id", json_string(a->id));
    json_object_set_new(o, "source", json_string(a->source));
    json_object_set_new(o, "date", sl_json_date(a->date));
    json_object_set_new(o, "title", a->title ? json_string(a->title) : json_null());
    json_object_set_new(o, "url", a->url ? json_string(a->url) : json_null());
    json_object_set_new(o, "sentences", json_integer(a->nsent));
    json_object_set_new(o, "words", json_integer(a->nwords));
    json_array_append_new(arts, o);
  }
  json_object_set_new(root, "storyloom", json_string(SL_VERSION_STRING));
  json_object_set_new(root, "articles", arts);
  json_t *p;
  if ((p = sl_render_summary_json(d))) json_object_set_new(root, "summary", p);
  if ((p = sl_render_timeline_json(d))) json_object_set_new(root, "timeline", p);
  if ((p = sl_render_quotes_json(d))) json_object_set_new(root, "quotes", p);
  if ((p = sl_render_coverage_json(d))) json_object_set_new(root, "coverage", p);
  return root;
}

char *sl_render_digest(const sl_digest *d, sl_format fmt, int flags) {
  SL_API_CHECK(d);
  sl_buf b;
  sl_buf_init(&b);
  if (fmt == SL_FORMAT_JSON || fmt == SL_FORMAT_MD || fmt == SL_FORMAT_HTML) {
    /* Markdown and HTML are written from the same tree as JSON */
    json_t *root = sl_render_digest_json(d);
    if (!root) return NULL;
    if (fmt == SL_FORMAT_MD) sl_render_markdown(&b, root);
    else if (fmt == SL_FORMAT_HTML) sl_render_html(&b, root);
    else {
      char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
      if (!s) {
        json_decref(root);
        return NULL;
      }
      sl_buf_puts(&b, s);
      sl_buf_putc(&b, '\n');
      free(s);
    }
    json_decref(root);
    return sl_buf_take(&b);
  }
  text_header(&b, d, flags);
  sl_render_summary_text(&b, d, flags);
  sl_render_timeline_text(&b, d, flags);
  sl_render_quotes_text(&b, d, flags);
  sl_render_coverage_text(&b, d, flags);
  return sl_buf_take(&b);
}
