/*
 * cli.h — shared pieces of the storyloom command line.  The CLI includes
 * only <storyloom.h>: it parses options, reads input through the library,
 * renders, and maps statuses to exit codes.
 */
#ifndef SL_CLI_H
#define SL_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include <storyloom.h>

/* Exit codes (documented in README.md and --help). */
enum {
  SL_EXIT_OK = 0,       /* every input read */
  SL_EXIT_PARTIAL = 1,  /* output produced, some input skipped */
  SL_EXIT_USAGE = 2,    /* bad command line */
  SL_EXIT_NOINPUT = 3,  /* nothing usable in the input */
  SL_EXIT_INTERNAL = 4  /* out of memory or cannot write output */
};

typedef struct cli_opts {
  sl_ingest_opts ingest;  /* --input-format, --date, --require-dates, --lang */
  sl_digest_opts digest;  /* --words/--bytes/--sentences, --dates, ... */
  sl_format format;       /* --format */
  int color;              /* --color: -1 auto, 0 never, 1 always */
  const char *output;     /* -o FILE, NULL = stdout */
  const char *db;         /* --db FILE: also read the articles of this store */
  int32_t since;          /* --since DATE: only stored articles from this date */
  bool quiet;             /* -q: no diagnostics on stderr */
  int jobs;               /* -j N; 0 = not given (digest.threads = cli_default_jobs()) */
  char **paths;           /* positional arguments */
  int npaths;
} cli_opts;

/* Parses the options common to every reading command.  Unknown options are
 * passed to `extra` (may be NULL) which returns the number of argv items it
 * consumed (0 = unknown).  Returns SL_EXIT_OK or SL_EXIT_USAGE (message
 * printed). */
typedef int (*cli_extra_fn)(int argc, char **argv, int i, void *ctx);
int cli_parse(int argc, char **argv, cli_opts *o, cli_extra_fn extra, void *ctx);

/* Threads building a digest's parts when -j is not given: the online cores,
 * at most 4 (a digest has five tasks, two of them small). */
unsigned cli_default_jobs(void);

/* Reads the --db store (if any) then every path into a new corpus, printing diagnostics unless quiet.
 * Returns the corpus (NULL on failure, with *exit_code set) and sets
 * *partial when some input was skipped. */
sl_corpus *cli_load(const cli_opts *o, bool *partial, int *exit_code);
/** Prints one diagnostic as "FILE[:LINE]: skipped|warning: MSG" on stderr. */
void cli_print_diag(const sl_diag *d);

/* Writes s to -o FILE or stdout.  Returns an exit code. */
int cli_write(const cli_opts *o, const char *s);
/* True when colour should be used for stdout. */
bool cli_use_color(const cli_opts *o);

/* Parses an unsigned number option value; false when invalid. */
bool cli_uint(const char *s, unsigned *out);

/* ---- `storyloom stories`, shared with storyloom-mpi --stories
 * (cli/stories_common.c) ---------------------------------------------- */

typedef struct cli_stories_args {
  sl_stories_opts so;  /* --window, --threshold, ... */
  bool no_digest;      /* --no-digest */
  bool tsv;            /* --format tsv */
} cli_stories_args;

/* Parses the stories options plus the common ones (argv[0] is the command
 * name).  Returns SL_EXIT_OK or SL_EXIT_USAGE (message printed); o->paths
 * is to be freed in every case. */
int cli_stories_parse(int argc, char **argv, cli_opts *o, cli_stories_args *x);

typedef struct cli_story {
  uint32_t id;    /* clusterer's story number (printed as S<id+1>) */
  uint32_t *arts; /* article numbers in processing (date) order */
  size_t n, cap;
  int32_t first, last;
} cli_story;

typedef struct cli_stories {
  const sl_corpus *c;
  sl_stories *sc;
  cli_story *st; /* non-empty stories in output order (size, recency, id) */
  size_t nst;
  size_t na;     /* articles assigned */
  uint32_t *dup; /* per corpus article: the article it duplicates, or UINT32_MAX */
} cli_stories;

/* Clusters the corpus c (kept by reference) into r, printing diagnostics
 * unless o->quiet; sets *partial when the clusterer skipped articles.
 * Deterministic: every process gets the same r from the same input.
 * Returns an exit code; free r with cli_stories_free in every case. */
int cli_stories_cluster(const cli_stories_args *x, const cli_opts *o, const sl_corpus *c,
                        cli_stories *r, bool *partial);
void cli_stories_free(cli_stories *r);

/* The whole output is header + block(0) + ... + block(nst-1) + footer
 * (text, md, json); --format tsv is cli_stories_tsv alone.  All malloc'd
 * (NULL when out of memory) except the footer. */
char *cli_stories_tsv(const cli_stories *r);
char *cli_stories_header(const cli_stories *r, sl_format format);
const char *cli_stories_footer(sl_format format);
/* Story r->st[si]: its header lines and (unless no_digest) its digest.
 * NULL on failure, with a message printed and *rc set. */
char *cli_story_block(const cli_stories *r, size_t si, const cli_opts *o, bool no_digest,
                      unsigned render_flags, int *rc);

/* Subcommands: each returns an exit code. */
int cmd_digest(int argc, char **argv, int parts);
int cmd_report(int argc, char **argv); /* digest with --format html by default */
int cmd_stories(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_serve(int argc, char **argv); /* only when built with libmicrohttpd */
int cmd_eval(int argc, char **argv);
int cmd_eval_rouge(int argc, char **argv);
int cmd_eval_cluster(int argc, char **argv);
int cmd_eval_timeline(int argc, char **argv);

#endif
