/*
 * test_e2e.c — the whole digest end to end, through the public API only,
 * on the project's own example story (examples/ferry-strike) and, when
 * present, on the five real seed articles (../shared/seeds, read at run
 * time; those checks are skipped with a message when absent).
 *
 * What a reader must be able to trust, checked on every part of the
 * rendered digest (text and JSON):
 *  - no page boilerplate reaches any output (credits, captions, image
 *    names, embedded posts and their links, bylines, stamps, "RELATED");
 *  - the summary never says the same thing twice;
 *  - every summary sentence is a sentence of the article it quotes, byte
 *    for byte, and every article it credits carries it: its own span is one
 *    of that article's sentences, with the same words when the match is
 *    exact and most of them when it is a variant.
 * The checks are independent of how the modules work: word overlap is
 * recomputed here from the bytes.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <storyloom.h>

#include "harness.h"

/* Lower-cased ASCII words of s[0..n) (letters and digits; other bytes split),
 * at most cap of them, each at most 31 bytes. */
enum { MAXW = 512 };
typedef struct {
  char w[MAXW][32];
  size_t n;
} words;

static void words_of(const char *s, size_t n, words *out) {
  out->n = 0;
  size_t i = 0;
  while (i < n && out->n < MAXW) {
    while (i < n && !isalnum((unsigned char)s[i])) i++;
    size_t k = 0;
    while (i < n && isalnum((unsigned char)s[i])) {
      if (k < 31) out->w[out->n][k++] = (char)tolower((unsigned char)s[i]);
      i++;
    }
    if (k) out->w[out->n++][k] = '\0';
  }
}

static int has_word(const words *w, const char *x) {
  for (size_t i = 0; i < w->n; i++)
    if (!strcmp(w->w[i], x)) return 1;
  return 0;
}

/* Share of a's words (with repetition) found in b. */
static double covered(const words *a, const words *b) {
  if (!a->n) return 0;
  size_t hit = 0;
  for (size_t i = 0; i < a->n; i++) hit += has_word(b, a->w[i]);
  return (double)hit / (double)a->n;
}

static int same_words(const words *a, const words *b) {
  if (a->n != b->n) return 0;
  for (size_t i = 0; i < a->n; i++)
    if (strcmp(a->w[i], b->w[i])) return 0;
  return 1;
}

/* Is [off, off+len) one of article a's content sentences? */
static int is_sentence(const sl_corpus *c, uint32_t a, uint32_t off, uint32_t len) {
  size_t n = sl_article_sentence_count(c, a);
  for (size_t i = 0; i < n; i++) {
    uint32_t o, l;
    sl_article_sentence(c, a, i, &o, &l);
    if (o == off && l == len) return 1;
  }
  return 0;
}

/* Page furniture that must never reach an output.  General shapes, not
 * strings of particular articles. */
static const char *const k_boiler[] = {
    "Photo:", "Photo credit", "Photos:", "Getty Images", "/Getty", "WireImage", "Published on",
    "RELATED", "Read more", "Edited by", "pic.twitter.com", "t.co/", ".jpg", ".png",
    "Image:", "Updated on", "Advertisement", NULL};

static void no_boilerplate(const char *out, const char *what) {
  for (const char *const *b = k_boiler; *b; b++)
    CHECK(strstr(out, *b) == NULL, "%s: boilerplate \"%s\" in the output", what, *b);
  /* a line of the output opening with a byline */
  for (const char *p = out; (p = strstr(p, "\nBy ")); p++)
    CHECK(0, "%s: a byline line in the output", what);
  /* an @handle (embedded post) outside an e-mail address */
  for (const char *p = out; (p = strchr(p, '@')); p++)
    CHECK(!(isalnum((unsigned char)p[1]) && (p == out || !isalnum((unsigned char)p[-1]))),
          "%s: an @handle in the output: %.30s", what, p);
}

static void check_summary(const sl_corpus *c, const sl_digest *d, const char *what) {
  size_t n = sl_digest_summary_count(d);
  CHECK(n >= 2, "%s: the summary has %zu sentences", what, n);
  static words w[64], ws;
  if (n > 64) n = 64;
  for (size_t i = 0; i < n; i++) {
    uint32_t a, off, len;
    sl_digest_summary_sentence(d, i, &a, &off, &len);
    size_t tl;
    const char *t = sl_article_text(c, a, &tl);
    CHECK(off + len <= tl, "%s: summary %zu inside its article", what, i);
    CHECK(is_sentence(c, a, off, len), "%s: summary %zu is a sentence of article %u", what, i, a);
    words_of(t + off, len, &w[i]);
    /* no redundancy: no two summary sentences mostly the same words */
    for (size_t j = 0; j < i; j++)
      CHECK(covered(&w[i], &w[j]) < 0.7 && covered(&w[j], &w[i]) < 0.7,
            "%s: summary %zu repeats summary %zu", what, i, j);
    /* every credited article carries it */
    size_t ns = sl_digest_summary_source_count(d, i);
    CHECK(ns >= 1, "%s: summary %zu credits nobody", what, i);
    int self = 0;
    for (size_t j = 0; j < ns; j++) {
      uint32_t sa, so, sl;
      sl_digest_summary_source(d, i, j, &sa, &so, &sl);
      size_t stl;
      const char *st = sl_article_text(c, sa, &stl);
      CHECK(so + sl <= stl, "%s: source %zu of %zu inside its article", what, j, i);
      CHECK(is_sentence(c, sa, so, sl), "%s: source %zu of %zu is a sentence", what, j, i);
      if (sa == a && so == off && sl == len) self = 1;
      words_of(st + so, sl, &ws);
      /* a variant wording shares most of the words one way or the other
       * (a truncated copy is covered by the full one) */
      double cov = covered(&w[i], &ws) > covered(&ws, &w[i]) ? covered(&w[i], &ws)
                                                              : covered(&ws, &w[i]);
      CHECK(same_words(&w[i], &ws) || cov >= 0.6,
            "%s: source %zu of summary %zu carries it (%.2f of the words)", what, j, i, cov);
    }
    CHECK(self, "%s: summary %zu credits the article it quotes", what, i);
    /* outlets are credited once each */
    for (size_t j = 0; j < ns; j++)
      for (size_t k = 0; k < j; k++) {
        uint32_t a1, a2, o, l;
        sl_digest_summary_source(d, i, j, &a1, &o, &l);
        sl_digest_summary_source(d, i, k, &a2, &o, &l);
        CHECK(a1 != a2, "%s: summary %zu credits article %u twice", what, i, a1);
      }
  }
}

/* The digest of a folder, all parts, every output format. */
static void check_story(const char *dir, const char *what, size_t want_articles) {
  sl_corpus *c = sl_corpus_new(NULL);
  sl_error err;
  CHECK(c && sl_corpus_add_path(c, dir, &err) == SL_OK, "%s: read %s", what, dir);
  if (!c) return;
  INT_EQ(sl_corpus_count(c), want_articles, "%s: articles", what);
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, &err);
  CHECK(d != NULL, "%s: digest", what);
  if (d) {
    check_summary(c, d, what);
    char *txt = sl_render_digest(d, SL_FORMAT_TEXT, 0);
    char *md = sl_render_digest(d, SL_FORMAT_MD, 0);
    char *js = sl_render_digest(d, SL_FORMAT_JSON, 0);
    char *html = sl_render_digest(d, SL_FORMAT_HTML, 0);
    CHECK(txt && md && js && html, "%s: rendered", what);
    if (txt) no_boilerplate(txt, "text");
    if (md) no_boilerplate(md, "markdown");
    if (js) {
      json_error_t je;
      json_t *root = json_loads(js, 0, &je);
      CHECK(root != NULL, "%s: JSON parses: %s", what, je.text);
      /* every part is there and not empty */
      const char *parts[] = {"summary", "timeline", "quotes", "coverage", NULL};
      for (const char **p = parts; *p; p++) {
        json_t *v = json_object_get(root, *p);
        CHECK(v && (json_array_size(v) > 0 || json_object_size(v) > 0), "%s: JSON part %s", what,
              *p);
      }
      json_decref(root);
    }
    if (html) CHECK(strstr(html, "<html") && strstr(html, "</html>"), "%s: HTML page", what);
    sl_free(txt);
    sl_free(md);
    sl_free(js);
    sl_free(html);
  }
  sl_digest_free(d);
  sl_corpus_free(c);
}

int main(int argc, char **argv) {
  const char *shared = argc > 1 ? argv[1] : "../shared";
  /* the working directory is tests/ (tests/CMakeLists.txt) */
  check_story("../examples/ferry-strike", "ferry-strike", 5);
  char seeds[4096];
  snprintf(seeds, sizeof seeds, "%s/seeds", shared);
  FILE *f = fopen(seeds, "r");
  if (f) {
    fclose(f);
    check_story(seeds, "seeds", 5);
  } else {
    printf("SKIPPED (seed part): %s not present\n", seeds);
  }
  return test_done("test_e2e");
}
