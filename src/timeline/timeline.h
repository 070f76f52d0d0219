/*
 * timeline.h — temporal expressions and the dated events of a story.
 */
#ifndef SL_TIMELINE_H
#define SL_TIMELINE_H

#include "../align/align.h"

typedef struct sl_timeline sl_timeline;

sl_status sl_timeline_build(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                            const sl_digest_opts *o, sl_timeline **out);
void sl_timeline_free(sl_timeline *t);

#endif
