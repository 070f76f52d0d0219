/* cmd_eval_timeline.c — INTERIM: 'storyloom eval timeline' is not built yet. */
#include "cli.h"

int cmd_eval_timeline(int argc, char **argv) {
  (void)argc, (void)argv;
  fprintf(stderr, "storyloom: 'eval timeline' is not implemented yet\n");
  return SL_EXIT_USAGE;
}
