/*
 * rouge_impl.h — internal state of an sl_rouge evaluation, shared by
 * rouge.c (texts, scoring, bootstrap), rouge_input.c (readers) and
 * rouge_render.c (reports).
 *
 * Invariant: after sl_rouge_compute, `res` holds one rg_result per
 * (system in byte order, metric in report order); everything is owned by
 * the sl_rouge and freed by sl_rouge_free.
 */
#ifndef SL_EVAL_ROUGE_IMPL_H
#define SL_EVAL_ROUGE_IMPL_H

#include "../core/core.h"

#define RG_MAX_N 9         /* largest -n accepted */
#define RG_NONE UINT32_MAX /* "no id" */
/* ROUGE-L/W fill a (model sentence x summary sentence) table: refuse pairs
 * above this many cells (2^27 = 0.5 GB of int32) instead of exhausting memory. */
#define RG_MAX_CELLS ((size_t)1 << 27)

/* A growable array of word ids. */
typedef SL_VEC(uint32_t) rg_ids;

/* A multiset of grams: ids sorted ascending, with counts. */
typedef struct rg_grams {
  uint64_t *id;   /* gram ids (n-gram ids, or packed skip-bigrams) */
  uint32_t *cnt;  /* occurrences of id[i] */
  uint32_t n;     /* distinct grams */
  uint32_t total; /* all grams: ROUGE's "_cn_" */
  bool built;     /* computed already */
} rg_grams;

/* One summary text, system or reference. */
typedef struct rg_doc {
  char *origin;             /* file name or "file:line", for messages (owned) */
  char *text;               /* raw bytes (owned); freed once tokenised */
  size_t len;               /* bytes in text */
  bool missing;             /* the file could not be read */
  bool ready;               /* tokens below are computed */
  uint8_t warned;           /* bit 1<<kind: a too-long message for that metric kind given */
  rg_ids tok;               /* word ids of the truncated text (ROUGE readText) */
  rg_ids ltok;              /* word ids per sentence (ROUGE readText_LCS) */
  SL_VEC(uint32_t) soff;    /* sentence i is ltok[soff[i] .. soff[i+1]) */
  rg_grams ng[RG_MAX_N + 1];/* n-gram multisets, index n */
  uint32_t *pos;             /* ids of the pos_n-grams by position (cache for n+1) */
  int pos_n;                 /* gram size held in pos, 0 = none */
  rg_grams sk[2];           /* skip-bigram multisets: [0] plain, [1] with unigrams (-u) */
} rg_doc;

/* A summary of one system for one cluster. */
typedef struct rg_peer {
  uint32_t sys; /* id in `systems` */
  uint32_t doc; /* index in `docs` */
} rg_peer;

/* One cluster (ROUGE "EVAL"): its system summaries and references. */
typedef struct rg_eval {
  char *id;                 /* cluster id (owned) */
  SL_VEC(rg_peer) peers;    /* in the order added */
  SL_VEC(uint32_t) models;  /* doc indices, in the order added */
  SL_VEC(char *) model_ids; /* model ids (owned), parallel to models */
} rg_eval;

/* Score of one system on one cluster for one metric. */
typedef struct rg_inst {
  uint32_t eval; /* cluster index */
  double v[3];   /* -t 0: R, P, F (rounded as ROUGE prints); -t 1/2: model, peer, hit counts */
} rg_inst;

/* All scores of one system for one metric. */
typedef struct rg_result {
  SL_VEC(rg_inst) inst; /* in ROUGE's -d order (by_evalID) once computed */
  sl_rouge_score avg;   /* averages and confidence intervals */
} rg_result;

/* Kinds of metric. */
enum { RG_N, RG_L, RG_W, RG_S };

typedef struct rg_metric {
  int kind;       /* RG_N .. RG_S */
  int n;          /* RG_N: gram size; RG_S: 1 with unigrams */
  char name[40];  /* "ROUGE-2", "ROUGE-SU4", ... */
} rg_metric;

struct sl_rouge {
  sl_rouge_opts o;             /* options (copied) */
  SL_VEC(rg_doc) docs;         /* every text */
  SL_VEC(rg_eval) evals;       /* clusters, in the order met */
  sl_strmap eval_ids;          /* cluster id -> index in evals */
  sl_strmap systems;           /* system id -> id */
  char *only;                  /* sl_rouge_select_system, or NULL (owned) */
  sl_strmap raw;               /* surface words */
  SL_VEC(uint32_t) form_of;    /* raw word id -> processed word id or RG_NONE */
  sl_strmap forms;             /* processed words (after stopwords/stemming) */
  uint64_t *pair_key;          /* n-gram id table: key (prev id, word) -> id */
  uint32_t *pair_val;          /* id+1 (0 = empty) */
  size_t pair_cap, pair_n;     /* slots, used */
  uint32_t next_gram;          /* n-gram ids handed out; ids are unique within one n (an
                                  n-gram is (id of its first n-1 words, last word)) */
  SL_VEC(sl_diag) diags;       /* input problems */
  size_t input_diags;          /* diags recorded while reading (kept across runs) */
  bool in_compute;             /* sl_rouge_compute is running */
  sl_arena arena;              /* diagnostic strings */
  SL_VEC(rg_metric) metrics;   /* report order */
  SL_VEC(uint32_t) order;      /* systems scored, sorted by name */
  rg_result *res;              /* order.n * metrics.n results */
  bool computed;               /* sl_rouge_compute ran */
};

/* Records a diagnostic "msg" about file (copied). */
void rg_diag(sl_rouge *r, sl_severity sev, const char *file, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Adds a text (copied) as a system summary or reference; origin may be NULL.
 * missing marks a file that could not be read (text ignored). */
sl_status rg_add(sl_rouge *r, bool is_ref, const char *cluster, const char *who, const char *text,
                 size_t len, const char *origin, bool missing);
/* Reads a whole file into a malloc'd buffer; NULL when unreadable. */
char *rg_slurp(const char *path, size_t *len);

/* Prints a number the way Perl's print does (%.15g). */
void rg_put_num(sl_buf *b, double x);

/* Scratch memory of one scoring run (owned by sl_rouge_compute). */
typedef struct rg_scratch {
  int32_t *mcnt, *pcnt;  /* unigram counts by word id (model, peer), all 0 between uses */
  size_t ncnt;           /* entries */
  double *c;             /* WLCS DP table */
  int32_t *ci;           /* LCS DP table */
  size_t nci;            /* cells in ci */
  int32_t *l;            /* WLCS run lengths */
  size_t ncell;          /* cells */
  uint8_t *mask;         /* hit mask of a model sentence */
  size_t nmask;
  double *wdiff;         /* WLCS: k -> (k+1)^w - k^w */
  size_t nwdiff;         /* entries in wdiff */
  bool too_long;         /* a sentence pair exceeded RG_MAX_CELLS */
  uint32_t *stamp;       /* LCS: word id -> stamp of the last summary sentence holding it */
  uint32_t stamp_cur;    /* current stamp */
  uint32_t *rows;        /* LCS: model positions whose word occurs in the summary sentence */
  size_t nrows;          /* capacity of rows */
} rg_scratch;

/* rouge_text.c: ASCII letter or digit (ROUGE's word bytes). */
bool rg_is_alnum(unsigned char c);
/* rouge_text.c: tokenises d once (tok, ltok/soff) and frees its raw text. */
sl_status rg_prepare_doc(sl_rouge *r, rg_doc *d);
/* rouge_score.c: sorts a[0..n) ascending; tmp holds n (unused when n < 48). */
void rg_sort_u64(uint64_t *a, size_t n, uint64_t *tmp);
/* rouge_score.c: Perl's sprintf("%7.5f", x) read back as a number. */
double rg_round5(double x);
/* rouge_score.c: scores summary pd on cluster e for metric mt into out
 * (R, P, F or, with -t 1/2, model/summary/hit counts).  SL_EINVAL when a
 * text is too long for the metric (a diagnostic is recorded), SL_ENOMEM. */
sl_status rg_score_one(sl_rouge *r, rg_scratch *s, const rg_metric *mt, rg_eval *e, rg_doc *pd,
                       double out[3]);
/* rouge_boot.c: fills res->avg from res->inst; *tables caches the bootstrap
 * draws for *table_n clusters (caller frees *tables). */
sl_status rg_average(const sl_rouge *r, rg_result *res, uint32_t **tables, size_t *table_n);

#endif
