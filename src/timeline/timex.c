/*
 * timex.c — tags temporal expressions in English news text and normalises
 * them to TIMEX3 values (Pustejovsky et al. 2003; TimeML guidelines),
 * resolving relative ones against the publication date, in the spirit of
 * HeidelTime's rule-based "news" mode (Strötgen & Gertz 2013).
 *
 * The text is cut into light tokens (ASCII words, numbers with inner
 * , . / -, single punctuation marks, other UTF-8 sequences).  At each token
 * the rules below are tried in order; the first that matches consumes its
 * tokens.  Every rule is a small hand-written function; the deliberate
 * choices (bare weekday = the last one on or before publication unless the
 * sentence speaks of the future, "May" the month vs the verb, a month word
 * that is a person's name ("April Dunne"), "2,018 people", four-digit clock
 * times and live-blog stamps ("1930 GMT", "1905 : ..."), seasons, fiscal
 * years, decades) are documented in docs/timeline.md.
 *
 * Invariant: expressions are emitted in text order, never overlap, and
 * their spans lie inside [0, len).  Time linear in len.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

#include "timeline.h"

/* ---- tokens ------------------------------------------------------------ */

enum { TK_WORD = 1, TK_NUM, TK_PUNCT, TK_OTHER };

typedef struct tk {
  uint32_t off, len; /* bytes in the text */
  uint8_t kind;      /* TK_* */
  uint8_t cap;       /* first letter uppercase (words) */
  uint8_t ndig;      /* digits in a pure number (0 if it has separators) */
  uint8_t nl;        /* a line break precedes it */
  int32_t num;       /* value of a pure number (digits, optional suffix), else -1 */
  char suf[4];       /* lowercase letter suffix of a number ("th", "s"), "" if none */
  char lw[16];       /* lowercase form (words, truncated), "" for others */
} tk;

typedef SL_VEC(tk) tkvec;

static bool trigger(const tk *k) {
  if (k->kind == TK_NUM) return true;
  if (k->kind == TK_PUNCT) return k->lw[0] == '\'' || k->lw[0] == '`';
  if (k->kind == TK_OTHER) return !strcmp(k->lw, "\xE2\x80\x99") || !strcmp(k->lw, "\xE2\x80\x98");
  return false; /* words: see TRIGGERS */
}

static bool is_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Cuts t[0..n) into tokens.  false on OOM. */
static bool lex(const char *t, size_t n, tkvec *out) {
  size_t i = 0;
  bool nl = false;
  out->n = 0;
  while (i < n) {
    unsigned char c = (unsigned char)t[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      nl = nl || c == '\n' || c == '\r';
      i++;
      continue;
    }
    tk k;
    memset(&k, 0, sizeof k);
    k.off = (uint32_t)i;
    k.nl = nl;
    nl = false;
    k.num = -1;
    size_t j = i;
    if (is_alpha(c)) {
      /* letters with inner apostrophes ("o'clock") */
      while (j < n && (is_alpha((unsigned char)t[j]) ||
                       (t[j] == '\'' && j + 1 < n && is_alpha((unsigned char)t[j + 1]) && j > i &&
                        /* the possessive "'s" is not part of the word ("year's") */
                        !((t[j + 1] == 's' || t[j + 1] == 'S') &&
                          (j + 2 >= n || !is_alpha((unsigned char)t[j + 2]))))))
        j++;
      k.kind = TK_WORD;
      k.cap = c >= 'A' && c <= 'Z';
      size_t m = SL_MIN(j - i, sizeof k.lw - 1);
      for (size_t x = 0; x < m; x++) k.lw[x] = (char)tolower((unsigned char)t[i + x]);
      if (j - i > sizeof k.lw - 1) k.lw[sizeof k.lw - 2] = '~'; /* long word: never a keyword */
    } else if (is_digit(c)) {
      bool pure = true;
      while (j < n) {
        if (is_digit((unsigned char)t[j])) j++;
        else if ((t[j] == ',' || t[j] == '.' || t[j] == '/' || t[j] == '-' || t[j] == ':') &&
                 j + 1 < n && is_digit((unsigned char)t[j + 1]))
          j++, pure = false;
        else break;
      }
      size_t d = j;
      while (j < n && is_alpha((unsigned char)t[j]) && j - d < 3) j++;
      if (j < n && is_alpha((unsigned char)t[j])) { /* "3D-printed", "10km": not a date number */
        while (j < n && is_alpha((unsigned char)t[j])) j++;
        pure = false;
        d = j;
      }
      k.kind = TK_NUM;
      if (pure && d - i <= 9) {
        int32_t v = 0;
        for (size_t x = i; x < d; x++) v = v * 10 + (t[x] - '0');
        k.num = v;
        k.ndig = (uint8_t)(d - i);
        for (size_t x = d; x < j; x++) k.suf[x - d] = (char)tolower((unsigned char)t[x]);
      }
    } else if (c < 0x80) {
      j = i + 1;
      k.kind = TK_PUNCT;
      k.lw[0] = (char)c;
    } else {
      j = i + 1;
      while (j < n && ((unsigned char)t[j] & 0xC0) == 0x80) j++;
      k.kind = TK_OTHER;
      size_t m = SL_MIN(j - i, sizeof k.lw - 1);
      memcpy(k.lw, t + i, m);
    }
    k.len = (uint32_t)(j - i);
    if (!sl_vec_push(out, k)) return false;
    i = j;
  }
  return true;
}

/* ---- lexicons ---------------------------------------------------------- */

static int lookup(const char *w, const char *const *list) {
  for (int i = 0; list[i]; i++)
    if (list[i][0] == w[0] && !strcmp(w, list[i])) return i;
  return -1;
}

/* Words at which some rule can start (numbers and apostrophes too); every
 * other token is skipped without trying the rules. */
static const char *const TRIGGERS[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "last", "past", "next", "coming", "this", "previous", "earlier", "later",
    "the", "that", "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly",
    "today", "tonight", "yesterday", "tomorrow", "now", "currently", "nowadays", "recently",
    "fiscal", "spring", "summer", "autumn", "fall", "winter", "first", "second", "third",
    "fourth", "a", "an", "several", "few", "many", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety", "zero", "minutes", "hours", "days", "weeks", "months", "years",
    "decades", "centuries", "quarterly", NULL};

static bool trigger_word(const tk *k) { return k->kind == TK_WORD && lookup(k->lw, TRIGGERS) >= 0; }

static const char *const MONTHS[] = {"january", "february", "march",     "april",   "may",
                                     "june",    "july",     "august",    "september", "october",
                                     "november", "december", NULL};
static const char *const MONTH_ABBR[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                         "aug", "sep", "oct", "nov", "dec", NULL};
static const char *const WEEKDAYS[] = {"monday", "tuesday",  "wednesday", "thursday",
                                       "friday", "saturday", "sunday",    NULL};
static const char *const NUMBERS[] = {"zero",    "one",     "two",       "three",    "four",
                                      "five",    "six",     "seven",     "eight",    "nine",
                                      "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                                      "twenty",  NULL};
static const char *const ORDINALS[] = {"zeroth", "first", "second", "third", "fourth", NULL};
static const char *const PARTS_OF_DAY[] = {"morning", "afternoon", "evening", "night", NULL};
static const char *const POD_CODE[] = {"TMO", "TAF", "TEV", "TNI"};
static const char *const SEASONS[] = {"spring", "summer", "autumn", "fall", "winter", NULL};
static const char *const SEASON_CODE[] = {"SP", "SU", "FA", "FA", "WI"};

/* Units of durations and relative offsets. */
enum { U_NONE = -1, U_MINUTE, U_HOUR, U_DAY, U_WEEK, U_MONTH, U_YEAR, U_DECADE, U_CENTURY };

static const char *const UNIT_ONE[] = {"minute", "hour", "day", "week", "month", "year", "decade",
                                       "century", NULL};
static const char *const UNIT_MANY[] = {"minutes", "hours", "days", "weeks", "months", "years",
                                        "decades", "centuries", NULL};

static int unit_of(const char *w) {
  int u = lookup(w, UNIT_ONE);
  return u >= 0 ? u : lookup(w, UNIT_MANY);
}

static bool unit_plural(const char *w) {
  size_t n = strlen(w);
  return n > 1 && w[n - 1] == 's';
}

/* Tense around an expression: +1 future, -1 past, 0 unknown.  The nearest
 * cue in the same clause wins, looking back first, then ahead (at most
 * TENSE_WINDOW tokens; a clause ends at . ; : or a conjunction). */
#define TENSE_WINDOW 10

/* Whether the noun-or-verb word at i ("plan", "hopes", "aims") is a verb:
 * not after a determiner or possessive ("the plan", "a plan", "its hopes",
 * "BP's plans", "new plans"), which make it a noun naming the plan, not a
 * future event: "The plan in March gave …" is past.  "planning" counts only
 * as a verb group ("is planning", "planning to"). */
static bool verb_cue(const tk *k, size_t n, size_t i) {
  static const char *const det[] = {"the", "a", "an", "its", "his", "her", "their", "our",
                                    "my", "your", "this", "that", "these", "those", "s",
                                    "no", "any", "every", "each", "new", "whose", NULL};
  static const char *const aux[] = {"is", "are", "am", "was", "were", "be", "been", NULL};
  bool prev = i > 0 && k[i - 1].kind == TK_WORD;
  if (!strcmp(k[i].lw, "planning"))
    return (i + 1 < n && !strcmp(k[i + 1].lw, "to")) || (prev && lookup(k[i - 1].lw, aux) >= 0);
  if (prev && lookup(k[i - 1].lw, det) >= 0) return false;
  size_t len = strlen(k[i].lw);
  if (k[i].lw[len - 1] == 's') return true; /* "BP plans", "he hopes" */
  /* the bare form is a verb after a pronoun, modal or "to" ("we plan", "will
     aim", "to hope") or before "to"; else a noun ("the drilling plan") */
  static const char *const subj[] = {"i", "we", "you", "they", "to", "will", "would", "may",
                                     "might", "can", "could", "should", "must", "not", NULL};
  if (i + 1 < n && !strcmp(k[i + 1].lw, "to")) return true;
  return prev && lookup(k[i - 1].lw, subj) >= 0;
}

/* A regular past form: "-ed" ("closed", not "need", "speed"). */
static bool ed_form(const char *w) {
  size_t len = strlen(w);
  if (len == 4 && !strcmp(w + 1, "ied")) return true; /* died, lied, tied */
  return len > 4 && w[len - 2] == 'e' && w[len - 1] == 'd' && strcmp(w, "need") &&
         strcmp(w, "indeed") && strcmp(w, "speed") && strcmp(w, "hundred");
}

/* Whether a past participle follows "have" at j ("been", "killed", "won",
 * "seen"), after at most one adverb ("may have first infected"). */
static bool perfect_at(const tk *k, size_t n, size_t j) {
  static const char *const adv[] = {"already", "first", "not", "never", "also", "just",
                                    "probably", "likely", "easily", "well", NULL};
  static const char *const part[] = {
      "been", "had", "said", "told", "hit", "met", "held", "made", "left", "found", "got",
      "paid", "sent", "set", "put", "cut", "led", "won", "lost", "struck", "sold", "bought",
      "seen", "done", "gone", "taken", "given", "known", "shown", "written", "begun", "fallen",
      "risen", "broken", "chosen", "spoken", "driven", "stolen", "grown", "thrown", "flown",
      "drawn", "come", "become", "run", "brought", "kept", "caught", "felt", "heard", "meant",
      "thought", "died", NULL};
  if (j < n && k[j].kind == TK_WORD) {
    size_t len = strlen(k[j].lw);
    if (lookup(k[j].lw, adv) >= 0 || (len > 4 && !strcmp(k[j].lw + len - 2, "ly"))) j++;
  }
  return j < n && k[j].kind == TK_WORD && (lookup(k[j].lw, part) >= 0 || ed_form(k[j].lw));
}

static int cue_at(const tk *k, size_t n, size_t i) {
  static const char *const fut[] = {"will", "shall", "upcoming", "planned", "scheduled",
                                    "slated", "tomorrow", "intends", "intend", "await", "awaits",
                                    "would", "expect", "expects", "forecast", "may", "might",
                                    "can", "cannot", "must", "should", NULL};
  /* nouns as often as verbs ("the plan in March", "its hopes"): a future cue
     only in verb position, see verb_cue() */
  static const char *const fut_nv[] = {"plan", "plans", "planning", "aim", "aims", "hope",
                                       "hopes", NULL};
  static const char *const past[] = {"was", "were", "had", "did", "said", "told", "hit", "met",
                                     "held", "made", "took", "gave", "left", "began", "came",
                                     "went", "saw", "won", "lost", "struck", "fell", "rose",
                                     "ago", "paid", "sent", "set", "put", "cut", "led", "ran",
                                     "spoke", "wrote", "sold", "bought", "found", "got", "shot",
                                     "killed", "yesterday", "earlier", NULL};
  if (k[i].kind != TK_WORD) return 0;
  const char *w = k[i].lw;
  /* a modal with the perfect speaks of the past: "may have been killed by
     Tuesday's quake", "would have won Friday"; not "may have to close",
     "should have a debate on Friday" */
  static const char *const modal[] = {"would", "may", "might", "must", "should", "could",
                                      "can", NULL};
  if (lookup(w, modal) >= 0 && i + 1 < n && !strcmp(k[i + 1].lw, "have") &&
      perfect_at(k, n, i + 2))
    return (w[0] == 'm' && k[i].cap) ? 0 : -1;
  /* negations: "won't", "wouldn't", "didn't"; the treebank's "wo n't", "ca n't";
     a curly apostrophe splits "won’t" into "won" ’ "t" (not the past "won") */
  char base[16];
  size_t wl = strlen(w);
  base[0] = 0;
  if (wl > 3 && !strcmp(w + wl - 3, "n't")) {
    memcpy(base, w, wl - 3), base[wl - 3] = 0;
  } else if (i + 1 < n && !strcmp(k[i + 1].lw, "n't")) {
    memcpy(base, w, wl + 1);
  } else if (wl > 1 && w[wl - 1] == 'n' && i + 2 < n && k[i + 1].kind == TK_OTHER &&
             !strcmp(k[i + 1].lw, "\xE2\x80\x99") && !strcmp(k[i + 2].lw, "t")) {
    memcpy(base, w, wl - 1), base[wl - 1] = 0;
  }
  if (base[0]) {
    if (!strcmp(base, "wo") || !strcmp(base, "ca") || !strcmp(base, "sha")) return 1;
    if (lookup(base, fut) >= 0) return 1;
    if (lookup(base, past) >= 0) return -1;
    if (!strcmp(base, "could")) return 0;
  }
  if (lookup(w, fut) >= 0) return (w[0] == 'm' && k[i].cap) ? 0 : 1; /* "May" may be the month */
  if (lookup(w, fut_nv) >= 0) return verb_cue(k, n, i) ? 1 : 0;
  if (!strcmp(w, "ll") && i > 0 && k[i - 1].lw[0] == '\'') return 1;
  if ((!strcmp(w, "expected") || !strcmp(w, "going")) && i + 1 < n && !strcmp(k[i + 1].lw, "to"))
    return 1;
  /* a schedule: "due Friday", "due to vote", "set to vote", "set for Monday";
     not a cause: "due to the storm", "due to H1N1", "due to its cost" */
  if (!strcmp(w, "due")) {
    static const char *const det[] = {"the", "a", "an", "its", "his", "her", "their", "our",
                                      "my", "your", "this", "that", "these", "those", "some",
                                      NULL};
    if (i + 2 < n && !strcmp(k[i + 1].lw, "to") &&
        (lookup(k[i + 2].lw, det) >= 0 || k[i + 2].cap || k[i + 2].kind == TK_NUM))
      return 0;
    return 1;
  }
  if (!strcmp(w, "set") && i + 1 < n && (!strcmp(k[i + 1].lw, "to") || !strcmp(k[i + 1].lw, "for")))
    return 1;
  /* "is to choose", "are to meet": an arrangement, so the future */
  if ((!strcmp(w, "is") || !strcmp(w, "are")) && i + 1 < n && !strcmp(k[i + 1].lw, "to"))
    return 1;
  if (lookup(w, past) >= 0) return -1;
  /* "-ed" after a hyphen ends a compound adjective ("color-coded",
     "state-owned", "long-awaited"), no verb */
  if (ed_form(w) && !(i > 0 && k[i - 1].kind == TK_PUNCT && k[i - 1].lw[0] == '-' &&
                      k[i - 1].off + 1 == k[i].off && i > 1 && k[i - 2].kind == TK_WORD &&
                      k[i - 2].off + k[i - 2].len == k[i - 1].off))
    return -1;
  return 0;
}

static bool clause_break(const tk *k) {
  static const char *const conj[] = {"and", "but", "while", "that", "which", "who", "because",
                                     "although", "when", NULL};
  if (k->kind == TK_PUNCT) return k->lw[0] == '.' || k->lw[0] == ';' || k->lw[0] == ':';
  return k->kind == TK_WORD && lookup(k->lw, conj) >= 0;
}

/* A word that opens a new clause's subject after "and": a determiner or a
 * pronoun. */
static bool new_subject(const tk *k) {
  static const char *const w[] = {"the", "a", "an", "this", "that", "these", "those", "it",
                                  "he", "she", "they", "we", "i", "you", "there", "his", "her",
                                  "its", "their", "our", "my", "your", "then", "now", NULL};
  return lookup(k->lw, w) >= 0;
}

/* A past form no modal can govern ("will was" is no English): it heads its
 * own verb group. */
static bool is_finite_past(const tk *k) {
  return k->kind == TK_WORD && (!strcmp(k->lw, "was") || !strcmp(k->lw, "were") ||
                                !strcmp(k->lw, "did"));
}

/* cache[i]: 0 not computed, else 1 + (cue + 1) + 4 * clause_break. */
static int cached_cue(const tk *k, size_t n, size_t i, uint8_t *cache, bool *brk) {
  if (!cache[i]) cache[i] = (uint8_t)(1 + (cue_at(k, n, i) + 1) + 4 * clause_break(&k[i]));
  *brk = cache[i] >= 5;
  return (int)((cache[i] - 1) % 4) - 1;
}

/* A comma or a closing quotation mark (", '', ”). */
static bool clause_edge(const tk *k, size_t n, size_t i) {
  if (k[i].kind == TK_PUNCT)
    return k[i].lw[0] == ',' || k[i].lw[0] == '"' ||
           (k[i].lw[0] == '\'' && i > 0 && k[i - 1].kind == TK_PUNCT && k[i - 1].lw[0] == '\'');
  (void)n;
  return k[i].kind == TK_OTHER && !strcmp(k[i].lw, "\xE2\x80\x9D");
}

static int tense_near(const tk *k, size_t n, size_t start, size_t end, uint8_t *cache) {
  bool brk;
  int found = 0; /* a modal governs the verb group: "will stay closed" is future */
  for (size_t d = 1; d <= TENSE_WINDOW && d <= start; d++) {
    size_t i = start - d;
    int t = cached_cue(k, n, i, cache, &brk);
    if (t > 0) return t;
    if (t && !found) found = t;
    /* "and"/"or" before a noun joins two phrases ("will pump mud and cement
       into the well on Tuesday"); after a comma or before a determiner or
       pronoun it starts a new clause */
    if (brk && !(k[i].kind == TK_WORD && (!strcmp(k[i].lw, "and") || !strcmp(k[i].lw, "or")) &&
                 i + 1 < n && k[i + 1].kind == TK_WORD && !new_subject(&k[i + 1]) &&
                 !(i > 0 && k[i - 1].kind == TK_PUNCT && k[i - 1].lw[0] == ',')))
      break;
    /* ... but not across a finite past verb ("how it should be reviewed was
       addressed Wednesday") or, once a past cue is found, a comma or a
       closing quote: "the bridge will reopen, officials said Monday" */
    if (found < 0 && (is_finite_past(&k[i]) || clause_edge(k, n, i))) break;
  }
  if (found) return found;
  for (size_t i = end; i < n && i < end + TENSE_WINDOW; i++) {
    int t = cached_cue(k, n, i, cache, &brk);
    if (brk) break;
    if (t) return t;
  }
  return 0;
}

/* ---- values ------------------------------------------------------------ */

typedef struct hit {
  size_t end;         /* token index after the expression */
  size_t start;       /* first token (may be before the rule's token for modifiers) */
  sl_timex x;         /* result (span filled by the caller) */
  bool weekday;       /* a weekday resolved by rule_weekday (not "Monday, Sept. 5") */
} hit;

static void set_day(sl_timex *x, int32_t day, const char *suffix) {
  int y;
  unsigned m, d;
  sl_civil_from_days(day, &y, &m, &d);
  x->type = SL_TIMEX_DATE;
  x->gran = SL_GRAN_DAY;
  x->first = x->last = day;
  snprintf(x->value, sizeof x->value, "%04d-%02u-%02u%s", y, m, d, suffix ? suffix : "");
}

static void set_month(sl_timex *x, int y, unsigned m) {
  x->type = SL_TIMEX_DATE;
  x->gran = SL_GRAN_MONTH;
  x->first = sl_days_from_civil(y, m, 1);
  x->last = sl_days_from_civil(y, m, sl_days_in_month(y, m));
  snprintf(x->value, sizeof x->value, "%04d-%02u", y, m);
}

static void set_year(sl_timex *x, int y) {
  x->type = SL_TIMEX_DATE;
  x->gran = SL_GRAN_YEAR;
  x->first = sl_days_from_civil(y, 1, 1);
  x->last = sl_days_from_civil(y, 12, 31);
  snprintf(x->value, sizeof x->value, "%04d", y);
}

/* ISO 8601 week of `day`: "YYYY-Www". */
static void set_week(sl_timex *x, int32_t day, const char *suffix) {
  int32_t monday = day - sl_weekday(day);
  int32_t thursday = monday + 3;
  int y;
  unsigned m, d;
  sl_civil_from_days(thursday, &y, &m, &d);
  int32_t jan1 = sl_days_from_civil(y, 1, 1);
  int w = (thursday - jan1) / 7 + 1;
  x->type = SL_TIMEX_DATE;
  x->gran = SL_GRAN_WEEK;
  x->first = monday;
  x->last = monday + 6;
  if (suffix && !strcmp(suffix, "-WE")) x->first = monday + 5;
  snprintf(x->value, sizeof x->value, "%04d-W%02d%s", y, w, suffix ? suffix : "");
}

static void set_unresolved(sl_timex *x, const char *value, int gran) {
  x->type = SL_TIMEX_DATE;
  x->gran = (uint8_t)gran;
  x->first = x->last = SL_NO_DATE;
  if (value != x->value) {
    size_t n = strlen(value);
    if (n >= sizeof x->value) n = sizeof x->value - 1;
    memmove(x->value, value, n);
    x->value[n] = 0;
  }
}

static void set_duration(sl_timex *x, int n, int unit) {
  static const char *const code[] = {"M", "H", "D", "W", "M", "Y", "DE", "CE"};
  x->type = SL_TIMEX_DURATION;
  x->gran = SL_GRAN_NONE;
  x->first = x->last = SL_NO_DATE;
  const char *t = unit <= U_HOUR ? "T" : "";
  if (n < 0) snprintf(x->value, sizeof x->value, "P%sX%s", t, code[unit]);
  else snprintf(x->value, sizeof x->value, "P%s%d%s", t, n, code[unit]);
}

static void add_months(int *y, int *m, int k) {
  int t = *y * 12 + (*m - 1) + k;
  *y = t >= 0 ? t / 12 : -((-t + 11) / 12);
  *m = t - *y * 12 + 1;
}

/* A period `k` units away from `anchor` (k may be negative), at the
 * unit's granularity. */
static void set_offset(sl_timex *x, int32_t anchor, int unit, int k) {
  int y;
  unsigned mu, d;
  sl_civil_from_days(anchor, &y, &mu, &d);
  int m = (int)mu;
  switch (unit) {
  case U_DAY: set_day(x, anchor + k, NULL); break;
  case U_WEEK: set_week(x, anchor + 7 * k, NULL); break;
  case U_MONTH: add_months(&y, &m, k); set_month(x, y, (unsigned)m); break;
  case U_YEAR: set_year(x, y + k); break;
  case U_DECADE:
    x->type = SL_TIMEX_DATE;
    x->gran = SL_GRAN_DECADE;
    y = y + 10 * k;
    x->first = sl_days_from_civil(y - y % 10, 1, 1);
    x->last = sl_days_from_civil(y - y % 10 + 9, 12, 31);
    snprintf(x->value, sizeof x->value, "%03d", (y - y % 10) / 10);
    break;
  default: set_day(x, anchor, NULL); break;
  }
}

/* Year a season of the publication's calendar starts in (winter starts in
 * December).  k = -1: the last one over before publication; +1: the next one
 * to start after it; 0: the one under way, else the one of the publication
 * year (winter: the one starting in the winter the publication is in or
 * before). */
static const int SEASON_START[] = {3, 6, 9, 9, 12};

static int season_year(int32_t pub, int s, int k) {
  int y;
  unsigned pm, pd;
  sl_civil_from_days(pub, &y, &pm, &pd);
  int st = SEASON_START[s];
  for (int yy = y + 1; yy >= y - 2 && k <= 0; yy--) {
    int32_t a = sl_days_from_civil(yy, (unsigned)st, 1);
    int ey = yy, em = st + 3;
    if (em > 12) em -= 12, ey++;
    int32_t e = sl_days_from_civil(ey, (unsigned)em, 1); /* first day after */
    if (k == 0 && pub >= a && pub < e) return yy;
    if (k < 0 && e <= pub) return yy;
  }
  if (k > 0) {
    for (int yy = y - 1; yy <= y + 1; yy++)
      if (sl_days_from_civil(yy, (unsigned)st, 1) > pub) return yy;
  }
  return s == 4 && pm < 3 ? y - 1 : y;
}

static void set_season(sl_timex *x, int yy, int s) {
  x->type = SL_TIMEX_DATE;
  x->gran = SL_GRAN_SEASON;
  x->first = sl_days_from_civil(yy, (unsigned)SEASON_START[s], 1);
  x->last = x->first + 90;
  snprintf(x->value, sizeof x->value, "%04d-%s", yy, SEASON_CODE[s]);
}

/* ---- matching context -------------------------------------------------- */

typedef struct ctx {
  const char *t; /* the text */
  const tk *k;   /* tokens */
  size_t n;      /* tokens */
  int32_t pub;   /* publication day or SL_NO_DATE */
  bool future;   /* the clause speaks of the future */
  int tense;     /* +1 future, -1 past, 0 no cue */
  size_t cur;    /* token the rules are tried at */
  int anchor_year;   /* year of the last explicit date in this sentence, 0 = none */
  size_t anchor_tok; /* its token */
  int32_t ref;   /* last resolved day (anchor of "the next day"), or pub */
  const sl_timex_names *names; /* month words used as names in the article */
  bool open_end; /* the tokens stop before the text does (a window of the names scan) */
  bool ref_told; /* ref is a day the text (or the article before it) told, not the publication */
  size_t wd_end;  /* token after the last weekday resolved by rule_weekday, 0 = none */
  int32_t wd_day; /* its day */
} ctx;

static bool is_w(const ctx *c, size_t i, const char *w) {
  return i < c->n && c->k[i].kind == TK_WORD && !strcmp(c->k[i].lw, w);
}
static bool is_p(const ctx *c, size_t i, char p) {
  return i < c->n && c->k[i].kind == TK_PUNCT && c->k[i].lw[0] == p;
}

/* ---- month words that are names ---------------------------------------- */

/* Titles before a first name: "Ms. June Carter", "Senator April Dunne". */
static const char *const HONORIFICS[] = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "sgt", "capt",
    "col", "lt", "senator", "congresswoman", "congressman", "governor", "mayor", "judge",
    "justice", "president", "minister", "chancellor", "professor", "doctor", "madam", "lady",
    "dame", "sir", "sister", "aunt", "uncle", "queen", "princess", "reporter", NULL};

/* Capitalised in title-case headlines, never a surname ("In April As Demand
 * Slowed"). */
static const char *const TITLE_WORDS[] = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from",
    "by", "with", "as", "is", "are", "was", "were", "be", "been", "after", "before", "since",
    "until", "during", "over", "into", "amid", "vs", "its", "his", "her", "their", "our", "this",
    "that", "it", "he", "she", "they", "we", "i", "says", "said", "will", "may", "not", "up",
    "no", "new", NULL};

/* Ordinal words: "July Fourth" is a day, not a surname. */
static const char *const ORDINAL_WORDS[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", NULL};

/* Words before a month that make it a date even before a capitalised word
 * ("in April Congress voted", "the June Senate vote", "a February Gallup
 * poll", "its May Board meeting"). */
static const char *const SHIELDS[] = {
    "in", "during", "since", "until", "till", "through", "throughout", "early", "late", "mid",
    "last", "next", "this", "past", "the", "a", "its", "his", "her", "their", "our", "each",
    "every", NULL};

/* Temporal prepositions and modifiers: a month alone after one of them is a
 * date ("since May", "from March"). */
static const char *const MONTH_PRE[] = {
    "in", "since", "until", "till", "by", "of", "from", "to", "early", "late", "mid", "during",
    "before", "after", "through", "last", "next", "this", "between", "and", "throughout", "into",
    "-", NULL};

/* Words a title-case headline leaves in lower case ("April Sales Rose at
 * Harbor Shops"). */
static const char *const TITLE_SMALL[] = {"a",  "an", "the", "and", "but",  "or",   "nor",
                                          "for", "at", "by",  "in",  "of",   "on",   "to",
                                          "up", "as", "vs",  "via", "from", "with", "into",
                                          "over", NULL};

/* A token that ends the segment a title-case test reads: an end mark, a
 * semicolon or a colon. */
static bool seg_punct(const tk *k) {
  return k->kind == TK_PUNCT && strchr(".!?;:", k->lw[0]) != NULL;
}

/* Punctuation that lists or credits rather than heads ("April Dunne, Mark
 * Lee", "April Dunne / KXRW", "(Photo)"). */
static bool list_punct(const tk *k) {
  return k->kind == TK_PUNCT && strchr(",/|()", k->lw[0]) != NULL;
}

/* A capitalised word in title case: "Sales", not the acronym "OPB". */
static bool title_cap(const ctx *c, const tk *k) {
  return k->cap && (k->len == 1 || !(c->t[k->off + 1] >= 'A' && c->t[k->off + 1] <= 'Z'));
}

/* Whether the month word at i stands in a title-case headline or sentence,
 * where capitals say nothing about names ("April Sales Rose At Harbor
 * Shops", "Harbor Shops Say April Sales Rose").  Read in its segment (up to a
 * line break, an end mark, ';' or ':'), the words up to 4 before and 8 after
 * it must all be capitalised or small words a headline leaves in lower case,
 * at least two of them in title case (acronyms such as "OPB" do not count);
 * and either one of those is a capitalised function word after the segment's
 * first word ("At", "As", "Of": prose does not capitalise them), or the
 * segment ends, without an end mark and within the 8 words, as a headline
 * does, with no comma, slash, bar or bracket and not only "and"/"or" in lower
 * case ("Pictured: April Dunne and Mark Lee", "April Dunne / KXRW" are a list
 * of names and a credit). */
static bool title_case_at(const ctx *c, size_t i) {
  size_t caps = 0, words = 0;
  bool fw = false, comma = false, small = false, other_small = false;
  for (size_t j = i; j > 0 && words < 4 && !c->k[j].nl; j--) {
    const tk *k = &c->k[j - 1];
    if (seg_punct(k)) break;
    comma = comma || list_punct(k);
    if (k->kind != TK_WORD || (k->len == 1 && !k->cap)) continue; /* "'s" */
    words++;
    bool first = j - 1 == 0 || c->k[j - 1].nl || seg_punct(&c->k[j - 2]);
    if (k->cap) {
      caps += title_cap(c, k);
      fw = fw || (!first && lookup(k->lw, TITLE_WORDS) >= 0);
    } else if (lookup(k->lw, TITLE_SMALL) >= 0) {
      small = true;
      other_small = other_small || (strcmp(k->lw, "and") && strcmp(k->lw, "or"));
    } else {
      return false;
    }
  }
  bool ended = false;
  words = 0;
  for (size_t j = i + 1;; j++) {
    if (j >= c->n) {
      ended = !c->open_end;
      break;
    }
    const tk *k = &c->k[j];
    if (k->nl) {
      ended = true;
      break;
    }
    if (seg_punct(k)) {
      ended = k->lw[0] == ';' || k->lw[0] == ':';
      break;
    }
    comma = comma || list_punct(k);
    if (k->kind != TK_WORD || (k->len == 1 && !k->cap)) continue;
    if (++words > 8) break;
    if (k->cap) {
      caps += title_cap(c, k);
      fw = fw || lookup(k->lw, TITLE_WORDS) >= 0;
    } else if (lookup(k->lw, TITLE_SMALL) >= 0) {
      small = true;
      other_small = other_small || (strcmp(k->lw, "and") && strcmp(k->lw, "or"));
    } else {
      return false;
    }
  }
  if (caps < 2) return false;
  return fw || (ended && !comma && (!small || other_small));
}

/* Whether the capitalised word at i can be a name next to a month word: not
 * a date word, a title-case function word, an ordinal or an acronym ("the
 * April CPI report"); a single capital before a period is a middle
 * initial ("April J. Dunne"). */
static bool name_word_at(const ctx *c, size_t i) {
  if (i >= c->n || c->k[i].kind != TK_WORD || !c->k[i].cap) return false;
  const tk *k = &c->k[i];
  if (k->len == 1) return is_p(c, i + 1, '.');
  unsigned char second = (unsigned char)c->t[k->off + 1];
  if (second >= 'A' && second <= 'Z') return false; /* CPI, GDP, US */
  const char *w = k->lw;
  return lookup(w, MONTHS) < 0 && lookup(w, MONTH_ABBR) < 0 && lookup(w, WEEKDAYS) < 0 &&
         lookup(w, SEASONS) < 0 && lookup(w, TITLE_WORDS) < 0 && lookup(w, ORDINAL_WORDS) < 0 &&
         lookup(w, NUMBERS) < 0 && strcmp(w, "sept");
}

/* Whether the full month name at i is part of a person's name by its own
 * context: after a title ("Ms. June"), before a surname ("April Dunne",
 * "June Okafor chairs ..."), or a surname after a first name ("Lena
 * August", not at the start of a sentence).  Date context wins before a
 * surname-like word: a shielding word, a number or "$" before the month. */
static bool month_name_shape(const ctx *c, size_t i) {
  if (i >= c->n || !c->k[i].cap || lookup(c->k[i].lw, MONTHS) < 0) return false;
  size_t p = i > 0 && is_p(c, i - 1, '.') ? i - 1 : i;
  if (p > 0 && c->k[p - 1].kind == TK_WORD && lookup(c->k[p - 1].lw, HONORIFICS) >= 0)
    return true;
  if (i > 0) {
    const tk *q = &c->k[i - 1];
    if (q->kind == TK_NUM || is_p(c, i - 1, '$')) return false;
    if (q->kind == TK_WORD && lookup(q->lw, SHIELDS) >= 0) return false;
  }
  /* in a title-case line every word is capitalised: no evidence of a name */
  if (title_case_at(c, i)) return false;
  if (name_word_at(c, i + 1)) return true;
  /* "Lena August": the word two back is a word or a comma, so the first
     name is not a capitalised sentence start (and both are on one line) */
  return i >= 2 && !c->k[i].nl && name_word_at(c, i - 1) && c->k[i - 1].len > 1 &&
         (c->k[i - 2].kind == TK_WORD || is_p(c, i - 2, ','));
}

/* Records in nm the month word at i if it is used as a name ("April Dunne",
 * "Ms. June", "Lena August"), with the surname after a first name. */
static void names_add(const ctx *c, size_t i, sl_timex_names *nm) {
  if (c->k[i].kind != TK_WORD || !c->k[i].cap || !month_name_shape(c, i)) return;
  int m = lookup(c->k[i].lw, MONTHS);
  nm->first |= (uint16_t)(1u << m);
  if (!name_word_at(c, i + 1) || nm->n >= SL_COUNTOF(nm->last)) return;
  for (unsigned k = 0; k < nm->n; k++)
    if (nm->month[k] == m && !strcmp(nm->last[k], c->k[i + 1].lw)) return;
  nm->month[nm->n] = (uint8_t)m;
  memcpy(nm->last[nm->n], c->k[i + 1].lw, sizeof nm->last[0]);
  nm->n++;
}

/* Whether the month name at i (month m, 0-based) names a person: by its own
 * context, or because the article already used it as a name — before
 * the same surname even after a shielding word ("In April Dunne quit" once
 * "April Dunne" was named), or alone as the subject or object of a verb
 * ("colleagues said April had been tired"; not after a temporal
 * preposition or modifier). */
static bool month_is_name(const ctx *c, size_t i, int m) {
  if (month_name_shape(c, i)) return true;
  const sl_timex_names *nm = c->names;
  if (!nm || !(nm->first & (1u << m))) return false;
  if (name_word_at(c, i + 1)) {
    for (unsigned k = 0; k < nm->n; k++)
      if (nm->month[k] == m && !strcmp(nm->last[k], c->k[i + 1].lw)) return true;
    return false;
  }
  if (i + 1 >= c->n || c->k[i + 1].kind != TK_WORD || c->k[i + 1].cap) return false;
  if (i > 0 && c->k[i - 1].kind == TK_NUM) return false;
  return !(i > 0 && (lookup(c->k[i - 1].lw, MONTH_PRE) >= 0 ||
                     lookup(c->k[i - 1].lw, SHIELDS) >= 0));
}

/* Number word or digits: "two", "2", "a", "an" (1), "several"/"few" (-1). *used tokens. */
static bool count_at(const ctx *c, size_t i, int *val, size_t *used) {
  if (i >= c->n) return false;
  const tk *k = &c->k[i];
  *used = 1;
  if (k->kind == TK_NUM && k->num >= 0 && !k->suf[0] && k->num < 1000) {
    *val = k->num;
    return true;
  }
  if (k->kind != TK_WORD) return false;
  int v = lookup(k->lw, NUMBERS);
  if (v >= 0) {
    /* "twenty-one" style is tokenised "twenty" "-" "one" */
    if (v == 20 && is_p(c, i + 1, '-') && i + 2 < c->n) {
      int w = lookup(c->k[i + 2].lw, NUMBERS);
      if (w > 0 && w < 10) v += w, *used = 3;
    }
    *val = v;
    return true;
  }
  static const char *const tens[] = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                     "ninety", NULL};
  if ((v = lookup(k->lw, tens)) >= 0) {
    *val = 30 + 10 * v;
    return true;
  }
  if (!strcmp(k->lw, "a") || !strcmp(k->lw, "an")) {
    if (is_w(c, i + 1, "few") || is_w(c, i + 1, "couple")) {
      *val = -1;
      *used = is_w(c, i + 2, "of") ? 3 : 2;
      return true;
    }
    *val = 1;
    return true;
  }
  if (!strcmp(k->lw, "several") || !strcmp(k->lw, "few") || !strcmp(k->lw, "many")) {
    *val = -1;
    return true;
  }
  return false;
}

/* Month name at i (capitalised; abbreviation with optional '.').  Returns
 * 1..12 and sets *end, else 0. */
static int month_at(const ctx *c, size_t i, size_t *end) {
  if (i >= c->n || c->k[i].kind != TK_WORD || !c->k[i].cap) return 0;
  int m = lookup(c->k[i].lw, MONTHS);
  *end = i + 1;
  if (m < 0) {
    m = lookup(c->k[i].lw, MONTH_ABBR);
    if (m < 0 && !strcmp(c->k[i].lw, "sept")) m = 8;
    if (m < 0) return 0;
    /* "Mar", "Jan": only with the period or before a day number */
    if (is_p(c, i + 1, '.')) *end = i + 2;
    else if (!(i + 1 < c->n && c->k[i + 1].kind == TK_NUM)) return 0;
  }
  return m + 1;
}

/* Day number 1..31 at i ("4", "4th"); 0 if none. */
static int dayno_at(const ctx *c, size_t i) {
  if (i >= c->n || c->k[i].kind != TK_NUM || c->k[i].num < 1 || c->k[i].num > 31) return 0;
  const char *s = c->k[i].suf;
  if (s[0] && strcmp(s, "st") && strcmp(s, "nd") && strcmp(s, "rd") && strcmp(s, "th")) return 0;
  if (c->k[i].ndig > 2) return 0;
  return c->k[i].num;
}

/* Four-digit year 1000..2199 at i (pure digits, no suffix); 0 if none. */
static int year_at(const ctx *c, size_t i) {
  if (i >= c->n || c->k[i].kind != TK_NUM || c->k[i].ndig != 4 || c->k[i].suf[0]) return 0;
  int y = c->k[i].num;
  return y >= 1000 && y <= 2199 ? y : 0;
}

/* The year of the last explicit date in this sentence before the current
 * token (no . ? ! between), 0 if none. */
static int sentence_year(const ctx *c) {
  if (!c->anchor_year) return 0;
  for (size_t i = c->anchor_tok; i < c->cur; i++)
    if (c->k[i].kind == TK_PUNCT &&
        (c->k[i].lw[0] == '.' || c->k[i].lw[0] == '?' || c->k[i].lw[0] == '!'))
      return 0;
  return c->anchor_year;
}

/* Year of a month (and day) given without a year: the publication year,
 * moved a year back (past sentences) or forward (future ones) when the
 * date would otherwise be on the wrong side of publication. */
static int infer_year(const ctx *c, unsigned m, unsigned d) {
  int y;
  unsigned pm, pd;
  sl_civil_from_days(c->pub, &y, &pm, &pd);
  int ay = sentence_year(c);
  /* ... unless the clause's tense points the other way ("formed in 1979,
     will play on Dec. 14") */
  if (ay && !(c->tense > 0 && ay < y) && !(c->tense < 0 && ay > y)) return ay;
  /* the end of a period after until, till, through ("has been banned
     through August", "has delayed the talks until September"): a past cue
     in the clause dates the state, not its end, which may lie ahead — the
     nearer of this year's and last year's, never next year's ("the ban
     lasted until March" in December is this March) */
  size_t pv = c->cur;
  if (pv > 0 && (is_w(c, pv - 1, "early") || is_w(c, pv - 1, "late") || is_w(c, pv - 1, "mid")))
    pv--;
  bool endpoint = c->tense < 0 && pv > 0 &&
                  (is_w(c, pv - 1, "until") || is_w(c, pv - 1, "till") || is_w(c, pv - 1, "through"));
  if (c->tense == 0 || endpoint) { /* no cue: the occurrence nearest to publication */
    int best = y;
    int64_t bd = INT64_MAX;
    for (int yy = y - 1; yy <= y + (endpoint ? 0 : 1); yy++) {
      int32_t cand = sl_days_from_civil(yy, m, d ? SL_MIN(d, sl_days_in_month(yy, m)) : 15);
      int64_t dist = (int64_t)cand - c->pub;
      if (dist < 0) dist = -dist * 2 / 3; /* news looks back more than ahead: ties go back */
      if (dist < bd) bd = dist, best = yy;
    }
    return best;
  }
  if (d == 0) {
    if (!c->future && m > pm) return y - 1;
    if (c->future && m < pm) return y + 1;
    return y;
  }
  int32_t cand = sl_days_from_civil(y, m, SL_MIN(d, sl_days_in_month(y, m)));
  if (!c->future && cand > c->pub + 31) return y - 1;
  if (c->future && cand < c->pub - 31) return y + 1;
  return y;
}

/* Word after a bare year that shows it is a quantity ("2018 people"). */
static bool quantity_word(const tk *k) {
  static const char *const units[] = {
      "people", "persons", "men",     "women",  "children", "troops", "soldiers", "police",
      "officers", "workers", "staff", "jobs",   "feet",     "foot",   "metres",   "meters",
      "miles",  "km",      "kilometres", "kilometers", "barrels", "tons", "tonnes", "acres",
      "gallons", "points", "percent", "per",    "votes",    "cases",  "deaths",   "homes",
      "houses", "cars",    "dollars", "euros",  "pounds",   "yards",  "rounds",   "units",
      "patients", "residents", "students", "votes", "seats", "times", "hours", "days", NULL};
  if (k->kind != TK_WORD) return false;
  return lookup(k->lw, units) >= 0;
}

/* ---- rules ------------------------------------------------------------- */

/* Whether token e starts a possessive "'s" (straight or curly apostrophe). */
static bool possessive_at(const ctx *c, size_t e) {
  if (e + 1 >= c->n || !is_w(c, e + 1, "s")) return false;
  return is_p(c, e, '\'') || (c->k[e].kind == TK_OTHER && !strcmp(c->k[e].lw, "\xE2\x80\x99"));
}

/* "last year", "this year", "next year" at j, after "of" or a comma or not
 * ("22 June last year", "April of this year"; not "next year's"): *y the
 * year counted from publication, *end the token after "year". */
static bool year_phrase_at(const ctx *c, size_t j, int *y, size_t *end) {
  if (c->pub == SL_NO_DATE) return false;
  if (is_w(c, j, "of") || is_p(c, j, ',')) j++;
  int off;
  if (is_w(c, j, "last")) off = -1;
  else if (is_w(c, j, "this")) off = 0;
  else if (is_w(c, j, "next")) off = 1;
  else return false;
  if (!is_w(c, j + 1, "year") || possessive_at(c, j + 2)) return false;
  int py;
  unsigned pm, pd;
  sl_civil_from_days(c->pub, &py, &pm, &pd);
  *y = py + off;
  *end = j + 2;
  return true;
}

/* The year of a month given without one from the month it is coordinated
 * with: "July and August of last year", "March to May 2009".  0 if none. */
static int coordinated_year(const ctx *c, size_t e) {
  if (!(is_w(c, e, "and") || is_w(c, e, "or") || is_w(c, e, "to") || is_w(c, e, "through") ||
        is_w(c, e, "until") || is_p(c, e, '-')))
    return 0;
  size_t e2, end;
  if (!month_at(c, e + 1, &e2)) return 0;
  int y = year_at(c, e2);
  if (!y && is_w(c, e2, "of")) y = year_at(c, e2 + 1);
  if (!y && !year_phrase_at(c, e2, &y, &end)) return 0;
  return y;
}

/* Absolute calendar dates starting at i: "September 4, 2022", "Sept. 4",
 * "September 2022", "4 September 2022", "the 4th of September", "9/4/2022",
 * "2022-09-04", "September", "May" in date context. */
static bool rule_absolute(const ctx *c, size_t i, hit *h) {
  size_t e;
  int m = month_at(c, i, &e);
  if (m) {
    int d = dayno_at(c, e);
    if (d) {
      size_t j = e + 1;
      int y = 0;
      if (is_p(c, j, ',') && year_at(c, j + 1)) y = year_at(c, j + 1), j += 2;
      else if (year_at(c, j)) y = year_at(c, j), j += 1;
      else if (year_phrase_at(c, j, &y, &j)) h->x.relative = 1;
      if (!y) {
        if (c->pub == SL_NO_DATE) {
          snprintf(h->x.value, sizeof h->x.value, "XXXX-%02d-%02d", m, d);
          set_unresolved(&h->x, h->x.value, SL_GRAN_DAY);
          h->end = j;
          return true;
        }
        y = infer_year(c, (unsigned)m, (unsigned)d);
        h->x.relative = 1;
      }
      if (!sl_date_valid(y, (unsigned)m, (unsigned)d)) return false;
      set_day(&h->x, sl_days_from_civil(y, (unsigned)m, (unsigned)d), NULL);
      h->end = j;
      return true;
    }
    int y = year_at(c, e);
    size_t j = e + 1;
    if (!y && is_p(c, e, ',') && year_at(c, e + 1)) y = year_at(c, e + 1), j = e + 2;
    if (!y && is_w(c, e, "of") && year_at(c, e + 1)) y = year_at(c, e + 1), j = e + 2;
    if (y) {
      set_month(&h->x, y, (unsigned)m);
      h->end = j;
      return true;
    }
    if (year_phrase_at(c, e, &y, &j)) { /* "June last year", "April of this year" */
      set_month(&h->x, y, (unsigned)m);
      h->x.relative = 1;
      h->end = j;
      return true;
    }
    /* a person's name: "April Dunne", "Ms. June" */
    if (month_is_name(c, i, m - 1)) return false;
    /* month alone: "May" and "March" only after a temporal preposition or
       modifier (else the verb "may", a "march") */
    if ((m == 5 || m == 3) && (i == 0 || lookup(c->k[i - 1].lw, MONTH_PRE) < 0)) return false;
    if (c->pub == SL_NO_DATE) {
      snprintf(h->x.value, sizeof h->x.value, "XXXX-%02d", m);
      set_unresolved(&h->x, h->x.value, SL_GRAN_MONTH);
    } else {
      int cy = coordinated_year(c, e); /* "July and August of last year" */
      set_month(&h->x, cy ? cy : infer_year(c, (unsigned)m, 0), (unsigned)m);
      h->x.relative = 1;
    }
    h->end = e;
    return true;
  }
  /* day first: "4 September 2022", "4th of September" */
  int d = dayno_at(c, i);
  if (d) {
    size_t j = i + 1;
    if (is_w(c, j, "of")) j++;
    size_t e2;
    int mm = month_at(c, j, &e2);
    if (mm) {
      int y = year_at(c, e2);
      size_t end = y ? e2 + 1 : e2;
      if (!y && year_phrase_at(c, e2, &y, &end)) h->x.relative = 1; /* "22 June last year" */
      if (!y) {
        if (c->pub == SL_NO_DATE) return false;
        y = infer_year(c, (unsigned)mm, (unsigned)d);
        h->x.relative = 1;
      }
      if (!sl_date_valid(y, (unsigned)mm, (unsigned)d)) return false;
      set_day(&h->x, sl_days_from_civil(y, (unsigned)mm, (unsigned)d), NULL);
      h->end = end;
      return true;
    }
  }
  /* numeric: 9/4/2022 (US order), 9/4/22, 2022-09-04 */
  if (i < c->n && c->k[i].kind == TK_NUM && c->k[i].num < 0) {
    const char *s = c->t + c->k[i].off;
    size_t n = c->k[i].len;
    unsigned a, b, y;
    char tail;
    char buf[16];
    if (n >= sizeof buf) return false;
    memcpy(buf, s, n);
    buf[n] = 0;
    if (n == 10 && sscanf(buf, "%4u-%2u-%2u%c", &y, &a, &b, &tail) == 3 && buf[4] == '-' &&
        sl_date_valid((int)y, a, b)) {
      set_day(&h->x, sl_days_from_civil((int)y, a, b), NULL);
      h->end = i + 1;
      return true;
    }
    if (sscanf(buf, "%2u/%2u/%4u%c", &a, &b, &y, &tail) == 3) {
      const char *sl = strrchr(buf, '/');
      size_t yl = strlen(sl + 1);
      if (yl == 2) y += 2000;
      else if (yl != 4) return false;
      if (!sl_date_valid((int)y, a, b)) return false;
      set_day(&h->x, sl_days_from_civil((int)y, a, b), NULL);
      h->end = i + 1;
      return true;
    }
  }
  return false;
}

static void set_century(sl_timex *x, int v) {
  x->type = SL_TIMEX_DATE;
  x->gran = SL_GRAN_CENTURY;
  x->first = sl_days_from_civil(v, 1, 1);
  x->last = sl_days_from_civil(v + 99, 12, 31);
  snprintf(x->value, sizeof x->value, "%02d", v / 100);
}

/* Decades and centuries: "the 1990s", "the '90s", "the 1800s", "the 20th
 * century".  i is at the number (or the apostrophe). */
static bool rule_decade(const ctx *c, size_t i, hit *h) {
  size_t j = i;
  bool apos = false;
  if (i < c->n && (is_p(c, i, '\'') || is_p(c, i, '`') || !strcmp(c->k[i].lw, "\xE2\x80\x99") ||
                   !strcmp(c->k[i].lw, "\xE2\x80\x98"))) {
    apos = true;
    j++;
  }
  if (j >= c->n || c->k[j].kind != TK_NUM || c->k[j].num < 0) return false;
  const tk *k = &c->k[j];
  /* the treebank splits "1920s" into "1920 s" and "the 1930's" into "the
     1930 's": decades too (after "the", "early", "late", "mid" for "'s",
     else a year's possessive: "2010 's budget") */
  bool split_s = !apos && k->ndig == 4 && !k->suf[0] && k->num % 10 == 0 &&
                 (is_w(c, j + 1, "s") ||
                  (possessive_at(c, j + 1) && j > 0 &&
                   (is_w(c, j - 1, "the") || is_w(c, j - 1, "early") || is_w(c, j - 1, "late") ||
                    is_w(c, j - 1, "mid"))));
  if (!strcmp(k->suf, "s") || split_s) {
    int v = k->num;
    if (k->ndig == 4 && v % 10 == 0 && v >= 1000 && v <= 2190) {
      if (v % 100 == 0 && v < 2000) { /* "the 1800s": the century */
        set_century(&h->x, v);
      } else {
        h->x.type = SL_TIMEX_DATE;
        h->x.gran = SL_GRAN_DECADE;
        h->x.first = sl_days_from_civil(v, 1, 1);
        h->x.last = sl_days_from_civil(v + 9, 12, 31);
        snprintf(h->x.value, sizeof h->x.value, "%03d", v / 10);
      }
      h->end = !split_s ? j + 1 : is_w(c, j + 1, "s") ? j + 2 : j + 3;
      return true;
    }
    if (k->ndig == 2 && v % 10 == 0 && (apos || (i > 0 && is_w(c, i - 1, "the")) ||
                                        (i > 0 && (is_w(c, i - 1, "early") || is_w(c, i - 1, "late") ||
                                                   is_w(c, i - 1, "mid"))))) {
      int full = v >= 30 ? 1900 + v : 2000 + v;
      h->x.type = SL_TIMEX_DATE;
      h->x.gran = SL_GRAN_DECADE;
      h->x.first = sl_days_from_civil(full, 1, 1);
      h->x.last = sl_days_from_civil(full + 9, 12, 31);
      snprintf(h->x.value, sizeof h->x.value, "%03d", full / 10);
      h->end = j + 1;
      return true;
    }
    return false;
  }
  /* "20th century", "21st-century" */
  if (!apos && k->ndig <= 2 && (!strcmp(k->suf, "th") || !strcmp(k->suf, "st") ||
                                !strcmp(k->suf, "nd") || !strcmp(k->suf, "rd"))) {
    size_t e = j + 1;
    if (is_p(c, e, '-')) e++;
    if (is_w(c, e, "century") && k->num >= 1 && k->num <= 22) {
      set_century(&h->x, (k->num - 1) * 100);
      h->end = e + 1;
      return true;
    }
  }
  return false;
}

/* Whether the words of phrase (one space between words) end just before
 * token i: phrase_before(c, i, "ahead of"). */
static bool phrase_before(const ctx *c, size_t i, const char *phrase) {
  const char *end = phrase + strlen(phrase);
  while (end > phrase) {
    const char *w = end;
    while (w > phrase && w[-1] != ' ') w--;
    if (!i--) return false;
    const tk *k = &c->k[i];
    size_t len = (size_t)(end - w);
    if (k->kind != TK_WORD || strlen(k->lw) != len || memcmp(k->lw, w, len)) return false;
    end = w > phrase ? w - 1 : w;
  }
  return true;
}

/* A possessive weekday that names an event still to come: "ahead of
 * Sunday's election", "Saturday's expected vote".  The event is anticipated
 * even when the clause is past ("held rallies ahead of Sunday's election"),
 * so this overrides the clause's tense.  "until" and "for" relate as often
 * to a past event ("the truce held until Sunday's attack", "arrested for
 * Sunday's attack"), so they count only in a clause that is not past.
 * start: first token of the expression; e: token after the weekday. */
static bool anticipated(const ctx *c, size_t start, size_t e) {
  static const char *const before[] = {"ahead of", "before", "eve of", "in advance of",
                                       "in preparation for", NULL};
  static const char *const weak[] = {"until", "till", "for", NULL};
  static const char *const adj[] = {"expected", "planned", "scheduled", "upcoming", NULL};
  if (!possessive_at(c, e)) return false;
  if (e + 2 < c->n && lookup(c->k[e + 2].lw, adj) >= 0) return true;
  for (int p = 0; before[p]; p++)
    if (phrase_before(c, start, before[p])) return true;
  for (int p = 0; weak[p]; p++)
    if (c->tense >= 0 && phrase_before(c, start, weak[p])) return true;
  return false;
}

/* A bare weekday in a clause about something expected: "Forecasters warned
 * of a storm reaching the coast on Wednesday", "predicted rain on Friday",
 * "ahead of Monday".  The expectation is reported in the past, the event it
 * names is still to come, so the weekday is the coming one.  The cue must
 * govern a phrase between it and the weekday ("warned of a storm … on
 * Wednesday"): "Police warned on Wednesday" dates the warning.  Looks back
 * from the weekday's first token `start` within the clause. */
static bool expected_clause(const ctx *c, size_t start) {
  static const char *const cue[] = {"forecast", "forecasts", "forecasted", "predicted",
                                    "predicts", "predict", "expected", "expects", "expect",
                                    "anticipated", "awaited", NULL};
  static const char *const of[] = {"warned", "warns", "warning", "warnings", "ahead", NULL};
  size_t on = start > 0 && is_w(c, start - 1, "on") ? start - 1 : start;
  for (size_t d = 1; d <= TENSE_WINDOW && d <= start; d++) {
    size_t i = start - d;
    if (clause_break(&c->k[i])) return false;
    /* "… longer than anticipated, '' Wells said Wednesday": the weekday
       belongs to the reporting clause */
    if (clause_edge(c->k, c->n, i)) return false;
    if (c->k[i].kind != TK_WORD) continue;
    size_t after; /* first token the cue governs */
    if (lookup(c->k[i].lw, cue) >= 0) after = i + 1;
    else if (lookup(c->k[i].lw, of) >= 0 && is_w(c, i + 1, "of")) after = i + 2;
    else continue;
    if (!strcmp(c->k[i].lw, "ahead")) return true; /* "ahead of (the storm on) Monday" */
    return after < on;
  }
  return false;
}

/* A weekday, with its modifiers: "Sunday", "last Tuesday", "next Friday",
 * "this Monday", "Sunday night", "Monday, Sept. 5" (the explicit date wins). */
static bool rule_weekday(const ctx *c, size_t i, hit *h) {
  size_t j = i;
  int mod = 0; /* -1 last, +1 next, 2 this */
  if (is_w(c, j, "last") || is_w(c, j, "past")) mod = -1, j++;
  else if (is_w(c, j, "next") || is_w(c, j, "coming")) mod = 1, j++;
  else if (is_w(c, j, "this")) mod = 2, j++;
  if (j >= c->n || c->k[j].kind != TK_WORD || !c->k[j].cap) return false;
  int wd = lookup(c->k[j].lw, WEEKDAYS);
  if (wd < 0) return false;
  size_t e = j + 1;
  /* "Monday, Sept. 5, 2022": one expression, the date's value */
  size_t k2 = e + (is_p(c, e, ',') ? 1 : 0);
  hit h2;
  memset(&h2, 0, sizeof h2);
  if (!mod && rule_absolute(c, k2, &h2) && h2.x.gran == SL_GRAN_DAY) {
    *h = h2;
    h->start = i;
    return true;
  }
  int pod = -1;
  if (e < c->n && (pod = lookup(c->k[e].lw, PARTS_OF_DAY)) >= 0) e++;
  h->end = e;
  h->start = i;
  if (c->pub == SL_NO_DATE) {
    snprintf(h->x.value, sizeof h->x.value, "XXXX-WXX-%d", wd + 1);
    set_unresolved(&h->x, h->x.value, SL_GRAN_DAY);
    return true;
  }
  int pw = sl_weekday(c->pub);
  int back = (pw - wd + 7) % 7; /* days since the last such weekday (0 = today) */
  int fwd = (wd - pw + 7) % 7;  /* days until the next (0 = today) */
  int32_t day;
  /* the second of two weekdays joined by and, or, to, through, until, "-"
     ("throughout Wednesday and Thursday", "from Monday to Friday") follows
     the first, whatever the clause */
  bool joined = !mod && c->wd_end && c->wd_end + 1 == i && c->wd_day != SL_NO_DATE &&
                (is_w(c, i - 1, "and") || is_w(c, i - 1, "or") || is_w(c, i - 1, "to") ||
                 is_w(c, i - 1, "through") || is_w(c, i - 1, "until") || is_p(c, i - 1, '-'));
  if (joined) {
    int gap = (wd - sl_weekday(c->wd_day) + 7) % 7;
    day = c->wd_day + (gap ? gap : 7);
  } else if (mod == -1) day = c->pub - (back ? back : 7);
  else if (mod == 1) day = c->pub + (fwd ? fwd : 7);
  else if (c->future || anticipated(c, i, j + 1) || expected_clause(c, i)) day = c->pub + fwd;
  else day = c->pub - back;
  set_day(&h->x, day, pod >= 0 ? POD_CODE[pod] : NULL);
  h->x.relative = 1;
  h->weekday = true;
  return true;
}

/* Words anchored on the publication day: today, tonight, yesterday,
 * tomorrow, "this morning", "yesterday afternoon"; present/past references
 * (now, currently, recently). */
static bool rule_deictic(const ctx *c, size_t i, hit *h) {
  if (i >= c->n || c->k[i].kind != TK_WORD) return false;
  const char *w = c->k[i].lw;
  int off;
  size_t e = i + 1;
  const char *suffix = NULL;
  if (!strcmp(w, "today")) off = 0;
  else if (!strcmp(w, "tonight")) off = 0, suffix = "TNI";
  else if (!strcmp(w, "yesterday")) off = -1;
  else if (!strcmp(w, "tomorrow")) off = 1;
  else if (!strcmp(w, "this") && e < c->n && lookup(c->k[e].lw, PARTS_OF_DAY) >= 0 &&
           strcmp(c->k[e].lw, "night"))
    off = 0, suffix = POD_CODE[lookup(c->k[e].lw, PARTS_OF_DAY)], e++;
  else if (!strcmp(w, "last") && is_w(c, e, "night")) off = -1, suffix = "TNI", e++;
  else if (!strcmp(w, "now") || !strcmp(w, "currently") || !strcmp(w, "nowadays")) {
    if (!strcmp(w, "now") && i > 0 && (is_w(c, i - 1, "from") || is_w(c, i - 1, "until")))
      return false;
    set_unresolved(&h->x, "PRESENT_REF", SL_GRAN_NONE);
    h->end = e;
    return true;
  } else if (!strcmp(w, "recently")) {
    set_unresolved(&h->x, "PAST_REF", SL_GRAN_NONE);
    h->end = e;
    return true;
  } else return false;
  if (!suffix && (off == -1 || off == 1 || off == 0) && e < c->n &&
      lookup(c->k[e].lw, PARTS_OF_DAY) >= 0 && strcmp(w, "tonight") && strcmp(w, "last"))
    suffix = POD_CODE[lookup(c->k[e].lw, PARTS_OF_DAY)], e++;
  h->end = e;
  if (c->pub == SL_NO_DATE) {
    set_unresolved(&h->x, "XXXX-XX-XX", SL_GRAN_DAY);
    return true;
  }
  set_day(&h->x, c->pub + off, suffix);
  h->x.relative = 1;
  return true;
}

/* "next March 11" / "last March 11": the day after the month name, in the
 * first year that puts it after (k > 0) or before (k < 0) publication.  The
 * day must be read here: left to the month rule alone it is dropped and only
 * the month kept.  false if token d holds no day of that month. */
static bool relative_month_day(const ctx *c, size_t d, unsigned m, int k, hit *h) {
  int dd = dayno_at(c, d);
  if (!dd || year_at(c, d + 1) || (is_p(c, d + 1, ',') && year_at(c, d + 2))) return false;
  int y;
  unsigned pm, pd;
  sl_civil_from_days(c->pub, &y, &pm, &pd);
  /* Feb 29 is valid only in leap years: search a few years out */
  for (int step = 0; step < 8; step++, y += k) {
    if (!sl_date_valid(y, m, (unsigned)dd)) continue;
    int32_t day = sl_days_from_civil(y, m, (unsigned)dd);
    if (k > 0 ? day > c->pub : day < c->pub) {
      set_day(&h->x, day, NULL);
      h->x.relative = 1;
      h->end = d + 1;
      return true;
    }
  }
  return false;
}

/* "last/this/next/coming/past" + week|month|year|weekend|season|month name;
 * "earlier/later this" + unit; "the weekend". */
static bool rule_relative_unit(const ctx *c, size_t i, hit *h) {
  size_t j = i;
  bool earlier = false;
  if (is_w(c, j, "earlier") || is_w(c, j, "later")) {
    if (!is_w(c, j + 1, "this") && !is_w(c, j + 1, "last") && !is_w(c, j + 1, "next")) return false;
    earlier = true;
    j++;
  }
  int k;
  if (is_w(c, j, "last") || is_w(c, j, "past") || is_w(c, j, "previous")) k = -1;
  else if (is_w(c, j, "next") || is_w(c, j, "coming")) k = 1;
  else if (is_w(c, j, "this")) k = 0;
  else return false;
  if (!earlier && k == -1 && j > 0 && is_w(c, j - 1, "the")) return false; /* "the past year": duration */
  if (j + 1 >= c->n || c->k[j + 1].kind != TK_WORD) return false;
  const char *u = c->k[j + 1].lw;
  int unit = -1;
  if (!strcmp(u, "week")) unit = U_WEEK;
  else if (!strcmp(u, "month")) unit = U_MONTH;
  else if (!strcmp(u, "year")) unit = U_YEAR;
  else if (!strcmp(u, "decade")) unit = U_DECADE;
  h->end = j + 2;
  if (unit >= 0) {
    if (c->pub == SL_NO_DATE) {
      set_unresolved(&h->x, k < 0 ? "PAST_REF" : k > 0 ? "FUTURE_REF" : "PRESENT_REF", SL_GRAN_NONE);
      return true;
    }
    set_offset(&h->x, c->pub, unit, k);
    h->x.relative = 1;
    return true;
  }
  if (!strcmp(u, "weekend")) {
    if (c->pub == SL_NO_DATE) {
      set_unresolved(&h->x, "XXXX-WXX-WE", SL_GRAN_WEEK);
      return true;
    }
    /* the weekend ending on or after publication; "last" = the one before */
    int pw = sl_weekday(c->pub);
    int32_t sat = c->pub + (5 - pw);
    if (pw == 6) sat = c->pub - 1;
    if (k < 0) sat -= (pw >= 5 ? 7 : 7);
    else if (k > 0) sat += (pw >= 5 ? 7 : 0);
    set_week(&h->x, sat, "-WE");
    h->x.relative = 1;
    return true;
  }
  int s = lookup(u, SEASONS);
  if (s >= 0) {
    if (c->pub == SL_NO_DATE) {
      snprintf(h->x.value, sizeof h->x.value, "XXXX-%s", SEASON_CODE[s]);
      set_unresolved(&h->x, h->x.value, SL_GRAN_SEASON);
      return true;
    }
    set_season(&h->x, season_year(c->pub, s, k), s);
    h->x.relative = 1;
    return true;
  }
  /* "last November", "next March", "next March 11", "next Feb. 29" */
  size_t me;
  int m = month_at(c, j + 1, &me);
  if (m && c->pub != SL_NO_DATE && k != 0) {
    if (dayno_at(c, me)) /* a day with a year ("next March 11, 2026") is absolute */
      return relative_month_day(c, me, (unsigned)m, k, h);
    int y;
    unsigned pm, pd;
    sl_civil_from_days(c->pub, &y, &pm, &pd);
    int yy = k < 0 ? ((unsigned)m < pm ? y : y - 1) : ((unsigned)m > pm ? y : y + 1);
    set_month(&h->x, yy, (unsigned)m);
    h->end = me;
    h->x.relative = 1;
    return true;
  }
  return false;
}

/* Counted offsets and durations: "two weeks ago", "three days later",
 * "in five years", "for two weeks", "the past three years", "a six-month
 * ban", "36 hours". */
static bool rule_count(const ctx *c, size_t i, hit *h) {
  size_t j = i;
  bool the_past = false;
  if (is_w(c, j, "the") && (is_w(c, j + 1, "past") || is_w(c, j + 1, "last") ||
                            is_w(c, j + 1, "previous") || is_w(c, j + 1, "next") ||
                            is_w(c, j + 1, "coming") || is_w(c, j + 1, "following"))) {
    the_past = true;
    j += 2;
  }
  int n;
  size_t used;
  bool counted = count_at(c, j, &n, &used);
  size_t u = counted ? j + used : j;
  if (!counted && !the_past) {
    /* "decades", "years" alone: vague durations ("for years") */
    if (i > 0 && (is_w(c, i - 1, "for") || is_w(c, i - 1, "over") || is_w(c, i - 1, "within") ||
                  is_w(c, i - 1, "in")) && i < c->n &&
        c->k[i].kind == TK_WORD) {
      int un = unit_of(c->k[i].lw);
      if (un >= 0 && unit_plural(c->k[i].lw)) {
        set_duration(&h->x, -1, un);
        h->end = i + 1;
        return true;
      }
    }
    return false;
  }
  if (!counted) n = 1;
  bool hyphen = false;
  if (counted && is_p(c, u, '-')) hyphen = true, u++;
  if (u >= c->n || c->k[u].kind != TK_WORD) return false;
  int unit = unit_of(c->k[u].lw);
  if (unit < 0) return false;
  size_t e = u + 1;
  if (hyphen) { /* "six-month ban": a duration used as an adjective */
    if (unit_plural(c->k[u].lw) && strcmp(c->k[u].lw, "hours") != 0) return false;
    set_duration(&h->x, n, unit);
    h->end = e;
    return true;
  }
  if (!the_past) {
    int dir = 0;
    bool from_pub = false;
    if (is_w(c, e, "ago")) dir = -1, from_pub = true;
    else if (is_w(c, e, "earlier") || is_w(c, e, "before")) dir = -1;
    else if (is_w(c, e, "later") || is_w(c, e, "after")) dir = 1;
    else if (is_w(c, e, "from") && is_w(c, e + 1, "now")) dir = 1, from_pub = true, e++;
    /* "before"/"after" followed by something is a preposition ("two days
       before the vote"): anchor unknown, keep it a duration */
    if ((is_w(c, e, "before") || is_w(c, e, "after")) && e + 1 < c->n &&
        c->k[e + 1].kind == TK_WORD && !is_w(c, e + 1, "that"))
      dir = 0;
    if (dir && unit >= U_DAY && n >= 0) {
      int32_t anchor = from_pub ? c->pub : c->ref;
      h->end = e + 1;
      /* "N days later" counts from a day the text told, never from the
         publication (that would be the future: "20 years later, the costs
         are unknown").  In years a year stated in the sentence comes first
         ("in 2000 … two years later"); from a told day only a result not
         after publication is kept (a story told in the past tense): "April
         20 … 20 years later" is no 2030.  Else it is no date. */
      if (dir > 0 && !from_pub) {
        int sy = unit >= U_YEAR ? sentence_year(c) : 0;
        bool ok = c->ref_told;
        if (sy) {
          anchor = sl_days_from_civil(sy, 1, 1);
          ok = true;
        } else if (ok && unit >= U_YEAR) {
          sl_timex t;
          memset(&t, 0, sizeof t);
          set_offset(&t, anchor, unit, n);
          ok = t.first != SL_NO_DATE && t.first <= c->pub;
        }
        if (!ok) {
          set_unresolved(&h->x, "FUTURE_REF", SL_GRAN_NONE);
          return true;
        }
      }
      if (anchor == SL_NO_DATE) {
        set_unresolved(&h->x, dir < 0 ? "PAST_REF" : "FUTURE_REF", SL_GRAN_NONE);
        return true;
      }
      set_offset(&h->x, anchor, unit, dir * n);
      h->x.relative = 1;
      return true;
    }
    if (dir && n < 0) { /* "a few days ago": vague */
      set_unresolved(&h->x, dir < 0 ? "PAST_REF" : "FUTURE_REF", SL_GRAN_NONE);
      h->end = e + 1;
      return true;
    }
  }
  /* a duration; "a day" alone is too common to be worth tagging without
     "for"/"the past"/a number */
  /* "twice a day", "$5 a month", "per year" are rates, not durations */
  if (!the_past && counted && n == 1 && (is_w(c, j, "a") || is_w(c, j, "an")) && i > 0 &&
      (is_w(c, i - 1, "once") || is_w(c, i - 1, "twice") || is_w(c, i - 1, "times") ||
       is_w(c, i - 1, "per") || c->k[i - 1].kind == TK_NUM || is_w(c, i - 1, "million") ||
       is_w(c, i - 1, "billion") || is_w(c, i - 1, "dollars") || is_w(c, i - 1, "percent")))
    return false;
  if (!the_past && counted && n == 1 && !unit_plural(c->k[u].lw) && !(is_w(c, j, "a") || is_w(c, j, "an") || is_w(c, j, "one")))
    return false;
  set_duration(&h->x, n, unit);
  h->end = e;
  return true;
}

/* Sets: "every Sunday", "each year", "every two weeks", "daily", "weekly",
 * "annually". */
static bool rule_set(const ctx *c, size_t i, hit *h) {
  if (i >= c->n || c->k[i].kind != TK_WORD) return false;
  const char *w = c->k[i].lw;
  static const char *const adv[] = {"daily", "weekly", "monthly", "annually", "yearly", "nightly",
                                    "quarterly", NULL};
  static const char *const advv[] = {"P1D", "P1W", "P1M", "P1Y", "P1Y", "TNI", "P3M"};
  int a = lookup(w, adv);
  if (a >= 0) {
    /* "daily" before a noun ("a daily newspaper") is still a set in TimeML */
    h->x.type = SL_TIMEX_SET;
    h->x.gran = SL_GRAN_NONE;
    h->x.first = h->x.last = SL_NO_DATE;
    snprintf(h->x.value, sizeof h->x.value, "%s", a == 5 ? "XXXX-XX-XXTNI" : advv[a]);
    h->end = i + 1;
    return true;
  }
  if (strcmp(w, "every") && strcmp(w, "each")) return false;
  size_t j = i + 1;
  int n = 1;
  size_t used;
  if (count_at(c, j, &n, &used) && !is_w(c, j, "a")) j += used;
  else n = 1;
  if (j >= c->n || c->k[j].kind != TK_WORD) return false;
  int wd = c->k[j].cap ? lookup(c->k[j].lw, WEEKDAYS) : -1;
  if (wd < 0) wd = lookup(c->k[j].lw, WEEKDAYS) >= 0 && !strcmp(w, "every") ? lookup(c->k[j].lw, WEEKDAYS) : -1;
  h->x.type = SL_TIMEX_SET;
  h->x.gran = SL_GRAN_NONE;
  h->x.first = h->x.last = SL_NO_DATE;
  if (wd >= 0) {
    snprintf(h->x.value, sizeof h->x.value, "XXXX-WXX-%d", wd + 1);
    h->end = j + 1;
    return true;
  }
  int unit = unit_of(c->k[j].lw);
  if (unit < 0) {
    int m = lookup(c->k[j].lw, MONTHS);
    if (m >= 0 && c->k[j].cap) {
      snprintf(h->x.value, sizeof h->x.value, "XXXX-%02d", m + 1);
      h->end = j + 1;
      return true;
    }
    int se = lookup(c->k[j].lw, SEASONS);
    if (se >= 0) {
      snprintf(h->x.value, sizeof h->x.value, "XXXX-%s", SEASON_CODE[se]);
      h->end = j + 1;
      return true;
    }
    if (!strcmp(c->k[j].lw, "weekend")) {
      snprintf(h->x.value, sizeof h->x.value, "XXXX-WXX-WE");
      h->end = j + 1;
      return true;
    }
    return false;
  }
  static const char *const code[] = {"M", "H", "D", "W", "M", "Y", "DE", "CE"};
  snprintf(h->x.value, sizeof h->x.value, "P%s%d%s", unit <= U_HOUR ? "T" : "", n, code[unit]);
  h->end = j + 1;
  return true;
}

/* Seasons, quarters and fiscal years with an explicit year or article:
 * "summer 2021", "the summer of 2021", "the first quarter of 2021", "the
 * third quarter", "fiscal 2021", "fiscal year 2021", "FY2021". */
static bool rule_period(const ctx *c, size_t i, hit *h) {
  if (i >= c->n || c->k[i].kind != TK_WORD) return false;
  int s = lookup(c->k[i].lw, SEASONS);
  if (s >= 0) {
    size_t e = i + 1;
    if (is_w(c, e, "of")) e++;
    int y = year_at(c, e);
    if (!y) {
      /* "in the summer", "this summer" is rule_relative_unit's; "in summer" */
      bool the = i > 0 && is_w(c, i - 1, "the") && i > 1 && (is_w(c, i - 2, "in") || is_w(c, i - 2, "during"));
      bool in = i > 0 && (is_w(c, i - 1, "in") || is_w(c, i - 1, "during"));
      if (!(the || in) || c->pub == SL_NO_DATE || (s == 3 && !the) /* "fall" is also a verb */)
        return false;
      y = season_year(c->pub, s, c->tense);
      h->x.relative = 1;
      e = i + 1;
    } else {
      e++;
    }
    set_season(&h->x, y, s);
    h->end = e;
    return true;
  }
  /* "first quarter" */
  int q = lookup(c->k[i].lw, ORDINALS);
  if (q >= 1 && is_w(c, i + 1, "quarter")) {
    size_t e = i + 2;
    int y = 0;
    if (is_w(c, e, "of") && year_at(c, e + 1)) y = year_at(c, e + 1), e += 2;
    else if (year_at(c, e)) y = year_at(c, e), e += 1;
    if (!y) {
      if (c->pub == SL_NO_DATE) return false;
      int py;
      unsigned pm, pd;
      sl_civil_from_days(c->pub, &py, &pm, &pd);
      y = py;
      if (!c->future && (unsigned)(q * 3 - 2) > pm) y = py - 1;
      h->x.relative = 1;
    }
    h->x.type = SL_TIMEX_DATE;
    h->x.gran = SL_GRAN_SEASON;
    h->x.first = sl_days_from_civil(y, (unsigned)(q * 3 - 2), 1);
    h->x.last = sl_days_from_civil(y, (unsigned)(q * 3), sl_days_in_month(y, (unsigned)(q * 3)));
    snprintf(h->x.value, sizeof h->x.value, "%04d-Q%d", y, q);
    h->end = e;
    return true;
  }
  if (!strcmp(c->k[i].lw, "fiscal")) {
    size_t e = i + 1;
    if (is_w(c, e, "year")) e++;
    int y = year_at(c, e);
    if (!y) return false;
    set_year(&h->x, y);
    h->x.fiscal = 1;
    snprintf(h->x.value, sizeof h->x.value, "FY%04d", y);
    h->end = e + 1;
    return true;
  }
  return false;
}

/* A 24-hour clock time written as 3 or 4 digits ("1905", "0930", "845"):
 * hours below 24, minutes below 60. */
static bool clock_digits(const tk *k) {
  return k->kind == TK_NUM && k->num >= 0 && !k->suf[0] && k->ndig >= 3 && k->ndig <= 4 &&
         k->num / 100 < 24 && k->num % 100 < 60;
}

/* Time zones written after a clock time ("1925 GMT", "2030 BST"), in capitals;
 * also "hrs" and "local time". */
static bool zone_at(const ctx *c, size_t i) {
  static const char *const zones[] = {
      "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "wet", "west", "est", "edt", "cst",
      "cdt", "mst", "mdt", "pst", "pdt", "akst", "akdt", "hst", "ast", "adt", "et", "ct", "pt",
      "mt", "ist", "jst", "kst", "hkt", "sgt", "aest", "aedt", "awst", "msk", "eat", "cat",
      "wat", "sast", "pkt", NULL};
  if (i >= c->n || c->k[i].kind != TK_WORD) return false;
  const tk *k = &c->k[i];
  if (!strcmp(k->lw, "hrs")) return true;
  if (!strcmp(k->lw, "local") && is_w(c, i + 1, "time")) return true;
  for (uint32_t x = 0; x < k->len; x++) /* "GMT", not "cat" */
    if (c->t[k->off + x] < 'A' || c->t[k->off + x] > 'Z') return false;
  return lookup(k->lw, zones) >= 0;
}

/* An opening bracket at i: "(" or the Penn Treebank "-LRB-"; the token
 * after it in *next. */
static bool open_bracket(const ctx *c, size_t i, size_t *next) {
  if (is_p(c, i, '(')) return *next = i + 1, true;
  if (is_p(c, i, '-') && is_w(c, i + 1, "lrb") && is_p(c, i + 2, '-')) return *next = i + 3, true;
  return false;
}

/* Whether the number at i opens a bracket after a clock time written with a
 * colon: "Updated 12:10 p.m. (1910 in Cairo)", the same time elsewhere. */
static bool clock_before_bracket(const ctx *c, size_t i) {
  size_t b; /* first token of the bracket */
  if (i >= 1 && is_p(c, i - 1, '(')) b = i - 1;
  else if (i >= 3 && is_p(c, i - 3, '-') && is_w(c, i - 2, "lrb") && is_p(c, i - 1, '-')) b = i - 3;
  else return false;
  size_t j = b;
  for (int steps = 0; j > 0 && steps < 6; steps++) { /* "p.m.", "a.m. ET" */
    const tk *q = &c->k[j - 1];
    if (is_p(c, j - 1, '.') || (q->kind == TK_WORD && (!strcmp(q->lw, "a") || !strcmp(q->lw, "p") ||
                                                      !strcmp(q->lw, "m") || !strcmp(q->lw, "am") ||
                                                      !strcmp(q->lw, "pm"))) ||
        zone_at(c, j - 1))
      j--;
    else break;
  }
  if (j == 0 || c->k[j - 1].kind != TK_NUM) return false;
  const tk *q = &c->k[j - 1];
  return q->len >= 4 && q->len <= 5 && memchr(c->t + q->off, ':', q->len) != NULL;
}

/* Whether the number at i is a clock time, not a year: "at 1930 CDT",
 * "1900 to 2200 EST", "at 2000 (0000 GMT)", and in a live blog (the
 * article's lines start with clock stamps, sl_timex_names.live) a stamp:
 * "1905 : Welcome to ...", or before a capitalised word at the start of a
 * line or sentence ("2010 The minister ...") or after a lowercase word
 * that gives no date context. */
static bool clock_at(const ctx *c, size_t i) {
  if (i >= c->n || !clock_digits(&c->k[i])) return false;
  if (zone_at(c, i + 1)) return true;
  size_t j;
  if ((is_w(c, i + 1, "to") || is_w(c, i + 1, "and") || is_w(c, i + 1, "until") ||
       is_p(c, i + 1, '-')) &&
      i + 2 < c->n && clock_digits(&c->k[i + 2]) && zone_at(c, i + 3))
    return true; /* a range of clock times */
  if (open_bracket(c, i + 1, &j) && j < c->n && clock_digits(&c->k[j]) && zone_at(c, j + 1))
    return true; /* the same time in another zone */
  if (clock_before_bracket(c, i)) return true; /* "12:10 p.m. (1910 in Cairo)" */
  if (c->names && c->names->live) {
    if (is_p(c, i + 1, ':')) return true;
    if (i + 1 < c->n && c->k[i + 1].kind == TK_WORD && c->k[i + 1].cap) {
      if (i == 0 || c->k[i].nl) return true;
      /* glued to the end of the previous entry, which lost its line break
         ("... may have died 2050 The president says"): after a lowercase
         word that gives no date context ("in 2004 Congress", "the 2004
         Games" stay years) */
      const tk *q = &c->k[i - 1];
      if (q->kind == TK_WORD && !q->cap && lookup(q->lw, SHIELDS) < 0 &&
          lookup(q->lw, MONTH_PRE) < 0)
        return true;
    }
  }
  return false;
}

/* A bare year: "in 2018", "2018's", "since 1990" — but not "2,018 people"
 * (the comma makes it a number), "$2018", "2018 people", "No. 2018", or a
 * clock time ("at 1930 GMT", a live blog's "1905 :"). */
static bool rule_year(const ctx *c, size_t i, hit *h) {
  int y = year_at(c, i);
  if (!y || y < 1900 || y > 2100) return false;
  if (clock_at(c, i)) return false;
  /* glued to a word: a model or a user name ("M1911 pistol", "Blue2054") */
  if (i > 0 && c->k[i - 1].kind == TK_WORD && c->k[i - 1].off + c->k[i - 1].len == c->k[i].off)
    return false;
  if (i > 0) {
    const tk *p = &c->k[i - 1];
    if (p->kind == TK_PUNCT && (p->lw[0] == '$' || p->lw[0] == '#' || p->lw[0] == '+'))
      return false;
    if (p->kind == TK_OTHER) return false; /* €, £ */
    static const char *const no[] = {"no", "number", "route", "page", "flight", "room", "model",
                                     "about", "some", "nearly", "almost", "than", "over", "under",
                                     "least", "approximately", "roughly", "around", "top", NULL};
    if (p->kind == TK_WORD && lookup(p->lw, no) >= 0) return false;
    if (p->kind == TK_NUM) return false;
  }
  if (i + 1 < c->n) {
    const tk *q = &c->k[i + 1];
    if (quantity_word(q)) return false;
    if (q->kind == TK_PUNCT && (q->lw[0] == '%')) return false;
    if (q->kind == TK_NUM) return false;
    if (is_w(c, i + 1, "fiscal")) { /* "the 2021 fiscal year" */
      set_year(&h->x, y);
      h->x.fiscal = 1;
      snprintf(h->x.value, sizeof h->x.value, "FY%04d", y);
      h->end = is_w(c, i + 2, "year") ? i + 3 : i + 2;
      return true;
    }
  }
  set_year(&h->x, y);
  h->end = i + 1;
  return true;
}

/* Anaphoric days, anchored on the last resolved day: "the next day", "the
 * following day", "the day before", "the previous day", "that day", "the
 * same day". */
static bool rule_anaphoric(const ctx *c, size_t i, hit *h) {
  int off;
  size_t e;
  if (is_w(c, i, "the") && (is_w(c, i + 1, "next") || is_w(c, i + 1, "following")) &&
      is_w(c, i + 2, "day"))
    off = 1, e = i + 3;
  else if (is_w(c, i, "the") && is_w(c, i + 1, "previous") && is_w(c, i + 2, "day"))
    off = -1, e = i + 3;
  else if (is_w(c, i, "the") && is_w(c, i + 1, "day") && is_w(c, i + 2, "before") &&
           !(i + 3 < c->n && c->k[i + 3].kind == TK_WORD))
    off = -1, e = i + 3;
  else if (is_w(c, i, "the") && is_w(c, i + 1, "same") && is_w(c, i + 2, "day"))
    off = 0, e = i + 3;
  else if (is_w(c, i, "that") && is_w(c, i + 1, "day"))
    off = 0, e = i + 2;
  else return false;
  h->end = e;
  if (c->ref == SL_NO_DATE) {
    set_unresolved(&h->x, "XXXX-XX-XX", SL_GRAN_DAY);
    return true;
  }
  set_day(&h->x, c->ref + off, NULL);
  h->x.relative = 1;
  return true;
}

/* ---- driver ------------------------------------------------------------ */

/* Modifiers kept inside the span: "early", "late", "mid", "mid-". */
static size_t modifier_start(const ctx *c, size_t i) {
  if (i > 0 && (is_w(c, i - 1, "early") || is_w(c, i - 1, "late") || is_w(c, i - 1, "mid")))
    return i - 1;
  if (i > 1 && is_p(c, i - 1, '-') && is_w(c, i - 2, "mid")) return i - 2;
  return i;
}

/* The whole article is not lexed: only a window of NAME_WINDOW bytes before
 * a capitalised month name and twice that after it (each then on to a space,
 * at most NAME_WINDOW more), enough for the two tokens of context
 * month_name_shape reads and the words title_case_at reads.
 * Linear in len: windows are bounded. */
#define NAME_WINDOW 48

static size_t window_edge(const char *t, size_t len, size_t i, int dir) {
  for (size_t k = 0; k < NAME_WINDOW; k++) {
    if (dir < 0 ? i == 0 : i >= len) break;
    char ch = dir < 0 ? t[i - 1] : t[i];
    if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') break;
    i = dir < 0 ? i - 1 : i + 1;
  }
  return i;
}

/* Whether text is a live blog: at least three of its lines start with a
 * clock stamp ("2155 : ...", "0930 The ...": 3 or 4 digits, hours below 24
 * and minutes below 60, then a colon or a capitalised word), one of them at
 * least cannot be a year (below 1000 — "0930", "845" — or above 2100), and
 * few line starts of that shape are no clock time ("1991 : ..." in a list of
 * years; a chronology of 1850, 1905, 1912 is not a live blog).  Linear. */
static bool live_blog_scan(const char *t, size_t len) {
  unsigned clocks = 0, nonyear = 0, other = 0;
  for (size_t i = 0; i < len; i++) {
    if (i > 0 && t[i - 1] != '\n') continue;
    size_t j = i;
    while (j < len && (t[j] == ' ' || t[j] == '\t')) j++;
    size_t d = j;
    int v = 0;
    while (j < len && is_digit((unsigned char)t[j]) && j - d < 5) v = v * 10 + (t[j++] - '0');
    if (j - d < 3 || j - d > 4 || j >= len || (t[j] != ' ' && t[j] != ':')) continue;
    size_t k = j;
    while (k < len && t[k] == ' ') k++;
    if (k >= len || !(t[k] == ':' || (t[k] >= 'A' && t[k] <= 'Z'))) continue;
    if (v / 100 < 24 && v % 100 < 60) {
      clocks++;
      if (v < 1000 || v > 2100) nonyear++;
    } else {
      other++;
    }
  }
  return clocks >= 3 && nonyear >= 1 && other * 4 <= clocks;
}

bool sl_timex_names_scan(const char *text, size_t len, sl_timex_names *nm) {
  memset(nm, 0, sizeof *nm);
  if (!text) return true;
  tkvec toks = {0};
  bool ok = true;
  for (size_t i = 0; i < len && ok;) {
    /* a capital that starts a word and can start a month name */
    unsigned char ch = (unsigned char)text[i];
    if (ch < 'A' || ch > 'Z' || !strchr("ADFJMNOS", ch) ||
        (i > 0 && is_alpha((unsigned char)text[i - 1]))) {
      i++;
      continue;
    }
    size_t j = i + 1;
    while (j < len && is_alpha((unsigned char)text[j])) j++;
    char w[16];
    if (j - i >= 3 && j - i < sizeof w) {
      for (size_t x = i; x < j; x++) w[x - i] = (char)tolower((unsigned char)text[x]);
      w[j - i] = 0;
      if (lookup(w, MONTHS) >= 0) {
        size_t a = window_edge(text, len, i > NAME_WINDOW ? i - NAME_WINDOW : 0, -1);
        size_t b = window_edge(text, len, SL_MIN(j + 2 * NAME_WINDOW, len), +1);
        if (!(ok = lex(text + a, b - a, &toks))) break;
        ctx c = {text + a, toks.a,     toks.n, SL_NO_DATE, false, 0,      0,
                 0,        0,          SL_NO_DATE, NULL,  b < len, false, 0, SL_NO_DATE};
        for (size_t t = 0; t < toks.n; t++)
          if (toks.a[t].off == i - a) names_add(&c, t, nm);
      }
    }
    i = j;
  }
  sl_vec_free(&toks);
  if (!ok) memset(nm, 0, sizeof *nm);
  else nm->live = live_blog_scan(text, len);
  return ok;
}

size_t sl_timex_tag_ref(const char *text, size_t len, int32_t pubdate, int32_t *ref,
                        sl_timex *out, size_t cap) {
  return sl_timex_tag_names(text, len, pubdate, ref, NULL, out, cap);
}

size_t sl_timex_tag_names(const char *text, size_t len, int32_t pubdate, int32_t *ref,
                          const sl_timex_names *names, sl_timex *out, size_t cap) {
  if (!text || !len) return 0;
  tkvec toks = {0};
  if (!lex(text, len, &toks)) {
    sl_vec_free(&toks);
    return 0;
  }
  sl_timex_names own; /* without the article's: the names of this text */
  ctx c = {text, toks.a, toks.n, pubdate, false, 0, 0, 0, 0,
           ref && *ref != SL_NO_DATE ? *ref : pubdate, names, false, ref && *ref != SL_NO_DATE,
           0, SL_NO_DATE};
  if (!names) {
    memset(&own, 0, sizeof own);
    own.live = live_blog_scan(text, len);
    for (size_t i = 0; i < toks.n; i++) names_add(&c, i, &own);
    c.names = &own;
  }
  uint8_t *cache = calloc(toks.n + 1, 1);
  if (!cache) {
    sl_vec_free(&toks);
    return 0;
  }
  size_t count = 0;
  size_t last_end = 0; /* token index after the previous expression */
  for (size_t i = 0; i < toks.n;) {
    if (!trigger(&toks.a[i]) && !trigger_word(&toks.a[i])) {
      i++;
      continue;
    }
    hit h;
    memset(&h, 0, sizeof h);
    h.start = i;
    /* tense of the clause around the token (the expression's own words,
       "last", "next", are read by the rules themselves) */
    c.tense = tense_near(toks.a, toks.n, i, i + 1, cache);
    c.cur = i;
    c.future = c.tense > 0;
    bool ok = rule_set(&c, i, &h) || rule_anaphoric(&c, i, &h) || rule_weekday(&c, i, &h) ||
              rule_relative_unit(&c, i, &h) || rule_deictic(&c, i, &h) ||
              rule_period(&c, i, &h) || rule_absolute(&c, i, &h) || rule_decade(&c, i, &h) ||
              rule_count(&c, i, &h) || rule_year(&c, i, &h);
    if (!ok || h.end <= i) {
      i++;
      continue;
    }
    size_t s = h.start;
    if (h.x.type == SL_TIMEX_DATE && (h.x.gran == SL_GRAN_DECADE || h.x.gran == SL_GRAN_YEAR ||
                                      h.x.gran == SL_GRAN_MONTH || h.x.gran == SL_GRAN_CENTURY))
      s = modifier_start(&c, s);
    if (s < last_end) s = last_end;
    h.x.off = toks.a[s].off;
    const tk *lt = &toks.a[h.end - 1];
    h.x.len = lt->off + lt->len - h.x.off;
    if (count < cap) out[count] = h.x;
    count++;
    if (h.x.type == SL_TIMEX_DATE && h.x.gran == SL_GRAN_DAY && h.x.first != SL_NO_DATE)
      c.ref = h.x.first, c.ref_told = true;
    if (h.weekday) c.wd_end = h.end, c.wd_day = h.x.first;
    /* a year stated in the sentence anchors later months without one ("in
       2017, when a hurricane struck in late August") */
    if (h.x.type == SL_TIMEX_DATE && h.x.first != SL_NO_DATE && !h.x.fiscal &&
        (h.x.gran == SL_GRAN_YEAR ||
         ((h.x.gran == SL_GRAN_MONTH || h.x.gran == SL_GRAN_DAY || h.x.gran == SL_GRAN_SEASON) &&
          !h.x.relative))) {
      int y;
      unsigned m, d;
      sl_civil_from_days(h.x.first, &y, &m, &d);
      c.anchor_year = y;
      c.anchor_tok = h.end;
    }
    last_end = h.end;
    i = h.end;
  }
  if (ref) *ref = c.ref;
  free(cache);
  sl_vec_free(&toks);
  return count;
}

static const char *const END_MORE[] = {"ago", "today", "tonight", "yesterday", "tomorrow",
                                       "weekend", "weekends", "quarter", NULL};
/* The lists sl_timex_end_word reads, and a filter built once from them
 * (call_once): end_fl[n][c - 'a'] has bit l - 'a' set when a listed word
 * has n bytes, starts with c and ends with l (every listed word is lower
 * case).  The quotes module asks about thousands of words; most fail this
 * one test before any list is read. */
static const char *const *const END_LISTS[] = {MONTHS,   WEEKDAYS,  PARTS_OF_DAY, SEASONS,
                                               UNIT_ONE, UNIT_MANY, END_MORE};
static uint32_t end_fl[16][26];
static bool end_nofilter; /* a listed word the table cannot hold: no filter */
static once_flag end_once = ONCE_FLAG_INIT;

static void end_build(void) {
  for (size_t l = 0; l < SL_COUNTOF(END_LISTS); l++)
    for (const char *const *w = END_LISTS[l]; *w; w++) {
      size_t n = strlen(*w);
      char f = (*w)[0], e = n ? (*w)[n - 1] : 0;
      if (n && n < SL_COUNTOF(end_fl) && f >= 'a' && f <= 'z' && e >= 'a' && e <= 'z')
        end_fl[n][f - 'a'] |= 1u << (e - 'a');
      else
        end_nofilter = true;
    }
}

bool sl_timex_end_word(const char *w, size_t n) {
  char lw[16];
  if (!n || n >= sizeof lw) return false;
  call_once(&end_once, end_build);
  unsigned f = (unsigned)tolower((unsigned char)w[0]), e = (unsigned)tolower((unsigned char)w[n - 1]);
  if (!end_nofilter &&
      (f < 'a' || f > 'z' || e < 'a' || e > 'z' || !((end_fl[n][f - 'a'] >> (e - 'a')) & 1u)))
    return false;
  for (size_t i = 0; i < n; i++) lw[i] = (char)tolower((unsigned char)w[i]);
  lw[n] = 0;
  for (size_t l = 0; l < SL_COUNTOF(END_LISTS); l++)
    if (lookup(lw, END_LISTS[l]) >= 0) return true;
  return false;
}

size_t sl_timex_tag(const char *text, size_t len, int32_t pubdate, sl_timex *out, size_t cap) {
  return sl_timex_tag_ref(text, len, pubdate, NULL, out, cap);
}

const char *sl_timex_gran_name(int gran) {
  static const char *const names[] = {"none", "day", "week", "month", "season", "year", "decade",
                                      "century"};
  return gran >= 0 && gran < (int)SL_COUNTOF(names) ? names[gran] : "none";
}
