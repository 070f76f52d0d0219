/*
 * test_rouge_official.c — storyloom's ROUGE against the official
 * ROUGE-1.5.5 outputs in <shared>/eval/rouge-cases/<case>/official/.
 *
 * For every case and every recorded flag set (<label>.flags holds the
 * official command line), the configuration is scored through the library
 * with the same flags and the text report is compared line by line with
 * <label>.txt: every average R/P/F and every per-cluster line must be
 * identical to the printed 5 decimals; confidence bounds must be within
 * 0.002 (the bootstrap replays Perl's srand/drand48 sequence, so in
 * practice they are identical too; the test reports how many are).
 * Skips (exit 77) when the shared data is absent.
 */
#include <dirent.h>
#include <math.h>
#include <stdbool.h>
#include <string.h>

#include <storyloom.h>

#include "harness.h"

static long ci_total, ci_exact; /* interval lines compared / identical */

/* Applies the ROUGE-1.5.5 flags of a .flags first line to o; returns the
 * configuration file name (last word) or NULL when a flag is unknown. */
static const char *parse_flags(char *line, sl_rouge_opts *o) {
  char *words[64];
  int n = 0;
  char *nl = strchr(line, '\n');
  if (nl) *nl = 0; /* the second line records the official run time */
  for (char *w = strtok(line, " \t\r\n"); w && n < 64; w = strtok(NULL, " \t\r\n")) words[n++] = w;
  for (int i = 1; i < n - 1; i++) {
    /* the .flags files use one flag per word, values as the next word */
    const char *f = words[i], *v = i + 1 < n ? words[i + 1] : "";
    if (f[0] != '-' || strlen(f) != 2) return NULL;
    switch (f[1]) {
      case 'a': break;
      case 'd': o->per_eval = 1; break;
      case 'm': o->stem = 1; break;
      case 's': o->stopwords = 1; break;
      case 'x': o->lcs = 0; break;
      case 'u': o->skip_unigrams = 1; break;
      case 'e': i++; break; /* data folder: the word lists are built in */
      case 'n': o->max_n = atoi(v), i++; break;
      case 'l': o->words = atol(v), i++; break;
      case 'b': o->bytes = atol(v), i++; break;
      case 't': o->unit = atoi(v), i++; break;
      case 'r': o->resamples = atoi(v), i++; break;
      case '2': o->skip = atoi(v), i++; break;
      case 'f': o->formula = v[0], i++; break;
      case 'p': o->alpha = atof(v), i++; break;
      case 'c': o->conf = atof(v), snprintf(o->conf_label, sizeof o->conf_label, "%s", v), i++; break;
      case 'w': o->wlcs = atof(v), snprintf(o->wlcs_label, sizeof o->wlcs_label, "%s", v), i++; break;
      default: return NULL;
    }
  }
  return n ? words[n - 1] : NULL;
}

/* Next line of *p (NUL-terminated in place), NULL at the end. */
static char *next_line(char **p) {
  if (!*p || !**p) return NULL;
  char *s = *p, *nl = strchr(s, '\n');
  if (nl) *nl = 0, *p = nl + 1;
  else *p = s + strlen(s);
  return s;
}

/* Compares an "... Average_X: v (95%-conf.int. lo - hi)" line pair. */
static void compare_average(const char *got, const char *want, const char *where) {
  const char *gp = strchr(got, '('), *wp = strchr(want, '(');
  bool same_head = gp && wp && gp - got == wp - want && !strncmp(got, want, (size_t)(gp - got));
  CHECK(same_head, "%s: average differs:\n  got  %s\n  want %s", where, got, want);
  if (!same_head) return;
  const char *g2 = strstr(gp, "int. "), *w2 = strstr(wp, "int. ");
  double glo, ghi, wlo, whi;
  bool ok = g2 && w2 && sscanf(g2 + 5, "%lf - %lf", &glo, &ghi) == 2 &&
            sscanf(w2 + 5, "%lf - %lf", &wlo, &whi) == 2;
  CHECK(ok, "%s: unparsable interval: %s", where, got);
  if (!ok) return;
  CHECK(fabs(glo - wlo) <= 0.002 + 1e-9 && fabs(ghi - whi) <= 0.002 + 1e-9,
        "%s: interval off by more than 0.002:\n  got  %s\n  want %s", where, got, want);
  ci_total++;
  ci_exact += !strcmp(gp, wp);
}

/* Scores <casedir>/<config> with the flags of official/<label>.flags and
 * compares the report with official/<label>.txt, line by line. */
static void run_case(const char *casedir, const char *label) {
  char path[16384], where[16640];
  snprintf(path, sizeof path, "%s/official/%s.flags", casedir, label);
  char *flags = test_slurp(path, NULL);
  snprintf(path, sizeof path, "%s/official/%s.txt", casedir, label);
  char *want = test_slurp(path, NULL);
  CHECK(flags && want, "%s: missing .flags or .txt", path);
  if (!flags || !want) goto out;
  sl_rouge_opts o;
  sl_rouge_opts_init(&o);
  const char *cfg = parse_flags(flags, &o);
  CHECK(cfg != NULL, "%s: unknown flag in %s.flags", casedir, label);
  if (!cfg) goto out;
  sl_rouge *r = sl_rouge_new(&o);
  CHECK(r != NULL, "sl_rouge_new");
  if (!r) goto out;
  snprintf(path, sizeof path, "%s/%s", casedir, cfg);
  sl_error err;
  INT_EQ(sl_rouge_read_config(r, path, &err), SL_OK, "%s", path);
  INT_EQ(sl_rouge_compute(r, &err), SL_OK, "%s %s", casedir, label);
  /* the cases are clean: any diagnostic means a reading problem */
  INT_EQ(sl_rouge_diag_count(r), 0, "%s: no diagnostics expected", label);
  char *got = sl_rouge_render_text(r);
  CHECK(got != NULL, "render");
  if (got) {
    char *gp = got, *wp = want, *g, *w;
    long line = 0, averages = 0, clusters = 0;
    for (;;) {
      g = next_line(&gp), w = next_line(&wp);
      line++;
      if (!g || !w) break;
      snprintf(where, sizeof where, "%s/%s.txt:%ld", casedir, label, line);
      /* averages: value exact, interval within 0.002; everything else
       * (separators, per-cluster lines) byte for byte */
      if (strstr(w, " Average_")) {
        compare_average(g, w, where);
        averages++;
      } else {
        STR_EQ(g, w, "%s", where);
        clusters += strstr(w, " Eval ") != NULL;
      }
    }
    CHECK(!g && !w, "%s/%s: line counts differ (at line %ld)", casedir, label, line);
    printf("%s %s: %ld averages, %ld per-cluster lines compared\n", casedir, label, averages, clusters);
  }
  sl_free(got);
  sl_rouge_free(r);
out:
  free(flags);
  free(want);
}

int main(int argc, char **argv) {
  if (argc < 2) SKIP("no shared dir given");
  char root[4096];
  snprintf(root, sizeof root, "%s/eval/rouge-cases", argv[1]);
  DIR *d = opendir(root);
  if (!d) SKIP("%s absent", root);
  closedir(d);
  /* the cases of ../shared/eval/README.md; flag sets found on disk */
  static const char *cases[] = {"tac2011", "duc2006"};
  int ran = 0;
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
    char casedir[4200], offdir[4300];
    snprintf(casedir, sizeof casedir, "%s/%s", root, cases[c]);
    snprintf(offdir, sizeof offdir, "%s/official", casedir);
    DIR *od = opendir(offdir);
    if (!od) continue;
    char labels[32][256];
    int nl = 0;
    struct dirent *e;
    while ((e = readdir(od)) && nl < 32) {
      size_t l = strlen(e->d_name);
      if (l > 6 && !strcmp(e->d_name + l - 6, ".flags"))
        snprintf(labels[nl++], sizeof labels[0], "%.*s", (int)(l - 6), e->d_name);
    }
    closedir(od);
    qsort(labels, (size_t)nl, sizeof labels[0], (int (*)(const void *, const void *))strcmp);
    for (int i = 0; i < nl; i++) run_case(casedir, labels[i]), ran++;
  }
  if (!ran) SKIP("no official ROUGE outputs under %s", root);
  printf("confidence intervals identical to the official ones: %ld of %ld\n", ci_exact, ci_total);
  return test_done("test_rouge_official");
}
