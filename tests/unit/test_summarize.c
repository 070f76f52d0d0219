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

static sl_align *g_al; /* alignment of the last run(), for the checks */

/* Summarises the whole corpus with method parameters p (NULL: defaults);
 * returns the summary (NULL on failure).  The alignment stays in g_al. */
static sl_summary *run_ex(const sl_corpus *c, unsigned words, unsigned bytes, unsigned sentences,
                          const sl_sum_params *p) {
  uint32_t arts[64];
  size_t n = story(c, arts);
  sl_align *al = NULL;
  sl_summary *sm = NULL;
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.words = words, o.bytes = bytes, o.sentences = sentences;
  CHECK(sl_align_build(c, arts, n, &al) == SL_OK, "align");
  if (al) CHECK(sl_summarize_ex(c, arts, n, al, &o, p, &sm) == SL_OK, "summarize");
  sl_align_free(g_al);
  g_al = al;
  return sm;
}

static sl_summary *run(const sl_corpus *c, unsigned words, unsigned bytes, unsigned sentences) {
  return run_ex(c, words, bytes, sentences, NULL);
}

/* Does sentence a come before b in the story (date, article, position)? */
static int before(const sl_corpus *c, uint32_t a, uint32_t b) {
  const sl_sent *x = &c->sents.a[a], *y = &c->sents.a[b];
  const sl_art *xa = &c->arts.a[x->article], *ya = &c->arts.a[y->article];
  if (xa->date != ya->date) return xa->date < ya->date;
  if (x->article != y->article) return x->article < y->article;
  return x->index < y->index;
}

/* Where the story first reports group g: its earliest member. */
static uint32_t first_report(const sl_corpus *c, const sl_align *al, uint32_t g) {
  uint32_t f = al->members[al->gstart[g]];
  for (uint32_t m = al->gstart[g] + 1; m < al->gstart[g + 1]; m++)
    if (before(c, al->members[m], f)) f = al->members[m];
  return f;
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
    /* reading order after the opening item: where the story first reported
     * each item (date, then position); the opening never starts with a quotation */
    if (i > 1 && g_al && sm->items[i].sent != sm->items[i - 1].sent + 1) /* or in context */
      CHECK(before(c, first_report(c, g_al, sm->items[i - 1].group),
                   first_report(c, g_al, sm->items[i].group)),
            "%s: items %zu and %zu in reading order", what, i - 1, i);
    if (i == 0)
      CHECK(c->toks.a[s->tok].kind != SL_TOK_QUOTE, "%s: opens with a quotation", what);
    /* the quoted sentence is a member of the item's group */
    if (g_al) CHECK(sl_align_group_of(g_al, sm->items[i].sent) == sm->items[i].group,
                    "%s: item %zu quotes a member of its group", what, i);
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

/* A quotation running over several sentences: its inner sentences carry no
 * mark and no speaker, so out of their paragraph they read as the narrator's
 * claim (bug: "There is no going back ..." chosen alone).  A teaser cut off
 * with "..." reads as a broken sentence.  Neither may be used, although each
 * covers what the other outlets carry in fewer words than they do. */
static const doc k_storm[] = {
    {"k1", "Coast Herald", "2025-02-04",
     "A storm hit the town of Kelso on Tuesday.\n\n"
     "\"We lost everything,\" said shop owner Lena Berg. \"It came so fast. The sea wall broke at "
     "dawn and the harbour shops filled with water. Nobody warned us.\""},
    {"k2", "Bay Radio", "2025-02-05",
     "The sea wall broke at dawn on Tuesday, the council said. Repairs will take a month."},
    {"k3", "North Times", "2025-02-05",
     "Insurers will visit the harbour shops filled with water this week. Owners hope for quick "
     "payments."},
};

static void test_inner_quote(void) {
  sl_corpus *c = load(k_storm, SL_COUNTOF(k_storm), NULL);
  for (unsigned w = 15; w <= 30; w += 5) {
    sl_summary *sm = run(c, w, 0, 0);
    CHECK(sm && sm->n >= 1, "storm story summarised (%u words)", w);
    if (!sm) continue;
    CHECK(!has_item(c, sm, "The sea wall broke at dawn and"),
          "a quotation's inner sentence not used (%u words)", w);
    check_invariants(c, sm, w, 0, 0, "storm story");
    sl_summary_free(sm);
  }
  sl_corpus_free(c);
  doc teaser[SL_COUNTOF(k_storm)];
  memcpy(teaser, k_storm, sizeof teaser);
  teaser[0].text = "A storm hit the town of Kelso on Tuesday.\n\n"
                   "Sea wall broke at dawn, harbour shops filled with water, and now the town "
                   "asks why...";
  c = load(teaser, SL_COUNTOF(teaser), NULL);
  for (unsigned w = 15; w <= 30; w += 5) {
    sl_summary *sm = run(c, w, 0, 0);
    CHECK(sm && sm->n >= 1, "teaser story summarised (%u words)", w);
    if (!sm) continue;
    CHECK(!has_item(c, sm, "Sea wall broke"), "a teaser cut off with ... not used (%u words)", w);
    check_invariants(c, sm, w, 0, 0, "teaser story");
    sl_summary_free(sm);
  }
  sl_corpus_free(c);
}

/* A flood: the earliest article opens with a quotation (no lead), the
 * second with the lead that establishes the story.  Read by hand: the lead
 * must open the summary, although the quotation was published first. */
static const doc k_flood[] = {
    {"f1", "Valley Star", "2025-04-01",
     "\"The river rose two metres in six hours and nobody in Millford was ready,\" Mayor Tom Hale "
     "said on Monday.\n\n"
     "Sandbags ran out at the town hall by noon."},
    {"f2", "County Times", "2025-04-02",
     "The Avon River flooded the town of Millford on Monday after two days of heavy rain, forcing "
     "300 families from their homes. "
     "Mayor Tom Hale said the river rose two metres in six hours. "
     "A shelter opened at the Millford school."},
    {"f3", "Radio West", "2025-04-03",
     "Families forced from their homes by the Millford flood began returning on Wednesday as the "
     "Avon River fell. "
     "The heavy rain that flooded Millford on Monday was the worst in forty years, forecasters said."},
};

static void test_lead_first(void) {
  sl_corpus *c = load(k_flood, SL_COUNTOF(k_flood), NULL);
  for (unsigned w = 40; w <= 50; w += 5) {
    sl_summary *sm = run(c, w, 0, 0);
    char what[32], buf[512];
    snprintf(what, sizeof what, "flood %u words", w);
    CHECK(sm && sm->n >= 2, "%s: summarised", what);
    if (sm && sm->n >= 1)
      CHECK(!strncmp(item_text(c, sm, 0, buf, sizeof buf), "The Avon River flooded the town", 31),
            "%s: the lead opens the summary, got: %s", what, buf);
    if (sm) check_invariants(c, sm, w, 0, 0, what);
    sl_summary_free(sm);
  }
  /* without the lead rule (plain date order) the quotation would open it */
  sl_sum_params p;
  sl_sum_params_init(&p);
  p.lead_slot = 0;
  sl_summary *sm = run_ex(c, 45, 0, 0, &p);
  if (sm && sm->n >= 1) {
    char buf[512];
    CHECK(!strncmp(item_text(c, sm, 0, buf, sizeof buf), "\"The river rose", 15),
          "date order puts the earlier quotation first: %s", buf);
  }
  sl_summary_free(sm);
  sl_corpus_free(c);
}

/* A statement carried by three outlets: the first one gives it as a
 * fragment ("..., she said."), the others name the speaker.  Read by hand:
 * the summary must give it, quoting a member that names Lena Moss, and
 * credit all three articles. */
static const doc k_repairs[] = {
    {"r1", "Harbour Post", "2025-07-01",
     "The city will close the Elm Street tunnel for repairs in September, officials said on Monday. "
     "Transport chief Lena Moss spoke at city hall. "
     "\"The repairs will take at least six weeks and cost the city four million dollars,\" she said."},
    {"r2", "City Wire", "2025-07-02",
     "Drivers will have to use the ring road while the Elm Street tunnel is closed. "
     "\"The repairs will take at least six weeks and cost the city four million dollars,\" "
     "transport chief Lena Moss said."},
    {"r3", "Metro Daily", "2025-07-02",
     "Buses will run every ten minutes during the tunnel closure, the transit agency said. "
     "\"The repairs will take at least six weeks and cost the city four million dollars,\" "
     "transport chief Lena Moss said on Monday."},
};

static void test_widely_carried(void) {
  sl_corpus *c = load(k_repairs, SL_COUNTOF(k_repairs), NULL);
  sl_summary *sm = run(c, 50, 0, 0);
  CHECK(sm && sm->n >= 2, "repairs summarised");
  int found = 0;
  for (size_t i = 0; sm && i < sm->n; i++) {
    char buf[512];
    const char *t = item_text(c, sm, i, buf, sizeof buf);
    if (!strstr(t, "six weeks")) continue;
    found = 1;
    CHECK(strstr(t, "Lena Moss") != NULL, "the statement quoted with its speaker: %s", t);
    CHECK(g_al && sl_align_group_size(g_al, sm->items[i].group) == 3,
          "the statement credited to its three outlets");
  }
  CHECK(found, "the statement three outlets carried is in the summary");
  if (sm) check_invariants(c, sm, 50, 0, 0, "repairs");
  sl_summary_free(sm);
  /* the digest credits the quoted outlet first (City Wire: the earliest of the
   * two versions naming the speaker), the others as variants of it */
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_SUMMARY;
  o.words = 50;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  char *txt = d ? sl_render_digest(d, SL_FORMAT_TEXT, 0) : NULL;
  CHECK(txt != NULL, "repairs digest rendered");
  if (txt) {
    const char *q = strstr(txt, "transport chief Lena Moss said.\n");
    CHECK(q != NULL, "the City Wire version quoted:\n%s", txt);
    if (q) {
      const char *l = strchr(q, '\n') + 1;
      CHECK(!strncmp(l, "    — City Wire, ~Harbour Post, ~Metro Daily\n", 47),
            "credits: quoted outlet first, variants marked:\n%s", txt);
    }
  }
  sl_free(txt);
  sl_digest_free(d);
  sl_corpus_free(c);
}

/* A quotation attributed to "she", carried by two outlets: usable only right
 * after the sentence that names the speaker.  Read by hand: with 45 words
 * the summary gives the fire chief's finding and then her quotation, in
 * that order; the quotation never appears without it. */
static const doc k_fire[] = {
    {"w1", "Dock News", "2025-08-05",
     "Fire chief Rosa Klein said the warehouse fire on Dock Road was started by faulty wiring. "
     "\"The wiring in that building was forty years old and nobody had checked it,\" she said. "
     "No one was hurt in the fire."},
    {"w2", "Bay Radio", "2025-08-06",
     "Fire chief Rosa Klein spoke at the scene on Tuesday. "
     "\"The wiring in that building was forty years old and nobody had checked it,\" she said. "
     "The owner of the Dock Road warehouse said the fire destroyed stock worth two million dollars."},
    {"w3", "Port Daily", "2025-08-06",
     "The Dock Road warehouse fire burned for six hours before crews put it out on Tuesday."},
};

static void test_context(void) {
  sl_corpus *c = load(k_fire, SL_COUNTOF(k_fire), NULL);
  for (unsigned w = 45; w <= 60; w += 15) {
    sl_summary *sm = run(c, w, 0, 0);
    char what[32], buf[512];
    snprintf(what, sizeof what, "fire %u words", w);
    size_t q = SIZE_MAX;
    for (size_t i = 0; sm && i < sm->n; i++)
      if (!strncmp(item_text(c, sm, i, buf, sizeof buf), "\"The wiring", 11)) q = i;
    CHECK(q != SIZE_MAX, "%s: the quotation two outlets carried is used", what);
    if (q != SIZE_MAX && q > 0)
      CHECK(!strncmp(item_text(c, sm, q - 1, buf, sizeof buf), "Fire chief Rosa Klein said", 26),
            "%s: right after the sentence naming its speaker, got: %s", what, buf);
    CHECK(q != 0, "%s: the quotation does not open the summary", what);
    if (sm) check_invariants(c, sm, w, 0, 0, what);
    sl_summary_free(sm);
  }
  /* without the context rule the quotation is never used */
  sl_sum_params p;
  sl_sum_params_init(&p);
  p.context = 0;
  sl_summary *sm = run_ex(c, 45, 0, 0, &p);
  if (sm) CHECK(!has_item(c, sm, "\"The wiring"), "no context rule: quotation demoted");
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
  test_inner_quote();
  test_determinism();
  test_edges();
  test_lead_first();
  test_widely_carried();
  test_context();
  if (argc > 1) test_seeds(argv[1]);
  sl_align_free(g_al);
  return test_done("test_summarize");
}
