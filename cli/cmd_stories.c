/*
 * cmd_stories.c — storyloom stories PATH...: cluster a stream of dated
 * articles into stories (sl_stories), mark near-duplicates, then digest
 * each story.  Output: text or Markdown (stories by size, then recency),
 * JSON, or TSV `article_id<TAB>story_id` for `storyloom eval cluster`.
 *
 * A story's digest is made from its first versions only: a wire copy or
 * re-run counts as one source, and the outlets that re-ran it are listed
 * with the story.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: storyloom stories [OPTIONS] PATH...\n"
    "Groups a stream of dated articles into stories, marks near-duplicates (wire\n"
    "copies, re-runs, updated versions), then digests each story.\n"
    "\n"
    "  --format text|md|json|tsv   output (tsv: 'article_id<TAB>story_id' lines)\n"
    "  --no-digest             clustering only\n"
    "  --window DAYS           close a story idle for more than DAYS days (default 4)\n"
    "  --window-articles N     ... and for more than N articles (default 2000, 0 = days only)\n"
    "  --threshold X           similarity needed to join a story (default 0.15)\n"
    "  --dup-threshold X       near-duplicate shingle similarity (default 0.5)\n"
    "  --time-weight X         time decay of the similarity (default 0.03, 0 = off)\n"
    "  --reorder-days N        tolerance for dates out of order (default 2)\n"
    "  --require-dates         reject articles without a date (default: placed by\n"
    "                          input order, with a warning)\n"
    "  and the common options of 'storyloom --help' (--words, -o, -q, ...).\n";

typedef struct st_ctx {
  sl_stories_opts so;
  bool no_digest;
} st_ctx;

static int extra(int argc, char **argv, int i, void *vctx) {
  st_ctx *x = vctx;
  const char *a = argv[i];
  if (!strcmp(a, "--no-digest")) {
    x->no_digest = true;
    return 1;
  }
  static const char *const names[] = {"--window", "--window-articles", "--threshold",
                                      "--dup-threshold", "--reorder-days", "--time-weight"};
  for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
    size_t n = strlen(names[k]);
    if (strncmp(a, names[k], n) != 0 || (a[n] != '\0' && a[n] != '=')) continue;
    const char *v = a[n] == '=' ? a + n + 1 : (i + 1 < argc ? argv[i + 1] : NULL);
    int used = a[n] == '=' ? 1 : 2;
    char *end = NULL;
    double d = v ? strtod(v, &end) : -1;
    bool ok = v && *v && end && !*end && d >= 0;
    unsigned u = 0;
    if (k == 0 && ok) x->so.window_days = d;
    else if (k == 1 && (ok = cli_uint(v, &u))) x->so.window_articles = u;
    else if (k == 2 && (ok = ok && d <= 1)) x->so.threshold = d;
    else if (k == 3 && (ok = ok && d > 0 && d <= 1)) x->so.dup_threshold = d;
    else if (k == 4 && (ok = cli_uint(v, &u) && u <= 3660)) x->so.reorder_days = u;
    else if (k == 5 && (ok = ok && d <= 1)) x->so.time_weight = d;
    if (!ok) {
      fprintf(stderr, "storyloom: %s needs %s\n", names[k],
              k == 2 || k == 3 || k == 5 ? "a number between 0 and 1" : "a non-negative number");
      return -1;
    }
    return used;
  }
  return 0;
}

typedef struct story {
  uint32_t id;       /* clusterer's story number */
  uint32_t *arts;    /* article numbers in processing (date) order */
  size_t n, cap;
  int32_t first, last;
} story;

static int cmp_story(const void *x, const void *y) {
  const story *a = x, *b = y;
  if (a->n != b->n) return a->n > b->n ? -1 : 1;
  if (a->last != b->last) return a->last > b->last ? -1 : 1;
  return a->id < b->id ? -1 : 1;
}

/* ---- a tiny string builder (the CLI links only the public API) --------- */

typedef struct sb {
  char *p;
  size_t n, cap;
  bool oom;
} sb;

static void sb_put(sb *b, const char *s, size_t n) {
  if (b->oom) return;
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->n + n + 1) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
      b->oom = true;
      return;
    }
    b->p = p, b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
}
static void sb_puts(sb *b, const char *s) { sb_put(b, s, strlen(s)); }
static void sb_printf(sb *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(sb *b, const char *fmt, ...) {
  char tmp[1024];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n > 0) sb_put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}
static void sb_json_str(sb *b, const char *s, size_t n) {
  sb_puts(b, "\"");
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') {
      char e[2] = {'\\', (char)c};
      sb_put(b, e, 2);
    } else if (c == '\n') {
      sb_puts(b, "\\n");
    } else if (c < 0x20) {
      sb_printf(b, "\\u%04x", c);
    } else {
      sb_put(b, (const char *)&s[i], 1);
    }
  }
  sb_puts(b, "\"");
}
/* One line of text: newlines and tabs become spaces (TSV, headlines). */
static void sb_line(sb *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) sb_put(b, s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ? " " : &s[i], 1);
}

/* Headline of a story: the title of its first article that has one, else
 * the first content sentence of its first article. */
static void headline(const sl_corpus *c, const story *s, const char **p, size_t *n) {
  for (size_t i = 0; i < s->n; i++) {
    const char *t = sl_article_title(c, s->arts[i]);
    if (t && *t) {
      *p = t, *n = strlen(t);
      return;
    }
  }
  size_t len;
  const char *text = sl_article_text(c, s->arts[0], &len);
  *p = text, *n = 0;
  if (sl_article_sentence_count(c, s->arts[0])) {
    uint32_t off, l;
    sl_article_sentence(c, s->arts[0], 0, &off, &l);
    *p = text + off, *n = l;
  } else {
    *n = len < 200 ? len : 200;
  }
}

/* Distinct outlets of a story, in order of first appearance (", "-joined). */
static void outlets(sb *b, const sl_corpus *c, const story *s, bool json) {
  size_t k = 0;
  for (size_t i = 0; i < s->n; i++) {
    const char *src = sl_article_source(c, s->arts[i]);
    bool seen = false;
    for (size_t j = 0; j < i && !seen; j++) seen = !strcmp(src, sl_article_source(c, s->arts[j]));
    if (seen) continue;
    if (k++) sb_puts(b, json ? ", " : ", ");
    if (json) sb_json_str(b, src, strlen(src));
    else sb_puts(b, src);
  }
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The readers keep every article and make a repeated id unique as
 * "ID#2", "ID#3"...; say so, since a stream with repeated ids usually
 * carries the same article twice (which is then marked as a re-run). */
static void warn_renamed_ids(const sl_corpus *c) {
  size_t n = sl_corpus_count(c);
  const char **ids = malloc((n ? n : 1) * sizeof *ids);
  if (!ids) return;
  for (size_t i = 0; i < n; i++) ids[i] = sl_article_id(c, (uint32_t)i);
  qsort(ids, n, sizeof *ids, cmp_str);
  for (size_t i = 0; i < n; i++) {
    const char *id = sl_article_id(c, (uint32_t)i), *h = strrchr(id, '#');
    if (!h || !h[1] || strspn(h + 1, "0123456789") != strlen(h + 1)) continue;
    char base[700];
    snprintf(base, sizeof base, "%.*s", (int)(h - id), id);
    const char *key = base;
    if (bsearch(&key, ids, n, sizeof *ids, cmp_str))
      fprintf(stderr, "storyloom: warning: duplicate id '%s': the later article is kept as '%s'\n",
              base, id);
  }
  free(ids);
}

int cmd_stories(int argc, char **argv) {
  for (int i = 1; i < argc; i++)
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      fputs(usage, stdout);
      return SL_EXIT_OK;
    }
  /* --format tsv is ours; the common parser knows text|md|json|html. */
  bool tsv = false;
  char **args = malloc(((size_t)argc + 1) * sizeof *args);
  if (!args) return SL_EXIT_INTERNAL;
  int nargs = 0;
  for (int i = 0; i < argc; i++) {
    if (i + 1 < argc && !strcmp(argv[i], "--format") && !strcmp(argv[i + 1], "tsv")) {
      tsv = true, i++;
      continue;
    }
    if (!strcmp(argv[i], "--format=tsv")) {
      tsv = true;
      continue;
    }
    args[nargs++] = argv[i];
  }
  args[nargs] = NULL;
  st_ctx x = {.no_digest = false};
  sl_stories_opts_init(&x.so);
  cli_opts o;
  int rc = cli_parse(nargs, args, &o, extra, &x);
  if (rc == SL_EXIT_OK && o.format == SL_FORMAT_HTML) {
    fprintf(stderr, "storyloom: stories writes text, md, json or tsv, not html\n");
    rc = SL_EXIT_USAGE;
  }
  if (rc != SL_EXIT_OK) {
    free(o.paths);
    free(args);
    return rc;
  }
  x.so.require_dates = o.ingest.require_dates;
  bool partial;
  sl_corpus *c = cli_load(&o, &partial, &rc);
  sl_stories *sc = c ? sl_stories_new(&x.so) : NULL;
  story *st = NULL;
  uint32_t *dup = NULL;
  size_t nst = 0;
  sb out = {0};
  if (!c) goto done;
  sl_error err = {0};
  if (!sc || sl_stories_add_corpus(sc, c, 0, &err) != SL_OK || sl_stories_finish(sc, &err) != SL_OK) {
    fprintf(stderr, "storyloom: out of memory\n");
    rc = SL_EXIT_INTERNAL;
    goto done;
  }
  for (size_t i = 0; i < sl_stories_diag_count(sc); i++) {
    uint32_t key;
    sl_severity sev;
    const char *msg = sl_stories_diag(sc, i, &key, &sev);
    if (sev == SL_DIAG_SKIPPED) partial = true;
    if (!o.quiet)
      fprintf(stderr, "storyloom: %s: %s\n", sev == SL_DIAG_SKIPPED ? "skipped" : "warning", msg);
  }
  if (!o.quiet) warn_renamed_ids(c);
  /* Group the assignments into stories. */
  size_t na = sl_stories_assigned(sc), ncorp = sl_corpus_count(c);
  nst = sl_stories_count(sc);
  st = calloc(nst ? nst : 1, sizeof *st);
  dup = malloc((ncorp ? ncorp : 1) * sizeof *dup);
  if (!st || !dup) {
    rc = SL_EXIT_INTERNAL;
    goto done;
  }
  for (size_t i = 0; i < ncorp; i++) dup[i] = UINT32_MAX;
  for (size_t i = 0; i < nst; i++) st[i].id = (uint32_t)i, st[i].first = st[i].last = SL_NO_DATE;
  for (size_t i = 0; i < na; i++) {
    uint32_t key, sid, d;
    sl_stories_assignment(sc, i, &key, &sid, &d);
    story *s = &st[sid];
    if (s->n == s->cap) {
      size_t cap = s->cap ? s->cap * 2 : 8;
      uint32_t *a = realloc(s->arts, cap * sizeof *a);
      if (!a) {
        rc = SL_EXIT_INTERNAL;
        goto done;
      }
      s->arts = a, s->cap = cap;
    }
    s->arts[s->n++] = key;
    dup[key] = d;
    int32_t date = sl_article_date(c, key);
    if (date != SL_NO_DATE) {
      if (s->first == SL_NO_DATE || date < s->first) s->first = date;
      if (s->last == SL_NO_DATE || date > s->last) s->last = date;
    }
  }
  { /* stories merged into others are left empty: drop them */
    size_t m = 0;
    for (size_t i = 0; i < nst; i++) {
      if (st[i].n) st[m++] = st[i];
      else free(st[i].arts);
    }
    nst = m;
  }
  if (tsv) {
    for (size_t i = 0; i < na; i++) {
      uint32_t key, sid;
      sl_stories_assignment(sc, i, &key, &sid, NULL);
      const char *id = sl_article_id(c, key);
      sb_line(&out, id, strlen(id));
      sb_printf(&out, "\tS%u\n", sid + 1);
    }
    goto write;
  }
  qsort(st, nst, sizeof *st, cmp_story);
  bool json = o.format == SL_FORMAT_JSON, md = o.format == SL_FORMAT_MD;
  if (json) sb_printf(&out, "{\"stories\": %zu, \"articles\": %zu, \"list\": [\n", nst, na);
  uint32_t *canon = malloc((na ? na : 1) * sizeof *canon);
  if (!canon) {
    rc = SL_EXIT_INTERNAL;
    goto done;
  }
  for (size_t si = 0; si < nst; si++) {
    const story *s = &st[si];
    char d0[16], d1[16];
    sl_date_format(s->first, d0);
    sl_date_format(s->last, d1);
    const char *h;
    size_t hn;
    headline(c, s, &h, &hn);
    size_t ncanon = 0;
    for (size_t i = 0; i < s->n; i++)
      if (dup[s->arts[i]] == UINT32_MAX) canon[ncanon++] = s->arts[i];
    if (json) {
      sb_printf(&out, "%s{\"id\": \"S%u\", \"headline\": ", si ? ",\n" : "", s->id + 1);
      sb_json_str(&out, h, hn);
      sb_printf(&out, ", \"first_date\": \"%s\", \"last_date\": \"%s\", \"size\": %zu, "
                      "\"sources\": %zu, \"outlets\": [", d0, d1, s->n, ncanon);
      outlets(&out, c, s, true);
      sb_puts(&out, "],\n \"articles\": [");
      for (size_t i = 0; i < s->n; i++) {
        uint32_t a = s->arts[i];
        char d[16];
        sl_date_format(sl_article_date(c, a), d);
        sb_puts(&out, i ? ",\n  {\"id\": " : "\n  {\"id\": ");
        const char *id = sl_article_id(c, a), *src = sl_article_source(c, a);
        sb_json_str(&out, id, strlen(id));
        sb_puts(&out, ", \"source\": ");
        sb_json_str(&out, src, strlen(src));
        sb_printf(&out, ", \"date\": \"%s\", \"duplicate_of\": ", d);
        if (dup[a] == UINT32_MAX) {
          sb_puts(&out, "null}");
        } else {
          const char *did = sl_article_id(c, dup[a]);
          sb_json_str(&out, did, strlen(did));
          sb_puts(&out, "}");
        }
      }
      sb_puts(&out, "]");
    } else {
      sb_printf(&out, "%s%sS%u: ", si ? "\n" : "", md ? "## " : "== ", s->id + 1);
      sb_line(&out, h, hn);
      sb_printf(&out, "\n%s%s .. %s, %zu article%s (%zu source%s), outlets: ", md ? "\n" : "", d0,
                d1, s->n, s->n == 1 ? "" : "s", ncanon, ncanon == 1 ? "" : "s");
      outlets(&out, c, s, false);
      sb_puts(&out, "\n");
      /* Which outlets re-ran which article. */
      for (size_t i = 0; i < s->n; i++) {
        uint32_t a = s->arts[i];
        if (dup[a] != UINT32_MAX) continue;
        size_t k = 0;
        for (size_t j = i + 1; j < s->n; j++) {
          uint32_t b = s->arts[j];
          if (dup[b] != a) continue;
          if (!k++) sb_printf(&out, "%sre-run: %s (%s) by ", md ? "- " : "  ", sl_article_id(c, a),
                              sl_article_source(c, a));
          else sb_puts(&out, ", ");
          sb_printf(&out, "%s (%s)", sl_article_source(c, b), sl_article_id(c, b));
        }
        if (k) sb_puts(&out, "\n");
      }
    }
    if (!x.no_digest) {
      sl_digest *d = sl_digest_new(c, canon, ncanon, &o.digest, &err);
      char *r = d ? sl_render_digest(d, o.format, cli_use_color(&o) ? SL_RENDER_COLOR : 0) : NULL;
      if (!r) {
        fprintf(stderr, "storyloom: story S%u: %s\n", s->id + 1, d ? "out of memory" : err.msg);
        sl_digest_free(d);
        free(canon);
        rc = SL_EXIT_INTERNAL;
        goto done;
      }
      size_t rn = strlen(r);
      while (rn && r[rn - 1] == '\n') rn--;
      if (json) {
        sb_puts(&out, ",\n \"digest\": ");
        sb_put(&out, r, rn);
      } else {
        sb_puts(&out, "\n");
        sb_put(&out, r, rn);
        sb_puts(&out, "\n");
      }
      sl_free(r);
      sl_digest_free(d);
    }
    if (json) sb_puts(&out, "}");
  }
  free(canon);
  if (json) sb_puts(&out, "\n]}\n");
write:
  if (out.oom) {
    fprintf(stderr, "storyloom: out of memory\n");
    rc = SL_EXIT_INTERNAL;
    goto done;
  }
  rc = cli_write(&o, out.p ? out.p : "");
  if (rc == SL_EXIT_OK && partial) rc = SL_EXIT_PARTIAL;
done:
  for (size_t i = 0; st && i < nst; i++) free(st[i].arts);
  free(st);
  free(dup);
  free(out.p);
  sl_stories_free(sc);
  sl_corpus_free(c);
  free(o.paths);
  free(args);
  return rc;
}
