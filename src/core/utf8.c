/*
 * utf8.c — validation and one-time repair of UTF-8 (RFC 3629: no
 * overlongs, no surrogates, nothing above U+10FFFF).  Repair follows the
 * Unicode "maximal subpart" practice: each maximal invalid subsequence
 * becomes one U+FFFD.
 */
#include <string.h>

#include "core.h"

/* Length of the valid sequence starting at s[0], or 0 if invalid.  On
 * failure *bad receives the number of bytes forming the maximal subpart
 * (at least 1). */
static size_t seq_len(const unsigned char *s, size_t n, size_t *bad) {
  unsigned c = s[0];
  *bad = 1;
  if (c < 0x80) return 1;
  size_t need;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 2;
  else if (c == 0xE0) need = 3, lo = 0xA0;
  else if (c >= 0xE1 && c <= 0xEC) need = 3;
  else if (c == 0xED) need = 3, hi = 0x9F;
  else if (c >= 0xEE && c <= 0xEF) need = 3;
  else if (c == 0xF0) need = 4, lo = 0x90;
  else if (c >= 0xF1 && c <= 0xF3) need = 4;
  else if (c == 0xF4) need = 4, hi = 0x8F;
  else return 0;
  for (size_t i = 1; i < need; i++) {
    if (i >= n) {
      *bad = i;
      return 0;
    }
    unsigned b = s[i];
    unsigned l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
    if (b < l || b > h) {
      *bad = i;
      return 0;
    }
  }
  return need;
}

size_t sl_utf8_valid_prefix(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, bad;
  while (i < n) {
    if (u[i] < 0x80) {
      i++;
      continue;
    }
    size_t k = seq_len(u + i, n - i, &bad);
    if (!k) return i;
    i += k;
  }
  return n;
}

size_t sl_utf8_repair(const char *s, size_t n, char *out, size_t *nbad, long *first_bad_line) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, o = 0, bad, count = 0;
  long line = 1, first = 0;
  while (i < n) {
    unsigned c = u[i];
    if (c < 0x80) {
      if (c == '\n') line++;
      if (c != 0) out[o++] = (char)c;
      i++;
      continue;
    }
    size_t k = seq_len(u + i, n - i, &bad);
    if (k) {
      memcpy(out + o, s + i, k);
      o += k;
      i += k;
    } else {
      out[o++] = (char)0xEF, out[o++] = (char)0xBF, out[o++] = (char)0xBD;
      if (!count) first = line;
      count++;
      i += bad;
    }
  }
  if (nbad) *nbad = count;
  if (first_bad_line) *first_bad_line = first;
  return o;
}

int32_t sl_utf8_decode(const char *s, size_t n, int *len) {
  const unsigned char *u = (const unsigned char *)s;
  if (n == 0) {
    *len = 0;
    return -1;
  }
  unsigned c = u[0];
  if (c < 0x80 || n < 2) return *len = 1, (int32_t)c;
  if (c < 0xE0) return *len = 2, (int32_t)(((c & 0x1F) << 6) | (u[1] & 0x3F));
  if (c < 0xF0 || n < 4) {
    if (n < 3) return *len = 1, (int32_t)c;
    return *len = 3, (int32_t)(((c & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F));
  }
  return *len = 4,
         (int32_t)(((c & 0x07) << 18) | ((u[1] & 0x3F) << 12) | ((u[2] & 0x3F) << 6) | (u[3] & 0x3F));
}

int sl_utf8_encode(int32_t cp, char *out) {
  unsigned c = (unsigned)cp;
  if (c < 0x80) return out[0] = (char)c, 1;
  if (c < 0x800) return out[0] = (char)(0xC0 | (c >> 6)), out[1] = (char)(0x80 | (c & 0x3F)), 2;
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18));
  out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

size_t sl_scrub_controls(char *s, size_t n, bool keep_lines) {
  size_t count = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c >= 0x20 && c != 0x7F) || c == 0) continue;
    if (keep_lines && (c == '\t' || c == '\n' || c == '\r')) continue;
    s[i] = ' ';
    count++;
  }
  return count;
}
