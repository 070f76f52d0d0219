/*
 * cmd_serve.c — storyloom serve --db FILE: a small HTTP front end to a
 * store (libmicrohttpd).  It is part of the command-line client, not of
 * libstoryloom, so the library carries no HTTP dependency.
 *
 *   GET  /health                 "ok"
 *   GET  /articles               JSON list of stored articles
 *   GET  /digest?format=html|json|text|md&since=YYYY-MM-DD&words=N
 *   POST /ingest                 body: articles in any input format → store;
 *                                answer {read, added, skipped, total, messages}
 *
 * Binds to 127.0.0.1 unless --bind says otherwise.  Each request opens
 * the store and works on a fresh corpus, so concurrent ingests and reads
 * see consistent snapshots (SQLite WAL).
 */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

typedef struct serve_ctx {
  const char *db;        /* store path */
  long max_requests;     /* stop after this many (0 = run until signalled) */
  _Atomic long served;   /* requests answered (written by the server thread) */
  unsigned threads;      /* -j: threads building a digest's parts */
} serve_ctx;

typedef struct post_buf {
  char *p;
  size_t len, cap;
  int too_big;
} post_buf;

#define SL_SERVE_MAX_BODY (64u * 1024 * 1024)

static volatile sig_atomic_t stop_flag;
static void on_signal(int sig) { (void)sig, stop_flag = 1; }

static enum MHD_Result reply(struct MHD_Connection *conn, unsigned code, const char *type,
                             char *body /* freed */) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(strlen(body), body, MHD_RESPMEM_MUST_FREE);
  MHD_add_response_header(r, "Content-Type", type);
  enum MHD_Result ret = MHD_queue_response(conn, code, r);
  MHD_destroy_response(r);
  return ret;
}

static enum MHD_Result reply_msg(struct MHD_Connection *conn, unsigned code, const char *msg) {
  char *b = malloc(strlen(msg) + 2);
  if (!b) return MHD_NO;
  sprintf(b, "%s\n", msg);
  return reply(conn, code, "text/plain; charset=utf-8", b);
}

/* Loads the store into a new corpus; NULL with *code/msg set on failure. */
static sl_corpus *load_store(const serve_ctx *sc, int32_t since, unsigned *code, char *msg,
                             size_t cap) {
  sl_error err = {0};
  sl_store *s = sl_store_open(sc->db, &err);
  sl_corpus *c = s ? sl_corpus_new(NULL) : NULL;
  if (!c || sl_store_load(s, c, since, &err) != SL_OK) {
    snprintf(msg, cap, "store: %s", err.msg[0] ? err.msg : "out of memory");
    *code = MHD_HTTP_INTERNAL_SERVER_ERROR;
    sl_corpus_free(c);
    c = NULL;
  } else if (sl_corpus_count(c) == 0) {
    snprintf(msg, cap, "the store has no articles%s", since != SL_NO_DATE ? " since that date" : "");
    *code = MHD_HTTP_NOT_FOUND;
    sl_corpus_free(c);
    c = NULL;
  }
  sl_store_close(s);
  return c;
}

static enum MHD_Result get_digest(struct MHD_Connection *conn, const serve_ctx *sc) {
  const char *fmt = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "format");
  const char *since_s = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "since");
  const char *words = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "words");
  sl_format f = SL_FORMAT_HTML;
  const char *type = "text/html; charset=utf-8";
  if (fmt && !strcmp(fmt, "json")) f = SL_FORMAT_JSON, type = "application/json";
  else if (fmt && !strcmp(fmt, "text")) f = SL_FORMAT_TEXT, type = "text/plain; charset=utf-8";
  else if (fmt && !strcmp(fmt, "md")) f = SL_FORMAT_MD, type = "text/markdown; charset=utf-8";
  else if (fmt && strcmp(fmt, "html")) return reply_msg(conn, MHD_HTTP_BAD_REQUEST, "unknown format");
  int32_t since = since_s ? sl_date_parse(since_s, strlen(since_s)) : SL_NO_DATE;
  if (since_s && since == SL_NO_DATE)
    return reply_msg(conn, MHD_HTTP_BAD_REQUEST, "since must be YYYY-MM-DD");
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.threads = sc->threads;
  if (words && (!cli_uint(words, &o.words) || !o.words))
    return reply_msg(conn, MHD_HTTP_BAD_REQUEST, "words must be a positive number");
  unsigned code;
  char msg[600];
  sl_corpus *c = load_store(sc, since, &code, msg, sizeof msg);
  if (!c) return reply_msg(conn, code, msg);
  sl_digest *d = sl_digest_new(c, NULL, 0, &o, NULL);
  char *out = d ? sl_render_digest(d, f, 0) : NULL;
  sl_digest_free(d);
  sl_corpus_free(c);
  if (!out) return reply_msg(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
  return reply(conn, MHD_HTTP_OK, type, out);
}

/* JSON string literal of s (minimal escaping for ids and names). */
static void put_json_str(FILE *f, const char *s) {
  fputc('"', f);
  for (; s && *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch == '"' || ch == '\\') fprintf(f, "\\%c", ch);
    else if (ch < 0x20) fprintf(f, "\\u%04x", ch);
    else fputc(ch, f);
  }
  fputc('"', f);
}

static enum MHD_Result get_articles(struct MHD_Connection *conn, const serve_ctx *sc) {
  unsigned code;
  char msg[600];
  sl_corpus *c = load_store(sc, SL_NO_DATE, &code, msg, sizeof msg);
  if (!c) return reply_msg(conn, code, msg);
  char *body = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&body, &len);
  if (!f) {
    sl_corpus_free(c);
    return reply_msg(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
  }
  fputc('[', f);
  for (uint32_t i = 0; i < sl_corpus_count(c); i++) {
    char date[16];
    sl_date_format(sl_article_date(c, i), date);
    fputs(i ? ",\n{\"id\":" : "{\"id\":", f);
    put_json_str(f, sl_article_id(c, i));
    fputs(",\"source\":", f);
    put_json_str(f, sl_article_source(c, i));
    fputs(",\"date\":", f);
    put_json_str(f, date);
    fputs(",\"title\":", f);
    if (sl_article_title(c, i)) put_json_str(f, sl_article_title(c, i));
    else fputs("null", f);
    fputc('}', f);
  }
  fputs("]\n", f);
  fclose(f);
  sl_corpus_free(c);
  return reply(conn, MHD_HTTP_OK, "application/json", body);
}

/* Logs the request's diagnostics on the server's stderr, line numbers
 * counted in the request body. */
static void log_diags(const sl_corpus *c) {
  for (size_t i = 0; i < sl_corpus_diag_count(c); i++) {
    fprintf(stderr, "storyloom: POST /ingest: ");
    cli_print_diag(sl_corpus_diag(c, i));
  }
}

static enum MHD_Result post_ingest(struct MHD_Connection *conn, const serve_ctx *sc,
                                   const post_buf *pb) {
  sl_corpus *c = sl_corpus_new(NULL);
  if (!c) return reply_msg(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, "out of memory");
  sl_error err = {0};
  sl_status st = sl_corpus_add_buffer(c, "<request>", pb->p ? pb->p : "", pb->len, &err);
  if (st != SL_OK && sl_corpus_count(c) == 0) {
    log_diags(c);
    const sl_diag *d = sl_corpus_diag_count(c) ? sl_corpus_diag(c, 0) : NULL;
    char msg[1200];
    if (d && d->line)
      snprintf(msg, sizeof msg, "no usable article in the request body (line %ld: %s)", d->line,
               d->msg);
    else
      snprintf(msg, sizeof msg, "no usable article in the request body%s%s%s", d ? " (" : "",
               d ? d->msg : "", d ? ")" : "");
    sl_corpus_free(c);
    return reply_msg(conn, MHD_HTTP_BAD_REQUEST, msg);
  }
  sl_store *s = sl_store_open(sc->db, &err);
  size_t added = 0;
  st = s ? sl_store_put(s, c, &added, &err) : err.status;
  size_t total = s ? sl_store_count(s) : 0;
  sl_store_close(s);
  log_diags(c);
  size_t skipped = 0;
  for (size_t i = 0; i < sl_corpus_diag_count(c); i++)
    skipped += sl_corpus_diag(c, i)->severity == SL_DIAG_SKIPPED;
  size_t read = sl_corpus_count(c);
  if (st != SL_OK) {
    sl_corpus_free(c);
    return reply_msg(conn, MHD_HTTP_INTERNAL_SERVER_ERROR, err.msg);
  }
  /* {"read","added","skipped","total","messages":[{"line","severity","message"}]}:
   * line is the 1-based line of the request body (0: the whole body). */
  char *b = NULL;
  size_t blen = 0;
  FILE *f = open_memstream(&b, &blen);
  if (!f) {
    sl_corpus_free(c);
    return MHD_NO;
  }
  fprintf(f, "{\"read\":%zu,\"added\":%zu,\"skipped\":%zu,\"total\":%zu,\"messages\":[", read,
          added, skipped, total);
  for (size_t i = 0; i < sl_corpus_diag_count(c); i++) {
    const sl_diag *d = sl_corpus_diag(c, i);
    fprintf(f, "%s{\"line\":%ld,\"severity\":\"%s\",\"message\":", i ? "," : "", d->line,
            d->severity == SL_DIAG_SKIPPED ? "skipped" : "warning");
    put_json_str(f, d->msg);
    fputc('}', f);
  }
  fputs("]}\n", f);
  sl_corpus_free(c);
  if (fclose(f) != 0) {
    free(b);
    return MHD_NO;
  }
  return reply(conn, MHD_HTTP_OK, "application/json", b);
}

static enum MHD_Result handler(void *cls, struct MHD_Connection *conn, const char *url,
                               const char *method, const char *version, const char *data,
                               size_t *size, void **state) {
  serve_ctx *sc = cls;
  (void)version;
  if (!strcmp(method, "POST")) {
    post_buf *pb = *state;
    if (!pb) { /* first call: headers only */
      if (!(pb = calloc(1, sizeof *pb))) return MHD_NO;
      *state = pb;
      return MHD_YES;
    }
    if (*size) { /* body chunk */
      if (pb->len + *size > SL_SERVE_MAX_BODY) pb->too_big = 1;
      if (!pb->too_big) {
        if (pb->len + *size > pb->cap) {
          size_t cap = pb->cap ? pb->cap : 65536;
          while (cap < pb->len + *size) cap *= 2;
          char *p = realloc(pb->p, cap);
          if (!p) return MHD_NO;
          pb->p = p, pb->cap = cap;
        }
        memcpy(pb->p + pb->len, data, *size);
        pb->len += *size;
      }
      *size = 0;
      return MHD_YES;
    }
  }
  if (!strcmp(method, "GET") && !strcmp(url, "/health")) return reply_msg(conn, MHD_HTTP_OK, "ok");
  if (!strcmp(method, "GET") && !strcmp(url, "/articles")) return get_articles(conn, sc);
  if (!strcmp(method, "GET") && (!strcmp(url, "/digest") || !strcmp(url, "/")))
    return get_digest(conn, sc);
  if (!strcmp(method, "POST") && !strcmp(url, "/ingest")) {
    const post_buf *pb = *state;
    if (pb->too_big) return reply_msg(conn, MHD_HTTP_CONTENT_TOO_LARGE, "request body too large");
    return post_ingest(conn, sc, pb);
  }
  return reply_msg(conn, MHD_HTTP_NOT_FOUND, "not found (try /digest, /articles, POST /ingest)");
}

/* Called once a response has been sent (or the request aborted): counting
 * here, not in the handler, lets --max-requests finish the last reply. */
static void completed(void *cls, struct MHD_Connection *conn, void **state,
                      enum MHD_RequestTerminationCode toe) {
  (void)conn, (void)toe;
  ((serve_ctx *)cls)->served++;
  post_buf *pb = *state;
  if (pb) free(pb->p);
  free(pb);
  *state = NULL;
}

typedef struct serve_args {
  unsigned port;
  const char *bind;
  long max_requests;
} serve_args;

static int serve_extra(int argc, char **argv, int i, void *ctx) {
  serve_args *a = ctx;
  unsigned v;
  if (i + 1 >= argc) return 0;
  if (!strcmp(argv[i], "--port")) {
    if (!cli_uint(argv[i + 1], &v) || v > 65535) {
      fprintf(stderr, "storyloom: --port needs a number 0-65535\n");
      return -1;
    }
    a->port = v;
    return 2;
  }
  if (!strcmp(argv[i], "--bind")) {
    a->bind = argv[i + 1];
    return 2;
  }
  if (!strcmp(argv[i], "--max-requests")) {
    if (!cli_uint(argv[i + 1], &v)) return -1;
    a->max_requests = v;
    return 2;
  }
  return 0;
}

int cmd_serve(int argc, char **argv) {
  cli_opts o;
  serve_args sa = {8080, "127.0.0.1", 0};
  int rc = cli_parse(argc, argv, &o, serve_extra, &sa);
  free(o.paths);
  if (rc != SL_EXIT_OK) return rc;
  if (!o.db) {
    fprintf(stderr, "storyloom: serve needs --db FILE\n");
    return SL_EXIT_USAGE;
  }
  struct sockaddr_in addr = {0};
  addr.sin_family = AF_INET;
  addr.sin_port = htons((uint16_t)sa.port);
  if (inet_pton(AF_INET, sa.bind, &addr.sin_addr) != 1) {
    fprintf(stderr, "storyloom: --bind needs an IPv4 address, got '%s'\n", sa.bind);
    return SL_EXIT_USAGE;
  }
  serve_ctx sc = {o.db, sa.max_requests, 0, o.digest.threads};
  struct MHD_Daemon *d = MHD_start_daemon(
      MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG, (uint16_t)sa.port, NULL, NULL, handler,
      &sc, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr, MHD_OPTION_NOTIFY_COMPLETED, completed,
      &sc, MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_END);
  if (!d) {
    fprintf(stderr, "storyloom: cannot listen on %s:%u\n", sa.bind, sa.port);
    return SL_EXIT_INTERNAL;
  }
  const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
  fprintf(stderr, "storyloom: serving %s on http://%s:%u/ (Ctrl-C stops)\n", o.db, sa.bind,
          info ? info->port : sa.port);
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  struct timespec tick = {0, 20 * 1000 * 1000};
  while (!stop_flag && !(sc.max_requests && sc.served >= sc.max_requests)) nanosleep(&tick, NULL);
  MHD_stop_daemon(d);
  return SL_EXIT_OK;
}
