/* test_store.c — SQLite store: round trip, dedup, --since filter, bad path. */
#include <unistd.h>

#include "corpus/corpus.h"
#include "harness.h"

static void add(sl_corpus *c, const char *id, const char *date, const char *text) {
  sl_article_in a = {0};
  a.id = id;
  a.source = "Gazette";
  a.title = "A title";
  a.date = date ? sl_date_parse(date, 10) : SL_NO_DATE;
  a.text = text;
  a.len = strlen(text);
  INT_EQ(sl_corpus_add(c, &a, NULL), SL_OK, "add %s", id);
}

int main(void) {
  char path[] = "/tmp/sl_store_testXXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0, "temp file");
  close(fd);
  sl_error err = {0};
  sl_store *s = sl_store_open(path, &err);
  CHECK(s != NULL, "open: %s", err.msg);

  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "x1", "2025-03-10", "The strike began on Sunday morning.");
  add(c, "x2", NULL, "Talks will resume on Wednesday, the mediator said.");
  size_t added = 99;
  INT_EQ(sl_store_put(s, c, &added, &err), SL_OK, "put");
  INT_EQ(added, 2, "two added");
  INT_EQ(sl_store_put(s, c, &added, &err), SL_OK, "put again");
  INT_EQ(added, 0, "nothing added twice");
  sl_corpus_free(c);

  c = sl_corpus_new(NULL);
  add(c, "x1", "2025-03-10", "The strike began on Sunday morning. (Corrected.)");
  size_t nd = sl_corpus_diag_count(c);
  INT_EQ(sl_store_put(s, c, &added, &err), SL_OK, "put updated version");
  INT_EQ(added, 1, "same id, new text is a new version");
  /* ... stored under a new id of the family, and the caller is told. */
  INT_EQ(sl_corpus_diag_count(c), nd + 1, "one warning for the renamed id");
  if (sl_corpus_diag_count(c) == nd + 1) {
    const sl_diag *d = sl_corpus_diag(c, nd);
    CHECK(d->severity == SL_DIAG_WARNING && strstr(d->msg, "stored as 'x1#2'"), "warning: %s",
          d->msg);
  }
  INT_EQ(sl_store_put(s, c, &added, &err), SL_OK, "put updated version again");
  INT_EQ(added, 0, "the renamed version is recognised under its family's id");
  sl_corpus_free(c);
  c = sl_corpus_new(NULL);
  add(c, "x1#5", "2025-03-10", "The strike began on Sunday morning. (Corrected.)");
  INT_EQ(sl_store_put(s, c, &added, &err), SL_OK, "put under a free id of the family");
  INT_EQ(added, 0, "a text stored in the family is not stored again under a free id");
  sl_corpus_free(c);
  INT_EQ(sl_store_count(s), 3, "three stored");

  c = sl_corpus_new(NULL);
  INT_EQ(sl_store_load(s, c, SL_NO_DATE, &err), SL_OK, "load all");
  INT_EQ(sl_corpus_count(c), 3, "all loaded");
  STR_EQ(sl_article_id(c, 1), "x2", "storage order kept");
  STR_EQ(sl_article_id(c, 2), "x1#2", "ids unique in the store");
  INT_EQ(sl_article_date(c, 1), SL_NO_DATE, "missing date kept missing");
  STR_EQ(sl_article_title(c, 0), "A title", "title kept");
  STR_EQ(sl_article_text(c, 0, NULL), "The strike began on Sunday morning.", "text kept");
  /* The same articles read again on top of the store are the stored ones:
   * x1 by its id, the corrected x1 (its file says "x1") by the family's
   * "x1#2"; a new text under x2 is a new article, named as the store would. */
  static const char again[] =
      "{\"id\":\"x1\",\"text\":\"The strike began on Sunday morning.\"}\n"
      "{\"id\":\"x1\",\"text\":\"The strike began on Sunday morning. (Corrected.)\"}\n"
      "{\"id\":\"x2\",\"text\":\"Talks will resume on Wednesday, the mediator said.\"}\n"
      "{\"id\":\"x2\",\"text\":\"Talks resumed on Wednesday.\"}\n";
  INT_EQ(sl_corpus_add_buffer(c, "again.jsonl", again, sizeof again - 1, &err), SL_OK, "again");
  INT_EQ(sl_corpus_count(c), 4, "only the new text added");
  INT_EQ(sl_corpus_known_count(c), 3, "three recognised as stored");
  if (sl_corpus_count(c) == 4) STR_EQ(sl_article_id(c, 3), "x2#2", "new text: next id of the family");
  sl_corpus_free(c);

  /* Articles of one file are never merged, even with equal texts. */
  c = sl_corpus_new(NULL);
  static const char twice[] = "{\"id\":\"y\",\"text\":\"Same words twice.\"}\n"
                              "{\"id\":\"y\",\"text\":\"Same words twice.\"}\n";
  INT_EQ(sl_corpus_add_buffer(c, "twice.jsonl", twice, sizeof twice - 1, &err), SL_OK, "twice");
  INT_EQ(sl_corpus_count(c), 2, "both kept without a store");
  INT_EQ(sl_corpus_known_count(c), 0, "none known");
  sl_corpus_free(c);

  c = sl_corpus_new(NULL);
  INT_EQ(sl_store_load(s, c, sl_date_parse("2025-03-10", 10), &err), SL_OK, "load since");
  INT_EQ(sl_corpus_count(c), 2, "dateless article excluded by --since");
  sl_corpus_free(c);
  sl_store_close(s);
  unlink(path);

  CHECK(sl_store_open("/nonexistent-dir/x.db", &err) == NULL, "bad path fails");
  CHECK(strstr(err.file, "/nonexistent-dir/x.db") != NULL, "error names the file");
  return test_done("test_store");
}
