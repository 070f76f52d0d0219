/*
 * quotes.c — the quotes part: the most important quotations (at most
 * opts.max_quotes, 0 = all), each with its speaker, cue and venue, the
 * outlets carrying it with their earliest dates, and every other wording
 * as a word-level difference from the main one (docs/quotes.md).
 */
#include <string.h>

#include "render.h"

static size_t shown(const sl_digest *d) {
  size_t n = sl_quote_count(d);
  unsigned m = d->opts.max_quotes;
  return m && m < n ? m : n;
}

static const char *art_text(const sl_digest *d, uint32_t a) { return d->c->arts.a[a].text; }

/* One edit as `kind “from” → “to”` (a move as `moved “from”`). */
static void edit_text(sl_buf *b, const sl_digest *d, size_t i, size_t j, size_t k, uint32_t ra,
                      uint32_t va) {
  uint32_t fo, fl, to, tl;
  sl_quote_edit_kind kind = sl_quote_edit(d, i, j, k, &fo, &fl, &to, &tl);
  sl_buf_puts(b, sl_quote_edit_name(kind));
  if (kind == SL_QUOTE_MOVED) tl = 0; /* the same words: shown once, as the main wording has them */
  if (fl) {
    sl_buf_puts(b, " “");
    sl_buf_put(b, art_text(d, ra) + fo, fl);
    sl_buf_puts(b, "”");
  }
  if (fl && tl) sl_buf_puts(b, " →");
  if (tl) {
    sl_buf_puts(b, " “");
    sl_buf_put(b, art_text(d, va) + to, tl);
    sl_buf_puts(b, "”");
  }
}

void sl_render_quotes_text(sl_buf *b, const sl_digest *d, int flags) {
  if (!d->quotes) return;
  sl_render_heading(b, flags, "Quotes");
  size_t n = shown(d);
  if (!n) sl_buf_puts(b, "  (no quotations found)\n");
  for (size_t i = 0; i < n; i++) {
    uint32_t a, off, len;
    sl_quote_text(d, i, &a, &off, &len);
    sl_buf_puts(b, "  “");
    sl_buf_put(b, art_text(d, a) + off, len);
    sl_buf_puts(b, "”\n    — ");
    const char *sp = sl_quote_speaker(d, i), *cue = sl_quote_cue(d, i),
               *venue = sl_quote_venue(d, i);
    sl_buf_puts(b, sp ? sp : "unattributed");
    if (cue || venue) {
      sl_buf_puts(b, " (");
      if (cue) sl_buf_puts(b, cue);
      if (cue && venue) sl_buf_puts(b, ", ");
      if (venue) sl_buf_puts(b, venue);
      sl_buf_putc(b, ')');
    }
    sl_buf_putc(b, '\n');
    sl_buf src;
    sl_buf_init(&src);
    size_t no = sl_quote_outlet_count(d, i);
    sl_buf_printf(&src, "%zu outlet%s: ", no, no == 1 ? "" : "s");
    for (size_t j = 0; j < no; j++) {
      int32_t day;
      const char *name = sl_quote_outlet(d, i, j, &day, NULL);
      char ds[16];
      sl_date_format(day, ds);
      sl_buf_printf(&src, "%s%s (%s)", j ? ", " : "", name, ds);
    }
    sl_buf_puts(b, "    ");
    sl_render_styled(b, flags, SL_ANSI_CYAN, src.p, src.len);
    sl_buf_free(&src);
    sl_buf_putc(b, '\n');
    for (size_t j = 0; j < sl_quote_variant_count(d, i); j++) {
      uint32_t va, vo, vl;
      sl_quote_variant(d, i, j, &va, &vo, &vl);
      sl_buf_puts(b, "    ~ ");
      for (size_t k = 0; k < sl_quote_variant_article_count(d, i, j); k++) {
        uint32_t art = sl_quote_variant_article(d, i, j, k);
        bool dup = false;
        for (size_t k2 = 0; k2 < k && !dup; k2++)
          dup = !strcmp(d->c->arts.a[sl_quote_variant_article(d, i, j, k2)].source,
                        d->c->arts.a[art].source);
        if (dup) continue;
        if (k) sl_buf_puts(b, ", ");
        sl_buf_puts(b, d->c->arts.a[art].source);
      }
      sl_buf_puts(b, ": ");
      sl_buf src2;
      sl_buf_init(&src2);
      size_t ne = sl_quote_edit_count(d, i, j);
      for (size_t k = 0; k < ne; k++) {
        if (k) sl_buf_puts(&src2, "; ");
        edit_text(&src2, d, i, j, k, a, va);
      }
      if (!ne) sl_buf_puts(&src2, "same words");
      sl_render_styled(b, flags, SL_ANSI_DIM, src2.p, src2.len);
      sl_buf_free(&src2);
      sl_buf_putc(b, '\n');
    }
  }
}

/* A quotation's words: bytes of an article's text from a token's start to
 * a token's end.  The corpus holds valid UTF-8 without NUL bytes (repaired
 * when added) and tokens start and end on code points, so jansson's UTF-8
 * check (sl_json_strn) cannot fail here and is skipped (speed round,
 * thirty-seventh pass). */
static json_t *text_json(const char *s, size_t n) {
  json_t *j = json_stringn_nocheck(s, n);
  return j ? j : json_null();
}

static json_t *span_json(const sl_digest *d, uint32_t a, uint32_t off, uint32_t len) {
  json_t *o = json_object();
  json_object_set_new_nocheck(o, "text", text_json(art_text(d, a) + off, len));
  json_object_set_new_nocheck(o, "article", json_integer(a));
  json_object_set_new_nocheck(o, "offset", json_integer(off));
  json_object_set_new_nocheck(o, "length", json_integer(len));
  return o;
}

static json_t *opt_str(const char *s) { return s ? json_string(s) : json_null(); }

json_t *sl_render_quotes_json(const sl_digest *d) {
  if (!d->quotes) return NULL;
  json_t *arr = json_array();
  size_t n = shown(d);
  for (size_t i = 0; i < n; i++) {
    uint32_t a, off, len;
    sl_quote_text(d, i, &a, &off, &len);
    json_t *o = span_json(d, a, off, len);
    json_object_set_new_nocheck(o, "speaker", opt_str(sl_quote_speaker(d, i)));
    json_object_set_new_nocheck(o, "cue", opt_str(sl_quote_cue(d, i)));
    json_object_set_new_nocheck(o, "venue", opt_str(sl_quote_venue(d, i)));
    json_object_set_new_nocheck(o, "date", sl_json_date(sl_quote_date(d, i)));
    json_t *outs = json_array();
    for (size_t j = 0; j < sl_quote_outlet_count(d, i); j++) {
      int32_t day;
      uint32_t art;
      const char *name = sl_quote_outlet(d, i, j, &day, &art);
      json_t *oo = json_object();
      json_object_set_new_nocheck(oo, "source", json_string(name));
      json_object_set_new_nocheck(oo, "date", sl_json_date(day));
      json_object_set_new_nocheck(oo, "article", json_integer(art));
      json_array_append_new(outs, oo);
    }
    json_object_set_new_nocheck(o, "outlets", outs);
    json_t *vars = json_array();
    for (size_t j = 0; j < sl_quote_variant_count(d, i); j++) {
      uint32_t va, vo, vl;
      sl_quote_variant(d, i, j, &va, &vo, &vl);
      json_t *v = span_json(d, va, vo, vl);
      json_t *vo2 = json_array();
      for (size_t k = 0; k < sl_quote_variant_article_count(d, i, j); k++) {
        uint32_t art = sl_quote_variant_article(d, i, j, k);
        json_t *oo = json_object();
        json_object_set_new_nocheck(oo, "source", json_string(d->c->arts.a[art].source));
        json_object_set_new_nocheck(oo, "date", sl_json_date(d->c->arts.a[art].date));
        json_object_set_new_nocheck(oo, "article", json_integer(art));
        json_array_append_new(vo2, oo);
      }
      json_object_set_new_nocheck(v, "outlets", vo2);
      json_t *es = json_array();
      for (size_t k = 0; k < sl_quote_edit_count(d, i, j); k++) {
        uint32_t fo, fl, to, tl;
        sl_quote_edit_kind kind = sl_quote_edit(d, i, j, k, &fo, &fl, &to, &tl);
        json_t *e = json_object();
        json_object_set_new_nocheck(e, "kind", json_string(sl_quote_edit_name(kind)));
        if (fl) json_object_set_new_nocheck(e, "from", text_json(art_text(d, a) + fo, fl));
        if (tl) json_object_set_new_nocheck(e, "to", text_json(art_text(d, va) + to, tl));
        json_array_append_new(es, e);
      }
      json_object_set_new_nocheck(v, "edits", es);
      json_array_append_new(vars, v);
    }
    json_object_set_new_nocheck(o, "variants", vars);
    json_array_append_new(arr, o);
  }
  return arr;
}
