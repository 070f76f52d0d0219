/*
 * api.c — public accessors of the coverage part of a digest
 * (include/storyloom.h, section "Coverage").
 *
 * Invariant: every accessor is total on a digest made without
 * SL_PART_COVERAGE (counts 0, names NULL); indices out of range are API
 * misuse (asserted in debug builds).
 */
#include "../digest/digest.h"

size_t sl_coverage_outlet_count(const sl_digest *d) {
  SL_API_CHECK(d);
  return d->coverage ? d->coverage->noutlets : 0;
}

/* Outlet o of the digest's coverage (o must be in range). */
static const sl_outlet *outlet(const sl_digest *d, size_t o) {
  SL_API_CHECK(d && d->coverage && o < d->coverage->noutlets);
  return &d->coverage->outlets[o];
}

const char *sl_coverage_outlet_name(const sl_digest *d, size_t o) {
  return d->coverage ? outlet(d, o)->name : NULL;
}
size_t sl_coverage_outlet_articles(const sl_digest *d, size_t o) {
  return d->coverage ? outlet(d, o)->narts : 0;
}
size_t sl_coverage_outlet_sentences(const sl_digest *d, size_t o) {
  return d->coverage ? outlet(d, o)->nsent : 0;
}
size_t sl_coverage_outlet_shared(const sl_digest *d, size_t o) {
  return d->coverage ? outlet(d, o)->shared : 0;
}
size_t sl_coverage_outlet_unique(const sl_digest *d, size_t o) {
  return d->coverage ? outlet(d, o)->unique : 0;
}
size_t sl_coverage_unique_count(const sl_digest *d, size_t o) {
  return d->coverage ? outlet(d, o)->ntop : 0;
}

/* Fills the article and span of corpus sentence s. */
static void sentence(const sl_digest *d, uint32_t s, uint32_t *article, uint32_t *off,
                     uint32_t *len) {
  const sl_sent *se = &d->c->sents.a[s];
  if (article) *article = se->article;
  if (off) *off = se->span.off;
  if (len) *len = se->span.len;
}

void sl_coverage_unique_sentence(const sl_digest *d, size_t o, size_t i, uint32_t *article,
                                 uint32_t *off, uint32_t *len) {
  const sl_outlet *ot = outlet(d, o);
  SL_API_CHECK(i < ot->ntop);
  sentence(d, ot->top[i], article, off, len);
}

double sl_coverage_overlap(const sl_digest *d, size_t a, size_t b) {
  SL_API_CHECK(d && d->coverage && a < d->coverage->noutlets && b < d->coverage->noutlets);
  return sl_coverage_jaccard(d->coverage, a, b);
}

size_t sl_coverage_consensus_count(const sl_digest *d) {
  SL_API_CHECK(d);
  return d->coverage ? d->coverage->nconsensus : 0;
}

size_t sl_coverage_consensus_sentence(const sl_digest *d, size_t i, uint32_t *article,
                                      uint32_t *off, uint32_t *len) {
  SL_API_CHECK(d && d->coverage && i < d->coverage->nconsensus);
  uint32_t g = d->coverage->consensus[i];
  sentence(d, d->align->members[d->align->gstart[g]], article, off, len);
  return sl_coverage_group_outlets(d->coverage, g);
}
