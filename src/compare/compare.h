/*
 * compare.h — coverage of one story by outlet: which content every outlet
 * reported and which only one did.
 */
#ifndef SL_COMPARE_H
#define SL_COMPARE_H

#include "../align/align.h"

typedef struct sl_coverage sl_coverage;

sl_status sl_coverage_build(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                            const sl_digest_opts *o, sl_coverage **out);
void sl_coverage_free(sl_coverage *cv);

#endif
