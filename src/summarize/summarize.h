/*
 * summarize.h — extractive multi-document summary of one story under a
 * word/byte/sentence budget.  Every item is one verbatim source sentence;
 * its alignment group gives every outlet that carried it.
 */
#ifndef SL_SUMMARIZE_H
#define SL_SUMMARIZE_H

#include "../align/align.h"

typedef struct sl_summary_item {
  uint32_t sent;  /* corpus sentence quoted */
  uint32_t group; /* its alignment group */
  double score;   /* selection score (method-specific, higher = better) */
} sl_summary_item;

typedef struct sl_summary {
  sl_summary_item *items; /* in reading order: article date, then position */
  size_t n;
} sl_summary;

sl_status sl_summarize(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                       const sl_digest_opts *o, sl_summary **out);
void sl_summary_free(sl_summary *s);

#endif
