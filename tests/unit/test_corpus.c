/* test_corpus.c — adding articles: storage, repair, sources, df, diagnostics. */
#include "corpus/corpus.h"
#include "harness.h"

static sl_article_in art(const char *src, const char *date, const char *text) {
  sl_article_in a = {0};
  a.source = src;
  a.date = date ? sl_date_parse(date, strlen(date)) : SL_NO_DATE;
  a.text = text;
  a.len = strlen(text);
  a.origin = "mem";
  return a;
}

static void test_add_and_access(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  sl_error err = {0};
  sl_article_in a = art("Gazette", "2025-03-10", "The strike began on Sunday. Ferries stopped running.");
  INT_EQ(sl_corpus_add(c, &a, &err), SL_OK, "add");
  a = art(NULL, NULL, "Ferries resumed running on Friday.");
  a.url = "https://www.soundtimes.example/news/1";
  INT_EQ(sl_corpus_add(c, &a, &err), SL_OK, "add second");
  INT_EQ(sl_corpus_count(c), 2, "two articles");
  STR_EQ(sl_article_source(c, 0), "Gazette", "source field");
  STR_EQ(sl_article_source(c, 1), "soundtimes.example", "source from URL host");
  STR_EQ(sl_article_id(c, 0), "a0", "generated id");
  INT_EQ(sl_article_date(c, 1), SL_NO_DATE, "no date");
  size_t len;
  const char *t = sl_article_text(c, 0, &len);
  INT_EQ(len, strlen("The strike began on Sunday. Ferries stopped running."), "text stored whole");
  CHECK(t[len] == '\0', "NUL-terminated");
  CHECK(sl_article_sentence_count(c, 0) >= 1, "sentences found");
  /* df: "ferri" (stem of Ferries) occurs in both articles, "strike" in one. */
  size_t n;
  uint32_t ferri = UINT32_MAX, strike = UINT32_MAX;
  for (uint32_t i = 0; i < sl_corpus_nterms(c); i++) {
    const char *k = sl_corpus_term(c, i, &n);
    if (!strcmp(k, "ferri")) ferri = i;
    if (!strcmp(k, "strike")) strike = i;
  }
  CHECK(ferri != UINT32_MAX && strike != UINT32_MAX, "terms interned (stemmed)");
  if (ferri != UINT32_MAX) INT_EQ(c->df.a[ferri], 2, "df counts articles");
  if (strike != UINT32_MAX) INT_EQ(c->df.a[strike], 1, "df of a one-article term");
  /* every token span lies inside its sentence, every sentence inside its article */
  for (size_t s = 0; s < c->sents.n; s++) {
    const sl_sent *se = &c->sents.a[s];
    CHECK(se->span.off + se->span.len <= c->arts.a[se->article].len, "sentence in article");
    for (uint32_t k = se->tok; k < se->tok + se->ntok; k++)
      CHECK(c->toks.a[k].span.off >= se->span.off &&
                c->toks.a[k].span.off + c->toks.a[k].span.len <= se->span.off + se->span.len,
            "token in sentence");
  }
  INT_EQ(sl_corpus_diag_count(c), 0, "no diagnostics for clean input");
  sl_corpus_free(c);
}

static void test_bad_input(void) {
  sl_ingest_opts o;
  sl_ingest_opts_init(&o);
  o.require_dates = 1;
  sl_corpus *c = sl_corpus_new(&o);
  sl_error err = {0};
  sl_article_in a = art("X", NULL, "A text without a date is rejected here.");
  INT_EQ(sl_corpus_add(c, &a, &err), SL_EEMPTY, "dateless rejected with require_dates");
  a = art("X", "2020-01-01", "   \n\n  ");
  INT_EQ(sl_corpus_add(c, &a, &err), SL_EEMPTY, "blank text rejected");
  a = art("X", "2020-01-01", "Bad \xff bytes here. The rest survives intact.");
  a.origin_line = 7;
  INT_EQ(sl_corpus_add(c, &a, &err), SL_OK, "invalid UTF-8 repaired");
  const char *t = sl_article_text(c, 0, NULL);
  CHECK(strstr(t, "Bad \xef\xbf\xbd bytes") != NULL, "U+FFFD inserted");
  CHECK(strstr(t, "The rest survives intact.") != NULL, "rest kept");
  INT_EQ(sl_corpus_diag_count(c), 3, "three diagnostics");
  const sl_diag *d = sl_corpus_diag(c, 2);
  CHECK(d && d->severity == SL_DIAG_WARNING && d->line == 7 && strstr(d->msg, "UTF-8"),
        "repair warning names the line");
  CHECK(sl_corpus_diag(c, 0)->severity == SL_DIAG_SKIPPED, "dateless article reported skipped");
  INT_EQ(sl_corpus_count(c), 1, "only the good article kept");
  sl_corpus_free(c);
}

static void test_default_date(void) {
  sl_ingest_opts o;
  sl_ingest_opts_init(&o);
  o.default_date = sl_date_parse("2021-06-01", 10);
  sl_corpus *c = sl_corpus_new(&o);
  sl_article_in a = art("X", NULL, "Some text about the council meeting.");
  INT_EQ(sl_corpus_add(c, &a, NULL), SL_OK, "add");
  INT_EQ(sl_article_date(c, 0), o.default_date, "default date applied");
  sl_corpus_free(c);
}

int main(void) {
  test_add_and_access();
  test_bad_input();
  test_default_date();
  return test_done("test_corpus");
}
