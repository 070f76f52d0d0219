/*
 * summarize.c — concept-coverage extractive summary (see summarize.h and
 * docs/summarize.md for the method, its references and the dev figures).
 *
 * Steps:
 *  1. concepts: every story sentence (all outlets) yields its stemmed word
 *     bigrams (not both stopwords); a concept's weight is the number of
 *     articles carrying it plus 1/(1+i) for each article that first uses it
 *     in its i-th sentence, times 1/1000 below a story-size threshold.
 *  2. candidates: one per alignment group (its best-reading member), in
 *     tiers: clean; mild (leading pronoun or connective, question: compete at
 *     a price); ctx (a quotation attributed to a pronoun or without speaker:
 *     only right after its context); demoted (other quotation fragments: only
 *     fill a half-empty budget); odd (too short/long, no final punctuation:
 *     same); never (URL, no word).  Context: a mild or ctx sentence is linked
 *     to the previous sentence of its article; while that one is chosen the
 *     price is waived, and the pair is read together.
 *  3. selection: maximise covered concept weight under the budget —
 *     cost-scaled greedy from several cost exponents, each followed by local
 *     search (best addition or 1-for-1 swap), best objective kept — never two
 *     sentences sharing most of their content words.
 *  4. reading order: the chosen lead (an article's first clean sentence) of
 *     the earliest article opens; the rest follows where the story first
 *     reported each group (date, id, position).
 * A group is quoted through its member that reads best (tier, no dateline),
 * not necessarily align/'s representative; every member stays credited.
 *
 * Invariant: every item is a corpus sentence of the story, quoted whole; the
 * result depends only on the input and options (ties broken by group id).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "summarize.h"

void sl_sum_params_init(sl_sum_params *p) {
  memset(p, 0, sizeof *p);
  p->min_words = 8;
  p->max_words = 60;
  p->min_df = 0;
  p->pos_gamma = 1.0;
  p->uni_weight = 0;
  p->agree = 0;
  p->cost_exp = 0.75;
  p->max_overlap = 0.6;
  p->local_search = 1;
  p->readability = SL_RD_ALL;
  p->minor = 1e-3;
  p->multistart = 1;
  p->lead = 0;
  p->bigram_mode = 0;
  p->df_exp = 1;
  p->fill_tiers = 0;
  p->demote_penalty = 3;
  p->small_story = 3;
  p->soft = SL_RD_DANGLING | SL_RD_QUESTION;
  p->sf_weight = 0;
  p->sig_overlap = 0;
  p->sig_maxfrac = 1;
  p->rep_choice = 1;
  p->lead_slot = 2;
  p->lead_pick = 0;
  p->lead_bonus = 0;
  p->context = 1;
  p->ctx_speaker = 2;
  p->ctx_only = SL_RD_HE_SAID | SL_RD_NO_SPEAKER;
}

/* ---- concepts ------------------------------------------------------------- */

typedef struct occ {
  uint64_t key;  /* concept key: term pair, or UINT32_MAX<<32 | term for a word */
  uint32_t sent; /* story sentence index (position in the story walk) */
  uint32_t art;  /* story article position */
  uint32_t pos;  /* sentence index in its article */
  uint32_t id;   /* concept id, set after sorting */
  uint32_t ord;  /* position in the story walk (sentence, then token) */
} occ;

/* Term ids, hence keys, are numbered in the corpus's input order: the key
 * only groups a concept's occurrences; ids and every order below follow
 * `ord`, the story walk. */
static int by_key(const void *x, const void *y) {
  const occ *a = x, *b = y;
  if (a->key != b->key) return a->key < b->key ? -1 : 1;
  return a->ord < b->ord ? -1 : a->ord > b->ord;
}

static int is_word(const sl_token *t) {
  return (t->kind == SL_TOK_WORD || t->kind == SL_TOK_NUM) && t->term != UINT32_MAX;
}

/* ---- surface checks for readability ---------------------------------------- */

/* ASCII case-insensitive equality of a token with a lowercase word. */
static int tok_is(const char *text, const sl_token *t, const char *w) {
  size_t n = strlen(w);
  if (t->span.len != n) return 0;
  for (size_t i = 0; i < n; i++) {
    char ch = text[t->span.off + i];
    if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
    if (ch != w[i]) return 0;
  }
  return 1;
}

static int tok_in(const char *text, const sl_token *t, const char *const *list) {
  for (; *list; list++)
    if (tok_is(text, t, *list)) return 1;
  return 0;
}

/* Same, also matching a contraction of a listed word: "He's", "That’s". */
static int tok_in_contracted(const char *text, const sl_token *t, const char *const *list) {
  if (tok_in(text, t, list)) return 1;
  for (uint32_t i = 1; i < t->span.len; i++) {
    const char *q = text + t->span.off + i;
    size_t alen = *q == '\'' ? 1 : !strncmp(q, "\xe2\x80\x99", 3) ? 3 : 0;
    if (!alen) continue;
    sl_token stem = *t;
    stem.span.len = i;
    return tok_in(text, &stem, list);
  }
  return 0;
}

/* Words that, opening a sentence, point back to something the reader of an
 * extract has not seen. */
static const char *const k_dangling[] = {
    "he",   "she",   "they",  "it",  "its",  "his",   "her",     "their", "them", "this",
    "these", "those", "that", "we",  "i",    "you",   "but",     "and",   "also", "however",
    "so",   "then",  "yet",   "our", "such", "both", "another", "instead", "us", NULL};
static const char *const k_pronoun[] = {"he", "she", "they", "it", "we", "i", "you", NULL};
static const char *const k_first[] = {"i", "me", "my", "myself", "i'm", "i've", "i'd", "i'll",
                                      "i\xe2\x80\x99" "m", "i\xe2\x80\x99" "ve", "i\xe2\x80\x99" "d",
                                      "i\xe2\x80\x99" "ll", NULL};
static const char *const k_say[] = {"said", "says", "say", "added", "adds", "told", "asked",
                                    "noted", "explained", "continued", "wrote", NULL};

/* Is the token a double quotation mark (" “ ” „ « » `` '')?  Single marks are
 * left out: they also stand for apostrophes ('90s, rock 'n' roll) and nest
 * inside double ones. */
static int dquote(const char *text, const sl_token *t) {
  const unsigned char *q = (const unsigned char *)text + t->span.off;
  if (t->kind != SL_TOK_QUOTE) return 0;
  if (t->span.len == 1) return q[0] == '"';
  if (t->span.len == 2)
    return (q[0] == '`' && q[1] == '`') || (q[0] == '\'' && q[1] == '\'') ||
           (q[0] == 0xC2 && (q[1] == 0xAB || q[1] == 0xBB));
  return t->span.len == 3 && q[0] == 0xE2 && q[1] == 0x80 && q[2] >= 0x9C && q[2] <= 0x9E;
}

/* Sentences looked back over for an open quotation (a paragraph quoting
 * someone at greater length is rare; the bound keeps the check O(1)). */
#define QUOTE_LOOKBACK 12

/* Does sentence s start inside a quotation that an earlier sentence of its
 * paragraph opened and did not close ('"If they do, the flood will take it
 * all.' then 'There is no going back.')?  A sentence that opens a quotation
 * itself starts outside one. */
static int in_quotation(const sl_corpus *c, const sl_sent *s) {
  const char *text = c->arts.a[s->article].text;
  const sl_token *tk = &c->toks.a[s->tok];
  for (uint32_t i = 0; i < s->ntok && tk[i].kind == SL_TOK_QUOTE; i++)
    if ((tk[i].flags & SL_TF_OPEN) && dquote(text, &tk[i])) return 0;
  size_t sid = (size_t)(s - c->sents.a), first = sid;
  while (first > 0 && sid - first < QUOTE_LOOKBACK && c->sents.a[first - 1].article == s->article &&
         c->sents.a[first - 1].para == s->para && c->sents.a[first].index > 0)
    first--;
  unsigned depth = 0;
  for (size_t j = first; j < sid; j++) {
    const sl_sent *p = &c->sents.a[j];
    for (uint32_t i = p->tok; i < p->tok + p->ntok; i++) {
      const sl_token *t = &c->toks.a[i];
      if (!dquote(text, t)) continue;
      if (t->flags & SL_TF_OPEN) depth++;
      else if ((t->flags & SL_TF_CLOSE) && depth > 0) depth--;
    }
  }
  return depth > 0;
}

/* Candidate tiers: a tier is used only when the better ones leave the budget
 * half empty.  CAND_MILD sentences compete with clean ones at a price
 * (sl_sum_params.demote_penalty). */
enum { CAND_OK = 0, CAND_MILD = 1, CAND_CTX = 2, CAND_DEMOTED = 3, CAND_ODD = 4, CAND_NO = 5 };

/* Classifies sentence s: CAND_NO (never used: URL, no words), CAND_ODD (too
 * short or long, no final punctuation: captions, headlines), CAND_DEMOTED or
 * CAND_MILD (reads badly out of context: SL_RD_* reasons, in p->soft or not)
 * or CAND_OK. */
static int classify(const sl_corpus *c, const sl_sent *s, const sl_sum_params *p) {
  const char *text = c->arts.a[s->article].text;
  const sl_token *tk = &c->toks.a[s->tok];
  size_t first = SIZE_MAX, last = SIZE_MAX;
  int nquote = 0, nopen = 0, nclose = 0, pron_say = 0, has_say = 0, first_person = 0;
  for (size_t i = 0; i < s->ntok; i++) {
    const sl_token *t = &tk[i];
    if (t->kind == SL_TOK_URL || t->kind == SL_TOK_HANDLE) return CAND_NO;
    if (t->kind == SL_TOK_QUOTE) {
      nquote++;
      nopen += !!(t->flags & SL_TF_OPEN);
      nclose += !!(t->flags & SL_TF_CLOSE);
    }
    if (t->kind == SL_TOK_WORD && tok_in(text, t, k_first)) first_person = 1;
    if (t->kind != SL_TOK_QUOTE) last = i;
    if (first == SIZE_MAX && (t->kind == SL_TOK_WORD || t->kind == SL_TOK_NUM)) first = i;
    if (t->kind == SL_TOK_WORD && tok_in(text, t, k_say)) {
      has_say = 1;
      if ((i > 0 && tok_in(text, &tk[i - 1], k_pronoun)) ||
          (i + 1 < s->ntok && tok_in(text, &tk[i + 1], k_pronoun)))
        pron_say = i + 4 >= s->ntok ? 2 : pron_say ? pron_say : 1; /* 2: ", he said." */
    }
  }
  if (first == SIZE_MAX || last == SIZE_MAX) return CAND_NO;
  /* a quotation's inner sentence, without its marks or speaker: never */
  if ((p->readability & SL_RD_IN_QUOTE) && in_quotation(c, s)) return CAND_NO;
  if (s->nwords < p->min_words || s->nwords > p->max_words) return CAND_ODD;
  /* captions, headlines, lists: no final punctuation; a cut-off teaser ends
   * in an ellipsis ("... drove tractors toward the capital...") */
  const sl_token *lt = &tk[last];
  char end = lt->kind == SL_TOK_PUNCT ? text[lt->span.off] : 0;
  if (end == '.' && lt->span.len > 1) end = 0; /* "..." */
  if (end != '.' && end != '!' && end != '?') return CAND_ODD;
  int why = 0;
  if (end == '?' || end == '!') why |= SL_RD_QUESTION;
  if (tok_in_contracted(text, &tk[first], k_dangling)) why |= SL_RD_DANGLING;
  if ((nquote && pron_say) || pron_say == 2) why |= SL_RD_HE_SAID; /* "...," he said. */
  if (tk[0].kind == SL_TOK_QUOTE && !has_say) why |= SL_RD_NO_SPEAKER; /* quote, no speaker */
  if (first_person && !nquote) why |= SL_RD_FIRST_PERSON; /* a quotation without its marks */
  if (nopen != nclose) why |= SL_RD_UNBALANCED; /* a quotation split across sentences */
  why &= p->readability;
  if (why & ~(p->soft | p->ctx_only)) return CAND_DEMOTED;
  if (why & p->ctx_only) return p->context ? CAND_CTX : CAND_DEMOTED;
  if (why) return p->demote_penalty > 0 ? CAND_MILD : CAND_DEMOTED;
  return CAND_OK;
}

/* A wire dateline opens the sentence: an all-capital place name followed,
 * within the first words, by the wire's dash or agency bracket
 * ("LONDON (AP) _", "JAKARTA, Indonesia -"). */
static int has_dateline(const sl_corpus *c, const sl_sent *s) {
  const char *text = c->arts.a[s->article].text;
  const sl_token *tk = &c->toks.a[s->tok];
  size_t i = 0;
  while (i < s->ntok && tk[i].kind == SL_TOK_QUOTE) i++;
  if (i >= s->ntok || tk[i].kind != SL_TOK_WORD || tk[i].span.len < 3) return 0;
  for (uint32_t b = 0; b < tk[i].span.len; b++) {
    char ch = text[tk[i].span.off + b];
    if (ch < 'A' || ch > 'Z') return 0;
  }
  for (size_t j = i + 1; j < s->ntok && j < i + 8; j++) {
    if (tk[j].kind != SL_TOK_PUNCT) continue;
    const char *q = text + tk[j].span.off;
    if (*q == '_' || *q == '(' || *q == '-' || !strncmp(q, "\xe2\x80\x94", 3) ||
        !strncmp(q, "\xe2\x80\x93", 3))
      return 1;
  }
  return 0;
}

/* Personal pronouns that, opening a sentence or attributing a quotation,
 * need a person named just before. */
static const char *const k_personal[] = {"he", "she", "they", "we", "i", "you", "his", "her",
                                         "their", "them", "our", "us", NULL};

/* Does the sentence name a speaker: a verb of saying and a capitalised word
 * other than its first word ("Mayor Ana Ruiz said ...", "..., Legend said.")? */
static int names_speaker(const sl_corpus *c, const sl_sent *s) {
  const char *text = c->arts.a[s->article].text;
  const sl_token *tk = &c->toks.a[s->tok];
  int say = 0, name = 0, words = 0;
  for (size_t i = 0; i < s->ntok; i++) {
    if (tk[i].kind != SL_TOK_WORD) continue;
    if (tok_in(text, &tk[i], k_say)) say = 1;
    char ch = text[tk[i].span.off];
    if (words++ > 0 && ch >= 'A' && ch <= 'Z' && !tok_in_contracted(text, &tk[i], k_first))
      name = 1;
  }
  return say && name;
}

/* Does the sentence open with a name-like subject: a capitalised word that
 * is not a stopword ("Legend told ...", "Mayor Ana Ruiz said ...", not
 * "The bridge ...")? */
static int names_subject(const sl_corpus *c, const sl_sent *s) {
  const sl_token *tk = &c->toks.a[s->tok];
  for (size_t i = 0; i < s->ntok; i++)
    if (tk[i].kind == SL_TOK_WORD || tk[i].kind == SL_TOK_NUM) {
      char ch = c->arts.a[s->article].text[tk[i].span.off];
      return tk[i].kind == SL_TOK_WORD && !(tk[i].flags & SL_TF_STOP) && ch >= 'A' && ch <= 'Z';
    }
  return 0;
}

/* Does the sentence open with a personal pronoun ("He", "They're")? */
static int personal_open(const sl_corpus *c, const sl_sent *s) {
  const sl_token *tk = &c->toks.a[s->tok];
  for (size_t i = 0; i < s->ntok; i++)
    if (tk[i].kind == SL_TOK_WORD || tk[i].kind == SL_TOK_NUM)
      return tk[i].kind == SL_TOK_WORD &&
             tok_in_contracted(c->arts.a[s->article].text, &tk[i], k_personal);
  return 0;
}

/* ---- selection state -------------------------------------------------------- */

typedef struct cand {
  uint32_t group;  /* alignment group */
  uint32_t sent;   /* corpus sentence (the group's representative) */
  uint32_t c0, nc; /* concepts: cid[c0 .. c0+nc) */
  uint32_t w0, nw; /* content words: wid[w0 .. w0+nw) = term << 1 | in 2+ articles, ascending */
  uint32_t nsig;   /* of which in 2+ articles */
  uint32_t words;  /* budget cost in words */
  uint32_t bytes;  /* budget cost in bytes */
  double bonus;    /* sentence-level bonus */
  double pen;      /* price of a mild sentence, waived when `prev` is chosen too */
  uint32_t prev;   /* candidate quoting the sentence before this one in its article (the
                      context a leading pronoun points to), or UINT32_MAX */
  uint32_t next;   /* the candidate whose `prev` this is, or UINT32_MAX */
  uint64_t order;  /* reading order key */
  uint8_t opener;  /* clean and not a quotation: may open the summary */
} cand;

typedef struct state {
  const cand *cs;
  const uint32_t *cid, *wid;
  const double *w;
  uint32_t *cnt; /* concept -> chosen sentences covering it */
  uint32_t *sel; /* chosen candidates */
  size_t nsel;
  unsigned words, bytes;  /* used (bytes: sentence lengths, without separators) */
  unsigned bw, bb, bs;    /* budgets (0 = none) */
  double max_overlap, sig_overlap;
  uint8_t *in;            /* candidate -> chosen? */
  int locked;             /* 1: sel[0] is the lead slot, never swapped out */
} state;

static int fits(const state *st, const cand *a, const cand *minus) {
  unsigned w = st->words + a->words - (minus ? minus->words : 0);
  size_t n = st->nsel + 1 - (minus ? 1 : 0);
  unsigned b = st->bytes + a->bytes - (minus ? minus->bytes : 0) + (unsigned)(n - 1); /* + spaces */
  if (st->bw && w > st->bw) return 0;
  if (st->bb && b > st->bb) return 0;
  if (st->bs && n > st->bs) return 0;
  return 1;
}

/* Shares too many content words with another candidate? */
static int overlaps(const state *st, const cand *a, const cand *b) {
  uint32_t i = 0, j = 0, both = 0;
  uint32_t sig = 0;
  const uint32_t *x = st->wid + a->w0, *y = st->wid + b->w0;
  while (i < a->nw && j < b->nw) {
    if (x[i] >> 1 == y[j] >> 1) sig += x[i] & 1, both++, i++, j++;
    else if (x[i] < y[j]) i++;
    else j++;
  }
  uint32_t m = SL_MIN(a->nw, b->nw), ms = SL_MIN(a->nsig, b->nsig);
  if (m && (double)both > st->max_overlap * m) return 1;
  /* the same claim in other words shares the story's key words */
  return st->sig_overlap > 0 && ms >= 3 && (double)sig > st->sig_overlap * ms;
}

/* May candidate k join the chosen set (without chosen index skip)? */
static int compatible(const state *st, uint32_t k, size_t skip) {
  for (size_t i = 0; i < st->nsel; i++) {
    if (i == skip) continue;
    if (st->sel[i] == k) return 0;
    if (overlaps(st, &st->cs[k], &st->cs[st->sel[i]])) return 0;
  }
  return 1;
}

/* Weight k would add; concepts of `minus` (if any) count as uncovered when
 * only minus covers them. */
static double gain(const state *st, uint32_t k, const cand *minus, const uint8_t *in_minus) {
  const cand *a = &st->cs[k];
  uint32_t mk = minus ? (uint32_t)(minus - st->cs) : UINT32_MAX;
  double g = a->bonus;
  /* a mild sentence pays its price unless its context sentence stays chosen;
   * k as the context of a chosen mild sentence waives that one's price */
  if (a->pen > 0 && !(a->prev != UINT32_MAX && st->in[a->prev] && a->prev != mk)) g -= a->pen;
  if (a->next != UINT32_MAX && st->in[a->next] && a->next != mk) g += st->cs[a->next].pen;
  for (uint32_t i = 0; i < a->nc; i++) {
    uint32_t x = st->cid[a->c0 + i];
    uint32_t n = st->cnt[x] - (minus && in_minus[x] ? 1 : 0);
    if (!n) g += st->w[x];
  }
  return g;
}

/* Weight lost when chosen candidate k leaves. */
static double loss(const state *st, uint32_t k) {
  const cand *a = &st->cs[k];
  double l = a->bonus;
  if (a->pen > 0 && !(a->prev != UINT32_MAX && st->in[a->prev])) l -= a->pen;
  if (a->next != UINT32_MAX && st->in[a->next]) l += st->cs[a->next].pen; /* loses its context */
  for (uint32_t i = 0; i < a->nc; i++)
    if (st->cnt[st->cid[a->c0 + i]] == 1) l += st->w[st->cid[a->c0 + i]];
  return l;
}

static void add(state *st, uint32_t k) {
  const cand *a = &st->cs[k];
  for (uint32_t i = 0; i < a->nc; i++) st->cnt[st->cid[a->c0 + i]]++;
  st->in[k] = 1;
  st->sel[st->nsel++] = k;
  st->words += a->words;
  st->bytes += a->bytes;
}

static void drop(state *st, size_t i) {
  const cand *a = &st->cs[st->sel[i]];
  for (uint32_t j = 0; j < a->nc; j++) st->cnt[st->cid[a->c0 + j]]--;
  st->in[st->sel[i]] = 0;
  st->words -= a->words;
  st->bytes -= a->bytes;
  st->sel[i] = st->sel[--st->nsel];
}

/* Less than half of every budget used? */
static int half_empty(const state *st) {
  return (!st->bw || 2 * st->words < st->bw) && (!st->bb || 2 * st->bytes < st->bb) &&
         (!st->bs || 2 * st->nsel < st->bs);
}

static double cost(const state *st, const cand *a, double r) {
  double x = st->bw ? a->words : st->bb ? a->bytes : 1.0;
  return pow(x > 0 ? x : 1, r);
}

/* Cost-scaled greedy over candidates [0, nc) with cls[k] <= maxcls. */
static void greedy(state *st, size_t nc, const uint8_t *cls, int maxcls, double r) {
  for (;;) {
    double best = 0;
    uint32_t bk = UINT32_MAX;
    for (uint32_t k = 0; k < nc; k++) {
      if (cls[k] > maxcls || !fits(st, &st->cs[k], NULL)) continue;
      double g = gain(st, k, NULL, NULL);
      if (g <= 0) continue;
      double ratio = g / cost(st, &st->cs[k], r);
      if (ratio > best && compatible(st, k, SIZE_MAX)) best = ratio, bk = k;
    }
    if (bk == UINT32_MAX) return;
    add(st, bk);
  }
}

/* Local search: best improving add or 1-for-1 swap, repeated. */
static void improve(state *st, size_t nc, const uint8_t *cls, int maxcls, uint8_t *mark) {
  for (int iter = 0; iter < 200; iter++) {
    double best = 1e-9;
    size_t bi = SIZE_MAX;
    uint32_t bk = UINT32_MAX;
    for (uint32_t k = 0; k < nc; k++) { /* plain additions */
      if (cls[k] > maxcls || !fits(st, &st->cs[k], NULL)) continue;
      double g = gain(st, k, NULL, NULL);
      if (g > best && compatible(st, k, SIZE_MAX)) best = g, bk = k, bi = SIZE_MAX;
    }
    for (size_t i = st->locked ? 1 : 0; i < st->nsel; i++) { /* swaps (not the lead slot) */
      const cand *out = &st->cs[st->sel[i]];
      double l = loss(st, st->sel[i]);
      for (uint32_t j = 0; j < out->nc; j++) mark[st->cid[out->c0 + j]] = 1;
      for (uint32_t k = 0; k < nc; k++) {
        if (cls[k] > maxcls || !fits(st, &st->cs[k], out)) continue;
        double d = gain(st, k, out, mark) - l;
        if (d > best && compatible(st, k, i)) best = d, bk = k, bi = i;
      }
      for (uint32_t j = 0; j < out->nc; j++) mark[st->cid[out->c0 + j]] = 0;
    }
    if (bk == UINT32_MAX) return;
    if (bi != SIZE_MAX) drop(st, bi);
    add(st, bk);
  }
}

static double objective(const state *st, size_t ncon) {
  double f = 0;
  for (size_t x = 0; x < ncon; x++)
    if (st->cnt[x]) f += st->w[x];
  for (size_t i = 0; i < st->nsel; i++) {
    const cand *a = &st->cs[st->sel[i]];
    f += a->bonus;
    if (a->pen > 0 && !(a->prev != UINT32_MAX && st->in[a->prev])) f -= a->pen;
  }
  return f;
}

static int by_order(const void *x, const void *y) {
  const sl_summary_item *a = x, *b = y;
  return a->score < b->score ? -1 : a->score > b->score; /* score holds the order key here */
}

/* ---- entry point -------------------------------------------------------------- */

sl_status sl_summarize_ex(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                          const sl_digest_opts *o, const sl_sum_params *pp, sl_summary **out) {
  sl_sum_params p;
  if (pp) p = *pp;
  else sl_sum_params_init(&p);
  *out = NULL;
  sl_status rc = SL_ENOMEM;
  sl_summary *sm = calloc(1, sizeof *sm);
  occ *oc = NULL;
  uint32_t *sent_of = NULL, *cid = NULL, *wid = NULL, *cnt = NULL, *sel = NULL, *gbest = NULL;
  uint32_t *cand_of = NULL, *seen = NULL, *cseen = NULL, *cdf = NULL, *chosen = NULL, *gcand = NULL;
  uint32_t *leadk = NULL, *leadof = NULL;
  double *w = NULL;
  cand *cs = NULL;
  uint8_t *cls = NULL, *mark = NULL, *in = NULL;
  double *dkey = NULL;
  size_t nocc = 0, capocc = 0, ncon = 0, ncand = 0;
  if (!sm) goto done;

  /* story sentences in story order */
  size_t nsent = 0;
  for (size_t i = 0; i < n; i++) nsent += c->arts.a[arts[i]].nsent;
  sent_of = malloc((nsent ? nsent : 1) * sizeof *sent_of);
  if (!sent_of) goto done;
  nsent = 0;
  for (size_t i = 0; i < n; i++)
    for (uint32_t j = 0; j < c->arts.a[arts[i]].nsent; j++)
      sent_of[nsent++] = c->arts.a[arts[i]].sent + j;

  /* 1. concept occurrences */
  for (uint32_t si = 0, ai = 0; ai < n; ai++) {
    const sl_art *A = &c->arts.a[arts[ai]];
    for (uint32_t j = 0; j < A->nsent; j++, si++) {
      const sl_sent *s = &c->sents.a[sent_of[si]];
      const sl_token *prev = NULL;
      for (uint32_t t = s->tok; t < s->tok + s->ntok; t++) {
        const sl_token *tk = &c->toks.a[t];
        if (!is_word(tk)) {
          if (tk->kind == SL_TOK_PUNCT) prev = NULL;
          continue;
        }
        for (int u = 0; u < 2; u++) {
          uint64_t key;
          if (u == 0) {
            if (!prev || ((prev->flags & SL_TF_STOP) && (tk->flags & SL_TF_STOP))) continue;
            if (p.bigram_mode == 1 && ((prev->flags & SL_TF_STOP) || (tk->flags & SL_TF_STOP)))
              continue;
            key = (uint64_t)prev->term << 32 | tk->term;
          } else {
            if (tk->flags & SL_TF_STOP) continue;
            key = (uint64_t)UINT32_MAX << 32 | tk->term;
          }
          if (nocc == capocc) {
            capocc = capocc ? 2 * capocc : 1024;
            occ *g = realloc(oc, capocc * sizeof *oc);
            if (!g) goto done;
            oc = g;
          }
          oc[nocc] = (occ){key, si, ai, j, 0, (uint32_t)nocc};
          nocc++;
        }
        if (p.bigram_mode != 2 || !(tk->flags & SL_TF_STOP)) prev = tk;
      }
    }
  }
  if (nocc) qsort(oc, nocc, sizeof *oc, by_key);
  w = malloc((nocc ? nocc : 1) * sizeof *w);
  cdf = malloc((nocc ? nocc : 1) * sizeof *cdf);
  if (!w || !cdf) goto done;
  {
    unsigned min_df = p.min_df ? p.min_df : n >= 8 ? 3 : n >= 3 ? 2 : 1;
    int by_sents = n < p.small_story; /* few articles: count sentences instead */
    size_t i = 0;
    while (i < nocc) {
      size_t j = i;
      uint32_t df = 0, sf = 0;
      double pos = 0;
      uint32_t last_art = UINT32_MAX, last_sent = UINT32_MAX;
      for (; j < nocc && oc[j].key == oc[i].key; j++) {
        oc[j].id = (uint32_t)ncon;
        if (oc[j].art != last_art) df++, pos += 1.0 / (1.0 + oc[j].pos), last_art = oc[j].art;
        if (oc[j].sent != last_sent) sf++, last_sent = oc[j].sent;
      }
      double base = by_sents ? sf : df + p.sf_weight * (sf - df);
      /* below the threshold a concept only breaks ties (fills a tiny story) */
      double wt = pow(base, p.df_exp) + p.pos_gamma * pos;
      if (!(by_sents ? sf >= 2 : df >= min_df)) wt *= p.minor;
      if (oc[i].key >> 32 == UINT32_MAX) wt *= p.uni_weight;
      cdf[ncon] = df;
      w[ncon++] = wt;
      i = j;
    }
  }
  /* back to the story walk (oc[i].ord == i, in place), and concepts
   * renumbered by their first use in it: the sums over a sentence's
   * concepts (gains, the objective, the mean weight) then run in an order
   * that does not depend on the input order (floating point) */
  for (size_t i = 0; i < nocc; i++)
    while (oc[i].ord != i) {
      occ t = oc[oc[i].ord];
      oc[oc[i].ord] = oc[i];
      oc[i] = t;
    }
  {
    uint32_t *renum = malloc((ncon ? ncon : 1) * sizeof *renum);
    double *w2 = malloc((ncon ? ncon : 1) * sizeof *w2);
    uint32_t *cdf2 = malloc((ncon ? ncon : 1) * sizeof *cdf2);
    if (!renum || !w2 || !cdf2) {
      free(renum), free(w2), free(cdf2);
      goto done;
    }
    memset(renum, 0xff, (ncon ? ncon : 1) * sizeof *renum);
    uint32_t next = 0;
    for (size_t i = 0; i < nocc; i++) {
      uint32_t x = oc[i].id;
      if (renum[x] == UINT32_MAX) renum[x] = next++, w2[renum[x]] = w[x], cdf2[renum[x]] = cdf[x];
      oc[i].id = renum[x];
    }
    free(renum), free(w), free(cdf);
    w = w2, cdf = cdf2;
  }

  /* 2. candidates: one per group, its representative */
  cand_of = malloc((nsent ? nsent : 1) * sizeof *cand_of); /* story sentence -> candidate */
  cs = calloc(al->ngroups ? al->ngroups : 1, sizeof *cs);
  cls = calloc(al->ngroups ? al->ngroups : 1, 1);
  cid = malloc((nocc ? nocc : 1) * sizeof *cid);
  wid = malloc((nocc ? nocc : 1) * sizeof *wid);
  seen = calloc(c->arts.n ? c->arts.n : 1, sizeof *seen); /* article -> last candidate + 1 */
  cseen = calloc(ncon ? ncon : 1, sizeof *cseen);          /* concept -> last candidate + 1 */
  chosen = malloc((al->ngroups ? al->ngroups : 1) * sizeof *chosen); /* group -> quoted sentence */
  gcand = malloc((al->ngroups ? al->ngroups : 1) * sizeof *gcand);   /* group -> candidate */
  if (!cand_of || !cs || !cls || !cid || !wid || !seen || !cseen || !chosen || !gcand) goto done;
  for (uint32_t g = 0; g < al->ngroups; g++) {
    /* the sentence that stands for the group: align/'s representative, or
     * the member that reads best (tier, then no dateline; ties: align order) */
    uint32_t b0 = al->gstart[g];
    chosen[g] = al->members[b0];
    gcand[g] = UINT32_MAX;
    if (!p.rep_choice || al->gstart[g + 1] - b0 < 2) continue;
    int bestk = INT32_MAX;
    for (uint32_t m = b0; m < al->gstart[g + 1]; m++) {
      const sl_sent *ms = &c->sents.a[al->members[m]];
      int k = classify(c, ms, &p) * 2 + has_dateline(c, ms);
      if (k < bestk) bestk = k, chosen[g] = al->members[m];
    }
  }
  {
    /* story position of each article, for order keys and outlet counting */
    size_t ncid = 0, nwid = 0, oi = 0;
    for (uint32_t si = 0; si < nsent; si++) {
      uint32_t sid = sent_of[si];
      uint32_t g = sl_align_group_of(al, sid);
      cand_of[si] = UINT32_MAX;
      size_t oj = oi;
      while (oj < nocc && oc[oj].sent == si) oj++;
      if (g == UINT32_MAX || chosen[g] != sid) {
        oi = oj;
        continue;
      }
      const sl_sent *s = &c->sents.a[sid];
      int k = classify(c, s, &p);
      if (k == CAND_NO) {
        oi = oj;
        continue;
      }
      cand *a = &cs[ncand];
      a->group = g;
      a->sent = sid;
      a->words = s->nwords;
      a->bytes = s->span.len;
      a->c0 = (uint32_t)ncid;
      a->w0 = (uint32_t)nwid;
      for (size_t q = oi; q < oj; q++) { /* each concept once, in the order of the text */
        if (cseen[oc[q].id] == ncand + 1) continue;
        cseen[oc[q].id] = (uint32_t)ncand + 1;
        if (oc[q].key >> 32 == UINT32_MAX) {
          uint32_t sig = n >= 2 && cdf[oc[q].id] >= 2 && cdf[oc[q].id] <= p.sig_maxfrac * (double)n;
          wid[nwid++] = (uint32_t)oc[q].key << 1 | sig;
          a->nsig += sig;
        }
        if (w[oc[q].id] > 0) cid[ncid++] = oc[q].id;
      }
      a->nc = (uint32_t)(ncid - a->c0);
      a->nw = (uint32_t)(nwid - a->w0);
      /* content words ascending for the overlap test (they are in text order) */
      for (uint32_t x = 1; x < a->nw; x++) /* insertion sort: few words */
        for (uint32_t y = x; y > 0 && wid[a->w0 + y - 1] > wid[a->w0 + y]; y--) {
          uint32_t tmp = wid[a->w0 + y];
          wid[a->w0 + y] = wid[a->w0 + y - 1];
          wid[a->w0 + y - 1] = tmp;
        }
      cls[ncand] = (uint8_t)k;
      a->opener = k == CAND_OK && c->toks.a[s->tok].kind != SL_TOK_QUOTE;
      cand_of[si] = (uint32_t)ncand;
      gcand[g] = (uint32_t)ncand;
      ncand++;
      oi = oj;
    }
  }
  /* leads: each article's first clean sentence (before the mild ones join the clean tier) */
  leadk = malloc((n ? n : 1) * sizeof *leadk);          /* article -> its lead's candidate */
  leadof = malloc((ncand ? ncand : 1) * sizeof *leadof); /* candidate -> article it leads */
  if (!leadk || !leadof) goto done;
  for (uint32_t ai = 0; ai < n; ai++) {
    const sl_art *A = &c->arts.a[arts[ai]];
    leadk[ai] = UINT32_MAX;
    for (uint32_t j = 0; j < A->nsent && j < 8; j++) {
      const sl_sent *s = &c->sents.a[A->sent + j];
      if (classify(c, s, &p) != CAND_OK) continue;
      uint32_t g = sl_align_group_of(al, A->sent + j);
      uint32_t k = g == UINT32_MAX ? UINT32_MAX : gcand[g];
      /* a lead states the news; an opening quotation does not */
      if (k != UINT32_MAX && cls[k] == CAND_OK && c->toks.a[s->tok].kind != SL_TOK_QUOTE &&
          c->toks.a[c->sents.a[cs[k].sent].tok].kind != SL_TOK_QUOTE)
        leadk[ai] = k;
      break;
    }
  }
  /* reading order keys and outlet agreement */
  {
    double wsum = 0;
    size_t wn = 0;
    for (size_t x = 0; x < ncon; x++)
      if (w[x] >= 0.5) wsum += w[x], wn++; /* concepts above the threshold */
    double wmean = wn ? wsum / (double)wn : 0;
    /* a group is read where the story first reports it: its earliest member */
    for (size_t k = 0; k < ncand; k++) cs[k].order = UINT64_MAX, cs[k].prev = cs[k].next = UINT32_MAX;
    /* context: a mild sentence (leading pronoun, connective) reads well right
     * after the sentence before it in its article, when that one is chosen */
    for (uint32_t k = 0; p.context && k < ncand; k++) {
      const sl_sent *s = &c->sents.a[cs[k].sent];
      if ((cls[k] != CAND_MILD && cls[k] != CAND_CTX) || s->index == 0) continue;
      uint32_t g = sl_align_group_of(al, cs[k].sent - 1);
      uint32_t q = g == UINT32_MAX ? UINT32_MAX : gcand[g];
      if (q == UINT32_MAX || cs[q].sent != cs[k].sent - 1 || cls[q] > CAND_CTX ||
          cs[q].next != UINT32_MAX)
        continue;
      /* a pronoun, or a quotation without its speaker, needs the speaker named
       * in the context sentence; a connective ("But", "Also") any sentence */
      const sl_sent *qs = &c->sents.a[cs[q].sent];
      if (cls[k] == CAND_CTX && !names_speaker(c, qs)) continue;
      if (p.ctx_speaker && personal_open(c, s) && !names_speaker(c, qs) &&
          !(p.ctx_speaker == 2 && names_subject(c, qs)))
        continue;
      cs[k].prev = q, cs[q].next = k;
    }
    uint32_t si = 0;
    for (uint32_t ai = 0; ai < n; ai++)
      for (uint32_t j = 0; j < c->arts.a[arts[ai]].nsent; j++, si++) {
        uint32_t g = sl_align_group_of(al, sent_of[si]);
        uint32_t k = g == UINT32_MAX ? UINT32_MAX : gcand[g];
        if (k != UINT32_MAX && cs[k].order == UINT64_MAX) cs[k].order = (uint64_t)ai << 32 | j;
      }
    for (size_t k = 0; k < ncand; k++) {
      uint32_t g = cs[k].group, outlets = 0;
      for (uint32_t m = al->gstart[g]; m < al->gstart[g + 1]; m++) {
        uint32_t a = c->sents.a[al->members[m]].article;
        if (seen[a] != k + 1) outlets++, seen[a] = (uint32_t)k + 1;
      }
      cs[k].bonus = p.agree * wmean * (outlets > 1 ? outlets - 1 : 0);
      cs[k].bonus += p.lead * wmean / (1.0 + (double)(cs[k].order & UINT32_MAX));
      leadof[k] = UINT32_MAX;
      if (cls[k] == CAND_MILD) /* compete with the clean ones, at a price */
        cs[k].pen = p.demote_penalty * wmean, cls[k] = CAND_OK;
      else if (cls[k] == CAND_CTX && cs[k].prev != UINT32_MAX) /* only right after its context */
        cs[k].pen = 1e9, cls[k] = CAND_OK;
      else if (cls[k] == CAND_CTX)
        cls[k] = CAND_DEMOTED;
    }

    for (uint32_t ai = n; ai-- > 0;) /* leads, the earliest article's wins a shared group */
      if (leadk[ai] != UINT32_MAX) {
        leadof[leadk[ai]] = ai;
        cs[leadk[ai]].bonus += p.lead_bonus * wmean / (p.lead_pick == 0 ? 1.0 + ai : 1.0);
      }
  }

  /* 3. selection */
  cnt = calloc(ncon ? ncon : 1, sizeof *cnt);
  mark = calloc(ncon ? ncon : 1, 1);
  sel = malloc((ncand ? ncand : 1) * sizeof *sel);
  gbest = malloc((ncand ? ncand : 1) * sizeof *gbest);
  in = calloc(ncand ? ncand : 1, 1);
  dkey = malloc((ncand ? ncand : 1) * sizeof *dkey);
  if (!cnt || !mark || !sel || !gbest || !in || !dkey) goto done;
  {
    state st = {cs, cid, wid, w, cnt, sel, 0, 0, 0, o->words, o->bytes, o->sentences,
                p.max_overlap, p.sig_overlap, in, 0};
    if (!st.bw && !st.bb && !st.bs) st.bw = 100;
    /* the lead slot: one article's lead opens the summary and establishes the story */
    uint32_t lead = UINT32_MAX;
    if (p.lead_slot == 1) {
      double best = -1;
      size_t upto = p.lead_pick == 2 ? (n + 1) / 2 : n;
      for (size_t ai = 0; ai < upto; ai++) {
        uint32_t k = leadk[ai];
        if (k == UINT32_MAX || !fits(&st, &cs[k], NULL)) continue;
        if (p.lead_pick == 0) {
          lead = k;
          break;
        }
        double d = gain(&st, k, NULL, NULL) / cost(&st, &cs[k], p.cost_exp);
        if (d > best + 1e-12) best = d, lead = k;
      }
    }
    double rs[6] = {p.cost_exp, 0.0, 0.5, 0.75, 1.0, 1.25};
    int nstarts = p.multistart ? 6 : 2;
    double bestf = -1;
    size_t nbest = 0;
    for (int t = 0; t < nstarts; t++) {
      if (t > 0 && rs[t] == rs[0]) continue; /* same start as the first */
      memset(cnt, 0, (ncon ? ncon : 1) * sizeof *cnt);
      memset(in, 0, ncand ? ncand : 1);
      st.nsel = 0, st.words = 0, st.bytes = 0, st.locked = 0;
      if (lead != UINT32_MAX) add(&st, lead), st.locked = 1;
      /* clean sentences first; a lower tier only fills what they leave */
      for (int tier = CAND_OK; tier <= CAND_ODD; tier++) {
        if (tier > CAND_OK && !p.fill_tiers && !half_empty(&st)) break;
        greedy(&st, ncand, cls, tier, rs[t]);
        if (p.local_search && tier == CAND_OK) improve(&st, ncand, cls, tier, mark);
      }
      double f = objective(&st, ncon);
      if (f > bestf + 1e-9) {
        bestf = f, nbest = st.nsel;
        memcpy(gbest, sel, st.nsel * sizeof *sel);
      }
    }
    sm->items = calloc(nbest ? nbest : 1, sizeof *sm->items);
    if (!sm->items) goto done;
    /* order keys: where the story first reported the group; a sentence read
     * in its context goes right after its context sentence */
    memset(in, 0, ncand ? ncand : 1);
    for (size_t i = 0; i < nbest; i++) in[gbest[i]] = 1;
    for (uint32_t k = 0; k < ncand; k++) { /* candidates are in story order: prev < k */
      dkey[k] = (double)cs[k].order;
      if (in[k] && cs[k].prev != UINT32_MAX && in[cs[k].prev]) {
        double b = dkey[cs[k].prev];
        dkey[k] = b + (floor(b) + 1 - b) / 2;
      }
    }
    for (size_t i = 0; i < nbest; i++) {
      const cand *a = &cs[gbest[i]];
      sm->items[i] = (sl_summary_item){a->sent, a->group, dkey[gbest[i]]};
    }
    sm->n = nbest;
    /* 4. reading order, then the real score: weight each sentence adds in that order */
    if (sm->n) qsort(sm->items, sm->n, sizeof *sm->items, by_order);
    if (p.lead_slot == 2) { /* the chosen lead (earliest, or most central) opens the summary */
      double best = -1;
      uint32_t bai = UINT32_MAX;
      for (size_t i = 0; i < nbest; i++) {
        uint32_t k = gbest[i];
        if (leadof[k] == UINT32_MAX) continue;
        double d = 0;
        for (uint32_t j = 0; j < cs[k].nc; j++) d += w[cid[cs[k].c0 + j]];
        d /= pow(cs[k].words ? cs[k].words : 1, p.cost_exp);
        if (p.lead_pick == 0 ? leadof[k] < bai : d > best + 1e-12) best = d, bai = leadof[k], lead = k;
      }
      /* no lead chosen: the first chosen sentence that can open (clean, not a quotation) */
      for (size_t i = 0; bai == UINT32_MAX && i < nbest; i++)
        if (cs[gbest[i]].opener && (lead == UINT32_MAX || cs[gbest[i]].order < cs[lead].order))
          lead = gbest[i];
    }
    for (size_t i = 0; lead != UINT32_MAX && i < sm->n; i++) /* the lead slot opens it, */
      if (sm->items[i].sent == cs[lead].sent) {          /* with what reads in its context */
        size_t e = i + 1;
        while (e < sm->n && sm->items[e].score < floor(sm->items[i].score) + 1) e++;
        for (size_t r = 0; r < e - i; r++) { /* rotate items[0..e) so that [i, e) comes first */
          sl_summary_item it = sm->items[e - 1];
          memmove(sm->items + 1, sm->items, (e - 1) * sizeof *sm->items);
          sm->items[0] = it;
        }
        break;
      }
    memset(cnt, 0, (ncon ? ncon : 1) * sizeof *cnt);
    for (size_t i = 0; i < sm->n; i++) {
      size_t k = 0;
      while (k < nbest && cs[gbest[k]].sent != sm->items[i].sent) k++;
      const cand *a = &cs[gbest[k]];
      double g = 0;
      for (uint32_t j = 0; j < a->nc; j++)
        if (!cnt[cid[a->c0 + j]]++) g += w[cid[a->c0 + j]];
      sm->items[i].score = g;
    }
  }
  rc = SL_OK;
  *out = sm;
  sm = NULL;
done:
  free(oc), free(sent_of), free(cid), free(wid), free(cnt), free(sel), free(gbest);
  free(cand_of), free(w), free(cs), free(cls), free(mark), free(seen), free(cdf);
  free(chosen), free(gcand), free(leadk), free(leadof), free(in), free(dkey), free(cseen);
  sl_summary_free(sm);
  return rc;
}

sl_status sl_summarize(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                       const sl_digest_opts *o, sl_summary **out) {
  return sl_summarize_ex(c, arts, n, al, o, NULL, out);
}

void sl_summary_free(sl_summary *s) {
  if (!s) return;
  free(s->items);
  free(s);
}
