/*
 * align_int.h — internals of src/align/ shared by its files and its unit
 * test (not part of the API).
 */
#ifndef SL_ALIGN_INT_H
#define SL_ALIGN_INT_H

#include "align.h"

/* Limits (docs/align.md explains each). */
#define SL_AL_MAXW 160       /* sentences with more words are matched exactly only */
#define SL_AL_MAXTOK 48      /* longest word (bytes) the spelling rules look at */
#define SL_AL_CAND_MAX 32    /* candidates verified per probing sentence type */
#define SL_AL_SCAN_MAX 1024  /* postings scanned per probing sentence type */
#define SL_AL_GROUP_MAX 128  /* sentence types in one group */

/** UK-to-US spelling fold of one lower-case ASCII word w[0..n) into out
 *  (capacity SL_AL_MAXTOK + 4).  Rule based (docs/align.md): -ise/-yse ->
 *  -ize/-yze, -our -> -or, -tre/-bre/-gre -> -ter/-ber/-ger, -ogue -> -og,
 *  -mme -> -m, -fence/-cence/-tence -> -ense, doubled l before -ed/-ing/-er
 *  in an unstressed final syllable.  Returns the output length, or 0 when
 *  no rule applies (out is then unspecified). */
size_t sl_align_spell_fold(const char *w, size_t n, char *out);

/** True when the lower-case ASCII word w[0..n) negates: not, no, never,
 *  nor, neither, none, nobody, nothing, nowhere, cannot, or ends in n't. */
bool sl_align_is_negation(const char *w, size_t n);

#endif
