/*
 * interim.c — INTERIM ingest: seed format and plain text files, directories
 * and stdin, so the CLI works end to end.  To be replaced by the real
 * readers of src/ingest/ (format detection, JSON Lines, Multi-News, bad
 * input handling).
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../corpus/corpus.h"

struct sl_reader {
  sl_corpus *c;
  char *name;
  sl_buf in;
};

static const char *base_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

sl_status sl_corpus_add_buffer(sl_corpus *c, const char *name, const char *buf, size_t len,
                               sl_error *err) {
  sl_article_in a = {0};
  a.date = SL_NO_DATE;
  a.origin = name;
  a.origin_line = 1;
  const char *p = buf;
  size_t n = len;
  if (n > 16 && memcmp(p, " date ", 6) == 0) {
    a.date = sl_date_parse(p + 6, n - 6);
    p += 16, n -= 16;
  }
  char src[256];
  snprintf(src, sizeof src, "%s", base_name(name));
  char *dot = strrchr(src, '.');
  if (dot && dot != src) *dot = '\0';
  a.source = src;
  a.id = src;
  a.text = p;
  a.len = n;
  return sl_corpus_add(c, &a, err);
}

static sl_status read_all(FILE *f, sl_buf *b) {
  char tmp[65536];
  size_t n;
  while ((n = fread(tmp, 1, sizeof tmp, f)) > 0) sl_buf_put(b, tmp, n);
  if (ferror(f)) return SL_EIO;
  return b->oom ? SL_ENOMEM : SL_OK;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

sl_status sl_corpus_add_path(sl_corpus *c, const char *path, sl_error *err) {
  if (strcmp(path, "-") == 0) {
    sl_buf b;
    sl_buf_init(&b);
    sl_status st = read_all(stdin, &b);
    if (st == SL_OK) st = sl_corpus_add_buffer(c, "<stdin>", b.p ? b.p : "", b.len, err);
    sl_buf_free(&b);
    return st;
  }
  struct stat sb;
  if (stat(path, &sb) != 0)
    return sl_error_set(err, SL_EIO, path, 0, "cannot open: %s", strerror(errno));
  if (S_ISDIR(sb.st_mode)) {
    DIR *d = opendir(path);
    if (!d) return sl_error_set(err, SL_EIO, path, 0, "cannot open: %s", strerror(errno));
    SL_VEC(char *) names = {0};
    struct dirent *e;
    while ((e = readdir(d))) {
      if (e->d_name[0] == '.') continue;
      size_t n = strlen(path) + strlen(e->d_name) + 2;
      char *full = malloc(n);
      if (!full) break;
      snprintf(full, n, "%s/%s", path, e->d_name);
      if (!sl_vec_push(&names, full)) free(full);
    }
    closedir(d);
    if (names.n) qsort(names.a, names.n, sizeof *names.a, cmp_str);
    size_t before = c->arts.n;
    for (size_t i = 0; i < names.n; i++) {
      (void)sl_corpus_add_path(c, names.a[i], NULL);
      free(names.a[i]);
    }
    sl_vec_free(&names);
    return c->arts.n > before ? SL_OK
                              : sl_error_set(err, SL_EEMPTY, path, 0, "no articles found");
  }
  FILE *f = fopen(path, "rb");
  if (!f) return sl_error_set(err, SL_EIO, path, 0, "cannot open: %s", strerror(errno));
  sl_buf b;
  sl_buf_init(&b);
  sl_status st = read_all(f, &b);
  fclose(f);
  if (st == SL_OK) st = sl_corpus_add_buffer(c, path, b.p ? b.p : "", b.len, err);
  else sl_error_set(err, st, path, 0, "cannot read");
  sl_buf_free(&b);
  return st;
}

sl_reader *sl_reader_new(sl_corpus *c, const char *name) {
  sl_reader *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->c = c;
  r->name = strdup(name ? name : "<input>");
  sl_buf_init(&r->in);
  return r;
}

sl_status sl_reader_feed(sl_reader *r, const char *buf, size_t len) {
  sl_buf_put(&r->in, buf, len);
  return r->in.oom ? SL_ENOMEM : SL_OK;
}

sl_status sl_reader_finish(sl_reader *r, sl_error *err) {
  return sl_corpus_add_buffer(r->c, r->name, r->in.p ? r->in.p : "", r->in.len, err);
}

void sl_reader_free(sl_reader *r) {
  if (!r) return;
  sl_buf_free(&r->in);
  free(r->name);
  free(r);
}
