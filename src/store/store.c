/*
 * store.c — SQLite persistence of articles for incremental use.
 *
 * `storyloom ingest --db news.db PATH...` adds articles to the store;
 * `--db news.db` on a reading command loads them back into a corpus, so a
 * newsroom can feed a day at a time and digest or cluster the whole.
 * Invariant: an article is stored once per (id, content hash); re-ingesting
 * the same file adds nothing.  Only original fields are stored (text as
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
    "CREATE INDEX IF NOT EXISTS articles_date ON articles(date);";

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

sl_status sl_store_put(sl_store *s, const sl_corpus *c, size_t *added, sl_error *err) {
  SL_API_CHECK(s && c);
  size_t n = 0;
  sqlite3_stmt *st = NULL;
  const char *sql =
      "INSERT OR IGNORE INTO articles(id,hash,source,url,title,date,origin,text)"
      " VALUES(?,?,?,?,?,?,?,?)";
  if (sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
    goto fail;
  for (size_t i = 0; i < c->arts.n; i++) {
    const sl_art *a = &c->arts.a[i];
    sqlite3_bind_text(st, 1, a->id, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)(sl_hash(a->text, a->len, 0) >> 1));
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
  if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) goto fail_nost;
  if (added) *added = n;
  return SL_OK;
fail:
  sqlite3_finalize(st);
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
  int rc;
  sl_status out = SL_OK;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    sl_article_in a = {0};
    a.id = (const char *)sqlite3_column_text(st, 0);
    a.source = (const char *)sqlite3_column_text(st, 1);
    a.url = (const char *)sqlite3_column_text(st, 2);
    a.title = (const char *)sqlite3_column_text(st, 3);
    a.date = sqlite3_column_type(st, 4) == SQLITE_NULL ? SL_NO_DATE : sqlite3_column_int(st, 4);
    a.origin = (const char *)sqlite3_column_text(st, 5);
    a.text = (const char *)sqlite3_column_text(st, 6);
    a.len = (size_t)sqlite3_column_bytes(st, 6);
    sl_status r = sl_corpus_add(c, &a, NULL);
    if (r == SL_ENOMEM) {
      out = sl_error_set(err, SL_ENOMEM, NULL, 0, "out of memory");
      break;
    }
  }
  if (out == SL_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    out = db_error(s->db, sqlite3_db_filename(s->db, "main"), err);
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
