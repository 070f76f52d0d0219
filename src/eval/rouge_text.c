/*
 * rouge_text.c — how ROUGE-1.5.5 turns a summary file into words: lines
 * (split at "\n", empty lines dropped), -l/-b truncation the way readText
 * and readText_LCS each apply it, ASCII lower-casing, every byte outside
 * [A-Za-z0-9] a separator, SMART stopwords (-s), and -m stemming (WordNet
 * exception lists, else Porter) of words longer than 3 bytes.
 *
 * Invariant: one pass over the bytes (linear in the text); a surface word
 * is stemmed once per evaluation (cached by its id), so the same word
 * always gets the same id.
 */
#include <stdio.h>
#include <string.h>

#include "porter.h"
#include "rouge_impl.h"

#include "rouge_data.inc" /* tools/gen_rouge_data.py */

/* Both tables are sorted in byte order by the generator: binary search. */
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

/* ---- text preparation ---------------------------------------------------- */

/* Perl's \s on bytes (ROUGE-1.5.5 reads its files as bytes: the official
 * outputs need -b to count bytes, not characters). */
static bool is_ws(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool rg_is_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Processed id of the lower-case word w[0..n) (stopword removal, then -m
 * stemming of words longer than 3 bytes), or RG_NONE when dropped. */
static uint32_t word_form(sl_rouge *r, const char *w, size_t n, bool *oom) {
  uint32_t raw = sl_strmap_intern(&r->raw, w, n, NULL);
  if (raw == RG_NONE) return *oom = true, RG_NONE;
  if (raw < r->form_of.n) return r->form_of.a[raw]; /* seen before (ids are dense) */
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
  if (!sl_vec_push(&r->form_of, form)) *oom = true; /* raw == form_of.n before the push */
  return form;
}

/* Appends the word ids of s[0..n) to v: words are the runs of ASCII
 * letters and digits (ROUGE turns every other byte, '-' included, into a
 * separator and drops '-' tokens), lower-cased. */
static bool tokenize(sl_rouge *r, const char *s, size_t n, rg_ids *v) {
  char stack[128];
  bool oom = false;
  size_t i = 0;
  while (i < n) {
    if (!rg_is_alnum((unsigned char)s[i])) { i++; continue; }
    size_t j = i;
    while (j < n && rg_is_alnum((unsigned char)s[j])) j++;
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
sl_status rg_prepare_doc(sl_rouge *r, rg_doc *d) {
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
