/*
 * corpus.c — adding articles to a corpus: UTF-8 repair, storage, and the
 * text pipeline (paragraphs → sentences → tokens → terms), plus the public
 * accessors.  Each article's text is stored once in the arena.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"

void sl_ingest_opts_init(sl_ingest_opts *o) {
  memset(o, 0, sizeof *o);
  o->format = SL_FMT_AUTO;
  o->default_date = SL_NO_DATE;
}

sl_corpus *sl_corpus_new(const sl_ingest_opts *opts) {
  sl_corpus *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  sl_arena_init(&c->arena);
  sl_strmap_init(&c->terms);
  if (opts) c->opts = *opts;
  else sl_ingest_opts_init(&c->opts);
  c->an = sl_analyzer_new(c->opts.lang);
  if (!c->an) {
    sl_corpus_free(c);
    return NULL;
  }
  return c;
}

void sl_corpus_free(sl_corpus *c) {
  if (!c) return;
  sl_analyzer_free(c->an);
  sl_vec_free(&c->arts);
  sl_vec_free(&c->sents);
  sl_vec_free(&c->toks);
  sl_vec_free(&c->df);
  sl_vec_free(&c->term_stop);
  sl_vec_free(&c->diags);
  sl_vec_free(&c->seen);
  sl_strmap_free(&c->terms);
  sl_arena_free(&c->arena);
  free(c);
}

void sl_corpus_diag_add(sl_corpus *c, sl_severity sev, const char *file, long line, const char *fmt,
                        ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  /* Messages quote input (dates, JSON near a syntax error, file names):
   * printed on a terminal, they must carry no control bytes. */
  char *f = sl_arena_strdup(&c->arena, file ? file : "<input>");
  if (f) sl_scrub_controls(f, strlen(f), false);
  sl_scrub_controls(msg, strlen(msg), false);
  sl_diag d = {sev, f, line, sl_arena_strdup(&c->arena, msg)};
  if (d.file && d.msg) (void)sl_vec_push(&c->diags, d);
}

size_t sl_corpus_diag_count(const sl_corpus *c) { return c->diags.n; }
const sl_diag *sl_corpus_diag(const sl_corpus *c, size_t i) {
  return i < c->diags.n ? &c->diags.a[i] : NULL;
}

/* Host part of a URL without "www.", or NULL. */
static const char *url_host(sl_arena *a, const char *url) {
  if (!url) return NULL;
  const char *p = strstr(url, "://");
  p = p ? p + 3 : url;
  if (strncmp(p, "www.", 4) == 0) p += 4;
  size_t n = strcspn(p, "/:?#");
  return n ? sl_arena_strndup(a, p, n) : NULL;
}

/* Interns the term of token tk, updates df and flags. */
static bool add_term(sl_corpus *c, const char *text, sl_token *tk, uint32_t art) {
  if (tk->kind != SL_TOK_WORD && tk->kind != SL_TOK_NUM && tk->kind != SL_TOK_HANDLE &&
      tk->kind != SL_TOK_URL) {
    tk->term = UINT32_MAX;
    return true;
  }
  size_t flen;
  const char *f = sl_analyzer_fold(c->an, text + tk->span.off, tk->span.len, &flen);
  bool stop = tk->kind == SL_TOK_WORD && sl_text_is_stopword(f, flen);
  if (stop) tk->flags |= SL_TF_STOP;
  size_t tlen;
  const char *t = sl_analyzer_term(c->an, text + tk->span.off, tk->span.len, &tlen);
  bool added;
  uint32_t id = sl_strmap_intern(&c->terms, t, tlen, &added);
  if (id == UINT32_MAX) return false;
  if (added) {
    if (!sl_vec_push(&c->df, 0) || !sl_vec_push(&c->term_stop, stop) || !sl_vec_push(&c->seen, 0))
      return false;
  } else if (!stop) {
    c->term_stop.a[id] = 0;
  }
  if (c->seen.a[id] != art + 1) {
    c->seen.a[id] = art + 1;
    c->df.a[id]++;
  }
  tk->term = id;
  return true;
}

/* Runs the text pipeline on article `art` (already stored). */
static sl_status analyse(sl_corpus *c, sl_art *a, uint32_t art) {
  sl_paravec paras = {0};
  sl_spanvec sents = {0};
  sl_status st = sl_text_paragraphs(a->text, a->len, &paras);
  a->sent = (uint32_t)c->sents.n;
  for (size_t p = 0; st == SL_OK && p < paras.n; p++) {
    if (paras.a[p].boiler) continue;
    sents.n = 0;
    if ((st = sl_text_sentences(a->text, paras.a[p].span, &sents)) != SL_OK) break;
    if (!sents.n) continue;
    for (size_t i = 0; i < sents.n; i++) {
      sl_sent s = {art, sents.a[i], a->npara, a->nsent, (uint32_t)c->toks.n, 0, 0};
      sl_tokvec tv = {0};
      /* Tokenise straight into the corpus vector: steal and give back. */
      tv.a = c->toks.a, tv.n = c->toks.n, tv.cap = c->toks.cap;
      st = sl_text_tokens(a->text, sents.a[i], &tv);
      c->toks.a = tv.a, c->toks.n = tv.n, c->toks.cap = tv.cap;
      if (st != SL_OK) break;
      s.ntok = (uint32_t)(c->toks.n - s.tok);
      for (uint32_t k = s.tok; k < s.tok + s.ntok; k++) {
        sl_token *tk = &c->toks.a[k];
        if (!add_term(c, a->text, tk, art)) {
          st = SL_ENOMEM;
          break;
        }
        if (tk->kind == SL_TOK_WORD || tk->kind == SL_TOK_NUM) s.nwords++;
      }
      if (st != SL_OK) break;
      if (s.ntok == 0) continue;
      if (!sl_vec_push(&c->sents, s)) {
        st = SL_ENOMEM;
        break;
      }
      a->nsent++;
      a->nwords += s.nwords;
    }
    a->npara++;
  }
  sl_vec_free(&paras);
  sl_vec_free(&sents);
  return st;
}

sl_status sl_corpus_add(sl_corpus *c, const sl_article_in *in, sl_error *err) {
  SL_API_CHECK(c && in);
  const char *origin = in->origin ? in->origin : "<input>";
  if (in->len > UINT32_MAX / 4)
    return sl_error_set(err, SL_EINVAL, origin, in->origin_line, "article too large (%zu bytes)",
                        in->len);
  /* Repair once, into the arena.  Valid text (the common case) is copied
   * at its own size; otherwise 3 bytes per input byte is the worst case. */
  const char *src = in->text ? in->text : "";
  bool clean = sl_utf8_valid(src, in->len) && !memchr(src, '\0', in->len);
  char *text = sl_arena_alloc(&c->arena, (clean ? in->len : in->len * 3) + 1);
  if (!text) return sl_error_set(err, SL_ENOMEM, origin, in->origin_line, "out of memory");
  size_t nbad = 0;
  long badline = 0;
  size_t len = in->len;
  if (clean) memcpy(text, src, len);
  else len = sl_utf8_repair(src, in->len, text, &nbad, &badline);
  text[len] = '\0';
  sl_scrub_controls(text, len, true); /* no terminal escapes in any output */
  if (nbad)
    sl_corpus_diag_add(c, SL_DIAG_WARNING, origin, in->origin_line ? in->origin_line : badline,
                       "invalid UTF-8 repaired (%zu sequence%s replaced by U+FFFD)", nbad,
                       nbad == 1 ? "" : "s");
  int32_t date = in->date;
  if (date == SL_NO_DATE) date = c->opts.default_date;
  if (date == SL_NO_DATE && c->opts.require_dates) {
    sl_corpus_diag_add(c, SL_DIAG_SKIPPED, origin, in->origin_line,
                       "article has no date (--require-dates)");
    return sl_error_set(err, SL_EEMPTY, origin, in->origin_line, "article has no date");
  }

  sl_art a = {0};
  a.text = text;
  a.len = (uint32_t)len;
  a.date = date;
  a.origin = sl_arena_strdup(&c->arena, origin);
  a.origin_line = in->origin_line;
  /* Metadata is printed on one line each: no control bytes at all. */
  char *url = sl_arena_strdup(&c->arena, in->url), *title = NULL, *idc, *srcc = NULL;
  if (in->title && *in->title) title = sl_arena_strdup(&c->arena, in->title);
  if (in->id && *in->id) {
    idc = sl_arena_strdup(&c->arena, in->id);
  } else {
    char buf[32];
    snprintf(buf, sizeof buf, "a%u", c->auto_id++);
    idc = sl_arena_strdup(&c->arena, buf);
  }
  if (in->source && *in->source) srcc = sl_arena_strdup(&c->arena, in->source);
  char *meta[] = {url, title, idc, srcc};
  for (int k = 0; k < 4; k++)
    if (meta[k]) sl_scrub_controls(meta[k], strlen(meta[k]), false);
  a.url = url, a.title = title, a.id = idc, a.source = srcc;
  if (!a.source && !(a.source = url_host(&c->arena, a.url))) a.source = "unknown";
  if (!a.id || !a.origin || (in->url && !a.url))
    return sl_error_set(err, SL_ENOMEM, origin, in->origin_line, "out of memory");

  uint32_t id = (uint32_t)c->arts.n;
  size_t nsents0 = c->sents.n, ntoks0 = c->toks.n;
  sl_status st = analyse(c, &a, id);
  if (st == SL_OK && a.nsent == 0) {
    c->sents.n = nsents0, c->toks.n = ntoks0;
    sl_corpus_diag_add(c, SL_DIAG_SKIPPED, origin, in->origin_line, "article has no text");
    return sl_error_set(err, SL_EEMPTY, origin, in->origin_line, "article has no text");
  }
  if (st != SL_OK || !sl_vec_push(&c->arts, a)) {
    c->sents.n = nsents0, c->toks.n = ntoks0;
    return sl_error_set(err, SL_ENOMEM, origin, in->origin_line, "out of memory");
  }
  return SL_OK;
}

size_t sl_corpus_count(const sl_corpus *c) { return c->arts.n; }
size_t sl_corpus_known_count(const sl_corpus *c) { return c->nknown; }
const char *sl_article_id(const sl_corpus *c, uint32_t a) { return c->arts.a[a].id; }
const char *sl_article_source(const sl_corpus *c, uint32_t a) { return c->arts.a[a].source; }
const char *sl_article_title(const sl_corpus *c, uint32_t a) { return c->arts.a[a].title; }
const char *sl_article_url(const sl_corpus *c, uint32_t a) { return c->arts.a[a].url; }
int32_t sl_article_date(const sl_corpus *c, uint32_t a) { return c->arts.a[a].date; }
const char *sl_article_text(const sl_corpus *c, uint32_t a, size_t *len) {
  if (len) *len = c->arts.a[a].len;
  return c->arts.a[a].text;
}
size_t sl_article_sentence_count(const sl_corpus *c, uint32_t a) { return c->arts.a[a].nsent; }
void sl_article_sentence(const sl_corpus *c, uint32_t a, size_t i, uint32_t *off, uint32_t *len) {
  const sl_sent *s = &c->sents.a[c->arts.a[a].sent + i];
  *off = s->span.off;
  *len = s->span.len;
}

/* ---- story order ---------------------------------------------------------- */

typedef struct order_ent {
  int32_t date;   /* SL_NO_DATE sorts last */
  uint32_t i;     /* corpus article number */
  const char *id; /* never NULL in a corpus */
  size_t base;    /* bytes of id before a "#N" suffix */
  uint64_t h;     /* hash of title and text (only within a run of equal date and base) */
} order_ent;

/* Length of id without a trailing "#N" (N digits): the base that "#2",
 * "#3", ... are appended to when an id repeats (the readers' and the
 * store's rule). */
size_t sl_id_base_len(const char *id, size_t n) {
  size_t i = n;
  while (i > 0 && id[i - 1] >= '0' && id[i - 1] <= '9') i--;
  return i < n && i > 1 && id[i - 1] == '#' ? i - 1 : n;
}

/* Date (undated last), then id without its "#N". */
static int cmp_date_base(const void *x, const void *y) {
  const order_ent *a = x, *b = y;
  if (a->date != b->date) {
    if (a->date == SL_NO_DATE || b->date == SL_NO_DATE) return a->date == SL_NO_DATE ? 1 : -1;
    return a->date < b->date ? -1 : 1;
  }
  int c = memcmp(a->id, b->id, SL_MIN(a->base, b->base));
  if (c) return c;
  return a->base < b->base ? -1 : a->base > b->base;
}

/* Within one date and id base: content hash, full id, corpus number. */
static int cmp_hash_id(const void *x, const void *y) {
  const order_ent *a = x, *b = y;
  if (a->h != b->h) return a->h < b->h ? -1 : 1;
  int c = strcmp(a->id, b->id);
  if (c) return c;
  return a->i < b->i ? -1 : a->i > b->i;
}

sl_status sl_corpus_story_order(const sl_corpus *c, uint32_t *ids, size_t n) {
  if (n < 2) return SL_OK;
  order_ent *e = malloc(n * sizeof *e);
  if (!e) return SL_ENOMEM;
  for (size_t k = 0; k < n; k++) {
    const sl_art *a = &c->arts.a[ids[k]];
    const char *id = a->id ? a->id : "";
    e[k] = (order_ent){a->date, ids[k], id, sl_id_base_len(id, strlen(id)), 0};
  }
  qsort(e, n, sizeof *e, cmp_date_base);
  /* the hash is needed only where date and id base tie: a repeated id (the
   * readers renamed the later one "#2", which depends on the input order),
   * or the same article listed twice */
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && cmp_date_base(&e[i], &e[j]) == 0) j++;
    if (j - i > 1) {
      for (size_t k = i; k < j; k++) {
        const sl_art *a = &c->arts.a[e[k].i];
        uint64_t h = sl_hash(a->title ? a->title : "", a->title ? strlen(a->title) : 0, 0x0bd3);
        e[k].h = sl_hash(a->text, a->len, h);
      }
      qsort(e + i, j - i, sizeof *e, cmp_hash_id);
    }
    i = j;
  }
  for (size_t k = 0; k < n; k++) ids[k] = e[k].i;
  free(e);
  return SL_OK;
}
