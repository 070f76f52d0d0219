/*
 * emit.c — the single exit of every reader: turns one parsed document
 * into a corpus article.  Repairs invalid UTF-8 (so the warning can name
 * the exact input line), gives the article a unique, stable id, fills the
 * source fallbacks and counts undated articles for the per-file warning.
 *
 * Invariant: ids handed to the corpus are unique among the corpus's
 * articles; a repeated id gets "#2", "#3", ... appended to its base (the id
 * without such a suffix), in input order, with a warning.  An article that
 * the corpus already holds from a store (same id or "#N" variant, same
 * text) is not added again.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ingest.h"

void sl_ingest_ctx_init(sl_ingest_ctx *x, sl_corpus *c) {
  memset(x, 0, sizeof *x);
  x->c = c;
  sl_strmap_init(&x->ids);
}

void sl_ingest_ctx_free(sl_ingest_ctx *x) {
  if (x) sl_strmap_free(&x->ids);
}

void sl_ingest_diag(sl_reader *r, sl_severity sev, long line, const char *fmt, ...) {
  char msg[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  sl_corpus_diag_add(r->c, sev, r->name, line, "%s", msg);
}

void sl_ingest_bad_line(sl_reader *r, long line, const char *fmt, ...) {
  if (++r->bad_lines > SL_MAX_LINE_DIAGS) return; /* summarised at finish */
  char msg[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  sl_corpus_diag_add(r->c, SL_DIAG_SKIPPED, r->name, line, "%s", msg);
}

/* Makes sure the registry knows every id already in the corpus.  Done
 * once per top-level call, and only when an article is about to be added,
 * so skipped inputs cost nothing. */
static bool ids_ready(sl_ingest_ctx *x) {
  if (x->ids_ready) return true;
  for (size_t i = 0; i < x->c->arts.n; i++) {
    const char *id = x->c->arts.a[i].id;
    if (sl_strmap_intern(&x->ids, id, strlen(id), NULL) == UINT32_MAX) return false;
  }
  x->ids_ready = true;
  return true;
}

/* Host of a URL without "www." (same rule as the corpus), into out. */
static bool url_host(const char *url, char *out, size_t cap) {
  if (!url) return false;
  const char *p = strstr(url, "://");
  p = p ? p + 3 : url;
  if (strncmp(p, "www.", 4) == 0) p += 4;
  size_t n = strcspn(p, "/:?#");
  if (n == 0 || n >= cap) return false;
  memcpy(out, p, n);
  out[n] = '\0';
  return true;
}

/* Replaces *s by a repaired heap copy (kept in *tmp for freeing) when it
 * is not valid UTF-8 or holds control bytes: ids and sources may come from
 * file names. */
static bool fix_meta(const char **s, char **tmp) {
  *tmp = NULL;
  if (!*s) return true;
  size_t n = strlen(*s), nbad;
  long line;
  bool ctl = false;
  for (size_t i = 0; i < n && !ctl; i++) ctl = (unsigned char)(*s)[i] < 0x20 || (*s)[i] == 0x7F;
  if (!ctl && sl_utf8_valid(*s, n)) return true;
  char *o = malloc(3 * n + 1);
  if (!o) return false;
  size_t len = sl_utf8_repair(*s, n, o, &nbad, &line);
  o[len] = '\0';
  sl_scrub_controls(o, len, false); /* as the corpus does: ids stay unique after it */
  *s = *tmp = o;
  return true;
}


/* The corpus article whose id is id[0..n), or UINT32_MAX.  The registry
 * interns the corpus's ids in article order, so its index is the article
 * number whenever the corpus's ids are unique (checked, not assumed). */
static uint32_t art_of(const sl_ingest_ctx *x, const char *id, size_t n) {
  uint32_t k = sl_strmap_get(&x->ids, id, n);
  if (k == UINT32_MAX || k >= x->c->arts.n) return UINT32_MAX;
  const char *have = x->c->arts.a[k].id;
  return strlen(have) == n && memcmp(have, id, n) == 0 ? k : UINT32_MAX;
}

/* The stored text equals t[0..n) as the corpus would store it (control
 * bytes other than tab and line ends become spaces there). */
static bool same_text(const sl_art *s, const char *t, size_t n) {
  if (s->len != n) return false;
  for (size_t i = 0; i < n; i++) {
    unsigned char a = (unsigned char)s->text[i], b = (unsigned char)t[i];
    if (a == b) continue;
    if (a == ' ' && ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F)) continue;
    return false;
  }
  return true;
}

/* The article is already in the corpus because it was loaded from a store
 * (sl_store_load): an article of the same text whose id is the article's
 * id or one of its "#N" variants.  Articles read from files are never
 * merged this way: two equal lines in a file stay two articles. */
static bool known_from_store(const sl_ingest_ctx *x, const sl_article_in *a) {
  size_t n = strlen(a->id), b = sl_id_base_len(a->id, n);
  uint32_t k = art_of(x, a->id, n);
  const sl_art *arts = x->c->arts.a;
  if (k != UINT32_MAX && arts[k].stored && same_text(&arts[k], a->text, a->len)) return true;
  if (b > 600) return false;
  char fam[700];
  for (unsigned j = 1;; j++) {
    if (j == 1) snprintf(fam, sizeof fam, "%.*s", (int)b, a->id);
    else snprintf(fam, sizeof fam, "%.*s#%u", (int)b, a->id, j);
    k = art_of(x, fam, strlen(fam));
    if (k == UINT32_MAX) {
      if (j > 1) return false;
      continue;
    }
    if (arts[k].stored && same_text(&arts[k], a->text, a->len)) return true;
  }
}

/* Adds the prepared article (valid UTF-8 everywhere) and does the
 * bookkeeping: unique id (with a warning naming both places), undated
 * count.  An article already loaded from a store is counted, not added. */
static sl_status add(sl_reader *r, sl_article_in *a) {
  sl_corpus *c = r->c;
  if (!ids_ready(r->ctx)) return SL_ENOMEM;
  if (known_from_store(r->ctx, a)) {
    c->nknown++;
    r->added++; /* read: the file is not "empty" */
    return SL_OK;
  }
  char uniq[700];
  size_t idlen = strlen(a->id);
  uint32_t first = art_of(r->ctx, a->id, idlen);
  if (first != UINT32_MAX || sl_strmap_get(&r->ctx->ids, a->id, idlen) != UINT32_MAX) {
    size_t b = sl_id_base_len(a->id, idlen);
    if (b > 600) b = 600;
    for (unsigned k = 2;; k++) {
      snprintf(uniq, sizeof uniq, "%.*s#%u", (int)b, a->id, k);
      if (sl_strmap_get(&r->ctx->ids, uniq, strlen(uniq)) == UINT32_MAX) break;
    }
    const sl_art *f = first != UINT32_MAX ? &c->arts.a[first] : NULL;
    /* Named where it happens, in input order, with the first holder. */
    if (f && f->origin && f->origin_line)
      sl_ingest_diag(r, SL_DIAG_WARNING, a->origin_line,
                     "duplicate id '%s': the later article is kept as '%s' (first at %s:%ld)",
                     a->id, uniq, f->origin, f->origin_line);
    else if (f && f->origin)
      sl_ingest_diag(r, SL_DIAG_WARNING, a->origin_line,
                     "duplicate id '%s': the later article is kept as '%s' (first in %s)", a->id,
                     uniq, f->origin);
    else
      sl_ingest_diag(r, SL_DIAG_WARNING, a->origin_line,
                     "duplicate id '%s': the later article is kept as '%s'", a->id, uniq);
    a->id = uniq;
    idlen = strlen(uniq);
  }
  size_t before = c->arts.n;
  sl_error err = {0};
  sl_status st = sl_corpus_add(c, a, &err);
  if (st == SL_EINVAL) { /* too large: the corpus records no diagnostic */
    sl_ingest_diag(r, SL_DIAG_SKIPPED, a->origin_line, "%s", err.msg);
    return SL_EEMPTY;
  }
  if (st != SL_OK) return st; /* SL_EEMPTY comes with its diagnostic */
  if (c->arts.n == before) return SL_EEMPTY;
  if (sl_strmap_intern(&r->ctx->ids, a->id, idlen, NULL) == UINT32_MAX) return SL_ENOMEM;
  r->added++;
  if (a->date == SL_NO_DATE && c->opts.default_date == SL_NO_DATE) {
    if (!r->undated++) r->undated_line = a->origin_line;
  }
  return SL_OK;
}

sl_status sl_ingest_emit(sl_reader *r, sl_article_in *a, long text_line, const char *suffix) {
  /* UTF-8: repaired here rather than in the corpus so that the warning
   * names the input line of the first bad sequence (for one-line articles,
   * their line), not the line within the article. */
  if (!sl_utf8_valid(a->text, a->len) || memchr(a->text, '\0', a->len)) {
    r->scratch.len = 0;
    if (a->len > SIZE_MAX / 4 || !sl_buf_reserve(&r->scratch, a->len * 3 + 1)) return SL_ENOMEM;
    size_t nbad = 0;
    long badline = 0;
    size_t n = sl_utf8_repair(a->text, a->len, r->scratch.p, &nbad, &badline);
    if (nbad)
      sl_ingest_diag(r, SL_DIAG_WARNING, a->origin_line ? a->origin_line : text_line + badline - 1,
                     "invalid UTF-8 repaired (%zu sequence%s replaced by U+FFFD)", nbad,
                     nbad == 1 ? "" : "s");
    a->text = r->scratch.p;
    a->len = n;
  }

  /* Id: the document's own, else the file's id base plus the suffix. */
  char gen[600];
  if (!a->id || !*a->id) {
    snprintf(gen, sizeof gen, "%s%s", r->idbase, suffix ? suffix : "");
    a->id = gen;
  }
  /* Source: the document's own, else the URL's host, else the file name. */
  char host[256];
  if (!a->source || !*a->source)
    a->source = url_host(a->url, host, sizeof host) ? host : r->source;
  if (!a->origin) a->origin = r->name;

  char *tmp[4] = {NULL, NULL, NULL, NULL};
  sl_status st = SL_ENOMEM;
  if (fix_meta(&a->id, &tmp[0]) && fix_meta(&a->source, &tmp[1]) &&
      fix_meta(&a->title, &tmp[2]) && fix_meta(&a->url, &tmp[3]))
    st = add(r, a);
  for (int i = 0; i < 4; i++) free(tmp[i]);
  return st;
}
