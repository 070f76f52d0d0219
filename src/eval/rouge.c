/*
 * rouge.c — the ROUGE-1.5.5 scoring engine: text preparation (lines,
 * -l/-b truncation, tokenising, stopwords, stemming), ROUGE-N/L/W/S per
 * cluster, -f A/B model combination, and the averages with ROUGE's
 * bootstrap (srand(i) + drand48, as Perl runs it).
 *
 * Invariant: every number that ROUGE-1.5.5 rounds with sprintf("%7.5f")
 * is rounded here at the same step, and every floating sum is taken in the
 * same order, so the printed figures agree with the Perl script's.
 * Texts are tokenised once and their gram multisets cached; a cluster's
 * score for one system never depends on other systems.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "porter.h"
#include "rouge_impl.h"

#include "rouge_data.inc" /* tools/gen_rouge_data.py */

/* ---- small helpers ----------------------------------------------------- */

/* Perl's sprintf("%7.5f", x) read back as a number. */
static double round5(double x) {
  char b[64];
  snprintf(b, sizeof b, "%.5f", x);
  return strtod(b, NULL);
}

void rg_put_num(sl_buf *b, double x) {
  if (x == 0) x = 0; /* no "-0" */
  sl_buf_printf(b, "%.15g", x);
}

void rg_diag(sl_rouge *r, sl_severity sev, const char *file, const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  sl_diag d = {sev, sl_arena_strdup(&r->arena, file ? file : ""), 0,
               sl_arena_strdup(&r->arena, msg)};
  if (d.file && d.msg) sl_vec_push(&r->diags, d);
}

char *rg_slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  sl_buf b;
  sl_buf_init(&b);
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) sl_buf_put(&b, chunk, n);
  bool bad = ferror(f) || b.oom;
  fclose(f);
  if (bad) {
    sl_buf_free(&b);
    return NULL;
  }
  *len = b.len;
  if (!sl_buf_reserve(&b, 1)) return NULL;
  b.p[b.len] = 0;
  char *p = b.p;
  return p;
}

static int cmp_cstr(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool is_stopword(const char *w) {
  const char *key = w;
  return bsearch(&key, sl_rouge_stopwords, SL_COUNTOF(sl_rouge_stopwords), sizeof(char *),
                 cmp_cstr) != NULL;
}

static int cmp_exc(const void *k, const void *e) {
  return strcmp((const char *)k, ((const char *const *)e)[0]);
}

/* WordNet exception base form of w, or NULL. */
static const char *exception_of(const char *w) {
  const char *const *e = bsearch(w, sl_rouge_exceptions, SL_COUNTOF(sl_rouge_exceptions),
                                 sizeof sl_rouge_exceptions[0], cmp_exc);
  return e ? e[1] : NULL;
}

static bool is_alnum(unsigned char c);

/* ---- options and lifetime ---------------------------------------------- */

void sl_rouge_opts_init(sl_rouge_opts *o) {
  memset(o, 0, sizeof *o);
  o->lcs = 1;
  o->skip = SL_ROUGE_NO_SKIP;
  o->formula = 'A';
  o->alpha = 0.5;
  o->conf = 95;
  strcpy(o->conf_label, "95");
  o->resamples = 1000;
}

sl_rouge *sl_rouge_new(const sl_rouge_opts *opts) {
  sl_rouge_opts o;
  if (opts) o = *opts; else sl_rouge_opts_init(&o);
  if (o.max_n < 0 || o.max_n > RG_MAX_N || o.alpha < 0 || o.alpha > 1 || o.conf < 0 ||
      o.conf > 100 || (o.words && o.bytes) || o.words < 0 || o.bytes < 0 || o.unit < 0 ||
      o.unit > 2 || o.resamples < 1 || o.wlcs < 0)
    return NULL;
  sl_rouge *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->o = o;
  if (!r->o.conf_label[0]) snprintf(r->o.conf_label, sizeof r->o.conf_label, "%g", o.conf);
  if (r->o.wlcs > 0 && !r->o.wlcs_label[0])
    snprintf(r->o.wlcs_label, sizeof r->o.wlcs_label, "%g", o.wlcs);
  sl_strmap_init(&r->eval_ids);
  sl_strmap_init(&r->systems);
  sl_strmap_init(&r->raw);
  sl_strmap_init(&r->forms);
  sl_arena_init(&r->arena);
  return r;
}

static void free_grams(rg_grams *g) {
  free(g->id);
  free(g->cnt);
}

static void free_results(sl_rouge *r) {
  if (r->res)
    for (size_t i = 0; i < r->order.n * r->metrics.n; i++) sl_vec_free(&r->res[i].inst);
  free(r->res);
  r->res = NULL;
  sl_vec_free(&r->order);
  sl_vec_free(&r->metrics);
  r->computed = false;
}

void sl_rouge_free(sl_rouge *r) {
  if (!r) return;
  free_results(r);
  for (size_t i = 0; i < r->docs.n; i++) {
    rg_doc *d = &r->docs.a[i];
    free(d->origin);
    free(d->text);
    sl_vec_free(&d->tok);
    sl_vec_free(&d->ltok);
    sl_vec_free(&d->soff);
    free(d->pos);
    for (int n = 0; n <= RG_MAX_N; n++) free_grams(&d->ng[n]);
    free_grams(&d->sk[0]);
    free_grams(&d->sk[1]);
  }
  sl_vec_free(&r->docs);
  for (size_t i = 0; i < r->evals.n; i++) {
    rg_eval *e = &r->evals.a[i];
    free(e->id);
    sl_vec_free(&e->peers);
    sl_vec_free(&e->models);
    for (size_t k = 0; k < e->model_ids.n; k++) free(e->model_ids.a[k]);
    sl_vec_free(&e->model_ids);
  }
  sl_vec_free(&r->evals);
  sl_strmap_free(&r->eval_ids);
  sl_strmap_free(&r->systems);
  sl_strmap_free(&r->raw);
  sl_strmap_free(&r->forms);
  sl_vec_free(&r->form_of);
  free(r->pair_key);
  free(r->pair_val);
  sl_vec_free(&r->diags);
  sl_arena_free(&r->arena);
  free(r->only);
  free(r);
}

static char *dup_str(const char *s) {
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (p) memcpy(p, s, n + 1);
  return p;
}

/* Index of cluster `id`, created when new; RG_NONE on OOM. */
static uint32_t eval_index(sl_rouge *r, const char *id) {
  bool added = false;
  uint32_t k = sl_strmap_intern(&r->eval_ids, id, strlen(id), &added);
  if (k == RG_NONE) return RG_NONE;
  if (added) {
    rg_eval e;
    memset(&e, 0, sizeof e);
    e.id = dup_str(id);
    if (!e.id || !sl_vec_push(&r->evals, e)) return RG_NONE;
  }
  return k;
}

sl_status rg_add(sl_rouge *r, bool is_ref, const char *cluster, const char *who, const char *text,
                 size_t len, const char *origin, bool missing) {
  SL_API_CHECK(r && cluster && who);
  free_results(r);
  uint32_t e = eval_index(r, cluster);
  if (e == RG_NONE) return SL_ENOMEM;
  rg_doc d;
  memset(&d, 0, sizeof d);
  char fallback[256];
  if (!origin) {
    snprintf(fallback, sizeof fallback, "%s %s of cluster %s", is_ref ? "reference" : "system",
             who, cluster);
    origin = fallback;
  }
  d.origin = dup_str(origin);
  d.missing = missing;
  if (!missing) {
    d.text = malloc(len + 1);
    if (d.text) {
      if (len) memcpy(d.text, text, len);
      d.text[len] = 0;
    }
    d.len = len;
  }
  if (!d.origin || (!missing && !d.text) || !sl_vec_push(&r->docs, d)) {
    free(d.origin);
    free(d.text);
    return SL_ENOMEM;
  }
  uint32_t di = (uint32_t)(r->docs.n - 1);
  rg_eval *ev = &r->evals.a[e];
  if (!missing) {
    size_t good = sl_utf8_valid_prefix(text, len), words = 0;
    if (good < len)
      rg_diag(r, SL_DIAG_WARNING, origin,
              "invalid UTF-8 at byte %zu; scored byte-wise like ROUGE-1.5.5 (non-ASCII bytes separate words)",
              good);
    for (size_t i = 0; i < len && !words; i++) words = is_alnum((unsigned char)text[i]);
    if (!words)
      rg_diag(r, SL_DIAG_WARNING, origin, "empty %s (no word): it scores 0",
              is_ref ? "reference" : "summary");
  }
  if (is_ref) {
    char *id = dup_str(who);
    if (!id || !sl_vec_push(&ev->models, di)) return free(id), SL_ENOMEM;
    if (!sl_vec_push(&ev->model_ids, id)) return free(id), SL_ENOMEM;
  } else {
    uint32_t s = sl_strmap_intern(&r->systems, who, strlen(who), NULL);
    if (s == RG_NONE) return SL_ENOMEM;
    rg_peer p = {s, di};
    if (!sl_vec_push(&ev->peers, p)) return SL_ENOMEM;
  }
  return SL_OK;
}

sl_status sl_rouge_add_ref(sl_rouge *r, const char *cluster, const char *ref, const char *text,
                           size_t len, const char *origin) {
  return rg_add(r, true, cluster, ref, text ? text : "", text ? len : 0, origin, false);
}

sl_status sl_rouge_add_system(sl_rouge *r, const char *cluster, const char *system,
                              const char *text, size_t len, const char *origin) {
  return rg_add(r, false, cluster, system, text ? text : "", text ? len : 0, origin, false);
}

sl_status sl_rouge_select_system(sl_rouge *r, const char *system) {
  SL_API_CHECK(r);
  free(r->only);
  r->only = NULL;
  if (system && !(r->only = dup_str(system))) return SL_ENOMEM;
  free_results(r);
  return SL_OK;
}

/* ---- text preparation ---------------------------------------------------- */

/* Perl's \s on bytes (ROUGE-1.5.5 reads its files as bytes: the official
 * outputs need -b to count bytes, not characters). */
static bool is_ws(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static bool is_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Processed id of the lower-case word w[0..n) (stopword removal, then -m
 * stemming of words longer than 3 bytes), or RG_NONE when dropped. */
static uint32_t word_form(sl_rouge *r, const char *w, size_t n, bool *oom) {
  bool added = false;
  uint32_t raw = sl_strmap_intern(&r->raw, w, n, &added);
  if (raw == RG_NONE) return *oom = true, RG_NONE;
  if (!added) return r->form_of.a[raw];
  uint32_t form = RG_NONE;
  char stack[64], *buf = n + 2 <= sizeof stack ? stack : malloc(n + 2);
  if (!buf) return *oom = true, RG_NONE;
  memcpy(buf, w, n);
  buf[n] = 0;
  if (!(r->o.stopwords && is_stopword(buf))) {
    size_t len = n;
    const char *out = buf;
    if (r->o.stem && n > 3) {
      const char *e = exception_of(buf);
      if (e) out = e, len = strlen(e);
      else len = sl_porter_stem(buf, n);
    }
    form = sl_strmap_intern(&r->forms, out, len, NULL);
    if (form == RG_NONE) *oom = true;
  }
  if (buf != stack) free(buf);
  if (!sl_vec_push(&r->form_of, form)) *oom = true;
  return form;
}

/* Appends the word ids of s[0..n) to v: words are the runs of ASCII
 * letters and digits (ROUGE turns every other byte, '-' included, into a
 * separator and drops '-' tokens), lower-cased. */
static bool tokenize(sl_rouge *r, const char *s, size_t n, void *vec) {
  SL_VEC(uint32_t) *v = vec;
  char stack[128];
  bool oom = false;
  size_t i = 0;
  while (i < n) {
    if (!is_alnum((unsigned char)s[i])) { i++; continue; }
    size_t j = i;
    while (j < n && is_alnum((unsigned char)s[j])) j++;
    char *w = j - i <= sizeof stack ? stack : malloc(j - i);
    if (!w) return false;
    for (size_t k = i; k < j; k++) {
      char c = s[k];
      w[k - i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    uint32_t id = word_form(r, w, j - i, &oom);
    if (w != stack) free(w);
    if (oom) return false;
    if (id != RG_NONE && !sl_vec_push(v, id)) return false;
    i = j;
  }
  return true;
}

/* Number of fields Perl's split(/\s+/, s) returns (a leading empty field
 * when s starts with whitespace; trailing empty fields dropped). */
static size_t perl_fields(const char *s, size_t n) {
  size_t words = 0, i = 0;
  while (i < n) {
    while (i < n && is_ws((unsigned char)s[i])) i++;
    if (i == n) break;
    words++;
    while (i < n && !is_ws((unsigned char)s[i])) i++;
  }
  return words + (words && is_ws((unsigned char)s[0]) ? 1 : 0);
}

/* Byte length of the first k fields of s (same field rules), i.e. what
 * join(" ", @fields[0..k-1]) keeps of the line. */
static size_t cut_fields(const char *s, size_t n, size_t k) {
  size_t count = 0, i = 0;
  if (n && is_ws((unsigned char)s[0]) && ++count == k) return 0;
  while (i < n) {
    while (i < n && is_ws((unsigned char)s[i])) i++;
    if (i == n) break;
    while (i < n && !is_ws((unsigned char)s[i])) i++;
    if (++count == k) return i;
  }
  return n;
}

/* Splits a text into ROUGE's sentence list (lines without the "\n",
 * empty lines skipped) and applies -l/-b the way readText (tok) and
 * readText_LCS (ltok/soff) each do. */
static sl_status prepare_doc(sl_rouge *r, rg_doc *d) {
  if (d->ready) return SL_OK;
  d->ready = true;
  if (!sl_vec_push(&d->soff, 0)) return SL_ENOMEM;
  if (d->missing || !d->text) return SL_OK;
  const char *t = d->text;
  size_t n = d->len, pos = 0;
  long words = r->o.words, bytes = r->o.bytes;
  size_t cum = 0;          /* readText: words or bytes kept so far */
  bool tok_done = false;   /* readText reached the limit */
  bool lcs_done = false;   /* readText_LCS reached the limit */
  while (pos < n && !(tok_done && lcs_done)) {
    const char *nl = memchr(t + pos, '\n', n - pos);
    size_t end = nl ? (size_t)(nl - t) : n, len = end - pos;
    const char *s = t + pos;
    pos = nl ? end + 1 : n;
    if (len == 0) continue;
    size_t keep = len, lkeep = len; /* bytes kept for readText and readText_LCS */
    bool last = false, llast = false;
    if (words > 0) {
      size_t f = perl_fields(s, len);
      if (cum + f < (size_t)words) cum += f;
      else keep = lkeep = cut_fields(s, len, (size_t)words - cum), last = llast = true;
    } else if (bytes > 0) {
      if (cum + len < (size_t)bytes) cum += len;
      else keep = (size_t)bytes - cum, last = true;
      /* readText_LCS never adds up the lengths: each line is measured alone */
      if (len >= (size_t)bytes) lkeep = (size_t)bytes, llast = true;
    }
    if (!tok_done) {
      if (!tokenize(r, s, keep, &d->tok)) return SL_ENOMEM;
      tok_done = last;
    }
    if (!lcs_done) {
      if (!tokenize(r, s, lkeep, &d->ltok)) return SL_ENOMEM;
      if (!sl_vec_push(&d->soff, (uint32_t)d->ltok.n)) return SL_ENOMEM;
      lcs_done = llast;
    }
  }
  free(d->text);
  d->text = NULL;
  return SL_OK;
}

/* ---- grams --------------------------------------------------------------- */

/* Id of the n-gram (prev n-1-gram id, word), interned in one table. */
static uint32_t pair_id(sl_rouge *r, uint32_t prev, uint32_t w, bool *oom) {
  if (r->pair_n * 2 >= r->pair_cap) {
    size_t cap = r->pair_cap ? r->pair_cap * 2 : 4096;
    uint64_t *k = calloc(cap, sizeof *k);
    uint32_t *v = calloc(cap, sizeof *v);
    if (!k || !v) return free(k), free(v), *oom = true, RG_NONE;
    for (size_t i = 0; i < r->pair_cap; i++) {
      if (!r->pair_val[i]) continue;
      size_t h = (size_t)(r->pair_key[i] * 0x9E3779B97F4A7C15ull >> 20) & (cap - 1);
      while (v[h]) h = (h + 1) & (cap - 1);
      k[h] = r->pair_key[i];
      v[h] = r->pair_val[i];
    }
    free(r->pair_key);
    free(r->pair_val);
    r->pair_key = k, r->pair_val = v, r->pair_cap = cap;
  }
  uint64_t key = (uint64_t)prev << 32 | w;
  size_t h = (size_t)(key * 0x9E3779B97F4A7C15ull >> 20) & (r->pair_cap - 1);
  while (r->pair_val[h]) {
    if (r->pair_key[h] == key) return r->pair_val[h] - 1;
    h = (h + 1) & (r->pair_cap - 1);
  }
  r->pair_key[h] = key;
  r->pair_val[h] = ++r->next_gram;
  r->pair_n++;
  return r->next_gram - 1;
}

/* Sorts a[0..n) ascending: insertion sort when short, else an LSD radix
 * sort on 8-bit digits that skips digits all keys share.  tmp holds n. */
static void sort_u64(uint64_t *a, size_t n, uint64_t *tmp) {
  if (n < 48) {
    for (size_t i = 1; i < n; i++) {
      uint64_t x = a[i];
      size_t j = i;
      while (j && a[j - 1] > x) a[j] = a[j - 1], j--;
      a[j] = x;
    }
    return;
  }
  size_t count[256];
  uint64_t *src = a, *dst = tmp, all_or = 0;
  for (size_t i = 0; i < n; i++) all_or |= a[i];
  for (int shift = 0; shift < 64; shift += 8) {
    if (!(all_or >> shift & 0xFF)) continue; /* digit is 0 in every key */
    memset(count, 0, sizeof count);
    for (size_t i = 0; i < n; i++) count[src[i] >> shift & 0xFF]++;
    if (count[src[0] >> shift & 0xFF] == n) continue; /* one digit value: nothing to do */
    size_t sum = 0;
    for (size_t d = 0; d < 256; d++) {
      size_t c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (size_t i = 0; i < n; i++) dst[count[src[i] >> shift & 0xFF]++] = src[i];
    uint64_t *t = src;
    src = dst, dst = t;
  }
  if (src != a) memcpy(a, src, n * sizeof *a);
}

/* Sorts ids[0..n) and stores them as a multiset in g (takes ids). */
static sl_status build_multiset(rg_grams *g, uint64_t *ids, size_t n) {
  uint64_t *tmp = n >= 48 ? malloc(n * sizeof *tmp) : NULL;
  if (n >= 48 && !tmp) return free(ids), SL_ENOMEM;
  sort_u64(ids, n, tmp);
  free(tmp);
  g->cnt = malloc((n ? n : 1) * sizeof *g->cnt);
  if (!g->cnt) return free(ids), SL_ENOMEM;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (k && ids[k - 1] == ids[i]) g->cnt[k - 1]++;
    else ids[k] = ids[i], g->cnt[k++] = 1;
  }
  g->id = ids;
  g->n = (uint32_t)k;
  g->total = (uint32_t)n;
  g->built = true;
  return SL_OK;
}

/* ROUGE createNGram: every n-gram of the token list. */
static sl_status ngrams(sl_rouge *r, rg_doc *d, int n) {
  rg_grams *g = &d->ng[n];
  if (g->built) return SL_OK;
  size_t t = d->tok.n, m = t >= (size_t)n ? t - (size_t)n + 1 : 0;
  uint64_t *ids = malloc((m ? m : 1) * sizeof *ids);
  if (!ids) return SL_ENOMEM;
  bool oom = false;
  if (n > 1 && d->pos && d->pos_n == n - 1) {
    /* extend the cached (n-1)-grams by one word, in place */
    for (size_t i = 0; i < m && !oom; i++) d->pos[i] = pair_id(r, d->pos[i], d->tok.a[i + (size_t)n - 1], &oom);
  } else {
    free(d->pos);
    d->pos = malloc((t ? t : 1) * sizeof *d->pos);
    if (!d->pos) return free(ids), SL_ENOMEM;
    for (size_t i = 0; i < m; i++) {
      uint32_t id = d->tok.a[i];
      for (int j = 1; j < n && !oom; j++) id = pair_id(r, id, d->tok.a[i + (size_t)j], &oom);
      d->pos[i] = id;
    }
  }
  d->pos_n = n;
  if (oom) return d->pos_n = 0, free(ids), SL_ENOMEM;
  for (size_t i = 0; i < m; i++) ids[i] = d->pos[i];
  return build_multiset(g, ids, m);
}

/* ROUGE createSkipBigram: pairs at most skip+1 apart (skip < 0: any), and
 * with -u the unigram of every token but the last. */
static sl_status skipgrams(sl_rouge *r, rg_doc *d, bool uni) {
  rg_grams *g = &d->sk[uni];
  if (g->built) return SL_OK;
  SL_VEC(uint64_t) v = {0};
  size_t t = d->tok.n;
  long sd = r->o.skip;
  /* pairs = sum over i of min(gap + 1, t - 1 - i): quadratic without a gap
   * limit, so refuse (SL_EINVAL) above RG_MAX_CELLS instead of exhausting memory */
  size_t span = sd < 0 ? t : (size_t)sd + 1, pairs = 0;
  for (size_t i = 0; i + 1 < t && pairs <= RG_MAX_CELLS; i++) pairs += SL_MIN(span, t - 1 - i) + uni;
  if (pairs > RG_MAX_CELLS) return SL_EINVAL;
  for (size_t i = 0; i + 1 < t; i++) {
    if (uni && !sl_vec_push(&v, (uint64_t)d->tok.a[i] << 32 | 0xFFFFFFFFu)) goto oom;
    for (size_t j = i + 1; j < t && (sd < 0 || j <= i + (size_t)sd + 1); j++)
      if (!sl_vec_push(&v, (uint64_t)d->tok.a[i] << 32 | d->tok.a[j])) goto oom;
  }
  if (!v.a && !(v.a = malloc(sizeof *v.a))) return SL_ENOMEM;
  return build_multiset(g, v.a, v.n);
oom:
  sl_vec_free(&v);
  return SL_ENOMEM;
}

/* Clipped overlap of two multisets. */
static uint32_t overlap(const rg_grams *a, const rg_grams *b) {
  uint32_t hit = 0, i = 0, j = 0;
  while (i < a->n && j < b->n) {
    if (a->id[i] < b->id[j]) i++;
    else if (a->id[i] > b->id[j]) j++;
    else hit += SL_MIN(a->cnt[i], b->cnt[j]), i++, j++;
  }
  return hit;
}

/* ---- LCS and WLCS ---------------------------------------------------------- */

/* Scratch memory for one scoring pass. */
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
  bool too_long;         /* a sentence pair exceeded RG_MAX_CELLS */
  size_t nwdiff;
} rg_scratch;

static bool scratch_cells(rg_scratch *s, size_t cells, bool wl) {
  if (cells > s->ncell) {
    free(s->c);
    free(s->l);
    s->l = NULL;
    s->c = malloc(cells * sizeof *s->c);
    s->ncell = s->c ? cells : 0;
    if (!s->c) return false;
  }
  if (wl && !s->l) s->l = malloc(s->ncell * sizeof *s->l);
  return !wl || s->l;
}

/* Marks in mask the model positions on ROUGE's LCS path of model x peer,
 * the DP table filled and traced exactly as lcs_inner + markLCS do: a match
 * goes diagonal, otherwise "up" wins ties (c[i-1][j] >= c[i][j-1]).  The
 * table is integer here (lengths), doubles for WLCS below. */
static bool lcs_mark(rg_scratch *s, const uint32_t *m, size_t mn, const uint32_t *p, size_t pn,
                     uint8_t *mask) {
  size_t W = pn + 1, cells = (mn + 1) * W;
  if (cells > RG_MAX_CELLS) return s->too_long = true, false;
  if (cells > s->nci) {
    free(s->ci);
    s->ci = malloc(cells * sizeof *s->ci);
    s->nci = s->ci ? cells : 0;
    if (!s->ci) return false;
  }
  int32_t *c = s->ci;
  memset(c, 0, W * sizeof *c);
  for (size_t i = 1; i <= mn; i++) {
    int32_t *row = c + i * W, *up = row - W;
    uint32_t mw = m[i - 1];
    row[0] = 0;
    for (size_t j = 1; j <= pn; j++) {
      if (mw == p[j - 1]) row[j] = up[j - 1] + 1;
      else row[j] = up[j] >= row[j - 1] ? up[j] : row[j - 1];
    }
  }
  size_t i = mn, j = pn;
  while (i && j) {
    size_t at = i * W + j;
    if (m[i - 1] == p[j - 1]) mask[--i] = 1, j--;
    else if (c[at - W] >= c[at - 1]) i--;
    else j--;
  }
  return true;
}

/* The same for ROUGE-W (wlcs_inner): a match adds f(k+1) - f(k) where k is
 * the length of the consecutive run so far, f(k) = k^w. */
static bool wlcs_mark(sl_rouge *r, rg_scratch *s, const uint32_t *m, size_t mn, const uint32_t *p,
                      size_t pn, uint8_t *mask) {
  size_t W = pn + 1;
  if ((mn + 1) * W > RG_MAX_CELLS) return s->too_long = true, false;
  if (!scratch_cells(s, (mn + 1) * W, true)) return false;
  double *c = s->c;
  int32_t *l = s->l;
  for (size_t j = 0; j <= pn; j++) c[j] = 0, l[j] = 0;
  for (size_t i = 1; i <= mn; i++) {
    c[i * W] = 0;
    l[i * W] = 0;
    for (size_t j = 1; j <= pn; j++) {
      size_t at = i * W + j;
      if (m[i - 1] == p[j - 1]) {
        int32_t k = l[at - W - 1];
        if ((size_t)k + 1 >= s->nwdiff) {
          size_t nn = (size_t)k + 64;
          double *nw = realloc(s->wdiff, nn * sizeof *nw);
          if (!nw) return false;
          for (size_t q = s->nwdiff; q < nn; q++)
            nw[q] = pow((double)q + 1, r->o.wlcs) - pow((double)q, r->o.wlcs);
          s->wdiff = nw, s->nwdiff = nn;
        }
        c[at] = c[at - W - 1] + s->wdiff[k];
        l[at] = k + 1;
      } else if (c[at - W] >= c[at - 1]) {
        c[at] = c[at - W];
        l[at] = 0;
      } else {
        c[at] = c[at - 1];
        l[at] = 0;
      }
    }
  }
  size_t i = mn, j = pn;
  while (i && j) {
    size_t at = i * W + j;
    if (m[i - 1] == p[j - 1]) mask[--i] = 1, j--;
    else if (c[at - W] >= c[at - 1]) i--;
    else j--;
  }
  return true;
}

/* Loads a unigram multiset into a count array (ids are word ids). */
static void load_counts(int32_t *cnt, const rg_grams *g, int sign) {
  for (uint32_t i = 0; i < g->n; i++) cnt[g->id[i]] = sign > 0 ? (int32_t)g->cnt[i] : 0;
}

/* ROUGE lcs()/wlcs() for one model: *hit, *base (model length, weighted
 * for WLCS) and *score.  Counts are clipped by the unigram counts. */
static bool lcs_pair(sl_rouge *r, rg_scratch *s, rg_doc *md, rg_doc *pd, bool wl, double *hit,
                     double *base, double *score) {
  double w = r->o.wlcs;
  load_counts(s->mcnt, &md->ng[1], 1);
  load_counts(s->pcnt, &pd->ng[1], 1);
  *hit = 0, *base = 0;
  bool ok = true;
  for (size_t si = 0; si + 1 < md->soff.n && ok; si++) {
    const uint32_t *m = md->ltok.a + md->soff.a[si];
    size_t mn = md->soff.a[si + 1] - md->soff.a[si];
    *base += wl ? pow((double)mn, w) : (double)mn;
    if (!mn) continue;
    if (mn > s->nmask) {
      free(s->mask);
      s->mask = malloc(mn);
      s->nmask = s->mask ? mn : 0;
      if (!s->mask) { ok = false; break; }
    }
    memset(s->mask, 0, mn);
    for (size_t pj = 0; pj + 1 < pd->soff.n && ok; pj++) {
      size_t pn = pd->soff.a[pj + 1] - pd->soff.a[pj];
      const uint32_t *p = pd->ltok.a + pd->soff.a[pj];
      if (pn) ok = wl ? wlcs_mark(r, s, m, mn, p, pn, s->mask) : lcs_mark(s, m, mn, p, pn, s->mask);
    }
    long run = 0;
    for (size_t j = 0; j < mn && ok; j++) {
      uint32_t t = m[j];
      if (!s->mask[j] || s->mcnt[t] <= 0 || s->pcnt[t] <= 0) continue;
      if (wl) {
        run++;
        if ((j + 1 < mn && !s->mask[j + 1]) || j + 1 == mn) *hit += pow((double)run, w), run = 0;
      } else {
        *hit += 1;
      }
      s->mcnt[t]--, s->pcnt[t]--;
    }
  }
  load_counts(s->mcnt, &md->ng[1], 0);
  load_counts(s->pcnt, &pd->ng[1], 0);
  if (wl) *score = *base > 0 ? pow(*hit / *base, 1 / w) : 0;
  else *score = *base > 0 ? *hit / *base : 0;
  return ok;
}

/* ---- per-cluster scores ---------------------------------------------------- */

/* Scores one system summary against a cluster's references for metric mt:
 * ROUGE's compute*Score followed by computeROUGEX. */
static sl_status score_one(sl_rouge *r, rg_scratch *s, const rg_metric *mt, rg_eval *e,
                           rg_doc *pd, double out[3]) {
  bool wl = mt->kind == RG_W, best_mode = r->o.formula == 'B';
  double w = r->o.wlcs;
  double tot_hit = 0, tot_m = 0, tot_p = 0, best = -1;
  sl_status st;
  for (size_t k = 0; k < e->models.n; k++) {
    rg_doc *md = &r->docs.a[e->models.a[k]];
    if (md->missing) continue;
    double hit, mcount, pcount, score;
    if (mt->kind == RG_N) {
      if ((st = ngrams(r, pd, mt->n)) || (st = ngrams(r, md, mt->n))) return st;
      hit = overlap(&pd->ng[mt->n], &md->ng[mt->n]);
      mcount = md->ng[mt->n].total;
      pcount = pd->ng[mt->n].total;
      score = mcount ? round5(hit / mcount) : 0;
    } else if (mt->kind == RG_S) {
      if ((st = skipgrams(r, pd, mt->n)) || (st = skipgrams(r, md, mt->n))) {
        if (st == SL_EINVAL)
          rg_diag(r, SL_DIAG_SKIPPED, pd->sk[mt->n].built ? md->origin : pd->origin,
                  "too long for %s (more than %lu skip-bigrams): cluster left out", mt->name,
                  (unsigned long)RG_MAX_CELLS);
        return st;
      }
      hit = overlap(&pd->sk[mt->n], &md->sk[mt->n]);
      mcount = md->sk[mt->n].total;
      pcount = pd->sk[mt->n].total;
      score = mcount ? round5(hit / mcount) : 0;
    } else {
      if ((st = ngrams(r, pd, 1)) || (st = ngrams(r, md, 1))) return st;
      double base;
      if (!lcs_pair(r, s, md, pd, wl, &hit, &base, &score)) {
        if (!s->too_long) return SL_ENOMEM;
        rg_diag(r, SL_DIAG_SKIPPED, pd->origin,
                "a sentence pair with %s is too long for %s (more than %lu DP cells): cluster left out", md->origin,
                mt->name, (unsigned long)RG_MAX_CELLS);
        return SL_EINVAL;
      }
      mcount = wl ? pow(base, w) : base;
      pcount = wl ? pow((double)pd->ng[1].total, w) : pd->ng[1].total;
    }
    if (best_mode) {
      if (score > best) best = score, tot_hit = hit, tot_m = mcount, tot_p = pcount;
    } else {
      tot_hit += hit, tot_m += mcount, tot_p += pcount;
    }
  }
  if (r->o.unit) {
    out[0] = tot_m, out[1] = tot_p, out[2] = tot_hit;
    return SL_OK;
  }
  double R = 0, P = 0, F = 0, a = r->o.alpha;
  if (tot_m != 0) R = round5(wl ? pow(tot_hit / tot_m, 1 / w) : tot_hit / tot_m);
  if (tot_p != 0) P = round5(wl ? pow(tot_hit / tot_p, 1 / w) : tot_hit / tot_p);
  if ((1 - a) * P + a * R > 0) F = round5((P * R) / ((1 - a) * P + a * R));
  out[0] = R, out[1] = P, out[2] = F;
  return SL_OK;
}

/* ---- averages and bootstrap ------------------------------------------------- */

/* Perl's drand48 after srand(seed): 48-bit LCG, state (seed << 16) | 0x330E. */
typedef struct rg_rand { uint64_t x; } rg_rand;
static void rand_seed(rg_rand *g, uint32_t seed) { g->x = (uint64_t)seed << 16 | 0x330E; }
static double rand_next(rg_rand *g) {
  g->x = (g->x * 0x5DEECE66Dull + 0xB) & 0xFFFFFFFFFFFFull;
  return ldexp((double)g->x, -48);
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Index drawn by int(rand(n)) for resample i, draw k: idx[i*n + k]. */
static uint32_t *draw_table(int resamples, size_t n) {
  uint32_t *idx = malloc((size_t)resamples * (n ? n : 1) * sizeof *idx);
  if (!idx) return NULL;
  for (int i = 0; i < resamples; i++) {
    rg_rand g;
    rand_seed(&g, (uint32_t)i);
    for (size_t k = 0; k < n; k++) idx[(size_t)i * n + k] = (uint32_t)((double)n * rand_next(&g));
  }
  return idx;
}

/* ROUGE computeAverages: the reported average is the mean of the sorted
 * bootstrap sample means, the interval their percentiles. */
static sl_status average(sl_rouge *r, rg_result *res, uint32_t **tables, size_t *table_n) {
  size_t n = res->inst.n;
  sl_rouge_score *a = &res->avg;
  memset(a, 0, sizeof *a);
  a->clusters = n;
  double tot[3] = {0, 0, 0};
  for (size_t i = 0; i < n; i++)
    for (int k = 0; k < 3; k++) tot[k] += res->inst.a[i].v[k];
  a->m_count = tot[0], a->p_count = tot[1], a->h_count = tot[2];
  if (r->o.unit == 2) return SL_OK;
  int R = r->o.resamples;
  if (*table_n != n || !*tables) {
    free(*tables);
    *tables = draw_table(R, n);
    *table_n = n;
    if (!*tables) return SL_ENOMEM;
  }
  double *smp = malloc(3 * (size_t)R * sizeof *smp);
  if (!smp) return SL_ENOMEM;
  double al = r->o.alpha;
  for (int i = 0; i < R; i++) {
    double sm[3] = {0, 0, 0};
    for (size_t k = 0; k < n; k++) {
      const double *v = res->inst.a[(*tables)[(size_t)i * n + k]].v;
      sm[0] += v[0], sm[1] += v[1], sm[2] += v[2];
    }
    if (r->o.unit == 0) {
      for (int k = 0; k < 3; k++) sm[k] = n ? sm[k] / (double)n : 0;
    } else {
      double tr = sm[0] > 0 ? sm[2] / sm[0] : 0, tp = sm[1] > 0 ? sm[2] / sm[1] : 0, tf = 0;
      if ((1 - al) * tp + al * tr > 0) tf = (tr * tp) / ((1 - al) * tp + al * tr);
      sm[0] = tr, sm[1] = tp, sm[2] = tf;
    }
    for (int k = 0; k < 3; k++) smp[(size_t)k * (size_t)R + (size_t)i] = sm[k];
  }
  double delta = R * ((100 - r->o.conf) / 2.0) / 100.0;
  long ua = (long)(R - delta - 1), la = (long)delta;
  double ratio = R - delta - 1 - (double)ua;
  double avg[3], lo[3], hi[3];
  for (int k = 0; k < 3; k++) {
    double *x = smp + (size_t)k * (size_t)R;
    qsort(x, (size_t)R, sizeof *x, cmp_double);
    double sum = 0;
    for (int i = 0; i < R; i++) sum += x[i];
#define AT(i) ((i) >= 0 && (i) < R ? x[i] : 0.0) /* Perl: undef element is 0 */
    avg[k] = round5(sum / R);
    lo[k] = round5(AT(la) + (AT(la + 1) - AT(la)) * ratio);
    hi[k] = round5(AT(ua) + (AT(ua + 1) - AT(ua)) * ratio);
#undef AT
  }
  a->r = avg[0], a->p = avg[1], a->f = avg[2];
  a->r_lo = lo[0], a->r_hi = hi[0], a->p_lo = lo[1], a->p_hi = hi[1];
  a->f_lo = lo[2], a->f_hi = hi[2];
  free(smp);
  return SL_OK;
}

/* Compares "e1.s1" with "e2.s2" (ROUGE's test ids) in byte order. */
static int cmp_testid(const char *e1, const char *s1, const char *e2, const char *s2) {
  /* byte order of e1 "." s1 versus e2 "." s2 */
  const unsigned char *a = (const unsigned char *)e1, *b = (const unsigned char *)e2;
  int part_a = 0, part_b = 0;
  for (;;) {
    int ca = *a ? *a : part_a == 0 ? '.' : 0, cb = *b ? *b : part_b == 0 ? '.' : 0;
    if (ca != cb) return ca - cb;
    if (!ca) return 0;
    if (*a) a++; else { part_a = 1; a = (const unsigned char *)s1; }
    if (*b) b++; else { part_b = 1; b = (const unsigned char *)s2; }
  }
}

static const sl_rouge *sort_ctx; /* qsort has no context argument */
static const char *sort_sys;
static int cmp_inst(const void *x, const void *y) {
  const rg_inst *a = x, *b = y;
  return cmp_testid(sort_ctx->evals.a[a->eval].id, sort_sys, sort_ctx->evals.a[b->eval].id,
                    sort_sys);
}
static int cmp_sys(const void *x, const void *y) {
  const char *a = sl_strmap_key(&sort_ctx->systems, *(const uint32_t *)x, NULL);
  const char *b = sl_strmap_key(&sort_ctx->systems, *(const uint32_t *)y, NULL);
  return strcmp(a, b);
}

static sl_status build_metrics(sl_rouge *r) {
  rg_metric m;
  for (int n = 1; n <= r->o.max_n; n++) {
    memset(&m, 0, sizeof m);
    m.kind = RG_N, m.n = n;
    snprintf(m.name, sizeof m.name, "ROUGE-%d", n);
    if (!sl_vec_push(&r->metrics, m)) return SL_ENOMEM;
  }
  if (r->o.lcs) {
    memset(&m, 0, sizeof m);
    m.kind = RG_L;
    strcpy(m.name, "ROUGE-L");
    if (!sl_vec_push(&r->metrics, m)) return SL_ENOMEM;
  }
  if (r->o.wlcs > 0) {
    memset(&m, 0, sizeof m);
    m.kind = RG_W;
    snprintf(m.name, sizeof m.name, "ROUGE-W-%s", r->o.wlcs_label);
    if (!sl_vec_push(&r->metrics, m)) return SL_ENOMEM;
  }
  if (r->o.skip != SL_ROUGE_NO_SKIP) {
    char gap[16];
    if (r->o.skip >= 0) snprintf(gap, sizeof gap, "%d", r->o.skip);
    else strcpy(gap, "*");
    for (int pass = 0; pass < 2; pass++) {
      int uni = r->o.skip_unigrams == 1 ? 1 : pass;
      if (pass == 1 && r->o.skip_unigrams != 2) break;
      memset(&m, 0, sizeof m);
      m.kind = RG_S, m.n = uni;
      snprintf(m.name, sizeof m.name, "ROUGE-S%s%s", uni ? "U" : "", gap);
      if (!sl_vec_push(&r->metrics, m)) return SL_ENOMEM;
    }
  }
  return SL_OK;
}

sl_status sl_rouge_compute(sl_rouge *r, sl_error *err) {
  SL_API_CHECK(r);
  free_results(r);
  sl_status st = build_metrics(r);
  if (st) return sl_error_set(err, st, "", 0, "out of memory");
  /* Systems to score, in byte order (ROUGE: sort keys %ROUGEPeerIDTable). */
  for (uint32_t sy = 0; sy < sl_strmap_count(&r->systems); sy++) {
    if (r->only && strcmp(r->only, sl_strmap_key(&r->systems, sy, NULL))) continue;
    if (!sl_vec_push(&r->order, sy)) return sl_error_set(err, SL_ENOMEM, "", 0, "out of memory");
  }
  sort_ctx = r;
  if (r->order.n > 1) qsort(r->order.a, r->order.n, sizeof *r->order.a, cmp_sys);
  if (r->only && !r->order.n)
    return sl_error_set(err, SL_ENOTFOUND, "", 0, "system '%s' does not occur in the input", r->only);
  /* Clusters without any readable reference cannot be scored. */
  bool any = false;
  for (size_t e = 0; e < r->evals.n; e++) {
    rg_eval *ev = &r->evals.a[e];
    size_t ok = 0;
    for (size_t k = 0; k < ev->models.n; k++) ok += !r->docs.a[ev->models.a[k]].missing;
    if (!ok) {
      rg_diag(r, SL_DIAG_SKIPPED, "", "cluster %s has no readable reference: not scored", ev->id);
      continue;
    }
    if (ev->peers.n) any = true;
  }
  if (!any) return sl_error_set(err, SL_EEMPTY, "", 0, "no cluster has both a system summary and a reference");
  size_t nword = 0;
  for (size_t i = 0; i < r->docs.n; i++)
    if ((st = prepare_doc(r, &r->docs.a[i]))) return sl_error_set(err, st, "", 0, "out of memory");
  nword = sl_strmap_count(&r->forms) + 1;
  rg_scratch s;
  memset(&s, 0, sizeof s);
  s.mcnt = calloc(nword, sizeof *s.mcnt);
  s.pcnt = calloc(nword, sizeof *s.pcnt);
  s.ncnt = nword;
  if (r->o.wlcs > 0) s.wdiff = calloc(1, sizeof *s.wdiff), s.nwdiff = 0;
  r->res = calloc(r->order.n * r->metrics.n + 1, sizeof *r->res);
  uint32_t *tables = NULL;
  /* peer_doc[e * systems + oi]: summary of system order[oi] for cluster e
   * (the last one added wins, as in ROUGE's hash); has_ref[e]: a readable
   * reference exists. */
  uint32_t *peer_doc = malloc((r->evals.n * r->order.n + 1) * sizeof *peer_doc);
  uint32_t *slot = malloc((sl_strmap_count(&r->systems) + 1) * sizeof *slot);
  bool *has_ref = calloc(r->evals.n + 1, sizeof *has_ref);
  if (!peer_doc || !slot || !has_ref) { st = SL_ENOMEM; goto done; }
  for (size_t i = 0; i < sl_strmap_count(&r->systems); i++) slot[i] = RG_NONE;
  for (size_t oi = 0; oi < r->order.n; oi++) slot[r->order.a[oi]] = (uint32_t)oi;
  for (size_t i = 0; i < r->evals.n * r->order.n; i++) peer_doc[i] = RG_NONE;
  for (size_t e = 0; e < r->evals.n; e++) {
    const rg_eval *ev = &r->evals.a[e];
    for (size_t p = 0; p < ev->peers.n; p++)
      if (slot[ev->peers.a[p].sys] != RG_NONE)
        peer_doc[e * r->order.n + slot[ev->peers.a[p].sys]] = ev->peers.a[p].doc;
    for (size_t k = 0; k < ev->models.n; k++) has_ref[e] |= !r->docs.a[ev->models.a[k]].missing;
  }
  size_t table_n = 0;
  if (!s.mcnt || !s.pcnt || !r->res || (r->o.wlcs > 0 && !s.wdiff)) { st = SL_ENOMEM; goto done; }
  for (size_t oi = 0; oi < r->order.n; oi++) {
    uint32_t sy = r->order.a[oi];
    sort_sys = sl_strmap_key(&r->systems, sy, NULL);
    for (size_t mi = 0; mi < r->metrics.n; mi++) {
      rg_result *res = &r->res[oi * r->metrics.n + mi];
      for (size_t e = 0; e < r->evals.n; e++) {
        rg_eval *ev = &r->evals.a[e];
        uint32_t pdi = peer_doc[e * r->order.n + oi];
        rg_doc *pd = pdi == RG_NONE ? NULL : &r->docs.a[pdi];
        if (!has_ref[e]) continue;
        if (!pd) {
          if (mi == 0)
            rg_diag(r, SL_DIAG_SKIPPED, "", "system %s has no summary for cluster %s", sort_sys,
                    ev->id);
          continue;
        }
        if (pd->missing) continue;
        rg_inst in = {(uint32_t)e, {0, 0, 0}};
        st = score_one(r, &s, &r->metrics.a[mi], ev, pd, in.v);
        if (st == SL_EINVAL) { /* too long for ROUGE-L/W: this cluster is left out (diagnostic) */
          s.too_long = false, st = SL_OK;
          continue;
        }
        if (st) goto done;
        if (!sl_vec_push(&res->inst, in)) { st = SL_ENOMEM; goto done; }
      }
      if (res->inst.n > 1) qsort(res->inst.a, res->inst.n, sizeof *res->inst.a, cmp_inst);
      if ((st = average(r, res, &tables, &table_n))) goto done;
    }
  }
  r->computed = true;
done:
  free(tables);
  free(peer_doc), free(slot), free(has_ref);
  free(s.mcnt), free(s.pcnt), free(s.c), free(s.ci), free(s.l), free(s.mask), free(s.wdiff);
  if (st) {
    free_results(r);
    return sl_error_set(err, st, "", 0, "out of memory");
  }
  return SL_OK;
}

/* ---- accessors --------------------------------------------------------------- */

size_t sl_rouge_metric_count(const sl_rouge *r) { return r && r->computed ? r->metrics.n : 0; }
const char *sl_rouge_metric_name(const sl_rouge *r, size_t i) {
  return r && r->computed && i < r->metrics.n ? r->metrics.a[i].name : NULL;
}
size_t sl_rouge_system_count(const sl_rouge *r) { return r && r->computed ? r->order.n : 0; }
const char *sl_rouge_system_name(const sl_rouge *r, size_t i) {
  return r && r->computed && i < r->order.n ? sl_strmap_key(&r->systems, r->order.a[i], NULL) : NULL;
}
sl_status sl_rouge_get(const sl_rouge *r, size_t sys, size_t metric, sl_rouge_score *out) {
  if (!r || !r->computed || sys >= r->order.n || metric >= r->metrics.n || !out) return SL_EINVAL;
  *out = r->res[sys * r->metrics.n + metric].avg;
  return SL_OK;
}
size_t sl_rouge_diag_count(const sl_rouge *r) { return r ? r->diags.n : 0; }
const sl_diag *sl_rouge_diag(const sl_rouge *r, size_t i) {
  return r && i < r->diags.n ? &r->diags.a[i] : NULL;
}
