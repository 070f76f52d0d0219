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

size_t sl_rouge_cluster_count(const sl_rouge *r, size_t sys, size_t metric) {
  if (!r || !r->computed || sys >= r->order.n || metric >= r->metrics.n) return 0;
  return r->res[sys * r->metrics.n + metric].inst.n;
}

sl_status sl_rouge_get_cluster(const sl_rouge *r, size_t sys, size_t metric, size_t i,
                               const char **cluster, double v[3]) {
  if (i >= sl_rouge_cluster_count(r, sys, metric)) return SL_EINVAL;
  const rg_inst *in = &r->res[sys * r->metrics.n + metric].inst.a[i];
  if (cluster) *cluster = r->evals.a[in->eval].id;
  if (v) memcpy(v, in->v, sizeof in->v);
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
      const rg_inst *v = res->inst.a; /* already in report order */
      for (size_t k = 0; k < res->inst.n; k++) {
        sl_buf_printf(&b, "%s %s Eval %s.%s R:", sys, m, r->evals.a[v[k].eval].id, sys);
        put_value(&b, r, v[k].v[0]);
        sl_buf_puts(&b, " P:");
        put_value(&b, r, v[k].v[1]);
        sl_buf_puts(&b, " F:");
        put_value(&b, r, v[k].v[2]);
        sl_buf_putc(&b, '\n');
      }
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
        const rg_inst *v = res->inst.a;
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
