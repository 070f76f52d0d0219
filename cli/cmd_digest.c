/*
 * cmd_digest.c — storyloom digest / summarize / timeline / quotes /
 * compare / report: one story from all the input, all parts or one.
 */
#include <stdlib.h>

#include "cli.h"

int cmd_digest(int argc, char **argv, int parts) {
  cli_opts o;
  int rc = cli_parse(argc, argv, &o, NULL, NULL);
  if (rc != SL_EXIT_OK) {
    free(o.paths);
    return rc;
  }
  o.digest.parts = parts;
  bool partial;
  sl_corpus *c = cli_load(&o, &partial, &rc);
  if (!c) {
    free(o.paths);
    return rc;
  }
  sl_error err = {0};
  sl_digest *d = sl_digest_new(c, NULL, 0, &o.digest, &err);
  char *out = d ? sl_render_digest(d, o.format, cli_use_color(&o) ? SL_RENDER_COLOR : 0) : NULL;
  if (!out) {
    fprintf(stderr, "storyloom: %s\n", d ? "out of memory" : err.msg);
    rc = SL_EXIT_INTERNAL;
  } else {
    rc = cli_write(&o, out);
    if (rc == SL_EXIT_OK && partial) rc = SL_EXIT_PARTIAL;
  }
  sl_free(out);
  sl_digest_free(d);
  sl_corpus_free(c);
  free(o.paths);
  return rc;
}
