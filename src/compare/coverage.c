/*
 * coverage.c — the outlet x content matrix of one story.
 *
 * From the alignment groups (every story sentence is in exactly one group)
 * this computes, per outlet: its articles, sentences and words, the groups
 * it carries, how many of its sentences are shared with another outlet and
 * how many are its alone; per group: the outlets carrying it; the groups
 * shared by several outlets (most widely carried first) and among them the
 * "consensus" (a majority of outlets, substantial text); per outlet, the sorted list of groups it carries,
 * from which the pairwise overlap (Jaccard) is computed on demand by a
 * merge, so memory stays linear even with thousands of outlets; and each
 * outlet's best unique sentences (ranking in unique.c).
 *
 * Invariant: everything is computed in story order (the caller's, which
 * sl_digest_new makes sl_corpus_story_order) with story positions and group
 * ids as the only tie-breakers, never corpus numbers: the result does not
 * depend on the order the articles were read in.  Time is linear in the
 * story's sentences and tokens (plus k log k to sort a group's k outlets
 * when k is large; groups are small).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"

/* Shared group with its sort key. */
typedef struct {
  uint32_t k;   /* outlets carrying it */
  uint64_t pos; /* story position of its representative sentence */
  uint32_t g;   /* group id */
} shared_key;

static int by_shared(const void *x, const void *y) {
  const shared_key *a = x, *b = y;
  if (a->k != b->k) return a->k > b->k ? -1 : 1; /* most outlets first */
  if (a->pos != b->pos) return a->pos < b->pos ? -1 : 1;
  return a->g < b->g ? -1 : a->g > b->g;
}

static int by_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return a < b ? -1 : a > b;
}

void sl_coverage_free(sl_coverage *cv) {
  if (!cv) return;
  for (size_t i = 0; i < cv->noutlets; i++) free(cv->outlets[i].arts);
  free(cv->outlets);
  free(cv->gostart);
  free(cv->gout);
  free(cv->shared);
  free(cv->consensus);
  free(cv->ogstart);
  free(cv->oglist);
  free(cv);
}

double sl_coverage_jaccard(const sl_coverage *cv, size_t a, size_t b) {
  const uint32_t *x = cv->oglist + cv->ogstart[a], *xe = cv->oglist + cv->ogstart[a + 1];
  const uint32_t *y = cv->oglist + cv->ogstart[b], *ye = cv->oglist + cv->ogstart[b + 1];
  double in = 0;
  while (x < xe && y < ye) { /* both ascending: count common groups */
    if (*x < *y) x++;
    else if (*y < *x) y++;
    else in++, x++, y++;
  }
  double un = (double)cv->outlets[a].ngroups + cv->outlets[b].ngroups - in;
  return un > 0 ? in / un : 0.0;
}

/* A unique sentence that may be listed for its outlet. */
typedef struct {
  uint32_t outlet; /* its outlet */
  uint32_t sent;   /* corpus sentence */
  uint64_t pos;    /* story position: article position << 32 | index */
  double score;    /* informativeness (unique.c) */
} candidate;

/* Outlet, then best score first, then story position (not the corpus
 * sentence id, which follows the input order). */
static int by_candidate(const void *x, const void *y) {
  const candidate *a = x, *b = y;
  if (a->outlet != b->outlet) return a->outlet < b->outlet ? -1 : 1;
  if (a->score != b->score) return a->score > b->score ? -1 : 1;
  return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/* Assigns outlets (first-appearance order) and their article lists. */
static sl_status assign_outlets(const sl_corpus *c, const uint32_t *arts, size_t n,
                                sl_coverage *cv, uint32_t *aout) {
  sl_strmap names;
  sl_strmap_init(&names);
  uint32_t *of = malloc((n ? n : 1) * sizeof *of); /* outlet of story article i */
  if (!of) goto oom;
  for (size_t i = 0; i < n; i++) {
    const char *src = c->arts.a[arts[i]].source;
    of[i] = sl_strmap_intern(&names, src, strlen(src), NULL);
    if (of[i] == UINT32_MAX) goto oom;
    aout[arts[i]] = of[i];
  }
  size_t no = sl_strmap_count(&names);
  cv->outlets = calloc(no ? no : 1, sizeof *cv->outlets);
  if (!cv->outlets) goto oom;
  cv->noutlets = no; /* only now: sl_coverage_free walks outlets[0 .. noutlets) */
  for (size_t i = 0; i < n; i++) cv->outlets[of[i]].narts++;
  for (size_t k = 0; k < cv->noutlets; k++) {
    cv->outlets[k].arts = malloc(cv->outlets[k].narts * sizeof(uint32_t));
    if (!cv->outlets[k].arts) goto oom;
    cv->outlets[k].narts = 0;
  }
  for (size_t i = 0; i < n; i++) {
    sl_outlet *o = &cv->outlets[of[i]];
    const sl_art *a = &c->arts.a[arts[i]];
    if (!o->name) o->name = a->source; /* corpus-owned, outlives the coverage */
    o->arts[o->narts++] = arts[i];
    o->nsent += a->nsent;
    o->nwords += a->nwords;
  }
  free(of);
  sl_strmap_free(&names);
  return SL_OK;
oom:
  free(of);
  sl_strmap_free(&names);
  return SL_ENOMEM;
}

/* Lists the outlets of every group (ascending, distinct) and counts, per
 * outlet, the groups and sentences it shares or has alone. */
static sl_status group_outlets(const sl_corpus *c, const sl_align *al, sl_coverage *cv,
                               const uint32_t *aout) {
  size_t no = cv->noutlets;
  uint32_t *stamp = calloc(no ? no : 1, sizeof *stamp); /* outlet -> last group seen + 1 */
  cv->gostart = malloc((al->ngroups + 1) * sizeof *cv->gostart);
  cv->gout = malloc((al->nsents ? al->nsents : 1) * sizeof *cv->gout);
  if (!stamp || !cv->gostart || !cv->gout) {
    free(stamp);
    return SL_ENOMEM;
  }
  uint32_t w = 0;
  for (uint32_t g = 0; g < al->ngroups; g++) {
    cv->gostart[g] = w;
    for (uint32_t m = al->gstart[g]; m < al->gstart[g + 1]; m++) {
      uint32_t o = aout[c->sents.a[al->members[m]].article];
      if (stamp[o] == g + 1) continue;
      stamp[o] = g + 1;
      cv->gout[w++] = o;
    }
    uint32_t k = w - cv->gostart[g];
    if (k > 1) qsort(cv->gout + cv->gostart[g], k, sizeof *cv->gout, by_u32);
    for (uint32_t i = cv->gostart[g]; i < w; i++) {
      sl_outlet *ot = &cv->outlets[cv->gout[i]];
      ot->ngroups++;
      if (k > 1) ot->nshared_g++;
      else ot->uniq_g++;
    }
    for (uint32_t m = al->gstart[g]; m < al->gstart[g + 1]; m++) {
      sl_outlet *ot = &cv->outlets[aout[c->sents.a[al->members[m]].article]];
      if (k > 1) ot->shared++;
      else ot->unique++;
    }
  }
  cv->gostart[al->ngroups] = w;
  cv->ngroups = al->ngroups;
  free(stamp);
  return SL_OK;
}

/* Each outlet's groups, ascending (CSR: oglist[ogstart[o] .. ogstart[o+1])). */
static sl_status outlet_groups(sl_coverage *cv) {
  size_t no = cv->noutlets;
  cv->ogstart = malloc((no + 1) * sizeof *cv->ogstart);
  cv->oglist = malloc((cv->gostart[cv->ngroups] ? cv->gostart[cv->ngroups] : 1) *
                      sizeof *cv->oglist);
  if (!cv->ogstart || !cv->oglist) return SL_ENOMEM;
  uint32_t w = 0;
  for (size_t o = 0; o < no; o++) {
    cv->ogstart[o] = w;
    w += cv->outlets[o].ngroups;
  }
  cv->ogstart[no] = w;
  uint32_t *fill = malloc((no ? no : 1) * sizeof *fill); /* next free slot per outlet */
  if (!fill) return SL_ENOMEM;
  memcpy(fill, cv->ogstart, no * sizeof *fill);
  for (uint32_t g = 0; g < cv->ngroups; g++) /* groups in order: lists come out sorted */
    for (uint32_t i = cv->gostart[g]; i < cv->gostart[g + 1]; i++)
      cv->oglist[fill[cv->gout[i]]++] = g;
  free(fill);
  return SL_OK;
}

/* Groups carried by two outlets or more, most widely carried first. */
static sl_status shared_groups(const sl_corpus *c, const sl_align *al, sl_coverage *cv,
                               const uint32_t *apos) {
  size_t ns = 0;
  for (size_t g = 0; g < cv->ngroups; g++) ns += sl_coverage_group_outlets(cv, (uint32_t)g) > 1;
  shared_key *k = malloc((ns ? ns : 1) * sizeof *k);
  cv->shared = malloc((ns ? ns : 1) * sizeof *cv->shared);
  cv->consensus = malloc((ns ? ns : 1) * sizeof *cv->consensus);
  if (!k || !cv->shared || !cv->consensus) {
    free(k);
    return SL_ENOMEM;
  }
  size_t w = 0;
  for (uint32_t g = 0; g < cv->ngroups; g++) {
    uint32_t no = sl_coverage_group_outlets(cv, g);
    if (no < 2) continue;
    const sl_sent *rep = &c->sents.a[al->members[al->gstart[g]]];
    k[w++] = (shared_key){no, (uint64_t)apos[rep->article] << 32 | rep->index, g};
  }
  qsort(k, ns, sizeof *k, by_shared);
  /* a strict majority of outlets, and never fewer than two */
  cv->consensus_min = (uint32_t)SL_MAX(2, cv->noutlets / 2 + 1);
  for (size_t i = 0; i < ns; i++) {
    cv->shared[i] = k[i].g;
    if (k[i].k >= cv->consensus_min &&
        sl_coverage_substantial(c, al->members[al->gstart[k[i].g]]))
      cv->consensus[cv->nconsensus++] = k[i].g;
  }
  cv->nshared = ns;
  free(k);
  return SL_OK;
}

/* Ranks each outlet's unique groups by the informativeness of their
 * representative sentence and keeps the best SL_COV_TOP. */
static sl_status rank_unique(const sl_corpus *c, const sl_align *al, sl_coverage *cv,
                             size_t narts, const uint32_t *apos) {
  size_t nt = sl_corpus_nterms(c), ta = nt ? nt : 1;
  uint32_t *odf = calloc(ta, sizeof *odf);   /* term -> outlets using it */
  uint32_t *sdf = calloc(ta, sizeof *sdf);   /* term -> story articles using it */
  uint32_t *oseen = calloc(ta, sizeof *oseen); /* term -> last outlet + 1 */
  uint32_t *aseen = calloc(ta, sizeof *aseen); /* term -> last article + 1, then stamps */
  double *w = malloc((narts + 1) * sizeof *w); /* article count -> term weight */
  candidate *cand = NULL;                      /* scored unique sentences */
  sl_status st = SL_ENOMEM;
  if (!odf || !sdf || !oseen || !aseen || !w) goto done;
  uint32_t an = 0; /* story articles counted so far */
  for (size_t o = 0; o < cv->noutlets; o++) {
    const sl_outlet *ot = &cv->outlets[o];
    for (size_t i = 0; i < ot->narts; i++) {
      const sl_art *a = &c->arts.a[ot->arts[i]];
      an++;
      if (!a->nsent) continue;
      /* the article's tokens are contiguous: first sentence's to last's */
      const sl_sent *s0 = &c->sents.a[a->sent], *s1 = s0 + a->nsent - 1;
      uint32_t t0 = s0->tok, t1 = s1->tok + s1->ntok;
      for (uint32_t t = t0; t < t1; t++) {
        uint32_t term = c->toks.a[t].term;
        if (term == UINT32_MAX) continue;
        if (aseen[term] != an) aseen[term] = an, sdf[term]++;
        if (oseen[term] != o + 1) oseen[term] = (uint32_t)o + 1, odf[term]++;
      }
    }
  }
  /* idf within the story: log(1 + N / k) for a term k of its N articles use */
  for (size_t k = 0; k <= narts; k++) w[k] = log(1.0 + (double)narts / (double)(k ? k : 1));
  /* aseen is reused as the per-sentence stamp; marks start above every
     article number it holds now */
  sl_cov_terms ts = {odf, sdf, w, aseen, an + 1};
  /* score every eligible unique sentence, then walk each outlet's best
     first: the costlier boilerplate test runs about SL_COV_TOP times per
     outlet instead of once per candidate */
  size_t nc = 0;
  for (uint32_t g = 0; g < cv->ngroups; g++) nc += sl_coverage_group_outlets(cv, g) == 1;
  cand = malloc((nc ? nc : 1) * sizeof *cand);
  if (!cand) goto done;
  nc = 0;
  for (uint32_t g = 0; g < cv->ngroups; g++) {
    if (sl_coverage_group_outlets(cv, g) != 1) continue;
    uint32_t s = al->members[al->gstart[g]];
    double sc = sl_coverage_informativeness(c, s, &ts);
    const sl_sent *se = &c->sents.a[s];
    uint64_t pos = (uint64_t)apos[se->article] << 32 | se->index;
    if (sc >= 0) cand[nc++] = (candidate){cv->gout[cv->gostart[g]], s, pos, sc};
  }
  qsort(cand, nc, sizeof *cand, by_candidate);
  for (size_t i = 0; i < nc; i++) {
    sl_outlet *ot = &cv->outlets[cand[i].outlet];
    if (ot->ntop == SL_COV_TOP) continue;
    const sl_sent *se = &c->sents.a[cand[i].sent];
    if (sl_coverage_boilerplate(sl_sent_text(c, se), se->span.len)) continue;
    ot->top[ot->ntop] = cand[i].sent;
    ot->top_score[ot->ntop++] = cand[i].score;
  }
  st = SL_OK;
done:
  free(odf);
  free(sdf);
  free(oseen);
  free(aseen);
  free(w);
  free(cand);
  return st;
}

sl_status sl_coverage_build(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                            const sl_digest_opts *o, sl_coverage **out) {
  (void)o; /* no coverage options yet */
  *out = NULL;
  sl_coverage *cv = calloc(1, sizeof *cv);
  size_t na = c->arts.n ? c->arts.n : 1;
  uint32_t *aout = malloc(na * sizeof *aout); /* corpus article -> outlet */
  uint32_t *apos = malloc(na * sizeof *apos); /* corpus article -> story position */
  sl_status st = SL_ENOMEM;
  if (!cv || !aout || !apos) goto done;
  for (size_t i = 0; i < n; i++) apos[arts[i]] = (uint32_t)i;
  if ((st = assign_outlets(c, arts, n, cv, aout)) != SL_OK) goto done;
  if ((st = group_outlets(c, al, cv, aout)) != SL_OK) goto done;
  if ((st = outlet_groups(cv)) != SL_OK) goto done;
  if ((st = shared_groups(c, al, cv, apos)) != SL_OK) goto done;
  st = rank_unique(c, al, cv, n, apos);
done:
  free(aout);
  free(apos);
  if (st == SL_OK) *out = cv;
  else sl_coverage_free(cv);
  return st;
}
