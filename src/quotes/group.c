/*
 * group.c — the same quotation across outlets.
 *
 * Each mention is cut into passages at its inner sentence ends (the text
 * module's sentences: no cut after "Mr.").  Two
 * passages of different mentions carry the same quotation when, over their
 * words (corpus terms: case, quotes and dashes folded, stemmed; editors'
 * [bracketed] insertions ignored), the longest common subsequence covers
 * the shorter one but for one word (a tenth for long passages) and the
 * matched words sit in a tight window of the longer one (truncation and
 * containment allowed, scattered matches not); one- and two-word passages
 * match on the same surface words in a row instead.  Passages of two
 * different known speakers never match.  Candidate pairs come from
 * an inverted index on content terms, so only passages sharing enough
 * content words are compared.  Matching passages are joined (union-find).
 *
 * In each quotation the distinct wordings are counted (surface words and
 * inner punctuation, case and quote glyphs folded, the final mark
 * ignored); the wording carried by most articles (then the longest, then
 * the earliest; one of one or two words only when all are) is the main one
 * and every other wording is a variant with its word-level edits from an
 * LCS over tokens: words added, dropped, changed, truncated, punctuation,
 * bracketed insertions, moved.
 *
 * Invariant: output order depends only on the story's article order and
 * offsets (no hash order).
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "quotes.h"

/* ---- folded token identity --------------------------------------------- */

static uint64_t fold_hash(const char *s, size_t n) {
  /* most tokens fold to themselves (no capital, no curly mark): hashed in
   * place, not copied (speed round, thirty-first pass) */
  size_t j = 0;
  while (j < n && (unsigned char)(s[j] - 'A') >= 26u && (unsigned char)s[j] != 0xE2) j++;
  if (j == n && n <= 256) return sl_hash(s, n, 0x51u);
  char buf[256];
  size_t k = 0;
  for (size_t i = 0; i < n && k < sizeof buf; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
      unsigned char c3 = (unsigned char)s[i + 2];
      if (c3 == 0x98 || c3 == 0x99) buf[k++] = '\'', i += 2;
      else if (c3 == 0x9C || c3 == 0x9D) buf[k++] = '"', i += 2;
      else if (c3 >= 0x90 && c3 <= 0x95) buf[k++] = '-', i += 2;
      else buf[k++] = (char)ch;
      continue;
    }
    buf[k++] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  }
  return sl_hash(buf, k, 0x51u);
}

static uint64_t tok_hash(const sl_corpus *c, const char *text, uint32_t t) {
  return fold_hash(text + c->toks.a[t].span.off, c->toks.a[t].span.len);
}

static bool is_word_tok(const sl_token *tk) {
  return tk->kind == SL_TOK_WORD || tk->kind == SL_TOK_NUM;
}

static bool punct_is(const sl_corpus *c, const char *text, uint32_t t, const char *p) {
  const sl_token *tk = &c->toks.a[t];
  size_t m = strlen(p);
  return tk->kind == SL_TOK_PUNCT && tk->span.len == m && !memcmp(text + tk->span.off, p, m);
}

static bool sentence_end(const sl_corpus *c, const char *text, uint32_t t) {
  const sl_token *tk = &c->toks.a[t];
  if (tk->kind != SL_TOK_PUNCT) return false;
  const char *s = text + tk->span.off;
  if (tk->span.len == 1) return s[0] == '.' || s[0] == '!' || s[0] == '?';
  return tk->span.len == 3 && (!memcmp(s, "\xE2\x80\xA6", 3) || !memcmp(s, "...", 3));
}

/* ---- passages ---------------------------------------------------------- */

/* The corpus's sentence that holds token t (of article a) ends by token nx:
 * the text module's segmenter knows abbreviations ("Mr.", "Gen."), which
 * end no sentence, so a quotation is not cut after them. */
static bool corpus_sentence_ends(const sl_corpus *c, uint32_t a, uint32_t t, uint32_t nx) {
  const sl_art *art = &c->arts.a[a];
  size_t lo = art->sent, hi = art->sent + art->nsent; /* last sentence with tok <= t */
  if (lo >= hi || c->sents.a[lo].tok > t) return true; /* (not in a sentence: as before) */
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (c->sents.a[mid].tok <= t) lo = mid;
    else hi = mid;
  }
  const sl_sent *s = &c->sents.a[lo];
  return s->tok + s->ntok <= nx;
}

static bool add_passage(sl_quotes *q, const sl_corpus *c, uint32_t mi, uint32_t a, uint32_t b) {
  const sl_art *art = &c->arts.a[q->mentions.a[mi].article];
  while (a < b && c->toks.a[a].kind == SL_TOK_QUOTE) a++;
  while (b > a && c->toks.a[b - 1].kind == SL_TOK_QUOTE) b--;
  if (a >= b) return true;
  sl_qpassage p = {0};
  p.mention = mi, p.tok0 = a, p.tok1 = b;
  p.span.off = c->toks.a[a].span.off;
  p.span.len = c->toks.a[b - 1].span.off + c->toks.a[b - 1].span.len - p.span.off;
  p.w0 = (uint32_t)q->words.n;
  /* room for a word per token, tested once (make_passages reserved it):
   * the words are then stored through a local count */
  if (q->words.n + (b - a) > q->words.cap && !sl_vec_reserve(&q->words, q->words.n + (b - a)))
    return false;
  sl_qword *wv = q->words.a;
  size_t wn = q->words.n;
  int depth = 0;
  for (uint32_t t = a; t < b; t++) {
    const sl_token *tk = &c->toks.a[t];
    if (!is_word_tok(tk)) {
      if (tk->kind != SL_TOK_PUNCT || tk->span.len != 1) continue;
      char ch = art->text[tk->span.off];
      if (ch == '[') depth++;
      else if (ch == ']' && depth > 0) depth--;
      continue;
    }
    wv[wn++] = (sl_qword){t, tk->term, (uint8_t)(depth > 0)};
  }
  q->words.n = wn;
  p.nw = (uint32_t)(q->words.n - p.w0);
  if (!p.nw) return true;
  p.group = UINT32_MAX;
  return sl_vec_push(&q->passages, p);
}

static sl_status make_passages(const sl_corpus *c, sl_quotes *q) {
  /* room for every word at once (at most one per token) */
  size_t ntok = 0;
  for (uint32_t mi = 0; mi < q->mentions.n; mi++)
    ntok += q->mentions.a[mi].tok1 - q->mentions.a[mi].tok0;
  if (!sl_vec_reserve(&q->words, q->words.n + ntok)) return SL_ENOMEM;
  for (uint32_t mi = 0; mi < q->mentions.n; mi++) {
    const sl_qmention *m = &q->mentions.a[mi];
    const char *text = c->arts.a[m->article].text;
    uint32_t a = m->tok0;
    for (uint32_t t = m->tok0; t < m->tok1; t++) {
      if (!sentence_end(c, text, t)) continue; /* (most tokens: before reading on) */
      uint32_t nx = t + 1;
      while (nx < m->tok1 && c->toks.a[nx].kind == SL_TOK_QUOTE &&
             !(c->toks.a[nx].flags & SL_TF_OPEN))
        nx++;
      bool cut = false;
      if (nx >= m->tok1) continue;
      if (corpus_sentence_ends(c, m->article, t, nx)) {
        const sl_token *n = &c->toks.a[nx];
        cut = (n->kind == SL_TOK_WORD && (n->flags & (SL_TF_CAP | SL_TF_UPPER))) ||
              (n->kind == SL_TOK_QUOTE && (n->flags & SL_TF_OPEN)) || n->kind == SL_TOK_NUM;
      }
      if (!cut) continue;
      if (!add_passage(q, c, mi, a, nx)) return SL_ENOMEM;
      a = nx;
    }
    if (!add_passage(q, c, mi, a, m->tok1)) return SL_ENOMEM;
  }
  return SL_OK;
}

/* ---- matching ---------------------------------------------------------- */

static uint32_t uf_find(uint32_t *par, uint32_t i) {
  while (par[i] != i) i = par[i] = par[par[i]];
  return i;
}

static void uf_union(uint32_t *par, uint32_t a, uint32_t b) {
  a = uf_find(par, a), b = uf_find(par, b);
  if (a == b) return;
  if (a < b) par[b] = a;
  else par[a] = b;
}

enum { MAXW = 160 }; /* words of a passage compared (longer ones are cut) */
enum { SHORT = 8 };  /* passages with fewer matching words attach, never bridge */
enum { MAXCMP = 1000 }; /* passages one passage is compared with, at most */
enum { MAXPOST = 1000 }; /* latest passages read per term (linear on bad input) */
enum { MAXSHORT = 16 }; /* one- and two-word matches kept per passage (the latest) */
static int cmp_u64(const void *x, const void *y) {
  uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
  return a < b ? -1 : a > b;
}

/* Matching words of a passage: unbracketed terms, at most MAXW. */
static uint32_t terms_of(const sl_quotes *q, const sl_qpassage *p, uint32_t *out) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < p->nw && n < MAXW; i++)
    if (!q->words.a[p->w0 + i].bracket) out[n++] = q->words.a[p->w0 + i].term;
  return n;
}

/* True when the shorter of a, b is carried by the longer one. */
static bool same_quote(const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb,
                       uint16_t *dp) {
  if (na > nb) {
    const uint32_t *t = a;
    a = b, b = t;
    uint32_t tn = na;
    na = nb, nb = tn;
  }
  if (na < 3) return false;
  /* the same words (the same quotation in two articles, the commonest
   * case): the whole of b matches, in one window */
  if (na == nb && !memcmp(a, b, na * sizeof *a)) return true;
  /* a changed word in a passage of four words or fewer leaves too little
   * of it ("is too disturbing" is not "that photo is very disturbing";
   * fourteenth pass) */
  uint32_t allow = na <= 4 ? 0 : na <= 12 ? 1 : na / 10 + 1;
  /* LCS table (na+1) x (nb+1) */
  size_t W = nb + 1;
  for (size_t j = 0; j <= nb; j++) dp[j] = 0;
  for (size_t i = 1; i <= na; i++) {
    dp[i * W] = 0;
    for (size_t j = 1; j <= nb; j++) {
      uint16_t v = a[i - 1] == b[j - 1] ? (uint16_t)(dp[(i - 1) * W + j - 1] + 1)
                                        : SL_MAX(dp[(i - 1) * W + j], dp[i * W + j - 1]);
      dp[i * W + j] = v;
    }
  }
  uint32_t m = dp[na * W + nb];
  if (m + allow < na || m == 0) return false;
  /* window of the matched words in b */
  size_t i = na, j = nb, lo = nb, hi = 0;
  while (i > 0 && j > 0) {
    if (a[i - 1] == b[j - 1] && dp[i * W + j] == dp[(i - 1) * W + j - 1] + 1) {
      if (j - 1 < lo) lo = j - 1;
      if (j - 1 > hi) hi = j - 1;
      i--, j--;
    } else if (dp[(i - 1) * W + j] >= dp[i * W + j - 1])
      i--;
    else
      j--;
  }
  if (hi - lo + 1 <= m + 2 * allow) return true;
  /* that walk takes the latest matches in b; try the earliest ones too
   * (suffix table, forward walk), so a repeated word late in b does not
   * stretch the window */
  for (size_t ii = na + 1; ii-- > 0;)
    for (size_t jj = nb + 1; jj-- > 0;) {
      uint16_t v = 0;
      if (ii < na && jj < nb)
        v = a[ii] == b[jj] ? (uint16_t)(dp[(ii + 1) * W + jj + 1] + 1)
                           : SL_MAX(dp[(ii + 1) * W + jj], dp[ii * W + jj + 1]);
      dp[ii * W + jj] = v;
    }
  i = 0, j = 0, lo = nb, hi = 0;
  while (i < na && j < nb) {
    if (a[i] == b[j] && dp[i * W + j] == dp[(i + 1) * W + j + 1] + 1) {
      if (j < lo) lo = j;
      hi = j;
      i++, j++;
    } else if (dp[(i + 1) * W + j] >= dp[i * W + j + 1])
      i++;
    else
      j++;
  }
  return hi - lo + 1 <= m + 2 * allow;
}

/* One- and two-word passages: too short for the LCS test (a common pair of
 * words is no evidence), they match only on the same surface words (case
 * and quote glyphs folded, punctuation and [insertions] ignored), the
 * shorter one `s` in a row inside the longer one `l` (a partial quotation
 * of a fuller one, as a longer truncated passage may be). */
static bool same_short(const sl_corpus *c, const sl_quotes *q, const sl_qpassage *s,
                       const sl_qpassage *l) {
  enum { SW = 2 };
  const char *st = c->arts.a[q->mentions.a[s->mention].article].text;
  const char *lt = c->arts.a[q->mentions.a[l->mention].article].text;
  uint64_t h[SW];
  uint32_t ns = 0;
  for (uint32_t i = 0; i < s->nw; i++)
    if (!q->words.a[s->w0 + i].bracket) {
      if (ns == SW) return false;
      h[ns++] = tok_hash(c, st, q->words.a[s->w0 + i].tok);
    }
  if (!ns) return false;
  bool after_first = false; /* the previous word of l is s's first */
  for (uint32_t i = 0; i < l->nw; i++) {
    if (q->words.a[l->w0 + i].bracket) continue;
    uint64_t x = tok_hash(c, lt, q->words.a[l->w0 + i].tok);
    if (after_first && x == h[1]) return true;
    after_first = x == h[0];
    if (after_first && ns == 1) return true;
  }
  return false;
}

static bool same_speaker(const char *a, const char *b);
static size_t speaker_words(const char *s, sl_span *w, size_t cap);
static bool words_cover(const char *a, const sl_span *wa, size_t na, const char *b,
                        const sl_span *wb, size_t nb);
static bool named_before(const sl_art *a, const char *name, uint32_t end);

/* The words of each mention's speaker, split once while matching (a
 * passage is compared with many others): n 0xFF until read. */
enum { SPW_MAX = 12 };
typedef struct spw {
  uint8_t n;
  sl_span w[SPW_MAX];
} spw;

static const spw *mention_words(const sl_quotes *q, spw *sw, uint32_t mi) {
  if (sw[mi].n == 0xFF) sw[mi].n = (uint8_t)speaker_words(q->mentions.a[mi].speaker, sw[mi].w, SPW_MAX);
  return &sw[mi];
}
enum { RECONCILE_MIN_WORDS = 4 }; /* shorter passages ("fake news") are too common */

/* Whether passages x and y may carry one quotation as far as their
 * speakers go: a quotation has one speaker, so two different known ones
 * ("Cole said" / "Reed said") keep them apart, whatever the words. Names
 * are compared as reconcile_speakers compares them ("Cole" = "Ann Cole").
 * Unless `strict`, a speaker resting on weak evidence (no cue, a pronoun
 * or a description) that reconcile_speakers could overrule with the other
 * one's named attribution is no clash: that is how it gets corrected. */
static bool speakers_agree(const sl_corpus *c, const sl_quotes *q, const sl_qpassage *x,
                           const sl_qpassage *y, bool strict, spw *sw) {
  const sl_qmention *mx = &q->mentions.a[x->mention], *my = &q->mentions.a[y->mention];
  if (!mx->speaker || !my->speaker || mx->speaker == my->speaker) return true;
  /* same_speaker, the words read once per mention */
  if (!strcasecmp(mx->speaker, my->speaker)) return true;
  const spw *wx = mention_words(q, sw, x->mention), *wy = mention_words(q, sw, y->mention);
  if (words_cover(mx->speaker, wx->w, wx->n, my->speaker, wy->w, wy->n)) return true;
  if (strict || x->nw < RECONCILE_MIN_WORDS || y->nw < RECONCILE_MIN_WORDS) return false;
  if (my->how == SL_QHOW_NAMED && mx->how != SL_QHOW_NAMED &&
      named_before(&c->arts.a[mx->article], my->speaker, mx->span.off))
    return true;
  return mx->how == SL_QHOW_NAMED && my->how != SL_QHOW_NAMED &&
         named_before(&c->arts.a[my->article], mx->speaker, my->span.off);
}

static sl_status match_passages(const sl_corpus *c, sl_quotes *q, uint32_t *par) {
  size_t np = q->passages.n;
  for (uint32_t i = 0; i < np; i++) par[i] = i;
  /* inverted index: content term -> passages (ascending) */
  size_t nterms = sl_corpus_nterms(c);
  uint32_t *head = malloc((nterms ? nterms : 1) * sizeof *head);
  uint32_t *cnt = calloc(np ? np : 1, sizeof *cnt);
  uint32_t *seen = calloc(np ? np : 1, sizeof *seen);
  uint32_t *cand = malloc((np ? np : 1) * sizeof *cand);
  uint32_t *ccount = calloc(np ? np : 1, sizeof *ccount); /* content terms per passage */
  uint32_t *tmark = calloc(nterms ? nterms : 1, sizeof *tmark); /* term -> p+1 seen in p */
  /* each passage's matching words, read once (tall from toff[p]): a
   * passage is compared with many others */
  uint32_t *tall = malloc((q->words.n ? q->words.n : 1) * sizeof *tall);
  uint32_t *toff = malloc((np + 1) * sizeof *toff);
  uint16_t *dp = malloc((size_t)(MAXW + 1) * (MAXW + 1) * sizeof *dp);
  spw *sw = malloc((q->mentions.n ? q->mentions.n : 1) * sizeof *sw);
  for (uint32_t mi = 0; sw && mi < q->mentions.n; mi++) sw[mi].n = 0xFF;
  SL_VEC(uint32_t) next = {0}, pass = {0};
  SL_VEC(uint64_t) weak = {0}; /* (short passage << 32 | partner) */
  sl_status st = SL_OK;
  if (!head || !cnt || !seen || !cand || !ccount || !tmark || !tall || !toff || !dp || !sw)
    st = SL_ENOMEM;
  if (st == SL_OK) memset(head, 0xFF, (nterms ? nterms : 1) * sizeof *head);
  /* the index holds at most one entry per matching word (a passage's
   * terms are at most its words, each indexed once for it) */
  if (st == SL_OK && (!sl_vec_reserve(&next, q->words.n) || !sl_vec_reserve(&pass, q->words.n)))
    st = SL_ENOMEM;
  for (uint32_t p = 0, n = 0; st == SL_OK && p <= np; p++) {
    toff[p] = n;
    if (p < np) n += terms_of(q, &q->passages.a[p], tall + n);
  }
  for (uint32_t p = 0; st == SL_OK && p < np; p++) {
    const sl_qpassage *pp = &q->passages.a[p];
    const uint32_t *ta = tall + toff[p];
    uint32_t na = toff[p + 1] - toff[p];
    /* content terms of p, each once (kept in ct, in order, for the
     * index below) */
    uint32_t ncontent = 0, nc = 0, ct[MAXW];
    for (uint32_t k = 0; k < na; k++) {
      uint32_t t = ta[k];
      if (t >= nterms || c->term_stop.a[t]) continue;
      if (tmark[t] == p + 1) continue; /* already seen in p */
      tmark[t] = p + 1;
      ct[ncontent++] = t;
      uint32_t walk = 0;
      for (uint32_t e = head[t]; e != UINT32_MAX && walk++ < MAXPOST; e = next.a[e]) {
        uint32_t o = pass.a[e];
        if (seen[o] != p + 1) seen[o] = p + 1, cnt[o] = 0, cand[nc++] = o;
        cnt[o]++;
      }
    }
    uint32_t ncmp = 0, nshort = 0;
    for (uint32_t k = 0; k < nc; k++) {
      uint32_t o = cand[k];
      const sl_qpassage *po = &q->passages.a[o];
      if (po->mention == pp->mention) continue;
      if (uf_find(par, o) == uf_find(par, p)) continue;
      /* the shorter side's content words must nearly all be shared (one
       * edit, a fifth for long passages) before the LCS is worth computing */
      uint32_t mc = SL_MIN(ncontent, ccount[o]);
      uint32_t slack = 1 + mc / 5;
      if (cnt[o] + slack < mc || cnt[o] == 0) continue;
      /* bad input (thousands of alike short quotations) must not cost n^2
       * comparisons and weak links: the first MAXCMP candidates passing the
       * filter only (the first term's passages first, latest first) */
      if (++ncmp > MAXCMP) break;
      const uint32_t *tb = tall + toff[o];
      uint32_t nb = toff[o + 1] - toff[o];
      if (SL_MIN(na, nb) < 3) {
        if (nshort == MAXSHORT || !speakers_agree(c, q, pp, po, true, sw) ||
            !(na <= nb ? same_short(c, q, pp, po) : same_short(c, q, po, pp)))
          continue;
        nshort++;
      } else if (!speakers_agree(c, q, pp, po, false, sw) || !same_quote(ta, na, tb, nb, dp))
        continue;
      if (SL_MIN(na, nb) >= SHORT) {
        uf_union(par, o, p);
      } else { /* a short passage may join a group but never bridge two */
        uint32_t s = na < nb ? p : o, l = na < nb ? o : p;
        if (na == nb) s = p, l = o;
        uint64_t e = (uint64_t)s << 32 | l;
        if (!sl_vec_push(&weak, e)) {
          st = SL_ENOMEM;
          break;
        }
      }
    }
    ccount[p] = ncontent;
    /* index p: its content terms, each once */
    for (uint32_t k = 0; k < ncontent; k++) {
      uint32_t t = ct[k];
      /* (the room reserved above: stored without a test) */
      next.a[next.n] = head[t], pass.a[next.n] = p;
      head[t] = (uint32_t)next.n++;
    }
    pass.n = next.n;
  }
  /* each short passage joins the largest group it matches (then the earliest) */
  if (st == SL_OK && weak.n) {
    uint32_t *size = calloc(np, sizeof *size);
    if (!size) st = SL_ENOMEM;
    for (uint32_t p = 0; st == SL_OK && p < np; p++) size[uf_find(par, p)]++;
    qsort(weak.a, weak.n, sizeof *weak.a, cmp_u64);
    for (size_t i = 0; st == SL_OK && i < weak.n;) {
      uint32_t s = (uint32_t)(weak.a[i] >> 32), best = UINT32_MAX;
      for (; i < weak.n && (uint32_t)(weak.a[i] >> 32) == s; i++) {
        uint32_t r = uf_find(par, (uint32_t)weak.a[i]);
        if (best == UINT32_MAX || size[r] > size[best] || (size[r] == size[best] && r < best))
          best = r;
      }
      uint32_t rs = uf_find(par, s);
      if (rs != best) {
        uint32_t ns = size[rs] + size[best];
        uf_union(par, s, best);
        size[uf_find(par, s)] = ns;
      }
    }
    free(size);
  }
  free(head), free(cnt), free(seen), free(cand), free(ccount), free(tmark), free(tall), free(toff),
      free(dp), free(sw);
  sl_vec_free(&next), sl_vec_free(&pass), sl_vec_free(&weak);
  return st;
}

/* ---- wordings and edits ------------------------------------------------ */

/* Tokens of a passage used for wordings and diffs: no quote marks, no
 * final punctuation. */
static uint32_t diff_toks(const sl_corpus *c, const sl_qpassage *p, uint32_t *out, uint32_t cap) {
  uint32_t b = p->tok1;
  while (b > p->tok0 && (c->toks.a[b - 1].kind == SL_TOK_PUNCT ||
                         c->toks.a[b - 1].kind == SL_TOK_QUOTE))
    b--;
  uint32_t n = 0;
  for (uint32_t t = p->tok0; t < b && n < cap; t++)
    if (c->toks.a[t].kind != SL_TOK_QUOTE) out[n++] = t;
  return n;
}

static uint64_t wording_hash(const sl_corpus *c, const sl_quotes *q, const sl_qpassage *p,
                             uint32_t *scratch) {
  const char *text = c->arts.a[q->mentions.a[p->mention].article].text;
  uint32_t n = diff_toks(c, p, scratch, 4 * MAXW);
  uint64_t h = 0x9E3779B97F4A7C15ull;
  for (uint32_t i = 0; i < n; i++) h = (h ^ tok_hash(c, text, scratch[i])) * 0x100000001B3ull;
  return h ^ n;
}

static bool is_punct_tok(const sl_corpus *c, uint32_t t) {
  return c->toks.a[t].kind == SL_TOK_PUNCT;
}

static sl_span span_of(const sl_corpus *c, const uint32_t *toks, uint32_t a, uint32_t b) {
  sl_span s = {0, 0};
  if (a >= b) return s;
  s.off = c->toks.a[toks[a]].span.off;
  s.len = c->toks.a[toks[b - 1]].span.off + c->toks.a[toks[b - 1]].span.len - s.off;
  return s;
}

/* The token runs of one edit: main wording [i0, i1), variant [j0, j1). */
typedef struct drun {
  uint32_t i0, i1, j0, j1;
} drun;
enum { MAXRUN = 64 }; /* edits of one variant looked at for moves */

/* Whether runs x (of hashes xh) and y (of yh) hold the same words. */
static bool same_run(const uint64_t *xh, uint32_t x0, uint32_t x1, const uint64_t *yh,
                     uint32_t y0, uint32_t y1) {
  return x1 - x0 == y1 - y0 && x1 > x0 && !memcmp(xh + x0, yh + y0, (x1 - x0) * sizeof *xh);
}

/* A word the variant puts elsewhere ("hold back the water" for "hold the
 * water back") comes out of the LCS as a drop and an add of the same words:
 * each such pair becomes one `moved` edit, from = the main wording's place,
 * to = the variant's, at the first one's position. Edits e0.. of q->edits
 * are the variant's, run[k] the tokens of edit e0 + k (nrun of them). */
static void merge_moves(sl_quotes *q, size_t e0, const drun *run,
                        uint32_t nrun, const uint64_t *rh, const uint64_t *vh) {
  bool gone[MAXRUN] = {false};
  for (uint32_t x = 0; x < nrun; x++) {
    sl_qedit *ex = &q->edits.a[e0 + x];
    if (gone[x] || (ex->kind != SL_QEDIT_DROPPED && ex->kind != SL_QEDIT_ADDED)) continue;
    for (uint32_t y = x + 1; y < nrun; y++) {
      sl_qedit *ey = &q->edits.a[e0 + y];
      if (gone[y]) continue;
      const drun *d = ex->kind == SL_QEDIT_DROPPED ? &run[x] : &run[y],
                 *a = ex->kind == SL_QEDIT_DROPPED ? &run[y] : &run[x];
      const sl_qedit *ed = ex->kind == SL_QEDIT_DROPPED ? ex : ey,
                     *ea = ex->kind == SL_QEDIT_DROPPED ? ey : ex;
      if (ed->kind != SL_QEDIT_DROPPED || ea->kind != SL_QEDIT_ADDED) continue;
      if (!same_run(rh, d->i0, d->i1, vh, a->j0, a->j1)) continue;
      sl_qedit m = {SL_QEDIT_MOVED, ed->from, ea->to};
      *ex = m, gone[y] = true;
      break;
    }
  }
  size_t w = e0;
  for (size_t k = e0; k < q->edits.n; k++)
    if (k - e0 >= nrun || !gone[k - e0]) q->edits.a[w++] = q->edits.a[k];
  q->edits.n = w;
}

/* Edits turning the main wording `rep` into the variant `v`. */
static sl_status diff(const sl_corpus *c, sl_quotes *q, const sl_qpassage *rep,
                      const sl_qpassage *v) {
  enum { CAP = 4 * MAXW };
  uint32_t *ra = malloc(CAP * sizeof *ra), *va = malloc(CAP * sizeof *va);
  uint64_t *rh = malloc(CAP * sizeof *rh), *vh = malloc(CAP * sizeof *vh);
  uint8_t *rb = calloc(CAP, 1), *vb = calloc(CAP, 1);
  uint32_t nr = 0, nv = 0;
  uint16_t *dp = NULL;
  sl_status st = SL_OK;
  if (!ra || !va || !rh || !vh || !rb || !vb) {
    st = SL_ENOMEM;
    goto done;
  }
  const char *rtext = c->arts.a[q->mentions.a[rep->mention].article].text;
  const char *vtext = c->arts.a[q->mentions.a[v->mention].article].text;
  nr = diff_toks(c, rep, ra, CAP);
  nv = diff_toks(c, v, va, CAP);
  for (uint32_t i = 0; i < nr; i++) rh[i] = tok_hash(c, rtext, ra[i]);
  int depth = 0;
  for (uint32_t i = 0; i < nv; i++) {
    vh[i] = tok_hash(c, vtext, va[i]);
    if (punct_is(c, vtext, va[i], "[")) depth++;
    vb[i] = depth > 0;
    if (punct_is(c, vtext, va[i], "]") && depth > 0) depth--;
  }
  depth = 0;
  for (uint32_t i = 0; i < nr; i++) {
    if (punct_is(c, rtext, ra[i], "[")) depth++;
    rb[i] = depth > 0;
    if (punct_is(c, rtext, ra[i], "]") && depth > 0) depth--;
  }
  size_t W = (size_t)nv + 1;
  dp = malloc(((size_t)nr + 1) * W * sizeof *dp);
  if (!dp) {
    st = SL_ENOMEM;
    goto done;
  }
  /* suffix LCS so that the walk goes forward */
  for (size_t i = nr + 1; i-- > 0;)
    for (size_t j = nv + 1; j-- > 0;) {
      if (i == nr || j == nv) dp[i * W + j] = 0;
      else if (rh[i] == vh[j]) dp[i * W + j] = (uint16_t)(dp[(i + 1) * W + j + 1] + 1);
      else dp[i * W + j] = SL_MAX(dp[(i + 1) * W + j], dp[i * W + j + 1]);
    }
  uint32_t i = 0, j = 0;
  bool any_match = false;
  size_t e0 = q->edits.n;
  drun run[MAXRUN]; /* token runs of the edits pushed, in order */
  uint32_t nrun = 0;
  while (i < nr || j < nv) {
    if (i < nr && j < nv && rh[i] == vh[j]) {
      i++, j++, any_match = true;
      continue;
    }
    uint32_t i0 = i, j0 = j;
    while ((i < nr || j < nv) && !(i < nr && j < nv && rh[i] == vh[j])) {
      if (j >= nv || (i < nr && dp[(i + 1) * W + j] >= dp[i * W + j + 1])) i++;
      else j++;
    }
    /* run: rep [i0, i), variant [j0, j) */
    bool rp = true, vp = true, vbr = j > j0;
    for (uint32_t k = i0; k < i; k++) rp = rp && (is_punct_tok(c, ra[k]) || rb[k]);
    for (uint32_t k = j0; k < j; k++) {
      vp = vp && is_punct_tok(c, va[k]);
      vbr = vbr && vb[k];
    }
    sl_qedit e = {0};
    e.from = span_of(c, ra, i0, i);
    e.to = span_of(c, va, j0, j);
    if (i == i0 && vbr) e.kind = SL_QEDIT_BRACKET;
    else if (i > i0 && j > j0 && rp && vp) e.kind = SL_QEDIT_PUNCT;
    else if (i > i0 && j > j0) e.kind = SL_QEDIT_CHANGED;
    else if (j > j0) e.kind = vp ? SL_QEDIT_PUNCT : SL_QEDIT_ADDED;
    else if (rp) e.kind = SL_QEDIT_PUNCT;
    else e.kind = (!any_match || i == nr) ? SL_QEDIT_TRUNCATED : SL_QEDIT_DROPPED;
    /* a bracketed insertion in the main wording, absent here: not a word drop */
    if (j == j0 && i > i0) {
      bool allb = true;
      for (uint32_t k = i0; k < i; k++) allb = allb && rb[k];
      if (allb) e.kind = SL_QEDIT_BRACKET;
    }
    if (!sl_vec_push(&q->edits, e)) {
      st = SL_ENOMEM;
      goto done;
    }
    if (nrun < MAXRUN) run[nrun++] = (drun){i0, i, j0, j};
  }
  merge_moves(q, e0, run, nrun, rh, vh);
done:
  free(ra), free(va), free(rh), free(vh), free(rb), free(vb), free(dp);
  return st;
}

/* ---- groups ------------------------------------------------------------ */

typedef struct gsort {
  uint32_t group;
  uint32_t noutlets, has_speaker, long_enough, npass, words, first;
} gsort;

static int cmp_gsort(const void *x, const void *y) {
  const gsort *a = x, *b = y;
  if (a->noutlets != b->noutlets) return a->noutlets > b->noutlets ? -1 : 1;
  if (a->has_speaker != b->has_speaker) return a->has_speaker > b->has_speaker ? -1 : 1;
  if (a->long_enough != b->long_enough) return a->long_enough > b->long_enough ? -1 : 1;
  if (a->npass != b->npass) return a->npass > b->npass ? -1 : 1;
  if (a->words != b->words) return a->words > b->words ? -1 : 1;
  return a->first < b->first ? -1 : a->first > b->first;
}

/* Sorts gs[0, n) by cmp_gsort (a total order: `first` is unique, so the
 * result is qsort's), tmp room for n / 2 + 1: a merge sort calling the comparator
 * directly, inlined, not through qsort's pointer (speed round,
 * thirty-seventh pass). */
static void sort_gsort(gsort *gs, gsort *tmp, size_t n) {
  if (n <= 8) {
    for (size_t i = 1; i < n; i++) {
      gsort v = gs[i];
      size_t j = i;
      while (j > 0 && cmp_gsort(&v, &gs[j - 1]) < 0) gs[j] = gs[j - 1], j--;
      gs[j] = v;
    }
    return;
  }
  size_t h = n / 2;
  sort_gsort(gs, tmp, h);
  sort_gsort(gs + h, tmp, n - h);
  if (cmp_gsort(&gs[h - 1], &gs[h]) <= 0) return; /* already in order */
  memcpy(tmp, gs, h * sizeof *gs);
  size_t i = 0, j = h, k = 0;
  while (i < h && j < n) gs[k++] = cmp_gsort(&gs[j], &tmp[i]) < 0 ? gs[j++] : tmp[i++];
  while (i < h) gs[k++] = tmp[i++];
}

/* ---- speakers across outlets -------------------------------------------- */

/* Two speaker names denote the same person or body when every word of the
 * shorter one, honorifics and initials left out, is a word of the longer
 * one, case folded ("Trump" = "Donald J. Trump"; "Bill Clinton" != "Hillary
 * Clinton"). */
static size_t speaker_words(const char *s, sl_span *w, size_t cap) {
  static const char *const skip[] = {"mr.", "mrs.", "ms.", "dr.", "the", "sen.", "rep.", "gov."};
  size_t n = 0;
  for (size_t i = 0; s[i] && n < cap;) {
    while (s[i] == ' ') i++;
    size_t k = i;
    while (s[k] && s[k] != ' ') k++;
    if (k == i) break;
    bool drop = k - i == 2 && s[i + 1] == '.';
    for (size_t j = 0; j < sizeof skip / sizeof *skip && !drop; j++)
      drop = strlen(skip[j]) == k - i && !strncasecmp(s + i, skip[j], k - i);
    if (!drop) w[n++] = (sl_span){(uint32_t)i, (uint32_t)(k - i)};
    i = k;
  }
  return n;
}

/* Every word of the one of a, b with fewer words (wa, wb: their words) is a
 * word of the other. */
static bool words_cover(const char *a, const sl_span *wa, size_t na, const char *b,
                        const sl_span *wb, size_t nb) {
  if (!na || !nb) return false;
  if (na > nb) {
    const char *t = a;
    a = b, b = t;
    const sl_span *tw = wa;
    wa = wb, wb = tw;
    size_t tn = na;
    na = nb, nb = tn;
  }
  for (size_t i = 0; i < na; i++) {
    size_t j = 0;
    while (j < nb && !(wa[i].len == wb[j].len && !strncasecmp(a + wa[i].off, b + wb[j].off, wa[i].len)))
      j++;
    if (j == nb) return false;
  }
  return true;
}

static bool same_speaker(const char *a, const char *b) {
  if (!strcasecmp(a, b)) return true;
  sl_span wa[SPW_MAX], wb[SPW_MAX];
  size_t na = speaker_words(a, wa, SPW_MAX), nb = speaker_words(b, wb, SPW_MAX);
  return words_cover(a, wa, na, b, wb, nb);
}

/* The last word of a name ("Netanyahu" of "Bibi Netanyahu"). */
static sl_span last_word(const char *s) {
  size_t n = strlen(s), e = n;
  while (e > 0 && s[e - 1] == ' ') e--;
  size_t b = e;
  while (b > 0 && s[b - 1] != ' ') b--;
  return (sl_span){(uint32_t)b, (uint32_t)(e - b)};
}

/* Different forms of one person's name ("Benjamin" / "Bibi Netanyahu") or
 * two people of one family: either way not a clash to settle. */
static bool same_surname(const char *a, const char *b) {
  sl_span x = last_word(a), y = last_word(b);
  return x.len && x.len == y.len && !strncasecmp(a + x.off, b + y.off, x.len);
}

/* Whether the article names the speaker (its last word, as a whole word
 * with its capital) before byte `end`: an outlet's attribution can only
 * correct a speaker the article has introduced. */
static bool named_before(const sl_art *a, const char *name, uint32_t end) {
  sl_span w = last_word(name);
  if (!w.len) return false;
  const char *t = a->text, *lim = t + (end < a->len ? end : a->len);
  for (const char *h = t; h + w.len <= lim; h++) {
    h = memchr(h, name[w.off], (size_t)(lim - h));
    if (!h || h + w.len > lim) break;
    if (memcmp(h, name + w.off, w.len)) continue;
    bool left = h == t || !isalnum((unsigned char)h[-1]);
    bool right = h + w.len == t + a->len || !isalnum((unsigned char)h[w.len]);
    if (left && right) return true;
  }
  return false;
}

/* The speaker that the named attributions ("Smith said") among group g's
 * passages agree on, or NULL (none, or a tie). Linear in the group: at most
 * NAMED_MAX distinct names are counted (wire copies can put one quotation
 * in thousands of articles). */
enum { NAMED_MAX = 8 };
static const char *named_speaker(const sl_quotes *q, const uint32_t *order, uint32_t m0,
                                 uint32_t m1) {
  const char *name[NAMED_MAX];
  uint32_t cnt[NAMED_MAX], nn = 0;
  for (uint32_t k = m0; k < m1; k++) {
    const sl_qmention *m = &q->mentions.a[q->passages.a[order[k]].mention];
    if (m->how != SL_QHOW_NAMED || !m->speaker) continue;
    uint32_t j = 0;
    while (j < nn && !same_speaker(name[j], m->speaker)) j++;
    if (j == nn) {
      if (nn == NAMED_MAX) continue;
      name[nn] = m->speaker, cnt[nn++] = 0;
    }
    cnt[j]++;
    if (strlen(m->speaker) > strlen(name[j])) name[j] = m->speaker; /* the fullest form */
  }
  uint32_t best = 0, second = 0;
  const char *who = NULL;
  for (uint32_t j = 0; j < nn; j++) {
    if (cnt[j] > best) second = best, best = cnt[j], who = name[j];
    else if (cnt[j] > second) second = cnt[j];
  }
  return best > second ? who : NULL;
}

enum { FORM_REACH = 256 }; /* mentions either side searched for the article's form of a name */

/* A quotation printed by several outlets has one speaker. Where a mention's
 * speaker rests on weak evidence (no cue, a pronoun or a description) and
 * the same words carry a named attribution in other outlets that disagree
 * with it, the named one wins, in the article's own form of the name when
 * the article uses one; the cue-less mentions right after it in its article
 * that had inherited the overruled speaker follow. */
static sl_status reconcile_speakers(const sl_corpus *c, sl_quotes *q, const uint32_t *order,
                                    const uint32_t *gstart, uint32_t ng) {
  static const char UNSET[1];
  const char **gnamed = malloc((ng ? ng : 1) * sizeof *gnamed); /* named_speaker per group */
  if (!gnamed) return SL_ENOMEM;
  for (uint32_t g = 0; g < ng; g++) gnamed[g] = UNSET;
  size_t nm = q->mentions.n;
  uint32_t p = 0, np = (uint32_t)q->passages.n;
  const char *old = NULL, *now = NULL; /* the last overrule in this article */
  uint32_t art = UINT32_MAX;
  for (uint32_t mi = 0; mi < nm; mi++) {
    sl_qmention *m = &q->mentions.a[mi];
    if (m->article != art) art = m->article, old = now = NULL;
    const char *s = NULL;
    bool clash = false;
    for (; p < np && q->passages.a[p].mention == mi; p++) {
      const sl_qpassage *ps = &q->passages.a[p];
      uint32_t g = ps->group;
      if (ps->nw < RECONCILE_MIN_WORDS || gstart[g + 1] - gstart[g] < 2) continue;
      if (gnamed[g] == UNSET) gnamed[g] = named_speaker(q, order, gstart[g], gstart[g + 1]);
      const char *t = gnamed[g];
      if (!t) continue;
      if (s && !same_speaker(s, t)) clash = true;
      if (!s) s = t;
    }
    if (m->how == SL_QHOW_NAMED) {
      old = now = NULL;
      continue;
    }
    if (s && !clash && m->speaker && !same_speaker(s, m->speaker) &&
        !same_surname(s, m->speaker) && named_before(&c->arts.a[art], s, m->span.off)) {
      /* the article's own form of the name, when it has one */
      const char *form = s;
      uint32_t k0 = mi, k1 = mi + 1;
      while (k0 > 0 && mi - k0 < FORM_REACH && q->mentions.a[k0 - 1].article == art) k0--;
      while (k1 < nm && k1 - mi < FORM_REACH && q->mentions.a[k1].article == art) k1++;
      for (uint32_t k = k0; k < k1; k++)
        if (k != mi && q->mentions.a[k].speaker && same_speaker(q->mentions.a[k].speaker, s) &&
            (form == s || strlen(q->mentions.a[k].speaker) > strlen(form)))
          form = q->mentions.a[k].speaker;
      old = m->speaker, now = m->speaker = form;
      continue;
    }
    if (s || !old || !m->speaker || strcmp(m->speaker, old)) {
      old = now = NULL;
      continue;
    }
    m->speaker = now; /* inherited the overruled speaker */
  }
  free(gnamed);
  return SL_OK;
}

sl_status sl_quotes_group(const sl_corpus *c, const uint32_t *arts, size_t n, sl_quotes *q) {
  sl_status st = make_passages(c, q);
  if (st != SL_OK) return st;
  size_t np = q->passages.n;
  if (!np) return SL_OK;
  /* story position of each article */
  uint32_t *pos = NULL;
  uint32_t *par = malloc(np * sizeof *par);
  uint32_t *order = malloc(np * sizeof *order);
  uint64_t *wh = malloc(np * sizeof *wh);
  uint32_t *scratch = malloc(4 * MAXW * sizeof *scratch);
  uint32_t *gid = malloc(np * sizeof *gid);
  gsort *gs = NULL;
  sl_qgroup *tmpg = NULL;
  if (!par || !order || !wh || !scratch || !gid) goto oom;
  size_t na = c->arts.n;
  pos = malloc((na ? na : 1) * sizeof *pos);
  if (!pos) goto oom;
  for (size_t i = 0; i < n; i++) pos[arts[i]] = (uint32_t)i;
  if ((st = match_passages(c, q, par)) != SL_OK) goto done;
  /* groups numbered by their first passage (passages follow story order) */
  uint32_t ng = 0;
  for (uint32_t p = 0; p < np; p++) gid[p] = UINT32_MAX;
  for (uint32_t p = 0; p < np; p++) {
    uint32_t r = uf_find(par, p);
    if (gid[r] == UINT32_MAX) gid[r] = ng++;
    q->passages.a[p].group = gid[r];
  }
  /* wordings are compared inside groups only: a passage alone in its group
   * needs no hash (most of them) */
  for (uint32_t p = 0; p < np; p++) wh[p] = 0;
  {
    uint32_t *gsize = calloc(ng ? ng : 1, sizeof *gsize);
    if (!gsize) goto oom;
    for (uint32_t p = 0; p < np; p++) gsize[q->passages.a[p].group]++;
    for (uint32_t p = 0; p < np; p++)
      if (gsize[q->passages.a[p].group] > 1) wh[p] = wording_hash(c, q, &q->passages.a[p], scratch);
    free(gsize);
  }
  tmpg = calloc(ng, sizeof *tmpg);
  gs = calloc(ng, sizeof *gs);
  if (!tmpg || !gs) goto oom;
  /* members of each group in passage order: counting sort */
  uint32_t *gstart = calloc(ng + 1, sizeof *gstart);
  if (!gstart) goto oom;
  for (uint32_t p = 0; p < np; p++) gstart[q->passages.a[p].group + 1]++;
  for (uint32_t g = 0; g < ng; g++) gstart[g + 1] += gstart[g];
  {
    uint32_t *fill = malloc((ng ? ng : 1) * sizeof *fill);
    if (!fill) {
      free(gstart);
      goto oom;
    }
    memcpy(fill, gstart, ng * sizeof *fill);
    for (uint32_t p = 0; p < np; p++) order[fill[q->passages.a[p].group]++] = p;
    free(fill);
  }
  if ((st = reconcile_speakers(c, q, order, gstart, ng)) != SL_OK) {
    free(gstart);
    goto done;
  }
  for (uint32_t g = 0; st == SL_OK && g < ng; g++) {
    uint32_t m0 = gstart[g], m1 = gstart[g + 1];
    sl_qgroup *G = &tmpg[g];
    G->npass = m1 - m0;
    G->date = SL_NO_DATE;
    /* wordings: first passage of each; count distinct articles per wording */
    uint32_t best = order[m0], best_cnt = 0;
    for (uint32_t k = m0; k < m1; k++) {
      uint32_t p = order[k];
      uint32_t first = p;
      for (uint32_t k2 = m0; k2 < k; k2++)
        if (wh[order[k2]] == wh[p]) {
          first = order[k2];
          break;
        }
      q->passages.a[p].wording = first;
      if (first != p) continue;
      uint32_t cnt = 0;
      for (uint32_t k2 = k; k2 < m1; k2++) {
        uint32_t p2 = order[k2];
        if (wh[p2] != wh[p]) continue;
        bool dup = false;
        uint32_t a2 = q->mentions.a[q->passages.a[p2].mention].article;
        for (uint32_t k3 = k; k3 < k2 && !dup; k3++)
          dup = wh[order[k3]] == wh[p] &&
                q->mentions.a[q->passages.a[order[k3]].mention].article == a2;
        cnt += !dup;
      }
      /* a fragment of one or two words heads its quotation only when
       * every wording is one ("Chaos." is no head for the sentence that
       * contains it, however many outlets cut it so; thirty-fourth pass) */
      bool ps = q->passages.a[p].nw <= 2, bs = q->passages.a[best].nw <= 2;
      if (best_cnt == 0 || (bs && !ps) ||
          (ps == bs && (cnt > best_cnt ||
                        (cnt == best_cnt && q->passages.a[p].nw > q->passages.a[best].nw)))) {
        best = p, best_cnt = cnt;
      }
    }
    G->rep = best;
    G->words = q->passages.a[best].nw;
    /* speaker: most frequent among members, ties to the earliest */
    const char *sp = NULL;
    uint32_t spc = 0;
    for (uint32_t k = m0; k < m1; k++) {
      const char *s = q->mentions.a[q->passages.a[order[k]].mention].speaker;
      if (!s) continue;
      uint32_t cnt = 0;
      for (uint32_t k2 = m0; k2 < m1; k2++) {
        const char *s2 = q->mentions.a[q->passages.a[order[k2]].mention].speaker;
        cnt += s2 && !strcmp(s, s2);
      }
      if (cnt > spc) sp = s, spc = cnt;
    }
    G->speaker = sp;
    const sl_qmention *rm = &q->mentions.a[q->passages.a[best].mention];
    G->cue = rm->cue, G->venue = rm->venue;
    for (uint32_t k = m0; k < m1 && (!G->cue || !G->venue); k++) {
      const sl_qmention *mm = &q->mentions.a[q->passages.a[order[k]].mention];
      if (!G->cue && mm->speaker == sp) G->cue = mm->cue;
      if (!G->venue && mm->speaker == sp) G->venue = mm->venue;
    }
    /* outlets: earliest article of each source (members are in story order,
     * which is by date) */
    G->o0 = (uint32_t)q->outlets.n;
    for (uint32_t k = m0; k < m1; k++) {
      uint32_t a = q->mentions.a[q->passages.a[order[k]].mention].article;
      const sl_art *art = &c->arts.a[a];
      bool dup = false;
      for (uint32_t o = G->o0; o < q->outlets.n && !dup; o++)
        dup = !strcmp(q->outlets.a[o].source, art->source) ||
              (q->outlets.a[o].article == a);
      if (dup) continue;
      sl_qoutlet ou = {art->source, art->date, a};
      if (!sl_vec_push(&q->outlets, ou)) goto oom_g;
    }
    G->no = (uint32_t)(q->outlets.n - G->o0);
    /* sort outlets by story position of their article (date order) */
    for (uint32_t x = G->o0 + 1; x < q->outlets.n; x++)
      for (uint32_t y = x; y > G->o0 && pos[q->outlets.a[y].article] <
                                            pos[q->outlets.a[y - 1].article];
           y--) {
        sl_qoutlet t = q->outlets.a[y];
        q->outlets.a[y] = q->outlets.a[y - 1];
        q->outlets.a[y - 1] = t;
      }
    if (G->no) G->date = q->outlets.a[G->o0].date;
    for (uint32_t o = G->o0; o < q->outlets.n; o++)
      if (q->outlets.a[o].date != SL_NO_DATE &&
          (G->date == SL_NO_DATE || q->outlets.a[o].date < G->date))
        G->date = q->outlets.a[o].date;
    /* variants: every other wording */
    G->v0 = (uint32_t)q->variants.n;
    for (uint32_t k = m0; k < m1; k++) {
      uint32_t p = order[k];
      if (q->passages.a[p].wording != p || wh[p] == wh[best]) continue;
      sl_qvariant v = {0};
      v.passage = p;
      v.e0 = (uint32_t)q->edits.n;
      if ((st = diff(c, q, &q->passages.a[best], &q->passages.a[p])) != SL_OK) break;
      v.ne = (uint32_t)(q->edits.n - v.e0);
      v.p0 = (uint32_t)q->vpass.n;
      for (uint32_t k2 = k; k2 < m1; k2++)
        if (wh[order[k2]] == wh[p] && !sl_vec_push(&q->vpass, order[k2])) goto oom_g;
      v.np = (uint32_t)(q->vpass.n - v.p0);
      if (!sl_vec_push(&q->variants, v)) goto oom_g;
    }
    G->nv = (uint32_t)(q->variants.n - G->v0);
    gs[g] = (gsort){g, G->no, G->speaker != NULL, G->words >= 4, G->npass, G->words, g};
    continue;
  oom_g:
    st = SL_ENOMEM;
  }
  free(gstart);
  if (st != SL_OK) goto done;
  /* an unattributed mention takes the speaker of its quotation (a headline
   * quote attributed in the body, or by another outlet) */
  for (uint32_t p = 0; p < np; p++) {
    sl_qmention *m = &q->mentions.a[q->passages.a[p].mention];
    if (!m->speaker) m->speaker = tmpg[q->passages.a[p].group].speaker;
    if (!m->speaker) m->speaker = m->guess; /* "Trump Attacks … As 'Deep State'" */
  }
  {
    gsort *tmp = malloc((ng / 2 + 1) * sizeof *tmp);
    if (!tmp) goto oom;
    sort_gsort(gs, tmp, ng);
    free(tmp);
  }
  if (!sl_vec_reserve(&q->groups, ng)) goto oom;
  {
    uint32_t *rank = malloc((ng ? ng : 1) * sizeof *rank);
    if (!rank) goto oom;
    for (uint32_t r = 0; r < ng; r++) {
      q->groups.a[r] = tmpg[gs[r].group];
      rank[gs[r].group] = r;
    }
    q->groups.n = ng;
    for (uint32_t p = 0; p < np; p++) q->passages.a[p].group = rank[q->passages.a[p].group];
    free(rank);
  }
  goto done;
oom:
  st = SL_ENOMEM;
done:
  free(pos), free(par), free(order), free(wh), free(scratch), free(gid), free(gs), free(tmpg);
  return st;
}
