/*
 * stories_common.c — the parts of `storyloom stories` that storyloom-mpi
 * --stories shares: the stories options, clustering a loaded corpus into
 * ordered stories, and rendering one story block plus the text/json
 * framing around the blocks.  Concatenating cli_stories_header(), the
 * blocks 0..n-1 and cli_stories_footer() gives the whole output, so the
 * blocks can be rendered anywhere (any process) and joined in order.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int extra(int argc, char **argv, int i, void *vctx) {
  cli_stories_args *x = vctx;
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

static int cmp_story(const void *x, const void *y) {
  const cli_story *a = x, *b = y;
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
static void headline(const sl_corpus *c, const cli_story *s, const char **p, size_t *n) {
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
static void outlets(sb *b, const sl_corpus *c, const cli_story *s, bool json) {
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

int cli_stories_parse(int argc, char **argv, cli_opts *o, cli_stories_args *x) {
  /* --format tsv is ours; the common parser knows text|md|json|html. */
  x->tsv = false;
  x->no_digest = false;
  sl_stories_opts_init(&x->so);
  char **args = malloc(((size_t)argc + 1) * sizeof *args);
  if (!args) {
    memset(o, 0, sizeof *o);
    return SL_EXIT_INTERNAL;
  }
  int nargs = 0;
  for (int i = 0; i < argc; i++) {
    if (i + 1 < argc && !strcmp(argv[i], "--format") && !strcmp(argv[i + 1], "tsv")) {
      x->tsv = true, i++;
      continue;
    }
    if (!strcmp(argv[i], "--format=tsv")) {
      x->tsv = true;
      continue;
    }
    args[nargs++] = argv[i];
  }
  args[nargs] = NULL;
  int rc = cli_parse(nargs, args, o, extra, x);
  free(args); /* o keeps pointers to argv's strings, not to args */
  if (rc == SL_EXIT_OK && o->format == SL_FORMAT_HTML) {
    fprintf(stderr, "storyloom: stories writes text, md, json or tsv, not html\n");
    rc = SL_EXIT_USAGE;
  }
  if (rc == SL_EXIT_OK) x->so.require_dates = o->ingest.require_dates;
  return rc;
}

int cli_stories_cluster(const cli_stories_args *x, const cli_opts *o, const sl_corpus *c,
                        cli_stories *r, bool *partial) {
  memset(r, 0, sizeof *r);
  r->c = c;
  sl_error err = {0};
  r->sc = sl_stories_new(&x->so);
  if (!r->sc || sl_stories_add_corpus(r->sc, c, 0, &err) != SL_OK ||
      sl_stories_finish(r->sc, &err) != SL_OK) {
    fprintf(stderr, "storyloom: out of memory\n");
    return SL_EXIT_INTERNAL;
  }
  for (size_t i = 0; i < sl_stories_diag_count(r->sc); i++) {
    uint32_t key;
    sl_severity sev;
    const char *msg = sl_stories_diag(r->sc, i, &key, &sev);
    if (sev == SL_DIAG_SKIPPED) *partial = true;
    if (!o->quiet)
      fprintf(stderr, "storyloom: %s: %s\n", sev == SL_DIAG_SKIPPED ? "skipped" : "warning", msg);
  }
  /* Group the assignments into stories. */
  size_t na = sl_stories_assigned(r->sc), ncorp = sl_corpus_count(c);
  size_t nst = sl_stories_count(r->sc);
  r->na = na;
  r->st = calloc(nst ? nst : 1, sizeof *r->st);
  r->dup = malloc((ncorp ? ncorp : 1) * sizeof *r->dup);
  if (!r->st || !r->dup) return SL_EXIT_INTERNAL;
  r->nst = nst;
  cli_story *st = r->st;
  for (size_t i = 0; i < ncorp; i++) r->dup[i] = UINT32_MAX;
  for (size_t i = 0; i < nst; i++) st[i].id = (uint32_t)i, st[i].first = st[i].last = SL_NO_DATE;
  for (size_t i = 0; i < na; i++) {
    uint32_t key, sid, d;
    sl_stories_assignment(r->sc, i, &key, &sid, &d);
    cli_story *s = &st[sid];
    if (s->n == s->cap) {
      size_t cap = s->cap ? s->cap * 2 : 8;
      uint32_t *a = realloc(s->arts, cap * sizeof *a);
      if (!a) return SL_EXIT_INTERNAL;
      s->arts = a, s->cap = cap;
    }
    s->arts[s->n++] = key;
    r->dup[key] = d;
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
    r->nst = m;
  }
  /* Output order: by size, then recency, then story number. */
  qsort(st, r->nst, sizeof *st, cmp_story);
  return SL_EXIT_OK;
}

void cli_stories_free(cli_stories *r) {
  for (size_t i = 0; r->st && i < r->nst; i++) free(r->st[i].arts);
  free(r->st);
  free(r->dup);
  sl_stories_free(r->sc);
  memset(r, 0, sizeof *r);
}

char *cli_stories_tsv(const cli_stories *r) {
  sb out = {0};
  for (size_t i = 0; i < r->na; i++) {
    uint32_t key, sid;
    sl_stories_assignment(r->sc, i, &key, &sid, NULL);
    const char *id = sl_article_id(r->c, key);
    sb_line(&out, id, strlen(id));
    sb_printf(&out, "\tS%u\n", sid + 1);
  }
  sb_puts(&out, "");
  if (out.oom) {
    free(out.p);
    return NULL;
  }
  return out.p;
}

char *cli_stories_header(const cli_stories *r, sl_format format) {
  sb out = {0};
  if (format == SL_FORMAT_JSON)
    sb_printf(&out, "{\"stories\": %zu, \"articles\": %zu, \"list\": [\n", r->nst, r->na);
  sb_puts(&out, "");
  if (out.oom) {
    free(out.p);
    return NULL;
  }
  return out.p;
}

const char *cli_stories_footer(sl_format format) {
  return format == SL_FORMAT_JSON ? "\n]}\n" : "";
}

char *cli_story_block(const cli_stories *r, size_t si, const cli_opts *o, bool no_digest,
                      unsigned render_flags, int *rc) {
  const sl_corpus *c = r->c;
  const uint32_t *dup = r->dup;
  const cli_story *s = &r->st[si];
  bool json = o->format == SL_FORMAT_JSON, md = o->format == SL_FORMAT_MD;
  sb out = {0};
  *rc = SL_EXIT_OK;
  uint32_t *canon = malloc((s->n ? s->n : 1) * sizeof *canon);
  if (!canon) {
    *rc = SL_EXIT_INTERNAL;
    return NULL;
  }
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
  if (!no_digest) {
    sl_error err = {0};
    sl_digest *d = sl_digest_new(c, canon, ncanon, &o->digest, &err);
    char *rd = d ? sl_render_digest(d, o->format, render_flags) : NULL;
    if (!rd) {
      fprintf(stderr, "storyloom: story S%u: %s\n", s->id + 1, d ? "out of memory" : err.msg);
      sl_digest_free(d);
      free(canon);
      free(out.p);
      *rc = SL_EXIT_INTERNAL;
      return NULL;
    }
    size_t rn = strlen(rd);
    while (rn && rd[rn - 1] == '\n') rn--;
    if (json) {
      sb_puts(&out, ",\n \"digest\": ");
      sb_put(&out, rd, rn);
    } else {
      sb_puts(&out, "\n");
      sb_put(&out, rd, rn);
      sb_puts(&out, "\n");
    }
    sl_free(rd);
    sl_digest_free(d);
  }
  if (json) sb_puts(&out, "}");
  free(canon);
  if (out.oom) {
    fprintf(stderr, "storyloom: out of memory\n");
    free(out.p);
    *rc = SL_EXIT_INTERNAL;
    return NULL;
  }
  return out.p;
}
