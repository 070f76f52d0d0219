/*
 * test_ingest.c — the input readers: each format, each kind of bad input,
 * directory walking, source and id rules, the streaming reader, time
 * limits on huge inputs, and (when the shared data is present) the seeds
 * and an MDS evaluation file.
 *
 * argv[1] = shared data dir (may be absent), argv[2] = tests/data.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "ingest/ingest.h"

static const char *data_dir;  /* tests/data */
static char tmp_dir[256];     /* scratch directory, removed at the end */

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Path under tests/data/ingest (static buffer, one at a time). */
static const char *dpath(const char *rel) {
  static char p[1024];
  snprintf(p, sizeof p, "%s/ingest/%s", data_dir, rel);
  return p;
}

/* Writes n bytes to tmp_dir/name and returns the full path (static). */
static const char *tmp_write(const char *name, const char *bytes, size_t n) {
  static char p[1024];
  snprintf(p, sizeof p, "%s/%s", tmp_dir, name);
  FILE *f = fopen(p, "wb");
  if (!f || fwrite(bytes, 1, n, f) != n) {
    fprintf(stderr, "cannot write %s\n", p);
    exit(1);
  }
  fclose(f);
  return p;
}

static sl_corpus *new_corpus(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  if (!c) {
    fprintf(stderr, "sl_corpus_new failed\n");
    exit(1);
  }
  return c;
}

/* Index of the first diagnostic whose message contains `part`, or -1. */
static long find_diag(const sl_corpus *c, sl_severity sev, const char *part) {
  for (size_t i = 0; i < sl_corpus_diag_count(c); i++) {
    const sl_diag *d = sl_corpus_diag(c, i);
    if (d->severity == sev && strstr(d->msg, part)) return (long)i;
  }
  return -1;
}

/* Whole corpus (articles and diagnostics) as text, for comparisons.
 * Caller frees. */
static char *dump(const sl_corpus *c) {
  sl_buf b;
  sl_buf_init(&b);
  for (uint32_t a = 0; a < sl_corpus_count(c); a++) {
    char d[16];
    size_t n;
    const char *t = sl_article_text(c, a, &n);
    const char *title = sl_article_title(c, a);
    sl_date_format(sl_article_date(c, a), d);
    sl_buf_printf(&b, "[%s|%s|%s|%s|%zu]", sl_article_id(c, a), sl_article_source(c, a), d,
                  title ? title : "-", n);
    sl_buf_put(&b, t, n);
    sl_buf_putc(&b, '\n');
  }
  for (size_t i = 0; i < sl_corpus_diag_count(c); i++) {
    const sl_diag *d = sl_corpus_diag(c, i);
    sl_buf_printf(&b, "diag %d %s:%ld %s\n", d->severity, d->file, d->line, d->msg);
  }
  return sl_buf_take(&b);
}

/* ---- formats ---------------------------------------------------------- */

static void test_seed(void) {
  static const char in[] =
      " date 2024-05-02 The harbour board met on Thursday. It agreed to extend the service.\n";
  sl_corpus *c = new_corpus();
  INT_EQ(sl_corpus_add_buffer(c, "feeds/01_harbour_gazette.txt", in, sizeof in - 1, NULL), SL_OK,
         "seed");
  INT_EQ(sl_corpus_count(c), 1, "one article");
  INT_EQ(sl_article_date(c, 0), sl_date_parse("2024-05-02", 10), "date from header");
  size_t n;
  const char *t = sl_article_text(c, 0, &n);
  CHECK(strncmp(t, "The harbour board", 17) == 0, "body starts after the date: %s", t);
  STR_EQ(sl_article_source(c, 0), "Harbour Gazette", "source from file name");
  STR_EQ(sl_article_id(c, 0), "01_harbour_gazette.txt", "id is the file name");
  INT_EQ(sl_corpus_diag_count(c), 0, "no diagnostics for a clean seed");
  sl_corpus_free(c);

  /* Without the leading blank, and an impossible date: kept, undated, warned. */
  static const char bad[] = "date 2024-13-45 Text of an article with an impossible date.\n";
  c = new_corpus();
  INT_EQ(sl_corpus_add_buffer(c, "x.txt", bad, sizeof bad - 1, NULL), SL_OK, "bad date seed");
  INT_EQ(sl_article_date(c, 0), SL_NO_DATE, "impossible date dropped");
  CHECK(find_diag(c, SL_DIAG_WARNING, "invalid date '2024-13-45'") >= 0, "bad date warned");
  CHECK(strncmp(sl_article_text(c, 0, NULL), "Text of", 7) == 0, "header still removed");
  sl_corpus_free(c);
}

static void test_text_and_md(void) {
  static const char in[] = "\n\nThe council met on Monday. It approved the budget.\n";
  sl_corpus *c = new_corpus();
  INT_EQ(sl_corpus_add_buffer(c, "notes/report.txt", in, sizeof in - 1, NULL), SL_OK, "text");
  INT_EQ(sl_article_date(c, 0), SL_NO_DATE, "undated");
  long i = find_diag(c, SL_DIAG_WARNING, "no date");
  CHECK(i >= 0, "no-date warning");
  if (i >= 0) STR_EQ(sl_corpus_diag(c, (size_t)i)->file, "notes/report.txt", "names the file");
  CHECK(sl_article_title(c, 0) == NULL, "plain text has no title");
  sl_corpus_free(c);

  /* default_date fills the date, no warning. */
  sl_ingest_opts o;
  sl_ingest_opts_init(&o);
  o.default_date = sl_date_parse("2023-03-04", 10);
  c = sl_corpus_new(&o);
  INT_EQ(sl_corpus_add_buffer(c, "report.txt", in, sizeof in - 1, NULL), SL_OK, "text dated");
  INT_EQ(sl_article_date(c, 0), o.default_date, "default date used");
  CHECK(find_diag(c, SL_DIAG_WARNING, "no date") < 0, "no warning with a default date");
  sl_corpus_free(c);

  /* require_dates: the undated article is skipped, the call returns EEMPTY. */
  sl_ingest_opts_init(&o);
  o.require_dates = 1;
  c = sl_corpus_new(&o);
  INT_EQ(sl_corpus_add_buffer(c, "report.txt", in, sizeof in - 1, NULL), SL_EEMPTY, "required");
  INT_EQ(sl_corpus_count(c), 0, "undated skipped");
  sl_corpus_free(c);

  /* Markdown: the "# Title" line becomes the title and leaves the body. */
  c = new_corpus();
  INT_EQ(sl_corpus_add_path(c, dpath("dir/sub/council_notes.md"), NULL), SL_OK, "md");
  STR_EQ(sl_article_title(c, 0), "Island council notes", "md title");
  CHECK(strncmp(sl_article_text(c, 0, NULL), "The island council", 18) == 0, "body after title");
  /* The same bytes in a .txt keep the line in the body and have no title. */
  size_t n;
  char *md = test_slurp(dpath("dir/sub/council_notes.md"), &n);
  INT_EQ(sl_corpus_add_buffer(c, "council.txt", md, n, NULL), SL_OK, "md as txt");
  CHECK(sl_article_title(c, 1) == NULL, "no title for .txt");
  CHECK(sl_article_text(c, 1, NULL)[0] == '#', "title line kept in .txt");
  free(md);
  sl_corpus_free(c);
}

static void test_jsonl(void) {
  sl_corpus *c = new_corpus();
  sl_error err = {0};
  INT_EQ(sl_corpus_add_path(c, dpath("mixed.jsonl"), &err), SL_OK, "mixed.jsonl");
  INT_EQ(sl_corpus_count(c), 2, "good lines around the bad one are kept");
  STR_EQ(sl_article_id(c, 0), "17", "numeric id becomes a string");
  CHECK(sl_article_title(c, 0) == NULL, "null title");
  STR_EQ(sl_article_source(c, 0), "harbour-news.example", "source from URL host without www.");
  STR_EQ(sl_article_url(c, 0), "https://www.harbour-news.example/a/1", "url kept");
  STR_EQ(sl_article_id(c, 1), "mixed.jsonl:3", "missing id: file and line");
  STR_EQ(sl_article_source(c, 1), "Coastal Wire", "source field");
  STR_EQ(sl_article_title(c, 1), "42", "numeric title becomes a string");
  INT_EQ(sl_article_date(c, 1), sl_date_parse("2024-01-04", 10), "date field");
  long i = find_diag(c, SL_DIAG_SKIPPED, "malformed JSON");
  CHECK(i >= 0, "malformed line diagnosed");
  if (i >= 0) {
    const sl_diag *d = sl_corpus_diag(c, (size_t)i);
    INT_EQ(d->line, 2, "diagnostic names line 2");
    CHECK(strstr(d->file, "mixed.jsonl") != NULL, "diagnostic names the file: %s", d->file);
  }
  sl_corpus_free(c);

  /* A cluster line: every doc is an article; refs are not; a doc without
   * a text string is diagnosed. */
  c = new_corpus();
  INT_EQ(sl_corpus_add_path(c, dpath("cluster.jsonl"), NULL), SL_OK, "cluster line");
  INT_EQ(sl_corpus_count(c), 2, "two docs with text");
  STR_EQ(sl_article_id(c, 0), "d1", "doc id");
  STR_EQ(sl_article_source(c, 0), "APW", "doc source");
  STR_EQ(sl_article_source(c, 1), "cluster", "null source: from the file name");
  i = find_diag(c, SL_DIAG_SKIPPED, "document 3: no \"text\" string");
  CHECK(i >= 0, "doc without text diagnosed");
  for (uint32_t a = 0; a < sl_corpus_count(c); a++)
    CHECK(!strstr(sl_article_text(c, a, NULL), "reference summary"), "refs ignored");
  sl_corpus_free(c);

  /* A timeline-summarisation line: an "articles" array, other keys ignored. */
  static const char tls[] = "{\"topic\":\"t\",\"articles\":[{\"id\":\"t1\",\"date\":\"2010-04-01\","
                            "\"text\":\"Oil reached the coast.\"}],\"timelines\":[[{\"date\":"
                            "\"2010-04-02\",\"sentences\":[\"Not an article.\"]}]]}";
  c = new_corpus();
  INT_EQ(sl_corpus_add_buffer(c, "t.json", tls, sizeof tls - 1, NULL), SL_OK, "tls line");
  INT_EQ(sl_corpus_count(c), 1, "one article from \"articles\"");
  STR_EQ(sl_article_id(c, 0), "t1", "tls id");
  sl_corpus_free(c);

  /* Edge lines: CRLF, a non-object, an empty object, duplicate ids, blank lines. */
  static const char in[] = "{\"id\":\"k\",\"text\":\"Alpha line about the port.\"}\r\n"
                           "\r\n"
                           "[1,2,3]\n"
                           "{}\n"
                           "{\"id\":\"k\",\"text\":\"Beta line about the port.\"}\n"
                           "   \n"
                           "{\"id\":\"k\",\"date\":20240101,\"text\":\"Gamma line about it.\"}";
  c = new_corpus();
  INT_EQ(sl_corpus_add_buffer(c, "e.jsonl", in, sizeof in - 1, NULL), SL_OK, "edge lines");
  INT_EQ(sl_corpus_count(c), 3, "three articles");
  STR_EQ(sl_article_id(c, 0), "k", "first id");
  STR_EQ(sl_article_id(c, 1), "k#2", "repeated id made unique");
  STR_EQ(sl_article_id(c, 2), "k#3", "third");
  i = find_diag(c, SL_DIAG_SKIPPED, "not a JSON object");
  CHECK(i >= 0 && sl_corpus_diag(c, (size_t)i)->line == 3, "array line 3 diagnosed");
  i = find_diag(c, SL_DIAG_SKIPPED, "no \"text\"");
  CHECK(i >= 0 && sl_corpus_diag(c, (size_t)i)->line == 4, "empty object line 4 diagnosed");
  i = find_diag(c, SL_DIAG_WARNING, "date is not");
  CHECK(i >= 0 && sl_corpus_diag(c, (size_t)i)->line == 7, "numeric date warned on line 7");
  sl_corpus_free(c);

  /* Pretty-printed JSON documents are read whole; a JSON Lines file whose
   * first line is broken stays JSON Lines; "[Reuters]" stays text. */
  static const char arr[] = "[\n  {\n    \"text\": \"First article of the array.\"\n  },\n"
                            "  {\n    \"id\": \"a2\",\n    \"text\": \"The second article reports on the harbour.\"\n  },\n"
                            "  7\n]\n";
  c = new_corpus();
  INT_EQ(sl_corpus_add_buffer(c, "arr.json", arr, sizeof arr - 1, NULL), SL_OK, "array doc");
  INT_EQ(sl_corpus_count(c), 2, "two articles from the array");
  STR_EQ(sl_article_id(c, 0), "arr.json[1]", "array element id");
  STR_EQ(sl_article_id(c, 1), "a2", "own id");
  CHECK(find_diag(c, SL_DIAG_SKIPPED, "document 3: not a JSON object") >= 0, "non-object element");
  static const char obj[] = "{\n  \"title\": \"T\",\n  \"text\": \"A pretty-printed article.\"\n}\n";
  INT_EQ(sl_corpus_add_buffer(c, "obj.json", obj, sizeof obj - 1, NULL), SL_OK, "object doc");
  STR_EQ(sl_article_id(c, 2), "obj.json", "single document id is the file name");
  STR_EQ(sl_article_title(c, 2), "T", "title");
  static const char badobj[] = "{\n  \"text\": \"fine\",\n  \"oops\n}\n";
  INT_EQ(sl_corpus_add_buffer(c, "bad.json", badobj, sizeof badobj - 1, NULL), SL_EEMPTY,
         "broken document");
  i = find_diag(c, SL_DIAG_SKIPPED, "malformed JSON");
  CHECK(i >= 0 && sl_corpus_diag(c, (size_t)i)->line == 3, "broken document: line 3 named");
  static const char brokenfirst[] = "{\"id\":\"t\",\"text\":\"cut off\n"
                                    "{\"id\":\"g\",\"text\":\"The second line is good.\"}\n";
  INT_EQ(sl_corpus_add_buffer(c, "b.jsonl", brokenfirst, sizeof brokenfirst - 1, NULL), SL_OK,
         "broken first line");
  STR_EQ(sl_article_id(c, 3), "g", "line 2 still read");
  static const char reuters[] = "[Reuters] The port reopened on Monday.";
  INT_EQ(sl_corpus_add_buffer(c, "r.txt", reuters, sizeof reuters - 1, NULL), SL_OK, "brackets");
  CHECK(sl_article_text(c, 4, NULL)[0] == '[', "read as text");
  sl_corpus_free(c);

  /* Many malformed lines: at most SL_MAX_LINE_DIAGS listed plus a summary. */
  sl_buf b;
  sl_buf_init(&b);
  for (int k = 0; k < 200; k++) sl_buf_puts(&b, "{oops\n");
  sl_buf_puts(&b, "{\"text\":\"The one good line is last.\"}\n");
  c = new_corpus();
  INT_EQ(sl_corpus_add_buffer(c, "many.jsonl", b.p, b.len, NULL), SL_OK, "many bad lines");
  INT_EQ(sl_corpus_count(c), 1, "good last line read");
  i = find_diag(c, SL_DIAG_SKIPPED, "150 more malformed lines not listed");
  CHECK(i >= 0, "summary of unlisted lines");
  CHECK(sl_corpus_diag_count(c) <= SL_MAX_LINE_DIAGS + 3, "diagnostics capped: %zu",
        sl_corpus_diag_count(c));
  sl_buf_free(&b);
  sl_corpus_free(c);
}

static void test_multinews(void) {
  sl_corpus *c = new_corpus();
  INT_EQ(sl_corpus_add_path(c, dpath("news.multinews"), NULL), SL_OK, "multinews");
  INT_EQ(sl_corpus_count(c), 3, "three non-empty documents");
  STR_EQ(sl_article_id(c, 0), "news.multinews:1.1", "id file:line.doc");
  STR_EQ(sl_article_id(c, 1), "news.multinews:1.2", "second doc");
  STR_EQ(sl_article_id(c, 2), "news.multinews:2.1", "second line");
  STR_EQ(sl_article_text(c, 0, NULL),
         "The storm hit the coast on Monday .\n\nResidents were evacuated . ",
         "NEWLINE_CHAR becomes a newline");
  STR_EQ(sl_article_source(c, 0), "news", "source from file name");
  sl_corpus_free(c);

  /* Forced multinews on text without markers: one doc per line. */
  sl_ingest_opts o;
  sl_ingest_opts_init(&o);
  o.format = SL_FMT_MULTINEWS;
  c = sl_corpus_new(&o);
  static const char in[] = "First line is one document.\nSecond line is another one.\n";
  INT_EQ(sl_corpus_add_buffer(c, "f", in, sizeof in - 1, NULL), SL_OK, "forced multinews");
  INT_EQ(sl_corpus_count(c), 2, "two lines, two docs");
  sl_corpus_free(c);
}

static void test_forced_and_detect(void) {
  INT_EQ(sl_ingest_detect("{\"a\":1}", 7), SL_FMT_JSONL, "json");
  INT_EQ(sl_ingest_detect("date 2020-01-01 x", 17), SL_FMT_SEED, "seed");
  INT_EQ(sl_ingest_detect("date 2020-01-01x", 16), SL_FMT_TEXT, "date glued to text");
  INT_EQ(sl_ingest_detect("a b ||||| c", 11), SL_FMT_MULTINEWS, "multinews separator");
  INT_EQ(sl_ingest_detect("a NEWLINE_CHAR b", 16), SL_FMT_MULTINEWS, "multinews newline");
  INT_EQ(sl_ingest_detect("Plain | text", 12), SL_FMT_TEXT, "text");

  /* --input-format text on a JSONL file: one article holding every line. */
  sl_ingest_opts o;
  sl_ingest_opts_init(&o);
  o.format = SL_FMT_TEXT;
  sl_corpus *c = sl_corpus_new(&o);
  INT_EQ(sl_corpus_add_path(c, dpath("mixed.jsonl"), NULL), SL_OK, "forced text");
  INT_EQ(sl_corpus_count(c), 1, "one article");
  CHECK(find_diag(c, SL_DIAG_SKIPPED, "malformed") < 0, "no JSON parsing");
  sl_corpus_free(c);

  /* --input-format seed on plain text: warned, read as text. */
  o.format = SL_FMT_SEED;
  c = sl_corpus_new(&o);
  static const char in[] = "Not a seed file at all, just words.";
  INT_EQ(sl_corpus_add_buffer(c, "p.txt", in, sizeof in - 1, NULL), SL_OK, "forced seed");
  CHECK(find_diag(c, SL_DIAG_WARNING, "header") >= 0, "missing header warned");
  sl_corpus_free(c);
}

/* ---- bad input ------------------------------------------------------- */

static void test_bad_input(void) {
  sl_corpus *c = new_corpus();
  sl_error err = {0};
  /* Invalid UTF-8 on line 3 of a text file: repaired, warned with line 3. */
  static const char bad8[] = "First line is fine.\n\nThird line has \xff\xfe bad bytes.\nLast line.\n";
  INT_EQ(sl_corpus_add_buffer(c, "bad.txt", bad8, sizeof bad8 - 1, &err), SL_OK, "utf8");
  long i = find_diag(c, SL_DIAG_WARNING, "invalid UTF-8");
  CHECK(i >= 0, "utf8 warning");
  if (i >= 0) INT_EQ(sl_corpus_diag(c, (size_t)i)->line, 3, "warning names line 3");
  CHECK(strstr(sl_article_text(c, 0, NULL), "\xEF\xBF\xBD") != NULL, "U+FFFD inserted");
  CHECK(strstr(sl_article_text(c, 0, NULL), "Last line.") != NULL, "rest kept");
  CHECK(sl_utf8_valid(sl_article_text(c, 0, NULL), strlen(sl_article_text(c, 0, NULL))),
        "stored text valid");
  sl_corpus_free(c);

  /* Invalid UTF-8 inside a JSONL line (line 2): the line is still read. */
  static const char badj[] = "{\"text\":\"Good first line.\"}\n{\"text\":\"Caf\xe9 owners met.\"}\n";
  c = new_corpus();
  INT_EQ(sl_corpus_add_buffer(c, "bad.jsonl", badj, sizeof badj - 1, NULL), SL_OK, "utf8 jsonl");
  INT_EQ(sl_corpus_count(c), 2, "repaired line kept");
  i = find_diag(c, SL_DIAG_WARNING, "invalid UTF-8");
  CHECK(i >= 0 && sl_corpus_diag(c, (size_t)i)->line == 2, "jsonl warning names line 2");
  sl_corpus_free(c);

  /* NUL bytes: binary, skipped. */
  static const char nul[] = "Some text\0with a NUL byte in it.";
  c = new_corpus();
  memset(&err, 0, sizeof err);
  INT_EQ(sl_corpus_add_buffer(c, "nul.txt", nul, sizeof nul - 1, &err), SL_EEMPTY, "NUL");
  CHECK(find_diag(c, SL_DIAG_SKIPPED, "binary file") >= 0, "binary diagnosed");
  STR_EQ(err.file, "nul.txt", "error names the file");
  STR_EQ(err.msg, "no articles read (binary file)", "error gives the reason");
  /* Mostly control bytes, no NUL. */
  char ctl[600];
  for (size_t k = 0; k < sizeof ctl; k++) ctl[k] = (char)(k % 3 ? 0x01 + k % 7 : 'a');
  INT_EQ(sl_corpus_add_buffer(c, "ctl.bin", ctl, sizeof ctl, NULL), SL_EEMPTY, "control bytes");
  INT_EQ(sl_corpus_count(c), 0, "nothing added");
  /* Latin-1 prose is mostly ASCII: text, repaired, not binary. */
  static const char latin[] = "Le caf\xe9 de la gare a ferm\xe9 ses portes lundi.";
  INT_EQ(sl_corpus_add_buffer(c, "fr.txt", latin, sizeof latin - 1, NULL), SL_OK, "latin-1");
  sl_corpus_free(c);

  /* Empty and whitespace-only inputs. */
  c = new_corpus();
  INT_EQ(sl_corpus_add_buffer(c, "empty.txt", "", 0, NULL), SL_EEMPTY, "empty");
  INT_EQ(sl_corpus_add_buffer(c, "blank.txt", " \n\t\r\n  \n", 8, NULL), SL_EEMPTY, "blank");
  INT_EQ(sl_corpus_add_buffer(c, "bom.txt", "\xEF\xBB\xBF\n", 4, NULL), SL_EEMPTY, "BOM only");
  size_t nempty = 0;
  for (size_t k = 0; k < sl_corpus_diag_count(c); k++)
    nempty += strcmp(sl_corpus_diag(c, k)->msg, "empty file") == 0;
  INT_EQ(nempty, 3, "three empty-file diagnostics");
  /* A BOM before JSON does not hide the format. */
  static const char bomj[] = "\xEF\xBB\xBF{\"id\":\"b\",\"text\":\"Text after a byte order mark.\"}\n";
  INT_EQ(sl_corpus_add_buffer(c, "bom.jsonl", bomj, sizeof bomj - 1, NULL), SL_OK, "BOM json");
  STR_EQ(sl_article_id(c, 0), "b", "json read after BOM");
  sl_corpus_free(c);

  /* Missing path: SL_EIO with the system's reason. */
  c = new_corpus();
  memset(&err, 0, sizeof err);
  char missing[512];
  snprintf(missing, sizeof missing, "%s/does-not-exist.txt", tmp_dir);
  INT_EQ(sl_corpus_add_path(c, missing, &err), SL_EIO, "missing file");
  CHECK(strstr(err.msg, strerror(ENOENT)) != NULL, "strerror in message: %s", err.msg);
  STR_EQ(err.file, missing, "names the path");
  sl_corpus_free(c);
}

/* ---- directories ------------------------------------------------------- */

static void test_directory(void) {
  sl_corpus *c = new_corpus();
  INT_EQ(sl_corpus_add_path(c, dpath("dir"), NULL), SL_OK, "dir");
  static const char *const ids[] = {"10_harbour_gazette.txt", "2_sound-times.txt", "w1",
                                    "sub/council_notes.md"};
  static const char *const srcs[] = {"Harbour Gazette", "sound-times", "Island Voice",
                                     "Council Notes"};
  INT_EQ(sl_corpus_count(c), 4, "hidden files and dirs skipped");
  for (uint32_t a = 0; a < 4 && a < sl_corpus_count(c); a++) {
    STR_EQ(sl_article_id(c, a), ids[a], "byte order of names, article %u", a);
    STR_EQ(sl_article_source(c, a), srcs[a], "source, article %u", a);
  }
  /* Same result a second time: ids repeat in a fresh corpus, order stable. */
  char *one = dump(c);
  sl_corpus_free(c);
  c = new_corpus();
  (void)sl_corpus_add_path(c, dpath("dir"), NULL);
  char *two = dump(c);
  STR_EQ(two, one, "stable");
  /* Reading the same directory again into the same corpus: unique ids. */
  (void)sl_corpus_add_path(c, dpath("dir"), NULL);
  STR_EQ(sl_article_id(c, 4), "10_harbour_gazette.txt#2", "ids unique across calls");
  free(one);
  free(two);
  sl_corpus_free(c);

  /* Odd entries in a directory: a FIFO, a dangling symlink, a loop, an
   * empty file, a binary file.  Each is diagnosed; the good file is read. */
  char d[512], p[700];
  snprintf(d, sizeof d, "%s/odd", tmp_dir);
  mkdir(d, 0755);
  snprintf(p, sizeof p, "%s/fifo", d);
  CHECK(mkfifo(p, 0644) == 0, "mkfifo: %s", strerror(errno));
  snprintf(p, sizeof p, "%s/dangling", d);
  CHECK(symlink("nowhere-at-all", p) == 0, "symlink");
  snprintf(p, sizeof p, "%s/loop", d);
  CHECK(symlink(".", p) == 0, "symlink loop");
  tmp_write("odd/empty.txt", "", 0);
  tmp_write("odd/image.bin", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  tmp_write("odd/good.txt", "A good article sits among odd files.\n", 37);
  c = new_corpus();
  sl_error err = {0};
  INT_EQ(sl_corpus_add_path(c, d, &err), SL_OK, "odd dir");
  INT_EQ(sl_corpus_count(c), 1, "only the good file");
  CHECK(find_diag(c, SL_DIAG_SKIPPED, "not a regular file") >= 0, "fifo diagnosed");
  CHECK(find_diag(c, SL_DIAG_SKIPPED, strerror(ENOENT)) >= 0, "dangling link with strerror");
  CHECK(find_diag(c, SL_DIAG_SKIPPED, "loop") >= 0, "loop diagnosed");
  CHECK(find_diag(c, SL_DIAG_SKIPPED, "empty file") >= 0, "empty file diagnosed");
  CHECK(find_diag(c, SL_DIAG_SKIPPED, "binary file") >= 0, "binary diagnosed");
  sl_corpus_free(c);

  /* A read error after a successful open (Linux: /proc/self/mem fails at
   * offset 0 with EIO): diagnosed with strerror, not fatal. */
  struct stat sb;
  if (stat("/proc/self/mem", &sb) == 0) {
    c = new_corpus();
    INT_EQ(sl_corpus_add_path(c, "/proc/self/mem", NULL), SL_EEMPTY, "read error");
    CHECK(find_diag(c, SL_DIAG_SKIPPED, "read error: ") >= 0, "read error diagnosed");
    sl_corpus_free(c);
  }

  /* An endless binary source is given up after the sniff window. */
  if (stat("/dev/zero", &sb) == 0) {
    c = new_corpus();
    INT_EQ(sl_corpus_add_path(c, "/dev/zero", NULL), SL_EEMPTY, "/dev/zero");
    CHECK(find_diag(c, SL_DIAG_SKIPPED, "binary file") >= 0, "endless zeros are binary");
    sl_corpus_free(c);
  }

  /* An empty directory gives SL_EEMPTY. */
  snprintf(d, sizeof d, "%s/nothing", tmp_dir);
  mkdir(d, 0755);
  c = new_corpus();
  INT_EQ(sl_corpus_add_path(c, d, NULL), SL_EEMPTY, "empty dir");
  sl_corpus_free(c);
}

static void test_source_names(void) {
  static const char *const cases[][2] = {
      {"01_harbour_gazette.txt", "Harbour Gazette"},
      {"a/b/07-the_times.md", "The Times"},
      {"2024-report.txt", "report"},
      {"reuters.jsonl", "reuters"},
      {"01.txt", "01"},            /* nothing after the prefix: kept */
      {"01_.txt", "01"},           /* only the prefix: kept, '_' becomes a trailing blank */
      {"x_y_z", "X Y Z"},
      {"dir.d/plain", "plain"},
      {".txt", ".txt"},            /* a dot at the start is not an extension */
      {"abc123_x.txt", "abc123 x"} /* digits not at the start stay */
  };
  for (size_t i = 0; i < SL_COUNTOF(cases); i++) {
    char *s = sl_ingest_source_from_name(cases[i][0]);
    STR_EQ(s, cases[i][1], "source of %s", cases[i][0]);
    free(s);
  }
  CHECK(sl_ingest_source_from_name("<stdin>") == NULL, "stdin has no source");
}

/* ---- streaming ---------------------------------------------------------- */

/* Corpus dump after reading `in` in chunks of `step` bytes (0 = one buffer). */
static char *read_chunked(const char *name, const char *in, size_t n, size_t step) {
  sl_corpus *c = new_corpus();
  if (step == 0) {
    (void)sl_corpus_add_buffer(c, name, in, n, NULL);
  } else {
    sl_reader *r = sl_reader_new(c, name);
    for (size_t i = 0; i < n; i += step) (void)sl_reader_feed(r, in + i, SL_MIN(step, n - i));
    (void)sl_reader_finish(r, NULL);
    sl_reader_free(r);
  }
  char *d = dump(c);
  sl_corpus_free(c);
  return d;
}

static void test_streaming(void) {
  sl_buf big;
  sl_buf_init(&big);
  /* > SL_SNIFF_BYTES of leading blank lines, then JSONL with a bad line,
   * invalid UTF-8 and a long line, to cross every phase boundary. */
  for (int k = 0; k < 9000; k++) sl_buf_putc(&big, k % 100 ? ' ' : '\n');
  sl_buf_puts(&big, "{\"id\":\"s1\",\"text\":\"Streaming works for the first line.\"}\n{broken\n");
  sl_buf_puts(&big, "{\"text\":\"A long line ");
  for (int k = 0; k < 3000; k++) sl_buf_puts(&big, "with words ");
  sl_buf_puts(&big, "and \xff bad bytes.\"}\r\n{\"id\":\"s3\",\"text\":\"No newline at the end.\"}");
  struct {
    const char *name;
    const char *p;
    size_t n;
  } in[] = {
      {"big.jsonl", big.p, big.len},
      {"01_x.txt", " date 2020-02-03 Seed text, fed in pieces. Second sentence.\n", 0},
      {"m.txt", "One doc here. NEWLINE_CHAR Next. ||||| Two.\nThree ||||| Four\n", 0},
      {"notes.md", "# Head\nBody of the note.\n", 0},
      {"bin", "ab\0cd", 5},
      {"blank", "\xEF\xBB\xBF  \n ", 0},
  };
  for (size_t i = 0; i < SL_COUNTOF(in); i++) {
    if (!in[i].n) in[i].n = strlen(in[i].p);
    char *whole = read_chunked(in[i].name, in[i].p, in[i].n, 0);
    static const size_t steps[] = {1, 2, 3, 7, 4096, 65536};
    for (size_t s = 0; s < SL_COUNTOF(steps); s++) {
      if (steps[s] == 1 && in[i].n > 100000) continue;
      char *part = read_chunked(in[i].name, in[i].p, in[i].n, steps[s]);
      CHECK(strcmp(whole, part) == 0, "%s fed in chunks of %zu differs:\n%s\n--- vs ---\n%s",
            in[i].name, steps[s], whole, part);
      free(part);
    }
    if (i == 0) {
      CHECK(strstr(whole, "big.jsonl:92 malformed JSON") != NULL, "line numbers count blanks");
      CHECK(strstr(whole, "[s3|") != NULL, "last line without newline read");
    }
    free(whole);
  }
  /* Byte-by-byte on the big input: same as one buffer, fed once. */
  char *whole = read_chunked("big.jsonl", big.p, big.len, 0);
  char *bytes = read_chunked("big.jsonl", big.p, big.len, 1);
  STR_EQ(bytes, whole, "byte by byte");
  free(whole);
  free(bytes);
  sl_buf_free(&big);
}

/* Dump after reading `in` with a lowered size limit, in chunks of `step`
 * (0 = one feed). */
static char *read_limited(const char *name, const char *in, size_t n, size_t max, size_t step) {
  sl_corpus *c = new_corpus();
  sl_reader *r = sl_ingest_reader_new(c, NULL, name, NULL, NULL);
  r->max_bytes = max;
  if (!step) step = n ? n : 1;
  for (size_t i = 0; i < n; i += step) (void)sl_reader_feed(r, in + i, SL_MIN(step, n - i));
  (void)sl_reader_finish(r, NULL);
  sl_reader_free(r);
  char *d = dump(c);
  sl_corpus_free(c);
  return d;
}

static void test_limits(void) {
  /* Lines over the limit are skipped with a diagnostic, whatever the
   * chunking; the lines around them are read. */
  sl_buf b;
  sl_buf_init(&b);
  sl_buf_puts(&b, "{\"id\":\"a\",\"text\":\"Short first line about the port.\"}\n{\"text\":\"");
  for (int k = 0; k < 400; k++) sl_buf_puts(&b, "long ");
  sl_buf_puts(&b, "\"}\n{\"id\":\"c\",\"text\":\"Short third line about the port.\"}\n{\"text\":\"");
  for (int k = 0; k < 400; k++) sl_buf_puts(&b, "tail ");
  char *whole = read_limited("l.jsonl", b.p, b.len, 500, 0);
  CHECK(strstr(whole, "l.jsonl:2 line longer than 500 bytes skipped") != NULL, "line 2 skipped:\n%s",
        whole);
  CHECK(strstr(whole, "l.jsonl:4 line longer than 500 bytes skipped") != NULL, "last line skipped");
  CHECK(strstr(whole, "[a|") && strstr(whole, "[c|"), "short lines read");
  static const size_t steps[] = {1, 3, 64, 499, 500, 501, 4096};
  for (size_t s = 0; s < SL_COUNTOF(steps); s++) {
    char *part = read_limited("l.jsonl", b.p, b.len, 500, steps[s]);
    STR_EQ(part, whole, "limited lines in chunks of %zu", steps[s]);
    free(part);
  }
  free(whole);
  /* A whole-file article over the limit is skipped, at any chunking. */
  whole = read_limited("big.txt", b.p + 60, b.len - 60, 1000, 0);
  CHECK(strstr(whole, "too large for one article") != NULL, "too large:\n%s", whole);
  CHECK(strchr(whole, '[') == NULL, "no article");
  char *part = read_limited("big.txt", b.p + 60, b.len - 60, 1000, 7);
  STR_EQ(part, whole, "too large, chunked");
  free(part);
  free(whole);
  sl_buf_free(&b);
}

/* ---- huge inputs -------------------------------------------------------- */

static void test_huge(void) {
  /* A 50 MB article on one JSON line: read in linear time (the whole text
   * pipeline included), stored completely. */
  const size_t target = 50u << 20;
  sl_buf b;
  sl_buf_init(&b);
  sl_buf_puts(&b, "{\"id\":\"huge\",\"date\":\"2024-01-01\",\"text\":\"");
  static const char *const words[] = {"harbour", "council", "ferry", "budget", "storm",
                                      "island", "workers", "agreed", "Monday", "plan"};
  unsigned k = 0;
  size_t want = 0; /* bytes of the decoded text */
  while (b.len < target) {
    for (int s = 0; s < 12; s++, k++) {
      const char *w = words[(k * 7u + (k >> 3)) % 10];
      sl_buf_puts(&b, w);
      sl_buf_putc(&b, ' ');
      want += strlen(w) + 1;
    }
    sl_buf_puts(&b, k % 120 ? "ends here. " : "ends here.\\n\\n");
    want += k % 120 ? 11 : 12;
  }
  sl_buf_puts(&b, "\"}\n");
  CHECK(!b.oom, "built");
  sl_corpus *c = new_corpus();
  double t0 = now();
  INT_EQ(sl_corpus_add_buffer(c, "huge.jsonl", b.p, b.len, NULL), SL_OK, "50 MB article");
  double dt = now() - t0;
  size_t n = 0;
  if (sl_corpus_count(c) == 1) (void)sl_article_text(c, 0, &n);
  INT_EQ(n, want, "whole text stored");
  printf("50 MB JSON line: %.2f s\n", dt);
  CHECK(dt < 120, "50 MB article within the time limit (%.1f s)", dt);
  sl_corpus_free(c);
  sl_buf_free(&b);

  /* A 1 MB paragraph without punctuation, as a plain text file. */
  sl_buf_init(&b);
  for (k = 0; b.len < (1u << 20); k++) {
    sl_buf_puts(&b, words[(k * 3u) % 10]);
    sl_buf_putc(&b, ' ');
  }
  c = new_corpus();
  t0 = now();
  INT_EQ(sl_corpus_add_buffer(c, "para.txt", b.p, b.len, NULL), SL_OK, "1 MB paragraph");
  dt = now() - t0;
  printf("1 MB paragraph: %.2f s\n", dt);
  CHECK(dt < 20, "1 MB paragraph within the time limit (%.1f s)", dt);
  sl_corpus_free(c);
  sl_buf_free(&b);
}

/* ---- shared data ---------------------------------------------------------- */

static void test_shared(const char *shared) {
  char p[1024];
  snprintf(p, sizeof p, "%s/seeds", shared);
  struct stat sb;
  if (!shared || stat(p, &sb) != 0) {
    printf("shared data absent: seeds and MDS checks skipped\n");
    return;
  }
  sl_corpus *c = new_corpus();
  INT_EQ(sl_corpus_add_path(c, p, NULL), SL_OK, "seeds");
  INT_EQ(sl_corpus_count(c), 5, "five seed articles");
  for (uint32_t a = 0; a < sl_corpus_count(c); a++)
    CHECK(sl_article_date(c, a) != SL_NO_DATE, "seed %u dated", a);
  INT_EQ(sl_corpus_diag_count(c), 0, "seeds read without diagnostics");
  sl_corpus_free(c);

  /* duc2003.jsonl: 30 cluster lines holding 298 documents in all (counted
   * with Python's json module); 9 ids repeat across clusters. */
  snprintf(p, sizeof p, "%s/eval/mds/duc2003.jsonl", shared);
  c = new_corpus();
  INT_EQ(sl_corpus_add_path(c, p, NULL), SL_OK, "duc2003");
  INT_EQ(sl_corpus_count(c), 298, "every document of the 30 clusters");
  size_t dup = 0;
  for (uint32_t a = 0; a < sl_corpus_count(c); a++) dup += strchr(sl_article_id(c, a), '#') != NULL;
  INT_EQ(dup, 298 - 289, "repeated ids made unique");
  /* Each renaming is reported once, as a warning on the cluster's line. */
  INT_EQ(sl_corpus_diag_count(c), 9, "one warning per repeated id");
  for (size_t k = 0; k < sl_corpus_diag_count(c); k++) {
    const sl_diag *d = sl_corpus_diag(c, k);
    CHECK(d->severity == SL_DIAG_WARNING && d->line > 1 && strstr(d->msg, "duplicate id '") &&
              strstr(d->msg, "(first at "),
          "renaming warning %zu: %s", k, d->msg);
  }
  sl_corpus_free(c);
}

int main(int argc, char **argv) {
  const char *shared = argc > 1 ? argv[1] : NULL;
  data_dir = argc > 2 ? argv[2] : "tests/data";
  snprintf(tmp_dir, sizeof tmp_dir, "/tmp/sl_ingest_XXXXXX");
  if (!mkdtemp(tmp_dir)) {
    perror("mkdtemp");
    return 1;
  }
  test_seed();
  test_text_and_md();
  test_jsonl();
  test_multinews();
  test_forced_and_detect();
  test_bad_input();
  test_directory();
  test_source_names();
  test_streaming();
  test_limits();
  test_huge();
  test_shared(shared);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmp_dir);
  return test_done("test_ingest");
}
