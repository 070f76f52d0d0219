/*
 * bench_cluster.c — speed, memory and scaling of the streaming clusterer
 * alone (no corpus analysis, no digests).
 *
 *   bench_cluster [--repeat R] [--window-articles N] STREAM.jsonl
 *
 * Reads the stream line by line (tools/gen_stream.py output or any
 * storyloom JSON Lines with id, date, title, text), feeds each article to
 * sl_stories_add and frees it, so the texts are never all in memory.  Only
 * the time spent inside sl_stories_add/finish is counted as clustering
 * time (thread CPU time, which a busy shared machine disturbs less than
 * wall time; wall time is printed too); JSON parsing is reported separately.  With lines carrying a
 * "story" field, the pairwise and B-cubed scores against it are printed.
 * With --repeat R the stream is clustered R times and the median speed is
 * reported (and every run's figures).  Peak memory is the process's
 * maximum resident set size (getrusage), which includes the line buffer.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <storyloom.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static double cpu(void) { /* this thread's CPU time: less sensitive to a busy machine */
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Interns a story label into a number (linear probing over a growable table). */
typedef struct labels {
  char **names;
  size_t n, cap;
  size_t *slots;
  size_t nslots;
} labels;

static uint32_t label_of(labels *L, const char *s) {
  if ((L->n + 1) * 2 > L->nslots) {
    size_t ns = L->nslots ? L->nslots * 2 : 1024;
    size_t *sl = calloc(ns, sizeof *sl);
    if (!sl) exit(4);
    for (size_t i = 0; i < L->n; i++) {
      size_t h = 5381;
      for (const char *p = L->names[i]; *p; p++) h = h * 33 + (unsigned char)*p;
      size_t j = h & (ns - 1);
      while (sl[j]) j = (j + 1) & (ns - 1);
      sl[j] = i + 1;
    }
    free(L->slots);
    L->slots = sl, L->nslots = ns;
  }
  size_t h = 5381;
  for (const char *p = s; *p; p++) h = h * 33 + (unsigned char)*p;
  size_t j = h & (L->nslots - 1);
  while (L->slots[j]) {
    if (!strcmp(L->names[L->slots[j] - 1], s)) return (uint32_t)(L->slots[j] - 1);
    j = (j + 1) & (L->nslots - 1);
  }
  if (L->n == L->cap) {
    L->cap = L->cap ? L->cap * 2 : 1024;
    L->names = realloc(L->names, L->cap * sizeof *L->names);
    if (!L->names) exit(4);
  }
  L->names[L->n] = strdup(s);
  L->slots[j] = L->n + 1;
  return (uint32_t)L->n++;
}

int main(int argc, char **argv) {
  int repeat = 1;
  const char *path = NULL;
  sl_stories_opts so;
  sl_stories_opts_init(&so);
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--window-articles") && i + 1 < argc) so.window_articles = (unsigned)atoi(argv[++i]);
    else path = argv[i];
  }
  if (!path || repeat < 1) {
    fprintf(stderr, "usage: bench_cluster [--repeat R] [--window-articles N] STREAM.jsonl\n");
    return 2;
  }
  double *rates = calloc((size_t)repeat, sizeof *rates);
  for (int r = 0; r < repeat; r++) {
    FILE *f = fopen(path, "rb");
    if (!f) {
      fprintf(stderr, "cannot open %s\n", path);
      return 1;
    }
    sl_stories *s = sl_stories_new(&so);
    labels L = {0};
    uint32_t *gold = NULL;
    size_t ngold = 0, capgold = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    double t_cluster = 0, t_parse = 0, bytes = 0, c_cluster = 0;
    size_t n = 0;
    while ((len = getline(&line, &cap, f)) > 0) {
      double t0 = now();
      json_error_t je;
      json_t *o = json_loadb(line, (size_t)len, 0, &je);
      if (!o) continue;
      const char *text = json_string_value(json_object_get(o, "text"));
      const char *id = json_string_value(json_object_get(o, "id"));
      const char *title = json_string_value(json_object_get(o, "title"));
      const char *date = json_string_value(json_object_get(o, "date"));
      const char *story = json_string_value(json_object_get(o, "story"));
      size_t tl = text ? json_string_length(json_object_get(o, "text")) : 0;
      if (story) {
        if (ngold == capgold) {
          capgold = capgold ? capgold * 2 : 4096;
          gold = realloc(gold, capgold * sizeof *gold);
          if (!gold) return 4;
        }
        gold[ngold++] = label_of(&L, story);
      }
      sl_story_article a = {(uint32_t)n, id, date ? sl_date_parse(date, strlen(date)) : SL_NO_DATE,
                            title, text, tl};
      double t1 = now(), c1 = cpu();
      if (sl_stories_add(s, &a, NULL) == SL_ENOMEM) return 4;
      double t2 = now();
      c_cluster += cpu() - c1;
      t_parse += t1 - t0;
      t_cluster += t2 - t1;
      bytes += (double)tl;
      n++;
      json_decref(o);
    }
    double t1 = now(), c1 = cpu();
    sl_stories_finish(s, NULL);
    t_cluster += now() - t1;
    c_cluster += cpu() - c1;
    fclose(f);
    free(line);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    rates[r] = n / c_cluster;
    printf("run %d: %zu articles, %.1f MB text, clustering %.2f s CPU = %.0f articles/s, %.1f MB/s "
           "(wall %.2f s; JSON parsing %.2f s); stories %zu, peak open %zu; peak RSS %.0f MB\n",
           r + 1, n, bytes / 1e6, c_cluster, n / c_cluster, bytes / 1e6 / c_cluster, t_cluster, t_parse,
           sl_stories_count(s), sl_stories_peak_open(s), ru.ru_maxrss / 1024.0);
    if (ngold == n && n == sl_stories_assigned(s)) {
      uint32_t *pred = malloc(n * sizeof *pred), *g2 = malloc(n * sizeof *g2);
      for (size_t i = 0; i < n; i++) {
        uint32_t key, st;
        sl_stories_assignment(s, i, &key, &st, NULL);
        pred[i] = st, g2[i] = gold[key];
      }
      sl_cluster_scores sc;
      if (sl_cluster_score(pred, g2, n, &sc) == SL_OK)
        printf("  quality vs generator stories: pairwise P %.4f R %.4f F1 %.4f, B-cubed P %.4f R %.4f "
               "F1 %.4f\n",
               sc.pair_p, sc.pair_r, sc.pair_f, sc.bcubed_p, sc.bcubed_r, sc.bcubed_f);
      free(pred), free(g2);
    }
    for (size_t i = 0; i < L.n; i++) free(L.names[i]);
    free(L.names), free(L.slots), free(gold);
    sl_stories_free(s);
  }
  qsort(rates, (size_t)repeat, sizeof *rates, cmp_d);
  printf("median clustering speed (CPU time) over %d run%s: %.0f articles/s\n", repeat, repeat > 1 ? "s" : "",
         rates[repeat / 2]);
  free(rates);
  return 0;
}
