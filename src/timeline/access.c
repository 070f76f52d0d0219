/*
 * access.c — the public accessors of a digest's timeline (storyloom.h,
 * section Timeline).  Out-of-range indices are API misuse (asserted) and
 * give zero results in release builds.
 */
#include <string.h>

#include "../digest/digest.h"

static const sl_tl_entry *entry(const sl_digest *d, size_t i) {
  SL_API_CHECK(d);
  if (!d->timeline || i >= d->timeline->n) return NULL;
  return &d->timeline->e[i];
}

static const sl_tl_sent *tsent(const sl_digest *d, size_t i, size_t j) {
  const sl_tl_entry *e = entry(d, i);
  return e && j < e->nsents ? &e->sents[j] : NULL;
}

size_t sl_timeline_count(const sl_digest *d) {
  SL_API_CHECK(d);
  return d->timeline ? d->timeline->n : 0;
}

int32_t sl_timeline_date(const sl_digest *d, size_t i, int *gran) {
  const sl_tl_entry *e = entry(d, i);
  if (gran) *gran = e ? e->gran : SL_GRAN_NONE;
  return e ? e->first : SL_NO_DATE;
}

const char *sl_timeline_label(const sl_digest *d, size_t i) {
  const sl_tl_entry *e = entry(d, i);
  return e ? e->label : "";
}

double sl_timeline_score(const sl_digest *d, size_t i) {
  const sl_tl_entry *e = entry(d, i);
  return e ? e->score : 0;
}

size_t sl_timeline_sentence_count(const sl_digest *d, size_t i) {
  const sl_tl_entry *e = entry(d, i);
  return e ? e->nsents : 0;
}

void sl_timeline_sentence(const sl_digest *d, size_t i, size_t j, uint32_t *article,
                          uint32_t *off, uint32_t *len, uint32_t *tx_off, uint32_t *tx_len) {
  const sl_tl_sent *s = tsent(d, i, j);
  const sl_sent *cs = s ? &d->c->sents.a[s->sent] : NULL;
  if (article) *article = cs ? cs->article : 0;
  if (off) *off = cs ? cs->span.off : 0;
  if (len) *len = cs ? cs->span.len : 0;
  if (tx_off) *tx_off = s ? s->tx.off : 0;
  if (tx_len) *tx_len = s ? s->tx.len : 0;
}

size_t sl_timeline_source_count(const sl_digest *d, size_t i, size_t j) {
  const sl_tl_sent *s = tsent(d, i, j);
  return s ? s->nsrc : 0;
}

void sl_timeline_source(const sl_digest *d, size_t i, size_t j, size_t k, uint32_t *article,
                        uint32_t *off, uint32_t *len) {
  const sl_tl_sent *s = tsent(d, i, j);
  const sl_sent *cs = s && k < s->nsrc ? &d->c->sents.a[s->src[k]] : NULL;
  if (article) *article = cs ? cs->article : 0;
  if (off) *off = cs ? cs->span.off : 0;
  if (len) *len = cs ? cs->span.len : 0;
}
