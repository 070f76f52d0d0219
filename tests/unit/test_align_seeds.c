/*
 * test_align_seeds.c — alignment end to end on the five seed articles
 * (../shared/seeds, read at run time; exit 77 when absent).  Assertions
 * are on counts and outlet names only: no seed text is copied here.
 */
#include <string.h>

#include "align/align_int.h"
#include "digest/digest.h"
#include "harness.h"
#include "align_helpers.h"

static const char *g_shared = "../shared";

/* Lower-case letter words of s[0..n) as a small set (an oracle independent
 * of the alignment code: no stemming, no spelling rules). */
static size_t word_set(const char *s, size_t n, char words[][32], size_t cap) {
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && !((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z')) i++;
    size_t j = i, l = 0;
    char w[32];
    while (j < n && (s[j] | 32) >= 'a' && (s[j] | 32) <= 'z') {
      if (l < 31) w[l++] = (char)(s[j] | 32);
      j++;
    }
    w[l] = 0;
    i = j;
    if (l < 4) continue; /* rough content filter: short words are mostly function words */
    bool dup = false;
    for (size_t q = 0; q < k; q++) dup |= !strcmp(words[q], w);
    if (!dup && k < cap) strcpy(words[k++], w);
  }
  return k;
}

static void test_seeds(void) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/seeds", g_shared);
  sl_corpus *c = sl_corpus_new(NULL);
  if (sl_corpus_add_path(c, dir, NULL) != SL_OK || sl_corpus_count(c) != 5) {
    sl_corpus_free(c);
    SKIP("%s not found (the seed articles live in ../shared)", dir);
  }
  uint32_t ids[5] = {0, 1, 2, 3, 4};
  sl_align *al = NULL;
  INT_EQ(sl_align_build(c, ids, 5, &al), SL_OK, "align");
  if (!al) return;
  check_invariants(c, al);
  size_t by_outlets[6] = {0};
  for (uint32_t g = 0; g < al->ngroups; g++) by_outlets[outlets_of(c, al, g, NULL, NULL)]++;
  /* counted by hand, reading the five articles: the New Yorker quotations
     reprinted across outlets.  Two sentences are in all five articles, five
     more in four, and at least five more in two or three. */
  INT_EQ(by_outlets[5], 2, "sentences carried by all five outlets");
  CHECK(by_outlets[4] >= 5, "sentences carried by four outlets: %zu", by_outlets[4]);
  CHECK(by_outlets[2] + by_outlets[3] >= 5, "sentences carried by two or three: %zu",
        by_outlets[2] + by_outlets[3]);
  /* the "mischaracterisation" sentence: UK spelling in one outlet, "[Donald]"
     in two, truncated in one; all five outlets */
  uint32_t g = group_with(c, al, "06cb831230e40b13", "mischaracterisation");
  INT_EQ(outlets_of(c, al, g, NULL, NULL), 5, "the mischaracterisation quotation");
  INT_EQ(group_with(c, al, "04e5fe294509efdc", "[Donald] Trump, which"), g, "truncated copy");
  INT_EQ(group_with(c, al, "76106dfe54340827", "[Donald] Trump, which"), g, "bracketed copy");
  /* precision: every pair of members of a group shares at least half of
     the longer words of the shorter sentence (independent oracle) */
  static char wa[128][32], wb[128][32];
  for (uint32_t k = 0; k < al->ngroups; k++)
    for (uint32_t i = al->gstart[k]; i < al->gstart[k + 1]; i++)
      for (uint32_t j = i + 1; j < al->gstart[k + 1]; j++) {
        const sl_sent *p = sl_corpus_sent(c, al->members[i]), *q = sl_corpus_sent(c, al->members[j]);
        size_t na = word_set(sl_sent_text(c, p), p->span.len, wa, 128);
        size_t nb = word_set(sl_sent_text(c, q), q->span.len, wb, 128);
        size_t common = 0;
        for (size_t x = 0; x < na; x++)
          for (size_t y = 0; y < nb; y++) common += !strcmp(wa[x], wb[y]);
        size_t mn = na < nb ? na : nb;
        CHECK(common * 2 >= mn, "group %u members %u/%u share %zu of %zu words", k,
              al->members[i], al->members[j], common, mn);
      }
  /* the seeds are five outlets: the digest credits several on shared lines */
  sl_digest *d = sl_digest_new(c, NULL, 0, NULL, NULL);
  CHECK(d && d->coverage && d->coverage->nconsensus >= 5, "consensus items: %zu",
        d && d->coverage ? d->coverage->nconsensus : 0);
  sl_digest_free(d);
  sl_align_free(al);
  sl_corpus_free(c);
}

int main(int argc, char **argv) {
  if (argc > 1) g_shared = argv[1];
  test_seeds();
  return test_done("test_align_seeds");
}
