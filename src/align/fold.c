/*
 * fold.c — spelling variants that the stemmer does not merge: a small set
 * of general UK -> US orthographic rules applied to a lower-case word
 * before stemming (colour -> color, apologised -> apologized, centre ->
 * center, programme -> program, catalogue -> catalog, defence -> defense,
 * travelled -> traveled), and negation words.
 *
 * The rules are orthographic patterns, not a word list: each maps the
 * British form onto the American one, and a word that matches a pattern
 * without having a variant ("promise" -> "promize", "flour" -> "flor") is
 * folded the same way wherever it occurs, which is harmless — the folded
 * form is only ever compared with other folded forms.  The guards (letters
 * required before the pattern, no vowel before -ise) keep short common
 * words ("four", "hour", "rise", "raise") out.
 *
 * Invariant: pure functions of the input bytes; output never longer than
 * the input plus 2 bytes (-tred -> -tered).
 */
#include <string.h>

#include "align_int.h"

static bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
static bool is_vowel_y(char c) { return is_vowel(c) || c == 'y'; }

typedef struct suffix {
  const char *s; /* the suffix */
  size_t n;      /* its length */
} suffix;
#define SUF(x) {x, sizeof x - 1}

/* w[0..n) ends with suf; *at = where it starts.  The last byte is compared
 * first: most words fail there, which keeps the rule scan cheap. */
static bool ends_with(const char *w, size_t n, suffix suf, size_t *at) {
  if (suf.n > n) return false;
  for (size_t i = 1; i <= suf.n; i++)
    if (w[n - i] != suf.s[suf.n - i]) return false;
  *at = n - suf.n;
  return true;
}

/* Vowel groups in w[0..n): a rough syllable count. */
static int vowel_groups(const char *w, size_t n) {
  int g = 0;
  for (size_t i = 0; i < n; i++)
    if (is_vowel_y(w[i]) && (i == 0 || !is_vowel_y(w[i - 1]))) g++;
  return g;
}

/* out = w with byte `drop` removed. */
static size_t drop_byte(const char *w, size_t n, size_t drop, char *out) {
  memcpy(out, w, drop);
  memcpy(out + drop, w + drop + 1, n - drop - 1);
  return n - 1;
}

size_t sl_align_spell_fold(const char *w, size_t n, char *out) {
  size_t at;
  if (n < 4 || n > SL_AL_MAXTOK) return 0;
  char last = w[n - 1];
  if (last != 'e' && last != 's' && last != 'd' && last != 'g' && last != 'r' && last != 'n')
    goto our; /* every suffix rule ends in one of these letters */
  /* doubled l in an unstressed final syllable: travelled, cancelling,
     modeller (US travel(l)ed keeps one l); needs two vowel groups before */
  static const suffix ll[] = {SUF("llers"), SUF("lling"), SUF("ller"), SUF("lled")};
  for (size_t k = 0; k < SL_COUNTOF(ll); k++)
    if (ends_with(w, n, ll[k], &at) && at >= 3 && is_vowel(w[at - 1]) &&
        vowel_groups(w, at) >= 2)
      return drop_byte(w, n, at, out);
  /* -ise / -yse family -> -ize / -yze: organised, organisation, analysing */
  static const suffix ise[] = {SUF("isations"), SUF("isation"), SUF("isable"), SUF("isers"),
                               SUF("iser"),     SUF("ising"),   SUF("ised"),   SUF("ises"),
                               SUF("ise"),      SUF("ysing"),   SUF("ysed"),   SUF("yses"),
                               SUF("yser"),     SUF("yse")};
  for (size_t k = 0; k < SL_COUNTOF(ise); k++)
    if (ends_with(w, n, ise[k], &at) && at >= 2 && !is_vowel(w[at - 1])) {
      memcpy(out, w, n);
      out[at + 1] = 'z';
      return n;
    }
  /* -our- (checked last, below) */
  /* -tre/-bre/-gre (+s, +d) -> -ter/-ber/-ger: centre, fibres, centred */
  static const suffix re[] = {SUF("res"), SUF("red"), SUF("re")};
  for (size_t k = 0; k < SL_COUNTOF(re); k++)
    if (ends_with(w, n, re[k], &at) && at >= 3 &&
        (w[at - 1] == 't' || w[at - 1] == 'b' || w[at - 1] == 'g')) {
      memcpy(out, w, at);
      out[at] = 'e', out[at + 1] = 'r';
      size_t o = at + 2;
      if (k == 0) out[o++] = 's';
      else if (k == 1) out[o++] = 'e', out[o++] = 'd';
      return o;
    }
  /* -ogue -> -og: catalogue(s), dialogue (not rogue, vogue) */
  static const suffix og[] = {SUF("ogues"), SUF("ogued"), SUF("ogue")};
  for (size_t k = 0; k < SL_COUNTOF(og); k++)
    if (ends_with(w, n, og[k], &at) && at >= 2) {
      memcpy(out, w, at + 2);
      size_t o = at + 2;
      if (k == 0) out[o++] = 's';
      else if (k == 1) out[o++] = 'e', out[o++] = 'd';
      return o;
    }
  /* -mme -> -m: programme(s) */
  if ((ends_with(w, n, (suffix)SUF("mmes"), &at) || ends_with(w, n, (suffix)SUF("mme"), &at)) &&
      at >= 3) {
    memcpy(out, w, at + 1);
    size_t o = at + 1;
    if (w[n - 1] == 's') out[o++] = 's';
    return o;
  }
  /* -fence/-cence/-tence -> -ense: defence, licence(d), pretence */
  static const suffix en[] = {SUF("ences"), SUF("enced"), SUF("ence")};
  for (size_t k = 0; k < SL_COUNTOF(en); k++)
    if (ends_with(w, n, en[k], &at) && at >= 3 &&
        (w[at - 1] == 'f' || w[at - 1] == 'c' || w[at - 1] == 't')) {
      memcpy(out, w, n);
      out[at + 2] = 's';
      return n;
    }
our:
  /* -our- -> -or-: colour, honourable, favourite, behaviour (not four,
     hour, your, journal: one letter before) */
  for (size_t i = 2; i + 3 <= n; i++)
    if (w[i] == 'o' && w[i + 1] == 'u' && w[i + 2] == 'r' &&
        (!is_vowel_y(w[i - 1]) || w[i - 1] == 'i'))
      return drop_byte(w, n, i + 1, out);
  return 0;
}

bool sl_align_is_negation(const char *w, size_t n) {
  static const char *const neg[] = {"not",  "no",     "never",   "nor",     "neither",
                                    "none", "nobody", "nothing", "nowhere"};
  if (n >= 4 && w[n - 1] == 't' && w[n - 2] == '\'' && w[n - 3] == 'n') return true; /* -n't */
  if (n == 6 && memcmp(w, "cannot", 6) == 0) return true;
  if (n < 2 || w[0] != 'n') return false;
  for (size_t k = 0; k < SL_COUNTOF(neg); k++)
    if (strlen(neg[k]) == n && memcmp(w, neg[k], n) == 0) return true;
  return false;
}
