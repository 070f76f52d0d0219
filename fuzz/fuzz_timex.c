/*
 * fuzz_timex.c — libFuzzer target for the temporal expression tagger.  The
 * first two bytes choose the publication date (or none); the rest is the
 * text.  Checks the tagger's invariants: the count does not depend on the
 * buffer size, expressions are in order, do not overlap, lie inside the
 * text, have NUL-terminated values, and DATE periods have first <= last.
 * Uses only <storyloom.h>.  Replayed by ctest (tests/cmake/timeline.cmake).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <storyloom.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2) return 0;
  int32_t pub = data[0] == 0xFF ? SL_NO_DATE : (int32_t)(data[0] << 8 | data[1]); /* 1970..2149 */
  const char *text = (const char *)data + 2;
  size_t len = size - 2;
  size_t n = sl_timex_tag(text, len, pub, NULL, 0);
  sl_timex *x = malloc((n ? n : 1) * sizeof *x);
  if (!x) return 0;
  size_t m = sl_timex_tag(text, len, pub, x, n);
  if (m != n) abort();
  for (size_t i = 0; i < n; i++) {
    if (!x[i].len || x[i].off + x[i].len > len) abort();
    if (i && x[i].off < x[i - 1].off + x[i - 1].len) abort();
    if (!memchr(x[i].value, 0, sizeof x[i].value)) abort();
    if (x[i].type == SL_TIMEX_DATE && x[i].first != SL_NO_DATE && x[i].first > x[i].last) abort();
  }
  free(x);
  return 0;
}
