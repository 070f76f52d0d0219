/*
 * interim.c — INTERIM summariser: greedy choice of the sentence adding the
 * most not-yet-covered content-term weight (weight = number of articles
 * mentioning the term) per word, under the budget.  To be replaced by the
 * real concept-coverage method of src/summarize/.
 */
#include <stdlib.h>
#include <string.h>

#include "summarize.h"

static int by_order(const void *x, const void *y) {
  const sl_summary_item *a = x, *b = y;
  return a->score < b->score ? -1 : a->score > b->score; /* score holds story order here */
}

sl_status sl_summarize(const sl_corpus *c, const uint32_t *arts, size_t n, const sl_align *al,
                       const sl_digest_opts *o, sl_summary **out) {
  (void)arts, (void)n;
  sl_summary *sm = calloc(1, sizeof *sm);
  size_t nt = sl_corpus_nterms(c);
  uint32_t *w = calloc(nt ? nt : 1, sizeof *w);
  uint8_t *covered = calloc(nt ? nt : 1, 1);
  uint8_t *used = calloc(al->ngroups ? al->ngroups : 1, 1);
  sm->items = calloc(al->ngroups ? al->ngroups : 1, sizeof *sm->items);
  if (!sm || !w || !covered || !used || !sm->items) {
    free(w), free(covered), free(used);
    sl_summary_free(sm);
    return SL_ENOMEM;
  }
  /* weight: number of story sentences (all outlets) carrying the term */
  for (size_t g = 0; g < al->ngroups; g++) {
    const sl_sent *s = &c->sents.a[al->members[al->gstart[g]]];
    uint32_t cnt = (uint32_t)sl_align_group_size(al, (uint32_t)g);
    for (uint32_t t = s->tok; t < s->tok + s->ntok; t++) {
      const sl_token *tk = &c->toks.a[t];
      if (tk->term != UINT32_MAX && !(tk->flags & SL_TF_STOP)) w[tk->term] += cnt;
    }
  }
  unsigned words = 0, bytes = 0;
  for (;;) {
    double best = 0;
    size_t bg = SIZE_MAX;
    for (size_t g = 0; g < al->ngroups; g++) {
      if (used[g]) continue;
      const sl_sent *s = &c->sents.a[al->members[al->gstart[g]]];
      if (s->nwords < 5) continue;
      if (o->words && words + s->nwords > o->words) continue;
      if (o->bytes && bytes + s->span.len > o->bytes) continue;
      if (o->sentences && sm->n >= o->sentences) continue;
      double gain = 0;
      for (uint32_t t = s->tok; t < s->tok + s->ntok; t++) {
        const sl_token *tk = &c->toks.a[t];
        if (tk->term != UINT32_MAX && !(tk->flags & SL_TF_STOP) && !covered[tk->term])
          gain += w[tk->term];
      }
      gain /= s->nwords;
      if (gain > best) best = gain, bg = g;
    }
    if (bg == SIZE_MAX) break;
    used[bg] = 1;
    uint32_t sid = al->members[al->gstart[bg]];
    const sl_sent *s = &c->sents.a[sid];
    for (uint32_t t = s->tok; t < s->tok + s->ntok; t++)
      if (c->toks.a[t].term != UINT32_MAX) covered[c->toks.a[t].term] = 1;
    words += s->nwords;
    bytes += s->span.len;
    sm->items[sm->n++] = (sl_summary_item){sid, (uint32_t)bg, best};
  }
  /* reading order: position of the sentence in the story (article order, index) */
  for (size_t i = 0; i < sm->n; i++) {
    uint32_t a = c->sents.a[sm->items[i].sent].article;
    size_t pos = 0;
    while (pos < n && arts[pos] != a) pos++;
    sm->items[i].score = (double)pos * 1e6 + c->sents.a[sm->items[i].sent].index;
  }
  qsort(sm->items, sm->n, sizeof *sm->items, by_order);
  free(w), free(covered), free(used);
  *out = sm;
  return SL_OK;
}

void sl_summary_free(sl_summary *s) {
  if (!s) return;
  free(s->items);
  free(s);
}
