/*
 * cluster.h — private pieces of the streaming story clusterer.
 *
 * features.c turns raw article text into a compact feature record (hashed
 * terms with their counts and a one-permutation MinHash signature of word
 * 3-shingles) with a light, allocation-free tokenizer; cluster.c weighs
 * the terms with an idf learnt online, finds the best open story through
 * an inverted index over open stories only, and closes idle stories.
 *
 * Invariant: nothing here depends on hash-table iteration order; every
 * tie is broken by story number or processing order, so results are the
 * same byte for byte for the same sequence of sl_stories_add calls (and
 * for a corpus batch in any order: sl_stories_add_corpus sorts it).
 */
#ifndef SL_CLUSTER_H
#define SL_CLUSTER_H

#include "../core/core.h"

#define SL_CL_SIG 64 /* MinHash bins per article */
#define SL_CL_SIG_EMPTY 0xFFFFu /* an empty bin; bin values are at most 0xFFFE */

/** One-permutation MinHash signature of an article's word 3-shingles: the
 *  low 16 bits of each bin's minimum (64 bins of 16 bits: the memory of 32
 *  bins of 32 bits, half the variance of the estimate), and the number of
 *  shingles (word count - 2), for containment. */
typedef struct sl_cl_sig {
  uint16_t bin[SL_CL_SIG];
  uint32_t n;
} sl_cl_sig;

/** One term of an article: hashed term (never 0) and its weighted count. */
typedef struct sl_cl_term {
  uint64_t h;  /* hash of the term (features.c word_hash), never 0 */
  float tf;    /* occurrences; title and capitalised words count extra */
} sl_cl_term;

/** Scratch for feature extraction (one per clusterer). */
typedef struct sl_cl_scratch {
  uint64_t *keys;  /* open-addressing term table, 0 = empty */
  float *vals;     /* counts per slot */
  uint32_t *used;  /* slots filled, to clear and to read in insertion order */
  size_t cap, n;   /* slots, slots used */
  uint64_t stop[512]; /* hashes of the stopwords (open addressing, 0 = empty) */
  unsigned char lower[256]; /* byte -> lower-cased word byte, 0 for a separator */
  unsigned char kind[256];  /* byte -> KIND_* bits (features.c) */
} sl_cl_scratch;

bool sl_cl_scratch_init(sl_cl_scratch *s);
void sl_cl_scratch_free(sl_cl_scratch *s);

/** Extracts the terms of title + text into *terms (one malloc'd block,
 *  caller frees; terms in first-seen order) followed in the same block by the
 *  SL_CL_SIG-bin MinHash signature of the text (empty bins UINT32_MAX; see
 *  sl_cl_sig_of).  Returns the number of terms n, or SIZE_MAX when out of
 *  memory. */
size_t sl_cl_features(sl_cl_scratch *s, const char *title, const char *text, size_t len,
                      sl_cl_term **terms);
/** The signature stored after the n terms of a block from sl_cl_features. */
static inline sl_cl_sig *sl_cl_sig_of(sl_cl_term *terms, size_t n) { return (sl_cl_sig *)(terms + n); }

/** Estimated Jaccard similarity of two signatures (0 when both empty). */
double sl_cl_sig_sim(const sl_cl_sig *a, const sl_cl_sig *b);

/** Estimated containment of the smaller shingle set in the larger,
 *  |A n B| / min(|A|, |B|), from the estimated Jaccard j and the set sizes
 *  (|A n B| = j / (1 + j) * (|A| + |B|)), capped at 1. */
double sl_cl_sig_containment(const sl_cl_sig *a, const sl_cl_sig *b, double j);

#endif
