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

#endif
