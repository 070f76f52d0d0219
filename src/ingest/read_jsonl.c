/*
 * read_jsonl.c — JSON Lines: one object per line with the fields id,
 * date, title, source, url and text (others ignored).  A line with a
 * "docs" array is a multi-document cluster (the eval/mds files): each
 * element is read as an article and the rest ("refs", "query") ignored.
 * An "articles" array (the one-line eval/tls/ files) is read the
 * same way; their "timelines" are ignored.
 *
 * Wrong types are tolerated where a sensible reading exists: a numeric id
 * or title becomes its decimal string, null means absent.  A line that is
 * not JSON, not an object, or has no "text" string is skipped with a
 * diagnostic naming the line; the following lines are still read.
 *
 * A JSON document spread over several lines (pretty-printed: a first line
 * that is just "{", or "[" followed by "{") is read whole instead: an
 * article object, an object with "docs"/"articles", or an array of
 * articles, whose ids default to "<file>[k]".
 *
 * Invariant: jansson sees only valid UTF-8 (the line is repaired first,
 * with a warning), so no valid article is lost to an encoding error.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "ingest.h"

/* A string field, or a number written in decimal into num; NULL for
 * null, absent or other types. */
static const char *field(json_t *o, const char *key, char *num, size_t cap) {
  json_t *v = json_object_get(o, key);
  if (json_is_string(v)) return json_string_value(v);
  if (json_is_integer(v)) {
    snprintf(num, cap, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
    return num;
  }
  if (json_is_real(v)) {
    snprintf(num, cap, "%.17g", json_real_value(v));
    return num;
  }
  return NULL;
}

/* Reads one article object.  k: 1-based position in a "docs" array, 0 for
 * a one-article line.  line: the input line, 0 inside a whole-file
 * document (whose ids are then "<file>[k]"). */
static sl_status one_doc(sl_reader *r, json_t *o, long line, size_t k) {
  char where[48] = "";
  if (k) snprintf(where, sizeof where, "document %zu: ", k);
  json_t *text = json_object_get(o, "text");
  if (!json_is_string(text)) {
    sl_ingest_bad_line(r, line, "%sno \"text\" string", where);
    return SL_EEMPTY;
  }
  char idnum[32], titlenum[32], suffix[48];
  sl_article_in a = {0};
  a.id = field(o, "id", idnum, sizeof idnum);
  a.title = field(o, "title", titlenum, sizeof titlenum);
  a.source = json_string_value(json_object_get(o, "source"));
  a.url = json_string_value(json_object_get(o, "url"));
  a.text = json_string_value(text);
  a.len = json_string_length(text);
  a.origin_line = line;
  a.date = SL_NO_DATE;
  json_t *d = json_object_get(o, "date");
  if (json_is_string(d)) {
    const char *s = json_string_value(d);
    size_t n = json_string_length(d);
    a.date = sl_date_parse(s, n);
    if (a.date == SL_NO_DATE && n)
      sl_ingest_diag(r, SL_DIAG_WARNING, line, "%sunreadable date '%.40s' ignored", where, s);
  } else if (d && !json_is_null(d)) {
    sl_ingest_diag(r, SL_DIAG_WARNING, line, "%sdate is not a \"YYYY-MM-DD\" string: ignored",
                   where);
  }
  if (!line && !k) suffix[0] = '\0';
  else if (!line) snprintf(suffix, sizeof suffix, "[%zu]", k);
  else if (k) snprintf(suffix, sizeof suffix, ":%ld.%zu", line, k);
  else snprintf(suffix, sizeof suffix, ":%ld", line);
  return sl_ingest_emit(r, &a, line, suffix);
}

/* Reads a parsed value: an article object, an object with a "docs" or
 * "articles" array, or (whole-file documents only) an array of articles. */
static sl_status read_value(sl_reader *r, json_t *root, long line) {
  json_t *docs = root;
  if (json_is_object(root)) {
    docs = json_object_get(root, "docs");
    if (!json_is_array(docs)) docs = json_object_get(root, "articles"); /* eval/tls/ files */
    if (!json_is_array(docs)) return one_doc(r, root, line, 0);
  } else if (!json_is_array(root) || line) {
    sl_ingest_bad_line(r, line, "not a JSON object");
    return SL_EEMPTY;
  }
  size_t k;
  json_t *doc;
  if (json_array_size(docs) == 0) sl_ingest_bad_line(r, line, "empty document array");
  json_array_foreach(docs, k, doc) {
    if (!json_is_object(doc)) {
      sl_ingest_bad_line(r, line, "document %zu: not a JSON object", k + 1);
      continue;
    }
    if (one_doc(r, doc, line, k + 1) == SL_ENOMEM) return SL_ENOMEM;
  }
  return SL_OK;
}

/* Repairs p[0..n) into r->work when it is not valid UTF-8, warning at
 * `line` plus the line of the first bad sequence minus one.  Returns the
 * text to parse in *p, *n; false when out of memory. */
static bool repair(sl_reader *r, const char **p, size_t *n, long line, bool multiline) {
  if (sl_utf8_valid(*p, *n)) return true;
  size_t nbad = 0;
  long bl = 1;
  r->work.len = 0;
  if (*n > SIZE_MAX / 4 || !sl_buf_reserve(&r->work, 3 * *n + 1)) return false;
  *n = sl_utf8_repair(*p, *n, r->work.p, &nbad, &bl);
  *p = r->work.p;
  sl_ingest_diag(r, SL_DIAG_WARNING, multiline ? line + bl - 1 : line,
                 "invalid UTF-8 repaired (%zu sequence%s replaced by U+FFFD)", nbad,
                 nbad == 1 ? "" : "s");
  return true;
}

sl_status sl_read_jsonl_line(sl_reader *r, const char *p, size_t n, long line) {
  if (!repair(r, &p, &n, line, false)) return SL_ENOMEM;
  json_error_t je;
  json_t *root = json_loadb(p, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
  if (!root) {
    if (json_error_code(&je) == json_error_out_of_memory) return SL_ENOMEM;
    sl_ingest_bad_line(r, line, "malformed JSON at column %d: %s", je.column, je.text);
    return SL_EEMPTY;
  }
  sl_status st = read_value(r, root, line);
  json_decref(root);
  return st;
}

sl_status sl_read_json_doc(sl_reader *r, const char *t, size_t n, long line) {
  if (!repair(r, &t, &n, line, true)) return SL_ENOMEM;
  json_error_t je;
  json_t *root = json_loadb(t, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
  if (!root) {
    if (json_error_code(&je) == json_error_out_of_memory) return SL_ENOMEM;
    sl_ingest_diag(r, SL_DIAG_SKIPPED, line + je.line - 1, "malformed JSON at column %d: %s",
                   je.column, je.text);
    return SL_EEMPTY;
  }
  sl_status st = read_value(r, root, 0);
  json_decref(root);
  return st;
}
