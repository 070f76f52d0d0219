/*
 * render.h — renderers.  All escaping lives in render/.  Each part of a
 * digest has its own file here (summary.c, timeline.c, quotes.c,
 * coverage.c) with a text renderer appending to an sl_buf and a JSON
 * renderer returning a new jansson value (NULL = part absent).
 */
#ifndef SL_RENDER_H
#define SL_RENDER_H

#include <jansson.h>

#include "../digest/digest.h"

/* ANSI styles, used only with SL_RENDER_COLOR. */
#define SL_ANSI_BOLD "\x1b[1m"
#define SL_ANSI_DIM "\x1b[2m"
#define SL_ANSI_CYAN "\x1b[36m"
#define SL_ANSI_RESET "\x1b[0m"

/** Appends `s` styled with `style` when colour is on. */
void sl_render_styled(sl_buf *b, int flags, const char *style, const char *s, size_t n);
/** Appends a heading line ("Summary", "Timeline", ...). */
void sl_render_heading(sl_buf *b, int flags, const char *title);
/** A JSON string for n bytes of valid UTF-8. */
json_t *sl_json_strn(const char *s, size_t n);
/** "YYYY-MM-DD" or JSON null. */
json_t *sl_json_date(int32_t day);

void sl_render_summary_text(sl_buf *b, const sl_digest *d, int flags);
json_t *sl_render_summary_json(const sl_digest *d);
void sl_render_timeline_text(sl_buf *b, const sl_digest *d, int flags);
json_t *sl_render_timeline_json(const sl_digest *d);
void sl_render_quotes_text(sl_buf *b, const sl_digest *d, int flags);
json_t *sl_render_quotes_json(const sl_digest *d);
void sl_render_coverage_text(sl_buf *b, const sl_digest *d, int flags);
json_t *sl_render_coverage_json(const sl_digest *d);

/* ---- whole-digest renderers (added by src/compare/ owner) -------------- */

/** The digest as a JSON tree: {storyloom, articles, summary?, timeline?,
 *  quotes?, coverage?} (docs/json-schema.md).  Caller json_decref()s it. */
json_t *sl_render_digest_json(const sl_digest *d);
/** Markdown and self-contained HTML, both written from that JSON tree so
 *  they follow whatever each part puts in its JSON (markdown.c, html.c). */
void sl_render_markdown(sl_buf *b, const json_t *root);
void sl_render_html(sl_buf *b, const json_t *root);
/** Appends s[0..n) escaped for HTML text and attribute values
 *  (& < > " ' become entities). */
void sl_html_escape(sl_buf *b, const char *s, size_t n);

/* Tolerant readers of the digest JSON tree (jsonwalk.c): parts owned by
 * other modules may name their fields a little differently. */

/** First string among o[keys[0]], o[keys[1]], ... (NULL-terminated list);
 *  an object value is read through its "name" or "text" key.  NULL if none. */
const char *sl_jw_str(const json_t *o, const char *const *keys);
/** First array among o[keys...]; NULL if none. */
json_t *sl_jw_arr(const json_t *o, const char *const *keys);
/** The list of a part: root[part] when it is an array, else the first array
 *  inside it under keys.  NULL when the part is absent. */
json_t *sl_jw_part(const json_t *root, const char *part, const char *const *keys);
/** A headline for the page: the title of the article the first summary
 *  sentence quotes (the summary's first pick is central to the story; the
 *  earliest article may be background), else NULL. */
const char *sl_jw_title(const json_t *root);
/** Distinct outlet names credited by item (its "outlets" or "sources":
 *  names, objects with a source/outlet/name, or article indices resolved
 *  through root.articles; without such an array, the item's own "source"
 *  or "article"), in order; at most cap, returns the count. */
size_t sl_jw_outlets(const json_t *root, const json_t *item, const char **out, size_t cap);
/** Appends the attribution of quotation q: `speaker (cue), venue`, the
 *  speaker between open and close ("unattributed" when there is none),
 *  each piece of text through `text` (the caller's escaping). */
void sl_jw_attribution(sl_buf *b, const json_t *q, void (*text)(sl_buf *, const char *),
                       const char *open, const char *close);

#endif
