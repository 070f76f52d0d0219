/*
 * html.c — a digest as ONE self-contained HTML page, written from the
 * digest's JSON tree (sl_render_digest_json): inline CSS (light and dark,
 * phone and desktop), no scripts, fonts, images or any other external
 * resource, so the file works offline and can be mailed as is.  Two inline
 * SVG figures: the timeline (dates on an axis, markers sized by the number
 * of outlets) and the coverage heat grid (outlets x shared content), plus
 * an outlet x outlet overlap grid.
 *
 * Invariant: every string taken from the tree (article text, names,
 * titles, dates) goes through sl_html_escape() before it reaches the page,
 * in text and in attribute values alike; links are emitted only for
 * http(s) article URLs.  Output is a pure function of the tree.
 */
#include <math.h>
#include <string.h>

#include "render.h"

#define MAX_OUTLETS 64    /* outlets credited per item, at most */
#define PALETTE 8         /* outlet colours (CSS classes o0..o7) */
#define GRID_COLS 60      /* shared-content columns in the heat grid, at most */
#define TIP_BYTES 240     /* tooltip text, at most (cut at a UTF-8 boundary) */
#define SHOW_CONSENSUS 5  /* consensus items listed at most (the JSON has them all) */
#define MAX_EDITS 4       /* differences shown per quotation variant */
#define EDIT_BYTES 60     /* words of one difference shown, at most */
#define LIST_BYTES 600    /* consensus/unique sentence shown, at most (JSON: whole) */

/* Copies runs of ordinary bytes in one call and replaces the five
 * characters that matter in text and in quoted attribute values.  UTF-8
 * passes through untouched (the tree holds valid UTF-8 only). */
void sl_html_escape(sl_buf *b, const char *s, size_t n) {
  size_t run = 0; /* bytes copied verbatim since the last entity */
  for (size_t i = 0; i < n; i++) {
    const char *ent = NULL;
    switch (s[i]) {
    case '&': ent = "&amp;"; break;
    case '<': ent = "&lt;"; break;
    case '>': ent = "&gt;"; break;
    case '"': ent = "&quot;"; break;
    case '\'': ent = "&#39;"; break;
    default: run++; continue;
    }
    sl_buf_put(b, s + i - run, run);
    sl_buf_puts(b, ent);
    run = 0;
  }
  sl_buf_put(b, s + n - run, run);
}

/* Escapes a NUL-terminated string; NULL appends nothing. */
static void esc(sl_buf *b, const char *s) {
  if (s) sl_html_escape(b, s, strlen(s));
}

/* Escapes at most max bytes of s, cut at a code point boundary, with "…". */
static void esc_cut(sl_buf *b, const char *s, size_t max) {
  if (!s) return;
  size_t n = strlen(s);
  if (n <= max) {
    sl_html_escape(b, s, n);
    return;
  }
  while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80) max--;
  sl_html_escape(b, s, max);
  sl_buf_puts(b, "…");
}

static const char css[] =
    ":root{--fg:#1d1d1f;--bg:#fff;--muted:#66666d;--accent:#2563eb;--line:#dcdce2;"
    "--grid:#eceef2;--card:#f5f6f8}\n"
    "@media (prefers-color-scheme:dark){:root{--fg:#e7e7ea;--bg:#141417;--muted:#a2a2aa;"
    "--accent:#5b8def;--line:#34353b;--grid:#25262b;--card:#1c1d22}}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"
    "'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;-webkit-text-size-adjust:100%}\n"
    "main{max-width:52rem;margin:0 auto;padding:1.25rem 1rem 3rem;overflow-wrap:break-word}\n"
    "h1{font-size:1.7rem;line-height:1.25;margin:.2rem 0 .4rem}\n"
    "h2{font-size:1.25rem;margin:2.2rem 0 .8rem;padding-bottom:.3rem;"
    "border-bottom:1px solid var(--line)}\n"
    "h3{font-size:1rem;margin:1.4rem 0 .4rem}\n"
    ".kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.75rem;color:var(--muted);"
    "margin:0}\n"
    ".meta{color:var(--muted);margin:0 0 .6rem}\n"
    "nav{display:flex;flex-wrap:wrap;gap:.2rem 1rem}"
    "nav a{color:var(--accent);text-decoration:none;font-size:.9rem}\n"
    "ol.summary{padding-left:1.5rem}ol.summary li{margin:0 0 .9rem}ol.summary p{margin:0}\n"
    ".src{margin-top:.25rem!important;font-size:.8rem}\n"
    ".chip{display:inline-block;padding:0 .5rem;margin:0 .25rem .25rem 0;border-radius:999px;"
    "border:1px solid currentColor;font-size:.75rem;line-height:1.6;white-space:nowrap}\n"
    ".o0{color:#2563eb}.o1{color:#c2410c}.o2{color:#15803d}.o3{color:#9333ea}"
    ".o4{color:#be123c}.o5{color:#0e7490}.o6{color:#a16207}.o7{color:#db2777}\n"
    "figure{margin:1rem 0}.scroll{overflow-x:auto}"
    "svg{width:100%;height:auto;display:block}\n"
    "figcaption{font-size:.8rem;color:var(--muted);margin-top:.3rem}\n"
    "svg text{fill:var(--fg);font:12px system-ui,sans-serif}svg .lab{fill:var(--muted)}\n"
    "svg .axis{stroke:var(--muted);stroke-width:1.5}svg .tick{stroke:var(--line)}\n"
    "svg .dot{fill:var(--accent);fill-opacity:.7;stroke:var(--bg);stroke-width:1.5}\n"
    "svg .on{fill:var(--accent)}svg .off{fill:var(--grid)}svg text.hi{fill:#fff}\n"
    ".tl{list-style:none;padding:0;margin:0}.tl>li{display:grid;grid-template-columns:8rem 1fr;"
    "gap:.75rem;padding:.55rem 0;border-top:1px solid var(--line)}\n"
    ".tl time{font-weight:600;font-variant-numeric:tabular-nums}"
    ".tl ul{margin:0;padding-left:1.1rem}.tl li li{margin-bottom:.3rem}\n"
    "blockquote{margin:0 0 1rem;padding:.75rem 1rem;background:var(--card);"
    "border-left:4px solid var(--accent);border-radius:4px}\n"
    "blockquote p{margin:0 0 .4rem;font-size:1.05rem}"
    "blockquote footer{font-size:.85rem;color:var(--muted)}\n"
    "details{font-size:.85rem;margin-top:.4rem}details ul{margin:.3rem 0;padding-left:1.1rem}\n"
    "table{border-collapse:collapse;width:100%;font-size:.9rem}\n"
    "th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);"
    "vertical-align:top}th{font-weight:600}\n"
    ".n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    ".unique li,.consensus li{margin-bottom:.45rem}.note{color:var(--muted);font-size:.9rem}\n"
    "a{color:var(--accent)}footer.page{margin-top:3rem;font-size:.8rem;color:var(--muted)}\n"
    "@media (max-width:36rem){body{font-size:15px}.tl>li{grid-template-columns:1fr;gap:.1rem}"
    "h1{font-size:1.4rem}.hide-sm{display:none}th,td{padding:.3rem .3rem}}\n";

/* Rendering context: the page buffer, the tree, outlets for colours. */
typedef struct page {
  sl_buf *b;
  const json_t *root;
  const char *outlets[4096]; /* distinct sources in article order */
  size_t no;
} page;

/* Colour class index of an outlet name. */
static size_t colour(const page *p, const char *name) {
  for (size_t i = 0; i < p->no; i++)
    if (!strcmp(p->outlets[i], name)) return i % PALETTE;
  return PALETTE - 1;
}

/* One outlet name as a coloured pill; the colour follows the outlet
 * through every section of the page. */
static void chip(page *p, const char *name) {
  sl_buf_printf(p->b, "<span class=\"chip o%zu\">", colour(p, name));
  esc(p->b, name);
  sl_buf_puts(p->b, "</span>");
}

/* Chips for the outlets credited by item; returns how many. */
static size_t chips(page *p, const json_t *item, const char *cls) {
  const char *names[MAX_OUTLETS];
  size_t n = sl_jw_outlets(p->root, item, names, MAX_OUTLETS);
  if (!n) return 0;
  sl_buf_printf(p->b, "<span class=\"%s\">", cls);
  for (size_t i = 0; i < n; i++) chip(p, names[i]);
  sl_buf_puts(p->b, "</span>");
  return n;
}

/* Keys under which a part may keep its sentence or quotation text. */
static const char *const K_TEXT[] = {"text", "sentence", "quote", NULL};

/* <head> with the inline stylesheet, then the page header: headline,
 * scope line ("N articles from M outlets, FIRST to LAST") and the section
 * navigation.  Also collects the outlets in article order for colours. */
static void header(page *p) {
  sl_buf *b = p->b;
  json_t *arts = json_object_get(p->root, "articles");
  const char *title = sl_jw_title(p->root), *lo = NULL, *hi = NULL;
  size_t i;
  json_t *a;
  json_array_foreach(arts, i, a) {
    const char *d = json_string_value(json_object_get(a, "date"));
    const char *s = json_string_value(json_object_get(a, "source"));
    if (d && (!lo || strcmp(d, lo) < 0)) lo = d;
    if (d && (!hi || strcmp(d, hi) > 0)) hi = d;
    bool dup = !s;
    for (size_t k = 0; k < p->no && !dup; k++) dup = !strcmp(p->outlets[k], s);
    if (!dup && p->no < SL_COUNTOF(p->outlets)) p->outlets[p->no++] = s;
  }
  sl_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<meta name=\"generator\" content=\"storyloom ");
  esc(b, json_string_value(json_object_get(p->root, "storyloom")));
  sl_buf_puts(b, "\">\n<title>");
  esc(b, title ? title : "Story digest");
  sl_buf_printf(b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n<header>\n", css);
  sl_buf_puts(b, "<p class=\"kicker\">Story digest</p>\n<h1>");
  esc(b, title ? title : "Story digest");
  size_t na = json_array_size(arts);
  sl_buf_printf(b, "</h1>\n<p class=\"meta\">%zu article%s from %zu outlet%s", na,
                na == 1 ? "" : "s", p->no, p->no == 1 ? "" : "s");
  if (lo) {
    sl_buf_puts(b, strcmp(lo, hi) ? ", " : ", on ");
    esc(b, lo);
    if (strcmp(lo, hi)) sl_buf_puts(b, " to "), esc(b, hi);
  }
  sl_buf_puts(b, "</p>\n<nav>");
  static const char *const parts[][2] = {{"summary", "Summary"},   {"timeline", "Timeline"},
                                         {"quotes", "Quotes"},     {"coverage", "Coverage"}};
  for (size_t k = 0; k < SL_COUNTOF(parts); k++)
    if (json_object_get(p->root, parts[k][0]))
      sl_buf_printf(b, "<a href=\"#%s\">%s</a>", parts[k][0], parts[k][1]);
  sl_buf_puts(b, "<a href=\"#articles\">Articles</a></nav>\n</header>\n");
}

/* Summary: an ordered list, each sentence followed by the chips of every
 * outlet that carried it. */
static void summary(page *p) {
  json_t *sum = sl_jw_part(p->root, "summary", (const char *const[]){"sentences", "items", NULL});
  if (!sum) return;
  sl_buf *b = p->b;
  sl_buf_puts(b, "<section id=\"summary\">\n<h2>Summary</h2>\n");
  if (!json_array_size(sum)) sl_buf_puts(b, "<p class=\"note\">No summary sentences.</p>\n");
  else sl_buf_puts(b, "<ol class=\"summary\">\n");
  size_t i;
  json_t *it;
  json_array_foreach(sum, i, it) {
    sl_buf_puts(b, "<li><p>");
    esc(b, sl_jw_str(it, K_TEXT));
    sl_buf_puts(b, "</p><p class=\"src\">");
    chips(p, it, "chips");
    sl_buf_puts(b, "</p></li>\n");
  }
  if (json_array_size(sum)) sl_buf_puts(b, "</ol>\n");
  sl_buf_puts(b, "</section>\n");
}

/* Day number of a timeline date "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
static int32_t tl_day(const char *s) {
  if (!s) return SL_NO_DATE;
  char buf[16];
  size_t n = strlen(s);
  if (n >= 10) return sl_date_parse(s, n);
  if (n == 7) snprintf(buf, sizeof buf, "%.7s-01", s);
  else if (n == 4) snprintf(buf, sizeof buf, "%.4s-01-01", s);
  else return SL_NO_DATE;
  return sl_date_parse(buf, strlen(buf));
}

/* Keys for an entry's date and its sentences (timeline JSON is owned by
 * src/timeline/; these are the spellings accepted). */
static const char *const K_DATE[] = {"date", "day", "when", NULL};
static const char *const K_SENTS[] = {"sentences", "events", "items", NULL};

/* Distinct outlets over a timeline entry's sentences (or the entry). */
static size_t tl_outlets(page *p, const json_t *e) {
  const char *all[MAX_OUTLETS], *one[MAX_OUTLETS];
  size_t n = sl_jw_outlets(p->root, e, all, MAX_OUTLETS), j;
  json_t *s;
  json_array_foreach(sl_jw_arr(e, K_SENTS), j, s) {
    size_t m = sl_jw_outlets(p->root, s, one, MAX_OUTLETS);
    for (size_t k = 0; k < m; k++) {
      bool dup = false;
      for (size_t x = 0; x < n && !dup; x++) dup = !strcmp(all[x], one[k]);
      if (!dup && n < MAX_OUTLETS) all[n++] = one[k];
    }
  }
  return n;
}

/* One dated timeline entry on the axis. */
typedef struct marker {
  double x, r;    /* centre on the axis, radius */
  size_t no;      /* outlets reporting it */
  const char *ds; /* its date as written (borrowed from the tree) */
  size_t i;       /* entry order, the last tie-breaker */
} marker;

static int by_x(const void *p, const void *q) {
  const marker *a = p, *b = q;
  if (a->x != b->x) return a->x < b->x ? -1 : 1;
  return a->i < b->i ? -1 : a->i > b->i;
}

static int by_r(const void *p, const void *q) {
  const marker *a = p, *b = q;
  if (a->r != b->r) return a->r > b->r ? -1 : 1;
  return a->i < b->i ? -1 : a->i > b->i;
}

/* The timeline figure: a date axis with one marker per dated entry, its
 * area proportional to the number of outlets reporting it. */
static void timeline_svg(page *p, const json_t *tl) {
  sl_buf *b = p->b;
  const double W = 720, H = 150, L = 50, R = 50, Y = 80;
  int32_t lo = SL_NO_DATE, hi = SL_NO_DATE;
  size_t i, ndated = 0;
  json_t *e;
  json_array_foreach(tl, i, e) {
    int32_t d = tl_day(sl_jw_str(e, K_DATE));
    if (d == SL_NO_DATE) continue;
    ndated++;
    if (lo == SL_NO_DATE || d < lo) lo = d;
    if (hi == SL_NO_DATE || d > hi) hi = d;
  }
  if (!ndated) return;
  sl_buf_printf(b, "<figure><div class=\"scroll\"><svg viewBox=\"0 0 %.0f %.0f\" "
                   "style=\"min-width:26rem\" role=\"img\" aria-label=\"Timeline: %zu dates\">\n",
                W, H, ndated);
  sl_buf_printf(b, "<line class=\"axis\" x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\"/>\n",
                L - 20, Y, W - R + 20, Y);
  marker *m = malloc(ndated * sizeof *m);
  if (!m) {
    b->oom = true;
    return;
  }
  size_t n = 0;
  json_array_foreach(tl, i, e) {
    const char *ds = sl_jw_str(e, K_DATE);
    int32_t d = tl_day(ds);
    if (d == SL_NO_DATE) continue;
    size_t no = tl_outlets(p, e);
    m[n].x = hi > lo ? L + (W - L - R) * (double)(d - lo) / (double)(hi - lo) : W / 2;
    m[n].r = 4 + 3.5 * sqrt((double)(no ? no : 1));
    m[n].no = no;
    m[n].ds = ds;
    m[n].i = n;
    n++;
  }
  /* labels left to right, alternating above and below the axis, skipped
     where they would overlap the previous one on the same side */
  qsort(m, n, sizeof *m, by_x);
  double last_x[2] = {-1e9, -1e9};
  for (size_t k = 0; k < n; k++) {
    int side = (int)(k % 2);
    if (m[k].x - last_x[side] < 78) continue;
    double ty = side ? Y + 40 : Y - 30;
    sl_buf_printf(b, "<line class=\"tick\" x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\"/>",
                  m[k].x, side ? Y + m[k].r : Y - m[k].r, m[k].x, side ? ty - 12 : ty + 4);
    sl_buf_printf(b, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">", m[k].x, ty);
    esc(b, m[k].ds);
    sl_buf_puts(b, "</text>\n");
    last_x[side] = m[k].x;
  }
  /* markers largest first, so a small one next to a big one stays visible */
  qsort(m, n, sizeof *m, by_r);
  for (size_t k = 0; k < n; k++) {
    sl_buf_printf(b, "<circle class=\"dot\" cx=\"%.1f\" cy=\"%.0f\" r=\"%.1f\"><title>", m[k].x, Y,
                  m[k].r);
    esc(b, m[k].ds);
    sl_buf_printf(b, ": %zu outlet%s</title></circle>\n", m[k].no, m[k].no == 1 ? "" : "s");
  }
  free(m);
  sl_buf_puts(b, "</svg></div><figcaption>Each marker is a date in the story; its size shows "
                 "how many outlets reported what happened then.</figcaption></figure>\n");
}

/* Timeline: the SVG axis, then one row per entry (date, granularity when
 * coarser than a day, its sentences with their outlets). */
static void timeline(page *p) {
  static const char *const keys[] = {"entries", "dates", "events", NULL};
  json_t *tl = sl_jw_part(p->root, "timeline", keys);
  if (!tl) return;
  sl_buf *b = p->b;
  sl_buf_puts(b, "<section id=\"timeline\">\n<h2>Timeline</h2>\n");
  if (!json_array_size(tl)) sl_buf_puts(b, "<p class=\"note\">No dated events.</p>\n");
  timeline_svg(p, tl);
  if (json_array_size(tl)) sl_buf_puts(b, "<ol class=\"tl\">\n");
  size_t i, j;
  json_t *e, *s;
  json_array_foreach(tl, i, e) {
    const char *ds = sl_jw_str(e, K_DATE);
    const char *gran = sl_jw_str(e, (const char *const[]){"granularity", NULL});
    sl_buf_puts(b, "<li><time>");
    esc(b, ds ? ds : "undated");
    if (gran && strcmp(gran, "day") != 0) {
      sl_buf_puts(b, " <small>(");
      esc(b, gran);
      sl_buf_puts(b, ")</small>");
    }
    sl_buf_puts(b, "</time><ul>");
    json_t *ss = sl_jw_arr(e, K_SENTS);
    if (!ss && sl_jw_str(e, K_TEXT)) {
      sl_buf_puts(b, "<li>");
      esc(b, sl_jw_str(e, K_TEXT));
      sl_buf_puts(b, " ");
      chips(p, e, "chips");
      sl_buf_puts(b, "</li>");
    }
    json_array_foreach(ss, j, s) {
      sl_buf_puts(b, "<li>");
      esc(b, json_is_string(s) ? json_string_value(s) : sl_jw_str(s, K_TEXT));
      sl_buf_puts(b, " ");
      chips(p, s, "chips");
      sl_buf_puts(b, "</li>");
    }
    sl_buf_puts(b, "</ul></li>\n");
  }
  if (json_array_size(tl)) sl_buf_puts(b, "</ol>\n");
  sl_buf_puts(b, "</section>\n");
}

/* How a variant differs from the main wording, from its "edits" array
 * ({kind, from, to}; owned by src/quotes/): "kind: “from” → “to”". */
static void edits(page *p, const json_t *v) {
  json_t *es = sl_jw_arr(v, (const char *const[]){"edits", "diff", NULL});
  size_t i, shown = 0;
  json_t *e;
  json_array_foreach(es, i, e) {
    const char *kind = sl_jw_str(e, (const char *const[]){"kind", "type", NULL});
    const char *from = sl_jw_str(e, (const char *const[]){"from", NULL});
    const char *to = sl_jw_str(e, (const char *const[]){"to", NULL});
    if (!kind && !from && !to) continue;
    if (kind && from && !strcmp(kind, "moved")) to = NULL; /* the same words: shown once */
    if (shown++ == MAX_EDITS) {
      sl_buf_puts(p->b, "; …");
      break;
    }
    sl_buf_puts(p->b, shown == 1 ? "<br><small class=\"note\">" : "; ");
    esc(p->b, kind);
    if (from || to) sl_buf_puts(p->b, kind ? ": " : "");
    if (from) sl_buf_puts(p->b, "“"), esc_cut(p->b, from, EDIT_BYTES), sl_buf_puts(p->b, "”");
    if (from && to) sl_buf_puts(p->b, " → ");
    if (to) sl_buf_puts(p->b, "“"), esc_cut(p->b, to, EDIT_BYTES), sl_buf_puts(p->b, "”");
  }
  if (shown) sl_buf_puts(p->b, "</small>");
}

/* Quotes: one block quotation each, with speaker, cue and venue, the
 * carrying outlets, and the other outlets' wordings folded in <details>
 * (no script needed to open it). */
static void quotes(page *p) {
  json_t *qs = sl_jw_part(p->root, "quotes", (const char *const[]){"quotes", "items", NULL});
  if (!qs) return;
  sl_buf *b = p->b;
  sl_buf_puts(b, "<section id=\"quotes\">\n<h2>Quotes</h2>\n");
  if (!json_array_size(qs)) sl_buf_puts(b, "<p class=\"note\">No quotations.</p>\n");
  size_t i, j;
  json_t *q, *v;
  json_array_foreach(qs, i, q) {
    sl_buf_puts(b, "<blockquote><p>“");
    esc(b, sl_jw_str(q, K_TEXT));
    sl_buf_puts(b, "”</p><footer>— ");
    sl_jw_attribution(b, q, esc, "<b>", "</b>");
    sl_buf_puts(b, "<br>");
    chips(p, q, "chips");
    sl_buf_puts(b, "</footer>");
    json_t *vars = sl_jw_arr(q, (const char *const[]){"variants", NULL});
    size_t nv = 0;
    json_array_foreach(vars, j, v) nv += (json_is_string(v) || sl_jw_str(v, K_TEXT)) != 0;
    if (nv) {
      sl_buf_printf(b, "<details><summary>%zu variant%s across outlets</summary><ul>", nv,
                    nv == 1 ? "" : "s");
      json_array_foreach(vars, j, v) {
        const char *vt = json_is_string(v) ? json_string_value(v) : sl_jw_str(v, K_TEXT);
        if (!vt) continue;
        sl_buf_puts(b, "<li>“");
        esc(b, vt);
        sl_buf_puts(b, "” ");
        chips(p, v, "chips");
        edits(p, v);
        sl_buf_puts(b, "</li>");
      }
      sl_buf_puts(b, "</ul></details>");
    }
    sl_buf_puts(b, "</blockquote>\n");
  }
  sl_buf_puts(b, "</section>\n");
}

/* Estimated label width in SVG units for names up to 24 characters. */
static double label_width(const json_t *outs) {
  size_t w = 6, i;
  json_t *o;
  json_array_foreach(outs, i, o) {
    const char *s = json_string_value(json_object_get(o, "name"));
    size_t n = 0;
    for (; s && *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    w = SL_MAX(w, SL_MIN(n, 24));
  }
  return 20 + 7.5 * (double)w;
}

/* Appends an outlet name label (cut to 24 characters) in SVG. */
static void svg_label(sl_buf *b, const char *name, double x, double y) {
  sl_buf_printf(b, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"end\">", x, y);
  esc_cut(b, name, 24);
  sl_buf_puts(b, "</text>\n");
}

/* Heat grid: outlets (rows) x content carried by two outlets or more
 * (columns, most widely carried first); a cell is filled when the outlet
 * carried that content, darker when more outlets did. */
static void coverage_grid(page *p, const json_t *cv, const json_t *outs) {
  sl_buf *b = p->b;
  json_t *shared = json_object_get(cv, "shared");
  size_t ncol = SL_MIN(json_array_size(shared), GRID_COLS), nrow = json_array_size(outs);
  if (!ncol) {
    sl_buf_puts(b, "<p class=\"note\">No content was carried by more than one outlet.</p>\n");
    return;
  }
  double lw = label_width(outs), cs = SL_MIN(24.0, SL_MAX(9.0, (720 - lw) / (double)ncol));
  double W = lw + cs * (double)ncol + 4, H = 26 + cs * (double)nrow + 4;
  sl_buf_printf(b, "<h3>Shared content by outlet</h3>\n<figure><div class=\"scroll\">"
                   "<svg viewBox=\"0 0 %.0f %.0f\" style=\"width:%.0fpx\" role=\"img\" "
                   "aria-label=\"Coverage grid: %zu outlets by %zu shared items\">\n",
                W, H, W, nrow, ncol);
  for (size_t c = 0; c < ncol; c += 5) /* column numbers every fifth column */
    sl_buf_printf(b, "<text class=\"lab\" x=\"%.1f\" y=\"16\" text-anchor=\"middle\">%zu</text>",
                  lw + cs * ((double)c + 0.5), c + 1);
  sl_buf_putc(b, '\n');
  size_t r, c;
  json_t *o, *s;
  json_array_foreach(outs, r, o) {
    double y = 26 + cs * (double)r;
    svg_label(b, json_string_value(json_object_get(o, "name")), lw - 8, y + cs * 0.5 + 4);
    json_array_foreach(shared, c, s) {
      if (c >= ncol) break;
      json_t *os = json_object_get(s, "outlets");
      size_t k = json_array_size(os), x;
      json_t *v;
      bool on = false;
      json_array_foreach(os, x, v) on = on || json_integer_value(v) == (json_int_t)r;
      double op = 0.3 + 0.7 * (double)k / (double)(nrow ? nrow : 1);
      sl_buf_printf(b, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"",
                    on ? "on" : "off", lw + cs * (double)c + 1, y + 1, cs - 2, cs - 2);
      if (on) sl_buf_printf(b, " fill-opacity=\"%.2f\"", op);
      sl_buf_printf(b, "><title>#%zu, %zu outlets: ", c + 1, k);
      esc_cut(b, sl_jw_str(s, K_TEXT), TIP_BYTES);
      sl_buf_puts(b, "</title></rect>");
    }
    sl_buf_putc(b, '\n');
  }
  sl_buf_puts(b, "</svg></div><figcaption>Rows are outlets; each column is one piece of content "
                 "reported by at least two outlets, most widely reported first");
  if (json_array_size(shared) > ncol)
    sl_buf_printf(b, " (the first %zu of %zu)", ncol, json_array_size(shared));
  sl_buf_puts(b, ". A filled cell means the outlet reported it; darker means more outlets did. "
                 "Hover a cell for the sentence.</figcaption></figure>\n");
}

/* Overlap grid: Jaccard similarity (per cent) of what each pair reported. */
static void overlap_grid(page *p, const json_t *cv, const json_t *outs) {
  sl_buf *b = p->b;
  json_t *ov = json_object_get(cv, "overlap_pct");
  size_t n = json_array_size(ov);
  if (n < 2 || n != json_array_size(outs)) return;
  double lw = label_width(outs), cs = SL_MIN(44.0, SL_MAX(22.0, (720 - lw) / (double)n));
  double W = lw + cs * (double)n + 4, H = cs * (double)n + 4;
  sl_buf_printf(b, "<h3>Overlap between outlets</h3>\n<figure><div class=\"scroll\">"
                   "<svg viewBox=\"0 0 %.0f %.0f\" style=\"width:%.0fpx\" "
                   "role=\"img\" aria-label=\"Overlap between %zu outlets\">\n",
                W, H, W, n);
  size_t r, c;
  json_t *row, *v;
  long long top = 1; /* largest overlap between two different outlets: shades are relative */
  json_array_foreach(ov, r, row) {
    json_array_foreach(row, c, v) {
      if (r != c && json_integer_value(v) > top) top = json_integer_value(v);
    }
  }
  json_array_foreach(ov, r, row) {
    double y = cs * (double)r;
    svg_label(b, json_string_value(json_object_get(json_array_get(outs, r), "name")), lw - 8,
              y + cs * 0.5 + 4);
    json_array_foreach(row, c, v) {
      long long pc = json_integer_value(v);
      double x = lw + cs * (double)c;
      sl_buf_printf(b, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"",
                    r == c ? "off" : "on", x + 1, y + 1, cs - 2, cs - 2);
      double op = 0.08 + 0.82 * (double)pc / (double)top;
      if (r != c) sl_buf_printf(b, " fill-opacity=\"%.2f\"", op);
      sl_buf_puts(b, "><title>");
      esc(b, json_string_value(json_object_get(json_array_get(outs, r), "name")));
      sl_buf_puts(b, " / ");
      esc(b, json_string_value(json_object_get(json_array_get(outs, c), "name")));
      sl_buf_printf(b, ": %lld%%</title></rect>", pc);
      if (r != c)
        sl_buf_printf(b, "<text%s x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%lld</text>",
                      op > 0.6 ? " class=\"hi\"" : "", x + cs / 2, y + cs / 2 + 4, pc);
    }
    sl_buf_putc(b, '\n');
  }
  sl_buf_puts(b, "</svg></div><figcaption>Share of content two outlets have in common "
                 "(Jaccard, per cent), in the same row order as the table; the darkest cell is the "
                 "closest pair.</figcaption>"
                 "</figure>\n");
}

/* Coverage: the outlet table, the consensus list, the two SVG grids and
 * each outlet's best unique sentences. */
static void coverage(page *p) {
  json_t *cv = json_object_get(p->root, "coverage");
  json_t *outs = sl_jw_arr(cv, (const char *const[]){"outlets", NULL});
  if (!outs) return;
  sl_buf *b = p->b;
  sl_buf_puts(b, "<section id=\"coverage\">\n<h2>Coverage</h2>\n<div class=\"scroll\"><table>"
                 "<thead><tr><th>Outlet</th><th class=\"n\">Articles</th>"
                 "<th class=\"n\">Sentences</th><th class=\"n\">Shared</th>"
                 "<th class=\"n\">Unique</th></tr></thead><tbody>\n");
  size_t i, j;
  json_t *o, *s;
  json_array_foreach(outs, i, o) {
    sl_buf_puts(b, "<tr><td>");
    chip(p, json_string_value(json_object_get(o, "name")));
    sl_buf_printf(b, "</td><td class=\"n\">%zu</td><td class=\"n\">%lld</td>"
                     "<td class=\"n\">%lld%%</td><td class=\"n\">%lld</td></tr>\n",
                  json_array_size(json_object_get(o, "articles")),
                  json_integer_value(json_object_get(o, "sentences")),
                  json_integer_value(json_object_get(o, "shared_pct")),
                  json_integer_value(json_object_get(o, "unique_sentences")));
  }
  sl_buf_puts(b, "</tbody></table></div>\n");
  json_t *shared = json_object_get(cv, "shared");
  bool head = false;
  size_t shown = 0;
  json_array_foreach(shared, i, s) {
    if (!json_is_true(json_object_get(s, "consensus"))) continue;
    if (!head)
      sl_buf_printf(b, "<h3>Reported by at least %lld of %zu outlets</h3>\n"
                       "<ul class=\"consensus\">\n",
                    json_integer_value(json_object_get(cv, "consensus_min")),
                    json_array_size(outs));
    head = true;
    if (++shown > SHOW_CONSENSUS) continue; /* counted, not shown */
    sl_buf_puts(b, "<li>");
    esc_cut(b, sl_jw_str(s, K_TEXT), LIST_BYTES);
    sl_buf_printf(b, " <span class=\"note\">(%zu outlets)</span></li>\n",
                  json_array_size(json_object_get(s, "outlets")));
  }
  if (shown > SHOW_CONSENSUS)
    sl_buf_printf(b, "<li class=\"note\">… and %zu more</li>\n", shown - SHOW_CONSENSUS);
  if (head) sl_buf_puts(b, "</ul>\n");
  if (json_array_size(outs) > 1) {
    coverage_grid(p, cv, outs);
    overlap_grid(p, cv, outs);
  }
  json_array_foreach(outs, i, o) {
    json_t *u = json_object_get(o, "unique");
    if (!json_array_size(u) || json_array_size(outs) < 2) continue;
    sl_buf_puts(b, "<h3>Only in ");
    chip(p, json_string_value(json_object_get(o, "name")));
    sl_buf_puts(b, "</h3>\n<ul class=\"unique\">\n");
    json_array_foreach(u, j, s) {
      if (j == 3) break; /* the best three */
      sl_buf_puts(b, "<li>");
      esc_cut(b, sl_jw_str(s, K_TEXT), LIST_BYTES);
      sl_buf_puts(b, "</li>\n");
    }
    sl_buf_puts(b, "</ul>\n");
  }
  sl_buf_puts(b, "</section>\n");
}

/* True for an absolute http(s) URL, the only kind we link to. */
static bool web_url(const char *u) {
  return u && (!strncmp(u, "https://", 8) || !strncmp(u, "http://", 7));
}

/* Articles: date, outlet, title (linked only for http(s) URLs), words. */
static void articles(page *p) {
  sl_buf *b = p->b;
  json_t *arts = json_object_get(p->root, "articles");
  sl_buf_puts(b, "<section id=\"articles\">\n<h2>Articles</h2>\n<div class=\"scroll\"><table>"
                 "<thead><tr><th>Date</th><th>Outlet</th><th>Title</th>"
                 "<th class=\"n hide-sm\">Words</th></tr></thead><tbody>\n");
  size_t i;
  json_t *a;
  json_array_foreach(arts, i, a) {
    const char *d = json_string_value(json_object_get(a, "date"));
    const char *t = json_string_value(json_object_get(a, "title"));
    const char *u = json_string_value(json_object_get(a, "url"));
    sl_buf_puts(b, "<tr><td>");
    esc(b, d ? d : "undated");
    sl_buf_puts(b, "</td><td>");
    chip(p, json_string_value(json_object_get(a, "source")));
    sl_buf_puts(b, "</td><td>");
    if (web_url(u)) {
      sl_buf_puts(b, "<a rel=\"noopener noreferrer\" href=\"");
      esc(b, u);
      sl_buf_puts(b, "\">");
    }
    esc(b, t ? t : json_string_value(json_object_get(a, "id")));
    if (web_url(u)) sl_buf_puts(b, "</a>");
    sl_buf_printf(b, "</td><td class=\"n hide-sm\">%lld</td></tr>\n",
                  json_integer_value(json_object_get(a, "words")));
  }
  sl_buf_puts(b, "</tbody></table></div>\n</section>\n");
}

/* The page, section by section; each section appears only when its part
 * is in the tree.  On allocation failure the buffer's sticky oom flag is
 * set and the caller's sl_buf_take() returns NULL. */
void sl_render_html(sl_buf *b, const json_t *root) {
  page *p = calloc(1, sizeof *p); /* ~32 KB of outlet pointers: not on the stack */
  if (!p) {
    b->oom = true;
    return;
  }
  p->b = b;
  p->root = root;
  header(p);
  summary(p);
  timeline(p);
  quotes(p);
  coverage(p);
  articles(p);
  sl_buf_puts(b, "<footer class=\"page\">Made by storyloom ");
  esc(b, json_string_value(json_object_get(root, "storyloom")));
  sl_buf_puts(b, " from the articles listed above. This page is a single file with no external "
                 "resources.</footer>\n</main>\n</body>\n</html>\n");
  free(p);
}
