/*
 * timeline_metrics.c — timeline summarisation metrics as news-tls reports
 * them (Ghalandari & Ifrim 2020, experiments/evaluate.py, with tilse's
 * TimelineRougeEvaluator of Martschat & Markert 2017):
 *
 *  - date F1: the set of system dates against the set of reference dates;
 *  - alignment-based ROUGE-1/2, "align+ m:1": every system date is aligned
 *    to the reference date of least cost, cost = (1 - 1/(1+|days|)) x
 *    (1 - approximate ROUGE-1 F of the two daily summaries on whitespace
 *    tokens); precision sums the ROUGE hit counts of each aligned pair
 *    weighted by 1/(1+|days|) over the system n-gram counts; recall does the
 *    same from the reference side.  Counts are ROUGE-1.5.5's with
 *    -n 2 -m -s (stemmed, stopwords removed), computed by src/eval/rouge.c.
 *  - averages over timelines: precision and recall averaged, F recomputed.
 *
 * Invariant: every score is in [0, 1]; empty timelines score 0.
 */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/core.h"

/* Merged, sorted daily summaries. */
typedef struct tday {
  int32_t day;
  sl_buf text; /* sentences, '\n'-separated */
} tday;

typedef SL_VEC(tday) tdays;

static int cmp_tday(const void *x, const void *y) {
  const tday *a = x, *b = y;
  return a->day < b->day ? -1 : a->day > b->day;
}

static void tdays_free(tdays *v) {
  for (size_t i = 0; i < v->n; i++) sl_buf_free(&v->a[i].text);
  sl_vec_free(v);
}

/* Sorts by day and merges entries of the same day.  false on OOM. */
static bool tdays_from(const sl_tl_day *in, size_t n, tdays *out) {
  out->a = NULL, out->n = out->cap = 0;
  for (size_t i = 0; i < n; i++) {
    if (in[i].day == SL_NO_DATE) continue;
    tday t = {in[i].day, {0}};
    sl_buf_init(&t.text);
    sl_buf_put(&t.text, in[i].text ? in[i].text : "", in[i].text ? in[i].len : 0);
    if (t.text.oom || !sl_vec_push(out, t)) {
      sl_buf_free(&t.text);
      return false;
    }
  }
  if (out->n) qsort(out->a, out->n, sizeof *out->a, cmp_tday);
  size_t w = 0;
  for (size_t i = 0; i < out->n; i++) {
    if (w && out->a[w - 1].day == out->a[i].day) {
      sl_buf_putc(&out->a[w - 1].text, '\n');
      sl_buf_put(&out->a[w - 1].text, out->a[i].text.p, out->a[i].text.len);
      sl_buf_free(&out->a[i].text);
      if (out->a[w - 1].text.oom) return false;
    } else {
      out->a[w++] = out->a[i];
    }
  }
  out->n = w;
  return true;
}

/* Whitespace tokens of a text, for the content cost. */
typedef struct wbag {
  char **w;   /* sorted tokens (pointers into a copy) */
  size_t n;
  char *copy;
} wbag;

static int cmp_str(const void *x, const void *y) {
  return strcmp(*(char *const *)x, *(char *const *)y);
}

static bool bag_of(const sl_buf *t, wbag *b) {
  memset(b, 0, sizeof *b);
  b->copy = malloc(t->len + 1);
  b->w = malloc((t->len / 2 + 2) * sizeof *b->w);
  if (!b->copy || !b->w) return false;
  memcpy(b->copy, t->p ? t->p : "", t->len);
  b->copy[t->len] = 0;
  char *s = b->copy;
  while (*s) {
    while (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') *s++ = 0;
    if (!*s) break;
    b->w[b->n++] = s;
    while (*s && *s != ' ' && *s != '\n' && *s != '\t' && *s != '\r') s++;
  }
  qsort(b->w, b->n, sizeof *b->w, cmp_str);
  return true;
}

static void bag_free(wbag *b) { free(b->w), free(b->copy); }

/* tilse's compute_rouge_approximation with one reference: F of clipped
 * unigram matches. */
static double approx_r1(const wbag *p, const wbag *r) {
  size_t match = 0;
  for (size_t i = 0, j = 0; i < p->n && j < r->n;) {
    int c = strcmp(p->w[i], r->w[j]);
    if (!c) match++, i++, j++;
    else if (c < 0) i++;
    else j++;
  }
  double prec = p->n ? (double)match / p->n : 0, rec = r->n ? (double)match / r->n : 0;
  return prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
}

/* ROUGE-1.5.5 raw counts (-n 2 -m -s -t 2) of sys against ref:
 * h[n], p[n] (system), m[n] (model) for n = 1, 2. */
static sl_status rouge_counts(const sl_buf *sys, const sl_buf *ref, double h[2], double p[2],
                              double m[2]) {
  sl_rouge_opts o;
  sl_rouge_opts_init(&o);
  o.max_n = 2;
  o.lcs = 0;
  o.stem = 1;
  o.stopwords = 1;
  o.unit = 2;
  o.resamples = 1;
  sl_rouge *r = sl_rouge_new(&o);
  if (!r) return SL_ENOMEM;
  sl_status st = sl_rouge_add_ref(r, "d", "A", ref->p ? ref->p : "", ref->len, NULL);
  if (st == SL_OK) st = sl_rouge_add_system(r, "d", "S", sys->p ? sys->p : "", sys->len, NULL);
  if (st == SL_OK) st = sl_rouge_compute(r, NULL);
  for (int n = 0; n < 2; n++) h[n] = p[n] = m[n] = 0;
  if (st == SL_EEMPTY) st = SL_OK; /* nothing to count */
  else if (st == SL_OK) {
    for (size_t k = 0; k < sl_rouge_metric_count(r); k++) {
      const char *name = sl_rouge_metric_name(r, k);
      int n = !strcmp(name, "ROUGE-1") ? 0 : !strcmp(name, "ROUGE-2") ? 1 : -1;
      sl_rouge_score sc;
      if (n < 0 || sl_rouge_get(r, 0, k, &sc) != SL_OK) continue;
      h[n] = sc.h_count, p[n] = sc.p_count, m[n] = sc.m_count;
    }
  }
  sl_rouge_free(r);
  return st;
}

static sl_tl_prf prf(double p, double r) {
  sl_tl_prf x = {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
  return x;
}

sl_status sl_tl_score(const sl_tl_day *sys, size_t nsys, const sl_tl_day *ref, size_t nref,
                      sl_tl_scores *out) {
  if (!out || (nsys && !sys) || (nref && !ref)) return SL_EINVAL;
  memset(out, 0, sizeof *out);
  tdays S, R;
  sl_status st = SL_OK;
  wbag *sb = NULL, *rb = NULL;
  if (!tdays_from(sys, nsys, &S) || !tdays_from(ref, nref, &R)) {
    st = SL_ENOMEM;
    goto done;
  }
  if (!S.n || !R.n) goto done;
  /* date F1 */
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < S.n && j < R.n;) {
    if (S.a[i].day == R.a[j].day) shared++, i++, j++;
    else if (S.a[i].day < R.a[j].day) i++;
    else j++;
  }
  out->date = prf((double)shared / S.n, (double)shared / R.n);
  /* content bags for the alignment costs */
  sb = calloc(S.n, sizeof *sb);
  rb = calloc(R.n, sizeof *rb);
  if (!sb || !rb) {
    st = SL_ENOMEM;
    goto done;
  }
  for (size_t i = 0; i < S.n; i++)
    if (!bag_of(&S.a[i].text, &sb[i])) st = SL_ENOMEM;
  for (size_t j = 0; j < R.n; j++)
    if (!bag_of(&R.a[j].text, &rb[j])) st = SL_ENOMEM;
  if (st != SL_OK) goto done;
  double pnum[2] = {0, 0}, pden[2] = {0, 0}, rnum[2] = {0, 0}, rden[2] = {0, 0};
  /* precision: each system date to its least-cost reference date (first
     on ties, as numpy's argmin) */
  for (int side = 0; side < 2 && st == SL_OK; side++) {
    size_t na = side ? R.n : S.n, nb = side ? S.n : R.n;
    for (size_t a = 0; a < na && st == SL_OK; a++) {
      size_t best = 0;
      double bc = INFINITY;
      for (size_t bi = 0; bi < nb; bi++) {
        size_t si = side ? bi : a, ri = side ? a : bi;
        double dd = fabs((double)S.a[si].day - (double)R.a[ri].day);
        double cost = (1 - 1 / (dd + 1)) * (1 - approx_r1(&sb[si], &rb[ri]));
        if (cost < bc) bc = cost, best = bi;
      }
      size_t si = side ? best : a, ri = side ? a : best;
      double w = 1 / (fabs((double)S.a[si].day - (double)R.a[ri].day) + 1);
      double h[2] = {0, 0}, p[2] = {0, 0}, m[2] = {0, 0};
      st = rouge_counts(&S.a[si].text, &R.a[ri].text, h, p, m);
      for (int n = 0; n < 2; n++) {
        if (!side) pnum[n] += w * h[n], pden[n] += p[n];
        else rnum[n] += w * h[n], rden[n] += m[n];
      }
    }
  }
  if (st == SL_OK) {
    out->rouge1 = prf(pden[0] ? pnum[0] / pden[0] : 0, rden[0] ? rnum[0] / rden[0] : 0);
    out->rouge2 = prf(pden[1] ? pnum[1] / pden[1] : 0, rden[1] ? rnum[1] / rden[1] : 0);
  }
done:
  if (sb)
    for (size_t i = 0; i < S.n; i++) bag_free(&sb[i]);
  if (rb)
    for (size_t j = 0; j < R.n; j++) bag_free(&rb[j]);
  free(sb), free(rb);
  tdays_free(&S);
  tdays_free(&R);
  return st;
}

void sl_tl_average(const sl_tl_scores *in, size_t n, sl_tl_scores *out) {
  memset(out, 0, sizeof *out);
  if (!n) return;
  double v[6] = {0};
  for (size_t i = 0; i < n; i++) {
    v[0] += in[i].date.p, v[1] += in[i].date.r;
    v[2] += in[i].rouge1.p, v[3] += in[i].rouge1.r;
    v[4] += in[i].rouge2.p, v[5] += in[i].rouge2.r;
  }
  out->date = prf(v[0] / n, v[1] / n);
  out->rouge1 = prf(v[2] / n, v[3] / n);
  out->rouge2 = prf(v[4] / n, v[5] / n);
}

/* ---- JSON files -------------------------------------------------------- */

typedef SL_VEC(sl_tl_day) dayvec;
typedef SL_VEC(char *) strvec;

/* Reads one timeline array [{date, sentences: [str | {text}]}] into days
 * (texts malloc'd into keep). */
static bool read_tl(const json_t *arr, dayvec *days, strvec *keep) {
  size_t i;
  json_t *e;
  days->n = 0;
  json_array_foreach(arr, i, e) {
    const char *ds = json_string_value(json_object_get(e, "date"));
    if (!ds) continue;
    int32_t day = sl_date_parse(ds, strlen(ds));
    if (day == SL_NO_DATE) continue; /* months and years are not scored */
    sl_buf b;
    sl_buf_init(&b);
    json_t *ss = json_object_get(e, "sentences"), *s;
    size_t j;
    if (!json_is_array(ss)) ss = json_object_get(e, "summary");
    json_array_foreach(ss, j, s) {
      const char *t = json_is_string(s) ? json_string_value(s)
                                        : json_string_value(json_object_get(s, "text"));
      if (!t) continue;
      if (b.len) sl_buf_putc(&b, '\n');
      sl_buf_puts(&b, t);
    }
    char *txt = sl_buf_take(&b);
    if (!txt) txt = calloc(1, 1);
    if (!txt || !sl_vec_push(keep, txt)) {
      free(txt);
      return false;
    }
    sl_tl_day d = {day, txt, strlen(txt)};
    if (!sl_vec_push(days, d)) return false;
  }
  return true;
}

/* The timelines of a file: a digest ({"timeline": [...]}), a bare array, or
 * a Timeline17 topic ({"timelines": [[...], ...]}). */
static size_t timelines_of(const json_t *root, const json_t **out, size_t cap) {
  if (json_is_array(root)) {
    out[0] = root;
    return 1;
  }
  const json_t *t = json_object_get(root, "timeline");
  if (json_is_array(t)) {
    out[0] = t;
    return 1;
  }
  t = json_object_get(root, "timelines");
  size_t n = 0, i;
  json_t *x;
  json_array_foreach(t, i, x) if (json_is_array(x) && n < cap) out[n++] = x;
  return n;
}

sl_status sl_tl_score_files(const char *sys, const char *ref, sl_tl_scores *out, size_t *nref,
                            sl_error *err) {
  if (!sys || !ref || !out) return sl_error_set(err, SL_EINVAL, NULL, 0, "missing argument");
  memset(out, 0, sizeof *out);
  if (nref) *nref = 0;
  json_error_t je;
  json_t *js = json_load_file(sys, 0, &je);
  if (!js) return sl_error_set(err, SL_EFORMAT, sys, je.line, "%s", je.text);
  json_t *jr = json_load_file(ref, 0, &je);
  if (!jr) {
    json_decref(js);
    return sl_error_set(err, SL_EFORMAT, ref, je.line, "%s", je.text);
  }
  const json_t *st_[1], *rt[64];
  sl_status st = SL_OK;
  size_t ns = timelines_of(js, st_, 1), nr = timelines_of(jr, rt, 64);
  dayvec sd = {0}, rd = {0};
  strvec keep = {0};
  sl_tl_scores *all = calloc(nr ? nr : 1, sizeof *all);
  if (!ns) st = sl_error_set(err, SL_EFORMAT, sys, 0, "no timeline found");
  else if (!nr) st = sl_error_set(err, SL_EFORMAT, ref, 0, "no timeline found");
  else if (!all || !read_tl(st_[0], &sd, &keep)) st = sl_error_set(err, SL_ENOMEM, NULL, 0, "out of memory");
  size_t ref_days = 0; /* a reference with no day to score gives no score, not 0 */
  for (size_t k = 0; st == SL_OK && k < nr; k++) {
    if (!read_tl(rt[k], &rd, &keep)) st = sl_error_set(err, SL_ENOMEM, NULL, 0, "out of memory");
    else if ((st = sl_tl_score(sd.a, sd.n, rd.a, rd.n, &all[k])) != SL_OK)
      sl_error_set(err, st, NULL, 0, "scoring failed");
    ref_days += rd.n;
  }
  if (st == SL_OK && ref_days == 0)
    st = sl_error_set(err, SL_EEMPTY, ref, 0,
                      "no entry with a \"date\" YYYY-MM-DD in the reference timeline%s",
                      nr > 1 ? "s" : "");
  if (st == SL_OK) {
    sl_tl_average(all, nr, out);
    if (nref) *nref = nr;
  }
  for (size_t i = 0; i < keep.n; i++) free(keep.a[i]);
  sl_vec_free(&keep);
  sl_vec_free(&sd);
  sl_vec_free(&rd);
  free(all);
  json_decref(js);
  json_decref(jr);
  return st;
}
