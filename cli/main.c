/*
 * main.c — storyloom command line: dispatch to a subcommand.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: storyloom COMMAND [OPTIONS] PATH...\n"
    "\n"
    "Turns dated news articles into stories: an attributed summary, a timeline,\n"
    "the quotations and each outlet's coverage.\n"
    "\n"
    "Commands:\n"
    "  digest PATH...      one story: summary, timeline, quotes and coverage (default)\n"
    "  summarize PATH...   the summary only\n"
    "  timeline PATH...    the timeline only\n"
    "  quotes PATH...      the quotations only\n"
    "  compare PATH...     the coverage by outlet only\n"
    "  report PATH... [-o FILE]   the digest as one self-contained HTML page\n"
    "  stories PATH...     cluster a stream into stories, then digest each\n"
    "  ingest --db FILE PATH...   add articles to an SQLite store for later runs (stored\n"
    "                      once; an id stored with another text becomes ID#2, with a warning)\n"
    "  serve --db FILE [--port N] [--bind ADDR]   HTTP: /digest, /articles, POST /ingest\n"
    "  eval rouge|cluster|timeline ...   evaluation tools (see 'storyloom eval --help')\n"
    "\n"
    "Input: files, directories (recursive) or '-' for stdin, in the seed format\n"
    "(first line ' date YYYY-MM-DD' then the text), plain .txt/.md, JSON Lines\n"
    "(id, date, title, source, url, text) or Multi-News lines ('|||||' between\n"
    "documents); the format is detected unless --input-format is given.\n"
    "Their order does not matter: articles are taken by date, then id.\n"
    "\n"
    "Options:\n"
    "  --format text|md|json|html   output format (default text)\n"
    "  --words N | --bytes N | --sentences N   summary budget (default 100 words)\n"
    "  --dates N                timeline: keep the N most important dates (0 = all)\n"
    "  --sentences-per-date K   timeline: sentences per date (default 1)\n"
    "  --quotes N               quotations shown in a digest (default 5, 0 = all)\n"
    "  --input-format auto|seed|text|jsonl|multinews\n"
    "  --date YYYY-MM-DD        date for articles that have none\n"
    "  --require-dates          skip articles without a date\n"
    "  --db FILE                also read the articles kept in this store (those also\n"
    "                           given as PATH are counted once)\n"
    "  --since YYYY-MM-DD       with --db: only stored articles from this date on\n"
    "                           (a usage error without --db)\n"
    "  --lang en                language (Snowball stemmer name or 'en')\n"
    "  --color auto|always|never   colour in text output (auto: only on a terminal)\n"
    "  -o, --output FILE        write to FILE instead of stdout\n"
    "  -j, --jobs N             threads building a digest's parts at once (default: the\n"
    "                           cores, at most 4; the output is the same for any N)\n"
    "  -q, --quiet              do not print input diagnostics\n"
    "  -h, --help               this text;  --version  the version\n"
    "\n"
    "Exit status: 0 all input used; 1 output written but some input skipped;\n"
    "2 usage error; 3 no usable input; 4 internal error (out of memory, write error).\n";

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(usage, stderr);
    return SL_EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
    fputs(usage, stdout);
    return fflush(stdout) ? SL_EXIT_INTERNAL : SL_EXIT_OK;
  }
  if (!strcmp(cmd, "--version")) {
    printf("storyloom %s\n", sl_version_string());
    return fflush(stdout) ? SL_EXIT_INTERNAL : SL_EXIT_OK;
  }
  for (int i = 2; i < argc; i++)
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      if (!strcmp(cmd, "eval") || !strcmp(cmd, "stories")) break; /* own help */
      fputs(usage, stdout);
      return SL_EXIT_OK;
    }
  argc--, argv++;
  if (!strcmp(cmd, "digest")) return cmd_digest(argc, argv, SL_PART_ALL);
  if (!strcmp(cmd, "summarize")) return cmd_digest(argc, argv, SL_PART_SUMMARY);
  if (!strcmp(cmd, "timeline")) return cmd_digest(argc, argv, SL_PART_TIMELINE);
  if (!strcmp(cmd, "quotes")) return cmd_digest(argc, argv, SL_PART_QUOTES);
  if (!strcmp(cmd, "compare")) return cmd_digest(argc, argv, SL_PART_COVERAGE);
  if (!strcmp(cmd, "report")) return cmd_report(argc, argv);
  if (!strcmp(cmd, "stories")) return cmd_stories(argc, argv);
  if (!strcmp(cmd, "ingest")) return cmd_ingest(argc, argv);
#ifdef SL_HAVE_MHD
  if (!strcmp(cmd, "serve")) return cmd_serve(argc, argv);
#else
  if (!strcmp(cmd, "serve")) {
    fprintf(stderr, "storyloom: this build has no HTTP server (libmicrohttpd was not found)\n");
    return SL_EXIT_USAGE;
  }
#endif
  if (!strcmp(cmd, "eval")) return cmd_eval(argc, argv);
  fprintf(stderr, "storyloom: unknown command '%s'\nTry 'storyloom --help'.\n", cmd);
  return SL_EXIT_USAGE;
}
