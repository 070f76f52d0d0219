/* test_core.c — arena, buffer, vector, string map, dates, UTF-8 repair. */
#include "core/core.h"
#include "harness.h"

static void test_arena(void) {
  sl_arena a;
  sl_arena_init(&a);
  char *s = sl_arena_strdup(&a, "hello");
  STR_EQ(s, "hello", "strdup");
  CHECK(((uintptr_t)sl_arena_alloc(&a, 3) & 15) == 0, "alignment");
  char *big = sl_arena_alloc(&a, 10u << 20); /* oversized block */
  CHECK(big != NULL && big[0] == 0 && big[(10u << 20) - 1] == 0, "big zeroed");
  char *after = sl_arena_strdup(&a, "after");
  STR_EQ(after, "after", "allocation after an oversized block");
  STR_EQ(s, "hello", "earlier allocation intact");
  sl_arena_free(&a);
}

static void test_buf_vec(void) {
  sl_buf b;
  sl_buf_init(&b);
  for (int i = 0; i < 1000; i++) sl_buf_printf(&b, "%d,", i);
  CHECK(b.len > 3000 && memcmp(b.p, "0,1,2,", 6) == 0, "printf appends");
  char *s = sl_buf_take(&b);
  CHECK(s && b.p == NULL && b.len == 0, "take empties");
  free(s);
  SL_VEC(int) v = {0};
  for (int i = 0; i < 10000; i++) CHECK(sl_vec_push(&v, i) || 1, "push");
  INT_EQ(v.n, 10000, "vector size");
  INT_EQ(v.a[9999], 9999, "last element");
  sl_vec_free(&v);
}

static void test_strmap(void) {
  sl_strmap m;
  sl_strmap_init(&m);
  char key[32];
  for (int i = 0; i < 5000; i++) {
    snprintf(key, sizeof key, "k%d", i);
    bool added;
    INT_EQ(sl_strmap_intern(&m, key, strlen(key), &added), i, "ids dense in insertion order");
    CHECK(added, "new key added");
  }
  bool added = true;
  INT_EQ(sl_strmap_intern(&m, "k42", 3, &added), 42, "existing key");
  CHECK(!added, "existing key not added");
  INT_EQ(sl_strmap_get(&m, "nope", 4), UINT32_MAX, "absent key");
  size_t n;
  STR_EQ(sl_strmap_key(&m, 4999, &n), "k4999", "key by id");
  INT_EQ(sl_strmap_get(&m, "k", 1), UINT32_MAX, "prefix is not a key");
  sl_strmap_free(&m);
}

static void test_dates(void) {
  INT_EQ(sl_date_parse("1970-01-01", 10), 0, "epoch");
  INT_EQ(sl_date_parse("2022-09-04", 10), 19239, "day number");
  INT_EQ(sl_date_parse("2022-09-04T10:00:00Z", 20), 19239, "timestamp accepted");
  INT_EQ(sl_date_parse("2022-02-30", 10), SL_NO_DATE, "invalid day");
  INT_EQ(sl_date_parse("2022-9-4", 8), SL_NO_DATE, "short form rejected");
  INT_EQ(sl_date_parse(NULL, 0), SL_NO_DATE, "NULL");
  INT_EQ(sl_weekday(sl_date_parse("2022-09-04", 10)), 6, "2022-09-04 was a Sunday");
  INT_EQ(sl_weekday(sl_date_parse("2000-02-29", 10)), 1, "2000-02-29 was a Tuesday");
  char buf[16];
  sl_date_format(sl_days_from_civil(1600, 2, 29), buf);
  STR_EQ(buf, "1600-02-29", "round trip in a 400-year leap");
  sl_date_format(SL_NO_DATE, buf);
  STR_EQ(buf, "unknown", "no date");
  for (int32_t d = -800000; d < 800000; d += 97) {
    int y;
    unsigned m, dd;
    sl_civil_from_days(d, &y, &m, &dd);
    if (sl_days_from_civil(y, m, dd) != d) {
      CHECK(0, "civil round trip failed at %d", d);
      break;
    }
  }
}

static void test_utf8(void) {
  char out[64];
  size_t nbad;
  long line;
  const char ok[] = "caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d";
  CHECK(sl_utf8_valid(ok, strlen(ok)), "valid text");
  size_t n = sl_utf8_repair(ok, strlen(ok), out, &nbad, &line);
  CHECK(n == strlen(ok) && memcmp(out, ok, n) == 0 && nbad == 0 && line == 0, "unchanged");
  const char bad[] = "a\nb\xff\xfe" "c\xe2\x80" "d\xc0\xaf" "e\xed\xa0\x80";
  n = sl_utf8_repair(bad, sizeof bad - 1, out, &nbad, &line);
  CHECK(sl_utf8_valid(out, n), "repaired text is valid");
  INT_EQ(line, 2, "first bad line");
  /* \xff, \xfe, truncated \xe2\x80, \xc0, \xaf, \xed + \xa0, \x80 (surrogate) */
  INT_EQ(nbad, 8, "maximal subparts replaced");
  const char nul[] = {'a', 0, 'b'};
  n = sl_utf8_repair(nul, 3, out, &nbad, &line);
  CHECK(n == 2 && out[0] == 'a' && out[1] == 'b', "NUL dropped");
  CHECK(!sl_utf8_valid("\xf4\x90\x80\x80", 4), "above U+10FFFF rejected");
  CHECK(!sl_utf8_valid("\xe0\x80\x80", 3), "overlong rejected");
  char enc[4];
  int len;
  INT_EQ(sl_utf8_encode(0x201C, enc), 3, "encode length");
  INT_EQ(sl_utf8_decode(enc, 3, &len), 0x201C, "decode round trip");
}

int main(void) {
  test_arena();
  test_buf_vec();
  test_strmap();
  test_dates();
  test_utf8();
  return test_done("test_core");
}
