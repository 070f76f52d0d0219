/* interim.c — INTERIM: no quotes yet (empty result).  Replaced by src/quotes/. */
#include <stdlib.h>

#include "quotes.h"

struct sl_quotes {
  int unused; /* placeholder */
};

sl_status sl_quotes_build(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                            const sl_digest_opts *o, sl_quotes **out) {
  (void)c, (void)arts, (void)n, (void)al, (void)o;
  *out = calloc(1, sizeof **out);
  return *out ? SL_OK : SL_ENOMEM;
}

void sl_quotes_free(sl_quotes *t) { free(t); }
