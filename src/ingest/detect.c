/*
 * detect.c — looking at the first bytes of an input: is it binary, which
 * format is it, and what source name does its file name give.
 *
 * Invariant: every function here reads at most the window it is given
 * (SL_SNIFF_BYTES in practice), so detection costs O(1) per input.
 */
#include <ctype.h>
#include <string.h>

#include "ingest.h"

bool sl_ingest_is_binary(const char *p, size_t n) {
  if (memchr(p, '\0', n)) return true;
  /* Count control bytes and bytes of invalid UTF-8 sequences.  A cut
   * sequence at the very end of the window counts too: at most 3 bytes. */
  size_t odd = 0, i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)p[i];
    if (c < 0x80) {
      if ((c < 0x20 && !strchr("\t\n\v\f\r\x1b", c)) || c == 0x7f) odd++;
      i++;
      continue;
    }
    size_t ok = sl_utf8_valid_prefix(p + i, SL_MIN(n - i, 4));
    if (ok > 0) {
      /* Skip the valid multi-byte sequence (ok covers at least one). */
      int len = 0;
      (void)sl_utf8_decode(p + i, n - i, &len);
      i += len > 0 ? (size_t)len : 1;
    } else {
      odd++;
      i++;
    }
  }
  return odd * 10 > n * 3;
}

size_t sl_ingest_seed_header(const char *p, size_t n) {
  /* "date YYYY-MM-DD" followed by a blank or the end of input.  The date's
   * validity is checked by the seed reader, which warns when it is bad. */
  static const char pat[] = "date 0000-00-00";
  size_t k = sizeof pat - 1;
  if (n < k) return 0;
  for (size_t i = 0; i < k; i++) {
    if (pat[i] == '0' ? !isdigit((unsigned char)p[i]) : p[i] != pat[i]) return 0;
  }
  if (n > k && !isspace((unsigned char)p[k])) return 0;
  return k;
}

/* Index of the first non-blank byte at or after i, n if none. */
static size_t skip_blanks(const char *p, size_t n, size_t i) {
  while (i < n && isspace((unsigned char)p[i])) i++;
  return i;
}

bool sl_ingest_json_document(const char *p, size_t n) {
  if (n == 0) return false;
  if (p[0] == '[') {
    size_t i = skip_blanks(p, n, 1);
    return i < n && (p[i] == '{' || p[i] == ']');
  }
  /* A JSON Lines file whose first line is broken must stay JSON Lines (its
   * other lines are still read), so only the unmistakable "{" alone on the
   * first line of pretty-printed output counts. */
  if (p[0] == '{') {
    size_t i = 1;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r')) i++;
    return i < n && p[i] == '\n';
  }
  return false;
}

sl_input_format sl_ingest_detect(const char *p, size_t n) {
  if (n == 0) return SL_FMT_TEXT;
  if (p[0] == '{' || sl_ingest_json_document(p, n)) return SL_FMT_JSONL;
  if (sl_ingest_seed_header(p, n)) return SL_FMT_SEED;
  /* Multi-News: its document separator or newline token in the window. */
  static const char *const marks[] = {"|||||", "NEWLINE_CHAR"};
  for (size_t m = 0; m < SL_COUNTOF(marks); m++) {
    size_t k = strlen(marks[m]);
    for (const char *q = p; (q = memchr(q, marks[m][0], n - (size_t)(q - p))) != NULL; q++) {
      if ((size_t)(p + n - q) >= k && memcmp(q, marks[m], k) == 0) return SL_FMT_MULTINEWS;
    }
  }
  return SL_FMT_TEXT;
}

char *sl_ingest_source_from_name(const char *name) {
  /* Rule (docs/ingest.md): basename without extension; a leading ordering
   * prefix of digits followed by '_' or '-' is dropped; the remaining '_'
   * become spaces; blanks trimmed; a name of several all-lowercase words
   * is title-cased.  "01_harbour_gazette.txt" gives "Harbour Gazette". */
  if (!name || !*name || name[0] == '<') return NULL; /* "<stdin>", "<input>" */
  const char *b = strrchr(name, '/');
  b = b ? b + 1 : name;
  size_t n = strlen(b);
  const char *dot = strrchr(b, '.');
  if (dot && dot > b) n = (size_t)(dot - b);
  size_t d = 0;
  while (d < n && isdigit((unsigned char)b[d])) d++;
  size_t s = 0;
  if (d > 0 && d + 1 < n && (b[d] == '_' || b[d] == '-')) s = d + 1;
  char *out = malloc(n - s + 1);
  if (!out) return NULL;
  size_t o = 0;
  for (size_t i = s; i < n; i++) out[o++] = b[i] == '_' ? ' ' : b[i];
  while (o > 0 && out[o - 1] == ' ') o--;
  size_t lead = 0;
  while (lead < o && out[lead] == ' ') lead++;
  memmove(out, out + lead, o - lead);
  out[o - lead] = '\0';
  if (!out[0]) {
    free(out);
    return NULL;
  }
  /* snake_case outlet names read better title-cased; anything with a
   * capital, digit or other character is left as the user wrote it. */
  bool words = strchr(out, ' ') != NULL;
  for (const char *q = out; words && *q; q++)
    if (!(islower((unsigned char)*q) || *q == ' ')) words = false;
  for (size_t i = 0; words && out[i]; i++)
    if (i == 0 || out[i - 1] == ' ') out[i] = (char)toupper((unsigned char)out[i]);
  return out;
}
