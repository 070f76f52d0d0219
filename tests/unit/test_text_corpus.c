/*
 * test_text_corpus.c — the text pipeline as the corpus drives it, on the
 * example story examples/ferry-strike (argv[2] = tests/data, so the example
 * is argv[2]/../../examples/ferry-strike).
 *
 * The example holds one of each boilerplate kind (byline, photo line,
 * RELATED, Published-on stamp, image file + caption, embedded post,
 * "Edited by", "Read more", "Photo credit").  Asserted: no content sentence
 * carries any of them, and each article keeps exactly the content sentences
 * counted by eye (6, 8, 8, 8, 7), with their tokens inside their spans.
 */
#include <stdio.h>
#include <string.h>

#include "corpus/corpus.h"
#include "harness.h"

/* Case-sensitive substring test on a span. */
static bool has(const char *s, size_t n, const char *needle) {
  size_t m = strlen(needle);
  for (size_t i = 0; i + m <= n; i++)
    if (memcmp(s + i, needle, m) == 0) return true;
  return false;
}

int main(int argc, char **argv) {
  if (argc < 3) SKIP("usage: test_text_corpus SHARED_DIR TESTS_DATA_DIR");
  char dir[2048];
  snprintf(dir, sizeof dir, "%s/../../examples/ferry-strike", argv[2]);
  sl_corpus *c = sl_corpus_new(NULL);
  sl_error err;
  sl_status st = sl_corpus_add_path(c, dir, &err);
  if (st == SL_EIO) SKIP("cannot open %s", dir);
  INT_EQ(st, SL_OK, "add %s", dir);
  INT_EQ(c->arts.n, 5, "articles");
  static const char *const markers[] = {"By Nadia", "Photo", "RELATED", "Published on", ".jpg",
                                        "Image:", "@kestrelnews", "t.co/", "Edited by",
                                        "Read more", "Lena Marsh"};
  static const uint32_t want[] = {6, 8, 8, 8, 7};
  for (size_t a = 0; a < c->arts.n && a < 5; a++) {
    const sl_art *art = &c->arts.a[a];
    INT_EQ(art->nsent, want[a], "content sentences of %s", art->id);
    for (uint32_t k = art->sent; k < art->sent + art->nsent; k++) {
      const sl_sent *s = &c->sents.a[k];
      const char *t = art->text + s->span.off;
      for (size_t m = 0; m < SL_COUNTOF(markers); m++)
        CHECK(!has(t, s->span.len, markers[m]), "%s: boilerplate \"%s\" in: %.*s", art->id,
              markers[m], (int)s->span.len, t);
      for (uint32_t j = s->tok; j < s->tok + s->ntok; j++) {
        sl_span q = c->toks.a[j].span;
        CHECK(q.off >= s->span.off && q.off + q.len <= s->span.off + s->span.len,
              "token outside its sentence in %s", art->id);
      }
    }
  }
  sl_corpus_free(c);
  return test_done("test_text_corpus");
}
