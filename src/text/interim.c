/*
 * interim.c — INTERIM text pipeline so the rest of the library builds and
 * runs end to end.  To be replaced by the real modules of src/text/
 * (boilerplate.c, sentences.c, tokens.c, analyzer.c); it does the simplest
 * correct-by-construction thing and nothing more.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "text.h"

sl_status sl_text_paragraphs(const char *t, size_t n, sl_paravec *out) {
  size_t i = 0;
  while (i < n) {
    size_t e = i;
    while (e < n && t[e] != '\n') e++;
    size_t b = i, f = e;
    while (b < f && isspace((unsigned char)t[b])) b++;
    while (f > b && isspace((unsigned char)t[f - 1])) f--;
    if (f > b) {
      sl_para p = {{(uint32_t)b, (uint32_t)(f - b)}, SL_BP_NONE};
      if (!sl_vec_push(out, p)) return SL_ENOMEM;
    }
    i = e + 1;
  }
  return SL_OK;
}

sl_status sl_text_sentences(const char *t, sl_span para, sl_spanvec *out) {
  size_t b = para.off, end = para.off + para.len;
  for (size_t i = b; i < end; i++) {
    if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && i + 2 < end && t[i + 1] == ' ' &&
        isupper((unsigned char)t[i + 2])) {
      sl_span s = {(uint32_t)b, (uint32_t)(i + 1 - b)};
      if (!sl_vec_push(out, s)) return SL_ENOMEM;
      b = i + 2;
    }
  }
  if (end > b) {
    sl_span s = {(uint32_t)b, (uint32_t)(end - b)};
    if (!sl_vec_push(out, s)) return SL_ENOMEM;
  }
  return SL_OK;
}

sl_status sl_text_tokens(const char *t, sl_span sent, sl_tokvec *out) {
  size_t i = sent.off, end = sent.off + sent.len;
  while (i < end) {
    unsigned char c = (unsigned char)t[i];
    if (isspace(c)) {
      i++;
      continue;
    }
    size_t b = i;
    uint8_t kind;
    if (isalnum(c) || c >= 0x80) {
      while (i < end && (isalnum((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80)) i++;
      kind = isdigit(c) ? SL_TOK_NUM : SL_TOK_WORD;
    } else {
      i++;
      kind = c == '"' || c == '\'' ? SL_TOK_QUOTE : SL_TOK_PUNCT;
    }
    sl_token tk = {{(uint32_t)b, (uint32_t)(i - b)}, UINT32_MAX, kind,
                   (uint8_t)(isupper(c) ? SL_TF_CAP : 0)};
    if (!sl_vec_push(out, tk)) return SL_ENOMEM;
  }
  return SL_OK;
}

struct sl_analyzer {
  struct sb_stemmer *st;
  char buf[256];
};

sl_analyzer *sl_analyzer_new(const char *lang) {
  sl_analyzer *an = calloc(1, sizeof *an);
  if (!an) return NULL;
  an->st = sb_stemmer_new(lang ? lang : "english", "UTF_8");
  if (!an->st) {
    free(an);
    return NULL;
  }
  return an;
}

void sl_analyzer_free(sl_analyzer *an) {
  if (!an) return;
  sb_stemmer_delete(an->st);
  free(an);
}

const char *sl_analyzer_fold(sl_analyzer *an, const char *tok, size_t n, size_t *outlen) {
  if (n > sizeof an->buf - 1) n = sizeof an->buf - 1;
  for (size_t i = 0; i < n; i++) an->buf[i] = (char)tolower((unsigned char)tok[i]);
  an->buf[n] = '\0';
  *outlen = n;
  return an->buf;
}

const char *sl_analyzer_term(sl_analyzer *an, const char *tok, size_t n, size_t *outlen) {
  size_t fl;
  sl_analyzer_fold(an, tok, n, &fl);
  const sb_symbol *s = sb_stemmer_stem(an->st, (const sb_symbol *)an->buf, (int)fl);
  if (!s) {
    *outlen = fl;
    return an->buf;
  }
  *outlen = (size_t)sb_stemmer_length(an->st);
  return (const char *)s;
}

bool sl_text_is_stopword(const char *w, size_t n) {
  static const char *const stop[] = {"a", "an", "and", "the", "of", "to", "in", "is", "was",
                                     "he", "she", "it", "that", "for", "on", "with", "as", "at",
                                     "by", "i", "we", "they", "his", "her", "be", "but", "or"};
  for (size_t i = 0; i < SL_COUNTOF(stop); i++)
    if (strlen(stop[i]) == n && memcmp(stop[i], w, n) == 0) return true;
  return false;
}
