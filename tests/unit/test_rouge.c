/*
 * test_rouge.c — unit tests of storyloom's ROUGE: the Porter stemmer on
 * the examples of Porter's 1980 paper, small hand-computed ROUGE-N/L/W/S
 * scores, truncation, -f B, the bootstrap's determinism, the readers
 * (folders, JSON Lines) and bad input (missing or empty references, empty
 * summaries, invalid UTF-8, ids that do not match).
 *
 * Expected values are worked out by hand in the comments, never produced
 * by the code under test.
 */
#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <storyloom.h>

#include "eval/porter.h"
#include "harness.h"

static void stem_is(const char *w, const char *want) {
  char buf[64];
  size_t n = strlen(w);
  memcpy(buf, w, n + 1);
  n = sl_porter_stem(buf, n);
  buf[n] = 0;
  STR_EQ(buf, want, "stem(%s)", w);
}

/* Examples printed in Porter (1980), steps 1a-5. */
static void test_porter(void) {
  static const char *pairs[][2] = {
      {"caresses", "caress"}, {"ponies", "poni"},     {"ties", "ti"},          {"caress", "caress"},
      {"cats", "cat"},        {"feed", "feed"},       {"agreed", "agre"},      {"plastered", "plaster"},
      {"bled", "bled"},       {"motoring", "motor"},  {"sing", "sing"},        {"conflated", "conflat"},
      {"troubled", "troubl"}, {"sized", "size"},      {"hopping", "hop"},      {"tanned", "tan"},
      {"falling", "fall"},    {"hissing", "hiss"},    {"fizzed", "fizz"},      {"failing", "fail"},
      {"filing", "file"},     {"happy", "happi"},     {"sky", "sky"},          {"relational", "relat"},
      {"conditional", "condit"}, {"rational", "ration"}, {"valenci", "valenc"}, {"hesitanci", "hesit"},
      {"digitizer", "digit"}, {"conformabli", "conform"}, {"radicalli", "radic"}, {"differentli", "differ"},
      {"vileli", "vile"},     {"analogousli", "analog"}, {"vietnamization", "vietnam"},
      {"predication", "predic"}, {"operator", "oper"}, {"feudalism", "feudal"}, {"decisiveness", "decis"},
      {"hopefulness", "hope"}, {"callousness", "callous"}, {"formaliti", "formal"},
      {"sensitiviti", "sensit"}, {"sensibiliti", "sensibl"}, {"triplicate", "triplic"},
      {"formative", "form"},  {"formalize", "formal"}, {"electriciti", "electr"}, {"electrical", "electr"},
      {"hopeful", "hope"},    {"goodness", "good"},   {"revival", "reviv"},    {"allowance", "allow"},
      {"inference", "infer"}, {"airliner", "airlin"}, {"gyroscopic", "gyroscop"}, {"adjustable", "adjust"},
      {"defensible", "defens"}, {"irritant", "irrit"}, {"replacement", "replac"}, {"adjustment", "adjust"},
      {"dependent", "depend"}, {"adoption", "adopt"}, {"homologou", "homolog"}, {"communism", "commun"},
      {"activate", "activ"},  {"angulariti", "angular"}, {"homologous", "homolog"}, {"effective", "effect"},
      {"bowdlerize", "bowdler"}, {"probate", "probat"}, {"rate", "rate"}, {"cease", "ceas"},
      {"controll", "control"}, {"roll", "roll"},
      /* initial y is a consonant; "logi" -> "log" */
      {"youth", "youth"},     {"yelling", "yell"},    {"archaeology", "archaeolog"},
      /* ROUGE's step 4: -ement fails (m("agre") = 1), then -ment fails
       * (m("agree") = 1), then -ent succeeds (m("agreem") = 2); the 1980
       * algorithm would stop after the -ement test and keep "agreement". */
      {"agreement", "agreem"}, {"government", "govern"},
      /* words under 3 bytes are left alone */
      {"is", "is"},           {"as", "as"}};
  for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) stem_is(pairs[i][0], pairs[i][1]);
}

/* Scores one system/one reference pair and returns metric i's score. */
static sl_rouge_score score1(sl_rouge_opts *o, const char *sys, const char *ref, size_t metric) {
  sl_rouge_score s;
  memset(&s, 0, sizeof s);
  sl_rouge *r = sl_rouge_new(o);
  CHECK(r != NULL, "new");
  if (!r) return s;
  sl_rouge_add_system(r, "c1", "S", sys, strlen(sys), NULL);
  sl_rouge_add_ref(r, "c1", "A", ref, strlen(ref), NULL);
  INT_EQ(sl_rouge_compute(r, NULL), SL_OK, "compute");
  INT_EQ(sl_rouge_get(r, 0, metric, &s), SL_OK, "get");
  sl_rouge_free(r);
  return s;
}

#define NEAR(got, want, ...)                                       \
  do {                                                             \
    double g_ = (got), w_ = (want);                                \
    CHECK(fabs(g_ - w_) < 1e-9, "got %.6f want %.6f", g_, w_);     \
    if (fabs(g_ - w_) >= 1e-9) {                                   \
      fprintf(stderr, "  ");                                       \
      fprintf(stderr, __VA_ARGS__);                                \
      fputc('\n', stderr);                                         \
    }                                                              \
  } while (0)

static void test_small_scores(void) {
  sl_rouge_opts o;
  sl_rouge_opts_init(&o);
  o.max_n = 2;
  o.resamples = 10;
  /* ref "the cat was on the mat": 6 words, 5 bigrams.
   * sys "The cat sat on the mat.": unigram overlap the x2, cat, on, mat = 5;
   * bigram overlap "the cat", "on the", "the mat" = 3; LCS the cat on the mat = 5. */
  const char *sys = "The cat sat on the mat.", *ref = "the cat was on the mat";
  sl_rouge_score s = score1(&o, sys, ref, 0);
  NEAR(s.r, 0.83333, "R-1 recall");
  NEAR(s.p, 0.83333, "R-1 precision");
  NEAR(s.f, 0.83333, "R-1 F");
  s = score1(&o, sys, ref, 1);
  NEAR(s.r, 0.6, "R-2 recall 3/5");
  s = score1(&o, sys, ref, 2);
  NEAR(s.r, 0.83333, "R-L 5/6");
  /* With one cluster every bootstrap sample equals it: interval collapses. */
  NEAR(s.r_lo, 0.83333, "CI low");
  NEAR(s.r_hi, 0.83333, "CI high");

  /* -p 0 gives F = R, -p 1 gives F = P.  sys "a b c d", ref "a b": R = 1, P = 0.5. */
  o.max_n = 1, o.lcs = 0, o.alpha = 1;
  s = score1(&o, "a b c d", "a b", 0);
  NEAR(s.r, 1.0, "R");
  NEAR(s.p, 0.5, "P");
  NEAR(s.f, 0.5, "alpha 1: F = P");
  o.alpha = 0;
  s = score1(&o, "a b c d", "a b", 0);
  NEAR(s.f, 1.0, "alpha 0: F = R");
  o.alpha = 0.5;

  /* -l 3: only "w1 w2 w3" of the system; ref "w1 w2 w3 w4" -> R = 3/4, P = 1.
   * The reference is truncated too (its 4 words become 3): R = 3/3. */
  o.words = 3;
  s = score1(&o, "w1 w2\nw3 w4 w5", "w1 w2 w3 w4", 0);
  NEAR(s.r, 1.0, "-l 3 on both sides");
  NEAR(s.p, 1.0, "-l 3 precision");
  o.words = 0;
  /* -b 5: "ab cd" (5 bytes) then stop: ref "ab cd ef" -> R = 2/3. */
  o.bytes = 5;
  s = score1(&o, "ab cd ef gh", "ab cd ef", 0);
  NEAR(s.r, 1.0, "-b 5 cuts both to 'ab cd'");
  o.bytes = 0;

  /* Perl's split(/\s+/) counts a leading empty field: with -l 3 the line
   * "  w1 w2" is 3 fields ("", w1, w2), so only w1 w2 are kept.  Ref
   * "w1 w2 w3" keeps its 3 words: R = 2/3, P = 1. */
  o.words = 3;
  s = score1(&o, "  w1 w2\nw3 w4", "w1 w2 w3", 0);
  NEAR(s.r, 0.66667, "-l counts a leading empty field");
  NEAR(s.p, 1.0, "-l leading field precision");
  o.words = 0;
  /* readText_LCS with -b measures every line alone (ROUGE's quirk): with
   * -b 6 the reference "aa bb"/"cc dd" is "aa bb c" for ROUGE-1 (3 words)
   * but keeps both whole lines for ROUGE-L (base 4).  The summary
   * "aa bb cc dd" is cut to "aa bb " for both.  ROUGE-1 R = 2/3; ROUGE-L
   * hits aa bb over base 4 = 0.5, P = 2/2. */
  o.bytes = 6, o.lcs = 1;
  s = score1(&o, "aa bb cc dd", "aa bb\ncc dd", 0);
  NEAR(s.r, 0.66667, "-b ROUGE-1");
  s = score1(&o, "aa bb cc dd", "aa bb\ncc dd", 1);
  NEAR(s.r, 0.5, "-b ROUGE-L keeps whole lines under the limit");
  NEAR(s.p, 1.0, "-b ROUGE-L precision");
  o.bytes = 0, o.lcs = 0;

  /* Stemming: "running dogs" vs "run dog": with -m run/run, dog/dog. */
  o.stem = 1;
  s = score1(&o, "running dogs", "runs dog", 0);
  NEAR(s.r, 1.0, "-m: running -> run, dogs -> dog, runs -> run");
  /* WordNet exceptions win over Porter: "went" -> "go" ("go" is too short to stem). */
  s = score1(&o, "went", "go", 0);
  NEAR(s.r, 1.0, "-m: went -> go");
  /* An exception's base form is not stemmed again (as in ROUGE): geese -> goose,
   * but goose -> Porter "goos": no match. */
  s = score1(&o, "goose", "geese", 0);
  NEAR(s.r, 0.0, "-m: goose (goos) vs geese (goose)");
  o.stem = 0;
  /* Stopwords: with -s "the" and "of" vanish: "the end of days" vs "end days". */
  o.stopwords = 1;
  s = score1(&o, "the end of days", "end days", 0);
  NEAR(s.p, 1.0, "-s removes stopwords");
  o.stopwords = 0;
  /* Hyphens and punctuation separate words; case is folded. */
  s = score1(&o, "state-of-the-art!", "STATE of the ART", 0);
  NEAR(s.r, 1.0, "hyphen splits, case folds");

  /* ROUGE-S4 with unigrams (-2 4 -u): sys "a b c", ref "a b c":
   * pairs ab ac bc + unigrams a b (not the last) = 5 each, all shared. */
  o.max_n = 0, o.skip = 4, o.skip_unigrams = 1;
  s = score1(&o, "a b c", "a b c", 0);
  NEAR(s.r, 1.0, "SU4 identical");
  /* sys "a c b", ref "a b c": sys a c, a b, c b + a, c; ref a b, a c, b c + a, b.
   * shared: a b, a c, a = 3 of 5. */
  s = score1(&o, "a c b", "a b c", 0);
  NEAR(s.r, 0.6, "SU4 3/5");
  o.skip = SL_ROUGE_NO_SKIP, o.skip_unigrams = 0;

  /* ROUGE-W-1.2: identical 4-word sentences: hit 4^1.2, base (4^1.2)^1.2,
   * R = (4^1.2 / 4^1.44)^(1/1.2) = 4^(-0.2) = 0.75786. */
  o.wlcs = 1.2;
  s = score1(&o, "a b c d", "a b c d", 0);
  NEAR(s.r, 0.75786, "ROUGE-W-1.2 of an identical sentence, as ROUGE-1.5.5 computes it");
  o.wlcs = 0;
}

/* -f B keeps the best reference; -f A pools them. */
static void test_formula(void) {
  sl_rouge_opts o;
  sl_rouge_opts_init(&o);
  o.max_n = 1, o.lcs = 0, o.resamples = 5;
  for (int b = 0; b < 2; b++) {
    o.formula = b ? 'B' : 'A';
    sl_rouge *r = sl_rouge_new(&o);
    sl_rouge_add_system(r, "c", "S", "a b", 3, NULL);
    sl_rouge_add_ref(r, "c", "A", "a x y z", 7, NULL);
    sl_rouge_add_ref(r, "c", "B", "a b", 3, NULL);
    INT_EQ(sl_rouge_compute(r, NULL), SL_OK, "compute");
    sl_rouge_score s;
    sl_rouge_get(r, 0, 0, &s);
    /* A: hits 1 + 2 over 4 + 2 model words = 0.5; P = 3 / (2+2) = 0.75.
     * B: ref B scores 1.0 -> R = 1, P = 1. */
    NEAR(s.r, b ? 1.0 : 0.5, "-f %c recall", o.formula);
    NEAR(s.p, b ? 1.0 : 0.75, "-f %c precision", o.formula);
    sl_rouge_free(r);
  }
}

static void write_file(const char *path, const char *text, size_t n) {
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL, "create %s", path);
  if (!f) return;
  fwrite(text, 1, n, f);
  fclose(f);
}

static bool any_diag(const sl_rouge *r, const char *file_part, const char *msg_part) {
  for (size_t i = 0; i < sl_rouge_diag_count(r); i++) {
    const sl_diag *d = sl_rouge_diag(r, i);
    if (strstr(d->file, file_part) && strstr(d->msg, msg_part)) return true;
  }
  return false;
}

/* Folder input with bad files: every problem is named, the rest is scored. */
static void test_bad_input(void) {
  char dir[] = "/tmp/sl_rouge_testXXXXXX";
  CHECK(mkdtemp(dir) != NULL, "mkdtemp");
  char p[512], sys[300], ref[300];
  snprintf(sys, sizeof sys, "%s/sys", dir);
  snprintf(ref, sizeof ref, "%s/ref", dir);
  mkdir(sys, 0700);
  mkdir(ref, 0700);
  snprintf(p, sizeof p, "%s/d1.txt", sys), write_file(p, "the cat sat\n", 12);
  snprintf(p, sizeof p, "%s/d1.A.txt", ref), write_file(p, "the cat sat\n", 12);
  snprintf(p, sizeof p, "%s/d1.B.txt", ref), write_file(p, "a cat\n", 6);
  snprintf(p, sizeof p, "%s/d2.txt", sys), write_file(p, "\n\n", 2);          /* empty summary */
  snprintf(p, sizeof p, "%s/d2.A.txt", ref), write_file(p, "dogs bark\n", 10);
  snprintf(p, sizeof p, "%s/d3.txt", sys), write_file(p, "caf\xC3 au lait\xFF\n", 14); /* bad UTF-8 */
  snprintf(p, sizeof p, "%s/d3.A.txt", ref), write_file(p, "au lait\n", 8);
  snprintf(p, sizeof p, "%s/d4.txt", sys), write_file(p, "no reference\n", 13); /* id mismatch */
  snprintf(p, sizeof p, "%s/d5.A.txt", ref), write_file(p, "", 0);              /* empty reference */
  snprintf(p, sizeof p, "%s/d5.txt", sys), write_file(p, "words\n", 6);

  sl_rouge_opts o;
  sl_rouge_opts_init(&o);
  o.max_n = 1, o.per_eval = 1, o.resamples = 20;
  sl_rouge *r = sl_rouge_new(&o);
  sl_error err;
  INT_EQ(sl_rouge_read_dirs(r, sys, ref, &err), SL_OK, "read_dirs");
  INT_EQ(sl_rouge_compute(r, &err), SL_OK, "compute");
  CHECK(any_diag(r, "d2.txt", "empty summary"), "empty summary named");
  CHECK(any_diag(r, "d3.txt", "invalid UTF-8"), "invalid UTF-8 named");
  CHECK(any_diag(r, "d4.txt", "no reference"), "unmatched id named");
  CHECK(any_diag(r, "d5.A.txt", "empty reference"), "empty reference named");
  INT_EQ(sl_rouge_system_count(r), 1, "one system (the folder)");
  STR_EQ(sl_rouge_system_name(r, 0), "sys", "system named after its folder");
  sl_rouge_score s;
  INT_EQ(sl_rouge_get(r, 0, 0, &s), SL_OK, "get");
  /* d1, d2, d3, d5 are scored (d4 has no reference). */
  INT_EQ(s.clusters, 4, "other clusters still scored");
  size_t nd = sl_rouge_diag_count(r);
  INT_EQ(sl_rouge_compute(r, &err), SL_OK, "second run");
  INT_EQ(sl_rouge_diag_count(r), nd, "a second run does not repeat diagnostics");
  char *txt = sl_rouge_render_text(r);
  /* d1 pooled (-f A): hits 3 (A) + 1 (B: cat) = 4 over 3 + 2 = 5 -> R 0.8, P 4/6. */
  CHECK(txt && strstr(txt, "sys ROUGE-1 Eval d1.sys R:0.80000 P:0.66667 F:0.72727"), "d1 pooled");
  CHECK(txt && strstr(txt, "sys ROUGE-1 Eval d2.sys R:0.00000 P:0.00000 F:0.00000"), "d2 empty scores 0");
  /* d3: "caf", "au", "lait" (bad bytes separate words) vs "au lait": R 1, P 2/3. */
  CHECK(txt && strstr(txt, "sys ROUGE-1 Eval d3.sys R:1.00000 P:0.66667 F:0.80000"), "d3 byte-wise");
  sl_free(txt);
  /* The same per-cluster scores through the API, in -d order. */
  INT_EQ(sl_rouge_cluster_count(r, 0, 0), 4, "clusters of sys/ROUGE-1");
  const char *cid = NULL;
  double v[3] = {0, 0, 0};
  INT_EQ(sl_rouge_get_cluster(r, 0, 0, 0, &cid, v), SL_OK, "cluster 0");
  STR_EQ(cid, "d1", "first cluster");
  NEAR(v[0], 0.8, "d1 R");
  NEAR(v[1], 0.66667, "d1 P");
  INT_EQ(sl_rouge_get_cluster(r, 0, 0, 4, &cid, v), SL_EINVAL, "out of range");
  char *js = sl_rouge_render_json(r);
  CHECK(js && strstr(js, "\"diagnostics\"") && strstr(js, "d4.txt"), "JSON lists diagnostics");
  sl_free(js);
  sl_rouge_free(r);

  /* Missing reference folder: an error naming it, no crash. */
  r = sl_rouge_new(&o);
  snprintf(p, sizeof p, "%s/nowhere", dir);
  INT_EQ(sl_rouge_read_dirs(r, sys, p, &err), SL_EIO, "missing refdir");
  CHECK(strstr(err.file, "nowhere") != NULL, "error names the folder: %s", err.file);
  INT_EQ(sl_rouge_compute(r, &err), SL_EEMPTY, "nothing to score");
  sl_rouge_free(r);

  /* Config naming a reference file that does not exist: that reference is
   * skipped with a message, the cluster scored with the others. */
  snprintf(p, sizeof p, "%s/c.xml", dir);
  const char *xml =
      "<ROUGE_EVAL version=\"1.55\">\n<EVAL ID=\"d1\">\n<PEER-ROOT>sys</PEER-ROOT>\n"
      "<MODEL-ROOT>ref</MODEL-ROOT>\n<INPUT-FORMAT TYPE=\"SPL\"></INPUT-FORMAT>\n"
      "<PEERS><P ID=\"S\">d1.txt</P></PEERS>\n<MODELS><M ID=\"A\">d1.A.txt</M>"
      "<M ID=\"Z\">d1.Z.txt</M></MODELS>\n</EVAL>\n</ROUGE_EVAL>\n";
  write_file(p, xml, strlen(xml));
  r = sl_rouge_new(&o);
  INT_EQ(sl_rouge_read_config(r, p, &err), SL_OK, "config");
  INT_EQ(sl_rouge_compute(r, &err), SL_OK, "compute");
  CHECK(any_diag(r, "d1.Z.txt", "cannot read"), "missing reference named");
  sl_rouge_get(r, 0, 0, &s);
  NEAR(s.r, 1.0, "scored with reference A alone");
  sl_rouge_free(r);

  /* SEE and ISI formats: sentences are what readText's patterns capture;
   * other lines are ignored.  In SEE the capture keeps the line's newline,
   * which counts as a byte for -b: with -b 7, "ab cd\n" (6 bytes) then "e"
   * of the next sentence -> "ab cd e" (SPL would give "ab cd ef"). */
  char see[600], isi[600], sref[600];
  snprintf(see, sizeof see, "%s/s.see", dir);
  snprintf(isi, sizeof isi, "%s/s.isi", dir);
  snprintf(sref, sizeof sref, "%s/r.see", dir);
  const char *see_txt = "<html>\n<a name=\"1\">[1]</a> <a href=\"#1\" id=1>ab cd\n"
                        "<a size=\"9\" name=\"2\">[2]</a>\t<a href=\"#2\" id=2>ef gh\n</html>\n";
  write_file(see, see_txt, strlen(see_txt));
  const char *ref_txt = "<a name=\"1\">[1]</a> <a href=\"#1\" id=1>ab cd e</a>\n";
  write_file(sref, ref_txt, strlen(ref_txt));
  const char *isi_txt = "<DOC>\n<S SNTNO=\"1a,2\">ab cd</S>\n<S SNTNO=\"2\">ef gh</S>\n<S SNTNO=\"X\">no</S>\n";
  write_file(isi, isi_txt, strlen(isi_txt));
  snprintf(isi, sizeof isi, "%s/r.isi", dir);
  const char *isi_ref = "<S SNTNO=\"1\">ab cd e</S>\n";
  write_file(isi, isi_ref, strlen(isi_ref));
  static const char *cfg_fmt =
      "<ROUGE_EVAL><EVAL ID=\"1\"><PEER-ROOT>%s</PEER-ROOT><MODEL-ROOT>%s</MODEL-ROOT>"
      "<INPUT-FORMAT TYPE=\"%s\"/><PEERS><P ID=\"S\">%s</P></PEERS><MODELS><M ID=\"A\">%s</M>"
      "</MODELS></EVAL></ROUGE_EVAL>\n";
  for (int k = 0; k < 2; k++) {
    char cfg[2048];
    snprintf(cfg, sizeof cfg, cfg_fmt, dir, dir, k ? "ISI" : "SEE", k ? "s.isi" : "s.see",
             k ? "r.isi" : "r.see");
    write_file(p, cfg, strlen(cfg));
    sl_rouge_opts_init(&o);
    o.max_n = 1, o.bytes = 7, o.resamples = 3;
    r = sl_rouge_new(&o);
    INT_EQ(sl_rouge_read_config(r, p, &err), SL_OK, "%s config", k ? "ISI" : "SEE");
    INT_EQ(sl_rouge_compute(r, &err), SL_OK, "compute");
    sl_rouge_get(r, 0, 0, &s);
    /* SEE: peer "ab cd\n" + "e" vs ref "ab cd e" -> R = 1.
     * ISI: captures end before "</S>": "ab cd" + "ef" vs "ab cd e" -> 2/3. */
    NEAR(s.r, k ? 0.66667 : 1.0, "%s recall", k ? "ISI" : "SEE");
    NEAR(s.p, k ? 0.66667 : 1.0, "%s precision", k ? "ISI" : "SEE");
    sl_rouge_free(r);
  }
  sl_rouge_opts_init(&o);
  o.max_n = 1, o.per_eval = 1, o.resamples = 20;

  /* Malformed configurations: an error naming the file, never a crash. */
  static const char *bad_xml[] = {"", "\x01\xff garbage <", "<EVAL>", "<EVAL ID=", "<EVAL ID=\"x\"><P>a</P>",
                                  "<EVAL ID='x'><INPUT-FORMAT TYPE=\"BE\"/>", "<P ID=\"S\">d1.txt</P>"};
  for (size_t i = 0; i < sizeof bad_xml / sizeof *bad_xml; i++) {
    write_file(p, bad_xml[i], strlen(bad_xml[i]));
    r = sl_rouge_new(&o);
    memset(&err, 0, sizeof err);
    sl_status bst = sl_rouge_read_config(r, p, &err);
    CHECK(bst == SL_EFORMAT, "malformed config %zu: status %d", i, (int)bst);
    CHECK(strstr(err.file, "c.xml") != NULL, "error names the file (%zu)", i);
    sl_rouge_free(r);
  }

  /* JSON Lines, with a broken line in the middle. */
  snprintf(p, sizeof p, "%s/in.jsonl", dir);
  const char *jl = "{\"id\": \"x1\", \"system\": \"the cat sat\", \"refs\": [\"the cat sat\", [\"a cat\"]]}\n"
                   "{not json}\n"
                   "{\"id\": 2, \"system\": [\"dogs\", \"bark\"], \"refs\": [\"dogs bark loudly\"]}\n";
  write_file(p, jl, strlen(jl));
  r = sl_rouge_new(&o);
  INT_EQ(sl_rouge_read_jsonl(r, p, &err), SL_OK, "jsonl");
  CHECK(any_diag(r, "in.jsonl:2", ""), "bad line named with its number");
  INT_EQ(sl_rouge_compute(r, &err), SL_OK, "compute");
  sl_rouge_get(r, 0, 0, &s);
  INT_EQ(s.clusters, 2, "both good lines scored");
  txt = sl_rouge_render_text(r);
  /* x1 pooled as d1 above: R 0.8; cluster 2: 2 of 3 -> 0.66667, P 1. */
  CHECK(txt && strstr(txt, "X ROUGE-1 Eval x1.X R:0.80000"), "jsonl x1");
  CHECK(txt && strstr(txt, "X ROUGE-1 Eval 2.X R:0.66667 P:1.00000 F:0.80000"), "jsonl 2");
  sl_free(txt);
  sl_rouge_free(r);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  CHECK(system(cmd) == 0, "cleanup");
}

/* -t 2 prints raw totals; -t 1 per-cluster lines carry raw counts; labels
 * of ROUGE-S variants. */
static void test_units_and_labels(void) {
  sl_rouge_opts o;
  sl_rouge_opts_init(&o);
  o.max_n = 1, o.lcs = 0, o.per_eval = 1, o.resamples = 5;
  for (int unit = 1; unit <= 2; unit++) {
    o.unit = unit;
    sl_rouge *r = sl_rouge_new(&o);
    /* c1: ref "a c" (2), sys "a b" (2), hit 1; c2: ref "x y" (2), sys "x y z" (3), hit 2 */
    sl_rouge_add_system(r, "c1", "S", "a b", 3, NULL);
    sl_rouge_add_ref(r, "c1", "A", "a c", 3, NULL);
    sl_rouge_add_system(r, "c2", "S", "x y z", 5, NULL);
    sl_rouge_add_ref(r, "c2", "A", "x y", 3, NULL);
    INT_EQ(sl_rouge_compute(r, NULL), SL_OK, "compute -t %d", unit);
    char *t = sl_rouge_render_text(r);
    if (unit == 2)
      CHECK(t && strstr(t, "S ROUGE-1 M_count: 4 P_count: 5 H_count: 3\n"), "-t 2 totals:\n%s", t ? t : "");
    else
      CHECK(t && strstr(t, "S ROUGE-1 Average_R: "), "-t 1 averages");
    CHECK(t && strstr(t, "S ROUGE-1 Eval c2.S R:2 P:3 F:2\n"), "raw counts per cluster:\n%s", t ? t : "");
    sl_free(t);
    sl_rouge_free(r);
  }
  o.unit = 0, o.per_eval = 0, o.max_n = 0, o.lcs = 1;
  static const struct { int skip, uni; const char *a, *b; } lab[] = {
      {4, 0, "ROUGE-S4", NULL}, {4, 1, "ROUGE-SU4", NULL}, {4, 2, "ROUGE-S4", "ROUGE-SU4"},
      {-1, 0, "ROUGE-S*", NULL}, {-1, 1, "ROUGE-SU*", NULL}};
  for (size_t i = 0; i < sizeof lab / sizeof *lab; i++) {
    o.skip = lab[i].skip, o.skip_unigrams = lab[i].uni;
    sl_rouge *r = sl_rouge_new(&o);
    sl_rouge_add_system(r, "c", "S", "a b c", 5, NULL);
    sl_rouge_add_ref(r, "c", "A", "a b c", 5, NULL);
    sl_rouge_compute(r, NULL);
    INT_EQ(sl_rouge_metric_count(r), lab[i].b ? 3 : 2, "ROUGE-L + S metrics");
    STR_EQ(sl_rouge_metric_name(r, 1), lab[i].a, "label");
    if (lab[i].b) STR_EQ(sl_rouge_metric_name(r, 2), lab[i].b, "second label");
    sl_rouge_free(r);
  }
}

/* Same input, same output; bootstrap seeded like ROUGE (srand(i)). */
static void test_deterministic(void) {
  sl_rouge_opts o;
  sl_rouge_opts_init(&o);
  o.max_n = 2, o.per_eval = 1;
  char *out[2] = {NULL, NULL};
  for (int k = 0; k < 2; k++) {
    sl_rouge *r = sl_rouge_new(&o);
    for (int c = 0; c < 7; c++) {
      char id[16], s[64], m[64];
      snprintf(id, sizeof id, "c%d", c);
      snprintf(s, sizeof s, "w%d w%d w%d x y", c, c + 1, c * 2);
      snprintf(m, sizeof m, "w%d w%d x z q%d", c, c * 3, c);
      sl_rouge_add_system(r, id, "S", s, strlen(s), NULL);
      sl_rouge_add_ref(r, id, "A", m, strlen(m), NULL);
    }
    sl_rouge_compute(r, NULL);
    out[k] = sl_rouge_render_text(r);
    sl_rouge_free(r);
  }
  CHECK(out[0] && out[1] && !strcmp(out[0], out[1]), "two runs give the same report");
  CHECK(out[0] && strstr(out[0], "(95%-conf.int. "), "ROUGE layout");
  free(out[0]), free(out[1]);
  /* -d order is ROUGE's by_evalID: numeric prefixes compared as numbers. */
  sl_rouge_opts_init(&o);
  o.max_n = 1, o.per_eval = 1, o.resamples = 3;
  sl_rouge *r = sl_rouge_new(&o);
  static const char *ids[] = {"10", "9", "007b", "2x"};
  for (int i = 0; i < 4; i++) {
    sl_rouge_add_system(r, ids[i], "S", "w", 1, NULL);
    sl_rouge_add_ref(r, ids[i], "A", "w", 1, NULL);
  }
  INT_EQ(sl_rouge_compute(r, NULL), SL_OK, "compute");
  static const char *want[] = {"2x", "007b", "9", "10"};
  for (size_t i = 0; i < 4; i++) {
    const char *cid = NULL;
    sl_rouge_get_cluster(r, 0, 0, i, &cid, NULL);
    STR_EQ(cid, want[i], "cluster %zu in -d order", i);
  }
  sl_rouge_free(r);
  sl_rouge_opts_init(&o);
  /* Bad options are refused. */
  o.alpha = 2;
  CHECK(sl_rouge_new(&o) == NULL, "alpha > 1 refused");
  o.alpha = 0.5, o.words = 10, o.bytes = 10;
  CHECK(sl_rouge_new(&o) == NULL, "-l with -b refused");
}

/* Pathological input: a 300 KB line of random bytes (NULs, control and
 * non-ASCII bytes included) as summary and reference.  Everything linear must
 * finish; the quadratic metrics (ROUGE-L, unlimited ROUGE-S) on one huge
 * sentence are refused with a diagnostic, not run out of memory. */
static void test_pathological(void) {
  size_t n = 300000;
  char *t = malloc(n);
  CHECK(t != NULL, "malloc");
  if (!t) return;
  uint32_t x = 12345;
  for (size_t i = 0; i < n; i++) {
    x = x * 1103515245u + 12345u;
    unsigned char c = (unsigned char)(x >> 16);
    t[i] = (char)((c % 4) ? 'a' + c % 7 : c); /* mostly a..g, some arbitrary bytes */
    if (t[i] == '\n') t[i] = ' ';             /* one single line */
  }
  sl_rouge_opts o;
  sl_rouge_opts_init(&o);
  o.max_n = 4, o.stem = 1, o.stopwords = 1, o.skip = -1, o.skip_unigrams = 1, o.resamples = 10;
  sl_rouge *r = sl_rouge_new(&o);
  sl_rouge_add_system(r, "big", "S", t, n, "big-summary");
  sl_rouge_add_ref(r, "big", "A", t, n / 2, "big-reference");
  sl_rouge_add_system(r, "small", "S", "storm floods roads", 18, NULL); /* no stopword */
  sl_rouge_add_ref(r, "small", "A", "storm floods roads", 18, NULL);
  INT_EQ(sl_rouge_compute(r, NULL), SL_OK, "compute");
  CHECK(any_diag(r, "big-", "too long for ROUGE-L"), "ROUGE-L refused on the huge line");
  CHECK(any_diag(r, "big-", "too long for ROUGE-SU*"), "ROUGE-SU* refused on the huge line");
  INT_EQ(sl_rouge_metric_count(r), 6, "R1-4, L, SU*");
  INT_EQ(sl_rouge_cluster_count(r, 0, 0), 2, "ROUGE-1: both clusters");
  INT_EQ(sl_rouge_cluster_count(r, 0, 4), 1, "ROUGE-L: the small cluster only");
  sl_rouge_score s;
  sl_rouge_get(r, 0, 4, &s);
  NEAR(s.r, 1.0, "small cluster still scored for ROUGE-L");
  sl_rouge_free(r);
  free(t);
}

/* Two evaluations in two threads give the same report as one alone (no
 * hidden global state). */
typedef struct th_arg { char *out; } th_arg;
static void *th_run(void *p) {
  th_arg *a = p;
  sl_rouge_opts o;
  sl_rouge_opts_init(&o);
  o.max_n = 2, o.stem = 1, o.per_eval = 1, o.resamples = 200;
  sl_rouge *r = sl_rouge_new(&o);
  for (int c = 0; c < 40; c++) {
    char id[16], sy[96], rf[96];
    snprintf(id, sizeof id, "%02d", 40 - c);
    snprintf(sy, sizeof sy, "storms hit coast %d\nroads closed near town %d", c % 7, c % 3);
    snprintf(rf, sizeof rf, "a storm hit the coast %d\nthe roads were closed %d", c % 5, c % 3);
    sl_rouge_add_system(r, id, c % 2 ? "B" : "A", sy, strlen(sy), NULL);
    sl_rouge_add_system(r, id, c % 2 ? "A" : "B", rf, strlen(rf), NULL);
    sl_rouge_add_ref(r, id, "R", rf, strlen(rf), NULL);
  }
  if (sl_rouge_compute(r, NULL) == SL_OK) a->out = sl_rouge_render_text(r);
  sl_rouge_free(r);
  return NULL;
}

static void test_threads(void) {
  th_arg one = {NULL}, a = {NULL}, b = {NULL};
  th_run(&one);
  pthread_t ta, tb;
  CHECK(pthread_create(&ta, NULL, th_run, &a) == 0, "thread a");
  CHECK(pthread_create(&tb, NULL, th_run, &b) == 0, "thread b");
  pthread_join(ta, NULL);
  pthread_join(tb, NULL);
  CHECK(one.out && a.out && b.out && !strcmp(one.out, a.out) && !strcmp(one.out, b.out),
        "threads give the single-thread report");
  free(one.out), free(a.out), free(b.out);
}

int main(void) {
  test_porter();
  test_small_scores();
  test_formula();
  test_bad_input();
  test_units_and_labels();
  test_deterministic();
  test_pathological();
  test_threads();
  return test_done("test_rouge");
}
