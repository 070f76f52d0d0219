/*
 * jsonwalk.c — tolerant readers of the digest JSON tree, shared by the
 * Markdown and HTML renderers.
 *
 * Those renderers are written from the JSON tree, not from the parts'
 * structs, so they stay decoupled from the summary, timeline and quotes
 * modules.  The parts own their JSON fields; these helpers accept the
 * usual spellings (a date under "date" or "day", credits under "outlets"
 * or "sources", as names, objects or article indices) so that a renamed
 * field degrades to a missing detail instead of a crash.
 *
 * Invariant: read-only on the tree; returned strings are borrowed from it.
 */
#include <string.h>

#include "render.h"

const char *sl_jw_str(const json_t *o, const char *const *keys) {
  if (!json_is_object(o)) return NULL;
  for (; *keys; keys++) {
    json_t *v = json_object_get(o, *keys);
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_object(v)) {
      static const char *const inner[] = {"name", "text", NULL};
      for (const char *const *k = inner; *k; k++) {
        json_t *w = json_object_get(v, *k);
        if (json_is_string(w)) return json_string_value(w);
      }
    }
  }
  return NULL;
}

json_t *sl_jw_arr(const json_t *o, const char *const *keys) {
  if (!json_is_object(o)) return NULL;
  for (; *keys; keys++) {
    json_t *v = json_object_get(o, *keys);
    if (json_is_array(v)) return v;
  }
  return NULL;
}

json_t *sl_jw_part(const json_t *root, const char *part, const char *const *keys) {
  json_t *p = json_object_get(root, part);
  if (json_is_array(p)) return p;
  return sl_jw_arr(p, keys);
}

/* Source name of article index k (its "index" field, else position k). */
static const char *article_source(const json_t *root, json_int_t k) {
  json_t *arts = json_object_get(root, "articles");
  size_t i;
  json_t *a;
  json_array_foreach(arts, i, a) {
    json_t *ix = json_object_get(a, "index");
    if (json_is_integer(ix) && json_integer_value(ix) == k)
      return json_string_value(json_object_get(a, "source"));
  }
  a = k >= 0 ? json_array_get(arts, (size_t)k) : NULL;
  return a ? json_string_value(json_object_get(a, "source")) : NULL;
}

size_t sl_jw_outlets(const json_t *root, const json_t *item, const char **out, size_t cap) {
  static const char *const keys[] = {"outlets", "sources", "articles", NULL};
  static const char *const names[] = {"source", "outlet", "name", NULL};
  json_t *arr = sl_jw_arr(item, keys);
  size_t n = 0, i;
  json_t *v;
  if (!arr) { /* one credit on the item itself: {"source": ...} or {"article": k} */
    const char *s = json_string_value(json_object_get(item, "source"));
    json_t *ix = json_object_get(item, "article");
    if (!s && json_is_integer(ix)) s = article_source(root, json_integer_value(ix));
    if (s && *s && cap) out[n++] = s;
    return n;
  }
  json_array_foreach(arr, i, v) {
    const char *s = NULL;
    if (json_is_string(v)) s = json_string_value(v);
    else if (json_is_object(v)) {
      s = sl_jw_str(v, names);
      json_t *ix = json_object_get(v, "article");
      if (!s && json_is_integer(ix)) s = article_source(root, json_integer_value(ix));
    } else if (json_is_integer(v)) s = article_source(root, json_integer_value(v));
    if (!s || !*s) continue;
    bool dup = false; /* one mention per outlet, first-credit order */
    for (size_t k = 0; k < n && !dup; k++) dup = strcmp(out[k], s) == 0;
    if (!dup && n < cap) out[n++] = s;
  }
  return n;
}

const char *sl_jw_title(const json_t *root) {
  json_t *first = json_array_get(json_object_get(root, "summary"), 0);
  json_t *ix = json_object_get(first, "article");
  if (!json_is_integer(ix)) return NULL;
  size_t i;
  json_t *a;
  json_array_foreach(json_object_get(root, "articles"), i, a) {
    if (json_integer_value(json_object_get(a, "index")) != json_integer_value(ix)) continue;
    const char *t = json_string_value(json_object_get(a, "title"));
    return t && *t ? t : NULL;
  }
  return NULL;
}

void sl_jw_attribution(sl_buf *b, const json_t *q, void (*text)(sl_buf *, const char *),
                       const char *open, const char *close) {
  const char *speaker = sl_jw_str(q, (const char *const[]){"speaker", "who", NULL});
  const char *cue = sl_jw_str(q, (const char *const[]){"cue", "verb", NULL});
  const char *venue = sl_jw_str(q, (const char *const[]){"venue", "addressee", NULL});
  if (speaker) {
    sl_buf_puts(b, open);
    text(b, speaker);
    sl_buf_puts(b, close);
  } else sl_buf_puts(b, "unattributed");
  if (cue) {
    sl_buf_puts(b, " (");
    text(b, cue);
    sl_buf_putc(b, ')');
  }
  if (venue) {
    sl_buf_puts(b, ", ");
    text(b, venue);
  }
}
