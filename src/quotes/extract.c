/*
 * extract.c — finds the direct quotations of a story and attributes them.
 *
 * Method (docs/quotes.md):
 *  1. Pairing.  The tokenizer marks every quotation mark as opening or
 *     closing from its context.  A double-quoted span runs from an opening
 *     mark to the next closing one; at a paragraph end an open quotation
 *     continues when the next paragraph starts with an opening mark (the
 *     news convention of reopening the quote at each paragraph), otherwise
 *     it ends there (missing closing mark).  Single quotes inside double
 *     ones are nested quotations and stay part of the outer one; outside,
 *     ‘…’ pairs are quotations (British headlines).  Title-like spans
 *     ("All of Me", “The Axe Files”) not followed by a cue are not speech.
 *  2. Names.  Capitalised runs outside quotations give the story's names;
 *     a one-word form ("Legend") resolves to the most frequent full name
 *     that ends or starts with it ("John Legend").
 *  3. Attribution, per mention in text order: a cue verb right after the
 *     closing mark ("…,” he said / said Legend), else the last cue before
 *     the opening mark in the same sentence or a preceding "…:" sentence
 *     ("He told X: “…”", "according to X"), else the speaker of the
 *     previous quotation in the article (continued quotes, partial quotes)
 *     or the current topic person.  The speaker is the noun phrase next to
 *     the cue: a name (short forms resolved), a pronoun (resolved to the
 *     topic: the last person who was a sentence subject or named speaker)
 *     or a description ("the singer", resolved to the last speaker).
 *
 * Invariant: read-only on the corpus; every span is a byte range into the
 * article text; cost linear in the story's tokens (names: one hash map).
 */
#include <string.h>

#include "quotes.h"

/* ---- token helpers ---------------------------------------------------- */

enum { WSLOTS = 2048 }; /* slots of the word-list table (power of two, > 4x the words) */

typedef struct ctx {
  const sl_corpus *c;
  sl_quotes *q;
  const sl_token *tk;   /* corpus tokens */
  /* current article */
  uint32_t a;           /* article id */
  const char *text;     /* its text */
  uint32_t t0, t1;      /* its tokens */
  uint32_t *sent;       /* token - t0 -> sentence index within the article */
  uint32_t *sfirst;     /* sentence index -> first token */
  uint32_t *para;       /* sentence index -> paragraph */
  uint8_t *headline;    /* sentence index -> 1 when title-cased (a headline) */
  uint8_t *inq;         /* token - t0 -> 1 inside a quotation (marks included) */
  uint32_t *cls;        /* token - t0 -> word-list classes, CLS_DONE once looked up */
  struct {
    const char *w;      /* listed word (static), NULL = empty slot */
    uint8_t n;          /* its length */
    uint32_t mask;      /* class bits */
  } wtab[WSLOTS];       /* the word lists, hashed */
  uint32_t nsent;
  /* story names */
  sl_strmap names;      /* full names (2+ words) */
  SL_VEC(uint32_t) ncount;
  sl_strmap shorts;     /* one word -> index into names (+1 in svals) */
  SL_VEC(uint32_t) sval;
  sl_buf tmp;
  bool oom;
} ctx;

static const char *ttext(const ctx *x, uint32_t t, size_t *n) {
  *n = x->tk[t].span.len;
  return x->text + x->tk[t].span.off;
}

/* Case-insensitive ASCII comparison of token t with the word w. */
static bool tis(const ctx *x, uint32_t t, const char *w) {
  size_t n;
  const char *s = ttext(x, t, &n);
  size_t m = strlen(w);
  if (n != m) return false;
  for (size_t i = 0; i < n; i++) {
    char a = s[i];
    if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
    if (a != w[i]) return false;
  }
  return true;
}

static bool tin(const ctx *x, uint32_t t, const char *const *list);

static bool is_word(const ctx *x, uint32_t t) { return x->tk[t].kind == SL_TOK_WORD; }
static bool is_cap(const ctx *x, uint32_t t) {
  return x->tk[t].kind == SL_TOK_WORD && (x->tk[t].flags & (SL_TF_CAP | SL_TF_UPPER));
}
static bool is_lower(const ctx *x, uint32_t t) { return is_word(x, t) && !is_cap(x, t); }
static bool is_punct(const ctx *x, uint32_t t, char ch) {
  size_t n;
  const char *s = ttext(x, t, &n);
  return x->tk[t].kind == SL_TOK_PUNCT && n == 1 && s[0] == ch;
}
static bool is_quote(const ctx *x, uint32_t t) { return x->tk[t].kind == SL_TOK_QUOTE; }
/* A dash token: - -- – — */
static bool ttext_is_dash(const ctx *x, uint32_t t) {
  size_t n;
  const char *s = ttext(x, t, &n);
  return (n >= 1 && s[0] == '-') ||
         (n == 3 && !memcmp(s, "\xE2\x80", 2) && (unsigned char)s[2] >= 0x93 &&
          (unsigned char)s[2] <= 0x95);
}

/* Double (") or single (') family of a quote token. */
static bool quote_double(const ctx *x, uint32_t t) {
  size_t n;
  const unsigned char *s = (const unsigned char *)ttext(x, t, &n);
  if (n == 1) return s[0] == '"' || s[0] == '`';
  if (n == 2) return true; /* `` '' */
  if (n == 3 && s[0] == 0xE2 && s[1] == 0x80) return s[2] == 0x9C || s[2] == 0x9D || s[2] == 0x9E;
  if (n == 2 && s[0] == 0xC2) return s[1] == 0xAB || s[1] == 0xBB; /* « » */
  return n == 6;                                                     /* ‘‘ ’’ */
}

static bool ends_possessive(const ctx *x, uint32_t t) {
  size_t n;
  const char *s = ttext(x, t, &n);
  if (n >= 3 && s[n - 1] == 's' && s[n - 2] == '\'') return true;
  return n >= 5 && s[n - 1] == 's' && !memcmp(s + n - 4, "\xE2\x80\x99", 3);
}

static uint32_t tsent(const ctx *x, uint32_t t) { return x->sent[t - x->t0]; }
static uint32_t tpara(const ctx *x, uint32_t t) { return x->para[tsent(x, t)]; }

/* ---- word lists ------------------------------------------------------- */

/* Cue verbs (lower case). "according" needs "to"; "pointed" needs "out". */
static const char *const CUES[] = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "explain", "explains",
    "explained", "explaining", "add", "adds", "added", "adding", "continue", "continues",
    "continued", "note", "notes", "noted", "noting", "state", "states", "stated", "write", "writes",
    "wrote", "writing", "tweet", "tweets", "tweeted", "post", "posted", "ask", "asks", "asked",
    "reply", "replies", "replied", "respond", "responds", "responded", "insist", "insists",
    "insisted", "argue", "argues", "argued", "claim", "claims", "claimed", "admit", "admits",
    "admitted", "recall", "recalls", "recalled", "reveal", "reveals", "revealed", "acknowledge",
    "acknowledges", "acknowledged", "announce", "announces", "announced", "declare", "declares",
    "declared", "warn", "warns", "warned", "clarify", "clarifies", "clarified", "read", "reads",
    "joke", "joked", "jokes", "concede", "conceded", "suggest", "suggested", "suggests", "confirm",
    "confirmed", "confirms", "urge", "urged", "urges", "complain", "complained", "stress",
    "stressed", "stresses", "emphasised", "emphasized", "quip", "quipped", "remark", "remarked",
    "testified", "predicted", "vowed", "promised", "shouted", "concluded", "conclude",
    "mentioned", "recounted", "described", "called", "calls", "according", "pointed", "points",
    "countered", "counters", "observed", "observes", "lamented", "boasted", "captioned",
    "texted", "messaged", "shared", "agreed", "disagreed", "demanded", "cautioned", "muses",
    "mused", "wondered", "answered", "answers", "maintained", "maintains", "summed", "went",
    "goes", "describes", "describe", "shouts", "admits", "adds", "insists", "summarized",
    "summarised", "explains", "notes", "recalls", "replies", "warns", "argues", NULL};

static bool is_cue(const ctx *x, uint32_t t) {
  if (!is_lower(x, t) && !(tis(x, t, "according") && x->tk[t].kind == SL_TOK_WORD)) return false;
  if (!tin(x, t, CUES)) return false;
  uint32_t n = t + 1 < x->t1 ? t + 1 : t;
  if (tis(x, t, "according")) return n != t && tis(x, n, "to");
  if (tis(x, t, "pointed") || tis(x, t, "points") || tis(x, t, "summed"))
    return n != t && (tis(x, n, "out") || tis(x, n, "up"));
  if (tis(x, t, "went") || tis(x, t, "goes")) /* "went on:" / "went on to say" handled as on */
    return n != t && tis(x, n, "on") && n + 1 < x->t1 && !is_word(x, n + 1);
  if (tis(x, t, "shared") || tis(x, t, "posted") || tis(x, t, "read") || tis(x, t, "reads") ||
      tis(x, t, "called") || tis(x, t, "calls") || tis(x, t, "described") ||
      tis(x, t, "agreed") || tis(x, t, "disagreed") || tis(x, t, "describes") ||
      tis(x, t, "describe"))
  {
    /* only when a quotation opens soon after in the sentence: "read: “…”",
     * "called it “…”", "described the book as “…”" */
    if (n != t && is_punct(x, n, ':')) return true;
    for (uint32_t k = t + 1; k < x->t1 && k < t + 9 && tsent(x, k) == tsent(x, t); k++)
      if (is_quote(x, k) && (x->tk[k].flags & SL_TF_OPEN)) return true;
    return false;
  }
  return true;
}

/* Participles and infinitives take their subject from the clause. */
static bool cue_needs_subject(const ctx *x, uint32_t t) {
  size_t n;
  const char *s = ttext(x, t, &n);
  return (n > 4 && !memcmp(s + n - 3, "ing", 3)) ||
         (t > x->t0 && (tis(x, t - 1, "to") || tis(x, t - 1, "and") || tis(x, t - 1, "but")));
}

static const char *const PRONOUNS[] = {"he", "she", "they", "it", "we", NULL};
static const char *const DETS[] = {"the", "a", "an", "another", "his", "her", "their", "its", "this",
                                   "that", "one", NULL};
static const char *const ADVERBS[] = {
    "also", "then", "further", "now", "previously", "later", "has", "have", "had", "was", "is",
    "would", "will", "once", "recently", "earlier", "reportedly", "again", "finally", "first",
    "simply", "repeatedly", "publicly", "privately", "clearly", "last", "often", "had", "did",
    "does", "just", "went", "on", "to", "once", "has", "later", "quickly", "subsequently",
    "initially", "tearfully", "angrily", "flatly", "bluntly", "candidly", "separately",
    "matter-of-factly", "elsewhere", "still", "always", "never", "memorably", "famously",
    "proudly", "openly", "told", "himself", "herself", "themselves", "itself", NULL};
/* Capitalised words that do not start a name. */
static const char *const NOTNAME[] = {
    "the", "a", "an", "in", "on", "at", "during", "despite", "after", "before", "while", "when",
    "although", "though", "speaking", "last", "this", "that", "these", "those", "but", "and", "or",
    "however", "meanwhile", "he", "she", "they", "it", "we", "i", "his", "her", "their", "its",
    "our", "my", "then", "also", "asked", "according", "as", "for", "from", "with", "without",
    "earlier", "later", "since", "until", "if", "yet", "so", "still", "now", "here", "there",
    "what", "who", "why", "how", "where", "yes", "no", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "by", "of", "to",
    "one", "two", "some", "many", "all", "both", "every", "each", "not", "even", "because",
    "unlike", "like", "following", "amid", "over", "under", "instead", "once", "today",
    "yesterday", "tomorrow", "tonight", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.",
    "president", "sen.", "rep.", "gov.", "senator", "governor", "prime", "minister", "judge",
    "chief", "professor", "prof.", "sir", "dame", "lord", "lady", "pope", "king", "queen",
    "prince", "princess", "general", "gen.", "officer", "detective", "mayor", "coach",
    "former", "then-president", "american", "british", "our", "your", "you", "councillor",
    "captain", "engineer", "manager", "boss", "director", "chairman", "chairwoman", "chair",
    "spokesman", "spokeswoman", "spokesperson", "prosecutor", "inspector", "sergeant",
    "constable", "superintendent", "commissioner", "ambassador", "bishop", "reverend",
    "secretary", "chancellor", "lead", "deputy", "assistant", "vice", "helmsman", "novelist",
    "singer", "rapper", "actor", "actress", "author", "painter", "artist", "leader",
    "defending", "sentencing", "asked", "speaking", "representative", "rep", "congressman",
    "editor", "columnist", "correspondent", "analyst", "strategist", "adviser", "advisor",
    "congresswoman", "sen", "gov", "lt", "sgt", "cpl", "pvt", NULL};
/* Words that make a name an organisation (never a pronoun's antecedent). */
static const char *const ORGWORDS[] = {
    "news", "post", "times", "journal", "files", "podcast", "magazine", "press", "associated",
    "reuters", "agency", "company", "inc", "inc.", "corp", "corp.", "ltd", "group", "university",
    "college", "school", "department", "ministry", "party", "council", "committee", "office",
    "house", "court", "police", "service", "bank", "association", "union", "institute",
    "foundation", "commission", "authority", "board", "club", "network", "channel", "tv", "radio",
    "yorker", "guardian", "telegraph", "herald", "tribune", "gazette", "daily", "weekly",
    "review", "bureau", "agency", "fc", "airlines", "league", "federation", "hospital",
    "council", "senate", "congress", "parliament", "government", "army", "navy", "cnn", "bbc",
    "nbc", "abc", "cbs", "npr", "fox", "nasa", "un", "eu", "show", "twitter", "instagram",
    "facebook", "youtube", "tiktok", NULL};
/* Other abbreviations that take a period inside names and titles. */
static const char *const ABBREV[] = {"jr", "sr", "st", "gen", "col", "capt", "lt", "sgt", "maj",
                                     "adm", "gov", "sen", "rep", "mt", "ft", NULL};
/* Weekdays and months end a name ("Michael Steele Sunday"). */
static const char *const DAYS[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                   "saturday", "sunday", "january", "february", "march",
                                   "april", "june", "july", "august", "september", "october",
                                   "november", "december", NULL};
/* Heads of descriptions of other participants (not resolved to a name). */
static const char *const OTHERS[] = {"reporter", "interviewer", "cameraman", "man", "woman",
                                     "boy", "girl", "student", "questioner", "caller",
                                     "protester", "protesters", "heckler", "crowd", "audience",
                                     "stranger", "passer-by", "bystander", "voice", NULL};
/* Lower-case nouns that may end a venue ("The Axe Files podcast"). */
static const char *const MEDIA[] = {"podcast", "magazine", "newspaper", "show", "programme",
                                    "program", "radio", "television", "tv", "channel", "network",
                                    "website", "blog", "station", "documentary", NULL};

static const char *const CONN[] = {"of", "de", "van", "von", "der", "la", "al", "bin", "da",
                                   "du", "del", "le", NULL};
static const char *const INTRO[] = {
      "in", "on", "at", "during", "despite", "after", "before", "while", "when", "although",
      "though", "speaking", "last", "for", "since", "as", "asked", "following", "noting",
      "earlier", "later", "meanwhile", "however", "but", "and", "then", "also", "yet", "still",
      "now", "over", "under", "amid", "without", "with", "from", "by", "once", "until", "if",
      "because", "unlike", "like", "according", "writing", "responding", "addressing",
      "talking", "this", "in", "back", "years", "months", "weeks", "indeed", "even", "still",
      "instead", "separately", "later", "meanwhile", NULL};
static const char *const SMALL[] = {"of", "the", "a", "an", "and", "in", "on", "to", "for",
                                      "with", "at", "by", "or", "is", NULL};
/* Lower-case words that end a title-word prefix ("manager of", "said on"). */
static const char *const PREPS[] = {"on", "in", "at", "for", "to", "with", "from", "by", "and",
                                    "after", "before", "during", "as", "that", "when", "while",
                                    "who", "which", "has", "have", "had", "was", "is", "were",
                                    "are", "will", "would", "not", "but", "or", NULL};

/* Honorifics: a name starts after the last one ("Cardiologist Dr Paul Rennie"). */
static const char *const HONOR[] = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
                                    "prof", "prof.", "professor", "sir", "dame", "judge",
                                    "lord", "lady", "rev", "rev.", "rep", "rep.", "sen", "sen.",
                                    "gov", "gov.", "representative", "senator", NULL};

/* Every word list, one class bit each: a token's classes are looked up
 * once (lower-cased, in a map built per call) and cached in x->cls. */
static const char *const *const LISTS[] = {CUES,    PRONOUNS, DETS, ADVERBS, NOTNAME,
                                           ORGWORDS, MEDIA,   CONN, INTRO,   SMALL,
                                           HONOR,   PREPS,    OTHERS, ABBREV, DAYS};
#define CLS_DONE (1u << 31)

/* The listed words in a small open-addressing table (FNV-1a of the
 * lower-cased bytes); built once per call, read-only afterwards. */
static uint32_t word_hash(const char *low, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)low[i]) * 16777619u;
  return h;
}

static bool build_words(ctx *x) {
  for (size_t l = 0; l < SL_COUNTOF(LISTS); l++)
    for (const char *const *w = LISTS[l]; *w; w++) {
      size_t n = strlen(*w);
      uint32_t i = word_hash(*w, n) & (WSLOTS - 1);
      while (x->wtab[i].w && !(x->wtab[i].n == n && !memcmp(x->wtab[i].w, *w, n)))
        i = (i + 1) & (WSLOTS - 1);
      x->wtab[i].w = *w, x->wtab[i].n = (uint8_t)n;
      x->wtab[i].mask |= 1u << l;
    }
  return true;
}

static uint32_t classes(const ctx *x, uint32_t t) {
  uint32_t *c = &x->cls[t - x->t0];
  if (*c & CLS_DONE) return *c;
  *c = CLS_DONE;
  size_t n;
  const char *s = ttext(x, t, &n);
  char low[24];
  if (x->tk[t].kind != SL_TOK_WORD || n >= sizeof low) return *c;
  for (size_t i = 0; i < n; i++) low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
  for (uint32_t i = word_hash(low, n) & (WSLOTS - 1); x->wtab[i].w; i = (i + 1) & (WSLOTS - 1))
    if (x->wtab[i].n == n && !memcmp(x->wtab[i].w, low, n)) {
      *c |= x->wtab[i].mask;
      break;
    }
  return *c;
}

static bool tin(const ctx *x, uint32_t t, const char *const *list) {
  for (size_t l = 0; l < SL_COUNTOF(LISTS); l++)
    if (LISTS[l] == list) return (classes(x, t) >> l) & 1u;
  for (; *list; list++)
    if (tis(x, t, *list)) return true;
  return false;
}

/* ---- names ------------------------------------------------------------ */


/* Token t is the period of an abbreviated title or initial written right
 * after it ("Mr." "Sen." "R." "Jr."): the tokenizer splits it off. */
static bool abbrev_dot(const ctx *x, uint32_t t) {
  if (t <= x->t0 || x->tk[t].kind != SL_TOK_PUNCT || x->tk[t].span.len != 1 ||
      x->text[x->tk[t].span.off] != '.')
    return false;
  const sl_token *w = &x->tk[t - 1];
  if (w->kind != SL_TOK_WORD || !(w->flags & (SL_TF_CAP | SL_TF_UPPER)) ||
      w->span.off + w->span.len != x->tk[t].span.off)
    return false;
  return w->span.len == 1 || tin(x, t - 1, HONOR) || tin(x, t - 1, ABBREV);
}

static uint32_t after_honorific(const ctx *x, uint32_t a, uint32_t b) {
  for (uint32_t t = b; t-- > a;)
    if (tin(x, t, HONOR)) {
      uint32_t r = t + 1;
      if (r < b && abbrev_dot(x, r)) r++;
      return r < b ? r : a;
    }
  return a;
}



/* A capitalised run [a, *end) starting at a: capitalised words with
 * connectors between them; it stops after a possessive ("CNN’s").  Returns
 * false when a does not start one. */
static bool cap_run(const ctx *x, uint32_t a, uint32_t lim, uint32_t *end) {
  if (a >= lim || !is_cap(x, a) || x->inq[a - x->t0]) return false;
  uint32_t e = a + 1;
  if (ends_possessive(x, a)) {
    *end = e;
    return true;
  }
  while (e < lim && !x->inq[e - x->t0]) {
    if (is_cap(x, e)) {
      if (tin(x, e, DAYS)) break;
      e++;
      if (ends_possessive(x, e - 1)) break;
      continue;
    }
    /* "Mr. Steele", "Joseph R. Biden", "Sen. Jim DeMint" */
    if (e + 1 < lim && abbrev_dot(x, e) && is_cap(x, e + 1) && !x->inq[e + 1 - x->t0]) {
      e++;
      continue;
    }
    if (e + 1 < lim && is_cap(x, e + 1) && !x->inq[e + 1 - x->t0] && tin(x, e, CONN)) {
      e += 2;
      if (ends_possessive(x, e - 1)) break;
      continue;
    }
    break;
  }
  *end = e;
  return true;
}

/* Appends the name of tokens [a, b) to x->tmp (reset first): leading
 * non-name words dropped, a final possessive 's dropped, curly apostrophes
 * made straight.  Returns the number of words kept. */
static size_t name_text(ctx *x, uint32_t a, uint32_t b) {
  x->tmp.len = 0;
  while (a < b && tin(x, a, NOTNAME)) a++;
  a = after_honorific(x, a, b);
  while (a < b && (tin(x, a, NOTNAME) || abbrev_dot(x, a))) a++;
  size_t words = 0;
  for (uint32_t t = a; t < b; t++) {
    size_t n;
    const char *s = ttext(x, t, &n);
    if (abbrev_dot(x, t)) { /* "R." */
      sl_buf_putc(&x->tmp, '.');
      continue;
    }
    if (t + 1 == b && ends_possessive(x, t)) n -= (s[n - 2] == '\'') ? 2 : 4;
    if (words) sl_buf_putc(&x->tmp, ' ');
    const char *ap;
    while (n && (ap = memchr(s, 0xE2, n)) && (size_t)(ap - s) + 2 < n &&
           !memcmp(ap, "\xE2\x80\x99", 3)) {
      sl_buf_put(&x->tmp, s, (size_t)(ap - s));
      sl_buf_putc(&x->tmp, '\'');
      n -= (size_t)(ap - s) + 3, s = ap + 3;
    }
    sl_buf_put(&x->tmp, s, n);
    words++;
  }
  sl_buf_putc(&x->tmp, '\0');
  x->tmp.len--;
  if (x->tmp.oom) x->oom = true;
  return words;
}

static bool name_is_org(const ctx *x, uint32_t a, uint32_t b) {
  if (a < b && tis(x, a, "the")) return true;
  for (uint32_t t = a; t < b; t++)
    if (tin(x, t, ORGWORDS)) return true;
  return false;
}

/* Collects the full names (2+ words, not organisations) of one article. */
static void collect_names(ctx *x) {
  for (uint32_t t = x->t0; t < x->t1;) {
    uint32_t e;
    if (!is_cap(x, t) || x->headline[tsent(x, t)] || !cap_run(x, t, x->t1, &e)) {
      t++;
      continue;
    }
    /* a run that starts a sentence may begin with an ordinary word; most
     * runs are one word: skip those before building any text */
    uint32_t a = t;
    while (e - a >= 2 && tin(x, a, NOTNAME)) a++;
    if (e - a >= 2 && !name_is_org(x, t, e) && name_text(x, t, e) >= 2 && !x->oom) {
      bool added;
      uint32_t id = sl_strmap_intern(&x->names, x->tmp.p, x->tmp.len, &added);
      if (id == UINT32_MAX || (added && !sl_vec_push(&x->ncount, 0))) {
        x->oom = true;
        return;
      }
      x->ncount.a[id]++;
    }
    t = e;
  }
}

/* Indexes every full name under its last and first word; the most frequent
 * name (then the first seen) wins a shared word. */
static void index_shorts(ctx *x) {
  size_t nn = sl_strmap_count(&x->names);
  for (uint32_t id = 0; id < nn; id++) {
    size_t len;
    const char *s = sl_strmap_key(&x->names, id, &len);
    const char *sp = memchr(s, ' ', len);
    const char *lp = strrchr(s, ' ');
    const char *keys[2] = {s, lp + 1};
    size_t klen[2] = {(size_t)(sp - s), len - (size_t)(lp + 1 - s)};
    for (int k = 0; k < 2; k++) {
      bool added;
      uint32_t sid = sl_strmap_intern(&x->shorts, keys[k], klen[k], &added);
      if (sid == UINT32_MAX || (added && !sl_vec_push(&x->sval, id))) {
        x->oom = true;
        return;
      }
      s = sl_strmap_key(&x->names, id, &len); /* (stable: different map) */
      if (!added && x->ncount.a[id] > x->ncount.a[x->sval.a[sid]]) x->sval.a[sid] = id;
    }
  }
}

/* Resolved name of tokens [a, b), copied into q's arena; NULL if none. */
static const char *resolve_name(ctx *x, uint32_t a, uint32_t b) {
  size_t w = name_text(x, a, b);
  if (!w || x->oom) return NULL;
  if (w == 1) {
    uint32_t sid = sl_strmap_get(&x->shorts, x->tmp.p, x->tmp.len);
    if (sid != UINT32_MAX) {
      size_t len;
      const char *full = sl_strmap_key(&x->names, x->sval.a[sid], &len);
      return sl_arena_strndup(&x->q->arena, full, len);
    }
  }
  return sl_arena_strndup(&x->q->arena, x->tmp.p, x->tmp.len);
}

/* ---- noun phrases ----------------------------------------------------- */

enum { NP_NONE = 0, NP_NAME, NP_PRON, NP_NOM };
typedef struct np {
  int kind;
  uint32_t a, b; /* tokens [a, b) */
  bool org;      /* a name that looks like an organisation */
  bool indef;    /* a description with a/an/one: someone new, not resolved */
} np;

/* A name starting at t: a capitalised run, title words and honorifics
 * stripped; false when none. */
static bool occupation_word(const ctx *x, uint32_t t) {
  static const char *const SUF[] = {"er", "or", "ist", "ian", "ant", "ent", "man", "woman", NULL};
  size_t n;
  const char *s = ttext(x, t, &n);
  for (const char *const *k = SUF; *k; k++) {
    size_t m = strlen(*k);
    if (n > m + 2 && !memcmp(s + n - m, *k, m)) return true;
  }
  return false;
}

static bool name_at(const ctx *x, uint32_t t, uint32_t lim, np *r) {
  uint32_t e;
  if (t >= lim || !cap_run(x, t, lim, &e) || ends_possessive(x, e - 1)) return false;
  uint32_t a = t;
  while (a < e && (tin(x, a, NOTNAME) || abbrev_dot(x, a))) a++;
  if (a >= e) return false;
  /* "Pensioner Glenda Marsh" opening a sentence: a job title, not a name */
  if (e - a >= 3 && a == x->sfirst[tsent(x, a)] && occupation_word(x, a)) a++;
  a = after_honorific(x, a, e);
  /* "Weekly Standard Editor Bill Kristol": the name follows the last title word */
  for (uint32_t k = e; k-- > a + 1;)
    if (is_cap(x, k) && tin(x, k, NOTNAME) && !tin(x, k, DAYS) && k + 1 < e) {
      a = k + 1;
      while (a < e && abbrev_dot(x, a)) a++;
      break;
    }
  if (a >= e) return false;
  *r = (np){NP_NAME, a, e, tis(x, t, "the") || name_is_org(x, a, e), false};
  return true;
}

/* Lower-case title words then a name: "chair Amir Hussain". */
static bool titled_name(const ctx *x, uint32_t j, uint32_t lim, int maxw, np *r) {
  int n = 0;
  while (j < lim && n < maxw && !x->inq[j - x->t0] &&
         ((is_lower(x, j) && !tin(x, j, PREPS) && !tin(x, j, DETS) && !is_cue(x, j)) ||
          x->tk[j].kind == SL_TOK_NUM || (n > 0 && tis(x, j, "of"))))
    j++, n++;
  return n > 0 && name_at(x, j, lim, r);
}

/* "The council's chief executive, Priya Raman, ..." / "One of the
 * teenagers, 16-year-old Abi Carter, said": the name in apposition. */
static bool appositive_after(const ctx *x, uint32_t t, uint32_t lim, np *r) {
  uint32_t j = t;
  while (j < lim && j < t + 8 && !x->inq[j - x->t0] && !is_punct(x, j, ',') && !is_cue(x, j)) j++;
  if (j >= lim || !is_punct(x, j, ',')) return false;
  uint32_t k = j + 1;
  for (int i = 0; i < 2 && k < lim && (x->tk[k].kind == SL_TOK_NUM || is_lower(x, k)); i++) k++;
  np n;
  if (!name_at(x, k, lim, &n)) return false;
  if (n.b < lim && !is_punct(x, n.b, ',') && !is_punct(x, n.b, '.') && !is_cue(x, n.b))
    return false;
  *r = n;
  return true;
}

/* Reads a noun phrase starting at t (forward), up to lim; after_cue: the
 * phrase follows a cue ("said water safety officer Dee Moran"). */
static np np_right(const ctx *x, uint32_t t, uint32_t lim, bool after_cue) {
  np r = {NP_NONE, t, t, false, false};
  if (t >= lim || x->inq[t - x->t0]) return r;
  if (tin(x, t, PRONOUNS)) {
    r.kind = NP_PRON, r.b = t + 1;
    return r;
  }
  np n, m;
  if (is_cap(x, t) && !tin(x, t, DETS)) {
    if (name_at(x, t, lim, &n)) {
      /* "Kelby Traders chair Amir Hussain", "Opposition leader Sandra Holt" */
      if (titled_name(x, n.b, lim, 2, &m)) return m;
      return n;
    }
    /* title words only ("American singer John Legend") */
    uint32_t e;
    if (cap_run(x, t, lim, &e) && titled_name(x, e, lim, 2, &m)) return m;
    if (appositive_after(x, t, lim, &m)) return m;
    if (!tin(x, t, DETS)) return r;
  }
  if (after_cue && titled_name(x, t, lim, 4, &m)) return m;
  if (tin(x, t, DETS)) {
    /* the + words up to the first non-word: "the 43-year-old singer" */
    uint32_t j = t + 1;
    bool cap_name = false;
    while (j < lim && j < t + 7 && !x->inq[j - x->t0] &&
           (x->tk[j].kind == SL_TOK_WORD || x->tk[j].kind == SL_TOK_NUM)) {
      if (is_lower(x, j) && (is_cue(x, j) || tin(x, j, ADVERBS) || tis(x, j, "who") ||
                             tis(x, j, "that") || tis(x, j, "for") || tis(x, j, "of")))
        break;
      if (is_cap(x, j)) cap_name = true;
      j++;
    }
    if (appositive_after(x, t, lim, &m)) return m;
    if (j > t + 1) {
      r.kind = NP_NOM, r.b = j;
      r.indef = tis(x, t, "a") || tis(x, t, "an") || tis(x, t, "one") || tis(x, t, "another");
      /* "The New York Times" is a name */
      if (cap_name && is_cap(x, j - 1)) r.kind = NP_NAME, r.a = t, r.org = true;
    }
  }
  return r;
}

/* Reads the noun phrase that ends just before token k (backward), not
 * before w0, skipping adverbs and auxiliaries. */
static np np_left(const ctx *x, uint32_t k, uint32_t w0) {
  np r = {NP_NONE, k, k, false, false};
  uint32_t j = k;
  int skipped = 0;
  while (j > w0 && skipped < 4) {
    uint32_t p = j - 1;
    size_t n;
    const char *s = ttext(x, p, &n);
    if (is_lower(x, p) && (tin(x, p, ADVERBS) || (n > 4 && !memcmp(s + n - 2, "ly", 2)))) {
      j = p, skipped++;
      continue;
    }
    break;
  }
  if (j <= w0) return r;
  uint32_t p = j - 1;
  if (x->inq[p - x->t0]) return r;
  if (is_punct(x, p, ',')) {
    /* "The mayor of Dunmore, Felix Adeyemi, says": the name between the
     * commas; "Jane Roe, a spokeswoman for X, said", "Her granddaughter,
     * Tia Ilori, 24, said", "The researchers, from Calder University,
     * wrote": the phrase before the inserted one */
    for (int hop = 0; hop < 3; hop++) {
      uint32_t c2 = p;
      while (c2 > w0 && p - c2 < 16 && !is_punct(x, c2 - 1, ',') && !x->inq[c2 - 1 - x->t0])
        c2--;
      np n;
      if (name_at(x, c2, p, &n) && n.b == p) return n;
      if (!(c2 > w0 + 1 && is_punct(x, c2 - 1, ','))) {
        if (c2 == w0 || c2 == p) return r;
        return np_left(x, p, w0).kind == NP_NAME ? np_left(x, p, w0) : r;
      }
      np in = np_left(x, c2 - 1, w0);
      if (in.kind != NP_NONE) return in;
      p = c2 - 1;
    }
    return r;
  }
  if (tin(x, p, PRONOUNS)) {
    r.kind = NP_PRON, r.a = p, r.b = p + 1;
    return r;
  }
  if (tis(x, p, "someone") || tis(x, p, "somebody") || tis(x, p, "nobody")) {
    r.kind = NP_NOM, r.a = p, r.b = p + 1, r.indef = true; /* as written */
    return r;
  }
  if (is_cap(x, p)) {
    uint32_t a = p;
    while (a > w0 && !x->inq[a - 1 - x->t0] &&
           ((is_cap(x, a - 1) && !ends_possessive(x, a - 1)) || abbrev_dot(x, a - 1) ||
            (a - 1 > w0 && is_cap(x, a - 2) && tin(x, a - 1, CONN))))
      a--;
    bool the = a > w0 && tis(x, a - 1, "the");
    uint32_t s = a;
    while (s <= p && (tin(x, s, NOTNAME) || abbrev_dot(x, s))) s++;
    np tn;
    if (s <= p && name_at(x, s, p + 1, &tn) && tn.b == p + 1) {
      /* the same title stripping as forward reading ("NAACP President Ben
       * Jealous said") */
      tn.org = tn.org || the;
      return tn;
    }
    if (s <= p) {
      r.kind = NP_NAME, r.a = after_honorific(x, s, p + 1), r.b = p + 1;
      r.org = the || name_is_org(x, a, p + 1);
      return r;
    }
    if (tis(x, p, "the")) return r;
  }
  /* description: determiner + up to five words ("the 43-year-old singer");
   * its head is a content word */
  if ((x->tk[p].kind == SL_TOK_WORD && !(x->tk[p].term < x->c->term_stop.n &&
                                         x->c->term_stop.a[x->tk[p].term])) ||
      x->tk[p].kind == SL_TOK_NUM) {
    uint32_t a = p;
    for (int i = 0; i < 6 && a > w0; i++) {
      if (tin(x, a, DETS) && a < p) {
        r.kind = NP_NOM, r.a = a, r.b = p + 1;
        r.indef = tis(x, a, "a") || tis(x, a, "an") || tis(x, a, "one") || tis(x, a, "another");
        return r;
      }
      uint32_t b2 = a - 1;
      if (x->inq[b2 - x->t0] ||
          !(x->tk[b2].kind == SL_TOK_WORD || x->tk[b2].kind == SL_TOK_NUM))
        break;
      if (is_cue(x, b2)) break;
      a = b2;
    }
    if (tin(x, a, DETS) && a < p) {
      r.kind = NP_NOM, r.a = a, r.b = p + 1;
      r.indef = tis(x, a, "a") || tis(x, a, "an") || tis(x, a, "one") || tis(x, a, "another");
      return r;
    }
  }
  return r;
}

/* Start of a clause's subject: skips an introductory phrase ("In an
 * interview with X, ", "During the podcast, ") ending at the first comma. */
static uint32_t skip_intro(const ctx *x, uint32_t s, uint32_t lim) {
  if (s >= lim) return s;
  /* a dateline: "WASHINGTON — ", "LONDON (Reuters) - " */
  if ((x->tk[s].flags & SL_TF_UPPER) && x->tk[s].kind == SL_TOK_WORD) {
    uint32_t d = s;
    while (d < lim && d < s + 8 && !(x->tk[d].kind == SL_TOK_PUNCT && ttext_is_dash(x, d))) d++;
    if (d < lim && d < s + 8 && d + 1 < lim) s = d + 1;
  }
  if (s >= lim) return s;
  size_t n;
  const char *w = ttext(x, s, &n);
  bool intro = tin(x, s, INTRO) || (n > 4 && !memcmp(w + n - 3, "ing", 3) && is_cap(x, s)) ||
               x->tk[s].kind == SL_TOK_NUM;
  if (!intro) return s;
  for (uint32_t t = s; t < lim && t < s + 40; t++)
    if (is_punct(x, t, ',') && !x->inq[t - x->t0]) {
      /* "Speaking on “Fox News Sunday,” Sen. Jim DeMint": past the mark */
      while (t + 1 < lim && is_quote(x, t + 1) && (x->tk[t + 1].flags & SL_TF_CLOSE)) t++;
      return t + 1;
    }
  return s;
}

/* ---- pairing ---------------------------------------------------------- */

/* Adds a mention of tokens (open, close) exclusive; close may be the end. */
static bool add_mention(ctx *x, uint32_t first, uint32_t last_excl) {
  /* skip a doubled opening mark; a nested quotation's closing mark at the
   * end ("… are somehow 'racists.'") stays inside */
  while (first < last_excl && is_quote(x, first)) first++;
  if (first >= last_excl) return true;
  sl_qmention m = {0};
  m.article = x->a;
  m.tok0 = first, m.tok1 = last_excl;
  m.span.off = x->tk[first].span.off;
  m.span.len = x->tk[last_excl - 1].span.off + x->tk[last_excl - 1].span.len - m.span.off;
  return sl_vec_push(&x->q->mentions, m);
}

/* Title-like: at most six words, every one capitalised or a small word,
 * no inner sentence punctuation ("All of Me", “The Axe Files”). */
static bool title_like(const ctx *x, uint32_t a, uint32_t b) {
  uint32_t words = 0;
  while (b > a && (x->tk[b - 1].kind == SL_TOK_PUNCT || x->tk[b - 1].kind == SL_TOK_QUOTE)) b--;
  for (uint32_t t = a; t < b; t++) {
    if (x->tk[t].kind == SL_TOK_PUNCT) {
      size_t n;
      const char *s = ttext(x, t, &n);
      if (n == 1 && (s[0] == ',' || s[0] == '.' || s[0] == ':' || s[0] == ';')) return false;
      continue;
    }
    if (x->tk[t].kind == SL_TOK_QUOTE) continue;
    if (x->tk[t].kind == SL_TOK_NUM) {
      words++;
      continue;
    }
    if (!is_cap(x, t) && !(t > a && tin(x, t, SMALL))) return false;
    if (++words > 6) return false;
  }
  return words > 0;
}

static bool is_open(const ctx *x, uint32_t t) {
  return is_quote(x, t) && (x->tk[t].flags & SL_TF_OPEN);
}
static bool is_close(const ctx *x, uint32_t t) {
  return is_quote(x, t) && (x->tk[t].flags & SL_TF_CLOSE);
}

/* Finds the quotations of the current article; marks x->inq. */
static bool pair_article(ctx *x) {
  size_t first_mention = x->q->mentions.n;
  uint32_t t = x->t0;
  while (t < x->t1) {
    if (!is_open(x, t)) {
      t++;
      continue;
    }
    bool dbl = quote_double(x, t);
    uint32_t open = t, j = t + 1, end = x->t1, next = x->t1;
    uint32_t para = tpara(x, t);
    for (; j < x->t1; j++) {
      if (tpara(x, j) != para) {
        /* paragraph change inside the quotation: reopened or unterminated */
        if (is_open(x, j) && quote_double(x, j) == dbl) {
          para = tpara(x, j);
          continue;
        }
        /* a block quotation (a post, a letter) running over paragraphs
         * without reopening marks: the next mark of its kind, within four
         * paragraphs, closes it and ends its paragraph */
        uint32_t k = j;
        while (k < x->t1 && tpara(x, k) <= para + 4 && !(is_quote(x, k) && quote_double(x, k) == dbl))
          k++;
        if (dbl && k < x->t1 && tpara(x, k) <= para + 4 && is_close(x, k) &&
            (k + 1 >= x->t1 || tpara(x, k + 1) != tpara(x, k))) {
          end = k, next = k + 1;
          break;
        }
        end = j, next = j;
        break;
      }
      if (!is_quote(x, j) || quote_double(x, j) != dbl) continue;
      if (is_close(x, j)) {
        end = j, next = j + 1;
        break;
      }
      /* an opening mark of the same kind inside: the previous one was never closed */
      if (!dbl) continue; /* nested single quotes: keep looking */
      end = j, next = j;
      break;
    }
    if (j >= x->t1) end = x->t1, next = x->t1;
    if (!dbl) {
      /* single quotes: only when closed within the paragraph, 1-40 tokens */
      if (end >= x->t1 || !is_close(x, end) || tpara(x, end) != tpara(x, open) ||
          end - open > 40 || end - open < 2) {
        t = open + 1;
        continue;
      }
    }
    /* title-like spans not followed by a cue are not speech */
    bool keep = true;
    if (title_like(x, open + 1, end)) {
      /* kept only as a whole short utterance: opening its sentence (or
       * after a colon) and followed by a cue ("“Never,” she said") */
      keep = false;
      bool starts = open == x->t0 || x->sfirst[tsent(x, open)] == open ||
                    is_punct(x, open - 1, ':');
      for (uint32_t k = end + 1; starts && k < x->t1 && k < end + 4; k++)
        if (is_cue(x, k)) keep = true;
      /* or right after a cue: "someone shouted “President Obama”" */
      if (open > x->t0 && (is_cue(x, open - 1) ||
                           (open - 1 > x->t0 && (is_punct(x, open - 1, ':') ||
                                                 is_punct(x, open - 1, ',')) &&
                            is_cue(x, open - 2))))
        keep = true;
    }
    if (keep) {
      if (!add_mention(x, open + 1, end)) return false;
      for (uint32_t k = open; k < next && k < x->t1; k++) x->inq[k - x->t0] = 1;
    }
    t = next > open ? next : open + 1;
  }
  (void)first_mention;
  return true;
}

/* ---- attribution ------------------------------------------------------ */

typedef struct attr {
  bool found;
  np who;
  uint32_t cue;        /* cue token */
  uint32_t used_end;   /* last token of the attribution clause */
} attr;

/* Speaker phrase for a cue at k inside the clause [w0, w1). */
static np speaker_for_cue(const ctx *x, uint32_t k, uint32_t w0, uint32_t w1, uint32_t sent0) {
  if (tis(x, k, "according")) return np_right(x, k + 2, w1, true);
  if (cue_needs_subject(x, k)) {
    /* "... and said", "..., telling X": the subject of the sentence */
    uint32_t s = skip_intro(x, sent0, k);
    np sub = np_right(x, s, k, false);
    if (sub.kind != NP_NONE) return sub;
  }
  np l = np_left(x, k, w0);
  if (l.kind != NP_NONE) return l;
  if (k > w0 && is_punct(x, k - 1, ',')) {
    uint32_t s = skip_intro(x, sent0, k);
    np sub = np_right(x, s, k, false);
    if (sub.kind != NP_NONE) return sub;
  }
  /* "…,” said Legend" — the phrase after the cue (not after "told") */
  if (!tis(x, k, "told") && !tis(x, k, "tells") && !tis(x, k, "telling")) {
    uint32_t r0 = k + 1;
    if (r0 < w1 && (tis(x, r0, "out") || tis(x, r0, "on") || tis(x, r0, "up"))) r0++;
    return np_right(x, r0, w1, true);
  }
  return (np){NP_NONE, k, k, false, false};
}

/* Post-quote attribution: a cue within six tokens after the closing mark. */
static attr attr_after(const ctx *x, uint32_t close) {
  attr r = {0};
  uint32_t s = close;
  while (s < x->t1 && is_quote(x, s)) s++;
  if (s >= x->t1 || close == x->t0 || tpara(x, s) != tpara(x, close - 1)) return r;
  uint32_t sent0 = x->sfirst[tsent(x, s)];
  uint32_t lim = s;
  while (lim < x->t1 && lim < s + 12 && !x->inq[lim - x->t0] && tpara(x, lim) == tpara(x, s)) {
    if ((is_punct(x, lim, '.') && !abbrev_dot(x, lim)) || is_punct(x, lim, '?') ||
        is_punct(x, lim, '!'))
      break;
    lim++;
  }
  for (uint32_t k = s; k < lim && k < s + 7; k++) {
    if (!is_cue(x, k)) {
      if (is_punct(x, k, ';')) break;
      continue;
    }
    np who = speaker_for_cue(x, k, s, lim, sent0);
    if (who.kind == NP_NONE) continue;
    r.found = true, r.who = who, r.cue = k;
    r.used_end = who.b > k ? who.b : k;
    while (r.used_end < lim) r.used_end++;
    return r;
  }
  return r;
}

/* Pre-quote attribution: the last cue before the opening mark in [w0, open). */
static attr attr_before(const ctx *x, uint32_t w0, uint32_t open) {
  attr r = {0};
  uint32_t sent0 = x->sfirst[tsent(x, open > w0 ? open - 1 : open)];
  for (uint32_t k = open; k > w0; k--) {
    uint32_t c = k - 1;
    if (x->inq[c - x->t0] || !is_cue(x, c)) continue;
    np who = speaker_for_cue(x, c, w0, open, sent0);
    if (who.kind == NP_NONE) continue;
    r.found = true, r.who = who, r.cue = c, r.used_end = open;
    return r;
  }
  return r;
}

/* Venue or addressee near cue k in [w0, w1): "told X", "telling X",
 * "interview with X", "on X podcast", "speaking to X". */
static bool venue_at(const ctx *x, uint32_t t, uint32_t w1, sl_span *out) {
  uint32_t a = t, e = t;
  if (a < w1 && (tis(x, a, "the") || tis(x, a, "The"))) e = a + 1;
  uint32_t ce;
  if (e < w1 && cap_run(x, e, w1, &ce)) {
    e = ce;
  } else if (e > a) { /* the outlet, the newspaper */
    while (e < w1 && e < a + 3 && is_lower(x, e) && !is_cue(x, e) && !tis(x, e, "that")) e++;
    if (e == a + 1) return false;
  } else if (tis(x, a, "him") || tis(x, a, "her") || tis(x, a, "reporters") ||
             tis(x, a, "journalists")) {
    e = a + 1;
  } else
    return false;
  if (e < w1 && tin(x, e, MEDIA)) e++;
  out->off = x->tk[a].span.off;
  out->len = x->tk[e - 1].span.off + x->tk[e - 1].span.len - out->off;
  return true;
}

static bool find_venue(const ctx *x, uint32_t w0, uint32_t w1, sl_span *out) {
  for (uint32_t k = w0; k < w1; k++)
    if (!x->inq[k - x->t0] && (tis(x, k, "told") || tis(x, k, "telling") || tis(x, k, "tells")) &&
        venue_at(x, k + 1, w1, out))
      return true;
  for (uint32_t k = w0; k + 1 < w1; k++) {
    if (x->inq[k - x->t0]) continue;
    if ((tis(x, k, "interview") || tis(x, k, "conversation")) && tis(x, k + 1, "with") &&
        venue_at(x, k + 2, w1, out))
      return true;
    if ((tis(x, k, "on") || tis(x, k, "to")) && k + 1 < w1) {
      uint32_t v = k + 1;
      if (v + 1 < w1 && tis(x, v, "the") && is_cap(x, v + 1)) v++;
      if (!(is_cap(x, v) || is_quote(x, v))) continue;
      if (is_quote(x, v)) { /* on “The Axe Files” podcast */
        uint32_t e = v + 1;
        while (e < w1 && !is_close(x, e)) e++;
        if (e + 1 < w1 && tin(x, e + 1, MEDIA)) {
          out->off = x->tk[v].span.off;
          out->len = x->tk[e + 1].span.off + x->tk[e + 1].span.len - out->off;
          return true;
        }
        continue;
      }
      if (tis(x, k, "to") && !(k > w0 && (tis(x, k - 1, "speaking") || tis(x, k - 1, "spoke") ||
                                          tis(x, k - 1, "talking") || tis(x, k - 1, "said"))))
        continue;
      uint32_t ce;
      if (cap_run(x, v, w1, &ce) && ((ce < w1 && tin(x, ce, MEDIA)) || name_is_org(x, v, ce))) {
        if (venue_at(x, v > k + 1 ? v - 1 : v, w1, out)) return true;
      }
    }
  }
  return false;
}

static const char *arena_lower(sl_quotes *q, const ctx *x, uint32_t a, uint32_t b) {
  sl_buf tmp;
  sl_buf_init(&tmp);
  for (uint32_t t = a; t < b; t++) {
    size_t n;
    const char *s = ttext(x, t, &n);
    if (t > a) sl_buf_putc(&tmp, ' ');
    for (size_t i = 0; i < n; i++)
      sl_buf_putc(&tmp, (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]));
  }
  const char *r = tmp.oom ? NULL : sl_arena_strndup(&q->arena, tmp.p ? tmp.p : "", tmp.len);
  sl_buf_free(&tmp);
  return r;
}

/* Topic person at token t: the subject of the latest sentence before t that
 * starts with a person's name, or the latest named speaker. */
typedef struct topic_state {
  const char *topic;   /* resolved name, arena */
  uint32_t next_sent;  /* sentences below this one already looked at */
  const char *last;    /* last speaker */
  uint32_t last_para;  /* paragraph where the last quotation ended */
} topic_state;

/* The speaker a description or an unattributed quotation refers to: the
 * last speaker when their quotation ended in this or the previous
 * paragraph, else the topic person. */
static const char *recent_speaker(const topic_state *ts, uint32_t para) {
  if (ts->last && para <= ts->last_para + 1) return ts->last;
  return ts->topic ? ts->topic : ts->last;
}

/* Brings ts->topic up to token t, lazily (only quotations that need it
 * call this): the latest sentence since the last update whose subject is
 * a person, scanning backwards from t. */
static void topic_advance(ctx *x, topic_state *ts, uint32_t t) {
  uint32_t s_to = tsent(x, t); /* the sentence containing t counts only up to t */
  if (ts->next_sent > s_to) return;
  for (uint32_t si = s_to + 1; si-- > ts->next_sent;) {
    uint32_t a = x->sfirst[si];
    uint32_t lim = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
    if (si == s_to && lim > t) lim = t;
    if (x->headline[si]) continue;
    uint32_t s = a;
    while (s < lim && x->inq[s - x->t0]) s++;
    s = skip_intro(x, s, lim);
    np sub = np_right(x, s, lim, false);
    if (sub.kind == NP_NAME && !sub.org) {
      /* a person: a full name, or a short form of one ("Legend") */
      const char *nm = resolve_name(x, sub.a, sub.b);
      if (nm && strchr(nm, ' ')) {
        ts->topic = nm;
        break;
      }
    }
  }
  ts->next_sent = s_to;
}

/* A description naming an organisation ("the port authority"): its head. */
static bool nom_is_org(const ctx *x, np n) { return n.b > n.a && tin(x, n.b - 1, ORGWORDS); }

/* A description of another participant, not the person in the news ("the
 * reporter asks", "the young man replied"): kept as written. */
static bool nom_is_other(const ctx *x, np n) { return n.b > n.a && tin(x, n.b - 1, OTHERS); }

/* The last person named before token t outside quotations (a full name or a
 * known short form); NULL if none. */
static const char *last_person(ctx *x, uint32_t t) {
  for (uint32_t k = t; k-- > x->t0;) {
    if (x->inq[k - x->t0] || !is_cap(x, k) || (k > x->t0 && is_cap(x, k - 1)) ||
        x->headline[tsent(x, k)])
      continue;
    np n;
    if (!name_at(x, k, t, &n) || n.org) continue;
    const char *nm = resolve_name(x, n.a, n.b);
    if (nm && strchr(nm, ' ')) return nm;
  }
  return NULL;
}

/* The person subject of the sentence holding token t, read before t
 * ("Opposition leader Sandra Holt accused him of “…”"); NULL if none. */
static const char *sentence_person(ctx *x, uint32_t t) {
  if (x->headline[tsent(x, t)]) return NULL;
  uint32_t s = x->sfirst[tsent(x, t)];
  while (s < t && x->inq[s - x->t0]) s++;
  s = skip_intro(x, s, t);
  np sub = np_right(x, s, t, false);
  if (sub.kind != NP_NAME || sub.org) return NULL;
  const char *nm = resolve_name(x, sub.a, sub.b);
  return nm && strchr(nm, ' ') ? nm : NULL;
}

static void attribute_article(ctx *x, size_t m0, size_t m1) {
  topic_state ts = {0};
  uint32_t prev_used = x->t0; /* tokens before this were used by an attribution */
  for (size_t i = m0; i < m1; i++) {
    sl_qmention *m = &x->q->mentions.a[i];
    uint32_t close = m->tok1; /* the closing mark (or what follows an unclosed quote) */
    uint32_t open_mark = m->tok0 > x->t0 ? m->tok0 - 1 : m->tok0;
    attr r = attr_after(x, close);
    if (!r.found) {
      /* window: same sentence, after the previous quotation/attribution */
      uint32_t w0 = x->sfirst[tsent(x, open_mark)];
      if (w0 < prev_used) w0 = prev_used;
      if (open_mark > w0) r = attr_before(x, w0, open_mark);
      /* a quotation opening its paragraph after a "…:" sentence */
      if (!r.found && w0 == x->sfirst[tsent(x, open_mark)] && open_mark == w0 && w0 > x->t0 &&
          is_punct(x, w0 - 1, ':')) {
        uint32_t ps = x->sfirst[tsent(x, w0 - 1)];
        if (ps < prev_used) ps = prev_used;
        if (ps < w0 - 1) r = attr_before(x, ps, w0 - 1);
      }
    }
    const char *speaker = NULL;
    if (r.found) {
      m->who.off = x->tk[r.who.a].span.off;
      m->who.len = x->tk[r.who.b - 1].span.off + x->tk[r.who.b - 1].span.len - m->who.off;
      uint32_t ce = r.cue + 1;
      if (ce < x->t1 && (tis(x, r.cue, "according") || tis(x, r.cue, "pointed") ||
                         tis(x, r.cue, "points") || tis(x, r.cue, "summed") ||
                         tis(x, r.cue, "went") || tis(x, r.cue, "goes")))
        ce++; /* according to, pointed out, summed up, went on */
      m->cue = arena_lower(x->q, x, r.cue, ce);
      if (r.who.kind != NP_NAME) topic_advance(x, &ts, open_mark);
      if (r.who.kind == NP_NAME) {
        speaker = resolve_name(x, r.who.a, r.who.b);
        if (!r.who.org && speaker) {
          ts.topic = speaker; /* sentences up to here are older than this */
          ts.next_sent = tsent(x, r.cue > close ? SL_MIN(r.cue, x->t1 - 1) : open_mark) + 1;
        }
      } else if (r.who.kind == NP_PRON) {
        speaker = ts.topic ? ts.topic : ts.last;
        if (!speaker) speaker = last_person(x, r.who.a);
      } else if (!r.who.indef && !nom_is_org(x, r.who) && !nom_is_other(x, r.who)) {
        speaker = recent_speaker(&ts, tpara(x, open_mark));
        /* "the lawmaker said": nobody spoke yet, the person last named */
        if (!speaker) speaker = last_person(x, r.who.a);
      }
      /* "a spokesman", "one man", "the port authority": as written */
      if (!speaker && r.who.kind == NP_NOM)
        speaker = arena_lower(x->q, x, r.who.a, r.who.b);
      /* venue: the attribution clause */
      uint32_t v0 = r.cue < m->tok0 ? x->sfirst[tsent(x, r.cue)] : close;
      uint32_t v1 = r.cue < m->tok0 ? open_mark : r.used_end;
      if (v0 < prev_used && r.cue < m->tok0) v0 = prev_used;
      sl_span v;
      if (v1 > x->t1) v1 = x->t1;
      if (find_venue(x, v0, v1, &v))
        m->venue = sl_arena_strndup(&x->q->arena, x->text + v.off, v.len);
      if (r.cue > close) prev_used = r.used_end;
    } else {
      /* no cue: the person the sentence is about, else the recent speaker */
      topic_advance(x, &ts, open_mark);
      speaker = sentence_person(x, open_mark);
      if (!speaker) speaker = recent_speaker(&ts, tpara(x, open_mark));
    }
    if (speaker) {
      m->speaker = speaker, ts.last = speaker;
      ts.last_para = tpara(x, close > x->t0 ? close - 1 : close);
    }
    if (close > prev_used) prev_used = close;
  }
}

/* ---- driver ----------------------------------------------------------- */

/* Per-token and per-sentence arrays of the whole story, allocated once;
 * article_setup points the ctx at one article's part and fills it the
 * first time (pass 1); pass 2 reuses what pass 1 computed. */
typedef struct story_bufs {
  uint32_t *sent, *sfirst, *para, *cls;
  uint8_t *inq, *headline;
  size_t *toff, *soff; /* story article i -> its first token / sentence in the arrays */
} story_bufs;

static void article_setup(ctx *x, const story_bufs *sb, size_t i, uint32_t a, bool fill) {
  const sl_corpus *c = x->c;
  const sl_art *art = &c->arts.a[a];
  x->a = a;
  x->text = art->text;
  x->nsent = art->nsent;
  if (!art->nsent) {
    x->t0 = x->t1 = 0;
    return;
  }
  const sl_sent *s0 = &c->sents.a[art->sent], *sl = &c->sents.a[art->sent + art->nsent - 1];
  x->t0 = s0->tok, x->t1 = sl->tok + sl->ntok;
  x->sent = sb->sent + sb->toff[i], x->cls = sb->cls + sb->toff[i], x->inq = sb->inq + sb->toff[i];
  x->sfirst = sb->sfirst + sb->soff[i], x->para = sb->para + sb->soff[i];
  x->headline = sb->headline + sb->soff[i];
  if (!fill) return;
  for (uint32_t k = 0; k < art->nsent; k++) {
    const sl_sent *s = &c->sents.a[art->sent + k];
    x->sfirst[k] = s->tok;
    x->para[k] = s->para;
    uint32_t words = 0, caps = 0;
    for (uint32_t t = s->tok; t < s->tok + s->ntok; t++) {
      x->sent[t - x->t0] = k;
      if (x->tk[t].kind == SL_TOK_WORD && x->tk[t].span.len >= 4) {
        words++;
        caps += (x->tk[t].flags & (SL_TF_CAP | SL_TF_UPPER)) != 0;
      }
    }
    /* "Glenn Beck Rips Progressivism at CPAC": a title-cased line */
    x->headline[k] = words >= 3 && caps * 10 >= words * 7;
  }
}

sl_status sl_quotes_extract(const sl_corpus *c, const uint32_t *arts, size_t n, sl_quotes *q) {
  ctx x = {0};
  x.c = c, x.q = q, x.tk = c->toks.a;
  sl_strmap_init(&x.names);
  sl_strmap_init(&x.shorts);
  sl_buf_init(&x.tmp);
  sl_status st = SL_OK;
  if (!build_words(&x)) st = SL_ENOMEM;
  size_t *mstart = malloc((n + 1) * sizeof *mstart);
  story_bufs sb = {0};
  sb.toff = malloc((n + 1) * sizeof *sb.toff);
  sb.soff = malloc((n + 1) * sizeof *sb.soff);
  if (!mstart || !sb.toff || !sb.soff) st = SL_ENOMEM;
  size_t nt = 0, ns = 0;
  for (size_t i = 0; st == SL_OK && i < n; i++) {
    const sl_art *art = &c->arts.a[arts[i]];
    sb.toff[i] = nt, sb.soff[i] = ns;
    if (art->nsent) {
      const sl_sent *s0 = &c->sents.a[art->sent], *sl = &c->sents.a[art->sent + art->nsent - 1];
      nt += sl->tok + sl->ntok - s0->tok;
      ns += art->nsent;
    }
  }
  if (st == SL_OK) {
    sb.sent = malloc((nt ? nt : 1) * sizeof *sb.sent);
    sb.cls = calloc(nt ? nt : 1, sizeof *sb.cls);
    sb.inq = calloc(nt ? nt : 1, 1);
    sb.sfirst = malloc((ns ? ns : 1) * sizeof *sb.sfirst);
    sb.para = malloc((ns ? ns : 1) * sizeof *sb.para);
    sb.headline = calloc(ns ? ns : 1, 1);
    if (!sb.sent || !sb.cls || !sb.inq || !sb.sfirst || !sb.para || !sb.headline) st = SL_ENOMEM;
  }
  /* pass 1: quotations and names */
  for (size_t i = 0; st == SL_OK && i < n; i++) {
    mstart[i] = q->mentions.n;
    article_setup(&x, &sb, i, arts[i], true);
    if (!pair_article(&x)) st = SL_ENOMEM;
    if (st == SL_OK && x.t1 > x.t0) collect_names(&x);
    if (x.oom) st = SL_ENOMEM;
  }
  if (st == SL_OK) {
    mstart[n] = q->mentions.n;
    index_shorts(&x);
    if (x.oom) st = SL_ENOMEM;
  }
  /* pass 2: attribution (quotation marks around every mention marked) */
  for (size_t i = 0; st == SL_OK && i < n; i++) {
    if (mstart[i] == mstart[i + 1]) continue;
    article_setup(&x, &sb, i, arts[i], false);
    for (size_t k = mstart[i]; k < mstart[i + 1]; k++) {
      const sl_qmention *m = &q->mentions.a[k];
      uint32_t a = m->tok0, b = m->tok1;
      if (a > x.t0 && is_quote(&x, a - 1)) a--;
      if (b < x.t1 && is_quote(&x, b)) b++;
      for (uint32_t t = a; t < b; t++) x.inq[t - x.t0] = 1;
    }
    attribute_article(&x, mstart[i], mstart[i + 1]);
    if (x.oom) st = SL_ENOMEM;
  }
  free(mstart);
  free(sb.sent), free(sb.sfirst), free(sb.para), free(sb.inq), free(sb.cls), free(sb.headline);
  free(sb.toff), free(sb.soff);
  sl_strmap_free(&x.names);
  sl_strmap_free(&x.shorts);
  sl_vec_free(&x.ncount);
  sl_vec_free(&x.sval);
  sl_buf_free(&x.tmp);
  return st;
}
