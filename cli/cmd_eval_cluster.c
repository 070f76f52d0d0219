/*
 * cmd_eval_cluster.c — storyloom eval cluster PRED.tsv GOLD.tsv: pairwise,
 * B-cubed, NMI and ARI agreement of a predicted clustering with a gold one.
 */
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: storyloom eval cluster [--json] PRED.tsv GOLD.tsv\n"
    "Each file has one 'article_id<TAB>cluster' line per article (as written by\n"
    "'storyloom stories --format tsv').  Articles in only one file are ignored\n"
    "and counted.  Prints pairwise precision/recall/F1 (Miranda et al. 2018),\n"
    "B-cubed precision/recall/F1, NMI and ARI.\n";

int cmd_eval_cluster(int argc, char **argv) {
  const char *files[2];
  int nf = 0;
  bool json = false;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      fputs(usage, stdout);
      return SL_EXIT_OK;
    }
    if (!strcmp(argv[i], "--json")) {
      json = true;
    } else if (argv[i][0] == '-' && argv[i][1]) {
      fprintf(stderr, "storyloom: unknown option '%s'\n%s", argv[i], usage);
      return SL_EXIT_USAGE;
    } else if (nf < 2) {
      files[nf++] = argv[i];
    } else {
      fprintf(stderr, "storyloom: eval cluster takes two files\n%s", usage);
      return SL_EXIT_USAGE;
    }
  }
  if (nf != 2) {
    fputs(usage, stderr);
    return SL_EXIT_USAGE;
  }
  sl_cluster_scores s;
  sl_error err = {0};
  sl_status st = sl_cluster_score_files(files[0], files[1], &s, &err);
  if (st != SL_OK) {
    if (err.line) fprintf(stderr, "%s:%ld: %s\n", err.file, err.line, err.msg);
    else if (err.file[0]) fprintf(stderr, "%s: %s\n", err.file, err.msg);
    else fprintf(stderr, "storyloom: %s\n", err.msg);
    return st == SL_ENOMEM ? SL_EXIT_INTERNAL : SL_EXIT_NOINPUT;
  }
  if (json) {
    printf("{\"articles\": %zu, \"only_pred\": %zu, \"only_gold\": %zu, \"pred_clusters\": %zu, "
           "\"gold_clusters\": %zu,\n \"pairwise\": {\"p\": %.6f, \"r\": %.6f, \"f1\": %.6f},\n"
           " \"bcubed\": {\"p\": %.6f, \"r\": %.6f, \"f1\": %.6f},\n \"nmi\": %.6f, \"ari\": %.6f}\n",
           s.articles, s.only_pred, s.only_gold, s.pred_clusters, s.gold_clusters, s.pair_p,
           s.pair_r, s.pair_f, s.bcubed_p, s.bcubed_r, s.bcubed_f, s.nmi, s.ari);
  } else {
    printf("articles %zu (clusters: %zu predicted, %zu gold)\n", s.articles, s.pred_clusters,
           s.gold_clusters);
    printf("pairwise  P %.4f  R %.4f  F1 %.4f\n", s.pair_p, s.pair_r, s.pair_f);
    printf("B-cubed   P %.4f  R %.4f  F1 %.4f\n", s.bcubed_p, s.bcubed_r, s.bcubed_f);
    printf("NMI %.4f  ARI %.4f\n", s.nmi, s.ari);
  }
  if (s.only_pred || s.only_gold)
    fprintf(stderr, "storyloom: ignored %zu articles only in %s and %zu only in %s\n", s.only_pred,
            files[0], s.only_gold, files[1]);
  if (fflush(stdout) != 0) {
    fprintf(stderr, "storyloom: write error\n");
    return SL_EXIT_INTERNAL;
  }
  return s.only_pred || s.only_gold ? SL_EXIT_PARTIAL : SL_EXIT_OK;
}
