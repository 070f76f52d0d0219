/*
 * test_timeline_seeds.c — the timeline of the five shared seed articles
 * (../shared/seeds, read at run time; exit 77 when absent).  The expected
 * dates were read off the articles by hand: one outlet reports an interview
 * "published Sunday" (2022-09-04, the Sunday before its 2022-09-06 date) and
 * another recalls a podcast appearance "In November 2021".
 */
#include <storyloom.h>

#include "harness.h"

static long find(const sl_digest *d, const char *label) {
  for (size_t i = 0; i < sl_timeline_count(d); i++)
    if (!strcmp(sl_timeline_label(d, i), label)) return (long)i;
  return -1;
}

int main(int argc, char **argv) {
  const char *shared = argc > 1 ? argv[1] : "../shared";
  char path[1024];
  snprintf(path, sizeof path, "%s/seeds", shared);
  sl_corpus *c = sl_corpus_new(NULL);
  if (sl_corpus_add_path(c, path, NULL) != SL_OK) {
    sl_corpus_free(c);
    SKIP("seeds absent under %s", shared);
  }
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_TIMELINE;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  CHECK(d && sl_timeline_count(d) >= 3, "a timeline");
  long sun = find(d, "2022-09-04");
  CHECK(sun >= 0, "the interview published Sunday is dated 2022-09-04");
  if (sun >= 0) {
    uint32_t art, off, len, txo, txl;
    sl_timeline_sentence(d, (size_t)sun, 0, &art, &off, &len, &txo, &txl);
    size_t n;
    const char *t = sl_article_text(c, art, &n);
    CHECK(txl && !strncmp(t + txo, "Sunday", 6), "by the word 'Sunday'");
    STR_EQ(sl_article_date(c, art) == sl_date_parse("2022-09-06", 10) ? "ok" : "no", "ok",
           "in the article dated 2022-09-06");
  }
  long nov = find(d, "2021-11");
  CHECK(nov >= 0, "November 2021 is a month entry");
  if (nov >= 0) {
    int g;
    sl_timeline_date(d, (size_t)nov, &g);
    INT_EQ(g, SL_GRAN_MONTH, "month granularity");
  }
  for (size_t i = 1; i < sl_timeline_count(d); i++)
    CHECK(sl_timeline_date(d, i - 1, NULL) <= sl_timeline_date(d, i, NULL), "sorted");
  sl_digest_free(d);
  sl_corpus_free(c);
  return test_done("test_timeline_seeds");
}
