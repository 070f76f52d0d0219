/*
 * unique.c — which of an outlet's unique sentences are worth showing.
 *
 * A unique sentence is worth showing when it adds information the other
 * outlets did not carry, yet is still about the story.  Its score is
 *
 *     sum over distinct content terms t of log(1 + N / sdf(t))
 *     --------------------------------------------------------  x  long  x  (0.5 + anchored)
 *            sqrt(number of distinct content terms)
 *
 * where N is the number of articles in the story and sdf(t) the story
 * articles using t (an idf computed inside the story, so the story's own
 * subject words weigh little and its rare names and numbers weigh much);
 * long = min(1, SL_COV_LONG_WORDS / words); and `anchored` is the fraction
 * of the sentence's content terms that some other outlet also uses.  The
 * first factor rewards new names, numbers and facts, the square root
 * letting a fuller sentence beat a fragment without letting length win
 * alone; `long` keeps run-on quotation paragraphs (mis-split or not) from
 * crowding out everything else (seen on DUC 2006 clusters); the last factor
 * keeps off-topic lines (a credit, an unrelated teaser) below sentences
 * that add a new fact about shared subjects.
 *
 * Trivial sentences are rejected outright (negative score): fewer than
 * SL_COV_MIN_WORDS words or SL_COV_MIN_TERMS content terms, or containing
 * a URL or @handle.  Text that looks like boilerplate the text pipeline
 * missed is rejected by sl_coverage_boilerplate(), which the caller runs
 * only on sentences good enough to be listed (it is the costlier test).
 *
 * Invariant: pure functions of their arguments apart from the stamp
 * scratch (deterministic, no hidden state).
 */
#include <math.h>
#include <string.h>

#include "compare.h"

/* ASCII lower case (locale-free, inlined: this runs on every byte). */
static inline char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

/* Case-insensitive test that the lower-case ASCII p (k bytes) starts t. */
static bool has_prefix(const char *t, size_t n, const char *p, size_t k) {
  if (n < k) return false;
  for (size_t i = 0; i < k; i++)
    if (lower(t[i]) != p[i]) return false;
  return true;
}

static bool starts(const char *t, size_t n, const char *p) {
  return has_prefix(t, n, p, strlen(p));
}

/* Case-insensitive search of the lower-case ASCII needle p in t[0..n). */
static bool has_infix(const char *t, size_t n, const char *p) {
  size_t k = strlen(p);
  for (size_t i = 0; i + k <= n; i++)
    if (lower(t[i]) == p[0] && has_prefix(t + i, n - i, p, k)) return true;
  return false;
}

bool sl_coverage_boilerplate(const char *t, size_t n) {
  /* line openers of credits, teasers, bylines and time stamps */
  static const char *const openers[] = {
      "photo:",  "photos:",  "photo credit", "photograph:", "image:", "image via", "(image",
      "(photo",  "related",  "read more",    "read also",   "also read", "watch:",   "video:",
      "edited by", "published on", "updated on", "posted on", "click here", "sign up",
      "subscribe", "advertisement", "credit:", "file photo"};
  for (size_t i = 0; i < SL_COUNTOF(openers); i++)
    if (starts(t, n, openers[i])) return true;
  /* a byline is short: "By Nadia Okafor, Harbour Gazette" */
  if (starts(t, n, "by ") && n < 60 && !memchr(t, '.', n - 1)) return true;
  /* file names and embedded media anywhere in the line */
  static const char *const infixes[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", "pic.twitter",
                                        "http://", "https://", "www.", "getty images",
                                        "/getty", "all rights reserved"};
  for (size_t i = 0; i < SL_COUNTOF(infixes); i++)
    if (has_infix(t, n, infixes[i])) return true;
  return false;
}

/* (a sentence that starts inside a quotation is a fragment when listed
 * alone: `Our members … profits," he told reporters.`) */
bool sl_coverage_substantial(const sl_corpus *c, uint32_t s) {
  const sl_sent *se = &c->sents.a[s];
  const char *t = sl_sent_text(c, se);
  return se->nwords >= SL_COV_MIN_WORDS && !sl_coverage_boilerplate(t, se->span.len) &&
         !sl_text_opens_inside_quote(t, se->span.len);
}

double sl_coverage_informativeness(const sl_corpus *c, uint32_t s, sl_cov_terms *ts) {
  const sl_sent *se = &c->sents.a[s];
  if (se->nwords < SL_COV_MIN_WORDS ||
      sl_text_opens_inside_quote(sl_sent_text(c, se), se->span.len))
    return -1;
  uint32_t mark = ++ts->mark; /* terms seen in this sentence carry this mark */
  size_t nt = 0, anchored = 0;
  double sum = 0;
  for (uint32_t i = se->tok; i < se->tok + se->ntok; i++) {
    const sl_token *tk = &c->toks.a[i];
    if (tk->kind == SL_TOK_URL || tk->kind == SL_TOK_HANDLE) return -1;
    if (tk->term == UINT32_MAX || (tk->flags & SL_TF_STOP)) continue;
    if (tk->kind != SL_TOK_WORD && tk->kind != SL_TOK_NUM) continue;
    if (ts->stamp[tk->term] == mark) continue; /* counted already */
    ts->stamp[tk->term] = mark;
    nt++;
    sum += ts->w[ts->sdf[tk->term]];
    anchored += ts->odf[tk->term] > 1;
  }
  if (nt < SL_COV_MIN_TERMS) return -1;
  double len = se->nwords > SL_COV_LONG_WORDS ? (double)SL_COV_LONG_WORDS / se->nwords : 1.0;
  return sum / sqrt((double)nt) * len * (0.5 + (double)anchored / (double)nt);
}
