/*
 * digest.h — one story's digest: runs alignment once, then each requested
 * part (summary, timeline, quotes, coverage) on the shared alignment; with
 * opts.threads > 1 the parts run at once on that many threads (the
 * quotations, which do not read the alignment, while it is being built),
 * and the digest is the same.
 * Departure from DESIGN.md: DESIGN has no home for this orchestration; it
 * lives here so the CLI stays a thin client and no analysis module depends
 * on another's results except through align/.
 */
#ifndef SL_DIGEST_H
#define SL_DIGEST_H

#include "../compare/compare.h"
#include "../quotes/quotes.h"
#include "../summarize/summarize.h"
#include "../timeline/timeline.h"

struct sl_digest {
  const sl_corpus *c;     /* borrowed; outlives the digest */
  sl_digest_opts opts;    /* as given */
  uint32_t *arts;         /* story articles in story order (sl_corpus_story_order) */
  size_t narts;           /* articles */
  sl_align *align;        /* always built */
  sl_summary *summary;    /* NULL unless SL_PART_SUMMARY */
  sl_timeline *timeline;  /* NULL unless SL_PART_TIMELINE */
  sl_quotes *quotes;      /* NULL unless SL_PART_QUOTES */
  sl_coverage *coverage;  /* NULL unless SL_PART_COVERAGE */
};

#endif
