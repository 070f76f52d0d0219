/*
 * fuzz_ingest.c — libFuzzer target for the input readers.  The first byte
 * of the input chooses the forced format, --require-dates, the file name
 * (plain or Markdown) and a chunk size; the rest is the input, read once
 * through sl_corpus_add_buffer and once through the streaming reader in
 * chunks.  Both must give the same articles (the reader's invariant), and
 * every stored text must be valid UTF-8 without control bytes (but tab,
 * newline and carriage return in the text; none at all in ids, sources
 * and titles, nor in diagnostics).  Uses only <storyloom.h>.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <storyloom.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* True when s[0..n) is valid UTF-8 (a small independent check, so the
 * target does not trust the library's own validator). */
static int valid_utf8(const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i], need;
    uint32_t cp;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xC2 && c <= 0xDF) need = 1, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) need = 2, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4) need = 3, cp = c & 0x07;
    else return 0;
    for (unsigned k = 1; k <= need; k++) {
      if (i + k >= n || (s[i + k] & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
    i += need + 1;
  }
  return 1;
}

/* True when s[0..n) holds a control byte (tab, newline, CR allowed when lines). */
static int has_ctl(const char *s, size_t n, int lines) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != 0x7F) continue;
    if (lines && (c == '\t' || c == '\n' || c == '\r')) continue;
    return 1;
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  unsigned ctl = data[0];
  const char *in = (const char *)data + 1;
  size_t n = size - 1;
  sl_ingest_opts o;
  sl_ingest_opts_init(&o);
  o.format = (sl_input_format)(ctl % 5);
  o.require_dates = (ctl >> 3) & 1;
  const char *name = (ctl >> 4) & 1 ? "fuzz/01_input.md" : "fuzz/input.txt";
  size_t step = 1 + ((ctl >> 5) * 977u); /* 1 .. 6840 */

  sl_corpus *a = sl_corpus_new(&o), *b = sl_corpus_new(&o);
  if (!a || !b) abort();
  sl_status sa = sl_corpus_add_buffer(a, name, in, n, NULL);
  sl_reader *r = sl_reader_new(b, name);
  if (!r) abort();
  for (size_t i = 0; i < n; i += step) {
    size_t k = n - i < step ? n - i : step;
    if (sl_reader_feed(r, in + i, k) != SL_OK) break;
  }
  sl_status sb = sl_reader_finish(r, NULL);
  sl_reader_free(r);

  if (sa != sb || sl_corpus_count(a) != sl_corpus_count(b)) abort();
  if (sa == SL_OK && sl_corpus_count(a) == 0) abort();
  if (sa != SL_OK && sa != SL_EEMPTY) abort();
  for (uint32_t i = 0; i < sl_corpus_count(a); i++) {
    size_t la, lb;
    const char *ta = sl_article_text(a, i, &la), *tb = sl_article_text(b, i, &lb);
    if (la != lb || memcmp(ta, tb, la) != 0) abort();
    if (strcmp(sl_article_id(a, i), sl_article_id(b, i)) != 0) abort();
    if (!valid_utf8((const unsigned char *)ta, la)) abort();
    const char *id = sl_article_id(a, i), *src = sl_article_source(a, i);
    if (!valid_utf8((const unsigned char *)id, strlen(id))) abort();
    if (!valid_utf8((const unsigned char *)src, strlen(src))) abort();
    const char *title = sl_article_title(a, i);
    if (has_ctl(ta, la, 1) || has_ctl(id, strlen(id), 0) || has_ctl(src, strlen(src), 0) ||
        (title && has_ctl(title, strlen(title), 0)))
      abort();
  }
  if (sl_corpus_diag_count(a) != sl_corpus_diag_count(b)) abort();
  for (size_t i = 0; i < sl_corpus_diag_count(a); i++) {
    const sl_diag *d = sl_corpus_diag(a, i);
    if (has_ctl(d->msg, strlen(d->msg), 0) || has_ctl(d->file, strlen(d->file), 0)) abort();
  }
  sl_corpus_free(a);
  sl_corpus_free(b);
  return 0;
}
