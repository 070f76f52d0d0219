/* cmd_stories.c — INTERIM: `storyloom stories` is not built yet. */
#include "cli.h"

int cmd_stories(int argc, char **argv) {
  (void)argc, (void)argv;
  fprintf(stderr, "storyloom: 'stories' is not implemented yet\n");
  return SL_EXIT_USAGE;
}
