/*
 * timeline.c — the dated events of one story.
 *
 * Method (DATEWISE, Ghalandari & Ifrim 2020, without its supervised date
 * ranker):
 *  1. Every content sentence is tagged (timex.c); each DATE expression of
 *     day, month or year granularity (fiscal periods excluded) is a mention
 *     of that date by that sentence.  The first sentences of an article
 *     that mention no day are dated by the article's publication
 *     ("published" candidates of its publication day and the day before, as
 *     DATEWISE's PM collector does: news reports yesterday's events).
 *  2. Date importance = sentences mentioning the date + PUB_WEIGHT x
 *     articles published that day (days); a mention in a sentence with none
 *     of the story's keywords (off the story: collections gathered by search
 *     carry unrelated pages) counts OFFTOPIC_WEIGHT; months and years count
 *     their mentions at COARSE_WEIGHT, so a day wins over its month.
 *  3. For each date, best first, the candidates (mentioning and published
 *     sentences) are scored by cosine similarity of their tf-idf vector to
 *     the date's centroid (the mean of the mentioning sentences and the mean
 *     of the published ones, restricted to terms both share, as DATEWISE's
 *     PM-Mean); a sentence must contain one of the story's keywords (its
 *     most widespread content terms), be of readable length (10 to 35
 *     words) and not be a headline; the score is raised for sentences many other candidates
 *     retell (support_bonus); K are picked greedily by maximal marginal
 *     relevance (Carbonell & Goldstein 1998): score - MMR x the highest
 *     cosine to a sentence already picked for the date, skipping ones
 *     redundant with a picked sentence or already shown under another date.
 *  4. The same event told by several outlets: a picked sentence's sources
 *     are its alignment group (src/align/) plus every candidate of that date
 *     whose content terms overlap it (Jaccard >= SAME_EVENT).
 * Ties are broken by story positions (articles in story order, then
 * sentence index; terms by their first use in that order), never by corpus
 * numbers, so the output depends on the story's articles, not on the order
 * they were read in.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "timeline.h"

#define COARSE_WEIGHT 0.5  /* weight of a month/year mention relative to a day's */
#define SAME_EVENT 0.5     /* Jaccard of content terms: same event */
#define REDUNDANT 0.5      /* cosine to a picked sentence: redundant */
#define SUPPORT_JACCARD 0.25 /* overlap that counts as a retelling */
#define SUPPORT_WEIGHT 0.5   /* weight of ln(1 + retellings) */
#define SUPPORT_TOP 300      /* candidates compared for support */
#define N_KEYWORDS 10      /* story keywords */
#define MMR 0.5            /* weight of the redundancy term of the greedy gain */
#define OFFTOPIC_WEIGHT 0.01 /* a mention in a sentence with no story keyword */

/* A sentence's reason to be under a date. */
typedef struct mention {
  uint64_t key;  /* date key: gran << 40 | (first - INT32_MIN) */
  uint32_t sent; /* corpus sentence id */
  uint32_t pos;  /* story position of the sentence (story order walk) */
  sl_span tx;    /* expression span in the article; len 0 = published */
  uint8_t pub;   /* 1 = dated by publication, not by an expression */
} mention;

static uint64_t date_key(int gran, int32_t first) {
  return (uint64_t)gran << 40 | (uint64_t)((int64_t)first - INT32_MIN);
}
static int32_t key_first(uint64_t k) { return (int32_t)((int64_t)(k & ((1ULL << 40) - 1)) + INT32_MIN); }
static int key_gran(uint64_t k) { return (int)(k >> 40); }

static int cmp_mention(const void *x, const void *y) {
  const mention *a = x, *b = y;
  if (a->key != b->key) return a->key < b->key ? -1 : 1;
  if (a->pos != b->pos) return a->pos < b->pos ? -1 : 1;
  return a->pub < b->pub ? -1 : a->pub > b->pub;
}

/* A candidate date. */
typedef struct cand {
  uint64_t key;   /* date key */
  size_t lo, hi;  /* its mentions: ms[lo..hi) */
  double score;   /* importance */
} cand;

static int cmp_cand_score(const void *x, const void *y) {
  const cand *a = x, *b = y;
  if (a->score != b->score) return a->score > b->score ? -1 : 1;
  return a->key < b->key ? -1 : a->key > b->key;
}

/* Sparse tf-idf vector of one sentence. */
typedef struct svec {
  uint32_t *t; /* terms as story ranks (builder.rank), ascending */
  float *w;    /* weights */
  uint32_t n;  /* entries */
  float norm;  /* L2 norm */
} svec;

typedef struct builder {
  const sl_corpus *c;
  const sl_align *al;
  sl_tl_params p;
  SL_VEC(mention) ms;
  uint32_t *apos;   /* corpus article -> story position */
  uint32_t *rank;   /* corpus term -> rank of its first use in story order (content terms) */
  uint32_t *term_of; /* rank -> corpus term */
  uint32_t nrank;   /* ranked terms */
  float *idf;       /* term -> sentence idf over the story */
  uint32_t *kw;     /* keyword term ids */
  size_t nkw;
  uint8_t *iskw;    /* term -> 1 if keyword */
  float *dense;     /* scratch, nterms floats, zero between uses */
  uint32_t *stamp;  /* scratch, nterms */
  uint32_t stampv;
  uint8_t *taken;   /* corpus sentence -> 1 once shown under a date */
  float *topic;     /* rank -> weight in the story's tf-idf vector */
  double topic_norm;
  uint8_t *ndates;  /* corpus sentence -> distinct dates it mentions (saturating) */
  SL_VEC(svec) shown; /* vectors of the sentences shown so far */
} builder;

static bool content_tok(const sl_corpus *c, const sl_token *k) {
  return k->term != UINT32_MAX && (k->kind == SL_TOK_WORD) && !(k->flags & SL_TF_STOP) &&
         !c->term_stop.a[k->term];
}

static int cmp_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return a < b ? -1 : a > b;
}

/* Builds the tf-idf vector of sentence s (malloc'd arrays). */
static bool vec_of(builder *b, uint32_t s, svec *v) {
  const sl_corpus *c = b->c;
  const sl_sent *st = &c->sents.a[s];
  memset(v, 0, sizeof *v);
  if (!st->ntok) return true;
  uint32_t *ts = malloc(st->ntok * sizeof *ts);
  float *ws = malloc(st->ntok * sizeof *ws);
  if (!ts || !ws) {
    free(ts), free(ws);
    return false;
  }
  uint32_t n = 0;
  for (uint32_t i = 0; i < st->ntok; i++) {
    const sl_token *k = &c->toks.a[st->tok + i];
    if (content_tok(c, k) && b->rank[k->term] != UINT32_MAX) ts[n++] = b->rank[k->term];
  }
  /* by story rank, not corpus term id: sums over the terms then run in an
   * order that does not depend on the input order (floating point) */
  qsort(ts, n, sizeof *ts, cmp_u32);
  uint32_t m = 0;
  for (uint32_t i = 0; i < n;) {
    uint32_t j = i;
    while (j < n && ts[j] == ts[i]) j++;
    ts[m] = ts[i];
    ws[m] = (float)(j - i) * b->idf[b->term_of[ts[i]]];
    m++;
    i = j;
  }
  double nn = 0;
  for (uint32_t i = 0; i < m; i++) nn += (double)ws[i] * ws[i];
  v->t = ts, v->w = ws, v->n = m, v->norm = (float)sqrt(nn);
  return true;
}

static void vec_free(svec *v) { free(v->t), free(v->w); }

static double vec_cos(const svec *a, const svec *b) {
  if (!a->norm || !b->norm) return 0;
  double d = 0;
  for (uint32_t i = 0, j = 0; i < a->n && j < b->n;) {
    if (a->t[i] == b->t[j]) d += (double)a->w[i++] * b->w[j++];
    else if (a->t[i] < b->t[j]) i++;
    else j++;
  }
  return d / ((double)a->norm * b->norm);
}

static double vec_jaccard(const svec *a, const svec *b) {
  uint32_t inter = 0;
  for (uint32_t i = 0, j = 0; i < a->n && j < b->n;) {
    if (a->t[i] == b->t[j]) inter++, i++, j++;
    else if (a->t[i] < b->t[j]) i++;
    else j++;
  }
  uint32_t uni = a->n + b->n - inter;
  return uni ? (double)inter / uni : 0;
}

/* Story positions (articles, terms), sentence idf and keywords over the
 * story's articles. */
static sl_status story_stats(builder *b, const uint32_t *arts, size_t n) {
  const sl_corpus *c = b->c;
  size_t nt = sl_corpus_nterms(c);
  uint32_t *sdf = calloc(nt + 1, sizeof *sdf), *adf = calloc(nt + 1, sizeof *adf);
  if (b->p.topic_weight > 0) b->topic = calloc(nt + 1, sizeof *b->topic);
  b->idf = malloc((nt + 1) * sizeof *b->idf);
  b->iskw = calloc(nt + 1, 1);
  b->dense = calloc(nt + 1, sizeof *b->dense);
  b->stamp = calloc(nt + 1, sizeof *b->stamp);
  b->rank = malloc((nt + 1) * sizeof *b->rank);
  b->term_of = malloc((nt + 1) * sizeof *b->term_of);
  b->apos = malloc((c->arts.n + 1) * sizeof *b->apos);
  if (!sdf || !adf || !b->idf || !b->iskw || !b->dense || !b->stamp || !b->rank || !b->term_of ||
      !b->apos || (b->p.topic_weight > 0 && !b->topic)) {
    free(sdf), free(adf);
    return SL_ENOMEM;
  }
  memset(b->rank, 0xff, (nt + 1) * sizeof *b->rank);
  memset(b->apos, 0xff, (c->arts.n + 1) * sizeof *b->apos);
  for (size_t i = n; i-- > 0;) b->apos[arts[i]] = (uint32_t)i; /* an article listed twice: first */
  size_t nsent = 0;
  for (size_t i = 0; i < n; i++) {
    const sl_art *a = &c->arts.a[arts[i]];
    b->stampv++;
    uint32_t art_stamp = b->stampv;
    for (uint32_t k = 0; k < a->nsent; k++) {
      const sl_sent *s = &c->sents.a[a->sent + k];
      nsent++;
      b->stampv++;
      for (uint32_t t = 0; t < s->ntok; t++) {
        const sl_token *tk = &c->toks.a[s->tok + t];
        if (!content_tok(c, tk)) continue;
        uint32_t id = tk->term;
        if (b->rank[id] == UINT32_MAX) b->term_of[b->nrank] = id, b->rank[id] = b->nrank++;
        if (b->topic) b->topic[b->rank[id]] += 1; /* collection term frequency, times idf below */
        if (b->stamp[id] != b->stampv) {
          if (b->stamp[id] < art_stamp) adf[id]++;
          b->stamp[id] = b->stampv;
          sdf[id]++;
        }
      }
    }
  }
  for (size_t t = 0; t < nt; t++)
    b->idf[t] = sdf[t] ? (float)(log((1.0 + (double)nsent) / (1.0 + sdf[t])) + 1.0) : 0;
  double tn = 0;
  for (uint32_t r = 0; b->topic && r < b->nrank; r++) {
    b->topic[r] *= b->idf[b->term_of[r]];
    tn += (double)b->topic[r] * b->topic[r];
  }
  b->topic_norm = sqrt(tn);
  /* keywords: the content words most articles use (3+ letters, not numbers) */
  b->kw = malloc(N_KEYWORDS * sizeof *b->kw);
  if (!b->kw) {
    free(sdf), free(adf);
    return SL_ENOMEM;
  }
  for (uint32_t r = 0; r < b->nrank; r++) { /* terms in story order */
    uint32_t t = b->term_of[r];
    size_t len;
    const char *s = sl_corpus_term(c, t, &len);
    if (len < 3 || !adf[t] || (s[0] >= '0' && s[0] <= '9')) continue;
    if (n >= 5 && adf[t] * 5 < n) continue; /* in at least a fifth of the articles */
    /* insert into the top list, (df desc, first use in the story asc) */
    size_t pos = b->nkw;
    while (pos > 0 && adf[b->kw[pos - 1]] < adf[t]) pos--;
    if (pos >= N_KEYWORDS) continue;
    size_t last = b->nkw < N_KEYWORDS ? b->nkw : N_KEYWORDS - 1;
    memmove(b->kw + pos + 1, b->kw + pos, (last - pos) * sizeof *b->kw);
    b->kw[pos] = t;
    if (b->nkw < N_KEYWORDS) b->nkw++;
  }
  for (size_t i = 0; i < b->nkw; i++) b->iskw[b->kw[i]] = 1;
  memset(b->stamp, 0, (nt + 1) * sizeof *b->stamp);
  b->stampv = 0;
  free(sdf), free(adf);
  return SL_OK;
}

/* A clock time right after a date ("September 19, 2008 2:59 PM",
 * "January 31, 2011 at 2:28 pm"): a page's or a comment's timestamp, not
 * the date of an event. */
static bool clock_after(const char *t, size_t len, size_t i) {
  while (i < len && (t[i] == ' ' || t[i] == ',')) i++;
  if (i + 2 < len && t[i] == 'a' && t[i + 1] == 't' && t[i + 2] == ' ') i += 3;
  while (i < len && t[i] == ' ') i++;
  size_t d = 0;
  while (i < len && t[i] >= '0' && t[i] <= '9' && d < 3) i++, d++;
  if (d < 1 || d > 2 || i + 2 >= len || t[i] != ':') return false;
  return t[i + 1] >= '0' && t[i + 1] <= '5' && t[i + 2] >= '0' && t[i + 2] <= '9';
}

/* Step 1: mentions. */
/* Distinct dates one sentence may contribute (real sentences: a handful). */
#define SL_TL_MAX_SENT_DATES 32

static sl_status collect(builder *b, const uint32_t *arts, size_t n) {
  const sl_corpus *c = b->c;
  SL_VEC(sl_timex) xs = {0};
  if (!sl_vec_reserve(&xs, 16)) return SL_ENOMEM;
  uint32_t base = 0; /* story position of the article's first sentence */
  for (size_t i = 0; i < n; i++) {
    const sl_art *a = &c->arts.a[arts[i]];
    uint32_t pos0 = base;
    base += a->nsent;
    if (b->p.pub_lo != SL_NO_DATE && (a->date == SL_NO_DATE || a->date < b->p.pub_lo)) continue;
    if (b->p.pub_hi != SL_NO_DATE && (a->date == SL_NO_DATE || a->date > b->p.pub_hi)) continue;
    int32_t ref = SL_NO_DATE;
    /* month words used as names anywhere in the article ("April Dunne"),
       so a later bare "April" is hers too */
    sl_timex_names names;
    if (!sl_timex_names_scan(a->text, a->len, &names)) {
      sl_vec_free(&xs);
      return SL_ENOMEM;
    }
    for (uint32_t k = 0; k < a->nsent; k++) {
      uint32_t sid = a->sent + k;
      const sl_sent *s = &c->sents.a[sid];
      const char *txt = a->text + s->span.off;
      size_t nx = sl_timex_tag_names(txt, s->span.len, a->date, &ref, &names, xs.a, xs.cap);
      if (nx > xs.cap) {
        if (!sl_vec_reserve(&xs, nx)) {
          sl_vec_free(&xs);
          return SL_ENOMEM;
        }
        int32_t r2 = SL_NO_DATE; /* re-tag: same result, now all kept */
        nx = sl_timex_tag_names(txt, s->span.len, a->date, &r2, &names, xs.a, xs.cap);
        ref = r2 != SL_NO_DATE ? r2 : ref;
      }
      bool has_day = false, has_date = false;
      if (b->p.skip_stamped) {
        bool stamped = false;
        for (size_t x = 0; x < nx && !stamped; x++)
          stamped = xs.a[x].type == SL_TIMEX_DATE && xs.a[x].gran == SL_GRAN_DAY &&
                    clock_after(txt, s->span.len, xs.a[x].off + xs.a[x].len);
        if (stamped) continue; /* page furniture: neither a mention nor a lead */
      }
      for (size_t x = 0; x < nx; x++) {
        const sl_timex *t = &xs.a[x];
        if (t->type != SL_TIMEX_DATE || t->fiscal || t->first == SL_NO_DATE) continue;
        if (t->gran != SL_GRAN_DAY && t->gran != SL_GRAN_MONTH && t->gran != SL_GRAN_YEAR) continue;
        if (t->gran == SL_GRAN_DAY) has_day = true;
        has_date = true;
        if (b->p.days_only && t->gran != SL_GRAN_DAY) continue;
        /* Bad input (a "sentence" of thousands of dates) must stay linear:
         * each mention costs the whole sentence later on. */
        if (b->ndates[sid] >= SL_TL_MAX_SENT_DATES) continue;
        mention m = {date_key(t->gran, t->first), sid, pos0 + k, {s->span.off + t->off, t->len}, 0};
        /* one mention per (sentence, date) */
        bool dup = false;
        for (size_t q = b->ms.n; q-- > 0 && b->ms.a[q].sent == sid;)
          if (b->ms.a[q].key == m.key) dup = true;
        if (!dup && !sl_vec_push(&b->ms, m)) {
          sl_vec_free(&xs);
          return SL_ENOMEM;
        }
        if (!dup && b->ndates[sid] < 255) b->ndates[sid]++;
      }
      if (!(b->p.days_only ? has_day : has_date) && k < b->p.pub_clip && a->date != SL_NO_DATE) {
        for (unsigned back = 0; back <= b->p.pub_back; back++) {
          mention m = {date_key(SL_GRAN_DAY, a->date - back), sid, pos0 + k, {0, 0},
                       (uint8_t)(1 + back)};
          if (!sl_vec_push(&b->ms, m)) {
            sl_vec_free(&xs);
            return SL_ENOMEM;
          }
        }
      }
    }
  }
  sl_vec_free(&xs);
  if (b->ms.n > 1) qsort(b->ms.a, b->ms.n, sizeof *b->ms.a, cmp_mention);
  return SL_OK;
}

/* Story position of corpus sentence s: its article's, then its index. */
static uint64_t story_pos(const builder *b, uint32_t s) {
  const sl_sent *st = &b->c->sents.a[s];
  return (uint64_t)b->apos[st->article] << 32 | st->index;
}

static bool words_ok(const builder *b, uint32_t s) {
  uint32_t w = b->c->sents.a[s].nwords;
  return w >= b->p.min_words && w <= b->p.max_words;
}

/* A headline rather than a sentence: no closing punctuation and most of
 * its words capitalised ("Mayor Defends Her Budget After Council Vote"). */
static bool headline(const builder *b, uint32_t s) {
  const sl_corpus *c = b->c;
  const sl_sent *st = &c->sents.a[s];
  const char *txt = sl_sent_text(c, st);
  size_t n = st->span.len;
  while (n > 0 && (txt[n - 1] == ' ' || txt[n - 1] == '\n' || txt[n - 1] == '"' ||
                   (unsigned char)txt[n - 1] >= 0x80))
    n--;
  if (n > 0 && (txt[n - 1] == '.' || txt[n - 1] == '!' || txt[n - 1] == '?' || txt[n - 1] == ':'))
    return false;
  unsigned words = 0, caps = 0;
  for (uint32_t i = 0; i < st->ntok; i++) {
    const sl_token *tk = &c->toks.a[st->tok + i];
    if (tk->kind != SL_TOK_WORD) continue;
    words++;
    char ch = c->arts.a[st->article].text[tk->span.off];
    if (ch >= 'A' && ch <= 'Z') caps++;
  }
  return words >= 4 && caps * 10 >= words * 6;
}

/* A sentence that starts inside a quotation ("Our members … profits,"
 * union secretary Tomas Reyes told …, the second half of a quotation split
 * at a sentence end): a fragment that reads wrongly alone. */
static bool quote_fragment(const builder *b, uint32_t s) {
  const sl_sent *st = &b->c->sents.a[s];
  return sl_text_opens_inside_quote(sl_sent_text(b->c, st), st->span.len);
}

static bool has_keyword(const builder *b, uint32_t s) {
  const sl_corpus *c = b->c;
  const sl_sent *st = &c->sents.a[s];
  if (!b->nkw) return true;
  for (uint32_t i = 0; i < st->ntok; i++) {
    uint32_t t = c->toks.a[st->tok + i].term;
    if (t != UINT32_MAX && b->iskw[t]) return true;
  }
  return false;
}

static int cmp_desc_d(const void *x, const void *y) {
  double a = *(const double *)x, b = *(const double *)y;
  return a > b ? -1 : a < b;
}

/* Same-event support: a candidate retold by many others (content terms
 * overlapping by Jaccard >= SUPPORT_JACCARD) is what the outlets agree
 * happened that day; its score is multiplied by 1 + SUPPORT_WEIGHT x
 * ln(1 + retellings).  Only the SUPPORT_TOP best candidates are compared
 * (with each other), which bounds the cost on dates with thousands of
 * candidates. */
static sl_status support_bonus(const builder *b, const svec *v, const uint8_t *used, double *sim,
                               size_t nc) {
  double *tmp = malloc((nc ? nc : 1) * sizeof *tmp);
  if (!tmp) return SL_ENOMEM;
  size_t m = 0;
  for (size_t i = 0; i < nc; i++)
    if (used[i] != 2) tmp[m++] = sim[i];
  if (!m) {
    free(tmp);
    return SL_OK;
  }
  qsort(tmp, m, sizeof *tmp, cmp_desc_d);
  double thr = tmp[SL_MIN(m, SUPPORT_TOP) - 1];
  free(tmp);
  size_t *top = malloc(SL_MIN(m, 4 * SUPPORT_TOP) * sizeof *top);
  double *bonus = malloc(SL_MIN(m, 4 * SUPPORT_TOP) * sizeof *bonus);
  if (!top || !bonus) {
    free(top), free(bonus);
    return SL_ENOMEM;
  }
  size_t nt = 0; /* ties at the threshold may add a few; capped */
  for (size_t i = 0; i < nc && nt < 4 * SUPPORT_TOP; i++)
    if (used[i] != 2 && sim[i] >= thr && sim[i] > 0) top[nt++] = i;
  for (size_t a = 0; a < nt; a++) {
    size_t sup = 0;
    for (size_t q = 0; q < nt; q++)
      if (q != a && vec_jaccard(&v[top[a]], &v[top[q]]) >= b->p.support_jaccard) sup++;
    bonus[a] = 1 + b->p.support_weight * log1p((double)sup);
  }
  for (size_t a = 0; a < nt; a++) sim[top[a]] *= bonus[a];
  free(top), free(bonus);
  return SL_OK;
}

/* Steps 3 and 4 for one date: picks up to k sentences into e. */
static sl_status pick(builder *b, sl_timeline *tl, const cand *cd, sl_tl_entry *e, size_t k) {
  const sl_corpus *c = b->c;
  size_t nc = cd->hi - cd->lo;
  const mention *ms = b->ms.a + cd->lo;
  svec *v = calloc(nc, sizeof *v);
  double *sim = calloc(nc, sizeof *sim);
  uint8_t *used = calloc(nc, 1);
  size_t *chosen = malloc((k ? k : 1) * sizeof *chosen);
  uint8_t *fil = NULL; /* first-pass filters: 0 = not yet, 1 = pass, 2 = fail */
  sl_status st = SL_OK;
  if (!v || !sim || !used || !chosen) {
    st = SL_ENOMEM;
    goto done;
  }
  /* distinct sentences only: a sentence both published and mentioning has
     been kept once (mentions sorted by sentence within a key) */
  size_t nment = 0, npub = 0;
  for (size_t i = 0; i < nc; i++) {
    if (i && ms[i].sent == ms[i - 1].sent) {
      used[i] = 2; /* duplicate */
      continue;
    }
    if (!vec_of(b, ms[i].sent, &v[i])) {
      st = SL_ENOMEM;
      goto done;
    }
    if (ms[i].pub) npub++;
    else nment++;
  }
  /* centroid: mean of mentioning + mean of published, on shared terms */
  float *dn = b->dense;
  float *dp = NULL;
  size_t nt = sl_corpus_nterms(c);
  dp = calloc(nt + 1, sizeof *dp);
  if (!dp) {
    st = SL_ENOMEM;
    goto done;
  }
  for (size_t i = 0; i < nc; i++) {
    if (used[i] == 2) continue;
    float *d = ms[i].pub ? dp : dn;
    float wgt = 1.0f / (float)(ms[i].pub ? npub : nment);
    for (uint32_t j = 0; j < v[i].n; j++) d[v[i].t[j]] += wgt * v[i].w[j];
  }
  svec cen = {0};
  {
    SL_VEC(uint32_t) terms = {0};
    for (size_t i = 0; i < nc; i++)
      for (uint32_t j = 0; used[i] != 2 && j < v[i].n; j++) {
        uint32_t t = v[i].t[j];
        if (b->stamp[t] == 1) continue;
        b->stamp[t] = 1;
        if (!sl_vec_push(&terms, t)) st = SL_ENOMEM;
      }
    if (st == SL_OK && terms.n) {
      qsort(terms.a, terms.n, sizeof *terms.a, cmp_u32);
      cen.t = malloc(terms.n * sizeof *cen.t);
      cen.w = malloc(terms.n * sizeof *cen.w);
      if (!cen.t || !cen.w) st = SL_ENOMEM;
      double nn = 0;
      for (size_t q = 0; st == SL_OK && q < terms.n; q++) {
        uint32_t t = terms.a[q];
        float w;
        if (nment && npub) w = (dn[t] > 0 && dp[t] > 0) ? dn[t] + dp[t] : 0;
        else w = dn[t] + dp[t];
        if (w <= 0) continue;
        cen.t[cen.n] = t;
        cen.w[cen.n++] = w;
        nn += (double)w * w;
      }
      cen.norm = (float)sqrt(nn);
    }
    for (size_t q = 0; q < terms.n; q++) {
      uint32_t t = terms.a[q];
      b->stamp[t] = 0;
      dn[t] = 0;
      dp[t] = 0;
    }
    sl_vec_free(&terms);
  }
  free(dp);
  if (st != SL_OK) {
    vec_free(&cen);
    goto done;
  }
  if (!cen.norm && nment && npub) { /* nothing shared: plain mean of all */
    vec_free(&cen);
    memset(&cen, 0, sizeof cen);
  }
  for (size_t i = 0; i < nc; i++) {
    if (used[i] == 2) continue;
    sim[i] = cen.norm ? vec_cos(&v[i], &cen) : (double)v[i].norm;
    if (b->topic && cen.norm) {
      double d = 0;
      for (uint32_t j = 0; j < v[i].n; j++) d += (double)v[i].w[j] * b->topic[v[i].t[j]];
      double tc = v[i].norm && b->topic_norm ? d / ((double)v[i].norm * b->topic_norm) : 0;
      sim[i] = (1 - b->p.topic_weight) * sim[i] + b->p.topic_weight * tc;
    }
    if (ms[i].pub && b->p.pub_factor > 0) sim[i] *= b->p.pub_factor;
    if (b->p.len_prior != 0 && c->sents.a[ms[i].sent].nwords)
      sim[i] *= pow(c->sents.a[ms[i].sent].nwords / 25.0, b->p.len_prior);
    if (b->p.multi_penalty > 0 && !ms[i].pub) {
      unsigned o = b->ndates[ms[i].sent];
      if (o > 1) sim[i] /= 1 + b->p.multi_penalty * (o - 1);
    }
  }
  vec_free(&cen);
  st = support_bonus(b, v, used, sim, nc);
  if (st != SL_OK) goto done;
  /* greedy choice; a first pass with the keyword and length filters, a
     second without them when nothing passed */
  size_t nch = 0;
  fil = calloc(nc ? nc : 1, 1);
  if (!fil) {
    st = SL_ENOMEM;
    goto done;
  }
  for (int pass = 0; pass < 2 && nch == 0; pass++) {
    while (nch < k) {
      size_t best = SIZE_MAX;
      double gbest = 0;
      for (size_t i = 0; i < nc; i++) {
        if (used[i]) continue;
        uint32_t s = ms[i].sent;
        if (b->taken[s]) continue;
        if (pass == 0) { /* filters, evaluated once per candidate */
          if (!fil[i]) fil[i] = words_ok(b, s) && has_keyword(b, s) && !headline(b, s) &&
                                !quote_fragment(b, s)
                            ? 1
                            : 2;
          if (fil[i] == 2) continue;
        }
        if (!pass && sim[i] <= 0) continue;
        bool red = false;
        double mx = 0;
        uint32_t g = b->al ? sl_align_group_of(b->al, s) : UINT32_MAX;
        for (size_t q = 0; q < nch && !red; q++) {
          uint32_t s2 = ms[chosen[q]].sent;
          double cq = vec_cos(&v[i], &v[chosen[q]]);
          if (cq > mx) mx = cq;
          if (g != UINT32_MAX && g == sl_align_group_of(b->al, s2)) red = true;
          else if (cq > REDUNDANT) red = true;
        }
        for (size_t q = 0; b->p.cross_redundant > 0 && q < b->shown.n && !red; q++)
          if (vec_cos(&v[i], &b->shown.a[q]) > b->p.cross_redundant) red = true;
        if (red) continue;
        double gi = sim[i] - b->p.mmr * mx; /* maximal marginal relevance */
        if (best == SIZE_MAX || gi > gbest || (gi == gbest && ms[i].pub < ms[best].pub) ||
            (gi == gbest && ms[i].pub == ms[best].pub && ms[i].pos < ms[best].pos))
          best = i, gbest = gi;
      }
      if (best == SIZE_MAX) break;
      used[best] = 1;
      b->taken[ms[best].sent] = 1;
      chosen[nch++] = best;
      if (b->p.cross_redundant > 0) {
        svec cp = {0};
        if (!vec_of(b, ms[best].sent, &cp) || !sl_vec_push(&b->shown, cp)) {
          vec_free(&cp);
          st = SL_ENOMEM;
          goto done;
        }
      }
    }
  }
  e->sents = sl_arena_alloc(&tl->arena, (nch ? nch : 1) * sizeof *e->sents);
  if (!e->sents) {
    st = SL_ENOMEM;
    goto done;
  }
  e->nsents = nch;
  for (size_t q = 0; q < nch; q++) {
    size_t i = chosen[q];
    sl_tl_sent *ts = &e->sents[q];
    ts->sent = ms[i].sent;
    ts->tx = ms[i].tx;
    ts->score = sim[i];
    /* sources: own sentence, its alignment group, same-event candidates */
    SL_VEC(uint32_t) src = {0};
    bool ok = sl_vec_push(&src, ms[i].sent);
    uint32_t g = b->al ? sl_align_group_of(b->al, ms[i].sent) : UINT32_MAX;
    if (g != UINT32_MAX)
      for (uint32_t m = b->al->gstart[g]; ok && m < b->al->gstart[g + 1]; m++)
        if (b->al->members[m] != ms[i].sent) ok = sl_vec_push(&src, b->al->members[m]);
    for (size_t j = 0; ok && j < nc; j++) {
      if (j == i || used[j] == 2 || ms[j].sent == ms[i].sent) continue;
      if (vec_jaccard(&v[i], &v[j]) < SAME_EVENT) continue;
      bool dup = false;
      for (size_t x = 0; x < src.n && !dup; x++) dup = src.a[x] == ms[j].sent;
      if (!dup) ok = sl_vec_push(&src, ms[j].sent);
    }
    if (!ok) {
      sl_vec_free(&src);
      st = SL_ENOMEM;
      goto done;
    }
    /* keep one sentence per article, own first, then in story order */
    for (size_t x = 2; x < src.n; x++) /* insertion sort: a handful */
      for (size_t y = x; y > 1 && story_pos(b, src.a[y]) < story_pos(b, src.a[y - 1]); y--) {
        uint32_t t = src.a[y];
        src.a[y] = src.a[y - 1], src.a[y - 1] = t;
      }
    size_t w = 1;
    for (size_t x = 1; x < src.n; x++) {
      bool dup = false;
      for (size_t y = 0; y < w && !dup; y++)
        dup = c->sents.a[src.a[y]].article == c->sents.a[src.a[x]].article;
      if (!dup) src.a[w++] = src.a[x];
    }
    ts->src = sl_arena_alloc(&tl->arena, w * sizeof *ts->src);
    if (!ts->src) {
      sl_vec_free(&src);
      st = SL_ENOMEM;
      goto done;
    }
    memcpy(ts->src, src.a, w * sizeof *ts->src);
    ts->nsrc = (uint32_t)w;
    sl_vec_free(&src);
  }
done:
  if (v)
    for (size_t i = 0; i < nc; i++) vec_free(&v[i]);
  free(v), free(sim), free(used), free(chosen), free(fil);
  return st;
}

static int cmp_entry(const void *x, const void *y) {
  const sl_tl_entry *a = x, *b = y;
  if (a->first != b->first) return a->first < b->first ? -1 : 1;
  return a->gran > b->gran ? -1 : a->gran < b->gran; /* year before its first day */
}

void sl_tl_params_init(sl_tl_params *p) {
  memset(p, 0, sizeof *p);
  p->per_date = 1;
  p->pub_clip = 3;
  p->pub_back = 0;
  p->min_words = 10;
  p->max_words = 35;
  p->pub_weight = 0.5;
  p->pub_factor = 1;
  p->mmr = MMR;
  p->skip_stamped = 1;
  p->offtopic_weight = OFFTOPIC_WEIGHT;
  p->support_weight = SUPPORT_WEIGHT;
  p->support_jaccard = SUPPORT_JACCARD;
  p->date_lo = p->date_hi = p->pub_lo = p->pub_hi = SL_NO_DATE;
}

sl_status sl_timeline_build_ex(const sl_corpus *c, const uint32_t *arts, size_t n,
                               const sl_align *al, const sl_tl_params *p, sl_timeline **out) {
  *out = NULL;
  sl_timeline *tl = calloc(1, sizeof *tl);
  if (!tl) return SL_ENOMEM;
  sl_arena_init(&tl->arena);
  builder b;
  memset(&b, 0, sizeof b);
  b.c = c;
  b.al = al;
  b.p = *p;
  if (!b.p.per_date) b.p.per_date = 1;
  b.taken = calloc(c->sents.n + 1, 1);
  b.ndates = calloc(c->sents.n + 1, 1);
  sl_status st = b.taken && b.ndates ? story_stats(&b, arts, n) : SL_ENOMEM;
  if (st == SL_OK) st = collect(&b, arts, n);
  cand *cs = NULL;
  size_t ncs = 0;
  if (st == SL_OK) {
    cs = malloc((b.ms.n ? b.ms.n : 1) * sizeof *cs);
    if (!cs) st = SL_ENOMEM;
  }
  /* step 2: candidate dates and their importance */
  for (size_t i = 0; st == SL_OK && i < b.ms.n;) {
    size_t j = i;
    double sc = 0;
    uint32_t last_art = UINT32_MAX;
    while (j < b.ms.n && b.ms.a[j].key == b.ms.a[i].key) {
      const mention *m = &b.ms.a[j];
      if (!m->pub) sc += has_keyword(&b, m->sent) ? 1 : b.p.offtopic_weight;
      else if (m->pub == 1 && c->sents.a[m->sent].article != last_art) sc += b.p.pub_weight;
      if (m->pub == 1) last_art = c->sents.a[m->sent].article;
      j++;
    }
    uint64_t key = b.ms.a[i].key;
    int32_t first = key_first(key);
    if (key_gran(key) != SL_GRAN_DAY) sc *= COARSE_WEIGHT;
    bool in = (b.p.date_lo == SL_NO_DATE || first >= b.p.date_lo) &&
              (b.p.date_hi == SL_NO_DATE || first <= b.p.date_hi);
    if (in && b.p.nonly) {
      bool hit = false;
      for (size_t q = 0; q < b.p.nonly && !hit; q++) hit = b.p.only[q] == first;
      in = hit && key_gran(key) == SL_GRAN_DAY;
    }
    if (in && sc > 0) cs[ncs++] = (cand){key, i, j, sc};
    i = j;
  }
  if (st == SL_OK) {
    qsort(cs, ncs, sizeof *cs, cmp_cand_score);
    size_t want = b.p.dates ? b.p.dates : ncs;
    tl->e = sl_arena_alloc(&tl->arena, (want ? want : 1) * sizeof *tl->e);
    if (!tl->e) st = SL_ENOMEM;
    for (size_t i = 0; st == SL_OK && i < ncs && tl->n < want; i++) {
      sl_tl_entry *e = &tl->e[tl->n];
      memset(e, 0, sizeof *e);
      /* a month or year already covered by a chosen day adds little */
      e->first = key_first(cs[i].key);
      e->gran = (uint8_t)key_gran(cs[i].key);
      e->score = cs[i].score;
      st = pick(&b, tl, &cs[i], e, b.p.per_date);
      if (st != SL_OK || !e->nsents) continue;
      int y;
      unsigned m, d;
      sl_civil_from_days(e->first, &y, &m, &d);
      if (e->gran == SL_GRAN_DAY) snprintf(e->label, sizeof e->label, "%04d-%02u-%02u", y, m, d);
      else if (e->gran == SL_GRAN_MONTH) snprintf(e->label, sizeof e->label, "%04d-%02u", y, m);
      else snprintf(e->label, sizeof e->label, "%04d", y);
      tl->n++;
    }
    qsort(tl->e, tl->n, sizeof *tl->e, cmp_entry);
  }
  free(cs);
  sl_vec_free(&b.ms);
  free(b.idf), free(b.kw), free(b.iskw), free(b.dense), free(b.stamp), free(b.taken);
  free(b.apos), free(b.rank), free(b.term_of);
  free(b.topic), free(b.ndates);
  for (size_t i = 0; i < b.shown.n; i++) vec_free(&b.shown.a[i]);
  sl_vec_free(&b.shown);
  if (st != SL_OK) {
    sl_timeline_free(tl);
    return st;
  }
  *out = tl;
  return SL_OK;
}

sl_status sl_timeline_build(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                            const sl_digest_opts *o, sl_timeline **out) {
  sl_tl_params p;
  sl_tl_params_init(&p);
  if (o) {
    p.dates = o->tl_dates;
    p.per_date = o->tl_per_date ? o->tl_per_date : 1;
  }
  return sl_timeline_build_ex(c, arts, n, al, &p, out);
}

void sl_timeline_free(sl_timeline *t) {
  if (!t) return;
  sl_arena_free(&t->arena);
  free(t);
}
