/*
 * arena.c — bump allocator.  Blocks grow geometrically; a request larger
 * than half a block gets a block of its own so big texts waste nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "core.h"

struct sl_arena_block {
  sl_arena_block *next; /* older block */
  size_t cap;           /* usable bytes after the header */
  _Alignas(16) unsigned char data[];
};

#define SL_ARENA_MIN_BLOCK (64 * 1024)

void sl_arena_init(sl_arena *a) { memset(a, 0, sizeof *a); }

/* n bytes (a multiple of 16, not 0) from the arena, not zeroed. */
static void *arena_take(sl_arena *a, size_t n) {
  sl_arena_block *b = a->head;
  if (!b || b->cap - a->used < n) {
    size_t cap = b ? b->cap * 2 : SL_ARENA_MIN_BLOCK;
    if (cap > 16u * 1024 * 1024) cap = 16u * 1024 * 1024;
    if (n > cap / 2) {
      /* Oversized: own block, inserted behind head so head keeps its room. */
      sl_arena_block *big = malloc(sizeof *big + n);
      if (!big) return NULL;
      big->cap = n;
      if (b) {
        big->next = b->next;
        b->next = big;
      } else {
        big->next = NULL;
        a->head = big;
        a->used = n;
      }
      a->total += n;
      return big->data;
    }
    sl_arena_block *nb = malloc(sizeof *nb + cap);
    if (!nb) return NULL;
    nb->cap = cap;
    nb->next = b;
    a->head = nb;
    a->used = 0;
    b = nb;
  }
  void *p = b->data + a->used;
  a->used += n;
  a->total += n;
  return p;
}

void *sl_arena_alloc(sl_arena *a, size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (n == 0) n = 16;
  void *p = arena_take(a, n);
  if (p) memset(p, 0, n);
  return p;
}

char *sl_arena_strndup(sl_arena *a, const char *s, size_t n) {
  /* (the string copied over its room, only the last 16 bytes zeroed
   * first: every byte is written, as with sl_arena_alloc, without a
   * memset call per string) */
  size_t r = (n + 1 + 15) & ~(size_t)15;
  char *p = r ? arena_take(a, r) : NULL;
  if (!p) return NULL;
  static const char zero[16];
  memcpy(p + r - 16, zero, 16);
  if (n) memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *sl_arena_strdup(sl_arena *a, const char *s) {
  return s ? sl_arena_strndup(a, s, strlen(s)) : NULL;
}

void sl_arena_free(sl_arena *a) {
  sl_arena_block *b = a->head;
  while (b) {
    sl_arena_block *next = b->next;
    free(b);
    b = next;
  }
  memset(a, 0, sizeof *a);
}
