/*
 * summary.c — the summary part: each sentence verbatim, then every outlet
 * that carried it (outlets carrying a near variant marked with "~").  The
 * quoted sentence may be any member of its alignment group (summarize/
 * quotes the one that reads best); it is credited first and the others'
 * match is stated relative to it.
 */
#include <string.h>

#include "render.h"

/* Index in al->members of the quoted sentence of item it (the group's first
 * member if, against the invariant, it is not a member). */
static uint32_t quoted_member(const sl_align *al, const sl_summary_item *it) {
  for (uint32_t m = al->gstart[it->group]; m < al->gstart[it->group + 1]; m++)
    if (al->members[m] == it->sent) return m;
  return al->gstart[it->group];
}

/* SL_MATCH_* of member m relative to the quoted member q: the same bytes, or
 * both identical to the group's representative, is an exact match. */
static int match_of(const sl_corpus *c, const sl_align *al, uint32_t q, uint32_t m) {
  if (m == q) return SL_MATCH_SELF;
  const sl_sent *a = &c->sents.a[al->members[q]], *b = &c->sents.a[al->members[m]];
  if (a->span.len == b->span.len &&
      !memcmp(sl_sent_text(c, a), sl_sent_text(c, b), a->span.len))
    return SL_MATCH_EXACT;
  return al->kind[q] != SL_MATCH_NEAR && al->kind[m] != SL_MATCH_NEAR ? SL_MATCH_EXACT
                                                                        : SL_MATCH_NEAR;
}

/* k-th member to list for an item whose quoted member is q: q first, then
 * the rest of the group in align/'s order. */
static uint32_t nth_member(const sl_align *al, uint32_t g, uint32_t q, uint32_t k) {
  if (k == 0) return q;
  uint32_t m = al->gstart[g] + k - 1;
  return m >= q ? m + 1 : m;
}

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
    uint32_t g = it->group, q = quoted_member(al, it), nm = al->gstart[g + 1] - al->gstart[g];
    sl_strmap seen; /* one mention per outlet, in linear time (a group may be huge) */
    sl_strmap_init(&seen);
    for (uint32_t k = 0; k < nm; k++) {
      uint32_t m = nth_member(al, g, q, k);
      const sl_art *a = &c->arts.a[c->sents.a[al->members[m]].article];
      bool added = true;
      (void)sl_strmap_intern(&seen, a->source, strlen(a->source), &added);
      if (!added) continue;
      if (k > 0) sl_buf_puts(&src, ", ");
      if (match_of(c, al, q, m) == SL_MATCH_NEAR) sl_buf_putc(&src, '~');
      sl_buf_puts(&src, a->source);
    }
    sl_strmap_free(&seen);
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
    uint32_t g = it->group, q = quoted_member(al, it), nm = al->gstart[g + 1] - al->gstart[g];
    for (uint32_t k = 0; k < nm; k++) {
      uint32_t m = nth_member(al, g, q, k);
      const sl_sent *ms = &c->sents.a[al->members[m]];
      static const char *const kinds[] = {"self", "exact", "near"};
      json_t *so = json_object();
      json_object_set_new(so, "article", json_integer(ms->article));
      json_object_set_new(so, "source", json_string(c->arts.a[ms->article].source));
      json_object_set_new(so, "offset", json_integer(ms->span.off));
      json_object_set_new(so, "length", json_integer(ms->span.len));
      json_object_set_new(so, "match", json_string(kinds[match_of(c, al, q, m) % 3]));
      json_array_append_new(srcs, so);
    }
    json_object_set_new(o, "sources", srcs);
    json_array_append_new(arr, o);
  }
  return arr;
}
