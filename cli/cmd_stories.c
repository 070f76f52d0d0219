/*
 * cmd_stories.c — storyloom stories PATH...: cluster a stream of dated
 * articles into stories (sl_stories), mark near-duplicates, then digest
 * each story.  Output: text or Markdown (stories by size, then recency),
 * JSON, or TSV `article_id<TAB>story_id` for `storyloom eval cluster`.
 *
 * A story's digest is made from its first versions only: a wire copy or
 * re-run counts as one source, and the outlets that re-ran it are listed
 * with the story.
 *
 * The option parsing, clustering, story order and rendering live in
 * stories_common.c, shared with storyloom-mpi --stories.
 */
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
    "  --dup-threshold X       near-duplicate shingle similarity (default 0.5; see docs/cluster.md)\n"
    "  --time-weight X         time decay of the similarity (default 0.03, 0 = off)\n"
    "  --reorder-days N        tolerance for dates out of order (default 2; no effect\n"
    "                          here: all input is clustered as one batch, in date order)\n"
    "  --require-dates         reject articles without a date (default: clustered after\n"
    "                          the dated ones, by id, with a warning)\n"
    "  and the common options of 'storyloom --help' (--words, -o, -q, ...).\n"
    "The order of the input does not matter: the clusterer takes the articles by\n"
    "date, then id, then a hash of their text (docs/cluster.md, \"Input order\").\n";

int cmd_stories(int argc, char **argv) {
  for (int i = 1; i < argc; i++)
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      fputs(usage, stdout);
      return SL_EXIT_OK;
    }
  cli_stories_args x;
  cli_opts o;
  int rc = cli_stories_parse(argc, argv, &o, &x);
  if (rc != SL_EXIT_OK) {
    free(o.paths);
    return rc;
  }
  bool partial;
  sl_corpus *c = cli_load(&o, &partial, &rc);
  cli_stories r = {0};
  char *out = NULL;
  if (!c) goto done;
  rc = cli_stories_cluster(&x, &o, c, &r, &partial);
  if (rc != SL_EXIT_OK) goto done;
  if (x.tsv) {
    out = cli_stories_tsv(&r);
  } else {
    out = cli_stories_header(&r, o.format);
    size_t n = out ? strlen(out) : 0;
    unsigned flags = cli_use_color(&o) ? SL_RENDER_COLOR : 0;
    for (size_t si = 0; out && si < r.nst; si++) {
      char *blk = cli_story_block(&r, si, &o, x.no_digest, flags, &rc);
      if (!blk) goto done;
      size_t bn = strlen(blk);
      char *p = realloc(out, n + bn + 1);
      if (!p) {
        free(blk);
        free(out), out = NULL;
        break;
      }
      memcpy(p + n, blk, bn + 1);
      out = p, n += bn;
      free(blk);
    }
    const char *foot = cli_stories_footer(o.format);
    char *p = out ? realloc(out, n + strlen(foot) + 1) : NULL;
    if (p) memcpy(p + n, foot, strlen(foot) + 1);
    else free(out);
    out = p;
  }
  if (!out) {
    fprintf(stderr, "storyloom: out of memory\n");
    rc = SL_EXIT_INTERNAL;
    goto done;
  }
  rc = cli_write(&o, out);
  if (rc == SL_EXIT_OK && partial) rc = SL_EXIT_PARTIAL;
done:
  free(out);
  cli_stories_free(&r);
  sl_corpus_free(c);
  free(o.paths);
  return rc;
}
