/*
 * cmd_report.c — storyloom report: the whole digest as one self-contained
 * HTML page (write it with -o story.html).  Same options as digest; the
 * format defaults to html instead of text unless --format is given.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_report(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--")) break; /* the rest are paths */
    if (!strcmp(argv[i], "--format") || !strncmp(argv[i], "--format=", 9))
      return cmd_digest(argc, argv, SL_PART_ALL);
  }
  /* argv[0] is the command name; insert the default right after it */
  char **av = malloc(((size_t)argc + 2) * sizeof *av);
  if (!av) {
    fprintf(stderr, "storyloom: out of memory\n");
    return SL_EXIT_INTERNAL;
  }
  static char html[] = "--format=html";
  av[0] = argv[0];
  av[1] = html;
  for (int i = 1; i < argc; i++) av[i + 1] = argv[i];
  av[argc + 1] = NULL;
  int rc = cmd_digest(argc + 1, av, SL_PART_ALL);
  free(av);
  return rc;
}
