/* quotes.c — INTERIM: the quotes part renders nothing until its module lands. */
#include "render.h"

void sl_render_quotes_text(sl_buf *b, const sl_digest *d, int flags) { (void)b, (void)d, (void)flags; }
json_t *sl_render_quotes_json(const sl_digest *d) { (void)d; return NULL; }
