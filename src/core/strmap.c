/*
 * strmap.c — byte string → dense id map (open addressing, linear probing).
 * Ids are handed out in insertion order, so anything iterating by id is
 * deterministic.  Keys live in one pooled buffer, NUL-separated.
 */
#include <stdlib.h>
#include <string.h>

/* (xxHash inlined: the same XXH3 values, no call into the shared library
 * for every short key) */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "core.h"

uint64_t sl_hash(const void *p, size_t n, uint64_t seed) { return XXH3_64bits_withSeed(p, n, seed); }

void sl_strmap_init(sl_strmap *m) { memset(m, 0, sizeof *m); }

void sl_strmap_free(sl_strmap *m) {
  free(m->slots);
  sl_vec_free(&m->keys);
  sl_vec_free(&m->hashes);
  sl_buf_free(&m->pool);
  memset(m, 0, sizeof *m);
}

static uint32_t find(const sl_strmap *m, const char *k, size_t n, uint64_t h, size_t *slot) {
  size_t mask = m->cap - 1;
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    uint32_t v = m->slots[i];
    if (v == 0) {
      *slot = i;
      return UINT32_MAX;
    }
    uint32_t id = v - 1;
    if (m->hashes.a[id] == h && m->keys.a[id].len == n &&
        memcmp(m->pool.p + m->keys.a[id].off, k, n) == 0) {
      *slot = i;
      return id;
    }
  }
}

uint32_t sl_strmap_get(const sl_strmap *m, const char *k, size_t n) {
  if (!m->cap) return UINT32_MAX;
  size_t slot;
  return find(m, k, n, sl_hash(k, n, 0), &slot);
}

static bool rehash(sl_strmap *m, size_t cap) {
  uint32_t *s = calloc(cap, sizeof *s);
  if (!s) return false;
  /* room for the keys this table holds before the next rehash, so that
   * adding them does not grow the two vectors step by step */
  if (!sl_vec_reserve(&m->keys, cap / 4 * 3) || !sl_vec_reserve(&m->hashes, cap / 4 * 3)) {
    free(s);
    return false;
  }
  for (size_t id = 0; id < m->keys.n; id++) {
    size_t i = (size_t)m->hashes.a[id] & (cap - 1);
    while (s[i]) i = (i + 1) & (cap - 1);
    s[i] = (uint32_t)id + 1;
  }
  free(m->slots);
  m->slots = s;
  m->cap = cap;
  return true;
}

uint32_t sl_strmap_intern(sl_strmap *m, const char *k, size_t n, bool *added) {
  if (added) *added = false;
  if ((m->keys.n + 1) * 4 >= m->cap * 3 && !rehash(m, m->cap ? m->cap * 2 : 64)) return UINT32_MAX;
  uint64_t h = sl_hash(k, n, 0);
  size_t slot;
  uint32_t id = find(m, k, n, h, &slot);
  if (id != UINT32_MAX) return id;
  if (m->keys.n >= UINT32_MAX - 1 || m->pool.len + n + 1 > UINT32_MAX) return UINT32_MAX;
  sl_span sp = {(uint32_t)m->pool.len, (uint32_t)n};
  sl_buf_put(&m->pool, k, n);
  sl_buf_putc(&m->pool, '\0');
  if (m->pool.oom || !sl_vec_push(&m->keys, sp)) return UINT32_MAX;
  if (!sl_vec_push(&m->hashes, h)) {
    m->keys.n--;
    return UINT32_MAX;
  }
  id = (uint32_t)(m->keys.n - 1);
  m->slots[slot] = id + 1;
  if (added) *added = true;
  return id;
}

