/*
 * test_cluster.c — story clustering (src/cluster/) and the clustering
 * metrics (src/eval/cluster_metrics.c).
 *
 * Metric expectations are computed by hand in the comments.  Clustering
 * tests use articles written for this test (tests/data/cluster/stream.jsonl,
 * gold annotated by hand) and synthetic word lists whose answer is known by
 * construction.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cluster/cluster.h"
#include "harness.h"
#include "storyloom.h"

#define NEAR(got, want, ...) CHECK(fabs((got) - (want)) < 1e-6, "got %.9f, want %.9f", (double)(got), (double)(want))

static const char *data_dir = "data";

/* ---- metrics ------------------------------------------------------------ */

static void test_metrics_hand(void) {
  /* Articles 1..5.  Gold: G1 = {1,2,3}, G2 = {4,5}.  Pred: P1 = {1,2}, P2 = {3,4,5}.
   * Contingency: P1∩G1 = 2, P2∩G1 = 1, P2∩G2 = 2; a = (2,3), b = (3,2), n = 5.
   * Pairwise: TP = C(2,2)+C(1,2)+C(2,2) = 2; predicted pairs = 1+3 = 4; gold pairs = 3+1 = 4
   *   -> P = 2/4 = 0.5, R = 0.5, F1 = 0.5.
   * B-cubed P: items 1,2: 2/2 each; item 3: 1/3; items 4,5: 2/3 each -> (2 + 1/3 + 4/3)/5 = 11/15.
   * B-cubed R: items 1,2: 2/3 each; item 3: 1/3; items 4,5: 2/2 each -> (4/3 + 1/3 + 2)/5 = 11/15.
   * ARI: index 2, expected 4*4/C(5,2) = 1.6, max (4+4)/2 = 4 -> (2-1.6)/(4-1.6) = 1/6.
   * NMI: I = 0.4 ln(10/6) + 0.2 ln(5/9) + 0.4 ln(10/6) = 0.291103...;
   *   H(P) = H(G) = -(0.4 ln 0.4 + 0.6 ln 0.6) = 0.673012; NMI = I / 0.673012 = 0.432538. */
  uint32_t pred[] = {1, 1, 2, 2, 2}, gold[] = {7, 7, 7, 9, 9};
  sl_cluster_scores s;
  INT_EQ(sl_cluster_score(pred, gold, 5, &s), SL_OK, "score");
  NEAR(s.pair_p, 0.5, "pairwise P");
  NEAR(s.pair_r, 0.5, "pairwise R");
  NEAR(s.pair_f, 0.5, "pairwise F");
  NEAR(s.bcubed_p, 11.0 / 15, "B3 P");
  NEAR(s.bcubed_r, 11.0 / 15, "B3 R");
  NEAR(s.bcubed_f, 11.0 / 15, "B3 F");
  NEAR(s.ari, 1.0 / 6, "ARI");
  CHECK(fabs(s.nmi - 0.432538) < 1e-5, "NMI %.6f", s.nmi);
  INT_EQ(s.pred_clusters, 2, "pred clusters");
  INT_EQ(s.gold_clusters, 2, "gold clusters");

  /* All singletons against one gold cluster of 4:
   * no predicted pairs -> P = 1 (nothing wrong), TP = 0 of 6 gold pairs -> R = 0, F1 = 0.
   * B-cubed P = 1, R = 1/4 -> F1 = 2*0.25/1.25 = 0.4.  I = 0 -> NMI = 0.
   * ARI: index 0, expected 0*6/6 = 0, max 3 -> 0. */
  uint32_t p2[] = {1, 2, 3, 4}, g2[] = {5, 5, 5, 5};
  INT_EQ(sl_cluster_score(p2, g2, 4, &s), SL_OK, "score 2");
  NEAR(s.pair_p, 1.0, "singletons P");
  NEAR(s.pair_r, 0.0, "singletons R");
  NEAR(s.pair_f, 0.0, "singletons F");
  NEAR(s.bcubed_p, 1.0, "singletons B3 P");
  NEAR(s.bcubed_r, 0.25, "singletons B3 R");
  NEAR(s.bcubed_f, 0.4, "singletons B3 F");
  NEAR(s.nmi, 0.0, "singletons NMI");
  NEAR(s.ari, 0.0, "singletons ARI");

  /* Identical partitions (labels renamed): every score 1. */
  uint32_t p3[] = {3, 3, 8, 8, 8, 1}, g3[] = {0, 0, 4, 4, 4, 2};
  INT_EQ(sl_cluster_score(p3, g3, 6, &s), SL_OK, "score 3");
  NEAR(s.pair_f, 1.0, "same F");
  NEAR(s.bcubed_f, 1.0, "same B3");
  NEAR(s.nmi, 1.0, "same NMI");
  NEAR(s.ari, 1.0, "same ARI");

  INT_EQ(sl_cluster_score(NULL, NULL, 0, &s), SL_EEMPTY, "empty");
}

static void write_file(const char *path, const char *s) {
  FILE *f = fopen(path, "wb");
  if (f) fputs(s, f), fclose(f);
}

static void test_metrics_files(void) {
  char pp[] = "/tmp/sl_test_cluster_predXXXXXX", gp[] = "/tmp/sl_test_cluster_goldXXXXXX";
  int fd1 = mkstemp(pp), fd2 = mkstemp(gp);
  CHECK(fd1 >= 0 && fd2 >= 0, "temp files");
  if (fd1 < 0 || fd2 < 0) return;
  /* The hand example again, with ids; "x" only in pred, "y" only in gold. */
  write_file(pp, "a\tP1\nb\tP1\nc\tP2\r\nd\tP2\ne\tP2\nx\tP9\n");
  write_file(gp, "# gold\n\na\tG1\nb\tG1\nc\tG1\nd\tG2\ne\tG2\ny\tG3\n");
  sl_cluster_scores s;
  sl_error err = {0};
  INT_EQ(sl_cluster_score_files(pp, gp, &s, &err), SL_OK, "files: %s", err.msg);
  NEAR(s.pair_f, 0.5, "files pairwise F");
  NEAR(s.bcubed_p, 11.0 / 15, "files B3 P");
  INT_EQ(s.articles, 5, "scored");
  INT_EQ(s.only_pred, 1, "only pred");
  INT_EQ(s.only_gold, 1, "only gold");
  /* An id listed twice is an error naming the line. */
  write_file(pp, "a\tP1\nb\tP1\na\tP2\n");
  INT_EQ(sl_cluster_score_files(pp, gp, &s, &err), SL_EFORMAT, "duplicate id");
  INT_EQ(err.line, 3, "line of the duplicate");
  CHECK(strstr(err.msg, "twice") != NULL, "message: %s", err.msg);
  write_file(pp, "a P1\n");
  INT_EQ(sl_cluster_score_files(pp, gp, &s, &err), SL_EFORMAT, "no tab");
  INT_EQ(sl_cluster_score_files("/nonexistent/x.tsv", gp, &s, &err), SL_EIO, "missing file");
  write_file(pp, "zz\tP1\n");
  INT_EQ(sl_cluster_score_files(pp, gp, &s, &err), SL_EEMPTY, "no common id");
  remove(pp);
  remove(gp);
}

/* ---- clustering ----------------------------------------------------------- */

/* Synthetic article of topic t, variant v: topic words "tNwK" repeated, plus
 * words of its own so no two articles are identical.  (No filler words
 * shared across topics: with the idf of the first few articles of a stream
 * every word weighs the same, so shared fillers would link the topics.) */
static void topic_text(char *buf, size_t cap, int t, int v) {
  size_t n = 0;
  for (int k = 0; k < 12 && n + 64 < cap; k++)
    n += (size_t)snprintf(buf + n, cap - n, "T%dw%d t%dw%d t%dw%d. ", t, k, t, (k + 3) % 12, t,
                          (k * 7 + v) % 12);
  for (int k = 0; k < 4 && n + 32 < cap; k++)
    n += (size_t)snprintf(buf + n, cap - n, "U%dv%dx%d. ", t, v, k);
}

/* Assignments as story numbers indexed by key (n keys). */
static void stories_by_key(const sl_stories *s, uint32_t *out, size_t n) {
  for (size_t i = 0; i < n; i++) out[i] = UINT32_MAX;
  for (size_t i = 0; i < sl_stories_assigned(s); i++) {
    uint32_t key, st;
    sl_stories_assignment(s, i, &key, &st, NULL);
    if (key < n) out[key] = st;
  }
}

static void test_topics_and_window(void) {
  char text[4096], id[32];
  sl_stories_opts o;
  sl_stories_opts_init(&o);
  o.window_days = 4;
  o.window_articles = 0; /* days only */
  sl_stories *s = sl_stories_new(&o);
  /* Days 0..2: topics 1 and 2 interleaved (keys 0..5); day 30: topic 1 again (key 6). */
  int topic[] = {1, 2, 1, 2, 1, 2, 1};
  int day[] = {0, 0, 1, 1, 2, 2, 30};
  for (int i = 0; i < 7; i++) {
    topic_text(text, sizeof text, topic[i], i);
    snprintf(id, sizeof id, "a%d", i);
    sl_story_article a = {(uint32_t)i, id, 20000 + day[i], NULL, text, strlen(text)};
    INT_EQ(sl_stories_add(s, &a, NULL), SL_OK, "add %d", i);
  }
  INT_EQ(sl_stories_finish(s, NULL), SL_OK, "finish");
  uint32_t st[7];
  stories_by_key(s, st, 7);
  CHECK(st[0] == st[2] && st[2] == st[4], "topic 1 together");
  CHECK(st[1] == st[3] && st[3] == st[5], "topic 2 together");
  CHECK(st[0] != st[1], "topics apart");
  /* Day 30 is 28 days after the topic's last article: the story was closed. */
  CHECK(st[6] != st[0], "closed story not reopened (%u vs %u)", st[6], st[0]);
  INT_EQ(sl_stories_open(s), 0, "finish closes every story");
  sl_stories_free(s);

  /* Same stream with an article window that keeps the story open. */
  o.window_articles = 100;
  s = sl_stories_new(&o);
  for (int i = 0; i < 7; i++) {
    topic_text(text, sizeof text, topic[i], i);
    sl_story_article a = {(uint32_t)i, NULL, 20000 + day[i], NULL, text, strlen(text)};
    sl_stories_add(s, &a, NULL);
  }
  sl_stories_finish(s, NULL);
  stories_by_key(s, st, 7);
  CHECK(st[6] == st[0], "within the article window the story continues");
  sl_stories_free(s);

  /* Memory bound: 60 unrelated topics, one a day, 2-day window: only the
   * stories of the last few days are ever open. */
  o.window_days = 2;
  o.window_articles = 0;
  s = sl_stories_new(&o);
  for (int i = 0; i < 60; i++) {
    topic_text(text, sizeof text, 100 + i, i);
    sl_story_article a = {(uint32_t)i, NULL, 20000 + i, NULL, text, strlen(text)};
    sl_stories_add(s, &a, NULL);
  }
  CHECK(sl_stories_peak_open(s) <= 6, "peak open %zu", sl_stories_peak_open(s));
  sl_stories_finish(s, NULL); /* the last 2 days were still held for reordering */
  INT_EQ(sl_stories_count(s), 60, "one story per topic");
  sl_stories_free(s);
}

/* Cold start: a stream that begins with one story.  Five short reports of
 * a bridge closure, each with words of its own, and two of a chess
 * tournament, as the very first articles of a stream; each article also
 * gets 15 words of its own (a longer article's details: more distinct
 * terms than the TOP_K = 40 an article keeps).  With the idf of the stream
 * so far (N articles, the story's words in all N) the shared words weighed
 * ln((N + 1) / N) against ln(N + 1) for the article's own, fell out of its
 * 40 heaviest terms, and the bridge reports did not find each other; idf
 * is now read as if at least IDF_MIN_DOCS documents had been seen. */
static void test_cold_start(void) {
  static const char *const bridge[] = {
      "Engineers close Dunmore bridge over river Teal. Inspectors found cracks in the "
      "steel girders of the Dunmore bridge on Monday and engineers closed it to all "
      "traffic. Commuters face a long detour through Kelby.",
      "Dunmore bridge closure snarls morning traffic. Queues stretched for miles after "
      "engineers shut the cracked Dunmore bridge across the river Teal, and buses to "
      "the hospital ran an hour late.",
      "Council promises repairs to Dunmore bridge. The mayor said engineers will replace "
      "the cracked girders of the Dunmore bridge over the Teal; the closure may last "
      "until spring, the council treasurer warned.",
      "Ferry added while Dunmore bridge stays closed. A temporary ferry will cross the "
      "river Teal near the closed Dunmore bridge, where engineers are still studying "
      "the cracks in the girders, the harbour office said.",
      "Shops near Dunmore bridge count the cost of closure. Traders beside the shut "
      "Dunmore bridge say takings halved since engineers found cracks in its girders and "
      "closed the crossing over the river Teal.",
  };
  static const char *const chess[] = {
      "Young grandmaster leads Brackley chess open. A sixteen year old grandmaster won "
      "her fourth game in a row at the Brackley chess open with a bold rook sacrifice.",
      "Brackley chess open ends in playoff. The sixteen year old grandmaster drew the "
      "final round and meets the defending champion in a rapid playoff at the Brackley "
      "chess open.",
  };
  /* keys 0-4 bridge, 5-6 chess; the chess reports come between. */
  int order[] = {0, 1, 5, 2, 3, 6, 4};
  int day[] = {0, 0, 1, 1, 2, 2, 3};
  sl_stories_opts o;
  sl_stories_opts_init(&o);
  sl_stories *s = sl_stories_new(&o);
  char text[4096];
  for (int i = 0; i < 7; i++) {
    int k = order[i];
    size_t n = (size_t)snprintf(text, sizeof text, "%s", k < 5 ? bridge[k] : chess[k - 5]);
    for (int w = 0; w < 15; w++) n += (size_t)snprintf(text + n, sizeof text - n, " xv%c%c", 'a' + k, 'a' + w);
    sl_story_article a = {(uint32_t)k, NULL, 20000 + day[i], NULL, text, n};
    INT_EQ(sl_stories_add(s, &a, NULL), SL_OK, "add %d", k);
  }
  INT_EQ(sl_stories_finish(s, NULL), SL_OK, "finish");
  uint32_t st[7];
  stories_by_key(s, st, 7);
  for (int k = 1; k < 5; k++)
    CHECK(st[k] == st[0], "bridge report %d in story %u, the first in %u", k, st[k], st[0]);
  CHECK(st[5] == st[6], "chess reports together (%u, %u)", st[5], st[6]);
  CHECK(st[5] != st[0], "the two stories apart");
  INT_EQ(sl_stories_count(s), 2, "two stories");
  sl_stories_free(s);
}

static void test_near_duplicates(void) {
  const char *orig =
      "The regional council voted on Monday to close the old Brightwater bridge to lorries "
      "after engineers found cracks in two of its piers. Repairs will start in April and "
      "are expected to take six months, the council said in a statement. Buses will be "
      "diverted through the Millbrook junction while the work goes on.";
  /* A wire re-run: two words changed, same sentences. */
  const char *copy =
      "The regional council voted on Monday to close the old Brightwater bridge to trucks "
      "after engineers found cracks in two of its piers. Repairs will start in April and "
      "are expected to take six months, the council said in a short statement. Buses will be "
      "diverted through the Millbrook junction while the work goes on.";
  /* A copy of the copy: still a re-run of the first version. */
  const char *copy2 =
      "The regional council voted on Monday to close the old Brightwater bridge to trucks "
      "after engineers found cracks in two of its piers. Repairs will start in April and "
      "are expected to take six months, the council said in a short statement. Buses will be "
      "diverted through the Millbrook junction.";
  /* Same story, written independently. */
  const char *other =
      "Lorries must avoid the Brightwater bridge from Tuesday. Council engineers said cracks "
      "in the piers made the crossing unsafe for heavy vehicles, and Millbrook residents fear "
      "the diverted traffic will clog their junction during the repairs.";
  sl_stories *s = sl_stories_new(NULL);
  const char *texts[] = {orig, copy, copy2, other};
  for (uint32_t i = 0; i < 4; i++) {
    sl_story_article a = {i, NULL, 19800, "Brightwater bridge closed to lorries", texts[i],
                          strlen(texts[i])};
    INT_EQ(sl_stories_add(s, &a, NULL), SL_OK, "add");
  }
  sl_stories_finish(s, NULL);
  uint32_t dup[4], st[4];
  for (size_t i = 0; i < sl_stories_assigned(s); i++) {
    uint32_t key, sid, d;
    sl_stories_assignment(s, i, &key, &sid, &d);
    dup[key] = d, st[key] = sid;
  }
  INT_EQ(dup[0], UINT32_MAX, "the first version is no copy");
  INT_EQ(dup[1], 0, "wire copy marked");
  INT_EQ(dup[2], 0, "copy of a copy points to the first version");
  INT_EQ(dup[3], UINT32_MAX, "independent article is no copy");
  CHECK(st[0] == st[1] && st[1] == st[2] && st[2] == st[3], "one story");
  sl_stories_free(s);
}

static void test_bad_input(void) {
  sl_stories *s = sl_stories_new(NULL);
  char text[4096];
  topic_text(text, sizeof text, 5, 0);
  sl_story_article a = {0, "x1", 20000, NULL, text, strlen(text)};
  sl_error err = {0};
  INT_EQ(sl_stories_add(s, &a, &err), SL_OK, "first");
  a.key = 1;
  INT_EQ(sl_stories_add(s, &a, &err), SL_EINVAL, "duplicate id rejected");
  CHECK(strstr(err.msg, "x1") != NULL, "message names the id: %s", err.msg);
  /* Undated: placed by input order with a warning. */
  topic_text(text, sizeof text, 5, 1);
  sl_story_article u = {2, "x2", SL_NO_DATE, NULL, text, strlen(text)};
  INT_EQ(sl_stories_add(s, &u, &err), SL_OK, "undated taken");
  /* Empty text: a story of its own, with a warning. */
  sl_story_article e = {3, "x3", 20000, NULL, "", 0};
  INT_EQ(sl_stories_add(s, &e, &err), SL_OK, "empty taken");
  /* Out of order beyond the tolerance (2 days): once articles of day 20010
   * have been clustered, one of day 20001 is reported, and still clustered. */
  topic_text(text, sizeof text, 6, 0);
  sl_story_article late1 = {4, "x4", 20010, NULL, text, strlen(text)};
  sl_stories_add(s, &late1, &err);
  topic_text(text, sizeof text, 6, 2);
  sl_story_article later = {5, "x5", 20013, NULL, text, strlen(text)};
  sl_stories_add(s, &later, &err); /* releases day 20010 */
  topic_text(text, sizeof text, 6, 1);
  sl_story_article late2 = {6, "x6", 20001, NULL, text, strlen(text)};
  INT_EQ(sl_stories_add(s, &late2, &err), SL_OK, "late taken");
  INT_EQ(sl_stories_finish(s, &err), SL_OK, "finish");
  INT_EQ(sl_stories_add(s, &a, &err), SL_EINVAL, "add after finish");
  INT_EQ(sl_stories_assigned(s), 6, "every article but the duplicate assigned");
  size_t nd = sl_stories_diag_count(s);
  INT_EQ(nd, 4, "diagnostics: duplicate, undated, empty, late");
  const char *want[] = {"duplicate id 'x1'", "no date", "no words", "clustered late"};
  sl_severity wsev[] = {SL_DIAG_SKIPPED, SL_DIAG_WARNING, SL_DIAG_WARNING, SL_DIAG_WARNING};
  uint32_t wkey[] = {1, 2, 3, 6};
  for (size_t i = 0; i < nd && i < 4; i++) {
    uint32_t key;
    sl_severity sev;
    const char *m = sl_stories_diag(s, i, &key, &sev);
    CHECK(m && strstr(m, want[i]), "diag %zu: %s", i, m ? m : "(null)");
    INT_EQ(sev, wsev[i], "severity %zu", i);
    INT_EQ(key, wkey[i], "key %zu", i);
  }
  uint32_t st[7];
  stories_by_key(s, st, 7);
  CHECK(st[2] == st[0], "undated article still joins its topic");
  CHECK(st[3] != st[0] && st[3] != st[4], "empty article alone");
  CHECK(st[6] == st[4], "late article still joins its topic");
  sl_stories_free(s);

  /* require_dates: undated articles rejected. */
  sl_stories_opts o;
  sl_stories_opts_init(&o);
  o.require_dates = 1;
  s = sl_stories_new(&o);
  INT_EQ(sl_stories_add(s, &u, &err), SL_EINVAL, "undated rejected");
  sl_stories_finish(s, NULL);
  INT_EQ(sl_stories_assigned(s), 0, "nothing assigned");
  sl_stories_free(s);

  /* Out of order within the tolerance: processed in date order, no message. */
  s = sl_stories_new(NULL);
  for (uint32_t i = 0; i < 3; i++) {
    topic_text(text, sizeof text, 7, (int)i);
    int32_t d[] = {20002, 20001, 20003};
    sl_story_article x = {i, NULL, d[i], NULL, text, strlen(text)};
    sl_stories_add(s, &x, NULL);
  }
  sl_stories_finish(s, NULL);
  INT_EQ(sl_stories_diag_count(s), 0, "reordered silently");
  uint32_t k0, k1, k2;
  sl_stories_assignment(s, 0, &k0, NULL, NULL);
  sl_stories_assignment(s, 1, &k1, NULL, NULL);
  sl_stories_assignment(s, 2, &k2, NULL, NULL);
  CHECK(k0 == 1 && k1 == 0 && k2 == 2, "date order: %u %u %u", k0, k1, k2);
  sl_stories_free(s);

  /* A stream without any date is neither held back nor kept open forever:
   * it is clustered in input order and stories close by article count. */
  sl_stories_opts_init(&o);
  o.window_articles = 3;
  s = sl_stories_new(&o);
  for (uint32_t i = 0; i < 20; i++) {
    topic_text(text, sizeof text, 200 + (int)i, 0);
    sl_story_article x = {i, NULL, SL_NO_DATE, NULL, text, strlen(text)};
    sl_stories_add(s, &x, NULL);
  }
  INT_EQ(sl_stories_assigned(s), 20, "undated stream processed at once");
  CHECK(sl_stories_peak_open(s) <= 5, "peak open %zu", sl_stories_peak_open(s));
  sl_stories_finish(s, NULL);
  sl_stories_free(s);

  /* Options out of range. */
  sl_stories_opts_init(&o);
  o.threshold = 2;
  CHECK(sl_stories_new(&o) == NULL, "threshold > 1 refused");
}

/* Reads the hand-made stream into a corpus. */
static sl_corpus *load_stream(void) {
  char path[512];
  snprintf(path, sizeof path, "%s/cluster/stream.jsonl", data_dir);
  sl_corpus *c = sl_corpus_new(NULL);
  sl_error err = {0};
  INT_EQ(sl_corpus_add_path(c, path, &err), SL_OK, "read %s: %s", path, err.msg);
  return c;
}

static void test_stream_and_batches(void) {
  sl_corpus *c = load_stream();
  size_t n = sl_corpus_count(c);
  INT_EQ(n, 8, "articles in the test stream");
  if (n != 8) {
    sl_corpus_free(c);
    return;
  }
  /* Gold, annotated by hand: ferry strike (4, one a wire copy), earthquake (2), library (2). */
  const char *gold[][2] = {{"ferry-1", "f"},  {"ferry-2", "f"}, {"ferry-2-wire", "f"},
                           {"ferry-3", "f"},  {"quake-1", "q"}, {"quake-2", "q"},
                           {"library-1", "l"}, {"library-2", "l"}};
  sl_stories *one = sl_stories_new(NULL);
  INT_EQ(sl_stories_add_corpus(one, c, 0, NULL), SL_OK, "one batch");
  sl_stories_finish(one, NULL);
  uint32_t st[8];
  stories_by_key(one, st, 8);
  for (size_t i = 0; i < 8; i++)
    for (size_t j = 0; j < 8; j++) {
      const char *gi = NULL, *gj = NULL;
      for (size_t g = 0; g < 8; g++) {
        if (!strcmp(gold[g][0], sl_article_id(c, (uint32_t)i))) gi = gold[g][1];
        if (!strcmp(gold[g][0], sl_article_id(c, (uint32_t)j))) gj = gold[g][1];
      }
      CHECK(gi && gj && (st[i] == st[j]) == (strcmp(gi, gj) == 0), "%s / %s",
            sl_article_id(c, (uint32_t)i), sl_article_id(c, (uint32_t)j));
    }
  /* The wire copy is marked as a re-run of ferry-2. */
  for (size_t i = 0; i < sl_stories_assigned(one); i++) {
    uint32_t key, sid, d;
    sl_stories_assignment(one, i, &key, &sid, &d);
    if (!strcmp(sl_article_id(c, key), "ferry-2-wire"))
      STR_EQ(d != UINT32_MAX ? sl_article_id(c, d) : "none", "ferry-2", "wire copy");
    else
      INT_EQ(d, UINT32_MAX, "%s is no copy", sl_article_id(c, key));
  }
  /* Incremental use: the stream in date order (then by id: the order one
   * batch is clustered in), cut into two batches where the date changes,
   * gives exactly the assignments of one batch: the state carries over
   * between calls.  (Cut inside a date, the second batch's articles of that
   * date come after the first batch's: incremental use follows arrival.) */
  size_t ord[8];
  for (size_t i = 0; i < n; i++) {
    size_t j = i;
    for (; j > 0; j--) {
      uint32_t p = (uint32_t)ord[j - 1];
      int32_t dp = sl_article_date(c, p), di = sl_article_date(c, (uint32_t)i);
      if (dp < di || (dp == di && strcmp(sl_article_id(c, p), sl_article_id(c, (uint32_t)i)) < 0)) break;
      ord[j] = ord[j - 1];
    }
    ord[j] = i;
  }
  size_t cuts = 0;
  for (size_t split = 0; split <= n; split++) {
    if (split > 0 && split < n &&
        sl_article_date(c, (uint32_t)ord[split - 1]) == sl_article_date(c, (uint32_t)ord[split]))
      continue;
    cuts++;
    sl_corpus *c2 = sl_corpus_new(NULL);
    sl_stories *two = sl_stories_new(NULL);
    for (size_t i = 0; i < n; i++) {
      if (i == split) sl_stories_add_corpus(two, c2, 0, NULL);
      uint32_t k = (uint32_t)ord[i];
      size_t len;
      const char *t = sl_article_text(c, k, &len);
      sl_article_in a = {sl_article_id(c, k), sl_article_source(c, k), NULL, sl_article_title(c, k),
                         sl_article_date(c, k), t, len, NULL, 0};
      sl_corpus_add(c2, &a, NULL);
    }
    sl_stories_add_corpus(two, c2, split == n ? 0 : split, NULL);
    sl_stories_finish(two, NULL);
    INT_EQ(sl_stories_assigned(two), sl_stories_assigned(one), "split %zu: count", split);
    for (size_t i = 0; i < sl_stories_assigned(one) && i < sl_stories_assigned(two); i++) {
      uint32_t k1, s1, d1, k2, s2, d2;
      sl_stories_assignment(one, i, &k1, &s1, &d1);
      sl_stories_assignment(two, i, &k2, &s2, &d2);
      CHECK(k1 == ord[k2] && s1 == s2 && (d1 == UINT32_MAX ? d2 == UINT32_MAX : d1 == ord[d2]),
            "split %zu, assignment %zu", split, i);
    }
    sl_stories_free(two);
    sl_corpus_free(c2);
  }
  INT_EQ(cuts, 6, "cuts at the 4 date changes, before and after");
  sl_stories_free(one);
  sl_corpus_free(c);
}

/* Input order: a corpus is a set.  Four stories of one small town, written
 * for this test, whose words overlap (the harbour crane and the storm both
 * hit the docks; the tram vote and the crane inquiry both go to the
 * council), so a one-pass clusterer fed them in different orders can seed
 * and chain its stories differently.  sl_stories_add_corpus must give the
 * same partition and the same re-run marks (compared by id) for any order
 * of the corpus: dated (articles out of order by more than reorder_days
 * included) and undated. */
static const struct {
  const char *id, *date, *title, *text;
} order_arts[] = {
    {"crane-1", "2023-06-12", "Crane topples at Port Elvey docks",
     "A container crane toppled onto the quay at Port Elvey docks on Monday morning. Two dock "
     "workers were taken to hospital with minor injuries, and the harbour master closed the "
     "north berth while engineers inspect the wreck."},
    {"crane-1-wire", "2023-06-12", "Crane topples at Port Elvey docks",
     "A container crane toppled onto the quay at Port Elvey docks on Monday morning. Two dock "
     "workers were taken to hospital with minor injuries, and the harbour master closed the "
     "north berth while engineers inspect the wreck, the agency reported."},
    {"crane-2", "2023-06-13", "Union demands crane inquiry",
     "The dock workers' union asked the council for an independent inquiry into the crane "
     "collapse at Port Elvey. Shop stewards say the crane's brakes failed an inspection last "
     "winter and were never repaired."},
    {"crane-3", "2023-06-15", "Crane operator blames worn cables",
     "Investigators lifted the fallen crane from the quay. Its operator told the inquiry that "
     "worn hoist cables snapped under a heavy container; the north berth stays shut."},
    {"storm-1", "2023-06-14", "Storm floods Port Elvey harbour",
     "Gale force winds drove the sea over the harbour wall at Port Elvey overnight. Water "
     "flooded the fish market and the docks, and fishing boats broke their moorings."},
    {"storm-2", "2023-06-15", "Fishermen count storm damage",
     "Fishermen in Port Elvey hauled wrecked boats from the harbour after the storm. The fish "
     "market will stay closed for a week while the flood water is pumped out."},
    {"storm-3", "2023-06-18", "Harbour wall to be raised after flood",
     "The harbour board will raise the sea wall at Port Elvey by a metre after last week's "
     "storm flooded the fish market and the docks."},
    {"tram-1", "2023-06-12", "Council backs tram line to Elvey station",
     "Port Elvey council voted to extend the tram line from the town square to the railway "
     "station. Work on the new track starts in autumn, and councillors expect trams to run by "
     "next summer."},
    {"tram-2", "2023-06-16", "Tram extension faces budget row",
     "Opposition councillors said the tram extension to Elvey station will cost twice the "
     "council's estimate. The council treasurer defended the budget for the new track."},
    {"tram-3", "2023-06-20", "Residents object to tram depot",
     "Residents near the railway station in Port Elvey objected to a tram depot planned "
     "beside their gardens. The council will hear the objections before the track is laid."},
    {"cup-1", "2023-06-17", "Elvey Rovers reach cup final",
     "Elvey Rovers beat Tarnwick three goals to one to reach the county cup final. Their "
     "striker scored twice in the second half before a sold out crowd."},
    {"cup-2", "2023-06-24", "Rovers lift the county cup",
     "Elvey Rovers won the county cup final on penalties after a goalless draw with Ashby "
     "United. Thousands of fans lined the streets of Port Elvey to greet the team."},
    {"quay-1", "2023-06-15", "Docks reopen after crane and storm",
     "Port Elvey docks reopened their south berth after the crane collapse and the storm. The "
     "harbour master said the north berth and the fish market stay closed."},
};
#define N_ORDER (sizeof order_arts / sizeof *order_arts)

/* Clusters the articles in the order perm[] (dated unless undated) and
 * fills same[i][j] (same story, by article index) and dup[i] (index of the
 * first version, or -1). */
static void cluster_in_order(const size_t *perm, bool undated, bool same[][N_ORDER], int *dup) {
  sl_corpus *c = sl_corpus_new(NULL);
  for (size_t i = 0; i < N_ORDER; i++) {
    size_t k = perm[i];
    const char *d = order_arts[k].date;
    sl_article_in a = {order_arts[k].id, "Elvey Courier", NULL, order_arts[k].title,
                       undated ? SL_NO_DATE : sl_date_parse(d, strlen(d)), order_arts[k].text,
                       strlen(order_arts[k].text), NULL, 0};
    INT_EQ(sl_corpus_add(c, &a, NULL), SL_OK, "add %s", order_arts[k].id);
  }
  sl_stories *s = sl_stories_new(NULL);
  INT_EQ(sl_stories_add_corpus(s, c, 0, NULL), SL_OK, "add_corpus");
  INT_EQ(sl_stories_finish(s, NULL), SL_OK, "finish");
  uint32_t st[N_ORDER];
  for (size_t i = 0; i < N_ORDER; i++) st[i] = UINT32_MAX, dup[i] = -1;
  for (size_t i = 0; i < sl_stories_assigned(s); i++) {
    uint32_t key, sid, d;
    sl_stories_assignment(s, i, &key, &sid, &d);
    st[perm[key]] = sid; /* corpus article `key` is order_arts[perm[key]] */
    if (d != UINT32_MAX) dup[perm[key]] = (int)perm[d];
  }
  for (size_t i = 0; i < N_ORDER; i++)
    for (size_t j = 0; j < N_ORDER; j++) same[i][j] = st[i] != UINT32_MAX && st[i] == st[j];
  sl_stories_free(s);
  sl_corpus_free(c);
}

static void test_input_order(void) {
  for (int undated = 0; undated < 2; undated++) {
    size_t perm[N_ORDER];
    bool same0[N_ORDER][N_ORDER], same[N_ORDER][N_ORDER];
    int dup0[N_ORDER], dup[N_ORDER];
    for (size_t i = 0; i < N_ORDER; i++) perm[i] = i;
    cluster_in_order(perm, undated, same0, dup0);
    size_t nstories = 0;
    for (size_t i = 0; i < N_ORDER; i++) {
      bool first = same0[i][i];
      for (size_t j = 0; j < i; j++) first = first && !same0[i][j];
      nstories += first;
    }
    CHECK(nstories >= 3 && nstories < N_ORDER, "%s: %zu stories", undated ? "undated" : "dated",
          nstories);
    /* The reverse order, then seeded shuffles (a small LCG, Fisher-Yates). */
    uint64_t r = 0x9e3779b97f4a7c15u;
    for (int round = 0; round < 24; round++) {
      for (size_t i = 0; i < N_ORDER; i++) perm[i] = round == 0 ? N_ORDER - 1 - i : i;
      for (size_t i = N_ORDER - 1; round > 0 && i > 0; i--) {
        r = r * 6364136223846793005u + 1442695040888963407u;
        size_t j = (size_t)((r >> 33) % (i + 1)), t = perm[i];
        perm[i] = perm[j], perm[j] = t;
      }
      cluster_in_order(perm, undated, same, dup);
      bool part = true, marks = true;
      for (size_t i = 0; i < N_ORDER; i++) {
        marks = marks && dup[i] == dup0[i];
        for (size_t j = 0; j < N_ORDER; j++) part = part && same[i][j] == same0[i][j];
      }
      CHECK(part, "%s, order %d: another partition", undated ? "undated" : "dated", round);
      CHECK(marks, "%s, order %d: other re-run marks", undated ? "undated" : "dated", round);
    }
    /* ... and the wire copy is a re-run of the original (ties within a
     * date go by id, whatever the order). */
    INT_EQ(dup0[1], 0, "%s: crane-1-wire marked as a re-run of crane-1", undated ? "undated" : "dated");
  }
}

/* Arbitrary bytes (invalid UTF-8, NULs, truncated sequences, very long
 * words) never crash and always give an assignment. */
static void test_arbitrary_bytes(void) {
  sl_stories *s = sl_stories_new(NULL);
  uint32_t seed = 12345;
  static char buf[20000];
  for (uint32_t i = 0; i < 300; i++) {
    size_t n = (size_t)(i * 61 % 20000);
    for (size_t j = 0; j < n; j++) {
      seed = seed * 1103515245u + 12345u;
      uint32_t r = seed >> 16;
      /* mix of letters, separators and high bytes (0xE2 0x80 starts) */
      buf[j] = (char)(r % 5 == 0 ? 0xE2 : r % 5 == 1 ? 0x80 : r % 5 == 2 ? ' ' : (char)('a' + r % 26));
      if (i % 7 == 0) buf[j] = 'x'; /* one very long word */
    }
    sl_story_article a = {i, NULL, 20000 + (int32_t)(i % 5), i % 3 ? "T\xff\xfe" : NULL, buf, n};
    INT_EQ(sl_stories_add(s, &a, NULL), SL_OK, "bytes %u", i);
  }
  INT_EQ(sl_stories_finish(s, NULL), SL_OK, "finish");
  INT_EQ(sl_stories_assigned(s), 300, "all assigned");
  sl_stories_free(s);
}

/* Terms of one text (features.c): count of distinct terms, and the weight
 * of the first one. */
static size_t terms_of(sl_cl_scratch *sc, const char *title, const char *text, float *tf0) {
  sl_cl_term *t = NULL;
  size_t n = sl_cl_features(sc, title, text, strlen(text), &t);
  *tf0 = n && n != SIZE_MAX ? t[0].tf : 0;
  for (size_t i = 0; n != SIZE_MAX && i < n; i++) CHECK(t[i].h != 0, "term hash never 0");
  free(t);
  return n;
}

/* The clusterer's tokenizer: case folded, plural 's' stripped, stopwords,
 * numbers and one-letter words dropped, curly quotes and dashes separate,
 * words cut at 64 bytes, title words counted twice; the word hash tells
 * apart words that differ past the first 8 bytes or only in length. */
/* Appends `count` distinct letter-only words (numbers from..from+count-1,
 * spelt in base 26 after a 'k') to buf, separated by spaces. */
static void words(char *buf, size_t cap, unsigned from, unsigned count) {
  size_t n = strlen(buf);
  for (unsigned i = from; i < from + count && n + 16 < cap; i++) {
    buf[n++] = 'k';
    for (unsigned v = i * 7919u % 100003u + 1; v; v /= 26) buf[n++] = (char)('a' + v % 26);
    buf[n++] = ' ';
  }
  buf[n] = 0;
}

static void test_signature(void) {
  sl_cl_scratch sc;
  CHECK(sl_cl_scratch_init(&sc), "scratch");
  static char a[8192], b[8192];
  a[0] = b[0] = 0;
  words(a, sizeof a, 0, 400);
  words(b, sizeof b, 0, 160); /* the first 40% of a */
  sl_cl_term *ta, *tb;
  size_t na = sl_cl_features(&sc, NULL, a, strlen(a), &ta), nb = sl_cl_features(&sc, NULL, b, strlen(b), &tb);
  const sl_cl_sig *sa = sl_cl_sig_of(ta, na), *sb = sl_cl_sig_of(tb, nb);
  INT_EQ(sa->n, 398, "400 words, 398 shingles");
  INT_EQ(sb->n, 158, "160 words, 158 shingles");
  /* true Jaccard 158 / 398 = 0.397, containment of b in a 1 */
  double j = sl_cl_sig_sim(sa, sb);
  CHECK(j > 0.25 && j < 0.55, "estimated Jaccard %.3f near 0.397", j);
  CHECK(sl_cl_sig_containment(sa, sb, j) > 0.8, "estimated containment %.3f near 1",
        sl_cl_sig_containment(sa, sb, j));
  NEAR(sl_cl_sig_sim(sa, sa), 1.0, "itself");
  /* The estimator by hand: j = 0.2, |A| = |B| = 300: 0.2 / 1.2 * 600 / 300 = 1/3;
   * j = 0.5, 300 and 100: 0.5 / 1.5 * 400 / 100 = 4/3, capped at 1. */
  sl_cl_sig x = *sa, y = *sa;
  x.n = y.n = 300;
  NEAR(sl_cl_sig_containment(&x, &y, 0.2), 1.0 / 3, "j 0.2");
  y.n = 100;
  NEAR(sl_cl_sig_containment(&x, &y, 0.5), 1.0, "capped");
  NEAR(sl_cl_sig_containment(&x, &y, 0.0), 0.0, "j 0");
  free(ta), free(tb);
  /* Unrelated texts share no bin (16-bit bin values: a chance match is rare). */
  b[0] = 0;
  words(b, sizeof b, 1000, 400);
  na = sl_cl_features(&sc, NULL, a, strlen(a), &ta), nb = sl_cl_features(&sc, NULL, b, strlen(b), &tb);
  CHECK(sl_cl_sig_sim(sl_cl_sig_of(ta, na), sl_cl_sig_of(tb, nb)) < 0.05, "unrelated texts");
  free(ta), free(tb);
  sl_cl_scratch_free(&sc);
}

/* A truncated copy (estimated Jaccard under the threshold, contained in the
 * original) is marked; an article sharing a passage with the original is not. */
static void test_truncated_copy(void) {
  static char orig[8192], trunc[8192], part[8192];
  orig[0] = trunc[0] = part[0] = 0;
  words(orig, sizeof orig, 0, 400);
  strcpy(trunc, "By a staff writer\n");
  words(trunc, sizeof trunc, 0, 140); /* 35%: Jaccard about 0.34 */
  words(part, sizeof part, 0, 200); /* the first half of the original ... */
  for (unsigned i = 0; i < 150; i++) /* ... and 150 numbers of its own (no terms, so that it joins */
    snprintf(part + strlen(part), 16, "%u ", 1000 + i); /* the story): Jaccard 199 / 547 = 0.36,
                                                             containment 199 / 348 = 0.57 */
  /* fed as orig, part, trunc: part is compared with orig alone */
  const char *texts[] = {orig, trunc, part};
  static const uint32_t order[] = {0, 2, 1};
  sl_stories *s = sl_stories_new(NULL);
  for (uint32_t k = 0; k < 3; k++) {
    uint32_t i = order[k];
    sl_story_article a = {i, NULL, 19800, NULL, texts[i], strlen(texts[i])};
    INT_EQ(sl_stories_add(s, &a, NULL), SL_OK, "add");
  }
  sl_stories_finish(s, NULL);
  uint32_t dup[3] = {0, 0, 0}, st[3] = {0, 1, 2};
  for (size_t i = 0; i < sl_stories_assigned(s); i++) {
    uint32_t key, sid, d;
    sl_stories_assignment(s, i, &key, &sid, &d);
    dup[key] = d, st[key] = sid;
  }
  CHECK(st[0] == st[1] && st[1] == st[2], "one story (so every pair was compared): %u %u %u", st[0], st[1], st[2]);
  INT_EQ(dup[0], UINT32_MAX, "the original is no copy");
  /* trunc is contained in orig and in part (whose first 140 words it holds): either is right */
  CHECK(dup[1] == 0 || dup[1] == 2, "truncated copy marked (%u)", dup[1]);
  INT_EQ(dup[2], UINT32_MAX, "a shared passage is no copy");
  sl_stories_free(s);
}

static void test_features(void) {
  sl_cl_scratch sc;
  CHECK(sl_cl_scratch_init(&sc), "scratch");
  float tf;
  INT_EQ(terms_of(&sc, NULL, "Storm storms STORMS.", &tf), 1, "case and plural fold");
  CHECK(tf == 3.0f, "three occurrences, tf %g", (double)tf);
  INT_EQ(terms_of(&sc, NULL, "stories story", &tf), 1, "ies -> y");
  INT_EQ(terms_of(&sc, NULL, "the of and 2019 1,200 a x", &tf), 0, "stopwords, numbers, letters");
  INT_EQ(terms_of(&sc, NULL, "\xe2\x80\x9cstorm\xe2\x80\x9d", &tf), 1, "curly quotes separate");
  INT_EQ(terms_of(&sc, NULL, "storm\xe2\x80\x94" "flood", &tf), 2, "an em dash separates");
  INT_EQ(terms_of(&sc, NULL, "caf\xc3\xa9 cafe", &tf), 2, "non-ASCII letters are word bytes");
  INT_EQ(terms_of(&sc, "Storm", "storm", &tf), 1, "title and body share the term");
  CHECK(tf == 3.0f, "title counts 2, tf %g", (double)tf);
  INT_EQ(terms_of(&sc, NULL, "abcdefgh abcdefghk abcdefghkm abcdefgh", &tf), 3,
         "words differing past 8 bytes or in length differ");
  CHECK(tf == 2.0f, "repeated 8-byte word counted twice, tf %g", (double)tf);
  char longw[2 * 80 + 2];
  memset(longw, 'q', 70);
  longw[70] = ' ';
  memset(longw + 71, 'q', 75);
  longw[146] = 0;
  INT_EQ(terms_of(&sc, NULL, longw, &tf), 1, "words cut at 64 bytes");
  CHECK(tf == 2.0f, "both cut words one term, tf %g", (double)tf);
  sl_cl_scratch_free(&sc);
}

int main(int argc, char **argv) {
  if (argc > 2) data_dir = argv[2];
  test_metrics_hand();
  test_features();
  test_metrics_files();
  test_topics_and_window();
  test_cold_start();
  test_near_duplicates();
  test_signature();
  test_truncated_copy();
  test_bad_input();
  test_arbitrary_bytes();
  test_stream_and_batches();
  test_input_order();
  return test_done("test_cluster");
}
