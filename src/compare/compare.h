/*
 * compare.h — coverage of one story by outlet: which content every outlet
 * reported and which only one did.
 *
 * "Content" is an alignment group (src/align/): the set of sentences that
 * say the same thing across articles.  An outlet is a distinct article
 * source name; several articles of one outlet count as one outlet.
 *
 * Invariants:
 *  - outlets are numbered in order of first appearance in the story's
 *    article order (date, then article id), so the numbering is stable;
 *  - for every outlet: shared + unique == sentences (each story sentence is
 *    in exactly one group, and a group is either carried by this outlet
 *    alone or by at least one other outlet too);
 *  - gout[gostart[g] .. gostart[g+1]) lists the outlets carrying group g,
 *    ascending, without repetition; oglist is the same relation by outlet.
 * Everything is owned by the sl_coverage and freed by sl_coverage_free.
 */
#ifndef SL_COMPARE_H
#define SL_COMPARE_H

#include "../align/align.h"

/* Unique sentences kept per outlet (best first); renderers show fewer. */
#define SL_COV_TOP 5
/* A unique sentence is listed only with at least this many words ... */
#define SL_COV_MIN_WORDS 7
/* ... and at least this many distinct content (non-stopword) terms. */
#define SL_COV_MIN_TERMS 4
/* Sentences with fewer content terms have their score damped (unique.c). */
#define SL_COV_FULL_TERMS 8
/* Sentences longer than this many words have their score damped. */
#define SL_COV_LONG_WORDS 40

typedef struct sl_outlet {
  const char *name;   /* article source (borrowed from the corpus) */
  uint32_t *arts;     /* corpus article ids of this outlet, story order */
  size_t narts;       /* articles */
  uint32_t nsent;     /* content sentences over all its articles */
  uint32_t nwords;    /* words over all its articles */
  uint32_t ngroups;   /* distinct groups (pieces of content) it carries */
  uint32_t nshared_g; /* of those, groups another outlet carries too */
  uint32_t shared;    /* sentences in groups another outlet carries too */
  uint32_t unique;    /* sentences in groups only this outlet carries */
  uint32_t uniq_g;    /* groups only this outlet carries */
  uint32_t top[SL_COV_TOP];   /* best unique sentences (corpus ids), best first */
  double top_score[SL_COV_TOP]; /* their informativeness scores */
  size_t ntop;        /* entries used in top */
} sl_outlet;

typedef struct sl_coverage {
  sl_outlet *outlets;  /* noutlets entries */
  size_t noutlets;     /* distinct sources in the story */
  size_t ngroups;      /* alignment groups (== al->ngroups) */
  uint32_t *gostart;   /* group g's outlets are gout[gostart[g] .. gostart[g+1]) */
  uint32_t *gout;      /* outlet indices, concatenated per group */
  uint32_t *shared;    /* groups carried by >= 2 outlets: most outlets first,
                          then earliest representative sentence */
  size_t nshared;      /* entries in shared */
  uint32_t *consensus; /* shared groups carried by >= consensus_min outlets whose
                          representative is not trivial (unique.c), in shared order */
  size_t nconsensus;   /* entries in consensus */
  uint32_t consensus_min; /* outlets needed for "consensus" (a majority, >= 2) */
  uint32_t *ogstart;   /* outlet o's groups are oglist[ogstart[o] .. ogstart[o+1]) */
  uint32_t *oglist;    /* group ids, ascending per outlet */
} sl_coverage;

sl_status sl_coverage_build(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                            const sl_digest_opts *o, sl_coverage **out);
void sl_coverage_free(sl_coverage *cv);

/** Number of outlets carrying group g. */
static inline uint32_t sl_coverage_group_outlets(const sl_coverage *cv, uint32_t g) {
  return cv->gostart[g + 1] - cv->gostart[g];
}
/** True when the representative sentence of a shared group is substantial
 *  enough to be called consensus: not a fragment ("Sen."), not boilerplate. */
bool sl_coverage_substantial(const sl_corpus *c, uint32_t s);
/** Jaccard overlap of the group sets of outlets a and b (1 when a == b);
 *  time linear in the two outlets' group counts. */
double sl_coverage_jaccard(const sl_coverage *cv, size_t a, size_t b);

/* Ranking of unique sentences (unique.c). */

/* Term statistics of one story for ranking unique sentences. */
typedef struct sl_cov_terms {
  const uint32_t *odf; /* term id -> outlets of the story using it */
  const uint32_t *sdf; /* term id -> story articles using it */
  const double *w;     /* k -> log(1 + N / k) for N story articles, k = 0 .. N (w[0] = w[1]) */
  uint32_t *stamp;     /* term id -> scratch mark, for counting terms once */
  uint32_t mark;       /* last mark used; bumped per sentence */
} sl_cov_terms;

/** Informativeness of sentence s for an outlet: higher is better; a
 *  negative value means "trivial, do not list" (too short, too few content
 *  terms, a link or a handle; boilerplate is tested separately).  Time is
 *  linear in the sentence's tokens. */
double sl_coverage_informativeness(const sl_corpus *c, uint32_t s, sl_cov_terms *ts);

/** True when the sentence text looks like boilerplate the text pipeline
 *  may have missed (photo credit, "RELATED", "Published on", a file name). */
bool sl_coverage_boilerplate(const char *t, size_t n);

#endif
