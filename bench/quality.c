/*
 * quality.c — summary quality on the dev sets, with storyloom's own ROUGE.
 *
 *   build/bench/quality [--shared DIR] [--set NAME]... [--runs N] [--dump DIR]
 *                       [--method storyloom|lead] [--param KEY=VALUE]...
 *
 * For every dev set (default: all of duc2003, duc2006, tac2011, mn1, mn2)
 * each cluster of SHARED/eval/mds/<file>.jsonl is ingested through
 * sl_corpus_add, its articles put in story order (sl_corpus_story_order:
 * date, then id, as the digest does), aligned and summarised with the set's standard budget; the
 * summaries are scored against the references with sl_rouge_* using the
 * set's standard ROUGE-1.5.5 flags (docs/quality.md):
 *
 *   duc2003  100 words  -n 4 -m -a -x -c 95 -r 1000 -f A -p 0.5 -t 0 -l 100   recall
 *   duc2006  250 words  -n 2 -x -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 250 recall
 *   tac2011  250 words  the DUC 2006 flags                                       recall
 *   mn1/mn2  260 words  -n 2 -x -c 95 -r 1000 -f A -p 0.5 -t 0 (F), with and without -m
 *            (mn1 = first half of multinews_dev.jsonl: dev; mn2 = second half: check only)
 *
 * Time per cluster (ingest + alignment + summary, one thread) is measured
 * RUNS times (default 3); the table gives the median over clusters of each
 * cluster's median, and the total of those medians for the set.  Peak
 * memory (max RSS) is printed at the end.  --param overrides one
 * sl_sum_params field (tuning only); --dump writes DIR/<set>/<cluster>.txt;
 * --method lead scores DUC's Lead baseline (the latest article's first words).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "summarize/summarize.h"

#include "bench_util.h"

typedef struct set {
  const char *name, *file;
  int part;         /* 0 whole file, 1 first half, 2 second half */
  unsigned words;   /* summary budget */
  int max_n, skip;  /* -n, -2 (SL_ROUGE_NO_SKIP = none) */
  long trunc;       /* -l */
  int fmeasure;     /* report F instead of recall */
  int unstemmed;    /* also score without -m */
} set;

static const set k_sets[] = {
    {"duc2003", "duc2003.jsonl", 0, 100, 4, SL_ROUGE_NO_SKIP, 100, 0, 0},
    {"duc2006", "duc2006.jsonl", 0, 250, 2, 4, 250, 0, 0},
    {"tac2011", "tac2011_en.jsonl", 0, 250, 2, 4, 250, 0, 0},
    {"mn1", "multinews_dev.jsonl", 1, 260, 2, SL_ROUGE_NO_SKIP, 0, 1, 1},
    {"mn2", "multinews_dev.jsonl", 2, 260, 2, SL_ROUGE_NO_SKIP, 0, 1, 1},
};

static sl_sum_params g_params;
static int g_lead; /* --method lead: the DUC Lead baseline instead of storyloom */

static int set_param(const char *kv) {
  const char *eq = strchr(kv, '=');
  if (!eq) return -1;
  size_t k = (size_t)(eq - kv);
  double v = atof(eq + 1);
#define P(name, expr)                                            \
  if (k == strlen(#name) && !strncmp(kv, #name, k)) {            \
    g_params.name = expr;                                        \
    return 0;                                                    \
  }
  P(min_words, (unsigned)v) P(max_words, (unsigned)v) P(min_df, (unsigned)v)
  P(pos_gamma, v) P(uni_weight, v) P(agree, v) P(cost_exp, v) P(max_overlap, v)
  P(local_search, (int)v) P(readability, (int)v) P(minor, v) P(multistart, (int)v) P(lead, v) P(bigram_mode, (int)v) P(df_exp, v) P(fill_tiers, (int)v) P(demote_penalty, v) P(small_story, (unsigned)v) P(soft, (int)v) P(sf_weight, v) P(sig_overlap, v) P(sig_maxfrac, v) P(rep_choice, (int)v) P(lead_slot, (int)v) P(lead_pick, (int)v) P(lead_bonus, v) P(context, (int)v) P(ctx_only, (int)v) P(ctx_speaker, (int)v)
#undef P
  return -1;
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *b = malloc((size_t)n + 1);
  if (b && fread(b, 1, (size_t)n, f) != (size_t)n) free(b), b = NULL;
  if (b) b[n] = 0;
  fclose(f);
  return b;
}

/* Summarises one cluster; returns the summary (one sentence per line, caller frees). */
static char *summarise(json_t *docs, unsigned words) {
  sl_corpus *c = bench_load_docs(docs);
  size_t n = sl_corpus_count(c);
  uint32_t *arts = malloc((n ? n : 1) * sizeof *arts);
  for (uint32_t a = 0; a < n; a++) arts[a] = a;
  sl_corpus_story_order(c, arts, n); /* as the digest orders them */
  sl_digest_opts o;
  sl_digest_opts_init(&o);
  o.words = words;
  sl_align *al = NULL;
  sl_summary *sm = NULL;
  char *out = calloc(1, 1);
  size_t len = 0;
  if (g_lead && n) {
    /* DUC's Lead baseline: the most recent article's opening, whole
     * sentences until the budget is reached (ROUGE -l cuts the last one) */
    const sl_art *A = sl_corpus_art(c, arts[n - 1]);
    unsigned w = 0;
    for (uint32_t j = 0; j < A->nsent && w < words; j++) {
      const sl_sent *s = sl_corpus_sent(c, A->sent + j);
      out = realloc(out, len + s->span.len + 2);
      memcpy(out + len, sl_sent_text(c, s), s->span.len);
      len += s->span.len;
      out[len++] = '\n';
      out[len] = 0;
      w += s->nwords;
    }
  } else if (sl_align_build(c, arts, n, &al) == SL_OK &&
             sl_summarize_ex(c, arts, n, al, &o, &g_params, &sm) == SL_OK) {
    for (size_t j = 0; j < sm->n; j++) {
      const sl_sent *s = sl_corpus_sent(c, sm->items[j].sent);
      out = realloc(out, len + s->span.len + 2);
      memcpy(out + len, sl_sent_text(c, s), s->span.len);
      len += s->span.len;
      out[len++] = '\n';
      out[len] = 0;
    }
  }
  sl_summary_free(sm);
  sl_align_free(al);
  free(arts);
  sl_corpus_free(c);
  return out;
}

static sl_rouge *new_rouge(const set *s, int stem) {
  sl_rouge_opts ro;
  sl_rouge_opts_init(&ro);
  ro.max_n = s->max_n;
  ro.lcs = 0;
  ro.stem = stem;
  ro.words = s->trunc;
  ro.unit = 0;
  ro.formula = 'A';
  ro.alpha = 0.5;
  if (s->skip != SL_ROUGE_NO_SKIP) ro.skip = s->skip, ro.skip_unigrams = 1;
  snprintf(ro.skip_label, sizeof ro.skip_label, "%d", s->skip);
  return sl_rouge_new(&ro);
}

static void report(const set *s, sl_rouge *r, const char *label, double med, double tot,
                   size_t nclu) {
  sl_error err;
  if (sl_rouge_compute(r, &err) != SL_OK) {
    printf("| %s | ROUGE failed: %s |\n", s->name, err.msg);
    return;
  }
  printf("| %-8s %-9s | %3zu | %3u |", s->name, label, nclu, s->words);
  for (size_t m = 0; m < sl_rouge_metric_count(r); m++) {
    sl_rouge_score sc;
    sl_rouge_get(r, 0, m, &sc);
    double v = s->fmeasure ? sc.f : sc.r;
    printf(" %s %s %.2f (%.2f-%.2f) |", sl_rouge_metric_name(r, m), s->fmeasure ? "F" : "R",
           100 * v, 100 * (s->fmeasure ? sc.f_lo : sc.r_lo), 100 * (s->fmeasure ? sc.f_hi : sc.r_hi));
  }
  printf(" %.1f ms | %.0f ms |\n", med, tot);
}

int main(int argc, char **argv) {
  const char *shared = "../shared", *dump = NULL;
  int runs = 3;
  int want[SL_COUNTOF(k_sets)] = {0}, any = 0;
  sl_sum_params_init(&g_params);
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--shared") && i + 1 < argc) shared = argv[++i];
    else if (!strcmp(argv[i], "--runs") && i + 1 < argc) runs = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--dump") && i + 1 < argc) dump = argv[++i];
    else if (!strcmp(argv[i], "--method") && i + 1 < argc) g_lead = !strcmp(argv[++i], "lead");
    else if (!strcmp(argv[i], "--param") && i + 1 < argc) {
      if (set_param(argv[++i])) {
        fprintf(stderr, "quality: unknown parameter %s\n", argv[i]);
        return 2;
      }
    } else if (!strcmp(argv[i], "--set") && i + 1 < argc) {
      i++;
      size_t k = 0;
      while (k < SL_COUNTOF(k_sets) && strcmp(k_sets[k].name, argv[i])) k++;
      if (k == SL_COUNTOF(k_sets)) {
        fprintf(stderr, "quality: unknown set %s\n", argv[i]);
        return 2;
      }
      want[k] = any = 1;
    } else {
      fprintf(stderr, "usage: quality [--shared DIR] [--set NAME]... [--runs N] [--dump DIR] "
                      "[--method storyloom|lead] [--param KEY=VALUE]...\n");
      return 2;
    }
  }
  if (runs < 1) runs = 1;
  printf("| set | clusters | words | ROUGE (95%% CI) | median ms/cluster | total ms |\n");
  for (size_t si = 0; si < SL_COUNTOF(k_sets); si++) {
    if (any && !want[si]) continue;
    const set *s = &k_sets[si];
    char path[4096];
    snprintf(path, sizeof path, "%s/eval/mds/%s", shared, s->file);
    char *buf = slurp(path);
    if (!buf) {
      printf("SKIPPED: %s not readable\n", path);
      continue;
    }
    size_t nlines = 0;
    for (char *p = buf; *p; p++) nlines += *p == '\n';
    size_t lo = 0, hi = nlines;
    if (s->part == 1) hi = nlines / 2;
    if (s->part == 2) lo = nlines / 2;
    sl_rouge *r = new_rouge(s, 1), *ru = s->unstemmed ? new_rouge(s, 0) : NULL;
    double *ms = calloc(nlines + 1, sizeof *ms), *rt = calloc((size_t)runs, sizeof *rt);
    size_t nclu = 0, line = 0;
    if (dump) {
      char dir[4096];
      snprintf(dir, sizeof dir, "%s/%s", dump, s->name);
      mkdir(dump, 0777);
      mkdir(dir, 0777);
    }
    for (char *p = buf, *e; *p; p = e + 1, line++) {
      e = strchr(p, '\n');
      if (!e) e = p + strlen(p);
      if (line < lo || line >= hi) {
        if (!*e) break;
        continue;
      }
      json_t *j = json_loadb(p, (size_t)(e - p), 0, NULL);
      if (!j) continue;
      const char *id = json_string_value(json_object_get(j, "id"));
      char cid[64];
      if (!id) snprintf(cid, sizeof cid, "c%zu", line), id = cid;
      char *summ = NULL;
      for (int k = 0; k < runs; k++) {
        double t0 = bench_ms(CLOCK_MONOTONIC);
        free(summ);
        summ = summarise(json_object_get(j, "docs"), s->words);
        rt[k] = bench_ms(CLOCK_MONOTONIC) - t0;
      }
      ms[nclu++] = bench_median(rt, runs);
      sl_rouge_add_system(r, id, "storyloom", summ, strlen(summ), NULL);
      if (ru) sl_rouge_add_system(ru, id, "storyloom", summ, strlen(summ), NULL);
      size_t ri;
      json_t *ref;
      json_array_foreach(json_object_get(j, "refs"), ri, ref) {
        char rid[8];
        snprintf(rid, sizeof rid, "%c", (char)('A' + ri));
        const char *t = json_string_value(ref);
        if (!t) continue;
        sl_rouge_add_ref(r, id, rid, t, strlen(t), NULL);
        if (ru) sl_rouge_add_ref(ru, id, rid, t, strlen(t), NULL);
      }
      if (dump) {
        char f[4096];
        snprintf(f, sizeof f, "%s/%s/%s.txt", dump, s->name, id);
        FILE *fp = fopen(f, "w");
        if (fp) fputs(summ, fp), fclose(fp);
      }
      free(summ);
      json_decref(j);
      if (!*e) break;
    }
    double tot = 0;
    for (size_t k = 0; k < nclu; k++) tot += ms[k];
    double med = bench_median(ms, (int)nclu);
    report(s, r, s->unstemmed ? "(-m)" : "", med, tot, nclu);
    if (ru) report(s, ru, "(no -m)", med, tot, nclu);
    fflush(stdout);
    sl_rouge_free(r);
    sl_rouge_free(ru);
    free(ms), free(rt), free(buf);
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("peak memory (max RSS): %.1f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
