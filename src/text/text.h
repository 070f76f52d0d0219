/*
 * text.h — the text pipeline: paragraphs (with boilerplate flagged),
 * sentences, tokens and terms.  Everything is a span into the caller's
 * text; the text itself is never modified (quotes and dashes are unified
 * only in the matching form returned by sl_analyzer_term/fold).
 *
 * All functions are total: any valid UTF-8 input gives a result, in time
 * linear in its length.
 */
#ifndef SL_TEXT_H
#define SL_TEXT_H

#include "../core/core.h"

/* Why a paragraph/line is boilerplate (0 = content). */
enum {
  SL_BP_NONE = 0,
  SL_BP_CREDIT,   /* photo credit or caption ("Photo: X/Getty", "(Image via ...)") */
  SL_BP_IMAGE,    /* image file name or alt text ("john-legend.jpg") */
  SL_BP_RELATED,  /* "RELATED VIDEO:", "Read more", "Also read" */
  SL_BP_SOCIAL,   /* embedded post: "@handle ... https://t.co/..." */
  SL_BP_BYLINE,   /* "By X", "Edited by X" */
  SL_BP_STAMP,    /* "Published on ...", "Updated ..." */
  SL_BP_OTHER
};

typedef struct sl_para {
  sl_span span;  /* the paragraph's bytes, without surrounding whitespace or a Q&A label */
  uint8_t boiler; /* SL_BP_* */
} sl_para;

typedef enum sl_tok_kind {
  SL_TOK_WORD = 1, /* letters, with inner apostrophes/hyphens/periods (U.S.) */
  SL_TOK_NUM,      /* 3,197  4.5  1973-90  9/4/2022 */
  SL_TOK_PUNCT,    /* . , ; : ! ? ( ) — – etc. */
  SL_TOK_QUOTE,    /* a quotation mark: " “ ” ' ‘ ’ « » */
  SL_TOK_URL,      /* http://…, www.…, t.co/… */
  SL_TOK_HANDLE,   /* @name, #tag */
  SL_TOK_SYM       /* anything else */
} sl_tok_kind;

enum {
  SL_TF_STOP = 1 << 0,  /* stopword */
  SL_TF_CAP = 1 << 1,   /* first letter uppercase */
  SL_TF_UPPER = 1 << 2, /* all letters uppercase */
  SL_TF_OPEN = 1 << 3,  /* SL_TOK_QUOTE that opens a quotation */
  SL_TF_CLOSE = 1 << 4, /* SL_TOK_QUOTE that closes a quotation */
  SL_TF_INNER = 1 << 5, /* first letter lower case, an upper-case one later ("diGenova") */
  SL_TF_JOINED = 1 << 6 /* a word of tokenized text joined with its clitic ("Florida 's") */
};

typedef struct sl_token {
  sl_span span;  /* bytes in the text */
  uint32_t term; /* corpus term id; UINT32_MAX for punctuation/quotes */
  uint8_t kind;  /* sl_tok_kind */
  uint8_t flags; /* SL_TF_* */
} sl_token;

typedef SL_VEC(sl_para) sl_paravec;
typedef SL_VEC(sl_span) sl_spanvec;
typedef SL_VEC(sl_token) sl_tokvec;

/** Splits text into paragraphs (blank lines or single newlines separate
 *  them) and flags boilerplate ones.  Appends to out. */
sl_status sl_text_paragraphs(const char *t, size_t n, sl_paravec *out);

/** Splits one paragraph into sentences, appending absolute spans to out.
 *  Handles abbreviations, initials, decimals, ellipses and closing quotes
 *  after the end mark (`…," he said.` stays one sentence). */
sl_status sl_text_sentences(const char *t, sl_span para, sl_spanvec *out);

/** Whether the sentence s[0..n) starts inside a quotation: it closes a
 *  quotation it never opened (`Our members … profits," he said.` after
 *  `"We did not want to be here.`).  Closing marks: `”`, `''`, and a straight
 *  `"` after a non-space (not a digit: 12" is inches) and before a space,
 *  punctuation or the end.  Such a
 *  sentence is a fragment when shown alone. */
bool sl_text_opens_inside_quote(const char *s, size_t n);

/** Tokenises one sentence; appends tokens with term = UINT32_MAX and
 *  kind/flags set (SL_TF_STOP is set later, from the term). */
sl_status sl_text_tokens(const char *t, sl_span sent, sl_tokvec *out);

/* The analyser holds the stemmer and scratch space: one per thread. */
typedef struct sl_analyzer sl_analyzer;

/** lang: Snowball language name ("english"); NULL = english. NULL on error. */
sl_analyzer *sl_analyzer_new(const char *lang);
void sl_analyzer_free(sl_analyzer *an);

/** Matching form of a token without stemming: NFKC case-folded, curly
 *  quotes/apostrophes made straight, dashes made '-', accents kept.
 *  Returns a string borrowed until the next call on `an`. */
const char *sl_analyzer_fold(sl_analyzer *an, const char *tok, size_t n, size_t *outlen);

/** Term of a token: the folded form, stemmed for words.  Borrowed until
 *  the next call on `an`. */
const char *sl_analyzer_term(sl_analyzer *an, const char *tok, size_t n, size_t *outlen);

/** True when the folded (unstemmed) word is an English stopword. */
bool sl_text_is_stopword(const char *folded, size_t n);

/* ---- additions (text module) ------------------------------------------ */

/** Boilerplate code (SL_BP_*) of one trimmed line judged on its own, without
 *  the context rules sl_text_paragraphs adds (alt text before a credit). */
uint8_t sl_text_boilerplate(const char *s, size_t n);

/** Stopword list access, for tests and tools: entries in byte order. */
size_t sl_text_stopword_count(void);
const char *sl_text_stopword_at(size_t i); /* static string; NULL past end */

#endif /* SL_TEXT_H */
