/*
 * test_summarize.c — the extractive summary: budgets (words, bytes,
 * sentences), determinism, no repeated content, every item verbatim from
 * its article, reading order, and small hand-written stories where the
 * right choice is clear (the expected answers below were decided by
 * reading the texts, not by running the code).  With a shared dir, the
 * seed story end to end (skipped when absent).
 *
 *   test_summarize [SHARED_DIR]
 */
#include <string.h>

#include "harness.h"
#include "summarize/summarize.h"

/* ---- a small hand-written story: a bridge closure, three outlets ------------ */

typedef struct doc {
  const char *id, *source, *date, *text;
} doc;

static const doc k_bridge[] = {
    {"a1", "Harbour Post", "2025-05-01",
     "The Harbor Bridge will close for repairs on Monday, the city transport department said. "
     "Engineers found cracks in two steel supports during an inspection in April. "
     "Mayor Ana Ruiz said the closure would last two weeks. "
     "Ferries will run every twenty minutes while the bridge is closed.\n\n"
     "The bridge carries about 40,000 vehicles a day."},
    {"b1", "City Wire", "2025-05-02",
     "The Harbor Bridge will close for repairs on Monday after engineers found cracks in two "
     "steel supports. "
     "He said the closure would last two weeks, and urged drivers to plan ahead. "
     "\"We are ready for the crowds,\" he said. "
     "A local bakery is offering free coffee to commuters who take the ferry."},
    {"c1", "Metro Daily", "2025-05-03",
     "City officials confirmed that the Harbor Bridge will close for repairs on Monday. "
     "Ferries will run every twenty minutes while the bridge is closed, officials said. "
     "The repairs are expected to cost about 3 million dollars."},
};

static sl_corpus *load(const doc *d, size_t n, const size_t *perm) {
  sl_corpus *c = sl_corpus_new(NULL);
  for (size_t i = 0; i < n; i++) {
    const doc *x = &d[perm ? perm[i] : i];
    sl_article_in a = {0};
    a.id = x->id;
    a.source = x->source;
    a.date = sl_date_parse(x->date, strlen(x->date));
    a.text = x->text;
    a.len = strlen(x->text);
    CHECK(sl_corpus_add(c, &a, NULL) == SL_OK, "article %s added", x->id);
  }
  return c;
}

/* Story order as the digest makes it: date, then article id. */
static size_t story(const sl_corpus *c, uint32_t *arts) {
  size_t n = c->arts.n;
  for (uint32_t i = 0; i < n; i++) arts[i] = i;
  for (size_t i = 1; i < n; i++)
    for (size_t j = i; j > 0; j--) {
      const sl_art *a = &c->arts.a[arts[j - 1]], *b = &c->arts.a[arts[j]];
      if (a->date < b->date || (a->date == b->date && arts[j - 1] < arts[j])) break;
      uint32_t t = arts[j];
      arts[j] = arts[j - 1];
      arts[j - 1] = t;
    }
  return n;
}

/* Summarises the whole corpus; returns the summary (NULL on failure). */
static sl_summary *run(const sl_corpus *c, unsigned words, unsigned bytes, unsigned sentences) {
  uint32_t arts[64];
  size_t n = story(c, arts);
  sl_align *al = NULL;
  sl_summary *sm = NULL;
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.words = words, o.bytes = bytes, o.sentences = sentences;
  CHECK(sl_align_build(c, arts, n, &al) == SL_OK, "align");
  if (al) CHECK(sl_summarize(c, arts, n, al, &o, &sm) == SL_OK, "summarize");
  sl_align_free(al);
  return sm;
}

/* Copies the text of item i into buf. */
static const char *item_text(const sl_corpus *c, const sl_summary *sm, size_t i, char *buf,
                             size_t cap) {
  const sl_sent *s = &c->sents.a[sm->items[i].sent];
  size_t n = SL_MIN((size_t)s->span.len, cap - 1);
  memcpy(buf, sl_sent_text(c, s), n);
  buf[n] = 0;
  return buf;
}

static int has_item(const sl_corpus *c, const sl_summary *sm, const char *prefix) {
  char buf[1024];
  for (size_t i = 0; i < sm->n; i++)
    if (!strncmp(item_text(c, sm, i, buf, sizeof buf), prefix, strlen(prefix))) return 1;
  return 0;
}

/* Properties every summary must have. */
static void check_invariants(const sl_corpus *c, const sl_summary *sm, unsigned words,
                             unsigned bytes, unsigned sentences, const char *what) {
  unsigned w = 0, b = 0;
  for (size_t i = 0; i < sm->n; i++) {
    const sl_sent *s = &c->sents.a[sm->items[i].sent];
    const sl_art *a = &c->arts.a[s->article];
    w += s->nwords;
    b += s->span.len + (i > 0);
    /* verbatim: the span is one of the article's own sentences */
    CHECK(s->span.off + s->span.len <= a->len, "%s: span inside the article", what);
    CHECK(sm->items[i].sent >= a->sent && sm->items[i].sent < a->sent + a->nsent,
          "%s: item %zu is a sentence of its article", what, i);
    /* reading order: date, then position */
    if (i > 0) {
      const sl_sent *p = &c->sents.a[sm->items[i - 1].sent];
      const sl_art *pa = &c->arts.a[p->article];
      CHECK(pa->date < a->date || (pa->date == a->date && p->article < s->article) ||
                (p->article == s->article && p->index < s->index),
            "%s: items %zu and %zu in reading order", what, i - 1, i);
    }
    for (size_t j = 0; j < i; j++)
      CHECK(sm->items[j].group != sm->items[i].group, "%s: one item per alignment group", what);
  }
  if (words) CHECK(w <= words, "%s: %u words within %u", what, w, words);
  if (bytes) CHECK(b <= bytes, "%s: %u bytes within %u", what, b, bytes);
  if (sentences) CHECK(sm->n <= sentences, "%s: %zu sentences within %u", what, sm->n, sentences);
}

static void test_budgets(void) {
  sl_corpus *c = load(k_bridge, SL_COUNTOF(k_bridge), NULL);
  char what[64];
  for (unsigned w = 5; w <= 200; w += 15) {
    sl_summary *sm = run(c, w, 0, 0);
    snprintf(what, sizeof what, "words %u", w);
    if (sm) check_invariants(c, sm, w, 0, 0, what);
    if (sm && w >= 40) CHECK(sm->n >= 2, "%s: budget used (%zu items)", what, sm->n);
    sl_summary_free(sm);
  }
  for (unsigned b = 30; b <= 900; b += 70) {
    sl_summary *sm = run(c, 0, b, 0);
    snprintf(what, sizeof what, "bytes %u", b);
    if (sm) check_invariants(c, sm, 0, b, 0, what);
    if (sm && b >= 200) CHECK(sm->n >= 1, "%s: something chosen", what);
    sl_summary_free(sm);
  }
  for (unsigned k = 1; k <= 6; k++) {
    sl_summary *sm = run(c, 0, 0, k);
    snprintf(what, sizeof what, "sentences %u", k);
    if (sm) check_invariants(c, sm, 0, 0, k, what);
    if (sm && k <= 3) INT_EQ(sm->n, k, "%s: filled", what);
    sl_summary_free(sm);
  }
  /* all three together: the tightest wins */
  sl_summary *sm = run(c, 60, 250, 2);
  if (sm) check_invariants(c, sm, 60, 250, 2, "words+bytes+sentences");
  sl_summary_free(sm);
  sl_corpus_free(c);
}

/* The obvious choices in the bridge story. */
static void test_choices(void) {
  sl_corpus *c = load(k_bridge, SL_COUNTOF(k_bridge), NULL);
  /* one sentence: the closure itself, which all three outlets report */
  sl_summary *sm = run(c, 0, 0, 1);
  CHECK(sm && sm->n == 1, "one sentence");
  if (sm && sm->n == 1) {
    char buf[512];
    const char *t = item_text(c, sm, 0, buf, sizeof buf);
    CHECK(strstr(t, "Harbor Bridge will close for repairs on Monday") != NULL,
          "the closure is the one-sentence summary, got: %s", t);
  }
  sl_summary_free(sm);
  /* three sentences: facts that several outlets share, not the bakery aside */
  sm = run(c, 0, 0, 3);
  CHECK(sm && sm->n == 3, "three sentences");
  if (sm) CHECK(!has_item(c, sm, "A local bakery"), "aside not chosen");
  sl_summary_free(sm);
  /* a longer summary: the named speaker, not "He said ...", no bare quote */
  sm = run(c, 60, 0, 0);
  CHECK(sm != NULL, "summary");
  if (sm) {
    CHECK(has_item(c, sm, "Mayor Ana Ruiz said"), "named speaker chosen");
    CHECK(!has_item(c, sm, "He said the closure"), "dangling 'He said' avoided");
    CHECK(!has_item(c, sm, "\"We are ready"), "bare quote fragment avoided");
    CHECK(has_item(c, sm, "The Harbor Bridge will close") ||
              has_item(c, sm, "City officials confirmed that the Harbor Bridge"),
          "closure reported");
  }
  sl_summary_free(sm);
  /* a generous budget still never repeats the ferry sentence (two outlets, one
   * with an attribution added) nor the closure sentence */
  sm = run(c, 200, 0, 0);
  if (sm) {
    int ferries = has_item(c, sm, "Ferries will run every twenty minutes while the bridge is closed.");
    int ferries2 = has_item(c, sm, "Ferries will run every twenty minutes while the bridge is closed,");
    CHECK(!(ferries && ferries2), "the ferry sentence appears once");
    int closure = 0;
    char buf[512];
    for (size_t i = 0; i < sm->n; i++)
      closure += strstr(item_text(c, sm, i, buf, sizeof buf), "will close for repairs on Monday") != NULL;
    CHECK(closure <= 1, "the closure appears once (%d)", closure);
    check_invariants(c, sm, 200, 0, 0, "words 200");
  }
  sl_summary_free(sm);
  sl_corpus_free(c);
}

/* Quotation fragments lose to a plain sentence with the same facts, even
 * when they carry a little more. */
static const doc k_quotes[] = {
    {"q1", "North Star", "2025-06-01",
     "Workers at the Lindgren paper mill voted to accept a new contract on Friday. "
     "\"We fought for a fair contract at the Lindgren paper mill and the workers won a real raise.\n\n"
     "Nobody expected it to take this long,\" said organiser Mia Holt."},
    {"q2", "Valley News", "2025-06-01",
     "I think the workers at the Lindgren paper mill won a fair contract and a real raise this time. "
     "The vote at the Lindgren paper mill ended a strike that lasted six weeks."},
    {"q3", "Mill Town Daily", "2025-06-02",
     "The Lindgren paper mill contract gives workers a raise of 4 percent a year. "
     "Workers at the Lindgren paper mill voted to accept a new contract, ending a six-week strike."},
};

static void test_fragments(void) {
  sl_corpus *c = load(k_quotes, SL_COUNTOF(k_quotes), NULL);
  sl_summary *sm = run(c, 45, 0, 0);
  CHECK(sm && sm->n >= 2, "quote story summarised");
  if (sm) {
    CHECK(!has_item(c, sm, "\"We fought"), "quotation cut at a paragraph break not used");
    CHECK(!has_item(c, sm, "I think the workers"), "first person without quotation marks not used");
    CHECK(!has_item(c, sm, "Nobody expected"), "second half of a quotation not used");
    check_invariants(c, sm, 45, 0, 0, "quotes story");
  }
  sl_summary_free(sm);
  sl_corpus_free(c);
}

/* Same story added in another order: the same sentences, in the same order. */
static void test_determinism(void) {
  static const size_t perm[] = {2, 0, 1};
  sl_corpus *c1 = load(k_bridge, 3, NULL), *c2 = load(k_bridge, 3, perm);
  for (unsigned w = 20; w <= 120; w += 50) {
    sl_summary *a = run(c1, w, 0, 0), *b = run(c2, w, 0, 0), *a2 = run(c1, w, 0, 0);
    CHECK(a && b && a2, "summaries");
    if (a && b && a2) {
      INT_EQ(a->n, b->n, "same length at %u words", w);
      INT_EQ(a->n, a2->n, "same length twice at %u words", w);
      for (size_t i = 0; i < a->n && i < b->n; i++) {
        char x[512], y[512];
        STR_EQ(item_text(c1, a, i, x, sizeof x), item_text(c2, b, i, y, sizeof y),
               "item %zu at %u words", i, w);
        INT_EQ(a->items[i].sent, a2->items[i].sent, "same run twice");
        CHECK(a->items[i].score == a2->items[i].score, "same score twice");
      }
    }
    sl_summary_free(a), sl_summary_free(b), sl_summary_free(a2);
  }
  sl_corpus_free(c1), sl_corpus_free(c2);
}

/* Degenerate stories: nothing, one short sentence, one sentence too long for the budget. */
static void test_edges(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  sl_align *al = NULL;
  sl_summary *sm = NULL;
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  CHECK(sl_align_build(c, NULL, 0, &al) == SL_OK, "empty align");
  if (al) CHECK(sl_summarize(c, NULL, 0, al, &o, &sm) == SL_OK, "empty story");
  CHECK(sm && sm->n == 0, "empty summary");
  sl_summary_free(sm), sl_align_free(al);
  sl_corpus_free(c);

  static const doc one[] = {{"x", "Wire", "2024-01-02", "The council approved the budget."}};
  c = load(one, 1, NULL);
  sm = run(c, 100, 0, 0);
  CHECK(sm && sm->n == 1, "a one-sentence story is its own summary");
  sl_summary_free(sm);
  sm = run(c, 3, 0, 0);
  CHECK(sm && sm->n == 0, "a sentence longer than the budget is not cut");
  sl_summary_free(sm);
  sl_corpus_free(c);
}

/* The seed story end to end through the digest API. */
static void test_seeds(const char *shared) {
  char path[4096];
  snprintf(path, sizeof path, "%s/seeds", shared);
  sl_corpus *c = sl_corpus_new(NULL);
  if (sl_corpus_add_path(c, path, NULL) != SL_OK || sl_corpus_count(c) < 2) {
    sl_corpus_free(c);
    printf("seeds not found at %s: seed checks skipped\n", path);
    return;
  }
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_SUMMARY;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  CHECK(d != NULL, "seed digest");
  if (d) {
    size_t n = sl_digest_summary_count(d);
    CHECK(n >= 2, "seed summary has %zu sentences", n);
    const char *bad[] = {"He ", "She ", "They ", "It ", "This ", "But ", "And ", NULL};
    for (size_t i = 0; i < n; i++) {
      uint32_t a, off, len;
      sl_digest_summary_sentence(d, i, &a, &off, &len);
      size_t tl;
      const char *t = sl_article_text(c, a, &tl);
      CHECK(off + len <= tl, "seed item %zu inside its article", i);
      for (const char **b = bad; *b; b++)
        CHECK(strncmp(t + off, *b, strlen(*b)) != 0, "seed item %zu starts with '%s'", i, *b);
      /* a quotation that lost its marks ("What I was saying ...") is not used */
      CHECK(!(len > 7 && !strncmp(t + off, "What I ", 7)), "seed item %zu: bare quotation", i);
      CHECK(sl_digest_summary_source_count(d, i) >= 1, "seed item %zu credited", i);
    }
  }
  sl_digest_free(d);
  sl_corpus_free(c);
}

int main(int argc, char **argv) {
  test_budgets();
  test_choices();
  test_fragments();
  test_determinism();
  test_edges();
  if (argc > 1) test_seeds(argv[1]);
  return test_done("test_summarize");
}
