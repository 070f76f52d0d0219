/* interim.c — INTERIM: no coverage yet (empty result).  Replaced by src/compare/. */
#include <stdlib.h>

#include "compare.h"

struct sl_coverage {
  int unused; /* placeholder */
};

sl_status sl_coverage_build(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                            const sl_digest_opts *o, sl_coverage **out) {
  (void)c, (void)arts, (void)n, (void)al, (void)o;
  *out = calloc(1, sizeof **out);
  return *out ? SL_OK : SL_ENOMEM;
}

void sl_coverage_free(sl_coverage *t) { free(t); }
