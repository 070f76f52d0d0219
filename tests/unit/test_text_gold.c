/*
 * test_text_gold.c — sentence-boundary precision and recall of
 * sl_text_sentences on the hand-annotated gold set tests/data/sentences/
 * (argv[2] = tests/data).  The floors are the figures measured with
 * bench_sentences (docs/text.md) minus a small margin, so a regression of
 * a few boundaries fails the test.
 */
#include "harness.h"
#include "test_text_gold.h"

int main(int argc, char **argv) {
  if (argc < 3) SKIP("usage: test_text_gold SHARED_DIR TESTS_DATA_DIR");
  char dir[2048];
  snprintf(dir, sizeof dir, "%s/sentences", argv[2]);
  sl_gold_score sc = {0};
  int files = sl_gold_dir(dir, &sc, 1);
  CHECK(files >= 13, "gold files read from %s: %d", dir, files);
  CHECK(sc.sentences >= 400, "gold sentences: %ld", sc.sentences);
  CHECK(sc.tp + sc.fn >= 250, "internal boundaries: %ld", sc.tp + sc.fn);
  /* measured: precision 1.000, recall 0.996 (262 of 263; the miss is a
   * sentence after "Corp." that starts with a content word) */
  double p = sl_gold_precision(&sc), r = sl_gold_recall(&sc);
  printf("precision %.4f recall %.4f F1 %.4f (tp %ld fp %ld fn %ld)\n", p, r, sl_gold_f1(&sc),
         sc.tp, sc.fp, sc.fn);
  CHECK(p >= 0.98, "precision %.4f", p);
  CHECK(r >= 0.97, "recall %.4f", r);
  return test_done("test_text_gold");
}
