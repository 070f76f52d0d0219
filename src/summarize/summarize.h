/*
 * summarize.h — extractive multi-document summary of one story under a
 * word/byte/sentence budget.  Every item is one verbatim source sentence;
 * its alignment group gives every outlet that carried it.
 *
 * Method (docs/summarize.md): weighted concept coverage (Gillick & Favre
 * 2009) — concepts are stemmed word bigrams, weighted by the number of
 * articles that carry them with a bonus for early positions — maximised
 * under the budget by cost-scaled greedy selection (Lin & Bilmes 2010)
 * followed by swap local search.  Candidates are alignment groups (one per
 * distinct sentence), each quoted through its member that reads best;
 * sentences that would read badly out of context compete at a price
 * (leading pronoun, question) or only fill a budget the clean ones leave
 * half empty (quotation fragments, captions), except right after the
 * sentence of their article that gives their context (a pronoun's or a
 * quotation's speaker), which the summary then reads just before them.
 */
#ifndef SL_SUMMARIZE_H
#define SL_SUMMARIZE_H

#include "../align/align.h"

typedef struct sl_summary_item {
  uint32_t sent;  /* corpus sentence quoted: the member of its group that reads best */
  uint32_t group; /* its alignment group */
  double score;   /* concept weight it adds, read in summary order (higher = better) */
} sl_summary_item;

typedef struct sl_summary {
  sl_summary_item *items; /* reading order: items[0] is the opening (the chosen lead of the
                             earliest article, else the earliest chosen clean sentence that is
                             not a quotation); the rest in the order the story first reported
                             them (earliest member of the group: date, article, position) */
  size_t n;
} sl_summary;

/** Sentences demoted for reading badly out of context (sl_sum_params.readability). */
enum {
  SL_RD_DANGLING = 1,     /* starts with a pronoun or connective: "He", "This", "But" */
  SL_RD_HE_SAID = 2,      /* quotation attributed to a pronoun: "...," he said. */
  SL_RD_NO_SPEAKER = 4,   /* starts with a quotation mark, no verb of saying */
  SL_RD_FIRST_PERSON = 8, /* "I", "me", "my" outside quotation marks */
  SL_RD_QUESTION = 16,    /* ends with ? or ! */
  SL_RD_UNBALANCED = 32,  /* opens a quotation it does not close, or the reverse */
  SL_RD_IN_QUOTE = 64,    /* starts inside a quotation opened by an earlier sentence of its
                             paragraph: the speaker's words, read as the narrator's; never used */
  SL_RD_ALL = 127
};

/** Tunable constants of the method (defaults from sl_sum_params_init were
 *  chosen on the dev sets; see docs/summarize.md).  Internal. */
typedef struct sl_sum_params {
  unsigned min_words;  /* shorter candidates go to the 'odd' tier (fill only) */
  unsigned max_words;  /* longer candidates go to the 'odd' tier */
  unsigned min_df;     /* concepts in fewer articles weigh `minor`; 0 = 3 (8+ articles), else 2 */
  double pos_gamma;    /* position bonus: + gamma/(1+i) per article whose first use is sentence i */
  double uni_weight;   /* weight of single content words relative to bigrams (0 = bigrams only) */
  double agree;        /* bonus per extra outlet carrying the sentence, in mean concept weights */
  double cost_exp;     /* greedy ratio gain / cost^cost_exp */
  double max_overlap;  /* two chosen sentences share at most this fraction of content words */
  int local_search;    /* 1: swap local search after greedy */
  int readability;     /* SL_RD_* bits: kinds of sentence demoted */
  int soft;            /* SL_RD_* bits priced by demote_penalty (the others: demoted tier) */
  double lead;         /* bonus lead*mean_weight/(1+i) for the article's i-th sentence */
  int bigram_mode;     /* 0: adjacent words, not both stopwords; 1: neither a stopword;
                          2: adjacent content words, stopwords skipped */
  double df_exp;       /* concept weight = df^df_exp + position bonus */
  int fill_tiers;      /* 1: demoted/odd sentences fill any budget left; 0: only when the
                          clean ones fill less than half of it */
  double demote_penalty; /* > 0: 'soft' sentences compete with clean ones at a cost of this
                            many mean concept weights; 0: they are demoted like the rest */
  unsigned small_story; /* stories with fewer articles weigh concepts by sentence count */
  double sf_weight;    /* + this much per extra sentence (beyond one per article) using a concept */
  double sig_overlap;  /* > 0: also this fraction of the words used by 2+ articles (at least 3) */
  double sig_maxfrac;  /* ... but not used by more than this fraction of the articles (topic words) */
  int multistart;      /* 1: greedy from five cost exponents, keep the best objective */
  double minor;        /* weight factor of concepts below min_df (tie-breaking) */
  int rep_choice;      /* 0: quote the group's representative (align/); 1: its cleanest
                          member (best tier, then no wire dateline, then align's order) */
  int lead_slot;       /* 1: the summary opens with a lead (first clean sentence of an
                          article), chosen by lead_pick; the rest is optimised around it;
                          2: no constraint, but a chosen lead (by lead_pick) opens it */
  double lead_bonus;   /* bonus of an article's lead, in mean concept weights (divided by
                          1 + the article's story position when lead_pick is 0) */
  int context;         /* 1: a mild sentence pays no price when the sentence before it in its
                          article is chosen too, and is read right after it */
  int ctx_only;        /* SL_RD_* bits of sentences used only right after their context
                          sentence (with `context`; otherwise they are demoted) */
  int ctx_speaker;     /* 1: a sentence opening with a personal pronoun also needs a context
                          that names a speaker (a quotation without its speaker always does) */
  int lead_pick;       /* 0: the earliest article's lead; 1: the lead of highest concept
                          weight per word^cost_exp; 2: same among the earliest half */
} sl_sum_params;

void sl_sum_params_init(sl_sum_params *p);

/** Summary of the story arts[0..n) (in story order: date, then id) with alignment al.
 *  *out is freed with sl_summary_free.  SL_ENOMEM on allocation failure. */
sl_status sl_summarize(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                       const sl_digest_opts *o, sl_summary **out);
/** Same with explicit method parameters (p NULL = defaults). */
sl_status sl_summarize_ex(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                          const sl_digest_opts *o, const sl_sum_params *p, sl_summary **out);
void sl_summary_free(sl_summary *s);

#endif
