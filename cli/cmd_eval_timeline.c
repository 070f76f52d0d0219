/*
 * cmd_eval_timeline.c — storyloom eval timeline SYSTEM.json REFERENCE.json:
 * date F1 and alignment-based ROUGE-1/2 (news-tls protocol, see
 * docs/timeline.md).  SYSTEM is `storyloom timeline --format json` output
 * (or any [{date, sentences}] array); REFERENCE the same shape or a
 * Timeline17 topic file, whose timelines are each scored and averaged.
 */
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: storyloom eval timeline [--format text|json] SYSTEM.json REFERENCE.json\n"
    "Scores a timeline: date precision/recall/F1 and alignment-based ROUGE-1/2\n"
    "(Martschat & Markert 2017, 'align+ m:1', as in news-tls).  REFERENCE may\n"
    "hold several timelines ({\"timelines\": [...]}); their scores are averaged.\n";

int cmd_eval_timeline(int argc, char **argv) {
  const char *files[2] = {NULL, NULL};
  int nf = 0;
  bool json = false;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      fputs(usage, stdout);
      return SL_EXIT_OK;
    }
    if (!strcmp(argv[i], "--format") && i + 1 < argc) {
      const char *f = argv[++i];
      if (!strcmp(f, "json")) json = true;
      else if (strcmp(f, "text") != 0) {
        fprintf(stderr, "storyloom: --format must be text or json\n%s", usage);
        return SL_EXIT_USAGE;
      }
      continue;
    }
    if (argv[i][0] == '-' && argv[i][1]) {
      fprintf(stderr, "storyloom: unknown option '%s'\n%s", argv[i], usage);
      return SL_EXIT_USAGE;
    }
    if (nf == 2) {
      fprintf(stderr, "storyloom: too many files\n%s", usage);
      return SL_EXIT_USAGE;
    }
    files[nf++] = argv[i];
  }
  if (nf != 2) {
    fputs(usage, stderr);
    return SL_EXIT_USAGE;
  }
  sl_tl_scores s;
  size_t nref = 0;
  sl_error err;
  memset(&err, 0, sizeof err);
  sl_status st = sl_tl_score_files(files[0], files[1], &s, &nref, &err);
  if (st != SL_OK) {
    fprintf(stderr, "storyloom: %s%s%s\n", err.file[0] ? err.file : "", err.file[0] ? ": " : "",
            err.msg[0] ? err.msg : sl_strerror(st));
    return st == SL_ENOMEM ? SL_EXIT_INTERNAL : SL_EXIT_NOINPUT;
  }
  if (json) {
    printf("{\"references\": %zu, \"date\": {\"p\": %.4f, \"r\": %.4f, \"f\": %.4f}, "
           "\"rouge1\": {\"p\": %.4f, \"r\": %.4f, \"f\": %.4f}, "
           "\"rouge2\": {\"p\": %.4f, \"r\": %.4f, \"f\": %.4f}}\n",
           nref, s.date.p, s.date.r, s.date.f, s.rouge1.p, s.rouge1.r, s.rouge1.f, s.rouge2.p,
           s.rouge2.r, s.rouge2.f);
  } else {
    printf("references: %zu\n", nref);
    printf("%-16s %7s %7s %7s\n", "measure", "P", "R", "F1");
    printf("%-16s %7.4f %7.4f %7.4f\n", "date", s.date.p, s.date.r, s.date.f);
    printf("%-16s %7.4f %7.4f %7.4f\n", "align ROUGE-1", s.rouge1.p, s.rouge1.r, s.rouge1.f);
    printf("%-16s %7.4f %7.4f %7.4f\n", "align ROUGE-2", s.rouge2.p, s.rouge2.r, s.rouge2.f);
  }
  if (fflush(stdout) != 0) {
    fprintf(stderr, "storyloom: write error\n");
    return SL_EXIT_INTERNAL;
  }
  return SL_EXIT_OK;
}
