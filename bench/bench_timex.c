/*
 * bench_timex.c — temporal expression tagging against the hand-annotated
 * gold set (tests/data/timex/gold.txt, format in its README.md).  Never run
 * by ctest.
 *
 *   build/bench/bench_timex tests/data/timex [--heldout] [--errors]
 *
 * gold.txt (249 expressions) was used to find and fix tagger errors;
 * heldout.txt (56) was written and annotated after the tagger was frozen
 * and measures it unseen.
 * Measures, over all passages (each tagged whole, with its publication
 * date):
 *  - span P/R/F1, strict (same bytes) and relaxed (overlapping);
 *  - value accuracy: of the strictly matched expressions, the share whose
 *    TIMEX3 value is exactly the gold value (and the same over relaxed
 *    matches);
 *  - value F1 as TempEval-3 reports it: a relaxed match with the right
 *    value counts as correct, P = correct / tagged, R = correct / gold;
 *  - type accuracy over relaxed matches.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <storyloom.h>

typedef struct gold {
  size_t off, len;
  char value[32];
  char type[16];
} gold;

static void trim(char *s) {
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r')) s[--n] = 0;
  size_t k = 0;
  while (s[k] == ' ') k++;
  memmove(s, s + k, strlen(s + k) + 1);
}

static const char *type_name(int t) {
  return t == SL_TIMEX_DATE ? "DATE" : t == SL_TIMEX_DURATION ? "DURATION" : "SET";
}

typedef struct tally {
  size_t gold, sys, strict, relaxed, val_strict, val_relaxed, type_ok;
} tally;

static void score_doc(const char *id, int32_t pub, const char *text, const gold *g, size_t ng,
                      tally *t, bool errors) {
  sl_timex x[256];
  size_t nx = sl_timex_tag(text, strlen(text), pub, x, 256);
  if (nx > 256) nx = 256;
  t->gold += ng;
  t->sys += nx;
  bool *gused = calloc(ng + 1, 1);
  for (size_t i = 0; i < nx; i++) {
    size_t best = SIZE_MAX;
    for (size_t j = 0; j < ng; j++) {
      if (gused[j]) continue;
      bool overlap = x[i].off < g[j].off + g[j].len && g[j].off < x[i].off + x[i].len;
      if (overlap) {
        best = j;
        break;
      }
    }
    if (best == SIZE_MAX) {
      if (errors)
        printf("%s  extra     [%.*s] %s\n", id, (int)x[i].len, text + x[i].off, x[i].value);
      continue;
    }
    gused[best] = true;
    const gold *gg = &g[best];
    bool strict = x[i].off == gg->off && x[i].len == gg->len;
    bool val = !strcmp(x[i].value, gg->value);
    t->relaxed++;
    if (strict) t->strict++;
    if (val) t->val_relaxed++;
    if (val && strict) t->val_strict++;
    if (!strcmp(type_name(x[i].type), gg->type)) t->type_ok++;
    if (errors && (!strict || !val))
      printf("%s  %-9s [%.*s] %s   gold [%.*s] %s\n", id, !strict ? "span" : "value",
             (int)x[i].len, text + x[i].off, x[i].value, (int)gg->len, text + gg->off, gg->value);
  }
  for (size_t j = 0; j < ng; j++)
    if (!gused[j] && errors)
      printf("%s  missed    [%.*s] %s\n", id, (int)g[j].len, text + g[j].off, g[j].value);
  free(gused);
}

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : "tests/data/timex";
  bool errors = false;
  const char *set = "gold";
  for (int a = 2; a < argc; a++) {
    if (!strcmp(argv[a], "--errors")) errors = true;
    else if (!strcmp(argv[a], "--heldout")) set = "heldout";
  }
  char path[1024];
  snprintf(path, sizeof path, "%s/%s.txt", dir, set);
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "cannot open %s\n", path);
    return 1;
  }
  static char line[8192], text[8192], id[64];
  gold g[128];
  size_t ng = 0, ndocs = 0, search = 0;
  int32_t pub = SL_NO_DATE;
  tally t = {0};
  bool have = false;
  while (fgets(line, sizeof line, f)) {
    if (!strncmp(line, "@doc ", 5)) {
      if (have) score_doc(id, pub, text, g, ng, &t, errors);
      char ds[32];
      if (sscanf(line + 5, "%63s %31s", id, ds) != 2) return 1;
      pub = sl_date_parse(ds, strlen(ds));
      ng = 0, search = 0, have = true, ndocs++;
      text[0] = 0;
    } else if (!strncmp(line, "text:", 5)) {
      snprintf(text, sizeof text, "%s", line + 5);
      trim(text);
    } else if (!strncmp(line, "tx:", 3)) {
      char *a = line + 3, *b = strchr(a, '|'), *c = b ? strchr(b + 1, '|') : NULL;
      if (!b || !c || ng == 128) {
        fprintf(stderr, "bad line in %s: %s", id, line);
        return 1;
      }
      *b = 0, *c = 0;
      trim(a), trim(b + 1), trim(c + 1);
      const char *at = strstr(text + search, a);
      if (!at) {
        fprintf(stderr, "%s: span \"%s\" not found after byte %zu\n", id, a, search);
        return 1;
      }
      g[ng].off = (size_t)(at - text);
      g[ng].len = strlen(a);
      snprintf(g[ng].value, sizeof g[ng].value, "%s", b + 1);
      snprintf(g[ng].type, sizeof g[ng].type, "%s", c + 1);
      search = g[ng].off + g[ng].len;
      ng++;
    }
  }
  if (have) score_doc(id, pub, text, g, ng, &t, errors);
  fclose(f);
  double sp = t.sys ? (double)t.strict / t.sys : 0, sr = t.gold ? (double)t.strict / t.gold : 0;
  double rp = t.sys ? (double)t.relaxed / t.sys : 0, rr = t.gold ? (double)t.relaxed / t.gold : 0;
  double vp = t.sys ? (double)t.val_relaxed / t.sys : 0, vr = t.gold ? (double)t.val_relaxed / t.gold : 0;
#define F(p, r) ((p) + (r) > 0 ? 2 * (p) * (r) / ((p) + (r)) : 0)
  printf("gold: %zu expressions in %zu passages; tagged: %zu\n", t.gold, ndocs, t.sys);
  printf("span strict   P %.3f R %.3f F1 %.3f\n", sp, sr, F(sp, sr));
  printf("span relaxed  P %.3f R %.3f F1 %.3f\n", rp, rr, F(rp, rr));
  printf("value accuracy (strict matches) %.3f (%zu/%zu); (relaxed matches) %.3f (%zu/%zu)\n",
         t.strict ? (double)t.val_strict / t.strict : 0, t.val_strict, t.strict,
         t.relaxed ? (double)t.val_relaxed / t.relaxed : 0, t.val_relaxed, t.relaxed);
  printf("value F1 (TempEval-3 style: relaxed span, exact value) P %.3f R %.3f F1 %.3f\n", vp, vr,
         F(vp, vr));
  printf("type accuracy (relaxed matches) %.3f\n", t.relaxed ? (double)t.type_ok / t.relaxed : 0);
  return 0;
}
