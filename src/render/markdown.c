/*
 * markdown.c — a digest as CommonMark, written from the digest's JSON tree
 * (sl_render_digest_json): title and scope line, then Summary, Timeline,
 * Quotes, Coverage and Articles sections, each present only when its part
 * is in the tree.
 *
 * Invariant: every piece of article text goes through md_text(), which
 * backslash-escapes the characters that would start Markdown or HTML
 * syntax and folds line breaks, so article text can never change the
 * document structure.  Output is a pure function of the tree.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"

/* Outlets listed per item at most. */
#define MAX_OUTLETS 64
/* Consensus items listed at most (the JSON has them all). */
#define SHOW_CONSENSUS 5
/* Differences shown per quotation variant. */
#define MAX_EDITS 4
/* Words of one difference shown, at most (bytes). */
#define EDIT_BYTES 60
/* Consensus and unique sentences shown, at most (a run-on "sentence" of a
 * badly split article must not swallow the page); the JSON has them whole. */
#define LIST_BYTES 600

/* Appends s escaped as Markdown inline text (one line). */
static void md_text(sl_buf *b, const char *s) {
  if (!s) return;
  for (const char *p = s; *p; p++) {
    char ch = *p;
    if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    /* an underscore inside a word never starts emphasis: keep it bare */
    bool inword = ch == '_' && p > s && isalnum((unsigned char)p[-1]) &&
                  isalnum((unsigned char)p[1]);
    if (!inword && strchr("\\`*_[]<>|#&~!{}", ch)) sl_buf_putc(b, '\\');
    sl_buf_putc(b, ch);
  }
}

/* md_text of at most max bytes of s, cut at a code point, "…" added. */
static void md_cut(sl_buf *b, const char *s, size_t max) {
  if (!s) return;
  size_t n = strlen(s), k = max;
  if (n <= k) {
    md_text(b, s);
    return;
  }
  while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
  char *tmp = malloc(k + 1);
  if (!tmp) {
    b->oom = true;
    return;
  }
  memcpy(tmp, s, k);
  tmp[k] = '\0';
  md_text(b, tmp);
  free(tmp);
  sl_buf_puts(b, "…");
}

/* Appends " — *A, B*" for the outlets credited by item (nothing if none). */
static void md_outlets(sl_buf *b, const json_t *root, const json_t *item, const char *lead) {
  const char *names[MAX_OUTLETS];
  size_t n = sl_jw_outlets(root, item, names, MAX_OUTLETS);
  if (!n) return;
  sl_buf_puts(b, lead);
  sl_buf_putc(b, '*');
  for (size_t i = 0; i < n; i++) {
    if (i) sl_buf_puts(b, ", ");
    md_text(b, names[i]);
  }
  sl_buf_putc(b, '*');
}

/* Keys under which a part may keep its sentence or quotation text. */
static const char *const K_TEXT[] = {"text", "sentence", "quote", NULL};

/* Title and "N articles from M outlets, FIRST to LAST". */
static void md_header(sl_buf *b, const json_t *root) {
  json_t *arts = json_object_get(root, "articles");
  const char *title = sl_jw_title(root), *lo = NULL, *hi = NULL;
  const char *outlets[4096];
  size_t no = 0, i;
  json_t *a;
  json_array_foreach(arts, i, a) {
    const char *d = json_string_value(json_object_get(a, "date"));
    const char *s = json_string_value(json_object_get(a, "source"));
    if (d && (!lo || strcmp(d, lo) < 0)) lo = d;
    if (d && (!hi || strcmp(d, hi) > 0)) hi = d;
    bool dup = !s;
    for (size_t k = 0; k < no && !dup; k++) dup = !strcmp(outlets[k], s);
    if (!dup && no < SL_COUNTOF(outlets)) outlets[no++] = s;
  }
  sl_buf_puts(b, "# ");
  if (title) md_text(b, title);
  else sl_buf_puts(b, "Story digest");
  size_t na = json_array_size(arts);
  sl_buf_printf(b, "\n\n%zu article%s from %zu outlet%s", na, na == 1 ? "" : "s", no,
                no == 1 ? "" : "s");
  if (lo) {
    sl_buf_puts(b, strcmp(lo, hi) ? ", " : ", on ");
    md_text(b, lo);
    if (strcmp(lo, hi)) sl_buf_puts(b, " to "), md_text(b, hi);
  }
  sl_buf_puts(b, ".\n");
}

/* Summary: a numbered list; the outlets on a second line of the item
 * (two trailing spaces make the hard line break). */
static void md_summary(sl_buf *b, const json_t *root) {
  json_t *sum = sl_jw_part(root, "summary", (const char *const[]){"sentences", "items", NULL});
  if (!sum) return;
  sl_buf_puts(b, "\n## Summary\n\n");
  size_t i;
  json_t *it;
  json_array_foreach(sum, i, it) {
    sl_buf_printf(b, "%zu. ", i + 1);
    md_text(b, sl_jw_str(it, K_TEXT));
    md_outlets(b, root, it, "  \n   — ");
    sl_buf_putc(b, '\n');
  }
}

/* Timeline: one level-3 heading per date (granularity shown when coarser
 * than a day), its sentences as a bullet list with their outlets. */
static void md_timeline(sl_buf *b, const json_t *root) {
  static const char *const keys[] = {"entries", "dates", "events", NULL};
  json_t *tl = sl_jw_part(root, "timeline", keys);
  if (!tl) return;
  sl_buf_puts(b, "\n## Timeline\n");
  size_t i, j;
  json_t *e, *s;
  json_array_foreach(tl, i, e) {
    const char *date = sl_jw_str(e, (const char *const[]){"date", "day", "when", NULL});
    const char *gran = sl_jw_str(e, (const char *const[]){"granularity", NULL});
    sl_buf_puts(b, "\n### ");
    md_text(b, date ? date : "undated");
    if (gran && strcmp(gran, "day") != 0) {
      sl_buf_puts(b, " (");
      md_text(b, gran);
      sl_buf_putc(b, ')');
    }
    sl_buf_puts(b, "\n\n");
    json_t *ss = sl_jw_arr(e, (const char *const[]){"sentences", "events", "items", NULL});
    if (!ss && sl_jw_str(e, K_TEXT)) { /* an entry that is itself one sentence */
      sl_buf_puts(b, "- ");
      md_text(b, sl_jw_str(e, K_TEXT));
      md_outlets(b, root, e, " — ");
      sl_buf_putc(b, '\n');
    }
    json_array_foreach(ss, j, s) {
      sl_buf_puts(b, "- ");
      md_text(b, json_is_string(s) ? json_string_value(s) : sl_jw_str(s, K_TEXT));
      md_outlets(b, root, s, " — ");
      sl_buf_putc(b, '\n');
    }
  }
}

/* How a variant differs from the main wording (its "edits", owned by
 * src/quotes/): " (kind: “from” → “to”; ...)", at most MAX_EDITS. */
static void md_edits(sl_buf *b, const json_t *v) {
  json_t *es = sl_jw_arr(v, (const char *const[]){"edits", "diff", NULL});
  size_t i, shown = 0;
  json_t *e;
  json_array_foreach(es, i, e) {
    const char *kind = sl_jw_str(e, (const char *const[]){"kind", "type", NULL});
    const char *from = sl_jw_str(e, (const char *const[]){"from", NULL});
    const char *to = sl_jw_str(e, (const char *const[]){"to", NULL});
    if (!kind && !from && !to) continue;
    if (shown++ == MAX_EDITS) {
      sl_buf_puts(b, "; …");
      break;
    }
    sl_buf_puts(b, shown == 1 ? " (" : "; ");
    md_text(b, kind);
    if (from || to) sl_buf_puts(b, kind ? ": " : "");
    if (from) sl_buf_puts(b, "“"), md_cut(b, from, EDIT_BYTES), sl_buf_puts(b, "”");
    if (from && to) sl_buf_puts(b, " → ");
    if (to) sl_buf_puts(b, "“"), md_cut(b, to, EDIT_BYTES), sl_buf_puts(b, "”");
  }
  if (shown) sl_buf_putc(b, ')');
}

/* Quotes: a block quotation each, attribution on its last line, then the
 * variants carried by other outlets as a list. */
static void md_quotes(sl_buf *b, const json_t *root) {
  json_t *qs = sl_jw_part(root, "quotes", (const char *const[]){"quotes", "items", NULL});
  if (!qs) return;
  sl_buf_puts(b, "\n## Quotes\n");
  size_t i, j;
  json_t *q, *v;
  json_array_foreach(qs, i, q) {
    sl_buf_puts(b, "\n> “");
    md_text(b, sl_jw_str(q, K_TEXT));
    sl_buf_puts(b, "”\n>\n> — ");
    sl_jw_attribution(b, q, md_text, "**", "**");
    md_outlets(b, root, q, "; carried by ");
    sl_buf_putc(b, '\n');
    json_t *vars = sl_jw_arr(q, (const char *const[]){"variants", NULL});
    json_array_foreach(vars, j, v) {
      const char *vt = json_is_string(v) ? json_string_value(v) : sl_jw_str(v, K_TEXT);
      if (!vt) continue;
      if (j == 0) sl_buf_puts(b, "\nVariants:\n\n");
      sl_buf_puts(b, "- “");
      md_text(b, vt);
      sl_buf_puts(b, "”");
      md_outlets(b, root, v, " — ");
      md_edits(b, v);
      sl_buf_putc(b, '\n');
    }
  }
}

/* Coverage: a table (outlet, articles, sentences, shared %, unique), the
 * consensus list (capped), then "Only in X:" with the best three unique
 * sentences of each outlet. */
static void md_coverage(sl_buf *b, const json_t *root) {
  json_t *cv = json_object_get(root, "coverage");
  json_t *outs = sl_jw_arr(cv, (const char *const[]){"outlets", NULL});
  if (!outs) return;
  sl_buf_puts(b, "\n## Coverage\n\n| Outlet | Articles | Sentences | Shared | Unique |\n"
                 "|---|--:|--:|--:|--:|\n");
  size_t i, j;
  json_t *o, *s;
  json_array_foreach(outs, i, o) {
    sl_buf_puts(b, "| ");
    md_text(b, json_string_value(json_object_get(o, "name")));
    sl_buf_printf(b, " | %zu | %lld | %lld%% | %lld |\n",
                  json_array_size(json_object_get(o, "articles")),
                  json_integer_value(json_object_get(o, "sentences")),
                  json_integer_value(json_object_get(o, "shared_pct")),
                  json_integer_value(json_object_get(o, "unique_sentences")));
  }
  json_t *shared = json_object_get(cv, "shared");
  bool head = false;
  size_t shown = 0;
  json_array_foreach(shared, i, s) {
    if (!json_is_true(json_object_get(s, "consensus"))) continue;
    if (!head)
      sl_buf_printf(b, "\n**Reported by at least %lld of %zu outlets:**\n\n",
                    json_integer_value(json_object_get(cv, "consensus_min")),
                    json_array_size(outs));
    head = true;
    if (++shown > SHOW_CONSENSUS) continue; /* counted, not shown */
    sl_buf_puts(b, "- ");
    md_cut(b, sl_jw_str(s, K_TEXT), LIST_BYTES);
    sl_buf_printf(b, " *(%zu outlets)*\n", json_array_size(json_object_get(s, "outlets")));
  }
  if (shown > SHOW_CONSENSUS) sl_buf_printf(b, "- … and %zu more\n", shown - SHOW_CONSENSUS);
  if (json_array_size(outs) < 2) return;
  json_array_foreach(outs, i, o) {
    json_t *u = json_object_get(o, "unique");
    if (!json_array_size(u)) continue;
    sl_buf_puts(b, "\n**Only in ");
    md_text(b, json_string_value(json_object_get(o, "name")));
    sl_buf_puts(b, ":**\n\n");
    json_array_foreach(u, j, s) {
      if (j == 3) break; /* the best three */
      sl_buf_puts(b, "- ");
      md_cut(b, sl_jw_str(s, K_TEXT), LIST_BYTES);
      sl_buf_putc(b, '\n');
    }
  }
}

/* Articles: a table of date, outlet and title (the id when untitled). */
static void md_articles(sl_buf *b, const json_t *root) {
  json_t *arts = json_object_get(root, "articles");
  if (!json_array_size(arts)) return;
  sl_buf_puts(b, "\n## Articles\n\n| Date | Outlet | Title |\n|---|---|---|\n");
  size_t i;
  json_t *a;
  json_array_foreach(arts, i, a) {
    const char *d = json_string_value(json_object_get(a, "date"));
    const char *t = json_string_value(json_object_get(a, "title"));
    sl_buf_printf(b, "| %s | ", d ? d : "undated");
    md_text(b, json_string_value(json_object_get(a, "source")));
    sl_buf_puts(b, " | ");
    md_text(b, t ? t : json_string_value(json_object_get(a, "id")));
    sl_buf_puts(b, " |\n");
  }
}

/* The document, section by section; a section appears only when its part
 * is in the tree. */
void sl_render_markdown(sl_buf *b, const json_t *root) {
  md_header(b, root);
  md_summary(b, root);
  md_timeline(b, root);
  md_quotes(b, root);
  md_coverage(b, root);
  md_articles(b, root);
}
