/*
 * test_render.c — the Markdown and HTML renderers (src/render/markdown.c,
 * html.c): HTML escaping of hostile article text, the page being one
 * self-contained file (no external resources, no scripts), the inline SVG
 * figures, tolerant reading of timeline/quotes JSON, and the Markdown
 * document structure and escaping.
 */
#include <string.h>

#include "harness.h"
#include "render/render.h"

/* Number of non-overlapping occurrences of needle in hay. */
static size_t count(const char *hay, const char *needle) {
  size_t n = 0, k = strlen(needle);
  for (const char *p = hay; (p = strstr(p, needle)); p += k) n++;
  return n;
}

/* sl_html_escape: the five special characters, UTF-8 untouched, only the
 * given length read. */
static void test_escape(void) {
  sl_buf b;
  sl_buf_init(&b);
  const char *s = "<script>alert(\"x\") & 'y'</script>";
  sl_html_escape(&b, s, strlen(s));
  char *t = sl_buf_take(&b);
  STR_EQ(t, "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;",
         "escape all five");
  free(t);
  sl_buf_init(&b);
  sl_html_escape(&b, "plain “curly” text", strlen("plain “curly” text"));
  t = sl_buf_take(&b);
  STR_EQ(t, "plain “curly” text", "UTF-8 passes through");
  free(t);
  sl_buf_init(&b);
  sl_html_escape(&b, "a&b", 1); /* only n bytes */
  sl_buf_putc(&b, '|');
  t = sl_buf_take(&b);
  STR_EQ(t, "a|", "length respected");
  free(t);
}

/* Adds an article with the given outlet and URL; articles with a URL get a
 * title full of markup characters. */
static void add(sl_corpus *c, const char *source, const char *url, const char *date,
                const char *text) {
  sl_article_in a = {0};
  a.source = source;
  a.url = url;
  a.title = url ? "Title with <i>tags</i> & \"quotes\"" : NULL;
  a.date = sl_date_parse(date, strlen(date));
  a.text = text;
  a.len = strlen(text);
  INT_EQ(sl_corpus_add(c, &a, NULL), SL_OK, "add %s", source);
}

#define HOSTILE \
  "The mayor wrote <script>alert('pwned')</script> & \"left\" the hall on Monday evening."

/* Scans every href="..." value: only in-page anchors and the one web URL. */
static void check_hrefs(const char *html) {
  for (const char *p = html; (p = strstr(p, "href=\"")); p += 6) {
    const char *v = p + 6;
    CHECK(v[0] == '#' || !strncmp(v, "https://example.org/a", 21), "href to %.40s", v);
  }
}

/* A whole page from a digest whose article text, outlet names and title
 * are hostile: nothing may turn into markup or fetch anything. */
static void test_html_page(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "Alpha <b>", "https://example.org/a", "2024-03-04",
      HOSTILE "\n\nAlpha reporters saw the mayor leave the hall by a side door after the vote.");
  add(c, "Beta & Co", "javascript:alert(1)", "2024-03-05",
      HOSTILE "\n\nBeta learned the treasurer had resigned in protest before the meeting began.");
  sl_digest_opts o; /* the parts these renderers are tested on here */
  sl_digest_opts_init(&o);
  o.parts = SL_PART_SUMMARY | SL_PART_COVERAGE;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  char *h = sl_render_digest(d, SL_FORMAT_HTML, 0);
  CHECK(h != NULL, "html rendered");
  if (!h) goto done;
  CHECK(!strncmp(h, "<!DOCTYPE html>\n", 16), "doctype first");
  CHECK(strlen(h) > 8 && !strcmp(h + strlen(h) - 8, "</html>\n"), "ends with </html>");
  CHECK(strstr(h, "<meta charset=\"utf-8\">") != NULL, "charset");
  CHECK(strstr(h, "name=\"viewport\"") != NULL, "viewport for phones");
  /* hostile text never becomes markup */
  INT_EQ(count(h, "<script"), 0, "no script element at all");
  CHECK(strstr(h, "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; &quot;left&quot;"),
        "article text escaped");
  CHECK(strstr(h, "Alpha &lt;b&gt;") && !strstr(h, "Alpha <b>"), "outlet name escaped");
  CHECK(strstr(h, "Beta &amp; Co") != NULL, "ampersand in name escaped");
  CHECK(strstr(h, "Title with &lt;i&gt;tags&lt;/i&gt; &amp; &quot;quotes&quot;"), "title escaped");
  /* self-contained: nothing is fetched from anywhere */
  INT_EQ(count(h, "src="), 0, "no src attributes");
  INT_EQ(count(h, "<link"), 0, "no stylesheet links");
  INT_EQ(count(h, "@import"), 0, "no CSS imports");
  INT_EQ(count(h, "url("), 0, "no CSS urls");
  INT_EQ(count(h, "<img"), 0, "no images");
  INT_EQ(count(h, "<iframe"), 0, "no frames");
  INT_EQ(count(h, "javascript:"), 0, "non-web URL not linked");
  check_hrefs(h);
  INT_EQ(count(h, "<style>"), 1, "inline CSS");
  INT_EQ(count(h, "<section"), count(h, "</section>"), "sections balanced");
  INT_EQ(count(h, "<svg"), count(h, "</svg>"), "svg balanced");
  /* the mayor sentence is shared by both outlets: a one-column heat grid */
  CHECK(strstr(h, "id=\"coverage\"") != NULL, "coverage section");
  const char *grid = strstr(h, "Shared content by outlet"), *ov = strstr(h, "Overlap between");
  CHECK(grid && ov && grid < ov, "heat grid, then overlap grid");
  if (grid && ov) {
    char *g = strndup(grid, (size_t)(ov - grid));
    INT_EQ(count(g, "<rect class=\"on\""), 2, "two filled cells (2 outlets x 1 shared item)");
    INT_EQ(count(g, "<rect class=\"off\""), 0, "no empty cell");
    free(g);
  }
  sl_free(h);
done:
  sl_digest_free(d);
  sl_corpus_free(c);
}

/* A tree as other modules might write it: timeline and quotes with
 * slightly different spellings. */
static json_t *synthetic_tree(void) {
  json_t *root = json_pack(
      "{s:s, s:[{s:i, s:s, s:s, s:s, s:n, s:n, s:i, s:i},"
      "         {s:i, s:s, s:s, s:s, s:n, s:n, s:i, s:i}],"
      " s:[{s:s, s:[{s:i, s:s}, {s:i, s:s}]}]}",
      "storyloom", "0.1.0", "articles", "index", 0, "id", "a0", "source", "Alpha", "date",
      "2024-03-04", "title", "url", "sentences", 3, "words", 40, "index", 1, "id", "a1", "source",
      "Beta", "date", "2024-03-06", "title", "url", "sentences", 2, "words", 30, "summary", "text",
      "Council *approved* the <budget> on #Monday.", "sources", "article", 0, "source", "Alpha",
      "article", 1, "source", "Beta");
  json_t *tl = json_pack(
      "[{s:s, s:s, s:[{s:s, s:[s, s]}]}, {s:s, s:[{s:s, s:[i]}]}, {s:s, s:s, s:[s]}]", "date",
      "2024-03-04", "granularity", "day", "sentences", "text", "The vote took place.", "sources",
      "Alpha", "Beta", "date", "2024-03-06", "sentences", "text", "The treasurer resigned.",
      "sources", 1, "day", "2024-03", "granularity", "month", "events", "A month-level event.");
  /* variants as src/quotes/ writes them: one source each, word edits */
  json_t *qs = json_pack(
      "[{s:s, s:{s:s}, s:s, s:s, s:[s], s:[{s:i, s:s, s:s, s:[{s:s, s:s, s:n}]}]}]", "text",
      "We <will> fight & win", "speaker", "name", "Ann O'Hara", "cue", "said", "venue", "a rally",
      "outlets", "Alpha", "variants", "article", 1, "source", "Beta", "text",
      "We will win", "edits", "kind", "dropped", "from", "fight &", "to");
  json_object_set_new(root, "timeline", tl);
  json_object_set_new(root, "quotes", qs);
  return root;
}

/* HTML of timeline and quotes read from a synthetic tree: markers, sizes,
 * alternative key spellings, escaping of speaker and quote. */
static void test_tree_html(void) {
  json_t *root = synthetic_tree();
  CHECK(root && json_object_get(root, "timeline") && json_object_get(root, "quotes"), "tree");
  sl_buf b;
  sl_buf_init(&b);
  sl_render_html(&b, root);
  char *h = sl_buf_take(&b);
  CHECK(h != NULL, "rendered");
  if (!h) goto done;
  /* three dated entries: three markers; two outlets give a bigger marker than one */
  INT_EQ(count(h, "<circle"), 3, "one marker per dated entry");
  CHECK(strstr(h, "<title>2024-03-04: 2 outlets</title>"), "first entry credits 2 outlets");
  CHECK(strstr(h, "<title>2024-03-06: 1 outlet</title>"), "index source resolved to Beta");
  const char *r2 = strstr(h, "cy=\"80\" r=\""), *r1 = r2 ? strstr(r2 + 1, "cy=\"80\" r=\"") : NULL;
  CHECK(r1 && r2 && atof(r2 + 12) > atof(r1 + 12), "marker sized by outlets");
  CHECK(strstr(h, "A month-level event.") && strstr(h, "(month)"), "events/day spelling read");
  CHECK(strstr(h, "We &lt;will&gt; fight &amp; win"), "quote text escaped");
  CHECK(strstr(h, "<b>Ann O&#39;Hara</b>"), "speaker object read and escaped");
  CHECK(strstr(h, "1 variant across outlets"), "variants listed");
  CHECK(strstr(h, "“We will win” <span class=\"chips\"><span class=\"chip o1\">Beta</span>"),
        "variant credited through its own source");
  CHECK(strstr(h, "dropped: “fight &amp;”"), "edit shown and escaped");
  CHECK(strstr(h, "href=\"#timeline\"") && strstr(h, "href=\"#quotes\""), "navigation");
  INT_EQ(count(h, "<script"), 0, "no script");
  free(h);
done:
  json_decref(root);
}

/* Markdown of the same tree: section order, escaping, credits. */
static void test_tree_markdown(void) {
  json_t *root = synthetic_tree();
  sl_buf b;
  sl_buf_init(&b);
  sl_render_markdown(&b, root);
  char *m = sl_buf_take(&b);
  CHECK(m != NULL, "rendered");
  if (!m) goto done;
  /* sections in order, each a level-2 heading at the start of a line */
  const char *h[] = {"# Story digest\n", "\n## Summary\n", "\n## Timeline\n", "\n## Quotes\n",
                     "\n## Articles\n"};
  const char *prev = m;
  for (size_t i = 0; i < SL_COUNTOF(h); i++) {
    const char *p = strstr(m, h[i]);
    CHECK(p && p >= prev, "heading %zu in order: %s", i, h[i]);
    if (p) prev = p;
  }
  CHECK(strstr(m, "2 articles from 2 outlets, 2024-03-04 to 2024-03-06."), "scope line");
  CHECK(strstr(m, "\n1. Council \\*approved\\* the \\<budget\\> on \\#Monday.  \n"
                  "   — *Alpha, Beta*\n"),
        "summary item escaped and credited");
  CHECK(strstr(m, "\n### 2024-03-04\n\n- The vote took place. — *Alpha, Beta*\n"),
        "timeline date");
  CHECK(strstr(m, "\n### 2024-03 (month)\n"), "granularity shown");
  CHECK(strstr(m, "> “We \\<will\\> fight \\& win”\n>\n> — **Ann O'Hara** (said), a rally"),
        "quote block");
  CHECK(strstr(m, "| 2024-03-06 | Beta | a1 |"), "articles table");
  CHECK(strstr(m, "- “We will win” — *Beta* (dropped: “fight \\&”)\n"), "variant with edit");
  free(m);
done:
  json_decref(root);
}

/* Markdown of a real digest: the coverage table and underscores kept bare. */
static void test_digest_markdown(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "harbour_gazette", NULL, "2024-03-04",
      HOSTILE "\n\nAlpha reporters saw the mayor leave the hall by a side door after the vote.");
  add(c, "sound_times", NULL, "2024-03-05", HOSTILE);
  sl_digest_opts o; /* the parts these renderers are tested on here */
  sl_digest_opts_init(&o);
  o.parts = SL_PART_SUMMARY | SL_PART_COVERAGE;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  char *m = sl_render_digest(d, SL_FORMAT_MD, 0);
  CHECK(m && strstr(m, "\n## Coverage\n\n| Outlet | Articles | Sentences | Shared | Unique |\n"),
        "coverage table");
  CHECK(m && strstr(m, "| harbour_gazette | 1 | 2 | 50% | 1 |"), "row, in-word underscore bare");
  CHECK(m && strstr(m, "| sound_times | 1 | 1 | 100% | 0 |"), "second row");
  CHECK(m && strstr(m, "**Reported by at least 2 of 2 outlets:**"), "consensus");
  CHECK(m && !strstr(m, "<script>"), "no raw HTML in Markdown");
  sl_free(m);
  sl_digest_free(d);
  sl_corpus_free(c);
}

/* The text coverage table: aligned columns, consensus, "Only in". */
static void test_coverage_text(void) {
  sl_corpus *c = sl_corpus_new(NULL);
  add(c, "harbour_gazette", NULL, "2024-03-04",
      HOSTILE "\n\nAlpha reporters saw the mayor leave the hall by a side door after the vote.");
  add(c, "sound", NULL, "2024-03-05", HOSTILE);
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.parts = SL_PART_COVERAGE;
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  char *t = sl_render_digest(d, SL_FORMAT_TEXT, 0);
  CHECK(t && strstr(t, "\nCoverage\n"
                       "  outlet           articles  sentences  shared  unique\n"
                       "  harbour_gazette         1          2     50%       1\n"
                       "  sound                   1          1    100%       0\n"),
        "table:\n%s", t ? t : "(null)");
  CHECK(t && strstr(t, "\n  Reported by at least 2 of 2 outlets:\n    - The mayor wrote <script>"),
        "consensus, verbatim in text output");
  CHECK(t && strstr(t, "\n  Only in harbour_gazette:\n    - Alpha reporters saw the mayor"),
        "only-in list");
  CHECK(t && !strstr(t, "Only in sound"), "no empty only-in list");
  sl_free(t);
  sl_digest_free(d);
  sl_corpus_free(c);
}

int main(void) {
  test_escape();
  test_html_page();
  test_tree_html();
  test_tree_markdown();
  test_digest_markdown();
  test_coverage_text();
  return test_done("test_render");
}
