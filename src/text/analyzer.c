/*
 * analyzer.c — the matching form of tokens: sl_analyzer_fold (NFKC + case
 * fold, typographic quotes and dashes unified) and sl_analyzer_term (fold,
 * then the Snowball stemmer for words).
 *
 * This is the hot path of the whole product (every token of every article
 * goes through it twice), so pure-ASCII tokens never reach utf8proc: for
 * ASCII, NFKC is the identity and case folding is tolower.
 *
 * Invariants: results live in buffers owned by the analyser and are
 * borrowed until the next call on it; buffers grow to any token length;
 * the same input always gives the same bytes.
 */
#include <string.h>

#include <libstemmer.h>
#include <utf8proc.h>

#include "text_int.h"

/* Stem cache: words follow Zipf's law, so a small direct-mapped table of
 * (folded word -> stem) skips the stemmer for most tokens.  It only saves
 * time: a miss recomputes the same stem, so results never depend on it. */
#define SL_STEM_SLOTS 4096 /* power of two */
#define SL_STEM_KEY 30     /* longest cached word / stem, bytes */

typedef struct sl_stem_slot {
  uint8_t klen, vlen;         /* 0 klen = empty */
  char key[SL_STEM_KEY];      /* folded word (not NUL-terminated) */
  char val[SL_STEM_KEY + 1];  /* its stem, NUL-terminated */
} sl_stem_slot;

struct sl_analyzer {
  struct sb_stemmer *st; /* owned; Snowball stemmer for the language */
  sl_stem_slot *cache;   /* SL_STEM_SLOTS entries, owned */
  char *buf;             /* folded form, NUL-terminated; owned */
  size_t cap;            /* bytes allocated in buf */
  utf8proc_int32_t *cps; /* code point scratch for the Unicode path; owned */
  size_t ncps;           /* code points allocated in cps */
};

sl_analyzer *sl_analyzer_new(const char *lang) {
  sl_analyzer *an = calloc(1, sizeof *an);
  if (!an) return NULL;
  an->st = sb_stemmer_new(lang ? lang : "english", "UTF_8");
  an->cap = 256;
  an->buf = malloc(an->cap);
  an->cache = calloc(SL_STEM_SLOTS, sizeof *an->cache);
  if (!an->st || !an->buf || !an->cache) {
    sl_analyzer_free(an);
    return NULL;
  }
  return an;
}

void sl_analyzer_free(sl_analyzer *an) {
  if (!an) return;
  if (an->st) sb_stemmer_delete(an->st);
  free(an->buf);
  free(an->cps);
  free(an->cache);
  free(an);
}

/* Makes room for need bytes (plus NUL) in an->buf. */
static bool sl_an_reserve(sl_analyzer *an, size_t need) {
  if (need + 1 <= an->cap) return true;
  size_t cap = an->cap;
  while (cap < need + 1) cap *= 2;
  char *p = realloc(an->buf, cap);
  if (!p) return false;
  an->buf = p;
  an->cap = cap;
  return true;
}

/* The unification applied after NFKC + case fold: typographic quotes and
 * apostrophes become ASCII, every dash and minus becomes '-'. */
static int32_t sl_an_unify(int32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035:
    case 0x02BC: /* modifier letter apostrophe */
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: case 0x2036:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    default:
      return c;
  }
}

/* ASCII fast path: lowercase copy, without spaces (a word of tokenized text
 * joined with its clitic, "Florida 's", folds as "florida's").  Returns the
 * length, or SIZE_MAX on OOM. */
static size_t sl_an_fold_ascii(sl_analyzer *an, const char *tok, size_t n) {
  if (!sl_an_reserve(an, n)) return SIZE_MAX;
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)tok[i];
    an->buf[o] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    o += c != ' ';
  }
  an->buf[o] = '\0';
  return o;
}

/* Unicode path: utf8proc decompose (compat + case fold) into the code point
 * scratch, recompose, then encode with quote/dash unification.  Returns the
 * byte length, or -1 when the input is not valid UTF-8 / OOM. */
static long sl_an_fold_unicode(sl_analyzer *an, const char *tok, size_t n) {
  const utf8proc_option_t opt =
      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD;
  utf8proc_ssize_t need = utf8proc_decompose((const utf8proc_uint8_t *)tok, (utf8proc_ssize_t)n,
                                             an->cps, (utf8proc_ssize_t)an->ncps, opt);
  if (need < 0) return -1;
  if ((size_t)need > an->ncps) {
    size_t m = an->ncps ? an->ncps : 64;
    while (m < (size_t)need) m *= 2;
    utf8proc_int32_t *p = realloc(an->cps, m * sizeof *p);
    if (!p) return -1;
    an->cps = p;
    an->ncps = m;
    need = utf8proc_decompose((const utf8proc_uint8_t *)tok, (utf8proc_ssize_t)n, an->cps,
                              (utf8proc_ssize_t)an->ncps, opt);
    if (need < 0) return -1;
  }
  utf8proc_ssize_t m = utf8proc_normalize_utf32(an->cps, need, opt);
  if (m < 0) return -1;
  if (!sl_an_reserve(an, (size_t)m * 4)) return -1;
  size_t o = 0;
  for (utf8proc_ssize_t i = 0; i < m; i++)
    if (an->cps[i] != ' ') o += (size_t)sl_utf8_encode(sl_an_unify(an->cps[i]), an->buf + o);
  an->buf[o] = '\0';
  return (long)o;
}

const char *sl_analyzer_fold(sl_analyzer *an, const char *tok, size_t n, size_t *outlen) {
  SL_API_CHECK(an && (tok || n == 0) && outlen);
  bool ascii = true;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)tok[i] >= 0x80) {
      ascii = false;
      break;
    }
  if (!ascii) {
    long m = sl_an_fold_unicode(an, tok, n);
    if (m >= 0) {
      *outlen = (size_t)m;
      return an->buf;
    }
    /* invalid UTF-8 (the library repairs text at ingest, so this is a
     * caller's raw buffer): fall back to the byte-wise ASCII fold. */
  }
  size_t o = sl_an_fold_ascii(an, tok, n);
  if (o == SIZE_MAX) {
    *outlen = 0;
    return "";
  }
  *outlen = o;
  return an->buf;
}

/* Words are stemmed; numbers, URLs, handles and tags keep their fold. */
static bool sl_an_stemmable(const char *f, size_t n) {
  if (n == 0) return false;
  unsigned char c = (unsigned char)f[0];
  if (c == '@' || c == '#' || (c >= '0' && c <= '9')) return false;
  if (memchr(f, '/', n) != NULL) return false; /* URLs, 9/4, t.co/x */
  if (n >= 4 && memcmp(f, "www.", 4) == 0) return false;
  int len;
  int32_t cp = sl_tx_cp(f, 0, n, &len);
  return sl_tx_is_letter(cp) || c == '\'';
}

const char *sl_analyzer_term(sl_analyzer *an, const char *tok, size_t n, size_t *outlen) {
  size_t fl;
  const char *f = sl_analyzer_fold(an, tok, n, &fl);
  *outlen = fl;
  if (!sl_an_stemmable(f, fl) || fl > (size_t)INT32_MAX) return f;
  sl_stem_slot *slot = NULL;
  if (fl <= SL_STEM_KEY) {
    slot = &an->cache[sl_hash(f, fl, 0) & (SL_STEM_SLOTS - 1)];
    if (slot->klen == fl && memcmp(slot->key, f, fl) == 0) {
      *outlen = slot->vlen;
      return slot->val;
    }
  }
  const sb_symbol *s = sb_stemmer_stem(an->st, (const sb_symbol *)f, (int)fl);
  if (!s) return f; /* stemmer OOM: the fold is still a usable term */
  size_t sl = (size_t)sb_stemmer_length(an->st);
  *outlen = sl;
  if (slot && sl <= SL_STEM_KEY) {
    slot->klen = (uint8_t)fl;
    slot->vlen = (uint8_t)sl;
    memcpy(slot->key, f, fl);
    memcpy(slot->val, s, sl);
    slot->val[sl] = '\0';
  }
  return (const char *)s;
}
