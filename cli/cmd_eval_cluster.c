/* cmd_eval_cluster.c — INTERIM: 'storyloom eval cluster' is not built yet. */
#include "cli.h"

int cmd_eval_cluster(int argc, char **argv) {
  (void)argc, (void)argv;
  fprintf(stderr, "storyloom: 'eval cluster' is not implemented yet\n");
  return SL_EXIT_USAGE;
}
