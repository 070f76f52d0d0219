/*
 * quotes.h — direct quotations of a story: words, speaker, cue, venue,
 * outlets carrying them and their variants.
 *
 * Three layers, all spans into the articles' stored text (docs/quotes.md):
 *  - mentions: every direct quotation as printed in one article (the bytes
 *    between its marks; a quotation reopened at each paragraph is one
 *    mention), with its attribution;
 *  - passages: a mention cut at its inner sentence ends, the unit matched
 *    across outlets (outlets split and merge sentences differently);
 *  - quotations: groups of passages that carry the same words (exact,
 *    truncated, re-punctuated, spelling variants, bracketed insertions),
 *    ranked by importance, each with its distinct wordings ("variants")
 *    and their word-level differences from the most common wording.
 *
 * Invariants: mentions are ordered by (story article order, offset);
 * passages by (mention, offset); every passage belongs to one quotation.
 * Everything is deterministic: ties are broken by article order and offset.
 */
#ifndef SL_QUOTES_H
#define SL_QUOTES_H

#include "../align/align.h"

/* Edit kinds of a variant against the main wording (docs/quotes.md). */
enum {
  SL_QEDIT_ADDED = 0,   /* words only in the variant */
  SL_QEDIT_DROPPED,     /* words of the main wording missing inside the variant */
  SL_QEDIT_CHANGED,     /* words replaced (spelling, inflection, other words) */
  SL_QEDIT_PUNCT,       /* punctuation only */
  SL_QEDIT_BRACKET,     /* an editor's [bracketed insertion] only in the variant */
  SL_QEDIT_TRUNCATED,   /* main-wording words cut from the start or the end */
  SL_QEDIT_MOVED        /* the same words at another place (from: main wording, to: variant) */
};

typedef struct sl_qmention {
  uint32_t article;    /* corpus article id */
  sl_span span;        /* quoted bytes, quote marks excluded */
  uint32_t tok0, tok1; /* corpus tokens strictly inside the marks */
  sl_span who;         /* speaker as written (len 0: none found) */
  const char *speaker; /* resolved speaker name (owned by q), NULL = unattributed */
  const char *guess;   /* a headline's person, the speaker when grouping gives none */
  const char *cue;     /* cue verb as written, lower case (owned by q), or NULL */
  const char *venue;   /* venue or addressee as written (owned by q), or NULL */
  uint8_t how;         /* SL_QHOW_*: the evidence the speaker rests on */
} sl_qmention;

/* How a mention's speaker was found, strongest last (group.c lets a strong
 * attribution of the same words in another outlet overrule a weak one). */
enum {
  SL_QHOW_NONE = 0, /* no speaker */
  SL_QHOW_CONTEXT,  /* no cue: the sentence's person, the recent speaker */
  SL_QHOW_REFER,    /* a cue with a pronoun or a description ("he said") */
  SL_QHOW_NAMED     /* a cue with a name ("Smith said") */
};

typedef struct sl_qpassage {
  uint32_t mention;    /* owning mention */
  uint32_t tok0, tok1; /* corpus tokens [tok0, tok1) */
  sl_span span;        /* bytes in the article text */
  uint32_t w0, nw;     /* words in q->words (bracketed ones included) */
  uint32_t group;      /* quotation */
  uint32_t wording;    /* passage index of the first passage with the same wording */
} sl_qpassage;

typedef struct sl_qword {
  uint32_t tok;    /* corpus token */
  uint32_t term;   /* corpus term id (folded and stemmed) */
  uint8_t bracket; /* inside [ ] : an editor's insertion, ignored when matching */
} sl_qword;

typedef struct sl_qedit {
  uint8_t kind;  /* SL_QEDIT_* */
  sl_span from;  /* bytes in the main wording's article (len 0 = none) */
  sl_span to;    /* bytes in the variant's article (len 0 = none) */
} sl_qedit;

typedef struct sl_qvariant {
  uint32_t passage; /* first passage with this wording */
  uint32_t e0, ne;  /* edits in q->edits against the group's main wording */
  uint32_t p0, np;  /* passages with this wording, in q->vpass */
} sl_qvariant;

typedef struct sl_qoutlet {
  const char *source; /* borrowed from the corpus */
  int32_t date;       /* earliest date this outlet carried the quotation */
  uint32_t article;   /* that article */
} sl_qoutlet;

typedef struct sl_qgroup {
  uint32_t rep;         /* passage with the most common wording */
  const char *speaker;  /* majority speaker of the members (NULL = none) */
  const char *cue;      /* cue of the representative's mention, else of any member */
  const char *venue;    /* venue of the representative's mention, else of any member */
  int32_t date;         /* earliest date of any member */
  uint32_t o0, no;      /* outlets in q->outlets, earliest first */
  uint32_t v0, nv;      /* variants other than the main wording, in q->variants */
  uint32_t npass;       /* member passages */
  uint32_t words;       /* words of the main wording */
} sl_qgroup;

typedef struct sl_quotes {
  SL_VEC(sl_qmention) mentions;
  SL_VEC(sl_qpassage) passages;
  SL_VEC(sl_qword) words;
  SL_VEC(sl_qgroup) groups;    /* most important first */
  SL_VEC(sl_qoutlet) outlets;
  SL_VEC(sl_qvariant) variants;
  SL_VEC(sl_qedit) edits;
  SL_VEC(uint32_t) vpass;      /* passages of each variant */
  sl_arena arena;              /* names, cues, venues */
} sl_quotes;

/* The quotations of the story's articles.  al is not read (grouping is
 * quote-level): the digest builds them while it builds the alignment, and
 * passes NULL. */
sl_status sl_quotes_build(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                          const sl_digest_opts *o, sl_quotes **out);
void sl_quotes_free(sl_quotes *q);

/* Internal steps (extract.c, group.c). */
sl_status sl_quotes_extract(const sl_corpus *c, const uint32_t *arts, size_t n, sl_quotes *q);
sl_status sl_quotes_group(const sl_corpus *c, const uint32_t *arts, size_t n, sl_quotes *q);

#endif
