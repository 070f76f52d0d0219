/*
 * reader.c — the streaming reader behind every input: bytes arrive in any
 * chunks (sl_reader_feed), the first SL_SNIFF_BYTES non-blank bytes decide
 * binary/empty and the format, then line formats are handed out one
 * complete line at a time and whole-file formats are collected until
 * sl_reader_finish.  sl_corpus_add_buffer is a reader fed once.
 *
 * Invariants:
 *  - the articles and diagnostics do not depend on how the input was cut
 *    into chunks (a byte-by-byte feed equals one buffer);
 *  - in the line phase `buf` never holds a '\n': it is the unfinished
 *    last line, so each input byte is scanned and copied at most twice;
 *  - once `st` is an error every call returns it and does nothing else.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "ingest.h"

/* Leading blanks beyond this are dropped during sniffing (counting their
 * newlines) so that a huge whitespace-only input needs no huge buffer. */
#define SL_LEAD_KEEP 65536

/* Blank bytes skipped before sniffing and in blank-line checks. */
static bool is_blank(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

/* strdup without relying on POSIX; caller frees. */
static char *dup_str(const char *s) {
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (p) memcpy(p, s, n + 1);
  return p;
}

/* True when name ends in ext, ignoring ASCII case. */
static bool has_ext(const char *name, const char *ext) {
  size_t n = strlen(name), k = strlen(ext);
  return n > k && strcasecmp(name + n - k, ext) == 0;
}

/* Internal constructor: every string is copied, so the reader owns its
 * name, id base and source; ctx (when given) is borrowed and must outlive
 * the reader.  NULL when out of memory. */
sl_reader *sl_ingest_reader_new(sl_corpus *c, sl_ingest_ctx *ctx, const char *name,
                                const char *idbase, const char *source_name) {
  SL_API_CHECK(c);
  sl_reader *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->c = c;
  if (ctx) {
    r->ctx = ctx;
  } else {
    sl_ingest_ctx_init(&r->own, c);
    r->ctx = &r->own;
  }
  r->name = dup_str(name && *name ? name : "<input>");
  if (!idbase) { /* basename, "<stdin>" -> "stdin" */
    const char *b = name && *name ? name : "input";
    const char *s = strrchr(b, '/');
    idbase = s && s[1] ? s + 1 : b;
  }
  r->idbase = dup_str(idbase);
  if (r->idbase && r->idbase[0] == '<') {
    size_t n = strlen(r->idbase);
    memmove(r->idbase, r->idbase + 1, n);
    if (n > 1 && r->idbase[n - 2] == '>') r->idbase[n - 2] = '\0';
  }
  r->source = source_name ? dup_str(source_name) : sl_ingest_source_from_name(r->name);
  r->markdown = has_ext(r->name, ".md") || has_ext(r->name, ".markdown");
  r->phase = SL_RD_SNIFF;
  r->max_bytes = SL_MAX_INPUT_BYTES;
  r->line = 1;
  r->st = SL_OK;
  sl_buf_init(&r->buf);
  sl_buf_init(&r->scratch);
  sl_buf_init(&r->work);
  if (!r->name || !r->idbase) {
    sl_reader_free(r);
    return NULL;
  }
  return r;
}

/* Public constructor: a stand-alone reader with its own id registry. */
sl_reader *sl_reader_new(sl_corpus *c, const char *name) {
  return sl_ingest_reader_new(c, NULL, name, NULL, NULL);
}

/* Frees the reader and its buffers, never the corpus. */
void sl_reader_free(sl_reader *r) {
  if (!r) return;
  if (r->ctx == &r->own) sl_ingest_ctx_free(&r->own);
  sl_buf_free(&r->buf);
  sl_buf_free(&r->scratch);
  sl_buf_free(&r->work);
  free(r->name);
  free(r->idbase);
  free(r->source);
  free(r);
}

/* Drops the first k bytes of buf. */
static void buf_drop(sl_buf *b, size_t k) {
  memmove(b->p, b->p + k, b->len - k);
  b->len -= k;
  if (b->p) b->p[b->len] = '\0';
}

/* Records the first failure; later calls become no-ops. */
static void fail(sl_reader *r, sl_status st) {
  if (r->st == SL_OK) r->st = st;
}

/* One line of a line format; blank lines are skipped silently. */
static void do_line(sl_reader *r, const char *p, size_t n) {
  size_t i = 0;
  while (i < n && is_blank(p[i])) i++;
  if (i == n) return;
  sl_status st = r->fmt == SL_FMT_JSONL ? sl_read_jsonl_line(r, p, n, r->line)
                                        : sl_read_multinews_line(r, p, n, r->line);
  if (st == SL_ENOMEM) fail(r, st);
}

/* Diagnoses the line r->line as too long (the caller drops its bytes). */
static void too_long(sl_reader *r) {
  sl_ingest_bad_line(r, r->line, "line longer than %zu bytes skipped", r->max_bytes);
}

/* Hands out the complete lines of p[0..n) (and the unterminated rest when
 * final).  Returns the bytes consumed. */
static size_t run_lines(sl_reader *r, const char *p, size_t n, bool final) {
  size_t i = 0;
  while (i < n && r->st == SL_OK) {
    const char *nl = memchr(p + i, '\n', n - i);
    if (!nl && !final) break;
    size_t e = nl ? (size_t)(nl - p) : n;
    size_t len = e - i;
    if (len > r->max_bytes) {
      too_long(r);
    } else {
      if (len && p[i + len - 1] == '\r') len--;
      do_line(r, p + i, len);
    }
    r->line++;
    i = nl ? e + 1 : n;
  }
  return i;
}

/* Line phase: feeds p[0..n), keeping only an unfinished line in buf.  A
 * line over max_bytes is never buffered: it is diagnosed once and its
 * bytes dropped up to the next newline (the same outcome as run_lines on
 * the whole input, so chunking does not matter). */
static void lines_feed(sl_reader *r, const char *p, size_t n) {
  while (n && r->st == SL_OK) {
    if (r->skipping) {
      const char *nl = memchr(p, '\n', n);
      if (!nl) return;
      size_t k = (size_t)(nl - p) + 1;
      p += k, n -= k;
      r->skipping = false;
      r->line++;
    } else if (r->buf.len) {
      const char *nl = memchr(p, '\n', n);
      size_t k = nl ? (size_t)(nl - p) + 1 : n;
      if (r->buf.len + (k - (nl != NULL)) > r->max_bytes) {
        too_long(r);
        r->buf.len = 0;
        r->skipping = true;
        continue;
      }
      sl_buf_put(&r->buf, p, k);
      if (r->buf.oom) {
        fail(r, SL_ENOMEM);
        return;
      }
      p += k, n -= k;
      if (!nl) return;
      size_t used = run_lines(r, r->buf.p, r->buf.len, false);
      buf_drop(&r->buf, used);
    } else {
      size_t used = run_lines(r, p, n, false);
      p += used, n -= used;
      if (n > r->max_bytes) { /* the unfinished rest is already too long */
        too_long(r);
        r->skipping = true;
        continue;
      }
      sl_buf_put(&r->buf, p, n);
      if (r->buf.oom) fail(r, SL_ENOMEM);
      return;
    }
  }
}

/* Whole-file formats: an input over max_bytes cannot be one article. */
static bool whole_too_large(sl_reader *r) {
  if (r->nfed <= r->max_bytes) return false;
  r->why = "file too large";
  sl_ingest_diag(r, SL_DIAG_SKIPPED, 0, "too large for one article (over %zu bytes)",
                 r->max_bytes);
  r->phase = SL_RD_DONE;
  sl_buf_free(&r->buf);
  return true;
}

/* Sniffing is over: decide what the input is.  final: no more bytes come. */
static void decide(sl_reader *r, bool final) {
  size_t wn = SL_MIN(r->buf.len - r->lead, (size_t)SL_SNIFF_BYTES);
  const char *w = r->buf.p + r->lead;
  if (wn == 0) {
    assert(final);
    r->why = "empty file";
    sl_ingest_diag(r, SL_DIAG_SKIPPED, 0, "empty file");
    r->phase = SL_RD_DONE;
    sl_buf_free(&r->buf);
    return;
  }
  if (sl_ingest_is_binary(w, wn)) {
    r->why = "binary file";
    sl_ingest_diag(r, SL_DIAG_SKIPPED, 0, "binary file (NUL or control bytes in the first %d bytes)",
                   SL_SNIFF_BYTES);
    r->phase = SL_RD_DONE;
    sl_buf_free(&r->buf);
    return;
  }
  /* A ".jsonl" name decides: a broken first line that does not start with
   * "{" must not turn the whole file into one plain-text article. */
  r->fmt = r->c->opts.format;
  if (r->fmt == SL_FMT_AUTO)
    r->fmt = has_ext(r->name, ".jsonl") || has_ext(r->name, ".ndjson") ? SL_FMT_JSONL
                                                                       : sl_ingest_detect(w, wn);
  r->json_doc = r->fmt == SL_FMT_JSONL && sl_ingest_json_document(w, wn);
  if ((r->fmt == SL_FMT_JSONL && !r->json_doc) || r->fmt == SL_FMT_MULTINEWS) {
    r->phase = SL_RD_LINES;
    size_t used = run_lines(r, r->buf.p, r->buf.len, false);
    buf_drop(&r->buf, used);
  } else {
    r->phase = SL_RD_WHOLE;
  }
}

/* Sniff phase bookkeeping after bytes were appended. */
static void sniff_step(sl_reader *r, bool final) {
  if (!r->bom_checked && (r->buf.len >= 3 || final)) {
    r->bom_checked = true;
    if (r->buf.len >= 3 && memcmp(r->buf.p, "\xEF\xBB\xBF", 3) == 0) buf_drop(&r->buf, 3);
  }
  if (!r->bom_checked) return;
  while (r->lead < r->buf.len && is_blank(r->buf.p[r->lead])) r->lead++;
  if (r->lead >= SL_LEAD_KEEP) { /* keep the line count, not the blanks */
    for (size_t i = 0; i < r->lead; i++) r->line += r->buf.p[i] == '\n';
    buf_drop(&r->buf, r->lead);
    r->lead = 0;
  }
  if (final || r->buf.len - r->lead >= SL_SNIFF_BYTES) decide(r, final);
}

/* Appends bytes: sniffs until the window is full, then streams lines or
 * collects the whole file.  Returns SL_OK or the sticky failure. */
sl_status sl_reader_feed(sl_reader *r, const char *p, size_t n) {
  SL_API_CHECK(r && (p || !n));
  r->nfed += n;
  while (n && r->st == SL_OK) {
    switch (r->phase) {
    case SL_RD_SNIFF: {
      /* Small steps so that the window is decided without copying more
       * than a few KB past it. */
      size_t k = SL_MIN(n, (size_t)4096);
      sl_buf_put(&r->buf, p, k);
      if (r->buf.oom) fail(r, SL_ENOMEM);
      p += k, n -= k;
      if (r->st == SL_OK) sniff_step(r, false);
      break;
    }
    case SL_RD_LINES:
      lines_feed(r, p, n);
      n = 0;
      break;
    case SL_RD_WHOLE:
      if (!whole_too_large(r)) {
        sl_buf_put(&r->buf, p, n);
        if (r->buf.oom) fail(r, SL_ENOMEM);
      }
      n = 0;
      break;
    default: /* done (binary, empty, aborted): the rest is ignored */
      n = 0;
      break;
    }
  }
  return r->st;
}

/* After a read error: complete lines already went to the corpus; the
 * unfinished line or the partial whole file is dropped with a diagnostic. */
void sl_ingest_reader_abort(sl_reader *r, const char *why) {
  if (r->phase == SL_RD_DONE) return;
  sl_ingest_diag(r, SL_DIAG_SKIPPED, r->phase == SL_RD_LINES ? r->line : 0,
                 "read error: %s%s", why,
                 r->phase == SL_RD_LINES ? " (the lines before it were kept)" : "");
  r->why = "read error";
  r->phase = SL_RD_DONE;
  sl_buf_free(&r->buf);
}

/* Flushes the last line or reads the collected file, adds the per-input
 * summaries, and reports: SL_OK when this input gave at least one
 * article, SL_EEMPTY (err names the file and the reason) when none. */
sl_status sl_reader_finish(sl_reader *r, sl_error *err) {
  SL_API_CHECK(r);
  if (r->st == SL_OK && r->phase == SL_RD_SNIFF) sniff_step(r, true);
  if (r->st == SL_OK && r->phase == SL_RD_LINES) {
    (void)run_lines(r, r->buf.p ? r->buf.p : "", r->buf.len, true);
  } else if (r->st == SL_OK && r->phase == SL_RD_WHOLE && !whole_too_large(r)) {
    const char *t = r->buf.p ? r->buf.p : "";
    sl_status st = r->json_doc            ? sl_read_json_doc(r, t, r->buf.len, r->line)
                   : r->fmt == SL_FMT_SEED ? sl_read_seed(r, t, r->buf.len, r->line)
                                           : sl_read_text(r, t, r->buf.len, r->line);
    if (st == SL_ENOMEM) fail(r, st);
  }
  r->phase = SL_RD_DONE;
  sl_buf_free(&r->buf);
  if (r->st != SL_OK) return sl_error_set(err, r->st, r->name, 0, "%s", sl_strerror(r->st));

  /* Per-input summaries. */
  if (r->bad_lines > SL_MAX_LINE_DIAGS)
    sl_ingest_diag(r, SL_DIAG_SKIPPED, 0, "%zu more malformed lines not listed",
                   r->bad_lines - SL_MAX_LINE_DIAGS);
  if (r->undated == 1)
    sl_ingest_diag(r, SL_DIAG_WARNING, r->undated_line, "no date");
  else if (r->undated > 1)
    sl_ingest_diag(r, SL_DIAG_WARNING, r->undated_line,
                   "no date on %zu articles (the first on this line)",
                   r->undated);
  r->undated = 0, r->bad_lines = 0;
  if (r->added) return SL_OK;
  if (r->why) return sl_error_set(err, SL_EEMPTY, r->name, 0, "no articles read (%s)", r->why);
  return sl_error_set(err, SL_EEMPTY, r->name, 0, "no articles read");
}

/* One buffer = one reader fed once; buf is only read, never kept. */
sl_status sl_corpus_add_buffer(sl_corpus *c, const char *name, const char *buf, size_t len,
                               sl_error *err) {
  SL_API_CHECK(c && (buf || !len));
  sl_reader *r = sl_reader_new(c, name);
  if (!r) return sl_error_set(err, SL_ENOMEM, name, 0, "out of memory");
  sl_status st = sl_reader_feed(r, buf, len);
  sl_status fin = sl_reader_finish(r, err);
  sl_reader_free(r);
  return st != SL_OK ? st : fin;
}
