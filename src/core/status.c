/*
 * status.c — version, status strings, error filling, sl_free.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"

int sl_version(void) { return SL_VERSION; }
const char *sl_version_string(void) { return SL_VERSION_STRING; }

const char *sl_strerror(sl_status st) {
  switch (st) {
  case SL_OK: return "ok";
  case SL_ENOMEM: return "out of memory";
  case SL_EIO: return "input/output error";
  case SL_EINVAL: return "invalid argument";
  case SL_EFORMAT: return "bad input format";
  case SL_EEMPTY: return "no usable input";
  case SL_ENOTFOUND: return "not found";
  }
  return "unknown status";
}

void sl_free(void *p) { free(p); }

sl_status sl_error_set(sl_error *err, sl_status st, const char *file, long line, const char *fmt,
                       ...) {
  if (!err) return st;
  err->status = st;
  snprintf(err->file, sizeof err->file, "%s", file ? file : "");
  err->line = line;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  va_end(ap);
  return st;
}
