/*
 * store.c — SQLite persistence of articles for incremental use.
 *
 * `storyloom ingest --db news.db PATH...` adds articles to the store;
 * `--db news.db` on a reading command loads them back into a corpus, so a
 * newsroom can feed a day at a time and digest or cluster the whole.
 * Invariants: an article is stored once per (id, content hash), and once
 * per text within its id family (id, id#2, id#3, ...): re-ingesting the
 * same file adds nothing; ids are unique in the store, an id taken by
 * another text is stored as the first free "id#N" of its family (with a
 * corpus warning naming the article's file and line).  Only original fields are stored (text as
 * read, after UTF-8 repair); analysis is recomputed on load, so the store
 * never goes stale when the text pipeline improves.
 */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "../corpus/corpus.h"

struct sl_store {
  sqlite3 *db; /* owned */
};

static const char schema[] =
    "PRAGMA journal_mode=WAL;"
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
    "INSERT OR IGNORE INTO meta VALUES('schema','1');"
    "CREATE TABLE IF NOT EXISTS articles("
    "  seq INTEGER PRIMARY KEY,"   /* insertion order = load order */
    "  id TEXT NOT NULL,"
    "  hash INTEGER NOT NULL,"     /* xxh3 of the text, for dedup */
    "  source TEXT NOT NULL, url TEXT, title TEXT,"
    "  date INTEGER,"              /* day number, NULL when unknown */
    "  origin TEXT, text TEXT NOT NULL,"
    "  UNIQUE(id, hash));"
    "CREATE INDEX IF NOT EXISTS articles_date ON articles(date);"; /* UNIQUE(id,hash) indexes id */

static sl_status db_error(sqlite3 *db, const char *path, sl_error *err) {
  return sl_error_set(err, SL_EIO, path, 0, "database: %s", db ? sqlite3_errmsg(db) : "cannot open");
}

sl_store *sl_store_open(const char *path, sl_error *err) {
  SL_API_CHECK(path);
  sl_store *s = calloc(1, sizeof *s);
  if (!s) {
    sl_error_set(err, SL_ENOMEM, path, 0, "out of memory");
    return NULL;
  }
  if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK ||
      sqlite3_exec(s->db, schema, NULL, NULL, NULL) != SQLITE_OK) {
    db_error(s->db, path, err);
    sl_store_close(s);
    return NULL;
  }
  sqlite3_busy_timeout(s->db, 5000);
  return s;
}

void sl_store_close(sl_store *s) {
  if (!s) return;
  sqlite3_close(s->db);
  free(s);
}


/* Result of a one-row query with id bound to ?1 (and hash to ?2):
 * 1 a row, 0 none, -1 error. */
static int row_exists(sqlite3_stmt *st, const char *id, sqlite3_int64 hash) {
  sqlite3_reset(st);
  sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_bind_parameter_count(st) > 1) sqlite3_bind_int64(st, 2, hash);
  int rc = sqlite3_step(st);
  sqlite3_reset(st);
  return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Decides the stored id of an article: 0 and *out = its id, or another
 * one of its family (base, base#2, ...) when that id is already taken by
 * another text; 1 when the store already holds this text under the id or
 * one of its family; -1 on a database error. */
static int place(sqlite3_stmt *has_id, sqlite3_stmt *has_pair, const char *id,
                 sqlite3_int64 hash, char *out, size_t cap) {
  int r = row_exists(has_pair, id, hash);
  if (r) return r;
  size_t n = strlen(id), b = sl_id_base_len(id, n);
  if (b > 600) b = 600;
  /* The text under another id of the family? (ids up to the first gap) */
  for (unsigned k = 1;; k++) {
    if (k == 1) snprintf(out, cap, "%.*s", (int)b, id);
    else snprintf(out, cap, "%.*s#%u", (int)b, id, k);
    if ((r = row_exists(has_pair, out, hash)) != 0) return r;
    if ((r = row_exists(has_id, out, 0)) < 0) return r;
    if (!r && k > 1) break;
  }
  if ((r = row_exists(has_id, id, 0)) <= 0) { /* the article's own id is free */
    snprintf(out, cap, "%s", id);
    return r;
  }
  for (unsigned k = 2;; k++) { /* the first free id of the family */
    snprintf(out, cap, "%.*s#%u", (int)b, id, k);
    if ((r = row_exists(has_id, out, 0)) <= 0) return r;
  }
}

sl_status sl_store_put(sl_store *s, sl_corpus *c, size_t *added, sl_error *err) {
  SL_API_CHECK(s && c);
  size_t n = 0;
  sqlite3_stmt *st = NULL, *has_id = NULL, *has_pair = NULL;
  const char *sql =
      "INSERT OR IGNORE INTO articles(id,hash,source,url,title,date,origin,text)"
      " VALUES(?,?,?,?,?,?,?,?)";
  if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(s->db, "SELECT 1 FROM articles WHERE id=?1", -1, &has_id, NULL) !=
          SQLITE_OK ||
      sqlite3_prepare_v2(s->db, "SELECT 1 FROM articles WHERE id=?1 AND hash=?2", -1, &has_pair,
                         NULL) != SQLITE_OK)
    goto fail;
  for (size_t i = 0; i < c->arts.n; i++) {
    const sl_art *a = &c->arts.a[i];
    sqlite3_int64 hash = (sqlite3_int64)(sl_hash(a->text, a->len, 0) >> 1);
    char id[700];
    int r = place(has_id, has_pair, a->id, hash, id, sizeof id);
    if (r < 0) goto fail;
    if (r > 0) continue; /* stored already */
    if (strcmp(id, a->id) != 0)
      sl_corpus_diag_add(c, SL_DIAG_WARNING, a->origin, a->origin_line,
                         "id '%s' is already in the store with another text: stored as '%s'",
                         a->id, id);
    sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, hash);
    sqlite3_bind_text(st, 3, a->source, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, a->url, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, a->title, -1, SQLITE_STATIC);
    if (a->date == SL_NO_DATE) sqlite3_bind_null(st, 6);
    else sqlite3_bind_int(st, 6, a->date);
    sqlite3_bind_text(st, 7, a->origin, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, a->text, (int)a->len, SQLITE_STATIC);
    if (sqlite3_step(st) != SQLITE_DONE) goto fail;
    n += (size_t)sqlite3_changes(s->db);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  sqlite3_finalize(has_id);
  sqlite3_finalize(has_pair);
  if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) goto fail_nost;
  if (added) *added = n;
  return SL_OK;
fail:
  sqlite3_finalize(st);
  sqlite3_finalize(has_id);
  sqlite3_finalize(has_pair);
fail_nost:
  {
    sl_status r = db_error(s->db, sqlite3_db_filename(s->db, "main"), err);
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return r;
  }
}

sl_status sl_store_load(sl_store *s, sl_corpus *c, int32_t since, sl_error *err) {
  SL_API_CHECK(s && c);
  sqlite3_stmt *st = NULL;
  const char *sql = "SELECT id,source,url,title,date,origin,text FROM articles"
                    " WHERE ?1 IS NULL OR date >= ?1 ORDER BY seq";
  if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
    return db_error(s->db, sqlite3_db_filename(s->db, "main"), err);
  if (since == SL_NO_DATE) sqlite3_bind_null(st, 1);
  else sqlite3_bind_int(st, 1, since);
  /* Ids already in the corpus: a store written before ids were made
   * unique at put time may repeat one; the later copy gets "#2", ... */
  sl_strmap ids;
  sl_strmap_init(&ids);
  sl_status out = SL_OK;
  for (size_t i = 0; i < c->arts.n && out == SL_OK; i++)
    if (sl_strmap_intern(&ids, c->arts.a[i].id, strlen(c->arts.a[i].id), NULL) == UINT32_MAX)
      out = sl_error_set(err, SL_ENOMEM, NULL, 0, "out of memory");
  int rc = SQLITE_DONE;
  while (out == SL_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
    sl_article_in a = {0};
    a.id = (const char *)sqlite3_column_text(st, 0);
    a.source = (const char *)sqlite3_column_text(st, 1);
    a.url = (const char *)sqlite3_column_text(st, 2);
    a.title = (const char *)sqlite3_column_text(st, 3);
    a.date = sqlite3_column_type(st, 4) == SQLITE_NULL ? SL_NO_DATE : sqlite3_column_int(st, 4);
    a.origin = (const char *)sqlite3_column_text(st, 5);
    a.text = (const char *)sqlite3_column_text(st, 6);
    a.len = (size_t)sqlite3_column_bytes(st, 6);
    char uniq[700];
    if (a.id && sl_strmap_get(&ids, a.id, strlen(a.id)) != UINT32_MAX) {
      size_t b = sl_id_base_len(a.id, strlen(a.id));
      if (b > 600) b = 600;
      for (unsigned k = 2;; k++) {
        snprintf(uniq, sizeof uniq, "%.*s#%u", (int)b, a.id, k);
        if (sl_strmap_get(&ids, uniq, strlen(uniq)) == UINT32_MAX) break;
      }
      sl_corpus_diag_add(c, SL_DIAG_WARNING, sqlite3_db_filename(s->db, "main"), 0,
                         "duplicate id '%s' in the store: loaded as '%s'", a.id, uniq);
      a.id = uniq;
    }
    size_t before = c->arts.n;
    sl_status r = sl_corpus_add(c, &a, NULL);
    if (r == SL_ENOMEM) {
      out = sl_error_set(err, SL_ENOMEM, NULL, 0, "out of memory");
      break;
    }
    if (c->arts.n > before) {
      c->arts.a[before].stored = true;
      const char *id = c->arts.a[before].id;
      if (sl_strmap_intern(&ids, id, strlen(id), NULL) == UINT32_MAX)
        out = sl_error_set(err, SL_ENOMEM, NULL, 0, "out of memory");
    }
  }
  if (out == SL_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    out = db_error(s->db, sqlite3_db_filename(s->db, "main"), err);
  sl_strmap_free(&ids);
  sqlite3_finalize(st);
  return out;
}

size_t sl_store_count(sl_store *s) {
  sqlite3_stmt *st = NULL;
  size_t n = 0;
  if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM articles", -1, &st, NULL) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    n = (size_t)sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return n;
}
