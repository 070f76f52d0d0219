/*
 * align.c — cross-source sentence alignment: groups of story sentences
 * that say the same thing (docs/align.md has the method and figures).
 *
 *  1. Matching form.  Every word/number token becomes a key: its corpus
 *     term (folded + stemmed), or, when a UK spelling rule applies
 *     (fold.c), the term of the US form; "n't" contractions become two keys
 *     (didn't = did not).  Words inside [square brackets] are editorial
 *     insertions and are left out.
 *  2. Exact types.  Sentences whose words are the same up to case,
 *     punctuation and quote style form one type (kind EXACT).  Near
 *     matching runs on types, so a wire sentence copied 500 times costs
 *     one comparison, not 500^2.
 *  3. Candidates.  Prefix filtering on an inverted index: each type's
 *     distinct content keys are ordered rarest first; a type probes the
 *     posting lists of its rarest keys (enough of them that any type
 *     sharing 70% of its content keys must share one) and of the two
 *     rarest keys of its longest quotation, counting hits per type met.
 *     The best-hit types get a multiset test (enough content words in
 *     common), the best of those are verified.  Scans and verifications
 *     are bounded per type (SL_AL_SCAN_MAX postings, SL_AL_CAND_MAX
 *     candidates): linear in the story size with a bounded constant.
 *  4. Verification.  A weighted longest common subsequence (content words
 *     weigh 3, function words 1) aligns the two key sequences; a pair is
 *     accepted when the shorter sentence is covered (>= 80% of its words,
 *     >= 80% of its content words, at least 5 words and 3 content words in
 *     common — 2 for a whole verbatim sentence of 8+ words —, every number
 *     and negation of it matched) and either the longer is half covered
 *     too or the shorter is a truncation (runs of 3+ words cover 70% of it,
 *     and it is the longer cut short, a quoted statement, or 8+ words with
 *     4+ content words: not a name or a credit line).  A second test
 *     accepts a sentence whose longest quotation (>= 6 words, >= half the
 *     sentence) appears almost verbatim in the other: a partial quotation
 *     in a reporter's own frame.
 *  5. Grouping.  Accepted pairs, best first, merge groups complete-link
 *     style: every pair of types across the two groups must be an accepted
 *     pair, and the two groups must not share an article (two different
 *     sentences of one article are never grouped; exact repeats inside one
 *     article are, as one type).  This stops chains: two different halves
 *     of one long sentence both match it but not each other, so they
 *     cannot end up in one group.
 *  6. Output.  Members in story order (articles as sl_corpus_story_order
 *     sorts them: date, id, ...; then index); the first is the
 *     representative (SELF), EXACT members share its type, the rest are
 *     NEAR.  Groups are numbered in order of their representatives.
 *
 * Invariants: every story sentence is in exactly one group; output depends
 * only on the corpus and the set of article ids (not their order, not the
 * order the corpus numbered them in, not hash order, not addresses); the
 * library never prints.
 */
#include <stdlib.h>
#include <string.h>

#include "align_int.h"

enum { AT_CONTENT = 1, AT_NUM = 2, AT_NEG = 4, AT_CAP = 8, AT_NAME = 16 };

typedef struct atok {
  uint32_t key; /* matching key (raw, then dense) */
  uint8_t fl;   /* AT_* */
} atok;

typedef struct sinfo {
  uint32_t s;      /* corpus sentence id */
  uint32_t art;    /* story article position */
  uint32_t t0, n;  /* atoks[t0 .. t0+n) */
  uint32_t nc;     /* content atoks */
  uint32_t qb, qe; /* longest quotation, atok offsets [qb, qe) relative to t0 */
  uint64_t h;      /* exact hash of the words */
  uint32_t type;   /* exact type */
} sinfo;

typedef struct memo {
  uint64_t h;    /* hash of the lower-case surface | 1; 0 = empty */
  uint32_t key;  /* its key */
  uint32_t key2; /* second key of a contraction ("not"), else UINT32_MAX */
  uint8_t neg;   /* the word negates */
  uint8_t cal;   /* a day or month name (2: not looked up yet) */
} memo;

typedef struct pairsc {
  uint32_t x, y;  /* types, x < y */
  uint32_t score; /* similarity * 65536 */
} pairsc;

typedef struct build {
  const sl_corpus *c;
  sl_analyzer *an;        /* lazily created, for spelling-folded words */
  sl_strmap local;        /* keys not in the corpus dictionary */
  uint32_t nterms;        /* corpus terms: local keys are nterms + id */
  SL_VEC(atok) toks;      /* matching tokens of every story sentence */
  memo *memo;             /* corpus term -> keys of the surface seen last (a cache:
                             results never depend on it) */
  bool english;           /* the corpus is English: spelling rules and n't apply */
  sinfo *si;              /* story sentences in story order */
  size_t m;               /* story sentences */
  uint32_t nkeys;         /* dense keys */
  /* types */
  uint32_t ntypes;
  uint32_t *trep;         /* type -> first sentence (story order index) */
  uint32_t *tstart, *tmem;/* type -> its sentences (CSR, story order) */
  uint8_t *telig;         /* type takes part in near matching */
  uint32_t *tart;         /* type -> its article when all its sentences are in one, else
                             UINT32_MAX (two types of one article never group) */
  uint32_t *ckstart, *ck; /* type -> distinct content keys, rarest first (CSR) */
  uint8_t *ckn;           /* the type's content words with key ck[i] (parallel to ck) */
  uint32_t *kdf;          /* dense key -> eligible types containing it */
  uint32_t *tlen;         /* type -> words << 16 | content words (for shorter()) */
  uint32_t *tqc;          /* type -> content words of its longest quotation when
                             that can carry a match (quote_ok), else 0 */
  /* accepted pairs */
  SL_VEC(pairsc) pairs;
  uint64_t *pset;         /* open-addressing set of accepted pair keys (+1) */
  size_t pcap;
  /* DP scratch */
  uint16_t *dp;
  uint8_t *mx, *my;       /* matched flags of x / y tokens */
  uint32_t *mjx;          /* y position matched to x token i, or UINT32_MAX */
} build;

/* ---- 1. matching form ------------------------------------------------- */

/* Key of a folded word string: the corpus term it stems to, else a local
 * key.  UINT32_MAX on OOM. */
static uint32_t key_of(build *b, const char *w, size_t n) {
  if (!b->an) {
    b->an = sl_analyzer_new(b->c->opts.lang);
    if (!b->an) return UINT32_MAX;
  }
  size_t tl;
  const char *t = sl_analyzer_term(b->an, w, n, &tl);
  if (!t) return UINT32_MAX;
  uint32_t id = sl_strmap_get(&b->c->terms, t, tl);
  if (id != UINT32_MAX) return id;
  id = sl_strmap_intern(&b->local, t, tl, NULL);
  return id == UINT32_MAX ? UINT32_MAX : b->nterms + id;
}

/* Lower-case ASCII copy of a token, curly apostrophes made straight.
 * Returns its length, or 0 when the token has other non-ASCII bytes or is
 * too long for the rules. */
static size_t ascii_lower(const char *p, size_t n, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)p[i];
    if (o >= SL_AL_MAXTOK) return 0;
    if (ch < 0x80) {
      out[o++] = (char)(ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch);
    } else if (ch == 0xE2 && i + 2 < n && (unsigned char)p[i + 1] == 0x80 &&
               ((unsigned char)p[i + 2] == 0x98 || (unsigned char)p[i + 2] == 0x99)) {
      out[o++] = '\'';
      i += 2;
    } else {
      return 0;
    }
  }
  return o;
}

/* Day and month names and their abbreviations (lower case, a final period
 * allowed): capitalised without being names. */
static bool is_calendar(const char *w, size_t n) {
  static const struct {
    const char *s;
    size_t n;
  } cal[] = {
#define C(x) {x, sizeof x - 1}
      C("monday"),   C("tuesday"), C("wednesday"), C("thursday"), C("friday"),  C("saturday"),
      C("sunday"),   C("january"), C("february"),  C("march"),    C("april"),   C("may"),
      C("june"),     C("july"),    C("august"),    C("september"), C("october"), C("november"),
      C("december"), C("jan"),     C("feb"),       C("mar"),      C("apr"),     C("jun"),
      C("jul"),      C("aug"),     C("sep"),       C("sept"),     C("oct"),     C("nov"),
      C("dec"),      C("mon"),     C("tue"),       C("tues"),     C("wed"),     C("thu"),
      C("thur"),     C("thurs"),   C("fri"),       C("sat"),      C("sun")
#undef C
  };
  if (n && w[n - 1] == '.') n--;
  if (n < 3 || n > 9) return false;
  for (size_t k = 0; k < SL_COUNTOF(cal); k++)
    if (cal[k].n == n && cal[k].s[0] == w[0] && memcmp(w, cal[k].s, n) == 0) return true;
  return false;
}

static bool push_tok(build *b, uint32_t key, uint8_t fl) {
  return sl_vec_push(&b->toks, ((atok){key, fl}));
}

/* Builds the matching tokens and exact hash of one sentence. */
static sl_status analyse(build *b, sinfo *si) {
  const sl_corpus *c = b->c;
  const sl_sent *se = &c->sents.a[si->s];
  const char *text = c->arts.a[se->article].text;
  uint64_t h = 0xcbf29ce484222325ull;
  int bracket = 0;         /* inside [ ... ] */
  long qopen = -1;         /* atok offset where the open quotation began */
  bool seen_open = false;  /* a quotation opened in this sentence */
  uint32_t qb = 0, qe = 0; /* longest quotation so far */
  si->t0 = (uint32_t)b->toks.n;
  char w[SL_AL_MAXTOK + 4], f[SL_AL_MAXTOK + 8];
  /* a '[' opens an insertion only when a ']' follows in the sentence: a
     stray '[' must not hide the rest of it */
  uint32_t last_close = 0;
  for (uint32_t t = se->tok; t < se->tok + se->ntok; t++) {
    const sl_token *tk = &c->toks.a[t];
    if (tk->kind == SL_TOK_PUNCT && tk->span.len == 1 && text[tk->span.off] == ']') last_close = t;
  }
  for (uint32_t t = se->tok; t < se->tok + se->ntok; t++) {
    const sl_token *tk = &c->toks.a[t];
    const char *p = text + tk->span.off;
    uint32_t here = (uint32_t)(b->toks.n - si->t0);
    if (tk->kind == SL_TOK_PUNCT && tk->span.len == 1) {
      if (*p == '[' && t < last_close) bracket++;
      else if (*p == ']' && bracket) bracket--;
      continue;
    }
    if (tk->kind == SL_TOK_QUOTE) {
      if ((tk->flags & SL_TF_OPEN) && qopen < 0) {
        qopen = here, seen_open = true;
      } else if (tk->flags & SL_TF_CLOSE) {
        /* a close without an open: the quotation began before the sentence */
        uint32_t from = qopen >= 0 ? (uint32_t)qopen : seen_open ? here : 0;
        if (here - from > qe - qb) qb = from, qe = here;
        qopen = -1;
      }
      continue;
    }
    if (tk->kind != SL_TOK_WORD && tk->kind != SL_TOK_NUM) continue;
    /* exact hash: lower-case bytes, curly apostrophes straight, brackets kept */
    size_t wl = ascii_lower(p, tk->span.len, w);
    const unsigned char *hp = wl ? (const unsigned char *)w : (const unsigned char *)p;
    size_t hn = wl ? wl : tk->span.len;
    uint64_t th = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < hn; i++) th = (th ^ hp[i]) * 0x100000001b3ull;
    h = (h ^ th) * 0x9E3779B97F4A7C15ull + 0xff;
    if (bracket || tk->term == UINT32_MAX) continue;
    uint8_t fl = (tk->flags & SL_TF_STOP) ? 0 : AT_CONTENT;
    if (tk->kind == SL_TOK_NUM) fl |= AT_NUM | AT_CONTENT;
    if (tk->flags & (SL_TF_CAP | SL_TF_UPPER)) fl |= AT_CAP;
    if (tk->kind != SL_TOK_WORD || !wl || !b->english) {
      if (!push_tok(b, tk->term, fl)) return SL_ENOMEM;
      continue;
    }
    /* words: keys from the memo when this surface was seen last for the term */
    memo *mo = &b->memo[tk->term];
    if (mo->h != (th | 1)) {
      memo nm = {th | 1, tk->term, UINT32_MAX, 0, 0};
      if (sl_align_is_negation(w, wl)) nm.neg = 1;
      nm.cal = 2; /* not looked up yet: only capitalised words need it */
      size_t fl2;
      if ((wl >= 4 && memcmp(w + wl - 3, "n't", 3) == 0) ||
          (wl == 6 && memcmp(w, "cannot", 6) == 0)) {
        /* didn't -> did + not; can't, cannot -> can; won't -> will; shan't -> shall */
        size_t bl = wl - 3; /* cannot: "can" too */
        const char *base = w;
        if (bl == 2 && memcmp(w, "ca", 2) == 0) base = "can", bl = 3;
        else if (bl == 2 && memcmp(w, "wo", 2) == 0) base = "will", bl = 4;
        else if (bl == 3 && memcmp(w, "sha", 3) == 0) base = "shall", bl = 5;
        nm.key = key_of(b, base, bl);
        nm.key2 = key_of(b, "not", 3);
        if (nm.key == UINT32_MAX || nm.key2 == UINT32_MAX) return SL_ENOMEM;
      } else if ((fl2 = sl_align_spell_fold(w, wl, f)) != 0) {
        nm.key = key_of(b, f, fl2);
        if (nm.key == UINT32_MAX) return SL_ENOMEM;
      }
      *mo = nm;
    }
    if (mo->key2 != UINT32_MAX) { /* a contraction: base (a function word), then "not" */
      if (!push_tok(b, mo->key, fl & AT_CAP) || !push_tok(b, mo->key2, AT_NEG)) return SL_ENOMEM;
      continue;
    }
    if (mo->neg) fl |= AT_NEG;
    /* a possible name: capitalised, not all capitals (datelines, "AP"),
       not a day or month ("Last Thursday", "On Oct. 29") */
    if ((tk->flags & SL_TF_CAP) && !(tk->flags & SL_TF_UPPER)) {
      if (mo->cal == 2) mo->cal = is_calendar(w, wl);
      if (!mo->cal) fl |= AT_NAME;
    }
    uint32_t key = mo->key;
    if (!push_tok(b, key, fl)) return SL_ENOMEM;
  }
  uint32_t n = (uint32_t)(b->toks.n - si->t0);
  if (qopen >= 0 && n - (uint32_t)qopen > qe - qb) qb = (uint32_t)qopen, qe = n;
  si->n = n;
  si->nc = 0;
  for (uint32_t i = 0; i < n; i++) si->nc += (b->toks.a[si->t0 + i].fl & AT_CONTENT) != 0;
  si->qb = qb, si->qe = qe;
  si->h = h;
  return SL_OK;
}

/* ---- 2. exact types ---------------------------------------------------- */

typedef struct hkey {
  uint64_t h;
  uint32_t i; /* story order index */
} hkey;

static int by_hkey(const void *x, const void *y) {
  const hkey *a = x, *b = y;
  if (a->h != b->h) return a->h < b->h ? -1 : 1;
  return a->i < b->i ? -1 : a->i > b->i;
}

static bool same_words(const build *b, const sinfo *x, const sinfo *y) {
  if (x->n != y->n) return false;
  for (uint32_t i = 0; i < x->n; i++)
    if (b->toks.a[x->t0 + i].key != b->toks.a[y->t0 + i].key) return false;
  return true;
}

static sl_status make_types(build *b) {
  size_t m = b->m;
  hkey *k = malloc((m ? m : 1) * sizeof *k);
  uint32_t *first = malloc((m ? m : 1) * sizeof *first); /* sentence -> first of its type */
  if (!k || !first) {
    free(k), free(first);
    return SL_ENOMEM;
  }
  for (size_t i = 0; i < m; i++) k[i] = (hkey){b->si[i].h, (uint32_t)i};
  qsort(k, m, sizeof *k, by_hkey);
  for (size_t i = 0; i < m;) {
    size_t j = i;
    while (j < m && k[j].h == k[i].h) {
      const sinfo *a = &b->si[k[i].i], *x = &b->si[k[j].i];
      /* no words: always alone; a hash collision: alone too */
      first[k[j].i] = (x->n && a->n && same_words(b, a, x)) ? k[i].i : k[j].i;
      j++;
    }
    i = j;
  }
  free(k);
  b->trep = malloc((m ? m : 1) * sizeof *b->trep);
  b->tstart = calloc(m + 2, sizeof *b->tstart);
  b->tmem = malloc((m ? m : 1) * sizeof *b->tmem);
  if (!b->trep || !b->tstart || !b->tmem) {
    free(first);
    return SL_ENOMEM;
  }
  uint32_t nt = 0;
  for (size_t i = 0; i < m; i++) {
    if (first[i] == i) b->trep[nt] = (uint32_t)i, b->si[i].type = nt++;
    else b->si[i].type = b->si[first[i]].type;
  }
  free(first);
  b->ntypes = nt;
  for (size_t i = 0; i < m; i++) b->tstart[b->si[i].type + 1]++;
  for (uint32_t t = 0; t < nt; t++) b->tstart[t + 1] += b->tstart[t];
  uint32_t *fill = malloc((nt ? nt : 1) * sizeof *fill);
  if (!fill) return SL_ENOMEM;
  memcpy(fill, b->tstart, nt * sizeof *fill);
  for (size_t i = 0; i < m; i++) b->tmem[fill[b->si[i].type]++] = (uint32_t)i;
  free(fill);
  b->tart = malloc((nt ? nt : 1) * sizeof *b->tart);
  if (!b->tart) return SL_ENOMEM;
  for (uint32_t t = 0; t < nt; t++) {
    uint32_t a = b->si[b->tmem[b->tstart[t]]].art;
    for (uint32_t q = b->tstart[t] + 1; q < b->tstart[t + 1]; q++)
      if (b->si[b->tmem[q]].art != a) a = UINT32_MAX;
    b->tart[t] = a;
  }
  return SL_OK;
}

/* ---- 3. candidates ----------------------------------------------------- */

enum { SL_AL_PREFETCH = 4 }; /* candidates whose key lists are fetched ahead */

static const sinfo *tinfo(const build *b, uint32_t t) { return &b->si[b->trep[t]]; }

/* Dense key ids, the distinct content keys of every eligible type sorted
 * rarest first, and document frequencies over eligible types. */
static sl_status index_keys(build *b) {
  size_t nraw = (size_t)b->nterms + sl_strmap_count(&b->local);
  uint32_t *dense = malloc((nraw ? nraw : 1) * sizeof *dense);
  if (!dense) return SL_ENOMEM;
  memset(dense, 0xff, nraw * sizeof *dense);
  uint32_t nk = 0;
  for (size_t i = 0; i < b->toks.n; i++) {
    uint32_t r = b->toks.a[i].key;
    if (dense[r] == UINT32_MAX) dense[r] = nk++;
    b->toks.a[i].key = dense[r];
  }
  free(dense);
  b->nkeys = nk;
  uint32_t nt = b->ntypes;
  b->telig = calloc(nt ? nt : 1, 1);
  b->kdf = calloc(nk ? nk : 1, sizeof *b->kdf);
  uint32_t *stamp = calloc(nk ? nk : 1, sizeof *stamp);
  b->ckstart = calloc(nt + 1, sizeof *b->ckstart);
  b->tqc = calloc(nt ? nt : 1, sizeof *b->tqc);
  b->tlen = malloc((nt ? nt : 1) * sizeof *b->tlen);
  if (!b->telig || !b->kdf || !stamp || !b->ckstart || !b->tqc || !b->tlen) {
    free(stamp);
    return SL_ENOMEM;
  }
  for (uint32_t t = 0; t < nt; t++) {
    const sinfo *x = tinfo(b, t);
    b->tlen[t] = x->n << 16 | x->nc; /* n, nc <= SL_AL_MAXW when eligible */
    b->ckstart[t + 1] = b->ckstart[t];
    /* 3 content words, or 2 in a sentence of 8+ words (a verbatim copy, below) */
    if (x->n < 5 || x->nc < 2 || (x->nc < 3 && x->n < 8) || x->n > SL_AL_MAXW) continue;
    b->telig[t] = 1;
    for (uint32_t i = 0; i < x->n; i++) {
      const atok *a = &b->toks.a[x->t0 + i];
      if (!(a->fl & AT_CONTENT) || stamp[a->key] == t + 1) continue;
      stamp[a->key] = t + 1;
      b->kdf[a->key]++;
      b->ckstart[t + 1]++;
    }
  }
  b->ck = malloc((b->ckstart[nt] ? b->ckstart[nt] : 1) * sizeof *b->ck);
  b->ckn = malloc(b->ckstart[nt] ? b->ckstart[nt] : 1);
  uint8_t *kn = calloc(nk ? nk : 1, 1); /* key -> content words of the type (<= SL_AL_MAXW) */
  if (!b->ck || !b->ckn || !kn) {
    free(stamp), free(kn);
    return SL_ENOMEM;
  }
  memset(stamp, 0, nk * sizeof *stamp);
  for (uint32_t t = 0; t < nt; t++) {
    if (!b->telig[t]) continue;
    const sinfo *x = tinfo(b, t);
    uint32_t w = b->ckstart[t];
    for (uint32_t i = 0; i < x->n; i++) {
      const atok *a = &b->toks.a[x->t0 + i];
      if (!(a->fl & AT_CONTENT) || stamp[a->key] == t + 1) continue;
      stamp[a->key] = t + 1;
      /* insertion sort by (df, key): lists are short */
      uint32_t j = w++;
      while (j > b->ckstart[t] &&
             (b->kdf[b->ck[j - 1]] > b->kdf[a->key] ||
              (b->kdf[b->ck[j - 1]] == b->kdf[a->key] && b->ck[j - 1] > a->key))) {
        b->ck[j] = b->ck[j - 1];
        j--;
      }
      b->ck[j] = a->key;
    }
    for (uint32_t i = 0; i < x->n; i++)
      if (b->toks.a[x->t0 + i].fl & AT_CONTENT) kn[b->toks.a[x->t0 + i].key]++;
    for (uint32_t i = b->ckstart[t]; i < w; i++) b->ckn[i] = kn[b->ck[i]], kn[b->ck[i]] = 0;
    uint32_t qn = x->qe - x->qb;
    if (qn >= 6 && qn * 2 >= x->n)
      for (uint32_t i = x->qb; i < x->qe; i++) b->tqc[t] += (b->toks.a[x->t0 + i].fl & AT_CONTENT) != 0;
  }
  free(stamp), free(kn);
  return SL_OK;
}

/* ---- 4. verification -------------------------------------------------- */

static uint64_t pkey(uint32_t x, uint32_t y) {
  return x < y ? (uint64_t)x << 32 | y : (uint64_t)y << 32 | x;
}

static bool pset_has(const build *b, uint32_t x, uint32_t y) {
  if (!b->pcap) return false;
  uint64_t k = pkey(x, y) + 1;
  size_t i = (size_t)((k * 0x9E3779B97F4A7C15ull) >> 17) & (b->pcap - 1);
  while (b->pset[i]) {
    if (b->pset[i] == k) return true;
    i = (i + 1) & (b->pcap - 1);
  }
  return false;
}

static bool pset_build(build *b) {
  size_t cap = 16;
  while (cap < b->pairs.n * 2 + 2) cap *= 2;
  b->pset = calloc(cap, sizeof *b->pset);
  if (!b->pset) return false;
  b->pcap = cap;
  for (size_t p = 0; p < b->pairs.n; p++) {
    uint64_t k = pkey(b->pairs.a[p].x, b->pairs.a[p].y) + 1;
    size_t i = (size_t)((k * 0x9E3779B97F4A7C15ull) >> 17) & (cap - 1);
    while (b->pset[i] && b->pset[i] != k) i = (i + 1) & (cap - 1);
    b->pset[i] = k;
  }
  return true;
}

/* Statistics of one side of an alignment. */
typedef struct side {
  uint32_t n, nc;     /* words, content words */
  uint32_t m, mc;     /* matched words, matched content words */
  uint32_t run3;      /* matched words in runs of >= 3 (contiguous on both sides) */
  uint32_t caps;      /* capitalised words */
  bool num_miss;      /* a number left unmatched */
  bool neg_miss;      /* a negation left unmatched */
} side;

/* Side statistics over x tokens [lo, hi) given matched flags. */
static side side_stats(const atok *t, const uint8_t *mf, const uint32_t *mj, uint32_t lo,
                       uint32_t hi) {
  side s = {0};
  for (uint32_t i = lo; i < hi; i++) {
    s.n++;
    bool c = t[i].fl & AT_CONTENT;
    s.nc += c;
    s.caps += (t[i].fl & AT_CAP) != 0;
    if (mf[i]) {
      s.m++, s.mc += c;
    } else {
      if (t[i].fl & AT_NUM) s.num_miss = true;
      if (t[i].fl & AT_NEG) s.neg_miss = true;
    }
  }
  if (mj) /* runs: consecutive i with consecutive partners */
    for (uint32_t i = lo; i < hi;) {
      if (!mf[i]) {
        i++;
        continue;
      }
      uint32_t j = i + 1;
      while (j < hi && mf[j] && mj[j] == mj[j - 1] + 1) j++;
      if (j - i >= 3) s.run3 += j - i;
      i = j;
    }
  return s;
}

/* Negations of y inside the window of y aligned to x[lo, hi) unmatched? */
static bool window_neg_miss(const atok *ty, const uint8_t *my, const uint32_t *mjx, uint32_t lo,
                            uint32_t hi) {
  uint32_t a = UINT32_MAX, z = 0;
  for (uint32_t i = lo; i < hi; i++)
    if (mjx[i] != UINT32_MAX) {
      if (a == UINT32_MAX) a = mjx[i];
      z = mjx[i];
    }
  if (a == UINT32_MAX) return false;
  for (uint32_t j = a; j <= z; j++)
    if ((ty[j].fl & AT_NEG) && !my[j]) return true;
  return false;
}

/* The shorter sentence is covered by the longer (step 4, first test). */
static bool cover_ok(const side *s, const side *l, bool lneg, bool prefix, bool quoted) {
  if (s->m < 5 || s->mc < 2) return false;
  /* two content words are enough evidence only for a verbatim copy of a
     whole sentence of 8+ words (a short quoted statement repeated word for word):
     every word matched, in one run */
  if (s->mc < 3 && (s->n < 8 || s->m != s->n || s->run3 != s->n)) return false;
  if (s->m * 5 < s->n * 4 || s->mc * 5 < s->nc * 4) return false;
  if (s->num_miss || s->neg_miss || lneg) return false;
  if (l->m * 2 >= l->n) return true;
  /* a truncation: a verbatim-like part of the longer sentence ... */
  if (s->run3 * 10 < s->n * 7) return false;
  /* ... that is the longer one cut short, or a quoted statement, or long
     enough to be a statement rather than a name ("Home School Legal
     Defense Association", "written and directed by George Lucas") */
  return prefix || quoted || (s->n >= 8 && s->mc >= 4);
}

/* The shorter side is the longer one cut short: its first word matches the
 * longer's first word and all its matches lie within the longer's first
 * n + 2 words (a couple of insertions allowed). */
static bool is_prefix(const uint32_t *mj, uint32_t n) {
  if (!n || mj[0] != 0) return false;
  for (uint32_t i = 0; i < n; i++)
    if (mj[i] != UINT32_MAX && mj[i] >= n + 2) return false;
  return true;
}

/* Sentence q is (mostly) one quotation that is not a title or name. */
static bool is_quoted(const sinfo *q, const atok *t) {
  uint32_t qn = q->qe - q->qb, caps = 0;
  if (qn * 5 < q->n * 4) return false;
  for (uint32_t i = q->qb; i < q->qe; i++) caps += (t[i].fl & AT_CAP) != 0;
  return caps * 2 <= qn;
}

/* Possible names (AT_NAME content words) in t[lo, hi). */
static uint32_t caps_in(const atok *t, uint32_t lo, uint32_t hi) {
  uint32_t k = 0;
  for (uint32_t i = lo; i < hi; i++)
    k += (t[i].fl & (AT_NAME | AT_CONTENT)) == (AT_NAME | AT_CONTENT);
  return k;
}

/* The shorter sentence s and the longer l say the same thing of different
 * people: before their first matched word both name someone, s with a name
 * of two capitalised words or more beyond its first word's capital
 * ("Carolyn Susman writes for the Palm Beach Post" / "Douglas Belkin and
 * Mary War write for the Palm Beach Post"; not "Close to 37,000 people" /
 * "Nearly 37,000 people").  Days, months and all-capital words (datelines)
 * are not names ("Last Thursday, an assailant" / "On Oct. 29, an assailant").  Not for quotations, whose attributions differ
 * between outlets ("Reyes said" / "he told the Gazette"). */
static bool other_subject(const sinfo *s, const atok *ts, const uint32_t *mjs, const atok *tl) {
  if (s->qe - s->qb >= 6) return false;
  uint32_t fi = 0;
  while (fi < s->n && mjs[fi] == UINT32_MAX) fi++;
  if (fi == 0 || fi == s->n) return false;
  return caps_in(ts, 0, fi) >= 2 && caps_in(ts, 1, fi) >= 1 && caps_in(tl, 0, mjs[fi]) >= 1;
}

/* The longest quotation of one sentence appears almost verbatim in the other. */
static bool quote_ok(const build *b, const sinfo *q, const atok *tq, const uint8_t *mq,
                     const uint32_t *mjq, const atok *to, const uint8_t *mo) {
  uint32_t qn = q->qe - q->qb;
  if (qn < 6 || qn * 2 < q->n) return false;
  side s = side_stats(tq, mq, mjq, q->qb, q->qe);
  (void)b;
  if (s.nc < 3 || s.m * 10 < s.n * 9 || s.mc * 10 < s.nc * 9 || s.run3 * 5 < s.n * 4) return false;
  if (s.caps * 2 > s.n) return false; /* a quoted title or name, not a statement */
  if (s.num_miss || s.neg_miss) return false;
  return !window_neg_miss(to, mo, mjq, q->qb, q->qe);
}

/* One weighted LCS alignment of x[0..n) and y[0..m) (content words weigh
 * 3, function words 1) into b->mx, b->my (matched flags) and b->mjx, mjy
 * (partners).  The traceback runs from the end, so among equally good
 * alignments it takes the latest match; rev aligns the reversed sequences
 * instead, which takes the earliest ("in" of a cut-short sentence then
 * pairs with the first "in" of the longer one, not a later one). */
static void lcs_align(build *b, const atok *ax, uint32_t n, const atok *ay, uint32_t m, bool rev) {
#define XK(i) ax[rev ? n - 1 - (i) : (i)]
#define YK(j) ay[rev ? m - 1 - (j) : (j)]
  uint32_t W = m + 1;
  uint16_t *d = b->dp;
  for (uint32_t j = 0; j <= m; j++) d[j] = 0;
  for (uint32_t i = 1; i <= n; i++) {
    uint16_t *r = d + (size_t)i * W, *p = r - W;
    r[0] = 0;
    uint32_t k = XK(i - 1).key;
    uint16_t wgt = (XK(i - 1).fl & AT_CONTENT) ? 3 : 1;
    for (uint32_t j = 1; j <= m; j++) {
      uint16_t v = p[j] > r[j - 1] ? p[j] : r[j - 1];
      if (YK(j - 1).key == k && p[j - 1] + wgt > v) v = (uint16_t)(p[j - 1] + wgt);
      r[j] = v;
    }
  }
  uint32_t *mjy = b->mjx + SL_AL_MAXW;
  memset(b->mx, 0, n);
  memset(b->my, 0, m);
  for (uint32_t i = 0; i < n; i++) b->mjx[i] = UINT32_MAX;
  for (uint32_t j = 0; j < m; j++) mjy[j] = UINT32_MAX;
  for (uint32_t i = n, j = m; i && j;) {
    uint16_t v = d[(size_t)i * W + j];
    if (XK(i - 1).key == YK(j - 1).key &&
        v == d[(size_t)(i - 1) * W + j - 1] + ((XK(i - 1).fl & AT_CONTENT) ? 3 : 1)) {
      uint32_t oi = rev ? n - i : i - 1, oj = rev ? m - j : j - 1;
      b->mx[oi] = b->my[oj] = 1;
      b->mjx[oi] = oj, mjy[oj] = oi;
      i--, j--;
    } else if (d[(size_t)(i - 1) * W + j] >= d[(size_t)i * W + j - 1]) {
      i--;
    } else {
      j--;
    }
  }
#undef XK
#undef YK
}

/* Aligns types tx and ty; returns a score > 0 when accepted, else 0.
 * Symmetric: the lower type is always x. */
static uint32_t verify(build *b, uint32_t tx, uint32_t ty) {
  if (tx > ty) {
    uint32_t z = tx;
    tx = ty, ty = z;
  }
  const sinfo *x = tinfo(b, tx), *y = tinfo(b, ty);
  const atok *ax = &b->toks.a[x->t0], *ay = &b->toks.a[y->t0];
  uint32_t n = x->n, m = y->n, *mjy = b->mjx + SL_AL_MAXW; /* partner of y token j */
  /* the shorter side: fewer words, then fewer content words, then lower type */
  bool xs = n != m ? n < m : x->nc != y->nc ? x->nc < y->nc : true;
  for (int pass = 0; pass < 2; pass++) {
    lcs_align(b, ax, n, ay, m, pass == 1);
    side sx = side_stats(ax, b->mx, b->mjx, 0, n), sy = side_stats(ay, b->my, mjy, 0, m);
    bool ok = xs ? cover_ok(&sx, &sy, window_neg_miss(ay, b->my, b->mjx, 0, n),
                            is_prefix(b->mjx, n), is_quoted(x, ax))
                 : cover_ok(&sy, &sx, window_neg_miss(ax, b->mx, mjy, 0, m), is_prefix(mjy, m),
                            is_quoted(y, ay));
    if (ok) ok = xs ? !other_subject(x, ax, b->mjx, ay) : !other_subject(y, ay, mjy, ax);
    if (!ok) ok = quote_ok(b, x, ax, b->mx, b->mjx, ay, b->my) ||
                  quote_ok(b, y, ay, b->my, mjy, ax, b->mx);
    if (!ok) continue;
    uint32_t mx = n > m ? n : m, sc = (uint32_t)(((uint64_t)sx.m << 16) / mx);
    return sc ? sc : 1;
  }
  return 0;
}

typedef struct cand {
  uint32_t t;  /* candidate type */
  uint32_t ov; /* shared distinct content keys */
} cand;

static int by_cand(const void *p, const void *q) {
  const cand *a = p, *b = q;
  if (a->ov != b->ov) return a->ov > b->ov ? -1 : 1;
  return a->t < b->t ? -1 : a->t > b->t;
}

/* x is the shorter of types x and y: fewer words, then fewer content
 * words, then the lower type (the same order verify() uses). */
static bool shorter(const build *b, uint32_t tx, uint32_t ty) {
  uint32_t lx = b->tlen[tx], ly = b->tlen[ty];
  return lx != ly ? lx < ly : tx < ty;
}

/* Keeps the SL_AL_CAND_MAX best candidates (by_cand order) in a heap whose
 * root is the worst kept: the kept set is the same as a full sort's. */
static void cand_keep(cand *h, uint32_t *n, cand c) {
  uint32_t i;
  if (*n < SL_AL_CAND_MAX) {
    i = (*n)++;
    while (i && by_cand(&c, &h[(i - 1) / 2]) > 0) h[i] = h[(i - 1) / 2], i = (i - 1) / 2;
    h[i] = c;
    return;
  }
  if (by_cand(&c, &h[0]) >= 0) return; /* not better than the worst kept */
  i = 0;
  for (;;) {
    uint32_t l = 2 * i + 1, r = l + 1, w = i;
    const cand *wc = &c;
    if (l < *n && by_cand(&h[l], wc) > 0) w = l, wc = &h[l];
    if (r < *n && by_cand(&h[r], wc) > 0) w = r, wc = &h[r];
    if (w == i) break;
    h[i] = h[w], i = w;
  }
  h[i] = c;
}

/* Steps 3 and 4: probe, verify, collect accepted pairs. */
static sl_status find_pairs(build *b) {
  uint32_t nt = b->ntypes, nk = b->nkeys;
  sl_status st = SL_ENOMEM;
  uint32_t *pstart = calloc((size_t)nk + 1, sizeof *pstart);
  /* a posting is tlen[t] << 32 | t: "t is longer than tx" (shorter(tx, t))
     is then one comparison with tx's own, without a look-up per posting */
  uint64_t *post = malloc((b->ckstart[nt] ? b->ckstart[nt] : 1) * sizeof *post);
  uint16_t *kcnt = calloc(nk ? nk : 1, sizeof *kcnt);   /* key -> uses in the probing type */
  uint8_t *hits = calloc(nt ? nt : 1, 1); /* type -> probe keys it holds (<= SL_AL_MAXW + 2) */
  uint32_t *touch = malloc((SL_AL_SCAN_MAX + 1) * sizeof *touch); /* types with hits, scan order */
  uint32_t *hist = malloc((SL_AL_MAXW + 3) * sizeof *hist); /* hits -> types */
  cand *cs = malloc(SL_AL_CAND_MAX * sizeof *cs);
  b->dp = malloc((size_t)(SL_AL_MAXW + 1) * (SL_AL_MAXW + 1) * sizeof *b->dp);
  b->mx = malloc(SL_AL_MAXW);
  b->my = malloc(SL_AL_MAXW);
  b->mjx = malloc(2 * SL_AL_MAXW * sizeof *b->mjx);
  if (!pstart || !post || !kcnt || !hits || !touch || !hist || !cs || !b->dp || !b->mx || !b->my || !b->mjx)
    goto done;
  /* posting lists: eligible types per content key, ascending */
  for (uint32_t t = 0; t < nt; t++)
    for (uint32_t i = b->ckstart[t]; i < b->ckstart[t + 1]; i++) pstart[b->ck[i] + 1]++;
  for (uint32_t k = 0; k < nk; k++) pstart[k + 1] += pstart[k];
  {
    uint32_t *fill = malloc((nk ? nk : 1) * sizeof *fill);
    if (!fill) goto done;
    memcpy(fill, pstart, nk * sizeof *fill);
    for (uint32_t t = 0; t < nt; t++)
      for (uint32_t i = b->ckstart[t]; i < b->ckstart[t + 1]; i++)
        post[fill[b->ck[i]]++] = (uint64_t)b->tlen[t] << 32 | t;
    free(fill);
  }
  for (uint32_t tx = 0; tx < nt; tx++) {
    if (!b->telig[tx]) continue;
    const sinfo *x = tinfo(b, tx);
    uint32_t k0 = b->ckstart[tx], nd = b->ckstart[tx + 1] - k0;
    for (uint32_t i = 0; i < x->n; i++)
      if (b->toks.a[x->t0 + i].fl & AT_CONTENT) kcnt[b->toks.a[x->t0 + i].key]++;
    /* probe keys: the prefix (rarest nd - ceil(0.7 nd) + 1: verify() wants
       80% of the shorter's content words, 0.7 leaves room for repeated
       words), then the two rarest content keys of the longest quotation */
    uint32_t need = (nd * 7 + 9) / 10, pre = nd - need + 1;
    uint32_t probe[SL_AL_MAXW + 2], np = 0;
    for (uint32_t i = 0; i < pre; i++) probe[np++] = b->ck[k0 + i];
    if (x->qe - x->qb >= 6) {
      uint32_t best[2] = {UINT32_MAX, UINT32_MAX};
      for (uint32_t i = x->qb; i < x->qe; i++) {
        const atok *a = &b->toks.a[x->t0 + i];
        if (!(a->fl & AT_CONTENT)) continue;
        for (int r = 0; r < 2; r++) {
          uint32_t k = best[r];
          if (k == a->key) break;
          if (k == UINT32_MAX || b->kdf[a->key] < b->kdf[k] ||
              (b->kdf[a->key] == b->kdf[k] && a->key < k)) {
            if (r == 0) best[1] = best[0];
            best[r] = a->key;
            break;
          }
        }
      }
      for (int r = 0; r < 2; r++)
        if (best[r] != UINT32_MAX) probe[np++] = best[r];
    }
    /* scan: count, per other type, how many probe keys it holds.  Through a
       prefix key only types longer than x are counted (x is then the
       shorter side whose 80% the prefix guarantees; a shorter type finds x
       through its own prefix); through a quotation key, any type. */
    uint32_t scanned = 0, ntouch = 0, hmax = 0;
    uint64_t px = (uint64_t)b->tlen[tx] << 32 | tx;
    for (uint32_t p = 0; p < np && scanned < SL_AL_SCAN_MAX; p++) {
      uint32_t k = probe[p], q0 = pstart[k], len = pstart[k + 1] - q0;
      if (len > SL_AL_SCAN_MAX - scanned) len = SL_AL_SCAN_MAX - scanned;
      scanned += len;
      const uint64_t *pl = post + q0;
      /* a prefix key counts types longer than tx (px < posting), a
         quotation key any type but tx */
      uint64_t lo = p < pre ? px : 0;
      for (uint32_t q = 0; q < len; q++) { /* branch-free: the test is a coin flip */
        uint64_t e = pl[q];
        uint32_t ty = (uint32_t)e, in = (e > lo) & (ty != tx), h = hits[ty] + in;
        hits[ty] = (uint8_t)h;
        touch[ntouch] = ty;
        ntouch += in & (h == 1);
        hmax = h > hmax ? h : hmax;
      }
    }
    /* the SL_AL_CAND_MAX * 2 types with most hits (first touched first on
       a tie) go on to the multiset test: a threshold from a histogram */
    uint32_t take = SL_AL_CAND_MAX * 2, hcut = 0, above = 0;
    if (ntouch > take) {
      memset(hist, 0, (hmax + 1) * sizeof *hist);
      for (uint32_t i = 0; i < ntouch; i++) hist[hits[touch[i]]]++;
      for (hcut = hmax; hcut > 0 && above + hist[hcut] < take; hcut--) above += hist[hcut];
    }
    uint32_t nc = 0, at_cut = 0, nsel = 0;
    for (uint32_t i = 0; i < ntouch; i++) { /* the chosen ones, kept in touch[0 .. nsel) */
      uint32_t ty = touch[i], h = hits[ty];
      hits[ty] = 0;
      if (h < hcut || (h == hcut && ntouch > take && at_cut++ >= take - above)) continue;
      if (b->tart[tx] != UINT32_MAX && b->tart[tx] == b->tart[ty]) continue; /* one article */
      touch[nsel++] = ty;
    }
    for (uint32_t i = 0; i < nsel; i++) {
      /* content words in common as multisets: an upper bound of the
         content words any alignment matches, so a pair that cannot pass
         verify() (80% of the shorter's, or 90% of a quotation's) is
         dropped without aligning.  It is the sum over y's distinct content
         keys of min(uses in x, content uses in y), read from the type's
         key list (fetched a few candidates ahead: a cache miss each) */
      if (i + SL_AL_PREFETCH < nsel) {
        uint32_t j = b->ckstart[touch[i + SL_AL_PREFETCH]];
        __builtin_prefetch(&b->ck[j]);
        __builtin_prefetch(&b->ckn[j]);
      }
      uint32_t ty = touch[i];
      uint32_t ync = b->tlen[ty] & 0xffff, snc = shorter(b, tx, ty) ? x->nc : ync;
      /* pass: o >= 80% of snc, or 90% of a quotation's; and o >= 2 */
      uint32_t oneed = (snc * 4 + 4) / 5;
      if (b->tqc[tx] && (b->tqc[tx] * 9 + 9) / 10 < oneed) oneed = (b->tqc[tx] * 9 + 9) / 10;
      if (b->tqc[ty] && (b->tqc[ty] * 9 + 9) / 10 < oneed) oneed = (b->tqc[ty] * 9 + 9) / 10;
      if (oneed < 2) oneed = 2;
      uint32_t o = 0, rest = ync; /* o + rest bounds the final o */
      for (uint32_t j = b->ckstart[ty]; j < b->ckstart[ty + 1] && o + rest >= oneed; j++) {
        uint32_t u = kcnt[b->ck[j]], v = b->ckn[j];
        o += u < v ? u : v;
        rest -= v;
      }
      if (o < oneed) continue;
      cand_keep(cs, &nc, (cand){ty, o});
    }
    for (uint32_t i = 0; i < x->n; i++) kcnt[b->toks.a[x->t0 + i].key] = 0;
    qsort(cs, nc, sizeof *cs, by_cand);
    for (uint32_t i = 0; i < nc; i++) {
      uint32_t ty = cs[i].t;
      if (pset_has(b, tx, ty)) continue;
      uint32_t sc = verify(b, tx, ty);
      if (!sc) continue;
      pairsc pr = {tx < ty ? tx : ty, tx < ty ? ty : tx, sc};
      if (!sl_vec_push(&b->pairs, pr)) goto done;
      /* keep the set current so the pair is not verified again from ty */
      if (b->pairs.n * 2 + 2 > b->pcap) {
        free(b->pset);
        b->pset = NULL, b->pcap = 0;
        if (!pset_build(b)) goto done;
      } else {
        uint64_t kk = pkey(pr.x, pr.y) + 1;
        size_t j = (size_t)((kk * 0x9E3779B97F4A7C15ull) >> 17) & (b->pcap - 1);
        while (b->pset[j] && b->pset[j] != kk) j = (j + 1) & (b->pcap - 1);
        b->pset[j] = kk;
      }
    }
  }
  st = SL_OK;
done:
  free(pstart);
  free(post);
  free(kcnt);
  free(hits);
  free(touch);
  free(hist);
  free(cs);
  return st;
}

/* ---- 5. grouping ------------------------------------------------------ */

static int by_pair(const void *p, const void *q) {
  const pairsc *a = p, *b = q;
  if (a->score != b->score) return a->score > b->score ? -1 : 1;
  if (a->x != b->x) return a->x < b->x ? -1 : 1;
  return a->y < b->y ? -1 : a->y > b->y;
}

static uint32_t find(uint32_t *par, uint32_t t) {
  while (par[t] != t) t = par[t] = par[par[t]];
  return t;
}

/* Merges groups complete-link style; par[] ends as a union-find forest. */
static sl_status merge_groups(build *b, uint32_t narts, uint32_t *par) {
  uint32_t nt = b->ntypes;
  uint32_t *next = malloc((nt ? nt : 1) * sizeof *next);  /* type -> next type of its group */
  uint32_t *tail = malloc((nt ? nt : 1) * sizeof *tail);  /* root -> last type */
  uint32_t *size = malloc((nt ? nt : 1) * sizeof *size);  /* root -> types */
  uint32_t *amark = calloc(narts ? narts : 1, sizeof *amark); /* article -> attempt */
  if (!next || !tail || !size || !amark) {
    free(next), free(tail), free(size), free(amark);
    return SL_ENOMEM;
  }
  for (uint32_t t = 0; t < nt; t++) par[t] = t, next[t] = UINT32_MAX, tail[t] = t, size[t] = 1;
  if (b->pairs.n > 1) qsort(b->pairs.a, b->pairs.n, sizeof *b->pairs.a, by_pair);
  uint32_t attempt = 0;
  for (size_t p = 0; p < b->pairs.n; p++) {
    uint32_t rx = find(par, b->pairs.a[p].x), ry = find(par, b->pairs.a[p].y);
    if (rx == ry || size[rx] + size[ry] > SL_AL_GROUP_MAX) continue;
    bool ok = true;
    attempt++;
    for (uint32_t t = rx; t != UINT32_MAX; t = next[t])
      for (uint32_t k = b->tstart[t]; k < b->tstart[t + 1]; k++) amark[b->si[b->tmem[k]].art] = attempt;
    for (uint32_t t = ry; ok && t != UINT32_MAX; t = next[t])
      for (uint32_t k = b->tstart[t]; ok && k < b->tstart[t + 1]; k++)
        ok = amark[b->si[b->tmem[k]].art] != attempt;
    for (uint32_t t = rx; ok && t != UINT32_MAX; t = next[t])
      for (uint32_t u = ry; ok && u != UINT32_MAX; u = next[u]) ok = pset_has(b, t, u);
    if (!ok) continue;
    if (ry < rx) { /* the lower type stays root: the choice never depends on order */
      uint32_t z = rx;
      rx = ry, ry = z;
    }
    next[tail[rx]] = ry;
    tail[rx] = tail[ry];
    size[rx] += size[ry];
    par[ry] = rx;
  }
  free(next), free(tail), free(size), free(amark);
  return SL_OK;
}

/* ---- 6. output -------------------------------------------------------- */

typedef struct sg {
  uint32_t s, g;
} sg;

static int by_sg(const void *p, const void *q) {
  const sg *a = p, *b = q;
  return a->s < b->s ? -1 : a->s > b->s;
}

static sl_status emit(build *b, uint32_t *par, sl_align *al) {
  size_t m = b->m;
  uint32_t nt = b->ntypes;
  uint32_t *gid = malloc((nt ? nt : 1) * sizeof *gid);   /* root type -> group */
  uint32_t *sgrp = malloc((m ? m : 1) * sizeof *sgrp);   /* story sentence -> group */
  sg *pairs = malloc((m ? m : 1) * sizeof *pairs);
  al->sents = malloc((m ? m : 1) * sizeof *al->sents);
  al->group = malloc((m ? m : 1) * sizeof *al->group);
  al->members = malloc((m ? m : 1) * sizeof *al->members);
  al->kind = malloc(m ? m : 1);
  al->gstart = calloc(m + 2, sizeof *al->gstart);
  uint32_t *fill = NULL, *rtype = NULL;
  sl_status st = SL_ENOMEM;
  if (!gid || !sgrp || !pairs || !al->sents || !al->group || !al->members || !al->kind ||
      !al->gstart)
    goto done;
  memset(gid, 0xff, nt * sizeof *gid);
  uint32_t ng = 0; /* groups numbered by their first (representative) sentence */
  for (size_t i = 0; i < m; i++) {
    uint32_t r = find(par, b->si[i].type);
    if (gid[r] == UINT32_MAX) gid[r] = ng++;
    sgrp[i] = gid[r];
    al->gstart[sgrp[i] + 1]++;
  }
  for (uint32_t g = 0; g < ng; g++) al->gstart[g + 1] += al->gstart[g];
  fill = malloc((ng ? ng : 1) * sizeof *fill);
  rtype = malloc((ng ? ng : 1) * sizeof *rtype); /* group -> representative's type */
  if (!fill || !rtype) goto done;
  memcpy(fill, al->gstart, ng * sizeof *fill);
  for (size_t i = 0; i < m; i++) { /* story order: each group's first member is its earliest */
    uint32_t g = sgrp[i], w = fill[g]++;
    al->members[w] = b->si[i].s;
    if (w == al->gstart[g]) {
      al->kind[w] = SL_MATCH_SELF;
      rtype[g] = b->si[i].type;
    } else {
      al->kind[w] = b->si[i].type == rtype[g] ? SL_MATCH_EXACT : SL_MATCH_NEAR;
    }
    pairs[i] = (sg){b->si[i].s, g};
  }
  qsort(pairs, m, sizeof *pairs, by_sg);
  for (size_t i = 0; i < m; i++) al->sents[i] = pairs[i].s, al->group[i] = pairs[i].g;
  al->nsents = m;
  al->ngroups = ng;
  st = SL_OK;
done:
  free(gid);
  free(sgrp);
  free(pairs);
  free(fill);
  free(rtype);
  return st;
}

/* ---- entry points ------------------------------------------------------ */

static void build_free(build *b) {
  sl_analyzer_free(b->an);
  sl_strmap_free(&b->local);
  free(b->memo);
  sl_vec_free(&b->toks);
  sl_vec_free(&b->pairs);
  free(b->si);
  free(b->trep);
  free(b->tstart);
  free(b->tmem);
  free(b->telig);
  free(b->tart);
  free(b->ckstart);
  free(b->ck);
  free(b->ckn);
  free(b->kdf);
  free(b->tqc);
  free(b->tlen);
  free(b->pset);
  free(b->dp);
  free(b->mx);
  free(b->my);
  free(b->mjx);
}

sl_status sl_align_build(const sl_corpus *c, const uint32_t *arts, size_t n, sl_align **out) {
  SL_API_CHECK(c && out && (arts || !n));
  *out = NULL;
  sl_align *al = calloc(1, sizeof *al);
  uint32_t *ak = malloc((n ? n : 1) * sizeof *ak);
  uint32_t *par = NULL;
  build b;
  memset(&b, 0, sizeof b);
  b.c = c;
  b.nterms = (uint32_t)sl_corpus_nterms(c);
  b.english = !c->opts.lang || !strcmp(c->opts.lang, "english") || !strcmp(c->opts.lang, "en") ||
              !strcmp(c->opts.lang, "porter");
  sl_strmap_init(&b.local);
  sl_status st = SL_ENOMEM;
  b.memo = calloc(b.nterms ? b.nterms : 1, sizeof *b.memo);
  if (!al || !ak || !b.memo) goto done;
  /* story order (sl_corpus_story_order); an article listed twice counts once */
  if (n) memcpy(ak, arts, n * sizeof *ak);
  if (sl_corpus_story_order(c, ak, n) != SL_OK) goto done;
  size_t na = 0;
  for (size_t i = 0; i < n; i++)
    if (!na || ak[na - 1] != ak[i]) ak[na++] = ak[i];
  size_t m = 0;
  for (size_t i = 0; i < na; i++) m += c->arts.a[ak[i]].nsent;
  b.si = malloc((m ? m : 1) * sizeof *b.si);
  if (!b.si) goto done;
  b.m = m;
  size_t w = 0;
  for (size_t i = 0; i < na; i++) {
    const sl_art *a = &c->arts.a[ak[i]];
    for (uint32_t j = 0; j < a->nsent; j++, w++) {
      memset(&b.si[w], 0, sizeof b.si[w]);
      b.si[w].s = a->sent + j;
      b.si[w].art = (uint32_t)i;
      if ((st = analyse(&b, &b.si[w])) != SL_OK) goto done;
    }
  }
  st = SL_ENOMEM;
  if ((st = make_types(&b)) != SL_OK) goto done;
  if ((st = index_keys(&b)) != SL_OK) goto done;
  if ((st = find_pairs(&b)) != SL_OK) goto done;
  st = SL_ENOMEM;
  if (!b.pset && !pset_build(&b)) goto done;
  par = malloc((b.ntypes ? b.ntypes : 1) * sizeof *par);
  if (!par) goto done;
  if ((st = merge_groups(&b, (uint32_t)na, par)) != SL_OK) goto done;
  st = emit(&b, par, al);
done:
  free(ak);
  free(par);
  build_free(&b);
  if (st != SL_OK) {
    sl_align_free(al);
    return st;
  }
  *out = al;
  return SL_OK;
}

void sl_align_free(sl_align *al) {
  if (!al) return;
  free(al->sents);
  free(al->group);
  free(al->members);
  free(al->kind);
  free(al->gstart);
  free(al);
}

static int by_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return a < b ? -1 : a > b;
}

uint32_t sl_align_group_of(const sl_align *al, uint32_t s) {
  const uint32_t *p = bsearch(&s, al->sents, al->nsents, sizeof s, by_u32);
  return p ? al->group[p - al->sents] : UINT32_MAX;
}
