/*
 * porter.h — the Porter (1980) suffix-stripping stemmer exactly as
 * ROUGE-1.5.5 runs it (internal to src/eval/).
 *
 * Invariant: sl_porter_stem() is a pure function of its input bytes; it
 * never reads outside w[0..len) and writes at most len+1 bytes.
 */
#ifndef SL_EVAL_PORTER_H
#define SL_EVAL_PORTER_H

#include <stddef.h>

/* Stems the lower-case ASCII word w[0..len) in place and returns the new
 * length.  w must have room for len+1 bytes (step 1b may append an 'e').
 * Words shorter than 3 bytes are returned unchanged. */
size_t sl_porter_stem(char *w, size_t len);

#endif
