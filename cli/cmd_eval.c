/*
 * cmd_eval.c — storyloom eval: dispatch to the evaluation tools, one file
 * each (cmd_eval_rouge.c, cmd_eval_cluster.c, cmd_eval_timeline.c).
 */
#include <string.h>

#include "cli.h"

static const char eval_usage[] =
    "usage: storyloom eval rouge    [ROUGE-1.5.5 flags] CONFIG.xml | SYSDIR REFDIR | FILE.jsonl\n"
    "       storyloom eval cluster  PRED.tsv GOLD.tsv\n"
    "       storyloom eval timeline SYSTEM.json REFERENCE.json\n"
    "Run 'storyloom eval TOOL --help' for a tool's options.\n";

int cmd_eval(int argc, char **argv) {
  if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
    fputs(eval_usage, argc < 2 ? stderr : stdout);
    return argc < 2 ? SL_EXIT_USAGE : SL_EXIT_OK;
  }
  const char *tool = argv[1];
  if (!strcmp(tool, "rouge")) return cmd_eval_rouge(argc - 1, argv + 1);
  if (!strcmp(tool, "cluster")) return cmd_eval_cluster(argc - 1, argv + 1);
  if (!strcmp(tool, "timeline")) return cmd_eval_timeline(argc - 1, argv + 1);
  fprintf(stderr, "storyloom: unknown eval tool '%s'\n%s", tool, eval_usage);
  return SL_EXIT_USAGE;
}
