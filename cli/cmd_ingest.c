/*
 * cmd_ingest.c — storyloom ingest --db FILE PATH...: read articles and
 * keep them in an SQLite store, so later runs can use `--db FILE`.
 */
#include <stdlib.h>

#include "cli.h"

int cmd_ingest(int argc, char **argv) {
  cli_opts o;
  int rc = cli_parse(argc, argv, &o, NULL, NULL);
  if (rc != SL_EXIT_OK) goto done;
  if (!o.db) {
    fprintf(stderr, "storyloom: ingest needs --db FILE\n");
    rc = SL_EXIT_USAGE;
    goto done;
  }
  const char *db = o.db;
  o.db = NULL; /* read only the given paths */
  if (o.since != SL_NO_DATE) {
    fprintf(stderr, "storyloom: --since selects stored articles to read; ingest reads none\n"
                    "Try 'storyloom --help'.\n");
    rc = SL_EXIT_USAGE;
    goto done;
  }
  bool partial;
  sl_corpus *c = cli_load(&o, &partial, &rc);
  if (!c) goto done;
  sl_error err = {0};
  sl_store *s = sl_store_open(db, &err);
  size_t added = 0, ndiag = sl_corpus_diag_count(c);
  if (!s || sl_store_put(s, c, &added, &err) != SL_OK) {
    fprintf(stderr, "%s: %s\n", db, err.msg);
    rc = SL_EXIT_INTERNAL;
  } else {
    /* Ids renamed by the store, in input order (file and line named). */
    for (size_t i = ndiag; i < sl_corpus_diag_count(c) && !o.quiet; i++)
      cli_print_diag(sl_corpus_diag(c, i));
    if (!o.quiet)
      fprintf(stderr, "storyloom: %zu of %zu articles added; %s holds %zu\n", added,
              sl_corpus_count(c), db, sl_store_count(s));
    rc = partial ? SL_EXIT_PARTIAL : SL_EXIT_OK;
  }
  sl_store_close(s);
  sl_corpus_free(c);
done:
  free(o.paths);
  return rc;
}
