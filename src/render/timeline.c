/* timeline.c — INTERIM: the timeline part renders nothing until its module lands. */
#include "render.h"

void sl_render_timeline_text(sl_buf *b, const sl_digest *d, int flags) { (void)b, (void)d, (void)flags; }
json_t *sl_render_timeline_json(const sl_digest *d) { (void)d; return NULL; }
