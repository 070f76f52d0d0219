/*
 * rouge.c — the sl_rouge evaluation object: options, texts and clusters,
 * the run (sl_rouge_compute: prepare every text, score every system on
 * every cluster for every metric, average) and the accessors.  The parts:
 * rouge_text.c (words), rouge_score.c (per-cluster scores), rouge_boot.c
 * (averages), rouge_input.c (readers), rouge_render.c (reports).
 *
 * Invariant: every number that ROUGE-1.5.5 rounds with sprintf("%7.5f")
 * is rounded here at the same step, and every floating sum is taken in the
 * same order, so the printed figures agree with the Perl script's.
 * Texts are tokenised once and their gram multisets cached; a cluster's
 * score for one system never depends on other systems.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "rouge_impl.h"

/* ---- small helpers ----------------------------------------------------- */

/* Perl prints numbers with %.15g; -t 1/2 report raw counts that way. */
void rg_put_num(sl_buf *b, double x) {
  if (x == 0) x = 0; /* no "-0" */
  sl_buf_printf(b, "%.15g", x);
}

/* Diagnostics live in the evaluation's arena until sl_rouge_free; a failed
 * allocation drops the message rather than failing the run. */
void rg_diag(sl_rouge *r, sl_severity sev, const char *file, const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  sl_diag d = {sev, sl_arena_strdup(&r->arena, file ? file : ""), 0,
               sl_arena_strdup(&r->arena, msg)};
  if (d.file && d.msg && sl_vec_push(&r->diags, d) && !r->in_compute) r->input_diags = r->diags.n;
}

/* Whole file, NUL-terminated (caller frees); NULL when it cannot be read.
 * Reads in chunks so pipes and /dev/stdin work too. */
char *rg_slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  sl_buf b;
  sl_buf_init(&b);
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) sl_buf_put(&b, chunk, n);
  bool bad = ferror(f) || b.oom;
  fclose(f);
  if (bad) {
    sl_buf_free(&b);
    return NULL;
  }
  *len = b.len;
  if (!sl_buf_reserve(&b, 1)) {
    sl_buf_free(&b);
    return NULL;
  }
  b.p[b.len] = 0; /* an empty file still gives an empty string */
  return b.p;
}

/* ---- options and lifetime ---------------------------------------------- */

/* ROUGE-1.5.5's defaults: no -n, ROUGE-L on, -f A, -p 0.5, -c 95, -r 1000. */
void sl_rouge_opts_init(sl_rouge_opts *o) {
  memset(o, 0, sizeof *o);
  o->lcs = 1;
  o->skip = SL_ROUGE_NO_SKIP;
  o->formula = 'A';
  o->alpha = 0.5;
  o->conf = 95;
  strcpy(o->conf_label, "95");
  o->resamples = 1000;
}

/* Validates the options the way ROUGE's option checks do (its error cases
 * return NULL here), then copies them; labels default to the numbers. */
sl_rouge *sl_rouge_new(const sl_rouge_opts *opts) {
  sl_rouge_opts o;
  if (opts) o = *opts; else sl_rouge_opts_init(&o);
  if (o.max_n < 0 || o.max_n > RG_MAX_N || o.alpha < 0 || o.alpha > 1 || o.conf < 0 ||
      o.conf > 100 || (o.words && o.bytes) || o.words < 0 || o.bytes < 0 || o.unit < 0 ||
      o.unit > 2 || o.resamples < 1 || o.wlcs < 0)
    return NULL;
  sl_rouge *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->o = o;
  if (!r->o.conf_label[0]) snprintf(r->o.conf_label, sizeof r->o.conf_label, "%g", o.conf);
  if (r->o.wlcs > 0 && !r->o.wlcs_label[0])
    snprintf(r->o.wlcs_label, sizeof r->o.wlcs_label, "%g", o.wlcs);
  sl_strmap_init(&r->eval_ids);
  sl_strmap_init(&r->systems);
  sl_strmap_init(&r->raw);
  sl_strmap_init(&r->forms);
  sl_arena_init(&r->arena);
  return r;
}

static void free_grams(rg_grams *g) {
  free(g->id);
  free(g->cnt);
}

/* Results are dropped whenever the input changes, so accessors never show
 * scores of an older input. */
static void free_results(sl_rouge *r) {
  if (r->res)
    for (size_t i = 0; i < r->order.n * r->metrics.n; i++) sl_vec_free(&r->res[i].inst);
  free(r->res);
  r->res = NULL;
  sl_vec_free(&r->order);
  sl_vec_free(&r->metrics);
  r->computed = false;
}

void sl_rouge_free(sl_rouge *r) {
  if (!r) return; /* NULL is a no-op, like free() */
  free_results(r);
  for (size_t i = 0; i < r->docs.n; i++) {
    rg_doc *d = &r->docs.a[i];
    free(d->origin);
    free(d->text);
    sl_vec_free(&d->tok);
    sl_vec_free(&d->ltok);
    sl_vec_free(&d->soff);
    free(d->pos);
    for (int n = 0; n <= RG_MAX_N; n++) free_grams(&d->ng[n]);
    free_grams(&d->sk[0]);
    free_grams(&d->sk[1]);
  }
  sl_vec_free(&r->docs);
  for (size_t i = 0; i < r->evals.n; i++) {
    rg_eval *e = &r->evals.a[i];
    free(e->id);
    sl_vec_free(&e->peers);
    sl_vec_free(&e->models);
    for (size_t k = 0; k < e->model_ids.n; k++) free(e->model_ids.a[k]);
    sl_vec_free(&e->model_ids);
  }
  sl_vec_free(&r->evals);
  sl_strmap_free(&r->eval_ids);
  sl_strmap_free(&r->systems);
  sl_strmap_free(&r->raw);
  sl_strmap_free(&r->forms);
  sl_vec_free(&r->form_of);
  free(r->pair_key);
  free(r->pair_val);
  sl_vec_free(&r->diags);
  sl_arena_free(&r->arena);
  free(r->only);
  free(r);
}

static char *dup_str(const char *s) {
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (p) memcpy(p, s, n + 1);
  return p;
}

/* Index of cluster `id`, created when new; RG_NONE on OOM. */
static uint32_t eval_index(sl_rouge *r, const char *id) {
  bool added = false;
  uint32_t k = sl_strmap_intern(&r->eval_ids, id, strlen(id), &added);
  if (k == RG_NONE) return RG_NONE;
  if (added) {
    rg_eval e;
    memset(&e, 0, sizeof e);
    e.id = dup_str(id);
    if (!e.id || !sl_vec_push(&r->evals, e)) return RG_NONE;
  }
  return k;
}

/* Every text becomes one rg_doc (summaries and references alike, never
 * shared: ROUGE reads each file anew too).  Input problems are reported here,
 * once per file, and the text is still scored (as ROUGE does). */
sl_status rg_add(sl_rouge *r, bool is_ref, const char *cluster, const char *who, const char *text,
                 size_t len, const char *origin, bool missing) {
  SL_API_CHECK(r && cluster && who);
  free_results(r);
  uint32_t e = eval_index(r, cluster);
  if (e == RG_NONE) return SL_ENOMEM;
  rg_doc d;
  memset(&d, 0, sizeof d);
  char fallback[256]; /* texts given by the API without a file name */
  if (!origin) {
    snprintf(fallback, sizeof fallback, "%s %s of cluster %s", is_ref ? "reference" : "system",
             who, cluster);
    origin = fallback;
  }
  d.origin = dup_str(origin);
  d.missing = missing;
  if (!missing) {
    d.text = malloc(len + 1);
    if (d.text) {
      if (len) memcpy(d.text, text, len);
      d.text[len] = 0;
    }
    d.len = len;
  }
  if (!d.origin || (!missing && !d.text) || !sl_vec_push(&r->docs, d)) {
    free(d.origin);
    free(d.text);
    return SL_ENOMEM;
  }
  uint32_t di = (uint32_t)(r->docs.n - 1);
  rg_eval *ev = &r->evals.a[e];
  if (!missing) {
    size_t good = sl_utf8_valid_prefix(text, len), words = 0;
    if (good < len)
      rg_diag(r, SL_DIAG_WARNING, origin,
              "invalid UTF-8 at byte %zu; scored byte-wise like ROUGE-1.5.5 (non-ASCII bytes separate words)",
              good);
    for (size_t i = 0; i < len && !words; i++) words = rg_is_alnum((unsigned char)text[i]);
    if (!words)
      rg_diag(r, SL_DIAG_WARNING, origin, "empty %s (no word): it scores 0",
              is_ref ? "reference" : "summary");
  }
  /* references keep their order (it decides -f B ties), systems get an id */
  if (is_ref) {
    char *id = dup_str(who);
    if (!id || !sl_vec_push(&ev->models, di)) return free(id), SL_ENOMEM;
    if (!sl_vec_push(&ev->model_ids, id)) return free(id), SL_ENOMEM;
  } else {
    uint32_t s = sl_strmap_intern(&r->systems, who, strlen(who), NULL);
    if (s == RG_NONE) return SL_ENOMEM;
    rg_peer p = {s, di};
    if (!sl_vec_push(&ev->peers, p)) return SL_ENOMEM;
  }
  return SL_OK;
}

sl_status sl_rouge_add_ref(sl_rouge *r, const char *cluster, const char *ref, const char *text,
                           size_t len, const char *origin) {
  return rg_add(r, true, cluster, ref, text ? text : "", text ? len : 0, origin, false);
}

sl_status sl_rouge_add_system(sl_rouge *r, const char *cluster, const char *system,
                              const char *text, size_t len, const char *origin) {
  return rg_add(r, false, cluster, system, text ? text : "", text ? len : 0, origin, false);
}

/* ROUGE-1.5.5 without -a scores the one system named on its command line. */
sl_status sl_rouge_select_system(sl_rouge *r, const char *system) {
  SL_API_CHECK(r);
  free(r->only);
  r->only = NULL;
  if (system && !(r->only = dup_str(system))) return SL_ENOMEM;
  free_results(r);
  return SL_OK;
}

/* Compares "e1.s1" with "e2.s2" (ROUGE's test ids) in byte order. */
static int cmp_testid(const char *e1, const char *s1, const char *e2, const char *s2) {
  /* byte order of e1 "." s1 versus e2 "." s2 */
  const unsigned char *a = (const unsigned char *)e1, *b = (const unsigned char *)e2;
  int part_a = 0, part_b = 0;
  for (;;) {
    int ca = *a ? *a : part_a == 0 ? '.' : 0, cb = *b ? *b : part_b == 0 ? '.' : 0;
    if (ca != cb) return ca - cb;
    if (!ca) return 0;
    if (*a) a++; else { part_a = 1; a = (const unsigned char *)s1; }
    if (*b) b++; else { part_b = 1; b = (const unsigned char *)s2; }
  }
}

/* Sort records carrying their own keys (qsort has no context argument, and
 * a global one would make two evaluations in two threads race). */
typedef struct rg_sort_inst {
  const char *e, *s; /* cluster and system id: the test id "e.s" */
  rg_inst in;
} rg_sort_inst;
static int cmp_inst(const void *x, const void *y) {
  const rg_sort_inst *a = x, *b = y;
  return cmp_testid(a->e, a->s, b->e, b->s);
}
typedef struct rg_sort_sys {
  const char *name; /* system id */
  uint32_t id;      /* its id in r->systems */
} rg_sort_sys;
static int cmp_sys(const void *x, const void *y) {
  return strcmp(((const rg_sort_sys *)x)->name, ((const rg_sort_sys *)y)->name);
}

/* Sorts res->inst like ROUGE's sort(keys %ROUGEScores) for system sys. */
static sl_status sort_instances(const sl_rouge *r, rg_result *res, const char *sys) {
  size_t n = res->inst.n;
  if (n < 2) return SL_OK;
  rg_sort_inst *v = malloc(n * sizeof *v);
  if (!v) return SL_ENOMEM;
  for (size_t i = 0; i < n; i++) v[i] = (rg_sort_inst){r->evals.a[res->inst.a[i].eval].id, sys, res->inst.a[i]};
  qsort(v, n, sizeof *v, cmp_inst);
  for (size_t i = 0; i < n; i++) res->inst.a[i] = v[i].in;
  free(v);
  return SL_OK;
}

/* An instance with its cluster id, for sorting without a global context. */
typedef struct rg_sort_eval {
  const char *id; /* cluster id */
  rg_inst in;
} rg_sort_eval;

/* ROUGE's by_evalID: numeric when both ids start with digits, else bytes. */
static int by_eval(const void *x, const void *y) {
  const char *a = ((const rg_sort_eval *)x)->id, *b = ((const rg_sort_eval *)y)->id;
  if (a[0] >= '0' && a[0] <= '9' && b[0] >= '0' && b[0] <= '9') {
    /* compare the leading digit runs as numbers (/^([0-9]+)/, <=>) */
    const char *p = a, *q = b;
    while (p[0] == '0' && p[1] >= '0' && p[1] <= '9') p++;
    while (q[0] == '0' && q[1] >= '0' && q[1] <= '9') q++;
    size_t lp = strspn(p, "0123456789"), lq = strspn(q, "0123456789");
    if (lp != lq) return lp < lq ? -1 : 1;
    int c = strncmp(p, q, lp);
    if (c) return c;
    /* equal numbers: ROUGE's order would follow Perl's hash order; bytes here */
  }
  return strcmp(a, b);
}

/* Puts res->inst in report order (ROUGE's printPerEvalData), once the
 * bootstrap no longer needs the test-id order. */
static sl_status sort_report(const sl_rouge *r, rg_result *res) {
  size_t n = res->inst.n;
  if (n < 2) return SL_OK;
  rg_sort_eval *t = malloc(n * sizeof *t);
  if (!t) return SL_ENOMEM;
  for (size_t i = 0; i < n; i++) t[i] = (rg_sort_eval){r->evals.a[res->inst.a[i].eval].id, res->inst.a[i]};
  qsort(t, n, sizeof *t, by_eval);
  for (size_t i = 0; i < n; i++) res->inst.a[i] = t[i].in;
  free(t);
  return SL_OK;
}

/* Sorts r->order by system id (ROUGE: sort keys %ROUGEPeerIDTable). */
static sl_status sort_systems(sl_rouge *r) {
  size_t n = r->order.n;
  if (n < 2) return SL_OK;
  rg_sort_sys *v = malloc(n * sizeof *v);
  if (!v) return SL_ENOMEM;
  for (size_t i = 0; i < n; i++) v[i] = (rg_sort_sys){sl_strmap_key(&r->systems, r->order.a[i], NULL), r->order.a[i]};
  qsort(v, n, sizeof *v, cmp_sys);
  for (size_t i = 0; i < n; i++) r->order.a[i] = v[i].id;
  free(v);
  return SL_OK;
}

static sl_status build_metrics(sl_rouge *r) {
  rg_metric m;
  for (int n = 1; n <= r->o.max_n; n++) {
    memset(&m, 0, sizeof m);
    m.kind = RG_N, m.n = n;
    snprintf(m.name, sizeof m.name, "ROUGE-%d", n);
    if (!sl_vec_push(&r->metrics, m)) return SL_ENOMEM;
  }
  if (r->o.lcs) {
    memset(&m, 0, sizeof m);
    m.kind = RG_L;
    strcpy(m.name, "ROUGE-L");
    if (!sl_vec_push(&r->metrics, m)) return SL_ENOMEM;
  }
  if (r->o.wlcs > 0) {
    memset(&m, 0, sizeof m);
    m.kind = RG_W;
    snprintf(m.name, sizeof m.name, "ROUGE-W-%s", r->o.wlcs_label);
    if (!sl_vec_push(&r->metrics, m)) return SL_ENOMEM;
  }
  if (r->o.skip != SL_ROUGE_NO_SKIP) {
    char gap[16];
    if (r->o.skip >= 0 && r->o.skip_label[0]) snprintf(gap, sizeof gap, "%s", r->o.skip_label);
    else if (r->o.skip >= 0) snprintf(gap, sizeof gap, "%d", r->o.skip);
    else strcpy(gap, "*");
    for (int pass = 0; pass < 2; pass++) {
      int uni = r->o.skip_unigrams == 1 ? 1 : pass;
      if (pass == 1 && r->o.skip_unigrams != 2) break;
      memset(&m, 0, sizeof m);
      m.kind = RG_S, m.n = uni;
      snprintf(m.name, sizeof m.name, "ROUGE-S%s%s", uni ? "U" : "", gap);
      if (!sl_vec_push(&r->metrics, m)) return SL_ENOMEM;
    }
  }
  return SL_OK;
}

static sl_status compute(sl_rouge *r, sl_error *err);

/* The run, in ROUGE's order: systems (byte order) x metrics (report order)
 * x clusters; a cluster's score never depends on another system, so the
 * summary lookup is a table, and the bootstrap draws are shared by every
 * (system, metric) with the same number of clusters. */
sl_status sl_rouge_compute(sl_rouge *r, sl_error *err) {
  SL_API_CHECK(r);
  free_results(r);
  r->diags.n = r->input_diags; /* a second run does not repeat its messages */
  r->in_compute = true;
  sl_status st = compute(r, err);
  r->in_compute = false;
  return st;
}

static sl_status compute(sl_rouge *r, sl_error *err) {
  sl_status st = build_metrics(r);
  if (st) return sl_error_set(err, st, "", 0, "out of memory");
  /* Systems to score, in byte order (ROUGE: sort keys %ROUGEPeerIDTable). */
  for (uint32_t sy = 0; sy < sl_strmap_count(&r->systems); sy++) {
    if (r->only && strcmp(r->only, sl_strmap_key(&r->systems, sy, NULL))) continue;
    if (!sl_vec_push(&r->order, sy)) return sl_error_set(err, SL_ENOMEM, "", 0, "out of memory");
  }
  if (sort_systems(r)) return sl_error_set(err, SL_ENOMEM, "", 0, "out of memory");
  if (r->only && !r->order.n)
    return sl_error_set(err, SL_ENOTFOUND, "", 0, "system '%s' does not occur in the input", r->only);
  /* Clusters without any readable reference cannot be scored. */
  bool any = false;
  for (size_t e = 0; e < r->evals.n; e++) {
    rg_eval *ev = &r->evals.a[e];
    size_t ok = 0;
    for (size_t k = 0; k < ev->models.n; k++) ok += !r->docs.a[ev->models.a[k]].missing;
    if (!ok) {
      rg_diag(r, SL_DIAG_SKIPPED, "", "cluster %s has no readable reference: not scored", ev->id);
      continue;
    }
    if (ev->peers.n) any = true;
  }
  if (!any) return sl_error_set(err, SL_EEMPTY, "", 0, "no cluster has both a system summary and a reference");
  for (size_t i = 0; i < r->docs.n; i++)
    if ((st = rg_prepare_doc(r, &r->docs.a[i]))) return sl_error_set(err, st, "", 0, "out of memory");
  size_t nword = sl_strmap_count(&r->forms) + 1; /* word ids index the count arrays */
  rg_scratch s;
  memset(&s, 0, sizeof s);
  s.mcnt = calloc(nword, sizeof *s.mcnt);
  s.pcnt = calloc(nword, sizeof *s.pcnt);
  s.stamp = calloc(nword, sizeof *s.stamp);
  s.ncnt = nword;
  if (r->o.wlcs > 0) s.wdiff = calloc(1, sizeof *s.wdiff), s.nwdiff = 0;
  r->res = calloc(r->order.n * r->metrics.n + 1, sizeof *r->res);
  uint32_t *tables = NULL;
  /* peer_doc[e * systems + oi]: summary of system order[oi] for cluster e
   * (the last one added wins, as in ROUGE's hash); has_ref[e]: a readable
   * reference exists. */
  uint32_t *peer_doc = malloc((r->evals.n * r->order.n + 1) * sizeof *peer_doc);
  uint32_t *slot = malloc((sl_strmap_count(&r->systems) + 1) * sizeof *slot);
  bool *has_ref = calloc(r->evals.n + 1, sizeof *has_ref);
  if (!peer_doc || !slot || !has_ref) { st = SL_ENOMEM; goto done; }
  for (size_t i = 0; i < sl_strmap_count(&r->systems); i++) slot[i] = RG_NONE;
  for (size_t oi = 0; oi < r->order.n; oi++) slot[r->order.a[oi]] = (uint32_t)oi;
  for (size_t i = 0; i < r->evals.n * r->order.n; i++) peer_doc[i] = RG_NONE;
  for (size_t e = 0; e < r->evals.n; e++) {
    const rg_eval *ev = &r->evals.a[e];
    for (size_t p = 0; p < ev->peers.n; p++)
      if (slot[ev->peers.a[p].sys] != RG_NONE)
        peer_doc[e * r->order.n + slot[ev->peers.a[p].sys]] = ev->peers.a[p].doc;
    for (size_t k = 0; k < ev->models.n; k++) has_ref[e] |= !r->docs.a[ev->models.a[k]].missing;
  }
  size_t table_n = 0;
  if (!s.mcnt || !s.pcnt || !s.stamp || !r->res || (r->o.wlcs > 0 && !s.wdiff)) { st = SL_ENOMEM; goto done; }
  for (size_t oi = 0; oi < r->order.n; oi++) {
    uint32_t sy = r->order.a[oi];
    const char *sys_name = sl_strmap_key(&r->systems, sy, NULL);
    for (size_t mi = 0; mi < r->metrics.n; mi++) {
      rg_result *res = &r->res[oi * r->metrics.n + mi];
      for (size_t e = 0; e < r->evals.n; e++) {
        rg_eval *ev = &r->evals.a[e];
        uint32_t pdi = peer_doc[e * r->order.n + oi];
        rg_doc *pd = pdi == RG_NONE ? NULL : &r->docs.a[pdi];
        if (!has_ref[e]) continue;
        if (!pd) {
          if (mi == 0)
            rg_diag(r, SL_DIAG_SKIPPED, "", "system %s has no summary for cluster %s", sys_name,
                    ev->id);
          continue;
        }
        if (pd->missing) continue; /* unreadable: reported when read */
        rg_inst in = {(uint32_t)e, {0, 0, 0}};
        st = rg_score_one(r, &s, &r->metrics.a[mi], ev, pd, in.v);
        if (st == SL_EINVAL) { /* too long for ROUGE-L/W: this cluster is left out (diagnostic) */
          s.too_long = false, st = SL_OK;
          continue;
        }
        if (st) goto done;
        if (!sl_vec_push(&res->inst, in)) { st = SL_ENOMEM; goto done; }
      }
      if ((st = sort_instances(r, res, sys_name))) goto done;
      if ((st = rg_average(r, res, &tables, &table_n))) goto done;
      if ((st = sort_report(r, res))) goto done;
    }
  }
  r->computed = true;
done:
  free(tables);
  free(peer_doc), free(slot), free(has_ref);
  free(s.mcnt), free(s.pcnt), free(s.stamp), free(s.rows), free(s.c), free(s.ci), free(s.l), free(s.mask), free(s.wdiff);
  if (st) {
    free_results(r);
    return sl_error_set(err, st, "", 0, "out of memory");
  }
  return SL_OK;
}

/* ---- accessors --------------------------------------------------------------- */

size_t sl_rouge_metric_count(const sl_rouge *r) { return r && r->computed ? r->metrics.n : 0; }
const char *sl_rouge_metric_name(const sl_rouge *r, size_t i) {
  return r && r->computed && i < r->metrics.n ? r->metrics.a[i].name : NULL;
}
size_t sl_rouge_system_count(const sl_rouge *r) { return r && r->computed ? r->order.n : 0; }
const char *sl_rouge_system_name(const sl_rouge *r, size_t i) {
  return r && r->computed && i < r->order.n ? sl_strmap_key(&r->systems, r->order.a[i], NULL) : NULL;
}
sl_status sl_rouge_get(const sl_rouge *r, size_t sys, size_t metric, sl_rouge_score *out) {
  if (!r || !r->computed || sys >= r->order.n || metric >= r->metrics.n || !out) return SL_EINVAL;
  *out = r->res[sys * r->metrics.n + metric].avg;
  return SL_OK;
}
size_t sl_rouge_diag_count(const sl_rouge *r) { return r ? r->diags.n : 0; }
const sl_diag *sl_rouge_diag(const sl_rouge *r, size_t i) {
  return r && i < r->diags.n ? &r->diags.a[i] : NULL;
}
