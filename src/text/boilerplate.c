/*
 * boilerplate.c — sl_text_paragraphs (lines → trimmed paragraphs) and the
 * boilerplate classifier sl_text_boilerplate.
 *
 * Boilerplate is page furniture that scrapers leave in article text: photo
 * credits and captions, image file names and alt text, "RELATED:" and
 * "Read more" links, embedded social posts, bylines and date stamps.  It is
 * recognised by general shapes, never by strings from particular articles:
 *   - a leading marker ("Photo:", "Image:", "Credit:", "RELATED VIDEO:",
 *     "Read more:", "By <Capitalised Name>", "Edited by", "Published on
 *     <date>") on a short line;
 *   - a credit tail: the text after the paragraph's last sentence end, or
 *     its final parenthesis, that is a short run of capitalised words with
 *     an agency slash ("Name/WireImage"), "via <Agency>", a known agency
 *     name at the end ("… Getty Images", "(Reuters)") or a "Photo:" marker;
 *   - a social post: a t.co / pic.twitter.com link together with an
 *     @handle, or "Display Name @handle text…";
 *   - a line that is only a URL or an image file name;
 *   - context: a short all-lowercase line without punctuation just before a
 *     credit or image line is alt text.
 * A caption glued to the end of a long content paragraph is split off as
 * its own boilerplate paragraph (sl_bp_push_line) instead of losing the
 * content before it.
 * Prose that merely mentions an agency ("Getty Images said on Monday…")
 * ends in a period and has no credit tail, so it stays content; "By the
 * time…" fails the capitalised-name test.
 *
 * Invariant: each line is examined in time linear in its length (every
 * rule is one bounded scan), and the text is never modified.
 */
#include <string.h>

#include "text_int.h"

/* Longest line (bytes) considered for the shape rules other than social
 * posts; real credits, bylines and stamps are far shorter. */
#define SL_BP_MAXLINE 600

/* ---- word helpers ------------------------------------------------------ */

typedef struct sl_word {
  size_t b, e; /* word bytes, leading ( “ " and trailing , ; : ) ” stripped */
} sl_word;

/* Splits s[0..n) at ASCII spaces into up to max words (stripped as above);
 * returns the number of words, or max + 1 as soon as there are more (so a
 * long paragraph costs only its first words). */
static size_t sl_bp_words(const char *s, size_t n, sl_word *w, size_t max) {
  size_t cnt = 0, i = 0;
  while (i < n && cnt <= max) {
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    if (i >= n) break;
    size_t b = i;
    while (i < n && s[i] != ' ' && s[i] != '\t') i++;
    size_t e = i;
    while (b < e && (s[b] == '(' || s[b] == '"' || s[b] == '[')) b++;
    while (e > b && (s[e - 1] == ',' || s[e - 1] == ';' || s[e - 1] == ')' || s[e - 1] == '"' ||
                     s[e - 1] == ']' || s[e - 1] == ':'))
      e--;
    if (cnt < max) w[cnt] = (sl_word){b, e};
    cnt++;
  }
  return cnt;
}

/* First code point of the word is an uppercase letter or a digit. */
static bool sl_bp_capital(const char *s, sl_word w) {
  if (w.e <= w.b) return false;
  int len;
  int32_t c = sl_tx_cp(s, w.b, w.e, &len);
  if (c == 0x201C || c == 0x2018) {
    if (w.b + (size_t)len >= w.e) return false;
    c = sl_tx_cp(s, w.b + (size_t)len, w.e, &len);
  }
  return sl_tx_is_upper(c) || sl_tx_is_digit(c);
}

/* Word equals lit, ASCII case-insensitive. */
static bool sl_bp_is(const char *s, sl_word w, const char *lit) {
  size_t n = strlen(lit);
  return w.e - w.b == n && sl_tx_prefix_ci(s + w.b, n, lit);
}

/* Small words allowed uncapitalised inside names and credits. */
static bool sl_bp_connector(const char *s, sl_word w) {
  static const char *const c[] = {"via", "and", "of", "for", "the", "de", "van", "von",
                                  "da",  "del", "la", "/",   "&",   "-",  "|",   "for"};
  for (size_t i = 0; i < SL_COUNTOF(c); i++)
    if (w.e - w.b == strlen(c[i]) && memcmp(s + w.b, c[i], w.e - w.b) == 0) return true;
  return w.e == w.b;
}

/* The line ends like a sentence (. ? ! possibly followed by a quote). */
static bool sl_bp_ends_sentence(const char *s, size_t n) {
  size_t e = n;
  while (e > 0) {
    int len;
    int32_t c = sl_tx_prev_cp(s, 0, e, &len);
    if (sl_tx_is_quote(c) || c == ')') {
      e -= (size_t)len;
      continue;
    }
    return c == '.' || c == '?' || c == '!' || c == 0x2026;
  }
  return false;
}

static bool sl_bp_has_digit(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] >= '0' && s[i] <= '9') return true;
  return false;
}

/* Words (space-separated runs) in s[0..n). */
static size_t sl_bp_nwords(const char *s, size_t n) {
  size_t w = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) w++;
  return w;
}

/* ---- individual rules ---------------------------------------------------- */

/* Image file extension at the end of s[0..n). */
static bool sl_bp_image_ext(const char *s, size_t n) {
  static const char *const ext[] = {".jpg", ".jpeg", ".png", ".gif", ".webp",
                                    ".avif", ".bmp",  ".tif", ".tiff", ".svg", ".heic"};
  for (size_t i = 0; i < SL_COUNTOF(ext); i++) {
    size_t m = strlen(ext[i]);
    if (n > m && sl_tx_prefix_ci(s + n - m, m, ext[i])) return true;
  }
  return false;
}

/* An @handle token starts at s[i]: '@' + 1..30 of [A-Za-z0-9_], ended by a
 * non-handle byte.  Returns its length or 0. */
static size_t sl_bp_handle(const char *s, size_t i, size_t n) {
  if (s[i] != '@' || (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(')) return 0;
  size_t j = i + 1;
  while (j < n && j - i <= 31) {
    unsigned char c = (unsigned char)s[j];
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9') && c != '_') break;
    j++;
  }
  if (j == i + 1 || j - i > 31) return 0;
  if (j < n && s[j] != ' ' && s[j] != ')' && s[j] != ':' && s[j] != ',') return 0;
  return j - i;
}

/* Embedded post: a t.co / pic.twitter.com link with an @handle, or a
 * display name (1-4 capitalised words) followed by an @handle. */
static bool sl_bp_social(const char *s, size_t n) {
  if (!memchr(s, '@', n)) return false; /* every rule needs a handle */
  bool link = false, handle = false;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '@' && sl_bp_handle(s, i, n)) handle = true;
    if ((s[i] == 't' || s[i] == 'p') && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '/') &&
        (sl_tx_prefix_ci(s + i, n - i, "t.co/") ||
         sl_tx_prefix_ci(s + i, n - i, "pic.twitter.com/")))
      link = true;
  }
  if (link && handle) return true;
  /* "Display Name @handle text": the handle is the 1st..5th word and the
   * words before it are capitalised (a display name) */
  sl_word w[6];
  size_t nw = sl_bp_words(s, n, w, 6);
  for (size_t k = 0; k < nw && k < 5; k++) {
    if (s[w[k].b] == '@' && sl_bp_handle(s, w[k].b, n) == w[k].e - w[k].b)
      return k + 1 < nw || k > 0; /* followed by text, or after a name */
    if (!sl_bp_capital(s, w[k]) || w[k].e < w[k].b + 1 || s[w[k].e - 1] == '.' ||
        (w[k].e < n && s[w[k].e] == ',') || sl_tx_stop_ci(s + w[k].b, w[k].e - w[k].b))
      return false;
  }
  return false;
}

/* A run of name words: every word capitalised or a connector, at most max
 * words, and the line does not end like a sentence. */
static bool sl_bp_name_run(const char *s, size_t n, size_t from, size_t max) {
  sl_word w[16];
  size_t nw = sl_bp_words(s + from, n - from, w, 16);
  if (nw == 0 || nw > max || nw > 16) return false;
  if (!sl_bp_capital(s + from, w[0])) return false;
  for (size_t k = 0; k < nw; k++)
    if (!sl_bp_capital(s + from, w[k]) && !sl_bp_connector(s + from, w[k])) return false;
  return true;
}

/* Bylines: "By X", "By X, Outlet", "Edited by X", "(Reporting by X; Editing
 * by Y)". */
static bool sl_bp_byline(const char *s, size_t n) {
  static const char *const lead[] = {"edited by ", "written by ", "reported by ", "reporting by ",
                                     "additional reporting by ", "compiled by ", "produced by ",
                                     "story by ", "words by ", "text by ", "editing by ",
                                     "interview by ", "with reporting by "};
  if (n && s[0] == '(') s++, n--;
  if (n > 200) return false;
  /* "Associated Press writer X contributed to this report." */
  static const char *const tail[] = {"contributed to this report", "contributed to this story",
                                     "contributed reporting", "contributed to this article"};
  size_t e = n;
  while (e > 0 && (s[e - 1] == '.' || s[e - 1] == ')')) e--;
  for (size_t i = 0; i < SL_COUNTOF(tail); i++) {
    size_t m = strlen(tail[i]);
    if (e >= m && sl_tx_prefix_ci(s + e - m, m, tail[i])) return true;
  }
  if (sl_tx_prefix_ci(s, n, "by ") && !sl_bp_ends_sentence(s, n)) {
    /* "By the time…" fails: the name must start with a capital and every
     * word be capitalised (or a connector); at most 10 words */
    if (!sl_bp_name_run(s, n, 3, 10)) return false;
    sl_word w[1];
    sl_bp_words(s + 3, n - 3, w, 1);
    return !sl_tx_stop_ci(s + 3 + w[0].b, w[0].e - w[0].b);
  }
  for (size_t i = 0; i < SL_COUNTOF(lead); i++) {
    size_t m = strlen(lead[i]);
    if (sl_tx_prefix_ci(s, n, lead[i])) {
      sl_word w[20];
      size_t nw = sl_bp_words(s + m, n - m, w, 20);
      return nw >= 1 && nw <= 16 && sl_bp_capital(s + m, w[0]);
    }
  }
  return false;
}

/* Date stamps: "Published on <date>", "Updated: <time>", "Last updated …". */
static bool sl_bp_stamp(const char *s, size_t n) {
  static const char *const lead[] = {"published", "updated", "last updated", "first published",
                                     "posted", "last modified", "modified"};
  static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
  if (n > 120) return false;
  for (size_t i = 0; i < SL_COUNTOF(lead); i++) {
    size_t m = strlen(lead[i]);
    if (!sl_tx_prefix_ci(s, n, lead[i]) || n == m) continue;
    if (s[m] != ' ' && s[m] != ':') continue;
    sl_word w[16];
    size_t nw = sl_bp_words(s + m, n - m, w, 16);
    if (nw > 12) return false;
    bool datey = sl_bp_has_digit(s + m, n - m);
    for (size_t k = 0; k < nw && k < 16 && !datey; k++)
      for (size_t j = 0; j < SL_COUNTOF(months); j++)
        if (w[k].e - w[k].b >= 3 && sl_tx_prefix_ci(s + m + w[k].b, 3, months[j])) datey = true;
    if (!datey) return false;
    /* a content sentence ends with a period; a stamp may end in "a.m." */
    if (s[n - 1] == '.' && !(n >= 4 && (sl_tx_prefix_ci(s + n - 4, 4, "a.m.") ||
                                        sl_tx_prefix_ci(s + n - 4, 4, "p.m."))))
      return false;
    return true;
  }
  return false;
}

/* "RELATED VIDEO: …", "Read more: …", "Also read …". */
static bool sl_bp_related(const char *s, size_t n) {
  static const char *const lead[] = {"related", "read more", "also read", "see also",
                                     "more from", "recommended", "watch", "don't miss",
                                     "click here", "listen"};
  /* a teaser link ending its line: "Chef Tom Vale: why I closed the
   * kitchen Read more" (a headline, then the link words, no sentence end
   * before them; thirty-seventh pass, web news hunt) */
  if (n > 12 && n <= 240 && !memcmp(s + n - 10, " Read more", 10)) {
    char p = s[n - 11];
    if (p != '.' && p != '!' && p != '?' && p != ':' && p != ',') return true;
  }
  for (size_t i = 0; i < SL_COUNTOF(lead); i++) {
    size_t m = strlen(lead[i]);
    if (!sl_tx_prefix_ci(s, n, lead[i])) continue;
    sl_word w[20];
    size_t nw = sl_bp_words(s, n, w, 20);
    if (n == m) return true;
    char c = s[m];
    if (c != ':' && c != ' ' && c != '.' && (unsigned char)c != 0xE2 && c != '>' &&
        !(c == 's' && i == 0))
      continue;
    /* all-caps marker ("RELATED VIDEO", "READ MORE") or a colon right after
     * the marker word(s): always boilerplate */
    bool caps = true;
    for (size_t k = 0; k < m; k++)
      if (s[k] >= 'a' && s[k] <= 'z') caps = false;
    if (caps && i != 6 && i != 9) return true; /* "WATCH"/"LISTEN" need the colon */
    size_t j = m;
    while (j < n && s[j] != ':' && j - m < 24) j++;
    if (j < n && s[j] == ':' && j - m < 24) return true;
    /* "Read more about X" link lines: short, no sentence end */
    if (i <= 3 && nw <= 15 && !sl_bp_ends_sentence(s, n)) return true;
    /* "Read more from Le Monde in French.", "Read more here." */
    if (i == 1 && nw <= 15 &&
        (sl_tx_prefix_ci(s + m, n - m, " from ") || sl_tx_prefix_ci(s + m, n - m, " at ") ||
         sl_tx_prefix_ci(s + m, n - m, " here") || sl_tx_prefix_ci(s + m, n - m, " on ")))
      return true;
  }
  return false;
}

/* Credit markers that open a credit ("Photo: …").  tail: also accept the
 * weaker ones that are only credits at the end of a caption ("Courtesy of
 * the family"). */
static size_t sl_bp_credit_marker(const char *s, size_t n, bool tail) {
  static const char *const strong[] = {
      "photo credit:", "photo credits:", "photos:", "photo:", "photograph:", "photography:",
      "image credit:", "images:", "image:", "credit:", "credits:", "picture:", "pictures:",
      "pictured:", "caption:", "illustration:", "photo by ", "photos by ", "photo via ",
      "image via ", "photo courtesy", "image courtesy", "photo credit ", "image copyright ",
      "image caption ", "photograph by ", "picture by ", "photo \xe2\x80\x93 ", "photo \xe2\x80\x94 ",
      "photo - "};
  static const char *const weak[] = {"courtesy of ", "courtesy ", "file photo", "handout"};
  for (size_t i = 0; i < SL_COUNTOF(strong); i++) {
    size_t m = strlen(strong[i]);
    if (sl_tx_prefix_ci(s, n, strong[i])) return m;
    /* tokenized text: "Photograph : …" */
    if (strong[i][m - 1] == ':' && m + 1 <= n && s[m - 1] == ' ' && s[m] == ':') {
      char sp[24];
      memcpy(sp, strong[i], m - 1);
      sp[m - 1] = ' ', sp[m] = ':', sp[m + 1] = '\0';
      if (sl_tx_prefix_ci(s, n, sp)) return m + 1;
    }
  }
  for (size_t i = 0; tail && i < SL_COUNTOF(weak); i++) {
    size_t m = strlen(weak[i]);
    if (sl_tx_prefix_ci(s, n, weak[i])) return m;
  }
  return 0;
}

/* Photo agencies and picture desks that end a credit on their own
 * ("Name/Reuters", "Pool via AFP").  Generic words that only complete an
 * agency name ("Images", "Photo", "Wire") are in sl_bp_agency_part. */
static bool sl_bp_agency(const char *s, sl_word w) {
  static const char *const ag[] = {
      "Getty",   "AP",     "Reuters", "AFP",     "WireImage", "FilmMagic", "Shutterstock", "EPA",
      "EPA-EFE", "Alamy",  "iStock",  "iStockphoto", "Bloomberg", "Corbis", "Backgrid", "Zuma",
      "ZUMA",    "Invision", "Xinhua", "Sipa",   "Newscom",   "UPI",       "REUTERS",      "GETTY"};
  for (size_t i = 0; i < SL_COUNTOF(ag); i++)
    if (w.e - w.b == strlen(ag[i]) && memcmp(s + w.b, ag[i], w.e - w.b) == 0) return true;
  return false;
}

/* "Getty Images", "AP Photo", "PA Wire": an agency followed by a generic
 * word. */
static bool sl_bp_agency_part(const char *s, sl_word w) {
  static const char *const part[] = {"Images", "Image", "Photo", "Photos", "Wire", "Handout"};
  for (size_t i = 0; i < SL_COUNTOF(part); i++)
    if (w.e - w.b == strlen(part[i]) && memcmp(s + w.b, part[i], w.e - w.b) == 0) return true;
  return false;
}

/* Agencies written as two ordinary words: "Associated Press", "Canadian
 * Press", "Press Association" ("(Associated Press)", "Jo Lane, Associated
 * Press"). */
static bool sl_bp_agency_pair(const char *s, sl_word a, sl_word b) {
  return (sl_bp_is(s, b, "Press") && (sl_bp_is(s, a, "Associated") || sl_bp_is(s, a, "Canadian"))) ||
         (sl_bp_is(s, a, "Press") && sl_bp_is(s, b, "Association")) ||
         (sl_bp_is(s, a, "Agence") && sl_bp_is(s, b, "France-Presse"));
}

/* Is s[0..n) (a caption tail) a credit?  paren: it was in parentheses. */
static bool sl_bp_credit_tail(const char *s, size_t n, bool paren) {
  while (n && (s[n - 1] == ' ' || s[n - 1] == '.')) n--; /* "(AP Photo/J. Doe.)" */
  while (n && s[0] == ' ') s++, n--;
  if (n == 0) return false;
  size_t mk = sl_bp_credit_marker(s, n, true);
  sl_word w[12];
  size_t nw = sl_bp_words(s, n, w, 12);
  if (mk) return nw <= 12;
  if (nw == 0 || nw > (paren ? 10 : 8)) return false; /* (nw 0: only tabs) */
  if (sl_bp_ends_sentence(s, n) && !paren) return false;
  /* every word capitalised or a connector */
  bool via = false, slash = false, agency_after_via = false;
  for (size_t k = 0; k < nw; k++) {
    if (sl_bp_is(s, w[k], "via")) via = true;
    if (!sl_bp_capital(s, w[k]) && !sl_bp_connector(s, w[k])) return false;
    if (via && sl_bp_agency(s, w[k])) agency_after_via = true;
    /* Name/Agency: a slash between two capitalised parts, near the end
     * (anywhere in parentheses: "(Jo Roe/New York Times Photo)") */
    for (size_t j = w[k].b + 1; j + 1 < w[k].e; j++)
      if (s[j] == '/' && (paren || k + 3 >= nw) && ((unsigned char)s[j + 1] >= 'A' &&
                                          (unsigned char)s[j + 1] <= 'Z'))
        slash = true;
  }
  if (slash) return true;
  /* "Name via Getty Images": via, then an agency */
  if (via && agency_after_via) return true;
  /* "Reuters", "(AFP)", "Getty Images", "Jane Roe, AP Photo": ends with an
   * agency name, in a short tail */
  if (nw > (paren ? 10 : 4)) return false;
  if (sl_bp_agency(s, w[nw - 1]) || (nw >= 2 && sl_bp_agency_pair(s, w[nw - 2], w[nw - 1])))
    return true;
  /* "Getty Images", "AP Photo"; in parentheses any "(… Times Photo)" */
  return nw >= 2 && sl_bp_agency_part(s, w[nw - 1]) && (paren || sl_bp_agency(s, w[nw - 2]));
}

/* A word in capitals (two or more letters, no lower case: "AP", "EPA",
 * "REUTERS"), as picture agencies write their names in credits. */
static bool sl_bp_all_caps(const char *s, size_t b, size_t e) {
  size_t letters = 0;
  for (size_t i = b; i < e; i++) {
    if (s[i] >= 'A' && s[i] <= 'Z') letters++;
    else return false;
  }
  return letters >= 2;
}

/* A capitalised function word ("The", "I", "When", "About"): how a
 * sentence starts, never part of a photographer's name. */
static bool sl_bp_cap_function(const char *s, sl_word w) {
  char f[16];
  size_t n = w.e - w.b;
  if (n == 0 || n >= sizeof f || s[w.b] < 'A' || s[w.b] > 'Z') return false;
  for (size_t i = 0; i < n; i++) {
    char c = s[w.b + i];
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '\'')) return false;
    f[i] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  return sl_text_is_stopword(f, n);
}

/* A word with a slash before a capital inside it ("Herbert/AP",
 * "Reuters/The"); *last receives the part after the last such slash. */
static bool sl_bp_slash_word(const char *s, sl_word w, sl_word *last) {
  bool found = false;
  for (size_t j = w.b + 1; j + 1 < w.e; j++)
    if (s[j] == '/' && s[j + 1] >= 'A' && s[j + 1] <= 'Z') {
      *last = (sl_word){j + 1, w.e};
      found = true;
    }
  return found;
}

/* Words that complete an agency's name after it, any case ("Getty
 * images", "Rex Features", "Magnum Photos"). */
static bool sl_bp_agency_tail(const char *s, sl_word w) {
  static const char *const part[] = {"images", "image", "photo", "photos", "wire", "handout",
                                     "features", "pictures"};
  for (size_t i = 0; i < SL_COUNTOF(part); i++)
    if (sl_bp_is(s, w, part[i])) return true;
  return false;
}

/* A credit glued before the text it belongs next to: "Photograph: Jo
 * Roe/AP The rig sank on Thursday …" (scraped pages put the picture's
 * credit first, then the story's lead; Penn-Treebank copies write
 * "Photograph : …").  The credit is a marker with a colon and a name: up to a slash
 * word within its first 8 capitalised words (with the name after an
 * agency/ slash, or an agency's second word: "Reuters/Jo Roe", "…/Rex
 * Features"), an agency or a word in capitals alone ("AP", "Associated
 * Press"), or 1–4 capitalised words up to a capitalised function word
 * ("Jo Roe The …").  What follows must read as text: a capital, digit or
 * quote first, and at least 10 words or a sentence end after 4.  Returns
 * the offset of that text, or 0 when the line has no such shape (a caption
 * after the marker, "Photo: A man walks …", stays a credit whole). */
static size_t sl_bp_credit_lead(const char *s, size_t n) {
  /* every colon marker starts with p, i or c ("Photo:", "Image:", "Credit:") */
  char c0 = n ? (char)(s[0] | 0x20) : 0;
  if (c0 != 'p' && c0 != 'i' && c0 != 'c') return 0;
  size_t m = sl_bp_credit_marker(s, n, false);
  if (!m || s[m - 1] != ':' || sl_tx_prefix_ci(s, n, "pictured") ||
      sl_tx_prefix_ci(s, n, "caption"))
    return 0;
  const char *r = s + m;
  size_t rn = n - m;
  sl_word w[12];
  size_t nw = sl_bp_words(r, rn, w, 12);
  if (nw > 12) nw = 12;
  if (nw < 2 || !sl_bp_capital(r, w[0]) || sl_bp_cap_function(r, w[0])) return 0;
  /* the credit's last word: the longer reading first, then the shorter */
  size_t cand[2] = {SIZE_MAX, SIZE_MAX}, slash = SIZE_MAX;
  sl_word last = {0, 0};
  for (size_t k = 0; k < nw && k < 8; k++) {
    sl_word part;
    if (sl_bp_slash_word(r, w[k], &part)) {
      slash = k, last = part;
      continue;
    }
    if (!(sl_bp_capital(r, w[k]) && !sl_bp_cap_function(r, w[k])) && !sl_bp_connector(r, w[k]))
      break;
  }
  if (slash != SIZE_MAX) {
    /* "…/AP", "…/Getty Images", "Reuters/Jo Roe", "…/Rex Features" */
    bool agency = sl_bp_agency(r, last) || sl_bp_agency_tail(r, last) ||
                  sl_bp_all_caps(r, last.b, last.e);
    bool next = slash + 1 < nw;
    if (agency) { /* then maybe "Images" (or the text: "…/PA Images of the …") */
      if (next && sl_bp_agency_tail(r, w[slash + 1])) cand[0] = slash + 1;
      cand[1] = slash;
    } else if (next && (sl_bp_agency_tail(r, w[slash + 1]) ||
                        (sl_bp_capital(r, w[slash + 1]) && !sl_bp_cap_function(r, w[slash + 1])))) {
      cand[0] = slash + 1; /* a surname or an agency's second word: no shorter reading */
    } else {
      cand[1] = slash;
    }
  } else if (sl_bp_agency_pair(r, w[0], w[1]) || sl_bp_agency_tail(r, w[1])) {
    cand[0] = 1; /* "Associated Press", "Rex Features" */
  } else if (sl_bp_agency(r, w[0]) || sl_bp_all_caps(r, w[0].b, w[0].e)) {
    cand[1] = 0; /* "AP", "EPA" */
  } else {
    for (size_t k = 1; k < nw && k <= 4; k++) {
      if (sl_bp_cap_function(r, w[k])) {
        cand[1] = k - 1; /* "Jo Roe The …" */
        break;
      }
      if (!sl_bp_capital(r, w[k]) && !sl_bp_connector(r, w[k])) break;
    }
  }
  for (size_t c = 0; c < 2; c++) {
    size_t end = cand[c];
    if (end == SIZE_MAX || end + 1 >= nw) continue;
    size_t x = w[end].e;
    while (x < rn && r[x] != ' ') x++; /* the word's stripped tail ("Roe/AP,") */
    while (x < rn && r[x] == ' ') x++;
    if (x >= rn) continue;
    int len;
    int32_t ch = sl_tx_cp(r, x, rn, &len);
    if (!(sl_tx_is_upper(ch) || sl_tx_is_digit(ch) || sl_tx_is_quote(ch) || ch == '`')) continue;
    size_t rest = sl_bp_nwords(r + x, rn - x);
    if (rest < 4 || (rest < 10 && !sl_bp_ends_sentence(r + x, rn - x))) continue;
    return m + x;
  }
  return 0;
}

/* The paragraph ends with a credit: after its last sentence end, or in its
 * final parenthesis. */
static bool sl_bp_credit(const char *s, size_t n, size_t *tail) {
  *tail = 0;
  if (sl_bp_credit_marker(s, n, false)) return true;
  /* a photo-sales button after the credit, maybe followed by the player's
   * message ("Jo Roe/AP Buy Photo Wait 1 second to continue."): the credit
   * is judged without it */
  for (size_t i = n > 64 ? n - 64 : 0; i + 9 <= n; i++)
    if (memcmp(s + i, "Buy Photo", 9) == 0 && (i == 0 || s[i - 1] == ' ')) {
      while (i > 0 && s[i - 1] == ' ') i--;
      if (i == 0) return true; /* the button alone */
      n = i;
      break;
    }
  /* final parenthesis (a short line: a long paragraph is kept whole) */
  if (s[n - 1] == ')' && n <= SL_BP_MAXLINE) {
    size_t depth = 0, j = n;
    while (j > 0) {
      j--;
      if (s[j] == ')') depth++;
      if (s[j] == '(' && --depth == 0) break;
    }
    if (depth == 0 && s[j] == '(' && sl_bp_credit_tail(s + j + 1, n - 2 - j, true)) return true;
  }
  /* Cheap filter: a credit ends with a capitalised word (or a slash word);
   * prose almost always ends with a lowercase one. */
  size_t e = n;
  while (e > 0 && (s[e - 1] == '.' || s[e - 1] == ' ')) e--;
  size_t lb = e;
  while (lb > 0 && s[lb - 1] != ' ') lb--;
  if (lb == e || !sl_bp_capital(s, (sl_word){lb, e})) return false;
  /* the text after the last sentence end, found by the sentence splitter
   * itself so titles and initials ("Mr. Bloomberg", "Matthew W. Simmons")
   * are not mistaken for ends */
  sl_spanvec sv = {0};
  sl_span all = {0, (uint32_t)n};
  if (sl_text_sentences(s, all, &sv) != SL_OK || sv.n == 0) {
    sl_vec_free(&sv);
    return false;
  }
  size_t p = sv.a[sv.n - 1].off;
  sl_vec_free(&sv);
  if (!sl_bp_credit_tail(s + p, n - p, false)) return false;
  *tail = p; /* 0 when the whole line is a bare credit ("Name/Agency") */
  return true;
}

/* ---- captions without a credit ------------------------------------------- */

/* Verbs that follow the picture word in a caption ("photo provided by",
 * "image made from video"). */
static bool sl_bp_caption_verb(const char *s, sl_word w) {
  static const char *const v[] = {"provided", "released", "taken",  "made",     "obtained",
                                  "distributed", "posted", "courtesy", "shot", "supplied"};
  for (size_t i = 0; i < SL_COUNTOF(v); i++)
    if (sl_bp_is(s, w, v[i])) return true;
  return false;
}

/* Does word k of w[0..nw) name the picture of a caption?  "photo",
 * "photograph", "screenshot", "handout" always; "image" and "picture", which
 * prose also uses figuratively ("in this picture of the economy"), only when
 * a comma or a caption verb follows ("In this image, ...", "In this picture
 * taken on ..."). */
static bool sl_bp_photo_word(const char *s, size_t n, const sl_word *w, size_t k, size_t nw) {
  static const char *const sure[] = {"photo", "photos", "photograph", "photographs",
                                     "screenshot", "screengrab", "handout"};
  static const char *const loose[] = {"image", "images", "picture", "pictures"};
  for (size_t i = 0; i < SL_COUNTOF(sure); i++)
    if (sl_bp_is(s, w[k], sure[i])) return true;
  for (size_t i = 0; i < SL_COUNTOF(loose); i++)
    if (sl_bp_is(s, w[k], loose[i]))
      return (w[k].e < n && s[w[k].e] == ',') || (k + 1 < nw && sl_bp_caption_verb(s, w[k + 1]));
  return false;
}

/* Length of a weekday name at s[0..n) followed by ", " (0 if none). */
static size_t sl_bp_weekday(const char *s, size_t n) {
  static const char *const d[] = {"Monday, ", "Tuesday, ", "Wednesday, ", "Thursday, ",
                                  "Friday, ", "Saturday, ", "Sunday, "};
  for (size_t i = 0; i < SL_COUNTOF(d); i++) {
    size_t m = strlen(d[i]);
    if (n >= m && memcmp(s, d[i], m) == 0) return m;
  }
  return 0;
}

/* Length of "<Month> <d>, <yyyy>" at s[0..n), the month written out or in
 * AP's abbreviation ("March 5, 2024", "Sept. 12, 2023"); 0 if none. */
static size_t sl_bp_month_date(const char *s, size_t n) {
  static const char *const mo[] = {"January ", "February ", "March ",  "April ", "May ",
                                   "June ",    "July ",     "August ", "September ",
                                   "October ", "November ", "December ", "Jan. ", "Feb. ",
                                   "Aug. ",    "Sept. ",    "Sep. ",   "Oct. ", "Nov. ", "Dec. "};
  size_t i = 0;
  for (size_t k = 0; k < SL_COUNTOF(mo) && !i; k++)
    if (n >= strlen(mo[k]) && memcmp(s, mo[k], strlen(mo[k])) == 0) i = strlen(mo[k]);
  if (!i) return 0;
  size_t d = i;
  while (i < n && i - d < 2 && s[i] >= '0' && s[i] <= '9') i++;
  if (i == d || i + 6 > n || s[i] != ',' || s[i + 1] != ' ') return 0;
  i += 2;
  for (size_t k = 0; k < 4; k++, i++)
    if (s[i] < '0' || s[i] > '9') return 0;
  return i < n && s[i] >= '0' && s[i] <= '9' ? 0 : i;
}

/* A picture's caption, recognised by its shape rather than a credit:
 *   - a wire caption's opening: "FILE - ...", "FILE PHOTO: ...", "In this
 *     <...> photo, ...", "This undated photo provided by ... shows ...";
 *   - a caption date: the first sentence ends with the date set off by a
 *     comma, weekday first ("... near the port, Tuesday, March 5, 2024." or
 *     "..., Tuesday, March 5, 2024, in Valmont."), the way agencies date a
 *     picture; prose says "on Tuesday" and seldom adds the year.  Only a short
 *     line (at most two sentences, 70 words) counts, so a long paragraph that
 *     happens to open this way stays content. */
static bool sl_bp_caption(const char *s, size_t n) {
  /* "FILE - ", "FILE -- ", "FILE — ", "FILE: ", "FILE PHOTO: " (upper case) */
  if (n > 8 && memcmp(s, "FILE", 4) == 0) {
    size_t i = 4;
    if (n > 10 && memcmp(s + 4, " PHOTO", 6) == 0) i = 10;
    while (i < n && s[i] == ' ') i++;
    if (i < n && (s[i] == '-' || s[i] == ':' || sl_tx_prefix_ci(s + i, n - i, "\xe2\x80\x93") ||
                  sl_tx_prefix_ci(s + i, n - i, "\xe2\x80\x94")))
      return true;
  }
  sl_word w[16];
  size_t nw = sl_bp_words(s, n, w, 16);
  /* "In this June 3, 2022, file photo, ..." / "In this image made from video, ..." */
  if (nw >= 4 && sl_bp_is(s, w[0], "In") && sl_bp_is(s, w[1], "this")) {
    for (size_t k = 2; k < nw && k < 14; k++)
      if (sl_bp_photo_word(s, n, w, k, nw)) return memchr(s + w[k].b, ',', n - w[k].b) != NULL;
  }
  /* "This undated photo provided by ...", "This image released by ..." */
  if (nw >= 4 && sl_bp_is(s, w[0], "This")) {
    size_t k = 1;
    while (k < nw && k < 6 && !sl_bp_photo_word(s, n, w, k, nw)) k++;
    if (k < nw && k < 6 && k + 1 < nw && sl_bp_caption_verb(s, w[k + 1])) return true;
  }
  /* the caption date at the end of the first sentence */
  if (n > SL_BP_MAXLINE || !memchr(s, ',', n)) return false;
  sl_spanvec sv = {0};
  sl_span all = {0, (uint32_t)n};
  if (sl_text_sentences(s, all, &sv) != SL_OK || sv.n == 0 || sv.n > 2) {
    sl_vec_free(&sv);
    return false;
  }
  size_t e = sv.a[0].len;
  sl_vec_free(&sv);
  if (sl_bp_nwords(s, n) > 70 || e < 2 || s[e - 1] != '.') return false;
  for (size_t i = 0; i + 2 < e; i++) {
    if (s[i] != ',' || s[i + 1] != ' ') continue;
    size_t d = sl_bp_weekday(s + i + 2, e - i - 2);
    if (!d) continue;
    size_t j = i + 2 + d;
    size_t m = sl_bp_month_date(s + j, e - j);
    if (!m) continue;
    j += m;
    if (j + 1 == e) return true; /* "..., Tuesday, March 5, 2024." */
    /* "..., Tuesday, March 5, 2024, in Portland, Maine." */
    if (j < e && s[j] == ',' && sl_bp_nwords(s + j + 1, e - j - 1) <= 8 &&
        !sl_bp_has_digit(s + j, e - j))
      return true;
  }
  return false;
}

/* ---- page furniture: teasers and widgets ---------------------------------- */

/* A word of a web page's controls rather than of news prose: 2 for the
 * words of a subscription box, 1 for a player's or a form's, else 0. */
static int sl_bp_ui_word(const char *s, sl_word w) {
  static const char *const strong[] = {"subscribe", "subscribing", "subscribed", "unsubscribe",
                                       "newsletter", "newsletters", "inbox", "signup"};
  static const char *const weak[] = {"replay", "autoplay", "invalid", "login"};
  for (size_t i = 0; i < SL_COUNTOF(strong); i++)
    if (sl_bp_is(s, w, strong[i])) return 2;
  for (size_t i = 0; i < SL_COUNTOF(weak); i++)
    if (sl_bp_is(s, w, weak[i])) return 1;
  return 0;
}

/* Two-word controls: "sign up", "log in", "privacy notice", "more videos". */
static bool sl_bp_ui_pair(const char *s, sl_word a, sl_word b) {
  static const char *const u[][2] = {{"sign", "up"},     {"sign", "in"},      {"log", "in"},
                                     {"privacy", "notice"}, {"privacy", "policy"}, {"more", "videos"},
                                     {"try", "again"},   {"just", "watched"}, {"show", "me"},
                                     {"must", "watch"}};
  for (size_t i = 0; i < SL_COUNTOF(u); i++)
    if (sl_bp_is(s, a, u[i][0]) && sl_bp_is(s, b, u[i][1])) return true;
  return false;
}

/* Verbs that open a call to action ("Get our newsletter", "Sign up"). */
static bool sl_bp_ui_verb(const char *s, sl_word w) {
  static const char *const v[] = {"get", "sign", "subscribe", "join", "download",
                                  "follow", "register", "enter", "receive"};
  for (size_t i = 0; i < SL_COUNTOF(v); i++)
    if (sl_bp_is(s, w, v[i])) return true;
  return false;
}

/* Widgets and teasers that scrapers keep as text:
 *   - a link teaser opening with an instruction to the reader's mouse or
 *     finger ("Click here to see ...", "Tap to watch ...", at most 25 words);
 *   - a video player's label in capitals ("JUST WATCHED ...", "MUST WATCH");
 *   - a run of a widget's controls: three or more control words ("Subscribe",
 *     "newsletters", "inbox", "Replay", "More Videos", "privacy notice",
 *     "Invalid Email" ...) on a line that does not end like a sentence (a
 *     trailing "..." does not count as an end), or a short call to action
 *     ("Get daily updates in your inbox", at most 20 words) that opens with
 *     an imperative and names a control.
 * News prose about newsletters ends with a period and opens otherwise. */
static bool sl_bp_furniture(const char *s, size_t n) {
  static const char *const teaser[] = {"click here", "click to ", "click on ", "click the ",
                                       "click below", "click through", "tap here", "tap to ",
                                       "tap the ", "scroll down"};
  if (n > SL_BP_MAXLINE) return false;
  sl_word w[128];
  size_t nw = sl_bp_words(s, n, w, 128);
  if (nw > 128) return false;
  for (size_t i = 0; i < SL_COUNTOF(teaser); i++)
    if (sl_tx_prefix_ci(s, n, teaser[i])) return nw <= 25;
  if ((n >= 12 && memcmp(s, "JUST WATCHED", 12) == 0) ||
      (n >= 10 && memcmp(s, "MUST WATCH", 10) == 0))
    return true;
  size_t hits = 0;
  bool box = false; /* a subscription-box word after the opening word */
  for (size_t k = 0; k < nw; k++) {
    int u = sl_bp_ui_word(s, w[k]);
    if (u) hits++, box = box || (u == 2 && k > 0);
    else if (k + 1 < nw && sl_bp_ui_pair(s, w[k], w[k + 1])) hits++, k++;
  }
  if (hits == 0) return false;
  bool ended = sl_bp_ends_sentence(s, n);
  if (ended) { /* an ellipsis is a cut, not an end */
    size_t e = n;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ')')) e--;
    if ((e >= 3 && memcmp(s + e - 3, "...", 3) == 0) ||
        (e >= 3 && memcmp(s + e - 3, "\xe2\x80\xa6", 3) == 0))
      ended = false;
  }
  if (hits >= 3 && !ended) return true;
  return box && nw <= 20 && sl_bp_ui_verb(s, w[0]);
}

/* Lines that are furniture of the page itself: advertising labels, share
 * buttons, video-player messages, copyright lines, e-mail addresses,
 * separators and bare URLs. */
static bool sl_bp_other(const char *s, size_t n) {
  static const char *const whole[] = {
      "advertisement", "story continues below advertisement", "share this article", "share",
      "comments", "click to expand", "skip advertisement", "tweet with a location", "twitter",
      "facebook", "reddit", "email", "pinterest", "whatsapp", "linkedin", "play facebook",
      "facebook twitter pinterest", "story continued below", "story continues below",
      "continue reading the main story", "advertisement continue reading the main story",
      "photo", "photos", "image", "video", "gallery"};
  static const char *const lead[] = {"sign up for ", "subscribe to ", "follow us on ",
                                     "share this on ", "this feature is not available",
                                     "the interactive transcript could not",
                                     "rating is available when the video",
                                     "your browser does not support", "\xc2\xa9"};
  for (size_t i = 0; i < SL_COUNTOF(whole); i++)
    if (n == strlen(whole[i]) && sl_tx_prefix_ci(s, n, whole[i])) return true;
  for (size_t i = 0; i < SL_COUNTOF(lead); i++)
    if (sl_tx_prefix_ci(s, n, lead[i]) && n < 160) return true;
  /* "Copyright 2017 …", "Copyright (c) …", "Copyright © …" */
  if (n < 160 && sl_tx_prefix_ci(s, n, "copyright ") && n > 11 &&
      ((s[10] >= '0' && s[10] <= '9') || s[10] == '(' || (unsigned char)s[10] == 0xC2))
    return true;
  /* the wire's copyright line: "c.1998 N.Y. Times News Service", "(c) 2003 …"
     (not a sentence: "c. 1900 the mill opened." is prose) */
  if (n < 160 && !sl_bp_ends_sentence(s, n)) {
    size_t i = sl_tx_prefix_ci(s, n, "(c)") ? 3 : (s[0] == 'c' && n > 2 && s[1] == '.') ? 2 : 0;
    while (i && i < n && s[i] == ' ') i++;
    if (i && i + 4 < n && (s[i] == '1' || s[i] == '2') && s[i + 1] >= '0' && s[i + 1] <= '9' &&
        s[i + 2] >= '0' && s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9' &&
        s[i + 4] == ' ')
      return true;
  }
  /* editorial notes: a parenthesised line without lowercase letters
   * ("(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)", "(MORE)") */
  if (s[0] == '(' && s[n - 1] == ')' && n < 200) {
    bool lower = false;
    for (size_t i = 0; i < n && !lower; i++) lower = s[i] >= 'a' && s[i] <= 'z';
    if (!lower) return true;
  }
  /* separators: no letter or digit at all ("___", "* * *") */
  bool alnum = false;
  for (size_t i = 0; i < n && !alnum;) {
    int len;
    int32_t c = sl_tx_cp(s, i, n, &len);
    alnum = sl_tx_is_letter(c) || sl_tx_is_digit(c);
    i += (size_t)len;
  }
  if (!alnum) return true;
  /* a bare e-mail address */
  if (n < 80 && !memchr(s, ' ', n)) {
    const char *at = memchr(s, '@', n);
    if (at && at > s && memchr(at, '.', n - (size_t)(at - s))) return true;
  }
  /* a line that is only a URL */
  size_t ul = sl_tx_url_len(s, 0, n);
  return ul > 0 && ul + 1 >= n;
}

/* Whether s[0..n) contains lit (lowercase ASCII), ignoring ASCII case. */
static bool sl_bp_contains_ci(const char *s, size_t n, const char *lit) {
  size_t m = strlen(lit);
  for (size_t i = 0; i + m <= n; i++)
    if (sl_tx_prefix_ci(s + i, n - i, lit)) return true;
  return false;
}

/* A dateline left alone on its line, its story on the next ("LISBON |",
 * "CAIRO -", "LONDON, March 5 (Reuters) --"): a first word in capitals, then
 * capitalised words, numbers and a parenthesised agency, ending in a
 * separator (| - -- – — :) with nothing after it. */
static bool sl_bp_dateline_stub(const char *s, size_t n) {
  size_t e = n;
  bool sep = false;
  for (;;) {
    while (e > 0 && s[e - 1] == ' ') e--;
    if (e > 0 && (s[e - 1] == '|' || s[e - 1] == '-' || s[e - 1] == ':')) e--, sep = true;
    else if (e >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 &&
             ((unsigned char)s[e - 1] == 0x93 || (unsigned char)s[e - 1] == 0x94))
      e -= 3, sep = true;
    else break;
  }
  if (!sep || e == 0 || e > 60) return false;
  sl_word w[8];
  size_t nw = sl_bp_words(s, e, w, 8);
  if (nw == 0 || nw > 8) return false;
  size_t caps = 0; /* the first word: capitals only, at least two */
  for (size_t i = w[0].b; i < w[0].e; i++) {
    if (s[i] >= 'a' && s[i] <= 'z') return false;
    caps += s[i] >= 'A' && s[i] <= 'Z';
  }
  if (caps < 2) return false;
  for (size_t k = 1; k < nw; k++) {
    if (w[k].b > 0 && s[w[k].b - 1] == '(') continue; /* "(Reuters)" */
    unsigned char c = (unsigned char)s[w[k].b];
    if (w[k].e > w[k].b && !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80))
      return false;
  }
  return true;
}

/* Reprint, rights and web-archive notices ("This copy is for your personal,
 * non-commercial use only …", "Starting in 1996, Alexa Internet has been
 * donating their crawl data to the Internet Archive …"): the phrases such
 * notices are made of, on a line of at most SL_BP_MAXLINE bytes.  Each phrase
 * is the notice's own wording, not a topic prose uses: prose that mentions
 * the Wayback Machine has no "crawl", a rights line is short. */
static bool sl_bp_notice(const char *s, size_t n) {
  static const char *const phrase[] = {"for your personal, non-commercial use",
                                       "for your personal, noncommercial use",
                                       "for your personal non-commercial use",
                                       "order presentation-ready copies",
                                       "may not be published, broadcast, rewritten",
                                       "may not be reproduced, distributed, transmitted",
                                       "these crawls are part of"};
  if (n > SL_BP_MAXLINE) return false;
  for (size_t i = 0; i < SL_COUNTOF(phrase); i++)
    if (sl_bp_contains_ci(s, n, phrase[i])) return true;
  if (sl_bp_contains_ci(s, n, "crawl") &&
      (sl_bp_contains_ci(s, n, "wayback machine") || sl_bp_contains_ci(s, n, "internet archive")))
    return true;
  return n < 160 && sl_bp_contains_ci(s, n, "all rights reserved");
}

/* ---- wire copy: desk credits, sign-offs, editors' notes ------------------ */

/* Length of an opening bracket at s[0..n): "(" or the Penn Treebank "-LRB-"
 * of tokenised corpora, with the spaces after it; 0 if none. */
static size_t sl_bp_open(const char *s, size_t n) {
  size_t i = 0;
  if (n && s[0] == '(') i = 1;
  else if (n >= 5 && memcmp(s, "-LRB-", 5) == 0) i = 5;
  else return 0;
  while (i < n && s[i] == ' ') i++;
  return i;
}

/* Offset of the first closing bracket (")" or "-RRB-") in s[0..n), n if none. */
static size_t sl_bp_close(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] == ')' || (s[i] == '-' && n - i >= 5 && memcmp(s + i, "-RRB-", 5) == 0)) return i;
  return n;
}

/* The desk credits that close wire copy ("Reporting by …", "Editing by …"):
 * the lead's length at s[0..n), 0 if none. */
static size_t sl_bp_desk_lead(const char *s, size_t n) {
  static const char *const lead[] = {"reporting by ", "additional reporting by ", "writing by ",
                                     "editing by ", "compiled by ", "edited by "};
  for (size_t i = 0; i < SL_COUNTOF(lead); i++)
    if (sl_tx_prefix_ci(s, n, lead[i])) return strlen(lead[i]);
  return 0;
}

/* The words a desk credit is made of besides names: "Jo Lane in Lisbon and
 * Al Roe; additional reporting by …; editing by …". */
static bool sl_bp_credit_word(const char *s, sl_word w) {
  static const char *const c[] = {
      "and",       "in",        "at",       "from",          "of",             "the",
      "for",       "on",        "with",     "by",            "additional",     "reporting",
      "writing",   "editing",   "edited",   "compiled",      "staff",          "desk",
      "team",      "bureau",    "reporters", "correspondent", "correspondents", "writers",
      "editors",   "worldwide", "de",       "van",           "von",            "da",
      "del",       "la",        "le",       "al"};
  for (size_t i = 0; i < SL_COUNTOF(c); i++)
    if (sl_bp_is(s, w, c[i])) return true;
  /* "d'Afflisio": a lower-case particle glued to a capitalised name */
  for (size_t j = w.b + 1; j + 1 < w.e && j < w.b + 4; j++)
    if (s[j] == '\'' && s[j + 1] >= 'A' && s[j + 1] <= 'Z') return true;
  return w.e == w.b;
}

/* s[0..n) (after the lead) is a list of names: it opens with a capitalised
 * word (or "the" and one: "the Valley Wire staff"), at most 48 words, and
 * every lower-case word is one a credit is made of.  Prose ("Reporting by the
 * paper showed that …") has other lower-case words. */
static bool sl_bp_credit_list(const char *s, size_t n) {
  sl_word w[49];
  size_t nw = sl_bp_words(s, n, w, 49);
  if (nw == 0 || nw > 48) return false;
  size_t k0 = sl_bp_is(s, w[0], "the") && nw >= 2 ? 1 : 0;
  if (!sl_bp_capital(s, w[k0])) return false;
  for (size_t k = k0 + 1; k < nw; k++)
    if (!sl_bp_capital(s, w[k]) && !sl_bp_credit_word(s, w[k]) && !sl_bp_connector(s, w[k]))
      return false;
  return true;
}

/* A desk credit starting at s[0..n): "(Reporting by Jo Lane; Editing by Al
 * Roe)", "-LRB- Writing by … -RRB-", "Additional reporting by …" (without a
 * bracket only with a capital: a sentence start).  The names run to the
 * closing bracket, or to the end, within 400 bytes (so a long paragraph
 * costs at most that much per candidate). */
static bool sl_bp_desk_credit(const char *s, size_t n) {
  size_t o = sl_bp_open(s, n);
  if (!o && !(n && s[0] >= 'A' && s[0] <= 'Z')) return false;
  size_t m = sl_bp_desk_lead(s + o, n - o);
  if (!m) return false;
  size_t b = o + m, lim = SL_MIN(n - b, (size_t)401), e = b + sl_bp_close(s + b, lim);
  if (e - b > 400 || (e == b + lim && (o || lim < n - b))) return false; /* no end in sight */
  return sl_bp_credit_list(s + b, e - b);
}

/* A sentence may start at s[i]: the start of the line, or after a space that
 * follows an end mark (closing quotes and brackets allowed in between). */
static bool sl_bp_sentence_start(const char *s, size_t i) {
  if (i == 0) return true;
  if (s[i - 1] != ' ') return false;
  size_t j = i - 1;
  while (j > 0 && s[j - 1] == ' ') j--;
  while (j > 0) {
    unsigned char c = (unsigned char)s[j - 1];
    if (c == '"' || c == '\'' || c == ')') j--;
    else if (j >= 3 && c == 0x9D && (unsigned char)s[j - 2] == 0x80 &&
             (unsigned char)s[j - 3] == 0xE2)
      j -= 3; /* ” */
    else break;
  }
  if (j == 0) return false;
  char c = s[j - 1];
  return c == '.' || c == '?' || c == '!' || (j >= 5 && memcmp(s + j - 5, "-RRB-", 5) == 0);
}

/* Where the wire's closing credits start in the paragraph s[0..n), n if
 * nowhere; *code is their kind.  A desk credit at a sentence start (or
 * opening the line) runs to the end of the paragraph with whatever follows
 * it — the desk's contact details, a page's comment box; a sign-off
 * ("… on Monday. — Reuters", "-- The Associated Press") ends it.  The
 * content before stays content (sl_bp_push_line). */
static size_t sl_bp_wire_cut(const char *s, size_t n, uint8_t *code) {
  /* every desk lead ends in " by ": find those, then the lead before each */
  static const char *const lead[] = {"reporting", "additional reporting", "writing", "editing",
                                     "compiled", "edited"};
  for (const char *q = s + 2; q + 1 < s + n && (q = memchr(q, 'y', (size_t)(s + n - q) - 1));
       q++) {
    if ((q[-1] != 'b' && q[-1] != 'B') || q[-2] != ' ' || q[1] != ' ') continue;
    size_t by = (size_t)(q - 1 - s), best = n;
    for (size_t k = 0; k < SL_COUNTOF(lead); k++) {
      size_t m = strlen(lead[k]);
      if (by < m + 1 || !sl_tx_prefix_ci(s + by - m - 1, m, lead[k])) continue;
      size_t i = by - m - 1; /* the lead, then its bracket */
      if (i >= 1 && s[i - 1] == '(') i--;
      else if (i >= 6 && memcmp(s + i - 6, "-LRB- ", 6) == 0) i -= 6;
      if (i < best && sl_bp_sentence_start(s, i) && sl_bp_desk_credit(s + i, n - i)) best = i;
    }
    if (best < n) {
      *code = SL_BP_BYLINE;
      return best;
    }
  }
  /* sign-off: a dash and an agency at the very end, after a sentence end */
  size_t lo = n > 48 ? n - 48 : 0;
  for (size_t i = lo; i < n; i++) {
    size_t d = 0;
    if (s[i] == '-') d = i + 1 < n && s[i + 1] == '-' ? 2 : 1;
    else if (n - i >= 3 && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
             ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
      d = 3;
    if (!d || i + d >= n || s[i + d] != ' ' || (i > 0 && s[i - 1] != ' ')) continue;
    if (!sl_bp_sentence_start(s, i)) continue;
    const char *r = s + i + d + 1;
    size_t rn = n - i - d - 1;
    sl_word w[6];
    size_t nw = sl_bp_words(r, rn, w, 6);
    if (nw == 0 || nw > 4) continue;
    if (sl_bp_agency(r, w[nw - 1]) || (nw >= 2 && sl_bp_agency_pair(r, w[nw - 2], w[nw - 1])) ||
        (nw >= 2 && sl_bp_agency_part(r, w[nw - 1]) && sl_bp_agency(r, w[nw - 2]))) {
      bool names = true;
      for (size_t k = 0; k < nw && names; k++)
        names = sl_bp_capital(r, w[k]) || sl_bp_connector(r, w[k]);
      if (names) {
        *code = SL_BP_CREDIT;
        return i;
      }
    }
  }
  return n;
}

/* Editors' notes of wire copy, by their shape:
 *   - a short note in brackets, the whole line, not a sentence: "(Optional
 *     add end)", "(Begin optional trim)", "(Updates with new figures)", at
 *     most 12 words and no end mark inside (an aside in brackets is a
 *     sentence: "(The bridge opened in 1932.)");
 *   - a short line in capitals, not a sentence: "NYT-SUBSCRIBERS ONLY",
 *     "ENDIT", "ADVANCE FOR SUNDAY" (at most 8 words, at least 3 capitals, no
 *     lower-case letter, no end mark; subheads and headlines in capitals
 *     are no sentences either);
 *   - a service line: a short title-case line without an end mark that names
 *     its maker after a capitalised "By" ("Story Filed By Coastal Newspapers",
 *     "For Use By Clients of the …"). */
static uint8_t sl_bp_wire_note(const char *s, size_t n) {
  size_t o = sl_bp_open(s, n);
  if (o) {
    size_t e = o + sl_bp_close(s + o, n - o);
    size_t ce = e < n && s[e] == ')' ? e + 1 : e + 5; /* the closing bracket's end */
    if (e < n && ce == n && e > o) {
      sl_word w[13];
      size_t nw = sl_bp_words(s + o, e - o, w, 13);
      bool end = false;
      for (size_t i = o; i < e && !end; i++)
        end = (s[i] == '.' || s[i] == '?' || s[i] == '!') &&
              (i + 1 == e || s[i + 1] == ' ' || s[i + 1] == '"');
      if (nw >= 1 && nw <= 12 && !end) return SL_BP_OTHER;
    }
  }
  /* an end mark, maybe before closing quotes of any kind ("? ''") */
  size_t e = n;
  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\'' || s[e - 1] == '`' || s[e - 1] == '"' ||
                   s[e - 1] == ')'))
    e--;
  if (e < n && e > 0 && (s[e - 1] == '.' || s[e - 1] == '?' || s[e - 1] == '!'))
    return SL_BP_NONE;
  if (sl_bp_ends_sentence(s, n)) return SL_BP_NONE;
  sl_word w[13];
  size_t nw = sl_bp_words(s, n, w, 13);
  if (nw == 0 || nw > 12) return SL_BP_NONE;
  size_t caps = 0;
  bool lower = false;
  for (size_t i = 0; i < n && !lower; i++) {
    lower = s[i] >= 'a' && s[i] <= 'z';
    caps += s[i] >= 'A' && s[i] <= 'Z';
  }
  if (!lower && caps >= 3 && nw <= 8) return SL_BP_OTHER;
  /* "Story Filed By Coastal Newspapers" */
  for (size_t k = 0; k < nw; k++)
    if (!sl_bp_capital(s, w[k]) && !sl_bp_connector(s, w[k])) return SL_BP_NONE;
  for (size_t k = 1; k + 1 < nw; k++)
    if (w[k].e - w[k].b == 2 && s[w[k].b] == 'B' && s[w[k].b + 1] == 'y') return SL_BP_BYLINE;
  return SL_BP_NONE;
}

/* Classifies one trimmed line; for a caption whose credit follows the last
 * sentence end, *tail receives the credit's offset (else 0). */
static uint8_t sl_bp_classify(const char *s, size_t n, size_t *tail, bool wire) {
  *tail = 0;
  if (n == 0) return SL_BP_NONE;
  /* image file name: one token ending in an image extension */
  if (sl_bp_image_ext(s, n) && !memchr(s, ' ', n)) return SL_BP_IMAGE;
  if (sl_bp_social(s, n)) return SL_BP_SOCIAL;
  if (sl_bp_other(s, n)) return SL_BP_OTHER;
  uint8_t wc; /* the whole line is the wire's credits (wire: not known yet) */
  if (wire && sl_bp_wire_cut(s, n, &wc) == 0) return wc;
  if (n > SL_BP_MAXLINE) /* long: only a caption glued to its end, split off below */
    return sl_bp_credit(s, n, tail) && *tail > 0 ? SL_BP_CREDIT : SL_BP_NONE;
  if (sl_bp_byline(s, n)) return SL_BP_BYLINE;
  if (sl_bp_stamp(s, n)) return SL_BP_STAMP;
  if (sl_bp_related(s, n)) return SL_BP_RELATED;
  if (sl_bp_furniture(s, n)) return SL_BP_OTHER;
  if (sl_bp_dateline_stub(s, n) || sl_bp_notice(s, n)) return SL_BP_OTHER;
  if (sl_bp_credit(s, n, tail)) return SL_BP_CREDIT;
  if (sl_bp_caption(s, n)) return SL_BP_CREDIT;
  return sl_bp_wire_note(s, n);
}

uint8_t sl_text_boilerplate(const char *s, size_t n) {
  size_t tail;
  return sl_bp_classify(s, n, &tail, true);
}

/* Minimum words of content before a caption for the two to be separated. */
#define SL_BP_SPLIT_WORDS 25

/* Appends the line [b, f) of t.  A credit tail after real content (a
 * scraper glued "…station. Russell Square after the bombings. Image: X"
 * into one line) is split off: the content before the caption's sentence
 * stays content, the caption sentence and the credit are boilerplate. */
static sl_status sl_bp_push_plain1(const char *t, size_t b, size_t f, bool wire,
                                   sl_paravec *out) {
  size_t tail;
  uint8_t code = sl_bp_classify(t + b, f - b, &tail, wire);
  if (code == SL_BP_CREDIT && tail > 0) {
    sl_spanvec sv = {0};
    sl_span pre = {(uint32_t)b, (uint32_t)tail};
    if (sl_text_sentences(t, pre, &sv) != SL_OK) {
      sl_vec_free(&sv);
      return SL_ENOMEM;
    }
    size_t cap = sv.n >= 2 ? sv.a[sv.n - 1].off : b;
    size_t cend = sv.n >= 2 ? (size_t)sv.a[sv.n - 2].off + sv.a[sv.n - 2].len : b;
    sl_vec_free(&sv);
    if (cap > b && sl_bp_nwords(t + b, cap - b) >= SL_BP_SPLIT_WORDS) {
      sl_para c = {{(uint32_t)b, (uint32_t)(cend - b)}, SL_BP_NONE};
      sl_para r = {{(uint32_t)cap, (uint32_t)(f - cap)}, SL_BP_CREDIT};
      return sl_vec_push(out, c) && sl_vec_push(out, r) ? SL_OK : SL_ENOMEM;
    }
  }
  if (code == SL_BP_CREDIT && f - b > SL_BP_MAXLINE) /* a long paragraph loses only its caption */
    code = SL_BP_NONE;
  sl_para p = {{(uint32_t)b, (uint32_t)(f - b)}, code};
  return sl_vec_push(out, p) ? SL_OK : SL_ENOMEM;
}

/* sl_bp_push_plain1, with a credit glued before the text (sl_bp_credit_lead)
 * set apart first: the credit is boilerplate, the text is judged alone. */
static sl_status sl_bp_push_plain(const char *t, size_t b, size_t f, bool wire,
                                  sl_paravec *out) {
  size_t lead = sl_bp_credit_lead(t + b, f - b);
  if (lead) {
    size_t ce = b + lead;
    while (ce > b && t[ce - 1] == ' ') ce--;
    sl_para c = {{(uint32_t)b, (uint32_t)(ce - b)}, SL_BP_CREDIT};
    if (!sl_vec_push(out, c)) return SL_ENOMEM;
    b += lead;
  }
  return sl_bp_push_plain1(t, b, f, wire, out);
}

/* Appends the line [b, f) of t, the wire's closing credits glued to its end
 * ("… the port said. (Reporting by Jo Lane; Editing by Al Roe)") set apart
 * as a boilerplate paragraph of their own. */
static sl_status sl_bp_push_line(const char *t, size_t b, size_t f, sl_paravec *out) {
  uint8_t code;
  size_t cut = sl_bp_wire_cut(t + b, f - b, &code);
  if (cut > 0 && cut < f - b) {
    size_t e = b + cut;
    while (e > b && t[e - 1] == ' ') e--;
    sl_status st = sl_bp_push_plain(t, b, e, false, out);
    if (st != SL_OK) return st;
    sl_para r = {{(uint32_t)(b + cut), (uint32_t)(f - b - cut)}, code};
    return sl_vec_push(out, r) ? SL_OK : SL_ENOMEM;
  }
  return sl_bp_push_plain(t, b, f, cut == 0, out);
}

/* Alt text: short, no capital letters, digits or end punctuation. */
static bool sl_bp_alt_text(const char *s, size_t n) {
  if (n == 0 || n > 120) return false;
  size_t words = 1, letters = 0;
  for (size_t i = 0; i < n;) {
    int len;
    int32_t c = sl_tx_cp(s, i, n, &len);
    if (c == ' ') words++;
    else if (sl_tx_is_letter(c)) {
      if (!sl_tx_is_lower(c)) return false;
      letters++;
    } else if (c != '-' && c != '\'' && c != 0x2019 && c != ',' && c != '&') {
      return false;
    }
    i += (size_t)len;
  }
  return letters > 0 && words <= 12;
}

/* Length of a Q&A label opening s[0..n) ("Q. ", "A: "), spaces included,
 * when the letter is `letter` and text follows that does not start in lower
 * case; n itself for a label standing alone ("Q."); 0 otherwise. */
static size_t sl_bp_qa_label(const char *s, size_t n, char letter) {
  if (n < 2 || s[0] != letter || (s[1] != '.' && s[1] != ':')) return 0;
  if (n == 2) return 2;
  size_t i = 2;
  while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
  if (i == 2 || i >= n) return 0;
  int len;
  return sl_tx_is_lower(sl_tx_cp(s, i, n, &len)) ? 0 : i;
}

/* Q&A labels: an interview printed as "Q. ..." / "A. ..." paragraphs.  The
 * label is not part of the sentence it opens (left in, it glues "Q." to the
 * question or splits it off as a sentence of its own, depending on the word
 * after it), so the paragraph's span starts after it; a label alone on its
 * line is furniture.  "Q." opening a paragraph marks the article as an
 * interview; only then is "A." a label and not an initial ("A. Okoro said"). */
static void sl_bp_qa(const char *t, sl_paravec *out, size_t first) {
  bool qa = false;
  for (size_t k = first; k < out->n && !qa; k++)
    qa = out->a[k].boiler == SL_BP_NONE &&
         sl_bp_qa_label(t + out->a[k].span.off, out->a[k].span.len, 'Q') > 0;
  for (size_t k = first; qa && k < out->n; k++) {
    sl_para *p = &out->a[k];
    if (p->boiler != SL_BP_NONE) continue;
    const char *s = t + p->span.off;
    size_t m = sl_bp_qa_label(s, p->span.len, 'Q');
    if (!m) m = sl_bp_qa_label(s, p->span.len, 'A');
    if (!m) continue;
    if (m == p->span.len) {
      p->boiler = SL_BP_OTHER;
      continue;
    }
    p->span.off += (uint32_t)m;
    p->span.len -= (uint32_t)m;
  }
}

/* Length of an all-caps label and its colon opening s[0..n) ("EDITORS: …",
 * "TECHNICAL PROBLEMS:", "AP FILE : …"; 1-5 words, at least two capitals),
 * the spaces after it included; 0 if none. */
static size_t sl_bp_caps_label(const char *s, size_t n) {
  if (!n || s[0] < 'A' || s[0] > 'Z') return 0;
  size_t i = 0, caps = 0, words = 1;
  for (; i < n && i < 48; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') caps++;
    else if (c == ':') break;
    else if (c == ' ') {
      if (i + 1 < n && s[i + 1] != ':' && s[i + 1] != ' ' && ++words > 5) return 0;
    } else if (!((c >= '0' && c <= '9') || c == '-' || c == '\'' || c == '.' || c == '&' ||
                 c == '/'))
      return 0;
  }
  if (i >= n || i >= 48 || s[i] != ':' || caps < 2) return 0;
  i++;
  if (i < n && s[i] != ' ') return 0;
  while (i < n && s[i] == ' ') i++;
  return i;
}

static bool sl_bp_alpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Whether the article t[0..n) writes the word w[0..m) (in capitals) in title
 * case inside a sentence ("… said Mayor Dana Holt." for "HOLT"), as a name
 * is written; a word opening a sentence does not count ("Sources said …"). */
static bool sl_bp_title_case_in(const char *t, size_t n, const char *w, size_t m) {
  for (size_t i = 1; i + m <= n; i++) {
    if (t[i] != w[0] || sl_bp_alpha(t[i - 1]) || (i + m < n && sl_bp_alpha(t[i + m])))
      continue;
    size_t k = 1;
    while (k < m && t[i + k] == (char)(w[k] | 0x20)) k++;
    if (k < m) continue;
    size_t j = i;
    while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '"' || t[j - 1] == '(')) j--;
    if (j > 0 && t[j - 1] != '.' && t[j - 1] != '?' && t[j - 1] != '!' && t[j - 1] != '\n' &&
        t[j - 1] != ':')
      return true;
  }
  return false;
}

/* An all-caps label s[0..m) names someone or somewhere the article names:
 * each of its words of three or more letters is written in title case in
 * the article ("HOLT:" of "Mayor Dana Holt", "NEW DELHI:"), which a speaker's
 * or a dateline's label is and an editor's note ("EDITORS:", "PLEASE
 * NOTE:") is not. */
static bool sl_bp_label_named(const char *t, size_t n, const char *s, size_t m) {
  bool any = false;
  for (size_t i = 0; i < m;) {
    while (i < m && !(s[i] >= 'A' && s[i] <= 'Z')) i++;
    size_t b = i;
    while (i < m && s[i] >= 'A' && s[i] <= 'Z') i++;
    if (i - b < 3) continue;
    if (!sl_bp_title_case_in(t, n, s + b, i - b)) return false;
    any = true;
  }
  return any;
}

/* Most words after a label for an editor's note: a dateline ("NEW DELHI: The
 * government said …") opens a longer lead, and a longer "UPDATE: …" at the
 * bottom carries news of its own. */
#define SL_BP_NOTE_WORDS 20

/* Editors' notes at the edges of wire copy: a paragraph opening with an
 * all-caps label and a colon ("EDITORS: …", "TECHNICAL PROBLEMS: …") with
 * at most one content paragraph between it and the start or the end of the
 * article.  Notes are short (a dateline written the same way opens a longer
 * lead; a long update carries news), and no note's label is a name the
 * article writes in title case (a speaker, a place: sl_bp_label_named).  An
 * article that uses such labels elsewhere (speakers in a transcript, "THE
 * FACTS:" in a fact check), as often as it has other paragraphs or more than
 * 8 times, keeps them all. */
static void sl_bp_edge_notes(const char *t, size_t n, sl_paravec *out, size_t first) {
  size_t content = 0, labels = 0;
  for (size_t k = first; k < out->n; k++) {
    const sl_para *p = &out->a[k];
    if (p->boiler != SL_BP_NONE) continue;
    if (sl_bp_caps_label(t + p->span.off, p->span.len)) labels++;
    else content++;
  }
  if (labels == 0 || labels >= content || labels > 8) return;
  for (int pass = 0; pass < 2; pass++) {
    size_t before = 0;
    for (size_t k = first; k < out->n; k++) {
      sl_para *p = &out->a[k];
      if (p->boiler != SL_BP_NONE) continue;
      const char *s = t + p->span.off;
      size_t m = sl_bp_caps_label(s, p->span.len);
      if (!m) {
        before++;
        continue;
      }
      bool top = before <= 1, bottom = content - before <= 1;
      if (pass == 0 && !top && !bottom) return; /* a label inside the copy */
      if (pass == 1 && sl_bp_nwords(s + m, p->span.len - m) <= SL_BP_NOTE_WORDS &&
          !sl_bp_label_named(t, n, s, m))
        p->boiler = SL_BP_OTHER;
    }
  }
}

sl_status sl_text_paragraphs(const char *t, size_t n, sl_paravec *out) {
  SL_API_CHECK(t || n == 0);
  size_t first = out->n, i = 0;
  while (i < n) {
    const char *nl = memchr(t + i, '\n', n - i);
    size_t e = nl ? (size_t)(nl - t) : n;
    size_t b = i, f = e;
    int len;
    while (b < f) {
      int32_t c = sl_tx_cp(t, b, f, &len);
      if (!sl_tx_is_space(c)) break;
      b += (size_t)len;
    }
    while (f > b) {
      int32_t c = sl_tx_prev_cp(t, b, f, &len);
      if (!sl_tx_is_space(c)) break;
      f -= (size_t)len;
    }
    if (f > b) {
      sl_status st = sl_bp_push_line(t, b, f, out);
      if (st != SL_OK) return st;
    }
    i = e + 1;
  }
  /* context: alt text right before a credit or an image line, or right
   * after an image file name (the flags of the neighbours are read before
   * this pass changes them, so the result does not depend on order) */
  uint8_t prev = SL_BP_NONE;
  for (size_t k = first; k < out->n; k++) {
    sl_para *p = &out->a[k];
    uint8_t own = p->boiler;
    uint8_t nb = k + 1 < out->n ? out->a[k + 1].boiler : SL_BP_NONE;
    if (own == SL_BP_NONE &&
        (nb == SL_BP_CREDIT || nb == SL_BP_IMAGE || prev == SL_BP_IMAGE) &&
        sl_bp_alt_text(t + p->span.off, p->span.len))
      p->boiler = SL_BP_IMAGE;
    prev = own;
  }
  sl_bp_edge_notes(t, n, out, first);
  sl_bp_qa(t, out, first);
  return SL_OK;
}
