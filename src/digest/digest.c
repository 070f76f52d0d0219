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

/* Sort key: date (dateless last), then article id. */
static uint64_t date_key(const sl_corpus *c, uint32_t a) {
  int32_t d = c->arts.a[a].date;
  uint64_t hi = d == SL_NO_DATE ? UINT32_MAX : (uint64_t)((int64_t)d - INT32_MIN);
  return hi << 32 | a;
}

static int cmp_u64(const void *x, const void *y) {
  uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
  return a < b ? -1 : a > b;
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
  uint64_t *keys = malloc((n ? n : 1) * sizeof *keys);
  if (!d->arts || !keys) {
    free(keys);
    goto oom;
  }
  for (size_t i = 0; i < n; i++) {
    uint32_t a = ids ? ids[i] : (uint32_t)i;
    if (a >= c->arts.n) {
      free(keys);
      sl_error_set(err, SL_EINVAL, NULL, 0, "article id %u out of range", a);
      sl_digest_free(d);
      return NULL;
    }
    keys[i] = date_key(c, a);
  }
  qsort(keys, n, sizeof *keys, cmp_u64);
  for (size_t i = 0; i < n; i++) d->arts[i] = (uint32_t)(keys[i] & UINT32_MAX);
  free(keys);
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
