/*
 * coverage.c — the coverage part: a compact per-outlet table (articles,
 * sentences, share of sentences also carried elsewhere, unique
 * sentences), the consensus, then "Only in <outlet>:" with each outlet's
 * best unique sentences; and the same as JSON (docs/json-schema.md).
 *
 * Invariant: reads the digest only; output depends on nothing but the
 * coverage result, so it is deterministic.  Ratios are integer per cent
 * in JSON so the bytes never depend on float printing.
 */
#include <string.h>

#include "render.h"

/* Unique sentences shown per outlet in text output. */
#define TEXT_UNIQUE 3
/* Consensus sentences shown in text output. */
#define TEXT_CONSENSUS 3
/* Sentence bytes shown in text output, at most (JSON has them whole). */
#define TEXT_BYTES 600
/* The outlet x outlet overlap matrix is written only up to this many
 * outlets (it grows with the square; the API gives any pair). */
#define MAX_MATRIX 100

/* Display width of a UTF-8 string: code points (good enough for names). */
static size_t width(const char *s) {
  size_t w = 0;
  for (; *s; s++) w += ((unsigned char)*s & 0xC0) != 0x80;
  return w;
}

static void pad(sl_buf *b, size_t n) {
  while (n--) sl_buf_putc(b, ' ');
}

/* Integer per cent of part/whole, rounded; 0 when whole is 0. */
static int pct(double part, double whole) {
  return whole > 0 ? (int)(100.0 * part / whole + 0.5) : 0;
}

/* Appends corpus sentence s, indented, as one line. */
static void sentence_line(sl_buf *b, const sl_corpus *c, uint32_t s) {
  const sl_sent *se = &c->sents.a[s];
  const char *t = sl_sent_text(c, se);
  size_t n = se->span.len;
  sl_buf_puts(b, "    - ");
  if (n > TEXT_BYTES) { /* cut a run-on sentence at a code point */
    n = TEXT_BYTES;
    while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80) n--;
  }
  sl_buf_put(b, t, n);
  if (n < se->span.len) sl_buf_puts(b, "…");
  sl_buf_putc(b, '\n');
}

void sl_render_coverage_text(sl_buf *b, const sl_digest *d, int flags) {
  const sl_coverage *cv = d->coverage;
  if (!cv) return;
  const sl_corpus *c = d->c;
  sl_render_heading(b, flags, "Coverage");
  size_t w = strlen("outlet");
  for (size_t o = 0; o < cv->noutlets; o++) w = SL_MAX(w, width(cv->outlets[o].name));
  sl_buf_puts(b, "  outlet");
  pad(b, w - strlen("outlet"));
  sl_buf_puts(b, "  articles  sentences  shared  unique\n");
  for (size_t o = 0; o < cv->noutlets; o++) {
    const sl_outlet *ot = &cv->outlets[o];
    sl_buf_puts(b, "  ");
    sl_render_styled(b, flags, SL_ANSI_CYAN, ot->name, strlen(ot->name));
    pad(b, w - width(ot->name));
    sl_buf_printf(b, "  %8zu  %9u  %5d%%  %6u\n", ot->narts, ot->nsent, pct(ot->shared, ot->nsent),
                  ot->unique);
  }
  if (cv->nconsensus) {
    sl_buf_printf(b, "\n  Reported by at least %u of %zu outlets:\n", cv->consensus_min,
                  cv->noutlets);
    for (size_t i = 0; i < cv->nconsensus && i < TEXT_CONSENSUS; i++) {
      uint32_t g = cv->consensus[i];
      sentence_line(b, c, d->align->members[d->align->gstart[g]]);
    }
  }
  if (cv->noutlets < 2) return; /* "only in" means nothing with one outlet */
  for (size_t o = 0; o < cv->noutlets; o++) {
    const sl_outlet *ot = &cv->outlets[o];
    if (!ot->ntop) continue;
    sl_buf_puts(b, "\n  Only in ");
    sl_render_styled(b, flags, SL_ANSI_CYAN, ot->name, strlen(ot->name));
    sl_buf_puts(b, ":\n");
    for (size_t i = 0; i < ot->ntop && i < TEXT_UNIQUE; i++) sentence_line(b, c, ot->top[i]);
  }
}

/* {"text", "article", "offset", "length"} for corpus sentence s. */
static json_t *sentence_json(const sl_corpus *c, uint32_t s) {
  const sl_sent *se = &c->sents.a[s];
  json_t *o = json_object();
  json_object_set_new(o, "text", sl_json_strn(sl_sent_text(c, se), se->span.len));
  json_object_set_new(o, "article", json_integer(se->article));
  json_object_set_new(o, "offset", json_integer(se->span.off));
  json_object_set_new(o, "length", json_integer(se->span.len));
  return o;
}

json_t *sl_render_coverage_json(const sl_digest *d) {
  const sl_coverage *cv = d->coverage;
  if (!cv) return NULL;
  const sl_corpus *c = d->c;
  json_t *root = json_object(), *outs = json_array(), *shared = json_array(), *ov = json_array();
  for (size_t o = 0; o < cv->noutlets; o++) {
    const sl_outlet *ot = &cv->outlets[o];
    json_t *jo = json_object(), *arts = json_array(), *uniq = json_array();
    for (size_t i = 0; i < ot->narts; i++) json_array_append_new(arts, json_integer(ot->arts[i]));
    for (size_t i = 0; i < ot->ntop; i++) {
      json_t *s = sentence_json(c, ot->top[i]);
      json_object_set_new(s, "score", json_integer((json_int_t)(ot->top_score[i] * 1000 + 0.5)));
      json_array_append_new(uniq, s);
    }
    json_object_set_new(jo, "name", json_string(ot->name));
    json_object_set_new(jo, "articles", arts);
    json_object_set_new(jo, "sentences", json_integer(ot->nsent));
    json_object_set_new(jo, "words", json_integer(ot->nwords));
    json_object_set_new(jo, "groups", json_integer(ot->ngroups));
    json_object_set_new(jo, "shared_groups", json_integer(ot->nshared_g));
    json_object_set_new(jo, "unique_groups", json_integer(ot->uniq_g));
    json_object_set_new(jo, "shared_sentences", json_integer(ot->shared));
    json_object_set_new(jo, "unique_sentences", json_integer(ot->unique));
    json_object_set_new(jo, "shared_pct", json_integer(pct(ot->shared, ot->nsent)));
    json_object_set_new(jo, "unique", uniq);
    json_array_append_new(outs, jo);
    if (cv->noutlets > MAX_MATRIX) continue;
    json_t *row = json_array();
    for (size_t p = 0; p < cv->noutlets; p++)
      json_array_append_new(row, json_integer(pct(sl_coverage_jaccard(cv, o, p), 1.0)));
    json_array_append_new(ov, row);
  }
  for (size_t i = 0, ci = 0; i < cv->nshared; i++) {
    uint32_t g = cv->shared[i];
    bool cons = ci < cv->nconsensus && cv->consensus[ci] == g; /* same order */
    ci += cons;
    json_t *s = sentence_json(c, d->align->members[d->align->gstart[g]]), *os = json_array();
    for (uint32_t k = cv->gostart[g]; k < cv->gostart[g + 1]; k++)
      json_array_append_new(os, json_integer(cv->gout[k]));
    json_object_set_new(s, "outlets", os);
    json_object_set_new(s, "sentences", json_integer(sl_align_group_size(d->align, g)));
    json_object_set_new(s, "consensus", json_boolean(cons));
    json_array_append_new(shared, s);
  }
  json_object_set_new(root, "outlets", outs);
  json_object_set_new(root, "groups", json_integer(cv->ngroups));
  json_object_set_new(root, "consensus_min", json_integer(cv->consensus_min));
  json_object_set_new(root, "shared", shared);
  if (cv->noutlets <= MAX_MATRIX) json_object_set_new(root, "overlap_pct", ov);
  else json_decref(ov);
  return root;
}
