/*
 * corpus.h — the corpus: articles, their analysed text and corpus-wide
 * term statistics.  This is the data model every analysis module reads.
 *
 * Invariants:
 *  - article i's sentences are sents[arts[i].sent .. arts[i].sent+nsent),
 *    in text order; a sentence's tokens are toks[s.tok .. s.tok+ntok).
 *  - spans are byte ranges into the owning article's `text`.
 *  - boilerplate paragraphs produce no sentences and no tokens.
 *  - term ids are dense and assigned in first-seen order (deterministic);
 *    df[t] counts the articles containing term t at least once.
 */
#ifndef SL_CORPUS_H
#define SL_CORPUS_H

#include "../core/core.h"
#include "../text/text.h"

typedef struct sl_art {
  const char *id;     /* external id (arena) */
  const char *source; /* outlet (arena) */
  const char *url;    /* may be NULL */
  const char *title;  /* may be NULL */
  const char *origin; /* file it came from, may be NULL */
  long origin_line;   /* line in origin, 0 if none */
  int32_t date;       /* day number or SL_NO_DATE */
  const char *text;   /* stored UTF-8 text (arena), NUL-terminated */
  uint32_t len;       /* bytes in text */
  uint32_t sent;      /* first sentence index in corpus sents */
  uint32_t nsent;     /* content sentences */
  uint32_t npara;     /* content paragraphs */
  uint32_t nwords;    /* word tokens in content sentences */
  bool stored;        /* loaded from a store (sl_store_load) */
} sl_art;

typedef struct sl_sent {
  uint32_t article; /* owning article id */
  sl_span span;     /* bytes in the article text */
  uint32_t para;    /* content paragraph index within the article */
  uint32_t index;   /* position among the article's content sentences */
  uint32_t tok;     /* first token in corpus toks */
  uint32_t ntok;    /* tokens */
  uint32_t nwords;  /* SL_TOK_WORD + SL_TOK_NUM tokens */
} sl_sent;

struct sl_corpus {
  sl_arena arena;               /* strings and texts */
  sl_ingest_opts opts;          /* as given to sl_corpus_new */
  SL_VEC(sl_art) arts;          /* articles by id */
  SL_VEC(sl_sent) sents;        /* all sentences */
  SL_VEC(sl_token) toks;        /* all tokens */
  sl_strmap terms;              /* term string -> term id */
  SL_VEC(uint32_t) df;          /* term id -> article frequency */
  SL_VEC(uint8_t) term_stop;    /* term id -> 1 if every surface form was a stopword */
  SL_VEC(sl_diag) diags;        /* problems found in the input */
  SL_VEC(uint32_t) seen;        /* scratch: term id -> last article that counted it (+1) */
  sl_analyzer *an;              /* stemmer and scratch */
  uint32_t auto_id;             /* next number for articles without an id */
  size_t nknown;                /* input articles skipped: already loaded from a store */
};

/** Records a diagnostic (file and message copied). */
void sl_corpus_diag_add(sl_corpus *c, sl_severity sev, const char *file, long line, const char *fmt,
                        ...) __attribute__((format(printf, 5, 6)));

static inline const sl_art *sl_corpus_art(const sl_corpus *c, uint32_t a) { return &c->arts.a[a]; }
static inline const sl_sent *sl_corpus_sent(const sl_corpus *c, uint32_t s) { return &c->sents.a[s]; }
static inline const char *sl_sent_text(const sl_corpus *c, const sl_sent *s) {
  return c->arts.a[s->article].text + s->span.off;
}
static inline size_t sl_corpus_nterms(const sl_corpus *c) { return sl_strmap_count(&c->terms); }
/** Term string of id (borrowed). */
static inline const char *sl_corpus_term(const sl_corpus *c, uint32_t t, size_t *len) {
  return sl_strmap_key(&c->terms, t, len);
}

/* Length of id[0..n) without a trailing "#N" (N digits), the suffix the
 * readers and the store add to a repeated id. */
size_t sl_id_base_len(const char *id, size_t n);

/** Sorts article ids into story order, the one order the clusterer's batches
 *  and every part of a digest work in: by date (undated last), then by id
 *  without the "#N" the readers add to a repeated id, then by a hash of
 *  title and text, then by the full id (unique in a corpus), then by corpus
 *  number (an article listed twice).  It depends on the articles (dates,
 *  ids, text), never on the order they were added in.  SL_ENOMEM leaves
 *  ids unchanged. */
sl_status sl_corpus_story_order(const sl_corpus *c, uint32_t *ids, size_t n);

#endif /* SL_CORPUS_H */
