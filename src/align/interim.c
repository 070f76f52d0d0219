/*
 * interim.c — INTERIM alignment: sentences whose term sequences are equal
 * form a group; everything else is a singleton.  To be replaced by the
 * real near-duplicate alignment of src/align/.
 */
#include <stdlib.h>
#include <string.h>

#include "align.h"

typedef struct {
  uint64_t h;  /* hash of the term sequence */
  uint32_t s;  /* corpus sentence */
  uint32_t ord; /* story order (articles by date, then position) */
} key;

static int by_hash(const void *x, const void *y) {
  const key *a = x, *b = y;
  if (a->h != b->h) return a->h < b->h ? -1 : 1;
  return a->ord < b->ord ? -1 : a->ord > b->ord;
}
static int by_u32(const void *x, const void *y) {
  uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
  return a < b ? -1 : a > b;
}

sl_status sl_align_build(const sl_corpus *c, const uint32_t *arts, size_t n, sl_align **out) {
  size_t ns = 0;
  for (size_t i = 0; i < n; i++) ns += c->arts.a[arts[i]].nsent;
  sl_align *al = calloc(1, sizeof *al);
  key *k = malloc((ns ? ns : 1) * sizeof *k);
  if (!al || !k) goto oom;
  size_t m = 0;
  for (size_t i = 0; i < n; i++) {
    const sl_art *a = &c->arts.a[arts[i]];
    for (uint32_t j = 0; j < a->nsent; j++) {
      uint32_t s = a->sent + j;
      const sl_sent *se = &c->sents.a[s];
      uint64_t h = 0x9E3779B97F4A7C15ull;
      for (uint32_t t = se->tok; t < se->tok + se->ntok; t++)
        if (c->toks.a[t].term != UINT32_MAX) h = (h ^ c->toks.a[t].term) * 0x100000001B3ull;
      k[m] = (key){h, s, (uint32_t)m};
      m++;
    }
  }
  qsort(k, m, sizeof *k, by_hash);
  al->nsents = m;
  al->sents = malloc((m ? m : 1) * sizeof *al->sents);
  al->group = malloc((m ? m : 1) * sizeof *al->group);
  al->members = malloc((m ? m : 1) * sizeof *al->members);
  al->kind = malloc(m ? m : 1);
  al->gstart = malloc((m + 1) * sizeof *al->gstart);
  if (!al->sents || !al->group || !al->members || !al->kind || !al->gstart) goto oom;
  size_t g = 0, w = 0;
  for (size_t i = 0; i < m; g++) {
    size_t j = i;
    al->gstart[g] = (uint32_t)w;
    while (j < m && k[j].h == k[i].h) {
      al->members[w] = k[j].s;
      al->kind[w] = j == i ? SL_MATCH_SELF : SL_MATCH_EXACT;
      w++, j++;
    }
    i = j;
  }
  al->gstart[g] = (uint32_t)w;
  al->ngroups = g;
  for (size_t i = 0; i < m; i++) al->sents[i] = k[i].s;
  qsort(al->sents, m, sizeof *al->sents, by_u32);
  for (size_t gg = 0; gg < g; gg++)
    for (uint32_t x = al->gstart[gg]; x < al->gstart[gg + 1]; x++) {
      uint32_t *p = bsearch(&al->members[x], al->sents, m, sizeof *al->sents, by_u32);
      al->group[p - al->sents] = (uint32_t)gg;
    }
  free(k);
  *out = al;
  return SL_OK;
oom:
  free(k);
  sl_align_free(al);
  return SL_ENOMEM;
}

void sl_align_free(sl_align *al) {
  if (!al) return;
  free(al->sents);
  free(al->group);
  free(al->members);
  free(al->kind);
  free(al->gstart);
  free(al);
}

uint32_t sl_align_group_of(const sl_align *al, uint32_t s) {
  uint32_t *p = bsearch(&s, al->sents, al->nsents, sizeof s, by_u32);
  return p ? al->group[p - al->sents] : UINT32_MAX;
}
