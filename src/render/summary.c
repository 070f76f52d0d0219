/*
 * summary.c — the summary part: each sentence verbatim, then every outlet
 * that carried it (outlets carrying a near variant marked with "~").
 */
#include <string.h>

#include "render.h"

void sl_render_summary_text(sl_buf *b, const sl_digest *d, int flags) {
  if (!d->summary) return;
  const sl_corpus *c = d->c;
  sl_render_heading(b, flags, "Summary");
  for (size_t i = 0; i < d->summary->n; i++) {
    const sl_summary_item *it = &d->summary->items[i];
    const sl_sent *s = &c->sents.a[it->sent];
    sl_buf_puts(b, "  ");
    sl_buf_put(b, sl_sent_text(c, s), s->span.len);
    sl_buf_puts(b, "\n    ");
    const sl_align *al = d->align;
    sl_buf src;
    sl_buf_init(&src);
    sl_buf_puts(&src, "— ");
    for (uint32_t m = al->gstart[it->group]; m < al->gstart[it->group + 1]; m++) {
      const sl_art *a = &c->arts.a[c->sents.a[al->members[m]].article];
      /* one mention per outlet */
      bool dup = false;
      for (uint32_t k = al->gstart[it->group]; k < m; k++)
        if (!strcmp(c->arts.a[c->sents.a[al->members[k]].article].source, a->source)) dup = true;
      if (dup) continue;
      if (m > al->gstart[it->group]) sl_buf_puts(&src, ", ");
      if (al->kind[m] == SL_MATCH_NEAR) sl_buf_putc(&src, '~');
      sl_buf_puts(&src, a->source);
    }
    sl_render_styled(b, flags, SL_ANSI_CYAN, src.p, src.len);
    sl_buf_free(&src);
    sl_buf_putc(b, '\n');
  }
}

json_t *sl_render_summary_json(const sl_digest *d) {
  if (!d->summary) return NULL;
  const sl_corpus *c = d->c;
  const sl_align *al = d->align;
  json_t *arr = json_array();
  for (size_t i = 0; i < d->summary->n; i++) {
    const sl_summary_item *it = &d->summary->items[i];
    const sl_sent *s = &c->sents.a[it->sent];
    json_t *o = json_object();
    json_object_set_new(o, "text", sl_json_strn(sl_sent_text(c, s), s->span.len));
    json_object_set_new(o, "article", json_integer(s->article));
    json_object_set_new(o, "offset", json_integer(s->span.off));
    json_object_set_new(o, "length", json_integer(s->span.len));
    json_object_set_new(o, "words", json_integer(s->nwords));
    json_object_set_new(o, "score", json_real(it->score));
    json_t *srcs = json_array();
    for (uint32_t m = al->gstart[it->group]; m < al->gstart[it->group + 1]; m++) {
      const sl_sent *ms = &c->sents.a[al->members[m]];
      static const char *const kinds[] = {"self", "exact", "near"};
      json_t *so = json_object();
      json_object_set_new(so, "article", json_integer(ms->article));
      json_object_set_new(so, "source", json_string(c->arts.a[ms->article].source));
      json_object_set_new(so, "offset", json_integer(ms->span.off));
      json_object_set_new(so, "length", json_integer(ms->span.len));
      json_object_set_new(so, "match", json_string(kinds[al->kind[m] % 3]));
      json_array_append_new(srcs, so);
    }
    json_object_set_new(o, "sources", srcs);
    json_array_append_new(arr, o);
  }
  return arr;
}
