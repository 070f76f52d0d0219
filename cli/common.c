/*
 * common.c — option parsing, input loading and output shared by the
 * subcommands.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

bool cli_uint(const char *s, unsigned *out) {
  if (!s || !*s) return false;
  char *end;
  errno = 0;
  unsigned long v = strtoul(s, &end, 10);
  if (errno || *end || v > 100000000ul || s[0] == '-') return false;
  *out = (unsigned)v;
  return true;
}

static int usage_err(const char *fmt, const char *arg) {
  fprintf(stderr, "storyloom: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\nTry 'storyloom --help'.\n");
  return SL_EXIT_USAGE;
}

/* Value of an option given as "--opt V" or "--opt=V"; advances *i. */
static const char *opt_value(int argc, char **argv, int *i, const char *name, bool *matched) {
  size_t n = strlen(name);
  const char *a = argv[*i];
  *matched = false;
  if (strncmp(a, name, n) != 0) return NULL;
  if (a[n] == '=') {
    *matched = true;
    return a + n + 1;
  }
  if (a[n] != '\0') return NULL;
  *matched = true;
  if (*i + 1 >= argc) return NULL;
  return argv[++*i];
}

unsigned cli_default_jobs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 4 ? 4 : (unsigned)n;
}

int cli_parse(int argc, char **argv, cli_opts *o, cli_extra_fn extra, void *ctx) {
  memset(o, 0, sizeof *o);
  sl_ingest_opts_init(&o->ingest);
  sl_digest_opts_init(&o->digest);
  o->format = SL_FORMAT_TEXT;
  o->color = -1;
  o->jobs = 0; /* not given: cli_default_jobs() */
  o->since = SL_NO_DATE;
  o->paths = calloc((size_t)argc + 1, sizeof *o->paths);
  if (!o->paths) return SL_EXIT_INTERNAL;
  bool budget_set = false;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v;
    bool m;
    if (a[0] != '-' || strcmp(a, "-") == 0) {
      o->paths[o->npaths++] = argv[i];
      continue;
    }
    if (strcmp(a, "--") == 0) {
      while (++i < argc) o->paths[o->npaths++] = argv[i];
      break;
    }
    if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
      o->quiet = true;
      continue;
    }
    if (strcmp(a, "--require-dates") == 0) {
      o->ingest.require_dates = 1;
      continue;
    }
#define VALUE(name) ((v = opt_value(argc, argv, &i, name, &m)), m)
    if (VALUE("--format")) {
      if (!v) return usage_err("%s needs a value", "--format");
      if (!strcmp(v, "text")) o->format = SL_FORMAT_TEXT;
      else if (!strcmp(v, "md")) o->format = SL_FORMAT_MD;
      else if (!strcmp(v, "json")) o->format = SL_FORMAT_JSON;
      else if (!strcmp(v, "html")) o->format = SL_FORMAT_HTML;
      else return usage_err("unknown format '%s' (text, md, json, html)", v);
    } else if (VALUE("--input-format")) {
      if (!v) return usage_err("%s needs a value", "--input-format");
      if (!strcmp(v, "auto")) o->ingest.format = SL_FMT_AUTO;
      else if (!strcmp(v, "seed")) o->ingest.format = SL_FMT_SEED;
      else if (!strcmp(v, "text")) o->ingest.format = SL_FMT_TEXT;
      else if (!strcmp(v, "jsonl")) o->ingest.format = SL_FMT_JSONL;
      else if (!strcmp(v, "multinews")) o->ingest.format = SL_FMT_MULTINEWS;
      else return usage_err("unknown input format '%s' (auto, seed, text, jsonl, multinews)", v);
    } else if (VALUE("--words") || VALUE("--bytes") || VALUE("--sentences")) {
      unsigned n;
      if (!cli_uint(v, &n) || n == 0) return usage_err("%s needs a positive number", a);
      if (!budget_set) o->digest.words = 0; /* the first budget given replaces the default */
      budget_set = true;
      if (strstr(a, "--words")) o->digest.words = n;
      else if (strstr(a, "--bytes")) o->digest.bytes = n;
      else o->digest.sentences = n;
    } else if (VALUE("--dates")) {
      if (!cli_uint(v, &o->digest.tl_dates)) return usage_err("%s needs a number", a);
    } else if (VALUE("--sentences-per-date")) {
      if (!cli_uint(v, &o->digest.tl_per_date) || !o->digest.tl_per_date)
        return usage_err("%s needs a positive number", a);
    } else if (VALUE("--quotes")) {
      if (!cli_uint(v, &o->digest.max_quotes)) return usage_err("%s needs a number", a);
    } else if (VALUE("--date")) {
      if (!v || (o->ingest.default_date = sl_date_parse(v, strlen(v))) == SL_NO_DATE)
        return usage_err("--date needs YYYY-MM-DD, got '%s'", v ? v : "");
    } else if (VALUE("--db")) {
      if (!v) return usage_err("%s needs a file name", "--db");
      o->db = v;
    } else if (VALUE("--since")) {
      if (!v || (o->since = sl_date_parse(v, strlen(v))) == SL_NO_DATE)
        return usage_err("--since needs YYYY-MM-DD, got '%s'", v ? v : "");
    } else if (VALUE("--lang")) {
      if (!v) return usage_err("%s needs a value", "--lang");
      o->ingest.lang = strcmp(v, "en") == 0 ? "english" : v;
    } else if (VALUE("--color")) {
      if (!v) return usage_err("%s needs a value", "--color");
      if (!strcmp(v, "auto")) o->color = -1;
      else if (!strcmp(v, "always")) o->color = 1;
      else if (!strcmp(v, "never")) o->color = 0;
      else return usage_err("--color takes auto, always or never, not '%s'", v);
    } else if (VALUE("-o") || VALUE("--output")) {
      if (!v) return usage_err("%s needs a file name", a);
      o->output = v;
    } else if (VALUE("-j") || VALUE("--jobs")) {
      unsigned n;
      if (!cli_uint(v, &n) || n == 0) return usage_err("%s needs a positive number", a);
      o->jobs = (int)n;
    } else {
      int used = extra ? extra(argc, argv, i, ctx) : 0;
      if (used < 0) return SL_EXIT_USAGE;
      if (used == 0) return usage_err("unknown option '%s'", a);
      i += used - 1;
    }
#undef VALUE
  }
  o->digest.threads = o->jobs ? (unsigned)o->jobs : cli_default_jobs();
  if (o->since != SL_NO_DATE && !o->db)
    return usage_err("%s only filters the articles of a store: give --db FILE too", "--since");
  return SL_EXIT_OK;
}

sl_corpus *cli_load(const cli_opts *o, bool *partial, int *exit_code) {
  *partial = false;
  if (o->npaths == 0 && !o->db) {
    fprintf(stderr, "storyloom: no input (give files, directories or '-' for stdin)\n");
    *exit_code = SL_EXIT_USAGE;
    return NULL;
  }
  sl_corpus *c = sl_corpus_new(&o->ingest);
  if (!c) {
    /* Tell an unknown --lang (a usage error) from out of memory. */
    sl_ingest_opts dflt = o->ingest;
    dflt.lang = NULL;
    sl_corpus *probe = o->ingest.lang ? sl_corpus_new(&dflt) : NULL;
    if (probe) {
      sl_corpus_free(probe);
      fprintf(stderr, "storyloom: unknown --lang '%s' (a Snowball stemmer name such as english, "
                      "german, french; or en)\nTry 'storyloom --help'.\n", o->ingest.lang);
      *exit_code = SL_EXIT_USAGE;
      return NULL;
    }
    fprintf(stderr, "storyloom: cannot create corpus (out of memory)\n");
    *exit_code = SL_EXIT_INTERNAL;
    return NULL;
  }
  if (o->db) {
    /* Reading must not create a store (SQLite would make a missing or
     * empty file a new database): a mistyped --db is reported instead. */
    struct stat sb;
    const char *why = NULL;
    if (stat(o->db, &sb) != 0) why = strerror(errno);
    else if (S_ISREG(sb.st_mode) && sb.st_size == 0) why = "empty file, not a store";
    if (why) {
      fprintf(stderr, "%s: cannot open: %s\n", o->db, why);
      sl_corpus_free(c);
      *exit_code = SL_EXIT_NOINPUT;
      return NULL;
    }
    sl_error err = {0};
    sl_store *s = sl_store_open(o->db, &err);
    sl_status st = s ? sl_store_load(s, c, o->since, &err) : err.status;
    sl_store_close(s);
    if (st != SL_OK) {
      fprintf(stderr, "%s: %s\n", o->db, err.msg);
      sl_corpus_free(c);
      *exit_code = st == SL_ENOMEM ? SL_EXIT_INTERNAL : SL_EXIT_NOINPUT;
      return NULL;
    }
  }
  for (int i = 0; i < o->npaths; i++) {
    sl_error err = {0};
    size_t ndiag = sl_corpus_diag_count(c);
    sl_status st = sl_corpus_add_path(c, o->paths[i], &err);
    if (st == SL_ENOMEM) {
      fprintf(stderr, "storyloom: out of memory\n");
      sl_corpus_free(c);
      *exit_code = SL_EXIT_INTERNAL;
      return NULL;
    }
    if (st != SL_OK) {
      *partial = true;
      /* When the reader recorded why (diagnostics, printed below), the
       * summary error would only repeat it. */
      if (!o->quiet && sl_corpus_diag_count(c) == ndiag) {
        if (err.line) fprintf(stderr, "%s:%ld: %s\n", err.file, err.line, err.msg);
        else fprintf(stderr, "%s: %s\n", err.file[0] ? err.file : o->paths[i], err.msg);
      }
    }
  }
  for (size_t i = 0; i < sl_corpus_diag_count(c); i++) {
    const sl_diag *d = sl_corpus_diag(c, i);
    if (d->severity == SL_DIAG_SKIPPED) *partial = true;
    if (!o->quiet) cli_print_diag(d);
  }
  size_t known = sl_corpus_known_count(c);
  if (known && !o->quiet)
    fprintf(stderr, "storyloom: %zu article%s given %s already in %s: counted once\n", known,
            known == 1 ? "" : "s", known == 1 ? "is" : "are", o->db);
  if (sl_corpus_count(c) == 0) {
    fprintf(stderr, "storyloom: no usable articles in the input\n");
    sl_corpus_free(c);
    *exit_code = SL_EXIT_NOINPUT;
    return NULL;
  }
  *exit_code = SL_EXIT_OK;
  return c;
}

void cli_print_diag(const sl_diag *d) {
  const char *kind = d->severity == SL_DIAG_SKIPPED ? "skipped" : "warning";
  if (d->line) fprintf(stderr, "%s:%ld: %s: %s\n", d->file, d->line, kind, d->msg);
  else fprintf(stderr, "%s: %s: %s\n", d->file, kind, d->msg);
}

bool cli_use_color(const cli_opts *o) {
  if (o->color >= 0) return o->color == 1;
  if (o->output || o->format != SL_FORMAT_TEXT) return false;
  const char *nc = getenv("NO_COLOR");
  if (nc && *nc) return false;
  return isatty(STDOUT_FILENO);
}

int cli_write(const cli_opts *o, const char *s) {
  FILE *f = stdout;
  if (o->output && !(f = fopen(o->output, "wb"))) {
    fprintf(stderr, "storyloom: cannot write %s: %s\n", o->output, strerror(errno));
    return SL_EXIT_INTERNAL;
  }
  size_t n = strlen(s);
  bool ok = fwrite(s, 1, n, f) == n;
  ok = (f == stdout ? fflush(f) == 0 : fclose(f) == 0) && ok;
  if (!ok) {
    fprintf(stderr, "storyloom: write error\n");
    return SL_EXIT_INTERNAL;
  }
  return SL_EXIT_OK;
}
