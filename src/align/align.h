/*
 * align.h — cross-source sentence alignment for one story: groups of
 * sentences that say the same thing (identical, or near-identical: the
 * same quotation re-punctuated, truncated, with a bracketed insertion or a
 * UK/US spelling).  Every story sentence belongs to exactly one group
 * (singletons included).
 */
#ifndef SL_ALIGN_H
#define SL_ALIGN_H

#include "../corpus/corpus.h"

enum { SL_MATCH_SELF = 0, SL_MATCH_EXACT = 1, SL_MATCH_NEAR = 2 };

typedef struct sl_align {
  uint32_t *sents;   /* story sentence ids (corpus), ascending */
  uint32_t *group;   /* group of sents[i] */
  size_t nsents;     /* sentences in the story */
  uint32_t *members; /* group members, concatenated; each group's list starts
                        with its representative, then in story order (articles as
                        sl_corpus_story_order sorts them, then index) */
  uint8_t *kind;     /* SL_MATCH_* of members[i] relative to the representative */
  uint32_t *gstart;  /* group g is members[gstart[g] .. gstart[g+1]) */
  size_t ngroups;    /* groups */
} sl_align;

/** Aligns the sentences of articles arts[0..n). *out freed with sl_align_free. */
sl_status sl_align_build(const sl_corpus *c, const uint32_t *arts, size_t n, sl_align **out);
void sl_align_free(sl_align *al);
/** Group of corpus sentence s, or UINT32_MAX when s is not in the story. */
uint32_t sl_align_group_of(const sl_align *al, uint32_t s);
static inline size_t sl_align_group_size(const sl_align *al, uint32_t g) {
  return al->gstart[g + 1] - al->gstart[g];
}

#endif
