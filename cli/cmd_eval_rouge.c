/* cmd_eval_rouge.c — INTERIM: 'storyloom eval rouge' is not built yet. */
#include "cli.h"

int cmd_eval_rouge(int argc, char **argv) {
  (void)argc, (void)argv;
  fprintf(stderr, "storyloom: 'eval rouge' is not implemented yet\n");
  return SL_EXIT_USAGE;
}
