/*
 * api.c — builds the quotes part of a digest and exposes it through the
 * public accessors declared in storyloom.h ("Quotations").
 *
 * Invariant: accessors are total for valid indices (SL_API_CHECK on misuse)
 * and return 0/NULL when the digest has no quotes part.
 */
#include <string.h>

#include "../digest/digest.h"
#include "quotes.h"

sl_status sl_quotes_build(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                          const sl_digest_opts *o, sl_quotes **out) {
  (void)al, (void)o; /* grouping is quote-level, independent of sentence groups */
  sl_quotes *q = calloc(1, sizeof *q);
  *out = q;
  if (!q) return SL_ENOMEM;
  sl_arena_init(&q->arena);
  sl_status st = sl_quotes_extract(c, arts, n, q);
  if (st == SL_OK) st = sl_quotes_group(c, arts, n, q);
  if (st != SL_OK) {
    sl_quotes_free(q);
    *out = NULL;
  }
  return st;
}

void sl_quotes_free(sl_quotes *q) {
  if (!q) return;
  sl_vec_free(&q->mentions);
  sl_vec_free(&q->passages);
  sl_vec_free(&q->words);
  sl_vec_free(&q->groups);
  sl_vec_free(&q->outlets);
  sl_vec_free(&q->variants);
  sl_vec_free(&q->edits);
  sl_vec_free(&q->vpass);
  sl_arena_free(&q->arena);
  free(q);
}

static const sl_quotes *Q(const sl_digest *d) { return d ? d->quotes : NULL; }

size_t sl_quote_mention_count(const sl_digest *d) { return Q(d) ? Q(d)->mentions.n : 0; }

static const sl_qmention *mention(const sl_digest *d, size_t i) {
  SL_API_CHECK(Q(d) && i < Q(d)->mentions.n);
  return &Q(d)->mentions.a[i];
}

void sl_quote_mention(const sl_digest *d, size_t i, uint32_t *article, uint32_t *off,
                      uint32_t *len) {
  const sl_qmention *m = mention(d, i);
  *article = m->article, *off = m->span.off, *len = m->span.len;
}
const char *sl_quote_mention_speaker(const sl_digest *d, size_t i) { return mention(d, i)->speaker; }
const char *sl_quote_mention_cue(const sl_digest *d, size_t i) { return mention(d, i)->cue; }
const char *sl_quote_mention_venue(const sl_digest *d, size_t i) { return mention(d, i)->venue; }

size_t sl_quote_count(const sl_digest *d) { return Q(d) ? Q(d)->groups.n : 0; }

static const sl_qgroup *group(const sl_digest *d, size_t i) {
  SL_API_CHECK(Q(d) && i < Q(d)->groups.n);
  return &Q(d)->groups.a[i];
}

static void passage_span(const sl_digest *d, uint32_t p, uint32_t *article, uint32_t *off,
                         uint32_t *len) {
  const sl_qpassage *pp = &Q(d)->passages.a[p];
  *article = Q(d)->mentions.a[pp->mention].article;
  *off = pp->span.off, *len = pp->span.len;
}

void sl_quote_text(const sl_digest *d, size_t i, uint32_t *article, uint32_t *off, uint32_t *len) {
  passage_span(d, group(d, i)->rep, article, off, len);
}
const char *sl_quote_speaker(const sl_digest *d, size_t i) { return group(d, i)->speaker; }
const char *sl_quote_cue(const sl_digest *d, size_t i) { return group(d, i)->cue; }
const char *sl_quote_venue(const sl_digest *d, size_t i) { return group(d, i)->venue; }
int32_t sl_quote_date(const sl_digest *d, size_t i) { return group(d, i)->date; }
size_t sl_quote_outlet_count(const sl_digest *d, size_t i) { return group(d, i)->no; }

const char *sl_quote_outlet(const sl_digest *d, size_t i, size_t j, int32_t *date,
                            uint32_t *article) {
  const sl_qgroup *g = group(d, i);
  SL_API_CHECK(j < g->no);
  const sl_qoutlet *o = &Q(d)->outlets.a[g->o0 + j];
  if (date) *date = o->date;
  if (article) *article = o->article;
  return o->source;
}

size_t sl_quote_passage_count(const sl_digest *d, size_t i) { return group(d, i)->npass; }

void sl_quote_passage(const sl_digest *d, size_t i, size_t j, uint32_t *article, uint32_t *off,
                      uint32_t *len) {
  (void)group(d, i);
  /* passages of group i in story order: a scan (groups are small) */
  const sl_quotes *q = Q(d);
  size_t k = 0;
  for (uint32_t p = 0; p < q->passages.n; p++) {
    if (q->passages.a[p].group != i) continue;
    if (k++ == j) {
      passage_span(d, p, article, off, len);
      return;
    }
  }
  SL_API_CHECK(!"passage index out of range");
  *article = 0, *off = 0, *len = 0;
}

size_t sl_quote_variant_count(const sl_digest *d, size_t i) { return group(d, i)->nv; }

static const sl_qvariant *variant(const sl_digest *d, size_t i, size_t j) {
  const sl_qgroup *g = group(d, i);
  SL_API_CHECK(j < g->nv);
  return &Q(d)->variants.a[g->v0 + j];
}

void sl_quote_variant(const sl_digest *d, size_t i, size_t j, uint32_t *article, uint32_t *off,
                      uint32_t *len) {
  passage_span(d, variant(d, i, j)->passage, article, off, len);
}

size_t sl_quote_variant_article_count(const sl_digest *d, size_t i, size_t j) {
  return variant(d, i, j)->np;
}

uint32_t sl_quote_variant_article(const sl_digest *d, size_t i, size_t j, size_t k) {
  const sl_qvariant *v = variant(d, i, j);
  SL_API_CHECK(k < v->np);
  uint32_t p = Q(d)->vpass.a[v->p0 + k];
  return Q(d)->mentions.a[Q(d)->passages.a[p].mention].article;
}

size_t sl_quote_edit_count(const sl_digest *d, size_t i, size_t j) { return variant(d, i, j)->ne; }

sl_quote_edit_kind sl_quote_edit(const sl_digest *d, size_t i, size_t j, size_t k,
                                 uint32_t *from_off, uint32_t *from_len, uint32_t *to_off,
                                 uint32_t *to_len) {
  const sl_qvariant *v = variant(d, i, j);
  SL_API_CHECK(k < v->ne);
  const sl_qedit *e = &Q(d)->edits.a[v->e0 + k];
  *from_off = e->from.off, *from_len = e->from.len;
  *to_off = e->to.off, *to_len = e->to.len;
  return (sl_quote_edit_kind)e->kind;
}

const char *sl_quote_edit_name(sl_quote_edit_kind k) {
  static const char *const names[] = {"added",       "dropped", "changed",
                                      "punctuation", "bracket", "truncated",
                                      "moved"};
  return (unsigned)k < SL_COUNTOF(names) ? names[k] : "unknown";
}
