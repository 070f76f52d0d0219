/*
 * test_align.c — cross-source sentence alignment (src/align/).
 *
 * Hand-written sentence pairs that must group (identical, re-punctuated,
 * truncated, partial quotation, bracketed insertion, word added, plural,
 * UK/US spelling, contraction, wire copy with small edits) and must not
 * (same topic, different number, negation, too short, two halves of one
 * long sentence, two sentences of one article); the spelling rules on
 * word pairs; the output invariants; determinism; a 5,000-sentence speed
 * trap (under the CTest TIMEOUT of tests/cmake/align.cmake); and the
 * end-to-end check on examples/ferry-strike.  test_align_seeds.c does the
 * same on ../shared/seeds.
 */
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "align/align_int.h"
#include "digest/digest.h"
#include "harness.h"
#include "align_helpers.h"

/* ---- helpers ------------------------------------------------------------ */

static void add(sl_corpus *c, const char *source, const char *date, const char *text) {
  sl_article_in a = {0};
  a.source = source;
  a.date = date ? sl_date_parse(date, strlen(date)) : SL_NO_DATE;
  a.text = text;
  a.len = strlen(text);
  INT_EQ(sl_corpus_add(c, &a, NULL), SL_OK, "adding %s", source);
}

static sl_align *align_all(const sl_corpus *c) {
  size_t n = sl_corpus_count(c);
  uint32_t ids[4096];
  for (size_t i = 0; i < n && i < 4096; i++) ids[i] = (uint32_t)i;
  sl_align *al = NULL;
  INT_EQ(sl_align_build(c, ids, n, &al), SL_OK, "align");
  return al;
}

/* Aligns two one-sentence articles from two outlets; returns the kind of
 * the second sentence relative to the first when they are grouped, or -1. */
static int pair_kind(const char *x, const char *y) {
  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "Alpha", "2024-05-01", x);
  add(c, "Beta", "2024-05-02", y);
  INT_EQ(c->arts.a[0].nsent, 1, "one sentence: %s", x);
  INT_EQ(c->arts.a[1].nsent, 1, "one sentence: %s", y);
  sl_align *al = align_all(c);
  int kind = -1;
  if (al) {
    check_invariants(c, al);
    if (al->ngroups == 1) kind = al->kind[1];
  }
  sl_align_free(al);
  sl_corpus_free(c);
  return kind;
}

#define GROUPS(x, y, want)                                                               \
  do {                                                                                   \
    int k_ = pair_kind(x, y);                                                            \
    CHECK(k_ == (want), "kind %d, want %d:\n    %s\n    %s", k_, (int)(want), x, y);     \
  } while (0)

/* ---- pairs -------------------------------------------------------------- */

static void test_pairs_that_group(void) {
  /* identical */
  GROUPS("The council voted on Tuesday to close the old bridge to heavy trucks.",
         "The council voted on Tuesday to close the old bridge to heavy trucks.", SL_MATCH_EXACT);
  /* re-punctuated, curly versus straight quotes, case */
  GROUPS("\xe2\x80\x9cWe will not back down,\xe2\x80\x9d the mayor said on Monday.",
         "\"We will not back down\" the Mayor said, on Monday.", SL_MATCH_EXACT);
  GROUPS("I don\xe2\x80\x99t think the harbour wall will last another winter, she said.",
         "\"I don't think the harbour wall will last another winter,\" she said.",
         SL_MATCH_EXACT);
  /* truncated: one outlet cut the sentence short */
  GROUPS("The company said it would cut 300 jobs at its Leeds plant by the end of next year, "
         "citing weak demand for its vans.",
         "The company said it would cut 300 jobs at its Leeds plant.", SL_MATCH_NEAR);
  /* partial quotation inside the reporter's own frame */
  GROUPS("\"The bridge is simply not safe for lorries any more,\" the engineer told the council "
         "on Monday evening.",
         "The engineer warned that the bridge \"is simply not safe for lorries any more.\"",
         SL_MATCH_NEAR);
  /* bracketed editorial insertion */
  GROUPS("\"He backed [Councillor] Jones in the vote on the harbour plan,\" the mayor said.",
         "\"He backed Jones in the vote on the harbour plan,\" the mayor said.", SL_MATCH_NEAR);
  /* cut short: a short sentence that starts the longer one */
  GROUPS("The old ferries are slow and costly.",
         "The old ferries are slow and costly, and the company plans to replace them by 2030.",
         SL_MATCH_NEAR);
  /* cut short, with a function word repeated later in the longer one */
  GROUPS("Reyes spent 12 years at sea.", "Reyes spent 12 years at the helm, most of it at night.",
         SL_MATCH_NEAR);
  /* a short quoted statement inside a longer sentence */
  GROUPS("\"My patience with the company is exhausted.\"",
         "In a letter to the board published on Friday, the chairman of the island council "
         "wrote: \"My patience with the company is exhausted.\"",
         SL_MATCH_NEAR);
  /* a verbatim sentence of 8+ words with only two content words */
  GROUPS("It's up to them whether they can get past that.",
         "\"It's up to them whether they can get past that,\" the mediator said.", SL_MATCH_NEAR);
  /* a word dropped */
  GROUPS("We have not spoken since the election, honestly, and I doubt we ever will.",
         "We have not spoken since the election, and I doubt we ever will.", SL_MATCH_NEAR);
  /* singular / plural */
  GROUPS("Of course the closure will strain our friendship with the people over the water.",
         "Of course the closure will strain our friendships with the people over the water.",
         SL_MATCH_NEAR);
  /* UK / US spelling */
  GROUPS("The minister apologised for the colour of the new programme and the centre's "
         "behaviour.",
         "The minister apologized for the color of the new program and the center's behavior.",
         SL_MATCH_NEAR);
  GROUPS("The organisers said the travelled distance was a mischaracterisation of the "
         "catalogue.",
         "The organizers said the traveled distance was a mischaracterization of the catalog.",
         SL_MATCH_NEAR);
  /* contraction */
  GROUPS("I didn't think the strike would last this long, the driver said.",
         "I did not think the strike would last this long, the driver said.", SL_MATCH_NEAR);
  /* a different first word is not a different subject */
  GROUPS("Close to 37,000 people have died in the conflict since it began.",
         "Nearly 37,000 people have died in the conflict since it began.", SL_MATCH_NEAR);
  /* a different date or dateline in front is not a different subject */
  GROUPS("Last Thursday, an assailant tried to drive a stolen car into the ferry terminal at "
         "Port Elwin.",
         "On Oct. 29, an assailant tried to drive a stolen car into the ferry terminal at Port "
         "Elwin.",
         SL_MATCH_NEAR);
  GROUPS("PORT ELWIN (AP) -- Port Elwin is the region's busiest ferry port, despite a ten-year "
         "fall in crossings, according to figures from the harbour board.",
         "KESTREL ISLAND, January 2 (Wire) -- Port Elwin is the region's busiest ferry port, "
         "despite a ten-year fall in crossings, according to figures from the harbour board.",
         SL_MATCH_NEAR);
  /* wire copy with small edits */
  GROUPS("Police said the man, aged 34, was arrested at a house in Leeds on Thursday morning "
         "and remains in custody.",
         "Police said the man, 34, was arrested at a house in Leeds on Thursday and remained "
         "in custody.",
         SL_MATCH_NEAR);
  /* the attribution differs, the quoted sentence is the same */
  GROUPS("\"Our crews have gone three years without a raise while the company posted record "
         "profits,\" union secretary Ana Lopes told reporters.",
         "\"Our crews have gone three years without a raise while the company posted record "
         "profits,\" she said.",
         SL_MATCH_NEAR);
}

static void test_pairs_that_do_not_group(void) {
  /* same topic, different statements */
  GROUPS("The strike has left hundreds of commuters stranded on the island.",
         "Commuters on the island say the strike has cost them hundreds of pounds.", -1);
  GROUPS("The mayor said the bridge would reopen on Monday.",
         "On Monday, the bridge operator said the mayor would have to wait for the inspection "
         "report before anything would reopen.",
         -1);
  /* same frame, a different number */
  GROUPS("The company said it would cut 300 jobs at its Leeds plant next year.",
         "The company said it would cut 450 jobs at its Leeds plant next year.", -1);
  /* negation */
  GROUPS("The union said the offer was acceptable to most of its members.",
         "The union said the offer was not acceptable to most of its members.", -1);
  GROUPS("The union said the offer was acceptable to most of its members.",
         "The union said the offer wasn't acceptable to most of its members.", -1);
  /* too little in common to be sure (fewer than 3 content words, and not a
     whole verbatim sentence of 8+ words) */
  GROUPS("\"We did not want to be here,\" he said.", "We did not want to be here.", -1);
  GROUPS("It's up to them whether they can get over that.",
         "\"It's up to them whether they can get past that,\" the mediator said.", -1);
  /* the same sentence about different people */
  GROUPS("Ana Lopes writes about ferries for the Port Elwin Harbour Gazette, Kestrel Island, "
         "and the Sound Times.",
         "Tomas Reyes and Ines Duarte write about ferries for the Port Elwin Harbour Gazette, "
         "Kestrel Island, and the Sound Times.",
         -1);
  /* a short name inside a longer sentence is not the same statement */
  GROUPS("The figures come from the Coastal Shipping Research Institute in Port Elwin, which "
         "surveys ferry users every year.",
         "Coastal Shipping Research Institute in Port Elwin: http://www.example.org", -1);
  GROUPS("Island pages include the Coastal Shipping Research Institute (http://www.example.org), "
         "the Ferry Users Association and the council's own site.",
         "Island Coastal Shipping Research Institute: http://www.example.org", -1);
  GROUPS("The film, written and directed by Ana Lopes, opens on the island in May.",
         "Written and directed by Ana Lopes.", -1);
  /* a quoted title is not a quoted statement */
  GROUPS("Her novel The Long Way Round To Kestrel Island was published by a small press in "
         "Port Elwin last spring.",
         "\"The Long Way Round To Kestrel Island,\" by Ana Lopes.", -1);
  /* a different quotation with the same attribution */
  GROUPS("\"The ferry must run on time every single day,\" the mayor told the council.",
         "\"The council has failed the island for a decade,\" the mayor told the council.", -1);
}

/* Two different halves of one long sentence both match it, but not each
 * other: they must not end up in one group (no chaining). */
static void test_no_chain(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "Alpha", "2024-05-01",
      "The council approved the new harbour wall on Monday after a long debate, and the "
      "contractors will begin the work in the spring after the fishing season ends.");
  add(c, "Beta", "2024-05-02", "The council approved the new harbour wall on Monday after a long debate.");
  add(c, "Gamma", "2024-05-03",
      "The contractors will begin the work in the spring after the fishing season ends.");
  sl_align *al = align_all(c);
  check_invariants(c, al);
  uint32_t ga = sl_align_group_of(al, c->arts.a[0].sent), gb = sl_align_group_of(al, c->arts.a[1].sent),
           gc = sl_align_group_of(al, c->arts.a[2].sent);
  CHECK(gb != gc, "the two halves stay apart");
  CHECK((ga == gb) != (ga == gc), "exactly one half joins the long sentence");
  INT_EQ(al->ngroups, 2, "two groups");
  sl_align_free(al);
  sl_corpus_free(c);
}

/* Two sentences of one article: a near repeat is not grouped (different
 * sentences of one text), an exact repeat is (one type). */
static void test_same_article(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "Alpha", "2024-05-01",
      "The ferry left the harbour at six on Friday morning with commuters aboard.\n\n"
      "The ferry left the harbour at six on Friday morning with lorries aboard.\n\n"
      "Nobody on the island had seen a ferry for five days.\n\n"
      "Nobody on the island had seen a ferry for five days.");
  sl_align *al = align_all(c);
  check_invariants(c, al);
  uint32_t s = c->arts.a[0].sent;
  CHECK(sl_align_group_of(al, s) != sl_align_group_of(al, s + 1), "near repeat in one article");
  INT_EQ(sl_align_group_of(al, s + 2), sl_align_group_of(al, s + 3), "exact repeat in one article");
  INT_EQ(al->ngroups, 3, "three groups");
  sl_align_free(al);
  sl_corpus_free(c);
}

/* Three outlets carrying one sentence, an exact copy and an edited copy:
 * representative = the earliest, kinds relative to it. */
static void test_kinds_and_representative(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "Gamma", "2024-05-03",
      "Police said the man, 34, was arrested at a house in Leeds on Thursday and remained in "
      "custody.");
  add(c, "Alpha", "2024-05-01",
      "Police said the man, aged 34, was arrested at a house in Leeds on Thursday morning and "
      "remains in custody.");
  add(c, "Beta", "2024-05-02",
      "Police said the man, aged 34, was arrested at a house in Leeds on Thursday morning and "
      "remains in custody!");
  sl_align *al = align_all(c);
  check_invariants(c, al);
  INT_EQ(al->ngroups, 1, "one group");
  INT_EQ(al->members[0], c->arts.a[1].sent, "the earliest (Alpha) represents");
  INT_EQ(al->kind[1], SL_MATCH_EXACT, "Beta is an exact copy");
  INT_EQ(al->members[2], c->arts.a[0].sent, "Gamma last");
  INT_EQ(al->kind[2], SL_MATCH_NEAR, "Gamma is edited");
  sl_align_free(al);
  sl_corpus_free(c);
}

/* Junk and extremes: unbalanced brackets and quotes, a 40,000-word
 * sentence printed twice, words longer than the spelling rules look at. */
static void test_junk(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "Alpha", "2024-05-01",
      "The harbour [board said the new ferry timetable would start in the spring after a long "
      "consultation with the island.\n\n\"\"\" ] ] [ [ \" \u201c \u201d \u2019 ]]\n\n"
      "Pneumonoultramicroscopicsilicovolcanoconiosisisationsisationsisationsisations colours "
      "organised centres.");
  add(c, "Beta", "2024-05-02",
      "The harbour board said the new ferry timetable would start in the spring after a long "
      "consultation with the island.\n\n[ ] [\n\n"
      "Pneumonoultramicroscopicsilicovolcanoconiosisisationsisationsisationsisations colors "
      "organized centers.");
  static char big[400000];
  size_t o = 0;
  for (int i = 0; i < 40000 && o + 16 < sizeof big; i++)
    o += (size_t)snprintf(big + o, sizeof big - o, "w%d ", i % 977);
  big[o] = '\0';
  add(c, "Gamma", "2024-05-03", big);
  add(c, "Delta", "2024-05-04", big);
  sl_align *al = align_all(c);
  check_invariants(c, al);
  /* a stray '[' hides nothing: the timetable sentence groups */
  INT_EQ(sl_align_group_of(al, c->arts.a[0].sent), sl_align_group_of(al, c->arts.a[1].sent),
         "stray bracket");
  /* the huge sentence is matched exactly (near matching skips it) */
  uint32_t gg = sl_align_group_of(al, c->arts.a[2].sent + c->arts.a[2].nsent - 1);
  INT_EQ(gg, sl_align_group_of(al, c->arts.a[3].sent + c->arts.a[3].nsent - 1), "huge copy");
  sl_align_free(al);
  sl_corpus_free(c);
}

/* The spelling rules are English: with another stemmer language they are off. */
static void test_other_language(void) {
  sl_ingest_opts o;
  sl_ingest_opts_init(&o);
  o.lang = "french";
  sl_corpus *c = sl_corpus_new(&o);
  CHECK(c != NULL, "french corpus");
  if (!c) return;
  add(c, "Alpha", "2024-05-01",
      "The minister apologised for the colour of the new programme and the centre's behaviour.");
  add(c, "Beta", "2024-05-02",
      "The minister apologized for the color of the new program and the center's behavior.");
  sl_align *al = align_all(c);
  check_invariants(c, al);
  INT_EQ(al->ngroups, 2, "no UK/US folding outside English");
  sl_align_free(al);
  sl_corpus_free(c);
}

static void test_empty_and_odd(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  sl_align *al = NULL;
  INT_EQ(sl_align_build(c, NULL, 0, &al), SL_OK, "empty story");
  INT_EQ(al->ngroups, 0, "no groups");
  INT_EQ(al->nsents, 0, "no sentences");
  sl_align_free(al);
  add(c, "Alpha", "2024-05-01", "\xe2\x80\x94 \xe2\x80\x94.\n\nOk.\n\n!!!");
  add(c, "Beta", "2024-05-01", "\xe2\x80\x94 \xe2\x80\x94.\n\nOk.\n\n!!!");
  uint32_t ids[] = {1, 0, 1}; /* order and repeats do not matter */
  INT_EQ(sl_align_build(c, ids, 3, &al), SL_OK, "odd story");
  check_invariants(c, al);
  /* sentences without words never group; identical words do */
  for (uint32_t s = 0; s < al->nsents; s++) {
    const sl_sent *se = sl_corpus_sent(c, al->sents[s]);
    if (!se->nwords) INT_EQ(sl_align_group_size(al, al->group[s]), 1, "wordless sentence alone");
  }
  sl_align_free(al);
  sl_corpus_free(c);
}

/* ---- spelling rules ----------------------------------------------------- */

/* The term a word gets for matching: spelling-folded, then stemmed. */
static void match_term(sl_analyzer *an, const char *w, char *out, size_t cap) {
  char f[SL_AL_MAXTOK + 8];
  size_t n = strlen(w), fl = sl_align_spell_fold(w, n, f), tl;
  const char *t = fl ? sl_analyzer_term(an, f, fl, &tl) : sl_analyzer_term(an, w, n, &tl);
  snprintf(out, cap, "%.*s", (int)tl, t);
}

static void test_spelling(void) {
  static const char *const same[][2] = {
      {"apologised", "apologized"}, {"apologise", "apologize"},   {"realisation", "realization"},
      {"organisations", "organizations"}, {"criticising", "criticizing"}, {"analysed", "analyzed"},
      {"paralyse", "paralyze"},     {"colour", "color"},           {"colours", "colors"},
      {"honourable", "honorable"},  {"favourite", "favorite"},     {"behaviour", "behavior"},
      {"neighbours", "neighbors"},  {"labour", "labor"},           {"centre", "center"},
      {"centres", "centers"},       {"centred", "centered"},       {"theatre", "theater"},
      {"fibre", "fiber"},           {"meagre", "meager"},          {"catalogue", "catalog"},
      {"dialogues", "dialogs"},     {"programme", "program"},      {"programmes", "programs"},
      {"defence", "defense"},       {"offences", "offenses"},      {"licence", "license"},
      {"travelled", "traveled"},    {"cancelling", "canceling"},   {"modeller", "modeler"},
      {"mischaracterisation", "mischaracterization"},
  };
  static const char *const differ[][2] = {
      {"four", "for"}, {"hour", "her"}, {"rise", "rize"}, {"filled", "filed"},
      {"prices", "prizes"}, {"course", "curse"}, {"tour", "tor"},
  };
  static const char *const untouched[] = {"four", "hour", "your", "tour", "rise", "wise",
                                          "raise", "noise", "rogue", "vogue", "ogre", "acre",
                                          "genre", "fence", "hence", "filled", "called", "the"};
  sl_analyzer *an = sl_analyzer_new(NULL);
  char a[64], b[64];
  for (size_t i = 0; i < SL_COUNTOF(same); i++) {
    match_term(an, same[i][0], a, sizeof a);
    match_term(an, same[i][1], b, sizeof b);
    STR_EQ(a, b, "%s ~ %s", same[i][0], same[i][1]);
  }
  for (size_t i = 0; i < SL_COUNTOF(differ); i++) {
    match_term(an, differ[i][0], a, sizeof a);
    match_term(an, differ[i][1], b, sizeof b);
    CHECK(strcmp(a, b) != 0, "%s and %s stay apart (%s)", differ[i][0], differ[i][1], a);
  }
  char f[SL_AL_MAXTOK + 8];
  for (size_t i = 0; i < SL_COUNTOF(untouched); i++)
    INT_EQ(sl_align_spell_fold(untouched[i], strlen(untouched[i]), f), 0, "%s untouched",
           untouched[i]);
  CHECK(sl_align_is_negation("not", 3) && sl_align_is_negation("didn't", 6) &&
            sl_align_is_negation("never", 5) && sl_align_is_negation("cannot", 6),
        "negations");
  CHECK(!sl_align_is_negation("note", 4) && !sl_align_is_negation("now", 3) &&
            !sl_align_is_negation("knot", 4),
        "not negations");
  sl_analyzer_free(an);
}

/* ---- determinism ------------------------------------------------------- */

static bool same_align(const sl_align *x, const sl_align *y) {
  if (x->nsents != y->nsents || x->ngroups != y->ngroups) return false;
  size_t n = x->nsents;
  return !memcmp(x->sents, y->sents, n * 4) && !memcmp(x->group, y->group, n * 4) &&
         !memcmp(x->members, y->members, n * 4) && !memcmp(x->kind, y->kind, n) &&
         !memcmp(x->gstart, y->gstart, (x->ngroups + 1) * 4);
}

/* ---- synthetic big story ------------------------------------------------ */

static uint64_t rng(uint64_t *r) {
  *r = *r * 6364136223846793005ull + 1442695040888963407ull;
  return *r >> 33;
}

/* 250 articles x 20 sentences = 5,000 sentences.  mode 0: a realistic mix
 * (a quarter are copies of 100 wire sentences, some edited); mode 1: every
 * sentence is one template with one word changed (a worst case for the
 * candidate index: every posting list holds every sentence). */
static sl_corpus *big_story(int mode, uint32_t wire_family[250][20]) {
  sl_corpus *c = sl_corpus_new(NULL);
  uint64_t r = 7;
  static char wire[100][300];
  for (int w = 0; w < 100; w++) {
    size_t o = 0;
    for (int k = 0; k < 16; k++)
      o += (size_t)snprintf(wire[w] + o, sizeof wire[w] - o, "%s%s%u", k ? " " : "",
                            k % 3 ? "wire" : "the", (unsigned)rng(&r) % 4000);
  }
  static char text[60000];
  for (int a = 0; a < 250; a++) {
    size_t o = 0;
    for (int s = 0; s < 20; s++) {
      if (wire_family) wire_family[a][s] = UINT32_MAX;
      if (mode == 1) {
        o += (size_t)snprintf(text + o, sizeof text - o,
                              "The harbour board said on Monday that the new ferry timetable would "
                              "start in w%u after a long consultation.\n\n",
                              (unsigned)rng(&r) % 100000);
      } else if (rng(&r) % 4 == 0) {
        unsigned w = (unsigned)(a * 3 + s * 5) % 100; /* never twice in one article */
        /* an edited copy adds a word at the end */
        o += (size_t)snprintf(text + o, sizeof text - o, "%s%s.\n\n", wire[w],
                              rng(&r) % 2 ? " today" : "");
        if (wire_family) wire_family[a][s] = w;
      } else {
        for (int k = 0; k < 18; k++) {
          unsigned z = (unsigned)rng(&r) % 6000;
          o += (size_t)snprintf(text + o, sizeof text - o, "%sv%u", k ? " " : "", z * z / 6000);
        }
        o += (size_t)snprintf(text + o, sizeof text - o, ".\n\n");
      }
    }
    char id[16], src[16];
    snprintf(id, sizeof id, "a%03d", a);
    snprintf(src, sizeof src, "Outlet %d", a % 40);
    sl_article_in in = {.id = id, .source = src, .date = 20000 + a / 25, .text = text, .len = o};
    INT_EQ(sl_corpus_add(c, &in, NULL), SL_OK, "synthetic article %d", a);
  }
  return c;
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void test_big_story(void) {
  static uint32_t fam[250][20];
  for (int mode = 0; mode < 2; mode++) {
    sl_corpus *c = big_story(mode, mode == 0 ? fam : NULL);
    INT_EQ(c->sents.n, 5000, "5,000 sentences (mode %d)", mode);
    double t0 = now_s();
    sl_align *al = align_all(c);
    double t1 = now_s();
    printf("big story mode %d: %zu sentences, %zu groups, %.1f ms\n", mode, al->nsents,
           al->ngroups, (t1 - t0) * 1e3);
    check_invariants(c, al);
    if (mode == 0) {
      /* every copy of one wire sentence (edited or not) lands in one group,
         and no group mixes two wire sentences or a wire and a random one */
      uint32_t g_of[100];
      for (int w = 0; w < 100; w++) g_of[w] = UINT32_MAX;
      int split = 0, mixed = 0;
      for (int a = 0; a < 250; a++)
        for (int s = 0; s < 20; s++) {
          uint32_t g = sl_align_group_of(al, c->arts.a[a].sent + (uint32_t)s), w = fam[a][s];
          if (w == UINT32_MAX) {
            mixed += sl_align_group_size(al, g) != 1;
            continue;
          }
          if (g_of[w] == UINT32_MAX) g_of[w] = g;
          else split += g_of[w] != g;
        }
      INT_EQ(mixed, 0, "random sentences stay alone");
      INT_EQ(split, 0, "wire copies grouped");
      /* determinism: again, and with the articles listed in reverse */
      uint32_t ids[250];
      for (uint32_t i = 0; i < 250; i++) ids[i] = 249 - i;
      sl_align *al2 = NULL;
      INT_EQ(sl_align_build(c, ids, 250, &al2), SL_OK, "reverse order");
      CHECK(al2 && same_align(al, al2), "same groups whatever the article order");
      sl_align_free(al2);
    } else {
      /* the worst case stays bounded: groups never exceed one article each */
      for (size_t g = 0; g < al->ngroups; g++)
        CHECK(sl_align_group_size(al, (uint32_t)g) <= SL_AL_GROUP_MAX * 20, "bounded group");
    }
    sl_align_free(al);
    sl_corpus_free(c);
  }
}

/* ---- end to end ---------------------------------------------------------- */

static void test_ferry_strike(const char *data) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/../../examples/ferry-strike", data); /* data = tests/data */
  sl_corpus *c = sl_corpus_new(NULL);
  INT_EQ(sl_corpus_add_path(c, dir, NULL), SL_OK, "example story %s", dir);
  sl_align *al = align_all(c);
  if (!al) return;
  check_invariants(c, al);
  bool has;
  /* the union's quotation: carried by all four outlets, worded differently
     (one with "[operating]", one as a partial quotation) */
  uint32_t g = group_with(c, al, "Harbour Gazette", "record profits");
  INT_EQ(outlets_of(c, al, g, "Coastal Wire", &has), 4, "the union quotation in 4 outlets");
  CHECK(has, "including the partial quotation");
  INT_EQ(group_with(c, al, "Island Voice", "[operating]"), g, "bracketed copy");
  INT_EQ(outlets_of(c, al, group_with(c, al, "Coastal Wire", "fair deal"), NULL, NULL), 2,
         "the 'fair deal' quotation");
  INT_EQ(outlets_of(c, al, group_with(c, al, "Island Voice", "proves the point"), NULL, NULL), 2,
         "the councillor's quotation");
  INT_EQ(outlets_of(c, al, group_with(c, al, "Coastal Wire", "6 per cent"), NULL, NULL), 2,
         "the deal terms (truncated copy)");
  /* different statements on the same subject stay apart */
  CHECK(group_with(c, al, "Coastal Wire", "The strike began") !=
            group_with(c, al, "Harbour Gazette", "walked off"),
        "two sentences about the start of the strike");
  size_t shared = 0;
  for (uint32_t k = 0; k < al->ngroups; k++) shared += outlets_of(c, al, k, NULL, NULL) > 1;
  INT_EQ(shared, 5, "five pieces of shared content");
  /* coverage of the digest sees shared content for every outlet */
  sl_digest *d = sl_digest_new(c, NULL, 0, NULL, NULL);
  CHECK(d && d->coverage, "digest with coverage");
  if (d && d->coverage)
    for (size_t o = 0; o < d->coverage->noutlets; o++)
      CHECK(d->coverage->outlets[o].shared > 0, "outlet %s shares content",
            d->coverage->outlets[o].name);
  sl_digest_free(d);
  sl_align_free(al);
  sl_corpus_free(c);
}

int main(int argc, char **argv) {
  const char *data = argc > 2 ? argv[2] : "data";
  test_pairs_that_group();
  test_pairs_that_do_not_group();
  test_no_chain();
  test_same_article();
  test_kinds_and_representative();
  test_empty_and_odd();
  test_other_language();
  test_junk();
  test_spelling();
  test_ferry_strike(data);
  test_big_story();
  return test_done("test_align");
}
