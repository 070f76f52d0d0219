/*
 * porter.c — Porter's suffix-stripping algorithm (M.F. Porter, "An
 * algorithm for suffix stripping", Program 14(3), 1980) in the variant
 * that ROUGE-1.5.5 uses, written from the published rules:
 *
 *  - the measure tests are the regular expressions of the reference Perl
 *    formulation ([C](VC){m}[V] with c = [^aeiou], v = [aeiouy],
 *    C = c[^aeiouy]*, V = v[aeiou]*), so a 'y' after a consonant counts as
 *    a vowel and an initial 'y' is treated as a consonant ('Y');
 *  - step 2 uses "bli" -> "ble" and "logi" -> "log" (the 1980 paper's
 *    published corrections) instead of "abli" -> "able";
 *  - step 4 (ROUGE's change of 2004-02-14) tries the suffix list without
 *    "ment"/"ent", then "ment", then "ent" or "(s|t)ion", each on the
 *    result of the previous test.
 *
 * Invariant: every test below is an exact regular-expression match, done
 * by a tiny NFA over at most 12 atoms, so the run time is linear in the
 * word length and no backtracking subtlety can differ from a regex engine.
 */
#include "porter.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* Character classes of the measure patterns. */
enum { K_c, K_O, K_v, K_A, K_X };

static bool is_aeiou(unsigned char ch) {
  return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

static bool in_class(int k, unsigned char ch) {
  switch (k) {
    case K_c: return !is_aeiou(ch);                           /* [^aeiou] */
    case K_O: return !is_aeiou(ch) && ch != 'y';              /* [^aeiouy] */
    case K_v: return is_aeiou(ch) || ch == 'y';               /* [aeiouy] */
    case K_A: return is_aeiou(ch);                            /* [aeiou] */
    default: return !is_aeiou(ch) && ch != 'w' && ch != 'x' && ch != 'y'; /* [^aeiouwxy] */
  }
}

/* One pattern: a sequence of atoms (a class, optionally starred) plus
 * epsilon edges for the optional groups "(C)?" and "(V)?". */
typedef struct pat {
  int n;                 /* atoms */
  int8_t cls[12];        /* class of each atom */
  bool star[12];         /* atom repeats 0..inf times */
  int8_t eps[2][2];      /* extra epsilon edges from -> to (-1 unused) */
  bool anchored_end;     /* pattern ends with '$' */
} pat;

/* (C)? V C            : m > 0 */
static const pat P_MGR0 = {6, {K_c, K_O, K_v, K_A, K_c, K_O}, {0, 1, 0, 1, 0, 1},
                           {{0, 2}, {-1, -1}}, false};
/* (C)? V C (V)? $     : m == 1 */
static const pat P_MEQ1 = {8, {K_c, K_O, K_v, K_A, K_c, K_O, K_v, K_A}, {0, 1, 0, 1, 0, 1, 0, 1},
                           {{0, 2}, {6, 8}}, true};
/* (C)? V C V C        : m > 1 */
static const pat P_MGR1 = {10, {K_c, K_O, K_v, K_A, K_c, K_O, K_v, K_A, K_c, K_O},
                           {0, 1, 0, 1, 0, 1, 0, 1, 0, 1}, {{0, 2}, {-1, -1}}, false};
/* (C)? v              : the stem contains a vowel */
static const pat P_VOWEL = {3, {K_c, K_O, K_v}, {0, 1, 0}, {{0, 2}, {-1, -1}}, false};
/* C v [^aeiouwxy] $   : ends consonant-vowel-consonant (not w, x, y) */
static const pat P_CVC = {4, {K_c, K_O, K_v, K_X}, {0, 1, 0, 0}, {{-1, -1}, {-1, -1}}, true};

static uint32_t closure(const pat *p, uint32_t set) {
  for (;;) {
    uint32_t before = set;
    for (int i = 0; i < p->n; i++)
      if ((set >> i & 1) && p->star[i]) set |= 1u << (i + 1);
    for (int e = 0; e < 2; e++)
      if (p->eps[e][0] >= 0 && (set >> p->eps[e][0] & 1)) set |= 1u << p->eps[e][1];
    if (set == before) return set;
  }
}

/* True when the pattern (anchored at the start) matches w[0..len). */
static bool match(const pat *p, const char *w, size_t len) {
  uint32_t acc = 1u << p->n, set = closure(p, 1u);
  for (size_t k = 0; k < len; k++) {
    if (!p->anchored_end && (set & acc)) return true;
    uint32_t next = 0;
    for (int i = 0; i < p->n; i++) {
      if (!(set >> i & 1) || !in_class(p->cls[i], (unsigned char)w[k])) continue;
      next |= p->star[i] ? 1u << i : 1u << (i + 1);
    }
    set = closure(p, next);
    if (!set) return false;
  }
  return (set & acc) != 0;
}

static bool ends(const char *w, size_t len, const char *suf) {
  size_t n = strlen(suf);
  return n <= len && memcmp(w + len - n, suf, n) == 0;
}

/* A suffix rule list: the longest listed suffix that ends the word is the
 * one a leftmost regex alternation finds. */
typedef struct rule { const char *suf, *rep; } rule;

static const rule STEP2[] = {
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"},    {NULL, NULL}};
static const rule STEP3[] = {{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
                             {"ical", "ic"},  {"ful", ""},   {"ness", ""},    {NULL, NULL}};
static const rule STEP4[] = {{"al", ""},  {"ance", ""}, {"ence", ""}, {"er", ""},  {"ic", ""},
                             {"able", ""}, {"ible", ""}, {"ant", ""},  {"ement", ""}, {"ou", ""},
                             {"ism", ""}, {"ate", ""},  {"iti", ""},  {"ous", ""}, {"ive", ""},
                             {"ize", ""}, {NULL, NULL}};

static const rule *longest(const rule *r, const char *w, size_t len) {
  const rule *best = NULL;
  for (; r->suf; r++)
    if (ends(w, len, r->suf) && (!best || strlen(r->suf) > strlen(best->suf))) best = r;
  return best;
}

/* Replaces the matched suffix by its replacement when the stem before it
 * satisfies `cond`; returns the new length. */
static size_t apply(const rule *r, const pat *cond, char *w, size_t len) {
  if (!r) return len;
  size_t stem = len - strlen(r->suf);
  if (!match(cond, w, stem)) return len;
  size_t n = strlen(r->rep);
  memcpy(w + stem, r->rep, n);
  return stem + n;
}

size_t sl_porter_stem(char *w, size_t len) {
  if (len < 3) return len;
  bool first_y = w[0] == 'y';
  if (first_y) w[0] = 'Y'; /* an initial y is a consonant */

  /* Step 1a: plurals. */
  if (ends(w, len, "sses") || ends(w, len, "ies"))
    len -= 2;
  else if (len >= 2 && w[len - 1] == 's' && w[len - 2] != 's')
    len -= 1;

  /* Step 1b: -eed, -ed, -ing. */
  if (ends(w, len, "eed")) {
    if (match(&P_MGR0, w, len - 3)) len -= 1;
  } else if (ends(w, len, "ed") || ends(w, len, "ing")) {
    size_t stem = len - (w[len - 1] == 'd' ? 2 : 3);
    if (match(&P_VOWEL, w, stem)) {
      len = stem;
      if (ends(w, len, "at") || ends(w, len, "bl") || ends(w, len, "iz")) {
        w[len++] = 'e';
      } else if (len >= 2 && w[len - 1] == w[len - 2] && !strchr("aeiouylsz", w[len - 1])) {
        len -= 1;
      } else if (match(&P_CVC, w, len)) {
        w[len++] = 'e';
      }
    }
  }

  /* Step 1c: y -> i after a vowel-bearing stem. */
  if (len >= 1 && w[len - 1] == 'y' && match(&P_VOWEL, w, len - 1)) w[len - 1] = 'i';

  /* Steps 2 and 3: double and single suffixes, m > 0. */
  len = apply(longest(STEP2, w, len), &P_MGR0, w, len);
  len = apply(longest(STEP3, w, len), &P_MGR0, w, len);

  /* Step 4 (ROUGE variant): m > 1. */
  len = apply(longest(STEP4, w, len), &P_MGR1, w, len);
  if (ends(w, len, "ment") && match(&P_MGR1, w, len - 4)) len -= 4;
  if (ends(w, len, "ent")) {
    if (match(&P_MGR1, w, len - 3)) len -= 3;
  } else if (ends(w, len, "sion") || ends(w, len, "tion")) {
    if (match(&P_MGR1, w, len - 3)) len -= 3;
  }

  /* Step 5: final -e and -ll. */
  if (ends(w, len, "e")) {
    size_t stem = len - 1;
    if (match(&P_MGR1, w, stem) || (match(&P_MEQ1, w, stem) && !match(&P_CVC, w, stem))) len = stem;
  }
  if (ends(w, len, "ll") && match(&P_MGR1, w, len)) len -= 1;

  if (first_y && len > 0 && w[0] == 'Y') w[0] = 'y';
  return len;
}
