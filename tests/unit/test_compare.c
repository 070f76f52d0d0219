/*
 * test_compare.c — coverage by outlet (src/compare/): shared versus unique
 * content on small hand-written articles, several articles of one outlet
 * counting as one outlet, pairwise overlap, the trivial/boilerplate filter
 * of unique sentences, and (when the shared seeds are present) robust
 * properties on a real five-outlet story.
 */
#include <string.h>

#include <jansson.h>

#include "compare/compare.h"
#include "harness.h"

/* Adds one article from a literal; dates as "YYYY-MM-DD". */
static void add(sl_corpus *c, const char *source, const char *date, const char *text) {
  sl_article_in a = {0};
  a.source = source;
  a.date = sl_date_parse(date, strlen(date));
  a.text = text;
  a.len = strlen(text);
  sl_status st = sl_corpus_add(c, &a, NULL);
  INT_EQ(st, SL_OK, "adding %s", source);
}

/* Index of the outlet called name, or -1. */
static long outlet_index(const sl_digest *d, const char *name) {
  for (size_t o = 0; o < sl_coverage_outlet_count(d); o++)
    if (!strcmp(sl_coverage_outlet_name(d, o), name)) return (long)o;
  return -1;
}

/* True when one of outlet o's listed unique sentences contains needle. */
static bool unique_has(const sl_digest *d, const sl_corpus *c, size_t o, const char *needle) {
  for (size_t i = 0; i < sl_coverage_unique_count(d, o); i++) {
    uint32_t a, off, len;
    sl_coverage_unique_sentence(d, o, i, &a, &off, &len);
    const char *t = sl_article_text(c, a, NULL) + off;
    size_t k = strlen(needle);
    for (uint32_t j = 0; j + k <= len; j++)
      if (!memcmp(t + j, needle, k)) return true;
  }
  return false;
}

#define SHARED \
  "The council approved the new harbour budget on Monday evening after a long debate.\n\n"

/* Four articles, three outlets (Alpha twice): one sentence everyone
 * carried, one fragment everyone carried, and each outlet's own lines,
 * some of them trivial or boilerplate. */
static void test_small_story(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "Alpha", "2024-03-04",
      SHARED "Alpha reporters saw the mayor leave the hall by a side door after the vote.\n\n"
             "It rained.");
  add(c, "Beta", "2024-03-04",
      SHARED "Beta learned the treasurer had resigned in protest before the meeting began.\n\n"
             "It rained.");
  add(c, "Alpha", "2024-03-05",
      SHARED "Residents queued for three hours outside the library to register formal objections.");
  add(c, "Gamma", "2024-03-06",
      SHARED "Photo: the council hall (Jo Smith/Getty Images)\n\nIt rained.\n\n"
             "Gamma was there too.");
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_COVERAGE;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  CHECK(d != NULL, "digest");
  if (!d) return;
  /* two Alpha articles make one outlet; outlets in order of first appearance */
  INT_EQ(sl_coverage_outlet_count(d), 3, "outlets");
  long al = outlet_index(d, "Alpha"), be = outlet_index(d, "Beta"), ga = outlet_index(d, "Gamma");
  INT_EQ(al, 0, "Alpha first");
  CHECK(be >= 0 && ga >= 0, "Beta and Gamma present");
  if (be < 0 || ga < 0) goto done;
  INT_EQ(sl_coverage_outlet_articles(d, (size_t)al), 2, "Alpha articles");
  INT_EQ(sl_coverage_outlet_articles(d, (size_t)be), 1, "Beta articles");
  INT_EQ(sl_coverage_outlet_sentences(d, (size_t)al), 5, "Alpha sentences");
  /* Alpha carried the budget sentence twice: both count as shared */
  INT_EQ(sl_coverage_outlet_shared(d, (size_t)al), 3, "Alpha shared");
  INT_EQ(sl_coverage_outlet_unique(d, (size_t)al), 2, "Alpha unique");
  INT_EQ(sl_coverage_outlet_shared(d, (size_t)be), 2, "Beta shared");
  INT_EQ(sl_coverage_outlet_unique(d, (size_t)be), 1, "Beta unique");
  for (size_t k = 0; k < 3; k++)
    INT_EQ(sl_coverage_outlet_shared(d, k) + sl_coverage_outlet_unique(d, k),
           sl_coverage_outlet_sentences(d, k), "shared + unique == sentences for %zu", k);
  /* the budget sentence is the consensus, carried by all three; "It
     rained." is carried by all three too but is no content to speak of */
  INT_EQ(sl_coverage_consensus_count(d), 1, "one consensus item");
  if (sl_coverage_consensus_count(d) == 1) {
    uint32_t a, off, len;
    INT_EQ(sl_coverage_consensus_sentence(d, 0, &a, &off, &len), 3, "carried by 3 outlets");
    CHECK(!memcmp(sl_article_text(c, a, NULL) + off, "The council approved", 20), "consensus text");
  }
  /* listed unique sentences: Alpha's two, Beta's one; Gamma's are trivial */
  INT_EQ(sl_coverage_unique_count(d, (size_t)al), 2, "Alpha listed unique");
  CHECK(unique_has(d, c, (size_t)al, "side door"), "Alpha's mayor sentence listed");
  CHECK(unique_has(d, c, (size_t)al, "queued"), "Alpha's second article counted");
  INT_EQ(sl_coverage_unique_count(d, (size_t)be), 1, "Beta listed unique");
  CHECK(unique_has(d, c, (size_t)be, "treasurer"), "Beta's unique sentence");
  /* the short line is unique content; the credit is too, unless the text
     pipeline already dropped it as boilerplate */
  CHECK(sl_coverage_outlet_unique(d, (size_t)ga) >= 1, "Gamma's short line is unique");
  INT_EQ(sl_coverage_unique_count(d, (size_t)ga), 0, "credit and short line not listed");
  /* Jaccard over groups: Alpha {budget, mayor, queue, rain}, Beta {budget,
     treasurer, rain}: 2 in common of 5 */
  double j = sl_coverage_overlap(d, (size_t)al, (size_t)be);
  CHECK(j > 0.3999 && j < 0.4001, "Alpha/Beta overlap %g, want 2/5", j);
  CHECK(sl_coverage_overlap(d, (size_t)be, (size_t)al) == j, "overlap symmetric");
  CHECK(sl_coverage_overlap(d, (size_t)al, (size_t)al) == 1.0, "self overlap");
done:
  sl_digest_free(d);
  sl_corpus_free(c);
}

/* Without SL_PART_COVERAGE the accessors are total and report nothing. */
static void test_absent(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "Alpha", "2024-03-04", SHARED);
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_SUMMARY;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  INT_EQ(sl_coverage_outlet_count(d), 0, "no coverage part");
  INT_EQ(sl_coverage_consensus_count(d), 0, "no consensus");
  sl_digest_free(d);
  sl_corpus_free(c);
}

/* A single outlet: everything is unique, nothing is consensus. */
static void test_one_outlet(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "Solo", "2024-03-04",
      SHARED "Solo found the minutes of the meeting had been altered later.");
  add(c, "Solo", "2024-03-05", SHARED);
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_COVERAGE; /* this test needs no other part */
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  INT_EQ(sl_coverage_outlet_count(d), 1, "one outlet");
  INT_EQ(sl_coverage_outlet_shared(d, 0), 0, "nothing shared with another outlet");
  INT_EQ(sl_coverage_outlet_unique(d, 0), 3, "all sentences unique");
  INT_EQ(sl_coverage_consensus_count(d), 0, "no consensus with one outlet");
  sl_digest_free(d);
  sl_corpus_free(c);
}

/* Many outlets: overlap from the API for any pair; the JSON matrix is left
 * out beyond 100 outlets so output stays linear in the outlets. */
static void test_many_outlets(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  enum { N = 150 };
  for (int i = 0; i < N; i++) {
    char src[32], text[256];
    snprintf(src, sizeof src, "outlet%03d", i);
    snprintf(text, sizeof text, SHARED "Outlet %d counted %d boats in harbour %d that morning.", i,
             i * 7, i * 13);
    add(c, src, "2024-03-04", text);
  }
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_COVERAGE;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  INT_EQ(sl_coverage_outlet_count(d), N, "outlets");
  INT_EQ(sl_coverage_consensus_count(d), 1, "the shared sentence");
  double j = sl_coverage_overlap(d, 0, N - 1);
  CHECK(j > 0.3333 && j < 0.3334, "overlap %g, want 1/3", j);
  char *s = sl_render_digest(d, SL_FORMAT_JSON, 0);
  json_t *root = s ? json_loads(s, 0, NULL) : NULL;
  json_t *cv = json_object_get(root, "coverage");
  CHECK(cv != NULL, "coverage in JSON");
  CHECK(json_object_get(cv, "overlap_pct") == NULL, "no quadratic matrix beyond 100 outlets");
  INT_EQ(json_array_size(json_object_get(cv, "outlets")), N, "every outlet listed");
  json_decref(root);
  sl_free(s);
  sl_digest_free(d);
  sl_corpus_free(c);
}

/* A 1 MB paragraph in each of two outlets: coverage stays linear, and the
 * text, Markdown and HTML renderings cut the run-on sentence instead of
 * copying it whole (the JSON keeps the span). */
static void test_long_paragraph(void) {
  size_t cap = 1 << 20, w = 0;
  char *t = malloc(cap + 64);
  for (int k = 0; w < cap; k++) w += (size_t)sprintf(t + w, "word%d and ", k % 5000);
  t[w++] = '.';
  t[w] = '\0';
  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "Long A", "2024-03-04", t);
  memcpy(t, "Other", 5); /* a different first word: not the same sentence */
  add(c, "Long B", "2024-03-04", t);
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_COVERAGE;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  INT_EQ(sl_coverage_outlet_count(d), 2, "two outlets");
  static const sl_format fmts[] = {SL_FORMAT_TEXT, SL_FORMAT_MD, SL_FORMAT_HTML};
  for (size_t i = 0; i < SL_COUNTOF(fmts); i++) {
    char *s = sl_render_digest(d, fmts[i], 0);
    CHECK(s && strlen(s) < 64 * 1024, "format %zu output %zu bytes", i, s ? strlen(s) : 0);
    sl_free(s);
  }
  sl_digest_free(d);
  sl_corpus_free(c);
  free(t);
}

/* An empty story (no article ids): nothing to cover, every renderer total. */
static void test_empty_story(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "Alpha", "2024-03-04", SHARED);
  uint32_t none = 0;
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_COVERAGE;
  sl_digest *d = sl_digest_new(c, &none, 0, &o, NULL);
  CHECK(d != NULL, "digest of no article");
  INT_EQ(sl_coverage_outlet_count(d), 0, "no outlet");
  INT_EQ(sl_coverage_consensus_count(d), 0, "no consensus");
  static const sl_format fmts[] = {SL_FORMAT_TEXT, SL_FORMAT_MD, SL_FORMAT_JSON, SL_FORMAT_HTML};
  for (size_t i = 0; d && i < SL_COUNTOF(fmts); i++) {
    char *s = sl_render_digest(d, fmts[i], 0);
    CHECK(s != NULL, "format %zu renders", i);
    sl_free(s);
  }
  sl_digest_free(d);
  sl_corpus_free(c);
}

static void test_boilerplate_filter(void) {
  static const char *const bad[] = {
      "Photo: Commuters wait at the terminal (Lena Marsh/Harbour Gazette)",
      "By Nadia Okafor, Harbour Gazette",
      "sound_times_ferry_terminal.jpg",
      "RELATED: Island council votes to study a second ferry operator",
      "Published on March 10, 2025 08:15 AM",
      "Mara Quinn and Theo Blake. Photo by Ana Ruiz/Getty Images",
  };
  static const char *const good[] = {
      "By the time the ferry left, the crews had voted to accept the deal.",
      "Photographers waited at the dock for the first crossing in five days.",
      "The union said it would study the imagery of the protest.",
  };
  for (size_t i = 0; i < SL_COUNTOF(bad); i++)
    CHECK(sl_coverage_boilerplate(bad[i], strlen(bad[i])), "boilerplate: %s", bad[i]);
  for (size_t i = 0; i < SL_COUNTOF(good); i++)
    CHECK(!sl_coverage_boilerplate(good[i], strlen(good[i])), "content: %s", good[i]);
}

/* The shared seeds: five outlets on one story. */
static void test_seeds(const char *shared) {
  char path[1024];
  snprintf(path, sizeof path, "%s/seeds", shared);
  sl_corpus *c = sl_corpus_new(NULL);
  if (sl_corpus_add_path(c, path, NULL) != SL_OK) {
    sl_corpus_free(c);
    printf("seeds absent under %s: skipping the seed checks\n", shared);
    return;
  }
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_COVERAGE;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  size_t no = sl_coverage_outlet_count(d);
  CHECK(no >= 2, "several outlets in the seeds (%zu)", no);
  long champs = -1;
  for (size_t k = 0; k < no; k++) {
    INT_EQ(sl_coverage_outlet_shared(d, k) + sl_coverage_outlet_unique(d, k),
           sl_coverage_outlet_sentences(d, k), "partition for %s", sl_coverage_outlet_name(d, k));
    CHECK(sl_coverage_unique_count(d, k) >= 1, "%s has a unique sentence",
          sl_coverage_outlet_name(d, k));
    for (size_t i = 0; i < sl_coverage_unique_count(d, k); i++) {
      uint32_t a, off, len;
      sl_coverage_unique_sentence(d, k, i, &a, &off, &len);
      const char *t = sl_article_text(c, a, NULL) + off;
      CHECK(!sl_coverage_boilerplate(t, len), "not boilerplate: %.*s", (int)len, t);
      CHECK(len >= 30, "not trivial: %.*s", (int)len, t);
    }
    /* the outlet whose article has the Drink Champs passage */
    for (uint32_t a = 0; a < sl_corpus_count(c); a++) {
      const char *t = sl_article_text(c, a, NULL);
      if (strstr(t, "Drink Champs") &&
          !strcmp(sl_article_source(c, a), sl_coverage_outlet_name(d, k)))
        champs = (long)k;
    }
  }
  CHECK(champs >= 0, "an outlet has the Drink Champs passage");
  if (champs >= 0)
    CHECK(unique_has(d, c, (size_t)champs, "sellout") ||
              unique_has(d, c, (size_t)champs, "Drink Champs"),
          "the Drink Champs quote is among that outlet's unique content");
  sl_digest_free(d);
  sl_corpus_free(c);
}

/* A sentence that starts inside a quotation (`… low," she said.` after
 * `"Our stocks are`) is no consensus item and no listed unique line: shown
 * alone it is a fragment with a stray closing mark. */
static void test_quotation_fragments(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  static const char *const body =
      "\"The shelves are empty. Our stocks of flour and rice have never been this low,\" "
      "shopkeeper Lena Ruiz told reporters on the quay.\n\nThe harbour stayed shut for a "
      "fourth day on Wednesday.";
  add(c, "Alpha", "2024-03-05", body);
  add(c, "Beta", "2024-03-05", body);
  add(c, "Gamma", "2024-03-06", body);
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_COVERAGE;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  CHECK(d != NULL, "digest");
  if (!d) return;
  for (size_t i = 0; i < sl_coverage_consensus_count(d); i++) {
    uint32_t a, off, len;
    sl_coverage_consensus_sentence(d, i, &a, &off, &len);
    CHECK(memcmp(sl_article_text(c, a, NULL) + off, "Our stocks", 10) != 0,
          "the sentence opening inside the quotation is no consensus item");
  }
  CHECK(sl_coverage_consensus_count(d) >= 1, "the harbour sentence is one");
  sl_digest_free(d);
  sl_corpus_free(c);
}

int main(int argc, char **argv) {
  test_small_story();
  test_absent();
  test_one_outlet();
  test_many_outlets();
  test_long_paragraph();
  test_empty_story();
  test_boilerplate_filter();
  test_quotation_fragments();
  if (argc > 1) test_seeds(argv[1]);
  return test_done("test_compare");
}
