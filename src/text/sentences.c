/*
 * sentences.c — sl_text_sentences: one paragraph into sentences.
 *
 * A candidate boundary is a run of end marks (. ? ! … ... . . .) followed by any
 * closing quotes/brackets, then whitespace.  The closers belong to the
 * sentence before ("... that.” Next").  The candidate is a boundary when
 * the next character is not lowercase ("…,” he said" and "“Yes?” she
 * asked" stay one sentence) and, for a single period, when the word before
 * it is not an abbreviation that forbids it:
 *   - titles and Latin forms (Mr., Dr., Gen., vs., e.g.) never end one;
 *   - numbering words (No., Vol.) and months (Sept.) do not before a digit,
 *     and do otherwise;
 *   - a.m. and p.m. end one unless a day, month or time zone follows;
 *   - ambiguous ones (Inc., Jr., U.S., single-letter initials) end a
 *     sentence only when the next word is a capitalised function word
 *     ("The", "He", "It"), which is how a new sentence usually starts and
 *     a name never does;
 *   - list numbers ("2. ``Notting Hill''") at a sentence start or after a
 *     colon never end one, nor does the period of a wire dateline
 *     ("TOPPENISH, Wash. (AP) --").
 *
 * Invariant: the scan moves forward; look-behind and look-ahead are capped
 * at a few dozen bytes, so the cost is linear in the paragraph even for a
 * 1 MB paragraph without punctuation or a 1 MB run of "a. ".
 */
#include <string.h>

#include "text_int.h"

/* How an abbreviation before a period affects a boundary. */
enum {
  SL_AB_NONE = 0, /* not an abbreviation: ordinary word */
  SL_AB_NEVER,    /* never ends a sentence (Mr., e.g.) */
  SL_AB_NUMBER,   /* no boundary before a digit (No. 5), else ordinary */
  SL_AB_MONTH,    /* no boundary before a digit, else a boundary */
  SL_AB_AMBIG,    /* boundary only before a capitalised function word */
  SL_AB_TIME      /* a.m./p.m.: boundary unless a day, month or zone follows */
};

typedef struct sl_abbrev {
  const char *w; /* as written, without the final period */
  uint8_t kind;  /* SL_AB_* */
} sl_abbrev;

/* Case-sensitive: "Co." is an abbreviation, "co." is not written. */
static const sl_abbrev sl_abbrevs[] = {
    /* titles and forms of address */
    {"Mr", SL_AB_NEVER}, {"Mrs", SL_AB_NEVER}, {"Ms", SL_AB_NEVER}, {"Messrs", SL_AB_NEVER},
    {"Dr", SL_AB_NEVER}, {"Prof", SL_AB_NEVER}, {"Gen", SL_AB_NEVER}, {"Sen", SL_AB_NEVER},
    {"Sens", SL_AB_NEVER}, {"Rep", SL_AB_NEVER}, {"Reps", SL_AB_NEVER}, {"Gov", SL_AB_NEVER},
    {"Lt", SL_AB_NEVER}, {"Col", SL_AB_NEVER}, {"Capt", SL_AB_NEVER}, {"Sgt", SL_AB_NEVER},
    {"Cmdr", SL_AB_NEVER}, {"Adm", SL_AB_NEVER}, {"Maj", SL_AB_NEVER}, {"Brig", SL_AB_NEVER},
    {"Cpl", SL_AB_NEVER}, {"Pvt", SL_AB_NEVER}, {"Rev", SL_AB_NEVER}, {"Hon", SL_AB_NEVER},
    {"Pres", SL_AB_NEVER}, {"Supt", SL_AB_NEVER}, {"Det", SL_AB_NEVER}, {"Insp", SL_AB_NEVER},
    {"Atty", SL_AB_NEVER}, {"Amb", SL_AB_NEVER}, {"Fr", SL_AB_NEVER}, {"Mt", SL_AB_NEVER},
    {"Ft", SL_AB_NEVER}, {"Sr", SL_AB_AMBIG}, {"Jr", SL_AB_AMBIG}, {"St", SL_AB_AMBIG},
    /* more ranks and offices written before a name (AP: Army Spc., Pfc.,
     * Navy Cmdr.; Msgr., Dist. Atty.) */
    {"Spc", SL_AB_NEVER}, {"Spec", SL_AB_NEVER}, {"Pfc", SL_AB_NEVER}, {"Cpt", SL_AB_NEVER},
    {"Cdr", SL_AB_NEVER}, {"Comdr", SL_AB_NEVER}, {"Ens", SL_AB_NEVER}, {"Msgr", SL_AB_NEVER},
    {"Dist", SL_AB_NEVER}, {"Asst", SL_AB_NEVER}, {"Govs", SL_AB_NEVER}, {"Rt", SL_AB_NEVER},
    {"Ald", SL_AB_NEVER},
    /* Latin and other connectives */
    {"vs", SL_AB_NEVER}, {"v", SL_AB_NEVER}, {"cf", SL_AB_NEVER}, {"viz", SL_AB_NEVER},
    {"e.g", SL_AB_NEVER}, {"i.e", SL_AB_NEVER}, {"etc", SL_AB_AMBIG}, {"approx", SL_AB_NEVER},
    {"est", SL_AB_AMBIG}, {"al", SL_AB_AMBIG},
    /* companies and places */
    {"Inc", SL_AB_AMBIG}, {"Corp", SL_AB_AMBIG}, {"Co", SL_AB_AMBIG}, {"Ltd", SL_AB_AMBIG},
    {"Bros", SL_AB_AMBIG}, {"Plc", SL_AB_AMBIG}, {"Cos", SL_AB_AMBIG}, {"Assn", SL_AB_AMBIG},
    {"Dept", SL_AB_AMBIG}, {"Univ", SL_AB_AMBIG}, {"Ave", SL_AB_AMBIG}, {"Blvd", SL_AB_AMBIG},
    {"Rd", SL_AB_AMBIG},
    /* State abbreviations (Calif., Mass.) are deliberately absent: AP style
     * sets them off with commas ("Boston, Mass., officials"), so a period
     * with no comma after one ends the sentence. */
    /* numbering */
    {"No", SL_AB_NUMBER}, {"Nos", SL_AB_NUMBER}, {"no", SL_AB_NUMBER}, {"Vol", SL_AB_NUMBER},
    {"vol", SL_AB_NUMBER}, {"p", SL_AB_NUMBER}, {"pp", SL_AB_NUMBER}, {"Art", SL_AB_NUMBER},
    {"Fig", SL_AB_NUMBER}, {"fig", SL_AB_NUMBER}, {"Ch", SL_AB_NUMBER}, {"Sec", SL_AB_NUMBER},
    {"Prop", SL_AB_NUMBER}, {"Hwy", SL_AB_NUMBER}, {"Rte", SL_AB_NUMBER}, {"Apt", SL_AB_NUMBER},
    {"Nr", SL_AB_NUMBER}, {"ext", SL_AB_NUMBER}, {"tel", SL_AB_NUMBER}, {"Tel", SL_AB_NUMBER},
    /* months (May has no period; Mar/Apr/Jun/Jul are rarer but seen) */
    {"Jan", SL_AB_MONTH}, {"Feb", SL_AB_MONTH}, {"Mar", SL_AB_MONTH}, {"Apr", SL_AB_MONTH},
    {"Jun", SL_AB_MONTH}, {"Jul", SL_AB_MONTH}, {"Aug", SL_AB_MONTH}, {"Sep", SL_AB_MONTH},
    {"Sept", SL_AB_MONTH}, {"Oct", SL_AB_MONTH}, {"Nov", SL_AB_MONTH}, {"Dec", SL_AB_MONTH},
};

/* Longest look-behind / look-ahead in bytes: no abbreviation is longer. */
#define SL_SENT_LOOK 24

/* Kind of the word w[0..n) written before a period. */
static uint8_t sl_abbrev_kind(const char *w, size_t n) {
  if (n == 0 || n > 8) return SL_AB_NONE;
  for (size_t k = 0; k < SL_COUNTOF(sl_abbrevs); k++) {
    const char *a = sl_abbrevs[k].w;
    if (a[0] == w[0] && strlen(a) == n && memcmp(a, w, n) == 0) return sl_abbrevs[k].kind;
  }
  /* dotted forms not listed (U.S, U.K, a.m, p.m, D.C, Ph.D): letters of one
   * or two characters separated by periods */
  bool dotted = false;
  size_t seg = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)w[i];
    if (c == '.') {
      if (seg == 0 || seg > 2) return SL_AB_NONE;
      dotted = true;
      seg = 0;
    } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      seg++;
    } else {
      return SL_AB_NONE;
    }
  }
  if (n == 3 && (w[0] == 'a' || w[0] == 'p') && w[1] == '.' && w[2] == 'm') return SL_AB_TIME;
  return dotted && seg >= 1 && seg <= 2 ? SL_AB_AMBIG : SL_AB_NONE;
}

/* Words that continue a time ("6:30 a.m. Friday", "9 p.m. EST"). */
static bool sl_time_follower(const char *t, size_t m, size_t end) {
  static const char *const w[] = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "Mon",    "Tue",     "Tues",      "Wed",      "Thu",    "Thurs",    "Fri",
      "Sat",    "Sun",     "January",   "February", "March",  "April",    "May",
      "June",   "July",    "August",    "September", "October", "November", "December",
      "Jan",    "Feb",     "Mar",       "Apr",      "Jun",    "Jul",      "Aug",
      "Sep",    "Sept",    "Oct",       "Nov",      "Dec",    "Eastern",  "Central",
      "Pacific", "Mountain", "ET",      "EST",      "EDT",    "CT",       "CST",
      "CDT",    "MT",      "MST",       "MDT",      "PT",     "PST",      "PDT",
      "GMT",    "UTC",     "BST",       "CET",      "CEST",   "IST",      "JST",
      "AEST",   "local",   "Local",     "today",    "Today",  "tomorrow", "Tomorrow"};
  size_t j = m;
  while (j < end && j - m < SL_SENT_LOOK && (((unsigned char)t[j] | 0x20) >= 'a') &&
         (((unsigned char)t[j] | 0x20) <= 'z'))
    j++;
  for (size_t k = 0; k < SL_COUNTOF(w); k++)
    if (strlen(w[k]) == j - m && memcmp(w[k], t + m, j - m) == 0) return true;
  return false;
}

/* True when the code point before a period makes the word an initial
 * (a single uppercase letter: "J. K. Rowling", "George W. Bush"). */
static bool sl_is_initial(const char *t, size_t wb, size_t we) {
  int len;
  int32_t c = sl_tx_cp(t, wb, we, &len);
  return wb + (size_t)len == we && sl_tx_is_upper(c);
}

/* The next word at t[m..end) is a capitalised function word ("The", "He"),
 * and not itself an initial ("A. Smith"). */
static bool sl_next_is_function_word(const char *t, size_t m, size_t end) {
  size_t j = m;
  while (j < end && j - m < SL_SENT_LOOK && (((unsigned char)t[j] | 0x20) >= 'a') &&
         (((unsigned char)t[j] | 0x20) <= 'z'))
    j++;
  if (j == m || j - m >= SL_SENT_LOOK) return false;
  if (j < end && t[j] == '.' && j - m == 1) return false; /* "A." initial */
  if (j < end && (t[j] == '\'' || (unsigned char)t[j] == 0xE2)) {
    /* contractions: "It's", "I’m" are sentence starters too */
    return sl_tx_stop_ci(t + m, j - m) || (j - m == 1 && (t[m] == 'I'));
  }
  return sl_tx_stop_ci(t + m, j - m);
}

/* Closers that belong to the sentence before them. */
static bool sl_is_closer(int32_t c) {
  return sl_tx_is_quote(c) || c == ')' || c == ']' || c == '}';
}

/* Decides whether the candidate ends a sentence.  wb..we: the word before
 * the marks (trimmed of opening punctuation); single: the marks are one
 * '.'; m: first byte of the next sentence. */
static bool sl_is_boundary(const char *t, size_t wb, size_t we, bool single,
                           size_t m, size_t end) {
  int len;
  int32_t nx = sl_tx_cp(t, m, end, &len);
  if (sl_tx_is_lower(nx)) {
    /* "…,” he said", "Yes?” she asked" — but a camel-case name ("iPhone",
     * "eBay", "mRNA") can start a sentence */
    int l2;
    int32_t n2 = m + (size_t)len < end ? sl_tx_cp(t, m + (size_t)len, end, &l2) : -1;
    if (n2 < 0 || !sl_tx_is_upper(n2)) return false;
  }
  /* a new sentence starts with a capital (or caseless) letter, a digit, a
   * quote, an opening bracket, a currency sign, ¿ ¡ or a handle/tag; not
   * with a dash, comma, another period or a closing bracket */
  if (!(sl_tx_is_letter(nx) || sl_tx_is_digit(nx) || sl_tx_is_quote(nx) || nx == '(' ||
        nx == '[' || nx == '#' || nx == '@' || nx == 0xBF || nx == 0xA1 ||
        (nx >= 0x80 && utf8proc_category(nx) == UTF8PROC_CATEGORY_SC) || nx == '$'))
    return false;
  if (!single) return true;             /* ? ! … ... */
  if (we == wb) return true;            /* " ." or a period after a quote */
  bool digit = sl_tx_is_digit(nx);
  if (sl_is_initial(t, wb, we)) return !digit && sl_next_is_function_word(t, m, end);
  switch (sl_abbrev_kind(t + wb, we - wb)) {
    case SL_AB_NEVER:
      return false;
    case SL_AB_NUMBER:
      return !digit;
    case SL_AB_TIME:
      return !digit && !sl_time_follower(t, m, end);
    case SL_AB_MONTH:
      /* months are abbreviated only before a day ("Sept. 12"); "in Sept.
       * Analysts…" ends the sentence */
      return !digit;
    case SL_AB_AMBIG:
      if (digit) return false;
      if (sl_tx_is_quote(nx)) return true;
      return sl_next_is_function_word(t, m, end);
    default:
      return true;
  }
}

/* Appends [b, e) trimmed of surrounding whitespace, if not empty. */
static bool sl_push_sent(const char *t, size_t b, size_t e, sl_spanvec *out) {
  int len;
  while (b < e) {
    int32_t c = sl_tx_cp(t, b, e, &len);
    if (!sl_tx_is_space(c)) break;
    b += (size_t)len;
  }
  while (e > b) {
    int32_t c = sl_tx_prev_cp(t, b, e, &len);
    if (!sl_tx_is_space(c)) break;
    e -= (size_t)len;
  }
  if (e <= b) return true;
  sl_span s = {(uint32_t)b, (uint32_t)(e - b)};
  return sl_vec_push(out, s);
}

/* Is t[i] the start of an end mark?  Sets *len to its bytes. */
static bool sl_end_mark(const char *t, size_t i, size_t end, int *len) {
  unsigned char c = (unsigned char)t[i];
  if (c == '.' || c == '?' || c == '!') {
    *len = 1;
    return true;
  }
  if (c == 0xE2 && i + 2 < end && (unsigned char)t[i + 1] == 0x80 &&
      (unsigned char)t[i + 2] == 0xA6) { /* … U+2026 */
    *len = 3;
    return true;
  }
  return false;
}

sl_status sl_text_sentences(const char *t, sl_span para, sl_spanvec *out) {
  SL_API_CHECK(t && out);
  size_t lo = para.off, end = (size_t)para.off + para.len;
  size_t start = lo, i = lo;
  while (i < end) {
    int len;
    if (!sl_end_mark(t, i, end, &len)) {
      i++;
      continue;
    }
    /* the run of marks */
    size_t mb = i, j = i;
    int nmarks = 0;
    bool only_periods = true;
    while (j < end) {
      if (sl_end_mark(t, j, end, &len)) {
        if (t[j] != '.') only_periods = false;
        nmarks++;
        j += (size_t)len;
      } else if (t[j] == ' ' && j + 1 < end && t[j + 1] == '.' && nmarks >= 1 &&
                 t[j - 1] == '.') {
        j++; /* spaced ellipsis ". . ." is one run */
      } else {
        break;
      }
    }
    /* closing quotes and brackets */
    size_t k = j;
    while (k < end) {
      int32_t c = sl_tx_cp(t, k, end, &len);
      if (!sl_is_closer(c)) break;
      k += (size_t)len;
    }
    if (k >= end) break; /* paragraph end: the tail is pushed below */
    int32_t after = sl_tx_cp(t, k, end, &len);
    if (!sl_tx_is_space(after)) {
      i = j; /* 3.5, U.S., t.co/x, “?”, … */
      continue;
    }
    size_t m = k;
    while (m < end) {
      int32_t c = sl_tx_cp(t, m, end, &len);
      if (!sl_tx_is_space(c)) break;
      m += (size_t)len;
    }
    if (m >= end) break;
    /* a closing quote set off by a space ("the end. ''") still closes;
     * so does a lone ' between spaces ("` … look elsewhere . '": the
     * single quotation of tokenized text; an opening one has a word
     * after it; thirty-seventh pass) */
    if (t[m] == '\'' && (m + 1 >= end || t[m + 1] == ' ' || t[m + 1] == '\n')) {
      if (m + 1 >= end) break;
      k = m + 1;
      m = k;
      while (m < end && sl_tx_is_space(sl_tx_cp(t, m, end, &len))) m += (size_t)len;
      if (m >= end) break;
    } else if (m + 1 < end && ((t[m] == '\'' && t[m + 1] == '\'') ||
                        ((unsigned char)t[m] == 0xE2 && m + 2 < end &&
                         (unsigned char)t[m + 1] == 0x80 && (unsigned char)t[m + 2] == 0x9D))) {
      size_t q = m + (t[m] == '\'' ? 2 : 3);
      if (q >= end) break;
      int32_t c = sl_tx_cp(t, q, end, &len);
      if (sl_tx_is_space(c)) {
        k = q;
        m = q;
        while (m < end && sl_tx_is_space(sl_tx_cp(t, m, end, &len))) m += (size_t)len;
        if (m >= end) break;
      }
    }
    /* the word before the marks, without opening quotes/brackets */
    size_t we = mb, wb = mb;
    while (wb > lo && mb - wb < SL_SENT_LOOK) {
      int32_t c = sl_tx_prev_cp(t, lo, wb, &len);
      if (sl_tx_is_space(c) || c == '(' || c == '[' || sl_tx_is_quote(c) || c == 0x2014) break;
      wb -= (size_t)len;
    }
    if (mb - wb >= SL_SENT_LOOK) wb = we; /* too long to be an abbreviation */
    bool single = only_periods && nmarks == 1;
    /* list numbering at the start of a sentence: "2. ``Notting Hill''" */
    bool enumerator = single && we > wb && we - wb <= 2 && t[wb] >= '0' && t[wb] <= '9' &&
                      t[we - 1] >= '0' && t[we - 1] <= '9' &&
                      (wb == start || (wb >= lo + 2 && t[wb - 1] == ' ' &&
                                       (t[wb - 2] == ':' || t[wb - 2] == ';')));
    /* a dateline: "TOPPENISH, Wash. (AP) -- …" (capitals before the state) */
    bool dateline = single && t[m] == '(' && wb > start && wb - start <= 48;
    for (size_t d = start; dateline && d < wb; d++)
      if (t[d] >= 'a' && t[d] <= 'z') dateline = false;
    if (!enumerator && !dateline && sl_is_boundary(t, wb, we, single, m, end)) {
      if (!sl_push_sent(t, start, k, out)) return SL_ENOMEM;
      start = m;
    }
    i = m;
  }
  if (!sl_push_sent(t, start, end, out)) return SL_ENOMEM;
  return SL_OK;
}

bool sl_text_opens_inside_quote(const char *s, size_t n) {
  int open = 0; /* quotations opened in the sentence and not yet closed */
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    int mark = 0; /* +1 opens, -1 closes */
    size_t len = 1;
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
      if ((unsigned char)s[i + 2] == 0x9C) mark = 1, len = 3;      /* “ */
      else if ((unsigned char)s[i + 2] == 0x9D) mark = -1, len = 3; /* ” */
    } else if (c == '`' && i + 1 < n && s[i + 1] == '`') {
      mark = 1, len = 2;
    } else if (c == '\'' && i + 1 < n && s[i + 1] == '\'') {
      mark = -1, len = 2;
    } else if (c == '"' && !(i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')) { /* 12" = inches */
      bool after_space = i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == '[';
      bool before_word = i + 1 < n && s[i + 1] != ' ';
      unsigned char nx = i + 1 < n ? (unsigned char)s[i + 1] : ' ';
      bool before_end = nx == ' ' || nx == ',' || nx == '.' || nx == ';' || nx == ':' ||
                        nx == '?' || nx == '!' || nx == ')';
      if (after_space && before_word) mark = 1;
      else if (!after_space && before_end) mark = -1;
      else mark = open ? -1 : 1;
    }
    if (mark > 0) open++;
    else if (mark < 0 && open-- == 0) return true;
    i += len - 1;
  }
  return false;
}
