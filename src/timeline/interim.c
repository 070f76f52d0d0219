/* interim.c — INTERIM: no timeline yet (empty result).  Replaced by src/timeline/. */
#include <stdlib.h>

#include "timeline.h"

struct sl_timeline {
  int unused; /* placeholder */
};

sl_status sl_timeline_build(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                            const sl_digest_opts *o, sl_timeline **out) {
  (void)c, (void)arts, (void)n, (void)al, (void)o;
  *out = calloc(1, sizeof **out);
  return *out ? SL_OK : SL_ENOMEM;
}

void sl_timeline_free(sl_timeline *t) { free(t); }
