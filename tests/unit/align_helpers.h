/*
 * align_helpers.h — checks shared by test_align.c and test_align_seeds.c:
 * the invariants of align.h, and lookups of a group by an outlet's
 * sentence and of a group's outlets.
 */
#ifndef SL_TEST_ALIGN_HELPERS_H
#define SL_TEST_ALIGN_HELPERS_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "align/align_int.h"
#include "harness.h"

/* Checks the invariants of align.h on al (story = every corpus article). */
static inline void check_invariants(const sl_corpus *c, const sl_align *al) {
  size_t total = 0;
  for (size_t a = 0; a < sl_corpus_count(c); a++) total += c->arts.a[a].nsent;
  INT_EQ(al->nsents, total, "every sentence aligned");
  INT_EQ(al->gstart[0], 0, "first group starts at 0");
  INT_EQ(al->gstart[al->ngroups], al->nsents, "groups cover all members");
  for (size_t i = 1; i < al->nsents; i++) CHECK(al->sents[i - 1] < al->sents[i], "sents ascending");
  for (size_t g = 0; g < al->ngroups; g++) {
    uint32_t b = al->gstart[g], e = al->gstart[g + 1];
    CHECK(e > b, "group %zu not empty", g);
    INT_EQ(al->kind[b], SL_MATCH_SELF, "group %zu starts with its representative", g);
    for (uint32_t k = b; k < e; k++) {
      INT_EQ(sl_align_group_of(al, al->members[k]), g, "member %u maps back", al->members[k]);
      if (k > b) {
        CHECK(al->kind[k] != SL_MATCH_SELF, "one SELF per group");
        const sl_sent *p = sl_corpus_sent(c, al->members[k - 1]), *q = sl_corpus_sent(c, al->members[k]);
        int32_t dp = c->arts.a[p->article].date, dq = c->arts.a[q->article].date;
        bool ordered = dp != dq ? dp < dq
                                : p->article != q->article ? p->article < q->article
                                                           : p->index < q->index;
        CHECK(ordered, "group %zu members in (date, article, index) order", g);
      }
    }
    if (g) { /* groups numbered by their representatives' story order */
      const sl_sent *p = sl_corpus_sent(c, al->members[al->gstart[g - 1]]);
      const sl_sent *q = sl_corpus_sent(c, al->members[b]);
      int32_t dp = c->arts.a[p->article].date, dq = c->arts.a[q->article].date;
      CHECK(dp < dq || (dp == dq && (p->article < q->article ||
                                     (p->article == q->article && p->index < q->index))),
            "group order");
    }
  }
  CHECK(sl_align_group_of(al, UINT32_MAX - 1) == UINT32_MAX, "unknown sentence");
}

/* Group of the sentence of outlet `source` whose text contains `word`. */
static inline uint32_t group_with(const sl_corpus *c, const sl_align *al, const char *source,
                           const char *word) {
  size_t k = strlen(word);
  for (size_t i = 0; i < al->nsents; i++) {
    const sl_sent *s = sl_corpus_sent(c, al->sents[i]);
    if (strcmp(c->arts.a[s->article].source, source)) continue;
    const char *t = sl_sent_text(c, s);
    for (uint32_t j = 0; j + k <= s->span.len; j++)
      if (!memcmp(t + j, word, k)) return al->group[i];
  }
  return UINT32_MAX;
}

/* Distinct outlets of group g, and whether `source` is one of them. */
static inline size_t outlets_of(const sl_corpus *c, const sl_align *al, uint32_t g, const char *source,
                         bool *has) {
  const char *seen[64];
  size_t n = 0;
  if (has) *has = false;
  if (g == UINT32_MAX) return 0;
  for (uint32_t k = al->gstart[g]; k < al->gstart[g + 1]; k++) {
    const char *src = c->arts.a[sl_corpus_sent(c, al->members[k])->article].source;
    bool dup = false;
    for (size_t i = 0; i < n; i++) dup |= !strcmp(seen[i], src);
    if (!dup && n < 64) seen[n++] = src;
    if (has && source && !strcmp(src, source)) *has = true;
  }
  return n;
}

#endif
