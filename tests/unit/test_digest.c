/*
 * test_digest.c — the digest as a whole does not depend on the order of its
 * input: the same articles added to a corpus in any order give the same
 * digest, in every format.  The JSON's `index` / `article` fields are corpus
 * numbers (the order of sl_corpus_add) and differ by construction; they are
 * compared through the article ids they stand for.
 *
 * The story is written for this test (an invented town, outlets and
 * people).  It is built to put ties where the digest breaks them: three
 * outlets on one day, one outlet with two articles, sentences repeated
 * word for word by several outlets (whose outlets are listed), a quotation
 * printed in two wordings by two outlets each (the main wording is a tie on
 * outlets and length), two sentences of one outlet's two articles that
 * rank equal among its unique ones (the same words in another order).
 */
#include <stdbool.h>
#include <string.h>

#include <jansson.h>
#include <storyloom.h>

#include "harness.h"

typedef struct {
  const char *id, *source, *date, *text;
} art;

static const art k_arts[] = {
    {"ledger-0502", "Northern Ledger", "2024-05-02",
     "Engineers closed the Oskel footbridge on Wednesday after divers found a crack in its "
     "central pier.\n\n"
     "The bridge carries about four thousand people a day between the old town and the station.\n\n"
     "\"We will not reopen it until every pier has been checked by divers,\" said Lotte Varga, "
     "the county engineer.\n\n"
     "Varga said the inspection would take at least two weeks.\n\n"
     "A ferry will run between the two quays from Friday, the county said.\n\n"
     "Shopkeepers on Quay Street said trade had fallen by half since the closure."},
    {"post-0502", "Valley Post", "2024-05-02",
     "The Oskel footbridge was closed on Wednesday after divers found a crack in its central "
     "pier, the county said.\n\n"
     "The bridge carries about four thousand people a day between the old town and the station.\n\n"
     "\"We will not reopen it until each pier has been checked by divers,\" said Lotte Varga, "
     "the county engineer.\n\n"
     "A ferry will run between the two quays from Friday, the county said.\n\n"
     "The footbridge was built in 1962 and last repaired in 2009.\n\n"
     "Commuters crowded the road bridge two miles upstream on Thursday morning."},
    {"herald-0502", "Oskel Herald", "2024-05-02",
     "Divers working for the county found a crack in the central pier of the Oskel footbridge "
     "on Wednesday, and engineers closed it within the hour.\n\n"
     "\"We will not reopen it until every pier has been checked by divers,\" said Lotte Varga, "
     "the county engineer.\n\n"
     "The bridge carries about four thousand people a day between the old town and the station.\n\n"
     "The footbridge was built in 1962 and last repaired in 2009.\n\n"
     "Councillor Amos Reile asked why the 2009 repairs had not included the piers.\n\n"
     "Ferry operator Hallam Brothers charged commuters 3.50 pounds per crossing, and the Quay "
     "Street traders asked the county for a rent holiday."},
    {"radio-0503", "River Radio", "2024-05-03",
     "The temporary ferry across the Oskel began its first crossing at seven on Friday "
     "morning.\n\n"
     "\"We will not reopen it until each pier has been checked by divers,\" said Lotte Varga, "
     "the county engineer.\n\n"
     "A ferry will run between the two quays from Friday, the county said.\n\n"
     "Passengers said the crossing took twelve minutes and the boat was full on every trip."},
    {"herald-0506", "Oskel Herald", "2024-05-06",
     "Divers finished checking the piers of the Oskel footbridge on Monday and found no other "
     "cracks, the county said.\n\n"
     "Lotte Varga said the repair of the central pier would start on May 20 and take a month.\n\n"
     "The temporary ferry will keep running until the bridge reopens.\n\n"
     "Councillor Amos Reile said the county had been lucky that nobody was hurt.\n\n"
     "The Quay Street traders asked the county for a rent holiday, and ferry operator Hallam "
     "Brothers charged commuters 3.50 pounds per crossing."},
};
enum { NARTS = sizeof k_arts / sizeof *k_arts };

/* Replaces every corpus number (`index`, `article`, coverage outlets'
 * `articles`) by the id of its article. */
static void ids_for_numbers(json_t *j, const char *key, json_t *ids) {
  if (json_is_object(j)) {
    const char *k;
    json_t *v;
    json_object_foreach(j, k, v) {
      if ((!strcmp(k, "index") || !strcmp(k, "article")) && json_is_integer(v))
        json_object_set(j, k, json_array_get(ids, (size_t)json_integer_value(v)));
      else ids_for_numbers(v, k, ids);
    }
  } else if (json_is_array(j)) {
    size_t i;
    json_t *v;
    json_array_foreach(j, i, v) {
      if (key && !strcmp(key, "articles") && json_is_integer(v))
        json_array_set(j, i, json_array_get(ids, (size_t)json_integer_value(v)));
      else ids_for_numbers(v, NULL, ids);
    }
  }
}

typedef struct {
  char *text, *json, *md;
} outputs;

/* Digest of the articles added in the order `perm`. */
static outputs digest_in_order(const int *perm, unsigned quotes, unsigned dates) {
  outputs out = {0};
  sl_corpus *c = sl_corpus_new(NULL);
  for (int i = 0; i < NARTS; i++) {
    const art *a = &k_arts[perm[i]];
    sl_article_in in = {0};
    in.id = a->id;
    in.source = a->source;
    in.date = sl_date_parse(a->date, strlen(a->date));
    in.text = a->text;
    in.len = strlen(a->text);
    INT_EQ(sl_corpus_add(c, &in, NULL), SL_OK, "adding %s", a->id);
  }
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.max_quotes = quotes;
  o.tl_dates = dates;
  o.words = 60;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  CHECK(d != NULL, "digest");
  if (!d) {
    sl_corpus_free(c);
    return out;
  }
  out.text = sl_render_digest(d, SL_FORMAT_TEXT, 0);
  out.md = sl_render_digest(d, SL_FORMAT_MD, 0);
  char *js = sl_render_digest(d, SL_FORMAT_JSON, 0);
  json_t *root = json_loads(js, 0, NULL);
  CHECK(root != NULL, "digest JSON parses");
  json_t *ids = json_array();
  for (uint32_t a = 0; a < sl_corpus_count(c); a++) json_array_append_new(ids, json_string(sl_article_id(c, a)));
  ids_for_numbers(root, NULL, ids);
  out.json = json_dumps(root, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
  json_decref(ids);
  json_decref(root);
  sl_free(js);
  sl_digest_free(d);
  sl_corpus_free(c);
  return out;
}

static void outputs_free(outputs *o) {
  sl_free(o->text), sl_free(o->md), free(o->json);
}

/* First line where a and b differ, for the failure message. */
static void first_difference(const char *a, const char *b, char *buf, size_t cap) {
  size_t i = 0, line = 1, bol = 0;
  while (a[i] && a[i] == b[i]) {
    if (a[i] == '\n') line++, bol = i + 1;
    i++;
  }
  const char *ea = strchr(a + bol, '\n'), *eb = strchr(b + bol, '\n');
  int la = ea ? (int)(ea - a - bol) : (int)strlen(a + bol);
  int lb = eb ? (int)(eb - b - bol) : (int)strlen(b + bol);
  snprintf(buf, cap, "line %zu: \"%.*s\" vs \"%.*s\"", line, la > 200 ? 200 : la, a + bol,
           lb > 200 ? 200 : lb, b + bol);
}

static bool next_perm(int *p, int n) {
  int i = n - 2;
  while (i >= 0 && p[i] >= p[i + 1]) i--;
  if (i < 0) return false;
  int j = n - 1;
  while (p[j] <= p[i]) j--;
  int t = p[i];
  p[i] = p[j], p[j] = t;
  for (int a = i + 1, b = n - 1; a < b; a++, b--) t = p[a], p[a] = p[b], p[b] = t;
  return true;
}

/* Every order of the five articles (120), with all quotations and dates
 * shown, gives the digest of the order as written. */
static void test_every_order(unsigned quotes, unsigned dates) {
  int perm[NARTS];
  for (int i = 0; i < NARTS; i++) perm[i] = i;
  outputs base = digest_in_order(perm, quotes, dates);
  if (!base.json || !base.text || !base.md) return;
  /* the story is what the test needs: shared sentences and two wordings */
  CHECK(strstr(base.json, "\"variants\": [\n   {") != NULL || strstr(base.json, "\"edits\"") != NULL,
        "a quotation with a variant wording");
  CHECK(strstr(base.text, "Northern Ledger") && strstr(base.text, "Valley Post"), "outlets listed");
  unsigned differ_text = 0, differ_json = 0, differ_md = 0, n = 0;
  char why[600];
  while (next_perm(perm, NARTS)) {
    outputs o = digest_in_order(perm, quotes, dates);
    n++;
    if (o.text && strcmp(o.text, base.text)) {
      if (!differ_text++) {
        first_difference(base.text, o.text, why, sizeof why);
        fprintf(stderr, "text, order %d%d%d%d%d: %s\n", perm[0], perm[1], perm[2], perm[3], perm[4], why);
      }
    }
    if (o.json && strcmp(o.json, base.json)) {
      if (!differ_json++) {
        first_difference(base.json, o.json, why, sizeof why);
        fprintf(stderr, "json, order %d%d%d%d%d: %s\n", perm[0], perm[1], perm[2], perm[3], perm[4], why);
      }
    }
    if (o.md && strcmp(o.md, base.md)) differ_md++;
    outputs_free(&o);
  }
  INT_EQ(n, 119, "orders tried");
  INT_EQ(differ_text, 0, "orders whose text digest differs (quotes %u, dates %u)", quotes, dates);
  INT_EQ(differ_json, 0, "orders whose JSON digest differs, corpus numbers aside (quotes %u, dates %u)",
         quotes, dates);
  INT_EQ(differ_md, 0, "orders whose Markdown digest differs (quotes %u, dates %u)", quotes, dates);
  outputs_free(&base);
}

/* The articles are listed by date, then id (not in the order given). */
static void test_article_order(void) {
  int perm[NARTS] = {4, 3, 2, 1, 0};
  outputs o = digest_in_order(perm, 5, 0);
  if (!o.json) return;
  const char *want[] = {"herald-0502", "ledger-0502", "post-0502", "radio-0503", "herald-0506"};
  const char *p = strstr(o.json, "\"articles\"");
  for (int i = 0; p && i < NARTS; i++) {
    char key[64];
    snprintf(key, sizeof key, "\"id\": \"%s\"", want[i]);
    const char *q = strstr(p, key);
    CHECK(q != NULL, "article %s listed after the one before it", want[i]);
    if (q) p = q;
  }
  outputs_free(&o);
}

/* The story's articles in the order written. */
static sl_corpus *story_corpus(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  for (int i = 0; i < NARTS; i++) {
    sl_article_in in = {0};
    in.id = k_arts[i].id;
    in.source = k_arts[i].source;
    in.date = sl_date_parse(k_arts[i].date, strlen(k_arts[i].date));
    in.text = k_arts[i].text;
    in.len = strlen(k_arts[i].text);
    INT_EQ(sl_corpus_add(c, &in, NULL), SL_OK, "adding %s", in.id);
  }
  return c;
}

/* Ids given to sl_digest_new in another order, one of them twice: the
 * digest of the whole corpus. */
static void test_ids_as_a_set(void) {
  sl_corpus *c = story_corpus();
  const uint32_t ids[] = {4, 2, 0, 2, 3, 1};
  sl_digest *all = sl_digest_new(c, NULL, 0, NULL, NULL);
  sl_digest *some = sl_digest_new(c, ids, sizeof ids / sizeof *ids, NULL, NULL);
  CHECK(all && some, "digests");
  if (all && some) {
    char *a = sl_render_digest(all, SL_FORMAT_JSON, 0), *b = sl_render_digest(some, SL_FORMAT_JSON, 0);
    STR_EQ(b, a, "ids in another order, one twice");
    sl_free(a), sl_free(b);
  }
  sl_digest_free(all), sl_digest_free(some);
  sl_corpus_free(c);
}

/* The parts built on several threads (sl_digest_opts.threads, the CLI's
 * -j): the same digest as on one, for every part alone, several together
 * and none, and with more threads than parts; repeated, so that a race
 * between the parts has many chances to show (and the suite's sanitizer
 * run sees the threads). */
static void test_threads(void) {
  sl_corpus *c = story_corpus();
  const int parts[] = {SL_PART_ALL,     SL_PART_QUOTES,   SL_PART_SUMMARY | SL_PART_QUOTES,
                       SL_PART_TIMELINE | SL_PART_COVERAGE, SL_PART_SUMMARY, 0};
  const unsigned threads[] = {0, 2, 3, 8};
  for (size_t p = 0; p < sizeof parts / sizeof *parts; p++) {
    sl_digest_opts o;
    sl_digest_opts_init(&o);
    INT_EQ(o.threads, 1, "one thread by default");
    o.parts = parts[p];
    o.max_quotes = 0;
    sl_digest *one = sl_digest_new(c, NULL, 0, &o, NULL);
    CHECK(one != NULL, "digest on one thread (parts %#x)", parts[p]);
    if (!one) continue;
    char *want = sl_render_digest(one, SL_FORMAT_JSON, 0);
    if (parts[p] & SL_PART_QUOTES)
      CHECK(sl_quote_count(one) >= 1 && sl_quote_mention_count(one) >= 4,
            "the story's quotation found in its outlets (parts %#x)", parts[p]);
    for (size_t t = 0; t < sizeof threads / sizeof *threads; t++) {
      unsigned same = 0, runs = parts[p] == SL_PART_ALL ? 20 : 3;
      for (unsigned r = 0; r < runs; r++) {
        o.threads = threads[t];
        sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
        CHECK(d != NULL, "digest on %u threads", threads[t]);
        if (!d) continue;
        char *got = sl_render_digest(d, SL_FORMAT_JSON, 0);
        same += got && want && !strcmp(got, want);
        INT_EQ(sl_quote_count(d), sl_quote_count(one), "quotations on %u threads", threads[t]);
        sl_free(got);
        sl_digest_free(d);
      }
      INT_EQ(same, runs, "digests on %u threads equal to one thread's (parts %#x)", threads[t],
             parts[p]);
    }
    sl_free(want);
    sl_digest_free(one);
  }
  sl_corpus_free(c);
}

int main(void) {
  test_threads();
  test_ids_as_a_set();
  test_article_order();
  test_every_order(5, 0);
  test_every_order(0, 0);
  test_every_order(0, 3);
  return test_done("test_digest");
}
