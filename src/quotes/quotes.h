/*
 * quotes.h — direct quotations of a story: words, speaker, cue, venue,
 * outlets carrying them and their variants.
 */
#ifndef SL_QUOTES_H
#define SL_QUOTES_H

#include "../align/align.h"

typedef struct sl_quotes sl_quotes;

sl_status sl_quotes_build(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                          const sl_digest_opts *o, sl_quotes **out);
void sl_quotes_free(sl_quotes *q);

#endif
