/*
 * timeline.c — the timeline part: one entry per date (earliest first), its
 * sentences verbatim with the expression that dated each, and the outlets
 * that told the same event.  JSON fields: docs/timeline.md.
 */
#include <string.h>

#include "render.h"

/* Appends the distinct outlets of sentence j of entry e, ", "-separated. */
static void outlets(sl_buf *b, const sl_digest *d, const sl_tl_sent *s) {
  const sl_corpus *c = d->c;
  for (uint32_t k = 0; k < s->nsrc; k++) {
    const char *src = c->arts.a[c->sents.a[s->src[k]].article].source;
    bool dup = false;
    for (uint32_t q = 0; q < k && !dup; q++)
      dup = !strcmp(c->arts.a[c->sents.a[s->src[q]].article].source, src);
    if (dup) continue;
    if (k) sl_buf_puts(b, ", ");
    sl_buf_puts(b, src);
  }
}

void sl_render_timeline_text(sl_buf *b, const sl_digest *d, int flags) {
  if (!d->timeline) return;
  const sl_corpus *c = d->c;
  sl_render_heading(b, flags, "Timeline");
  if (!d->timeline->n) sl_buf_puts(b, "  (no dated events)\n");
  for (size_t i = 0; i < d->timeline->n; i++) {
    const sl_tl_entry *e = &d->timeline->e[i];
    sl_buf_puts(b, "  ");
    sl_render_styled(b, flags, SL_ANSI_BOLD, e->label, strlen(e->label));
    sl_buf_putc(b, '\n');
    for (size_t j = 0; j < e->nsents; j++) {
      const sl_tl_sent *s = &e->sents[j];
      const sl_sent *cs = &c->sents.a[s->sent];
      sl_buf_puts(b, "    ");
      sl_buf_put(b, sl_sent_text(c, cs), cs->span.len);
      sl_buf_puts(b, "\n      ");
      sl_buf src;
      sl_buf_init(&src);
      sl_buf_puts(&src, "— ");
      outlets(&src, d, s);
      if (!s->tx.len) sl_buf_puts(&src, " (dated by publication)");
      sl_render_styled(b, flags, SL_ANSI_CYAN, src.p, src.len);
      sl_buf_free(&src);
      sl_buf_putc(b, '\n');
    }
  }
}

json_t *sl_render_timeline_json(const sl_digest *d) {
  if (!d->timeline) return NULL;
  const sl_corpus *c = d->c;
  json_t *arr = json_array();
  for (size_t i = 0; i < d->timeline->n; i++) {
    const sl_tl_entry *e = &d->timeline->e[i];
    json_t *o = json_object();
    json_object_set_new(o, "date", json_string(e->label));
    json_object_set_new(o, "granularity", json_string(sl_timex_gran_name(e->gran)));
    json_object_set_new(o, "score", json_real(e->score));
    json_t *ss = json_array();
    for (size_t j = 0; j < e->nsents; j++) {
      const sl_tl_sent *s = &e->sents[j];
      const sl_sent *cs = &c->sents.a[s->sent];
      const sl_art *a = &c->arts.a[cs->article];
      json_t *so = json_object();
      json_object_set_new(so, "text", sl_json_strn(sl_sent_text(c, cs), cs->span.len));
      json_object_set_new(so, "article", json_integer(cs->article));
      json_object_set_new(so, "offset", json_integer(cs->span.off));
      json_object_set_new(so, "length", json_integer(cs->span.len));
      json_object_set_new(so, "source", json_string(a->source));
      json_object_set_new(so, "published", sl_json_date(a->date));
      json_object_set_new(so, "dated_by", json_string(s->tx.len ? "expression" : "publication"));
      if (s->tx.len) {
        json_t *x = json_object();
        json_object_set_new(x, "text", sl_json_strn(a->text + s->tx.off, s->tx.len));
        json_object_set_new(x, "offset", json_integer(s->tx.off));
        json_object_set_new(x, "length", json_integer(s->tx.len));
        json_object_set_new(so, "expression", x);
      } else {
        json_object_set_new(so, "expression", json_null());
      }
      json_object_set_new(so, "score", json_real(s->score));
      json_t *srcs = json_array();
      for (uint32_t k = 0; k < s->nsrc; k++) {
        const sl_sent *ms = &c->sents.a[s->src[k]];
        json_t *x = json_object();
        json_object_set_new(x, "article", json_integer(ms->article));
        json_object_set_new(x, "source", json_string(c->arts.a[ms->article].source));
        json_object_set_new(x, "offset", json_integer(ms->span.off));
        json_object_set_new(x, "length", json_integer(ms->span.len));
        json_array_append_new(srcs, x);
      }
      json_object_set_new(so, "sources", srcs);
      json_array_append_new(ss, so);
    }
    json_object_set_new(o, "sentences", ss);
    json_array_append_new(arr, o);
  }
  return arr;
}
