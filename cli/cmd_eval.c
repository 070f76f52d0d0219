/* cmd_eval.c — INTERIM: `storyloom eval` is not built yet. */
#include "cli.h"

int cmd_eval(int argc, char **argv) {
  (void)argc, (void)argv;
  fprintf(stderr, "storyloom: 'eval' is not implemented yet\n");
  return SL_EXIT_USAGE;
}
