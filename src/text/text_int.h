/*
 * text_int.h — helpers shared by the files of src/text/ (not used outside
 * the module): code point decoding at a byte offset and the character
 * classes the splitters and the tokenizer agree on.
 *
 * Invariant: every helper looks at a bounded number of bytes (at most one
 * code point, or a caller-given limit), so the scanners built on them stay
 * linear in the length of their input.
 */
#ifndef SL_TEXT_INT_H
#define SL_TEXT_INT_H

#include <utf8proc.h>

#include "text.h"

/* Code point at t[i] (i < n); *len receives its byte length (>= 1).
 * ASCII is decoded inline; the rest goes through sl_utf8_decode. */
static inline int32_t sl_tx_cp(const char *t, size_t i, size_t n, int *len) {
  unsigned char c = (unsigned char)t[i];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  return sl_utf8_decode(t + i, n - i, len);
}

/* Code point that ends just before byte i (i > lo), or -1; *len its bytes. */
static inline int32_t sl_tx_prev_cp(const char *t, size_t lo, size_t i, int *len) {
  if (i <= lo) {
    *len = 0;
    return -1;
  }
  size_t b = i - 1;
  while (b > lo && i - b < 4 && ((unsigned char)t[b] & 0xC0) == 0x80) b--;
  return sl_tx_cp(t, b, i, len);
}

static inline bool sl_tx_is_space(int32_t c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
  if (c < 0x80) return false;
  utf8proc_category_t k = utf8proc_category(c);
  return k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL || k == UTF8PROC_CATEGORY_ZP ||
         c == 0x85 || c == 0xFEFF || c == 0x200B;
}

/* Control and format characters outside words (C0/C1 controls, soft
 * hyphen, bidi marks, zero-width joiners): never a token of their own. */
static inline bool sl_tx_is_ignorable(int32_t c) {
  if (c < 0x80) return c < 0x20 || c == 0x7F;
  if (c < 0xA0) return true;
  utf8proc_category_t k = utf8proc_category(c);
  return k == UTF8PROC_CATEGORY_CC || k == UTF8PROC_CATEGORY_CF;
}

static inline bool sl_tx_is_letter(int32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  utf8proc_category_t k = utf8proc_category(c);
  return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

/* Combining marks continue a word (é written as e + U+0301). */
static inline bool sl_tx_is_mark(int32_t c) {
  if (c < 0x300) return false;
  utf8proc_category_t k = utf8proc_category(c);
  return k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME;
}

static inline bool sl_tx_is_digit(int32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return utf8proc_category(c) == UTF8PROC_CATEGORY_ND;
}

static inline bool sl_tx_is_upper(int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  utf8proc_category_t k = utf8proc_category(c);
  return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

static inline bool sl_tx_is_lower(int32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}

/* Any quotation mark, straight or typographic; ` is the opening half of
 * the ``…'' convention of older wire copy. */
static inline bool sl_tx_is_quote(int32_t c) {
  switch (c) {
    case '"': case '\'': case '`': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A:
      return true;
    default:
      return false;
  }
}

/* Quote glyphs that can only open (“ ‘ « „ ‹) or only close (” »›). ’ is
 * not here: it is also the apostrophe. */
static inline bool sl_tx_is_open_quote_glyph(int32_t c) {
  return c == 0x201C || c == 0x2018 || c == 0x00AB || c == 0x201E || c == 0x201A ||
         c == 0x2039 || c == 0x201F || c == 0x201B || c == '`';
}
static inline bool sl_tx_is_close_quote_glyph(int32_t c) {
  return c == 0x201D || c == 0x00BB || c == 0x203A;
}

/* ' or ’: apostrophe inside a word, or a single quote. */
static inline bool sl_tx_is_apos(int32_t c) { return c == '\'' || c == 0x2019; }

/* Hyphen characters that join the parts of a compound word. */
static inline bool sl_tx_is_hyphen(int32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

/* ASCII case-insensitive prefix test on a bounded span. */
static inline bool sl_tx_prefix_ci(const char *s, size_t n, const char *pre) {
  size_t i = 0;
  for (; pre[i]; i++) {
    if (i >= n) return false;
    unsigned char a = (unsigned char)s[i], b = (unsigned char)pre[i];
    if (a >= 'A' && a <= 'Z') a = (unsigned char)(a | 0x20);
    if (b >= 'A' && b <= 'Z') b = (unsigned char)(b | 0x20);
    if (a != b) return false;
  }
  return true;
}

/* Length of a URL starting at t[i] ("http://", "https://", "www.", "t.co/",
 * "pic.twitter.com/"), trailing punctuation excluded; 0 when none starts
 * there.  Shared by the tokenizer and the boilerplate detector. */
size_t sl_tx_url_len(const char *t, size_t i, size_t n);

/* True when the ASCII-lowercased word w[0..n) is a stopword; w may hold
 * capitals (they are folded here), used by the sentence splitter. */
bool sl_tx_stop_ci(const char *w, size_t n);

#endif /* SL_TEXT_INT_H */
