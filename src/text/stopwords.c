/*
 * stopwords.c — the English function-word list used to flag SL_TF_STOP.
 *
 * The list is our own: pronouns, determiners, auxiliaries, prepositions,
 * conjunctions and their contractions (straight apostrophe, as produced by
 * sl_analyzer_fold).  Content-bearing words ("said", "year", "new") are
 * deliberately absent: summarisers weight them, they are not noise.
 *
 * Invariant: sl_stopwords is sorted in byte order (memcmp, shorter first on
 * a tie) so that lookups are a binary search; test_text checks the order.
 */
#include <string.h>

#include "text_int.h"

/* Sorted byte-wise; keep it so when editing (the unit test will tell). */
static const char *const sl_stopwords[] = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do",
    "does", "doesn't", "doing", "don't", "down", "during", "each", "either", "few", "for",
    "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he",
    "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself", "him", "himself",
    "his", "how", "how's", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't",
    "it", "it's", "its", "itself", "just", "let's", "may", "me", "might", "more", "most",
    "must", "mustn't", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "on",
    "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own",
    "same", "shall", "shan't", "she", "she'd", "she'll", "she's", "should", "shouldn't", "so",
    "some", "such", "than", "that", "that's", "the", "their", "theirs", "them", "themselves",
    "then", "there", "there's", "these", "they", "they'd", "they'll", "they're", "they've",
    "this", "those", "though", "through", "to", "too", "under", "until", "up", "upon", "very",
    "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were", "weren't", "what",
    "what's", "when", "when's", "where", "where's", "whether", "which", "while", "who", "who's",
    "whom", "whose", "why", "why's", "will", "with", "won't", "would", "wouldn't", "yet", "you",
    "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
};

/* Byte-order comparison of w[0..n) with the NUL-terminated s. */
static int sl_stop_cmp(const char *w, size_t n, const char *s) {
  /* n >= 1 and s is not empty: the first byte mostly decides, without a
     strlen and a memcmp call (the same order as memcmp's) */
  unsigned char a = (unsigned char)w[0], z = (unsigned char)s[0];
  if (a != z) return a < z ? -1 : 1;
  size_t m = strlen(s);
  int c = memcmp(w, s, n < m ? n : m);
  if (c) return c;
  return n < m ? -1 : n > m;
}

bool sl_text_is_stopword(const char *folded, size_t n) {
  if (n == 0 || n > 12) return false; /* longest entry is "yourselves" */
  size_t lo = 0, hi = SL_COUNTOF(sl_stopwords);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = sl_stop_cmp(folded, n, sl_stopwords[mid]);
    if (c == 0) return true;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return false;
}

bool sl_tx_stop_ci(const char *w, size_t n) {
  char low[16];
  if (n == 0 || n >= sizeof low) return false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)w[i];
    if (c >= 0x80) return false; /* the list is ASCII */
    low[i] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  return sl_text_is_stopword(low, n);
}

size_t sl_text_stopword_count(void) { return SL_COUNTOF(sl_stopwords); }
const char *sl_text_stopword_at(size_t i) {
  return i < SL_COUNTOF(sl_stopwords) ? sl_stopwords[i] : NULL;
}
