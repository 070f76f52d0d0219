/*
 * digest.c — builds a story digest and exposes the summary accessors.
 */
#include <stdlib.h>
#include <string.h>

#include "digest.h"

void sl_digest_opts_init(sl_digest_opts *o) {
  memset(o, 0, sizeof *o);
  o->parts = SL_PART_ALL;
  o->words = 100;
  o->tl_per_date = 1;
  o->max_quotes = 5;
}

sl_digest *sl_digest_new(const sl_corpus *c, const uint32_t *ids, size_t n, const sl_digest_opts *o,
                         sl_error *err) {
  SL_API_CHECK(c);
  sl_digest *d = calloc(1, sizeof *d);
  if (!d) {
    sl_error_set(err, SL_ENOMEM, NULL, 0, "out of memory");
    return NULL;
  }
  d->c = c;
  if (o) d->opts = *o;
  else sl_digest_opts_init(&d->opts);
  if (!ids) n = c->arts.n;
  d->arts = malloc((n ? n : 1) * sizeof *d->arts);
  if (!d->arts) goto oom;
  for (size_t i = 0; i < n; i++) {
    uint32_t a = ids ? ids[i] : (uint32_t)i;
    if (a >= c->arts.n) {
      sl_error_set(err, SL_EINVAL, NULL, 0, "article id %u out of range", a);
      sl_digest_free(d);
      return NULL;
    }
    d->arts[i] = a;
  }
  /* story order: every part reads the articles in this order and breaks its
   * ties by positions in it, never by corpus numbers (the input order); an
   * article listed twice counts once (as align/ counts it) */
  if (sl_corpus_story_order(c, d->arts, n) != SL_OK) goto oom;
  size_t na = 0;
  for (size_t i = 0; i < n; i++)
    if (!na || d->arts[na - 1] != d->arts[i]) d->arts[na++] = d->arts[i];
  n = na;
  d->narts = n;

  sl_status st = sl_align_build(c, d->arts, n, &d->align);
  if (st == SL_OK && (d->opts.parts & SL_PART_SUMMARY))
    st = sl_summarize(c, d->arts, n, d->align, &d->opts, &d->summary);
  if (st == SL_OK && (d->opts.parts & SL_PART_TIMELINE))
    st = sl_timeline_build(c, d->arts, n, d->align, &d->opts, &d->timeline);
  if (st == SL_OK && (d->opts.parts & SL_PART_QUOTES))
    st = sl_quotes_build(c, d->arts, n, d->align, &d->opts, &d->quotes);
  if (st == SL_OK && (d->opts.parts & SL_PART_COVERAGE))
    st = sl_coverage_build(c, d->arts, n, d->align, &d->opts, &d->coverage);
  if (st == SL_OK) return d;
  sl_error_set(err, st, NULL, 0, "digest failed: %s", sl_strerror(st));
  sl_digest_free(d);
  return NULL;
oom:
  sl_error_set(err, SL_ENOMEM, NULL, 0, "out of memory");
  sl_digest_free(d);
  return NULL;
}

void sl_digest_free(sl_digest *d) {
  if (!d) return;
  sl_align_free(d->align);
  sl_summary_free(d->summary);
  sl_timeline_free(d->timeline);
  sl_quotes_free(d->quotes);
  sl_coverage_free(d->coverage);
  free(d->arts);
  free(d);
}

size_t sl_digest_summary_count(const sl_digest *d) { return d->summary ? d->summary->n : 0; }

void sl_digest_summary_sentence(const sl_digest *d, size_t i, uint32_t *article, uint32_t *off,
                                uint32_t *len) {
  const sl_sent *s = &d->c->sents.a[d->summary->items[i].sent];
  *article = s->article;
  *off = s->span.off;
  *len = s->span.len;
}

size_t sl_digest_summary_source_count(const sl_digest *d, size_t i) {
  return sl_align_group_size(d->align, d->summary->items[i].group);
}

void sl_digest_summary_source(const sl_digest *d, size_t i, size_t j, uint32_t *article,
                              uint32_t *off, uint32_t *len) {
  uint32_t g = d->summary->items[i].group;
  const sl_sent *s = &d->c->sents.a[d->align->members[d->align->gstart[g] + j]];
  *article = s->article;
  *off = s->span.off;
  *len = s->span.len;
}
