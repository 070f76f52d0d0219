/*
 * rouge_render.c — ROUGE reports: ROUGE-1.5.5's text layout (so its
 * existing parsers keep working) and the same content as JSON.
 *
 * Invariant: the text report is byte-for-byte the layout printResults and
 * printPerEvalData of ROUGE-1.5.5 produce: "%7.5f" numbers, 45-dash
 * separators, per-cluster lines sorted like its by_evalID.
 */
#include <stdio.h>
#include <string.h>

#include "rouge_impl.h"

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

/* Per-cluster instances in report order (caller frees). */
static rg_inst *report_order(const sl_rouge *r, const rg_result *res) {
  size_t n = res->inst.n;
  rg_inst *v = malloc((n + 1) * sizeof *v); /* +1: never malloc(0) */
  rg_sort_eval *t = malloc((n + 1) * sizeof *t);
  if (!v || !t) return free(v), free(t), NULL;
  for (size_t i = 0; i < n; i++) t[i] = (rg_sort_eval){r->evals.a[res->inst.a[i].eval].id, res->inst.a[i]};
  if (n > 1) qsort(t, n, sizeof *t, by_eval);
  for (size_t i = 0; i < n; i++) v[i] = t[i].in;
  free(t);
  return v;
}

size_t sl_rouge_cluster_count(const sl_rouge *r, size_t sys, size_t metric) {
  if (!r || !r->computed || sys >= r->order.n || metric >= r->metrics.n) return 0;
  return r->res[sys * r->metrics.n + metric].inst.n;
}

/* Sorts a copy each call: meant for reports, not for inner loops. */
sl_status sl_rouge_get_cluster(const sl_rouge *r, size_t sys, size_t metric, size_t i,
                               const char **cluster, double v[3]) {
  if (i >= sl_rouge_cluster_count(r, sys, metric)) return SL_EINVAL;
  rg_inst *all = report_order(r, &r->res[sys * r->metrics.n + metric]);
  if (!all) return SL_ENOMEM;
  if (cluster) *cluster = r->evals.a[all[i].eval].id;
  if (v) memcpy(v, all[i].v, sizeof all[i].v);
  free(all);
  return SL_OK;
}

/* A per-cluster value: a 5-decimal score, or with -t 1/2 a raw count printed
 * the way Perl prints numbers. */
static void put_value(sl_buf *b, const sl_rouge *r, double x) {
  if (r->o.unit) rg_put_num(b, x);
  else sl_buf_printf(b, "%7.5f", x);
}

/* For each system (byte order) and metric (report order): a dash line, the
 * three Average lines (or the M/P/H counts with -t 2), then with -d a dot
 * line and one "Eval" line per cluster.  The confidence label is printed as
 * typed (-c 95 -> "95%-conf.int."). */
char *sl_rouge_render_text(const sl_rouge *r) {
  if (!r || !r->computed) return NULL;
  sl_buf b;
  sl_buf_init(&b);
  const char *cf = r->o.conf_label;
  for (size_t si = 0; si < r->order.n; si++) {
    const char *sys = sl_strmap_key(&r->systems, r->order.a[si], NULL);
    for (size_t mi = 0; mi < r->metrics.n; mi++) {
      const rg_result *res = &r->res[si * r->metrics.n + mi];
      const sl_rouge_score *a = &res->avg;
      const char *m = r->metrics.a[mi].name;
      sl_buf_puts(&b, "---------------------------------------------\n");
      if (r->o.unit != 2) {
        sl_buf_printf(&b, "%s %s Average_R: %7.5f (%s%%-conf.int. %7.5f - %7.5f)\n", sys, m, a->r, cf, a->r_lo, a->r_hi);
        sl_buf_printf(&b, "%s %s Average_P: %7.5f (%s%%-conf.int. %7.5f - %7.5f)\n", sys, m, a->p, cf, a->p_lo, a->p_hi);
        sl_buf_printf(&b, "%s %s Average_F: %7.5f (%s%%-conf.int. %7.5f - %7.5f)\n", sys, m, a->f, cf, a->f_lo, a->f_hi);
      } else {
        sl_buf_printf(&b, "%s %s M_count: %lld P_count: %lld H_count: %lld\n", sys, m,
                      (long long)a->m_count, (long long)a->p_count, (long long)a->h_count);
      }
      if (!r->o.per_eval) continue;
      sl_buf_puts(&b, ".............................................\n");
      rg_inst *v = report_order(r, res);
      if (!v) { b.oom = true; break; }
      for (size_t k = 0; k < res->inst.n; k++) {
        sl_buf_printf(&b, "%s %s Eval %s.%s R:", sys, m, r->evals.a[v[k].eval].id, sys);
        put_value(&b, r, v[k].v[0]);
        sl_buf_puts(&b, " P:");
        put_value(&b, r, v[k].v[1]);
        sl_buf_puts(&b, " F:");
        put_value(&b, r, v[k].v[2]);
        sl_buf_putc(&b, '\n');
      }
      free(v);
    }
  }
  if (b.oom) { sl_buf_free(&b); return NULL; }
  if (!b.p) sl_buf_puts(&b, ""); /* no system: an empty report, not NULL */
  return sl_buf_take(&b);
}

/* Appends s as a JSON string. */
static void json_str(sl_buf *b, const char *s) {
  sl_buf_putc(b, '"');
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') sl_buf_putc(b, '\\'), sl_buf_putc(b, (char)c);
    /* control bytes escaped; other bytes (UTF-8 or not) pass through */
    else if (c < 0x20) sl_buf_printf(b, "\\u%04x", c);
    else sl_buf_putc(b, (char)c);
  }
  sl_buf_putc(b, '"');
}

/* A per-cluster value in JSON (same rules as put_value). */
static void json_num(sl_buf *b, const sl_rouge *r, double x) {
  if (r->o.unit) rg_put_num(b, x);
  else sl_buf_printf(b, "%.5f", x);
}

/* {"version", "confidence", "resamples", "alpha", "unit",
 *  "systems": [{"id", "metrics": [{"name", "R", "P", "F", "R_ci", "P_ci",
 *  "F_ci", "clusters", "per_cluster"?}]}], "diagnostics": [...]}.
 * Scores keep ROUGE's 5 decimals; with -t 2 the metrics carry counts. */
char *sl_rouge_render_json(const sl_rouge *r) {
  if (!r || !r->computed) return NULL;
  sl_buf b;
  sl_buf_init(&b);
  sl_buf_puts(&b, "{\"version\": \"ROUGE-1.5.5\", \"confidence\": ");
  json_str(&b, r->o.conf_label);
  sl_buf_printf(&b, ", \"resamples\": %d, \"alpha\": %g, \"unit\": %d, \"systems\": [", r->o.resamples,
                r->o.alpha, r->o.unit);
  for (size_t si = 0; si < r->order.n; si++) {
    const char *sys = sl_strmap_key(&r->systems, r->order.a[si], NULL);
    sl_buf_puts(&b, si ? ",\n  {\"id\": " : "\n  {\"id\": ");
    json_str(&b, sys);
    sl_buf_puts(&b, ", \"metrics\": [");
    for (size_t mi = 0; mi < r->metrics.n; mi++) {
      const rg_result *res = &r->res[si * r->metrics.n + mi];
      const sl_rouge_score *a = &res->avg;
      sl_buf_puts(&b, mi ? ",\n    {\"name\": " : "\n    {\"name\": ");
      json_str(&b, r->metrics.a[mi].name);
      if (r->o.unit != 2)
        sl_buf_printf(&b,
                      ", \"R\": %.5f, \"P\": %.5f, \"F\": %.5f, \"R_ci\": [%.5f, %.5f], \"P_ci\": [%.5f, %.5f], "
                      "\"F_ci\": [%.5f, %.5f]",
                      a->r, a->p, a->f, a->r_lo, a->r_hi, a->p_lo, a->p_hi, a->f_lo, a->f_hi);
      else
        sl_buf_printf(&b, ", \"M_count\": %lld, \"P_count\": %lld, \"H_count\": %lld", (long long)a->m_count,
                      (long long)a->p_count, (long long)a->h_count);
      sl_buf_printf(&b, ", \"clusters\": %zu", a->clusters);
      if (r->o.per_eval) {
        rg_inst *v = report_order(r, res);
        if (!v) { b.oom = true; break; }
        sl_buf_puts(&b, ", \"per_cluster\": [");
        for (size_t k = 0; k < res->inst.n; k++) {
          sl_buf_puts(&b, k ? ", {\"id\": " : "{\"id\": ");
          json_str(&b, r->evals.a[v[k].eval].id);
          sl_buf_puts(&b, r->o.unit ? ", \"model\": " : ", \"R\": ");
          json_num(&b, r, v[k].v[0]);
          sl_buf_puts(&b, r->o.unit ? ", \"peer\": " : ", \"P\": ");
          json_num(&b, r, v[k].v[1]);
          sl_buf_puts(&b, r->o.unit ? ", \"hit\": " : ", \"F\": ");
          json_num(&b, r, v[k].v[2]);
          sl_buf_putc(&b, '}');
        }
        sl_buf_putc(&b, ']');
        free(v);
      }
      sl_buf_putc(&b, '}');
    }
    sl_buf_puts(&b, "]}");
  }
  sl_buf_puts(&b, "],\n \"diagnostics\": [");
  for (size_t i = 0; i < r->diags.n; i++) {
    const sl_diag *d = &r->diags.a[i];
    sl_buf_puts(&b, i ? ",\n  {\"file\": " : "\n  {\"file\": ");
    json_str(&b, d->file);
    sl_buf_puts(&b, ", \"severity\": ");
    json_str(&b, d->severity == SL_DIAG_SKIPPED ? "skipped" : "warning");
    sl_buf_puts(&b, ", \"message\": ");
    json_str(&b, d->msg);
    sl_buf_putc(&b, '}');
  }
  sl_buf_puts(&b, "]}\n");
  if (b.oom) { sl_buf_free(&b); return NULL; }
  return sl_buf_take(&b);
}
