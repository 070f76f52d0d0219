/*
 * timeline.h — temporal expressions and the dated events of a story.
 *
 * timex.c tags and normalises temporal expressions (public entry point
 * sl_timex_tag in storyloom.h); timeline.c turns the expressions of a
 * story's sentences into a timeline: one entry per date, its best
 * sentences, the outlets that told each event.
 */
#ifndef SL_TIMELINE_H
#define SL_TIMELINE_H

#include "../align/align.h"

/** sl_timex_tag with an anaphora anchor: *ref (may be NULL) is the last
 *  resolved day before this text ("the next day" counts from it; SL_NO_DATE
 *  = the publication date) and receives the last day resolved in it. */
size_t sl_timex_tag_ref(const char *text, size_t len, int32_t pubdate, int32_t *ref,
                        sl_timex *out, size_t cap);

/* Month words used as names in an article ("April Dunne", "Ms. June",
 * "Lena August"): a later bare "April" before a verb, or "April Dunne" after
 * "in", is then a name too (timex.c, month_is_name). */
typedef struct sl_timex_names {
  uint16_t first;    /* bit m: month m (0 = January) used as a name */
  uint8_t n;         /* (month, surname) pairs kept */
  uint8_t month[8];  /* month of pair k (0 = January) */
  char last[8][16];  /* surname after it, lowercase and truncated as the tagger's tokens */
  uint8_t live;      /* a live blog: its lines start with clock stamps ("2155 : ..."), so a
                        "1905 :" there is 19:05, not a year (timex.c, live_blog_scan) */
} sl_timex_names;

/** Fills *nm from a whole text (an article).  false on OOM (*nm empty). */
bool sl_timex_names_scan(const char *text, size_t len, sl_timex_names *nm);

/** sl_timex_tag_ref reading the names of the whole article (names may be
 *  NULL: the names of text itself). */
size_t sl_timex_tag_names(const char *text, size_t len, int32_t pubdate, int32_t *ref,
                          const sl_timex_names *names, sl_timex *out, size_t cap);

/** Whether the word w[0..n) can end a calendar expression other than a
 *  number (a month, a weekday, a part of the day, a season, a unit of time,
 *  "ago", "today" …): the quotation module tags time phrases only before
 *  such words (quotes/extract.c, mark_times). */
bool sl_timex_end_word(const char *w, size_t n);

/* One sentence shown under a timeline date. */
typedef struct sl_tl_sent {
  uint32_t sent;      /* corpus sentence id */
  sl_span tx;         /* the expression that dated it; len 0 = its publication date */
  uint32_t *src;      /* corpus sentence ids telling the same event, own first */
  uint32_t nsrc;      /* entries in src */
  double score;       /* selection score */
} sl_tl_sent;

/* One timeline entry. */
typedef struct sl_tl_entry {
  int32_t first;      /* first day of the date */
  uint8_t gran;       /* SL_GRAN_DAY, _MONTH or _YEAR */
  char label[16];     /* "2022-09-04", "2022-09", "2022" */
  double score;       /* date importance */
  sl_tl_sent *sents;  /* best first */
  size_t nsents;      /* sentences shown */
} sl_tl_entry;

struct sl_timeline {
  sl_arena arena;     /* entries, sentences, source lists */
  sl_tl_entry *e;     /* entries by date (earliest first) */
  size_t n;           /* entries */
};
typedef struct sl_timeline sl_timeline;

/* Parameters of a timeline (the digest fills them from sl_digest_opts; the
 * Timeline17 benchmark also sets the windows, as news-tls does). */
typedef struct sl_tl_params {
  unsigned dates;     /* at most this many dates, 0 = all */
  unsigned per_date;  /* sentences per date (>= 1) */
  int days_only;      /* nonzero: day granularity only (TLS evaluation) */
  unsigned pub_clip;  /* lead sentences without a date dated by publication */
  unsigned pub_back;  /* ... and also the pub_back days before it (DATEWISE: 1) */
  int32_t date_lo, date_hi; /* dates outside are not chosen; SL_NO_DATE = open */
  int32_t pub_lo, pub_hi;   /* articles published outside are ignored */
  unsigned min_words, max_words; /* readable sentence lengths (words) */
  double pub_weight;  /* date importance of one article published that day */
  double topic_weight; /* weight of similarity to the whole story (0 = date centroid only) */
  double multi_penalty; /* score / (1 + this x (other dates the sentence mentions)) */
  double cross_redundant; /* cosine to a sentence shown under another date: redundant (0 = off) */
  double mmr;         /* greedy gain = score - mmr x max cosine to the date's picked sentences */
  double len_prior;   /* score x (words / 25)^len_prior (0 = none) */
  double pub_factor;  /* score factor of publication-dated candidates (1 = none) */
  double support_weight; /* score x (1 + this x ln(1 + retellings)) */
  double support_jaccard; /* content-term Jaccard that counts as a retelling */
  int skip_stamped;   /* nonzero: a sentence with a timestamp (day + clock time) is page
                         furniture: no mention, no candidate (default 1) */
  double offtopic_weight; /* date importance of a mention in a sentence without a story keyword */
  const int32_t *only; /* nonly days: only these are candidates (TL_ORACLE_DATES) */
  size_t nonly;
} sl_tl_params;

void sl_tl_params_init(sl_tl_params *p);
sl_status sl_timeline_build_ex(const sl_corpus *c, const uint32_t *arts, size_t n,
                               const sl_align *al, const sl_tl_params *p, sl_timeline **out);
sl_status sl_timeline_build(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                            const sl_digest_opts *o, sl_timeline **out);
void sl_timeline_free(sl_timeline *t);

#endif
