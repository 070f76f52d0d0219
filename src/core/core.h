/*
 * core.h — building blocks shared by every module: arena, growable
 * buffers and vectors, a string→id hash map, error helpers, dates and
 * UTF-8 repair.  Internal: nothing here is public API.
 *
 * Invariant: nothing in core prints or exits.  Allocation failures are
 * returned (NULL or SL_ENOMEM) to the caller.
 */
#ifndef SL_CORE_H
#define SL_CORE_H

#include <assert.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "storyloom.h"

#define SL_API_CHECK(c) assert((c) && "storyloom API misuse")
#define SL_MIN(a, b) ((a) < (b) ? (a) : (b))
#define SL_MAX(a, b) ((a) > (b) ? (a) : (b))
#define SL_COUNTOF(a) (sizeof(a) / sizeof((a)[0]))

/** A byte range inside some text the reader knows. */
typedef struct sl_span {
  uint32_t off; /* first byte */
  uint32_t len; /* bytes */
} sl_span;

/* ---- arena ------------------------------------------------------------ */

/* Bump allocator: many small allocations, freed all at once. */
typedef struct sl_arena_block sl_arena_block;
typedef struct sl_arena {
  sl_arena_block *head; /* newest block first */
  size_t used;          /* bytes used in head */
  size_t total;         /* bytes handed out, for statistics */
} sl_arena;

void sl_arena_init(sl_arena *a);
/** Returns n bytes aligned to 16, or NULL when out of memory. Zeroed. */
void *sl_arena_alloc(sl_arena *a, size_t n);
/** Copies n bytes and a NUL. NULL on OOM. */
char *sl_arena_strndup(sl_arena *a, const char *s, size_t n);
char *sl_arena_strdup(sl_arena *a, const char *s); /* NULL s gives NULL */
/** Frees every block; the arena can be reused after sl_arena_init. */
void sl_arena_free(sl_arena *a);

/* ---- growable byte buffer ---------------------------------------------- */

typedef struct sl_buf {
  char *p;    /* NUL-terminated when len > 0 or after sl_buf_cstr */
  size_t len; /* bytes used */
  size_t cap; /* bytes allocated */
  bool oom;   /* sticky: an append failed; contents are truncated */
} sl_buf;

void sl_buf_init(sl_buf *b);
void sl_buf_free(sl_buf *b);
bool sl_buf_reserve(sl_buf *b, size_t extra);
void sl_buf_put_grow(sl_buf *b, const void *p, size_t n);
/* Appends n bytes (NUL kept after them).  The room test inline, as in
 * sl_vec_push: the call only to grow (or once out of memory). */
static inline void sl_buf_put(sl_buf *b, const void *p, size_t n) {
  if (b->oom || b->len + n + 1 > b->cap) {
    sl_buf_put_grow(b, p, n);
    return;
  }
  if (n) memcpy(b->p + b->len, p, n);
  b->len += n;
  b->p[b->len] = '\0';
}
void sl_buf_puts(sl_buf *b, const char *s);
static inline void sl_buf_putc(sl_buf *b, char c) {
  if (b->oom || b->len + 2 > b->cap) {
    sl_buf_put_grow(b, &c, 1);
    return;
  }
  b->p[b->len++] = c;
  b->p[b->len] = '\0';
}
void sl_buf_printf(sl_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sl_buf_vprintf(sl_buf *b, const char *fmt, va_list ap);
/** Takes the buffer's memory as a NUL-terminated string (caller frees with
 *  free()/sl_free()); the buffer is left empty. NULL if oom. */
char *sl_buf_take(sl_buf *b);

/* ---- growable vector ---------------------------------------------------- */

/* SL_VEC(T) declares {T *a; size_t n, cap;}.  sl_vec_grow makes room for one
 * more element; push returns false on OOM. */
#define SL_VEC(T) \
  struct {        \
    T *a;         \
    size_t n;     \
    size_t cap;   \
  }
bool sl_vec_grow_(void **a, size_t *cap, size_t need, size_t elem);
#define sl_vec_reserve(v, need) sl_vec_grow_((void **)&(v)->a, &(v)->cap, (need), sizeof(*(v)->a))
/* the room test inline: the call only to grow */
#define sl_vec_push(v, x) \
  (((v)->n < (v)->cap || sl_vec_reserve((v), (v)->n + 1)) ? ((v)->a[(v)->n++] = (x), true) : false)
#define sl_vec_free(v) (free((v)->a), (v)->a = NULL, (v)->n = (v)->cap = 0)

/* ---- hashing and string map ------------------------------------------- */

uint64_t sl_hash(const void *p, size_t n, uint64_t seed); /* xxh3 */

/* Maps byte strings to dense ids 0..n-1; keys are copied into an arena.
 * Iteration order is id order, so results never depend on hash order. */
typedef struct sl_strmap {
  uint32_t *slots;   /* id+1, 0 = empty; size cap (power of two) */
  size_t cap;        /* slots */
  SL_VEC(sl_span) keys; /* id -> span in `pool` */
  SL_VEC(uint64_t) hashes; /* id -> hash */
  sl_buf pool;       /* key bytes, each followed by NUL */
} sl_strmap;

void sl_strmap_init(sl_strmap *m);
void sl_strmap_free(sl_strmap *m);
/** Id of key, or UINT32_MAX when absent. */
uint32_t sl_strmap_get(const sl_strmap *m, const char *k, size_t n);
/** Id of key, adding it when absent (*added set when given). UINT32_MAX on OOM. */
uint32_t sl_strmap_intern(sl_strmap *m, const char *k, size_t n, bool *added);
static inline size_t sl_strmap_count(const sl_strmap *m) { return m->keys.n; }
/** Key of id (NUL-terminated, borrowed; invalidated by the next intern). */
static inline const char *sl_strmap_key(const sl_strmap *m, uint32_t id, size_t *len) {
  if (len) *len = m->keys.a[id].len;
  return m->pool.p + m->keys.a[id].off;
}

/* ---- errors ----------------------------------------------------------- */

/** Fills err (if not NULL) and returns st. */
sl_status sl_error_set(sl_error *err, sl_status st, const char *file, long line, const char *fmt,
                       ...) __attribute__((format(printf, 5, 6)));

/* ---- dates ------------------------------------------------------------ */

int32_t sl_days_from_civil(int y, unsigned m, unsigned d);
void sl_civil_from_days(int32_t z, int *y, unsigned *m, unsigned *d);
/** 0 = Monday .. 6 = Sunday. */
int sl_weekday(int32_t day);
bool sl_date_valid(int y, unsigned m, unsigned d);
unsigned sl_days_in_month(int y, unsigned m);

/* ---- UTF-8 ------------------------------------------------------------- */

/** Length of the valid prefix of s (== n when all valid). */
size_t sl_utf8_valid_prefix(const char *s, size_t n);
static inline bool sl_utf8_valid(const char *s, size_t n) { return sl_utf8_valid_prefix(s, n) == n; }
/** Copies s into out, replacing each maximal invalid sequence by U+FFFD and
 *  dropping NUL bytes.  out must hold 3*n bytes.  Returns bytes written;
 *  *nbad receives the number of replacements; *first_bad_line the line
 *  (1-based) of the first one, 0 if none. */
size_t sl_utf8_repair(const char *s, size_t n, char *out, size_t *nbad, long *first_bad_line);
/** Decodes one code point at s (valid UTF-8 assumed); *len receives its bytes. */
int32_t sl_utf8_decode(const char *s, size_t n, int *len);
/** Encodes cp into out (4 bytes room); returns bytes. */
int sl_utf8_encode(int32_t cp, char *out);
/** Replaces, in place, every C0 control byte and DEL by a space, keeping
 *  tab, newline and carriage return when keep_lines: text read from input
 *  never reaches a terminal as an escape sequence.  Length unchanged;
 *  returns the number of bytes replaced. */
size_t sl_scrub_controls(char *s, size_t n, bool keep_lines);

#endif /* SL_CORE_H */
