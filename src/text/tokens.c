/*
 * tokens.c — sl_text_tokens: one sentence into word, number, punctuation,
 * quote, URL, handle and symbol tokens (spans into the text).
 *
 * Decisions (see docs/text.md):
 *  - a word keeps inner apostrophes and hyphens: "don't", "Legend’s" and
 *    "self-reflective" are one token each.  The possessive 's is NOT split
 *    off: the Snowball english stemmer already removes it from the term
 *    ("legend's" -> "legend"), and keeping it preserves the surface form.
 *    A trailing apostrophe after s ("the players' union") joins the word
 *    unless a single quotation is open.
 *  - dotted abbreviations of short segments (U.S., a.m., e.g., Ph.D.) are
 *    one word including their final period.
 *  - a number starts with a digit and keeps inner , . - / : between digits
 *    and trailing letters/hyphen-words: 3,197  4.5  1973-90  9/4/2022  6:30
 *    20-year  1990s  5th.
 *  - `` and '' (older wire copy) and doubled curly single quotes are one
 *    quote token each; in Penn-Treebank tokenized text, '' between spaces
 *    closes, a single ` opens a single quotation, -LRB- / -RRB- are one
 *    punctuation token each and a clitic split off after a space ("Florida
 *    's", "did n't", "the traders '") joins its word again: one token,
 *    space included, whose fold drops the space (the term of "Florida's");
 *  - e-mail addresses and bare domains (example.com/path, with a known
 *    top-level domain) are SL_TOK_URL;
 *  - quotation marks are SL_TOK_QUOTE with SL_TF_OPEN or SL_TF_CLOSE from
 *    context (space before = open, space after = close), falling back to
 *    the glyph and then to the quote nesting state.
 *  - control and format characters (C1 controls left by mis-decoded text,
 *    soft hyphens, direction marks) are skipped like white space;
 *  - SL_TF_CAP: first letter uppercase; SL_TF_UPPER: at least two letters,
 *    all uppercase ("NASA", not "I" or "A"); SL_TF_INNER: first letter lower
 *    case and an upper-case letter after it ("diGenova", "iPhone").
 *
 * Invariant: one forward pass; every byte is examined a bounded number of
 * times, so the cost is linear in the sentence length.
 */
#include <string.h>

#include "text_int.h"

/* Characters a URL never ends with (they are sentence punctuation). */
static bool sl_url_trailing(unsigned char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == ']' || c == '"' || c == '\'' || c >= 0x80;
}

size_t sl_tx_url_len(const char *t, size_t i, size_t n) {
  size_t rest = n - i;
  const char *s = t + i;
  size_t pre = 0;
  if (sl_tx_prefix_ci(s, rest, "https://")) pre = 8;
  else if (sl_tx_prefix_ci(s, rest, "http://")) pre = 7;
  else if (sl_tx_prefix_ci(s, rest, "www.")) pre = 4;
  else if (sl_tx_prefix_ci(s, rest, "t.co/")) pre = 5;
  else if (sl_tx_prefix_ci(s, rest, "pic.twitter.com/")) pre = 16;
  else return 0;
  size_t e = pre;
  while (e < rest) {
    unsigned char c = (unsigned char)s[e];
    if (c <= ' ' || c == '"' || c == '<' || c == '>') break;
    if (c >= 0x80) {
      /* stop at typographic quotes and Unicode spaces; keep other UTF-8 */
      int len;
      int32_t cp = sl_tx_cp(s, e, rest, &len);
      if (sl_tx_is_quote(cp) || sl_tx_is_space(cp) || cp == 0x2026) break;
      e += (size_t)len;
      continue;
    }
    e++;
  }
  while (e > pre && sl_url_trailing((unsigned char)s[e - 1])) {
    if ((unsigned char)s[e - 1] >= 0x80) break;
    e--;
  }
  return e > pre ? e : 0;
}

/* Scanner state for one sentence. */
typedef struct sl_tokscan {
  const char *t;    /* article text (not owned) */
  size_t end;       /* end of the sentence */
  int dq, sq;       /* open double / single quotations (saturating) */
  size_t addr_dead; /* bytes before this end a host-name run known not to be one */
} sl_tokscan;

static int32_t sl_ts_cp(const sl_tokscan *s, size_t i, int *len) {
  if (i >= s->end) {
    *len = 0;
    return -1;
  }
  return sl_tx_cp(s->t, i, s->end, len);
}

/* Word: letters/marks/digits with inner apostrophes and hyphens; dotted
 * abbreviations.  Returns the end; sets letter-case flags. */
static size_t sl_scan_word(sl_tokscan *s, size_t i, uint8_t *flags) {
  size_t nlet = 0, nup = 0, seg = 0, nseg = 0;
  bool first = true, dotted_ok = true;
  int len;
  for (;;) {
    int32_t c = sl_ts_cp(s, i, &len);
    if (c < 0) break;
    if (sl_tx_is_letter(c) || sl_tx_is_mark(c) || sl_tx_is_digit(c)) {
      if (sl_tx_is_letter(c)) {
        nlet++;
        if (sl_tx_is_upper(c)) {
          nup++;
          if (first) *flags |= SL_TF_CAP;
          else if (nup == 1 && !(*flags & SL_TF_CAP)) *flags |= SL_TF_INNER;
        }
        first = false;
      }
      seg++;
      i += (size_t)len;
      continue;
    }
    int l2;
    int32_t nx = sl_ts_cp(s, i + (size_t)len, &l2);
    if (sl_tx_is_apos(c)) {
      if (nx >= 0 && sl_tx_is_letter(nx)) { /* don't, Legend’s, O'Brien */
        i += (size_t)len;
        dotted_ok = false;
        continue;
      }
      /* players' : possessive after s when no single quotation is open */
      int pl;
      int32_t pv = sl_tx_prev_cp(s->t, 0, i, &pl);
      if ((pv == 's' || pv == 'S') && s->sq == 0 && (nx < 0 || !sl_tx_is_letter(nx)) &&
          !(nx >= 0 && sl_tx_is_digit(nx)) && nx != '\'' && nx != 0x2019) {
        i += (size_t)len;
      }
      break;
    }
    if (sl_tx_is_hyphen(c) && nx >= 0 && (sl_tx_is_letter(nx) || sl_tx_is_digit(nx))) {
      i += (size_t)len;
      dotted_ok = false;
      seg = 0;
      continue;
    }
    if (c == '.' && dotted_ok && seg >= 1 && seg <= 2) {
      /* U.S. / a.m. / Ph.D.: continue while segments stay short. */
      if (nx >= 0 && sl_tx_is_letter(nx)) {
        /* the next segment must also be short and end in '.' or a word end */
        size_t j = i + 1, k = 0;
        int l3;
        int32_t c3;
        while ((c3 = sl_ts_cp(s, j, &l3)) >= 0 && sl_tx_is_letter(c3) && k < 3) {
          j += (size_t)l3;
          k++;
        }
        if (k <= 2 && (c3 < 0 || !sl_tx_is_letter(c3))) {
          i++;
          nseg++;
          seg = 0;
          continue;
        }
      } else if (nseg >= 1) {
        i++; /* the final period of U.S. */
        nseg++;
        if (nx >= 0 && sl_tx_is_hyphen(nx)) {
          dotted_ok = false; /* "U.S.-based": the hyphen rule continues */
          continue;
        }
        break;
      }
    }
    break;
  }
  if (nlet >= 2 && nup == nlet) *flags |= SL_TF_UPPER;
  return i;
}

/* Number: digits with , . - / : joiners and trailing letters. */
static size_t sl_scan_number(sl_tokscan *s, size_t i) {
  int len;
  for (;;) {
    int32_t c = sl_ts_cp(s, i, &len);
    if (c < 0) break;
    if (sl_tx_is_digit(c) || sl_tx_is_letter(c) || sl_tx_is_mark(c)) {
      i += (size_t)len;
      continue;
    }
    int l2;
    int32_t nx = sl_ts_cp(s, i + (size_t)len, &l2);
    if (nx < 0) break;
    if ((c == '.' || c == '/' || c == ':') && sl_tx_is_digit(nx)) {
      i += (size_t)len;
      continue;
    }
    if (c == ',' && sl_tx_is_digit(nx)) {
      /* thousands separator: exactly three digits follow */
      size_t j = i + 1, k = 0;
      while (j < s->end && k < 4 && s->t[j] >= '0' && s->t[j] <= '9') j++, k++;
      if (k == 3) {
        i = j;
        continue;
      }
      break;
    }
    if (sl_tx_is_hyphen(c) && (sl_tx_is_digit(nx) || sl_tx_is_letter(nx))) {
      i += (size_t)len;
      continue;
    }
    if (sl_tx_is_apos(c) && nx == 's') { /* 1990's */
      int l3;
      int32_t c3 = sl_ts_cp(s, i + (size_t)len + 1, &l3);
      if (c3 < 0 || !sl_tx_is_letter(c3)) {
        i += (size_t)len + 1;
        break;
      }
    }
    break;
  }
  return i;
}

/* Longest e-mail domain or bare host name considered (bytes).  Without the
 * cap, "abc.abc.abc…" would be rescanned from every word: quadratic. */
#define SL_ADDR_MAX 253

static bool sl_addr_char(unsigned char c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_' || c == '+' || c == '%';
}

/* Top-level domains that make "word.tld" a web address. */
static bool sl_tld(const char *p, size_t n) {
  static const char *const tld[] = {"com", "org", "net", "gov", "edu", "int", "mil", "info",
                                    "io", "co", "uk", "us", "ca", "de", "fr", "au", "ly"};
  for (size_t i = 0; i < SL_COUNTOF(tld); i++)
    if (strlen(tld[i]) == n && memcmp(tld[i], p, n) == 0) return true;
  return false;
}

/* A word ending at e continues as an e-mail address ("jdoe@example.org")
 * or a bare domain ("example.com", "nytimes.com/2020/…"): returns the end of
 * the address, or e when there is none.  Trailing punctuation is left out. */
static size_t sl_scan_address1(const sl_tokscan *s, size_t e) {
  const char *t = s->t;
  size_t j = e, end = s->end;
  if (j + 1 >= end) return e;
  bool email = t[j] == '@' && sl_addr_char((unsigned char)t[j + 1]) && t[j + 1] != '.';
  if (!email && t[j] != '.') return e;
  if (email) j++;
  /* domain labels: the last label must be a known TLD (bare domains) or any
   * letters (e-mail) */
  size_t lab = j, last_b = 0, last_n = 0, cap = j + SL_ADDR_MAX;
  bool dot = false;
  while (j < end && sl_addr_char((unsigned char)t[j]) && t[j] != '+' && t[j] != '%' &&
         t[j] != '_') {
    if (j >= cap) return e; /* too long for a host name: keeps the scan linear */
    if (t[j] == '.') {
      if (j > lab) last_b = lab, last_n = j - lab;
      lab = j + 1;
      dot = true;
    }
    j++;
  }
  if (j > lab) last_b = lab, last_n = j - lab;
  while (j > e && (t[j - 1] == '.' || t[j - 1] == '-')) j--; /* sentence period */
  if (!dot || last_b + last_n > j) {
    if (!dot) return e;
    /* the last label was cut by the trailing period: recompute */
    size_t k = j;
    while (k > e && t[k - 1] != '.') k--;
    last_b = k, last_n = j - k;
  }
  if (last_n == 0) return e;
  for (size_t k = last_b; k < last_b + last_n; k++)
    if (!(((unsigned char)t[k] | 0x20) >= 'a' && ((unsigned char)t[k] | 0x20) <= 'z')) return e;
  if (!email) {
    char low[8];
    if (last_n >= sizeof low) return e;
    for (size_t k = 0; k < last_n; k++) low[k] = (char)(t[last_b + k] | 0x20);
    if (!sl_tld(low, last_n)) return e;
    /* a path after the domain */
    if (j < end && t[j] == '/') {
      while (j < end && (unsigned char)t[j] > ' ' && t[j] != '"') j++;
      while (j > e && (t[j - 1] == '.' || t[j - 1] == ',' || t[j - 1] == ')' || t[j - 1] == ';' ||
                       t[j - 1] == ':' || t[j - 1] == '\''))
        j--;
    }
  }
  return j;
}

/* sl_scan_address with memory: a failure depends only on the run of host
 * characters (its last label, its dots, its length), so once a run failed
 * the later words inside it fail at once.  This keeps "abc.abc.abc…" linear. */
static size_t sl_scan_address(sl_tokscan *s, size_t e) {
  if (e < s->addr_dead) return e;
  size_t x = sl_scan_address1(s, e);
  if (x == e && e < s->end && (s->t[e] == '.' || s->t[e] == '@')) {
    size_t j = e + 1;
    while (j < s->end && sl_addr_char((unsigned char)s->t[j]) && s->t[j] != '+' &&
           s->t[j] != '%' && s->t[j] != '_')
      j++;
    s->addr_dead = j;
  }
  return x;
}

/* Decides whether the quote at [i, i+len) opens or closes. */
static uint8_t sl_quote_side(sl_tokscan *s, size_t b, size_t i, int32_t q, int len) {
  int pl, nl;
  int32_t pv = sl_tx_prev_cp(s->t, b, i, &pl);
  int32_t nx = sl_ts_cp(s, i + (size_t)len, &nl);
  bool before_open = pv < 0 || sl_tx_is_space(pv) || pv == '(' || pv == '[' || pv == '{' ||
                     pv == 0x2014 || pv == 0x2013 || (sl_tx_is_quote(pv) && pv != 0x201D);
  bool after_open = nx < 0 || sl_tx_is_space(nx) || nx == ',' || nx == '.' || nx == ';' ||
                    nx == ':' || nx == ')' || nx == ']' || nx == '?' || nx == '!' ||
                    nx == 0x2014 || nx == 0x2026 || (sl_tx_is_quote(nx) && nx != 0x201C);
  /* (a single ` is the opening single quote of tokenized text: ` … ') */
  bool dbl = !(q == '\'' || q == '`' || q == 0x2018 || q == 0x2019 || q == 0x201A ||
               q == 0x201B || q == 0x2039 || q == 0x203A);
  int *depth = dbl ? &s->dq : &s->sq;
  bool open;
  if (before_open && !after_open)
    open = true;
  else if (after_open && !before_open)
    open = false;
  else if (sl_tx_is_open_quote_glyph(q))
    open = true;
  else if (sl_tx_is_close_quote_glyph(q) || q == 0x2019)
    open = false;
  else if (q == '"' && len == 2 && before_open)
    open = false; /* '' between spaces: the closing mark of tokenized text (`` … '') */
  else
    open = *depth == 0;
  if (open) {
    if (*depth < 64) (*depth)++;
  } else if (*depth > 0) {
    (*depth)--;
  }
  return open ? SL_TF_OPEN : SL_TF_CLOSE;
}

static bool sl_is_dash(int32_t c) { return c >= 0x2010 && c <= 0x2015; }

static size_t sl_clitic_end(const sl_tokscan *s, size_t b, size_t i, int len);

/* -LRB- -RRB- -LCB- -RCB- -LSB- -RSB-: the brackets of Penn-Treebank
 * tokenized text, at i, followed by no letter or digit. */
static bool sl_ptb_bracket(const char *t, size_t i, size_t end) {
  if (i + 5 > end || t[i + 4] != '-' || t[i + 3] != 'B' || (t[i + 1] != 'L' && t[i + 1] != 'R') ||
      (t[i + 2] != 'R' && t[i + 2] != 'C' && t[i + 2] != 'S'))
    return false;
  unsigned char n = i + 5 < end ? (unsigned char)t[i + 5] : ' ';
  return !((n | 0x20) >= 'a' && (n | 0x20) <= 'z') && !(n >= '0' && n <= '9');
}

/* A word of tokenized text joined again with its clitic after one space
 * ("Florida 's", "did n't", "we 're", "the traders '"): the token then
 * reads as the untokenized word does (its fold drops the space, so its
 * term is that of "Florida's").  e: the word's end.  Returns the new end. */
static size_t sl_join_clitic(const sl_tokscan *s, size_t b, size_t e) {
  const char *t = s->t;
  if (e + 2 >= s->end || t[e] != ' ') return e;
  int len;
  int32_t c = sl_tx_cp(t, e + 1, s->end, &len);
  if (sl_tx_is_apos(c)) {
    size_t x = sl_clitic_end(s, b, e + 1, len);
    return x ? x : e;
  }
  /* n't */
  if (t[e + 1] != 'n' || e + 3 >= s->end) return e;
  c = sl_tx_cp(t, e + 2, s->end, &len);
  size_t k = e + 2 + (size_t)len;
  if (!sl_tx_is_apos(c) || k >= s->end || t[k] != 't') return e;
  int pl;
  if (!sl_tx_is_letter(sl_tx_prev_cp(t, b, e, &pl))) return e;
  if (k + 1 < s->end) {
    int32_t nx = sl_tx_cp(t, k + 1, s->end, &len);
    if (sl_tx_is_letter(nx) || sl_tx_is_digit(nx) || sl_tx_is_quote(nx)) return e;
  }
  return k + 1;
}

/* A clitic split off by Penn-Treebank tokenization ("Florida 's", "we 're",
 * "I 'm", "the traders ' union"): an apostrophe at i (len bytes) after a
 * space that follows a letter, a digit, '-' or ')' ("-RRB- 's").  Returns the clitic's end — after
 * 's 'd 'm 'll 're 've and a non-letter, or after a lone apostrophe that
 * follows a word ending in s and precedes a space when no single quotation
 * is open (a plural possessive) — or 0 when the apostrophe is a quotation
 * mark. */
static size_t sl_clitic_end(const sl_tokscan *s, size_t b, size_t i, int len) {
  const char *t = s->t;
  size_t p = i;
  while (p > b && t[p - 1] == ' ') p--;
  if (p == i || p == b) return 0;
  int pl;
  int32_t pv = sl_tx_prev_cp(t, b, p, &pl);
  if (!(sl_tx_is_letter(pv) || sl_tx_is_digit(pv) || pv == '-' || pv == ')')) return 0;
  size_t j = i + (size_t)len, k = j;
  while (k < s->end && k < j + 3 && ((t[k] | 0x20) >= 'a' && (t[k] | 0x20) <= 'z')) k++;
  if (k < s->end) {
    int nl;
    int32_t nx = sl_tx_cp(t, k, s->end, &nl);
    if (sl_tx_is_letter(nx) || sl_tx_is_mark(nx) || sl_tx_is_digit(nx) ||
        (k > j && sl_tx_is_quote(nx)))
      return 0;
  }
  if (k == j) /* a lone apostrophe */
    return s->sq == 0 && (pv == 's' || pv == 'S') && j < s->end && t[j] == ' ' ? j : 0;
  char w0 = (char)(t[j] | 0x20), w1 = k - j == 2 ? (char)(t[j + 1] | 0x20) : 0;
  if (k - j == 1 && (w0 == 's' || w0 == 'd' || w0 == 'm')) return k;
  if (k - j == 2 && ((w0 == 'l' && w1 == 'l') || (w0 == 'r' && w1 == 'e') ||
                     (w0 == 'v' && w1 == 'e')))
    return k;
  return 0;
}

sl_status sl_text_tokens(const char *t, sl_span sent, sl_tokvec *out) {
  SL_API_CHECK(t && out);
  sl_tokscan s = {t, (size_t)sent.off + sent.len, 0, 0, 0};
  size_t i = sent.off;
  while (i < s.end) {
    int len;
    int32_t c = sl_tx_cp(t, i, s.end, &len);
    if (sl_tx_is_space(c) || sl_tx_is_ignorable(c)) {
      i += (size_t)len;
      continue;
    }
    size_t b = i, e;
    uint8_t kind, flags = 0;
    int nl;
    int32_t nx = sl_ts_cp(&s, i + (size_t)len, &nl);
    size_t ul = (c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 't' || c == 'T' ||
                 c == 'p' || c == 'P')
                    ? sl_tx_url_len(t, i, s.end)
                    : 0;
    if (ul) {
      kind = SL_TOK_URL;
      e = i + ul;
    } else if ((c == '@' || c == '#') && nx >= 0 &&
               (sl_tx_is_letter(nx) || nx == '_' || (c == '@' && sl_tx_is_digit(nx)))) {
      kind = SL_TOK_HANDLE;
      e = i + 1;
      for (;;) {
        int32_t h = sl_ts_cp(&s, e, &nl);
        if (h < 0 || !(sl_tx_is_letter(h) || sl_tx_is_digit(h) || h == '_' || sl_tx_is_mark(h)))
          break;
        e += (size_t)nl;
      }
    } else if (sl_tx_is_letter(c)) {
      kind = SL_TOK_WORD;
      e = sl_scan_word(&s, i, &flags);
      size_t x = sl_scan_address(&s, e);
      if (x > e) { /* jdoe@example.org, example.com/path */
        kind = SL_TOK_URL;
        flags = 0;
        e = x;
      } else {
        size_t w = e;
        e = sl_join_clitic(&s, sent.off, e);
        if (e > w) flags |= SL_TF_JOINED;
        for (size_t k = w; k < e && (flags & SL_TF_UPPER); k++)
          if (t[k] >= 'a' && t[k] <= 'z') flags &= (uint8_t)~SL_TF_UPPER; /* "BP 's" as "BP's" */
      }
    } else if (sl_tx_is_digit(c)) {
      kind = SL_TOK_NUM;
      e = sl_scan_number(&s, i);
    } else if (sl_tx_is_apos(c) && nx >= '0' && nx <= '9' && i + (size_t)len + 2 < s.end &&
               t[i + len + 1] >= '0' && t[i + len + 1] <= '9' && t[i + len + 2] == 's') {
      kind = SL_TOK_NUM; /* '90s */
      e = i + (size_t)len + 3;
    } else if (sl_tx_is_apos(c) && i > sent.off && t[i - 1] == ' ' &&
               (e = sl_clitic_end(&s, sent.off, i, len)) > 0) {
      /* 's 're n't 'll … and the plural possessive ' of tokenized text:
       * a word, no quotation mark */
      kind = (size_t)len == e - i ? SL_TOK_PUNCT : SL_TOK_WORD;
    } else if ((c == '`' || c == '\'') && nx == c &&
               !(c == '\'' && i + 2 < s.end && t[i + 2] == '\'')) {
      /* ``…'' quotes of older wire copy: one token each (in a run of three
       * apostrophes the single quote closes first) */
      kind = SL_TOK_QUOTE;
      flags = sl_quote_side(&s, sent.off, i, c == '`' ? 0x201C : '"', 2);
      e = i + 2;
    } else if ((c == 0x2018 || c == 0x2019) && nx == c) {
      /* doubled single quotes used as double quotes: one token */
      kind = SL_TOK_QUOTE;
      flags = sl_quote_side(&s, sent.off, i, c == 0x2018 ? 0x201C : 0x201D, 2 * len);
      e = i + 2 * (size_t)len;
    } else if (sl_tx_is_quote(c)) {
      kind = SL_TOK_QUOTE;
      flags = sl_quote_side(&s, sent.off, i, c, len);
      e = i + (size_t)len;
    } else if (c == '-' && sl_ptb_bracket(t, i, s.end)) {
      kind = SL_TOK_PUNCT; /* -LRB- -RRB- … : one bracket */
      e = i + 5;
    } else if (c == '.' || c == '-' || c == '?' || c == '!' || sl_is_dash(c)) {
      /* runs of the same mark ("...", "--", "?!") are one token */
      kind = SL_TOK_PUNCT;
      e = i + (size_t)len;
      for (;;) {
        int32_t r = sl_ts_cp(&s, e, &nl);
        if (r != c && !((c == '?' || c == '!') && (r == '?' || r == '!'))) break;
        e += (size_t)nl;
      }
    } else {
      e = i + (size_t)len;
      utf8proc_category_t k = utf8proc_category(c);
      kind = k >= UTF8PROC_CATEGORY_PC && k <= UTF8PROC_CATEGORY_PO ? SL_TOK_PUNCT
             : k == UTF8PROC_CATEGORY_NO || k == UTF8PROC_CATEGORY_NL ? SL_TOK_NUM
                                                                        : SL_TOK_SYM;
    }
    if (e <= b) e = b + (size_t)(len > 0 ? len : 1); /* always progress */
    if (e > s.end) e = s.end;
    sl_token tk = {{(uint32_t)b, (uint32_t)(e - b)}, UINT32_MAX, kind, flags};
    if (!sl_vec_push(out, tk)) return SL_ENOMEM;
    i = e;
  }
  return SL_OK;
}
