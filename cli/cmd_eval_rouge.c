/*
 * cmd_eval_rouge.c — `storyloom eval rouge`: ROUGE-1.5.5's command line
 * (same one-letter flags, bundling allowed as Perl's getopts does) over
 * the library's ROUGE evaluator.
 *
 * Invariant: this file only parses flags, picks the reader from the
 * positional arguments, and prints what the library renders; every score
 * and message comes from the library.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli.h"

static const char rouge_usage[] =
    "usage: storyloom eval rouge [ROUGE-1.5.5 flags] [--json] [-o FILE] INPUT [SYSTEM]\n"
    "INPUT is a ROUGE-1.5.5 XML configuration (SPL/SEE/ISI), a system folder and a reference\n"
    "folder (SYSDIR REFDIR: REFDIR/<id>.<A|B|..>.txt, SYSDIR/<id>.txt or\n"
    "SYSDIR/<system>/<id>.txt), a JSON Lines file ({\"id\",\"system\",\"refs\"}), or with\n"
    "-z SPL a file list (\"summary ref1 ref2 ...\" per line).\n"
    "  -n N     ROUGE-1..N (none without -n, as in ROUGE-1.5.5)   -x  no ROUGE-L\n"
    "  -w W     ROUGE-W, weight W         -2 N     ROUGE-S, max gap N (-1: any)\n"
    "  -u       ROUGE-SU (with -2)        -U       both ROUGE-S and ROUGE-SU\n"
    "  -m       Porter stemmer + WordNet  -s       remove stopwords\n"
    "  -l N     first N words             -b N     first N bytes\n"
    "  -f A|B   model average / best      -p A     F alpha (0.5)\n"
    "  -t 0|1|2 sentence / token / counts -c CF    confidence level (95)\n"
    "  -r N     bootstrap samples (1000)  -d       per-cluster scores\n"
    "  -a       all systems (the default; wins over SYSTEM)  -e DIR  ignored (data built in)\n"
    "  -z SPL   INPUT is a file list      --json   JSON instead of ROUGE's text\n"
    "Exit: 0 ok, 1 some input skipped, 2 usage, 3 nothing to score, 4 internal.\n";

static int bad(const char *msg, const char *arg) {
  fprintf(stderr, "storyloom eval rouge: %s%s%s\n%s", msg, arg ? ": " : "", arg ? arg : "",
          rouge_usage);
  return SL_EXIT_USAGE;
}

static bool parse_long(const char *s, long *out) {
  char *end;
  long v = strtol(s, &end, 10);
  if (!*s || *end) return false;
  *out = v;
  return true;
}

static bool parse_double(const char *s, double *out) {
  char *end;
  double v = strtod(s, &end);
  if (!*s || *end) return false;
  *out = v;
  return true;
}

static bool is_directory(const char *p) {
  struct stat sb;
  return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static bool has_suffix(const char *s, const char *suf) {
  size_t a = strlen(s), b = strlen(suf);
  return a >= b && !strcmp(s + a - b, suf);
}

int cmd_eval_rouge(int argc, char **argv) {
  sl_rouge_opts o;
  sl_rouge_opts_init(&o);
  bool json = false, quiet = false, all = false;
  const char *zfmt = NULL, *output = NULL, *pos[2] = {NULL, NULL};
  int npos = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h") || !strcmp(a, "-H")) {
      fputs(rouge_usage, stdout);
      return SL_EXIT_OK;
    }
    if (!strcmp(a, "--json")) { json = true; continue; }
    if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) { quiet = true; continue; }
    if (!strcmp(a, "-o") || !strcmp(a, "--output")) {
      if (++i >= argc) return bad("missing value for", a);
      output = argv[i];
      continue;
    }
    if (a[0] != '-' || !a[1] || (a[1] == '-' && a[2])) {
      if (a[0] == '-' && a[1] == '-') return bad("unknown option", a);
      if (npos == 2) return bad("too many arguments", a);
      pos[npos++] = a;
      continue;
    }
    /* a bundle of ROUGE one-letter flags, Perl getopts style */
    for (const char *f = a + 1; *f; f++) {
      const char *val = NULL;
      if (strchr("bcefln pt r23wz", *f) && *f != ' ') {
        if (f[1]) val = f + 1;
        else if (i + 1 < argc) val = argv[++i];
        else return bad("missing value for option", a);
      }
      long n;
      double d;
      switch (*f) {
        case 'a': all = true; break; /* -a wins over a SYSTEM argument, as in ROUGE */
        case 'v': break;
        case 'd': o.per_eval = 1; break;
        case 'm': o.stem = 1; break;
        case 's': o.stopwords = 1; break;
        case 'x': o.lcs = 0; break;
        case 'u': o.skip_unigrams = 1; break;
        case 'U': o.skip_unigrams = 2; break;
        case 'e': break; /* data directory: the word lists are built in */
        case 'n':
          if (!parse_long(val, &n) || n < 0 || n > 9) return bad("-n needs 0..9", val);
          o.max_n = (int)n;
          break;
        case 'l':
          if (!parse_long(val, &n) || n < 0) return bad("-l needs a word count", val);
          o.words = n;
          break;
        case 'b':
          if (!parse_long(val, &n) || n < 0) return bad("-b needs a byte count", val);
          o.bytes = n;
          break;
        case 't':
          if (!parse_long(val, &n)) return bad("-t needs 0, 1 or 2", val);
          o.unit = (n == 1 || n == 2) ? (int)n : 0; /* ROUGE: anything else means 0 */
          break;
        case 'r':
          if (!parse_long(val, &n) || n < 1 || n > 1000000) return bad("-r needs a count in 1..1000000", val);
          o.resamples = (int)n;
          break;
        case '2':
          if (!parse_long(val, &n) || n > 100000 || n < -100000) return bad("-2 needs a gap length", val);
          o.skip = n < 0 ? -1 : (int)n;
          snprintf(o.skip_label, sizeof o.skip_label, "%s", val); /* ROUGE prints it as typed */
          break;
        case 'w':
          if (!parse_double(val, &d) || d <= 0) return bad("ROUGE-W weight factor must be greater than 0", val);
          o.wlcs = d;
          snprintf(o.wlcs_label, sizeof o.wlcs_label, "%s", val);
          break;
        case 'p':
          if (!parse_double(val, &d) || d < 0 || d > 1) return bad("-p alpha must be within 0 and 1", val);
          o.alpha = d;
          break;
        case 'c':
          if (!parse_double(val, &d) || d < 0 || d > 100) return bad("-c must be within 0 and 100", val);
          o.conf = d;
          snprintf(o.conf_label, sizeof o.conf_label, "%s", val);
          break;
        case 'f':
          if (strcmp(val, "A") && strcmp(val, "B")) return bad("-f needs A or B", val);
          o.formula = val[0];
          break;
        case 'z':
          if (strcasecmp(val, "SPL")) return bad("-z supports SPL only", val);
          zfmt = val;
          break;
        case 'M': case '3': return bad("option not supported", a);
        default: return bad("unknown option", a);
      }
      if (val) break; /* the value used the rest of this argument */
    }
  }
  if (o.words && o.bytes) return bad("Please specify length limit in words or bytes but not both", NULL);
  if (!npos) return bad("missing input", NULL);
  sl_rouge *r = sl_rouge_new(&o);
  if (!r) return bad("invalid option combination", NULL);
  sl_error err;
  memset(&err, 0, sizeof err);
  sl_status st;
  if (zfmt) {
    st = sl_rouge_read_filelist(r, pos[0], pos[1], &err);
  } else if (npos == 2 && is_directory(pos[0]) && is_directory(pos[1])) {
    st = sl_rouge_read_dirs(r, pos[0], pos[1], &err);
  } else if (has_suffix(pos[0], ".jsonl") || has_suffix(pos[0], ".json")) {
    st = sl_rouge_read_jsonl(r, pos[0], &err);
    if (!st && npos == 2 && !all) st = sl_rouge_select_system(r, pos[1]);
  } else {
    st = sl_rouge_read_config(r, pos[0], &err);
    if (!st && npos == 2 && !all) st = sl_rouge_select_system(r, pos[1]);
  }
  if (st == SL_OK) st = sl_rouge_compute(r, &err);
  bool skipped = false;
  for (size_t i = 0; i < sl_rouge_diag_count(r); i++) {
    const sl_diag *dg = sl_rouge_diag(r, i);
    skipped |= dg->severity == SL_DIAG_SKIPPED;
    if (!quiet)
      fprintf(stderr, "storyloom: %s%s%s\n", dg->file, dg->file[0] ? ": " : "", dg->msg);
  }
  int code = SL_EXIT_OK;
  if (st != SL_OK) {
    fprintf(stderr, "storyloom eval rouge: %s%s%s\n", err.file, err.file[0] ? ": " : "",
            err.msg[0] ? err.msg : sl_strerror(st));
    code = st == SL_ENOMEM ? SL_EXIT_INTERNAL : SL_EXIT_NOINPUT;
  } else {
    char *out = json ? sl_rouge_render_json(r) : sl_rouge_render_text(r);
    if (!out) {
      code = SL_EXIT_INTERNAL;
    } else {
      FILE *f = output ? fopen(output, "w") : stdout;
      bool ok = f && fputs(out, f) >= 0;
      if (f) ok = (output ? fclose(f) : fflush(f)) == 0 && ok;
      if (!ok) {
        fprintf(stderr, "storyloom eval rouge: cannot write %s\n", output ? output : "stdout");
        code = SL_EXIT_INTERNAL;
      } else if (skipped) {
        code = SL_EXIT_PARTIAL;
      }
      sl_free(out);
    }
  }
  sl_rouge_free(r);
  return code;
}
