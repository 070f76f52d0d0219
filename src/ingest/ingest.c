/*
 * ingest.c — reading paths: a file, a directory (recursively, entries in
 * byte order of their names, hidden entries skipped, only regular files)
 * or "-" for stdin.  Files are read in fixed-size chunks into a streaming
 * reader, so a line format never holds more than one line in memory.
 *
 * Invariants:
 *  - a problem with one entry of a directory (unreadable, not a regular
 *    file, a symlink loop) is a diagnostic, never the end of the walk;
 *  - ids of files found in a directory are their paths relative to it,
 *    so they do not depend on how the directory was named.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ingest.h"

/* Bytes read per fread call. */
#define SL_READ_CHUNK 65536
/* Directory nesting beyond this is reported rather than followed. */
#define SL_MAX_DEPTH 64

/* A directory on the current walk path, for loop detection. */
typedef struct dir_id {
  dev_t dev;
  ino_t ino;
} dir_id;

/* Streams f into a new reader and finishes it.  Returns the finish status. */
static sl_status read_stream(sl_ingest_ctx *x, FILE *f, const char *name, const char *idbase,
                             sl_error *err) {
  sl_reader *r = sl_ingest_reader_new(x->c, x, name, idbase, NULL);
  char *chunk = malloc(SL_READ_CHUNK);
  if (!r || !chunk) {
    sl_reader_free(r);
    free(chunk);
    return sl_error_set(err, SL_ENOMEM, name, 0, "out of memory");
  }
  sl_status st = SL_OK;
  size_t k;
  /* Stop as soon as the reader has given up on the input (binary): an
   * endless source such as /dev/zero must not be read forever. */
  while (st == SL_OK && r->phase != SL_RD_DONE && (k = fread(chunk, 1, SL_READ_CHUNK, f)) > 0)
    st = sl_reader_feed(r, chunk, k);
  if (st == SL_OK && ferror(f)) sl_ingest_reader_abort(r, strerror(errno));
  free(chunk);
  sl_status fin = sl_reader_finish(r, err);
  sl_reader_free(r);
  return st != SL_OK ? st : fin;
}

static int cmp_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b); /* unsigned bytes: C17 7.24.4 */
}

/* Joins a and b with '/'; caller frees.  b alone when a is NULL. */
static char *join(const char *a, const char *b) {
  size_t na = a ? strlen(a) : 0, nb = strlen(b);
  char *p = malloc(na + nb + 2);
  if (!p) return NULL;
  if (a) {
    memcpy(p, a, na);
    if (na == 0 || p[na - 1] != '/') p[na++] = '/';
  }
  memcpy(p + na, b, nb + 1);
  return p;
}

/* Walks directory `path` (its files' ids start with `rel`, NULL at the
 * top).  anc[0..depth) are the directories above it.  Returns SL_ENOMEM
 * or SL_OK; everything else is a diagnostic. */
static sl_status walk(sl_ingest_ctx *x, const char *path, const char *rel, dir_id *anc,
                      int depth) {
  sl_corpus *c = x->c;
  DIR *d = opendir(path);
  if (!d) {
    sl_corpus_diag_add(c, SL_DIAG_SKIPPED, path, 0, "cannot open directory: %s", strerror(errno));
    return SL_OK;
  }
  SL_VEC(char *) names = {0};
  sl_status st = SL_OK;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue; /* hidden, "." and ".." */
    char *s = join(NULL, e->d_name);
    if (!s || !sl_vec_push(&names, s)) {
      free(s);
      st = SL_ENOMEM;
      break;
    }
  }
  closedir(d);
  if (names.n) qsort(names.a, names.n, sizeof *names.a, cmp_name);
  for (size_t i = 0; i < names.n && st == SL_OK; i++) {
    char *full = join(path, names.a[i]), *id = join(rel, names.a[i]);
    struct stat sb;
    if (!full || !id) {
      st = SL_ENOMEM;
    } else if (stat(full, &sb) != 0) { /* dangling symlink, vanished, no permission */
      sl_corpus_diag_add(c, SL_DIAG_SKIPPED, full, 0, "cannot open: %s", strerror(errno));
    } else if (S_ISDIR(sb.st_mode)) {
      bool loop = depth >= SL_MAX_DEPTH;
      for (int k = 0; k < depth && !loop; k++)
        loop = anc[k].dev == sb.st_dev && anc[k].ino == sb.st_ino;
      if (loop) {
        sl_corpus_diag_add(c, SL_DIAG_SKIPPED, full, 0,
                           "directory not followed (symbolic link loop or nesting over %d)",
                           SL_MAX_DEPTH);
      } else {
        anc[depth] = (dir_id){sb.st_dev, sb.st_ino};
        st = walk(x, full, id, anc, depth + 1);
      }
    } else if (!S_ISREG(sb.st_mode)) {
      sl_corpus_diag_add(c, SL_DIAG_SKIPPED, full, 0, "not a regular file");
    } else {
      FILE *f = fopen(full, "rb");
      if (!f) {
        sl_corpus_diag_add(c, SL_DIAG_SKIPPED, full, 0, "cannot open: %s", strerror(errno));
      } else {
        if (read_stream(x, f, full, id, NULL) == SL_ENOMEM) st = SL_ENOMEM;
        fclose(f);
      }
    }
    free(full);
    free(id);
  }
  for (size_t i = 0; i < names.n; i++) free(names.a[i]);
  sl_vec_free(&names);
  return st;
}

/* Public entry: "-", a directory or a file.  Only a top-level path that
 * cannot be opened is an error (SL_EIO); problems below it are
 * diagnostics.  SL_OK when at least one article was added. */
sl_status sl_corpus_add_path(sl_corpus *c, const char *path, sl_error *err) {
  SL_API_CHECK(c && path);
  sl_ingest_ctx x;
  sl_ingest_ctx_init(&x, c);
  sl_status st;
  if (strcmp(path, "-") == 0) {
    st = read_stream(&x, stdin, "<stdin>", "stdin", err);
    sl_ingest_ctx_free(&x);
    return st;
  }
  struct stat sb;
  if (stat(path, &sb) != 0) {
    st = sl_error_set(err, SL_EIO, path, 0, "cannot open: %s", strerror(errno));
  } else if (S_ISDIR(sb.st_mode)) {
    size_t before = c->arts.n, known = c->nknown;
    dir_id anc[SL_MAX_DEPTH + 1];
    anc[0] = (dir_id){sb.st_dev, sb.st_ino};
    DIR *probe = opendir(path); /* the top directory must open: SL_EIO otherwise */
    if (!probe) {
      st = sl_error_set(err, SL_EIO, path, 0, "cannot open directory: %s", strerror(errno));
    } else {
      closedir(probe);
      st = walk(&x, path, NULL, anc, 1);
      if (st == SL_ENOMEM) sl_error_set(err, st, path, 0, "out of memory");
      else if (c->arts.n == before && c->nknown == known)
        st = sl_error_set(err, SL_EEMPTY, path, 0, "no usable articles in the directory");
    }
  } else {
    FILE *f = fopen(path, "rb");
    if (!f) {
      st = sl_error_set(err, SL_EIO, path, 0, "cannot open: %s", strerror(errno));
    } else {
      const char *base = strrchr(path, '/');
      st = read_stream(&x, f, path, base && base[1] ? base + 1 : path, err);
      fclose(f);
    }
  }
  sl_ingest_ctx_free(&x);
  return st;
}
