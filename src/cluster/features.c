/*
 * features.c — the clusterer's own light text path: one pass over the raw
 * bytes, no allocation per token.  A word is a run of ASCII letters and
 * digits and non-ASCII characters (general punctuation such as curly
 * quotes and dashes separates words).  Words are ASCII-lowercased; terms
 * are the words that are not stopwords, not all digits and at least two
 * bytes long, with a plural 's' stripped (Harman's S-stemmer).  Terms are
 * hashed (an inline multiply-xorshift hash, 8 bytes a step), never
 * interned, so the vocabulary costs no memory.
 *
 * Weights: a body occurrence counts 1, a title occurrence TITLE_WEIGHT.
 * (An extra weight for capitalised words, likely names, was tried and
 * lowered pairwise F1 on both dev streams; see docs/cluster.md.)  The MinHash signature is one-permutation hashing
 * (Li, Owen & Zhang 2012) over the shingles of three consecutive words,
 * stopwords included, so that re-runs of a wire story match even when a
 * few words were changed: 64 bins, each keeping the low 16 bits of its
 * minimum (the memory of 32 bins of 32 bits; a chance match of 16-bit
 * minima is rare enough next to the variance the extra bins remove), and
 * the number of shingles, for the containment estimate.
 */
#include <string.h>

#include "../text/text.h"
#include "cluster.h"

enum { MAX_WORD = 64 };
enum { KIND_WORD = 1, KIND_CHECK = 2, KIND_NONDIGIT = 4 }; /* bits of sl_cl_scratch.kind */
#define TITLE_WEIGHT 2.0f
#define TERM_SEED 0x5107u

static uint64_t mix64(uint64_t z) { /* splitmix64 finaliser */
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

/* Term hash of a lower-cased word held in a buffer with 8 bytes of slack:
 * eight bytes at a time, the bytes past len masked off, then a splitmix64
 * finaliser (inline: most words are one 8-byte step, cheaper than a call
 * to a general hash).  Never 0. */
static inline uint64_t word_hash(const char *w, size_t len) {
  uint64_t h = (uint64_t)len * 0x9e3779b97f4a7c15ull ^ TERM_SEED;
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t x;
    memcpy(&x, w + i, 8);
    h = (h ^ x) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 31;
  }
  if (i < len) {
    uint64_t x;
    memcpy(&x, w + i, 8); /* within the slack */
    x &= ~0ull >> (64 - 8 * (len - i));
    h = (h ^ x) * 0xbf58476d1ce4e5b9ull;
  }
  return mix64(h) | 1;
}

static bool stop_has(const uint64_t *tab, uint64_t h) {
  for (size_t i = h & 511;; i = (i + 1) & 511) {
    if (tab[i] == 0) return false;
    if (tab[i] == h) return true;
  }
}

bool sl_cl_scratch_init(sl_cl_scratch *s) {
  memset(s, 0, sizeof *s);
  for (unsigned c = 0; c < 256; c++) /* letters lower-cased, digits, bytes >= 0x80; 0 separates */
    s->lower[c] = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ? (unsigned char)c
                  : c >= 'A' && c <= 'Z'                                        ? (unsigned char)(c | 0x20)
                                                                                : 0;
  for (unsigned c = 0; c < 256; c++) /* word byte; may start a non-ASCII separator; not a digit */
    s->kind[c] = (unsigned char)((s->lower[c] ? KIND_WORD : 0) | (c == 0xE2 || c == 0xC2 ? KIND_CHECK : 0) |
                                 (c < '0' || c > '9' ? KIND_NONDIGIT : 0));
  s->cap = 1024;
  s->keys = calloc(s->cap, sizeof *s->keys);
  s->vals = calloc(s->cap, sizeof *s->vals);
  s->used = calloc(s->cap, sizeof *s->used);
  if (!s->keys || !s->vals || !s->used) return false;
  for (size_t i = 0; i < sl_text_stopword_count(); i++) {
    const char *w = sl_text_stopword_at(i);
    char buf[MAX_WORD + 8];
    size_t len = strlen(w);
    if (len > MAX_WORD) continue; /* no such stopword; words are cut at MAX_WORD */
    memcpy(buf, w, len);
    uint64_t h = word_hash(buf, len);
    size_t j = h & 511;
    while (s->stop[j] && s->stop[j] != h) j = (j + 1) & 511;
    s->stop[j] = h;
  }
  return true;
}

void sl_cl_scratch_free(sl_cl_scratch *s) {
  free(s->keys);
  free(s->vals);
  free(s->used);
  memset(s, 0, sizeof *s);
}

static bool grow(sl_cl_scratch *s) {
  size_t cap = s->cap * 2;
  uint64_t *k = calloc(cap, sizeof *k);
  float *v = calloc(cap, sizeof *v);
  uint32_t *u = calloc(cap, sizeof *u);
  if (!k || !v || !u) {
    free(k), free(v), free(u);
    return false;
  }
  for (size_t i = 0; i < s->n; i++) { /* keep insertion order */
    uint32_t old = s->used[i];
    size_t j = s->keys[old] & (cap - 1);
    while (k[j]) j = (j + 1) & (cap - 1);
    k[j] = s->keys[old], v[j] = s->vals[old], u[i] = (uint32_t)j;
  }
  free(s->keys), free(s->vals), free(s->used);
  s->keys = k, s->vals = v, s->used = u, s->cap = cap;
  return true;
}

static bool add_term(sl_cl_scratch *s, uint64_t h, float w) {
  if ((s->n + 1) * 2 > s->cap && !grow(s)) return false;
  size_t j = h & (s->cap - 1);
  while (s->keys[j] && s->keys[j] != h) j = (j + 1) & (s->cap - 1);
  if (!s->keys[j]) {
    s->keys[j] = h;
    s->vals[j] = 0;
    s->used[s->n++] = (uint32_t)j;
  }
  s->vals[j] += w;
  return true;
}

/* Length of a non-ASCII separator at p (general punctuation U+2000..U+206F,
 * Latin-1 punctuation U+00A0..U+00BF), 0 when p starts a letter. */
static inline size_t nonascii_sep(const unsigned char *p, const unsigned char *end) {
  if (p[0] == 0xE2 && p + 2 < end && (p[1] == 0x80 || p[1] == 0x81)) return 3;
  if (p[0] == 0xC2 && p + 1 < end && p[1] >= 0xA0 && p[1] <= 0xBF) return 2;
  return 0;
}

/* Tokenises [t, t+n); weight w per term occurrence; shingles into sig when
 * sig != NULL.  Returns false on OOM. */
static bool scan(sl_cl_scratch *s, const char *t, size_t n, float w, sl_cl_sig *sig) {
  const unsigned char *p = (const unsigned char *)t, *end = p + n;
  const unsigned char *lt = s->lower;
  char low[MAX_WORD + 8];
  uint64_t w1 = 0, w2 = 0; /* previous two word hashes, for shingles */
  size_t nwords = 0;
  while (p < end) {
    unsigned char c = *p;
    if (!lt[c]) { /* ASCII separator */
      p++;
      continue;
    }
    if ((c == 0xE2 || c == 0xC2) && nonascii_sep(p, end)) {
      p += nonascii_sep(p, end);
      continue;
    }
    const unsigned char *q = p;
    size_t len = 0;
    unsigned kinds = 0;
    while (q < end) {
      unsigned char d = *q;
      unsigned k = s->kind[d];
      if (!(k & KIND_WORD) || ((k & KIND_CHECK) && nonascii_sep(q, end))) break;
      kinds |= k;
      low[len] = (char)lt[d];
      len += len < MAX_WORD; /* longer words are cut (low has room for one more byte) */
      q++;
    }
    bool nondigit = kinds & KIND_NONDIGIT;
    p = q;
    uint64_t hw = word_hash(low, len);
    if (sig) {
      if (++nwords >= 3) {
        uint64_t sh = mix64(w2 * 0x9e3779b97f4a7c15ull + ((w1 << 21) | (w1 >> 43)) + hw);
        uint32_t bin = (uint32_t)(sh >> 58), v = (uint32_t)sh & 0xFFFFu;
        if (v == SL_CL_SIG_EMPTY) v--;
        if (v < sig->bin[bin]) sig->bin[bin] = (uint16_t)v;
        sig->n++;
      }
      w2 = w1, w1 = hw;
    }
    if (len < 2 || !nondigit || (len <= 12 && stop_has(s->stop, hw))) continue;
    /* S-stemmer: ies -> y, es/s -> (drop s) unless ss/us/is. */
    uint64_t ht = hw;
    if (len > 4 && low[len - 3] == 'i' && low[len - 2] == 'e' && low[len - 1] == 's') {
      low[len - 3] = 'y';
      ht = word_hash(low, len - 2);
    } else if (len > 3 && low[len - 1] == 's' && low[len - 2] != 's' && low[len - 2] != 'u' &&
               low[len - 2] != 'i') {
      ht = word_hash(low, len - 1);
    }
    if (!add_term(s, ht, w)) return false;
  }
  return true;
}

size_t sl_cl_features(sl_cl_scratch *s, const char *title, const char *text, size_t len,
                      sl_cl_term **terms) {
  sl_cl_sig sig;
  for (size_t i = 0; i < SL_CL_SIG; i++) sig.bin[i] = SL_CL_SIG_EMPTY;
  sig.n = 0;
  *terms = NULL;
  bool ok = scan(s, text ? text : "", text ? len : 0, 1.0f, &sig);
  if (ok && title) ok = scan(s, title, strlen(title), TITLE_WEIGHT, NULL);
  size_t n = s->n;
  sl_cl_term *out = ok ? malloc(n * sizeof *out + sizeof sig) : NULL;
  if (out) {
    for (size_t i = 0; i < n; i++) out[i] = (sl_cl_term){s->keys[s->used[i]], s->vals[s->used[i]]};
    memcpy(out + n, &sig, sizeof sig);
  }
  for (size_t i = 0; i < s->n; i++) s->keys[s->used[i]] = 0; /* clear for the next article */
  s->n = 0;
  if (!out) return SIZE_MAX;
  *terms = out;
  return n;
}

double sl_cl_sig_sim(const sl_cl_sig *a, const sl_cl_sig *b) {
  unsigned both = 0, same = 0;
  for (size_t i = 0; i < SL_CL_SIG; i++) {
    unsigned x = a->bin[i], y = b->bin[i];
    both += (x & y) != SL_CL_SIG_EMPTY; /* not empty in both */
    same += x == y && x != SL_CL_SIG_EMPTY;
  }
  return both ? (double)same / both : 0.0;
}

double sl_cl_sig_containment(const sl_cl_sig *a, const sl_cl_sig *b, double j) {
  uint32_t lo = a->n < b->n ? a->n : b->n;
  if (lo == 0 || j <= 0) return 0.0;
  double c = j / (1 + j) * ((double)a->n + b->n) / lo; /* |A n B| / min(|A|, |B|) */
  return c < 1 ? c : 1.0;
}
