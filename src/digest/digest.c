/*
 * digest.c — builds a story digest and exposes the summary accessors.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"

void sl_digest_opts_init(sl_digest_opts *o) {
  memset(o, 0, sizeof *o);
  o->parts = SL_PART_ALL;
  o->words = 100;
  o->tl_per_date = 1;
  o->max_quotes = 5;
  o->threads = 1;
}

/* ---- the parts, built by one thread or several ------------------------ */

/* The alignment first, then the parts that read it (summary, timeline,
 * coverage); the quotations read only the corpus, so they may be built
 * while the alignment is.  Every task reads the corpus and the story's
 * articles, read-only from here on, and writes only its own result: any
 * thread may run any task, and the digest does not depend on which did. */
enum { T_ALIGN, T_TIMELINE, T_SUMMARY, T_QUOTES, T_COVERAGE, NTASKS };

typedef struct tasks {
  sl_digest *d;
  pthread_mutex_t mu;    /* guards the flags below (with more than one thread) */
  pthread_cond_t cv;     /* signalled when a task ends */
  bool want[NTASKS];     /* requested */
  bool taken[NTASKS];    /* started by some thread */
  bool done[NTASKS];     /* ended (st holds its status) */
  sl_status st[NTASKS];
  bool locked;           /* mu and cv exist (more than one thread) */
} tasks;

static sl_status run_task(sl_digest *d, int t) {
  const sl_corpus *c = d->c;
  const uint32_t *a = d->arts;
  size_t n = d->narts;
  switch (t) {
  case T_ALIGN:
    return sl_align_build(c, a, n, &d->align);
  case T_TIMELINE:
    return sl_timeline_build(c, a, n, d->align, &d->opts, &d->timeline);
  case T_SUMMARY:
    return sl_summarize(c, a, n, d->align, &d->opts, &d->summary);
  case T_QUOTES: /* (no alignment: it may be being built meanwhile) */
    return sl_quotes_build(c, a, n, NULL, &d->opts, &d->quotes);
  default:
    return sl_coverage_build(c, a, n, d->align, &d->opts, &d->coverage);
  }
}

/* The next task this thread may run, in the order of the enum (the
 * alignment, then the costliest parts first); -1 when none is left, -2
 * when the rest waits for the alignment. */
static int next_task(tasks *k) {
  bool left = false;
  for (int t = 0; t < NTASKS; t++) {
    if (!k->want[t] || k->taken[t]) continue;
    left = true;
    if (t == T_ALIGN || t == T_QUOTES || k->done[T_ALIGN]) return t;
  }
  return left ? -2 : -1;
}

/* A worker: runs tasks until none is left.  A part that reads the
 * alignment is skipped, with its status, when building it failed. */
static void *tasks_worker(void *arg) {
  tasks *k = arg;
  if (k->locked) pthread_mutex_lock(&k->mu);
  for (;;) {
    int t = next_task(k);
    if (t == -1) break;
    if (t == -2) { /* (only with other threads: one of them builds the alignment) */
      pthread_cond_wait(&k->cv, &k->mu);
      continue;
    }
    k->taken[t] = true;
    sl_status st = SL_OK;
    if (t != T_ALIGN && t != T_QUOTES && k->st[T_ALIGN] != SL_OK) st = k->st[T_ALIGN];
    else {
      if (k->locked) pthread_mutex_unlock(&k->mu);
      st = run_task(k->d, t);
      if (k->locked) pthread_mutex_lock(&k->mu);
    }
    k->st[t] = st, k->done[t] = true;
    if (k->locked) pthread_cond_broadcast(&k->cv);
  }
  if (k->locked) pthread_mutex_unlock(&k->mu);
  return NULL;
}

/* Builds the alignment and the requested parts on up to d->opts.threads
 * threads (this one included); the first failure is returned (the
 * alignment's, then the parts' in the order summary, timeline, quotes,
 * coverage). */
static sl_status build_parts(sl_digest *d) {
  tasks k = {.d = d};
  static const int bit[NTASKS] = {0, SL_PART_TIMELINE, SL_PART_SUMMARY, SL_PART_QUOTES,
                                  SL_PART_COVERAGE};
  int ntasks = 0;
  for (int t = 0; t < NTASKS; t++) {
    k.want[t] = t == T_ALIGN || (d->opts.parts & bit[t]);
    k.st[t] = SL_OK;
    ntasks += k.want[t];
  }
  unsigned want = d->opts.threads > 1 ? d->opts.threads : 1;
  pthread_t th[NTASKS];
  int nth = 0;
  if (want > 1 && ntasks > 1 && pthread_mutex_init(&k.mu, NULL) == 0) {
    if (pthread_cond_init(&k.cv, NULL) == 0) k.locked = true;
    else pthread_mutex_destroy(&k.mu);
  }
  /* (a thread that cannot start leaves its tasks to the others) */
  while (k.locked && (unsigned)nth + 1 < want && nth + 1 < ntasks &&
         pthread_create(&th[nth], NULL, tasks_worker, &k) == 0)
    nth++;
  tasks_worker(&k);
  for (int t = 0; t < nth; t++) pthread_join(th[t], NULL);
  if (k.locked) pthread_cond_destroy(&k.cv), pthread_mutex_destroy(&k.mu);
  static const int report[NTASKS] = {T_ALIGN, T_SUMMARY, T_TIMELINE, T_QUOTES, T_COVERAGE};
  for (int t = 0; t < NTASKS; t++)
    if (k.st[report[t]] != SL_OK) return k.st[report[t]];
  return SL_OK;
}

sl_digest *sl_digest_new(const sl_corpus *c, const uint32_t *ids, size_t n, const sl_digest_opts *o,
                         sl_error *err) {
  SL_API_CHECK(c);
  sl_digest *d = calloc(1, sizeof *d);
  if (!d) {
    sl_error_set(err, SL_ENOMEM, NULL, 0, "out of memory");
    return NULL;
  }
  d->c = c;
  if (o) d->opts = *o;
  else sl_digest_opts_init(&d->opts);
  if (!ids) n = c->arts.n;
  d->arts = malloc((n ? n : 1) * sizeof *d->arts);
  if (!d->arts) goto oom;
  for (size_t i = 0; i < n; i++) {
    uint32_t a = ids ? ids[i] : (uint32_t)i;
    if (a >= c->arts.n) {
      sl_error_set(err, SL_EINVAL, NULL, 0, "article id %u out of range", a);
      sl_digest_free(d);
      return NULL;
    }
    d->arts[i] = a;
  }
  /* story order: every part reads the articles in this order and breaks its
   * ties by positions in it, never by corpus numbers (the input order); an
   * article listed twice counts once (as align/ counts it) */
  if (sl_corpus_story_order(c, d->arts, n) != SL_OK) goto oom;
  size_t na = 0;
  for (size_t i = 0; i < n; i++)
    if (!na || d->arts[na - 1] != d->arts[i]) d->arts[na++] = d->arts[i];
  n = na;
  d->narts = n;

  sl_status st = build_parts(d);
  if (st == SL_OK) return d;
  sl_error_set(err, st, NULL, 0, "digest failed: %s", sl_strerror(st));
  sl_digest_free(d);
  return NULL;
oom:
  sl_error_set(err, SL_ENOMEM, NULL, 0, "out of memory");
  sl_digest_free(d);
  return NULL;
}

void sl_digest_free(sl_digest *d) {
  if (!d) return;
  sl_align_free(d->align);
  sl_summary_free(d->summary);
  sl_timeline_free(d->timeline);
  sl_quotes_free(d->quotes);
  sl_coverage_free(d->coverage);
  free(d->arts);
  free(d);
}

size_t sl_digest_summary_count(const sl_digest *d) { return d->summary ? d->summary->n : 0; }

void sl_digest_summary_sentence(const sl_digest *d, size_t i, uint32_t *article, uint32_t *off,
                                uint32_t *len) {
  const sl_sent *s = &d->c->sents.a[d->summary->items[i].sent];
  *article = s->article;
  *off = s->span.off;
  *len = s->span.len;
}

size_t sl_digest_summary_source_count(const sl_digest *d, size_t i) {
  return sl_align_group_size(d->align, d->summary->items[i].group);
}

void sl_digest_summary_source(const sl_digest *d, size_t i, size_t j, uint32_t *article,
                              uint32_t *off, uint32_t *len) {
  uint32_t g = d->summary->items[i].group;
  const sl_sent *s = &d->c->sents.a[d->align->members[d->align->gstart[g] + j]];
  *article = s->article;
  *off = s->span.off;
  *len = s->span.len;
}
