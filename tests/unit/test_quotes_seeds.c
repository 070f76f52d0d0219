/*
 * test_quotes_seeds.c — every quotation of the five seed articles
 * (../shared/seeds, read at run time; exit 77 when absent) is found, with
 * the right speaker and all the outlets that carried it.
 *
 * The expectations below were written by reading the seed articles by
 * hand.  No seed text is copied here: a quotation is named by its article
 * (file-name prefix), its position among that article's quotations
 * (0-based, in text order) and the sentence within it; outlets are
 * file-name prefixes.  Titles of songs and shows in quotation marks are not
 * quotations; the embedded posts and the caption line are boilerplate.
 */
#include "digest/digest.h"
#include "harness.h"

static sl_corpus *C;
static sl_digest *D;

/* Article id of the seed whose file name starts with prefix. */
static uint32_t art_of(const char *prefix) {
  for (uint32_t a = 0; a < sl_corpus_count(C); a++)
    if (!strncmp(sl_article_id(C, a), prefix, 3)) return a;
  return UINT32_MAX;
}

/* Global mention index of the k-th mention of article a. */
static size_t mention_of(uint32_t a, size_t k) {
  size_t seen = 0;
  for (size_t i = 0; i < sl_quote_mention_count(D); i++) {
    uint32_t art, off, len;
    sl_quote_mention(D, i, &art, &off, &len);
    if (art == a && seen++ == k) return i;
  }
  return SIZE_MAX;
}

/* Quotation (group) holding sentence s of mention m. */
static uint32_t group_of(size_t m, size_t s) {
  const sl_quotes *q = D->quotes;
  size_t seen = 0;
  for (size_t p = 0; p < q->passages.n; p++)
    if (q->passages.a[p].mention == m && seen++ == s) return q->passages.a[p].group;
  return UINT32_MAX;
}

/* Outlets of quotation g as a sorted string of prefixes: "000 001 003". */
static void outlets(uint32_t g, char *out, size_t cap) {
  int have[5] = {0};
  for (size_t j = 0; j < sl_quote_outlet_count(D, g); j++) {
    uint32_t a;
    sl_quote_outlet(D, g, j, NULL, &a);
    const char *id = sl_article_id(C, a);
    if (id[0] == '0' && id[1] == '0' && id[2] >= '0' && id[2] <= '4') have[id[2] - '0']++;
  }
  out[0] = 0;
  for (int i = 0; i < 5; i++)
    if (have[i]) snprintf(out + strlen(out), cap - strlen(out), "%s00%d", out[0] ? " " : "", i);
}

typedef struct want {
  const char *art; /* file-name prefix */
  size_t mention;  /* among the article's quotations */
  size_t sentence; /* within the quotation */
  const char *outlets;
  const char *speaker;
} want;

int main(int argc, char **argv) {
  char path[4096];
  snprintf(path, sizeof path, "%s/seeds", argc > 1 ? argv[1] : "../shared");
  C = sl_corpus_new(NULL);
  if (sl_corpus_add_path(C, path, NULL) != SL_OK) {
    sl_corpus_free(C);
    SKIP("%s not found", path);
  }
  INT_EQ(sl_corpus_count(C), 5, "five seed articles");
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_QUOTES;
  D = sl_digest_new(C, NULL, 0, &o, NULL);
  CHECK(D != NULL, "digest");

  /* quotations per article, counted by hand */
  static const struct {
    const char *art;
    size_t n;
  } counts[] = {{"000", 12}, {"001", 13}, {"002", 8}, {"003", 14}, {"004", 9}};
  size_t total = 0;
  for (size_t i = 0; i < 5; i++) {
    uint32_t a = art_of(counts[i].art);
    size_t n = 0;
    for (size_t m = 0; m < sl_quote_mention_count(D); m++) {
      uint32_t art, off, len;
      sl_quote_mention(D, m, &art, &off, &len);
      n += art == a;
    }
    INT_EQ(n, counts[i].n, "quotations in seed %s", counts[i].art);
    total += counts[i].n;
  }
  INT_EQ(sl_quote_mention_count(D), total, "no other quotations");

  /* every speaker is John Legend but one: the podcast quotation of Kanye West
   * in seed 004 (its 5th quotation, attributed through "he") */
  uint32_t a4 = art_of("004");
  for (size_t m = 0; m < sl_quote_mention_count(D); m++) {
    uint32_t art, off, len;
    sl_quote_mention(D, m, &art, &off, &len);
    const char *sp = sl_quote_mention_speaker(D, m);
    const char *want_sp = art == a4 && m == mention_of(a4, 4) ? "Kanye West" : "John Legend";
    STR_EQ(sp, want_sp, "speaker of mention %zu (article %u, offset %u)", m, art, off);
  }

  /* the quotations carried by several outlets, with all their outlets */
  static const want wants[] = {
      {"002", 0, 0, "000 001 002 003 004", "John Legend"}, /* described ... mischaracterization */
      {"001", 2, 0, "000 001 002 003", "John Legend"},     /* the Murdoch version */
      {"001", 3, 0, "000 001 002 003 004", "John Legend"}, /* what I was saying */
      {"001", 4, 0, "000 001 002 003", "John Legend"},     /* what will happen */
      {"001", 0, 0, "000 001 002 003", "John Legend"},     /* up to him (headline) */
      {"003", 12, 0, "001 002 003 004", "John Legend"},    /* a clear scam */
      {"003", 13, 0, "001 002 003 004", "John Legend"},    /* friends since */
      {"000", 7, 0, "000 001 002", "John Legend"},         /* the remark about how he spoke to the rapper */
      {"000", 8, 0, "000 001 002 004", "John Legend"},     /* love and empathy */
      {"000", 8, 1, "000 001 002 004", "John Legend"},     /* the way he went */
      {"003", 11, 0, "001 002 003", "John Legend"},        /* most frustrating */
      {"001", 9, 1, "001 002", "John Legend"},             /* how aware he was */
      {"004", 5, 0, "001 002 004", "John Legend"},         /* consumed by politics */
      {"004", 5, 1, "001 002 004", "John Legend"},         /* values matter */
      {"003", 0, 0, "000 001 003", "John Legend"},         /* not friends as much */
      {"003", 2, 0, "000 001 003", "John Legend"},         /* too much to sustain */
      {"003", 10, 0, "000 001 002 003", "John Legend"},    /* indicators of character */
      {"000", 5, 0, "000 001 002", "John Legend"},         /* should be everything */
      {"004", 4, 0, "004", "Kanye West"},                  /* the podcast quotation */
  };
  for (size_t i = 0; i < sizeof wants / sizeof *wants; i++) {
    const want *w = &wants[i];
    size_t m = mention_of(art_of(w->art), w->mention);
    CHECK(m != SIZE_MAX, "mention %s/%zu", w->art, w->mention);
    if (m == SIZE_MAX) continue;
    uint32_t g = group_of(m, w->sentence);
    CHECK(g != UINT32_MAX, "sentence %s/%zu/%zu", w->art, w->mention, w->sentence);
    if (g == UINT32_MAX) continue;
    char got[64];
    outlets(g, got, sizeof got);
    STR_EQ(got, w->outlets, "outlets of quotation %s/%zu/%zu", w->art, w->mention, w->sentence);
    STR_EQ(sl_quote_speaker(D, g), w->speaker, "speaker of quotation %s/%zu", w->art, w->mention);
  }

  /* the most widely carried quotation: first listed, dated by its earliest
   * outlet (seed 002, 2022-09-04), with the [Donald] insertion and the
   * British spelling shown as edits */
  uint32_t gA = group_of(mention_of(art_of("002"), 0), 0);
  CHECK(gA < 2, "carried by all five outlets: ranked first or second (got %u)", gA);
  char ds[16];
  sl_date_format(sl_quote_date(D, gA), ds);
  STR_EQ(ds, "2022-09-04", "earliest date");
  int bracket = 0, changed = 0;
  for (size_t j = 0; j < sl_quote_variant_count(D, gA); j++)
    for (size_t k = 0; k < sl_quote_edit_count(D, gA, j); k++) {
      uint32_t fo, fl, to, tl;
      sl_quote_edit_kind kind = sl_quote_edit(D, gA, j, k, &fo, &fl, &to, &tl);
      bracket += kind == SL_QUOTE_BRACKET;
      changed += kind == SL_QUOTE_CHANGED;
    }
  CHECK(bracket >= 2, "two outlets insert a bracketed first name (got %d)", bracket);
  CHECK(changed >= 1, "one outlet spells a word differently (got %d)", changed);
  /* seed 004 cuts the last word of "friends since": a truncation edit */
  uint32_t gG = group_of(mention_of(art_of("003"), 13), 0);
  int trunc = 0;
  for (size_t j = 0; j < sl_quote_variant_count(D, gG); j++)
    for (size_t k = 0; k < sl_quote_edit_count(D, gG, j); k++) {
      uint32_t fo, fl, to, tl;
      trunc += sl_quote_edit(D, gG, j, k, &fo, &fl, &to, &tl) == SL_QUOTE_TRUNCATED;
    }
  INT_EQ(trunc, 1, "one truncated variant");

  sl_digest_free(D);
  sl_corpus_free(C);
  return test_done("test_quotes_seeds");
}
