/*
 * extract.c — finds the direct quotations of a story and attributes them.
 *
 * Method (docs/quotes.md):
 *  1. Pairing.  The tokenizer marks every quotation mark as opening or
 *     closing from its context.  A double-quoted span runs from an opening
 *     mark to the next closing one; at a paragraph end an open quotation
 *     continues when the next paragraph starts with an opening mark (the
 *     news convention of reopening the quote at each paragraph), otherwise
 *     it ends there (missing closing mark).  Marks pair by their balance in
 *     the paragraph: an opening mark of the same kind inside a span opens a
 *     nested quotation when the outer span closes after it or ends as a
 *     block quotation (a closing mark that ends a later paragraph, the
 *     paragraphs between balanced), else it ends the unclosed outer span.
 *     Single quotes (‘…’, '…', `…') inside double ones are nested
 *     quotations and stay part of the outer one; outside, ‘…’ pairs are
 *     quotations (British headlines), as is '…" ending its paragraph.
 *     Title-like spans
 *     ("Blue Harbour", “The Long Table”) are titles with a work's context (a
 *     work noun, a maker, "on" a channel, a possessive, "by" a user) and
 *     speech with a cue, a speech noun after them, an exclamation or a
 *     headline's single quotes; otherwise names, not quotations.
 *  2. Names.  Capitalised runs outside quotations give the story's names;
 *     a one-word form ("Legend") resolves to the most frequent full name
 *     that ends or starts with it ("John Legend").
 *  3. Attribution, per mention in text order: a cue verb right after the
 *     closing mark ("…,” he said / said Legend), else the last cue before
 *     the opening mark in the same sentence or a preceding "…:" sentence
 *     ("He told X: “…”", "according to X"), else the speaker of the
 *     previous quotation in the article (continued quotes, partial quotes)
 *     or the current topic person.  The speaker is the noun phrase next to
 *     the cue: a name (short forms resolved, first within their article), a
 *     pronoun (resolved to the topic: the last person who was a sentence
 *     subject or named speaker, unless honorifics or a common first name
 *     make it incompatible), a
 *     description ("the singer": the last speaker; "the president": the
 *     person named with that title; "the aide": the unnamed source named
 *     before; "the group", "the St. Louis group": the organisation named
 *     before; an outlet that "reported"), an unnamed
 *     source kept as written ("a spokesperson for X"), or a text's author
 *     ("a statement from X").  Appositions of any length before the cue.
 *     A type check refuses a place, a thing or a text with no author as
 *     the speaker and takes the next candidate (the person named nearest
 *     before it, else the sentence's subject).
 *
 * Invariant: read-only on the corpus; every span is a byte range into the
 * article text; cost linear in the story's tokens (names: one hash map).
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <threads.h>

#include "quotes.h"
#include "../timeline/timeline.h"

/* ---- token helpers ---------------------------------------------------- */

/* slots of the word-list tables (powers of two, > 2x their words): the
 * first names (FEMALE, MALE: 1,929 words) and the other lists (1,026) */
enum { NSLOTS = 4096, WSLOTS = 2048 };

/* A full name and its count in one article. */
typedef struct anm {
  uint32_t id, n;
} anm;

/* A name written after a title ("President Amara Osei"). */
typedef struct ttl {
  uint32_t title; /* index in TITLES (+ 100 with "Vice" before it) */
  uint32_t ai;    /* story article index */
  uint32_t tok;   /* first token of the name */
  uint32_t name;  /* the name as written, in tnames */
} ttl;

typedef struct ctx {
  const sl_corpus *c;
  sl_quotes *q;
  const sl_token *tk;   /* corpus tokens */
  /* current article */
  uint32_t a;           /* article id */
  const char *text;     /* its text */
  uint32_t t0, t1;      /* its tokens */
  uint32_t *sent;       /* token - t0 -> sentence index within the article */
  uint32_t *caps;       /* the article's capitalised tokens (is_cap), in order (collect_names
                           fills it in pass 1; the scans of every capitalised word after it
                           read it instead of every token) */
  uint32_t ncaps;
  uint32_t *sfirst;     /* sentence index -> first token */
  uint32_t *para;       /* sentence index -> paragraph */
  uint8_t *headline;    /* sentence index -> 1 when title-cased (a headline) */
  uint8_t *inq;         /* token - t0 -> 1 inside a quotation (marks included) */
  uint8_t *tmx;         /* token - t0 -> TMX_TIME in a time phrase ("this morning", "on
                           July 20"), TMX_SEEN once tagged (mark_times, on demand),
                           TMX_END a word that may end one (time_end, cached);
                           TMX_CUE a cue (is_cue_slow while attributing, cached) */
  uint32_t *qnext;      /* token - t0 -> first token from it outside quotations (pass 2;
                           stored only for tokens inside one) */
  uint32_t *capstart;   /* token - t0 -> last token up to it that opens a capitalised run
                           outside quotations and headlines, UINT32_MAX if none (pass 2,
                           filled at last_person's first call: capfilled) */
  bool capfilled;
  uint32_t lp_t, lp_at; /* last_person's previous call (t, UINT32_MAX: none) and answer */
  const char *lp_nm;
  uint32_t *cls;        /* token - t0 -> word-list classes, CLS_DONE once looked up */
  uint32_t nsent;
  /* story names */
  sl_strmap names;      /* full names (2+ words) */
  SL_VEC(uint32_t) ncount;
  SL_VEC(uint32_t) nfw;        /* names' id -> bytes before its first space (index_shorts) */
  sl_strmap shorts;     /* one word -> index into names (+1 in svals) */
  SL_VEC(uint32_t) sval;
  size_t ai;            /* current article's index in the story */
  SL_VEC(anm) anames;   /* full names of each article, in astart ranges */
  size_t *astart;       /* story article i -> its first entry in anames (n + 1) */
  SL_VEC(ttl) titles;   /* "President Amara Osei", "Gov. Rick Perry" */
  sl_strmap tnames;     /* the names of titles, as written */
  sl_strmap gnames;     /* names seen after Mr./Mrs./Ms. (full name or surname) */
  uint32_t tmc[32][3];  /* titled_mentions cache: surname, full name (tnames ids), count */
  size_t tmc_n, tmc_t;  /* entries used; titles.n they were counted on */
  SL_VEC(uint8_t) gval; /* their gender: 1 male, 2 female, 3 both seen */
  sl_buf tmp;
  bool oom;
  bool times;           /* pass 2: time phrases are marked on demand (mark_times) */
  const uint32_t *sarts; /* the story's articles (their sources are outlets) */
  size_t nsarts;
  /* attribution caches of the current article, used while `cache` holds
   * (attribute_article: the marks and the story's names no longer
   * change); cgen tells one article's entries from another's */
  bool cache;
  uint32_t cgen;
  struct rnc *rnc;             /* resolve_name's answers (RNC_SLOTS, direct-mapped) */
  struct r1c *r1c;             /* one-word names' answers by text (R1C_SLOTS, direct-mapped) */
  bool posread;                /* same_surname or honor_resolve read the name's position (their
                                  answer for the same text may differ elsewhere) */
  struct sentc *sc;            /* per sentence of the article: its subject (sent_cache) */
  struct salsent *ssal;        /* per sentence of the article: salient_person's names in it */
  size_t ssal_cap;
  SL_VEC(struct salc) salpool; /* their entries (ssal_gen's article) */
  uint32_t ssal_gen;
  size_t sc_cap;
  uint32_t sc_gen;
  SL_VEC(sl_span) orgs;        /* acronym_name: the article's organisations (in oname) */
  sl_buf oname;
  uint32_t orgs_gen;
  uint32_t pairs[26];          /* acronym_may_spell: bit j of [i] when a capitalised word with
                                  initial 'A' + j can follow one with initial 'A' + i in a name */
  uint32_t pairs_gen;
} ctx;

static const char *ttext(const ctx *x, uint32_t t, size_t *n) {
  *n = x->tk[t].span.len;
  return x->text + x->tk[t].span.off;
}

/* Case-insensitive ASCII comparison of token t with the lower-case word w,
 * compared as it goes (no strlen: list words read in a loop). */
static bool tis_s(const ctx *x, uint32_t t, const char *w) {
  size_t n;
  const char *s = ttext(x, t, &n);
  for (size_t i = 0; i < n; i++) {
    char a = s[i];
    if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
    if (!w[i] || a != w[i]) return false;
  }
  return !w[n];
}

/* tis_s() for a word of length m: tis() passes a literal's, computed at
 * compile time, and the length and first-letter tests are inlined (most
 * comparisons stop there: "the" against "and", "for", "was"). */
__attribute__((always_inline)) static inline bool tis_n(const ctx *x, uint32_t t, const char *w,
                                                        size_t m) {
  if (x->tk[t].span.len != m) return false;
  /* "WHO" in capitals is no relative pronoun (an acronym; thirty-sixth
   * pass; the test folds away for every other literal) */
  if (m == 3 && w[0] == 'w' && w[1] == 'h' && w[2] == 'o' && (x->tk[t].flags & SL_TF_UPPER))
    return false;
  char a = x->text[x->tk[t].span.off];
  if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
  return a == w[0] && tis_s(x, t, w);
}

#define tis(x, t, w) tis_n((x), (t), (w), strlen(w))

static uint32_t classes(const ctx *x, uint32_t t);
/* inlined at every call: the list's bit is a constant there (a call would
 * keep the first-name branch and cost a tenth of the pass) */
__attribute__((always_inline)) static inline bool tin_bit(const ctx *x, uint32_t t, unsigned bit);
#define tin(x, t, list) tin_bit((x), (t), list##_BIT)
enum {
  CUES_BIT, PRONOUNS_BIT, DETS_BIT, ADVERBS_BIT, NOTNAME_BIT, ORGWORDS_BIT, MEDIA_BIT, CONN_BIT,
  INTRO_BIT, SMALL_BIT, HONOR_BIT, PREPS_BIT, OTHERS_BIT, ABBREV_BIT, DAYS_BIT, ARTS_BIT,
  NOUNISH_BIT, DOCS_BIT, SOURCES_BIT, TITLES_BIT, FEMALE_BIT, MALE_BIT, SPEECHACT_BIT, ISSUES_BIT,
  OUTLETW_BIT, ORGDESC_BIT, POSSORG_BIT, PERSONN_BIT, GENF_BIT, GENM_BIT, TIMEU_BIT, NLISTS
};

static inline bool is_word(const ctx *x, uint32_t t) { return x->tk[t].kind == SL_TOK_WORD; }
/* "diGenova", "deBlasio", "vanBuren": a surname whose particle is written
 * in lower case before a capital (fourteenth pass; the tokenizer marks
 * such words SL_TF_INNER) */
static bool camel_name(const ctx *x, uint32_t t) {
  const sl_token *k = &x->tk[t];
  if (k->span.len < 4) return false;
  const char *s = x->text + k->span.off;
  return (s[0] == 'd' && (s[1] == 'i' || s[1] == 'e' || s[1] == 'a' || s[1] == 'u') &&
          s[2] >= 'A' && s[2] <= 'Z') ||
         (s[0] == 'd' && s[1] == 'e' && s[2] == 'l' && s[3] >= 'A' && s[3] <= 'Z') ||
         (s[0] == 'l' && (s[1] == 'a' || s[1] == 'e') && s[2] >= 'A' && s[2] <= 'Z') ||
         (s[0] == 'v' && (s[1] == 'a' || s[1] == 'o') && s[2] == 'n' && s[3] >= 'A' &&
          s[3] <= 'Z');
}
static bool first_name_at(const ctx *x, uint32_t t);
/* the flags read first: most tokens (lower-case words, punctuation) have
 * none of the three, and loops over every token of an article stop there */
__attribute__((always_inline)) static inline bool is_cap(const ctx *x, uint32_t t) {
  const sl_token *k = &x->tk[t];
  if (!(k->flags & (SL_TF_CAP | SL_TF_UPPER | SL_TF_INNER)) || k->kind != SL_TOK_WORD)
    return false;
  if (k->flags & (SL_TF_CAP | SL_TF_UPPER)) return true;
  return camel_name(x, t);
}
__attribute__((always_inline)) static inline bool is_lower(const ctx *x, uint32_t t) {
  return is_word(x, t) && !is_cap(x, t);
}
static bool is_punct_slow(const ctx *x, uint32_t t, char ch);
/* the token's kind and a one-byte token inlined: most tokens tested are
 * words, most marks one byte */
static inline bool is_punct(const ctx *x, uint32_t t, char ch) {
  const sl_token *k = &x->tk[t];
  if (k->kind != SL_TOK_PUNCT) return false;
  if (k->span.len == 1) return x->text[k->span.off] == ch;
  return k->span.len == 5 && is_punct_slow(x, t, ch);
}
static bool is_punct_slow(const ctx *x, uint32_t t, char ch) {
  size_t n;
  const char *s = ttext(x, t, &n);
  if (n == 5 && x->tk[t].kind == SL_TOK_PUNCT && (ch == '(' || ch == ')'))
    return s[0] == '-' && s[1] == (ch == '(' ? 'L' : 'R'); /* -LRB- -RRB- of tokenized text */
  return x->tk[t].kind == SL_TOK_PUNCT && n == 1 && s[0] == ch;
}
static bool is_quote(const ctx *x, uint32_t t) { return x->tk[t].kind == SL_TOK_QUOTE; }
/* Tokens a rule reads back or ahead inside one sentence or headline, at
 * most (the longest sentence of the dev sets has 123 tokens before its
 * quotation): bounds the work per quotation on hostile input. */
enum { REACH = 256 };

/* The first token from s outside quotations, lim if none before it: one
 * look-up in pass 2 (a sentence of thousands of quotations once cost its
 * length per quotation), a scan before. */
static uint32_t past_quotes(const ctx *x, uint32_t s, uint32_t lim) {
  if (x->qnext && s < lim) return x->inq[s - x->t0] ? SL_MIN(x->qnext[s - x->t0], lim) : s;
  while (s < lim && x->inq[s - x->t0]) s++;
  return s;
}
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
  if (n == 1) return s[0] == '"'; /* a single ` opens a single quotation (`…') */
  if (n == 2) return true; /* `` '' */
  if (n == 3 && s[0] == 0xE2 && s[1] == 0x80) return s[2] == 0x9C || s[2] == 0x9D || s[2] == 0x9E;
  if (n == 2 && s[0] == 0xC2) return s[1] == 0xAB || s[1] == 0xBB; /* « » */
  return n == 6;                                                     /* ‘‘ ’’ */
}

/* (inline: the final 's' that both forms end with is tested at every
 * caller; most words end otherwise) */
static bool ends_possessive_slow(const char *s, size_t n);
static inline bool ends_possessive(const ctx *x, uint32_t t) {
  size_t n;
  const char *s = ttext(x, t, &n);
  return n >= 3 && s[n - 1] == 's' && ends_possessive_slow(s, n);
}
static bool ends_possessive_slow(const char *s, size_t n) {
  if (s[n - 2] == '\'') return true;
  return n >= 5 && !memcmp(s + n - 4, "\xE2\x80\x99", 3);
}
/* Bytes of the possessive ending of a word that ends_possessive: 's, ’s,
 * and the space before them in tokenized text ("Florida 's"). */
static size_t poss_suffix(const char *s, size_t n) {
  size_t k = s[n - 2] == '\'' ? 2 : 4;
  return n > k + 1 && s[n - k - 1] == ' ' ? k + 1 : k;
}
/* Bytes of the apostrophe of a plural possessive ("Jones'", "Jones’",
 * tokenized "Jones '", the space included), 0 when the word is none. */
static size_t plural_apos(const char *s, size_t n) {
  size_t k = n >= 3 && s[n - 1] == '\'' ? 1 : n >= 5 && !memcmp(s + n - 3, "\xE2\x80\x99", 3) ? 3 : 0;
  if (k && n > k + 2 && s[n - k - 1] == ' ') k++;
  return k && s[n - k - 1] == 's' ? k : 0;
}

/* "Jones’ campaign": a capitalised plural possessive before an owner's
 * noun (POSSORG) is a possessive too (twelfth pass). */
static bool plural_poss_before(const ctx *x, uint32_t t, uint32_t lim);

static uint32_t tsent(const ctx *x, uint32_t t) { return x->sent[t - x->t0]; }
static uint32_t tpara(const ctx *x, uint32_t t) { return x->para[tsent(x, t)]; }

/* ---- word lists ------------------------------------------------------- */

/* Articles and possessives: a cue word right after one is a noun. */
static const char *const ARTS[] = {"a", "an", "the", "his", "her", "their", "its", "this",
                                   "another", "our", "my", "your", NULL};
/* Cue words that are also common nouns ("her Facebook post"). */
static const char *const NOUNISH[] = {"post", "posts", "tweet", "tweets", "note", "notes",
                                      "claim", "claims", "reply", "replies", "remark", "read",
                                      "reads", "calls", "state", "states", "points", "answer",
                                      "answers", "quip", "joke", "jokes", "stress", NULL};
/* Heads of texts that speak for their author ("a statement from X"). */
static const char *const DOCS[] = {"statement", "statements", "release", "post", "tweet",
                                   "tweets", "posts", "letters", "memos", "emails", "e-mails",
                                   "messages", "ads", "text", "texts", "apology", "speech",
                                   "testimony", "letter", "memo", "memorandum", "email", "e-mail",
                                   "message", "note", "ad", "advertisement", "video", "report",
                                   "filing", "press", "blog", "op-ed", "column", "editorial",
                                   "announcement", "notice", "comment", "comments", "response", "remark",
                                   "remarks", "words", "claim", "assertion", "warning",
                                   "accusation", "website", "websites", "site", "page",
                                   "account",
                                   /* twenty-second pass: printed matter */
                                   "brochure", "pamphlet", "leaflet", "booklet", "flier",
                                   "flyer", "handbook", "newsletter", "manual", "guide",
                                   "commentary", /* twenty-fifth pass */
                                   NULL};
/* Heads of unnamed sources ("a spokesperson for X"), kept as written and
 * referred back to by a definite description ("the aide said"). */
static const char *const SOURCES[] = {
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "aide", "aides", "official",
    "officials", "source", "sources", "representative", "lawyer", "lawyers", "attorney",
    "adviser", "advisor", "staffer", "blogger", "member", "members", "employee", "worker",
    "executive", "insider", "insiders", "strategist", "operative", "assistant", "commenter",
    "commentator", "writer", "columnist", "contributor", "user", "poster", NULL};
/* Titles that a description can use for a named person ("the president",
 * "the Texas governor"); abbreviations map to the full word. */
static const char *const TITLES[] = {
    "president", "governor", "gov", "senator", "sen", "representative", "rep", "congressman",
    "congresswoman", "speaker", "mayor", "chairman", "chairwoman", "secretary", "minister",
    "premier", "chancellor", "judge", "justice", "general", "gen", "attorney", "director",
    "sheriff", "commissioner", "ambassador", "pope", "king", "queen", "prince", "princess",
    "councillor", "councilman", "councilwoman", "leader", "chief", "coach", "captain",
    "commander", /* twenty-seventh pass */
    NULL};

/* Cue verbs (lower case): a lexicon of English reporting verbs, grouped by
 * the classes of Krestel et al. (2008) and the PARC 3.0 attribution cues
 * (neutral, argue/assert, admit/concede, warn/predict, emphasise, recall,
 * write/post, reply, joke, complain, manner of speaking), each with the
 * inflections that introduce a quotation.  A base or -s form that is
 * mostly a noun ("comment", "remarks", "vow", "promise", "demand") is left
 * out, and so are forms that are adjectives or everyday verbs more often
 * than cues ("repeated", "laughed", "cried", "continuing").  "according" needs
 * "to", "pointed"/"summed" need "out"/"up"; see is_cue() for the others
 * that need a context. */
static const char *const CUES[] = {
    /* neutral: say, tell, add, note, observe, remark, comment, mention */
    "say", "says", "said", "saying",
    "tell", "tells", "told", "telling",
    "add", "adds", "added", "adding",
    "continue", "continues", "continued",
    "note", "notes", "noted", "noting",
    "observe", "observes", "observed", "observing",
    "remark", "remarked", "remarking",
    "commented", "commenting",
    "mentioned", "mentioning",
    /* explaining: explain, clarify, elaborate, conclude, sum up */
    "explain", "explains", "explained", "explaining",
    "clarify", "clarifies", "clarified", "clarifying",
    "elaborated", "elaborates", "elaborating",
    "conclude", "concludes", "concluded", "concluding",
    "summarized", "summarised", "summarizes", "summarises",
    /* arguing: argue, contend, maintain, insist, assert, reason, posit, claim, allege */
    "argue", "argues", "argued",
    "contend", "contends", "contended", "contending",
    "maintain", "maintains", "maintained", "maintaining",
    "insist", "insists", "insisted",
    "assert", "asserts", "asserted", "asserting",
    "reasoned",
    "posit", "posits", "posited",
    "claim", "claims", "claimed",
    "allege", "alleges", "alleged", "alleging",
    /* declaring: affirm, declare, state, announce, proclaim, confirm ("deny" and the -ing
     * forms of argue, insist, claim, declare, warn, urge, complain are SPEECHACT words: the
     * speech-act rules, which take the clause's subject, handle them better) */
    "affirm", "affirms", "affirmed", "affirming",
    "declare", "declares", "declared",
    "announce", "announces", "announced", "announcing",
    "proclaim", "proclaims", "proclaimed", "proclaiming",
    "confirm", "confirms", "confirmed", "confirming",
    "deny",
    /* admitting: admit, acknowledge, concede, confess, confide, reveal, disclose */
    "admit", "admits", "admitted", "admitting",
    "acknowledge", "acknowledges", "acknowledged", "acknowledging",
    "concede", "concedes", "conceded", "conceding",
    "confess", "confesses", "confessed", "confessing",
    "confide", "confides", "confided", "confiding",
    "reveal", "reveals", "revealed", "revealing",
    "disclose", "discloses", "disclosed", "disclosing",
    /* warning and predicting: warn, caution, predict, speculate, suggest, urge, hint */
    "warn", "warns", "warned",
    "cautions", "cautioned", "cautioning",
    "predict", "predicts", "predicted", "predicting",
    "speculate", "speculates", "speculated", "speculating",
    "theorized", "theorised",
    "suggest", "suggests", "suggested", "suggesting",
    "urge", "urges", "urged",
    "hinted", "hinting",
    /* emphasising: stress, emphasise, underscore, underline, reiterate */
    "stress", "stresses", "stressed", "stressing",
    "emphasise", "emphasises", "emphasised", "emphasising",
    "emphasize", "emphasizes", "emphasized", "emphasizing",
    "underscore", "underscores", "underscored", "underscoring",
    "underlined",
    "reiterate", "reiterates", "reiterated", "reiterating",
    /* recalling: recall, recount */
    "recall", "recalls", "recalled", "recalling",
    "recounts", "recounted", "recounting",
    /* writing and posting: write, tweet, text, message, blog, email, caption */
    "write", "writes", "wrote", "writing", "written",
    "tweet", "tweets", "tweeted", "tweeting",
    "texted",
    "messaged",
    "blogged",
    "emailed", "e-mailed",
    "captioned",
    /* replying: ask, reply, respond, answer, counter, retort, rebut, interject */
    "ask", "asks", "asked", "asking",
    "reply", "replies", "replied", "replying",
    "respond", "responds", "responded", "responding",
    "answers", "answered", "answering",
    "counters", "countered",
    "retorts", "retorted",
    "rebutted",
    "interjects", "interjected",
    /* joking and musing: quip, joke, tease, muse, wonder */
    "quip", "quips", "quipped", "quipping",
    "joke", "jokes", "joked", "joking",
    "teased",
    "muses", "mused", "musing",
    "wonders", "wondered", "wondering",
    /* complaining and boasting: complain, lament, boast, brag, gripe, scoff, fume */
    "complain", "complains", "complained",
    "objects", "objected", /* twenty-eighth pass */
    "laments", "lamented", "lamenting",
    "boasts", "boasted", "boasting",
    "brags", "bragged", "bragging",
    "griped",
    "scoffs", "scoffed",
    "fumed",
    "groused", "grumbled", "growled", "snorted", /* thirty-first pass */
    "snapped",
    "sneered",
    "taunted",
    "chided",
    "scolded",
    "ranted",
    "gushed",
    "crowed", "exulted", "enthused", /* thirty-first pass */
    "marveled", "marvelled",
    /* manner of speaking: exclaim, shout, yell, scream, whisper, mutter, murmur */
    "exclaims", "exclaimed", "exclaiming",
    "shouts", "shouted", "shouting",
    "yelled", "yelling",
    "screamed", "screaming",
    "chanted", "roared", "bellowed", "hollered", /* twenty-second pass */
    "thundered", "intoned", "deadpanned", "sighed", /* thirty-first pass */
    "whispers", "whispered", "whispering",
    "muttered", "muttering",
    "murmured",
    /* agreeing, demanding, pleading, testifying, vowing */
    "concurred", "concurs",
    "demanded",
    "pleaded",
    "begged",
    "implored",
    "testified", "testifies", "testifying",
    "swore",
    "vowed",
    "promised",
    /* need a context (is_cue): agree, read, according to, point out, sum up, go on,
     * report, call, describe, share, post, state, shoot/fire/hit back, put it */
    "agreed", "disagreed",
    "read", "reads",
    "according",
    "pointed", "points",
    "summed",
    "went", "goes",
    "reported", "reports",
    "called", "calls",
    "described", "describes", "describe",
    "shared",
    "posted", "post",
    "state", "states", "stated",
    "shot", "fired", "hit",
    "referred", "refers",
    "put", /* "as X put it, “…”" (nineteenth pass) */
    "editorialized", "editorialised", "editorializes", /* (twentieth pass) */
    "editorialize", "editorialise", "sang", "sings", /* thirty-sixth pass */
    /* manner words, cues only right after a quotation (MANNER) */
    "chuckled", "laughed", "smiled", "grinned", "cried", "pronounced", "shrugged", "beamed",
    NULL};

/* Verbs of manner that are no verbs of saying out of place ("laughed at
 * the idea", "pronounced dead"), but are cues right after a closing mark:
 * "“…,” chuckled Ann Lee", "“…,” she laughed" (thirty-first pass). */
static const char *const MANNER[] = {"chuckled", "laughed", "smiled",    "grinned", "cried",
                                     "pronounced", "shrugged", "beamed", NULL};

static bool abbrev_dot(const ctx *x, uint32_t t);

static bool is_cue_slow(const ctx *x, uint32_t t);
static bool is_cue_now(const ctx *x, uint32_t t);
static bool word_in(const ctx *x, uint32_t t, const char *const *list);
/* A cue word at t.  Most tokens are none: a lower-case word (or one of
 * "According"'s length) with the list's class bit, or a thinking word, is
 * tested inline before the call. */
static inline bool is_cue(const ctx *x, uint32_t t) {
  return (is_lower(x, t) || x->tk[t].span.len == 9) &&
         (tin(x, t, CUES) || tis(x, t, "thought") || tis(x, t, "thinks")) && is_cue_slow(x, t);
}
/* While attributing (the marks final), the answer for a token is kept in
 * x->tmx (TMX_CUESEEN, TMX_CUE): the quotations near it ask again. */
enum { TMX_CUESEEN = 16, TMX_CUE = 32 };
static bool is_cue_slow(const ctx *x, uint32_t t) {
  if (!x->cache) return is_cue_now(x, t);
  uint8_t *m = &x->tmx[t - x->t0];
  if (!(*m & TMX_CUESEEN)) *m |= TMX_CUESEEN | (is_cue_now(x, t) ? TMX_CUE : 0);
  return *m & TMX_CUE;
}
static bool is_cue_now(const ctx *x, uint32_t t) {
  if (!is_lower(x, t) && !(tis(x, t, "according") && x->tk[t].kind == SL_TOK_WORD)) return false;
  /* "“What now?” Tom Vale thought": thinking words in marks, a cue only
   * right after the quotation and its subject, or right before it
   * (twenty-seventh and twenty-eighth passes) */
  if (tis(x, t, "thought") || tis(x, t, "thinks")) {
    uint32_t b = t;
    if (b > x->t0 && tin(x, b - 1, PRONOUNS)) b--;
    else
      while (b > x->t0 && b + 4 > t && (is_cap(x, b - 1) || abbrev_dot(x, b - 1))) b--;
    if (b == t || b <= x->t0 + 1) return false;
    /* "Eventually, Moskowitz thinks, “…”": before the opening mark too */
    uint32_t f = t + 1 < x->t1 && is_punct(x, t + 1, ',') ? t + 2 : t + 1;
    if (f < x->t1 && is_quote(x, f) && (x->tk[f].flags & SL_TF_OPEN)) return true;
    if (is_punct(x, b - 1, ',')) b--;
    return is_quote(x, b - 1) && (x->tk[b - 1].flags & SL_TF_CLOSE);
  }
  if (!tin(x, t, CUES)) return false;
  /* (every MANNER word ends in "ed": "said" and most cues stop here) */
  const char *cs = x->text + x->tk[t].span.off;
  size_t cn = x->tk[t].span.len;
  if (cn >= 5 && (cs[cn - 1] | 0x20) == 'd' && (cs[cn - 2] | 0x20) == 'e' &&
      word_in(x, t, MANNER)) {
    uint32_t b = t;
    if (b > x->t0 && tin(x, b - 1, PRONOUNS)) b--;
    else
      while (b > x->t0 && b + 4 > t && (is_cap(x, b - 1) || abbrev_dot(x, b - 1))) b--;
    if (b > x->t0 + 1 && is_punct(x, b - 1, ',')) b--;
    return b > x->t0 && is_quote(x, b - 1) && (x->tk[b - 1].flags & SL_TF_CLOSE);
  }
  /* a noun, not a verb: "her post", "a statement", "the reply", "her
   * Facebook post" */
  if (t > x->t0 && !x->inq[t - 1 - x->t0]) {
    if (tin(x, t - 1, ARTS)) return false;
    if (t - 1 > x->t0 && is_cap(x, t - 1) && tin(x, t - 2, ARTS) && tin(x, t, NOUNISH))
      return false;
    /* "his first “Crooked Hillary” Twitter post": a platform's post */
    if (is_cap(x, t - 1) && tin(x, t - 1, ORGWORDS) && tin(x, t, NOUNISH)) return false;
  }
  uint32_t n = t + 1 < x->t1 ? t + 1 : t;
  if (tis(x, t, "according")) return n != t && tis(x, n, "to");
  /* "the crash that claimed the lives of two", "claimed responsibility":
   * taking, not saying (thirty-fourth pass) */
  if (n != t && (tis(x, t, "claimed") || tis(x, t, "claims") || tis(x, t, "claim") ||
                 tis(x, t, "claiming"))) {
    static const char *const TAKEN[] = {"lives", "life", "responsibility", "victory", "credit",
                                        "title", "seat", "crown", "prize", "medal", NULL};
    uint32_t o = n;
    if (o + 1 < x->t1 && (tis(x, o, "the") || tis(x, o, "its") || tis(x, o, "their") ||
                          tis(x, o, "his") || tis(x, o, "her")))
      o++;
    if (word_in(x, o, TAKEN)) return false;
  }
  /* "offered an emphatic “yes” when asked whether …", "if asked", "was
   * told": a passive cue names no speaker (the clause's subject answers) */
  /* ("Ann Holt once told staff": "once" after a name or pronoun is an
   * adverb, the cue active; eighteenth pass, spans) */
  if ((tis(x, t, "asked") || tis(x, t, "told")) && t > x->t0 && !x->inq[t - 1 - x->t0] &&
      (tis(x, t - 1, "when") || tis(x, t - 1, "if") ||
       (tis(x, t - 1, "once") &&
        !(t - 1 > x->t0 && tsent(x, t - 2) == tsent(x, t) &&
          (is_cap(x, t - 2) || tin(x, t - 2, PRONOUNS)))) ||
       tis(x, t - 1, "after") || tis(x, t - 1, "being") || tis(x, t - 1, "was") ||
       tis(x, t - 1, "were") || tis(x, t - 1, "been")))
    return false;
  if (tis(x, t, "state") || tis(x, t, "states")) {
    /* a verb right after a quotation or a pronoun, or after a name
     * before "that", a colon or a quotation; a noun in "in
     * Democratic-leaning states that …", "the Gulf states" */
    uint32_t b = t;
    if (b > x->t0 && is_punct(x, b - 1, ',')) b--;
    if (b > x->t0 && is_quote(x, b - 1) && (x->tk[b - 1].flags & SL_TF_CLOSE)) return true;
    if (t > x->t0 && tin(x, t - 1, PRONOUNS)) return true;
    if (!(n != t && (tis(x, n, "that") || is_punct(x, n, ':') ||
                     (is_quote(x, n) && (x->tk[n].flags & SL_TF_OPEN)))))
      return false;
    if (t == x->t0 || !is_cap(x, t - 1)) return false;
    size_t pl;
    const char *ps = ttext(x, t - 1, &pl);
    if (memchr(ps, '-', pl)) return false;
    return !(t - 1 > x->t0 && (tin(x, t - 2, PREPS) || tin(x, t - 2, ARTS)));
  }
  if (tis(x, t, "reported") || tis(x, t, "reports")) {
    /* an outlet's report: "Politico reported that …", "The Dallas Morning
     * News recently reported …", "“…,” the Post reported"; not the passive
     * "it was reported", nor "the reported plan" */
    /* "The Times reports Liz Cheney … saying": the report is about her */
    if (n != t && is_cap(x, n) && !tin(x, n, DAYS)) return false;
    uint32_t p = t;
    while (p > x->t0 && tin(x, p - 1, ADVERBS) && !tis(x, p - 1, "was") && !tis(x, p - 1, "is") &&
           !tis(x, p - 1, "has") && !tis(x, p - 1, "had"))
      p--;
    if (p == x->t0) return false;
    if (is_cap(x, p - 1) && p - 1 != x->sfirst[tsent(x, p - 1)]) return true;
    if (is_cap(x, p - 1) && !tin(x, p - 1, NOTNAME)) return true;
    return is_punct(x, p - 1, ',') && p - 1 > x->t0 && is_quote(x, p - 2) &&
           (x->tk[p - 2].flags & SL_TF_CLOSE);
  }
  /* "The network referred to her as a “…”" (eleventh pass): active, an
   * object between "to" and "as", a quotation opening right after "as"
   * (the passive "referred to as “…”" is a term mentioned) */
  if (tis(x, t, "referred") || tis(x, t, "refers")) {
    if (n == t || !tis(x, n, "to") || n + 1 >= x->t1 || tis(x, n + 1, "as")) return false;
    if (t > x->t0 && (tis(x, t - 1, "was") || tis(x, t - 1, "were") || tis(x, t - 1, "been") ||
                      tis(x, t - 1, "being") || tis(x, t - 1, "is") || tis(x, t - 1, "are")))
      return false;
    for (uint32_t k = n + 2; k + 1 < x->t1 && k < n + 7 && tsent(x, k) == tsent(x, t); k++)
      if (tis(x, k, "as")) {
        uint32_t q = k + 1;
        if (q + 1 < x->t1 && (tis(x, q, "a") || tis(x, q, "an") || tis(x, q, "the"))) q++;
        return is_quote(x, q) && (x->tk[q].flags & SL_TF_OPEN);
      }
    return false;
  }
  /* "“…,” she continued" or "continued: “…”", not "the spending continued
   * despite “…”" (fifteenth pass) */
  if (tis(x, t, "continued") || tis(x, t, "continues") || tis(x, t, "continue")) {
    if (n != t && (is_punct(x, n, ':') || is_punct(x, n, ',') || tis(x, n, "that") ||
                   (is_quote(x, n) && (x->tk[n].flags & SL_TF_OPEN))))
      return true;
    for (uint32_t b = t; b > x->t0 && t - b < 5; b--)
      if (is_quote(x, b - 1) && (x->tk[b - 1].flags & SL_TF_CLOSE)) return true;
    return false;
  }
  /* "As Sen. Tom Vale, R-Ore., put it, “…”", "as she put it:" */
  if (tis(x, t, "put"))
    return n != t && tis(x, n, "it") && n + 1 < x->t1 &&
           (is_punct(x, n + 1, ',') || is_punct(x, n + 1, ':') ||
            (is_quote(x, n + 1) && (x->tk[n + 1].flags & SL_TF_OPEN)));
  if (tis(x, t, "pointed") || tis(x, t, "points") || tis(x, t, "summed"))
    return n != t && (tis(x, n, "out") || tis(x, n, "up"));
  /* "shot back", "fired back", "hit back" */
  if (tis(x, t, "shot") || tis(x, t, "fired") || tis(x, t, "hit")) return n != t && tis(x, n, "back");
  if (tis(x, t, "went") || tis(x, t, "goes")) /* "went on:" / "went on to say" handled as on */
    return n != t && tis(x, n, "on") && n + 1 < x->t1 && !is_word(x, n + 1);
  if (tis(x, t, "shared") || tis(x, t, "posted") || tis(x, t, "read") || tis(x, t, "reads") ||
      tis(x, t, "called") || tis(x, t, "calls") || tis(x, t, "described") ||
      tis(x, t, "agreed") || tis(x, t, "disagreed") || tis(x, t, "describes") ||
      tis(x, t, "describe"))
  {
    /* only when a quotation opens soon after in the sentence: "read: “…”",
     * "called it “…”", "described the book as “…”", or, for a text, right
     * after one: "“…,” reads a statement from …" */
    if (n != t && is_punct(x, n, ':')) return true;
    /* "a secret program called Loom is only an “…”": a name given,
     * its clause going on with a verb, is no speech (nineteenth pass) */
    if ((tis(x, t, "called") || tis(x, t, "calls")) && n != t && is_cap(x, n)) {
      uint32_t e = n;
      while (e < x->t1 && e < n + 6 && (is_cap(x, e) || is_punct(x, e, '.'))) e++;
      if (e < x->t1 && (tis(x, e, "is") || tis(x, e, "was") || tis(x, e, "are") ||
                        tis(x, e, "were") || tis(x, e, "has") || tis(x, e, "had")))
        return false;
    }
    if (!tis(x, t, "called") && !tis(x, t, "calls") && !tis(x, t, "described") &&
        !tis(x, t, "describes") && !tis(x, t, "describe") && !tis(x, t, "agreed") &&
        !tis(x, t, "disagreed")) {
      uint32_t b = t;
      if (b > x->t0 && is_punct(x, b - 1, ',')) b--;
      if (b > x->t0 && is_quote(x, b - 1) && (x->tk[b - 1].flags & SL_TF_CLOSE)) return true;
      /* "“…,” the report read." (twelfth pass): a text named right after
       * the quotation is what reads */
      if ((tis(x, t, "read") || tis(x, t, "reads")) && t > x->t0 + 2 && is_lower(x, t - 1) &&
          tin(x, t - 1, DOCS)) {
        b = t - 1;
        while (b > x->t0 && t - b < 4 && is_lower(x, b - 1) && !x->inq[b - 1 - x->t0]) b--;
        if (b > x->t0 && is_punct(x, b - 1, ',')) b--;
        if (b > x->t0 && is_quote(x, b - 1) && (x->tk[b - 1].flags & SL_TF_CLOSE)) return true;
      }
    }
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
    "proudly", "openly", "told", "himself", "herself", "themselves", "itself", "today",
    "yesterday", "tonight", "meanwhile", "too", "instead", "both", NULL};
/* Capitalised words that do not start a name. */
static const char *const NOTNAME[] = {
    "the", "a", "an", "in", "on", "at", "during", "despite", "after", "before", "while", "when",
    "web", "internet", /* "a Web site" (twenty-eighth pass) */
    "regent", "regents", /* "UC Regent Ward Connerly" (twenty-ninth pass) */
    "although", "though", "speaking", "last", "this", "that", "these", "those", "but", "and", "or",
    "however", "meanwhile", "he", "she", "they", "it", "we", "i", "his", "her", "their", "its",
    "our", "my", "then", "also", "asked", "according", "as", "for", "from", "with", "without",
    "earlier", "later", "since", "until", "if", "yet", "so", "still", "now", "here", "there",
    "what", "who", "why", "how", "where", "yes", "no", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "by", "of", "to",
    "one", "two", "some", "many", "all", "both", "other", "several", "most", "more", "few",
    "fewer", "less", "every", "each", "not", "even", "because",
    "unlike", "like", "following", "amid", "over", "under", "instead", "once", "today",
    /* the other prepositions opening a sentence ("Among Lee's gifts";
     * thirty-first pass) */
    "among", "amongst", "around", "about", "against", "across", "along", "beyond", "inside",
    "outside", "through", "throughout", "toward", "towards", "upon", "within", "into", "near",
    "behind", "beside", "besides", "between", "beneath", "above", "below", "except", "whether",
    "unless", "whereas", "almost", "nearly", "roughly", "exactly",
    /* adverbs opening a sentence ("Sometimes Tomas sells out"; thirty-fourth
     * pass) */
    "sometimes", "often", "usually", "occasionally", "rarely", "never", "always", "already",
    "apparently", "indeed", "eventually", "unfortunately", "fortunately", "obviously", "only",
    "just",
    /* auxiliaries opening a question ("Did Clinton lie?"; thirty-third
     * pass; not "Will", "Can": surnames too) */
    "did", "does", "do", "is", "was", "are", "were", "has", "have", "had", "could", "would",
    "should",
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
    "congresswoman", "sen", "gov", "lt", "sgt", "cpl", "pvt", "speaker", "sheriff", "whip",
    "attorney", "father", "rev", "rev.", "pastor", "rabbi", "cardinal", "archbishop", "imam",
    "monsignor", "deacon", "sens", "sens.", "reps", "reps.", "messrs", "messrs.", "senators",
    "representatives", "counsel",
    /* fourteenth and fifteenth passes: titles and jobs before a name,
     * connectives opening a sentence */
    "gen", "adm", "col", "maj", "capt", "cmdr", "brig", "ceo", "cfo", "coo", "tem", "historian",
    "economist", "scientist", "researcher", "founder", "treasurer", "plus", "thus", "hence",
    "moreover", "furthermore", "besides", "nevertheless", "nonetheless", "otherwise",
    "likewise", "similarly",
    /* twenty-second pass: more titles before a name ("Premier Lucien
     * Bouchard", "Lieutenant Colonel X", "Sheikh X"); not "Emir" or
     * "Sultan", first names too ("Emir Sader"; twenty-sixth pass) */
    "premier", "lieutenant", "colonel", "admiral", "commander", "sheikh", "ayatollah",
    "premier-elect", "president-elect", NULL};
/* Words that make a name an organisation (never a pronoun's antecedent). */
static const char *const ORGWORDS[] = {
    "news", "post", "times", "journal", "files", "podcast", "magazine", "press", "associated",
    "reuters", "agency", "company", "inc", "inc.", "corp", "corp.", "ltd", "group", "university",
    "college", "school", "department", "ministry", "party", "council", "committee", "office",
    "house", "court", "police", "service", "bank", "association", "union", "institute",
    "foundation", "commission", "authority", "board", "club", "network", "channel", "tv", "radio",
    "yorker", "guardian", "telegraph", "herald", "tribune", "gazette", "daily", "weekly",
    "review", "bureau", "agency", "fc", "airlines", "league", "federation", "hospital",
    "academy", "center", "centre", "coalition", "alliance", "society", "organization", "panel",
    "organisation", "administration", "corporation", "industries", "trust", "fund",
    "council", "senate", "congress", "parliament", "government", "army", "navy", "cnn", "bbc",
    "nbc", "abc", "cbs", "npr", "fox", "nasa", "un", "eu", "show", "twitter", "instagram",
    "facebook", "youtube", "tiktok",
    /* places and buildings: "Trump Tower" is no person (fifteenth pass) */
    "tower", "towers", "hotel", "plaza", "building", "stadium", "arena", "airport", "avenue",
    "boulevard",
    /* and geography: "the Bering Sea" is no "she" (twenty-first pass) */
    "sea", "ocean", "gulf", "strait", "peninsula", "canyon", "desert", "islands", "mountains",
    "valley", "county", NULL};
/* Other abbreviations that take a period inside names and titles. */
static const char *const ABBREV[] = {"jr", "sr", "st", "gen", "col", "capt", "lt", "sgt", "maj",
                                     "adm", "gov", "sen", "rep", "mt", "ft", "sens", "reps",
                                     "messrs",
                                     /* the AP's months ("on Dec. 1"; thirty-fourth pass) */
                                     "jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec",
                                     NULL};
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
/* Lower-case nouns that may end a venue ("The Long Table podcast"). */
static const char *const MEDIA[] = {"podcast", "magazine", "newspaper", "show", "programme",
                                    "program", "radio", "television", "tv", "channel", "network",
                                    "website", "blog", "station", "documentary", NULL};

static const char *const CONN[] = {"of", "de", "van", "von", "der", "la", "al", "bin", "da",
                                   "du", "del", "le",
                                   /* thirty-sixth pass: "van den Berg", "ibn Saud", "dos
                                    * Santos", "di Maio", "Medecins sans Frontieres" */
                                   "den", "ibn", "dos", "das", "di", "della", "el", "sans",
                                   NULL};
static const char *const INTRO[] = {
      "in", "on", "at", "during", "despite", "after", "before", "while", "when", "although",
      "though", "speaking", "last", "for", "since", "as", "asked", "following", "noting",
      "earlier", "later", "meanwhile", "however", "but", "and", "then", "also", "yet", "still",
      "now", "over", "under", "amid", "without", "with", "from", "by", "once", "until", "if",
      "because", "unlike", "like", "according", "writing", "responding", "addressing",
      "talking", "this", "in", "back", "years", "months", "weeks", "indeed", "even", "still",
      "instead", "separately", "later", "meanwhile", "within", "reached", "contacted",
      "pressed", "questioned",
      /* eleventh pass: a fronted topic ("Of Obama, he said") and the heads
       * of compound prepositions ("Prior to the vote,", "Due to …,") */
      "of", "prior", "due", "ahead", "thanks", "contrary", "apart", "aside", "regardless",
      "owing", "pursuant", "subsequent",
      /* thirty-first pass: the other prepositions */
      "among", "amongst", "around", "across", "along", "beyond", "inside", "outside",
      "through", "throughout", "toward", "towards", "upon", "near", "behind", "beside",
      "besides", "between", "beneath", "above", "below", "against",
      /* thirty-second pass: "Almost seven years ago," */
      "almost", "nearly", "roughly", "exactly", NULL};
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
                                    "gov", "gov.", "representative", "senator", "sens", "sens.",
                                    "reps", "reps.", "messrs", "messrs.", NULL};

/* Common first names whose bearers are nearly always women or nearly
 * always men: a fallback when the story uses no honorific or pronoun for
 * the person ("the younger Cheney … she added" after "Dick Cheney").
 * Written from general knowledge, not from the dev data: the frequent
 * given names of people in English-language news (US, UK, Ireland,
 * Canada, Australia, and the frequent Hispanic, Portuguese, Italian,
 * French, German, Dutch, Nordic, Slavic, Greek, Hebrew, Arabic, Turkish,
 * Persian, South Asian, romanised Chinese, Japanese and African names),
 * with their usual short forms (Bill, Liz, Kate, Bob, Mike, Jen).
 * Rules for what is listed:
 *  - only names whose bearers are (about) 90% or more of one sex; left
 *    out as shared: Jordan, Taylor, Casey, Jamie, Robin, Alex, Alexis,
 *    Lindsey, Lindsay, Leslie, Dana, Kelly, Shannon, Tracy, Terry, Pat,
 *    Sandy, Jackie, Jessie, Jo, Lynn, Laurie, Vivian, Marion, Kerry,
 *    Morgan, Blake, Cameron, Dale, Drew, Ashley (female in the US, male in
 *    the UK), Sam (Samuel and Samantha); in, by the same measure: Chris
 *    and Max as male (Christophers far outnumber the Christines called
 *    Chris), Carol and Joan as female (Romanian Carols and Catalan Joans
 *    are rare in English news), Ali as male (Arabic);
 *  - a name of one sex in one language and the other in another is out:
 *    Jean (French men), Andrea, Nicola, Simone, Michele, Gabriele (Italian
 *    men), Jan (Dutch, Czech, Polish men), Kai, Inge, Sasha (Russian men),
 *    Ariel, Michal, Ilham/Ilhan, Iman, Farah, Rana, Nour/Noor, Kiran, Indra,
 *    Punjabi names taken by both (Harpreet, Gurpreet), Angel, Jaime;
 *  - surnames written first are no first names: Kim, Lee, Park and the
 *    Chinese and Korean family names (only Western-order given names of
 *    a clear sex are listed: Mei, Xiuying, Qiang, Jianguo);
 *  - names that as often begin a place's, a team's or an organisation's
 *    name, or are common words, are out: Georgia, Virginia, Victoria,
 *    Carolina, Sydney, Austin, Dallas, Madison, Jackson, Lincoln, Chelsea,
 *    Logan, Orlando, Santiago, Stanley (Cup), Franklin, Clark, Kent,
 *    Christian (Democrats), Israel, Chad, Jordan, Chase, Hunter, Mercedes,
 *    Crystal (Palace), Amber (alert), Pearl (Harbor), Rose, Hope, Faith,
 *    Ruby, Ivy, Iris, June, April, May, Dean, King, Prince, Sri (Lanka),
 *    Shiv (Sena), Said (the verb); Al is in (Al Gore, Al Sharpton: "Al
 *    Qaeda" is read as a person by other rules with or without it);
 *  - names known for one bearer rather than common (Barack, Mitt, Newt,
 *    Rand, Rush, Huma, Megyn, Condoleezza) are not listed for that bearer.
 * A name with accents is listed with and without them (jose, josé;
 * jurgen, juergen, jürgen) when its first letter has none (a lower-cased
 * token is compared byte for byte); hyphenated French names whole
 * (jean-claude, marie-claire).  The lists have 896 and 1033 names. */
static const char *const FEMALE[] = {
    /* English (US, UK, Canada, Australia, Ireland) and their usual short forms */
    "mary", "patricia", "jennifer", "jen", "jenn", "jenny", "linda", "elizabeth", "liz", "lizzie",
    "beth", "betsy", "betty", "libby", "eliza", "patti", "barbara", "barb", "susan", "sue", "susie",
    "suzy", "suzanne", "susanna", "susannah", "jessica", "jess", "sarah", "sara", "sally", "sallie",
    "karen", "lisa", "nancy", "margaret", "maggie", "meg", "peggy", "margie", "margo", "margot",
    "sandra", "kimberly", "kimberley", "emily", "donna", "michelle", "carol", "carole", "caroline",
    "carolyn", "amanda", "mandy", "dorothy", "melissa", "deborah", "debra", "debbie", "deb",
    "stephanie", "steph", "stefanie", "rebecca", "becky", "becca", "rebekah", "sharon", "laura",
    "lauren", "cynthia", "cindy", "kathleen", "kathryn", "katherine", "katharine", "catherine",
    "kate", "katie", "kathy", "cathy", "katy", "kay", "amy", "angela", "angie", "shirley", "anna",
    "anne", "ann", "annie", "annette", "brenda", "pamela", "pam", "emma", "nicole", "nikki",
    "helen", "helena", "samantha", "christine", "christina", "chrissy", "christy", "kristin",
    "kristen", "kirsten", "kristina", "kristine", "kristy", "kristi", "krista", "rachel", "rachael",
    "janet", "janice", "janine", "jeanette", "jeanne", "jeannie", "heather", "diane", "dianne",
    "diana", "ruth", "julie", "julia", "juliet", "juliette", "olivia", "joyce", "evelyn", "judith",
    "judy", "judi", "megan", "meghan", "cheryl", "sheryl", "hannah", "jacqueline", "jacqui",
    "martha", "gloria", "teresa", "theresa", "tess", "tessa", "frances", "abigail", "abby", "alice",
    "sophia", "sophie", "grace", "denise", "doris", "marilyn", "danielle", "natalie", "natasha",
    "marie", "lori", "tiffany", "jasmine", "vanessa", "erin", "tracey", "wendy", "monica", "carla",
    "tara", "ellen", "rita", "joanne", "joanna", "joann", "claire", "clare", "kirsty", "colleen",
    "maureen", "valerie", "paula", "connie", "yvonne", "yvette", "sheila", "dawn", "norma",
    "lorraine", "phyllis", "irene", "jane", "jill", "jillian", "gillian", "joy", "tammy", "tina",
    "tanya", "tonya", "vicki", "vickie", "vicky", "bonnie", "brooke", "carrie", "claudia", "eileen",
    "aileen", "elaine", "erica", "erika", "esther", "felicia", "gina", "gwen", "gwendolyn",
    "hillary", "ida", "ingrid", "isabel", "isabella", "isabelle", "janelle", "jenna", "jocelyn",
    "josephine", "josie", "juanita", "karla", "katrina", "keisha", "kendra", "latoya", "lena",
    "lillian", "lily", "lilly", "lucy", "lydia", "lynda", "lynne", "mabel", "madeleine", "madeline",
    "mae", "marcia", "marjorie", "marlene", "maxine", "melanie", "melinda", "mia", "mildred",
    "miranda", "miriam", "molly", "myra", "nadia", "naomi", "nina", "nora", "noreen", "paige",
    "patsy", "pauline", "penny", "priscilla", "ramona", "renee", "rhonda", "roberta", "rosalind",
    "rosemary", "roxanne", "sabrina", "sadie", "serena", "shelley", "sherry", "stacey", "stacy",
    "stella", "sylvia", "tamara", "tania", "terri", "teri", "thelma", "tricia", "trisha", "ursula",
    "vera", "veronica", "wanda", "whitney", "wilma", "yolanda", "zoe", "zoey", "chloe", "ella",
    "ava", "amelia", "isla", "evie", "freya", "imogen", "harriet", "georgina", "henrietta",
    "philippa", "penelope", "rosie", "matilda", "lucinda", "arabella", "beatrix", "bethany",
    "gemma", "leanne", "lesley", "jodie", "sian", "bethan", "nia", "carys", "rhiannon", "cerys",
    "felicity", "marianne", "annabel", "antonia", "alison", "allison", "alyssa", "audrey",
    "beatrice", "belinda", "bernadette", "bianca", "bridget", "brigid", "brittany", "brianna",
    "candace", "candice", "cara", "cassandra", "cecilia", "celeste", "celia", "charlene",
    "charlotte", "clara", "claudette", "constance", "cora", "corinne", "courtney", "daisy",
    "daphne", "darlene", "deanna", "deirdre", "delia", "dolores", "edith", "edna", "eleanor",
    "elise", "ellie", "eloise", "elsa", "elsie", "emilia", "estelle", "ethel", "eva", "eve",
    "fiona", "flora", "florence", "francesca", "gabriella", "gabrielle", "genevieve", "geraldine",
    "gertrude", "ginny", "giselle", "gretchen", "greta", "gwyneth", "heidi", "holly", "imelda",
    "jade", "jeanine", "jemima", "johanna", "jolene", "justine", "karin", "katarina", "kelsey",
    "kerri", "kylie", "lana", "lara", "leila", "leona", "letitia", "lila", "lois", "lorna",
    "louisa", "louise", "lucille", "lynette", "mallory", "marcella", "marian", "mariana", "mariah",
    "marina", "marisa", "marissa", "marla", "marsha", "martina", "maya", "melody", "meryl",
    "michaela", "millie", "minnie", "mollie", "muriel", "nadine", "nell", "nellie", "nicolette",
    "noelle", "patty", "petra", "phoebe", "polly", "rochelle", "rosalie", "rosalyn", "roseanne",
    "selena", "shauna", "shawna", "sheena", "shelly", "sherri", "sonja", "sonya", "sonia",
    "tabitha", "tamsin", "thea", "tori", "toni", "trudy", "vivienne", "winifred", "winnie",
    "meredith", "kayla", "cate", "keira", "sienna", "siobhan", "niamh", "aoife", "orla", "mairead",
    "roisin", "sinead", "ciara", "grainne", "nuala", "saoirse", "eimear", "fionnuala", "mhairi",
    "morag", "shona", "kamala", "kemi",
    /* Spanish, Portuguese */
    "maria", "ana", "carmen", "lucia", "luz", "beatriz", "alejandra", "adriana", "gabriela",
    "daniela", "valeria", "ximena", "rocio", "marisol", "soledad", "esperanza", "rosa", "margarita",
    "natalia", "sofia", "camila", "leticia", "lorena", "marta", "raquel", "susana", "silvia",
    "angelica", "josefina", "juana", "guadalupe", "consuelo", "pilar", "ines", "catalina",
    "mariela", "graciela", "cristina", "elena", "alicia", "fernanda", "luciana", "juliana",
    "marcela",
    /* Italian */
    "giorgia", "giulia", "chiara", "federica", "alessandra", "paola", "valentina", "giovanna",
    "ilaria", "elisabetta", "luisa", "manuela", "patrizia", "simona", "stefania", "tiziana",
    "antonella", "donatella", "raffaella", "letizia", "benedetta", "caterina", "elisa", "eleonora",
    "lorenza",
    /* French */
    "nathalie", "sylvie", "veronique", "brigitte", "marine", "martine", "francoise", "helene",
    "aurelie", "celine", "chantal", "sandrine", "amelie", "agnes", "delphine", "elodie", "manon",
    "lea", "clemence", "emilie", "odile", "pascale", "christiane", "anne-marie", "marie-claire",
    "marie-france", "marie-christine", "marie-louise",
    /* German, Dutch, Scandinavian, Finnish */
    "annalena", "sabine", "heike", "katrin", "susanne", "ulrike", "renate", "gudrun", "birgit",
    "helga", "gisela", "monika", "anja", "silke", "franziska", "svenja", "annegret", "frauke",
    "hannelore", "elke", "waltraud", "christa", "ilse", "gertrud", "hildegard", "dagmar", "kerstin",
    "astrid", "sigrid", "annika", "birgitta", "liv", "hanne", "mette", "erna", "sanna", "margrethe",
    /* Slavic, Baltic, Hungarian, Greek */
    "olga", "tatiana", "tatyana", "natalya", "svetlana", "irina", "yelena", "ekaterina",
    "yekaterina", "yulia", "yuliya", "anastasia", "ksenia", "lyudmila", "ludmila", "galina",
    "larisa", "oksana", "nadezhda", "nadiya", "daria", "darya", "alina", "alla", "zoya", "raisa",
    "inna", "polina", "sofiya", "viktoria", "beata", "agnieszka", "malgorzata", "katarzyna", "ewa",
    "dorota", "elzbieta", "zuzana", "jelena", "vesna", "snezana", "dragana", "milena", "mirjana",
    "dalia", "ingrida", "kaja", "katalin", "zsuzsanna", "eleni", "dora",
    /* Hebrew */
    "tzipi", "golda", "miri", "shira", "tamar", "yael", "noa", "merav", "limor", "ayelet",
    /* Arabic, Turkish, Persian, South Asian Muslim */
    "fatima", "fatma", "aisha", "ayesha", "aicha", "maryam", "mariam", "khadija", "zainab",
    "zeinab", "layla", "laila", "amina", "aminah", "rania", "hanan", "huda", "samira", "yasmin",
    "yasmine", "salma", "reem", "asma", "ghada", "rasha", "manal", "hala", "sana", "amal", "lubna",
    "zahra", "nawal", "nasrin", "nasreen", "shirin", "narges", "parisa", "soraya", "houda", "zeina",
    "hiba", "hasina", "bushra", "farzana", "rabia", "saima", "shazia", "sadia", "uzma", "ayse",
    "emine", "zeynep", "elif", "meral",
    /* Indian */
    "priya", "priyanka", "indira", "sushma", "nirmala", "mamata", "pratibha", "smriti", "deepika",
    "aishwarya", "anjali", "pooja", "neha", "sunita", "anita", "kavita", "lakshmi", "meera", "mira",
    "padma", "radha", "rekha", "savitri", "shabana", "shilpa", "shreya", "sneha", "usha", "vidya",
    "divya", "geeta", "gita", "jaya", "lata", "madhuri", "nandini", "nisha", "poonam", "preeti",
    "priti", "sarita", "seema", "shanti", "shobha", "sudha", "swati", "uma", "vandana", "arundhati",
    "pramila",
    /* Chinese (romanised), Japanese, Southeast Asian */
    "mei", "meiling", "xiaomei", "xiuying", "yumei", "hongmei", "yoko", "keiko", "yuko", "akiko",
    "michiko", "masako", "hiroko", "kazuko", "noriko", "tomoko", "naoko", "sachiko", "yumiko",
    "mariko", "emiko", "kyoko", "junko", "yuriko", "reiko", "mayumi", "megumi", "yukiko", "corazon",
    "dewi", "siti",
    /* African */
    "ngozi", "chimamanda", "chioma", "ifeoma", "nneka", "adaeze", "amaka", "chiamaka", "folake",
    "funmilayo", "funke", "yetunde", "titilayo", "hadiza", "hauwa", "ama", "akosua", "abena",
    "efua", "adwoa", "afua", "yaa", "akua", "wangari", "wanjiku", "njeri", "akinyi", "atieno",
    "achieng", "lindiwe", "nomvula", "thandiwe", "naledi", "nomsa", "busisiwe", "fatou", "aminata",
    "mariama", "fatoumata", "kadiatou", "aissatou", "awa", "oumou", "ndeye", "tigist", "meseret",
    "almaz", "graca", "mercy", "patience",
    /* the same names with their accents, as most news writes them */
    "maría", "lucía", "inés", "verónica", "rocío", "hélène", "françoise", "véronique", "aurélie",
    "céline", "amélie", "agnès", "clémence", "léa", "chloé", "geneviève", "mélanie", "małgorzata",
    "elżbieta", "snežana", "ayşe",
    NULL};
static const char *const MALE[] = {
    /* English (US, UK, Canada, Australia, Ireland) and their usual short forms */
    "al", "james", "jim", "jimmy", "john", "johnny", "jack", "robert", "bob", "bobby", "rob",
    "robbie", "bert", "michael", "mike", "mick", "mickey", "william", "bill", "billy", "will",
    "willie", "david", "dave", "davey", "richard", "dick", "rick", "ricky", "joseph", "joe", "joey",
    "thomas", "tom", "tommy", "charles", "chuck", "charlie", "christopher", "chris", "daniel",
    "dan", "danny", "matthew", "matt", "anthony", "tony", "mark", "donald", "don", "donnie",
    "steven", "stephen", "steve", "paul", "andrew", "andy", "joshua", "josh", "kenneth", "ken",
    "kenny", "kevin", "brian", "bryan", "george", "timothy", "tim", "ronald", "ron", "ronnie",
    "edward", "ed", "eddie", "ted", "teddy", "ned", "jason", "jeffrey", "jeff", "geoffrey", "geoff",
    "ryan", "jacob", "jake", "gary", "nicholas", "nick", "eric", "erik", "jonathan", "jon", "scott",
    "brandon", "benjamin", "ben", "benny", "samuel", "larry", "lawrence", "justin", "gregory",
    "greg", "alexander", "raymond", "ray", "dennis", "jerry", "gerald", "gerry", "tyler", "aaron",
    "adam", "nathan", "nate", "henry", "hank", "douglas", "doug", "zachary", "zach", "zack",
    "peter", "pete", "kyle", "ethan", "walter", "walt", "wally", "noah", "jeremy", "keith", "roger",
    "sean", "shaun", "shawn", "carl", "karl", "arthur", "dylan", "jesse", "bruce", "gabriel",
    "albert", "alan", "allen", "allan", "wayne", "elijah", "randy", "randall", "roy", "vincent",
    "vince", "ralph", "eugene", "gene", "russell", "philip", "phillip", "phil", "louis", "lou",
    "harry", "howard", "fred", "freddie", "frederick", "glenn", "glen", "travis", "craig", "curtis",
    "derek", "earl", "ernest", "ernie", "francis", "gordon", "grant", "hugh", "ian", "isaac",
    "ivan", "jay", "joel", "leon", "leonard", "len", "lenny", "lloyd", "luke", "marcus", "martin",
    "marty", "marvin", "mitchell", "mitch", "neil", "neal", "norman", "oliver", "ollie", "oscar",
    "owen", "perry", "rex", "rodney", "ross", "rufus", "seth", "shane", "simon", "spencer", "stan",
    "stuart", "stewart", "theodore", "todd", "troy", "victor", "vernon", "wade", "warren", "wesley",
    "abraham", "abe", "alec", "alfred", "alfie", "alvin", "andre", "angus", "archie", "barry",
    "bernard", "bernie", "bradley", "brad", "brett", "brendan", "brent", "bryce", "byron", "caleb",
    "calvin", "cecil", "chad", "clarence", "claude", "clifford", "clint", "clyde", "cody", "colin",
    "connor", "conor", "cory", "corey", "cyrus", "damian", "damien", "damon", "darrell", "darren",
    "darryl", "daryl", "desmond", "devin", "dominic", "dustin", "dwayne", "dwight", "edgar",
    "edmund", "edwin", "elliot", "elliott", "elmer", "elvis", "emmett", "errol", "evan", "everett",
    "ezra", "felix", "floyd", "frank", "gareth", "garrett", "gavin", "gerard", "gideon", "gilbert",
    "giles", "graham", "gus", "guy", "harvey", "herbert", "herman", "horace", "hubert", "humphrey",
    "jared", "jasper", "jeremiah", "jerome", "jonah", "julian", "julius", "kirk", "lance", "lester",
    "levi", "lewis", "lionel", "luther", "lyle", "malcolm", "marc", "maurice", "max", "melvin",
    "micah", "miles", "morris", "moses", "murray", "nelson", "nigel", "noel", "norm", "otis",
    "percy", "quentin", "reggie", "reginald", "rhys", "rod", "roland", "rory", "rudy", "rupert",
    "sheldon", "sid", "stu", "terrence", "terence", "theo", "tobias", "toby", "trent", "trevor",
    "tristan", "tyrone", "vaughn", "wallace", "wendell", "wilfred", "willard", "willis", "winston",
    "woodrow", "wyatt", "keir", "rishi", "boris", "seamus", "liam", "niall", "eamon", "eamonn",
    "enda", "micheal", "ciaran", "declan", "padraig", "fergus", "dermot", "colm", "cathal", "aidan",
    "kieran", "ronan", "donal", "diarmuid", "duncan", "hamish", "alasdair", "alistair", "ewan",
    "euan",
    /* Spanish, Portuguese */
    "jose", "juan", "carlos", "luis", "luiz", "jorge", "miguel", "pedro", "manuel", "francisco",
    "antonio", "alejandro", "fernando", "ricardo", "eduardo", "javier", "raul", "roberto", "sergio",
    "diego", "andres", "pablo", "rafael", "gustavo", "enrique", "alberto", "mario", "hector",
    "ramon", "ruben", "arturo", "ignacio", "julio", "felipe", "emilio", "gonzalo", "hugo",
    "santiago", "mauricio", "rodrigo", "nicolas", "alfonso", "ernesto", "guillermo", "joaquin",
    "agustin", "cristian", "alvaro", "esteban", "salvador", "marcelo", "jair", "joao", "paulo",
    "tiago", "rui", "vasco",
    /* Italian */
    "giuseppe", "giovanni", "luigi", "francesco", "matteo", "paolo", "marco", "alessandro",
    "stefano", "massimo", "silvio", "giorgio", "enrico", "romano", "carlo", "pietro", "luca",
    "lorenzo", "fabio", "claudio", "gianni", "vincenzo", "salvatore", "domenico", "angelo",
    "franco", "maurizio", "gennaro", "emanuele", "daniele", "giulio", "vittorio", "umberto",
    "piero", "dario", "mattia", "giancarlo", "gianluca", "pierluigi", "leonardo", "filippo",
    "raffaele", "nino", "sandro",
    /* French */
    "jean-claude", "jean-pierre", "jean-luc", "jean-marc", "jean-paul", "jean-yves",
    "jean-baptiste", "jean-michel", "jean-louis", "jean-marie", "jean-francois", "jean-jacques",
    "jean-noel", "pierre", "michel", "jacques", "francois", "philippe", "emmanuel", "olivier",
    "alain", "christophe", "laurent", "thierry", "didier", "stephane", "sebastien", "julien",
    "mathieu", "matthieu", "guillaume", "benoit", "bruno", "herve", "yves", "gilles", "xavier",
    "arnaud", "edouard", "marcel", "henri", "fabien", "cedric", "remi", "antoine", "florian",
    "frederic", "gaston", "rene",
    /* German, Dutch, Scandinavian, Finnish */
    "hans", "klaus", "jurgen", "juergen", "wolfgang", "dieter", "helmut", "gerhard", "horst",
    "heinz", "gunter", "guenter", "friedrich", "heinrich", "uwe", "olaf", "markus", "stefan",
    "matthias", "andreas", "joachim", "armin", "jens", "lars", "sven", "torsten", "rainer",
    "manfred", "werner", "ulrich", "volker", "bernd", "norbert", "hubertus", "lukas", "bjorn",
    "fritz", "otto", "ernst", "gustav", "hermann", "kurt", "rudolf", "rudolph", "wilhelm", "detlef",
    "reinhard", "siegfried", "ulf", "anders", "nils", "henrik", "magnus", "mats", "jonas", "geert",
    "willem", "pieter", "joost", "hendrik", "wouter", "bart", "jesper", "soren", "juha", "matti",
    "antti", "jussi", "pekka",
    /* Slavic, Baltic, Hungarian, Greek */
    "vladimir", "dmitry", "dmitri", "sergei", "sergey", "alexei", "alexey", "mikhail", "nikolai",
    "igor", "andrei", "andrey", "yuri", "yury", "viktor", "oleg", "pavel", "anatoly", "gennady",
    "vyacheslav", "yevgeny", "evgeny", "maxim", "arkady", "grigory", "konstantin", "leonid",
    "valery", "volodymyr", "petro", "oleksandr", "mykola", "vitali", "vitaly", "vitaliy", "taras",
    "bohdan", "andriy", "serhiy", "lech", "jaroslaw", "andrzej", "mateusz", "tadeusz", "wojciech",
    "krzysztof", "piotr", "pawel", "tomasz", "marek", "zbigniew", "radoslaw", "milos", "slobodan",
    "aleksandar", "vojislav", "zoran", "dragan", "goran", "milorad", "ratko", "radovan", "ante",
    "josip", "franjo", "janez", "vaclav", "andrej", "algirdas", "viktors", "laszlo", "gyorgy",
    "istvan", "ferenc", "zoltan", "dimitris", "kostas", "yiannis", "giorgos", "nikos",
    "konstantinos",
    /* Hebrew */
    "yitzhak", "moshe", "avi", "yair", "naftali", "ehud", "shimon", "yoav", "itamar", "yossi",
    "dov", "eli", "uri", "gilad",
    /* Arabic, Turkish, Persian, South Asian Muslim */
    "mohammed", "muhammad", "mohammad", "mohamed", "mohamad", "muhammed", "ahmed", "ahmad", "ahmet",
    "mehmet", "mustafa", "mostafa", "ali", "hassan", "hasan", "hussein", "hussain", "husain",
    "hossein", "omar", "umar", "abdullah", "abdallah", "abdul", "abdel", "khalid", "khaled",
    "mahmoud", "mahmud", "ibrahim", "ebrahim", "youssef", "yusuf", "yousef", "yousuf", "karim",
    "kareem", "samir", "tariq", "tarek", "walid", "waleed", "nabil", "bashar", "hamid", "hamad",
    "hamza", "rashid", "rashed", "salman", "faisal", "fahd", "mansour", "majid", "jamal", "osama",
    "usama", "anwar", "amr", "adel", "ayman", "bilal", "emad", "imad", "fadi", "fouad", "ghassan",
    "hazem", "hisham", "issa", "kamal", "marwan", "moussa", "musa", "nasser", "nasir", "qassem",
    "qasem", "raed", "riad", "riyad", "saad", "saleh", "salih", "sultan", "talal", "yasser",
    "yasir", "zaid", "zayed", "ziad", "abbas", "haider", "haidar", "reza", "mohsen", "akbar",
    "masoud", "amir", "mehdi", "javad", "jafar", "mojtaba", "hamdan", "mahdi", "farid", "habib",
    "jalal", "jawad", "khalil", "mazen", "munir", "nader", "nizar", "rami", "tamer", "tarik",
    "wael", "yahya", "younis", "younes", "zakaria", "ismail", "idris", "idriss", "yassin", "recep",
    "kemal", "ekrem", "fatih", "emre", "burak", "murat", "mesut", "hakan", "imran", "nawaz", "asif",
    "pervez", "zulfikar", "aamir", "shahid", "tahir", "wasim", "shoaib", "irfan", "junaid",
    "nadeem", "naveed", "rizwan", "sohail", "zafar", "zahid", "zubair", "arif", "asad",
    /* Indian */
    "narendra", "rahul", "amit", "raj", "rajesh", "sanjay", "vijay", "ajay", "anil", "sunil",
    "ashok", "arun", "manmohan", "rajiv", "sachin", "virat", "mahendra", "suresh", "ramesh",
    "mukesh", "ratan", "anand", "arvind", "nitin", "nitish", "akhilesh", "piyush", "shashi",
    "prakash", "pradeep", "deepak", "manoj", "vikram", "vivek", "ravi", "rohit", "sandeep",
    "sudhir", "ashish", "gautam", "karan", "kunal", "mohan", "pranab", "sundar", "satya",
    "siddharth", "tarun", "venkatesh", "vinod", "yashwant",
    /* Chinese (romanised), Japanese, Southeast Asian */
    "qiang", "jianguo", "jianhua", "guoqiang", "zhiqiang", "jianjun", "shinzo", "hiroshi",
    "takeshi", "kenji", "taro", "ichiro", "yoshihide", "fumio", "junichiro", "naoto", "yukio",
    "koichi", "akira", "haruki", "kazuo", "masahiro", "yoshihiko", "shigeru", "toshihiro",
    "takashi", "satoshi", "makoto", "hideki", "shinjiro", "shohei", "ferdinand", "benigno", "joko",
    /* African */
    "kwame", "kofi", "kwasi", "kwesi", "kojo", "kwabena", "kwaku", "yaw", "kwadwo", "emeka",
    "chukwuemeka", "obinna", "ikechukwu", "nnamdi", "chibuike", "olusegun", "babatunde", "tunde",
    "adebayo", "kayode", "wole", "gbenga", "segun", "dapo", "bayo", "muhammadu", "aliyu", "sani",
    "yakubu", "umaru", "thabo", "sipho", "bongani", "mandla", "sibusiso", "cyril", "mamadou",
    "ousmane", "amadou", "abdoulaye", "cheikh", "modou", "lamine", "boubacar", "ibrahima", "seydou",
    "souleymane", "babacar", "sekou", "idrissa", "mahamadou", "haile", "tewodros",
    /* the same names with their accents, as most news writes them */
    "josé", "ramón", "rubén", "héctor", "raúl", "andrés", "joaquín", "agustín", "nicolás",
    "françois", "jürgen", "günter", "sébastien", "stéphane", "benoît", "gérard", "hervé", "rené",
    "rémi", "jérôme", "frédéric", "cédric", "joão", "jarosław", "paweł", "miloš", "václav",
    "lászló", "györgy", "istván", "björn", "søren",
    NULL};

/* Verbs of speech acts that make a short phrase in marks someone's words
 * even without a cue ("accused him of playing the “race card”"). */
static const char *const SPEECHACT[] = {
    "accused", "accuses", "accusing", "condemned", "condemns", "condemning", "calling",
    "demanded", "demanding", "demands", "urged", "urging", "criticized", "criticised",
    "criticizing", "blamed", "blames", "blaming", "praised", "praising", "denounced",
    "denouncing", "dismissed", "dismissing", "slammed", "slams", "attacked", "attacking",
    "rejected", "denied", "denies", "denying", "vowed", "vows", "pledged", "promised",
    "promising", "labeled", "labelled", "branded", "dubbed", "touted", "decried",
    "mocked", "hailed", "lauded", "apologized", "apologised", "complaining", "arguing",
    "warning", "insisting", "describing", "claiming", "declaring", "defended", "defending",
    "lashed", "thanked", "thanking", "invoked", "quoted", "quoting", "cited", "citing", "call",
    "dub", "dubs", "label", "labels", "brand", "brands", "describing", "deemed", "deems",
    "considers", "considered",
    /* twenty-third pass */
    "appealed", "appeals", "appealing", NULL};

/* Verbs of putting out a text ("put out a statement", "posted them on
 * Facebook"): their subject is the text's author. */
static const char *const ISSUES[] = {"issued", "issues", "released", "releases", "sent", "sends",
                                     "posted", "posts", "published", "publishes", "put", "puts",
                                     "signed", "circulated", "distributed", "shared", "tweeted",
                                     "wrote", "writes", "penned", "ran", "aired", "delivered",
                                     "broadcast", "broadcasts", /* twenty-fifth pass */
                                     NULL};

/* Speaker types (tenth pass).  Last words of outlets' names ("The New
 * Haven Register", "the Times"): a one-word form is the outlet named in
 * full in the article. */
static const char *const OUTLETW[] = {
    "times", "post", "journal", "register", "tribune", "herald", "news", "gazette", "globe",
    "magazine", "network", "press", "wire", "weekly", "daily", "examiner", "chronicle",
    "inquirer", "enquirer", "observer", "courier", "dispatch", "bulletin", "telegraph",
    "guardian", "sentinel", NULL};
/* Common nouns that describe an organisation without naming one ("the
 * tech giant", "the tabloid", "the retailer"): "the X said" is the
 * organisation named before, like "the company said". */
static const char *const ORGDESC[] = {
    "giant", "firm", "tabloid", "outlet", "paper", "newspaper", "broadcaster", "publisher",
    "platform", "retailer", "chain", "carrier", "airline", "automaker", "carmaker", "insurer",
    "lender", "conglomerate", "startup", "nonprofit", "charity", "organization",
    "organisation", "coalition", "alliance", "watchdog", "utility", "manufacturer",
    "regulator", "network", "outfit", NULL};
/* Heads that, after a possessive, name who speaks for someone ("Lund's
 * campaign", "the former mayor's office", "Mr. Grimm's lawyers"): kept as
 * written. */
static const char *const POSSORG[] = {
    "campaign", "office", "team", "staff", "administration", "camp", "government", "lawyers",
    "lawyer", "attorneys", "attorney", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", "aides", "aide", "family", "company", "party", "representatives",
    "advisers", "allies", NULL};

/* Nouns for the people someone has ("her mother", "his coach", "Pike's
 * sister"): after a possessive they name a person by whose they are, like
 * POSSORG's heads (thirty-fourth pass). */
static const char *const KIN[] = {
    "wife", "husband", "mother", "father", "son", "daughter", "sister", "brother", "parents",
    "mom", "dad", "grandmother", "grandfather", "grandson", "granddaughter", "aunt", "uncle",
    "cousin", "nephew", "niece", "widow", "widower", "fiancee", "fiance", "girlfriend",
    "boyfriend", "stepfather", "stepmother", "stepson", "stepdaughter", "sons", "daughters",
    "brothers", "sisters", "coach", "agent", "manager", "doctor", "teacher", "friend",
    "partner", "boss", "assistant", NULL};

/* Nouns for a group that take no plural s ("police said", "said state
 * media"): a bare group like "officials" (thirty-fourth pass). */
static const char *const COLLECTIVE[] = {"police", "media", "staff", "people", "personnel",
                                         "military", "management", "clergy", NULL};

static bool poss_head(const ctx *x, uint32_t t) {
  /* (KIN's words are PERSONN's too: the bit reads first) */
  return tin(x, t, POSSORG) || (tin(x, t, PERSONN) && word_in(x, t, KIN));
}

/* Nouns for people that no other list or agent suffix covers ("a fan",
 * "a witness", "a neighbour"): an indefinite description with one of them
 * is someone, not a thing. */
static const char *const PERSONN[] = {
    "fan", "fans", "friend", "friends", "neighbour", "neighbor", "witness", "critic", "critics",
    "expert", "experts", "guest", "host", "nurse", "doctor", "lady", "gentleman", "child",
    "kid", "mother", "father", "parent", "wife", "husband", "son", "daughter", "sister",
    "brother", "victim", "survivor", "veteran", "candidate", "patient", "citizen", "local",
    "person", "people", "individual", "colleague", "ally", "rival", "chef", "fellow", "someone",
    "somebody", "nobody", "anyone", "everyone", "relative", "cousin", "uncle", "aunt", "grandmother",
    "grandfather", "widow", "teen", "youth", "pastor", "priest", "nun", "monk", "cop", "officer",
    "soldier", "marine", "sailor", "pilot", "delegate", "donor",
    "donors", "voter", "voters", "resident", "residents", "student", "teacher",
    /* the rest of KIN's (thirty-fourth pass) */
    "parents", "mom", "dad", "grandson", "granddaughter", "nephew", "niece", "widower",
    "fiancee", "fiance", "girlfriend", "boyfriend", "stepfather", "stepmother", "stepson",
    "stepdaughter", "sons", "daughters", "brothers", "sisters", "coach", "agent", "manager",
    "partner", "boss", "assistant", NULL};

/* A modest gazetteer (written for this module): countries, US states and
 * their AP abbreviations, world capitals and large US cities.  A place is
 * no speaker, except as a government's metonym right next to its cue
 * ("Beijing said", "said Moscow"). */
static const char *const PLACES[] = {
    /* countries */
    "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia",
    "brazil", "bulgaria", "cambodia", "cameroon", "canada", "chile", "china", "colombia",
    "congo", "costa rica", "croatia", "cuba", "cyprus", "czech republic", "denmark",
    "ecuador", "egypt", "el salvador", "estonia", "ethiopia", "finland", "france", "georgia",
    "germany", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary", "iceland",
    "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan",
    "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "latvia", "lebanon", "libya",
    "lithuania", "luxembourg", "malaysia", "mali", "mexico", "moldova", "mongolia",
    "morocco", "mozambique", "myanmar", "nepal", "netherlands", "new zealand", "nicaragua",
    "niger", "nigeria", "north korea", "norway", "oman", "pakistan", "palestine", "panama",
    "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
    "rwanda", "saudi arabia", "senegal", "serbia", "singapore", "slovakia", "slovenia",
    "somalia", "south africa", "south korea", "south sudan", "spain", "sri lanka", "sudan",
    "sweden", "switzerland", "syria", "taiwan", "tanzania", "thailand", "tunisia", "turkey",
    "uganda", "ukraine", "united arab emirates", "united kingdom", "united states", "uruguay",
    "uzbekistan", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "america", "britain",
    "great britain", "england", "scotland", "wales", "europe", "africa", "asia", "u.s.",
    "u.k.", "usa", "gaza", "west bank", "crimea",
    /* US states and districts */
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
    "puerto rico", "dc", "d.c.", "washington, d.c.", "district of columbia",
    "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.",
    "ind.", "kan.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.",
    "neb.", "nev.", "n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.",
    "r.i.", "s.c.", "s.d.", "tenn.", "tex.", "vt.", "va.", "wash.", "w.va.", "wis.", "wyo.",
    /* world capitals and large cities */
    "london", "paris", "berlin", "madrid", "rome", "moscow", "beijing", "tokyo", "seoul",
    "pyongyang", "tehran", "baghdad", "damascus", "kabul", "islamabad", "new delhi", "delhi",
    "jerusalem", "tel aviv", "cairo", "riyadh", "ankara", "istanbul", "athens", "kyiv", "kiev",
    "warsaw", "vienna", "brussels", "amsterdam", "the hague", "stockholm", "oslo",
    "copenhagen", "helsinki", "dublin", "lisbon", "prague", "budapest", "bucharest",
    "ottawa", "toronto", "montreal", "vancouver", "mexico city", "havana", "caracas",
    "bogota", "lima", "santiago", "buenos aires", "brasilia", "rio de janeiro", "sao paulo",
    "canberra", "sydney", "melbourne", "wellington", "nairobi", "lagos", "johannesburg",
    "pretoria", "addis ababa", "doha", "dubai", "abu dhabi", "beirut", "amman", "manila",
    "jakarta", "bangkok", "hanoi", "hong kong", "shanghai", "taipei", "geneva",
    /* large US cities */
    "new york city", "los angeles", "chicago", "houston", "phoenix", "philadelphia",
    "san antonio", "san diego", "dallas", "san jose", "austin", "jacksonville", "fort worth",
    "columbus", "charlotte", "san francisco", "indianapolis", "seattle", "denver", "boston",
    "el paso", "nashville", "detroit", "oklahoma city", "portland", "las vegas", "memphis",
    "louisville", "baltimore", "milwaukee", "albuquerque", "tucson", "fresno", "sacramento",
    "kansas city", "atlanta", "miami", "omaha", "raleigh", "minneapolis", "cleveland",
    "tulsa", "tampa", "new orleans", "pittsburgh", "cincinnati", "st. louis", "orlando",
    "honolulu", "anchorage", "salt lake city", "richmond", "hartford", "brooklyn",
    "manhattan", "queens", "the bronx", "staten island", "silicon valley", "wall street",
    "capitol hill",
    /* twenty-second pass: provinces, regions, former states and more
     * cities of world news */
    "quebec", "ontario", "alberta", "british columbia", "manitoba", "saskatchewan",
    "nova scotia", "new brunswick", "newfoundland", "quebec city", "calgary", "edmonton",
    "winnipeg", "halifax", "northern ireland", "middle east", "latin america",
    "north america", "south america", "central america", "balkans", "scandinavia",
    "siberia", "tibet", "kashmir", "chechnya", "dagestan", "soviet union", "yugoslavia",
    "czechoslovakia", "zaire", "burma", "sierra leone", "liberia", "namibia", "botswana",
    "madagascar", "malawi", "burundi", "eritrea", "ivory coast", "macedonia",
    "montenegro", "tajikistan", "kyrgyzstan", "turkmenistan", "laos", "new guinea",
    "lausanne", "zurich", "bern", "milan", "munich", "frankfurt", "hamburg", "barcelona",
    "st. petersburg", "belgrade", "sarajevo", "pristina", "kinshasa", "karachi", "mumbai",
    "bombay", "calcutta", "kolkata", "osaka", "kyoto", "lyon", "marseille", "naples",
    "venice", "edinburgh", "glasgow", "manchester", "liverpool", "belfast", NULL};

/* The gazetteer, hashed like the word lists (built once per process). */
enum { PSLOTS = 1024 }; /* power of two, > 2x the places */
static const char *ptab[PSLOTS];
/* [length][first letter - 'a']: bit l - 'a' set when a place of that length
 * and first letter ends with the letter l (bit 26: another byte); a quick
 * reject before lower-casing and hashing (most names asked are people's) */
static uint32_t pfl[32][26];

static uint32_t word_hash(const char *low, size_t n);

/* The filter bit of a name's last byte: its letter (any case), 26 for
 * another byte. */
static inline unsigned place_last(char c) {
  unsigned l = (unsigned char)c | 0x20u;
  return l >= 'a' && l <= 'z' ? l - 'a' : 26;
}

static void build_places(void) {
  for (const char *const *p = PLACES; *p; p++) {
    size_t n = strlen(*p);
    uint32_t i = word_hash(*p, n) & (PSLOTS - 1);
    while (ptab[i] && strcmp(ptab[i], *p)) i = (i + 1) & (PSLOTS - 1);
    ptab[i] = *p;
    if (n < SL_COUNTOF(pfl) && (*p)[0] >= 'a' && (*p)[0] <= 'z')
      pfl[n][(*p)[0] - 'a'] |= 1u << place_last((*p)[n - 1]);
  }
}

/* s (a resolved name) is a place of the gazetteer, "the" ignored. */
static bool place_name(const char *s) {
  if (!s) return false;
  /* ("the " tested inline: strncasecmp's answer for these four bytes) */
  if ((s[0] | 0x20) == 't' && (s[1] | 0x20) == 'h' && (s[2] | 0x20) == 'e' && s[3] == ' ' &&
      strcasecmp(s, "the hague") && strcasecmp(s, "the bronx"))
    s += 4;
  char low[32];
  size_t n = strlen(s);
  if (n >= sizeof low) return false;
  /* every place starts with a lower-case letter (build_places) */
  unsigned f = (unsigned char)s[0] | 0x20u;
  if (n == 0 || f < 'a' || f > 'z' || !((pfl[n][f - 'a'] >> place_last(s[n - 1])) & 1u))
    return false;
  for (size_t i = 0; i < n; i++) low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
  low[n] = '\0';
  for (uint32_t i = word_hash(low, n) & (PSLOTS - 1); ptab[i]; i = (i + 1) & (PSLOTS - 1))
    if (!strcmp(ptab[i], low)) return true;
  return false;
}

/* Nouns that give a person's gender (GENF female, GENM male) and units of
 * time (fourteenth pass). */
static const char *const GENF[] = {"lady", "woman", "wife", "mother", "daughter", "sister",
                                   "actress", "congresswoman", "chairwoman", "spokeswoman",
                                   "businesswoman", "councilwoman", "queen", "princess",
                                   "grandmother", "widow", "girlfriend", "aunt", "niece",
                                   "duchess", NULL};
static const char *const GENM[] = {"husband", "father", "son", "brother", "congressman",
                                   "businessman", "king", "prince", "grandfather", "widower",
                                   "boyfriend", "uncle", "nephew", "duke", NULL};
static const char *const TIMEU[] = {"second", "seconds", "minute", "minutes", "hour", "hours",
                                    "day", "days", "week", "weeks", "month", "months", "year",
                                    "years", "decade", "decades", NULL};

/* Every word list, one class bit each: a token's classes are looked up
 * once (lower-cased, in a map built per call) and cached in x->cls. */
static const char *const *const LISTS[] = {CUES,    PRONOUNS, DETS,    ADVERBS, NOTNAME,
                                           ORGWORDS, MEDIA,   CONN,    INTRO,   SMALL,
                                           HONOR,   PREPS,    OTHERS,  ABBREV,  DAYS,
                                           ARTS,    NOUNISH,  DOCS,    SOURCES, TITLES,
                                           FEMALE,  MALE,     SPEECHACT, ISSUES,
                                           OUTLETW, ORGDESC,  POSSORG, PERSONN,
                                           GENF,    GENM,     TIMEU};
#define CLS_DONE (1u << 31)
/* first_name_at's answer for a word, kept in x->cls beside its classes:
 * the bits of FEMALE and MALE, never set by classes_now (those lists are
 * the first-name table's, not the tokens'), say "looked up" and "a first
 * name" (the answer depends on the token's text alone) */
#define CLS_FNAME_DONE (1u << FEMALE_BIT)
#define CLS_FNAME (1u << MALE_BIT)
#define CLS_FNAME_BITS (CLS_FNAME_DONE | CLS_FNAME)
/* tin(x, t, LIST) reads LIST's bit: the enum above follows this order */
_Static_assert(NLISTS == SL_COUNTOF(LISTS), "one bit per list, in the order of LISTS");

/* The listed words in a small open-addressing table (FNV-1a of the
 * lower-cased bytes); built once per call, read-only afterwards. */
static uint32_t word_hash(const char *low, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)low[i]) * 16777619u;
  return h;
}

/* The word lists, hashed: built once per process (call_once), read-only
 * afterwards, so concurrent digests share them.  Two tables: the first
 * names (FEMALE, MALE), read for a name's first word, and the other lists,
 * read for every token that needs its classes.  A slot holds the high 16
 * bits of its word's hash over the word's index in wword + 1 (0: empty),
 * so the tokens' table is 8 KB probed at random: one table of 16-byte
 * slots holding the words themselves made 128 KB whose cache misses were
 * half of a look-up's time.  The word is read only when the hash bits
 * match. */
typedef struct wtable {
  uint32_t *slot, nslot; /* nslot a power of two */
  uint32_t fl[24][26];   /* [len][first letter - 'a']: bit l - 'a' set when a listed
                            word of that length and first letter ends with the
                            letter l (bit 26: with another byte); a quick reject
                            before hashing (the first letter alone let nearly
                            every word through) */
} wtable;
static uint32_t wslot_words[WSLOTS], wslot_names[NSLOTS];
static wtable wtab = {wslot_words, WSLOTS, {{0}}}, ntab = {wslot_names, NSLOTS, {{0}}};
/* A listed word as three 8-byte words, zero-padded (a look-up hashes and
 * compares those: no byte loop of multiplications, no memcmp call); words
 * of 24 bytes or more are never looked up. */
typedef struct wkey {
  uint64_t k[3];
} wkey;
static struct wword {
  wkey key;      /* the word, lower case */
  uint32_t mask; /* class bits */
} wword[WSLOTS + NSLOTS];
static uint32_t nwword;
static once_flag wtab_once = ONCE_FLAG_INIT;

static uint32_t key_hash(const wkey *w) {
  uint64_t h = (w->k[0] * 0x9E3779B97F4A7C15u) ^ (w->k[1] * 0xC2B2AE3D27D4EB4Fu) ^
               (w->k[2] * 0x165667B19E3779F9u);
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9u;
  return (uint32_t)(h >> 32);
}

/* The slot of the word w (hash h) in tb: empty when it is not listed. */
static uint32_t word_slot(const wtable *tb, const wkey *w, uint32_t h) {
  uint32_t i = h & (tb->nslot - 1);
  for (uint32_t v; (v = tb->slot[i]) != 0; i = (i + 1) & (tb->nslot - 1))
    if (v >> 16 == h >> 16) {
      const wkey *e = &wword[(v & 0xffffu) - 1].key;
      if (e->k[0] == w->k[0] && e->k[1] == w->k[1] && e->k[2] == w->k[2]) break;
    }
  return i;
}

/* The word-filter bit of a word's last byte: its letter (any case), 26 for
 * another byte. */
static inline unsigned last_letter(char c) {
  unsigned l = (unsigned char)c | 0x20u;
  return l >= 'a' && l <= 'z' ? l - 'a' : 26;
}

/* The classes of the word s (n bytes, any case) in tb; 0 if none. */
static uint32_t word_mask(const wtable *tb, const char *s, size_t n) {
  if (n == 0 || n >= sizeof(wkey)) return 0;
  unsigned f = (unsigned char)s[0] | 0x20u;
  if (f < 'a' || f > 'z' || !((tb->fl[n][f - 'a'] >> last_letter(s[n - 1])) & 1u)) return 0;
  /* (the key zeroed only past the quick reject) */
  union {
    wkey key;
    char c[24];
  } low = {{{0, 0, 0}}};
  for (size_t i = 0; i < n; i++) low.c[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
  uint32_t v = tb->slot[word_slot(tb, &low.key, key_hash(&low.key))];
  return v ? wword[(v & 0xffffu) - 1].mask : 0;
}

/* A resolved name whose last word is an organisation's: an acronym
 * written out ("TCU", "Texas Christian University") is no person
 * (thirty-fourth pass). */
static bool org_string(const char *nm) {
  const char *w = strrchr(nm, ' ');
  w = w ? w + 1 : nm;
  return (word_mask(&wtab, w, strlen(w)) >> ORGWORDS_BIT) & 1u;
}

static uint8_t title_len[64]; /* strlen of TITLES[i] (build_words) */
static void build_words(void) {
  build_places();
  for (size_t i = 0; TITLES[i] && i < SL_COUNTOF(title_len); i++)
    title_len[i] = (uint8_t)strlen(TITLES[i]);
  for (size_t l = 0; l < SL_COUNTOF(LISTS); l++) {
    wtable *tb = l == FEMALE_BIT || l == MALE_BIT ? &ntab : &wtab;
    for (const char *const *w = LISTS[l]; *w; w++) {
      size_t n = strlen(*w);
      if (n >= sizeof(wkey)) continue; /* never looked up */
      union {
        wkey key;
        char c[24];
      } low = {{{0, 0, 0}}};
      memcpy(low.c, *w, n);
      uint32_t h = key_hash(&low.key), i = word_slot(tb, &low.key, h);
      if (!tb->slot[i]) {
        wword[nwword] = (struct wword){low.key, 0};
        tb->slot[i] = (h >> 16) << 16 | ++nwword;
      }
      wword[(tb->slot[i] & 0xffffu) - 1].mask |= 1u << l;
      if (n >= 1 && n < SL_COUNTOF(tb->fl) && (*w)[0] >= 'a' && (*w)[0] <= 'z')
        tb->fl[n][(*w)[0] - 'a'] |= 1u << last_letter((*w)[n - 1]);
    }
  }
}

/* Classes of function words: pronouns, determiners, prepositions,
 * connectors, conjunctions. */
#define FUNC_MASK                                                                          \
  ((1u << PRONOUNS_BIT) | (1u << DETS_BIT) | (1u << ARTS_BIT) | (1u << CONN_BIT) |         \
   (1u << SMALL_BIT) | (1u << PREPS_BIT))
/* Token t, a word of two letters or more in capitals, stands next to a
 * word in lower or title case: an acronym ("WHO", "the IT unit"), not
 * a word of a headline in capitals (thirty-sixth pass). */
static bool caps_acronym(const ctx *x, uint32_t t) {
  if (x->tk[t].kind != SL_TOK_WORD || x->tk[t].span.len < 2 || !(x->tk[t].flags & SL_TF_UPPER))
    return false;
  for (int d = -1; d <= 1; d += 2) {
    uint32_t u = (uint32_t)((int64_t)t + d);
    if ((d < 0 && t <= x->t0) || (d > 0 && u >= x->t1)) continue;
    const sl_token *k = &x->tk[u];
    if (k->kind == SL_TOK_WORD && k->span.len >= 2 && !(k->flags & SL_TF_UPPER)) return true;
  }
  return false;
}

/* The classes of a function word in capitals at t: an acronym's (an
 * organisation's words only) when caps_acronym, else m. */
__attribute__((noinline)) static uint32_t caps_classes(const ctx *x, uint32_t t, uint32_t m) {
  if (!caps_acronym(x, t)) return m;
  return m & ((1u << ORGWORDS_BIT) | (1u << MEDIA_BIT) | (1u << OUTLETW_BIT) | (1u << ORGDESC_BIT));
}

/* classes() once per token: the look-up */
static uint32_t classes_now(const ctx *x, uint32_t t) {
  uint32_t *c = &x->cls[t - x->t0];
  size_t n;
  const char *s = ttext(x, t, &n);
  uint32_t m = x->tk[t].kind == SL_TOK_WORD ? word_mask(&wtab, s, n) : 0;
  /* "the WHO declared": a function word in capitals is an acronym, a name
   * (thirty-sixth pass) */
  if (__builtin_expect((x->tk[t].flags & SL_TF_UPPER) && (m & FUNC_MASK), 0))
    m = caps_classes(x, t, m);
  *c = CLS_DONE | m | (*c & CLS_FNAME_BITS); /* (first_name_at's answer kept) */
  return *c;
}

/* The classes of token t but FEMALE and MALE (cached in x->cls). */
static inline uint32_t classes(const ctx *x, uint32_t t) {
  uint32_t c = x->cls[t - x->t0];
  return c & CLS_DONE ? c : classes_now(x, t);
}

__attribute__((always_inline)) static inline bool tin_bit(const ctx *x, uint32_t t,
                                                         unsigned bit) {
  if (bit == FEMALE_BIT || bit == MALE_BIT) { /* a first name: not cached (rare) */
    size_t n;
    const char *s = ttext(x, t, &n);
    return x->tk[t].kind == SL_TOK_WORD && ((word_mask(&ntab, s, n) >> bit) & 1u);
  }
  return (classes(x, t) >> bit) & 1u;
}

/* ---- names ------------------------------------------------------------ */


/* Token t is the period of an abbreviated title or initial written right
 * after it ("Mr." "Sen." "R." "Jr."): the tokenizer splits it off. */
static bool abbrev_dot_slow(const ctx *x, uint32_t t);
/* the token's kind first, inlined: most tokens are words */
__attribute__((always_inline)) static inline bool abbrev_dot(const ctx *x, uint32_t t) {
  return x->tk[t].kind == SL_TOK_PUNCT && x->tk[t].span.len == 1 &&
         x->text[x->tk[t].span.off] == '.' && abbrev_dot_slow(x, t);
}
static bool abbrev_dot_slow(const ctx *x, uint32_t t) {
  if (t <= x->t0 || x->text[x->tk[t].span.off] != '.') return false;
  const sl_token *w = &x->tk[t - 1];
  if (w->kind != SL_TOK_WORD || !(w->flags & (SL_TF_CAP | SL_TF_UPPER)) ||
      w->span.off + w->span.len != x->tk[t].span.off)
    return false;
  return w->span.len == 1 || tin(x, t - 1, HONOR) || tin(x, t - 1, ABBREV);
}

static inline uint32_t after_honorific(const ctx *x, uint32_t a, uint32_t b) {
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
static bool name_is_org(const ctx *x, uint32_t a, uint32_t b);

/* "Democratic-leaning", "Republican-run": a capitalised adjective, not a
 * name (a hyphen then a lower-case letter). */
/* "Representative-elect", "President-elect": a title, not an adjective
 * (twelfth pass). */
static bool elect_title(const ctx *x, uint32_t t) {
  size_t n;
  const char *s = ttext(x, t, &n);
  return n > 7 && !memcmp(s + n - 6, "-elect", 6);
}

/* cap_adjective() for the name's first word, kept apart (inlined where
 * cap_adjective is not): "Geneva-based", not "President-elect"
 * (thirty-sixth pass). */
static inline bool hyphen_adjective(const ctx *x, uint32_t t) {
  size_t n;
  const char *s = ttext(x, t, &n);
  for (size_t i = 1; i + 1 < n; i++)
    if (s[i] == '-')
      return s[i + 1] >= 'a' && s[i + 1] <= 'z' && !(n - i == 6 && !memcmp(s + i, "-elect", 6));
  return false;
}

static bool cap_adjective(const ctx *x, uint32_t t) {
  size_t n;
  const char *s = ttext(x, t, &n);
  if (elect_title(x, t)) return false;
  const char *h = memchr(s, '-', n);
  return h && (size_t)(h - s) + 1 < n && h[1] >= 'a' && h[1] <= 'z';
}

static uint32_t name_core(const ctx *x, uint32_t t, uint32_t e);

/* A paragraph ends between token t - 1 and token t (a line break between
 * them, read first: the paragraph arrays only then). */
static inline bool para_break(const ctx *x, uint32_t t) {
  uint32_t end = x->tk[t - 1].span.off + x->tk[t - 1].span.len, off = x->tk[t].span.off;
  if (off <= end || (off == end + 1 && x->text[end] != '\n')) return false;
  return memchr(x->text + end, '\n', off - end) != NULL && tpara(x, t) != tpara(x, t - 1);
}

/* Sentence adverbs: "Perhaps", "Maybe" opening a sentence are no name
 * (twentieth pass). */
static const char *const SADV[] = {"perhaps", "maybe", "probably", "possibly", "arguably",
                                   "surely", "certainly", NULL};
static bool sadv_at_slow(const ctx *x, uint32_t t) {
  for (const char *const *w = SADV; *w; w++)
    if (tis_s(x, t, *w)) return true;
  return false;
}
/* the length and first letter tested inline: most words fail at once */
__attribute__((always_inline)) static inline bool sadv_at(const ctx *x, uint32_t t) {
  uint32_t n = x->tk[t].span.len;
  char c = x->text[x->tk[t].span.off] | 0x20;
  return x->tk[t].kind == SL_TOK_WORD && n >= 5 && n <= 9 &&
         (c == 'p' || c == 'm' || c == 'a' || c == 's' || c == 'c') &&
         /* and the last letter (the speed round beside the thirty-first pass) */
         ((x->text[x->tk[t].span.off + n - 1] | 0x20) == 's' ||
          (x->text[x->tk[t].span.off + n - 1] | 0x20) == 'e' ||
          (x->text[x->tk[t].span.off + n - 1] | 0x20) == 'y') &&
         sadv_at_slow(x, t);
}

/* "al-Ghandour", "el-Baz", "ad-Din": an Arabic surname written with its
 * lower-case article, a word of the name it follows (twenty-eighth
 * pass). */
static bool article_particle(const ctx *x, uint32_t t) {
  size_t n;
  const char *s = ttext(x, t, &n);
  if (x->tk[t].kind != SL_TOK_WORD || n < 5 || s[0] < 'a' || s[0] > 'z') return false;
  size_t h = s[1] == '-' ? 1 : s[2] == '-' ? 2 : s[3] == '-' ? 3 : 0;
  return h && h + 1 < n && s[h + 1] >= 'A' && s[h + 1] <= 'Z' &&
         (!memcmp(s, "al-", 3) || !memcmp(s, "el-", 3) || !memcmp(s, "ad-", 3) ||
          !memcmp(s, "as-", 3) || !memcmp(s, "ash-", 4) || !memcmp(s, "an-", 3) ||
          !memcmp(s, "ar-", 3) || !memcmp(s, "at-", 3) || !memcmp(s, "az-", 3));
}

/* "I", "I'll", "I’m": the first person, alone or contracted, no name (an
 * initial has its period; thirty-fourth pass). */
static bool first_person_slow(const ctx *x, uint32_t t);
static inline bool first_person(const ctx *x, uint32_t t) {
  return x->text[x->tk[t].span.off] == 'I' && first_person_slow(x, t);
}
static bool first_person_slow(const ctx *x, uint32_t t) {
  const char *w = x->text + x->tk[t].span.off;
  size_t n = x->tk[t].span.len;
  if (x->tk[t].kind != SL_TOK_WORD) return false;
  if (n == 1) return t + 1 < x->t1 && !abbrev_dot(x, t + 1) && is_lower(x, t + 1);
  if (n > 3 && w[1] == ' ') w++; /* tokenized "I 'm" */
  return n > 2 && (w[1] == '\'' || (unsigned char)w[1] == 0xE2);
}

static int title_index(const ctx *x, uint32_t t);
static bool first_name_at(const ctx *x, uint32_t t);
/* The capitalised run [a, e) before "and" and the one after it, [e + 1,
 * f), are an office's name then its title and a person's name: a title
 * word after the first word following "and", a name after it, and no
 * person's word (a first name, a short form of the story's people) before
 * "and" (thirty-sixth pass). */
static bool office_and(const ctx *x, uint32_t a, uint32_t e, uint32_t f) {
  uint32_t k = e + 2;
  while (k + 1 < f && !(title_index(x, k) >= 0 && is_cap(x, k))) k++;
  if (k + 1 >= f) return false;
  for (uint32_t t = a; t < e; t++) {
    if (x->tk[t].kind != SL_TOK_WORD || !is_cap(x, t)) continue;
    size_t n;
    const char *w = ttext(x, t, &n);
    if (first_name_at(x, t) || title_index(x, t) >= 0 ||
        sl_strmap_get(&x->shorts, w, n) != UINT32_MAX)
      return false;
  }
  return true;
}
static bool cap_run(const ctx *x, uint32_t a, uint32_t lim, uint32_t *end) {
  if (a >= lim || !is_cap(x, a) || x->inq[a - x->t0] || cap_adjective(x, a)) return false;
  if (first_person(x, a)) return false;
  uint32_t e = a + 1;
  if (ends_possessive(x, a)) {
    *end = e;
    return true;
  }
  /* a name never runs over a paragraph break: "… and Jim Talent" ending a
   * paragraph without its period, "Romney released …" opening the next
   * (fourteenth pass) */
  while (e < lim && !x->inq[e - x->t0] && !para_break(x, e)) {
    if (is_cap(x, e) || article_particle(x, e)) {
      if (tin(x, e, DAYS)) break;
      if (first_person(x, e)) break; /* "in Dunmore I met …" (thirty-fourth pass) */
      e++;
      if (ends_possessive(x, e - 1)) break;
      continue;
    }
    /* "Mr. Steele", "Joseph R. Biden", "Sen. Jim DeMint" */
    if (e + 1 < lim && abbrev_dot(x, e) && is_cap(x, e + 1) && !x->inq[e + 1 - x->t0] &&
        !para_break(x, e + 1)) {
      e++;
      continue;
    }
    /* "Procter & Gamble", "AT&T": an ampersand inside a firm's name
     * (thirty-fourth pass) */
    if (e + 1 < lim && is_punct(x, e, '&') && is_cap(x, e + 1) && !x->inq[e + 1 - x->t0] &&
        !para_break(x, e + 1)) {
      e += 2;
      continue;
    }
    /* "the Health and Human Services Department", "the Department of
     * Health and Human Services": "and" inside an organisation's name
     * written after "the" (not "Romney and Obama") */
    if (e + 1 < lim && tis(x, e, "and") && is_cap(x, e + 1) && !x->inq[e + 1 - x->t0] &&
        !para_break(x, e + 1)) {
      bool the = tis(x, a, "the") || (a > x->t0 && tis(x, a - 1, "the"));
      uint32_t f = e + 1;
      while (f < lim && is_cap(x, f) && !x->inq[f - x->t0] && !tin(x, f, DAYS) &&
             !ends_possessive(x, f) && !para_break(x, f))
        f++;
      if (the && (name_is_org(x, a, e) || name_is_org(x, e + 1, f) || tis(x, f - 1, "services"))) {
        e = f;
        continue;
      }
      /* "Oversight and Government Reform Committee spokesman Ali Ahmad":
       * without "the", when the words after "and" end with an
       * organisation's head noun (twelfth pass) */
      if (!the && f >= e + 3 && tin(x, f - 1, ORGWORDS) && f < lim && is_lower(x, f) &&
          !x->inq[f - x->t0]) {
        e = f;
        continue;
      }
      /* "Housing and Urban Development Secretary Miriam Castell": an
       * office's words joined by "and", then a capitalised title and the
       * person; not a person before "and" ("Obama and Defense Secretary
       * Robert Gates"; thirty-sixth pass) */
      if (!the && office_and(x, a, e, f)) {
        e = f;
        continue;
      }
    }
    /* "Democracy for America", "Americans for Prosperity": "for" inside a
     * group's name (no person's: the run opens with no first name;
     * seventeenth pass) */
    /* (also after "The" opening the sentence: "The Board for
     * Harbour Pilots"; thirty-seventh pass) */
    if (e + 1 < lim && tis(x, e, "for") && is_cap(x, e + 1) && !x->inq[e + 1 - x->t0] &&
        !para_break(x, e + 1) && !tin(x, e + 1, DAYS) &&
        (tis(x, a, "the") ? e - a >= 2 && e - a <= 4 && !first_name_at(x, a + 1)
                          : e - a <= 3 && !first_name_at(x, a) && !tin(x, a, NOTNAME))) {
      e += 2;
      while (e < lim && is_cap(x, e) && !x->inq[e - x->t0] && !ends_possessive(x, e - 1) &&
             !para_break(x, e) && !tin(x, e, DAYS))
        e++;
      break;
    }
    /* "Intergovernmental Panel on Climate Change", "Council on Foreign
     * Relations": "on" inside an organisation's name (twenty-first pass) */
    if (e + 1 < lim && tis(x, e, "on") && is_cap(x, e + 1) && !x->inq[e + 1 - x->t0] &&
        !para_break(x, e + 1) && !tin(x, e + 1, DAYS) && name_is_org(x, a, e)) {
      e += 2;
      while (e < lim && is_cap(x, e) && !x->inq[e - x->t0] && !ends_possessive(x, e - 1) &&
             !para_break(x, e) && !tin(x, e, DAYS))
        e++;
      break;
    }
    /* "Bureau of the Census", "Department of the Interior": "of the"
     * inside an organisation's name (twentieth pass) */
    if (e + 2 < lim && tis(x, e, "of") && tis(x, e + 1, "the") && is_cap(x, e + 2) &&
        !x->inq[e + 2 - x->t0] && !para_break(x, e + 2) && !tin(x, e + 2, DAYS) &&
        name_is_org(x, a, e)) {
      e += 3;
      while (e < lim && is_cap(x, e) && !x->inq[e - x->t0] && !ends_possessive(x, e - 1) &&
             !para_break(x, e) && !tin(x, e, DAYS))
        e++;
      break;
    }
    if (e + 1 < lim && is_cap(x, e + 1) && !x->inq[e + 1 - x->t0] && tin(x, e, CONN) &&
        !para_break(x, e + 1)) {
      /* "Bank of England", "Ministry of Transport", but "Rick Perry of
       * Texas": "of" joins a one-word run or an organisation's name */
      /* "House Speaker Paul D. Ryan of Wisconsin": the organisation word in
       * a title before the name does not make the name an organisation's
       * (twelfth pass) */
      /* (not after a title: "IRA Chief of Mission Rosa Imbert", "Norland
       * Secretary of State Lionel Abara" are one run, name_core finds the
       * person; thirty-sixth pass) */
      if (tis(x, e, "of") && e - a >= 2 && !name_is_org(x, a, e) &&
          !(title_index(x, e - 1) >= 0 && e + 2 < lim && is_cap(x, e + 2) &&
            !x->inq[e + 2 - x->t0] && !para_break(x, e + 2)))
        break;
      if (tis(x, e, "of") && e - a >= 3 && name_is_org(x, a, e) && !tis(x, a, "the")) {
        uint32_t c = name_core(x, a, e);
        if (c > a && c + 2 <= e && !name_is_org(x, c, e)) break;
      }
      e += 2;
      if (ends_possessive(x, e - 1)) break;
      continue;
    }
    /* "Piet van der Berg", "Juan de la Cruz": two particles before the
     * surname (thirty-sixth pass; the tokens' fields first) */
    if (e + 2 < lim && x->tk[e].span.len <= 5 && x->tk[e + 1].span.len <= 5 &&
        (x->tk[e + 2].flags & SL_TF_CAP) && x->tk[e].kind == SL_TOK_WORD &&
        x->tk[e + 1].kind == SL_TOK_WORD &&
        !((x->tk[e].flags | x->tk[e + 1].flags) & (SL_TF_CAP | SL_TF_UPPER)) && tin(x, e, CONN) &&
        tin(x, e + 1, CONN) && !tis(x, e, "of") && !tis(x, e + 1, "of") && is_cap(x, e + 2) &&
        !x->inq[e + 2 - x->t0] && !x->inq[e - x->t0] && !para_break(x, e + 2)) {
      e += 3;
      if (ends_possessive(x, e - 1)) break;
      continue;
    }
    break;
  }
  /* "Jesse Jackson Jr.": a generational suffix keeps its period */
  if (e < lim && e > a + 1 && (tis(x, e - 1, "jr") || tis(x, e - 1, "sr")) && abbrev_dot(x, e))
    e++;
  /* "Perhaps the …": a sentence adverb opening its sentence, alone */
  if (e == a + 1 && a == x->sfirst[tsent(x, a)] && sadv_at(x, a)) return false;
  /* "… in Varnia During the flood all …": a capitalised preposition or
   * conjunction ending the run before a lower-case word opens a sentence
   * glued to the one before (a caption), no part of a name (not "will":
   * "Mona Will writes"; nor before "the" and a capitalised word:
   * "Meals From the Hills"; thirty-seventh pass) */
  if (e > a + 1 && e + 1 < lim && tin(x, e - 1, PREPS) && is_lower(x, e) &&
      !x->inq[e - x->t0] && !tis(x, e - 1, "will") && !is_cap(x, e + 1))
    e--;
  *end = e;
  return true;
}

/* Appends the name of tokens [a, b) to x->tmp (reset first): leading
 * non-name words dropped, a final possessive 's dropped, curly apostrophes
 * made straight.  Returns the number of words kept. */
static inline bool justice_title(const ctx *x, uint32_t t, uint32_t e);
/* Token a is an initial: one capital letter, its dot, a capitalised word
 * ("A. Barry Rand"). */
static bool word_in(const ctx *x, uint32_t t, const char *const *list);

/* "A. Barry Rand": an initial, not the article; "June O'Neill", "April
 * Dunn": a month that is a first name before a surname, not after "in"
 * or "since" (twenty-seventh pass).  Both are name words a run keeps. */
static bool name_word_at(const ctx *x, uint32_t a, uint32_t e) {
  if (x->tk[a].span.len == 1) return a + 2 < e && abbrev_dot(x, a + 1) && is_cap(x, a + 2);
  if (!(tis(x, a, "june") || tis(x, a, "april") || tis(x, a, "august")) || a + 1 >= e ||
      !is_cap(x, a + 1) || tin(x, a + 1, DAYS))
    return false;
  static const char *const BEFORE[] = {"in", "on", "since", "last", "next", "early", "late",
                                       "by", "until", "through", "of", "mid", "this", "each",
                                       "every", "from", "before", "after", "during", "that", NULL};
  return a == x->t0 || x->tk[a - 1].kind != SL_TOK_WORD || !word_in(x, a - 1, BEFORE);
}

static size_t name_text(ctx *x, uint32_t a, uint32_t b) {
  x->tmp.len = 0;
  /* "American Civil Liberties Union": a nationality starting an
   * organisation's name of three words or more is part of it */
  bool org = b > a + 2 && tin(x, b - 1, ORGWORDS);
  /* "Historian Ann Carter", "Senate President Pro Tem Rob Lister": a
   * person's name read as a name is collected (fourteenth pass) */
  if (b >= a + 3 && !name_is_org(x, a, b)) {
    uint32_t c = name_core(x, a, b);
    /* not past a capitalised small word ("Hotline On Call") or an
     * initial ("John A. Boehner") */
    bool ok = c < b;
    for (uint32_t t = a; ok && t < c; t++)
      if (is_cap(x, t) && (tin(x, t, SMALL) || x->tk[t].span.len == 1)) ok = false;
    if (ok) a = c;
  }
#define NATIONAL(t) (org && (tis(x, t, "american") || tis(x, t, "british")))
  while (a < b && tin(x, a, NOTNAME) && !NATIONAL(a) && !name_word_at(x, a, b)) a++;
  a = after_honorific(x, a, b);
  while (a < b && ((tin(x, a, NOTNAME) && !name_word_at(x, a, b)) || abbrev_dot(x, a) ||
                   justice_title(x, a, b)) &&
         !NATIONAL(a))
    a++;
#undef NATIONAL
  /* "the Geneva-based WHO": a hyphenated adjective opening the run is no
   * part of the name (thirty-sixth pass) */
  while (a + 1 < b && a > x->t0 && tis(x, a - 1, "the") && x->tk[a].span.len > 4 &&
         is_cap(x, a + 1) && hyphen_adjective(x, a))
    a++;
  size_t words = 0;
  for (uint32_t t = a; t < b; t++) {
    size_t n;
    const char *s = ttext(x, t, &n);
    if (abbrev_dot(x, t)) { /* "R." */
      sl_buf_putc(&x->tmp, '.');
      continue;
    }
    if (t + 1 == b && ends_possessive(x, t)) n -= poss_suffix(s, n);
    /* a plural possessive ("FreedomWorks’") loses its apostrophe */
    else if (t + 1 == b) n -= plural_apos(s, n);
    if (words) sl_buf_putc(&x->tmp, ' ');
    /* a word joined with its clitic in tokenized text ("We 've") is
     * written as one ("We've") */
    const char *sp;
    if ((x->tk[t].flags & SL_TF_JOINED) && (sp = memchr(s, ' ', n)) != NULL) {
      sl_buf_put(&x->tmp, s, (size_t)(sp - s));
      n -= (size_t)(sp - s) + 1, s = sp + 1;
    }
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
  /* "South African Broadcasting Corp. radio said": a company's
   * abbreviation keeps its period (twenty-ninth pass) */
  if (words > 1 && b < x->t1 && is_punct(x, b, '.') &&
      x->tk[b].span.off == x->tk[b - 1].span.off + x->tk[b - 1].span.len &&
      (tis(x, b - 1, "corp") || tis(x, b - 1, "inc") || tis(x, b - 1, "co") ||
       tis(x, b - 1, "ltd")))
    sl_buf_putc(&x->tmp, '.');
  sl_buf_putc(&x->tmp, '\0');
  x->tmp.len--;
  if (x->tmp.oom) x->oom = true;
  return words;
}

static bool name_is_org(const ctx *x, uint32_t a, uint32_t b) {
  if (a < b && tis(x, a, "the")) return true;
  /* one word that is the short form of a person the story names in full
   * ("Fox" after "Vicente Fox", "Post" after "Emily Post"): the story's
   * own names beat the word list */
  if (b == a + 1 && is_cap(x, a)) {
    if (!tin(x, a, ORGWORDS)) return false; /* (the map read only for those) */
    size_t n;
    const char *w = ttext(x, a, &n);
    if (sl_strmap_get(&x->shorts, w, n) != UINT32_MAX) return false;
  }
  for (uint32_t t = a; t < b; t++)
    if (tin(x, t, ORGWORDS)) return true;
  /* "Doctors Without Borders", "Citizens Against Waste": a capitalised
   * preposition inside (twenty-third pass) */
  for (uint32_t t = a + 1; t + 1 < b; t++)
    if (is_cap(x, t) && (tis(x, t, "without") || tis(x, t, "against") || tis(x, t, "for") ||
                         tis(x, t, "with") || tis(x, t, "on")))
      return true;
  return false;
}

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

/* Tokens [k, e) are only a generational suffix ("Jr.", "Sr", "III"): the
 * capitalised word before them is a surname, not a title ("Martin Luther
 * King Jr."). */
static bool suffix_only(const ctx *x, uint32_t k, uint32_t e) {
  if (k >= e || k + 2 < e) return false;
  if (k + 2 == e && !abbrev_dot(x, k + 1)) return false;
  return tis(x, k, "jr") || tis(x, k, "sr") || tis(x, k, "ii") || tis(x, k, "iii") ||
         tis(x, k, "iv");
}

/* A party member's noun ("Republican", "Democrat"; twelfth pass). */
static bool party_word(const ctx *x, uint32_t t) {
  return tis(x, t, "republican") || tis(x, t, "democrat");
}

/* The run [a, e) describes a person by party rather than naming one:
 * "Democrat of New Jersey", "Virginia Democrat" (twelfth pass). */
static inline bool party_description(const ctx *x, uint32_t a, uint32_t e) {
  if (e <= a + 1) return false;
  if (party_word(x, a) && tis(x, a + 1, "of")) return true;
  return party_word(x, e - 1) && !ends_possessive(x, e - 1);
}

/* Start of the name in the capitalised run [t, e): leading title words,
 * honorifics and abbreviations stripped; e when nothing is left. */
static int title_index(const ctx *x, uint32_t t);

/* "Justice Ginsburg", "Supreme Court Justice Ruth Bader Ginsburg": a
 * judge's title before a name, not the "Justice Department" (fifteenth
 * pass). */
static inline bool justice_title(const ctx *x, uint32_t t, uint32_t e) {
  return x->tk[t].span.len == 7 && tis(x, t, "justice") && t + 1 < e && is_cap(x, t + 1) &&
         !name_is_org(x, t + 1, e);
}

/* Token t is a common first name (the first-name table); a word's answer
 * is looked up once per article and kept in x->cls (CLS_FNAME_BITS). */
static bool first_name_at(const ctx *x, uint32_t t) {
  uint32_t *c = t >= x->t0 && t < x->t1 && x->tk[t].kind == SL_TOK_WORD ? &x->cls[t - x->t0] : NULL;
  if (c && (*c & CLS_FNAME_DONE)) return (*c & CLS_FNAME) != 0;
  size_t n;
  const char *w = ttext(x, t, &n);
  uint32_t m = word_mask(&ntab, w, n);
  bool r = ((m >> FEMALE_BIT) & 1u) || ((m >> MALE_BIT) & 1u);
  if (c) *c |= CLS_FNAME_DONE | (r ? CLS_FNAME : 0);
  return r;
}

/* Token t is a hyphenated title ("Attorney-General", "Secretary-General",
 * "Vice-President"; thirty-second pass). */
static bool hyphen_title(const ctx *x, uint32_t t) {
  size_t n;
  const char *s = ttext(x, t, &n);
  const char *h = n > 5 ? memchr(s, '-', n) : NULL;
  if (!h || h == s || (size_t)(h + 1 - s) >= n || h[1] < 'A' || h[1] > 'Z') return false;
  size_t pl = (size_t)(h - s);
  static const char *const LEAD[] = {"vice", "lieutenant", "deputy", "prime", "director",
                                     "inspector", NULL};
  for (const char *const *w = LEAD; *w; w++)
    if (strlen(*w) == pl && !strncasecmp(s, *w, pl)) return true;
  for (int i = 0; TITLES[i]; i++)
    if (strlen(TITLES[i]) == pl && !strncasecmp(s, TITLES[i], pl)) return true;
  return false;
}

/* Tokens [a, f) (one or two words) are a place of the gazetteer. */
static bool run_is_place(const ctx *x, uint32_t a, uint32_t f) {
  char buf[32];
  size_t n = 0;
  for (uint32_t k = a; k < f; k++) {
    size_t l;
    const char *w = ttext(x, k, &l);
    if (n + l + 1 >= sizeof buf) return false;
    if (k > a) buf[n++] = ' ';
    memcpy(buf + n, w, l), n += l;
  }
  buf[n] = '\0';
  return place_name(buf);
}

/* The capitalised words [a, e) follow "<title> of" ("Chief of Mission Rosa
 * Imbert", "Secretary of State Lionel Abara"): the start of the person's
 * name after the office.  The office takes one word at least; the person
 * opens with a common first name, else is the last two words (initials in
 * between kept: "Defense Robert M. Gates"); thirty-sixth pass. */
static uint32_t office_end(const ctx *x, uint32_t a, uint32_t e) {
  for (uint32_t k = a + 1; k + 1 < e; k++)
    if (is_cap(x, k) && first_name_at(x, k) && !abbrev_dot(x, k + 1)) return k;
  uint32_t s = e - 1;
  while (s > a + 1 && abbrev_dot(x, s - 1) && s >= 2) s -= 2; /* "M." before the surname */
  if (s > a + 1) s--;
  return s > a ? s : a + 1;
}

/* Token a opens its sentence before a capitalised word and is no part of
 * the name after it: an adverb in -ly with an adverb's suffix ("Globally
 * Harrowfield slaughtered", "Separately Kestrel Foods said"); not a first
 * name, a title or an acronym (thirty-sixth pass).  (A word the article
 * never capitalises inside a sentence before a word it writes alone
 * elsewhere, "Rival Kestrel … Kestrel", was tried: sentence-initial people
 * whose first name no list knows, "Arlo Penwick … Penwick", lost it.) */
static bool initial_modifier(const ctx *x, uint32_t a) {
  if (a + 1 >= x->t1 || !is_cap(x, a + 1) || x->tk[a].kind != SL_TOK_WORD ||
      (x->tk[a].flags & SL_TF_UPPER) || x->tk[a].span.len < 6 || abbrev_dot(x, a + 1))
    return false;
  size_t n;
  const char *w = ttext(x, a, &n);
  if (w[n - 1] != 'y' || w[n - 2] != 'l' || first_name_at(x, a)) return false;
  static const char *const ADV[] = {"ally", "ately", "ently", "antly", "ously", "ively",
                                     "fully", "ingly", "edly", "essly", "ibly", "ably", NULL};
  for (const char *const *s = ADV; *s; s++) {
    size_t l = strlen(*s);
    if (n >= l + 2 && !memcmp(w + n - l, *s, l)) return true;
  }
  return false;
}

/* "Jorin Pavel Okonda": a capitalised word of no word list before a
 * known first name is the person's first given name, not a description
 * ("Candidate Majid Ansari", "Britons Darren Hickey"), when the article
 * writes the same two words together again: news repeats a full name,
 * not a descriptor (thirty-seventh pass; the search stops at the first
 * pair and reads 2,000 tokens either way at most). */
static bool given_pair(const ctx *x, uint32_t a) {
  if ((x->tk[a].flags & SL_TF_UPPER) || (classes(x, a) & ~(CLS_DONE | CLS_FNAME_BITS)) ||
      a + 1 >= x->t1)
    return false;
  uint32_t ta = x->tk[a].term, tb = x->tk[a + 1].term;
  uint32_t lo = a > x->t0 + 2000 ? a - 2000 : x->t0, hi = x->t1 - a > 2001 ? a + 2001 : x->t1 - 1;
  for (uint32_t k = lo; k < hi; k++)
    if (x->tk[k].term == ta && k != a && x->tk[k + 1].term == tb && is_cap(x, k) &&
        !x->inq[k - x->t0])
      return true;
  return false;
}

static uint32_t name_core(const ctx *x, uint32_t t, uint32_t e) {
  uint32_t a = t;
  /* "A. Barry Rand": an initial, not the article (eighteenth pass) */
  while (a < e && ((tin(x, a, NOTNAME) && !name_word_at(x, a, e)) || abbrev_dot(x, a) ||
                   elect_title(x, a) || justice_title(x, a, e) ||
                   (a + 1 < e && hyphen_title(x, a))))
    a++;
  if (a >= e) return e;
  /* "Inspector-General of Ports Dario Venn": a hyphenated title's
   * office after "of", then the person (thirty-seventh pass, web news
   * hunt) */
  if (a >= t + 2 && a + 1 < e && tis(x, a - 1, "of") && is_cap(x, a) && hyphen_title(x, a - 2))
    a = office_end(x, a, e);
  /* "ambassador to Israel Euripides Evriades", "the envoy to the United
   * States Ana P. Ruiz": after "to" or "of", a place before two words or
   * more that are no organisation's (thirty-third pass) */
  if (a + 3 <= e && a > x->t0 + 1 &&
      (tis(x, a - 1, "to") || tis(x, a - 1, "of") ||
       (tis(x, a - 1, "the") && (tis(x, a - 2, "to") || tis(x, a - 2, "of")))))
    for (uint32_t f = a + 1; f <= a + 2 && f + 2 <= e; f++)
      if (is_cap(x, f) && run_is_place(x, a, f) && !name_is_org(x, f, e)) {
        a = f;
        break;
      }
  /* "Secretary of State Clinton": the office's word after "of" (fourteenth
   * pass) */
  if (a >= t + 2 && a + 1 < e && tis(x, a - 1, "of") && title_index(x, a - 2) >= 0 &&
      is_cap(x, a) && !first_name_at(x, a))
    a = office_end(x, a, e);
  /* "Republican Pat Toomey": a party noun before a person's name of two
   * words or more is a label, not part of the name (twelfth pass) */
  if (e - a >= 3 && party_word(x, a) && !tis(x, a + 1, "of") && !name_is_org(x, a + 1, e)) {
    a++;
    while (a < e && (tin(x, a, NOTNAME) || abbrev_dot(x, a))) a++;
    if (a >= e) return e;
  }
  /* "Added Gibbs: “…”": a cue verb opening the sentence before the name
   * (twelfth pass) */
  if (e - a >= 2 && a == x->sfirst[tsent(x, a)] && tin(x, a, CUES)) {
    size_t n;
    const char *w = ttext(x, a, &n);
    if (n > 4 && !memcmp(w + n - 2, "ed", 2)) a++;
  }
  /* "Pensioner Glenda Marsh" opening a sentence: a job title, not a name */
  /* (not before a particle, "Pieter van den Hoek", nor a first name or
   * before an initial, "Christopher J. Mayer"; thirty-sixth pass) */
  if (e - a >= 3 && a == x->sfirst[tsent(x, a)] && occupation_word(x, a) && !is_lower(x, a + 1) &&
      !(x->tk[a + 1].span.len == 1 && abbrev_dot(x, a + 2)) && !first_name_at(x, a))
    a++;
  /* "Globally Harrowfield slaughtered", "Rival Kestrel nudged up": a word
   * opening the sentence before a name (thirty-sixth pass) */
  if (e - a >= 2 && a == x->sfirst[tsent(x, a)] && initial_modifier(x, a)) a++;
  a = after_honorific(x, a, e);
  /* "Weekly Standard Editor Bill Kristol": the name follows the last title
   * word; a capitalised preposition inside is part of the name ("Doctors
   * Without Borders"; twenty-third pass) */
  for (uint32_t k = e; k-- > a + 1;)
    if (is_cap(x, k) && (tin(x, k, NOTNAME) || justice_title(x, k, e)) && !tin(x, k, DAYS) &&
        !tin(x, k, PREPS) && !tis(x, k, "without") && !tis(x, k, "of") &&
        k + 1 < e && !suffix_only(x, k + 1, e) && x->tk[k].span.len > 1 && !tin(x, k, SMALL)) {
      /* "United Nations High Commissioner for Refugees": a title with
       * "for" and no person's name after it is an office's name
       * (twenty-seventh pass) */
      if (tis(x, k + 1, "for")) {
        /* "Commissioner for Refugees Ann Lee": the person after it */
        uint32_t j = k + 2;
        while (j < e && !first_name_at(x, j)) j++;
        if (j < e) a = j;
        break;
      }
      a = k + 1;
      while (a < e && abbrev_dot(x, a)) a++;
      /* "IRA Chief of Mission Rosa Imbert", "US Secretary of State Ann
       * Lee": the office after "of", then the person (thirty-sixth pass) */
      if (a + 2 < e && tis(x, a, "of") && title_index(x, k) >= 0 && is_cap(x, a + 1))
        a = office_end(x, a + 1, e);
      break;
    }
  /* "District of Columbia Joseph diGenova": capitalised words before a
   * common first name that opens a name of two words or more are no part
   * of it (a place or a body before the person; fourteenth pass) */
  /* "Speaker of the House Newt Gingrich": the legislature's word of a
   * title written before the name (sixteenth pass) */
  bool chamber = e - a >= 3 && (tis(x, a, "house") || tis(x, a, "senate")) && a > x->t0 + 1 &&
                 tis(x, a - 1, "the") && tis(x, a - 2, "of") && !name_is_org(x, a + 1, e);
  if (e - a >= 3 && (chamber || !name_is_org(x, a, e))) {
    for (uint32_t k = a; k + 1 < e; k++) {
      if (!is_cap(x, k) || x->tk[k].span.len == 1 || abbrev_dot(x, k + 1)) {
        if (k > a && tis(x, k, "of")) continue;
        break;
      }
      if (!first_name_at(x, k)) continue;
      /* "San Diego", "St. Louis", "Fort Worth": a place's first word, not a
       * title (sixteenth pass) */
      if (k > a && (tis(x, k - 1, "san") || tis(x, k - 1, "santa") || tis(x, k - 1, "los") ||
                    tis(x, k - 1, "las") || tis(x, k - 1, "el") || tis(x, k - 1, "st") ||
                    tis(x, k - 1, "saint") || tis(x, k - 1, "fort") || tis(x, k - 1, "port") ||
                    tis(x, k - 1, "mount") || tis(x, k - 1, "lake") || tis(x, k - 1, "new")))
        break;
      if (k > a && is_cap(x, k + 1) && !tin(x, k + 1, CONN) && !(k == a + 1 && given_pair(x, a)))
        a = k;
      break;
    }
  }
  return a;
}

/* Index of title word t in TITLES (abbreviations as the full word; + 100
 * after "vice"), or -1. */
static int title_index_slow(const ctx *x, uint32_t t);
/* (the list's class bit tested inline: most words are no title) */
static inline int title_index(const ctx *x, uint32_t t) {
  if (t < x->t0 || t >= x->t1 || x->tk[t].kind != SL_TOK_WORD || !tin(x, t, TITLES)) return -1;
  return title_index_slow(x, t);
}
static int title_index_slow(const ctx *x, uint32_t t) {
  /* abbreviations and synonyms: "the congressman" is the person written
   * "Rep." or "Representative" */
  static const char *const ABBR[][2] = {{"gov", "governor"},
                                        {"sen", "senator"},
                                        {"rep", "representative"},
                                        {"congressman", "representative"},
                                        {"congresswoman", "representative"},
                                        {"gen", "general"}};
  size_t n;
  const char *s = ttext(x, t, &n);
  const char *w = NULL;
  size_t wn = n;
  for (size_t i = 0; i < SL_COUNTOF(ABBR); i++)
    if (strlen(ABBR[i][0]) == n && !strncasecmp(s, ABBR[i][0], n))
      w = ABBR[i][1], wn = strlen(w);
  int idx = -1;
  /* the word's length first: most titles are not compared at all */
  char f = (char)(w ? w[0] : s[0] | 0x20); /* (TITLES are lower case: the first letter first) */
  for (int i = 0; TITLES[i]; i++)
    if (title_len[i] == wn && TITLES[i][0] == f &&
        (w ? !strcmp(TITLES[i], w) : !strncasecmp(s, TITLES[i], n))) {
      idx = i;
      break;
    }
  if (idx >= 0 && t > x->t0 && tis(x, t - 1, "vice")) idx += 100;
  /* "the inspector general", "the attorney general": offices of their own,
   * not a general's rank (sixteenth pass) */
  if (idx >= 0 && t > x->t0 && tis(x, t, "general") && tis(x, t - 1, "inspector")) idx += 200;
  if (idx >= 0 && t > x->t0 && tis(x, t, "general") && tis(x, t - 1, "attorney")) idx += 300;
  return idx;
}

/* name_text's last answer within one run of collect_names: the title, the
 * gender and the name itself are recorded under the same text, built once
 * (x->tmp is written by nothing else in between). */
typedef struct ntmemo {
  bool ok;
  uint32_t a, b;
  size_t words;
} ntmemo;
static size_t name_text_memo(ctx *x, ntmemo *m, uint32_t a, uint32_t b) {
  if (m->ok && m->a == a && m->b == b) return m->words;
  size_t w = name_text(x, a, b);
  *m = (ntmemo){true, a, b, w};
  return w;
}

/* Records the title written before the name [a, e) of the run starting at
 * t ("President Amara Osei", "former vice president Dick Cheney"). */
static void record_title(ctx *x, ntmemo *m, uint32_t t, uint32_t a, uint32_t e) {
  int ti = -1;
  for (uint32_t k = a; k-- > t && ti < 0;) ti = title_index(x, k);
  if (ti < 0 && t > x->t0 && is_lower(x, t - 1)) ti = title_index(x, t - 1);
  /* in apposition: "the inspector general, Michael E. Horowitz," and
   * "Michael E. Horowitz, the inspector general," (sixteenth pass) */
  if (ti < 0 && t > x->t0 + 3 && is_punct(x, t - 1, ',') && is_lower(x, t - 2) &&
      tsent(x, t - 2) == tsent(x, t) && !tin(x, t - 3, PREPS)) /* not "opponent for president, X" */
    ti = title_index(x, t - 2);
  if (ti < 0 && e + 3 < x->t1 && is_punct(x, e, ',') && tis(x, e + 1, "the") &&
      tsent(x, e + 1) == tsent(x, a)) {
    uint32_t k = e + 2;
    while (k < x->t1 && k < e + 6 && is_lower(x, k) && !x->inq[k - x->t0] && !tin(x, k, PREPS))
      k++;
    if (k > e + 2 && k < x->t1 && (is_punct(x, k, ',') || is_punct(x, k, '.')))
      ti = title_index(x, k - 1);
  }
  if (ti < 0 || name_is_org(x, a, e) || !name_text_memo(x, m, a, e) || x->oom) return;
  bool added;
  uint32_t id = sl_strmap_intern(&x->tnames, x->tmp.p, x->tmp.len, &added);
  ttl r = {(uint32_t)ti, (uint32_t)x->ai, a, id};
  if (id == UINT32_MAX || !sl_vec_push(&x->titles, r)) x->oom = true;
  /* "the commander, Gen. Huseyin Kivrikoglu": the title in apposition
   * too, besides the rank written with the name (twenty-seventh pass) */
  int ta = -1;
  if (!x->oom && t > x->t0 + 3 && is_punct(x, t - 1, ',') && is_lower(x, t - 2) &&
      tsent(x, t - 2) == tsent(x, t) && !tin(x, t - 3, PREPS))
    ta = title_index(x, t - 2);
  if (ta >= 0 && ta != ti) {
    r.title = (uint32_t)ta;
    if (!sl_vec_push(&x->titles, r)) x->oom = true;
  }
}

/* Records the gender an honorific gives the name [a, e) of the run
 * starting at t ("Mr. Trump", "Ms. Abedin"), under the name as written. */
/* Nouns that give a person's gender: 1 male, 2 female, 0 none. */
static uint8_t gender_noun(const ctx *x, uint32_t k) {
  if (x->tk[k].kind != SL_TOK_WORD) return 0;
  return tin(x, k, GENF) ? 2 : tin(x, k, GENM) ? 1 : 0;
}

/* The gender a description next to the name [a, e) gives it: title
 * words in its run ("First Lady Ann Rook", "Congresswoman …") or an
 * apposition between commas before or after it ("the first lady, Ann
 * Rook,", "Ann Rook, his wife,"); fourteenth pass. */
static uint8_t described_gender(const ctx *x, uint32_t t, uint32_t a, uint32_t e) {
  uint8_t g = 0;
  for (uint32_t k = t; k < a; k++) g |= gender_noun(x, k);
  if (t > x->t0 + 1 && is_punct(x, t - 1, ',')) {
    /* the nearest determiner of the apposition: "the first lady, …" and
     * "the toll it took on his wife, …" (eighteenth pass) */
    uint32_t k = t - 1;
    while (k > x->t0 && t - k < 6 && !is_punct(x, k - 1, ',') && !x->inq[k - 1 - x->t0] &&
           tsent(x, k - 1) == tsent(x, t) && !tin(x, k - 1, DETS))
      k--;
    if (k > x->t0 && tin(x, k - 1, DETS) && tsent(x, k - 1) == tsent(x, t))
      for (uint32_t j = k; j + 1 < t; j++) g |= gender_noun(x, j);
  }
  if (e + 2 < x->t1 && is_punct(x, e, ',') && tin(x, e + 1, DETS))
    for (uint32_t j = e + 2; j < x->t1 && j < e + 6 && x->tk[j].kind == SL_TOK_WORD; j++)
      g |= gender_noun(x, j);
  return g == 3 ? 0 : g;
}

static void record_gender(ctx *x, ntmemo *m, uint32_t t, uint32_t a, uint32_t e) {
  uint8_t g = 0;
  for (uint32_t k = t; k < a && !g; k++) {
    if (tis(x, k, "mr")) g = 1;
    else if (tis(x, k, "mrs") || tis(x, k, "ms") || tis(x, k, "miss")) g = 2;
  }
  if (!g) g = described_gender(x, t, a, e);
  if (!g || name_is_org(x, a, e) || !name_text_memo(x, m, a, e) || x->oom) return;
  bool added;
  uint32_t id = sl_strmap_intern(&x->gnames, x->tmp.p, x->tmp.len, &added);
  if (id == UINT32_MAX || (added && !sl_vec_push(&x->gval, 0))) {
    x->oom = true;
    return;
  }
  x->gval.a[id] |= g;
}

/* The run [t, e) whose name starts at core has a person's title or an
 * honorific before the name ("President Vicente Fox", "Mr. Fox"): the
 * name is a person's even when a word of it also names organisations
 * ("fox", "post", "house"). */
static bool titled_person(const ctx *x, uint32_t t, uint32_t core, uint32_t e) {
  if (core >= e || tis(x, t, "the")) return false;
  for (uint32_t k = t; k < core; k++)
    if (title_index(x, k) >= 0 || tin(x, k, HONOR)) return true;
  return t > x->t0 && is_lower(x, t - 1) && title_index(x, t - 1) >= 0;
}

/* Counts the full name in x->tmp once more for the story and the current
 * article. */
static void add_name(ctx *x) {
  bool added;
  uint32_t id = sl_strmap_intern(&x->names, x->tmp.p, x->tmp.len, &added);
  if (id == UINT32_MAX || (added && !sl_vec_push(&x->ncount, 0))) {
    x->oom = true;
    return;
  }
  x->ncount.a[id]++;
  size_t k = x->astart[x->ai];
  while (k < x->anames.n && x->anames.a[k].id != id) k++;
  if (k < x->anames.n) x->anames.a[k].n++;
  else if (!sl_vec_push(&x->anames, ((anm){id, 1}))) x->oom = true;
}

static uint8_t first_name_gender_n(const char *name, size_t len);

/* "John and Elaine Carrillo", "Sasha and Malia Obama": the full name in
 * x->tmp (two words) written at token t after "and" and a first name
 * standing alone gives that first name its surname ("John Carrillo" is
 * a person of the article too).  The lone word must be on the first-name
 * lists (not "Clinton and Barack Obama", "Democrats and Nancy Pelosi"). */
static void coordinated_first(ctx *x, uint32_t t) {
  if (t < x->t0 + 2 || !tis(x, t - 1, "and") || !is_cap(x, t - 2) || tin(x, t - 2, NOTNAME) ||
      (t - 2 > x->t0 && is_cap(x, t - 3) && t - 2 != x->sfirst[tsent(x, t - 2)]))
    return;
  const char *sp = memchr(x->tmp.p, ' ', x->tmp.len);
  if (!sp || memchr(sp + 1, ' ', x->tmp.len - (size_t)(sp + 1 - x->tmp.p))) return;
  char buf[96];
  size_t n, sl = x->tmp.len - (size_t)(sp - x->tmp.p); /* " Carrillo" */
  const char *w = ttext(x, t - 2, &n);
  if (n + sl >= sizeof buf) return;
  memcpy(buf, w, n), memcpy(buf + n, sp, sl);
  if (!first_name_gender_n(buf, n + sl)) return;
  x->tmp.len = 0;
  sl_buf_put(&x->tmp, buf, n + sl);
  if (x->tmp.oom) x->oom = true;
  else add_name(x);
}

/* The full name of "Amy ``Kay'' Lund" (first name at t): "Amy Lund". */
static void nickname_name(ctx *x, uint32_t t, uint32_t s) {
  uint32_t e;
  if (!cap_run(x, s, x->t1, &e) || e - s > 2 || name_is_org(x, s, e)) return;
  if (name_text(x, s, e) == 0 || x->oom) return;
  char buf[96];
  size_t n, l = x->tmp.len;
  const char *w = ttext(x, t, &n);
  if (n + 1 + l > sizeof buf) return;
  memcpy(buf, w, n), buf[n] = ' ', memcpy(buf + n + 1, x->tmp.p, l);
  x->tmp.len = 0;
  sl_buf_put(&x->tmp, buf, n + 1 + l);
  if (x->tmp.oom) x->oom = true;
  else add_name(x);
}

/* "Thorne Hails Port Shake-Up as Harbour Chief Quits OSTRAVA BAY (Reuters)
 * - Halvard Mense, …": a title-cased headline glued to the dateline that
 * opens the body, in the article's first sentence; the dateline's first
 * token (the headline's words are no names nor subjects), else x->t0
 * (thirty-sixth pass).  The dateline: words in capitals, then "(" or a
 * dash; before it two words or more, 70% of the longer ones capitalised. */
static uint32_t glued_headline_end(const ctx *x) {
  /* (most articles open with a lower-case word second: no scan) */
  if (!x->nsent || x->headline[0] || x->t0 + 3 >= x->t1 || !is_cap(x, x->t0) ||
      !is_cap(x, x->t0 + 1))
    return x->t0;
  uint32_t lim = x->nsent > 1 ? x->sfirst[1] : x->t1;
  for (uint32_t p = x->t0 + 3; p < lim && p < x->t0 + 40; p++) {
    if (x->inq[p - x->t0]) break;
    if (x->tk[p].kind != SL_TOK_PUNCT || !(is_punct(x, p, '(') || ttext_is_dash(x, p))) continue;
    uint32_t h = p;
    while (h > x->t0 && p - h < 4 && x->tk[h - 1].kind == SL_TOK_WORD &&
           (x->tk[h - 1].flags & SL_TF_UPPER) && x->tk[h - 1].span.len >= 2)
      h--;
    if (h == p) return x->t0;
    uint32_t words = 0, caps = 0;
    for (uint32_t t = x->t0; t < h; t++) {
      if (x->tk[t].kind != SL_TOK_WORD) {
        if (x->tk[t].kind == SL_TOK_PUNCT && (is_punct(x, t, '.') || is_punct(x, t, ',')))
          return x->t0;
        continue;
      }
      if (x->tk[t].span.len < 4) continue;
      words++;
      caps += (x->tk[t].flags & (SL_TF_CAP | SL_TF_UPPER)) != 0;
    }
    return words >= 2 && caps * 10 >= words * 7 ? h : x->t0;
  }
  /* "Keel Urges Calm on Ferry Fares, Will Meet With Varne and Dorsey
   * Mayor Keel said …": with no dateline, a title-cased opening of
   * three capitalised runs or more, six longer capitalised words, a small
   * word between them that joins no name ("to", "with", "as"), up to the
   * first lower-case word of the body; the body opens with the last run */
  uint32_t runs = 0, longcap = 0, last = x->t0;
  bool small = false;
  for (uint32_t t = x->t0; t < lim && t < x->t0 + 40; t++) {
    if (x->inq[t - x->t0]) return x->t0;
    if (x->tk[t].kind == SL_TOK_PUNCT) {
      if (!is_punct(x, t, ',') && !is_punct(x, t, ':') && !abbrev_dot(x, t)) return x->t0;
      continue;
    }
    if (x->tk[t].kind != SL_TOK_WORD) return x->t0;
    if (is_cap(x, t)) {
      if (t == x->t0 || !(is_cap(x, t - 1) || abbrev_dot(x, t - 1))) runs++, last = t;
      longcap += x->tk[t].span.len >= 4;
      continue;
    }
    if (!tin(x, t, SMALL)) {
      if (runs >= 3 && longcap >= 6 && small && last > x->t0 && is_cap(x, t - 1)) return last;
      return x->t0;
    }
    small = small || !(tis(x, t, "and") || tis(x, t, "of") || tis(x, t, "the"));
  }
  return x->t0;
}

/* The index in x->caps of the first capitalised token from t (x->ncaps
 * if none). */
static uint32_t caps_from(const ctx *x, uint32_t t) {
  uint32_t lo = 0, hi = x->ncaps;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (x->caps[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* A word of tokens [a, e) has a digit ("DC-10"). */
static bool run_has_digit(const ctx *x, uint32_t a, uint32_t e) {
  for (uint32_t k = a; k < e; k++) {
    size_t n;
    const char *w = ttext(x, k, &n);
    for (size_t i = 0; i < n; i++)
      if (w[i] >= '0' && w[i] <= '9') return true;
  }
  return false;
}

/* Collects the full names (2+ words, not organisations) of one article,
 * and lists its capitalised tokens on the way (x->caps: each one the walk
 * stops at, and those inside the runs it steps over). */
static void collect_names(ctx *x) {
  uint32_t si = 0, next = x->nsent > 1 ? x->sfirst[1] : x->t1;
  uint32_t start = glued_headline_end(x);
  x->ncaps = 0;
  for (uint32_t t = x->t0; t < start; t++) /* a glued headline's: listed, never names */
    if (is_cap(x, t)) x->caps[x->ncaps++] = t;
  for (uint32_t t = start; t < x->t1;) {
    while (t < x->t1 && !is_cap(x, t)) t++; /* most tokens (si follows below) */
    if (t >= x->t1) break;
    x->caps[x->ncaps++] = t;
    while (t >= next && si + 1 < x->nsent) {
      si++;
      next = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
    }
    if (!is_cap(x, t) || x->headline[si]) {
      t++;
      continue;
    }
    /* "Amy ``Kay'' Lund": a first name, a nickname in marks, the surname;
     * the full name without the nickname (thirty-first pass) */
    /* (up to three words: "Tomas “Big Net” Arvell"; thirty-seventh pass) */
    if (t + 4 < x->t1 && is_quote(x, t + 1) && (x->tk[t + 1].flags & SL_TF_OPEN) &&
        is_cap(x, t + 2)) {
      uint32_t c = t + 3;
      while (c < x->t1 && c < t + 5 && x->tk[c].kind == SL_TOK_WORD && is_cap(x, c)) c++;
      if (c + 1 < x->t1 && is_quote(x, c) && (x->tk[c].flags & SL_TF_CLOSE) && is_cap(x, c + 1) &&
          first_name_at(x, t))
        nickname_name(x, t, c + 1);
    }
    /* most capitalised words stand alone (no capitalised word, initial or
     * connector after them, no title before): skip them before any lookup */
    uint32_t n = t + 1;
    if (n >= x->t1 ||
        !(is_cap(x, n) || (x->tk[n].kind == SL_TOK_PUNCT && abbrev_dot(x, n)) ||
          (is_lower(x, n) && x->tk[n].span.len <= 3 && tin(x, n, CONN)) ||
          (is_lower(x, n) && (tis(x, n, "sans") || tis(x, n, "della"))))) {
      t++;
      continue;
    }
    uint32_t e;
    if (!cap_run(x, t, x->t1, &e)) {
      t++;
      continue;
    }
    /* a run that starts a sentence may begin with an ordinary word; most
     * runs are one word: skip those before building any text */
    uint32_t a = t;
    bool person = false;
    ntmemo memo = {0};
    while (e - a >= 2 && tin(x, a, NOTNAME)) a++;
    if (e - t >= 2 || (t > x->t0 && is_lower(x, t - 1) && tin(x, t - 1, TITLES))) {
      uint32_t core = name_core(x, t, e);
      if (core < e) {
        record_title(x, &memo, t, core, e);
        record_gender(x, &memo, t, core, e);
      }
      if (e - core >= 2) a = core, person = titled_person(x, t, core, e);
      /* "Secretary of State Clinton": a one-word name after its title */
      else if (core > a && core < e) a = core;
    }
    /* "the Arizona Republican": a description, not a name */
    bool the = tis(x, t, "the") || (t > x->t0 && tis(x, t - 1, "the"));
    /* "the District of Columbia Joseph Marco": a person after the
     * description's words (name_core stopped at a first name) */
    if (the && a > t && !tis(x, a - 1, "the") && first_name_at(x, a)) the = false;
    /* "The Muhammad Ali who danced …": a person's name after "The" opening
     * the sentence (twenty-eighth pass) */
    if (the && a == t + 1 && tis(x, t, "the") && first_name_at(x, a) && e - a >= 2 &&
        !name_is_org(x, a, e))
      the = false;
    /* ("Continental DC-10", "Boeing 747": a model, no one's name;
     * twenty-eighth pass, read after the other tests) */
    if (e - a >= 2 && !the && (person || !name_is_org(x, a, e)) &&
        !party_description(x, a, e) && /* "Republican of Ohio" (seventeenth pass) */
        !run_has_digit(x, a, e) && name_text_memo(x, &memo, a, e) >= 2 && !x->oom) {
      add_name(x);
      if (a == t && !x->oom) coordinated_first(x, t);
      if (x->oom) return;
    }
    for (uint32_t k = t + 1; k < e; k++) /* (the run's own capitalised tokens) */
      if (is_cap(x, k)) x->caps[x->ncaps++] = k;
    t = e;
  }
}

/* Length of full name s without a generational suffix ("Thomas M. Davis
 * III" -> "Thomas M. Davis", "Domenic M. Recchia Jr." -> "… Recchia"), so
 * that "Mr. Davis" finds it; len when there is none. */
static size_t name_core_len_slow(const char *s, size_t len);
/* most names end with no suffix: that test inlined at every caller */
static inline size_t name_core_len(const char *s, size_t len) {
  if (len < 4 || !(s[len - 1] == '.' || s[len - 1] == 'r' || s[len - 1] == 'I' ||
                   s[len - 1] == 'V'))
    return len;
  return name_core_len_slow(s, len);
}
static size_t name_core_len_slow(const char *s, size_t len) {
  static const char *const SUFFIX[] = {" Jr.", " Jr", " Sr.", " Sr", " II", " III", " IV", NULL};
  static const size_t SUFLEN[] = {4, 3, 4, 3, 3, 4, 3};
  if (len < 4 || !(s[len - 1] == '.' || s[len - 1] == 'r' || s[len - 1] == 'I' ||
                   s[len - 1] == 'V'))
    return len; /* most names: no suffix can end them */
  if (s[len - 1] == 'r' && !(s[len - 3] == ' ' && (s[len - 2] == 'J' || s[len - 2] == 'S')))
    return len; /* "Baker": only " Jr" and " Sr" end with 'r' */
  for (int i = 0; SUFFIX[i]; i++) {
    size_t n = SUFLEN[i];
    if (len > n && !memcmp(s + len - n, SUFFIX[i], n)) {
      size_t l = len - n;
      if (l && s[l - 1] == ',') l--;
      return memchr(s, ' ', l) ? l : len; /* two words left at least */
    }
  }
  return len;
}

/* Full name s (len bytes) ends with the word w (n bytes), a suffix aside. */
static inline bool name_ends_with(const char *s, size_t len, const char *w, size_t n) {
  len = name_core_len(s, len);
  return len > n && s[len - n - 1] == ' ' && !memcmp(s + len - n, w, n);
}

/* First word and last word (a suffix aside) of full name s, as offsets. */
static void name_ends(const char *s, size_t len, size_t *fl, size_t *lo, size_t *ll) {
  size_t cl = name_core_len(s, len), l = cl;
  const char *sp = memchr(s, ' ', len);
  while (l && s[l - 1] != ' ') l--;
  *fl = sp ? (size_t)(sp - s) : len, *lo = l, *ll = cl - l;
}

/* A full name with a generational suffix ("Donald Trump Jr.") that a
 * one-word form of the current article ("Trump", "Mr. Trump") does not
 * stand for: the article writes the surname with a title ("President
 * Trump") that the story gives a bare name of the same first and last
 * words ("President Donald Trump") and never the suffixed one.  The son
 * named once beside his father the president is not the one "Mr. Trump
 * tweeted" means; "James R. Clapper Jr." and "James Clapper", one man
 * titled alike by two outlets, stay one (eighteenth pass). */
static bool suffix_shadowed(const ctx *x, const char *s, size_t len) {
  if (name_core_len(s, len) == len) return false;
  size_t fl, lo, ll;
  name_ends(s, len, &fl, &lo, &ll);
  uint32_t wid = sl_strmap_get(&x->tnames, s + lo, ll), sid = sl_strmap_get(&x->tnames, s, len);
  if (wid == UINT32_MAX) return false;
  for (size_t i = 0; i < x->titles.n; i++) {
    const ttl *r = &x->titles.a[i];
    if (r->ai != x->ai || r->name != wid) continue;
    bool own = false, bare = false;
    for (size_t j = 0; j < x->titles.n && !own; j++) {
      const ttl *q = &x->titles.a[j];
      if (q->title != r->title) continue;
      if (q->name == sid) {
        own = true;
        continue;
      }
      size_t l2, f2, o2, n2;
      const char *t = sl_strmap_key(&x->tnames, q->name, &l2);
      if (name_core_len(t, l2) < l2 || !memchr(t, ' ', l2)) continue;
      name_ends(t, l2, &f2, &o2, &n2);
      bare |= f2 == fl && n2 == ll && !memcmp(s, t, fl) && !memcmp(s + lo, t + o2, ll);
    }
    if (bare && !own) return true;
  }
  return false;
}

/* Indexes every full name under its last and first word; the most frequent
 * name (then the first seen) wins a shared word. */
static void index_shorts(ctx *x) {
  size_t nn = sl_strmap_count(&x->names);
  /* surnames first, then first names that are no one's surname ("Trump"
   * is Donald Trump's, not "Trump Tower"'s; fifteenth pass) */
  size_t nsur = 0; /* shorts' ids below it are surnames (ids are sequential) */
  if (!sl_vec_reserve(&x->nfw, nn)) {
    x->oom = true;
    return;
  }
  for (int pass = 0; pass < 2; pass++, nsur = sl_strmap_count(&x->shorts))
  for (uint32_t id = 0; id < nn; id++) {
    size_t len;
    const char *s = sl_strmap_key(&x->names, id, &len);
    const char *sp = memchr(s, ' ', len);
    if (!pass) x->nfw.a[x->nfw.n++] = (uint32_t)(sp ? (size_t)(sp - s) : len);
    size_t cl = name_core_len(s, len);
    const char *lp = s + cl;
    while (lp > s && lp[-1] != ' ') lp--;
    const char *keys[2] = {s, lp};
    size_t klen[2] = {(size_t)(sp - s), cl - (size_t)(lp - s)};
    for (int k = pass ? 0 : 1; k < (pass ? 1 : 2); k++) {
      bool added;
      uint32_t sid = sl_strmap_intern(&x->shorts, keys[k], klen[k], &added);
      if (pass && sid < nsur) continue; /* a surname's key (found, not added) */
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
/* The full name a one-word form in x->tmp stands for: the most frequent
 * full name of the current article that starts or ends with it, else of
 * the story; NULL if none. */
static uint8_t first_name_gender_n(const char *name, size_t len);

/* A full name s of length len whose first name does not contradict the
 * gender g of an honorific (0 = none). */
static bool gender_fits(const char *s, size_t len, uint8_t g) {
  if (!g) return true;
  uint8_t f = first_name_gender_n(s, len);
  return !f || f == g;
}

static const char *resolve_short_g(ctx *x, uint8_t g) {
  const char *best = NULL;
  size_t blen = 0;
  uint32_t bn = 0;
  bool bknown = false;
  /* a surname of the article's names is no first name ("Trump" is not
   * "Trump Tower"'s; fifteenth pass): the names ending with the form are
   * chosen from first, those starting with it only when there are none */
  bool surname = false;
  const char *fbest = NULL, *mbest = NULL;
  size_t fblen = 0, mblen = 0;
  uint32_t fbn = 0;
  bool fbknown = false;
  for (size_t k = x->astart[x->ai]; k < x->astart[x->ai + 1]; k++) {
    size_t len;
    const char *s = sl_strmap_key(&x->names, x->anames.a[k].id, &len);
    size_t n = x->tmp.len;
    bool first = len > n && s[n] == ' ' && !memcmp(s, x->tmp.p, n);
    bool last = name_ends_with(s, len, x->tmp.p, n);
    surname = surname || last;
    if (!(first || last) || !gender_fits(s, len, g) || suffix_shadowed(x, s, len)) continue;
    /* with an honorific, a first name of that gender wins over one of
     * unknown gender ("Mr. Obama": Barack Obama, not Malia Obama) */
    bool known = g && first_name_gender_n(s, len) == g;
    if (last && ((known && !bknown) || (known == bknown && x->anames.a[k].n > bn)))
      best = s, blen = len, bn = x->anames.a[k].n, bknown = known;
    if (!last && ((known && !fbknown) || (known == fbknown && x->anames.a[k].n > fbn)))
      fbest = s, fblen = len, fbn = x->anames.a[k].n, fbknown = known;
  }
  /* "Chavez" in "Hugo Chavez Frias": the first of two surnames after a
   * first name, when no name of the article ends with the form
   * (thirty-second pass) */
  for (size_t k = x->astart[x->ai]; !surname && k < x->astart[x->ai + 1] && !mbest; k++) {
    size_t len, n = x->tmp.len;
    const char *s = sl_strmap_key(&x->names, x->anames.a[k].id, &len);
    if (len <= n + 4) continue;
    uint32_t id = x->anames.a[k].id; /* (its first space read once, index_shorts) */
    const char *sp = id < x->nfw.n ? (x->nfw.a[id] < len ? s + x->nfw.a[id] : NULL)
                                   : memchr(s, ' ', len),
               *end = s + len;
    if (sp && end - sp > (ptrdiff_t)n + 2 && sp[1] == x->tmp.p[0] && sp[n + 1] == ' ' &&
        sp[n + 2] >= 'A' && sp[n + 2] <= 'Z' && !memcmp(sp + 1, x->tmp.p, n) &&
        !memchr(sp + n + 2, ' ', (size_t)(end - (sp + n + 2))) && first_name_gender_n(s, len) &&
        gender_fits(s, len, g))
      mbest = s, mblen = len;
  }
  if (!surname && mbest)
    best = mbest, blen = mblen, bknown = g && first_name_gender_n(mbest, mblen) == g;
  else if (!surname && fbest) best = fbest, blen = fblen, bn = fbn, bknown = fbknown;
  if (g && !bknown) {
    /* none of that gender in the article: one in the story, unless it is
     * the article's person under another first name ("Ben Jealous" for
     * "Benjamin Todd Jealous": same initial) */
    size_t nn = sl_strmap_count(&x->names), n = x->tmp.len;
    uint32_t fn = 0;
    const char *alt = NULL;
    size_t alen = 0;
    for (uint32_t id = 0; id < nn; id++) {
      size_t l;
      const char *s = sl_strmap_key(&x->names, id, &l);
      bool last = name_ends_with(s, l, x->tmp.p, n);
      if (last && first_name_gender_n(s, l) == g && x->ncount.a[id] > fn &&
          !suffix_shadowed(x, s, l))
        alt = s, alen = l, fn = x->ncount.a[id];
    }
    if (alt && (!best || best[0] != alt[0])) best = alt, blen = alen;
  }
  if (best) return sl_arena_strndup(&x->q->arena, best, blen);
  uint32_t sid = sl_strmap_get(&x->shorts, x->tmp.p, x->tmp.len);
  if (sid == UINT32_MAX) return NULL;
  size_t len;
  const char *full = sl_strmap_key(&x->names, x->sval.a[sid], &len);
  if (!gender_fits(full, len, g) || suffix_shadowed(x, full, len)) {
    /* "Mr. Obama" where "Malia Obama" is the most frequent: the most
     * frequent full name of the story that fits the honorific */
    full = NULL;
    uint32_t fn = 0;
    size_t nn = sl_strmap_count(&x->names), n = x->tmp.len;
    for (uint32_t id = 0; id < nn; id++) {
      size_t l;
      const char *s = sl_strmap_key(&x->names, id, &l);
      bool first = l > n && s[n] == ' ' && !memcmp(s, x->tmp.p, n);
      bool last = name_ends_with(s, l, x->tmp.p, n);
      if ((first || last) && x->ncount.a[id] > fn && gender_fits(s, l, g) &&
          !suffix_shadowed(x, s, l))
        full = s, len = l, fn = x->ncount.a[id];
    }
    if (!full) return NULL;
  }
  return sl_arena_strndup(&x->q->arena, full, len);
}

static const char *resolve_short(ctx *x) { return resolve_short_g(x, 0); }

/* Full name s (len bytes) whose capitalised words' initials spell the
 * acronym w (n bytes, periods ignored: "ACLU", "N.A.A.C.P."); lower-case
 * words ("of", "for") are skipped, any other word breaks the match. */
static bool initials_spell_at(const char *s, size_t len, const char *w, size_t n);
static bool initials_spell(const char *s, size_t len, const char *w, size_t n) {
  if (initials_spell_at(s, len, w, n)) return true;
  /* "FWS" for "U.S. Fish and Wildlife Service": a dotted country before
   * the name may be left out (eighteenth pass) */
  const char *sp = memchr(s, ' ', len);
  if (!sp || !memchr(s, '.', (size_t)(sp - s)) || (size_t)(sp - s) > 5) return false;
  size_t off = (size_t)(sp - s) + 1;
  return initials_spell_at(s + off, len - off, w, n);
}
static bool initials_spell_at(const char *s, size_t len, const char *w, size_t n) {
  size_t k = 0, words = 0;
  for (size_t i = 0; i < len;) {
    while (k < n && w[k] == '.') k++;
    if (s[i] >= 'A' && s[i] <= 'Z') {
      if (k >= n || s[i] != w[k]) return false;
      k++, words++;
    } else if (!(s[i] >= 'a' && s[i] <= 'z')) {
      return false;
    } else if (k == n && words >= 3) {
      return true; /* "WWF": "World Wildlife Fund for Nature" (twenty-first pass) */
    }
    while (i < len && s[i] != ' ') i++;
    while (i < len && s[i] == ' ') i++;
  }
  while (k < n && w[k] == '.') k++;
  return k == n && words >= 2;
}

/* Sets x->tmp to the n bytes at s (NUL-terminated, the NUL not counted). */
static void tmp_set(ctx *x, const char *s, size_t n) {
  x->tmp.len = 0;
  sl_buf_put(&x->tmp, s, n);
  sl_buf_putc(&x->tmp, '\0');
  x->tmp.len--;
  if (x->tmp.oom) x->oom = true;
}

/* While attributing, the article's organisations (capitalised runs of two
 * words or more that name one) are read once into x->orgs: each acronym
 * and each short form looks there.  Clobbers x->tmp. */
static void load_orgs(ctx *x) {
  if (x->orgs_gen == x->cgen) return;
  x->orgs.n = x->oname.len = 0, x->orgs_gen = x->cgen;
  const uint32_t *cp = x->caps, *ce = x->caps + x->ncaps;
  for (uint32_t t = glued_headline_end(x), e; !x->oom;) {
    while (cp < ce && *cp < t) cp++; /* to the next capitalised token */
    if (cp == ce) break;
    t = *cp;
    if (x->headline[tsent(x, t)] || !cap_run(x, t, x->t1, &e)) {
      t++;
      continue;
    }
    if (e - t >= 2 && name_is_org(x, t, e) && name_text(x, t, e) >= 2) {
      sl_span o = {(uint32_t)x->oname.len, (uint32_t)x->tmp.len};
      sl_buf_put(&x->oname, x->tmp.p, x->tmp.len);
      if (x->oname.oom || !sl_vec_push(&x->orgs, o)) x->oom = true;
    }
    t = e;
  }
}

/* "the Safari Club": the article's organisation whose name is the form in
 * x->tmp (two words or more) and one or two words more ("Safari Club
 * International"); NULL if none (eighteenth pass). */
static const char *org_fuller(ctx *x) {
  if (!x->cache) return NULL;
  size_t n = x->tmp.len;
  char w[96];
  if (n >= sizeof w) return NULL;
  memcpy(w, x->tmp.p, n);
  load_orgs(x);
  const char *r = NULL;
  for (size_t i = 0; i < x->orgs.n && !r; i++) {
    const char *o = x->oname.p + x->orgs.a[i].off;
    size_t ol = x->orgs.a[i].len, sp = 0;
    if (ol <= n + 1 || o[n] != ' ' || memcmp(o, w, n)) continue;
    for (size_t k = n + 1; k < ol; k++) sp += o[k] == ' ';
    if (sp <= 1) r = sl_arena_strndup(&x->q->arena, o, ol);
  }
  /* "the Marine Fisheries Service": the one organisation of the article
   * whose name ends with the form after one or two words more ("National
   * Marine Fisheries Service"; twenty-second pass) */
  const char *suf = NULL;
  size_t sl = 0;
  bool two = false;
  for (size_t i = 0; i < x->orgs.n && !r && !two; i++) {
    const char *o = x->oname.p + x->orgs.a[i].off;
    size_t ol = x->orgs.a[i].len, sp = 0;
    if (ol <= n + 1 || o[ol - n - 1] != ' ' || memcmp(o + ol - n, w, n)) continue;
    for (size_t k = 0; k < ol - n - 1; k++) sp += o[k] == ' ';
    if (sp > 1) continue;
    if (suf && (sl != ol || memcmp(suf, o, ol))) two = true;
    suf = o, sl = ol;
  }
  /* its first word written capitalised inside a sentence (not "Fellow"
   * opening one) */
  bool inside = false;
  size_t fl = suf && !two ? (size_t)((const char *)memchr(suf, ' ', sl) - suf) : 0;
  for (uint32_t k = x->t0; k < x->t1 && fl && !inside; k++) {
    size_t m;
    const char *v = ttext(x, k, &m);
    inside = m == fl && !memcmp(v, suf, fl) && k != x->sfirst[tsent(x, k)] &&
             !x->headline[tsent(x, k)];
  }
  if (!r && inside) r = sl_arena_strndup(&x->q->arena, suf, sl);
  /* "the Truth Commission": the one organisation of the article with the
   * same first and last words and "and …" between them ("Truth and
   * Reconciliation Commission"; twenty-ninth pass) */
  const char *sp1 = memchr(w, ' ', n), *spn = w + n;
  while (spn > w && spn[-1] != ' ') spn--;
  size_t fw = sp1 ? (size_t)(sp1 - w) : 0, lw = n - (size_t)(spn - w);
  const char *mid = NULL;
  size_t ml = 0;
  for (size_t i = 0; i < x->orgs.n && !r && fw && sp1 + 1 == spn; i++) {
    const char *o = x->oname.p + x->orgs.a[i].off;
    size_t ol = x->orgs.a[i].len;
    if (ol <= n + 5 || memcmp(o, w, fw + 1) || memcmp(o + fw + 1, "and ", 4) ||
        o[ol - lw - 1] != ' ' || memcmp(o + ol - lw, spn, lw))
      continue;
    if (mid && (ml != ol || memcmp(mid, o, ol))) {
      mid = NULL;
      break;
    }
    mid = o, ml = ol;
  }
  if (!r && mid) r = sl_arena_strndup(&x->q->arena, mid, ml);
  tmp_set(x, w, n); /* x->tmp holds the form again */
  return r;
}

/* "a Corps brochure": the one organisation of the article whose name has
 * the word in x->tmp as a word of its own, not the first ("Army Corps of
 * Engineers"); NULL if none or several (twenty-second pass). */
static const char *org_with_word(ctx *x) {
  if (!x->cache) return NULL;
  size_t n = x->tmp.len;
  char w[48];
  if (n >= sizeof w || n < 3) return NULL;
  memcpy(w, x->tmp.p, n);
  load_orgs(x);
  const char *r = NULL;
  size_t rl = 0;
  for (size_t i = 0; i < x->orgs.n; i++) {
    const char *o = x->oname.p + x->orgs.a[i].off;
    size_t ol = x->orgs.a[i].len;
    bool has = false;
    for (size_t k = 1; k + n <= ol && !has; k++)
      has = o[k - 1] == ' ' && !memcmp(o + k, w, n) && (k + n == ol || o[k + n] == ' ');
    if (!has) continue;
    if (r && (rl != ol || memcmp(r, o, ol))) {
      r = NULL;
      break;
    }
    r = o, rl = ol;
  }
  tmp_set(x, w, n);
  return r ? sl_arena_strndup(&x->q->arena, r, rl) : NULL;
}

/* Whether an organisation of the article may be one whose initials spell
 * the acronym w (n bytes), while attributing: initials_spell needs two
 * capitalised words of its name in a row whose initials are w's first two
 * letters, with only lower-case words and abbreviations' periods between
 * them, outside quotations.  The article's pairs of such initials are read
 * once (x->pairs) from its capitalised tokens (x->caps), each gap read up
 * to what breaks it.  Reading the organisations (load_orgs) costs several
 * times that, and most one-word capitals resolved here are a dateline's
 * city ("LONDON", "CAIRO"), spelled by no pair. */
static bool acronym_may_spell(ctx *x, const char *w, size_t n) {
  if (x->pairs_gen != x->cgen) {
    memset(x->pairs, 0, sizeof x->pairs);
    x->pairs_gen = x->cgen;
    char prev = 0;  /* initial of the capitalised word before, 0 when broken */
    uint32_t pt = 0; /* that word's token */
    for (uint32_t i = 0; i < x->ncaps; i++) {
      uint32_t c = x->caps[i];
      char l = x->text[x->tk[c].span.off];
      if (l >= 'a' && l <= 'z') continue; /* "diGenova": a lower-case word, read in the gap */
      /* the gap from the one before: lower-case words and periods only */
      for (uint32_t k = pt + 1; prev && k < c; k++)
        if (x->inq[k - x->t0] ||
            (x->tk[k].kind == SL_TOK_WORD ? (x->tk[k].flags & (SL_TF_CAP | SL_TF_UPPER)) != 0
                                          : !abbrev_dot(x, k)))
          prev = 0;
      if (x->inq[c - x->t0] || l < 'A' || l > 'Z') { /* "Ángel": no initial of an acronym */
        prev = 0;
        continue;
      }
      if (prev) x->pairs[prev - 'A'] |= 1u << (l - 'A');
      prev = l, pt = c;
    }
  }
  char c0 = 0, c1 = 0;
  for (size_t i = 0; i < n && !c1; i++)
    if (w[i] != '.') *(c0 ? &c1 : &c0) = w[i];
  return (x->pairs[c0 - 'A'] >> (c1 - 'A')) & 1u;
}

/* The organisation an acronym in x->tmp stands for (2-8 capital letters):
 * the first capitalised run of the article that names an organisation and
 * whose initials spell it ("the ACLU" = "The American Civil Liberties
 * Union"); NULL if none.  Organisations are not collected as names, so the
 * article is scanned (only for an acronym no name resolves). */
static const char *acronym_name(ctx *x) {
  char w[24];
  size_t n = x->tmp.len, caps = 0;
  if (n >= sizeof w) return NULL;
  memcpy(w, x->tmp.p, n);
  for (size_t i = 0; i < n; i++) {
    if (w[i] >= 'A' && w[i] <= 'Z') caps++;
    else if (w[i] != '.') return NULL;
  }
  if (caps < 2 || caps > 8) return NULL;
  const char *r = NULL;
  if (x->cache && acronym_may_spell(x, w, n)) {
    load_orgs(x);
    for (size_t i = 0; i < x->orgs.n && !r && !x->oom; i++) {
      const char *o = x->oname.p + x->orgs.a[i].off;
      if (initials_spell(o, x->orgs.a[i].len, w, n))
        r = sl_arena_strndup(&x->q->arena, o, x->orgs.a[i].len);
    }
  }
  for (uint32_t t = x->t0, e; t < x->t1 && !r && !x->oom && !x->cache;) {
    if (!is_cap(x, t) || x->headline[tsent(x, t)] || !cap_run(x, t, x->t1, &e)) {
      t++;
      continue;
    }
    if (e - t >= 2 && name_is_org(x, t, e) && name_text(x, t, e) >= 2 &&
        initials_spell(x->tmp.p, x->tmp.len, w, n))
      r = sl_arena_strndup(&x->q->arena, x->tmp.p, x->tmp.len);
    t = e;
  }
  tmp_set(x, w, n); /* x->tmp holds the acronym again */
  return r;
}

static uint8_t gender_of(const ctx *x, const char *name);

/* Several people of the article share the surname in x->tmp ("Jesse L.
 * Jackson Jr.", his father "Jesse L. Jackson", his wife "Sandra Jackson",
 * "Michael Jackson"): "Mr. Jackson" / "Jackson said" at token t is the one
 * whose gender fits g (0 = any) that the article names first before t (the
 * full name written out, not inside a longer one): news names its subject
 * first and gives relatives their first names.  NULL when fewer than two
 * fit or none is named before t, so the usual rules apply. */
/* Index of the full name of cand (nc of them, lengths clen) that the
 * article writes out first before token t (not inside a longer name); nc
 * when none is written before t. */
static size_t named_first(const ctx *x, uint32_t t, const char *const *cand, const size_t *clen,
                          size_t nc) {
  const char *text = x->text;
  size_t end = x->tk[t].span.off, best = end, bi = nc;
  for (size_t i = 0; i < nc; i++) {
    size_t l = clen[i], stop = SL_MIN(end + 1 >= l ? end + 1 - l : 0, best); /* o < stop */
    for (size_t o = 0; o < stop; o++) {
      /* to the next byte that starts the name (a call, not a byte loop) */
      const char *f = memchr(text + o, cand[i][0], stop - o);
      if (!f) break;
      o = (size_t)(f - text);
      if (memcmp(text + o, cand[i], l)) continue;
      if (o && isalnum((unsigned char)text[o - 1])) continue;
      const char *e = text + o + l;
      if (isalnum((unsigned char)*e) || *e == '\'' ||
          (e[0] == ' ' && (isupper((unsigned char)e[1]) || e[1] == '\''))) /* (tokenized "X 's") */
        continue; /* part of a longer name ("Jesse L. Jackson" in "… Jackson Jr.") */
      best = o, bi = i;
      break;
    }
  }
  return bi;
}

/* Of the full names cand, the one written out last before token t as a
 * quotation's speaker next to its cue ("Seth Hutchinson said", "said Seth
 * Hutchinson"), when no other of them was written out since; nc when none
 * (fourteenth pass). */
static void fill_capstart(ctx *x);
static size_t spoke_recently(ctx *x, uint32_t t, const char *const *cand, const size_t *clen,
                             size_t nc) {
  size_t last = nc; /* the candidate written out last (without a cue) */
  fill_capstart(x); /* pass 2: from one run's start to the one before */
  for (uint32_t k = t; k-- > x->t0;) {
    if (x->capstart && (k = x->capstart[k - x->t0]) == UINT32_MAX) break;
    if (!is_cap(x, k) || (k > x->t0 && is_cap(x, k - 1))) continue;
    const char *o = x->text + x->tk[k].span.off;
    for (size_t i = 0; i < nc; i++) {
      if (o[0] != cand[i][0] || memcmp(o, cand[i], clen[i])) continue;
      size_t end = x->tk[k].span.off + clen[i];
      uint32_t e = k;
      while (e < t && x->tk[e].span.off < end) e++;
      if (e >= t || x->tk[e].span.off != end + 1 || !is_word(x, e)) continue;
      if (last != nc && last != i) return nc; /* another one named since */
      if (is_cue(x, e) || (k > x->t0 && is_cue(x, k - 1))) return i;
      last = i;
    }
  }
  return nc;
}

static const char *same_surname(ctx *x, uint32_t t, uint8_t g) {
  const char *w = x->tmp.p;
  size_t n = x->tmp.len, nc = 0;
  const char *cand[8];
  size_t clen[8];
  for (size_t k = x->astart[x->ai]; k < x->astart[x->ai + 1] && nc < 8; k++) {
    size_t len;
    const char *s = sl_strmap_key(&x->names, x->anames.a[k].id, &len);
    if (!name_ends_with(s, len, w, n) || !gender_fits(s, len, g) || suffix_shadowed(x, s, len))
      continue;
    uint8_t sg = g ? gender_of(x, s) : 0;
    if (sg && sg != g) continue;
    cand[nc] = s, clen[nc++] = len;
  }
  if (nc < 2) return NULL;
  x->posread = true; /* (only now does the answer depend on t) */
  size_t bi = spoke_recently(x, t, cand, clen, nc);
  if (bi == nc) bi = named_first(x, t, cand, clen, nc);
  return bi < nc ? sl_arena_strndup(&x->q->arena, cand[bi], clen[bi]) : NULL;
}

/* Gender evidence the story has for the full name s (len bytes): an
 * honorific written with that full name or a pronoun after it (gnames,
 * story-wide), and the first-name lists; 0 when there is none or the
 * evidence disagrees. */
static uint8_t name_evidence(const ctx *x, const char *s, size_t len) {
  uint8_t g = first_name_gender_n(s, len);
  uint32_t id = sl_strmap_get(&x->gnames, s, len);
  if (id != UINT32_MAX) g |= x->gval.a[id];
  return g == 3 ? 0 : g;
}

/* Mentions of the surname w (n bytes) after a title the story also gives
 * the full name s (len bytes): "President Obama" is "President Barack
 * Obama", not one of his daughters.  (Two passes over the story's titles,
 * cached; only the first eight titles of s are looked at.) */
static uint32_t titled_mentions(ctx *x, const char *s, size_t len, const char *w, size_t n) {
  uint32_t sid = sl_strmap_get(&x->tnames, s, len), wid = sl_strmap_get(&x->tnames, w, n), c = 0;
  if (sid == UINT32_MAX || wid == UINT32_MAX) return 0;
  /* the same surname is resolved again and again: counts are cached
   * while no title is added */
  if (x->tmc_t != x->titles.n) x->tmc_n = 0, x->tmc_t = x->titles.n;
  for (size_t i = 0; i < x->tmc_n && i < SL_COUNTOF(x->tmc); i++)
    if (x->tmc[i][0] == wid && x->tmc[i][1] == sid) return x->tmc[i][2];
  uint32_t ts[8];
  size_t nt = 0;
  for (size_t i = 0; i < x->titles.n && nt < SL_COUNTOF(ts); i++)
    if (x->titles.a[i].name == sid) {
      size_t k = 0;
      while (k < nt && ts[k] != x->titles.a[i].title) k++;
      if (k == nt) ts[nt++] = x->titles.a[i].title;
    }
  for (size_t i = 0; i < x->titles.n && nt; i++)
    if (x->titles.a[i].name == wid)
      for (size_t k = 0; k < nt; k++)
        if (ts[k] == x->titles.a[i].title) {
          c++;
          break;
        }
  uint32_t *e = x->tmc[x->tmc_n++ % SL_COUNTOF(x->tmc)];
  e[0] = wid, e[1] = sid, e[2] = c;
  return c;
}

/* The person candidate i of cs (nc full names sharing a surname, lengths
 * cl) is one form of: the index of the first candidate with the same
 * initial, after stripping leading words that make another candidate
 * ("Premier Lucien Bouchard" is "Lucien Bouchard"; "Donald J. Trump" and
 * "Donald Trump" are one person). */
static size_t person_key(const char *const *cs, const size_t *cl, size_t nc, size_t i) {
  const char *s = cs[i];
  size_t l = cl[i];
  for (size_t j = 0; j < nc; j++) /* the shortest candidate ending s */
    if (cl[j] + 1 < l && s[l - cl[j] - 1] == ' ' && !memcmp(s + l - cl[j], cs[j], cl[j]))
      s = cs[j], l = cl[j];
  for (size_t j = 0; j < nc; j++)
    if (cs[j][0] == s[0]) return j;
  return i;
}

/* The full name an honorific of gender g (1 "Mr.", 2 "Mrs."/"Ms.") before
 * the surname in x->tmp (token t) stands for (tenth pass).  Candidates
 * are the story's full names ending with it (and the article's starting
 * with it); one whose known gender (name_evidence) contradicts the
 * honorific is out.  Forms with the same initial are one person ("Donald
 * J. Trump", "Donald Trump").  The person wins who is known to match,
 * of the article first among those (its own form: "William Kristol"
 * where the story says "Bill Kristol"), then whom the story names most
 * (full names and titled surnames), then of the article: "Mr. Obama" is
 * Barack Obama, titled "President" as "President Obama" is, not Malia
 * Obama of the article.  When that is a person of the article and it
 * names several, the one named first before t wins (as in same_surname).
 * The person is returned under the form its article uses most (else the
 * story's most frequent).  NULL when no candidate is left. */
enum { HCAND = 16 };
static const char *honor_resolve(ctx *x, uint32_t t, uint8_t g) {
  size_t nn = sl_strmap_count(&x->names), n = x->tmp.len, nc = 0;
  const char *w = x->tmp.p;
  struct {
    const char *s;
    size_t len;
    uint32_t story, art;
    bool known;
  } c[HCAND];
  uint32_t ids[HCAND];
  bool out = false; /* a candidate contradicted the honorific */
  /* the article's names ending or starting with it */
  for (size_t k = x->astart[x->ai]; k < x->astart[x->ai + 1] && nc < HCAND; k++) {
    uint32_t id = x->anames.a[k].id;
    size_t len;
    const char *s = sl_strmap_key(&x->names, id, &len);
    bool first = len > n && s[n] == ' ' && !memcmp(s, w, n);
    if ((!first && !name_ends_with(s, len, w, n)) || suffix_shadowed(x, s, len)) continue;
    uint8_t e = name_evidence(x, s, len);
    if (e && e != g) {
      out = true;
      continue;
    }
    c[nc].s = s, c[nc].len = len, c[nc].art = x->anames.a[k].n, c[nc].known = e == g;
    c[nc].story = x->ncount.a[id], ids[nc++] = id;
  }
  /* the story's others ending with it */
  size_t na = nc;
  for (uint32_t id = 0; id < nn && nc < HCAND; id++) {
    size_t len, i = 0;
    const char *s = sl_strmap_key(&x->names, id, &len);
    if (!name_ends_with(s, len, w, n) || suffix_shadowed(x, s, len)) continue;
    while (i < na && ids[i] != id) i++;
    if (i < na) continue;
    uint8_t e = name_evidence(x, s, len);
    if (e && e != g) {
      out = true;
      continue;
    }
    c[nc].s = s, c[nc].len = len, c[nc].art = 0, c[nc].known = e == g;
    c[nc].story = x->ncount.a[id], ids[nc++] = id;
  }
  /* the person of each candidate (person_key) */
  const char *cs[HCAND];
  size_t cl[HCAND], pk[HCAND];
  for (size_t i = 0; i < nc; i++) cs[i] = c[i].s, cl[i] = c[i].len;
  for (size_t i = 0; i < nc; i++) pk[i] = person_key(cs, cl, nc, i);
  bool people = false; /* two people or more: the titled surnames count */
  for (size_t i = 1; i < nc && !people; i++) people = pk[i] != pk[0];
  for (size_t i = 0; i < nc && people; i++)
    c[i].story += titled_mentions(x, c[i].s, c[i].len, w, n);
  /* per person: known if any form is, its counts summed */
  uint32_t key[HCAND][4];
  size_t ainit = HCAND;
  bool several = false; /* persons of the article */
  for (size_t i = 0; i < nc; i++) {
    memset(key[i], 0, sizeof key[i]);
    for (size_t j = 0; j < nc; j++)
      if (pk[j] == pk[i])
        key[i][0] |= c[j].known, key[i][2] += c[j].story, key[i][3] |= c[j].art > 0;
    key[i][1] = key[i][0] && key[i][3]; /* known and of the article: its own form wins */
    if (c[i].art) several |= ainit < nc && ainit != pk[i], ainit = pk[i];
  }
  size_t bi = nc, r;
  for (size_t i = 0; i < nc; i++) {
    int cmp = 0;
    for (int k = 0; k < 4 && bi < nc && !cmp; k++)
      cmp = key[i][k] > key[bi][k] ? 1 : key[i][k] < key[bi][k] ? -1 : 0;
    if (bi == nc || cmp > 0) bi = i;
  }
  if (bi == nc) /* all contradict it: someone the story does not name in full */
    return out ? sl_arena_strndup(&x->q->arena, w, n) : NULL;
  /* the best one of the article, but several people of the article: the
   * one it names first before t, as in same_surname */
  if (several && key[bi][3]) {
    x->posread = true;
    const char *ka[HCAND];
    size_t kl[HCAND], kn = 0;
    for (size_t i = 0; i < nc; i++)
      if (c[i].art) ka[kn] = c[i].s, kl[kn++] = c[i].len;
    size_t f = spoke_recently(x, t, ka, kl, kn);
    if (f == kn) f = named_first(x, t, ka, kl, kn);
    if (f < kn) return sl_arena_strndup(&x->q->arena, ka[f], kl[f]);
  }
  /* its form: the article's most used, else the story's */
  r = bi;
  for (size_t j = 0; j < nc; j++)
    if (pk[j] == pk[bi] &&
        (c[j].art > c[r].art || (c[j].art == c[r].art && c[j].story > c[r].story)))
      r = j;
  return sl_arena_strndup(&x->q->arena, c[r].s, c[r].len);
}

/* The full name of the current article that `fits` the form in x->tmp
 * (its first n bytes; fl: the offset of the form's first space, for the
 * tests that need it) and that the article writes most often, as a fresh
 * copy; NULL if none. */
typedef bool name_fit_fn(const char *s, size_t len, const char *f, size_t n, size_t fl);
static const char *article_name_fit(ctx *x, size_t n, size_t fl, name_fit_fn *fits) {
  const char *best = NULL;
  size_t blen = 0;
  uint32_t bn = 0;
  for (size_t k = x->astart[x->ai]; k < x->astart[x->ai + 1]; k++) {
    size_t len;
    const char *s = sl_strmap_key(&x->names, x->anames.a[k].id, &len);
    if (fits(s, len, x->tmp.p, n, fl) && x->anames.a[k].n > bn)
      best = s, blen = len, bn = x->anames.a[k].n;
  }
  return best ? sl_arena_strndup(&x->q->arena, best, blen) : NULL;
}

/* s is the form f with a regnal numeral ("John Paul" -> "John Paul II"). */
static bool regnal_of(const char *s, size_t len, const char *f, size_t n, size_t fl) {
  (void)fl;
  return len >= n + 2 && len <= n + 5 && s[n] == ' ' && !memcmp(s, f, n) &&
         strspn(s + n + 1, "IVX") == len - n - 1;
}

/* s is the two-word form f with a middle name ("Halima Fazul" -> "Halima
 * Badroudine Fazul") or a second surname ("Hugo Chavez" -> "Hugo Chavez
 * Frias"), and no generational suffix. */
static bool fuller_of(const char *s, size_t len, const char *f, size_t n, size_t fl) {
  if (len <= n + 1 || memcmp(s, f, fl + 1)) return false; /* the first name */
  size_t core = name_core_len(s, len), ll = n - fl - 1;
  if (core != len) return false;
  bool middle = core > n + 1 && s[core - ll - 1] == ' ' && !memcmp(s + core - ll, f + fl + 1, ll);
  bool second = !memcmp(s, f, n) && s[n] == ' ' && s[n + 1] >= 'A' && s[n + 1] <= 'Z' &&
                !memchr(s + n + 1, ' ', len - n - 1) && strspn(s + n + 1, "IVX") != len - n - 1;
  return middle || second;
}

/* s is the form f with one word more before it, a first name (or any
 * word before a particle: "da Silva" is "Josue da Silva"; twenty-sixth
 * pass): "Wasserman Schultz" -> "Debbie Wasserman Schultz". */
static bool first_name_more(const char *s, size_t len, const char *f, size_t n, size_t fl) {
  (void)fl;
  if (len <= n + 1 || !name_ends_with(s, len, f, n) || memchr(s, ' ', len - n - 1)) return false;
  return (f[0] >= 'a' && f[0] <= 'z') || first_name_gender_n(s, len);
}

/* s ends with the surname f ("Douglas" -> "Bob Douglas"). */
static bool surname_of(const char *s, size_t len, const char *f, size_t n, size_t fl) {
  (void)fl;
  return name_ends_with(s, len, f, n);
}

/* The one-word names' answers kept while attributing an article (see
 * resolve_name_now), direct-mapped by the name's text. */
enum { R1C_SLOTS = 256 }; /* power of two */
typedef struct r1c {
  uint32_t gen, len;
  uint8_t g;             /* the honorific's gender */
  const char *key, *res; /* the name as written, its answer (arena) */
} r1c;
/* The slot of the name in x->tmp (allocated at the first call); NULL when
 * not attributing or out of memory. */
static r1c *r1c_slot(ctx *x) {
  if (!x->cache) return NULL;
  if (!x->r1c) { /* only the generations zeroed (x->cgen is 1 or more here) */
    if (!(x->r1c = malloc(R1C_SLOTS * sizeof *x->r1c))) return NULL;
    for (size_t i = 0; i < R1C_SLOTS; i++) x->r1c[i].gen = 0;
  }
  return &x->r1c[word_hash(x->tmp.p, x->tmp.len) & (R1C_SLOTS - 1)];
}
/* Keeps answer r for the name in x->tmp and gender g in slot c (if any),
 * unless the position was read. */
static void r1c_put(ctx *x, r1c *c, uint8_t g, const char *r) {
  const char *key;
  if (c && r && !x->posread && (key = sl_arena_strndup(&x->q->arena, x->tmp.p, x->tmp.len)))
    *c = (r1c){x->cgen, (uint32_t)x->tmp.len, g, key, r};
}

static const char *resolve_name_now(ctx *x, uint32_t a, uint32_t b) {
  size_t w = name_text(x, a, b);
  if (!w || x->oom) return NULL;
  if (w == 1) {
    /* the gender of an honorific before the name ("Mr. Obama") */
    uint32_t h = a;
    if (h > x->t0 && is_punct(x, h - 1, '.')) h--;
    uint8_t g = 0;
    if (h > x->t0 && (tis(x, h - 1, "mr") || tis(x, h - 1, "mr."))) g = 1;
    if (h > x->t0 && (tis(x, h - 1, "ms") || tis(x, h - 1, "ms.") || tis(x, h - 1, "mrs") ||
                      tis(x, h - 1, "mrs.")))
      g = 2;
    /* the answer depends on the name's text and the honorific's gender
     * alone within the article unless several of its names (or of its
     * persons, for an honorific) end with it, when same_surname or
     * honor_resolve read the position: the others are kept per article,
     * while attributing (r1c; a fresh copy given, as ever; x->tmp holds
     * the name as written either way) */
    r1c *c1 = r1c_slot(x);
    if (c1 && c1->gen == x->cgen && c1->g == g && c1->len == x->tmp.len &&
        !memcmp(c1->key, x->tmp.p, c1->len))
      return sl_arena_strndup(&x->q->arena, c1->res, strlen(c1->res));
    x->posread = false;
    const char *r = g ? honor_resolve(x, a, g) : NULL;
    if (!r) r = same_surname(x, a, g);
    if (!r) r = resolve_short_g(x, g);
    if (!r) r = acronym_name(x); /* "the ACLU" */
    if (!r) {
      uint32_t sid = sl_strmap_get(&x->shorts, x->tmp.p, x->tmp.len);
      size_t len = x->tmp.len;
      const char *full = x->tmp.p; /* (no form of the story's: the name as written, as below) */
      if (sid != UINT32_MAX) full = sl_strmap_key(&x->names, x->sval.a[sid], &len);
      r = sl_arena_strndup(&x->q->arena, full, len);
    }
    r1c_put(x, c1, g, r);
    return r;
  }
  /* "Wasserman Schultz": a two-word form that ends a longer full name of
   * the article by one more word ("Debbie Wasserman Schultz"), the most
   * frequent such, whose extra word is a first name; not a form that
   * opens with a first name itself (twelfth pass: a short form is the
   * full name the story uses elsewhere) */
  /* ("Abdel Salam" after "Mohammad Abdel Salam": "Abdel", "Abu" open a
   * compound name, not a first one; twenty-eighth pass) */
  /* (the tests below read these once; nothing below writes x->tmp before
   * the last of them) */
  bool org = w >= 2 && name_is_org(x, a, b);
  bool dot = w == 2 && memchr(x->tmp.p, '.', x->tmp.len);
  bool compound = x->tmp.len > 4 && (x->tmp.p[0] | 0x20) == 'a' && /* (most fail here) */
                  (!strncasecmp(x->tmp.p, "abdel ", 6) ||
                   !strncasecmp(x->tmp.p, "abdul ", 6) ||
                   !strncasecmp(x->tmp.p, "abd ", 4) ||
                   !strncasecmp(x->tmp.p, "abu ", 4));
  /* ("van der Berg", "de la Cruz": a surname with two particles or more;
   * thirty-sixth pass) */
  bool particles = w >= 3 && w <= 4 && x->tmp.p[0] >= 'a' && x->tmp.p[0] <= 'z';
  if ((w == 2 || particles) && !dot && !(particles && memchr(x->tmp.p, '.', x->tmp.len)) &&
      (compound || !first_name_gender_n(x->tmp.p, x->tmp.len)) && !org) {
    const char *r = article_name_fit(x, x->tmp.len, 0, first_name_more);
    if (r) return r;
  }
  /* "Trump Jr.": a surname and its generational suffix, the full name of
   * the article (else the story) that ends with them (fifteenth pass) */
  const char *sp2 = w == 2 ? memchr(x->tmp.p, ' ', x->tmp.len) : NULL;
  if (sp2 && (sp2[1] == 'J' || sp2[1] == 'S' || sp2[1] == 'I') && /* (most fail here) */
      (!strcmp(sp2, " Jr.") || !strcmp(sp2, " Jr") || !strcmp(sp2, " Sr.") ||
       !strcmp(sp2, " Sr") || !strcmp(sp2, " II") || !strcmp(sp2, " III"))) {
    const char *best = NULL;
    size_t blen = 0, n = x->tmp.len;
    uint32_t bn = 0;
#define ENDS(s, len) ((len) > n && (s)[(len) - n - 1] == ' ' && !memcmp((s) + (len) - n, x->tmp.p, n))
    for (size_t k = x->astart[x->ai]; k < x->astart[x->ai + 1]; k++) {
      size_t len;
      const char *s = sl_strmap_key(&x->names, x->anames.a[k].id, &len);
      if (ENDS(s, len) && x->anames.a[k].n > bn) best = s, blen = len, bn = x->anames.a[k].n;
    }
    size_t nn = sl_strmap_count(&x->names);
    for (uint32_t id = 0; bn == 0 && id < nn; id++) {
      size_t len;
      const char *s = sl_strmap_key(&x->names, id, &len);
      if (ENDS(s, len) && (!best || x->ncount.a[id] > x->ncount.a[sl_strmap_get(&x->names, best, blen)]))
        best = s, blen = len;
    }
#undef ENDS
    if (best) return sl_arena_strndup(&x->q->arena, best, blen);
  }
  /* "John Paul" after "Pope John Paul II": a name the article also writes
   * with a regnal numeral is that one ("Jr."/"Sr." name another person;
   * thirty-first pass) */
  if (w >= 2) {
    const char *r = article_name_fit(x, x->tmp.len, 0, regnal_of);
    if (r) return r;
  }
  /* "Halima Fazul" after "Halima Badroudine Fazul", "Hugo Chavez" after
   * "Hugo Chavez Frias": a two-word name the article also writes with a
   * middle name or a second surname is that name (the article's fullest
   * form; not "Jr."/"Sr.", another person; thirty-second pass) */
  if (w == 2 && !dot && !org) {
    const char *r = article_name_fit(x, x->tmp.len, (size_t)(sp2 - x->tmp.p), fuller_of);
    if (r) return r;
  }
  if (w >= 2 && org) {
    const char *r = org_fuller(x);
    if (r) return r;
  }
  /* "Joe Arpaio of Maricopa County": a person's name ends before "of
   * <place>" (the name collected without it) */
  for (size_t i = 0; w >= 3 && i + 4 < x->tmp.len; i++)
    if (!memcmp(x->tmp.p + i, " of ", 4)) {
      if (sl_strmap_get(&x->names, x->tmp.p, i) != UINT32_MAX)
        return sl_arena_strndup(&x->q->arena, x->tmp.p, i);
      /* "says Douglas of Mayo Clinic": a surname of the article's full
       * name before "of" (thirty-second pass) */
      if (memchr(x->tmp.p, ' ', i)) break;
      const char *r = article_name_fit(x, i, 0, surname_of);
      if (r) return r;
      break;
    }
  return sl_arena_strndup(&x->q->arena, x->tmp.p, x->tmp.len);
}

/* resolve_name's answers while attributing an article: the same name is
 * resolved again by each quotation near it (topic, salience, last person).
 * A hit gives what a call gives: a fresh copy of the answer (a speaker's
 * pointer is compared by identity when quotations are grouped) and x->tmp
 * holding the name as written. */
enum { RNC_SLOTS = 256 }; /* power of two */
typedef struct rnc {
  uint32_t gen, a, b, tmplen;
  const char *res; /* the answer (arena; NULL: none) */
  const char *tmp; /* x->tmp after the call (arena) */
} rnc;

static const char *resolve_name(ctx *x, uint32_t a, uint32_t b) {
  if (!x->cache) return resolve_name_now(x, a, b);
  if (!x->rnc) { /* only the generations zeroed (x->cgen is 1 or more here), not 10 KB */
    if (!(x->rnc = malloc(RNC_SLOTS * sizeof *x->rnc))) x->oom = true;
    for (size_t i = 0; x->rnc && i < RNC_SLOTS; i++) x->rnc[i].gen = 0;
  }
  if (x->oom) return NULL;
  rnc *e = &x->rnc[((a * 31u + b) * 2654435761u) >> 23 & (RNC_SLOTS - 1)];
  if (e->gen == x->cgen && e->a == a && e->b == b) {
    tmp_set(x, e->tmp, e->tmplen);
    if (x->oom) return NULL;
    return e->res ? sl_arena_strndup(&x->q->arena, e->res, strlen(e->res)) : NULL;
  }
  const char *r = resolve_name_now(x, a, b);
  if (x->oom) return r;
  const char *t = sl_arena_strndup(&x->q->arena, x->tmp.p ? x->tmp.p : "", x->tmp.len);
  if (t) *e = (rnc){x->cgen, a, b, (uint32_t)x->tmp.len, r, t};
  return r;
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
static bool name_at_run(const ctx *x, uint32_t t, uint32_t e, np *r);
static bool name_at(const ctx *x, uint32_t t, uint32_t lim, np *r) {
  uint32_t e;
  return t < lim && cap_run(x, t, lim, &e) && name_at_run(x, t, e, r);
}
/* name_at() once the capitalised run [t, e) is known (np_right reads it once) */
static bool name_at_run(const ctx *x, uint32_t t, uint32_t e, np *r) {
  if (ends_possessive(x, e - 1)) return false;
  uint32_t a = name_core(x, t, e);
  if (a >= e || party_description(x, a, e)) return false;
  *r = (np){NP_NAME, a, e, tis(x, t, "the") || name_is_org(x, a, e), false};
  return true;
}

/* The word t after a name is a verb, not a title before another name:
 * "Diaz accused Kim", "Trump praised Kim" (past tense, speech acts,
 * verbs of putting out a text), not "Kelby Traders chair Amir Hussain". */
static bool verb_after_name(const ctx *x, uint32_t t, uint32_t lim) {
  if (t >= lim || !is_lower(x, t)) return false;
  if (tin(x, t, SPEECHACT) || tin(x, t, ISSUES) || tin(x, t, ADVERBS)) return true;
  size_t n;
  const char *w = ttext(x, t, &n);
  /* "Ada Brook formally endorsed Ann Weiss": an -ly adverb before the
   * verb (twelfth pass) */
  if (n > 4 && !memcmp(w + n - 2, "ly", 2) && t + 1 < lim && !x->inq[t + 1 - x->t0] &&
      verb_after_name(x, t + 1, lim))
    return true;
  return n > 4 && !memcmp(w + n - 2, "ed", 2) && !tin(x, t, TITLES) && !tin(x, t, SOURCES);
}

/* Lower-case title words then a name: "chair Amir Hussain" ("of" only
 * inside them: "director of communications Ann Lee", not "Nina Holt of
 * Marcum L.L.P."). *nw (if not NULL): the title words read, maxw when the
 * reading stopped there (fewer: a larger maxw reads the same words and
 * gives the same answer). */
static bool titled_name(const ctx *x, uint32_t j, uint32_t lim, int maxw, np *r);
static bool titled_name_n(const ctx *x, uint32_t j, uint32_t lim, int maxw, np *r, int *nw) {
  int n = 0;
  while (j < lim && n < maxw && !x->inq[j - x->t0] &&
         ((is_lower(x, j) && !tin(x, j, PREPS) && !tin(x, j, DETS) && !is_cue(x, j) &&
           !tis(x, j, "of")) ||
          x->tk[j].kind == SL_TOK_NUM || (n > 0 && tis(x, j, "of")) ||
          /* "chairman and chief executive" (thirtieth pass) */
          (n > 0 && tis(x, j, "and") && j + 1 < lim && is_lower(x, j + 1) &&
           title_index(x, j - 1) >= 0)))
    j++, n++;
  if (nw) *nw = n;
  if (!(n > 0 && name_at(x, j, lim, r))) return false;
  /* "former Riverton High swim coach Walter Orr": the name reached is the
   * institution inside the title, the person after its own title words
   * (thirty-fourth pass) */
  np p2;
  if (!verb_after_name(x, r->b, lim) && titled_name(x, r->b, lim, 2, &p2) && !p2.org) {
    *r = p2;
    return true;
  }
  /* "former Housing and Urban Development Secretary Julián Castro": a
   * title whose office has "and" in it; the name after the title word */
  np r2;
  if (r->b + 1 < lim && tis(x, r->b, "and") && !x->inq[r->b - x->t0] && is_cap(x, r->b + 1) &&
      name_at(x, r->b + 1, lim, &r2) && !r2.org && r2.a > r->b + 1 && r2.b - r2.a >= 2 &&
      is_cap(x, r2.a - 1) && tin(x, r2.a - 1, TITLES))
    *r = r2;
  return true;
}

static bool titled_name(const ctx *x, uint32_t j, uint32_t lim, int maxw, np *r) {
  return titled_name_n(x, j, lim, maxw, r, NULL);
}

/* "former U.S. attorney for the District of Columbia Joseph Marco
 * blasted …": a title description of up to 14 words, capitalised words
 * and "for the …" in it, ending with a person's name (a common first name
 * and a surname) followed by its verb (fourteenth pass). */
static bool long_titled_name(const ctx *x, uint32_t t, uint32_t lim, np *r) {
  for (uint32_t j = t; j < lim && j < t + 14 && !x->inq[j - x->t0]; j++) {
    if (x->tk[j].kind != SL_TOK_WORD) {
      if (abbrev_dot(x, j) || is_punct(x, j, '.')) continue; /* "U.S." */
      return false;
    }
    if (!is_cap(x, j)) {
      if (tin(x, j, PRONOUNS)) return false;
      continue;
    }
    if (j == t || j + 1 >= lim || !is_cap(x, j + 1) || !first_name_at(x, j) ||
        !name_at(x, j, lim, r) || r->a != j || r->org || r->b < j + 2 ||
        !verb_after_name(x, r->b, lim))
      continue;
    /* a title among the words before, no cue */
    bool title = false;
    for (uint32_t k = t; k < j; k++) {
      if (is_lower(x, k) && is_cue(x, k)) return false;
      title = title || title_index(x, k) >= 0 || (is_lower(x, k) && occupation_word(x, k));
    }
    return title;
  }
  return false;
}

/* "The council's chief executive, Priya Raman, ..." / "One of the
 * teenagers, 16-year-old Abi Carter, said": the name in apposition. */
static bool appositive_after(const ctx *x, uint32_t t, uint32_t lim, np *r) {
  uint32_t j = t;
  /* "the Executive Director of the Heritage Board of Vermont, Ellen
   * Marsh": a title and its body, capitalised words joined by "of",
   * "the", "and", may run longer (thirty-fourth pass) */
  uint32_t reach = t + 8;
  for (;;) {
    while (j < lim && j < reach && !x->inq[j - x->t0] && !is_punct(x, j, ',') && !is_cue(x, j)) {
      /* "One user who lives near Austin, Tex.,": a relative clause, not
       * a description before a name */
      if (tis(x, j, "who") || tis(x, j, "which") || tis(x, j, "that")) return false;
      j++;
    }
    if (j != t + 8 || reach != t + 8) break;
    bool body = true; /* the words so far a title and its body */
    for (uint32_t k = t; k < j && body; k++)
      body = is_cap(x, k) || tis(x, k, "of") || tis(x, k, "the") || tis(x, k, "and");
    if (!body) break;
    reach = t + 14;
  }
  if (j >= lim || !is_punct(x, j, ',')) return false;
  uint32_t k = j + 1;
  for (int i = 0; i < 2 && k < lim && (x->tk[k].kind == SL_TOK_NUM || is_lower(x, k)); i++) {
    /* "a statement from the ministry, headed by X": the name after a
     * preposition is another's, no apposition (twenty-second pass) */
    if (tin(x, k, PREPS)) return false;
    k++;
  }
  np n;
  if (!name_at(x, k, lim, &n)) return false;
  /* "A lawyer for Mr. Grimm, William McGinley of Patton Boggs, confirmed":
   * the person's firm or place after "of", up to the closing comma */
  uint32_t nb = n.b, fe;
  if (!n.org && nb + 1 < lim && tis(x, nb, "of") && cap_run(x, nb + 1, lim, &fe) && fe < lim &&
      is_punct(x, fe, ','))
    nb = fe;
  /* "…, Dr Ilse Marten of the Tolmar Institute." (thirty-sixth pass) */
  else if (!n.org && nb + 2 < lim && tis(x, nb, "of") && tis(x, nb + 1, "the") &&
           cap_run(x, nb + 2, lim, &fe) &&
           (fe >= lim || is_punct(x, fe, ',') || is_punct(x, fe, '.') || is_cue(x, fe)))
    nb = fe;
  if (nb < lim && !is_punct(x, nb, ',') && !is_punct(x, nb, '.') && !is_cue(x, nb))
    return false;
  *r = n;
  return true;
}

/* ---- time phrases (tenth pass) --------------------------------------- */

enum { TMX_TIME = 1, TMX_SEEN = 2, TMX_ENDSEEN = 4, TMX_END = 8 }; /* x->tmx bits (and is_cue's) */

/* "late", "early", "mid", "earlier", "later" before a time phrase at t. */
static bool time_modifier(const ctx *x, uint32_t t) {
  return t > x->t0 && is_lower(x, t - 1) &&
         (tis(x, t - 1, "late") || tis(x, t - 1, "early") || tis(x, t - 1, "mid") ||
          tis(x, t - 1, "earlier") || tis(x, t - 1, "later"));
}

/* Marks TMX_TIME on the time phrases of tokens [a, b) (one sentence, a
 * few tokens next to a cue), so that a subject is read past them: "The
 * mayor this morning says", "Hale on Tuesday night posted", "Cole,
 * earlier this month, told".  The phrases are the timeline's temporal
 * expressions (sl_timex_tag; no sets, and "a day after the vote" is no
 * plain time phrase) with the preposition or modifier before them ("on",
 * "in", "at", "during", "late", "early", "mid", "earlier", "later");
 * lengths of time only after "for"/"over" or with "the" ("the following
 * week").  A phrase is marked only where it cannot be part of a name: it
 * starts with a lower-case word, a weekday or month of DAYS, after a
 * comma or at the start of its sentence ("Theresa May said" keeps its
 * "May").  Tagging the whole article instead cost a quarter of the
 * digest (docs/quotes.md), so only the window of a cue is tagged, once. */
static void mark_times(const ctx *x, uint32_t a0, uint32_t b0) {
  uint32_t seen = 0;
  for (uint32_t k = a0; k < b0; k++) seen += (x->tmx[k - x->t0] & TMX_SEEN) != 0;
  if (b0 <= a0 || seen == b0 - a0) return;
  for (uint32_t k = a0; k < b0; k++) x->tmx[k - x->t0] |= TMX_SEEN;
  const sl_token *ft = &x->tk[a0], *lt = &x->tk[b0 - 1];
  sl_timex tx[32];
  size_t nx = sl_timex_tag(x->text + ft->span.off, lt->span.off + lt->span.len - ft->span.off,
                           SL_NO_DATE, tx, 32);
  if (nx > 32) nx = 32;
  uint32_t t = a0;
  for (size_t i = 0; i < nx; i++) {
    if (tx[i].type == SL_TIMEX_SET) continue;
    uint32_t off = ft->span.off + tx[i].off, end = off + tx[i].len;
    while (t < b0 && x->tk[t].span.off < off) t++;
    uint32_t a = t;
    while (t < b0 && x->tk[t].span.off + x->tk[t].span.len <= end) t++;
    uint32_t b = t;
    if (b <= a || x->inq[a - x->t0]) continue;
    bool dur = tx[i].type == SL_TIMEX_DURATION;
    if (!dur && time_modifier(x, a)) a--;
    /* "in the spring of 2024", "late on Friday"; a length of time only
     * after "for"/"over" or with "the", not "a day after the vote" */
    uint32_t pr = a > x->t0 + 1 && tis(x, a - 1, "the") ? a - 1 : a;
    if (pr > x->t0 && (tis(x, pr - 1, "on") || tis(x, pr - 1, "in") || tis(x, pr - 1, "at") ||
                       tis(x, pr - 1, "during") ||
                       (dur && (tis(x, pr - 1, "for") || tis(x, pr - 1, "over"))))) {
      a = pr - 1;
      if (time_modifier(x, a)) a--;
    } else if (dur && !tis(x, a, "the")) {
      continue;
    }
    if (!(is_lower(x, a) || tin(x, a, DAYS) || a == x->sfirst[tsent(x, a)] ||
          (a > x->t0 && is_punct(x, a - 1, ','))))
      continue;
    for (uint32_t k = a; k < b; k++)
      if (!x->inq[k - x->t0]) x->tmx[k - x->t0] |= TMX_TIME;
  }
}

/* Token t may end a time phrase (a number, or a word that ends one in the
 * tagger's own vocabulary: "morning", "week", "Friday", "ago"), so the
 * tagger runs only there. */
static bool time_end(const ctx *x, uint32_t t) {
  if (!x->times) return false;
  if (x->tk[t].kind == SL_TOK_NUM) return true;
  if (x->tk[t].kind != SL_TOK_WORD || x->tk[t].span.len < 3 || x->tk[t].span.len > 9)
    return false;
  uint8_t *m = &x->tmx[t - x->t0];
  if (!(*m & TMX_ENDSEEN)) {
    size_t n;
    const char *w = ttext(x, t, &n);
    *m |= TMX_ENDSEEN | (sl_timex_end_word(w, n) ? TMX_END : 0);
  }
  return *m & TMX_END;
}

/* Token t is in a time phrase (tag the window [a, b) around it first). */
static bool in_time(const ctx *x, uint32_t t, uint32_t a, uint32_t b) {
  if (!x->times) return false;
  if (!(x->tmx[t - x->t0] & TMX_SEEN)) mark_times(x, a, b);
  return x->tmx[t - x->t0] & TMX_TIME;
}

/* Reads a noun phrase starting at t (forward), up to lim; after_cue: the
 * phrase follows a cue ("said water safety officer Dee Moran"). */
static bool word_in(const ctx *x, uint32_t t, const char *const *list);
static bool is_close(const ctx *x, uint32_t t);
/* A word that alone names a group of people: a plural noun ("residents",
 * "officials") or a collective one ("police"); no adverb, preposition,
 * pronoun or cue. */
static bool bare_group(const ctx *x, uint32_t t) {
  if (!is_lower(x, t) || x->inq[t - x->t0] || tin(x, t, ADVERBS) || tin(x, t, PREPS) ||
      tin(x, t, PRONOUNS) || is_cue(x, t) || tin(x, t, DETS))
    return false;
  if (word_in(x, t, COLLECTIVE)) return true;
  size_t n;
  const char *w = ttext(x, t, &n);
  /* a plural's s: not "-ss", "-'s", "-us", "-is" ("witness", "status", "crisis") */
  return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != '\'' && w[n - 2] != 'u' &&
         w[n - 2] != 'i';
}
static np np_right(const ctx *x, uint32_t t, uint32_t lim, bool after_cue) {
  np r = {NP_NONE, t, t, false, false};
  if (t >= lim || x->inq[t - x->t0]) return r;
  if (tin(x, t, PRONOUNS)) {
    r.kind = NP_PRON, r.b = t + 1;
    return r;
  }
  /* "da Silva, a former salesman, said": a surname's lower-case particle
   * opening the phrase (twenty-sixth pass) */
  static const char *const PARTICLE[] = {"da", "de", "dos", "das", "van", "von", "del",
                                         "della", "di", "du", "bin", "ibn", NULL};
  if (is_lower(x, t) && t + 1 < lim && is_cap(x, t + 1) && !x->inq[t + 1 - x->t0] &&
      word_in(x, t, PARTICLE)) {
    np pn;
    if (name_at(x, t + 1, lim, &pn) && pn.a == t + 1 && !pn.org)
      return (np){NP_NAME, t, pn.b, false, false};
  }
  /* "President and Party Chief Wu Bangguo": two titles joined by "and"
   * before the name (thirty-first pass) */
  if (is_cap(x, t) && t + 2 < lim && tis(x, t + 1, "and") && is_cap(x, t + 2) &&
      !x->inq[t + 2 - x->t0] && title_index(x, t) >= 0) {
    np tn = np_right(x, t + 2, lim, after_cue);
    if (tn.kind == NP_NAME && !tn.org && tn.a > t + 2) return tn;
  }
  /* "Amy “Kay” Lund, …": the surname after the nickname, which resolves
   * to the full name (nickname_name; thirty-first pass) */
  if (t + 4 < lim && is_cap(x, t) && is_quote(x, t + 1) && (x->tk[t + 1].flags & SL_TF_OPEN)) {
    uint32_t c = t + 3; /* (a nickname of up to three words; thirty-seventh pass) */
    while (c < lim && c < t + 5 && x->tk[c].kind == SL_TOK_WORD && is_cap(x, c)) c++;
    np sn;
    if (c + 1 < lim && is_quote(x, c) && (x->tk[c].flags & SL_TF_CLOSE) && is_cap(x, c + 1) &&
        !x->inq[c + 1 - x->t0] && first_name_at(x, t) && name_at(x, c + 1, lim, &sn) &&
        sn.a == c + 1 && !sn.org)
      return sn;
  }
  np n, m;
  /* the capitalised run at t, [t, re), read once for the rules below */
  uint32_t re = t;
  bool run = is_cap(x, t) && !tin(x, t, DETS) && cap_run(x, t, lim, &re);
  /* "South Bend, Ind., Mayor Pete Buttigieg": a place and its state before
   * a title; the titled name is the phrase */
  if (is_cap(x, t) && !tin(x, t, DETS)) {
    uint32_t e = re, q;
    if (run && e - t <= 3 && e + 1 < lim && is_punct(x, e, ',') &&
        is_cap(x, e + 1) && !x->inq[e + 1 - x->t0]) {
      q = e + 2;
      if (q < lim && (is_punct(x, q, '.') || abbrev_dot(x, q))) q++;
      if (q + 2 < lim && is_punct(x, q, ',') && is_cap(x, q + 1) && tin(x, q + 1, TITLES) &&
          !x->inq[q + 1 - x->t0]) {
        np tn = np_right(x, q + 1, lim, after_cue);
        if (tn.kind == NP_NAME && tn.a > q + 1) return tn;
      }
    }
  }
  if (is_cap(x, t) && !tin(x, t, DETS)) {
    /* "Lund's campaign", "Mr. Grimm's lawyers": who speaks for the owner
     * (tenth pass) */
    uint32_t pe = re;
    if (run && (ends_possessive(x, pe - 1) || plural_poss_before(x, pe - 1, lim))) {
      uint32_t h = pe;
      if (h + 1 < lim && is_lower(x, h) && !poss_head(x, h) && !x->inq[h - x->t0] &&
          is_lower(x, h + 1) && poss_head(x, h + 1))
        h++;
      /* not before the name itself ("Trump's personal lawyer John Dowd") */
      if (h < lim && is_lower(x, h) && poss_head(x, h) && !x->inq[h - x->t0] &&
          !(h + 1 < lim && is_cap(x, h + 1))) {
        /* "said Wang's wife, Hu Jiangxia, who …": the name in apposition
         * (thirty-fourth pass) */
        if (h + 2 < lim && is_punct(x, h + 1, ',') && appositive_after(x, t, lim, &m) && !m.org &&
            m.a == h + 2)
          return m;
        return (np){NP_NOM, t, h + 1, false, false};
      }
      /* "said Harvard's Epstein", "said Fox's Chris Wallace": the name
       * after its institution's possessive (twenty-first pass) */
      if (after_cue && pe < lim && is_cap(x, pe) && !x->inq[pe - x->t0] &&
          name_at(x, pe, lim, &n) && !n.org) {
        /* "said Ohio's Budget Director, Ann Lee": a capitalised title
         * ends the run, the name in apposition after it (thirty-first
         * pass) */
        if (n.b < lim && is_punct(x, n.b, ',') && title_index(x, n.b - 1) >= 0 &&
            appositive_after(x, t, lim, &m))
          return m;
        return n;
      }
    }
    if (run && name_at_run(x, t, re, &n)) {
      /* "Kelby Traders chair Amir Hussain", "Opposition leader Sandra Holt" */
      bool verb = verb_after_name(x, n.b, lim);
      int tw = 0;
      if (!verb && titled_name_n(x, n.b, lim, 2, &m, &tw)) return m;
      /* "GM chairman and chief executive John Smith": titles joined by
       * "and" (thirtieth pass; read again only when two title words were
       * read above) */
      if (!verb && tw == 2 && titled_name(x, n.b, lim, 5, &m)) {
        bool titles = true;
        for (uint32_t k = n.b; k < m.a && titles; k++)
          titles = title_index(x, k) >= 0 || tis(x, k, "and") || tis(x, k, "chief") ||
                   tis(x, k, "executive") || tis(x, k, "officer") || tis(x, k, "vice") ||
                   tis(x, k, "deputy") || occupation_word(x, k);
        if (titles) return m;
      }
      /* "say Pier Road traders", "said Obama aides": a group named by a
       * plural noun after the name, kept as written */
      if (n.b < lim && is_lower(x, n.b) && !x->inq[n.b - x->t0]) {
        size_t hn;
        const char *h = ttext(x, n.b, &hn);
        uint32_t nx = n.b + 1;
        size_t fl;
        const char *fw = ttext(x, n.a, &fl);
        bool person = n.b - n.a == 1 && sl_strmap_get(&x->shorts, fw, fl) != UINT32_MAX;
        if (hn > 3 && h[hn - 1] == 's' && h[hn - 2] != 's' && !person && !tin(x, n.b, ADVERBS) &&
            !tin(x, n.b, PREPS) && !tin(x, n.b, PRONOUNS) && !is_cue(x, n.b) &&
            (nx >= lim || (x->tk[nx].kind != SL_TOK_WORD && !is_quote(x, nx)) || is_cue(x, nx) ||
             tin(x, nx, PREPS) ||
             /* "Company officials defended …, insisting": the group is the
              * clause's subject before its verb (eleventh pass) */
             verb_after_name(x, nx, lim)))
          return (np){NP_NOM, t, n.b + 1, false, true};
      }
      return n;
    }
    /* title words only ("American singer John Legend") */
    uint32_t e = re;
    if (run && titled_name(x, e, lim, 2, &m) &&
        !(e == t + 1 && tin(x, t, NOTNAME) && m.a < m.b && title_index(x, m.b - 1) < 0 &&
          long_titled_name(x, e, lim, &n) && n.a > m.a))
      return m;
    /* "But former U.S. attorney … Joseph Marco blasted" */
    if (e == t + 1 && tin(x, t, NOTNAME) && e < lim && is_lower(x, e) &&
        long_titled_name(x, e, lim, &m))
      return m;
    if (appositive_after(x, t, lim, &m)) return m;
    if (!tin(x, t, DETS)) return r;
  }
  /* "according to the Department of Transport's chief spokesperson": a
   * body's name with "of" in it, its possessive, then who speaks for it
   * (thirty-fourth pass) */
  if (tis(x, t, "the") && t + 1 < lim && is_cap(x, t + 1)) {
    uint32_t e;
    if (cap_run(x, t + 1, lim, &e)) {
      uint32_t e2;
      while (e + 1 < lim && !ends_possessive(x, e - 1) && (tis(x, e, "of") || tis(x, e, "and")) &&
             is_cap(x, e + 1) && cap_run(x, e + 1, lim, &e2))
        e = e2;
      uint32_t h = e;
      if (h + 1 < lim && is_lower(x, h) && !poss_head(x, h) && !tin(x, h, PREPS)) h++;
      if (e > t + 2 && ends_possessive(x, e - 1) && h < lim && is_lower(x, h) &&
          poss_head(x, h) && !x->inq[h - x->t0] && !(h + 1 < lim && is_cap(x, h + 1)))
        return (np){NP_NOM, t, h + 1, false, false};
    }
  }
  /* "said the Rev. Al Sharpton": an honorific after "the" (thirtieth
   * pass) */
  if (tis(x, t, "the") && t + 2 < lim && is_cap(x, t + 1) && tin(x, t + 1, HONOR)) {
    np hn = np_right(x, t + 1, lim, after_cue);
    if (hn.kind == NP_NAME && !hn.org) return hn;
  }
  /* ("a senior U.S. intelligence official": the capitalised words modify
   * the source's head a word or two later; thirty-second pass) */
  bool modifier = false;
  np dm; /* (the titled name after the determiner, read once for both tests) */
  bool det_titled = tin(x, t, DETS) && titled_name(x, t + 1, lim, 3, &dm);
  if (det_titled)
    for (uint32_t k = dm.b; k < lim && k < dm.b + 3 && is_lower(x, k) && !modifier; k++)
      modifier = tin(x, k, SOURCES);
  if (after_cue && !modifier && titled_name(x, t, lim, 4, &m)) return m;
  /* "said police", "said local residents", "said officials in Ankara": a
   * bare group after its cue, one modifier before its head at most
   * (thirty-fourth pass) */
  if (after_cue && is_lower(x, t) && !tin(x, t, DETS) && t > x->t0 + 1 &&
      (tis(x, t - 1, "said") || tis(x, t - 1, "says") || tis(x, t - 1, "added")) &&
      (is_punct(x, t - 2, ',') || (is_quote(x, t - 2) && is_close(x, t - 2)))) {
    uint32_t h = t;
    if (h + 1 < lim && is_lower(x, h + 1) && !x->inq[h + 1 - x->t0] && !tin(x, h, PREPS) &&
        !tin(x, h, ADVERBS) && !is_cue(x, h) && bare_group(x, h + 1))
      h++;
    if (bare_group(x, h) &&
        (h + 1 >= lim || x->tk[h + 1].kind != SL_TOK_WORD || tin(x, h + 1, PREPS) ||
         tin(x, h + 1, DAYS) || is_cue(x, h + 1)))
      return (np){NP_NOM, t, h + 1, false, true};
  }
  if (!after_cue && is_lower(x, t) && long_titled_name(x, t, lim, &m)) return m;
  /* "the astronaut Leah Mbeki"; not "a top Senate Democratic aide" (the
   * capitalised words modify an unnamed source's head) */
  if (det_titled && !modifier) {
    /* "the head of Secours Rapide, Olivier Danton,": the body after "of"
     * is whom the title belongs to, the person in apposition after it
     * (thirty-sixth pass) */
    np ap;
    if (dm.a > t + 2 && tis(x, dm.a - 1, "of") && dm.b + 1 < lim && is_punct(x, dm.b, ',') &&
        appositive_after(x, t, lim, &ap) && !ap.org && ap.a > dm.b)
      return ap;
    return dm;
  }
  if (tin(x, t, DETS)) {
    /* the + words up to the first non-word: "the 43-year-old singer" */
    uint32_t j = t + 1;
    bool cap_name = false, lower_after_cap = false;
    while (j < lim && j < t + 7 && !x->inq[j - x->t0] &&
           (x->tk[j].kind == SL_TOK_WORD || x->tk[j].kind == SL_TOK_NUM)) {
      /* "the mayor this morning": the description ends before a time
       * phrase (tenth pass) */
      if (j > t + 1) {
        uint32_t e = j;
        while (e < lim && e < j + 4 && !time_end(x, e)) e++;
        if (e < lim && e < j + 4 && in_time(x, j, j, j + 6 < lim ? j + 6 : lim)) break;
      }
      /* ("the first lady", "His first job": an adjective right after the
       * determiner; twenty-eighth pass) */
      if (is_lower(x, j) && (is_cue(x, j) || (tin(x, j, ADVERBS) && j > t + 1) || tis(x, j, "who") ||
                             tis(x, j, "that") || tis(x, j, "for") || tis(x, j, "of") ||
                             (j > t + 1 && tin(x, j, ISSUES) && !tin(x, j, DOCS))))
        break; /* "the board issued …": a verb of putting out a text ends it */
      if (is_cap(x, j)) cap_name = true;
      else if (cap_name && !tin(x, j, CONN)) lower_after_cap = true;
      j++;
    }
    /* "a cluster of people", "a group of students": a collective noun and
     * whom it gathers (nineteenth pass) */
    static const char *const COLLECT[] = {"cluster", "group", "crowd", "handful", "number",
                                          "couple", "pair", "dozen", "bunch", "band", "chorus",
                                          "throng", "knot", "few", "lot", "majority", NULL};
    if (j == t + 2 && j + 1 < lim && tis(x, j, "of") && word_in(x, t + 1, COLLECT) &&
        is_lower(x, j + 1) && !x->inq[j + 1 - x->t0] && !is_cue(x, j + 1)) {
      size_t wn;
      const char *ww = ttext(x, j + 1, &wn);
      if ((wn > 3 && ww[wn - 1] == 's') || tis(x, j + 1, "people")) j += 2;
    }
    if (appositive_after(x, t, lim, &m)) return m;
    /* "A coalition of groups called Fair Pay First", "a man
     * named Tom Vale": the name given (eighteenth pass) */
    uint32_t cn = j;
    if (cn + 2 < lim && tis(x, cn, "of") && is_lower(x, cn + 1)) cn += 2; /* "of groups" */
    if (j > t + 1 && cn + 1 < lim && (tis(x, cn, "called") || tis(x, cn, "named")) &&
        tin(x, t, DETS) && is_cap(x, cn + 1) && !x->inq[cn + 1 - x->t0]) {
      uint32_t e;
      if (cap_run(x, cn + 1, lim, &e) && e < lim && !is_punct(x, e, '.') &&
          !ends_possessive(x, e - 1))
        return (np){NP_NAME, cn + 1, e, name_is_org(x, cn + 1, e), false};
    }
    if (j > t + 1) {
      r.kind = NP_NOM, r.b = j;
      r.indef = tis(x, t, "a") || tis(x, t, "an") || tis(x, t, "one") || tis(x, t, "another");
      /* "The New York Times" is a name ("Her phone's greeting plays lines
       * from Jane Austen" is none: the name opens the phrase;
       * twenty-seventh pass) */
      if (cap_name && !lower_after_cap && is_cap(x, j - 1) && is_cap(x, t + 1))
        r.kind = NP_NAME, r.a = t, r.org = true;
      /* an unnamed source and whom it speaks for: "a spokesperson for the
       * Harbour Authority", "a lawyer for the family" */
      if (r.kind == NP_NOM && is_lower(x, j - 1) && tin(x, j - 1, SOURCES) && j + 1 < lim &&
          (tis(x, j, "for") || tis(x, j, "of") || tis(x, j, "at") || tis(x, j, "with") ||
           tis(x, j, "to") || tis(x, j, "on"))) {
        uint32_t k = j + 1, e;
        if (k < lim && (tis(x, k, "the") || tis(x, k, "a"))) k++;
        /* "an aide to the Republican-led House committee":
         * past a hyphenated modifier (eighteenth pass) */
        size_t hn;
        const char *hw = k + 1 < lim && is_cap(x, k) ? ttext(x, k, &hn) : NULL;
        if (hw && memchr(hw, '-', hn) && !cap_run(x, k, lim, &e) && cap_run(x, k + 1, lim, &e)) {
          /* and on through "and": "Ways and Means Committee" */
          uint32_t e2;
          while (e + 1 < lim && tis(x, e, "and") && is_cap(x, e + 1) &&
                 cap_run(x, e + 1, lim, &e2))
            e = e2;
          r.b = e;
        } else if (cap_run(x, k, lim, &e)) {
          if (ends_possessive(x, e - 1)) { /* "for Grassley's office" */
            while (e < lim && e < k + 8 && is_lower(x, e) && !is_cue(x, e) && !tin(x, e, PREPS))
              e++;
          } else {
            uint32_t e2;
            while (e + 1 < lim && tis(x, e, "and") && is_cap(x, e + 1) &&
                   cap_run(x, e + 1, lim, &e2))
              e = e2;
          }
          r.b = e;
        } else if (k > j + 1) {
          e = k;
          while (e < lim && e < k + 3 && is_lower(x, e) && !is_cue(x, e) && !tin(x, e, PREPS) &&
                 !tin(x, e, ADVERBS))
            e++;
          if (e > k) r.b = e;
        }
        /* "a spokeswoman for the UN Office for Relief, Ana Brisk,": the
         * person in apposition after whom the source speaks for
         * (thirty-sixth pass) */
        np an;
        if (r.b > j + 1 && r.b + 1 < lim && is_punct(x, r.b, ',') && name_at(x, r.b + 1, lim, &an) &&
            !an.org && an.b >= an.a + 2 && an.a == after_honorific(x, r.b + 1, an.b) &&
            (an.b >= lim || is_punct(x, an.b, ',') || is_punct(x, an.b, '.') || is_cue(x, an.b)))
          return an;
      }
    }
  }
  return r;
}

/* "A spokesperson for the Harbour Authority said", read backwards from the
 * name: the unnamed source before "for"/"of"/"at" (as a description),
 * else n unchanged. */
static np source_left(const ctx *x, np n, uint32_t w0) {
  if (n.kind == NP_NONE || n.kind == NP_PRON) return n;
  uint32_t p = n.a;
  /* "a spokesperson for Vice President Mike Pence": past the title
   * (twelfth pass) */
  while (n.kind == NP_NAME && p > w0 + 2 && !x->inq[p - 1 - x->t0] &&
         ((is_cap(x, p - 1) && tin(x, p - 1, NOTNAME)) || abbrev_dot(x, p - 1)))
    p--;
  /* "on the Web site Freedom's Lighthouse", "for the blog Hot Air": a
   * medium's name, possessives and the medium noun before it */
  while (p > w0 && is_cap(x, p - 1) && ends_possessive(x, p - 1) && !x->inq[p - 1 - x->t0]) p--;
  for (int i = 0; i < 3 && p > w0 && !x->inq[p - 1 - x->t0] &&
                  (tin(x, p - 1, MEDIA) || tis(x, p - 1, "site") || tis(x, p - 1, "web"));
       i++)
    p--;
  if (p > w0 && (tis(x, p - 1, "the") || tis(x, p - 1, "a"))) p--;
  if (!(p > w0 + 1 && (tis(x, p - 1, "for") || tis(x, p - 1, "of") || tis(x, p - 1, "at") ||
                       tis(x, p - 1, "with") || tis(x, p - 1, "to") || tis(x, p - 1, "on"))))
    return n;
  uint32_t h = p - 2;
  /* "Norland's envoy to the European Union", "Norland 's envoy to the
   * EU": a country's or a body's agent, as written (thirty-sixth pass) */
  if (is_lower(x, h) && h > w0 && !x->inq[h - 1 - x->t0]) {
    uint32_t o = h - 1;
    if (tis(x, o, "'s") && o > w0) o--;
    else if (tis(x, o, "'s")) o = h;
    else if (!ends_possessive(x, o)) o = h;
    if (o < h && is_cap(x, o) && !x->inq[o - x->t0] &&
        (tin(x, h, SOURCES) || title_index(x, h) >= 0 || occupation_word(x, h) ||
         tis(x, h, "envoy"))) {
      while (o > w0 && !x->inq[o - 1 - x->t0] && (is_cap(x, o - 1) || abbrev_dot(x, o - 1))) o--;
      return (np){NP_NOM, o, n.b, false, false};
    }
  }
  if (!is_lower(x, h) || !tin(x, h, SOURCES)) return n;
  for (uint32_t d = h; d > w0 && d + 4 > h; d--) {
    uint32_t a = d - 1;
    if (x->inq[a - x->t0] || !(x->tk[a].kind == SL_TOK_WORD || x->tk[a].kind == SL_TOK_NUM))
      break;
    if (tin(x, a, DETS)) {
      np r = {NP_NOM, a, n.b, false, false};
      r.indef = tis(x, a, "a") || tis(x, a, "an") || tis(x, a, "one") || tis(x, a, "another");
      return r;
    }
  }
  return n;
}

/* A description whose head is an unnamed source ("a spokesperson for X",
 * "the aide"). */
static bool nom_is_source(const ctx *x, np n) {
  if (n.kind != NP_NOM) return false;
  for (uint32_t t = n.a; t < n.b && t < n.a + 6; t++)
    if (is_lower(x, t) && tin(x, t, SOURCES)) return true;
  return false;
}

static uint32_t skip_intro(const ctx *x, uint32_t s, uint32_t lim);

/* Reads the noun phrase that ends just before token k (backward), not
 * before w0, skipping adverbs and auxiliaries. */
static bool is_close(const ctx *x, uint32_t t);

static bool agent_plural(const char *w, size_t l);

/* A group named by a plural agent noun opening [g, e) ("Investigators in
 * the bombing …", "Finance ministers from 24 countries", "24 ministers"),
 * with no cue, quotation or punctuation (a comma with `commas`: "who",
 * "that" too) before e: the head noun's token; e if none (twenty-seventh
 * and twenty-ninth passes). */
static uint32_t group_head(const ctx *x, uint32_t g, uint32_t e, bool commas) {
  uint32_t h = g;
  size_t hl;
  if (h < e && x->tk[h].kind == SL_TOK_NUM) h++; /* "24 ministers" */
  const char *hw = h < e ? ttext(x, h, &hl) : NULL;
  if (hw && is_cap(x, h) && h + 1 < e && is_lower(x, h + 1) && !agent_plural(hw, hl))
    hw = ttext(x, ++h, &hl); /* "Finance ministers" */
  if (!hw || tin(x, g, DETS) || !agent_plural(hw, hl) || tin(x, h, SOURCES)) return e;
  for (uint32_t t = g; t < e; t++)
    if (x->inq[t - x->t0] || is_cue(x, t) ||
        (commas ? is_punct(x, t, ',') || tis(x, t, "who") || tis(x, t, "that")
                : x->tk[t].kind == SL_TOK_PUNCT))
      return e;
  return h;
}

/* "A man in a red jacket said", "A retired nurse holding a sign told": the
 * description at a (its determiner) is inside a phrase of a person's
 * description before it; that description's determiner, else a
 * (thirty-fourth pass). */
static uint32_t person_before_phrase(const ctx *x, uint32_t a, uint32_t w0) {
  if (a < w0 + 3 || x->inq[a - 1 - x->t0] || !is_lower(x, a - 1)) return a;
  size_t n;
  const char *w = ttext(x, a - 1, &n);
  bool ing = n > 5 && !memcmp(w + n - 3, "ing", 3) && !is_cue(x, a - 1);
  if (!ing && !(tis(x, a - 1, "in") || tis(x, a - 1, "with") || tis(x, a - 1, "from") ||
                tis(x, a - 1, "near") || tis(x, a - 1, "wearing")))
    return a;
  uint32_t h = a - 2; /* the person's head noun */
  if (!is_lower(x, h) || !(tin(x, h, PERSONN) || tin(x, h, OTHERS) || tin(x, h, SOURCES) ||
                           occupation_word(x, h)))
    return a;
  for (uint32_t d = h; d + 4 > h && d > w0;) {
    d--;
    if (x->inq[d - x->t0] || x->tk[d].kind != SL_TOK_WORD) return a;
    if (tin(x, d, DETS)) return d;
  }
  return a;
}

/* An apposition's first word: a determiner ("a hydrologist at …") or a
 * lower-case title or occupation ("professor of …"); thirty-fourth
 * pass. */
static bool appo_opens(const ctx *x, uint32_t t) {
  return t < x->t1 && !x->inq[t - x->t0] &&
         (tin(x, t, DETS) || (is_lower(x, t) && (title_index(x, t) >= 0 || occupation_word(x, t) ||
                                                 tin(x, t, SOURCES) || tin(x, t, PERSONN))));
}

/* Tokens [a, p) are a body's name after "of": capitalised words,
 * abbreviations, "of", "the", "and", "for" ("the Tolmar Institute for
 * Public Health"); thirty-sixth pass. */
static bool person_of_body(const ctx *x, uint32_t a, uint32_t p) {
  if (a < p && tis(x, a, "the")) a++;
  if (a >= p || !is_cap(x, a)) return false;
  for (uint32_t k = a; k < p; k++)
    if (x->inq[k - x->t0] || !(is_cap(x, k) || abbrev_dot(x, k) || tis(x, k, "of") ||
                               tis(x, k, "the") || tis(x, k, "and") || tis(x, k, "for")))
      return false;
  return true;
}

static np np_left(const ctx *x, uint32_t k, uint32_t w0) {
  /* nouns that end like adverbs ("a mother of one family"; twenty-third
   * pass) */
  static const char *const LYNOUN[] = {"family", "rally", "supply", "assembly", "monopoly",
                                       "anomaly", "bully", "reply", "homily", "folly", "ally",
                                       NULL};
  np r = {NP_NONE, k, k, false, false};
  uint32_t j = k;
  int skipped = 0;
  while (j > w0 && skipped < 4) {
    uint32_t p = j - 1;
    size_t n;
    const char *s = ttext(x, p, &n);
    if (is_lower(x, p) &&
        (tin(x, p, ADVERBS) ||
         (n > 4 && !memcmp(s + n - 2, "ly", 2) && !word_in(x, p, LYNOUN)))) {
      j = p, skipped++;
      continue;
    }
    /* "The mayor this morning says", "Cole, earlier this month, told": a
     * time phrase is no speaker (mark_times; tenth pass) */
    {
      uint32_t q = j, a, ws = x->sfirst[tsent(x, p)];
      if (ws < w0) ws = w0;
      if (k > ws + 10) ws = k - 10;
      bool comma = is_punct(x, p, ',') && p > w0 && time_end(x, p - 1) && in_time(x, p - 1, ws, k);
      if (comma) q--;
      if (q > w0 && time_end(x, q - 1) && in_time(x, q - 1, ws, k)) {
        for (a = q; a > w0 && (x->tmx[a - 1 - x->t0] & TMX_TIME);) a--;
        if (comma && !(a > w0 + 1 && is_punct(x, a - 1, ','))) break;
        j = comma ? a - 1 : a, skipped++;
        continue;
      }
    }
    /* "Gov. Rick Perry of Texas on Tuesday said": a day is no speaker */
    if (tin(x, p, DAYS) && p > w0 && (tis(x, p - 1, "on") || tis(x, p - 1, "last") ||
                                       tis(x, p - 1, "this"))) {
      j = p - 1, skipped++;
      continue;
    }
    break;
  }
  /* "The Harbour Gazette on July 20, 2016, described": a date between the
   * subject and the cue is no speaker (tenth pass) */
  if (j > w0 + 3) {
    uint32_t q = j, d;
    if (is_punct(x, q - 1, ',')) q--;
    d = q;
    bool year = false, month = false;
    if (d > w0 && x->tk[d - 1].kind == SL_TOK_NUM) {
      size_t yl;
      ttext(x, d - 1, &yl);
      year = yl == 4, d--;
      if (d > w0 + 1 && is_punct(x, d - 1, ',') && x->tk[d - 2].kind == SL_TOK_NUM) d--;
    }
    if (d > w0 && x->tk[d - 1].kind == SL_TOK_NUM) d--;
    if (d > w0 && tin(x, d - 1, DAYS)) d--, month = true;
    /* "Obama, speaking from the White House on Sunday, said": the date
     * ends a phrase inserted after a comma; the subject is before it, not
     * the word before "on" (eleventh pass) */
    bool inserted = false;
    if (q < j && (year || month) && d < q && d > w0 + 1) {
      uint32_t s0 = x->sfirst[tsent(x, q)];
      if (s0 < w0) s0 = w0;
      while (s0 < q && is_quote(x, s0)) s0++;
      s0 = skip_intro(x, s0, q);
      for (uint32_t c = d; c-- > s0 && c + 30 > d && !inserted;)
        inserted = is_punct(x, c, ',') && !x->inq[c - x->t0];
    }
    if ((year || month) && !inserted && d < q && d > w0 + 1 && !x->inq[d - 1 - x->t0] &&
        (tis(x, d - 1, "on") || tis(x, d - 1, "in")) && x->tk[d - 2].kind == SL_TOK_WORD)
      j = d - 1;
  }
  if (j <= w0) return r;
  uint32_t p = j - 1;
  /* "London's Guardian newspaper said": the outlet's name before its
   * medium noun, past a possessive place (twenty-third pass) */
  if (is_lower(x, p) && (tis(x, p, "newspaper") || tis(x, p, "paper") ||
                         tis(x, p, "magazine") || tis(x, p, "daily") || tis(x, p, "weekly")) &&
      p > w0 && is_cap(x, p - 1) && !ends_possessive(x, p - 1) && !x->inq[p - 1 - x->t0]) {
    uint32_t a = p - 1;
    while (a > w0 && !x->inq[a - 1 - x->t0] &&
           ((is_cap(x, a - 1) && !ends_possessive(x, a - 1)) || abbrev_dot(x, a - 1)))
      a--;
    while (a + 1 < p && tin(x, a, NOTNAME)) a++; /* "The" */
    if (!tin(x, a, NOTNAME)) return (np){NP_NAME, a, p, true, false};
  }
  /* "Blumenthal's campaign disputed", "Mr. Grimm's lawyers said" (tenth
   * pass) */
  if (is_lower(x, p) && poss_head(x, p) && p > w0 && !x->inq[p - 1 - x->t0] &&
      is_cap(x, p - 1) && ends_possessive(x, p - 1)) {
    uint32_t a = p - 1;
    while (a > w0 && !x->inq[a - 1 - x->t0] &&
           ((is_cap(x, a - 1) && !ends_possessive(x, a - 1)) || abbrev_dot(x, a - 1)))
      a--;
    if (a > w0 && is_cap(x, a - 1) && abbrev_dot(x, a)) a--;
    if (a + 1 < p && tin(x, a, NOTNAME) && !tin(x, a, HONOR) && !abbrev_dot(x, a + 1)) a++;
    return (np){NP_NOM, a, p + 1, false, false};
  }
  /* "Ms. Harris, in addition to calling for the report to be released
   * “immediately,” called on …": a phrase inserted between the subject and
   * the cue that ends with a partial quotation; the subject before it */
  if (is_quote(x, p) && is_close(x, p) && p > w0 + 2 && is_punct(x, p - 1, ',')) {
    uint32_t c = p - 1;
    while (c > w0 && p - c < 40 && !(is_punct(x, c - 1, ',') && !x->inq[c - 1 - x->t0])) c--;
    if (c > w0 + 1 && p - c < 40 && is_punct(x, c - 1, ',') && !x->inq[c - 1 - x->t0] &&
        !x->inq[c - x->t0] && is_lower(x, c) && !tis(x, c, "and") && !tis(x, c, "but") &&
        !tis(x, c, "or")) {
      np in = np_left(x, c - 1, w0);
      if (in.kind == NP_NAME || in.kind == NP_NOM) return in;
    }
  }
  if (x->inq[p - x->t0]) return r;
  /* "FreedomWorks’ website said": a plural possessive (apostrophe after
   * the s) before a text; the owner is the author */
  if (p > w0 && tin(x, p, DOCS) && is_cap(x, p - 1) && !x->inq[p - 1 - x->t0]) {
    size_t wn;
    const char *w = ttext(x, p - 1, &wn);
    if (plural_apos(w, wn)) {
      uint32_t a = p - 1;
      while (a > w0 && is_cap(x, a - 1) && !x->inq[a - 1 - x->t0]) a--;
      while (a + 1 < p && tin(x, a, NOTNAME)) a++;
      return (np){NP_NAME, a, p, true, false};
    }
  }
  /* "Sen. Lindsey Graham (R-S.C.) said": a short parenthesis after the
   * name is skipped */
  if (is_punct(x, p, ')')) {
    uint32_t o = p;
    while (o > w0 && p - o < 8 && !is_punct(x, o - 1, '(') && !x->inq[o - 1 - x->t0]) o--;
    if (o > w0 + 1 && is_punct(x, o - 1, '(') && p - o < 8) return np_left(x, o - 1, w0);
  }
  /* "the former governor — and many others — called": a phrase between
   * dashes is inserted */
  if (x->tk[p].kind == SL_TOK_PUNCT && ttext_is_dash(x, p) && p > w0 + 1) {
    uint32_t d = p - 1;
    while (d > w0 && p - d < 10 && !x->inq[d - x->t0] &&
           !(x->tk[d].kind == SL_TOK_PUNCT && ttext_is_dash(x, d)))
      d--;
    if (d > w0 && x->tk[d].kind == SL_TOK_PUNCT && ttext_is_dash(x, d) && p - d < 10)
      return np_left(x, d, w0);
  }
  /* "Bishop Daniel Okafor, of Dunmore, Ill., said", "…, D-Calif., said":
   * places in apposition after the name are skipped */
  uint32_t p_orig = p;
  for (int hop = 0; hop < 3 && is_punct(x, p, ','); hop++) {
    uint32_t c = p;
    while (c > w0 && p - c < 6 && !is_punct(x, c - 1, ',') && !x->inq[c - 1 - x->t0]) c--;
    if (!(c > w0 + 1 && is_punct(x, c - 1, ',')) || c == p) break;
    size_t l0;
    const char *w = ttext(x, c, &l0);
    bool place = (tis(x, c, "of") && c + 1 < p && is_cap(x, c + 1)) ||
                 (p - c == 2 && is_cap(x, c) && abbrev_dot(x, c + 1)) ||
                 (p - c == 2 && is_cap(x, c) && is_punct(x, c + 1, '.') && l0 <= 5) ||
                 (p - c == 1 && (x->tk[c].flags & SL_TF_UPPER) && l0 == 2) ||
                 (p - c == 1 && l0 >= 4 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') &&
                  w[1] == '-') || /* "D-Calif" */
                 /* "R-South Carolina", "D-New York" (thirty-sixth pass) */
                 (p - c == 2 && l0 >= 4 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') &&
                  w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z' && is_cap(x, c + 1));
    if (!place) break;
    p = c - 1;
  }
  if (p != p_orig) {
    /* "A user who lives near Austin, Tex., wrote": a place that ends a
     * relative clause; the speaker is the clause's antecedent */
    uint32_t s0 = w0;
    while (s0 < p && is_quote(x, s0)) s0++;
    s0 = skip_intro(x, s0, p);
    np sub = np_right(x, s0, p, false);
    if ((sub.kind == NP_NOM || (sub.kind == NP_NAME && sub.b - sub.a >= 2)) && sub.b < p &&
        (tis(x, sub.b, "who") || tis(x, sub.b, "that"))) {
      bool cue = false;
      for (uint32_t t = sub.b; t < p; t++) cue = cue || is_cue(x, t) || is_punct(x, t, ',');
      if (!cue) return sub;
    }
    /* only after a person's name of two words or more ("the mayor of
     * Washington, DC," is a description with its place) */
    uint32_t a = p;
    while (a > w0 && (is_cap(x, a - 1) || abbrev_dot(x, a - 1)) && !x->inq[a - 1 - x->t0]) a--;
    if (p - a < 2 || (a > w0 && (tis(x, a - 1, "of") || tis(x, a - 1, "the")))) p = p_orig;
  }
  /* "the group, which said", "X, who …, said": the antecedent */
  if ((tis(x, p, "who") || tis(x, p, "which")) && p > w0) {
    /* "Tom Hale, a writer on the website X, who said": the name before an
     * apposition that starts with a determiner */
    if (tis(x, p, "who") && is_punct(x, p - 1, ',')) {
      uint32_t c0 = p - 1;
      while (c0 > w0 && !is_punct(x, c0 - 1, ',') && !x->inq[c0 - 1 - x->t0]) c0--;
      if (c0 > w0 + 1 && c0 < p - 1 && is_punct(x, c0 - 1, ',') && tin(x, c0, DETS)) {
        np nm = np_left(x, c0 - 1, w0);
        if (nm.kind == NP_NAME && !nm.org && nm.b == c0 - 1) return nm;
      }
    }
    /* "A letter came from Tom Vale, who calls it", "signed the Harbour
     * Charter, which calls it": the name right before the comma, not the
     * clause's subject ("who" a person's; not after "of": "the head of X,
     * who"; twenty-seventh pass) */
    if (is_punct(x, p - 1, ',') && p > w0 + 2) {
      uint32_t a = p - 1;
      while (a > w0 && !x->inq[a - 1 - x->t0] && (is_cap(x, a - 1) || abbrev_dot(x, a - 1))) a--;
      uint32_t b = a > w0 && tis(x, a - 1, "the") ? a - 1 : a;
      np nm;
      if (a < p - 1 && !(b > w0 && (tis(x, b - 1, "of") || tis(x, b - 1, "for"))) &&
          name_at(x, a, p - 1, &nm) && nm.b == p - 1 && (tis(x, p, "which") || !nm.org))
        return nm;
    }
    return np_left(x, p, w0);
  }
  if (is_punct(x, p, ',')) {
    /* "Elliott Maynard, a Republican trying to unseat …, a Democrat, in
     * …, said": an apposition of any length; the subject of the clause
     * wins when it is followed by a comma, unless the last inserted phrase
     * is itself a name ("The mayor of Dunmore, Felix Adeyemi, says") */
    uint32_t c0 = p;
    while (c0 > w0 && !is_punct(x, c0 - 1, ',') && !x->inq[c0 - 1 - x->t0]) c0--;
    np last;
    bool last_name = name_at(x, c0, p, &last) && last.b == p;
    /* "Mr Vantor, MEP for South East Wessex, said": an office (a title or
     * an acronym, then "for" or "of" and a place) is no inserted name
     * (thirty-seventh pass) */
    if (last_name && last.a == c0 && c0 + 2 < p &&
        (tis(x, c0 + 1, "for") || tis(x, c0 + 1, "of")) &&
        ((x->tk[c0].flags & SL_TF_UPPER) || title_index(x, c0) >= 0))
      last_name = false;
    /* "A health official, Dr Ilse Marten of the Tolmar Institute, said":
     * a person of a body in apposition (thirty-sixth pass) */
    if (!last_name && c0 > w0 + 1 && is_punct(x, c0 - 1, ',') && name_at(x, c0, p, &last) &&
        !last.org && last.b >= last.a + 2 && last.a == after_honorific(x, c0, last.b) &&
        last.b + 1 < p && tis(x, last.b, "of") && person_of_body(x, last.b + 1, p))
      return last;
    /* "A, B and Sen. John McCain (R-Ariz.), said": the last member of a
     * coordinated subject */
    if (!last_name && c0 + 1 < p && (tis(x, c0, "and") || tis(x, c0, "or")) &&
        name_at(x, c0 + 1, p, &last) && !last.org &&
        (last.b == p || (is_punct(x, last.b, '(') && is_punct(x, p - 1, ')'))))
      return last;
    if (!last_name && c0 > w0) {
      uint32_t s0 = w0;
      while (s0 < p && is_quote(x, s0)) s0++;
      s0 = skip_intro(x, s0, p);
      np sub = np_right(x, s0, p, false);
      uint32_t sb = sub.b, pe;
      /* "Senator Charles E. Schumer of New York, one of …, said" */
      if (sub.kind == NP_NAME && sb + 1 < p && tis(x, sb, "of") && cap_run(x, sb + 1, p, &pe))
        sb = pe;
      np pn;
      /* np_right may read the place: "… Schumer of [New York]," */
      if (sub.kind == NP_NAME && sub.a >= s0 + 2 && tis(x, sub.a - 1, "of") &&
          name_at(x, s0, sub.a - 1, &pn) && pn.b == sub.a - 1 && !pn.org)
        sub = pn;
      if (sub.kind != NP_NONE && sub.kind != NP_PRON && sb < p && is_punct(x, sb, ','))
        return sub;
    }
    /* "“…,” Rev. Tom Vale of Our Lady of the Lake, told
     * HuffPost": a person of a place or body, then a comma before the cue
     * (nineteenth pass) */
    if (!last_name) {
      uint32_t s1 = c0, pe;
      while (s1 < p && (is_quote(x, s1) || is_punct(x, s1, ','))) s1++;
      np sub = s1 < p ? np_right(x, s1, p, false) : r;
      /* the place or body: capitalised words, "of", "the", "and" */
      bool body = sub.kind == NP_NAME && !sub.org && sub.a == after_honorific(x, s1, sub.b) &&
                  sub.b + 1 < p && tis(x, sub.b, "of") && is_cap(x, sub.b + 1);
      for (pe = sub.b + 1; body && pe < p; pe++)
        body = is_cap(x, pe) || abbrev_dot(x, pe) || tis(x, pe, "of") || tis(x, pe, "the") ||
               tis(x, pe, "and");
      if (body) return sub;
    }
    /* "The mayor of Dunmore, Felix Adeyemi, says": the name between the
     * commas; "Jane Roe, a spokeswoman for X, said", "Her granddaughter,
     * Tia Ilori, 24, said", "The researchers, from Calder University,
     * wrote": the phrase before the inserted one */
    for (int hop = 0; hop < 3; hop++) {
      uint32_t c2 = p;
      while (c2 > w0 && p - c2 < 16 && !is_punct(x, c2 - 1, ',') && !x->inq[c2 - 1 - x->t0])
        c2--;
      np n;
      /* "Pataki, Republican, said": a party word alone is no name
       * (twenty-first pass) */
      if (name_at(x, c2, p, &n) && n.b == p && !(n.b == n.a + 1 && party_word(x, n.a))) return n;
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
  /* "Pike Jr. said": the suffix's period ends the name (fifteenth pass) */
  bool jr = p > w0 + 1 && abbrev_dot(x, p) && (tis(x, p - 1, "jr") || tis(x, p - 1, "sr")) &&
            is_cap(x, p - 2);
  if (is_cap(x, p) || jr) {
    uint32_t a = p;
    while (a > w0 && !x->inq[a - 1 - x->t0] &&
           ((is_cap(x, a - 1) && !ends_possessive(x, a - 1)) || abbrev_dot(x, a - 1) ||
            (a - 1 > w0 && is_cap(x, a - 2) && tin(x, a - 1, CONN)) ||
            /* "Mr van der Berg said" (thirty-sixth pass) */
            (a - 2 > w0 && is_lower(x, a - 1) && tin(x, a - 1, CONN) && !tis(x, a - 1, "of") &&
             is_lower(x, a - 2) && tin(x, a - 2, CONN) && !tis(x, a - 2, "of") &&
             (is_cap(x, a - 3) || abbrev_dot(x, a - 3)) && !x->inq[a - 3 - x->t0]) ||
            /* "Democracy for America said" (seventeenth pass, as cap_run) */
            (a - 1 > w0 && is_cap(x, a - 2) && tis(x, a - 1, "for") && !first_name_at(x, a - 2) &&
             !tin(x, a - 2, NOTNAME))))
      a--;
    /* "the Health and Human Services Department said": "and" inside an
     * organisation's name written after "the" (as cap_run reads it) */
    if (a > w0 + 1 && tis(x, a - 1, "and") && is_cap(x, a - 2) && !x->inq[a - 2 - x->t0] &&
        (name_is_org(x, a, p + 1) || tis(x, p, "services"))) {
      uint32_t a2 = a - 2;
      while (a2 > w0 && is_cap(x, a2 - 1) && !ends_possessive(x, a2 - 1) && !x->inq[a2 - 1 - x->t0])
        a2--;
      if (tis(x, a2, "the") || (a2 > w0 && tis(x, a2 - 1, "the"))) a = a2;
    }
    /* "the Intergovernmental Panel on Climate Change said": "on" inside
     * an organisation's name, read backwards (twenty-first pass) */
    /* (and "for": "the U.N. High Commissioner for Refugees said";
     * twenty-seventh pass) */
    if (a > w0 + 1 && (tis(x, a - 1, "on") || tis(x, a - 1, "for")) && is_cap(x, a - 2) &&
        !x->inq[a - 2 - x->t0]) {
      uint32_t a2 = a - 2;
      while (a2 > w0 && is_cap(x, a2 - 1) && !ends_possessive(x, a2 - 1) && !x->inq[a2 - 1 - x->t0])
        a2--;
      if (name_is_org(x, a2, a - 1) || (tis(x, a - 1, "for") && tin(x, a - 2, TITLES))) a = a2;
    }
    bool the = a > w0 && tis(x, a - 1, "the");
    /* "the Arizona Republican", "the Texas Democrat": a description of a
     * person (party members are not organisations) */
    if ((the || tis(x, a, "the")) && (tis(x, p, "republican") || tis(x, p, "democrat") || tis(x, p, "independent") ||
                tis(x, p, "conservative") || tis(x, p, "liberal") || tis(x, p, "socialist"))) {
      r.kind = NP_NOM, r.a = the ? a - 1 : a, r.b = p + 1;
      return r;
    }
    uint32_t s = a;
    while (s <= p && (tin(x, s, NOTNAME) || abbrev_dot(x, s))) s++;
    /* "The Geneva-based WHO has declared": a hyphenated adjective before
     * the name is no part of it (thirty-sixth pass) */
    while (s < p && s > a && tis(x, s - 1, "the") && x->tk[s].span.len > 4 && is_cap(x, s + 1) &&
           hyphen_adjective(x, s))
      s++;
    /* "Secretary of State Ann Lee said": the office after "of" is no part
     * of the name (thirty-sixth pass) */
    if (s >= a + 2 && s < p && tis(x, s - 1, "of") && title_index(x, s - 2) >= 0)
      s = office_end(x, s, p + 1);
    /* "In Eugene, Councilwoman Nora Pike said": leading title words before
     * a name of two words or more are no part of it */
    while (s + 2 <= p && is_cap(x, s) && tin(x, s, TITLES) && !tin(x, s + 1, TITLES) &&
           !name_is_org(x, s + 1, p + 1) &&
           is_cap(x, s + 1) && !abbrev_dot(x, s + 1))
      s++;
    /* "Maggie Holm in the Gazette explains", "Tom Vale on CNN said": a
     * place or medium after the subject; the subject before it */
    uint32_t pb = the ? a - 1 : a;
    if (pb > w0 + 1 && !x->inq[pb - 1 - x->t0] &&
        (tis(x, pb - 1, "in") || tis(x, pb - 1, "on") || tis(x, pb - 1, "at"))) {
      np sub = np_left(x, pb - 1, w0);
      /* (an organisation too: "the Harbour Trust in Moscow said";
       * twenty-seventh pass) */
      if (sub.kind == NP_NAME || (sub.kind == NP_NOM && !sub.indef)) return sub;
    }
    /* "Dora Finch from Little Ashby said": a person and where they
     * come from (thirty-sixth pass) */
    if (pb > w0 + 2 && !x->inq[pb - 1 - x->t0] && tis(x, pb - 1, "from")) {
      np sub = np_left(x, pb - 1, w0);
      if (sub.kind == NP_NAME && !sub.org && sub.b == pb - 1 && sub.b - sub.a >= 2) return sub;
      /* "A man from Little Ashby said": the person described, with the
       * place, as written */
      uint32_t h = sub.b - 1;
      if (sub.kind == NP_NOM && sub.b == pb - 1 && is_lower(x, h) && !tin(x, h, DOCS) &&
          (tin(x, h, PERSONN) || tin(x, h, OTHERS) || tin(x, h, SOURCES) || occupation_word(x, h)))
        return (np){NP_NOM, sub.a, p + 1, false, sub.indef};
    }
    /* "Capt. Tom Vale of the Kelby State Highway Patrol said":
     * a person of an organisation; the person (nineteenth pass) */
    if (pb > w0 + 1 && !x->inq[pb - 1 - x->t0] && tis(x, pb - 1, "of") &&
        (the || name_is_org(x, a, p + 1))) {
      np sub = np_left(x, pb - 1, w0);
      if (sub.kind == NP_NAME && !sub.org && sub.b == pb - 1 && sub.b > sub.a + 1) return sub;
    }
    /* "Pia Moor of Welsh charity Lantern told", "Ana Lee of the aid group
     * Harbour Hands said": a person of a body that a lower-case noun
     * describes before its name (thirty-seventh pass) */
    if (pb > w0 + 3 && !x->inq[pb - 1 - x->t0] && is_lower(x, pb - 1) &&
        (tin(x, pb - 1, ORGDESC) || tin(x, pb - 1, ORGWORDS))) {
      uint32_t d = pb - 1;
      while (d > w0 + 2 && d + 3 > pb && !x->inq[d - 1 - x->t0] &&
             x->tk[d - 1].kind == SL_TOK_WORD && !tis(x, d - 1, "of") &&
             (is_cap(x, d - 1) ? !ends_possessive(x, d - 1) : !tin(x, d - 1, NOTNAME)))
        d--;
      if (tis(x, d - 1, "the") && d > w0 + 2) d--;
      if (tis(x, d - 1, "of")) {
        np sub = np_left(x, d - 1, w0);
        if (sub.kind == NP_NAME && !sub.org && sub.b == d - 1 && sub.b > sub.a + 1) return sub;
      }
    }
    /* "The state news agency of Ruritania described": a body or an
     * office of a place, kept whole (thirty-fourth pass) */
    if (pb > w0 + 2 && !x->inq[pb - 1 - x->t0] && tis(x, pb - 1, "of") && is_lower(x, pb - 2)) {
      uint32_t h = pb - 2;
      np sub = np_left(x, pb - 1, w0);
      if (sub.kind == NP_NOM && sub.b == pb - 1 && tin(x, sub.a, DETS) &&
          (tin(x, h, ORGWORDS) || tin(x, h, ORGDESC) || tin(x, h, MEDIA) ||
           title_index(x, h) >= 0))
        return (np){NP_NOM, sub.a, p + 1, false, sub.indef};
    }
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
    /* "Mr. Braley's apology noted": a text speaks for its author named in
     * the possessive before it */
    if (is_lower(x, p) && tin(x, p, DOCS) && p > w0 + 1 && is_cap(x, p - 1) &&
        ends_possessive(x, p - 1) && !x->inq[p - 1 - x->t0]) {
      uint32_t a = p - 1;
      while (a > w0 && !x->inq[a - 1 - x->t0] &&
             ((is_cap(x, a - 1) && !ends_possessive(x, a - 1)) || abbrev_dot(x, a - 1)))
        a--;
      a = name_core(x, a, p);
      if (a < p) return (np){NP_NAME, a, p, name_is_org(x, a, p), false};
    }
    uint32_t a = p;
    for (int i = 0; i < 6 && a > w0; i++) {
      if (tin(x, a, DETS) && a < p) {
        a = person_before_phrase(x, a, w0);
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
    /* a bare plural ("aides said", "Pier Road traders said", "Republican
     * leaders said"): a group kept as written, with up to two modifiers
     * before it in the clause */
    size_t hn;
    const char *h = ttext(x, p, &hn);
    if (is_lower(x, p) &&
        ((hn > 3 && h[hn - 1] == 's' && h[hn - 2] != 's' && h[hn - 2] != '\'') ||
         word_in(x, p, COLLECTIVE)) &&
        !x->headline[tsent(x, p)] && !tin(x, p, ADVERBS) && !tin(x, p, PREPS) && !tin(x, p, PRONOUNS) && !is_cue(x, p)) {
      uint32_t b = p;
      while (b > w0 && p - b < 2 && !x->inq[b - 1 - x->t0] && x->tk[b - 1].kind == SL_TOK_WORD &&
             !tin(x, b - 1, DETS) && !tin(x, b - 1, PREPS) && !tin(x, b - 1, NOTNAME) &&
             !is_cue(x, b - 1) && !tin(x, b - 1, ADVERBS) && !ends_possessive(x, b - 1))
        b--;
      /* the phrase must open its clause: after the window start, a comma,
       * a quotation mark or a conjunction */
      /* "Trump slams": one capitalised word that is a person's short form
       * before a verb, not a group's modifier */
      size_t bl;
      const char *bw = ttext(x, b, &bl);
      bool person = p - b == 1 && is_cap(x, b) &&
                    sl_strmap_get(&x->shorts, bw, bl) != UINT32_MAX;
      /* "Some Republican senators called …": a quantifier opens the group
       * (then "Republican" is no person's short form) */
      if (b > w0 && !x->inq[b - 1 - x->t0] &&
          (tis(x, b - 1, "some") || tis(x, b - 1, "many") || tis(x, b - 1, "several") ||
           tis(x, b - 1, "most") || tis(x, b - 1, "few") || tis(x, b - 1, "other") ||
           tis(x, b - 1, "both") || tis(x, b - 1, "all")) &&
          (b - 1 == w0 || x->tk[b - 2].kind != SL_TOK_WORD || tis(x, b - 2, "and") ||
           tis(x, b - 2, "but") || tis(x, b - 2, "while")))
        b--, person = false;
      if (!person && (b == w0 || x->tk[b - 1].kind != SL_TOK_WORD || tis(x, b - 1, "and") ||
          tis(x, b - 1, "but") || tis(x, b - 1, "while") || tis(x, b - 1, "that") ||
          tis(x, b - 1, "as") || tis(x, b - 1, "which") || tis(x, b - 1, "what"))) {
        r.kind = NP_NOM, r.a = b, r.b = p + 1, r.indef = true;
        return r;
      }
    }
  }
  return r;
}

/* Start of a clause's subject: skips an introductory phrase ("In an
 * interview with X, ", "During the podcast, ") ending at the first comma. */
/* "Ten minutes later,", "A day before …,", "Hours after …,": a time
 * phrase opening the sentence (a count and a unit of time; fourteenth
 * pass). */
static bool time_lead(const ctx *x, uint32_t s, uint32_t lim) {
  static const char *const COUNT[] = {"a", "an", "one", "two", "three", "four", "five", "six",
                                      "seven", "eight", "nine", "ten", "twenty", "thirty",
                                      "few", "several", "many", "just", "only", "about", NULL};
  uint32_t u = s;
  while (u < lim && u < s + 3 && !tin(x, u, TIMEU)) u++;
  if (u >= lim || u == s + 3 || u + 1 >= lim ||
      !(tis(x, u + 1, "later") || tis(x, u + 1, "earlier") || tis(x, u + 1, "before") ||
        tis(x, u + 1, "after") || tis(x, u + 1, "ago")))
    return false;
  for (uint32_t k = s; k < u; k++) {
    bool c = x->tk[k].kind == SL_TOK_NUM;
    for (const char *const *w = COUNT; *w && !c && x->tk[k].kind == SL_TOK_WORD; w++)
      c = tis_s(x, k, *w);
    if (!c) return false;
  }
  return true;
}

static uint32_t skip_intro(const ctx *x, uint32_t s, uint32_t lim) {
  if (s >= lim) return s;
  /* a label: "Updated: Rick Santorum on Sunday …", "EXCLUSIVE: …"
   * (fourteenth pass) */
  static const char *const LABEL[] = {"updated", "update", "exclusive", "watch", "breaking",
                                      "analysis", "opinion", "correction", "live", "video",
                                      "developing", NULL};
  if (s + 2 < lim && is_punct(x, s + 1, ':') && is_cap(x, s + 2) && x->tk[s].kind == SL_TOK_WORD)
    for (const char *const *w = LABEL; *w; w++)
      if (tis_s(x, s, *w)) {
        s += 2;
        break;
      }
  /* a headline glued to the dateline (thirty-sixth pass) */
  if (s == x->t0) {
    uint32_t h = glued_headline_end(x);
    if (h < lim) s = h;
  }
  /* a dateline: "WASHINGTON — ", "LONDON (Reuters) - " */
  if ((x->tk[s].flags & SL_TF_UPPER) && x->tk[s].kind == SL_TOK_WORD) {
    uint32_t d = s;
    while (d < lim && d < s + 8 && !(x->tk[d].kind == SL_TOK_PUNCT && ttext_is_dash(x, d))) d++;
    if (d < lim && d < s + 8 && d + 1 < lim) s = d + 1;
  }
  /* a timeline's entry: "April 29 - Governor X tours …", "May 11\/12 -
   * …", "-- Y says …" (thirty-seventh pass) */
  if (s + 3 < lim && x->tk[s + 1].kind == SL_TOK_NUM && is_cap(x, s) &&
      (tin(x, s, DAYS) || tis(x, s, "may"))) {
    uint32_t d = s + 2;
    while (d < lim && d < s + 4 && !(x->tk[d].kind == SL_TOK_PUNCT && ttext_is_dash(x, d))) d++;
    if (d + 1 < lim && d < s + 4 && is_cap(x, d + 1) && x->tk[d].span.len <= 3) s = d + 1;
  } else if (s + 1 < lim && x->tk[s].kind == SL_TOK_PUNCT && x->tk[s].span.len <= 3 &&
             ttext_is_dash(x, s) && is_cap(x, s + 1)) { /* (not -LRB-) */
    s++;
  }
  if (s >= lim) return s;
  /* "8. Lena Fords, a ferry cook, …": a list item's number is no
   * introductory phrase (thirty-seventh pass, web news hunt) */
  if (s + 2 < lim && x->tk[s].kind == SL_TOK_NUM && x->tk[s].span.len <= 2 &&
      is_punct(x, s + 1, '.') && is_cap(x, s + 2))
    s += 2;
  /* "To which Davidson objected:", "At which point Vale said": a relative
   * opener is no subject (twenty-eighth pass) */
  if (s + 2 < lim && (tis(x, s, "to") || tis(x, s, "at") || tis(x, s, "in")) &&
      tis(x, s + 1, "which")) {
    s += 2;
    if (s + 1 < lim && tis(x, s, "point")) s++;
  }
  /* "Perhaps the most eloquent statement … comes from": a sentence
   * adverb is no name (twentieth pass) */
  if (s + 1 < lim && is_cap(x, s) && sadv_at(x, s)) {
    s++;
    if (is_punct(x, s, ',') && s + 1 < lim) s++;
  }
  size_t n;
  const char *w = ttext(x, s, &n);
  /* "But she added that after the cuts …, New York was": a conjunction
   * before the subject pronoun is no introductory phrase (twenty-ninth
   * pass) */
  bool conj = s + 1 < lim && (tis(x, s, "but") || tis(x, s, "and") || tis(x, s, "yet") ||
                               tis(x, s, "still") || tis(x, s, "so"));
  if (conj && tin(x, s + 1, PRONOUNS)) return s + 1;
  /* "But Dora Fenn, the founder of …, disagrees": nor before a name and
   * its apposition's comma (thirty-sixth pass) */
  if (conj && s + 3 < lim && is_cap(x, s + 1) && is_cap(x, s + 2) && !tis(x, s, "still") &&
      !tis(x, s, "so") && !tin(x, s + 1, DAYS) && !x->inq[s + 1 - x->t0]) {
    uint32_t e = s + 1;
    while (e < lim && e < s + 6 && (is_cap(x, e) || abbrev_dot(x, e))) e++;
    if (e < lim && is_punct(x, e, ',')) return s + 1;
  }
  bool intro = tin(x, s, INTRO) || (n > 4 && !memcmp(w + n - 3, "ing", 3) && is_cap(x, s)) ||
               x->tk[s].kind == SL_TOK_NUM || time_lead(x, s, lim);
  if (!intro) return s;
  for (uint32_t t = s; t < lim && t < s + 40; t++)
    if (is_punct(x, t, ',') && !x->inq[t - x->t0]) {
      /* "Speaking on “Fox News Sunday,” Sen. Jim DeMint": past the mark */
      while (t + 1 < lim && is_quote(x, t + 1) && (x->tk[t + 1].flags & SL_TF_CLOSE)) t++;
      /* "On May 26, 2009, The Connecticut Post": past the year (tenth pass) */
      if (t + 2 < lim && x->tk[t + 1].kind == SL_TOK_NUM && is_punct(x, t + 2, ',') &&
          t > s && x->tk[t - 1].kind == SL_TOK_NUM)
        t += 2;
      /* "In two speeches, widely reported by the press, Premier X": a
       * second phrase, opened by an adverb or a participle, up to the
       * comma before a capitalised word (thirty-first pass) */
      uint32_t r = t + 1;
      size_t rn;
      const char *rw = r < lim ? ttext(x, r, &rn) : NULL;
      /* (or by a subordinating conjunction: "In his address, before the
       * vote was known, Mr Ostrand …"; thirty-seventh pass, web news hunt) */
      bool sub_conj = rw && (tis(x, r, "before") || tis(x, r, "after") || tis(x, r, "while") ||
                             tis(x, r, "when") || tis(x, r, "although") || tis(x, r, "though") ||
                             tis(x, r, "because") || tis(x, r, "until") || tis(x, r, "once"));
      if (rw && is_lower(x, r) && !x->inq[r - x->t0] &&
          ((rn > 4 && (!memcmp(rw + rn - 2, "ly", 2) || !memcmp(rw + rn - 2, "ed", 2) ||
                       !memcmp(rw + rn - 3, "ing", 3))) ||
           sub_conj) &&
          !is_cue(x, r))
        for (uint32_t c = r + 1; c < lim && c < r + 12 && !x->inq[c - x->t0]; c++)
          if (is_punct(x, c, ',')) {
            /* (not a name in apposition: "delivered to the leader,
             * Ann Lee of Ohio, and …") */
            uint32_t ce;
            if (c + 1 < lim && is_cap(x, c + 1) && !x->inq[c + 1 - x->t0] &&
                !(cap_run(x, c + 1, lim, &ce) && ce < lim &&
                  (is_punct(x, ce, ',') || tis(x, ce, "of"))))
              return c + 1;
            break;
          }
      return r;
    }
  return s;
}

/* ---- pairing ---------------------------------------------------------- */

/* Adds a mention of tokens (open, close) exclusive; close may be the end. */
static bool add_mention(ctx *x, uint32_t first, uint32_t last_excl, bool keep_lead) {
  /* skip a doubled opening mark (unless it opens a nested quotation:
   * keep_lead); a nested quotation's closing mark at the end ("… are
   * somehow 'racists.'") stays inside */
  while (!keep_lead && first < last_excl && is_quote(x, first)) first++;
  if (first >= last_excl) return true;
  sl_qmention m = {0};
  m.article = x->a;
  m.tok0 = first, m.tok1 = last_excl;
  m.span.off = x->tk[first].span.off;
  m.span.len = x->tk[last_excl - 1].span.off + x->tk[last_excl - 1].span.len - m.span.off;
  return sl_vec_push(&x->q->mentions, m);
}

/* Title-like: at most maxw words (six for any title), every one
 * capitalised or a small word, no inner sentence punctuation ("Blue
 * Harbour", “The Long Table”).  0 if not, else the words counted when the
 * last (non-number) word was read: title_like with a smaller maxw holds
 * exactly when that count is at most it (pair_article reads once for 6
 * and 15; speed round, thirty-seventh pass). */
static uint32_t title_like(const ctx *x, uint32_t a, uint32_t b, uint32_t maxw) {
  uint32_t words = 0, caps = 0, wl = 0;
  while (b > a && (x->tk[b - 1].kind == SL_TOK_PUNCT || x->tk[b - 1].kind == SL_TOK_QUOTE)) b--;
  for (uint32_t t = a; t < b; t++) {
    if (x->tk[t].kind == SL_TOK_PUNCT) {
      size_t n;
      const char *s = ttext(x, t, &n);
      if (n == 1 && (s[0] == ',' || s[0] == '.' || s[0] == ':' || s[0] == ';')) return 0;
      continue;
    }
    if (x->tk[t].kind == SL_TOK_QUOTE) continue;
    if (x->tk[t].kind == SL_TOK_NUM) {
      words++;
      continue;
    }
    if (!is_cap(x, t) && !(t > a && tin(x, t, SMALL))) return 0;
    if (is_cap(x, t)) caps++;
    if (++words > maxw) return 0;
    wl = words;
  }
  return words > 0 && caps > 0 ? wl : 0; /* "1 in 3" is not a title */
}

/* Nouns of works whose titles are written in quotation marks ("the song
 * “Blue Harbour”", "his podcast, “The Long Table”", "an op-ed headlined “…”"). */
static const char *const WORKS[] = {
    "song", "songs", "album", "albums", "single", "track", "hit", "anthem", "show", "shows",
    "series", "film", "films", "movie", "movies", "book", "books", "novel", "memoir", "podcast",
    "podcasts", "programme", "program", "episode", "episodes", "article", "articles", "op-ed",
    "column", "essay", "headline", "headlined", "story", "cover", "documentary", "play",
    "musical", "poem", "sitcom", "drama", "special", "titled", "entitled", "dubbed", "named",
    "magazine", "newspaper", "blog", "website", "site", "channel", "segment", "exhibition",
    "tour", "video", "ad", "advert", "advertisement", "report", "study", "chapter",
    "recording", "recordings", "tape", "tapes", "sang", "sings", /* thirty-sixth pass */ NULL};
/* Makers of works, after a title: the “Blue Harbour” singer. */
static const char *const MAKERS[] = {"singer", "star", "host", "author", "writer", "actor",
                                     "actress", "rapper", "creator", "director", "hitmaker",
                                     "band", "singer-songwriter", "presenter", NULL};
/* Nouns of speech that a quoted phrase can modify (“Crooked Hillary”
 * tweet, a “Lock her up” chant): the phrase was said or written. */
static const char *const SPEECHN[] = {"tweet", "tweets", "post", "posts", "remark", "remarks",
                                      "comment", "comments", "chant", "chants", "slogan",
                                      "line", "jab", "jibe", "taunt", "insult", "nickname",
                                      "attack", "attacks", "rant", "outburst", "quip", NULL};

/* (the token's first letter, lower-cased, is compared with each list
 * word's before the whole word: most list words stop there) */
static bool word_in(const ctx *x, uint32_t t, const char *const *list) {
  if (x->tk[t].kind != SL_TOK_WORD || !is_lower(x, t)) return false;
  char a = x->text[x->tk[t].span.off];
  if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
  for (const char *const *w = list; *w; w++)
    if ((*w)[0] == a && tis_s(x, t, *w)) return true;
  return false;
}

/* A title's context: a work noun among the four words before the opening
 * mark ("his 2013 hit “Blue Harbour”", "a BuzzFeed article titled “…”") or
 * right after the closing mark ("“The Long Table” podcast"), "on" before it
 * and the capitalised words of a channel (a programme: "appearing on “Fox
 * News Sunday”", "on ABC's “This Week”"), or "by" (a user name). */
static bool work_context(const ctx *x, uint32_t open, uint32_t close) {
  uint32_t s0 = x->sfirst[tsent(x, open)];
  /* "on “Fox News Sunday”", "on ABC's “This Week”", "on Fox News' “…”" */
  for (uint32_t k = open, w = 0; k-- > s0 && w < 4; w++) {
    if (tis(x, k, "on")) return true;
    if (!is_cap(x, k) && !is_quote(x, k)) break;
  }
  /* "posted by “DCCameraGuy”": an author's or user's name; "2005's “Number
   * One”", "Legend's “Blue Harbour”": someone's work */
  if (open > s0 && (tis(x, open - 1, "by") || ends_possessive(x, open - 1))) return true;
  for (uint32_t k = open, w = 0; k-- > s0 && w < 4;) {
    if (x->tk[k].kind != SL_TOK_WORD) continue;
    w++;
    if (word_in(x, k, WORKS)) return true;
  }
  for (uint32_t k = close + 1, w = 0; k < x->t1 && w < 3 && tsent(x, k) == tsent(x, open); k++) {
    if (x->tk[k].kind != SL_TOK_WORD) continue;
    w++;
    if (word_in(x, k, WORKS) || word_in(x, k, MAKERS)) return true;
    if (!is_cap(x, k)) break;
  }
  return false;
}

/* A speech noun among the capitalised words after the closing mark: "his
 * first “Crooked Hillary” Twitter post", a “Lock her up” chant. */
static bool speech_noun_after(const ctx *x, uint32_t open, uint32_t close) {
  uint32_t si = tsent(x, open);
  for (uint32_t k = close + 1, w = 0; k < x->t1 && w < 3 && tsent(x, k) == si; k++) {
    if (x->tk[k].kind != SL_TOK_WORD) continue;
    w++;
    if (word_in(x, k, SPEECHN)) return true;
    if (!is_cap(x, k)) break;
  }
  return false;
}

/* A capitalised phrase in quotation marks that is speech all the same: it
 * exclaims or asks ('Jail!'), it is quoted in a headline in single quotes,
 * or its sentence has a cue ("Trump has called her “Crooked Hillary”"). */
static bool speech_context(const ctx *x, uint32_t open, uint32_t close) {
  for (uint32_t k = close; k-- > open + 1 && x->tk[k].kind != SL_TOK_WORD;)
    if (is_punct(x, k, '!') || is_punct(x, k, '?')) return true;
  uint32_t si = tsent(x, open);
  if (x->headline[si] && !quote_double(x, open)) return true;
  uint32_t s0 = x->sfirst[si], s1 = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
  s0 = SL_MAX(s0, open - SL_MIN(open, REACH)), s1 = SL_MIN(s1, close + REACH);
  for (uint32_t k = s0; k < s1; k++) {
    if (k == open || (k >= open && k <= close) || x->inq[k - x->t0]) continue;
    /* a cue right after another quotation's closing mark ("“…?” Bachmann
     * asked …") reports that quotation, not this span */
    bool other = false;
    for (uint32_t b = k, w = 0; b-- > x->t0 && w < 3 && tpara(x, b) == tpara(x, k); w++)
      if (is_close(x, b) && x->inq[b - x->t0]) other = true;
    if (!other && is_cue(x, k)) return true;
  }
  return false;
}

/* A word or term mentioned, not someone's words: a lower-case span of up
 * to four words after "the term", "the word", "the concept of", "the
 * self-identified", "also referred to as", "were marked", or a single word
 * after "these"/"those" (the self-identified “student”, the term “deep
 * state”, the concept of “subsidiarity”, these “students”). */
/* "a man who called himself “Dee,”", "a girl known as “Jay”",
 * "nicknamed “Chip”": a name of one to three capitalised words given in
 * marks, no quotation (thirty-fourth pass). */
static bool name_in_marks(const ctx *x, uint32_t open, uint32_t close) {
  uint32_t words = 0;
  if (open + 1 >= close || open <= x->t0 + 1 || !is_cap(x, open + 1)) return false;
  for (uint32_t t = open + 1; t < close; t++) {
    if (x->tk[t].kind != SL_TOK_WORD) continue;
    if (!is_cap(x, t) || ++words > 3) return false;
  }
  uint32_t p = open - 1;
  if (tis(x, p, "nicknamed") || tis(x, p, "alias")) return true;
  if (tis(x, p, "himself") || tis(x, p, "herself") || tis(x, p, "themselves"))
    return tis(x, p - 1, "called") || tis(x, p - 1, "calls") || tis(x, p - 1, "named");
  if (tis(x, p, "as")) return tis(x, p - 1, "known") || tis(x, p - 1, "identified");
  if (tis(x, p, "by")) return tis(x, p - 1, "goes") || tis(x, p - 1, "went") || tis(x, p - 1, "go");
  return false;
}

/* "a “slow bleed” procedure", "the firm's “cement collar” device", "a
 * model called “pressure at depth”": two or three lower-case words in marks that
 * name a thing (thirty-sixth pass) — a compound between an article or a
 * possessive (up to two lower-case modifiers after it) and a lower-case
 * noun, or after a noun phrase and "called" / "named" / "dubbed". No
 * intensifier or -ly word inside ("a “truly vital” step" is someone's),
 * no article inside ("… called “the long way round”"); one word ("a
 * “reckless” plan") stays someone's words. */
/* Tokens [a, b) are all capitalised words ("Big Net", a nickname of up to
 * three words; thirty-seventh pass). */
static bool caps_between(const ctx *x, uint32_t a, uint32_t b) {
  for (uint32_t t = a; t < b; t++)
    if (x->tk[t].kind != SL_TOK_WORD || !is_cap(x, t)) return false;
  return a < b;
}

static bool sal_prep(const ctx *x, uint32_t t);
static bool quoted_compound(const ctx *x, uint32_t open, uint32_t close, uint32_t s0) {
  static const char *const INTENS[] = {"very", "so", "too", "most", "more", "less", "quite",
                                       "really", "rather", "pretty", "not", "no", "all", NULL};
  for (uint32_t t = open + 1; t < close; t++) {
    size_t n;
    const char *w = ttext(x, t, &n);
    if (!is_lower(x, t) || tin(x, t, ARTS) || (n <= 6 && word_in(x, t, INTENS)) ||
        (n > 3 && !memcmp(w + n - 2, "ly", 2)))
      return false;
  }
  uint32_t p = open - 1;
  /* "a model called “…”": an article, then a lower-case noun, before the
   * participle */
  if (p > s0 + 1 && is_lower(x, p) &&
      (tis(x, p, "called") || tis(x, p, "named") || tis(x, p, "dubbed")) &&
      is_lower(x, p - 1) && !tin(x, p - 1, PREPS) && !tin(x, p - 1, ADVERBS) &&
      !tin(x, p - 1, PRONOUNS) && tin(x, p - 2, ARTS))
    return true;
  /* the article or possessive, up to two modifiers after it; the words in
   * marks all content words ("a “reign of terror” brought …" is someone's) */
  for (uint32_t t = open + 1; t < close; t++)
    if (tin(x, t, SMALL) || tin(x, t, PREPS) || sal_prep(x, t)) return false;
  uint32_t d = p, m = 0;
  while (d > s0 && m < 2 && is_lower(x, d) && !tin(x, d, ARTS) && !tin(x, d, PREPS) &&
         !tin(x, d, SMALL) && !is_cue(x, d))
    d--, m++;
  if (!((is_lower(x, d) && tin(x, d, ARTS)) || ends_possessive(x, d) || tis(x, d, "'s")))
    return false;

  /* the head noun after the closing mark: a lower-case word that is no
   * function word, verb form in -ed, adverb or cue */
  uint32_t h = close + 1;
  if (h >= x->t1 || tsent(x, h) != tsent(x, open) || !is_lower(x, h)) return false;
  size_t n;
  const char *w = ttext(x, h, &n);
  if (tin(x, h, PREPS) || tin(x, h, SMALL) || sal_prep(x, h) || memchr(w, '\'', n) ||
      memchr(w, 0xE2, n) || tis(x, h, "either") || tin(x, h, ARTS) || tin(x, h, PRONOUNS) ||
      tin(x, h, ADVERBS) || tin(x, h, DETS) || is_cue(x, h) || (n > 3 && !memcmp(w + n - 2, "ed", 2)) ||
      (n > 3 && !memcmp(w + n - 2, "ly", 2)) || tis(x, h, "being") || tis(x, h, "be") ||
      tis(x, h, "should") || tis(x, h, "could") || tis(x, h, "may") || tis(x, h, "might") ||
      tis(x, h, "must") || tis(x, h, "can") || tis(x, h, "than") || tis(x, h, "so") ||
      tis(x, h, "if") || tis(x, h, "because") || tis(x, h, "whose") || tis(x, h, "where") ||
      tis(x, h, "ahead") || tis(x, h, "soon") || (n > 4 && !memcmp(w + n - 3, "ing", 3)))
    return false;
  return true;
}

static bool term_mention(const ctx *x, uint32_t open, uint32_t close) {
  uint32_t a = open + 1, words = 0;
  if (a >= close || !is_lower(x, a)) return false;
  for (uint32_t t = a; t < close; t++)
    if (x->tk[t].kind == SL_TOK_WORD && ++words > 4) return false;
  uint32_t s0 = x->sfirst[tsent(x, open)];
  if (open <= s0) return false;
  if (words >= 2 && words <= 3 && close == open + 1 + words && quoted_compound(x, open, close, s0))
    return true;
  /* "… “deep state” because the term …": the term taken up right after
   * (at most two words between, in the sentence) */
  for (uint32_t k = close + 1, w = 0; k + 1 < x->t1 && w < 3 && tsent(x, k) == tsent(x, open);
       k++) {
    if (x->tk[k].kind != SL_TOK_WORD) continue;
    if ((tis(x, k, "the") || tis(x, k, "this") || tis(x, k, "that")) &&
        (tis(x, k + 1, "term") || tis(x, k + 1, "word") || tis(x, k + 1, "phrase") ||
         tis(x, k + 1, "label") || tis(x, k + 1, "expression")))
      return true;
    w++;
  }
  uint32_t p = open - 1;
  /* "from “may,” which is an authorization, to “shall,”": one word and
   * what it means (twentieth pass) */
  if (words == 1 && close + 2 < x->t1 && tis(x, close + 1, "which") &&
      (tis(x, close + 2, "is") || tis(x, close + 2, "means") || tis(x, close + 2, "refers")) &&
      (is_punct(x, close - 1, ',') || is_punct(x, close + 1, ',')))
    return true;
  /* "known as the “differential undercount”": past the determiner */
  if (p > s0 + 1 && (tis(x, p, "the") || tis(x, p, "a") || tis(x, p, "an")) && tis(x, p - 1, "as"))
    p--;
  if (tis(x, p, "self-identified") || tis(x, p, "self-described") ||
      tis(x, p, "self-styled") || tis(x, p, "so-called"))
    return true;
  if (words == 1 && (tis(x, p, "these") || tis(x, p, "those"))) return true;
  if (tis(x, p, "marked") || tis(x, p, "labeled") || tis(x, p, "labelled") ||
      tis(x, p, "stamped"))
    return true;
  if (tis(x, p, "as") && p > s0) {
    uint32_t v = p - 1;
    if (tis(x, v, "to") && v > s0) v--; /* "referred to as" */
    return tis(x, v, "referred") || tis(x, v, "known") || tis(x, v, "marked") ||
           tis(x, v, "labeled") || tis(x, v, "labelled") || tis(x, v, "classified") ||
           tis(x, v, "designated");
  }
  if (tis(x, p, "of") && p > s0) p--;
  else if (!(tis(x, p, "term") || tis(x, p, "terms") || tis(x, p, "word") ||
             tis(x, p, "words") || tis(x, p, "phrase") || tis(x, p, "label") ||
             tis(x, p, "expression") || tis(x, p, "buzzword")))
    return false;
  if (!(tis(x, p, "term") || tis(x, p, "word") || tis(x, p, "phrase") || tis(x, p, "concept") ||
        tis(x, p, "definition") || tis(x, p, "definitions") || tis(x, p, "meaning") ||
        tis(x, p, "notion") || tis(x, p, "doctrine") || tis(x, p, "teaching") ||
        tis(x, p, "principle") || tis(x, p, "terms") || tis(x, p, "words") ||
        tis(x, p, "label") || tis(x, p, "expression") || tis(x, p, "buzzword")))
    return false;
  /* "the term", "the Catholic concept of", "his use of the word": a
   * determiner, possibly with adjectives, before the noun */
  for (uint32_t k = p, n = 0; k-- > s0 && n < 3; n++)
    if (tin(x, k, DETS) || tis(x, k, "use")) return true;
  return false;
}


static bool is_open(const ctx *x, uint32_t t) {
  return is_quote(x, t) && (x->tk[t].flags & SL_TF_OPEN);
}
static bool is_close(const ctx *x, uint32_t t) {
  return is_quote(x, t) && (x->tk[t].flags & SL_TF_CLOSE);
}

/* Tokens [a, b) name a speaker in a short attribution clause: a personal
 * pronoun, or capitalised words (honorifics' and initials' periods
 * between them), after at most two lower-case title words ("Mr.
 * Rother", "Defense Secretary Ann Holt", "spokesman Tom Vale"). */
static bool tail_speaker(const ctx *x, uint32_t a, uint32_t b) {
  if (b == a + 1 && is_lower(x, a) && tin(x, a, PRONOUNS)) return true;
  uint32_t k = a, caps = 0;
  while (k < b && k < a + 2 && is_lower(x, k) && tin(x, k, TITLES)) k++;
  for (; k < b; k++) {
    if (is_cap(x, k)) caps++;
    else if (!abbrev_dot(x, k)) return false;
  }
  return caps > 0 && b - a <= 6;
}

/* A quotation whose closing mark was left out before its attribution
 * (eighteenth pass, spans): an unclosed span [a, b) ending at a paragraph
 * change or at another opening mark, whose text ends with a short
 * attribution clause — ", he wrote.", ", Mr. Rother said.", ", said Ann
 * Holt." — ends right after the comma, where the closing mark belongs.
 * Returns that comma, or b when the span does not end so. */
static uint32_t cue_tail(const ctx *x, uint32_t a, uint32_t b) {
  if (b < a + 4 || !is_punct(x, b - 1, '.')) return b;
  uint32_t e = b - 1, c = e;
  while (c > a && e - c < 8 && (is_word(x, c - 1) || abbrev_dot(x, c - 1))) c--;
  if (c <= a + 1 || c + 2 > e || !is_punct(x, c - 1, ',')) return b;
  c--; /* the comma */
  if (tpara(x, c) != tpara(x, e)) return b;
  if (is_cue(x, e - 1) && tail_speaker(x, c + 1, e - 1)) return c; /* ", he wrote." */
  if (is_cue(x, c + 1) && tail_speaker(x, c + 2, e)) return c;     /* ", said Ann Holt." */
  return b;
}

/* A closing mark at k followed by a second closing mark of its kind that
 * ends the paragraph ("… to hear you . '' ''": tokenized excerpts whose
 * next excerpt's opening mark came out as a closing one; thirty-seventh
 * pass, spans). */
static bool doubled_close(const ctx *x, uint32_t k) {
  return k + 1 < x->t1 && is_close(x, k + 1) && quote_double(x, k + 1) == quote_double(x, k) &&
         tpara(x, k + 1) == tpara(x, k) && (k + 2 >= x->t1 || tpara(x, k + 2) != tpara(x, k));
}

/* The second mark m of a doubled closing mark closes nothing: it is the
 * lost opening mark of an excerpt starting on the next line when, within
 * REACH tokens and before any other double mark, a closing mark of the
 * kind ends a paragraph — the two orphan marks balance (nested single
 * quotations may lie between).  Returns that mark, or x->t1. */
static uint32_t lost_open_close(const ctx *x, uint32_t m) {
  uint32_t j = m + 1;
  if (j >= x->t1 || tpara(x, j) == tpara(x, m) || is_quote(x, j)) return x->t1;
  for (uint32_t k = j + 1; k < x->t1 && k < j + REACH; k++) {
    if (!is_quote(x, k) || !quote_double(x, k)) continue;
    if (is_close(x, k) && quote_double(x, k) == quote_double(x, m) &&
        (k + 1 >= x->t1 || tpara(x, k + 1) != tpara(x, k)))
      return k;
    return x->t1;
  }
  return x->t1;
}

/* The end of a block quotation (a post, a letter, an excerpt) still open
 * at the end of paragraph para; j is the first token after it.  Within the
 * four paragraphs after para, none starting with an opening mark of the
 * kind (that would be a new quotation) and each balanced (nested
 * quotations opened and closed inside it), a closing mark with no opening
 * mark before it in its paragraph that ends its paragraph closes the
 * block.  Returns that mark, or x->t1. */
static uint32_t block_close(const ctx *x, uint32_t j, uint32_t para, bool dbl) {
  uint32_t bal = 0, p = tpara(x, j);
  for (uint32_t k = j; k < x->t1; k++) {
    uint32_t pk = tpara(x, k);
    if (pk != p) {
      if (bal) return x->t1;
      p = pk;
    }
    if (pk > para + 4) return x->t1;
    if (!is_quote(x, k) || quote_double(x, k) != dbl) continue;
    if (is_open(x, k)) {
      if (k == j || tpara(x, k - 1) != pk) return x->t1;
      bal++;
      continue;
    }
    if (bal) {
      bal--;
      continue;
    }
    if (k + 1 >= x->t1 || tpara(x, k + 1) != pk || doubled_close(x, k)) return k;
    /* "…\nWas supposed to leave,” Ann Holt wrote.": in the next two
     * paragraphs, a mark after a comma, '?' or '!' and before a cue (a
     * post of several lines; eighteenth pass, spans) */
    if (pk <= para + 2 && k > j &&
        (is_punct(x, k - 1, ',') || is_punct(x, k - 1, '?') || is_punct(x, k - 1, '!')))
      for (uint32_t c = k + 1; c < x->t1 && c < k + 5 && tpara(x, c) == pk; c++)
        if (is_cue(x, c)) return k;
    return x->t1;
  }
  return x->t1;
}

/* The closing mark of a `` quotation still open at the end of paragraph
 * para (thirty-sixth pass, tokenized text): in wire copy and tokenized
 * text (`` … '', often one sentence per line) a '' never opens, so the
 * quotation runs on over the line ends to the first double mark in the
 * next three paragraphs when that mark closes ("`` The wall has failed .⏎
 * We will not reopen the road , '' the chief engineer said .").  A new
 * `` before any closing mark ends the search (a `` opening a later line is
 * no reopening: the lines between are as often narration after a
 * quotation whose closing mark was left out).  j is the first token after
 * para.  Returns the closing mark, or x->t1. */
static uint32_t wire_close(const ctx *x, uint32_t open, uint32_t j, uint32_t para) {
  /* other marks (plain text one sentence a line: the same cut by the
   * line structure) when each line from the opening mark on holds one
   * sentence, as no paragraph-per-line text does (thirty-seventh pass) */
  bool wire = x->tk[open].span.len == 2 && x->text[x->tk[open].span.off] == '`';
  if (!wire && tsent(x, open) != tsent(x, j - 1)) return x->t1;
  for (uint32_t k = j; k < x->t1 && k < j + REACH && tpara(x, k) <= para + 8; k++) {
    if (!wire && k > j && tpara(x, k) == tpara(x, k - 1) && tsent(x, k) != tsent(x, k - 1))
      return x->t1;
    if (is_quote(x, k) && quote_double(x, k)) {
      /* past the third line, only a mark that ends its line or is doubled
       * there (an excerpt of several sentences; thirty-seventh pass) */
      if (!is_close(x, k) || (tpara(x, k) > para + 3 && k + 1 < x->t1 &&
                              tpara(x, k + 1) == tpara(x, k) && !doubled_close(x, k)))
        return x->t1;
      if (wire || is_punct(x, k - 1, '.') || is_punct(x, k - 1, '?') || is_punct(x, k - 1, '!'))
        return k;
      /* (plain marks after a comma: a cue follows in the sentence) */
      if (is_punct(x, k - 1, ','))
        for (uint32_t c = k + 1; c < x->t1 && c < k + 16 && tsent(x, c) == tsent(x, k); c++)
          if (is_cue(x, c)) return k;
      return x->t1;
    }
  }
  return x->t1;
}

/* Finds the quotations of the current article; marks x->inq. */
static bool pair_article(ctx *x) {
  size_t first_mention = x->q->mentions.n;
  uint32_t t = x->t0, cut = x->t1; /* the opening mark that ended an unclosed span */
  while (t < x->t1) {
    { /* to the next opening mark: most tokens are none (a tight loop, the
       * flag read first) */
      const sl_token *tk = x->tk;
      uint32_t t1 = x->t1;
      /* (four flags at a time first: one test per four tokens) */
      while (t + 4 <= t1 &&
             !((tk[t].flags | tk[t + 1].flags | tk[t + 2].flags | tk[t + 3].flags) & SL_TF_OPEN))
        t += 4;
      while (t < t1 && !((tk[t].flags & SL_TF_OPEN) && tk[t].kind == SL_TOK_QUOTE)) t++;
      if (t >= t1) break;
    }
    bool dbl = quote_double(x, t);
    uint32_t open = t, j = t + 1, end = x->t1, next = x->t1;
    uint32_t para = tpara(x, t);
    /* an opening mark of the same kind inside a double-quoted span opens a
     * nested quotation (“… apologized for using the “f bomb.””, an excerpt
     * in straight quotes quoting someone in straight quotes) when the
     * structure confirms it: the outer span is closed after the inner one
     * in its paragraph, or ends as a block quotation (block_close).
     * Otherwise the outer span was never closed and ends at the inner
     * opening mark, as before.  One level only: a third opening mark ends
     * the outer span at the first inner one (keeps hostile input linear). */
    uint32_t depth = 1, inner = 0;
    bool inner_closed = false;
    for (; j < x->t1; j++) {
      if (!dbl && j - open > 40) {
        end = j, next = j; /* too long for single quotes (below): stop looking */
        break;
      }
      if (tpara(x, j) != para) {
        /* a paragraph that ends with ", he wrote." and no closing mark:
         * the quotation ends at the comma (a reopening mark after it
         * opens the next quotation) */
        uint32_t c = dbl && !inner ? cue_tail(x, open + 1, j) : j;
        if (c < j) {
          end = c + 1, next = c + 1;
          break;
        }
        /* paragraph change inside the quotation: reopened or unterminated */
        if (!inner && is_open(x, j) && quote_double(x, j) == dbl) {
          para = tpara(x, j);
          continue;
        }
        uint32_t k = dbl ? block_close(x, j, para, dbl) : x->t1;
        if (k >= x->t1 && dbl && !inner) k = wire_close(x, open, j, para);
        if (k < x->t1) {
          end = k, next = k + 1;
        } else if (inner) {
          end = inner, next = inner;
        } else {
          end = j, next = j;
        }
        break;
      }
      if (!is_quote(x, j) || quote_double(x, j) != dbl) continue;
      if (is_close(x, j)) {
        if (depth > 1) {
          depth--;
          inner_closed = true;
          continue;
        }
        end = j, next = j + 1;
        break;
      }
      if (!dbl) continue; /* nested single quotes: keep looking */
      if (depth == 1) {
        /* “…, Mr. Rother said. “…: the next quotation opens */
        uint32_t c = inner ? j : cue_tail(x, open + 1, j);
        if (c < j) {
          end = c + 1, next = c + 1;
          break;
        }
        if (!inner) inner = j;
        depth++;
        continue;
      }
      /* an opening mark of the same kind inside: the previous one was never closed */
      end = inner, next = inner;
      break;
    }
    if (j >= x->t1) {
      end = inner ? inner : x->t1, next = end;
      if (dbl && !inner && cue_tail(x, open + 1, x->t1) < x->t1)
        end = cue_tail(x, open + 1, x->t1) + 1, next = end;
    }
    /* the mark that ended an unclosed span opens a span that is itself
     * ended by an opening mark whose own quotation closes: read as the
     * first span's misplaced closing mark ('… is wrong. "Perry is referring
     * to … "promote and protect" the rights'), the reading in which the
     * marks balance */
    if (dbl && open == cut && inner && end == inner && inner_closed) {
      t = open + 1;
      continue;
    }
    cut = dbl && inner && end == inner ? inner : x->t1;
    if (!dbl) {
      /* single quotes: only when closed within the paragraph, 1-40 tokens */
      if (end >= x->t1 || !is_close(x, end) || tpara(x, end) != tpara(x, open) ||
          end - open > 40 || end - open < 2) {
        /* or opened with ' and closed with " at the end of the paragraph,
         * with no other mark in between ('One party … together.") */
        uint32_t k = open + 1;
        while (k < x->t1 && tpara(x, k) == tpara(x, open) && !is_quote(x, k)) k++;
        if (k < x->t1 && k > open + 1 && is_close(x, k) && quote_double(x, k) &&
            tpara(x, k) == tpara(x, open) && (k + 1 >= x->t1 || tpara(x, k + 1) != tpara(x, k))) {
          end = k, next = k + 1;
        } else {
          t = open + 1;
          continue;
        }
      }
    }
    /* title-like spans not followed by a cue are not speech; a span of
     * any length right after "titled", "entitled", "headlined" is a title */
    bool keep = !(open > x->t0 && (tis(x, open - 1, "titled") || tis(x, open - 1, "entitled") ||
                                   tis(x, open - 1, "headlined")));
    if (keep && dbl && term_mention(x, open, end)) keep = false;
    if (keep && name_in_marks(x, open, end)) keep = false;
    bool after_cue = open > x->t0 && (is_cue(x, open - 1) ||
                                      (open - 1 > x->t0 && (is_punct(x, open - 1, ':') ||
                                                            is_punct(x, open - 1, ',')) &&
                                       is_cue(x, open - 2)));
    /* ("Brook sings “Blue Moon River”": a song sung is a title) */
    if (after_cue && (tis(x, open - 1, "sang") || tis(x, open - 1, "sings"))) after_cue = false;
    /* (title_like for 15 words read once: for 6 when its count is <= 6) */
    uint32_t tw = keep ? title_like(x, open + 1, end, 15) : 0;
    if (keep && tw && tw <= 6) {
      /* kept only as a whole short utterance: opening its sentence (or
       * after a colon) and followed by a cue ("“Never,” she said") */
      keep = false;
      bool starts = open == x->t0 || x->sfirst[tsent(x, open)] == open ||
                    is_punct(x, open - 1, ':');
      for (uint32_t k = end + 1; starts && k < x->t1 && k < end + 4; k++)
        if (is_cue(x, k)) keep = true;
      /* or right after a cue: "someone shouted “President Obama”" */
      if (after_cue) keep = true;
      /* otherwise a title only with a work's context; a capitalised
       * epithet or partial quotation in a reported sentence is speech */
      /* "helped catch “Unabomber” Ted Kaczynski": a nickname right before
       * the person's name (two capitalised words or more) is no quotation */
      np nm;
      /* "“Summer Notes” is built from …": a title opening its sentence as
       * the subject of a verb (twenty-third pass) */
      bool subject = starts && end + 1 < x->t1 && is_lower(x, end + 1) &&
                     (tis(x, end + 1, "is") || tis(x, end + 1, "was") ||
                      tis(x, end + 1, "has") || tis(x, end + 1, "had"));
      if (!keep && subject)
        keep = false;
      else if (!keep && end - open <= 3 && end + 1 < x->t1 && tpara(x, end + 1) == tpara(x, end) &&
          is_cap(x, end + 1) && name_at(x, end + 1, x->t1, &nm) && nm.b - nm.a >= 2 && !nm.org)
        keep = false;
      /* "Amy “Kay” Lund": a nickname between the first name and the
       * surname (thirty-first pass) */
      else if (!keep && end >= open + 2 && end <= open + 4 && open > x->t0 && end + 1 < x->t1 &&
               is_cap(x, end + 1) && !x->inq[end + 1 - x->t0] && first_name_at(x, open - 1) &&
               caps_between(x, open + 1, end))
        keep = false;
      else if (!keep)
        keep = speech_noun_after(x, open, end) ||
               (!work_context(x, open, end) && speech_context(x, open, end));
    }
    /* a longer title (up to 15 words: “On the Record with Greta Van
     * Susteren”, a headline) is a title only in a work's context, not in a
     * headline and not right after a cue */
    else if (keep && !after_cue && !x->headline[tsent(x, open)] &&
             tw && work_context(x, open, end))
      keep = false;
    if (keep) {
      if (!add_mention(x, open + 1, end, inner == open + 1 && end != inner)) return false;
      uint32_t stop = SL_MIN(next, x->t1); /* one memset, not a loop per token */
      if (stop > open) memset(x->inq + (open - x->t0), 1, stop - open);
    }
    /* "… hear you . '' ''⏎... Do n't confuse … . ''": the doubled mark's
     * second one opens the next excerpt (lost_open_close) */
    if (dbl && next == end + 1 && doubled_close(x, end)) {
      uint32_t e2 = lost_open_close(x, end + 1);
      if (e2 < x->t1) {
        if (!add_mention(x, end + 2, e2, false)) return false;
        memset(x->inq + (end + 1 - x->t0), 1, e2 + 1 - (end + 1));
        next = e2 + 1;
      }
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
  bool nocue;          /* the speaker is the subject of a "…:" sentence, no cue word */
  bool far;            /* a sentence-final cue past a long reported clause (twelfth pass) */
} attr;

/* A text speaks for its author: "a statement from Senate Majority Leader
 * Harry Reid’s office", "a letter from Keswick Gas", "Reid's statement".
 * Returns the author's name, or n unchanged. */
static np doc_author(const ctx *x, np n, uint32_t lim) {
  if (n.kind == NP_NONE || n.kind == NP_PRON) return n;
  for (uint32_t d = n.a; d < n.a + 6 && d < lim && !x->inq[d - x->t0]; d++) {
    if (!tin(x, d, DOCS) || (d > n.a && is_cap(x, d))) continue; /* not "the Washington Post" */
    /* "Reid's statement"; "the Interior Department's annual report": up
     * to two lower-case modifiers between (thirty-first pass) */
    uint32_t o = d;
    while (o > n.a + 1 && o + 2 > d && is_lower(x, o - 1) && !tin(x, o - 1, DOCS) &&
           !x->inq[o - 1 - x->t0])
      o--;
    if (o > n.a && ends_possessive(x, o - 1) && is_cap(x, o - 1)) {
      uint32_t a = o - 1;
      while (a > n.a && is_cap(x, a - 1)) a--;
      while (a + 1 < o && (tin(x, a, NOTNAME) || abbrev_dot(x, a))) a++;
      return (np){NP_NAME, a, o, name_is_org(x, a, o), false};
    }
    /* "the Washington Post report said": a name written before the noun
     * (nineteenth pass) */
    if (d > n.a + 1 && is_lower(x, d) &&
        (tis(x, n.a, "the") || tis(x, n.a, "a") || tis(x, n.a, "an")) && is_cap(x, d - 1) &&
        !ends_possessive(x, d - 1)) {
      bool caps = true;
      for (uint32_t k = n.a + 1; k < d && caps; k++) caps = is_cap(x, k) || abbrev_dot(x, k);
      if (caps && !tin(x, n.a + 1, DAYS)) return (np){NP_NAME, n.a + 1, d, true, false};
    }
    uint32_t f = d + 1;
    if (d + 1 < lim && tis(x, d + 1, "release")) f++; /* "a press release from" */
    /* "the report, by White House Counsel Robert Bauer, concluded": the
     * author between commas (twelfth pass) */
    if (f + 1 < lim && is_punct(x, f, ',') && (tis(x, f + 1, "from") || tis(x, f + 1, "by")))
      f++;
    /* "a statement released by the Harbour Police" (thirty-first
     * pass) */
    if (f + 1 < lim && (tis(x, f, "released") || tis(x, f, "issued") ||
                        tis(x, f, "published") || tis(x, f, "distributed")) &&
        tis(x, f + 1, "by"))
      f++;
    /* "a notice on the website of the harbour railway": the site's owner
     * (thirty-sixth pass) */
    if (f + 3 < lim && tis(x, f, "on")) {
      uint32_t g = f + 1;
      if (tis(x, g, "the") || tis(x, g, "its") || tis(x, g, "their")) g++;
      uint32_t g0 = g;
      while (g < lim && g < g0 + 2 &&
             (tis(x, g, "website") || tis(x, g, "site") || tis(x, g, "web") ||
              tis(x, g, "page") || tis(x, g, "homepage")))
        g++;
      if (g > g0 && g < lim && tis(x, g, "of")) f = g;
    }
    if (!(f < lim && (tis(x, f, "from") || tis(x, f, "by") || tis(x, f, "of")))) return n;
    uint32_t t = f + 1;
    bool the = t < lim && tis(x, t, "the");
    if (the) t++;
    uint32_t e;
    /* "… of the harbour railway, Kelvin Line": the name in apposition
     * to a lower-case description (thirty-sixth pass) */
    if (the && t < lim && is_lower(x, t) && !x->inq[t - x->t0]) {
      uint32_t c = t;
      while (c < lim && c < t + 4 && is_lower(x, c) && !x->inq[c - x->t0] && !tin(x, c, PREPS))
        c++;
      if (c > t && c + 1 < lim && is_punct(x, c, ',') && cap_run(x, c + 1, lim, &e) &&
          !ends_possessive(x, e - 1) && e < lim && (is_punct(x, e, ',') || is_punct(x, e, '.')))
        return (np){NP_NAME, c + 1, e, name_is_org(x, c + 1, e), false};
    }
    /* "a letter from her lawyer, William Taylor III,": the source named in
     * apposition (twelfth pass) */
    if (t + 3 < lim && (tis(x, t, "his") || tis(x, t, "her") || tis(x, t, "their")) &&
        is_lower(x, t + 1) && tin(x, t + 1, SOURCES) && is_punct(x, t + 2, ',') &&
        cap_run(x, t + 3, lim, &e) && !ends_possessive(x, e - 1)) {
      uint32_t a = name_core(x, t + 3, e);
      if (a < e && !name_is_org(x, a, e)) return (np){NP_NAME, a, e, false, false};
      return n;
    }
    if (!cap_run(x, t, lim, &e)) {
      /* "a statement from the teachers' union": an organisation described
       * in lower case (its head an organisation word) */
      if (!the) return n;
      for (e = t; e < lim && e < t + 4 && is_lower(x, e) && !x->inq[e - x->t0]; e++)
        if (tin(x, e, ORGWORDS) && !ends_possessive(x, e)) {
          /* "a report by the aid group Doctors Without Borders": the
           * name the description introduces (twenty-third pass) */
          uint32_t ne;
          if (e + 1 < lim && is_cap(x, e + 1) && !x->inq[e + 1 - x->t0] &&
              cap_run(x, e + 1, lim, &ne) && !ends_possessive(x, ne - 1))
            return (np){NP_NAME, e + 1, ne, true, false};
          return (np){NP_NOM, t - 1, e + 1, true, false};
        }
      return n;
    }
    /* "a statement from the Swiss sports ministry": a capitalised
     * modifier before an organisation described in lower case
     * (twenty-second pass) */
    if (the && e < lim && is_lower(x, e) && !ends_possessive(x, e - 1))
      for (uint32_t k = e; k < lim && k < e + 3 && is_lower(x, k) && !x->inq[k - x->t0]; k++)
        if (tin(x, k, ORGWORDS) && !ends_possessive(x, k))
          return (np){NP_NOM, t - 1, k + 1, true, false};
    /* "a statement from Grimm's attorney, William McGinley": the source
     * named in apposition to the owner's spokesperson is the author; with
     * no name after the source ("from Grimm's lawyer"), no author is known */
    if (ends_possessive(x, e - 1) && e < lim && tin(x, e, SOURCES)) {
      uint32_t e2;
      if (e + 2 < lim && is_punct(x, e + 1, ',') && cap_run(x, e + 2, lim, &e2) &&
          !ends_possessive(x, e2 - 1))
        return (np){NP_NAME, after_honorific(x, e + 2, e2), e2, name_is_org(x, e + 2, e2), false};
      return n;
    }
    np r = {NP_NAME, t, e, the || name_is_org(x, t, e), false};
    /* title words before the name: "Senate Majority Leader Harry Reid’s" */
    for (uint32_t k = e; k-- > t + 1;)
      if (is_cap(x, k) && tin(x, k, NOTNAME) && !tin(x, k, DAYS) && k + 1 < e &&
          !suffix_only(x, k + 1, e)) {
        r.a = k + 1;
        while (r.a < e && abbrev_dot(x, r.a)) r.a++;
        break;
      }
    r.a = after_honorific(x, r.a, e);
    /* "… office": the office speaks for the person */
    if (r.a < e) return r;
    return n;
  }
  return n;
}

/* Speaker phrase for a cue at k inside the clause [w0, w1). */
static np what_subject(const ctx *x, uint32_t k);

/* "X put out a statement … that claimed Obama “…”": a cue in a relative
 * clause ("that"/"which" before it) whose antecedent is a text, among the
 * eight words before, speaks for the text's author — "a statement from
 * X", else the subject of the clause that put the text out ("issued",
 * "released", "posted" …); kind NP_NONE when the cue is not such a clause. */
static np text_clause_author(const ctx *x, uint32_t k, uint32_t w0, uint32_t sent0) {
  np none = {NP_NONE, k, k, false, false};
  uint32_t j = k;
  while (j > w0 && is_lower(x, j - 1) && tin(x, j - 1, ADVERBS)) j--;
  if (!(j > w0 + 1 && (tis(x, j - 1, "that") || tis(x, j - 1, "which")))) return none;
  uint32_t rel = j - 1;
  for (uint32_t d = rel; d-- > w0 && d + 9 > rel;) {
    if (x->inq[d - x->t0] || is_quote(x, d)) break;
    if (!is_lower(x, d) || !tin(x, d, DOCS)) continue;
    np a = doc_author(x, (np){NP_NOM, d, d + 1, false, false}, rel);
    if (a.kind == NP_NAME) return a;
    /* the subject of the clause, when its verb puts the text out */
    uint32_t s = skip_intro(x, sent0 > w0 ? sent0 : w0, d);
    np sub = np_right(x, s, d, false);
    if (sub.kind == NP_NONE || sub.b >= d) return none;
    for (uint32_t v = sub.b; v < d; v++)
      if (is_lower(x, v) && tin(x, v, ISSUES)) return sub;
    return none;
  }
  return none;
}

static np cue_phrase(const ctx *x, uint32_t k, uint32_t w0, uint32_t w1, uint32_t sent0) {
  if (tis(x, k, "according")) return np_right(x, k + 2, w1, true);
  /* "The plan was described by Mayor Ken Ito as “…”", "was called “…” by
   * the victim's mother": a passive's agent (thirty-fourth pass) */
  if (k > w0 && (tis(x, k - 1, "was") || tis(x, k - 1, "were") || tis(x, k - 1, "is") ||
                 tis(x, k - 1, "are") || tis(x, k - 1, "been")) &&
      (tis(x, k, "described") || tis(x, k, "called") || tis(x, k, "labeled") ||
       tis(x, k, "labelled") || tis(x, k, "branded") || tis(x, k, "dubbed"))) {
    for (uint32_t b = k + 1; b + 1 < x->t1 && b < k + 40 && tsent(x, b) == tsent(x, k); b++) {
      if (!tis(x, b, "by") || x->inq[b - x->t0]) continue;
      np ag = np_right(x, b + 1, x->t1, true);
      if (ag.kind == NP_NOM && ag.b > ag.a + 2 && tis(x, ag.b - 1, "as"))
        ag.b--; /* "by the BBC as" */
      if (ag.kind == NP_NAME || ag.kind == NP_NOM) return ag;
      break;
    }
  }
  {
    np ta = text_clause_author(x, k, w0, sent0);
    if (ta.kind != NP_NONE) return ta;
  }
  if (tis(x, k, "called") || tis(x, k, "calls") || tis(x, k, "call")) {
    np ws = what_subject(x, k); /* "what aides called “…”": as written */
    if (ws.kind == NP_NOM && ws.a >= w0) return ws;
  }
  /* "“…,” Ann Holt was quoted as saying": the passive's subject
   * (twenty-second pass) */
  if (k > w0 + 3 && tis(x, k, "saying") && tis(x, k - 1, "as") && tis(x, k - 2, "quoted")) {
    uint32_t b = k - 2;
    while (b > w0 && b + 4 > k - 2 &&
           (tis(x, b - 1, "was") || tis(x, b - 1, "is") || tis(x, b - 1, "were") ||
            tis(x, b - 1, "are") || tis(x, b - 1, "been") || tis(x, b - 1, "has") ||
            tis(x, b - 1, "had") || tis(x, b - 1, "have") || tis(x, b - 1, "widely") ||
            tis(x, b - 1, "also")))
      b--;
    np pas = b < k - 2 ? np_left(x, b, w0) : (np){NP_NONE, k, k, false, false};
    if (pas.kind != NP_NONE && pas.b == b) return pas;
  }
  if (cue_needs_subject(x, k)) {
    /* "…, one blogger asking": a participle with its own subject */
    size_t cl;
    const char *cs = ttext(x, k, &cl);
    if (cl > 4 && !memcmp(cs + cl - 3, "ing", 3)) {
      np own = np_left(x, k, w0);
      /* "One account quotes a mother of one family saying …", "quoted
       * Ann Hale as saying": whom a text or an outlet quotes
       * (twenty-third pass) */
      {
        uint32_t e = k > w0 && tis(x, k - 1, "as") ? k - 1 : k;
        np q = e < k ? np_left(x, e, w0) : own;
        /* "a mother of one family" */
        if (q.kind == NP_NOM && q.a > w0 + 1 && tis(x, q.a - 1, "of")) {
          np h = np_left(x, q.a - 1, w0);
          if (h.kind == NP_NOM && h.b == q.a - 1) q.a = h.a;
        }
        uint32_t qa = q.a;
        while (qa > w0 + 1 && !x->inq[qa - 1 - x->t0] &&
               (abbrev_dot(x, qa - 1) || (is_cap(x, qa - 1) && tin(x, qa - 1, NOTNAME))))
          qa--;
        if (q.kind != NP_NONE && q.kind != NP_PRON && q.b == e && qa > w0 &&
            (tis(x, qa - 1, "quotes") || tis(x, qa - 1, "quoted") || tis(x, qa - 1, "quoting") ||
             tis(x, qa - 1, "quote")))
          return q;
      }
      if (own.kind != NP_NONE && own.kind != NP_PRON && own.b == k && own.a > w0 &&
          (is_punct(x, own.a - 1, ',') || tis(x, own.a - 1, "and") ||
           tis(x, own.a - 1, "with")))
        return own;
      /* "a radio station broadcast a commentary asserting …": a text
       * put out speaks for the subject of the verb that put it out
       * (twenty-fifth pass) */
      if (own.kind == NP_NOM && own.b == k && own.a > w0 + 1 && tin(x, own.b - 1, DOCS) &&
          is_lower(x, own.a - 1) && tin(x, own.a - 1, ISSUES)) {
        np au = np_left(x, own.a - 1, w0);
        if ((au.kind == NP_NAME || au.kind == NP_NOM) && au.b == own.a - 1) return au;
      }
      /* "released a statement from her doctor declaring …": the text's
       * author (tenth pass) */
      uint32_t oa = own.a; /* before "Dr." */
      while (oa > w0 + 2 && !x->inq[oa - 1 - x->t0] &&
             (abbrev_dot(x, oa - 1) || (is_cap(x, oa - 1) && tin(x, oa - 1, NOTNAME))))
        oa--;
      if (own.kind != NP_NONE && own.kind != NP_PRON && own.b == k && oa > w0 + 1 &&
          (tis(x, oa - 1, "from") || tis(x, oa - 1, "by")) && is_lower(x, oa - 2) &&
          tin(x, oa - 2, DOCS))
        return own;
      /* "the U.S. Conference of Catholic Bishops, which wrote several
       * letters to Congress saying “…”": a participle inside a relative
       * clause takes the clause's antecedent */
      for (uint32_t r = k; r-- > w0 + 1 && r + 16 > k;) {
        if (x->inq[r - x->t0] || x->tk[r].kind != SL_TOK_WORD) break;
        if (!(tis(x, r, "which") || tis(x, r, "who"))) continue;
        if (!is_punct(x, r - 1, ',')) break;
        np ante = np_left(x, r - 1, w0);
        if ((ante.kind == NP_NAME || ante.kind == NP_NOM) && ante.b == r - 1) return ante;
        break;
      }
    }
    /* "as Trump continues to describe the probe as a “…”": the subject of
     * the verb that takes the infinitive (eighteenth pass) */
    static const char *const CATEN[] = {"continues", "continued", "continue", "wants", "wanted",
                                        "tried", "tries", "refused", "refuses", "began", "begins",
                                        "sought", "seeks", "decided", "chose", "used", NULL};
    if (k > w0 + 2 && tis(x, k - 1, "to") && is_lower(x, k - 2) && word_in(x, k - 2, CATEN) &&
        !x->inq[k - 2 - x->t0]) {
      np v = np_left(x, k - 2, w0);
      if (v.kind != NP_NONE && v.b == k - 2) return v;
    }
    /* "The ruling prompted the Harbour Times to editorialize that …": the
     * object of a verb of causing or asking before the infinitive (not
     * "interrupted Voss to tell him …": the subject's purpose;
     * thirty-sixth pass) */
    static const char *const OBJCTRL[] = {"prompted", "prompting", "provoked", "provoking",
                                          "led", "leading", "forced", "caused", "pushed",
                                          "pressed", "spurred", "moved", "inspired",
                                          "encouraged", "invited", "allowed", "persuaded",
                                          "convinced", "compelled", "urged", "asked", NULL};
    if (k > w0 + 3 && tis(x, k - 1, "to") && !x->inq[k - 2 - x->t0]) {
      np o = np_left(x, k - 1, w0);
      uint32_t v = o.a; /* the verb, before "the" of a name */
      if (o.kind == NP_NAME && v > w0 + 1 && (tis(x, v - 1, "the") || tis(x, v - 1, "a"))) v--;
      if ((o.kind == NP_NAME || o.kind == NP_NOM) && o.b == k - 1 && v > w0 && is_lower(x, v - 1) &&
          !x->inq[v - 1 - x->t0] && word_in(x, v - 1, OBJCTRL))
        return o;
    }
    /* "... and said", "..., telling X": the subject of the sentence */
    uint32_t s = skip_intro(x, sent0, k);
    /* "A, …, called B …, and C, the chairman, sent her a letter citing
     * …": the subject of the nearest coordinated clause (", and" + a name
     * + its verb) before the participle (eleventh pass) */
    for (uint32_t c = k; c-- > s + 1 && c + 60 > k;) {
      if (x->inq[c - x->t0] || !(tis(x, c, "and") || tis(x, c, "but")) ||
          !is_punct(x, c - 1, ','))
        continue;
      np cc = np_right(x, c + 1, k, false);
      if (cc.kind != NP_NAME || cc.org || cc.b >= k) break;
      uint32_t v = cc.b;
      if (is_punct(x, v, ',')) { /* its apposition */
        uint32_t e = v + 1;
        while (e < k && e < v + 20 && !x->inq[e - x->t0] && !is_punct(x, e, ',')) e++;
        v = e < k && is_punct(x, e, ',') ? e + 1 : k;
      }
      while (v < k && is_lower(x, v) && tin(x, v, ADVERBS)) v++;
      if (v < k && (verb_after_name(x, v, k) || is_cue(x, v))) return cc;
      break;
    }
    np sub = np_right(x, s, k, false);
    /* "Perhaps the best statement … comes from then-Justice Vale,
     * writing in dissent, “…”": a subject that is no person; the person
     * named right before the participle's comma (twentieth pass) */
    if (sub.kind == NP_NOM && k > w0 + 2 && is_punct(x, k - 1, ',') && !nom_is_source(x, sub)) {
      uint32_t h = sub.b - 1; /* its head */
      bool person = !is_lower(x, h) || title_index(x, h) >= 0 || tin(x, h, OTHERS) ||
                    tin(x, h, PERSONN) || (occupation_word(x, h) && !tin(x, h, DOCS)) ||
                    tin(x, h, ORGWORDS);
      np pre = np_left(x, k - 1, w0);
      if (!person && pre.kind == NP_NAME && !pre.org && pre.b == k - 1 && pre.a > sub.b)
        return pre;
    }
    if (sub.kind != NP_NONE) return sub;
    /* "At the gates, students joined hands and sang “…”": a bare plural
     * agent noun after an introductory phrase, as written (thirty-sixth
     * pass) */
    uint32_t gh = group_head(x, s, k, false);
    if (gh < k && s > sent0) return (np){NP_NOM, s, gh + 1, false, true};
  }
  /* "Hale, who said Friday that …": a relative clause's cue speaks for
   * its antecedent (twenty-second pass) */
  {
    uint32_t r = k;
    while (r > w0 + 2 && r + 3 > k && is_lower(x, r - 1) && tin(x, r - 1, ADVERBS)) r--;
    bool opens = false; /* a quotation opens after the cue, in its sentence */
    for (uint32_t j = k + 1; j < x->t1 && j < k + 40 && tsent(x, j) == tsent(x, k) && !opens; j++)
      opens = is_quote(x, j) && (x->tk[j].flags & SL_TF_OPEN);
    /* (the antecedent may be before the window: "said Leonard Hale, …,
     * who added") */
    uint32_t a0 = sent0 < w0 ? sent0 : w0;
    if (opens && r > a0 + 2 && tis(x, r - 1, "who") && is_punct(x, r - 2, ',') &&
        !x->inq[r - 2 - x->t0]) {
      np ante = np_left(x, r - 2, a0);
      /* a name of its own, not one inside a phrase ("a writer on the
       * website Valley Voice, who said") */
      bool own = ante.a <= a0 || (!is_lower(x, ante.a - 1) && !is_punct(x, ante.a - 1, '&')) ||
                 tis(x, ante.a - 1, "and") || tis(x, ante.a - 1, "but");
      if (ante.kind == NP_NAME && ante.b == r - 2 && own) return ante;
      /* "said Leonard Hale, the chairman of Book Barn, who added that …":
       * the person before an apposition (twenty-fourth pass) */
      if (ante.kind != NP_NAME || !own)
        for (uint32_t c = r - 2; c-- > a0 + 1 && c + 20 > r;) {
          if (x->inq[c - x->t0] || is_quote(x, c)) break;
          if (!is_punct(x, c, ',')) continue;
          np p = np_left(x, c, a0);
          if (p.kind == NP_NAME && !p.org && p.b == c && p.b - p.a >= 2) return p;
          break;
        }
    }
  }
  np l = np_left(x, k, w0);
  /* "Investigators in the bombing of the embassy in Dunmore said",
   * "Residents of the Harbour Estate said": a plural agent noun opening
   * the sentence, then a prepositional phrase up to the cue; the group,
   * not the last noun of the phrase (twenty-ninth pass) */
  if (l.kind != NP_NONE && k > w0) {
    uint32_t ks = x->sfirst[tsent(x, k)];
    uint32_t g = skip_intro(x, ks > w0 ? ks : w0, k);
    if (!tin(x, g, NOTNAME) && group_head(x, g, k, true) == g && g + 2 < k && l.a > g + 1 &&
        k - g <= 14 &&
        (tis(x, g + 1, "in") || tis(x, g + 1, "of") || tis(x, g + 1, "at") ||
         tis(x, g + 1, "from") || tis(x, g + 1, "near")))
      return (np){NP_NOM, g, g + 1, false, true}; /* kept as written */
  }
  /* "Peter Karoff with a Boston-based firm calls it", "Dalene Bradford of
   * the Kelby Foundation and Affiliated Trusts calls": the person before
   * the body's preposition, not the body (twenty-fourth pass) */
  if ((l.kind == NP_NAME && (l.org || (l.a > w0 && tis(x, l.a - 1, "and")))) ||
      (l.kind == NP_NOM && l.indef)) {
    uint32_t p = l.a;
    if (p > w0 + 2 && tis(x, p - 1, "and") && is_cap(x, p - 2)) {
      p--;
      while (p > w0 && !x->inq[p - 1 - x->t0] && (is_cap(x, p - 1) || abbrev_dot(x, p - 1))) p--;
    }
    if (p > w0 && (tis(x, p - 1, "the") || tis(x, p - 1, "a") || tis(x, p - 1, "an"))) p--;
    if (p > w0 + 1 && (tis(x, p - 1, "of") || tis(x, p - 1, "with") || tis(x, p - 1, "at"))) {
      np per = np_left(x, p - 1, w0);
      if (per.kind == NP_NAME && !per.org && per.b == p - 1 && per.b - per.a >= 2) return per;
      /* "a teacher at Lincoln High School said": the person described,
       * with the place, as written (thirty-fourth pass) */
      if (l.kind == NP_NAME && per.kind == NP_NOM && per.indef && per.b == p - 1 &&
          tis(x, p - 1, "at") && is_lower(x, per.b - 1) &&
          (tin(x, per.b - 1, PERSONN) || tin(x, per.b - 1, SOURCES) ||
           tin(x, per.b - 1, OTHERS) || occupation_word(x, per.b - 1)))
        return (np){NP_NOM, per.a, l.b, false, true};
    }
  }
  /* "Iris Marr, a hydrologist at the University of Wessex, Dorchester
   * said": a campus or place after its institution's comma ends an
   * apposition; the person before it (thirty-fourth pass) */
  if (l.kind == NP_NAME && l.a > w0 + 4 && l.b == k && is_punct(x, l.a - 1, ',') &&
      is_cap(x, l.a - 2)) {
    for (uint32_t c = l.a - 2; c-- > w0 + 1 && c + 24 > l.a;) {
      if (x->inq[c - x->t0] || is_cue(x, c)) break;
      if (!is_punct(x, c, ',')) continue;
      np per = np_left(x, c, w0);
      bool pp = false; /* "at"/"of" before the institution's capitals */
      for (uint32_t d = c + 2; d + 1 < l.a - 1 && !pp; d++)
        pp = (tis(x, d, "at") || tis(x, d, "of")) && is_cap(x, d + 1 + tis(x, d + 1, "the"));
      if (per.kind == NP_NAME && !per.org && per.b == c && per.b - per.a >= 2 && pp &&
          appo_opens(x, c + 1))
        return per;
      break;
    }
  }
  /* "Jordan denies it and in a statement Monday confirmed “…”":
   * a text after "in" is where the clause's subject spoke (thirty-first
   * pass) */
  if (l.kind == NP_NOM && l.a > w0 + 1 && tis(x, l.a - 1, "in") && tis(x, l.a - 2, "and")) {
    bool doc = false;
    for (uint32_t d = l.a; d < l.b && !doc; d++) doc = is_lower(x, d) && tin(x, d, DOCS);
    uint32_t s = skip_intro(x, sent0 > w0 ? sent0 : w0, l.a - 2);
    np sub = doc ? np_right(x, s, l.a - 2, false) : (np){NP_NONE, k, k, false, false};
    /* (the name alone, not "Jordan denies" read as a group) */
    if (sub.kind == NP_NOM && is_cap(x, sub.a) && name_at(x, sub.a, sub.b, &sub) && sub.a == s &&
        sub.b < l.a - 2)
      return sub;
    if ((sub.kind == NP_NAME || sub.kind == NP_NOM) && sub.b < l.a - 2) return sub;
  }
  /* "Given how fast the cold came, more will fall ill, said Dr Mira Holt
   * of Santal University: “…”": an inverted cue after a comma whose person
   * follows names the speaker, not a description before the comma
   * (thirty-sixth pass) */
  if (k > w0 && is_punct(x, k - 1, ',') && (tis(x, k, "said") || tis(x, k, "says")) &&
      !(l.kind == NP_NAME && !l.org) && l.kind != NP_PRON) {
    np inv = np_right(x, k + 1, w1, true);
    uint32_t e = inv.b;
    if (inv.kind == NP_NAME && !inv.org && e + 1 < x->t1 && tis(x, e, "of")) {
      uint32_t f = e + 1;
      while (f < x->t1 && f < e + 12 && !x->inq[f - x->t0] && x->tk[f].kind != SL_TOK_PUNCT) f++;
      if (f < x->t1 && person_of_body(x, e + 1, f)) e = f;
    }
    /* ("…, said Dr Anya Felder at the weather office: “…”": a place of
     * work after "at", up to the punctuation; thirty-seventh pass) */
    if (inv.kind == NP_NAME && !inv.org && e + 2 < x->t1 && tis(x, e, "at") &&
        (tis(x, e + 1, "the") || is_cap(x, e + 1))) {
      uint32_t f = e + 1;
      while (f < x->t1 && f < e + 9 && !x->inq[f - x->t0] && x->tk[f].kind == SL_TOK_WORD &&
             !is_cue(x, f))
        f++;
      if (f < x->t1 && (is_punct(x, f, ':') || is_punct(x, f, ','))) e = f;
    }
    if (inv.kind == NP_NAME && !inv.org && inv.b - inv.a >= 2 && e < x->t1 &&
        (is_punct(x, e, ',') || is_punct(x, e, '.') || is_punct(x, e, ':')))
      return inv;
  }
  if (l.kind != NP_NONE) return l;
  /* "… to medical care, said Dr. Ann Hale, president of …": an inverted
   * cue whose person follows, ending at a comma or the sentence's end,
   * names the speaker, not the sentence's subject (twenty-third pass) */
  if (k > w0 && is_punct(x, k - 1, ',') && (tis(x, k, "said") || tis(x, k, "says"))) {
    np inv;
    if (name_at(x, k + 1, w1, &inv) && !inv.org && inv.b < x->t1 &&
        (is_punct(x, inv.b, ',') || is_punct(x, inv.b, '.')))
      return inv;
    /* ", said spokesman Paul Crowley.", ", said police.": a titled name
     * or a group (thirty-fourth pass) */
    inv = np_right(x, k + 1, w1, true);
    if (((inv.kind == NP_NAME && !inv.org) || (inv.kind == NP_NOM && inv.indef)) &&
        inv.b < x->t1 && (is_punct(x, inv.b, ',') || is_punct(x, inv.b, '.')))
      return inv;
  }
  if (k > w0 && is_punct(x, k - 1, ',')) {
    uint32_t s = skip_intro(x, sent0, k);
    np sub = np_right(x, s, k, false);
    if (sub.kind != NP_NONE) return sub;
  }
  /* "…,” said Legend" — the phrase after the cue (not after "told") */
  if (!tis(x, k, "told") && !tis(x, k, "tells") && !tis(x, k, "telling")) {
    uint32_t r0 = k + 1;
    if (r0 < w1 && (tis(x, r0, "out") || tis(x, r0, "on") || tis(x, r0, "up") ||
                    tis(x, r0, "back")))
      r0++;
    /* "states that the ten councillors …": a clause's "that", no
     * speaker (thirty-fourth pass) */
    if (r0 < w1 && tis(x, r0, "that")) return (np){NP_NONE, k, k, false, false};
    np after = np_right(x, r0, w1, true);
    /* "Bass, appearing on NBC's “Meet the Press,” said the governor was
     * “…”": a phrase followed by its own verb is the subject of what was
     * said; the speaker is the subject of the sentence */
    if (after.kind == NP_NOM && !after.indef && after.b < w1 && is_lower(x, after.b) &&
        (tis(x, after.b, "was") || tis(x, after.b, "is") || tis(x, after.b, "were") ||
         tis(x, after.b, "are") || tis(x, after.b, "had") || tis(x, after.b, "has") ||
         tis(x, after.b, "would") || tis(x, after.b, "will") || tis(x, after.b, "could") ||
         tis(x, after.b, "should") || tis(x, after.b, "must") || tis(x, after.b, "did"))) {
      uint32_t s = skip_intro(x, sent0, k);
      s = past_quotes(x, s, k);
      np sub = np_right(x, s, k, false);
      if (sub.kind == NP_NAME || sub.kind == NP_PRON) return sub;
    }
    /* "he's asked two firms to take a “…”": whom
     * someone asks to do something is not who speaks (eighteenth pass) */
    if ((tis(x, k, "asked") || tis(x, k, "asks") || tis(x, k, "asking")) &&
        after.kind != NP_NONE)
      for (uint32_t t = after.b; t + 1 < w1 && t < after.b + 3 && is_word(x, t); t++)
        if (tis(x, t, "to") && is_lower(x, t + 1)) return (np){NP_NONE, k, k, false, false};
    return after;
  }
  return (np){NP_NONE, k, k, false, false};
}

/* Speaker for a cue at k inside the clause [w0, w1): the phrase next to the
 * cue, widened to an unnamed source ("a spokesperson for X") or narrowed to
 * a text's author ("a statement from X"). */
static bool poss_org(const ctx *x, np n);

static np speaker_for_cue(const ctx *x, uint32_t k, uint32_t w0, uint32_t w1, uint32_t sent0) {
  np n = cue_phrase(x, k, w0, w1, sent0);
  /* "sometimes I'll say, “…”": the first person names no one
   * (thirty-fourth pass) */
  if (n.kind != NP_NONE && n.b <= k && first_person(x, n.a))
    return (np){NP_NONE, k, k, false, false};
  uint32_t lim = x->t1;
  if (n.b > k) { /* after the cue: up to the sentence end */
    lim = n.a;
    while (lim < x->t1 && lim < n.a + 16 && tsent(x, lim) == tsent(x, n.a)) lim++;
  } else if (n.kind != NP_NONE) {
    lim = k;
  }
  if (n.b <= k) n = source_left(x, n, w0);
  /* "“…,” Rafael Quint, the union's lead negotiator said": an apposition
   * whose closing comma was left out; the person's name before it opens
   * the clause (thirty-sixth pass) */
  uint32_t d = n.kind == NP_NOM && n.b == k && appo_opens(x, n.a) ? n.a : k;
  if (d == k && n.kind == NP_NONE) { /* "Ola Brandt, the firm's finance director said" */
    uint32_t j = k;
    while (j > w0 && k - j < 4 && is_lower(x, j - 1) && !x->inq[j - 1 - x->t0] &&
           !is_cue(x, j - 1) && !tin(x, j - 1, PREPS))
      j--;
    if (j < k && j > w0 && is_cap(x, j - 1) && ends_possessive(x, j - 1) &&
        (title_index(x, k - 1) >= 0 || occupation_word(x, k - 1) || tin(x, k - 1, SOURCES)))
      d = j - 1;
  }
  if (d < k && d > w0 + 2 && is_punct(x, d - 1, ',')) {
    uint32_t c = d - 1, a = c;
    while (a > w0 && !x->inq[a - 1 - x->t0] && (is_cap(x, a - 1) || abbrev_dot(x, a - 1))) a--;
    np nm;
    if (a + 2 <= c &&
        (a == w0 || a == x->sfirst[tsent(x, a)] || is_punct(x, a - 1, ',') ||
         (is_quote(x, a - 1) && is_close(x, a - 1))) &&
        name_at(x, a, c, &nm) && nm.b == c && !nm.org && nm.b - nm.a >= 2 &&
        nm.a == after_honorific(x, a, nm.b) && !run_is_place(x, nm.a, nm.b))
      return nm;
  }
  /* "a release from Mr. Seel's office about the planned meeting noted"
   * (eleventh pass): a phrase about the topic between the author and the
   * cue; the author before it (an owner's office, a text's author) */
  if (n.kind == NP_NOM && !n.indef && n.b <= k && n.a > w0 + 1 && is_lower(x, n.a - 1) &&
      (tis(x, n.a - 1, "about") || tis(x, n.a - 1, "regarding") ||
       tis(x, n.a - 1, "concerning"))) {
    np m = np_left(x, n.a - 1, w0);
    if (m.kind == NP_NOM && m.b == n.a - 1) {
      np au = doc_author(x, m, n.a - 1);
      if (poss_org(x, m) || au.kind == NP_NAME) return au;
    }
  }
  return doc_author(x, n, lim);
}

static bool nom_is_thing(const ctx *x, np n);

/* Post-quote attribution: a cue within six tokens after the closing mark. */
/* Token k continues a capitalised name that starts at or after s: a
 * capitalised word or an abbreviation's dot after one ("U.S. Fish"), or
 * "and"/"of"/"for" between two capitalised words ("Fish and Wildlife"). */
static inline bool name_cont(const ctx *x, uint32_t k, uint32_t s) {
  if (k <= s) return false;
  bool prev = is_cap(x, k - 1) || abbrev_dot(x, k - 1);
  if (!prev) return false;
  if (is_cap(x, k) || abbrev_dot(x, k)) return true;
  return k + 1 < x->t1 && is_cap(x, k + 1) &&
         (tis(x, k, "and") || tis(x, k, "of") || tis(x, k, "for"));
}

static attr attr_after(const ctx *x, uint32_t close) {
  attr r = {0};
  uint32_t s = close;
  while (s < x->t1 && is_quote(x, s)) s++;
  if (s >= x->t1 || close == x->t0 || tpara(x, s) != tpara(x, close - 1)) return r;
  uint32_t sent0 = x->sfirst[tsent(x, s)];
  /* "“…,” far more than before, said a union negotiator": a phrase
   * between commas before an inverted "said" (thirtieth pass): the cue's
   * reach and the clause's end move past it */
  uint32_t said = 0;
  if (s < x->t1 && (is_punct(x, s, ',') || is_punct(x, close - 1, ','))) {
    uint32_t c = is_punct(x, s, ',') ? s + 1 : s, c0 = c;
    while (c < x->t1 && c < s + 14 && tsent(x, c) == tsent(x, s) && !is_punct(x, c, ',') &&
           !is_cue(x, c) && !is_quote(x, c) && !x->inq[c - x->t0])
      c++;
    if (c + 1 < x->t1 && c > c0 && is_punct(x, c, ',') && tsent(x, c + 1) == tsent(x, s) &&
        (tis(x, c + 1, "said") || tis(x, c + 1, "says")))
      said = c + 1;
  }
  uint32_t lim = s, cap = said ? SL_MAX(s + 12, said + 8) : s + 12;
  while (lim < x->t1 && lim < cap && !x->inq[lim - x->t0] && tpara(x, lim) == tpara(x, s)) {
    if (name_cont(x, lim, s) && !is_punct(x, lim - 1, ',')) cap++; /* a long name: one word */
    if (is_punct(x, lim, '(')) { /* "(R-S.C.)": not counted, its periods no end */
      uint32_t c = lim + 1;
      while (c < x->t1 && c < lim + 8 && !is_punct(x, c, ')') && !x->inq[c - x->t0]) c++;
      if (c < x->t1 && is_punct(x, c, ')') && tpara(x, c) == tpara(x, s)) {
        cap += c - lim + 1, lim = c + 1;
        continue;
      }
    }
    if ((is_punct(x, lim, '.') && !abbrev_dot(x, lim)) || is_punct(x, lim, '?') ||
        is_punct(x, lim, '!'))
      break;
    lim++;
  }
  uint32_t reach = said && said + 1 > s + 7 ? said + 1 : s + 7;

  /* "― the congresswoman vowed to “…,” referring to Trump ― Pelosi said":
   * a quotation inside a dash insertion of its sentence; a cue after the
   * closing dash is the main clause's (eleventh pass) */
  /* (computed only when a dash follows the mark up to lim, the cue
   * loop's bound: most windows have none, and then whether the quotation
   * is inside an insertion does not matter; speed round, thirty-seventh
   * pass) */
  int in_dash = -1;
  for (uint32_t k = s; k < lim; k++) {
    if (x->tk[k].kind != SL_TOK_PUNCT || !ttext_is_dash(x, k)) continue;
    in_dash = 0;
    uint32_t o = close;
    /* (a quotation of thousands of tokens is in no dash insertion: the
     * walk back is bounded) */
    while (o > sent0 && o + 2 * REACH > close && x->inq[o - 1 - x->t0]) o--;
    if (o > sent0 && x->inq[o - 1 - x->t0]) o = sent0;
    /* an odd number of dashes before it (past a dateline's) */
    uint32_t c = o > sent0 + 40 ? o - 40 : sent0;
    if (c == sent0) c = skip_intro(x, sent0, o);
    for (; c < o; c++)
      if (x->tk[c].kind == SL_TOK_PUNCT && ttext_is_dash(x, c) && !x->inq[c - x->t0])
        in_dash = !in_dash;
    break;
  }
  bool comma = false; /* a name past a comma is another clause's subject */
  for (uint32_t k = s; k < lim && k < reach; k++) {
    if (in_dash > 0 && x->tk[k].kind == SL_TOK_PUNCT && ttext_is_dash(x, k)) break;
    /* "a spokesperson for the U.S. Forest and Parks Agency said": the
     * words of a name after its first count as one (eighteenth pass) */
    if (is_punct(x, k, ',')) comma = true;
    if (!comma && name_cont(x, k, s)) reach++;
    /* a short parenthesis ("Sen. Lindsey Graham (R-S.C.) said") does not
     * count in the six tokens */
    if (is_punct(x, k, '(')) {
      uint32_t c = k + 1;
      while (c < lim && c < k + 8 && !is_punct(x, c, ')')) c++;
      if (c < lim && is_punct(x, c, ')')) reach += c - k + 1;
    }
    if (!is_cue(x, k)) {
      if (is_punct(x, k, ';')) break;
      continue;
    }
    /* "“… Wait until when?” Then an unseen announcer concludes: “…”": after
     * a quotation that ended its sentence, a cue with a colon and an
     * opening mark introduces the next quotation */
    if (k + 2 < x->t1 && is_punct(x, k + 1, ':') && is_quote(x, k + 2) &&
        (x->tk[k + 2].flags & SL_TF_OPEN) && close > x->t0 &&
        (is_punct(x, close - 1, '.') || is_punct(x, close - 1, '?') ||
         is_punct(x, close - 1, '!')))
      break;
    np who = {NP_NONE, k, k, false, false};
    /* "Ms. Harris, in addition to calling for the report to be released
     * “immediately,” called on Mr. Barr to …": a quotation closing a phrase
     * inserted after the subject; the cue right after it is the subject's */
    if (k == s && close > sent0 + 3 && is_punct(x, close - 1, ',')) {
      uint32_t o = close - 1;
      while (o > sent0 && x->inq[o - x->t0]) o--;
      bool ins = false;
      for (uint32_t c = o; c > sent0 + 1 && o - c < 40 && !ins; c--)
        if (is_punct(x, c - 1, ',') && !x->inq[c - 1 - x->t0] && is_lower(x, c) &&
            !tis(x, c, "and") && !tis(x, c, "but") && !tis(x, c, "or"))
          ins = true;
      /* not when the cue's own subject follows it and ends the clause:
       * "Under most models, removal gave “…,” said the review's director,
       * Ann Vale." (twenty-second pass) */
      if (ins && k + 1 < lim && !is_cue(x, k + 1) && !cue_needs_subject(x, k) &&
          !tis(x, k + 1, "that")) {
        np inv = np_right(x, k + 1, lim, true);
        if ((inv.kind == NP_NAME || inv.kind == NP_NOM) && inv.b < x->t1 &&
            (is_punct(x, inv.b, ',') || is_punct(x, inv.b, '.')))
          ins = false;
      }
      if (ins) {
        np l = np_left(x, k, sent0);
        if (l.kind == NP_NAME || l.kind == NP_NOM) who = speaker_for_cue(x, k, sent0, lim, sent0);
        if (who.b > k) who.kind = NP_NONE;
      }
    }
    if (who.kind == NP_NONE) who = speaker_for_cue(x, k, s, lim, sent0);
    /* "…” for all of them, though continues a daily dose as a precaution":
     * a thing after the cue is its object, no speaker (tenth pass) */
    if (who.kind == NP_NOM && who.a > k && nom_is_thing(x, who)) continue;
    /* "He has described her as “shrill,” claims she “has …”": a pronoun
     * after the cue that goes on is the reported clause's subject, not an
     * inverted speaker (thirtieth pass) */
    if (who.kind == NP_PRON && who.a == k + 1 && who.b < x->t1 && !is_punct(x, who.b, ',') &&
        !is_punct(x, who.b, '.') && !is_punct(x, who.b, ';'))
      continue;
    if (who.kind == NP_NONE) continue;
    r.found = true, r.who = who, r.cue = k;
    r.used_end = who.b > k ? who.b : k;
    while (r.used_end < lim) r.used_end++;
    return r;
  }
  /* "… as “live” explosives New York City Police Commissioner James
   * O'Neill said.": the outlet's missing comma — a name and its cue that
   * end the sentence beyond the six tokens, with no comma or other cue
   * between the mark and the name */
  if (lim > reach && lim < x->t1 && is_punct(x, lim, '.') && is_cue(x, lim - 1)) {
    np who = speaker_for_cue(x, lim - 1, s, lim, sent0);
    bool clean = who.kind == NP_NAME && who.a > s && who.b == lim - 1;
    for (uint32_t k = s; clean && k < who.a; k++)
      if (is_punct(x, k, ',') || is_punct(x, k, ';') || is_cue(x, k)) clean = false;
    if (clean) {
      r.found = true, r.who = who, r.cue = lim - 1, r.used_end = lim;
      return r;
    }
    /* "“…,” not the stance of the caucus, Pelosi said.": the reported
     * clause goes on past the mark; the sentence ends with ", NAME cue."
     * and no other cue (eleventh pass) */
    bool tail = who.kind == NP_NAME && !who.org && who.a > s + 1 && who.b == lim - 1 &&
                is_punct(x, who.a - 1, ',');
    for (uint32_t k = s; tail && k < who.a; k++)
      if (is_cue(x, k) || is_punct(x, k, ';') || is_quote(x, k)) tail = false;
    if (tail) {
      r.found = true, r.who = who, r.cue = lim - 1, r.used_end = lim;
      return r;
    }
    /* "“…,” Iris Marr, a hydrologist at the University of Wessex,
     * Dorchester said.": the person right after the mark, then a long
     * apposition up to the cue (cue_phrase; thirty-fourth pass) */
  }
  /* "“…,” Iris Marr, a hydrologist at the University of Wessex,
   * Dorchester said.": the person right after the mark, then an
   * apposition of any length up to the cue ending the sentence
   * (thirty-fourth pass) */
  {
    uint32_t a = s < x->t1 && is_punct(x, s, ',') ? s + 1 : s, c = a;
    while (c < x->t1 && c < a + 6 && (is_cap(x, c) || abbrev_dot(x, c))) c++;
    np who; /* (a comma right after the capitalised words first: cheap) */
    if (c > a && c < x->t1 && is_punct(x, c, ',') && name_at(x, a, x->t1, &who) && who.a == a &&
        !who.org && who.b + 1 < x->t1 && is_punct(x, who.b, ',') && appo_opens(x, who.b + 1)) {
      uint32_t e = who.b + 1;
      while (e < x->t1 && e < who.b + 48 && tsent(x, e) == tsent(x, a) && !x->inq[e - x->t0] &&
             !is_cue(x, e) && !is_punct(x, e, ';') && !is_quote(x, e))
        e++;
      if (e + 1 < x->t1 && is_cue(x, e) && is_punct(x, e + 1, '.') && is_cap(x, e - 1)) {
        r.found = true, r.who = who, r.cue = e, r.used_end = e + 1;
        return r;
      }
      /* "“…,” Ingrid Moller, a spokeswoman for the airline said.", "…, the
       * union's lead negotiator told reporters.": the apposition's closing
       * comma left out, no comma up to the cue that ends the sentence (or
       * "told" and whom; thirty-sixth pass) */
      bool nocomma = e < x->t1 && is_cue(x, e) && is_lower(x, e);
      for (uint32_t k = who.b + 1; nocomma && k < e; k++)
        nocomma = x->tk[k].kind != SL_TOK_PUNCT || abbrev_dot(x, k) || is_punct(x, k, '\'');
      uint32_t f = e + 1;
      if (nocomma && (tis(x, e, "told") || tis(x, e, "tells")))
        while (f < x->t1 && f < e + 4 && x->tk[f].kind == SL_TOK_WORD && !x->inq[f - x->t0]) f++;
      if (nocomma && f < x->t1 && is_punct(x, f, '.') && !abbrev_dot(x, f)) {
        r.found = true, r.who = who, r.cue = e, r.used_end = f;
        return r;
      }
    }
  }
  /* "…,” Elliott Maynard, a Republican trying to unseat …, said": the
   * phrase after the mark, an apposition of any length, then the cue */
  uint32_t b = s;
  if (b < x->t1 && is_punct(x, b, ',')) b++;
  uint32_t end = b;
  /* (the rule needs a comma or dash in [b, end) after the phrase: without
   * one the phrase is not read; speed round, thirty-seventh pass) */
  bool mark = false;
  while (end < x->t1 && end < b + 60 && !x->inq[end - x->t0] && tsent(x, end) == tsent(x, b)) {
    mark = mark || is_punct(x, end, ',') || ttext_is_dash(x, end);
    end++;
  }
  if (!mark) return r;
  np sub = np_right(x, b, end, false);
  if (sub.kind != NP_NAME && sub.kind != NP_NOM) return r;
  /* "Senator Ana Ruiz of Oregon, the ranking member, said": the name's
   * place or body after "of", up to the apposition's comma or dash
   * (eleventh pass) */
  uint32_t sb = sub.b, fe;
  if (sub.kind == NP_NAME && !sub.org && sb + 1 < end && tis(x, sb, "of") &&
      !x->inq[sb - x->t0] && cap_run(x, sb + 1, end, &fe) && fe < end &&
      (is_punct(x, fe, ',') || ttext_is_dash(x, fe)))
    sb = fe;
  if (!(sb < end && (is_punct(x, sb, ',') || ttext_is_dash(x, sb)))) return r;
  for (uint32_t k = sb; k < end; k++) {
    if (is_punct(x, k, ';')) break;
    /* "Ana Ruiz — who chairs the panel — said" / "…, the chairwoman —
     * where the hearings begin — said": a dash-delimited insertion is
     * its own clause; the cue right after its closing dash is the
     * subject's (eleventh pass) */
    if (ttext_is_dash(x, k) && x->tk[k].kind == SL_TOK_PUNCT) {
      uint32_t d = k + 1;
      while (d < end && !(ttext_is_dash(x, d) && x->tk[d].kind == SL_TOK_PUNCT)) d++;
      if (d >= end) break;
      uint32_t c = d + 1;
      while (c < end && is_lower(x, c) && tin(x, c, ADVERBS)) c++;
      if (c < end && is_cue(x, c)) {
        r.found = true, r.who = doc_author(x, sub, c), r.cue = c, r.used_end = c + 1;
        while (r.used_end < end) r.used_end++;
        return r;
      }
      k = d;
      continue;
    }
    if (k == sb) continue;
    if (!is_cue(x, k)) continue;
    uint32_t j = k;
    while (j > sub.b && is_lower(x, j - 1) && tin(x, j - 1, ADVERBS)) j--;
    if (!is_punct(x, j - 1, ',')) break; /* a cue of another clause */
    /* "a “policy of fear” that includes raids, according to a report by
     * X": the source follows "according to"; a relative clause after the
     * mark is no subject (twenty-third pass) */
    if (tis(x, k, "according")) {
      np src = speaker_for_cue(x, k, sub.b, end, x->sfirst[tsent(x, k)]);
      if (src.kind == NP_NONE) break;
      r.found = true, r.who = src, r.cue = k, r.used_end = src.b > k ? src.b : k + 1;
      while (r.used_end < end) r.used_end++;
      return r;
    }
    if (tis(x, b, "that") || tis(x, b, "which") || tis(x, b, "who")) break;
    r.found = true, r.who = doc_author(x, sub, k), r.cue = k, r.used_end = k + 1;
    /* "…,” Ms. Lund's spokesman, Tom Baxter, wrote" (eleventh pass): the
     * person named in apposition to the owner's spokesperson speaks */
    uint32_t e2;
    if (poss_org(x, sub) && tin(x, sub.b - 1, SOURCES) && sub.b + 2 < j &&
        cap_run(x, sub.b + 1, j - 1, &e2) && e2 == j - 1 && !ends_possessive(x, e2 - 1))
      r.who = (np){NP_NAME, after_honorific(x, sub.b + 1, e2), e2, false, false};
    while (r.used_end < end) r.used_end++;
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
      if (is_quote(x, v)) { /* on “The Long Table” podcast */
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

static bool capitalised_inside(const ctx *x, uint32_t t);
static bool common_noun(const ctx *x, uint32_t t);

static const char *arena_lower_ex(sl_quotes *q, const ctx *x, uint32_t a, uint32_t b, bool cue);

/* A description as written, the first word lower-cased where it is not a
 * name's ("a spokesman", "critics"; "Democratic senators" kept). */
static const char *arena_lower(sl_quotes *q, const ctx *x, uint32_t a, uint32_t b) {
  return arena_lower_ex(q, x, a, b, false);
}

/* A capital past the word's first letter: "ISLAMABAD", "Harakat-ul-Ansar",
 * "McCain" are names, never lower-cased (twenty-seventh pass). */
static bool inner_capital(const ctx *x, uint32_t t) {
  size_t n;
  const char *s = ttext(x, t, &n);
  for (size_t i = 1; i < n; i++)
    if (s[i] >= 'A' && s[i] <= 'Z') return true;
  return false;
}

static const char *arena_lower_ex(sl_quotes *q, const ctx *x, uint32_t a, uint32_t b, bool cue) {
  /* built in a stack buffer when it fits (nearly always), else on the heap:
   * at most each token and a space, and "the" (speed round, thirty-first pass) */
  size_t cap = 3, len = 0;
  for (uint32_t t = a; t < b; t++) cap += x->tk[t].span.len + 1;
  char small[256], *buf = cap <= sizeof small ? small : malloc(cap);
  if (!buf) return NULL;
  buf[0] = '\0'; /* (an empty phrase copies no byte) */
  for (uint32_t t = a; t < b; t++) {
    size_t n;
    const char *s = ttext(x, t, &n);
    /* tokens written together stay together ("Inc.") */
    if (t > a && x->tk[t].span.off != x->tk[t - 1].span.off + x->tk[t - 1].span.len)
      buf[len++] = ' ';
    /* the first word lower-cased ("A spokesman" opening a sentence); names
     * inside keep their case ("a spokesperson for the Harbour Authority") */
    /* "A spokesman", "Critics" opening a sentence; not "Democratic
     * senators" */
    /* "Their foreign ministers said": a possessive is "the" out of its
     * sentence (twenty-eighth pass) */
    if (t == a && !cue && b > a + 1 &&
        (tis(x, a, "their") || tis(x, a, "his") || tis(x, a, "her") || tis(x, a, "its"))) {
      memcpy(buf + len, "the", 3), len += 3;
      continue;
    }
    bool low = t == a && (cue || tin(x, a, DETS) ||
                          (b == a + 1 && !inner_capital(x, a) && !capitalised_inside(x, a) &&
                           common_noun(x, a)));
    for (size_t i = 0; i < n; i++)
      buf[len++] = (char)(low && s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
  }
  const char *r = sl_arena_strndup(&q->arena, buf, len);
  if (buf != small) free(buf);
  return r;
}

/* Topic person at token t: the subject of the latest sentence before t that
 * starts with a person's name, or the latest named speaker. */
typedef struct topic_state {
  const char *topic;   /* resolved name, arena */
  uint32_t next_sent;  /* sentences below this one already looked at */
  const char *last;    /* last speaker */
  uint32_t last_para;  /* paragraph where the last quotation ended */
  const char *src;     /* last unnamed source ("a spokesperson for X") */
  uint32_t src_para;   /* its paragraph */
  const char *group;   /* last speaker read as a group by "they" (no "he") */
} topic_state;

/* The speaker a description or an unattributed quotation refers to: the
 * last speaker when their quotation ended in this or the previous
 * paragraph, else the topic person. */
static const char *recent_speaker(const topic_state *ts, uint32_t para) {
  if (ts->last && para <= ts->last_para + 1) return ts->last;
  return ts->topic ? ts->topic : ts->last;
}

/* Sentence si of the current article read whole (to its end): the first
 * token past a leading quotation (s), past an introductory phrase too (s0)
 * and the subject there (sub).  Filled on demand while attributing
 * (x->cache), once per sentence: the topic and the pronouns of each
 * quotation read the sentences before it again. */
typedef struct sentc {
  bool have;
  uint32_t s, s0;
  np sub;
} sentc;

/* Tokens [a, lim) of a sentence read to its subject: past quotations
 * that open it (s), past an introductory phrase (s0), the subject. */
static sentc sentence_subject(ctx *x, uint32_t a, uint32_t lim) {
  sentc c = {true, 0, 0, {0}};
  c.s = past_quotes(x, a, lim);
  c.s0 = skip_intro(x, c.s, lim);
  c.sub = np_right(x, c.s0, lim, false);
  return c;
}

/* x->sc for sentence si of the current article, filled to the subject;
 * NULL when not attributing (or out of memory). */
static sentc *sent_cache(ctx *x, uint32_t si) {
  if (!x->cache || x->oom) return NULL;
  if (x->sc_gen != x->cgen) {
    if (x->nsent > x->sc_cap) {
      sentc *n = realloc(x->sc, x->nsent * sizeof *n);
      if (!n) {
        x->oom = true;
        return NULL;
      }
      x->sc = n, x->sc_cap = x->nsent;
    }
    for (uint32_t i = 0; i < x->nsent; i++) x->sc[i].have = false;
    x->sc_gen = x->cgen;
  }
  sentc *c = &x->sc[si];
  if (!c->have) {
    uint32_t a = x->sfirst[si], lim = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
    *c = sentence_subject(x, a, lim);
  }
  return c;
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
    const sentc *sc = si != s_to || lim < t ? sent_cache(x, si) : NULL;
    np sub = sc ? sc->sub : sentence_subject(x, a, lim).sub;
    if (sub.kind == NP_NAME && !sub.org) {
      /* a person: a full name, or a short form of one ("Legend") */
      const char *nm = resolve_name(x, sub.a, sub.b);
      /* (a place is no one: "New York was ill equipped"; twenty-ninth
       * pass) */
      if (nm && strchr(nm, ' ') && !place_name(nm)) {
        ts->topic = nm;
        break;
      }
    }
  }
  ts->next_sent = s_to;
}

/* One past the last token before `before` of the current article that is
 * the surname of titled name `name` (possessive too), outside quotations,
 * within SURNAME_REACH tokens (hostile input stays linear); 0 if none. */
enum { SURNAME_REACH = 1500, SURNAME_CANDS = 8 };
static uint32_t surname_last(const ctx *x, uint32_t name, uint32_t before) {
  size_t l;
  const char *nm = sl_strmap_key(&x->tnames, name, &l), *sp = nm + l;
  while (sp > nm && sp[-1] != ' ') sp--;
  size_t sl = l - (size_t)(sp - nm);
  uint32_t lo = before > x->t0 + SURNAME_REACH ? before - SURNAME_REACH : x->t0;
  for (uint32_t j = before; j-- > lo;) {
    size_t m;
    const char *w = ttext(x, j, &m);
    if ((m == sl || (m == sl + 2 && w[sl] == '\'') || (m == sl + 3 && w[sl] == ' ' && w[sl + 1] == '\'')) &&
        !memcmp(w, sp, sl) && !x->inq[j - x->t0])
      return j + 1;
  }
  return 0;
}

/* The person a title description stands for ("the president", "the
 * Texas governor", "the former vice president"): the latest person named
 * with that title earlier in the article (of several, the one whose surname
 * was written last), else the first in the story; NULL if none. */
static const char *title_person(ctx *x, np n, uint32_t before) {
  if (n.kind != NP_NOM || n.indef || n.b <= n.a) return NULL;
  int ti = title_index(x, n.b - 1);
  if (ti < 0) return NULL;
  const ttl *best = NULL;
  for (size_t k = 0; k < x->titles.n; k++) {
    const ttl *r = &x->titles.a[k];
    if ((int)r->title == ti && r->ai == x->ai && r->tok < before) best = r;
  }
  /* several people of the article with that title: the one whose surname
   * was written last before the description ("Sen. Jesse Helms … Sen. Sam
   * Brownback … Brownback insisted … the senator said"; twenty-eighth
   * pass) */
  uint32_t at = best ? surname_last(x, best->name, before) : 0;
  int tried = 0;
  for (size_t k = 0; best && k < x->titles.n && tried < SURNAME_CANDS; k++) {
    const ttl *r = &x->titles.a[k];
    if ((int)r->title != ti || r->ai != x->ai || r->tok >= before || r->name == best->name) continue;
    tried++;
    uint32_t j = surname_last(x, r->name, before);
    if (j > at) at = j, best = r;
  }
  for (size_t k = 0; !best && k < x->titles.n; k++)
    if ((int)x->titles.a[k].title == ti) best = &x->titles.a[k];
  if (!best) return NULL;
  size_t len;
  const char *nm = sl_strmap_key(&x->tnames, best->name, &len);
  /* "President Obama": the full name written with the same title elsewhere
   * in the story ("President Barack Obama"), not another Obama */
  for (size_t k = 0; !memchr(nm, ' ', len) && k < x->titles.n; k++) {
    if (x->titles.a[k].title != best->title) continue;
    size_t l2;
    const char *n2 = sl_strmap_key(&x->tnames, x->titles.a[k].name, &l2);
    if (l2 > len + 1 && n2[l2 - len - 1] == ' ' && !memcmp(n2 + l2 - len, nm, len))
      return sl_arena_strndup(&x->q->arena, n2, l2);
  }
  if (!memchr(nm, ' ', len)) {
    x->tmp.len = 0;
    sl_buf_put(&x->tmp, nm, len);
    const char *full = resolve_short(x);
    if (full) return full;
  }
  return sl_arena_strndup(&x->q->arena, nm, len);
}

static uint8_t first_name_gender(const char *name) {
  return first_name_gender_n(name, strlen(name));
}

static uint8_t first_name_gender_n(const char *name, size_t len) {
  const char *sp = memchr(name, ' ', len);
  if (!sp) return 0;
  /* the first-name table (FEMALE and MALE are its classes) */
  uint32_t m = word_mask(&ntab, name, (size_t)(sp - name));
  return (m >> FEMALE_BIT) & 1u ? 2 : (m >> MALE_BIT) & 1u ? 1 : 0;
}

/* Gender of a resolved name from the honorifics of the story: 1 male, 2
 * female, 0 unknown or both (two people sharing a surname); without an
 * honorific, from a common first name. */
static uint8_t gender_of(const ctx *x, const char *name) {
  if (!name) return 0;
  size_t len = strlen(name);
  uint32_t id = sl_strmap_get(&x->gnames, name, len);
  if (id == UINT32_MAX) {
    /* the first name before the surname's honorifics: "Mary Cheney" is a
     * woman even where "Mr. Cheney" is her father */
    uint8_t fg = first_name_gender(name);
    if (fg) return fg;
    const char *sp = strrchr(name, ' ');
    if (sp) id = sl_strmap_get(&x->gnames, sp + 1, len - (size_t)(sp + 1 - name));
  }
  if (id == UINT32_MAX) return 0;
  uint8_t g = x->gval.a[id];
  return g == 3 ? 0 : g;
}

static const char *surname_fit(const ctx *x, uint8_t g, bool *shared, size_t *len);

/* The nearest person compatible with a pronoun of gender g before token t:
 * the subject of one of the eight sentences up to t, else the last speaker
 * (NULL if none has a gender that fits). */
static const char *compatible_person(ctx *x, const topic_state *ts, uint32_t t, uint8_t g) {
  uint32_t si = tsent(x, t) + 1;
  for (uint32_t k = 0; k < 8 && si-- > 0;) {
    if (x->headline[si]) continue;
    k++;
    uint32_t a = x->sfirst[si], lim = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
    if (lim > t) lim = t;
    a = past_quotes(x, a, lim);
    np sub = np_right(x, skip_intro(x, a, lim), lim, false);
    if (sub.kind != NP_NAME || sub.org) continue;
    const char *nm = resolve_name(x, sub.a, sub.b);
    if (nm && strchr(nm, ' ') && gender_of(x, nm) == g) return nm;
    /* a surname several people share: the one the pronoun fits
     * ("Johnson, a mother of four" is Celtie, not Eric Johnson) */
    bool shared;
    size_t fl;
    const char *fit = NULL;
    if (nm && name_text(x, sub.a, sub.b) == 1 && (fit = surname_fit(x, g, &shared, &fl)) != NULL &&
        gender_of(x, (nm = sl_arena_strndup(&x->q->arena, fit, fl))) == g)
      return nm;
  }
  if (ts->last && gender_of(x, ts->last) == g) return ts->last;
  return NULL;
}

/* A description naming an organisation ("the port authority"): its head. */
static bool nom_is_org(const ctx *x, np n) {
  return n.b > n.a && (tin(x, n.b - 1, ORGWORDS) || tin(x, n.b - 1, ORGDESC));
}

/* A description of another participant, not the person in the news ("the
 * reporter asks", "the young man replied"): kept as written. */
static bool nom_is_other(const ctx *x, np n) { return n.b > n.a && tin(x, n.b - 1, OTHERS); }

/* The last person named before token t outside quotations (a full name or a
 * known short form); NULL if none. */
static void fill_capstart(ctx *x) {
  if (x->capstart && !x->capfilled) {
    /* from the capitalised tokens: a run opens at one whose token before
     * is none; the slots up to the next opening hold the last one */
    uint32_t prev = UINT32_MAX, *cs = x->capstart, k = 0, nk = x->t1 - x->t0;
    for (uint32_t i = 0; i < x->ncaps; i++) {
      uint32_t c = x->caps[i];
      if ((i > 0 && x->caps[i - 1] == c - 1) || x->inq[c - x->t0] || x->headline[tsent(x, c)])
        continue;
      for (; k < c - x->t0; k++) cs[k] = prev;
      prev = c;
    }
    for (; k < nk; k++) cs[k] = prev;
    x->capfilled = true;
  }
}

/* Speaker string nm is the words of the article's dateline. */
static bool dateline_is(const ctx *x, const char *nm) {
  uint32_t e = x->t0;
  /* ("ST. LOUIS _": an abbreviation's period inside; thirtieth pass) */
  while (e < x->t1 && e < x->t0 + 6 &&
         ((x->tk[e].kind == SL_TOK_WORD && (x->tk[e].flags & SL_TF_UPPER)) ||
          (e > x->t0 && abbrev_dot(x, e))))
    e++;
  if (e == x->t0 || x->headline[tsent(x, x->t0)]) return false;
  /* its mark: "_", a dash or "(AP)" before any lower-case word */
  bool mark = false;
  for (uint32_t k = e; k < x->t1 && k < e + 6 && !mark && !is_lower(x, k); k++)
    mark = x->tk[k].kind == SL_TOK_PUNCT &&
           (tis_s(x, k, "_") || ttext_is_dash(x, k) || is_punct(x, k, '('));
  if (!mark) return false;
  size_t len = strlen(nm), off = 0;
  for (uint32_t k = x->t0; k < e; k++) {
    size_t n;
    const char *w = ttext(x, k, &n);
    if (off + n > len || strncasecmp(nm + off, w, n)) return false;
    off += n;
    if (off < len && nm[off] == ' ') off++;
  }
  return off == len;
}

/* "Latin American issues", "the Russian Olympic team": capitalised words
 * before a lower-case noun, one of them a people's adjective ("-an",
 * "-ese", "-ish"), and no gender known for them: no person
 * (twenty-seventh pass). */
static bool adjective_run(ctx *x, np n, const char *nm) {
  if (n.b >= x->t1 || !is_lower(x, n.b) || gender_of(x, nm)) return false;
  for (uint32_t k = n.a; k < n.b; k++) {
    size_t l;
    const char *w = ttext(x, k, &l);
    if (l > 4 && (!memcmp(w + l - 2, "an", 2) || !memcmp(w + l - 3, "ese", 3) ||
                  !memcmp(w + l - 3, "ish", 3)))
      return true;
  }
  return false;
}

/* "Public Works minister, Anna Berg": a capitalised run right before a
 * lower-case title or source word modifies it; no person (thirty-fourth
 * pass). */
static bool modifier_run(const ctx *x, np n) {
  return n.b < x->t1 && is_lower(x, n.b) && !x->inq[n.b - x->t0] &&
         (title_index(x, n.b) >= 0 || tin(x, n.b, SOURCES));
}

static const char *last_person(ctx *x, uint32_t t) {
  fill_capstart(x);
  /* the previous call's answer (lp_*, pass 2) holds again below a quoted
   * token under its t, as no name runs across one: each call reads only
   * the tokens since (else a sentence of thousands of quotations costs its
   * length per quotation); a fresh copy, as every answer was one */
  bool memo = x->capstart && x->lp_t != UINT32_MAX && x->lp_t <= t, qlooked = false;
  uint32_t q = 0; /* a quoted token below lp_t, when q > t0 */
  const char *res = NULL;
  uint32_t at = UINT32_MAX;
  for (uint32_t k = t; k-- > x->t0;) {
    if (x->capstart && (k = x->capstart[k - x->t0]) == UINT32_MAX) break; /* the tests below */
    if (memo && k < x->lp_t) {
      if (!qlooked)
        for (qlooked = true, q = x->lp_t; q > x->t0 && !x->inq[q - x->t0];) q--;
      if (q > x->t0 && k < q && (!x->lp_nm || x->lp_at < q)) {
        res = x->lp_nm ? sl_arena_strndup(&x->q->arena, x->lp_nm, strlen(x->lp_nm)) : NULL;
        at = x->lp_at;
        break;
      }
    }
    if (x->inq[k - x->t0] || !is_cap(x, k) || (k > x->t0 && is_cap(x, k - 1)) ||
        x->headline[tsent(x, k)])
      continue;
    /* "Rick Perry of Texas": a place after a name, not a person (but "a
     * photo of Sarah Palin" is one) */
    if (k > x->t0 + 1 && tis(x, k - 1, "of") && (is_cap(x, k - 2) || abbrev_dot(x, k - 2)))
      continue;
    np n;
    if (!name_at(x, k, t, &n) || n.org || modifier_run(x, n)) continue;
    const char *nm = resolve_name(x, n.a, n.b);
    if (nm && strchr(nm, ' ') && !adjective_run(x, n, nm) && !place_name(nm)) {
      res = nm, at = k;
      break;
    }
  }
  x->lp_t = t, x->lp_at = at, x->lp_nm = res;
  return res;
}

/* The person subject of the sentence holding token t, read before t
 * ("Opposition leader Sandra Holt accused him of “…”"); NULL if none. */
static const char *sentence_person(ctx *x, uint32_t t) {
  if (x->headline[tsent(x, t)]) return NULL;
  uint32_t s = x->sfirst[tsent(x, t)];
  s = past_quotes(x, s, t);
  s = skip_intro(x, s, t);
  np sub = np_right(x, s, t, false);
  if (sub.kind != NP_NAME || sub.org) return NULL;
  const char *nm = resolve_name(x, sub.a, sub.b);
  return nm && strchr(nm, ' ') ? nm : NULL;
}

/* The person named nearest before token t, not before s0, whose gender
 * does not contradict g ("Todd Akin, running in Missouri, defended what
 * he called …" -> Todd Akin, not Missouri); NULL if none. */
static uint32_t sentence_start(const ctx *x, uint32_t si);

static const char *nearest_person(ctx *x, uint32_t s0, uint32_t t, uint8_t g) {
  for (uint32_t k = t; k-- > s0 && k + REACH >= t;) {
    if (x->inq[k - x->t0] || !is_cap(x, k) || (k > s0 && (is_cap(x, k - 1) || abbrev_dot(x, k - 1))))
      continue;
    if (k > s0 && tis(x, k - 1, "the")) continue;
    if (k > s0 + 1 && tis(x, k - 1, "of") && (is_cap(x, k - 2) || abbrev_dot(x, k - 2))) continue;
    /* "a meeting at Kelby Community College–Ridge Valley": a
     * place (nineteenth pass) */
    if (k > s0 && (tis(x, k - 1, "at") || tis(x, k - 1, "in") || tis(x, k - 1, "near"))) continue;
    if (k > s0 && x->tk[k - 1].kind == SL_TOK_PUNCT && ttext_is_dash(x, k - 1) &&
        x->tk[k - 1].span.off + x->tk[k - 1].span.len == x->tk[k].span.off)
      continue; /* "College–Ridge Valley": the end of a longer name */
    np n;
    if (!name_at(x, k, t, &n) || n.org || modifier_run(x, n)) continue;
    const char *nm = resolve_name(x, n.a, n.b);
    if (!nm || !strchr(nm, ' ')) continue;
    /* "Hale presses Quebec toward what she calls": no place (twenty-second
     * pass) */
    if (place_name(nm)) continue;
    uint8_t ng = gender_of(x, nm);
    if (!g || !ng || ng == g) return nm;
  }
  return NULL;
}

/* The first person named after token t, up to the end of the next
 * paragraph, whose known gender is g (a pronoun before any name: "She
 * says he is …" opening a feature); NULL if none. */
static const char *next_person(ctx *x, uint32_t t, uint8_t g) {
  uint32_t lp = tpara(x, t) + 1;
  /* (a bounded reach: one paragraph of thousands of quotations costs no
   * scan of its rest per quotation) */
  for (uint32_t k = t; k < x->t1 && k < t + 2 * REACH && tpara(x, k) <= lp; k++) {
    if (x->inq[k - x->t0] || !is_cap(x, k) || (k > x->t0 && (is_cap(x, k - 1) || abbrev_dot(x, k - 1))))
      continue;
    np n;
    uint32_t e;
    if (!cap_run(x, k, x->t1, &e) || !name_at_run(x, k, e, &n) || n.org) continue;
    k = e - 1;
    const char *nm = resolve_name(x, n.a, n.b);
    if (nm && strchr(nm, ' ') && !place_name(nm) && gender_of(x, nm) == g) return nm;
  }
  return NULL;
}

/* "Those comments drew a sharp response from Rev. William Owens of the
 * Coalition of Pastors. “It is a disgrace,” he told reporters.": a
 * quotation opening its sentence, attributed by a pronoun after it, right
 * after a sentence of its paragraph that names a person without being
 * about one (its subject is no person nor pronoun) — the news convention of
 * introducing a speaker, then quoting them.  The person named last in that
 * sentence, when the pronoun's gender fits; NULL otherwise. */
/* "A month ago, when Mr. Bush released his own tax returns, he said: “…”":
 * "he"/"she" right after a subordinate clause (when, after, as, while,
 * before, once, since, because, if) of its sentence whose subject is a
 * person is that person, when the genders agree; NULL otherwise. */
static const char *clause_antecedent(ctx *x, uint32_t p) {
  uint8_t g = tis(x, p, "he") ? 1 : tis(x, p, "she") ? 2 : 0;
  if (!g || p == x->t0 || !is_punct(x, p - 1, ',')) return NULL;
  uint32_t s0 = x->sfirst[tsent(x, p)];
  for (uint32_t k = p - 1; k-- > s0 && k + 30 > p;) {
    if (x->inq[k - x->t0]) return NULL;
    if (!is_word(x, k)) continue;
    if (!(tis(x, k, "when") || tis(x, k, "after") || tis(x, k, "as") || tis(x, k, "while") ||
          tis(x, k, "before") || tis(x, k, "once") || tis(x, k, "since") ||
          tis(x, k, "because") || tis(x, k, "if")))
      continue;
    np n = np_right(x, k + 1, p - 1, false);
    if (n.kind != NP_NAME || n.org || n.b >= p - 1 || !is_lower(x, n.b)) return NULL;
    const char *nm = resolve_name(x, n.a, n.b);
    if (!nm) return NULL;
    uint8_t sg = gender_of(x, nm);
    return sg && sg != g ? NULL : nm;
  }
  return NULL;
}

/* First token of sentence si, joined with the sentences before it that the
 * tokenizer cut after an abbreviated title ("… from Rev. | William Owens
 * of …"). */
static uint32_t sentence_start(const ctx *x, uint32_t si) {
  while (si > 0 && x->para[si - 1] == x->para[si] && x->sfirst[si] > x->t0 &&
         abbrev_dot(x, x->sfirst[si] - 1) && !x->headline[si - 1])
    si--;
  return x->sfirst[si];
}

static const char *introduced_person(ctx *x, uint32_t first, uint32_t close, uint32_t cue,
                                     uint32_t pron) {
  if (cue < close || first == x->t0) return NULL;
  uint32_t open = first - 1, si = tsent(x, open);
  if (x->sfirst[si] != open || si == 0 || x->para[si - 1] != x->para[si] || x->headline[si - 1])
    return NULL;
  uint32_t a = sentence_start(x, si - 1);
  if (x->inq[a - x->t0]) return NULL; /* a quotation: its speaker is the topic */
  np sub = np_right(x, skip_intro(x, a, open), open, false);
  if (sub.kind == NP_PRON || (sub.kind == NP_NAME && !sub.org)) return NULL;
  for (uint32_t k = a; k < open; k++)
    if (x->inq[k - x->t0] || is_cue(x, k)) return NULL; /* "X said …": not an introduction */
  uint8_t g = tis(x, pron, "he") ? 1 : tis(x, pron, "she") ? 2 : 0;
  if (!g) return NULL;
  return nearest_person(x, a, open, g);
}

/* "what she calls the “radical” nature", "what aides called “…”": the cue
 * at k follows "what" and its subject; returns the subject (a pronoun or
 * bare lower-case nouns, as written), kind NP_NONE otherwise. */
static np what_subject(const ctx *x, uint32_t k) {
  np r = {NP_NONE, k, k, false, false};
  uint32_t j = k;
  while (j > x->t0 && j + 3 > k && is_lower(x, j - 1) && !tis(x, j - 1, "what") &&
         !x->inq[j - 1 - x->t0] && !tin(x, j - 1, DETS))
    j--;
  if (j == k || j <= x->t0 || !tis(x, j - 1, "what")) return r;
  if (k - j == 1 && tin(x, j, PRONOUNS)) return (np){NP_PRON, j, k, false, false};
  for (uint32_t t = j; t < k; t++)
    if (tin(x, t, PRONOUNS) || tin(x, t, ADVERBS) || tin(x, t, PREPS)) return r;
  return (np){NP_NOM, j, k, false, true};
}

/* The unnamed source a definite description ("the aide", "the
 * spokesperson") refers to: the last one given as a speaker, else the
 * subject of one of the six sentences before t ("A spokesperson for
 * Grassley fired back Tuesday, …"), within three paragraphs; NULL if none. */
/* The words of the description n after its determiner ("the senior
 * intelligence official") all occur in the source text src ("a senior
 * intelligence official"), compared case-insensitively as whole words. */
static bool desc_fits(const ctx *x, np n, const char *src) {
  size_t sl = strlen(src);
  for (uint32_t k = n.a; k < n.b; k++) {
    if (x->tk[k].kind != SL_TOK_WORD || (k == n.a && tin(x, k, DETS))) continue;
    size_t wl;
    const char *w = ttext(x, k, &wl);
    bool found = false;
    for (size_t i = 0; i + wl <= sl && !found; i++)
      found = (i == 0 || src[i - 1] == ' ') && (i + wl == sl || src[i + wl] == ' ') &&
              !strncasecmp(src + i, w, wl);
    if (!found) return false;
  }
  return true;
}

/* "the aide said": the unnamed source named before (ts->src, else the
 * last indefinite one of the six sentences before), the one whose words
 * the description repeats when there are several ("the senior
 * intelligence official" after "a Pentagon official"; nineteenth pass,
 * twenty-first) */
static bool same_word(const ctx *x, uint32_t a, uint32_t b);
static const char *recent_source(ctx *x, const topic_state *ts, uint32_t t, np n) {
  uint32_t para = tpara(x, t);
  const char *first = ts->src && para <= ts->src_para + 3 ? ts->src : NULL;
  if (first && desc_fits(x, n, first)) return first;
  uint32_t si = tsent(x, t);
  for (uint32_t k = 0; k < 12 && si-- > 0;) {
    if (x->para[si] + 6 < para) break;
    if (x->headline[si]) continue;
    /* a sentence inside a quotation (the fourth sentence of someone's
     * long quotation) does not count: no source is introduced there */
    if (x->inq[x->sfirst[si] - x->t0]) continue;
    k++;
    uint32_t a = x->sfirst[si], lim = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
    a = past_quotes(x, a, lim);
    np sub = np_right(x, skip_intro(x, a, lim), lim, false);
    if (sub.indef && nom_is_source(x, sub)) {
      const char *c = arena_lower(x->q, x, sub.a, sub.b);
      if (c && desc_fits(x, n, c)) return c;
      if (!first && k <= 6 && x->para[si] + 3 >= para) first = c;
      continue;
    }
    /* not the subject: "…, as a senior intelligence official described
     * it" (only a description that fits) */
    for (uint32_t d = a; d + 2 < lim; d++) {
      if (x->inq[d - x->t0] || !(tis(x, d, "a") || tis(x, d, "an"))) continue;
      np in = np_right(x, d, lim, false);
      /* as long as the description ("… official" of "… official described
       * it last week"), its last word a source's */
      uint32_t e = in.a + (n.b - n.a);
      /* ("…, a Corvan spokesman said." before "the spokesman said": a
       * capitalised modifier more, the same source noun last;
       * thirty-seventh pass) */
      if (in.indef && in.kind == NP_NOM && in.b > e && in.b <= in.a + 4 && is_lower(x, in.b - 1) &&
          same_word(x, in.b - 1, n.b - 1) && is_cap(x, in.a + 1))
        e = in.b;
      if (!in.indef || in.kind != NP_NOM || in.b < e || !is_lower(x, e - 1) ||
          !tin(x, e - 1, SOURCES))
        continue;
      const char *c = arena_lower(x->q, x, in.a, e);
      if (c && desc_fits(x, n, c)) return c;
    }
  }
  return first;
}

/* "they wrote" after "all 42 members of the GOP caucus are sending the
 * letter …": the plural subject of one of the four sentences before t
 * (two paragraphs at most) — an optional quantifier or number, up to four
 * words ending in a plural (a capitalised one, "Senate Republicans", or an
 * agent noun, "members", "senators"), optionally "of [the] <Name>", then a
 * verb — kept as written; NULL if none. */
static const char *recent_group(ctx *x, uint32_t t) {
  uint32_t si = tsent(x, t), para = tpara(x, t);
  static const char *const AGENT[] = {"ers", "ors", "ists", "ians", "ants", "ents", "ives", NULL};
  for (int k = 0; k < 4 && si-- > 0; k++) {
    if (x->para[si] + 2 < para) break;
    if (x->headline[si]) continue;
    uint32_t a = x->sfirst[si], lim = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
    a = past_quotes(x, a, lim);
    a = skip_intro(x, a, lim);
    uint32_t j = a;
    if (j < lim && (tis(x, j, "all") || tis(x, j, "some") || tis(x, j, "many") ||
                    tis(x, j, "several") || tis(x, j, "most") || tis(x, j, "both") ||
                    tis(x, j, "the")))
      j++;
    if (j < lim && x->tk[j].kind == SL_TOK_NUM) j++;
    uint32_t e = j;
    while (e < lim && e < j + 4 && x->tk[e].kind == SL_TOK_WORD && !x->inq[e - x->t0] &&
           !tin(x, e, PREPS) && !tin(x, e, DETS) && !tin(x, e, ADVERBS) && !is_cue(x, e) &&
           !ends_possessive(x, e))
      e++;
    /* the head: the last word read that is a plural */
    uint32_t h = UINT32_MAX;
    for (uint32_t q = j; q < e; q++) {
      size_t l;
      const char *w = ttext(x, q, &l);
      bool plural = l > 4 && w[l - 1] == 's' && w[l - 2] != 's' && w[l - 2] != '\'';
      bool agent = false;
      for (int i = 0; AGENT[i] && plural && is_lower(x, q); i++) {
        size_t al = strlen(AGENT[i]);
        agent = agent || (l > al + 1 && !memcmp(w + l - al, AGENT[i], al));
      }
      /* (or a collective noun that takes "they": "Harbor police",
       * "city officials"; thirty-seventh pass, web news hunt) */
      bool coll = is_lower(x, q) &&
                  (tis(x, q, "police") || tis(x, q, "officials") || tis(x, q, "authorities"));
      if ((plural && (agent || (is_cap(x, q) && q > j))) || coll) {
        h = q;
        break;
      }
      if (is_lower(x, q) && q + 1 < e) break; /* "Democrats in …" is read below */
    }
    if (h == UINT32_MAX) continue;
    e = h + 1;
    if (e + 1 < lim && tis(x, e, "of")) {
      uint32_t f = e + 1, ce;
      if (f < lim && tis(x, f, "the")) f++;
      if (!cap_run(x, f, lim, &ce)) continue;
      e = ce;
      if (e + 1 < lim && is_lower(x, e) && !tin(x, e, PREPS) && is_lower(x, e + 1)) e++;
    }
    /* then a verb (auxiliaries included: "are sending") */
    if (!(e < lim && is_lower(x, e) && !tis(x, e, "who") && !tis(x, e, "that") &&
          !tis(x, e, "of") && !tis(x, e, "in") && !tis(x, e, "on") && !tis(x, e, "at") &&
          !tis(x, e, "for") && !tis(x, e, "from") && !tis(x, e, "with") && !tis(x, e, "and")))
      continue;
    return arena_lower(x->q, x, a, e);
  }
  return NULL;
}

/* "The dispute began when Bass accused Reed of “sabotage.”": with no cue,
 * a person named right before a speech-act verb of the quotation's
 * sentence (the nearest before the quotation) is its speaker; NULL if
 * none. */
static const char *joint_of(ctx *x, np n, uint32_t v);

static const char *recent_org(ctx *x, uint32_t t);

static const char *speech_act_subject(ctx *x, uint32_t open) {
  if (x->headline[tsent(x, open)]) return NULL;
  uint32_t s0 = x->sfirst[tsent(x, open)];
  for (uint32_t v = open; v-- > s0 + 1;) {
    if (x->inq[v - x->t0]) break;
    if (!is_lower(x, v)) continue;
    /* "the budget office circulated a letter … instructing managers to
     * prepare for a “…”": the words of a text put out are its sender's
     * (eighteenth pass) */
    bool issued = false;
    for (uint32_t d = v + 1; d < open && d < v + 4 && tin(x, v, ISSUES) && !issued; d++)
      issued = is_lower(x, d) && tin(x, d, DOCS);
    if (!issued && !tin(x, v, SPEECHACT)) continue;
    /* the subject's end: before auxiliaries ("has disputed") and before an
     * apposition between commas ("Cornyn, one of the bill's leading
     * proponents, dismissed Obama's concerns as “…”") */
    size_t vl;
    const char *vw = ttext(x, v, &vl);
    uint32_t e = v;
    while (e > s0 + 1 && is_lower(x, e - 1) &&
           (tis(x, e - 1, "has") || tis(x, e - 1, "have") || tis(x, e - 1, "had") ||
            tis(x, e - 1, "also")))
      e--;
    /* "The Obama administration tried …, arguing that … an “…”": a
     * participle after a comma is the sentence subject's (nineteenth pass) */
    /* (and "… honoured that work by praising the paper for …":
     * twenty-third pass) */
    if (e == v && (is_punct(x, e - 1, ',') || tis(x, e - 1, "by")) && vl > 4 &&
        !memcmp(vw + vl - 3, "ing", 3)) {
      uint32_t s = skip_intro(x, past_quotes(x, s0, e), e);
      np sub = np_right(x, s, e, false);
      if (sub.kind == NP_NAME && !sub.org) {
        const char *nm = resolve_name(x, sub.a, sub.b);
        return nm && strchr(nm, ' ') ? nm : NULL;
      }
      /* "The Obama administration", "the Clinton campaign": capitalised
       * words and an organisation's head noun */
      uint32_t h = sub.a + 1;
      while (sub.kind == NP_NOM && h < sub.b && is_cap(x, h)) h++;
      if (sub.kind == NP_NOM && !sub.indef && tis(x, sub.a, "the") && h > sub.a + 1 &&
          h < sub.b && is_lower(x, h) &&
          (tin(x, h, POSSORG) || tin(x, h, ORGWORDS) || tin(x, h, ORGDESC)))
        return arena_lower(x->q, x, sub.a, h + 1);
      return NULL;
    }
    if (e > s0 + 2 && is_punct(x, e - 1, ',')) {
      uint32_t c = e - 2;
      while (c > s0 && c + 14 > e && !is_punct(x, c, ',') && !x->inq[c - x->t0]) c--;
      if (c <= s0 || !is_punct(x, c, ',')) return NULL;
      e = c;
    }
    /* "…, recently releasing a report claiming “…”": a text's words are
     * its author's, the subject of the sentence that puts it out
     * (eighteenth pass) */
    if (e == v && is_lower(x, e - 1) && tin(x, e - 1, DOCS) && vl > 4 &&
        !memcmp(vw + vl - 3, "ing", 3) && e - 1 > s0 + 1 && tin(x, e - 2, DETS) &&
        tis(x, e - 2, "a") && e - 2 > s0 &&
        (tin(x, e - 3, ISSUES) || tis(x, e - 3, "releasing") || tis(x, e - 3, "issuing") ||
         tis(x, e - 3, "publishing") || tis(x, e - 3, "sending") || tis(x, e - 3, "posting"))) {
      np sub = np_right(x, skip_intro(x, past_quotes(x, s0, e), e), e - 3, false);
      if (sub.kind != NP_NAME || sub.b >= e - 3) return NULL;
      const char *nm = resolve_name(x, sub.a, sub.b);
      return nm && strchr(nm, ' ') ? nm : NULL;
    }
    /* "It appealed to the authorities “…”": "it" opening the sentence is
     * the organisation named last (twenty-third pass) */
    if (e - 1 == s0 && tis(x, e - 1, "it")) return recent_org(x, e - 1);
    /* "Finance ministers from 24 countries appealed for … and “…”": a
     * group named by a plural agent noun opening the sentence, its whole
     * subject as written (twenty-seventh pass) */
    {
      uint32_t g0 = skip_intro(x, past_quotes(x, s0, e), e);
      if (e - g0 <= 8 && group_head(x, g0, e, false) < e) return arena_lower(x->q, x, g0, e);
    }
    if (!is_cap(x, e - 1) || ends_possessive(x, e - 1) || x->inq[e - 1 - x->t0]) return NULL;
    np n = np_left(x, e, s0);
    if (n.kind != NP_NAME || n.b != e) return NULL;
    if (n.org) {
      /* "the FWS defended its decision as “…”": an organisation the
       * article names in full (eighteenth pass) */
      const char *nm = resolve_name(x, n.a, n.b);
      return nm && strchr(nm, ' ') ? nm : NULL;
    }
    const char *jt = joint_of(x, n, v); /* "when A and B accused …" */
    if (jt) return jt;
    const char *nm = resolve_name(x, n.a, n.b);
    return nm && strchr(nm, ' ') ? nm : NULL;
  }
  return NULL;
}

/* "the senators", "the protesters": a definite description whose head is
 * a plural common noun is a group, kept as written (not the last speaker
 * nor a title's holder). */
/* People: agent nouns ("senators", "lawmakers", "protesters", "residents",
 * "activists", "representatives", "scientists"), not things ("the texts"). */
static bool agent_plural(const char *w, size_t l) {
  static const char *const AGENT[] = {"ers", "ors", "ists", "ians", "ants", "ents", "ives", NULL};
  for (int i = 0; AGENT[i]; i++) {
    size_t sl = strlen(AGENT[i]);
    if (l > sl + 1 && !memcmp(w + l - sl, AGENT[i], sl)) return true;
  }
  return false;
}

static bool plural_group(const ctx *x, np n) {
  if (n.kind != NP_NOM || n.indef || n.b <= n.a + 1 || !tin(x, n.a, DETS)) return false;
  uint32_t h = n.b - 1;
  size_t l;
  const char *w = ttext(x, h, &l);
  if (!is_lower(x, h) || l < 5 || tin(x, h, DOCS) || tin(x, h, SOURCES) || tin(x, h, CUES))
    return false;
  /* "the family said": a household is a group too (twenty-sixth pass) */
  static const char *const HOUSEHOLD[] = {"family", "relatives", "parents", "couple", NULL};
  return agent_plural(w, l) || word_in(x, h, HOUSEHOLD);
}

/* n bytes of a and b equal, ASCII case folded. */
static bool ieq(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i])) return false;
  return true;
}

/* ---- joint speakers (tenth pass) -------------------------------------- */

/* A quotation uttered or signed jointly ("Nancy Pelosi and Chuck Schumer
 * said in a joint statement", "Sens. A, B and C wrote") is the joint
 * speaker as written, each name in its full form ("A, B and C"). */
enum { JMAX = 6 };
typedef struct jnt {
  uint32_t n;    /* members */
  np m[JMAX];    /* their names (titles stripped) */
  uint32_t ms[JMAX]; /* first token of each member (its title words) */
  uint32_t s;    /* first token of the coordination */
  uint32_t end;  /* after its last member (parenthesis, "of <place>" included) */
} jnt;

/* Tokens [a, e) name a person of the story (a full name, or a one-word form
 * of one): "of Varga" after a name is no place. */
static bool joint_person_run(ctx *x, uint32_t a, uint32_t e) {
  if (!name_text(x, a, e) || x->oom) return false;
  return sl_strmap_get(&x->names, x->tmp.p, x->tmp.len) != UINT32_MAX ||
         sl_strmap_get(&x->shorts, x->tmp.p, x->tmp.len) != UINT32_MAX;
}

/* One member starting at t: a person's name as a subject reads it
 * (capitalised titles and honorifics stripped: "House Speaker Nancy
 * Pelosi", "Harbour Board chair Olga Brandt"; for a later member also
 * lower-case title words: "and former Vice President X", "union leader
 * X"), then a short parenthesis ("(D-Calif.)") or "of <Place>".  False when
 * t starts no member. */
static bool joint_member(ctx *x, uint32_t t, uint32_t lim, bool later, np *m, uint32_t *end) {
  if (t >= lim || x->inq[t - x->t0]) return false;
  if (is_lower(x, t)) {
    /* lower-case title words (not titled_name: its "Housing and Urban
     * Development Secretary" reading would swallow the next member) */
    uint32_t k = t;
    while (later && k < lim && k < t + 3 && is_lower(x, k) && !x->inq[k - x->t0] &&
           !tin(x, k, PREPS) && !tin(x, k, DETS) && !is_cue(x, k) && !tis(x, k, "of"))
      k++;
    if (k == t || !name_at(x, k, lim, m)) return false;
  } else {
    *m = np_right(x, t, lim, false); /* "Harbour Board chair Olga Brandt" */
    /* not "After meeting Brandt": an introductory word before the name */
    if (m->a > t && (tin(x, t, INTRO) || tin(x, t, PREPS) || tin(x, t, DETS))) return false;
  }
  if (m->kind != NP_NAME || m->org) return false;
  uint32_t e = m->b;
  if (e < lim && is_punct(x, e, '(')) {
    uint32_t c = e + 1;
    while (c < lim && c < e + 8 && !is_punct(x, c, ')') && !x->inq[c - x->t0]) c++;
    if (c < lim && is_punct(x, c, ')')) e = c + 1;
  }
  uint32_t pe;
  if (e + 1 < lim && tis(x, e, "of") && cap_run(x, e + 1, lim, &pe) &&
      !joint_person_run(x, e + 1, pe))
    e = pe;
  *end = e;
  return true;
}

/* Tokens [a, b) before a name hold a title or an honorific ("Deputy
 * Mayor", "Sen.", "Mr.", "union leader"). */
static bool joint_titled(const ctx *x, uint32_t a, uint32_t b) {
  for (uint32_t k = a; k < b; k++)
    if (tin(x, k, TITLES) || tin(x, k, HONOR) || (tin(x, k, NOTNAME) && occupation_word(x, k)) ||
        tis(x, k, "chair"))
      return true;
  return false;
}

/* "A, the deputy mayor, and B", "A, 52, and B": an apposition between
 * commas after a member at e (a determiner, a number or a lower-case word
 * first; no cue, no relative pronoun, up to twelve tokens); returns its
 * closing comma, e when there is none. */
static uint32_t joint_apposition(const ctx *x, uint32_t e, uint32_t lim) {
  if (!(e + 2 < lim && is_punct(x, e, ','))) return e;
  uint32_t c = e + 1;
  if (x->inq[c - x->t0] || !(tin(x, c, DETS) || x->tk[c].kind == SL_TOK_NUM ||
                             (is_lower(x, c) && !tin(x, c, PREPS) && !is_cue(x, c))))
    return e;
  /* "A, …, criticized the plan, and B": a predicate, no apposition
   * (eleventh pass) */
  if (verb_after_name(x, c, lim) && !tin(x, c, ADVERBS)) return e;
  uint32_t f = c;
  while (f < lim && f < c + 12 && !x->inq[f - x->t0] && !is_cue(x, f) &&
         !(x->tk[f].kind == SL_TOK_PUNCT && !is_punct(x, f, '-') && !abbrev_dot(x, f)) &&
         !tis(x, f, "who") && !tis(x, f, "which") && !tis(x, f, "that"))
    f++;
  return f < lim && f > c && is_punct(x, f, ',') ? f : e;
}

/* A coordination of two to six person names starting at s ("A and B",
 * "A, B and C", "A, B, and C"); false when s starts none. */
static bool joint_list(ctx *x, uint32_t s, uint32_t lim, jnt *j) {
  uint32_t e;
  j->n = 0, j->s = s;
  if (!joint_member(x, s, lim, false, &j->m[0], &e)) return false;
  j->ms[0] = s, j->n = 1;
  while (j->n < JMAX) {
    uint32_t u = joint_apposition(x, e, lim);
    bool last = false;
    if (u < lim && is_punct(x, u, ',')) u++;
    if (u < lim && tis(x, u, "and") && !x->inq[u - x->t0]) u++, last = true;
    if (u == e || !joint_member(x, u, lim, true, &j->m[j->n], &e)) return false;
    /* "U.S. Housing and Urban Development Secretary Andrew Cuomo": an
     * office with "and" in it, not two people — a member whose title has
     * capitalised office words after an untitled one joined by "and" */
    if (u == j->m[j->n - 1].b + 1 && !joint_titled(x, j->ms[j->n - 1], j->m[j->n - 1].a)) {
      for (uint32_t k = u; k < j->m[j->n].a; k++)
        if (is_cap(x, k) && !tin(x, k, NOTNAME) && !tin(x, k, TITLES) && !abbrev_dot(x, k))
          return false;
    }
    j->ms[j->n++] = u;
    if (last) {
      j->end = e;
      return true;
    }
  }
  return false;
}

/* Word t is a plural noun of people: an agent noun ("leaders", "senators",
 * "residents") or a listed title's or source's plural ("attorneys"). */
static bool joint_people(const ctx *x, uint32_t t) {
  size_t n;
  const char *w = ttext(x, t, &n);
  if (!is_lower(x, t) || n < 4 || w[n - 1] != 's' || w[n - 2] == 's') return false;
  static const char *const AGENT[] = {"ers", "ors", "ists", "ians", "ants", "ents", "ives", NULL};
  for (int i = 0; AGENT[i]; i++) {
    size_t al = strlen(AGENT[i]);
    if (n > al + 1 && !memcmp(w + n - al, AGENT[i], al)) return true;
  }
  for (int l = 0; l < 2; l++)
    for (const char *const *k = l ? SOURCES : TITLES; *k; k++)
      if (strlen(*k) == n - 1 && ieq(w, *k, n - 1)) return true;
  return false;
}

/* The token before s opens a clause: the sentence start (or its
 * introductory phrase), punctuation, a closing mark, a conjunction; or a
 * description in apposition before the names ("Democratic leaders A and B",
 * "the president's attorneys A and B"): a lower-case title word or
 * plural. */
static bool joint_clause_start(const ctx *x, uint32_t s, uint32_t s0) {
  uint32_t a = s0, si = tsent(x, s0);
  while (a < s && is_quote(x, a)) a++;
  if (a == s || skip_intro(x, a, si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1) == s) return true;
  uint32_t b = s - 1;
  /* not ';' or ':', which separate the items of an enumeration
   * ("including: A and her husband, B; C, and D, who wrote …") */
  if (x->tk[b].kind == SL_TOK_PUNCT)
    return is_punct(x, b, ',') || is_punct(x, b, '(') || ttext_is_dash(x, b);
  if (is_quote(x, b)) return is_close(x, b);
  if (!is_lower(x, b) || x->inq[b - x->t0]) return false;
  /* the signers of a text: "a joint statement from A and B", "a letter
   * signed by A and B" */
  if ((tis(x, b, "from") || tis(x, b, "by")) && b > s0 && !x->inq[b - 1 - x->t0] &&
      (tin(x, b - 1, DOCS) || tin(x, b - 1, ISSUES) || tis(x, b - 1, "written")))
    return true;
  if (tis(x, b, "and") || tis(x, b, "but") || tis(x, b, "while") || tis(x, b, "when") ||
      tis(x, b, "both") ||
      tis(x, b, "after") || tis(x, b, "as") || tis(x, b, "because") || tis(x, b, "since") ||
      tis(x, b, "that") || tis(x, b, "though") || tis(x, b, "although") || tis(x, b, "before") ||
      tis(x, b, "once") || tis(x, b, "if"))
    return true;
  if (is_cue(x, b) || tin(x, b, PREPS) || tin(x, b, ADVERBS)) return false;
  return tin(x, b, TITLES) || tin(x, b, SOURCES) || joint_people(x, b);
}

/* "A, B and C": each member's full name, NULL unless every member resolves
 * to a full name of the story and no two are the same person. */
static const char *joint_text(ctx *x, const jnt *j) {
  const char *nm[JMAX];
  /* "John and Elaine Carrillo", "Hillary and Bill Clinton": first names
   * before a last member's surname share it */
  const np *lm = &j->m[j->n - 1];
  const char *last = lm->b - lm->a >= 2 ? resolve_name(x, lm->a, lm->b) : NULL;
  const char *sur = last ? strrchr(last, ' ') : NULL;
  for (uint32_t i = 0; i < j->n; i++) {
    const np *m = &j->m[i];
    if (sur && i + 1 < j->n && m->b == m->a + 1 && (tin(x, m->a, FEMALE) || tin(x, m->a, MALE)) &&
        name_text(x, m->a, m->b) && !x->oom) {
      sl_buf_puts(&x->tmp, sur);
      if (x->tmp.oom) return NULL;
      nm[i] = sl_arena_strndup(&x->q->arena, x->tmp.p, x->tmp.len);
      if (!nm[i]) return NULL;
      continue;
    }
    nm[i] = resolve_name(x, j->m[i].a, j->m[i].b);
    if (!nm[i] || !strchr(nm[i], ' ')) return NULL;
    for (uint32_t k = 0; k < i; k++)
      if (!strcmp(nm[k], nm[i])) return NULL;
    /* people are named by their surname: a one-word member that is the
     * first word of its full name is a place or a product ("Eastern and
     * Gulf states" → "Eastern Europe", "Mercedes-Benz and Volvo") */
    if (j->m[i].b == j->m[i].a + 1 && name_text(x, j->m[i].a, j->m[i].b) && !x->oom &&
        !name_ends_with(nm[i], strlen(nm[i]), x->tmp.p, x->tmp.len))
      return NULL;
  }
  sl_buf b;
  sl_buf_init(&b);
  for (uint32_t i = 0; i < j->n; i++) {
    if (i) sl_buf_puts(&b, i + 1 == j->n ? " and " : ", ");
    sl_buf_puts(&b, nm[i]);
  }
  const char *r = b.oom ? NULL : sl_arena_strndup(&x->q->arena, b.p, b.len);
  sl_buf_free(&b);
  return r;
}

/* What may follow a coordination read after a cue ("said A and B in a joint
 * statement", "…,” wrote A and B."): punctuation, a mark, a day, a
 * preposition or a relative pronoun. */
static bool joint_end_ok(const ctx *x, uint32_t e, uint32_t lim) {
  if (e >= lim || x->tk[e].kind == SL_TOK_PUNCT || is_quote(x, e)) return true;
  return tin(x, e, DAYS) ||
         (is_lower(x, e) && (tis(x, e, "in") || tis(x, e, "on") || tis(x, e, "at") ||
                             tis(x, e, "during") || tis(x, e, "after") || tis(x, e, "before") ||
                             tis(x, e, "when") || tis(x, e, "while") || tis(x, e, "as") ||
                             tis(x, e, "who") || tis(x, e, "last") || tis(x, e, "this") ||
                             tis(x, e, "earlier") || tis(x, e, "later") || tis(x, e, "jointly")));
}

/* The joint speaker whose member n is the speaker found for the cue or verb
 * v: before v, the coordinated subject whose last member is n, opening a
 * clause ("After the vote, House Speaker A (D-Calif.) and Senate leader B
 * said"); after v, the coordination whose first member is n ("said the
 * attorneys A and B in a joint statement").  NULL when n is no member of
 * one ("A said, and B agreed", "A and his wife", "A told B and C"). */
static const char *joint_of(ctx *x, np n, uint32_t v) {
  if (n.kind != NP_NAME || n.org || n.b <= n.a) return NULL;
  uint32_t si = tsent(x, n.a), s0 = x->sfirst[si];
  uint32_t s1 = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
  jnt j;
  if (n.a > v) {
    /* (a list whose first member ends at n.b goes on there with a comma,
     * "and", a parenthesis or "of": most names after a cue have none) */
    if (n.b >= s1 || !(is_punct(x, n.b, ',') || tis(x, n.b, "and") || is_punct(x, n.b, '(') ||
                       tis(x, n.b, "of")))
      return NULL;
    if (!joint_list(x, n.a, s1, &j) || j.m[0].b != n.b || !joint_end_ok(x, j.end, s1)) return NULL;
    return joint_text(x, &j);
  }
  /* "a statement from A and B said": n, the text's author, is the first
   * member */
  if (n.a > s0 && (tis(x, n.a - 1, "from") || tis(x, n.a - 1, "by")) &&
      joint_clause_start(x, n.a, s0) && joint_list(x, n.a, v, &j) && j.m[0].b == n.b)
    return joint_text(x, &j);
  /* "A, the deputy mayor, and B, a councillor, said": the speaker read
   * behind the appositions is the first member */
  uint32_t nb = n.b;
  if (nb < v && is_punct(x, nb, '(')) /* "A (D-Calif.) and B" */
    while (nb < v && nb < n.b + 8 && !is_punct(x, nb, ')')) nb++;
  if (nb < v && is_punct(x, nb, ')')) nb++;
  if (nb < v && (is_punct(x, nb, ',') || tis(x, nb, "and"))) {
    uint32_t st = n.a;
    while (st > s0 && n.a - st < 6 && !x->inq[st - 1 - x->t0] &&
           (is_cap(x, st - 1) || abbrev_dot(x, st - 1)))
      st--;
    if (joint_clause_start(x, st, s0) && joint_list(x, st, v, &j) && j.m[0].b == n.b) {
      uint32_t e = joint_apposition(x, j.end, v);
      if (e > j.end) e++;
      while (e < v && is_lower(x, e) && tin(x, e, ADVERBS)) e++;
      if (e == v) return joint_text(x, &j);
    }
  }
  /* the last member follows "and" (its title words between): most
   * speakers do not, and are not looked at further */
  uint32_t p = n.a;
  while (p > s0 && n.a - p < 8 && !x->inq[p - 1 - x->t0] &&
         (is_cap(x, p - 1) || abbrev_dot(x, p - 1) ||
          (is_lower(x, p - 1) && !tin(x, p - 1, PREPS) && !is_cue(x, p - 1))))
    p--;
  if (!(p > s0 && tis(x, p - 1, "and"))) return NULL;
  bool found = false;
  jnt best;
  for (uint32_t s = n.a + 1; s-- > s0 && s + 60 > n.a;) {
    if (x->inq[s - x->t0]) break;
    if (!is_cap(x, s) || !joint_clause_start(x, s, s0)) continue;
    if (joint_list(x, s, n.b + 1, &j) && j.m[j.n - 1].b == n.b) best = j, found = true;
  }
  return found ? joint_text(x, &best) : NULL;
}

/* "A and B released a statement … “…,” they said": the latest coordinated
 * subject (followed by its verb) or coordination after a cue, in the
 * sentence of t up to t and the four sentences before (two paragraphs at
 * most); NULL if none. */
static const char *joint_recent(ctx *x, uint32_t t) {
  uint32_t si = tsent(x, t) + 1, para = tpara(x, t);
  for (uint32_t k = 0; k < 5 && si-- > 0;) {
    if (x->para[si] + 2 < para) break;
    if (x->headline[si]) continue;
    k++;
    uint32_t s0 = x->sfirst[si], lim = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
    if (lim > t) lim = t;
    const char *r = NULL;
    for (uint32_t s = lim - s0 > REACH ? lim - REACH : s0; s < lim; s++) {
      if (x->inq[s - x->t0] || !is_cap(x, s) || !joint_clause_start(x, s, s0)) continue;
      jnt j;
      if (!joint_list(x, s, lim, &j)) continue;
      uint32_t e = j.end;
      while (e < lim && is_lower(x, e) && tin(x, e, ADVERBS)) e++;
      bool subject = e < lim && is_lower(x, e) && !tin(x, e, PREPS) && !tin(x, e, DETS) &&
                     !tis(x, e, "of");
      /* after a cue: "said A and B" */
      uint32_t c = s;
      while (c > s0 && s - c < 8 && !is_cue(x, c - 1) && x->tk[c - 1].kind != SL_TOK_PUNCT) c--;
      bool inverted = c > s0 && is_cue(x, c - 1) && joint_end_ok(x, j.end, lim);
      if (subject || inverted) {
        const char *jt = joint_text(x, &j);
        if (jt) r = jt;
      }
      s = j.end - 1;
    }
    if (r) return r;
    /* a subject of several people nearer than any joint one ("The
     * strikers said little."): "they" is theirs (recent_group) */
    uint32_t a = s0;
    a = past_quotes(x, a, lim);
    a = skip_intro(x, a, lim);
    np sub = np_right(x, a, lim, false);
    /* not "The two senators …", "Both senators …": the pair again */
    bool again = false;
    for (uint32_t u = a; u < lim && u < a + 3 && is_word(x, u) && !again; u++)
      again = tis(x, u, "both") || tis(x, u, "two") || tis(x, u, "three") || tis(x, u, "pair");
    if (again) continue;
    for (uint32_t u = sub.a; sub.kind == NP_NOM && u < sub.b && u < sub.a + 5; u++)
      if (joint_people(x, u)) return NULL;
    /* "Some teachers he interviewed said": a quantified or bare plural */
    for (uint32_t u = a; sub.kind == NP_NONE && u < lim && u < a + 3 && is_word(x, u); u++)
      if (joint_people(x, u)) return NULL;
    /* "Democrats said": a capitalised plural that is nobody's name */
    if (sub.kind == NP_NAME && sub.b == sub.a + 1) {
      size_t hl;
      const char *h = ttext(x, sub.a, &hl);
      if (hl > 3 && h[hl - 1] == 's' && h[hl - 2] != 's' &&
          sl_strmap_get(&x->shorts, h, hl) == UINT32_MAX)
        return NULL;
    }
  }
  return NULL;
}

/* "the two said", "both wrote", "the pair", "the senators said": a definite
 * description of several people is the latest joint subject (joint_recent);
 * NULL when n is none or no joint subject is near. */
static const char *joint_description(ctx *x, np n) {
  if (n.kind != NP_NOM || n.b <= n.a) return NULL;
  /* "The letter, signed by A and B, said": a text and its signers */
  if (tin(x, n.b - 1, DOCS)) {
    uint32_t t = n.b, si = tsent(x, n.a);
    uint32_t lim = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
    if (t < lim && is_punct(x, t, ',')) t++;
    if (t < lim && is_lower(x, t) && (tin(x, t, ISSUES) || tis(x, t, "written"))) t++;
    jnt j;
    if (t + 1 < lim && (tis(x, t, "by") || tis(x, t, "from")) && joint_list(x, t + 1, lim, &j))
      return joint_text(x, &j);
    return NULL;
  }
  /* "both men" is definite; "two officials" is not */
  bool plural = tis(x, n.a, "both") && n.b > n.a + 1;
  if (n.indef && !plural) return NULL;
  plural = plural || plural_group(x, n);
  for (uint32_t t = n.a; t < n.b && !plural; t++)
    plural = tis(x, t, "two") || tis(x, t, "three") || tis(x, t, "both") || tis(x, t, "pair") ||
             tis(x, t, "duo") || tis(x, t, "trio");
  return plural ? joint_recent(x, n.a) : NULL;
}

/* "…, and A and B released a joint statement": the coordinated subject of a
 * verb putting out a text whose head is h (hl bytes, "statement" /
 * "statements"), in [s, lim); NULL if none. */
static const char *joint_text_author(ctx *x, uint32_t s, uint32_t lim, const char *h, size_t hl) {
  for (uint32_t d = s; d < lim; d++) {
    if (x->inq[d - x->t0] || !is_lower(x, d) || !tin(x, d, DOCS)) continue;
    size_t dl;
    const char *ds = ttext(x, d, &dl);
    if (!(dl + 1 >= hl && dl <= hl + 1 && ieq(ds, h, dl < hl ? dl : hl))) continue;
    for (uint32_t v = d; v-- > s && v + 5 > d;) {
      if (x->inq[v - x->t0] || !is_lower(x, v) || !tin(x, v, ISSUES) || tin(x, v, DOCS)) continue;
      const char *jt = joint_of(x, np_left(x, v, s), v);
      if (jt) return jt;
      break;
    }
  }
  return NULL;
}

/* "“…,” Deputy Mayor A and Councillor B said in a joint statement": a
 * coordinated subject right after the closing mark, its cue beyond
 * attr_after's reach of six tokens; r gets the last member (joint_of reads
 * the coordination from it).  False when there is none. */
/* "…, on an advisory board with Mr. Sestak, the White House said in a
 * statement Thursday.": a sentence that goes on past the closing mark
 * beyond the six tokens and ends with ", SUBJECT cue" and an optional
 * "in a statement" and day; no other cue, quotation or ';' between the
 * mark and the comma (twelfth pass). */
/* "The wards were “almost pitch black” for an hour, said
 * spokesman Paul Crowley." / "…, police said.": the sentence's last
 * clause, after a comma, is a cue and its speaker ([cm, c) with the
 * period at e); it attributes a quotation inside the sentence when no cue
 * comes before the quotation in it (thirty-fourth pass). */
static bool tail_clause(const ctx *x, uint32_t close, uint32_t s, uint32_t c, uint32_t e, attr *r) {
  uint32_t cm = c;
  while (cm > s && !is_punct(x, cm - 1, ',')) cm--;
  if (cm <= s + 2 || cm + 1 >= c || x->inq[cm - x->t0]) return false;
  for (uint32_t t = s; t + 1 < cm; t++)
    if (is_cue(x, t) || is_punct(x, t, ';') || is_quote(x, t) || x->inq[t - x->t0]) return false;
  for (uint32_t t = x->sfirst[tsent(x, close - 1)]; t < close; t++)
    if (!x->inq[t - x->t0] && (is_cue(x, t) || tin(x, t, SPEECHACT))) return false;
  np who;
  uint32_t cue;
  if (is_lower(x, cm) && is_cue(x, cm) && !cue_needs_subject(x, cm)) {
    cue = cm, who = np_right(x, cm + 1, c, true); /* ", said police." */
  } else if (is_lower(x, c - 1) && is_cue(x, c - 1)) {
    cue = c - 1, who = np_left(x, c - 1, cm); /* ", police said." */
  } else {
    /* ", her deputy Carl Vane told reporters on Tuesday.": a cue and a
     * short tail with no clause of its own (no pronoun, auxiliary, "that"
     * or other cue; thirty-sixth pass) */
    cue = cm + 1;
    while (cue < c && !(is_lower(x, cue) && is_cue(x, cue))) cue++;
    if (cue >= c || c - cue > 6 || cue_needs_subject(x, cue)) return false;
    for (uint32_t t = cue + 1; t < c; t++) {
      size_t n;
      const char *w = ttext(x, t, &n);
      if (x->tk[t].kind == SL_TOK_PUNCT || is_cue(x, t) || tin(x, t, PRONOUNS) ||
          tis(x, t, "that") || tis(x, t, "i") ||
          (is_lower(x, t) && tin(x, t, PREPS) && !sal_prep(x, t)) ||
          (n > 4 && (!memcmp(w + n - 2, "ed", 2) || !memcmp(w + n - 3, "ing", 3))))
        return false;
    }
    who = np_left(x, cue, cm);
  }
  /* ", nurse Ada Pell said.": lower-case title words before the name
   * (thirty-sixth pass) */
  uint32_t w0 = cue == cm ? cm + 1 : cm;
  if (who.kind == NP_NAME && cue != cm && who.b == cue && who.a > cm && who.a <= cm + 3) {
    bool titles = true;
    for (uint32_t t = cm; t < who.a && titles; t++)
      titles = is_lower(x, t) && !tin(x, t, PREPS) && !tin(x, t, SMALL) && !is_cue(x, t) &&
               (!tin(x, t, DETS) || t == cm) && !tin(x, t, PRONOUNS);
    if (titles) w0 = who.a;
  }
  if (who.kind == NP_NONE || who.b != (cue == cm ? c : cue) || who.a != w0) return false;
  /* (a plural pronoun's group is too far to tell) */
  if (who.kind == NP_PRON && !tis(x, who.a, "he") && !tis(x, who.a, "she")) return false;
  r->found = true, r->who = who, r->cue = cue, r->used_end = e, r->far = true;
  return true;
}

static bool tail_cue_after(const ctx *x, uint32_t close, attr *r) {
  uint32_t s = close;
  while (s < x->t1 && is_quote(x, s)) s++;
  if (s >= x->t1 || close == x->t0 || tpara(x, s) != tpara(x, close - 1)) return false;
  uint32_t si = tsent(x, s), e = s;
  while (e < x->t1 && e < s + 48 && tsent(x, e) == si && !x->inq[e - x->t0] &&
         !(is_punct(x, e, '.') && !abbrev_dot(x, e)))
    e++;
  if (e >= x->t1 || e >= s + 48 || !is_punct(x, e, '.') || abbrev_dot(x, e)) return false;
  uint32_t c = e;
  if (c > s && tin(x, c - 1, DAYS)) c--; /* "… Thursday." */
  if (c > s + 1 && tin(x, c - 1, DAYS) && tis(x, c - 2, "on")) c -= 2;
  /* "in a statement", "in a written statement" */
  if (c > s + 3 && tin(x, c - 1, DOCS) && is_lower(x, c - 1)) {
    uint32_t d = c - 2;
    if (d > s && !tis(x, d, "a") && !tis(x, d, "an") && is_lower(x, d)) d--;
    if (d > s && (tis(x, d, "a") || tis(x, d, "an")) && tis(x, d - 1, "in")) c = d - 1;
  }
  /* "“…,” Nils Ardahl, the scientist leading the survey told a briefing.":
   * the name right after the mark, an apposition of lower-case words
   * whose closing comma was left out, then the cue (thirty-seventh pass) */
  np nm;
  uint32_t nc = s; /* (the comma after the capitalised words, read first) */
  while (nc < e && nc < s + 5 && (is_cap(x, nc) || abbrev_dot(x, nc))) nc++;
  if (nc > s + 1 && nc + 3 < e && is_punct(x, nc, ',') && tin(x, nc + 1, DETS) &&
      name_at(x, s, e, &nm) && nm.a == s && !nm.org && nm.b == nc) {
    uint32_t t = nm.b + 2;
    while (t < e && t < nm.b + 12 && is_lower(x, t) && x->tk[t].kind == SL_TOK_WORD &&
           !x->inq[t - x->t0] && !is_cue(x, t))
      t++;
    if (t < e && t > nm.b + 2 && is_lower(x, t) && is_cue(x, t) && !cue_needs_subject(x, t)) {
      r->found = true, r->who = nm, r->cue = t, r->used_end = e, r->far = true;
      return true;
    }
  }
  uint32_t k = c - 1;
  if (tail_clause(x, close, s, c, e, r)) return true;
  if (k <= s + 2 || !is_cue(x, k) || !is_lower(x, k)) return false;
  /* "“…,” Oversight and Government Reform Committee spokesman Ali Ahmad
   * said in a statement.": a long subject right after the mark */
  np sub = np_right(x, s, k, false);
  if (sub.kind == NP_NAME && !sub.org && sub.b == k && sub.a > s + 2) {
    for (uint32_t t = s; t < sub.a; t++)
      if (is_cue(x, t) || is_punct(x, t, ';') || is_quote(x, t) || is_punct(x, t, ','))
        return false;
    r->found = true, r->who = sub, r->cue = k, r->used_end = e;
    return true;
  }
  /* the subject: a name or "the" + name right after a comma */
  uint32_t a = k;
  while (a > s && (is_cap(x, a - 1) || abbrev_dot(x, a - 1) || tis(x, a - 1, "the") ||
                   /* "Mr van der Berg" (thirty-sixth pass) */
                   (a - 1 > s && is_lower(x, a - 1) && tin(x, a - 1, CONN) &&
                    !tis(x, a - 1, "of"))) &&
         k - a < 6)
    a--;
  if (a >= k || a <= s || !is_punct(x, a - 1, ',')) return false;
  np who;
  if (!name_at(x, tis(x, a, "the") ? a + 1 : a, k, &who) || who.b != k) return false;
  for (uint32_t t = s; t + 1 < a; t++)
    if (is_cue(x, t) || is_punct(x, t, ';') || is_quote(x, t)) return false;
  r->found = true, r->who = who, r->cue = k, r->used_end = e, r->far = true;
  return true;
}

/* "the “neverendum,” as Montreal humorist Ann Hale has dubbed it": a
 * naming verb after "as" and its subject, right after the closing mark
 * (twenty-second pass).  False when there is none. */
static bool as_named_after(const ctx *x, uint32_t close, attr *r) {
  static const char *const NAMING[] = {"dubbed", "dubs", "called", "calls", "termed", "terms",
                                       "labeled", "labelled", "labels", "branded", "brands",
                                       "described", "describes", "put", NULL};
  uint32_t s = close;
  while (s < x->t1 && is_quote(x, s)) s++;
  if (s < x->t1 && is_punct(x, s, ',')) s++;
  if (s + 2 >= x->t1 || close == x->t0 || !tis(x, s, "as") || tpara(x, s) != tpara(x, close - 1))
    return false;
  uint32_t lim = s + 12;
  if (lim > x->t1) lim = x->t1;
  np who = np_right(x, s + 1, lim, true); /* "as local humorist Ann Hale" */
  if (!((who.kind == NP_NAME && !who.org) || who.kind == NP_PRON) || who.a < s + 1 ||
      tis(x, who.a, "it") || tis(x, who.a, "they"))
    return false;
  for (uint32_t t = s + 1; t < who.a; t++)
    if (!is_word(x, t) || x->inq[t - x->t0]) return false;
  uint32_t k = who.b;
  while (k < lim && is_lower(x, k) &&
         (tis(x, k, "has") || tis(x, k, "had") || tis(x, k, "have") || tin(x, k, ADVERBS)))
    k++;
  if (k >= lim || !is_lower(x, k) || !word_in(x, k, NAMING) || x->inq[k - x->t0]) return false;
  r->found = true, r->who = who, r->cue = k, r->used_end = k + 1;
  return true;
}

/* "The award confirms “…” to medical care, said Dr. Ann Hale, president
 * of X.": the sentence goes on past the closing mark beyond attr_after's
 * reach, then ", said NAME" (an inverted cue and a person's name ending
 * at a comma or the sentence's end); no other cue, quotation or ';'
 * between (twenty-third pass).  False when there is none. */
static bool inverted_tail_after(const ctx *x, uint32_t close, attr *r) {
  uint32_t s = close;
  while (s < x->t1 && is_quote(x, s)) s++;
  if (s >= x->t1 || close == x->t0 || tpara(x, s) != tpara(x, close - 1)) return false;
  uint32_t si = tsent(x, s);
  for (uint32_t k = s + 1; k + 1 < x->t1 && k < s + 30 && tsent(x, k) == si; k++) {
    if (x->inq[k - x->t0] || is_punct(x, k, ';')) return false;
    if (!is_cue(x, k)) continue;
    if (!is_punct(x, k - 1, ',') || !(tis(x, k, "said") || tis(x, k, "says"))) return false;
    np who;
    if (!name_at(x, k + 1, x->t1, &who) || who.org || who.b >= x->t1 ||
        !(is_punct(x, who.b, ',') || is_punct(x, who.b, '.')))
      return false;
    r->found = true, r->who = who, r->cue = k, r->used_end = who.b;
    return true;
  }
  return false;
}

static bool joint_cue_after(ctx *x, uint32_t close, attr *r) {
  uint32_t b = close;
  while (b < x->t1 && is_quote(x, b)) b++;
  if (b < x->t1 && is_punct(x, b, ',')) b++;
  if (close == x->t0 || b >= x->t1 || !is_cap(x, b) || tpara(x, b) != tpara(x, close - 1))
    return false;
  uint32_t lim = b;
  while (lim < x->t1 && lim < b + 40 && !x->inq[lim - x->t0] && tsent(x, lim) == tsent(x, b))
    lim++;
  jnt j;
  if (!joint_list(x, b, lim, &j)) return false;
  /* "A of California and B of New York, the Democratic leader, said":
   * the last member's apposition (eleventh pass) */
  uint32_t e = j.end, pe;
  if (e + 1 < lim && tis(x, e, "of") && cap_run(x, e + 1, lim, &pe) && pe < lim &&
      is_punct(x, pe, ','))
    e = pe;
  uint32_t ae = joint_apposition(x, e, lim);
  if (ae > e) e = ae + 1;
  while (e < lim && is_lower(x, e) && tin(x, e, ADVERBS)) e++;
  if (!(e < lim && is_cue(x, e))) return false;
  r->found = true, r->who = j.m[j.n - 1], r->cue = e, r->used_end = lim;
  return true;
}

/* With no cue, a coordinated subject opening the quotation's sentence and
 * followed by its verb ("Senators A and B called the plan “…”") speaks
 * jointly; NULL otherwise. */
static const char *joint_subject(ctx *x, uint32_t open) {
  uint32_t si = tsent(x, open);
  if (x->headline[si]) return NULL;
  uint32_t s = x->sfirst[si];
  s = past_quotes(x, s, open);
  s = skip_intro(x, s, open);
  /* "In their remarks on Sunday, both A and B called it a “…” and a
   * “…”" (eleventh pass) */
  if (s + 1 < open && tis(x, s, "both")) s++;
  jnt j;
  if (!joint_list(x, s, open, &j)) return NULL;
  uint32_t e = j.end;
  while (e < open && is_lower(x, e) && tin(x, e, ADVERBS)) e++;
  if (!(e < open && is_lower(x, e) && !tin(x, e, PREPS) && !tin(x, e, DETS) && !tis(x, e, "of")))
    return NULL;
  return joint_text(x, &j);
}

/* "a spokesman said" after "a spokesman for American Media Inc., …, also
 * denied …": the fuller description of an unnamed source with the same
 * head that was given as a speaker or a subject of one of the six
 * sentences before (three paragraphs at most); NULL if none. */
static const char *fuller_source(ctx *x, const topic_state *ts, np n, uint32_t t) {
  if (n.b <= n.a || n.b - n.a > 3) return NULL;
  size_t hl;
  const char *h = ttext(x, n.b - 1, &hl);
  if (!tin(x, n.b - 1, SOURCES)) return NULL;
  uint32_t para = tpara(x, t), si = tsent(x, t);
  for (uint32_t k = 0; k < 6 && si-- > 0;) {
    if (x->para[si] + 3 < para) break;
    if (x->headline[si]) continue;
    k++;
    uint32_t a = x->sfirst[si], lim = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
    a = past_quotes(x, a, lim);
    np sub = np_right(x, skip_intro(x, a, lim), lim, false);
    if (!(sub.kind == NP_NOM && sub.indef && nom_is_source(x, sub) && sub.b - sub.a > n.b - n.a))
      continue;
    /* every modifier of the short form is in the fuller one ("a tourism
     * official" is not "a senior intelligence official"; thirty-second
     * pass) */
    bool all = true;
    for (uint32_t v = n.a + 1; v + 1 < n.b && all; v++) {
      size_t vl;
      const char *vs = ttext(x, v, &vl);
      all = false;
      for (uint32_t u = sub.a; u < sub.b && !all; u++) {
        size_t ul;
        const char *us = ttext(x, u, &ul);
        all = ul == vl && ieq(us, vs, vl);
      }
    }
    if (!all) continue;
    for (uint32_t u = sub.a; u < sub.b && u < sub.a + 6; u++) {
      size_t ul;
      const char *us = ttext(x, u, &ul);
      if (ul == hl && ieq(us, h, hl)) {
        /* "… American Media Inc., the …": the abbreviation's period */
        uint32_t b = sub.b;
        if (b + 1 < lim && is_punct(x, b, '.') && is_punct(x, b + 1, ',') && is_cap(x, b - 1) &&
            x->tk[b].span.off == x->tk[b - 1].span.off + x->tk[b - 1].span.len)
          b++;
        return arena_lower(x->q, x, sub.a, b);
      }
    }
  }
  (void)ts;
  return NULL;
}

/* "The social media posts read, “…”", "the statement said": a definite
 * description whose head is a text speaks for the author of the text put
 * out in the four sentences before (two paragraphs at most before the
 * description's own; twenty-second pass: "The letter concluded:" opening a
 * quotation in the next paragraph) — "a statement from X", or the subject
 * of a sentence that names a text with the same head or puts one out
 * (a PAC that paid for ads and posted them; "200 scientists signed a
 * letter"); NULL if none. */
/* Token d is the text noun h (hl bytes), singular or plural ("post" /
 * "posts"). */
static bool same_text_noun(const ctx *x, uint32_t d, const char *h, size_t hl) {
  size_t dl;
  const char *ds = ttext(x, d, &dl);
  return is_lower(x, d) && tin(x, d, DOCS) && dl >= hl - (hl > 1) && dl <= hl + 1 &&
         ieq(ds, h, dl < hl ? dl : hl);
}

static const char *text_author_before(ctx *x, np n) {
  if (n.kind != NP_NOM || n.indef || n.b <= n.a || !tin(x, n.b - 1, DOCS)) return NULL;
  size_t hl;
  const char *h = ttext(x, n.b - 1, &hl);
  uint32_t para = tpara(x, n.a), s_cur = tsent(x, n.a), si = s_cur + 1;
  const char *weak = NULL;
  for (uint32_t k = 0; k < 5 && si-- > 0;) {
    if (x->para[si] + 2 < para) break;
    if (x->headline[si]) continue;
    k++;
    uint32_t a = x->sfirst[si], lim = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
    if (si == s_cur) lim = n.a;
    a = past_quotes(x, a, lim);
    uint32_t s = skip_intro(x, a, lim);
    const char *jt = joint_text_author(x, s, lim, h, hl); /* signed jointly */
    if (jt) return jt;
    for (uint32_t d = s; d < lim; d++) {
      if (x->inq[d - x->t0] || !is_lower(x, d)) continue;
      bool same = same_text_noun(x, d, h, hl);
      bool puts = tin(x, d, ISSUES) && !tin(x, d, DOCS);
      if (!same && !puts) continue;
      /* "… have signed a letter from Representative X": the text put out
       * is X's, not the signers' (twelfth pass) */
      for (uint32_t g = d + 1; puts && g < lim && g < d + 4 && !x->inq[g - x->t0]; g++) {
        if (!same_text_noun(x, g, h, hl)) continue;
        np au = doc_author(x, (np){NP_NOM, g, g + 1, false, false}, lim);
        if (au.kind == NP_NAME) return resolve_name(x, au.a, au.b);
        break;
      }
      if (same) {
        np au = doc_author(x, (np){NP_NOM, d, d + 1, false, false}, lim);
        if (au.kind == NP_NAME) return resolve_name(x, au.a, au.b);
        /* "A September 2010 Congressional Research Service report":
         * the organisation named before the noun in the subject
         * (eighteenth pass) */
        uint32_t r = d;
        while (r > s && (is_cap(x, r - 1) || abbrev_dot(x, r - 1) ||
                         (r - 1 > s && is_cap(x, r - 2) &&
                          (tis(x, r - 1, "and") || tis(x, r - 1, "of")))))
          r--;
        uint32_t l = s;
        while (l < r && (tin(x, l, DETS) || tin(x, l, DAYS) || x->tk[l].kind == SL_TOK_NUM)) l++;
        /* as weak a guess as the subject's (twelfth pass) */
        if (l == r && r < d && !tin(x, r, DAYS) && !ends_possessive(x, d - 1) &&
            name_is_org(x, r, d)) {
          if (!weak) weak = resolve_name(x, r, d);
          break;
        }
      }
      np sub = np_right(x, s, d, false);
      if (sub.kind == NP_NONE && (tis(x, s, "every") || tis(x, s, "all"))) {
        /* "Every former secretary of the department, including …, sent a
         * letter" (eighteenth pass) */
        uint32_t e = s + 1;
        while (e < d && !is_punct(x, e, ',') && !x->inq[e - x->t0] && !tin(x, e, ISSUES)) e++;
        bool person = false; /* a source or a title: "secretary", "director" */
        for (uint32_t j = s + 1; j < e && j < s + 5 && !person; j++)
          person = is_lower(x, j) && (tin(x, j, SOURCES) || title_index(x, j) >= 0);
        if (person && puts) return arena_lower(x->q, x, s, e);
      }
      const char *got = NULL;
      if (sub.kind == NP_NAME && sub.b <= d) got = resolve_name(x, sub.a, sub.b);
      else if (sub.kind == NP_NOM && sub.indef && nom_is_source(x, sub) && sub.b <= d)
        got = arena_lower(x->q, x, sub.a, sub.b);
      /* "200 scientists signed a letter": its signers as written
       * (twenty-second pass) */
      else if (puts && sub.kind == NP_NONE && s + 2 == d && x->tk[s].kind == SL_TOK_NUM &&
               is_lower(x, s + 1)) {
        size_t hl2;
        const char *hw = ttext(x, s + 1, &hl2);
        if (agent_plural(hw, hl2)) got = arena_lower(x->q, x, s, d);
      }
      /* the subject of a sentence that only mentions the text ("The White
       * House report disputed …") is a weaker guess than an author the
       * article gives for that text (twelfth pass) */
      if (got && puts) return got;
      if (got && !weak) weak = got;
      break; /* one text per sentence */
    }
  }
  /* "the report read": the author written with the same text earlier in
   * the article ("the report, by X,", "a letter from X") */
  for (uint32_t d = x->t0; d < n.a; d++) {
    if (x->inq[d - x->t0] || !same_text_noun(x, d, h, hl)) continue;
    uint32_t lim = tsent(x, d) + 1 < x->nsent ? x->sfirst[tsent(x, d) + 1] : x->t1;
    np au = doc_author(x, (np){NP_NOM, d, d + 1, false, false}, lim < n.a ? lim : n.a);
    if (au.kind == NP_NAME && !name_is_org(x, au.a, au.b)) return resolve_name(x, au.a, au.b);
  }
  return weak;
}

/* Word t also occurs, capitalised, after the first word of a sentence of
 * its article (outside headlines). */
/* A capitalised word opening its sentence that is a common noun, not a
 * name ("Critics said", not "Google said"): the article writes it in
 * lower case elsewhere, or it is a noun for people or groups, or a plural
 * of one (thirty-fourth pass). */
static bool common_noun(const ctx *x, uint32_t t) {
  if (tin(x, t, SOURCES) || tin(x, t, PERSONN) || tin(x, t, OTHERS) || word_in(x, t, COLLECTIVE))
    return true;
  size_t n, m;
  const char *w = ttext(x, t, &n);
  if (agent_plural(w, n)) return true;
  char low[32];
  if (n < 3 || n >= sizeof low) return false;
  for (size_t i = 0; i < n; i++) low[i] = (char)tolower((unsigned char)w[i]);
  /* "Witnesses", "Neighbours": the singular is a person noun */
  for (size_t cut = 1; cut <= 2 && low[n - 1] == 's'; cut++)
    for (int i = 0; PERSONN[i]; i++)
      if (strlen(PERSONN[i]) == n - cut && !memcmp(PERSONN[i], low, n - cut)) return true;
  for (uint32_t k = x->t0; k < x->t1; k++) {
    if (x->tk[k].span.len != n || !is_lower(x, k)) continue;
    const char *v = ttext(x, k, &m);
    if (v[0] == low[0] && !memcmp(v + 1, low + 1, n - 1)) return true;
  }
  return false;
}

static bool capitalised_inside(const ctx *x, uint32_t t) {
  size_t n, m;
  const char *w = ttext(x, t, &n);
  for (uint32_t i = 0; i < x->ncaps; i++) {
    uint32_t k = x->caps[i];
    /* the token's own fields first (most tokens fail there) */
    if (x->tk[k].span.len != n || k == x->sfirst[tsent(x, k)] || x->headline[tsent(x, k)])
      continue;
    const char *v = ttext(x, k, &m);
    if (!memcmp(v, w, n)) return true;
  }
  return false;
}

/* The organisation a definite description ("the group", "the company")
 * refers to: the subject of one of the four sentences up to t when it is
 * an organisation's name ("The nearby St. Louis Tea Party had …"); NULL if
 * none. */
static const char *recent_org(ctx *x, uint32_t t) {
  uint32_t si = tsent(x, t) + 1;
  for (uint32_t k = 0; k < 4 && si-- > 0;) {
    if (x->headline[si]) continue;
    k++;
    uint32_t a = x->sfirst[si], lim = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
    if (lim > t) lim = t;
    a = past_quotes(x, a, lim);
    uint32_t s0 = skip_intro(x, a, lim), e;
    /* "“…,” said Amnesty International.": the organisation after an
     * inverted cue (thirty-second pass) */
    if (s0 + 1 < lim && is_cue(x, s0)) {
      np inv = np_right(x, s0 + 1, lim, true);
      if (inv.kind == NP_NAME && (inv.org || !first_name_at(x, inv.a)) && inv.b - inv.a >= 2)
        return resolve_name(x, inv.a, inv.b);
    }
    np sub = np_right(x, s0, lim, false);
    if (sub.kind == NP_NAME && sub.org && sub.b - sub.a >= 2) return resolve_name(x, sub.a, sub.b);
    /* "Yahoo announced … the company said": a one-word name that is no
     * person's (no full name of the story ends or starts with it) and is
     * capitalised inside a sentence somewhere in the article (not a
     * sentence-initial common noun: "Debate raged …") */
    if (sub.kind == NP_NAME && sub.b - sub.a == 1 && !tin(x, sub.a, NOTNAME) &&
        !tin(x, sub.a, PRONOUNS) && capitalised_inside(x, sub.a)) {
      const char *nm = resolve_name(x, sub.a, sub.b);
      if (nm && !strchr(nm, ' ') && !gender_of(x, nm)) return nm;
    }
    /* "The Harbour Traders Association met …" */
    if (s0 < lim && tis(x, s0, "the")) s0++;
    if (cap_run(x, s0, lim, &e) && e - s0 >= 2 && name_is_org(x, s0, e))
      return resolve_name(x, s0, e);
  }
  return NULL;
}

/* "a teenager who gave his name only as Karim", "the officer, who gave
 * only her surname, Wu": the name a description's relative clause gives,
 * as written; NULL if none (thirty-third pass). */
static const char *name_given(ctx *x, np n) {
  uint32_t k = n.b, lim = x->t1, e;
  /* "a clerk at a record shop in Maple Bay, who goes by the name
   * Jinx 7": past the place, "goes by" (thirty-fourth pass) */
  while (k < lim && k < n.b + 6 && !x->inq[k - x->t0] &&
         (is_cap(x, k) || tis(x, k, "in") || tis(x, k, "of") || tis(x, k, "at")))
    k++;
  if (k < lim && is_punct(x, k, ',')) k++;
  bool goes = k + 3 < lim && tis(x, k, "who") && (tis(x, k + 1, "goes") || tis(x, k + 1, "went")) &&
              tis(x, k + 2, "by");
  if (!(goes || (k + 3 < lim && tis(x, k, "who") &&
                 (tis(x, k + 1, "gave") || tis(x, k + 1, "would") ||
                  tis(x, k + 1, "identified")))))
    return NULL;
  uint32_t s = tsent(x, k);
  for (uint32_t j = k + 2; j + 1 < lim && j < k + 12 && tsent(x, j) == s; j++) {
    if (x->inq[j - x->t0]) return NULL;
    bool as = tis(x, j, "as") || (goes && j == k + 3 && is_cap(x, j)); /* "goes by Kenny" */
    bool named = (tis(x, j, "name") || tis(x, j, "surname")) &&
                 (is_punct(x, j + 1, ',') || (goes && is_cap(x, j + 1)));
    if (!as && !named) continue;
    uint32_t a = tis(x, j, "as") ? j + 1 : as ? j : is_punct(x, j + 1, ',') ? j + 2 : j + 1;
    if (a >= lim || !is_cap(x, a) || x->inq[a - x->t0] || !cap_run(x, a, lim, &e) || e > a + 3)
      return NULL;
    if (e < lim && x->tk[e].kind == SL_TOK_NUM) e++; /* "Jinx 7" */
    if (e < lim && !is_punct(x, e, '.') && !is_punct(x, e, ',')) return NULL;
    size_t off = x->tk[a].span.off;
    return sl_arena_strndup(&x->q->arena, x->text + off,
                            x->tk[e - 1].span.off + x->tk[e - 1].span.len - off);
  }
  return NULL;
}

/* "the radio said" after "Tehran radio reported …": the medium named
 * before it in the article with the capitalised words before its noun
 * (radio, television, newspaper), as written; NULL if none (thirty-third
 * pass). */
static const char *medium_named(ctx *x, np n) {
  if (n.kind != NP_NOM || n.indef || n.b != n.a + 2 || !tis(x, n.a, "the")) return NULL;
  uint32_t h = n.b - 1;
  if (!(tis(x, h, "radio") || tis(x, h, "television") || tis(x, h, "newspaper"))) return NULL;
  size_t hl;
  const char *hw = ttext(x, h, &hl);
  for (uint32_t k = n.a; k-- > x->t0 + 1;) {
    size_t l;
    const char *w = ttext(x, k, &l);
    if (l != hl || !is_lower(x, k) || x->inq[k - x->t0] || strncmp(w, hw, l)) continue;
    uint32_t a = k;
    while (a > x->t0 && is_cap(x, a - 1) && !x->inq[a - 1 - x->t0] && !para_break(x, a) &&
           !tin(x, a - 1, NOTNAME))
      a--;
    if (a == k) continue;
    size_t off = x->tk[a].span.off;
    return sl_arena_strndup(&x->q->arena, x->text + off, x->tk[k].span.off + l - off);
  }
  return NULL;
}

/* "the department said" after "the Justice Department said …": the
 * latest organisation's name before it in the article (fifteenth pass:
 * in the four sentences before) whose last word is the description's
 * head; NULL if none. */
static const char *org_by_head(ctx *x, np n) {
  if (n.kind != NP_NOM || n.indef || n.b <= n.a) return NULL;
  uint32_t h = n.b - 1;
  if (!is_lower(x, h) || !tin(x, h, ORGWORDS)) return NULL;
  /* "the agency" is any public body's: "Federal Prosecutor's Office",
   * "Food and Drug Administration" (twenty-seventh pass) */
  static const char *const BODIES[] = {"agency", "office", "administration", "bureau", "service",
                                       "department", "commission", "authority", "board",
                                       "ministry", NULL};
  size_t hl;
  const char *hw = ttext(x, h, &hl);
  bool agency = tis(x, h, "agency");
  /* the whole article before it, the latest first ("the committee said"
   * long after "the Norwegian Nobel Committee said"; twenty-third pass) */
  for (uint32_t k = n.a; k-- > x->t0;) {
    if (!is_cap(x, k) || x->inq[k - x->t0] || x->headline[tsent(x, k)]) continue;
    size_t l;
    const char *w = ttext(x, k, &l);
    bool body = false;
    for (const char *const *b = BODIES; agency && *b && !body; b++) body = tis_s(x, k, *b);
    if (agency ? !body : l != hl || strncasecmp(w, hw, l)) continue;
    uint32_t a = k;
    while (a > x->t0 && !x->inq[a - 1 - x->t0] && !para_break(x, a) &&
           (is_cap(x, a - 1) || abbrev_dot(x, a - 1) ||
            /* "U.S. Fish and Wildlife Service" */
            (a - 1 > x->t0 && (tis(x, a - 1, "and") || tis(x, a - 1, "of")) && is_cap(x, a - 2))))
      a--;
    /* the whole name the head word is in ("MedStar Washington Hospital
     * Center" for "the hospital"; sixteenth pass) */
    /* (or the words after it: "Office of Coast Safety"; twenty-seventh
     * pass) */
    uint32_t e;
    bool run = cap_run(x, a, n.a, &e) && e > k;
    if ((a < k || (run && e > k + 2)) && name_is_org(x, a, a < k ? k + 1 : e))
      return resolve_name(x, a, run ? e : k + 1);
  }
  return NULL;
}

/* The organisation a description with capitalised words names ("the St.
 * Louis group" -> "St. Louis Tea Party"): the last organisation's name
 * written before it in the article that starts with those words and is
 * longer; NULL if none. */
static const char *org_by_words(ctx *x, np n) {
  uint32_t a = n.a;
  while (a < n.b && (!is_cap(x, a) || tin(x, a, NOTNAME))) a++;
  uint32_t e = a;
  while (e < n.b && (is_cap(x, e) || abbrev_dot(x, e))) e++;
  if (e == a || e >= n.b) return NULL;
  uint32_t w = e - a;
  for (uint32_t k = a; k-- > x->t0;) {
    if (x->inq[k - x->t0] || x->headline[tsent(x, k)] || k + w >= n.a) continue;
    uint32_t j = 0;
    while (j < w) {
      size_t l1, l2;
      const char *s1 = ttext(x, k + j, &l1), *s2 = ttext(x, a + j, &l2);
      if (l1 != l2 || memcmp(s1, s2, l1)) break;
      j++;
    }
    if (j < w) continue;
    uint32_t f;
    if (!cap_run(x, k, n.a, &f) || f <= k + w || !name_is_org(x, k, f)) continue;
    return resolve_name(x, k, f);
  }
  return NULL;
}

/* "the St. Louis group": capitalised words between "the" and an
 * organisation's head (np_right reads it as a name or a description); the
 * description from "the" to the head (kind NP_NONE if n is not one). */
static np org_description(const ctx *x, np n, uint32_t lim) {
  np d = {0};
  if (n.kind != NP_NAME && n.kind != NP_NOM) return d;
  uint32_t a = n.a;
  if (!tis(x, a, "the")) {
    if (a <= x->t0 || !tis(x, a - 1, "the")) return d;
    a--;
  }
  uint32_t e = a + 1;
  while (e < lim && (is_cap(x, e) || abbrev_dot(x, e))) e++;
  if (e == a + 1 || e >= lim || !is_lower(x, e) || !tin(x, e, ORGWORDS)) return d;
  d.kind = NP_NOM, d.a = a, d.b = e + 1;
  return d;
}

/* "David Axelrod's comment on Sunday that House Republicans are under a
 * “reign of terror”": the author of a text or remark named just before
 * the quotation in its sentence; NULL if none. */
static const char *remark_author(ctx *x, uint32_t open) {
  uint32_t s0 = x->sfirst[tsent(x, open)];
  uint32_t reach = 16;
  for (uint32_t k = open; k-- > s0 && k + reach > open;) {
    if (x->inq[k - x->t0]) {
      /* "Peter Kramer's assertion in “Listening to Prozac” that …": past
       * a work's title after "in" (twenty-third pass) */
      uint32_t o = k;
      while (o > s0 && o + 13 > k && (x->inq[o - x->t0] || is_quote(x, o))) o--;
      if (o <= s0 || o + 12 < k || !tis(x, o, "in") || reach > 16) break;
      reach += k - o;
      k = o;
      continue;
    }
    if (!is_lower(x, k) || !tin(x, k, DOCS) || k == s0) continue;
    uint32_t p = k - 1;
    if (!is_cap(x, p) || !ends_possessive(x, p)) continue;
    uint32_t a = p;
    while (a > s0 && !x->inq[a - 1 - x->t0] &&
           ((is_cap(x, a - 1) && !ends_possessive(x, a - 1)) || abbrev_dot(x, a - 1)))
      a--;
    a = name_core(x, a, p + 1);
    if (a > p || name_is_org(x, a, p + 1)) return NULL;
    return resolve_name(x, a, p + 1);
  }
  return NULL;
}

/* The person a headline is about, for a quotation in it without a cue
 * ("Trump Attacks Justice Department As 'Deep State'"): the first word of
 * the headline before the quotation (else after it) that is a short form
 * of a full name of the story; NULL if none. */
static const char *headline_person(ctx *x, uint32_t open, uint32_t close) {
  uint32_t si = tsent(x, open), s0 = x->sfirst[si];
  uint32_t s1 = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
  for (int pass = 0; pass < 2; pass++)
    for (uint32_t k = pass ? close : SL_MAX(s0, open - SL_MIN(open, REACH));
         k < (pass ? SL_MIN(s1, close + REACH) : open); k++) {
      if (x->inq[k - x->t0] || !is_cap(x, k) || tin(x, k, NOTNAME)) continue;
      size_t n;
      const char *w = ttext(x, k, &n);
      if (ends_possessive(x, k)) n -= poss_suffix(w, n);
      x->tmp.len = 0;
      sl_buf_put(&x->tmp, w, n);
      const char *full = resolve_short(x);
      if (full) return full;
    }
  return NULL;
}

/* Scare quotes: a short lower-case phrase in marks in a sentence where
 * nobody speaks — no cue or speech-act verb, and a subject that is neither
 * a name, a personal pronoun, a title's holder nor an unnamed source
 * ("Couples with similar incomes often pay the “marriage penalty,”", "They
 * plan a “kiss-in”").  Read in pass 2, when the story's names are known. */
/* The first three double marks of a sentence range, kept while pass 2
 * reads one article's mentions in order: with many marks in one sentence,
 * finding "another quotation in the sentence" once cost the sentence per
 * mention (quadratic on hostile input).  `s1` 0 = empty. */
typedef struct sqmarks {
  uint32_t s0, s1, n, at[5];
} sqmarks;

/* Marks a and b bound a short lower-case phrase (one to four words). */
static bool short_lower_pair(const ctx *x, uint32_t a, uint32_t b) {
  if (!is_open(x, a) || !is_close(x, b) || b < a + 2 || !is_lower(x, a + 1)) return false;
  uint32_t words = 0;
  for (uint32_t t = a + 1; t < b; t++)
    if (x->tk[t].kind == SL_TOK_WORD && ++words > 4) return false;
  return words > 0;
}

static bool scare_quote(ctx *x, sqmarks *dm, uint32_t open, uint32_t close) {
  uint32_t a = open + 1, words = 0;
  if (a >= close || !is_lower(x, a)) return false;
  for (uint32_t t = a; t < close; t++)
    if (x->tk[t].kind == SL_TOK_WORD && ++words > 4) return false;
  uint32_t si = tsent(x, open);
  if (x->headline[si]) return false;
  uint32_t s0 = x->sfirst[si], s1 = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
  /* joined across a cut after an abbreviation ("Calif. just as …") */
  while (si > 0 && x->para[si - 1] == x->para[si] && s0 > x->t0 && abbrev_dot(x, s0 - 1))
    s0 = x->sfirst[--si];
  if (open == s0 || is_punct(x, open - 1, ':') || is_punct(x, open - 1, ',')) return false;
  /* another quotation in the sentence: speech (its marks are not paired
   * yet, so any other mark counts); tested before the words' scan below,
   * which then runs at most twice per sentence (at most two marks) */
  if (dm->s1 == 0 || dm->s0 != s0 || dm->s1 != s1) {
    dm->s0 = s0, dm->s1 = s1, dm->n = 0;
    for (uint32_t k = s0; k < s1 && dm->n < 5; k++)
      if (is_quote(x, k) && quote_double(x, k)) dm->at[dm->n++] = k;
  }
  /* (but two short lower-case phrases and no other mark are read each on
   * its own: "… Levittowns to “sprinkler cities,” buyers dreamed of “great
   * rooms” …", terms; thirty-seventh pass) */
  bool two = dm->n == 4 && ((dm->at[0] == open && dm->at[1] == close &&
                             short_lower_pair(x, dm->at[2], dm->at[3])) ||
                            (dm->at[2] == open && dm->at[3] == close &&
                             short_lower_pair(x, dm->at[0], dm->at[1])));
  for (uint32_t i = 0; i < dm->n && !two; i++)
    if (dm->at[i] != open && dm->at[i] != close) return false;
  /* (the other pair's span, whose words are not read below) */
  uint32_t o0 = two ? dm->at[dm->at[0] == open ? 2 : 0] : 0,
           o1 = two ? dm->at[dm->at[0] == open ? 3 : 1] : 0;
  for (uint32_t k = s0; k < s1; k++) {
    if (x->tk[k].kind != SL_TOK_WORD || (k >= open && k <= close) || (k > o0 && k < o1)) continue;
    /* "putting out “petitions” calling for …": the one quoted noun is the
     * participle's subject; no one speaks it */
    size_t pn;
    const char *pw = ttext(x, k, &pn);
    if (k == close + 1 && words == 1 && pn > 4 && !memcmp(pw + pn - 3, "ing", 3) &&
        !is_quote(x, k))
      continue;
    if (is_quote(x, k) || is_cue(x, k) || (is_lower(x, k) && tin(x, k, SPEECHACT))) return false;
    /* "… circulated a letter … instructing managers to prepare for a
     * “…”": a text put out before the phrase, whose words
     * it quotes (eighteenth pass, spans) */
    if (k < open && is_lower(x, k) && tin(x, k, ISSUES))
      for (uint32_t d = k + 1; d < open && d < k + 4; d++)
        if (is_lower(x, d) && tin(x, d, DOCS)) return false;
  }
  uint32_t sub0 = skip_intro(x, s0, open);
  np sub = np_right(x, sub0, open, false);
  /* "The Quay Courier newspaper compared him to a heron “…”": a body or an
   * outlet named by capitalised words before its noun speaks
   * (thirty-seventh pass) */
  if (sub.kind == NP_NOM && tis(x, sub.a, "the") && sub.a + 2 < open && is_cap(x, sub.a + 1) &&
      !x->inq[sub.a + 1 - x->t0]) {
    uint32_t h = sub.a + 1;
    while (h < open && (is_cap(x, h) || abbrev_dot(x, h)) && !x->inq[h - x->t0]) h++;
    if (h < open && is_lower(x, h) &&
        (tin(x, h, ORGWORDS) || tis(x, h, "newspaper") || tis(x, h, "paper")))
      return false;
  }
  if (sub.kind == NP_NAME) {
    if (sub.org || sub.b - sub.a > 1) return false;
    /* one word: a person's short form or a name used inside sentences
     * ("Dennis accused …"), not a sentence-initial common noun ("Couples
     * with similar incomes …") */
    const char *nm = resolve_name(x, sub.a, sub.b);
    if ((nm && strchr(nm, ' ')) || sub.a != x->sfirst[tsent(x, sub.a)] ||
        capitalised_inside(x, sub.a))
      return false;
  }
  if (sub.kind == NP_PRON && !tis(x, sub.a, "they") && !tis(x, sub.a, "it")) return false;
  if (sub.kind == NP_NOM && nom_is_source(x, sub)) return false;
  /* "The records listed his job as “manager”": a text's words
   * (twenty-seventh pass) */
  if (sub.kind == NP_NOM && sub.b > sub.a + 1 && is_lower(x, sub.a + 1) &&
      (tin(x, sub.a + 1, DOCS) || tis(x, sub.a + 1, "records") || tis(x, sub.a + 1, "documents")))
    return false;
  /* "The House speaker … gave his party a “two-in-three chance”" */
  for (uint32_t k = sub.a + 1; sub.kind == NP_NOM && k < sub.b && k < sub.a + 4; k++)
    if (is_lower(x, k) && (tin(x, k, TITLES) || tin(x, k, OTHERS))) return false;
  if (sub.kind == NP_NONE && sub0 < open && (tis(x, sub0, "i") || tis(x, sub0, "we"))) return false;
  return true;
}

/* Several people of the story (full names with different initials) end
 * with the word in x->tmp (*shared; else false): the person a pronoun of
 * gender g after it stands for is the only one whose known gender
 * (name_evidence) does not contradict g ("Celtie Johnson" for "Johnson …
 * She" where the story also names Eric Johnson), or among several the one
 * the story names at least twice as often as any other ("Lucien Bouchard"
 * over "Only Bouchard"; forms are grouped as in person_key), under its
 * most frequent form; NULL otherwise ("Zanele Mbeki", "Ignatius Mbeki":
 * "Mbeki … He" tells nothing). */
static const char *surname_fit(const ctx *x, uint8_t g, bool *shared, size_t *len) {
  size_t nn = sl_strmap_count(&x->names), nc = 0;
  const char *cs[HCAND];
  size_t cl[HCAND];
  uint32_t cc[HCAND];
  char first = 0;
  bool over = false;
  *shared = false;
  for (uint32_t id = 0; id < nn; id++) {
    size_t l;
    const char *s = sl_strmap_key(&x->names, id, &l);
    if (!name_ends_with(s, l, x->tmp.p, x->tmp.len)) continue;
    if (first && s[0] != first) *shared = true;
    first = s[0];
    uint8_t e = name_evidence(x, s, l);
    if (e && e != g) continue;
    if (nc == HCAND) {
      over = true;
      continue;
    }
    cs[nc] = s, cl[nc] = l, cc[nc++] = x->ncount.a[id];
  }
  if (!*shared || !nc || over) return NULL;
  /* per person: the count of its forms, its most frequent form */
  uint32_t pn[HCAND] = {0};
  size_t best[HCAND];
  for (size_t i = 0; i < nc; i++) {
    size_t k = person_key(cs, cl, nc, i);
    if (!pn[k] || cc[i] > cc[best[k]]) best[k] = i;
    pn[k] += cc[i];
  }
  size_t top = nc;
  for (size_t i = 0; i < nc; i++)
    if (pn[i] && (top == nc || pn[i] > pn[top])) top = i;
  for (size_t i = 0; i < nc; i++)
    if (i != top && pn[i] && pn[top] < 2 * pn[i]) return NULL;
  *len = cl[best[top]];
  return cs[best[top]];
}

/* Genders from pronouns: a sentence whose subject is a person, followed
 * in its paragraph by a sentence that opens with "He" or "She", gives that
 * person the pronoun's gender (recorded like an honorific's, so "she"
 * finds "Lauren Greene" when no list knows her first name). */
static void pronoun_genders(ctx *x) {
  char cw[48]; /* the last shared-surname answer */
  size_t cn = SIZE_MAX;
  uint8_t cg = 0;
  bool cshared = false;
  const char *cnm = NULL;
  for (uint32_t si = 0; si + 1 < x->nsent; si++) {
    uint32_t f = x->sfirst[si + 1];
    if (x->headline[si] || x->para[si] != x->para[si + 1] || !is_cap(x, f)) continue;
    uint8_t g = tis(x, f, "he") ? 1 : tis(x, f, "she") ? 2 : 0;
    if (!g) continue;
    uint32_t a = x->sfirst[si];
    a = past_quotes(x, a, f);
    np sub = np_right(x, skip_intro(x, a, f), f, false);
    if (sub.kind != NP_NAME || sub.org) continue;
    /* a surname several people of the story share: not resolved (which
     * of them it is is what the gender tells), surname_fit's person only
     * (the same surname again: its answer again while no gender changed) */
    const char *nm = NULL;
    bool shared = false;
    if (name_text(x, sub.a, sub.b) == 1) {
      if (cn == x->tmp.len && cg == g && !memcmp(cw, x->tmp.p, cn)) {
        shared = cshared, nm = cnm;
      } else {
        size_t fl = 0;
        const char *fit = surname_fit(x, g, &shared, &fl);
        if (shared && fit) nm = sl_arena_strndup(&x->q->arena, fit, fl);
        if (x->tmp.len <= sizeof cw)
          memcpy(cw, x->tmp.p, x->tmp.len), cn = x->tmp.len, cg = g, cshared = shared, cnm = nm;
      }
    }
    if (!shared) nm = resolve_name(x, sub.a, sub.b);
    if (!nm || !strchr(nm, ' ') || x->oom) continue;
    bool added;
    uint32_t id = sl_strmap_intern(&x->gnames, nm, strlen(nm), &added);
    if (id == UINT32_MAX || (added && !sl_vec_push(&x->gval, 0))) {
      x->oom = true;
      return;
    }
    if ((x->gval.a[id] | g) != x->gval.a[id]) cn = SIZE_MAX; /* evidence changed */
    x->gval.a[id] |= g;
  }
}

/* ---- speaker types (tenth pass) ----------------------------------------- */

/* A speaker must be someone who can speak or write: a person, an
 * organisation or group, an outlet, a text's author.  The rules above
 * sometimes return a place ("…, in Mount Kisco, New York, said"), an event
 * or a thing ("at a 2008 event saying"), or a text with no author ("a blog
 * post stating"); these are typed here and replaced by the next candidate
 * (the person named nearest before in the sentence, else the sentence's
 * subject). */

/* "Lund's campaign", "the former mayor's office": a possessive then a head
 * that speaks for its owner (one modifier allowed between). */
static bool attributive_owner(const ctx *x, np n);
static bool poss_org(const ctx *x, np n) {
  if (n.kind != NP_NOM || n.b < n.a + 2) return false;
  uint32_t h = n.b - 1;
  if (!is_lower(x, h) || !poss_head(x, h)) return false;
  return ends_possessive(x, h - 1) || plural_poss_before(x, h - 1, n.b) ||
         (h >= n.a + 2 && is_lower(x, h - 1) && ends_possessive(x, h - 2)) ||
         attributive_owner(x, n);
}

static bool plural_poss_before(const ctx *x, uint32_t t, uint32_t lim) {
  if (t + 1 >= lim || t + 1 >= x->t1 || !is_cap(x, t) || !is_lower(x, t + 1) ||
      !poss_head(x, t + 1))
    return false;
  size_t n;
  const char *w = ttext(x, t, &n);
  return plural_apos(w, n) > 0;
}

/* The owner's name of tokens [a, e) in the story's full form ("Moore" →
 * "Roy Moore", "Mr. Seel" → "Carl Seel"), or NULL when the story has no
 * fuller form or [a, e) is not a name (fourteenth pass). */
static const char *owner_full(ctx *x, uint32_t a, uint32_t e) {
  for (uint32_t t = a; t < e; t++)
    if (!is_cap(x, t) && !abbrev_dot(x, t) && !is_punct(x, t, '.')) return NULL;
  const char *r = resolve_name(x, a, e);
  if (!r || x->oom) return NULL;
  size_t n = strlen(r);
  if (n <= x->tmp.len || !memchr(r, ' ', n) || !name_ends_with(r, n, x->tmp.p, x->tmp.len))
    return NULL;
  return r;
}

/* "full's rest": an owner written in full before its noun ("Doug Jones'
 * campaign" for "Jones’ campaign"), the plural possessive kept. */
static const char *owner_join(ctx *x, const char *full, bool plural, uint32_t r0, uint32_t r1) {
  const char *rest = arena_lower(x->q, x, r0, r1);
  if (!rest) return NULL;
  size_t n = strlen(full);
  x->tmp.len = 0;
  sl_buf_put(&x->tmp, full, n);
  if (plural && n && full[n - 1] == 's')
    sl_buf_put(&x->tmp, "' ", 2);
  else
    sl_buf_put(&x->tmp, "'s ", 3);
  sl_buf_put(&x->tmp, rest, strlen(rest));
  if (x->tmp.oom) {
    x->oom = true;
    return NULL;
  }
  return sl_arena_strndup(&x->q->arena, x->tmp.p, x->tmp.len);
}

/* "the Obama campaign": an owner's name between "the" and the campaign's
 * noun (fourteenth pass). */
static bool attributive_owner(const ctx *x, np n) {
  if (n.kind != NP_NOM || n.b < n.a + 3 || n.b > n.a + 4 || !tis(x, n.a, "the")) return false;
  uint32_t h = n.b - 1;
  if (!is_lower(x, h) || !(tis(x, h, "campaign") || tis(x, h, "camp"))) return false;
  for (uint32_t t = n.a + 1; t < h; t++)
    if (!is_cap(x, t) || ends_possessive(x, t) || x->inq[t - x->t0]) return false;
  return true;
}

/* The name the article gives the relative that n ("her husband", "his
 * coach") describes: a mention of the same noun after "his"/"her" (of
 * gender g) or after the owner's possessive, with a person's name in
 * apposition ("her husband, Carl Pike", "his coach Ann Bell", "Ann Bell,
 * his coach"); the last one before token before, else the first after;
 * NULL when none (thirty-fourth pass). */
static const char *relative_named(ctx *x, np n, const char *own, uint8_t g, uint32_t before) {
  uint32_t h = n.b - 1;
  size_t hl;
  const char *hw = ttext(x, h, &hl);
  const char *best = NULL;
  for (uint32_t t = x->t0 + 1; t < x->t1; t++) {
    if (best && t > before) break;
    if (t == h || x->inq[t - x->t0] || !is_lower(x, t)) continue;
    size_t l;
    const char *w = ttext(x, t, &l);
    if (l != hl || memcmp(w, hw, l)) continue;
    /* the possessor, past one modifier ("her late husband") */
    uint32_t p = t - 1;
    if (p > x->t0 && is_lower(x, p) && !tin(x, p, DETS) &&
        (tis(x, p - 1, "his") || tis(x, p - 1, "her") || ends_possessive(x, p - 1)))
      p--;
    bool ok = false;
    if (tis(x, p, "his") || tis(x, p, "her")) {
      ok = g == (tis(x, p, "his") ? 1 : 2);
    } else if (own && is_cap(x, p) && ends_possessive(x, p)) {
      uint32_t a = p;
      while (a > x->t0 && is_cap(x, a - 1) && !ends_possessive(x, a - 1) && !x->inq[a - 1 - x->t0])
        a--;
      const char *o = resolve_name(x, a, p + 1);
      ok = o && !strcmp(o, own);
    }
    if (!ok) continue;
    np nm;
    bool found = false;
    if (t + 2 < x->t1 && is_punct(x, t + 1, ',') && name_at(x, t + 2, x->t1, &nm))
      found = nm.a == t + 2;
    else if (t + 1 < x->t1 && is_cap(x, t + 1) && name_at(x, t + 1, x->t1, &nm))
      found = nm.a == t + 1;
    else if (p >= x->t0 + 2 && is_punct(x, p - 1, ',') && is_cap(x, p - 2)) {
      uint32_t a = p - 2;
      while (a > x->t0 && is_cap(x, a - 1) && !x->inq[a - 1 - x->t0]) a--;
      found = name_at(x, a, p - 1, &nm) && nm.b == p - 1;
    }
    if (!found || nm.org || x->inq[nm.a - x->t0]) continue;
    const char *r = resolve_name(x, nm.a, nm.b);
    if (!r || (own && !strcmp(r, own)) || place_name(r)) continue;
    best = r;
  }
  return best;
}

/* "But Moore’s campaign issued …": an owner's description without the
 * words before the owner's name that are no part of it, the owner in the
 * story's full form ("Roy Moore's campaign": a short form is the full name
 * the story uses elsewhere; fourteenth pass); a described owner ("the
 * former mayor's campaign") as written (twelfth pass). */
static const char *owner_form(ctx *x, np n) {
  uint32_t h = n.b - 1;
  if (attributive_owner(x, n)) {
    const char *full = owner_full(x, n.a + 1, h);
    if (full) return owner_join(x, full, false, h, n.b);
    name_text(x, n.a + 1, h); /* "Obama's campaign" when no fuller form */
    const char *own = sl_arena_strndup(&x->q->arena, x->tmp.p, x->tmp.len);
    return own ? owner_join(x, own, false, h, n.b) : NULL;
  }
  uint32_t p = h - 1;
  if (!ends_possessive(x, p) && !plural_poss_before(x, p, n.b)) p = h - 2;
  uint32_t a = n.a; /* "But", "However"; not titles and honorifics ("Mr. Seel’s office") */
  while (a < p && tin(x, a, NOTNAME) && title_index(x, a) < 0 && !abbrev_dot(x, a + 1) &&
         !tin(x, a, DETS))
    a++;
  if (!is_cap(x, a) || !is_cap(x, p)) return arena_lower(x->q, x, n.a, n.b);
  const char *full = owner_full(x, a, p + 1);
  /* "Prime Minister Tony Blair's spokesman": the owner past the title
   * words before the name (thirty-fourth pass) */
  uint32_t core = full ? a : name_core(x, a, p + 1);
  bool titles = true; /* only capitalised title words before it, no honorific */
  for (uint32_t t = a; t < core && titles; t++)
    titles = (is_cap(x, t) && !tin(x, t, HONOR)) || abbrev_dot(x, t);
  if (!full && titles && core > a && core <= p) {
    full = owner_full(x, core, p + 1);
    if (!full) a = core;
  }
  if (full) return owner_join(x, full, !ends_possessive(x, p), p + 1, n.b);
  return arena_lower(x->q, x, a, n.b);
}

/* An indefinite description that names no one: no word of it is a person
 * noun, an agent noun (-er, -ist …), a source, a title, an organisation or
 * a medium, and no name is inside it ("a 2008 event", "a daily
 * anticoagulation as a").  Texts are not things (their author speaks). */
static bool nom_is_thing(const ctx *x, np n) {
  if (n.kind != NP_NOM || !n.indef || n.b <= n.a) return false;
  if (!tin(x, n.a, DETS)) return false; /* a bare plural: a group ("aides") */
  for (uint32_t t = n.a; t < n.b; t++) {
    if (x->tk[t].kind != SL_TOK_WORD) continue;
    if (t > n.a && is_cap(x, t)) return false;
    if (tin(x, t, SOURCES) || tin(x, t, OTHERS) || tin(x, t, TITLES) || tin(x, t, PERSONN) ||
        tin(x, t, DOCS) || tin(x, t, PRONOUNS) || occupation_word(x, t))
      return false;
    /* organisation and medium words only as the head ("a daily dose" is
     * no newspaper) */
    if (t + 1 == n.b && (tin(x, t, ORGWORDS) || tin(x, t, ORGDESC) || tin(x, t, POSSORG) ||
                         tin(x, t, MEDIA)))
      return false;
  }
  return true;
}

/* A text kept as written with no author named ("a blog", "a post"): its
 * head is a text noun and doc_author found no one. */
static bool nom_is_text(const ctx *x, np n) {
  if (n.kind != NP_NOM || !n.indef || n.b <= n.a) return false;
  for (uint32_t t = n.a; t < n.b; t++)
    if (x->tk[t].kind == SL_TOK_WORD && (is_cap(x, t) && t > n.a)) return false;
  uint32_t h = n.b - 1;
  return is_lower(x, h) && tin(x, h, DOCS) && !tin(x, h, SOURCES);
}

/* Name n is a place of the gazetteer, other than a government's metonym
 * right next to its cue ("Beijing said", "said Moscow"). */
static bool name_is_place(ctx *x, np n, uint32_t cue, const char *nm) {
  if (n.kind != NP_NAME || n.b > n.a + 4) return false;
  if (!nm) nm = resolve_name(x, n.a, n.b);
  if (!place_name(nm)) return false;
  uint32_t b = n.b;
  while (b < cue && is_lower(x, b) && tin(x, b, ADVERBS)) b++;
  bool next_to_cue = b == cue || n.a == cue + 1;
  bool prep = n.a > x->t0 && is_lower(x, n.a - 1) && tin(x, n.a - 1, PREPS);
  return !(next_to_cue && !prep);
}

/* A person's name at k (k starts its capitalised run) that is a place: in
 * the gazetteer, after "in"/"at"/"near"/"to", or followed by ", <place>"
 * ("Port Alder, New York"). */
static bool name_at_place(ctx *x, uint32_t k, np n, const char *nm) {
  if (place_name(nm)) return true;
  if (k > x->t0 && (tis(x, k - 1, "in") || tis(x, k - 1, "at") || tis(x, k - 1, "near") ||
                    tis(x, k - 1, "to") || tis(x, k - 1, "outside") || tis(x, k - 1, "across")))
    return true;
  np pl;
  if (n.b + 1 < x->t1 && is_punct(x, n.b, ',') && name_at(x, n.b + 1, x->t1, &pl)) {
    const char *pn = resolve_name(x, pl.a, pl.b);
    if (place_name(pn)) return true;
  }
  return false;
}

/* The next candidate for a speaker that is a place, a thing or a text with
 * no author, whose phrase starts at `at` (a cue at `cue`): the person
 * named nearest before it in its sentence (no place, no organisation),
 * else the sentence's subject when it is a name that is no place or a
 * description; kind NP_NONE when there is neither. */
/* A time phrase read as a subject: "at the same time acknowledged", "A
 * day after telling" (eighteenth pass). */
static bool nom_is_time(const ctx *x, np n) {
  if (n.b <= n.a || !tin(x, n.a, DETS)) return false;
  uint32_t h = n.b - 1;
  if (h > n.a && (tis(x, h, "after") || tis(x, h, "before") || tis(x, h, "later") ||
                  tis(x, h, "earlier") || tis(x, h, "ago")))
    h--;
  return is_lower(x, h) && (tin(x, h, TIMEU) || tis(x, h, "time"));
}

static np typed_fallback(ctx *x, np bad, uint32_t cue) {
  uint32_t at = bad.a;
  np none = {NP_NONE, at, at, false, false};
  uint32_t lim = at < cue ? at : cue;
  /* "A day after telling reporters that he's “…,” Congressman Anthony
   * Weiner broke his silence": a participle in a time phrase opening the
   * sentence; the subject follows the phrase's comma (eighteenth pass) */
  size_t cn;
  const char *cw = ttext(x, cue, &cn);
  if (nom_is_time(x, bad) && bad.b <= cue && cn > 4 && !memcmp(cw + cn - 3, "ing", 3)) {
    uint32_t e = sentence_start(x, tsent(x, cue)) == sentence_start(x, tsent(x, at))
                     ? (tsent(x, cue) + 1 < x->nsent ? x->sfirst[tsent(x, cue) + 1] : x->t1)
                     : cue;
    for (uint32_t k = cue + 1; k + 1 < e && k < cue + 60; k++) {
      if (!is_punct(x, k, ',')) continue;
      uint32_t f = k + 1;
      while (f < e && is_quote(x, f) && is_close(x, f)) f++;
      if (x->inq[k - x->t0] && f == k + 1) continue; /* a comma inside a quotation */
      np n;
      if (f < e && is_cap(x, f) && name_at(x, f, e, &n) && n.b < e &&
          (is_lower(x, n.b) || is_punct(x, n.b, '(') || is_punct(x, n.b, ',')))
        return n;
      break;
    }
  }
  if (lim <= x->t0) return none;
  uint32_t s0 = sentence_start(x, tsent(x, lim));
  for (uint32_t k = lim; k-- > s0;) {
    if (x->inq[k - x->t0] || !is_cap(x, k) ||
        (k > s0 && (is_cap(x, k - 1) || abbrev_dot(x, k - 1))))
      continue;
    if (k > s0 && tis(x, k - 1, "the")) continue;
    if (k > s0 + 1 && tis(x, k - 1, "of") && (is_cap(x, k - 2) || abbrev_dot(x, k - 2))) continue;
    np n;
    if (!name_at(x, k, lim, &n) || n.org) continue;
    const char *nm = resolve_name(x, n.a, n.b);
    if (!nm || !strchr(nm, ' ') || name_at_place(x, k, n, nm)) continue;
    return n;
  }
  uint32_t s = s0;
  s = past_quotes(x, s, lim);
  s = skip_intro(x, s, lim);
  /* "the mayor of Washington, DC, suggested": a title described by its
   * place, kept as written (no holder of the title is meant) */
  if (bad.kind == NP_NAME && s + 3 < lim && tis(x, s, "the") && is_lower(x, s + 1) &&
      tin(x, s + 1, TITLES) && tis(x, s + 2, "of") && is_cap(x, s + 3) && bad.b <= cue) {
    bool places = true;
    for (uint32_t k = s + 3; k < bad.b && places; k++)
      places = is_cap(x, k) || is_punct(x, k, ',') || abbrev_dot(x, k) || is_punct(x, k, '.');
    if (places) return (np){NP_NOM, s, bad.b, false, true};
  }
  /* "The AARP pushed back … but at the same time acknowledged": an
   * organisation opening the sentence (eighteenth pass) */
  {
    uint32_t o = s < lim && tis(x, s, "the") ? s + 1 : s;
    np n;
    if (o < lim && o != at && is_cap(x, o) && name_at(x, o, lim, &n) && (n.org || o > s) && n.b < lim &&
        is_lower(x, n.b) && !tin(x, n.b, PREPS))
      return n;
  }
  np sub = np_right(x, s, lim, false);
  if (sub.kind == NP_NAME && sub.a != at && !name_is_place(x, sub, UINT32_MAX, NULL)) return sub;
  if (sub.kind == NP_NOM && sub.a != at && !nom_is_thing(x, sub) && !nom_is_text(x, sub))
    return sub;
  return none;
}

/* The type of a candidate speaker (the phrase n next to cue). */
enum { SPK_PERSON, SPK_ORG, SPK_OUTLET, SPK_PLACE, SPK_THING, SPK_TEXT };
static int speaker_type(ctx *x, np n, uint32_t cue) {
  if (n.kind == NP_NAME) {
    const char *nm = resolve_name(x, n.a, n.b);
    if (name_is_place(x, n, cue, nm)) return SPK_PLACE;
    /* "The New Haven Register", "Slate magazine", the story's own outlets */
    if ((is_cap(x, n.b - 1) && tin(x, n.b - 1, OUTLETW)) ||
        (n.b < x->t1 && is_lower(x, n.b) && tin(x, n.b, MEDIA)))
      return SPK_OUTLET;
    /* (the first letters compared before the call: most sources differ
     * there) */
    for (size_t i = 0; nm && i < x->nsarts; i++) {
      const char *src = x->c->arts.a[x->sarts[i]].source;
      if (src && (src[0] | 0x20) == (nm[0] | 0x20) && !strcasecmp(nm, src)) return SPK_OUTLET;
    }
    return n.org ? SPK_ORG : SPK_PERSON;
  }
  if (n.kind == NP_NOM) {
    if (poss_org(x, n) || nom_is_org(x, n)) return SPK_ORG;
    if (nom_is_thing(x, n) || nom_is_time(x, n)) return SPK_THING;
    /* a text with no author named ("a blog post stating") */
    if (nom_is_text(x, n) && doc_author(x, n, x->t1).a == n.a) return SPK_TEXT;
  }
  return SPK_PERSON; /* pronouns, descriptions of people, groups */
}

/* "the Times reported": the outlet the article names in full ("New York
 * Times"), else the article's own source when its name ends with the word;
 * NULL if neither. */
static const char *outlet_full(ctx *x, uint32_t w) {
  size_t wl;
  const char *ws = ttext(x, w, &wl);
  for (uint32_t t = x->t0, e; t < x->t1 && !x->oom;) {
    if (!is_cap(x, t) || x->inq[t - x->t0] || x->headline[tsent(x, t)] ||
        !cap_run(x, t, x->t1, &e)) {
      t++;
      continue;
    }
    size_t el;
    const char *es = ttext(x, e - 1, &el);
    if (e - 1 != w && e - t >= 2 && el == wl && !memcmp(es, ws, wl) && name_text(x, t, e) >= 2)
      return sl_arena_strndup(&x->q->arena, x->tmp.p, x->tmp.len);
    t = e;
  }
  const char *src = sl_article_source(x->c, x->a);
  size_t sl = src ? strlen(src) : 0;
  if (sl > wl + 1 && src[sl - wl - 1] == ' ' && !strncasecmp(src + sl - wl, ws, wl))
    return sl_arena_strndup(&x->q->arena, src, sl);
  return NULL;
}

/* ---- salience: pronoun antecedents ------------------------------------ */

/* A salience-based resolver for "he"/"she" in the spirit of Lappin & Leass
 * (1994) and centering: the persons named outside quotations in the
 * pronoun's sentence (before it) and in the SAL_SENTS sentences before
 * (sentences wholly inside quotations and headlines not counted) are the
 * candidates, their mentions merged by resolved name (short forms with
 * full names). The sentences are read oldest first; at each one every
 * score is divided by 2^SAL_DECAY, then each entity adds the weight of its
 * best mention in it: SAL_RECENT, plus SAL_SUBJECT + SAL_HEAD as the
 * subject of the sentence or of a coordinated clause or as the name next
 * to a cue, else SAL_HEAD outside a prepositional phrase (nothing more in
 * an introductory phrase, a possessive only SAL_HEAD as the subject's
 * determiner); the speaker of a quotation ending in the sentence adds
 * SAL_SPEAKER; a sentence whose subject is "he"/"she" gives a subject's
 * weight to the entity leading at that point (L&L count resolved
 * pronouns). Gender is a hard filter where it is known (honorifics,
 * first-name lists, recorded pronouns); a candidate of unknown gender must
 * have been a subject or a speaker (places and things named in passing are
 * no antecedents). */
enum {
  SAL_SENTS = 4,    /* sentences before the pronoun's */
  SAL_DECAY = 2,    /* scores divided by 4 per sentence back */
  SAL_RECENT = 100, /* any mention */
  SAL_SUBJECT = 80, /* subject of a sentence or clause, or named with a cue */
  SAL_HEAD = 50,    /* not inside a prepositional phrase (L&L non-adverbial) */
  SAL_SPEAKER = 80, /* the speaker of a quotation */
  SAL_CUED = 40,    /* a subject named right before its cue ("…, spokesman Lance Berg said") */
  SAL_CANDS = 24,
  SAL_MENTIONS = 64 /* quotations read back for their speakers, at most */
};

typedef struct salc {
  const char *name;
  int w;
  bool subj; /* a subject or a speaker somewhere in the window */
  bool kept; /* name is a string of the sentence cache (salsent), shared by calls */
} salc;

/* The persons named in a whole sentence (the names loop of
 * salient_person), kept per sentence while attributing an article: they
 * depend on the sentence alone (its subject from sent_cache, its tokens,
 * resolve_name's answers, which do not change while attributing), not on
 * the pronoun after it; n entries from off in x->salpool, gen == x->cgen
 * when filled for this article. */
typedef struct salsent {
  uint32_t gen, off, n;
} salsent;

/* Adds w to nm's score (a new candidate if none), or keeps the larger of
 * the two when best (one mention per entity and sentence). */
static void sal_add(salc *c, int *nc, const char *nm, int w, bool subj, bool best, bool kept) {
  for (int i = 0; i < *nc; i++)
    if (!strcmp(c[i].name, nm)) {
      c[i].w = best ? SL_MAX(c[i].w, w) : c[i].w + w;
      c[i].subj = c[i].subj || subj;
      return;
    }
  if (*nc < SAL_CANDS) c[(*nc)++] = (salc){nm, w, subj, kept};
}

/* The entry of sentence si in the sentence cache (allocated for the
 * article's sentences, its pool emptied for a new article); NULL when
 * not attributing or out of memory (the sentence is then read as ever). */
static salsent *sal_sent(ctx *x, uint32_t si) {
  if (!x->cache || si >= x->nsent) return NULL;
  if (x->ssal_cap < x->nsent) {
    salsent *n = realloc(x->ssal, x->nsent * sizeof *n);
    if (!n) return NULL;
    for (size_t i = x->ssal_cap; i < x->nsent; i++) n[i].gen = 0; /* (x->cgen is 1 or more) */
    x->ssal = n, x->ssal_cap = x->nsent;
  }
  if (x->ssal_gen != x->cgen) x->salpool.n = 0, x->ssal_gen = x->cgen;
  return &x->ssal[si];
}

static bool sal_prep(const ctx *x, uint32_t t) {
  static const char *const P[] = {"of",      "in",     "on",      "at",      "for",   "to",
                                  "with",    "from",   "by",      "about",   "against",
                                  "into",    "over",   "under",   "like",    "than",  "toward",
                                  "towards", "among",  "between", "via",     "behind",
                                  "without", "including", NULL};
  return is_lower(x, t) && word_in(x, t, P);
}

/* The name [a, b) of a sentence is the subject of a main clause: it is (in)
 * the sentence's subject sub, it follows a cue that follows a quotation
 * ("…,” said X") or precedes a cue ("X said"), or it follows ", and" /
 * ", but" / ";" and precedes a verb, a time or place phrase allowed ("…,
 * and Trump on Saturday accused …"). */
static bool sal_subject(const ctx *x, uint32_t a, uint32_t b, uint32_t lim, np sub) {
  /* (not a name inside a prepositional phrase of the subject: "Dora
   * Fenn, the founder of Cloudline Metrics, …"; thirty-sixth pass) */
  if (sub.kind == NP_NAME && a < sub.b && b > sub.a && !(a > x->t0 && sal_prep(x, a - 1)))
    return true;
  if (a <= x->t0 + 2) return false;
  uint32_t p = a - 1;
  if (is_cue(x, p) && (is_quote(x, p - 1) || (is_punct(x, p - 1, ',') && is_quote(x, p - 2))))
    return true;
  /* "…, said Nkem Duru, an analyst": an inverted cue after reported
   * speech (thirty-sixth pass) */
  if (is_cue(x, p) && is_punct(x, p - 1, ',') && !cue_needs_subject(x, p) &&
      (tis(x, p, "said") || tis(x, p, "says") || tis(x, p, "added") || tis(x, p, "adds")) &&
      b < lim && (is_punct(x, b, ',') || is_punct(x, b, '.') || tis(x, b, "of")))
    return true;
  if (b < lim && is_cue(x, b)) return true;
  if (!((tis(x, p, "and") || tis(x, p, "but")) && is_punct(x, p - 1, ',')) && !is_punct(x, p, ';'))
    return false;
  uint32_t j = b;
  if (j + 1 < lim && sal_prep(x, j) && is_cap(x, j + 1)) {
    j += 2;
    while (j < lim && is_cap(x, j)) j++;
    if (j < lim && is_punct(x, j, ',')) j++;
  }
  return j < lim && is_lower(x, j) && !sal_prep(x, j) && !tis(x, j, "and") && !tis(x, j, "or") &&
         !tis(x, j, "who") && !tin(x, j, DETS);
}

/* "At the center of it all was Paul Hale": the name at a is the subject
 * of an inverted copula after a fronted place phrase (twenty-second pass). */
static bool inverted_subject(const ctx *x, uint32_t a) {
  static const char *const FRONT[] = {"at", "in", "among", "on", "behind", "beside",
                                      "alongside", "atop", "amid", NULL};
  if (a <= x->t0 + 2) return false;
  uint32_t p = a - 1, s0 = x->sfirst[tsent(x, p)];
  if (!(tis(x, p, "was") || tis(x, p, "is")) || x->inq[p - x->t0] || s0 + 1 >= p ||
      tsent(x, a) != tsent(x, p))
    return false;
  for (const char *const *w = FRONT; *w; w++)
    if (tis(x, s0, *w)) return true;
  return false;
}

/* Whether nm is the speaker of one of the mentions [m0, mi). */
static bool sal_was_speaker(const ctx *x, size_t m0, size_t mi, const char *nm) {
  for (size_t j = m0; j < mi; j++)
    if (x->q->mentions.a[j].speaker && !strcmp(x->q->mentions.a[j].speaker, nm)) return true;
  return false;
}

/* The best candidate whose gender fits g (0: any) and that is a person (a
 * known gender, a subject or a speaker), not exclude; -1 if none. */
/* The gender that "he"/"she" attributions among the mentions [m0, mi) gave
 * nm ("“…,” he said" resolved to Tobin Marsh makes him a man for a later
 * "she"; thirty-sixth pass): 1, 2, or 0 (none, or both). */
static uint8_t pronoun_gender_of(const ctx *x, size_t m0, size_t mi, const char *nm) {
  uint8_t g = 0;
  for (size_t j = m0; j < mi; j++) {
    const sl_qmention *m = &x->q->mentions.a[j];
    if (!m->speaker || m->who.len < 2 || m->who.len > 3 || strcmp(m->speaker, nm)) continue;
    const char *w = x->text + m->who.off;
    uint8_t h = m->who.len == 2 && (w[0] | 0x20) == 'h' && (w[1] | 0x20) == 'e' ? 1
                : m->who.len == 3 && (w[0] | 0x20) == 's' && (w[1] | 0x20) == 'h' &&
                          (w[2] | 0x20) == 'e'
                    ? 2
                    : 0;
    if (h) g = g && g != h ? 3 : h;
  }
  return g == 3 ? 0 : g;
}

static int sal_best(const ctx *x, const salc *c, int nc, uint8_t g, const char *exclude, size_t m0,
                    size_t mi) {
  int best = -1;
  for (int i = 0; i < nc; i++) {
    uint8_t ng = gender_of(x, c[i].name);
    if (!ng && g) ng = pronoun_gender_of(x, m0, mi, c[i].name);
    if ((g && ng && ng != g) || (exclude && !strcmp(c[i].name, exclude))) continue;
    if (!ng && !c[i].subj && !sal_was_speaker(x, m0, mi, c[i].name)) continue;
    if (best < 0 || c[i].w > c[best].w) best = i;
  }
  return best;
}

/* The most salient person before token p for a pronoun of gender g (1 he,
 * 2 she, 0 any), the speakers of the mentions [m0, mi) counted, exclude
 * left out (a group read by "they"); with own, only the subjects of p's own
 * sentence (a quotation without a cue: "…, and Trump on Saturday accused
 * social media sites of “…”"). NULL if none. */
static const char *salient_person(ctx *x, size_t m0, size_t mi, uint32_t p, uint8_t g, bool own,
                                  const char *exclude, const char *seed) {
  uint32_t ss[SAL_SENTS + 1];
  int ns = 0;
  for (uint32_t si = tsent(x, p) + 1; si-- > 0 && ns < SAL_SENTS + 1;) {
    if (x->headline[si]) continue;
    if (own && si != tsent(x, p)) break;
    uint32_t a = x->sfirst[si], lim = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
    if (lim > p) lim = p;
    bool any = false;
    any = past_quotes(x, a, lim) < lim;
    if (any) ss[ns++] = si;
  }
  salc c[SAL_CANDS] = {{0}};
  int nc = 0;
  for (int q = ns; q-- > 0;) {
    uint32_t si = ss[q];
    for (int i = 0; i < nc; i++) c[i].w >>= SAL_DECAY;
    salc l[SAL_CANDS]; /* this sentence's weights */
    int nl = 0;
    uint32_t a = x->sfirst[si], lim = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
    /* a sentence read whole: its subject is read once per article
     * (sent_cache), not once per pronoun or topic after it */
    const sentc *sc = lim <= p ? sent_cache(x, si) : NULL;
    if (lim > p) lim = p;
    const sentc rd = sc ? *sc : sentence_subject(x, a, lim);
    uint32_t s = rd.s, s0 = rd.s0;
    np sub = rd.sub;
    /* "Of Obama, he said", "Like Obama, she …": the object of a fronted
     * topic phrase right before the pronoun subject is not its antecedent
     * (eleventh pass) */
    uint32_t topic_end = s0 == p && s < s0 && is_word(x, s) &&
                                 (tis(x, s, "of") || tis(x, s, "about") ||
                                  tis(x, s, "regarding") || tis(x, s, "on") ||
                                  tis(x, s, "with") || tis(x, s, "for") || tis(x, s, "to") ||
                                  tis(x, s, "like") || tis(x, s, "unlike") ||
                                  tis(x, s, "toward") || tis(x, s, "towards") ||
                                  tis(x, s, "against"))
                             ? s0
                             : a;
    /* a whole sentence's names are read once per article (sal_sent; not
     * with a fronted topic phrase, topic_end, which reads p) */
    salsent *ce = sc && s0 != p ? sal_sent(x, si) : NULL;
    bool hit = ce && ce->gen == x->cgen;
    for (uint32_t i = 0; hit && i < ce->n; i++) l[nl++] = x->salpool.a[ce->off + i];
    /* (the capitalised tokens from the list, x->caps, not every token) */
    uint32_t k0 = lim - a > REACH ? lim - REACH : a, ci = hit ? 0 : caps_from(x, k0);
    for (uint32_t k = k0; !hit; k++) {
      while (ci < x->ncaps && x->caps[ci] < k) ci++;
      if (ci >= x->ncaps || x->caps[ci] >= lim) break;
      k = x->caps[ci];
      if (x->inq[k - x->t0]) continue;
      if (k > a && (is_cap(x, k - 1) || abbrev_dot(x, k - 1) || tis(x, k - 1, "the"))) continue;
      /* "Rick Perry of Texas": a place */
      if (k > a + 1 && tis(x, k - 1, "of") && (is_cap(x, k - 2) || abbrev_dot(x, k - 2))) continue;
      np n;
      uint32_t e;
      bool poss = false; /* "Beck's stood out": a possessive counts too */
      if (!cap_run(x, k, lim, &e)) continue;
      if (!name_at_run(x, k, e, &n)) {
        if (!ends_possessive(x, e - 1)) continue;
        n = (np){NP_NAME, name_core(x, k, e), e, name_is_org(x, k, e), false};
        if (n.a >= e) continue;
        poss = true;
      }
      if (!poss && n.a < topic_end) {
        k = n.b - 1;
        continue;
      }
      /* "South Bend, Ind., Mayor Pete Buttigieg": a place before the subject */
      if (n.org || (sub.kind == NP_NAME && k >= s0 && n.b <= sub.a)) continue;
      if (!poss && modifier_run(x, n)) {
        k = n.b - 1;
        continue;
      }
      bool subj = !poss && ((n.a >= s0 && sal_subject(x, n.a, n.b, lim, sub)) ||
                            inverted_subject(x, n.a));
      if (own && !subj) continue;
      const char *nm = resolve_name(x, n.a, n.b);
      if (!nm || !strchr(nm, ' ') || place_name(nm) ||
          (n.b == n.a + 1 && (x->tk[n.a].flags & SL_TF_UPPER) && org_string(nm)))
        continue;
      k = n.b - 1;
      /* the phrase's start, before its title words ("by radio host Rush
       * Limbaugh" is inside a prepositional phrase) */
      uint32_t h = n.a;
      while (h > a && h + 4 > n.a && !x->inq[h - 1 - x->t0] &&
             (abbrev_dot(x, h - 1) || is_cap(x, h - 1) ||
              (is_lower(x, h - 1) && !sal_prep(x, h - 1) && !is_cue(x, h - 1) &&
               !tin(x, h - 1, PREPS) && !tin(x, h - 1, SPEECHACT))))
        h--;
      /* in a relative or reported clause ("the screenshots that Kanye had
       * posted", "said Steele tried"): inside another phrase */
      bool emb = !subj && h > a &&
                 (tis(x, h - 1, "that") || tis(x, h - 1, "which") || tis(x, h - 1, "whom") ||
                  (is_cue(x, h - 1) && !(h - 1 > a && is_punct(x, h - 2, ','))));
      int w = SAL_RECENT;
      if (poss)
        w += h == s0 ? SAL_HEAD : 0;
      else if (subj)
        w += SAL_SUBJECT + SAL_HEAD + (n.b < lim && is_cue(x, n.b) ? SAL_CUED : 0);
      else if (n.a >= s0 && !emb && !(h > a && sal_prep(x, h - 1)))
        w += SAL_HEAD;
      /* ("Piet Oord's bakery has stood …": the owner opening the subject
       * is a person the next "he" may mean; thirty-sixth pass) */
      sal_add(l, &nl, nm, w, subj || (poss && h == s0), true, false);
    }
    if (ce && !hit) { /* (kept: their names are shared from now on) */
      size_t off = x->salpool.n;
      bool ok = true;
      for (int i = 0; ok && i < nl; i++) {
        l[i].kept = true;
        ok = sl_vec_push(&x->salpool, l[i]);
      }
      if (ok) *ce = (salsent){x->cgen, (uint32_t)off, (uint32_t)nl};
    }
    /* "He held the audience …": the entity leading so far, a subject again */
    if (!own && sub.kind == NP_PRON && sub.b == sub.a + 1 &&
        (tis(x, sub.a, "he") || tis(x, sub.a, "she"))) {
      uint8_t sg = tis(x, sub.a, "he") ? 1 : 2, tg;
      int b = sal_best(x, c, nc, sg, exclude, m0, mi);
      if (b >= 0)
        sal_add(l, &nl, c[b].name, SAL_RECENT + SAL_SUBJECT + SAL_HEAD, true, true, c[b].kept);
      /* none in the window: the chain of pronouns goes on from the
       * article's topic named before it ("Early in his career, he was …
       * His first job was on the staff headed by Dr. Richard Feynman …
       * He said": not Feynman; twenty-eighth pass) */
      else if (seed && (!exclude || strcmp(seed, exclude)) &&
               (!(tg = gender_of(x, seed)) || tg == sg))
        sal_add(l, &nl, seed, SAL_RECENT + SAL_SUBJECT + SAL_HEAD, true, true, false);
    }
    /* "Her phone's greeting plays …": the owner the possessive opening
     * the subject names is the leading entity mentioned again
     * (twenty-seventh pass) */
    if (!own && sub.kind == NP_NOM && sub.b > sub.a + 1 &&
        (tis(x, sub.a, "his") || tis(x, sub.a, "her"))) {
      uint8_t sg = tis(x, sub.a, "his") ? 1 : 2, tg;
      int b = sal_best(x, c, nc, sg, exclude, m0, mi);
      if (b >= 0) sal_add(l, &nl, c[b].name, SAL_RECENT + SAL_HEAD, false, true, c[b].kept);
      else if (seed && (!exclude || strcmp(seed, exclude)) &&
               (!(tg = gender_of(x, seed)) || tg == sg))
        sal_add(l, &nl, seed, SAL_RECENT + SAL_HEAD, true, true, false);
    }
    /* the speakers (persons) of the quotations that end in this sentence
     * or in the wholly quoted sentences since the one before (a quotation
     * puts no distance between its speaker and the next sentence) */
    uint32_t from = q + 1 < ns ? ss[q + 1] + 1 : si, to = q > 0 ? si + 1 : tsent(x, p) + 1;
    for (size_t j = mi; j-- > m0 && !own && j + SAL_MENTIONS >= mi;) {
      const sl_qmention *m = &x->q->mentions.a[j];
      uint32_t ct = m->tok1 > x->t0 ? m->tok1 - 1 : m->tok1;
      if (tsent(x, ct) < from) break; /* mentions are in text order */
      if (!m->speaker || ct >= p || tsent(x, ct) >= to ||
          sl_strmap_get(&x->names, m->speaker, strlen(m->speaker)) == UINT32_MAX)
        continue;
      sal_add(l, &nl, m->speaker, SAL_SPEAKER, true, false, false);
    }
    for (int i = 0; i < nl; i++) sal_add(c, &nc, l[i].name, l[i].w, l[i].subj, false, l[i].kept);
  }
  int b = sal_best(x, c, nc, g, exclude, m0, mi);
  /* (a name of the sentence cache: a fresh copy, as resolve_name gives) */
  if (b >= 0 && c[b].kept) {
    const char *r = sl_arena_strndup(&x->q->arena, c[b].name, strlen(c[b].name));
    if (!r) x->oom = true;
    return r;
  }
  return b < 0 ? NULL : c[b].name;
}

/* The indefinite description of a person ("a man", "a retired nurse")
 * that is the subject of one of the two sentences before token p, in its
 * paragraph or the one before, whose noun does not contradict the
 * pronoun's gender g; as written, or NULL. */
static const char *described_subject_at(ctx *x, uint32_t p, uint8_t g, uint32_t *at);
static const char *described_subject(ctx *x, uint32_t p, uint8_t g) {
  return described_subject_at(x, p, g, NULL);
}
static const char *described_subject_at(ctx *x, uint32_t p, uint8_t g, uint32_t *at) {
  uint32_t si = tsent(x, p);
  uint32_t pp = x->para[si]; /* the paragraph distance counts from here */
  for (uint32_t back = 1, n = 0; n < 2 && back <= si && back <= 6; back++) {
    uint32_t sj = si - back;
    if (x->headline[sj] || x->para[sj] + 1 < pp) break;
    /* a sentence wholly inside a quotation puts no distance between the
     * pronoun and the subject before it ("A spokeswoman for the council
     * said …. “…. …,” she said."; thirty-seventh pass) */
    uint32_t f = x->sfirst[sj];
    if (is_quote(x, f) && f + 1 < p) f++;
    if (x->inq[f - x->t0]) {
      pp = x->para[sj];
      continue;
    }
    n++;
    const sentc *sc = sent_cache(x, sj);
    if (!sc) break;
    np sub = sc->sub;
    if (sub.kind != NP_NOM || !sub.indef || sub.b < sub.a + 2) continue;
    uint32_t h = sub.b - 1, e = 0;
    /* ("One old farmer speaks some French": the phrase read on over the
     * verb ends at its first person noun; thirty-sixth pass) */
    for (uint32_t k = sub.a + 1; k < sub.b - 1 && k < sub.a + 4; k++)
      if (is_lower(x, k) && (tin(x, k, PERSONN) || tin(x, k, OTHERS) || occupation_word(x, k)) &&
          k + 1 < sub.b &&
          is_lower(x, k + 1) && !tis(x, k + 1, "who") && !tis(x, k + 1, "of")) {
        size_t vl;
        const char *vw = ttext(x, k + 1, &vl);
        if (vl > 2 && ((vw[vl - 1] == 's' && vw[vl - 2] != 's') ||
                       (vw[vl - 1] == 'd' && vw[vl - 2] == 'e')))
          h = k; /* "… speaks", "… waited" */
        /* "a spokeswoman for the council": a source for a body, written
         * whole (thirty-seventh pass) */
        else if (tis(x, k + 1, "for") && tin(x, k, SOURCES))
          h = k, e = sub.b;
        break;
      }
    if (!is_lower(x, h) || !(tin(x, h, PERSONN) || tin(x, h, OTHERS) || occupation_word(x, h)))
      continue;
    uint8_t gn = gender_noun(x, h);
    if (gn && gn != g) continue;
    if (at) *at = sub.a;
    if (e) return arena_lower(x->q, x, sub.a, e);
    /* ("A nurse who would give only her first name, Dara, …") */
    const char *given = name_given(x, (np){NP_NOM, sub.a, h + 1, false, true});
    return given ? given : arena_lower(x->q, x, sub.a, h + 1);
  }
  return NULL;
}

/* A description of a body that names its place or owner after "of" ("the
 * state news agency of Ruritania"), its head no title (a title is the
 * person named with it: "the president of Ruritania"); thirty-fourth
 * pass. */
static bool body_of_name(const ctx *x, np n) {
  for (uint32_t k = n.a + 1; k + 1 < n.b; k++) {
    if (!tis(x, k, "of") || !is_lower(x, k - 1) || !is_cap(x, k + 1)) continue;
    uint32_t e;
    if (!cap_run(x, k + 1, n.b + 1, &e) || e != n.b) return false;
    return tin(x, k - 1, ORGWORDS) || tin(x, k - 1, ORGDESC) || tin(x, k - 1, MEDIA);
  }
  return false;
}

/* Whether tokens a and b are the same word, case folded. */
static bool same_word(const ctx *x, uint32_t a, uint32_t b) {
  size_t la, lb;
  const char *wa = ttext(x, a, &la), *wb = ttext(x, b, &lb);
  if (la != lb) return false;
  for (size_t i = 0; i < la; i++)
    if ((wa[i] | 0x20) != (wb[i] | 0x20)) return false;
  return true;
}

/* "Marr, a retired judge, served on the bench … “…,” the retired
 * judge shot back": a definite description whose lower-case words
 * end an apposition after a name earlier in the article (", a/an/the …
 * HEAD,") is that person (thirty-sixth pass); NULL if none. */
static const char *apposed_person(ctx *x, np n) {
  if (n.kind != NP_NOM || n.b < n.a + 2 || !tis(x, n.a, "the") || !is_lower(x, n.b - 1)) return NULL;
  uint32_t h = n.b - 1, from = n.a > x->t0 + 400 ? n.a - 400 : x->t0, term = x->tk[h].term;
  for (uint32_t k = n.a; k-- > from + 3;) {
    /* (the corpus term first: one comparison per token) */
    if (x->tk[k].term != term || x->inq[k - x->t0] || !same_word(x, k, h) ||
        !is_punct(x, k + 1, ','))
      continue;
    /* the modifiers written in the description are the apposition's */
    uint32_t d = k, j = h;
    while (j > n.a + 1 && d > from && same_word(x, d - 1, j - 1)) d--, j--;
    if (j != n.a + 1 || !(tis(x, d - 1, "a") || tis(x, d - 1, "an") || tis(x, d - 1, "the")) ||
        !is_punct(x, d - 2, ','))
      continue;
    np nm;
    uint32_t c = d - 2, a = c;
    while (a > from && a + 6 > c && (is_cap(x, a - 1) || abbrev_dot(x, a - 1)) &&
           !x->inq[a - 1 - x->t0])
      a--;
    if (a == c || !name_at(x, a, c, &nm) || nm.b != c || nm.org) continue;
    const char *r = resolve_name(x, nm.a, nm.b);
    return r && strchr(r, ' ') ? r : NULL;
  }
  return NULL;
}

/* "A young mother waits nearby with her baby. “…,” the mother says": a definite description whose head noun an indefinite subject of
 * one of the six sentences before carries (three paragraphs at most) is
 * that unnamed person, written as introduced ("a young mother", as "the
 * diplomat said" is "a diplomat") — not the last speaker (thirty-sixth
 * pass); NULL if none. */
static const char *introduced_description(ctx *x, np n) {
  if (n.kind != NP_NOM || n.b < n.a + 2 || !tis(x, n.a, "the") || !is_lower(x, n.b - 1) ||
      tin(x, n.b - 1, DOCS))
    return NULL;
  uint32_t si = tsent(x, n.a), h = n.b - 1;
  for (uint32_t back = 1; back <= 6 && back <= si; back++) {
    uint32_t sj = si - back;
    if (x->para[sj] + 3 < x->para[si]) break;
    if (x->headline[sj]) continue;
    const sentc *sc = sent_cache(x, sj);
    if (!sc) break;
    np sub = sc->sub;
    /* ("Another man … “…” … the man asks": another one) */
    if (sub.kind != NP_NOM || !sub.indef || tis(x, sub.a, "another")) continue;
    for (uint32_t k = sub.a + 1; k < sub.b && k < sub.a + 6; k++)
      if (is_lower(x, k) && same_word(x, k, h)) return arena_lower(x->q, x, sub.a, k + 1);
  }
  return NULL;
}

/* "The Duchess of Wendle sent flowers … She said: “…”": a definite
 * description whose noun has the pronoun's gender (duchess, queen, king …),
 * the subject of the sentence right before the pronoun's (in its paragraph
 * or the one before), as written (thirty-sixth pass); NULL if none. */
static const char *gendered_description(ctx *x, uint32_t p, uint8_t g) {
  uint32_t si = tsent(x, p);
  if (si == 0 || x->headline[si - 1] || x->para[si - 1] + 1 < x->para[si]) return NULL;
  const sentc *sc = sent_cache(x, si - 1);
  if (!sc || (sc->sub.kind != NP_NOM && sc->sub.kind != NP_NAME)) return NULL;
  np sub = sc->sub;
  uint32_t a = sub.a;
  if (sub.kind == NP_NAME && a > x->sfirst[si - 1] && tis(x, a - 1, "the")) a--;
  if (!tis(x, a, "the")) return NULL;
  uint32_t e = sub.b, lim = x->sfirst[si]; /* "of Wendle" */
  if (e + 1 < lim && tis(x, e, "of") && is_cap(x, e + 1) && !x->inq[e + 1 - x->t0]) {
    e++;
    while (e < lim && is_cap(x, e) && !x->inq[e - x->t0]) e++;
  }
  for (uint32_t k = a + 1; k < sub.b && k < a + 4 && !tis(x, k, "of"); k++) {
    if (gender_noun(x, k) != g) continue;
    /* a title ("the congressman"): the person named with it, else the
     * salience's choice */
    if (title_index(x, k) >= 0) return title_person(x, (np){NP_NOM, a, k + 1, false, false}, a);
    return arena_lower(x->q, x, a, e);
  }
  return NULL;
}

/* "Norland's envoy to the European Union", "Norland 's envoy to the EU"
 * (source_left): an owner's possessive, a lower-case agent noun and its
 * complement (thirty-sixth pass). */
static bool owner_agent(const ctx *x, np n) {
  if (n.kind != NP_NOM || !is_cap(x, n.a) || n.b < n.a + 4) return false;
  uint32_t h = n.a + 1;
  if (ends_possessive(x, n.a)) {
    /* the possessive is the phrase's first word */
  } else if (tis(x, h, "'s")) {
    h++;
  } else {
    return false;
  }
  return h + 2 < n.b && is_lower(x, h) &&
         (tin(x, h, SOURCES) || title_index(x, h) >= 0 || occupation_word(x, h) ||
          tis(x, h, "envoy")) &&
         (tis(x, h + 1, "to") || tis(x, h + 1, "for") || tis(x, h + 1, "of") ||
          tis(x, h + 1, "at") || tis(x, h + 1, "with") || tis(x, h + 1, "on"));
}

/* The stretch of a quotation's sentence before its opening mark that
 * the previous attribution did not use: its first token. */
static uint32_t quote_window(const ctx *x, uint32_t open_mark, uint32_t prev_used) {
  uint32_t w0 = x->sfirst[tsent(x, open_mark)];
  return w0 < prev_used ? prev_used : w0;
}

/* The person a cataphoric title names (attribute_article): who is the body
 * after "the <title> of" opening its sentence, no person is named before it
 * in the article, and the next sentence, in its paragraph or the next,
 * opens with a person's name as its subject; NULL if none. */
static const char *cataphoric_person(ctx *x, np who) {
  uint32_t of = who.a > x->t0 ? who.a - 1 : who.a; /* the body, or a description holding it */
  if (who.kind == NP_NOM)
    for (of = who.a + 1; of + 1 < who.b && !tis(x, of, "of"); of++) {
    }
  if ((who.kind != NP_NAME && who.kind != NP_NOM) || of < x->t0 + 2 || !tis(x, of, "of") ||
      !is_cap(x, of + 1))
    return NULL;
  uint32_t h = of - 1, a = h;
  if (!is_lower(x, h) || !(title_index(x, h) >= 0 || tin(x, h, SOURCES) || occupation_word(x, h)))
    return NULL;
  while (a > x->t0 && a + 3 > h && is_lower(x, a - 1) && !tis(x, a - 1, "the")) a--;
  if (a == x->t0 || !tis(x, a - 1, "the")) return NULL;
  uint32_t si = tsent(x, a - 1);
  if (a - 1 != skip_intro(x, x->sfirst[si], of) || si + 1 >= x->nsent ||
      x->para[si + 1] > x->para[si] + 1 || x->headline[si + 1] || last_person(x, a - 1))
    return NULL;
  const sentc *sc = sent_cache(x, si + 1);
  if (!sc || sc->sub.kind != NP_NAME || sc->sub.org || sc->sub.a != x->sfirst[si + 1]) return NULL;
  const char *nm = resolve_name(x, sc->sub.a, sc->sub.b);
  return nm && strchr(nm, ' ') && !place_name(nm) ? nm : NULL;
}

/* "“…,” the Ledger quoted Corvane founder Hanna Brill as saying …",
 * "“…,” he was quoted by a news agency as saying": past the six tokens after
 * the closing mark, in its sentence; the person quoted, or the passive's
 * subject (thirty-sixth pass). */
static bool quoted_as_after(const ctx *x, uint32_t close, attr *r) {
  uint32_t s = close;
  while (s < x->t1 && (is_quote(x, s) || is_punct(x, s, ','))) s++;
  if (s >= x->t1 || close == x->t0 || tpara(x, s) != tpara(x, close - 1)) return false;
  uint32_t si = tsent(x, s);
  for (uint32_t k = s; k + 2 < x->t1 && k < s + 20 && tsent(x, k + 2) == si; k++) {
    if (x->inq[k - x->t0] || is_quote(x, k)) return false;
    if (!tis(x, k, "quoted")) continue;
    /* active: "quoted X as saying" */
    uint32_t as = k + 1;
    while (as < x->t1 && as < k + 10 && tsent(x, as) == si && !tis(x, as, "as") &&
           !x->inq[as - x->t0] && x->tk[as].kind != SL_TOK_PUNCT)
      as++;
    if (as + 1 >= x->t1 || !tis(x, as, "as") || !tis(x, as + 1, "saying")) return false;
    np who = {0};
    if (as > k + 1 && !tis(x, k + 1, "by")) {
      who = np_right(x, k + 1, as, false);
      if (who.b != as) return false;
    } else {
      /* passive: "X was quoted (by an agency) as saying" */
      uint32_t b = k;
      while (b > s && (tis(x, b - 1, "was") || tis(x, b - 1, "is") || tis(x, b - 1, "were") ||
                       tis(x, b - 1, "been") || tis(x, b - 1, "has") || tis(x, b - 1, "had") ||
                       tis(x, b - 1, "also") || tis(x, b - 1, "later")))
        b--;
      if (b == k || b <= s) return false;
      who = np_left(x, b, s);
      if (who.b != b || who.a != s) return false;
    }
    if (who.kind == NP_NONE) return false;
    *r = (attr){0};
    r->found = true, r->who = who, r->cue = as + 1, r->used_end = as + 2;
    return true;
  }
  return false;
}

/* "…, says Dr Ines Galt, a lecturer in public health.
 * “…”": the person of an inverted cue ending the sentence of reported
 * speech right before a quotation that opens its sentence, in its
 * paragraph or the one before (thirty-sixth pass); NULL if none. */
static const char *inverted_before(ctx *x, uint32_t open_mark) {
  uint32_t osi = tsent(x, open_mark);
  if (osi == 0 || open_mark != x->sfirst[osi] || x->headline[osi - 1] ||
      x->para[osi - 1] + 1 < x->para[osi])
    return NULL;
  uint32_t ps = x->sfirst[osi - 1], e = open_mark - 1;
  if (e <= ps + 4 || !is_punct(x, e, '.')) return NULL;
  for (uint32_t k = ps; k < e; k++)
    if (x->inq[k - x->t0] || is_quote(x, k)) return NULL;
  /* the cue: ", says NAME" with only an apposition after the name */
  for (uint32_t c = e; c-- > ps + 2 && c + 40 > e;) {
    if (!(tis(x, c, "says") || tis(x, c, "said")) || !is_punct(x, c - 1, ',') || !is_cue(x, c))
      continue;
    np n;
    if (!name_at(x, c + 1, e, &n) || n.org || n.a < c + 1 || n.a > c + 3 ||
        !(is_punct(x, n.b, ',') || n.b == e))
      return NULL;
    for (uint32_t k = c + 1; k < n.a; k++) /* "Dr", "Sen." */
      if (!is_cap(x, k) && !abbrev_dot(x, k)) return NULL;
    for (uint32_t k = n.b; k < e; k++)
      if (is_cue(x, k) || tin(x, k, PRONOUNS)) return NULL;
    const char *nm = resolve_name(x, n.a, n.b);
    return nm && strchr(nm, ' ') ? nm : NULL;
  }
  return NULL;
}

/* "Calling the flood a “disaster”, Norland's envoy to the European
 * Union said …": a quotation inside an opening participle phrase;
 * the main clause's subject, any kind (a name, a description, a pronoun),
 * and its cue after the phrase's comma attribute it (thirtieth pass, for
 * names in the no-cue path; thirty-sixth pass). */
static np speaker_for_cue(const ctx *x, uint32_t k, uint32_t w0, uint32_t w1, uint32_t sent0);
/* Whether the sentence of open_mark opens, past a dateline ("ST. LOUIS
 * _"), with a capitalised word in -ing before open_mark ("Calling the
 * plan “…”, …": an opening participle phrase; thirtieth pass). */
static bool opens_with_participle(const ctx *x, uint32_t open_mark) {
  uint32_t s = x->sfirst[tsent(x, open_mark)];
  uint32_t p0 = s, d = s;
  while (d < open_mark && d < s + 8 && (x->tk[s].flags & SL_TF_UPPER) &&
         !(x->tk[d].kind == SL_TOK_PUNCT && (ttext_is_dash(x, d) || tis_s(x, d, "_"))))
    d++;
  if (d < open_mark && d < s + 8 && (x->tk[s].flags & SL_TF_UPPER)) p0 = d + 1;
  size_t pl;
  const char *pw = p0 < open_mark ? ttext(x, p0, &pl) : NULL;
  return pw && pl > 4 && !memcmp(pw + pl - 3, "ing", 3) && is_cap(x, p0);
}

static bool intro_participle_cue(const ctx *x, uint32_t open_mark, uint32_t close, attr *r) {
  uint32_t si = tsent(x, open_mark);
  if (x->headline[si] || !opens_with_participle(x, open_mark)) return false;
  uint32_t s = x->sfirst[si], lim = si + 1 < x->nsent ? x->sfirst[si + 1] : x->t1;
  uint32_t c = close;
  while (c < lim && c < close + 30 && !(is_punct(x, c, ',') && !x->inq[c - x->t0])) c++;
  if (c + 2 >= lim || !is_punct(x, c, ',')) return false;
  uint32_t v = c + 1;
  while (v < lim && v < c + 20 && !x->inq[v - x->t0] && !is_cue(x, v) &&
         !(x->tk[v].kind == SL_TOK_PUNCT && !abbrev_dot(x, v) && !tis(x, v, "'s")))
    v++;
  if (v >= lim || v == c + 1 || x->inq[v - x->t0] || !is_cue(x, v)) return false;
  np sub = speaker_for_cue(x, v, c + 1, lim, s);
  if (sub.kind == NP_NONE || sub.b > v || sub.a < c + 1) return false;
  *r = (attr){0};
  r->found = true, r->who = sub, r->cue = v, r->used_end = v + 1;
  return true;
}

/* Texts of rules and guidance that speak as written ("the safety code
 * says", "the guide says"), unlike a statement or a report, which speak
 * for the last speaker when no author is named. */
static const char *const CODES[] = {"code", "constitution", "charter", "treaty", "guidelines",
                                    "rulebook", "guide", "handbook", "manual", "complaint",
                                    "lawsuit", "indictment",
                                    /* laws and papers ("The measure said the police could
                                     * close …"; thirty-seventh pass) */
                                    "law", "measure", "bill", "decree", "legislation",
                                    "ordinance", "regulation", "regulations", "directive",
                                    "resolution", "ruling", "document", NULL};
static const char *speech_act_subject(ctx *x, uint32_t open);

/* "Ashby apologised on Friday after union leader Marta Quist denounced
 * the cuts as “…”": the last speech act before a cue-less quotation, in a
 * subordinate clause (after, when, as, because …) whose subject is a
 * name, is that person's, not the main clause subject's (thirty-sixth
 * pass). */
static const char *subordinate_speech_act(ctx *x, uint32_t open) {
  static const char *const SUBORD[] = {"after", "when", "as", "because", "while", "since",
                                       "before", "until", "once", "although", "though",
                                       "whereas", NULL};
  uint32_t si = tsent(x, open);
  if (x->headline[si]) return NULL;
  uint32_t s0 = x->sfirst[si], v = open;
  while (v > s0 + 2 && v + 40 > open && !x->inq[v - 1 - x->t0] &&
         !(is_lower(x, v - 1) && tin(x, v - 1, SPEECHACT)))
    v--;
  if (v <= s0 + 2) return NULL;
  v--; /* the speech act */
  if (x->inq[v - x->t0] || !is_lower(x, v) || !tin(x, v, SPEECHACT) || !is_cap(x, v - 1))
    return NULL;
  np n = np_left(x, v, s0);
  if (n.kind != NP_NAME || n.org || n.b != v) return NULL;
  uint32_t a = n.a; /* past its title words ("after union leader Ann …") */
  while (a > s0 + 1 && a + 4 > n.a && !x->inq[a - 1 - x->t0] &&
         !(is_lower(x, a - 1) && word_in(x, a - 1, SUBORD)) &&
         (is_cap(x, a - 1) || abbrev_dot(x, a - 1) ||
          (is_lower(x, a - 1) && !tin(x, a - 1, PREPS) && !tin(x, a - 1, SMALL) &&
           !tin(x, a - 1, DETS) && !is_cue(x, a - 1) && !tin(x, a - 1, SPEECHACT))))
    a--;
  if (a <= s0 + 1 || !is_lower(x, a - 1) || !word_in(x, a - 1, SUBORD)) return NULL;
  const char *nm = resolve_name(x, n.a, n.b);
  return nm && strchr(nm, ' ') ? nm : NULL;
}
/* The nn bytes nd occur in the hn bytes h as whole words, any case. */
static bool words_within(const char *h, size_t hn, const char *nd, size_t nn) {
  for (size_t k = 0; nn && k + nn <= hn; k++) {
    if (k > 0 && isalnum((unsigned char)h[k - 1])) continue;
    if (k + nn < hn && isalnum((unsigned char)h[k + nn])) continue;
    size_t j = 0;
    while (j < nn && tolower((unsigned char)h[k + j]) == tolower((unsigned char)nd[j])) j++;
    if (j == nn) return true;
  }
  return false;
}

/* A subhead in quotation marks ('Out of road' standing alone as a
 * paragraph of two to six words, no cue) quotes words that a quotation
 * of the article gives with its speaker ("The pier trust is out of road,
 * …" said Hugo Brask): that speaker, not the story's
 * person (thirty-seventh pass, web news hunt).  At most 16 subheads an
 * article, each compared once with every quotation: linear in practice. */
static void subhead_echo(ctx *x, size_t m0, size_t m1) {
  int seen = 0;
  for (size_t i = m0; i < m1 && seen < 16; i++) {
    sl_qmention *m = &x->q->mentions.a[i];
    if (m->how > SL_QHOW_CONTEXT || m->tok0 <= x->t0 || m->tok1 >= x->t1) continue;
    uint32_t o = m->tok0 - 1, c = m->tok1;
    if (!is_quote(x, o) || !is_quote(x, c) || (o > x->t0 && tpara(x, o - 1) == tpara(x, o)) ||
        (c + 1 < x->t1 && tpara(x, c + 1) == tpara(x, c)))
      continue;
    uint32_t words = 0;
    for (uint32_t t = m->tok0; t < m->tok1 && words <= 6; t++)
      words += x->tk[t].kind == SL_TOK_WORD;
    if (words < 2 || words > 6) continue;
    seen++;
    const char *w = x->text + m->span.off;
    size_t wn = m->span.len;
    while (wn && !isalnum((unsigned char)w[wn - 1])) wn--;
    for (size_t j = m0; j < m1; j++) {
      const sl_qmention *n = &x->q->mentions.a[j];
      if (j == i || !n->speaker || n->how < SL_QHOW_REFER || n->span.len <= wn ||
          !words_within(x->text + n->span.off, n->span.len, w, wn))
        continue;
      m->speaker = n->speaker, m->how = SL_QHOW_CONTEXT;
      break;
    }
  }
}

static void attribute_article(ctx *x, size_t m0, size_t m1) {
  topic_state ts = {0};
  uint32_t prev_used = x->t0; /* tokens before this were used by an attribution */
  uint32_t after_cue = UINT32_MAX; /* cue after the previous quotation, and its speaker */
  const char *after_who = NULL;
  for (size_t i = m0; i < m1; i++) {
    sl_qmention *m = &x->q->mentions.a[i];
    uint32_t close = m->tok1; /* the closing mark (or what follows an unclosed quote) */
    uint32_t open_mark = m->tok0 > x->t0 ? m->tok0 - 1 : m->tok0;
    attr r = attr_after(x, close);
    /* "…, described Ms. Varga as “a war hero.” The Kelby Weekly reported
     * …": a quotation ending with a period, then a new sentence: a cue
     * before the opening mark in the quotation's own sentence wins over
     * the next sentence's */
    if (r.found && r.cue > close && close > x->t0 + 1 && is_punct(x, close - 1, '.') &&
        !abbrev_dot(x, close - 1)) {
      uint32_t s = close;
      while (s < x->t1 && is_quote(x, s)) s++;
      uint32_t w0 = quote_window(x, open_mark, prev_used);
      if (s < x->t1 && is_cap(x, s) && open_mark > w0) {
        attr b = attr_before(x, w0, open_mark);
        if (b.found) r = b;
        /* "… users “better than well.” Instead, Slater suggests, Prozac is
         * like “…”": the next sentence's cue is for its own quotation
         * (twenty-third pass) */
        bool own = false;
        for (uint32_t k = r.cue + 1; !b.found && k < x->t1 && tsent(x, k) == tsent(x, r.cue) && !own;
             k++)
          own = is_open(x, k);
        /* when the quotation's own sentence names its author ("Peter
         * Kramer's assertion … that …") */
        /* (or a speech act: "…, with its chair Ola Dahl warning that
         * rents were “…” The ruling prompted the Times to editorialize
         * that …"; thirty-sixth pass) */
        if (own && (remark_author(x, open_mark) || speech_act_subject(x, open_mark)))
          r = (attr){0};
      }
    }
    /* "after an official asked him about “rumors” of graft and wondered
     * whether …": a cue coordinated after the quotation's clause; the cue
     * of that clause, before the opening mark, is the quotation's
     * (twenty-second pass) */
    if (r.found && r.cue > close + 1 && is_lower(x, r.cue - 1) &&
        (tis(x, r.cue - 1, "and") || tis(x, r.cue - 1, "but"))) {
      uint32_t w0 = quote_window(x, open_mark, prev_used);
      if (open_mark > w0) {
        attr b = attr_before(x, w0, open_mark);
        /* inside a subordinate clause whose subject is the cue's: "after
         * an official asked" (the main clause's subject is another's) */
        bool sub = false;
        for (uint32_t t = w0; b.found && t < b.who.a && !sub; t++)
          sub = is_lower(x, t) && !x->inq[t - x->t0] &&
                (tis(x, t, "after") || tis(x, t, "when") || tis(x, t, "because") ||
                 tis(x, t, "before") || tis(x, t, "while") || tis(x, t, "since") ||
                 tis(x, t, "until") || tis(x, t, "once"));
        if (sub && b.cue < open_mark && b.who.kind != NP_PRON) r = b;
      }
    }
    /* "The Foreign Ministry said Libya “…,” the official news agency said":
     * an agency or outlet relaying the words; the cue before the opening
     * mark, in the quotation's sentence, names their speaker (twenty-fifth
     * pass) */
    /* ("Officials threatened them, saying the state “…,” the Hong
     * Kong-based group said": a rights group relaying a participle's
     * words; thirty-first pass) */
    bool relay = r.found && r.cue > close && r.who.kind == NP_NOM && r.who.b > r.who.a &&
                 is_lower(x, r.who.b - 1);
    bool relay_group = relay && (tis(x, r.who.b - 1, "group") ||
                                 tis(x, r.who.b - 1, "organization") ||
                                 tis(x, r.who.b - 1, "organisation"));
    if (relay && (relay_group || tis(x, r.who.b - 1, "agency") ||
                  tis(x, r.who.b - 1, "newspaper") || tis(x, r.who.b - 1, "daily") ||
                  tis(x, r.who.b - 1, "television") || tis(x, r.who.b - 1, "radio"))) {
      uint32_t w0 = quote_window(x, open_mark, prev_used);
      if (open_mark > w0) {
        attr b = attr_before(x, w0, open_mark);
        if (b.found && b.who.kind != NP_PRON && (!relay_group || tis(x, b.cue, "saying")))
          r = b;
      }
    }
    /* "Trump asserted that he had “…,” according to CNN" (eleventh pass):
     * the outlet reports the clause; a person or pronoun subject of a cue
     * before the opening mark, in the quotation's sentence, is the
     * speaker */
    if (r.found && r.cue > close && tis(x, r.cue, "according")) {
      uint32_t w0 = quote_window(x, open_mark, prev_used);
      if (open_mark > w0) {
        attr b = attr_before(x, w0, open_mark);
        if (b.found && !tis(x, b.cue, "according") &&
            ((b.who.kind == NP_NAME && !b.who.org) || b.who.kind == NP_PRON))
          r = b;
        /* "Clinton criticized the administration for its “secrecy,”
         * according to The Hill": no cue before, a person subject and its
         * verb; the sentence's person, not the outlet (seventeenth pass) */
        else if (!b.found) {
          np sub = np_right(x, skip_intro(x, past_quotes(x, w0, open_mark), open_mark), open_mark,
                            false);
          if (sub.kind == NP_NAME && !sub.org && sub.b < open_mark &&
              verb_after_name(x, sub.b, open_mark))
            r = (attr){0};
        }
      }
    }
    if (!r.found) as_named_after(x, close, &r); /* "“…,” as X has dubbed it" */
    if (!r.found) joint_cue_after(x, close, &r); /* "“…,” A and B said" beyond the reach */
    if (!r.found) tail_cue_after(x, close, &r); /* "…, the White House said in a statement." */
    if (!r.found) inverted_tail_after(x, close, &r); /* "… to care, said Dr. Ann Hale, …" */
    if (!r.found) {
      /* window: same sentence, after the previous quotation/attribution */
      uint32_t w0 = quote_window(x, open_mark, prev_used);
      if (open_mark > w0) r = attr_before(x, w0, open_mark);
      /* a quotation opening its paragraph after a "…:" sentence */
      if (!r.found && w0 == x->sfirst[tsent(x, open_mark)] && open_mark == w0 && w0 > x->t0 &&
          is_punct(x, w0 - 1, ':')) {
        uint32_t ps = x->sfirst[tsent(x, w0 - 1)];
        if (ps < prev_used) ps = prev_used;
        if (ps < w0 - 1) r = attr_before(x, ps, w0 - 1);
        /* no cue: the subject of the "…:" sentence ("One Facebook user who
         * lives near Austin posted this status update:") when it is a name
         * or an unnamed source */
        if (!r.found && ps < w0 - 1 && !x->headline[tsent(x, w0 - 1)]) {
          uint32_t s = ps;
          /* a sentence cut after an abbreviation ("near Austin, Tex.,
           * posted …:"): its subject is in the sentence before */
          if (is_lower(x, s) && tsent(x, s) > 0 && x->para[tsent(x, s) - 1] == x->para[tsent(x, s)])
            s = x->sfirst[tsent(x, s) - 1];
          s = past_quotes(x, s, w0 - 1);
          s = skip_intro(x, s, w0 - 1);
          np sub = np_right(x, s, w0 - 1, false);
          if (sub.b < w0 - 1 && is_lower(x, sub.b) &&
              ((sub.kind == NP_NAME && sub.b - sub.a >= 2) ||
               (sub.kind == NP_NOM && sub.indef && nom_is_source(x, sub)) ||
               /* "They released this statement:", "It said:" (a pronoun
                * alone; thirty-seventh pass, web news hunt) */
               (sub.kind == NP_PRON && sub.b == sub.a + 1 && sub.a == s &&
                (tis(x, sub.a, "they") || tis(x, sub.a, "it"))))) {
            r.found = true, r.who = sub, r.cue = w0 - 1, r.used_end = w0 - 1, r.nocue = true;
          }
        }
      }
    }
    if (!r.found) intro_participle_cue(x, open_mark, close, &r); /* "Describing X as “…”, Y said" */
    if (!r.found) quoted_as_after(x, close, &r); /* "“…,” the Ledger quoted X as saying" */
    const char *speaker = NULL;
    if (r.found && r.cue < m->tok0 && (tis(x, r.cue, "called") || tis(x, r.cue, "calls") ||
                                       tis(x, r.cue, "call") || tis(x, r.cue, "described") ||
                                       tis(x, r.cue, "describes"))) {
      /* "what she calls …": the pronoun is the clause's subject, the
       * person named nearest before (not the topic of the story) */
      np ws = what_subject(x, r.cue);
      if (ws.kind == NP_NOM) r.who = ws;
      if (ws.kind == NP_PRON && !tis(x, ws.a, "it") && !tis(x, ws.a, "they") &&
          !tis(x, ws.a, "we")) {
        speaker = nearest_person(x, sentence_start(x, tsent(x, ws.a)), ws.a,
                                 tis(x, ws.a, "he") ? 1 : 2);
        if (speaker) r.who = ws, r.who.kind = NP_NONE;
      }
    }
    /* a place, a thing or a text with no author is no speaker: the next
     * candidate (tenth pass) */
    if (r.found && !speaker && !r.nocue) {
      int ty = speaker_type(x, r.who, r.cue);
      if (ty == SPK_OUTLET) r.who.org = true; /* no pronoun's topic */
      /* "“…,” the report read.": a text named before with its author
       * (twelfth pass) */
      if (ty == SPK_TEXT && r.who.kind == NP_NOM && !r.who.indef)
        speaker = text_author_before(x, r.who);
      if (!speaker && (ty == SPK_PLACE || ty == SPK_THING || ty == SPK_TEXT)) {
        np fb = typed_fallback(x, r.who, r.cue);
        if (fb.kind != NP_NONE) r.who = fb;
      }
    }
    /* "The director of Ostmark Metals told a radio station that the spill
     * was “…” Berit Lusk, speaking from …, said …": a title of a
     * body before anyone is named; the person the next sentence has as its
     * subject (thirty-sixth pass) */
    if (r.found && !speaker && r.cue < m->tok0) speaker = cataphoric_person(x, r.who);
    if (r.found) {
      m->who.off = x->tk[r.who.a].span.off;
      m->who.len = x->tk[r.who.b - 1].span.off + x->tk[r.who.b - 1].span.len - m->who.off;
      uint32_t ce = r.cue + 1;
      if (ce < x->t1 && (tis(x, r.cue, "according") || tis(x, r.cue, "pointed") ||
                         tis(x, r.cue, "points") || tis(x, r.cue, "summed") ||
                         tis(x, r.cue, "went") || tis(x, r.cue, "goes") ||
                         tis(x, r.cue, "shot") || tis(x, r.cue, "fired") || tis(x, r.cue, "hit")))
        ce++; /* according to, pointed out, summed up, went on, shot back */
      if (!r.nocue) m->cue = arena_lower_ex(x->q, x, r.cue, ce, true);
      if (r.who.kind != NP_NAME) topic_advance(x, &ts, open_mark);
      if (speaker) {
        /* resolved above ("what she calls") */
      } else if (r.who.kind == NP_NAME) {
        speaker = resolve_name(x, r.who.a, r.who.b);
        /* "a Corps brochure": one word of an organisation's name */
        if (speaker && r.who.org && r.who.b - r.who.a == 1 && !strchr(speaker, ' ') &&
            !tin(x, r.who.a, OUTLETW)) {
          tmp_set(x, speaker, strlen(speaker));
          const char *full = org_with_word(x);
          if (full) speaker = full;
        }
        /* "the Times reported": the outlet named in full; an outlet is no
         * pronoun's topic (tenth pass) */
        if (speaker && !strchr(speaker, ' ') && r.who.b - r.who.a == 1 &&
            tin(x, r.who.a, OUTLETW)) {
          const char *full = outlet_full(x, r.who.a);
          if (full) speaker = full, r.who.org = true;
        }
        /* "Critics said": a sentence-initial common noun, not a name (one
         * word, no full name, never capitalised inside a sentence) */
        /* (not a place of the gazetteer: "Syria denies …"; thirty-first
         * pass) */
        if (speaker && !strchr(speaker, ' ') && r.who.b - r.who.a == 1 &&
            r.who.a == x->sfirst[tsent(x, r.who.a)] && !capitalised_inside(x, r.who.a) &&
            !place_name(speaker)) {
          speaker = arena_lower(x->q, x, r.who.a, r.who.b);
          r.who.org = true; /* a group: no pronoun's topic */
        }
        /* "A and B said": a joint speaker, no pronoun's topic */
        const char *jt = joint_of(x, r.who, r.cue);
        if (jt) speaker = jt, r.who.org = true;
        /* an outlet's report ("Politico reported") is no pronoun's topic */
        bool outlet = tis(x, r.cue, "reported") || tis(x, r.cue, "reports");
        if (!r.who.org && speaker && !outlet) {
          ts.topic = speaker; /* sentences up to here are older than this */
          ts.next_sent = tsent(x, r.cue > close ? SL_MIN(r.cue, x->t1 - 1) : open_mark) + 1;
        }
      } else if (r.who.kind == NP_PRON) {
        speaker = clause_antecedent(x, r.who.a);
        if (!speaker) speaker = introduced_person(x, m->tok0, close, r.cue, r.who.a);
        /* "they wrote": a group named as a plural subject before */
        if (!speaker && tis(x, r.who.a, "they")) speaker = joint_recent(x, r.who.a);
        if (!speaker && tis(x, r.who.a, "they")) ts.group = speaker = recent_group(x, r.who.a);
        /* "he said", "she added": the most salient person before */
        uint8_t pg = tis(x, r.who.a, "he") ? 1 : tis(x, r.who.a, "she") ? 2 : 0;
        if (!speaker && pg) speaker = gendered_description(x, r.who.a, pg);
        /* "One old farmer speaks some French. I ask him … “…,” he answers":
         * an unnamed person introduced as a subject after the last person
         * named (thirty-sixth pass) */
        if (!speaker && pg) {
          uint32_t at = UINT32_MAX;
          const char *ds = described_subject_at(x, r.who.a, pg, &at);
          /* ("A spokeswoman for the union said that Voss was wrong. She
           * added: “…”": a source for a body stays the subject over a
           * person its own clause names; thirty-seventh pass) */
          if (ds && (!last_person(x, r.who.a) || x->lp_at < at ||
                     (tsent(x, x->lp_at) == tsent(x, at) && strstr(ds, " for "))))
            speaker = ds;
        }
        if (!speaker && pg) speaker = salient_person(x, m0, i, r.who.a, pg, false, ts.group, ts.topic);
        /* "Hale “often looked tired,” he said.": the name a quoted
         * predicate is about, opening the sentence, is not who speaks of
         * it (twenty-second pass) */
        if (speaker && pg && r.cue > close && !x->headline[tsent(x, open_mark)]) {
          uint32_t s = x->sfirst[tsent(x, open_mark)];
          np sub = s < open_mark ? np_right(x, s, open_mark, false) : (np){0};
          const char *about = sub.kind == NP_NAME && !sub.org && sub.a == s && sub.b == open_mark
                                  ? resolve_name(x, sub.a, sub.b)
                                  : NULL;
          if (about && !strcmp(about, speaker)) {
            const char *alt = salient_person(x, m0, i, s, pg, false, about, NULL);
            if (alt) speaker = alt;
          }
        }
        /* "A man who lives nearby saw it. “…,” he said.": nobody named
         * near; the unnamed person a sentence before has as its subject
         * (thirty-fourth pass) */
        if (!speaker && pg) speaker = described_subject(x, r.who.a, pg);
        if (!speaker) speaker = ts.topic ? ts.topic : ts.last;
        /* a group is no later "he"'s antecedent */
        if (speaker && speaker == ts.group && !tis(x, r.who.a, "they")) speaker = NULL;
        if (!speaker) speaker = last_person(x, r.who.a);
        /* "She says he is “…”" opening the article, the two named in the
         * next paragraph: the first person after it whose known gender is
         * the pronoun's (thirtieth pass) */
        if (!speaker && pg) speaker = next_person(x, close, pg);
        /* "she" after a man the story calls "Mr.": the nearest person the
         * honorifics make a woman (and conversely) */
        uint8_t g = tis(x, r.who.a, "he") ? 1 : tis(x, r.who.a, "she") ? 2 : 0;
        uint8_t sg = gender_of(x, speaker);
        if (g && sg && sg != g) {
          const char *alt = compatible_person(x, &ts, r.who.a, g);
          if (!alt) alt = next_person(x, close, g); /* "She says he …" (thirtieth pass) */
          if (alt) speaker = alt;
        }
        /* "it said": an organisation */
        if (tis(x, r.who.a, "it")) {
          const char *org = recent_org(x, r.who.a);
          if (org) speaker = org;
        }
      } else if (r.who.kind == NP_NOM && r.who.b >= r.who.a + 2 && r.who.b <= r.who.a + 3 &&
                 (tis(x, r.who.a, "his") || tis(x, r.who.a, "her")) && is_lower(x, r.who.b - 1) &&
                 ((tin(x, r.who.b - 1, POSSORG) && !tin(x, r.who.b - 1, SOURCES)) ||
                  word_in(x, r.who.b - 1, KIN))) {
        /* "his campaign noted" (eleventh pass): the pronoun resolved like
         * "he"/"she", then written as the owner's ("X's campaign"); "her
         * husband said": the relative the article names ("her husband,
         * Carl Pike"), else the owner's (thirty-fourth pass) */
        uint8_t g = tis(x, r.who.a, "his") ? 1 : 2;
        const char *own = salient_person(x, m0, i, r.who.a, g, false, ts.group, NULL);
        if (!own) own = ts.topic ? ts.topic : ts.last;
        if (own && gender_of(x, own) && gender_of(x, own) != g) own = compatible_person(x, &ts, r.who.a, g);
        if (!own) own = last_person(x, r.who.a);
        bool kin = word_in(x, r.who.b - 1, KIN);
        if (kin) speaker = relative_named(x, r.who, own, g, open_mark);
        /* a relative unnamed: the owner's only when the owner's gender is
         * the pronoun's, else as written ("her mother") */
        if (kin && !speaker && own && gender_of(x, own) != g) own = NULL;
        if (kin && !speaker && !own) speaker = arena_lower(x->q, x, r.who.a, r.who.b);
        if (!speaker && own) {
          const char *rest = arena_lower(x->q, x, r.who.a + 1, r.who.b);
          x->tmp.len = 0;
          sl_buf_put(&x->tmp, own, strlen(own));
          sl_buf_put(&x->tmp, "'s ", 3);
          sl_buf_put(&x->tmp, rest, strlen(rest));
          speaker = sl_arena_strndup(&x->q->arena, x->tmp.p, x->tmp.len);
        }
      } else if (r.who.kind == NP_NOM && owner_agent(x, r.who)) {
        /* "Norland's envoy to the European Union": as written */
        speaker = arena_lower(x->q, x, r.who.a, r.who.b);
      } else if (r.who.kind == NP_NOM && body_of_name(x, r.who)) {
        /* "the state news agency of Ruritania": as written */
        speaker = arena_lower(x->q, x, r.who.a, r.who.b);
      } else if (r.who.kind == NP_NOM && (speaker = name_given(x, r.who)) != NULL) {
        /* "said a teenager who gave his name only as Karim" */
      } else if (poss_org(x, r.who)) {
        /* "the former mayor's campaign said": as written */
        speaker = owner_form(x, r.who);
      } else if ((speaker = joint_description(x, r.who)) != NULL) {
        /* "the two said": the latest joint subject */
      } else if (!r.who.indef && nom_is_source(x, r.who) &&
                 (speaker = recent_source(x, &ts, open_mark, r.who)) != NULL) {
        /* "the aide said": the source named before */
      } else if (!r.who.indef && (speaker = text_author_before(x, r.who)) != NULL) {
        /* "the statement said": the author of the text put out before */
      } else if (!r.who.indef && r.who.b > r.who.a + 1 && is_lower(x, r.who.b - 1) &&
                 word_in(x, r.who.b - 1, CODES)) {
        /* "the guide says", "The national rail safety code says": a text
         * with no author named before speaks as written, not as the last
         * speaker (thirty-sixth pass) */
        speaker = arena_lower(x->q, x, r.who.a, r.who.b);
      } else if (!r.who.indef && (speaker = apposed_person(x, r.who)) != NULL) {
        /* "Marr, a retired judge, … “…,” the retired judge shot back" */
      } else if (!r.who.indef && (speaker = introduced_description(x, r.who)) != NULL) {
        /* "A young mother waits nearby … “…,” the mother says": as written */
      } else if (!r.who.indef && !nom_is_org(x, r.who) && !nom_is_other(x, r.who) &&
                 !plural_group(x, r.who)) {
        speaker = title_person(x, r.who, r.who.a);
        /* "the former governor" when nobody was named with that title:
         * the person named last (a title describes someone named) */
        if (!speaker && r.who.b > r.who.a && title_index(x, r.who.b - 1) >= 0)
          speaker = last_person(x, r.who.a);
        if (!speaker) speaker = recent_speaker(&ts, tpara(x, open_mark));
        /* "the lawmaker said": nobody spoke yet, the person last named */
        if (!speaker) speaker = last_person(x, r.who.a);
      } else if (!r.who.indef && tis(x, r.who.a, "the") && nom_is_other(x, r.who) &&
                 gender_noun(x, r.who.b - 1)) {
        /* "Madame Morauw said it best … “…,” the old woman said": the
         * person the sentence before names as its subject, in this or the
         * previous paragraph, whose gender does not contradict the noun
         * (twenty-eighth pass) */
        uint32_t si = tsent(x, r.who.a);
        if (si > 0 && !x->headline[si - 1] && x->para[si - 1] + 1 >= x->para[si]) {
          const sentc *sc = sent_cache(x, si - 1);
          np ps = sc ? sc->sub : (np){0};
          const char *nm = ps.kind == NP_NAME && !ps.org ? resolve_name(x, ps.a, ps.b) : NULL;
          uint8_t ng = nm ? gender_of(x, nm) : 0;
          if (nm && (!ng || ng == gender_noun(x, r.who.b - 1))) speaker = nm;
        }
      }
      /* "the group said": the organisation named just before */
      if (!speaker) speaker = medium_named(x, r.who);
      if (!speaker && r.who.kind == NP_NOM && !r.who.indef && nom_is_org(x, r.who)) {
        np od = org_description(x, r.who, x->t1);
        if (od.kind == NP_NOM) speaker = org_by_words(x, od); /* "the Dunmore club said" */
        /* "the Swiss sports ministry said": a body its own capitalised
         * modifier names is kept as written rather than read as another
         * organisation — the last one (twenty-second pass), or one with the
         * same head whose name lacks the modifier ("the Libyan foreign
         * ministry" is no "Foreign Ministry"; twenty-fifth pass) */
        uint32_t cm = 0; /* the capitalised modifier */
        for (uint32_t k = r.who.a + 1; k + 1 < r.who.b && !cm; k++)
          if (is_cap(x, k)) cm = k;
        if (!speaker) {
          const char *h = org_by_head(x, r.who);
          size_t ml = 0;
          const char *mw = cm ? ttext(x, cm, &ml) : NULL;
          bool has = !mw;
          for (const char *q = h; q && mw && *q && !has; q++)
            has = (q == h || q[-1] == ' ') && !strncmp(q, mw, ml) && (q[ml] == ' ' || !q[ml]);
          if (h && has) speaker = h;
        }
        if (!speaker && !cm) speaker = recent_org(x, r.who.a);
      }
      /* "a spokesman", "one man", "the port authority": as written */
      if (!speaker && r.who.kind == NP_NOM && r.who.indef && nom_is_source(x, r.who))
        speaker = fuller_source(x, &ts, r.who, open_mark); /* "a spokesman for X" before */
      if (!speaker && r.who.kind == NP_NOM) {
        speaker = arena_lower(x->q, x, r.who.a, r.who.b);
        if (r.who.indef && nom_is_source(x, r.who))
          ts.src = speaker, ts.src_para = tpara(x, open_mark);
      }
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
      speaker = remark_author(x, open_mark);
      /* "…, Doctors Without Borders has saved lives there, she said.
       * Joining the effort “…”": right after a sentence of reported speech
       * that ends with a pronoun and its cue, the pronoun's person
       * (twenty-third pass) */
      uint32_t osi = tsent(x, open_mark);
      if (!speaker && osi > 0 && x->para[osi - 1] == x->para[osi] && !x->headline[osi - 1]) {
        uint32_t e = x->sfirst[osi];
        if (e > x->t0 + 4 && is_punct(x, e - 1, '.') && is_cue(x, e - 2) &&
            is_punct(x, e - 4, ',') && !x->inq[e - 3 - x->t0] &&
            (tis(x, e - 3, "he") || tis(x, e - 3, "she"))) {
          bool quoted = false;
          for (uint32_t k = x->sfirst[osi - 1]; k < e && !quoted; k++) quoted = x->inq[k - x->t0];
          if (!quoted)
            speaker = salient_person(x, m0, i, e - 3, tis(x, e - 3, "he") ? 1 : 2, false, ts.group, NULL);
        }
        /* "Police Chief James Hale said he believes drivers have learned.
         * “…”": after a sentence of reported speech whose subject is a
         * named person and its cue, that person (twenty-fourth pass) */
        uint32_t ps = x->sfirst[osi - 1];
        bool quoted = false;
        for (uint32_t k = ps; k < e && !quoted; k++) quoted = x->inq[k - x->t0] || is_quote(x, k);
        if (!speaker && !quoted && open_mark == e) {
          uint32_t a = skip_intro(x, ps, e);
          np sub = np_right(x, a, e, false);
          uint32_t c = sub.b;
          while (c < e && is_lower(x, c) && tin(x, c, ADVERBS)) c++;
          bool lead = sub.kind == NP_NAME; /* only title words before the name */
          for (uint32_t k = a; lead && k < sub.a; k++) lead = is_cap(x, k) || abbrev_dot(x, k);
          if (lead && !sub.org && sub.a < sub.b && c < e && is_cue(x, c) &&
              (tis(x, c, "said") || tis(x, c, "says") || tis(x, c, "added") ||
               tis(x, c, "told") || tis(x, c, "explained")))
            speaker = resolve_name(x, sub.a, sub.b);
          /* "Nico Adair rented the flat. He told the Post the heating
           * failed. “…”": the same with a pronoun subject, its person
           * (thirty-seventh pass, web news hunt) */
          if (!speaker && sub.kind == NP_PRON && sub.b == sub.a + 1 && sub.a == a &&
              (tis(x, sub.a, "he") || tis(x, sub.a, "she"))) {
            uint32_t pc = sub.b; /* (past adverbs; "told" is listed as one) */
            while (pc < e && is_lower(x, pc) && tin(x, pc, ADVERBS) && !tis(x, pc, "told")) pc++;
            if (pc < e && (tis(x, pc, "said") || tis(x, pc, "told") || tis(x, pc, "added") ||
                           tis(x, pc, "explained")))
              speaker = salient_person(x, m0, i, sub.a, tis(x, sub.a, "he") ? 1 : 2, false,
                                       ts.group, NULL);
          }
        }
      }
      /* "…, says Dr Ines Galt, a lecturer in public health.
       * “…”": a quotation opening its sentence (and paragraph) right after
       * reported speech that ends with an inverted cue and its person
       * (thirty-sixth pass) */
      if (!speaker) speaker = inverted_before(x, open_mark);
      /* "Calling Mr. Trump a “sniveling coward,” Mr. Cruz told his rival to
       * “…”": the cue between the two quotations of one sentence, used by
       * the first, is the second's too */
      if (!speaker && after_who && after_cue < open_mark && tsent(x, after_cue) == tsent(x, open_mark))
        speaker = after_who;
      /* "Answering the “dark questions” that have lingered, Tom Vale said
       * Friday that …": a quotation inside an opening participle phrase;
       * the main clause's subject and cue after its comma (thirtieth
       * pass) */
      if (!speaker && !x->headline[tsent(x, open_mark)]) {
        uint32_t lim = tsent(x, open_mark) + 1 < x->nsent ? x->sfirst[tsent(x, open_mark) + 1] : x->t1;
        if (opens_with_participle(x, open_mark)) {
          uint32_t c = close;
          while (c < lim && c < close + 30 && !(is_punct(x, c, ',') && !x->inq[c - x->t0])) c++;
          np sub = c + 2 < lim && is_punct(x, c, ',') ? np_right(x, c + 1, lim, false) : (np){0};
          if (sub.kind == NP_NAME && !sub.org && sub.b < lim && is_cue(x, sub.b))
            speaker = resolve_name(x, sub.a, sub.b);
        }
      }
      if (!speaker) speaker = subordinate_speech_act(x, open_mark);
      if (!speaker) speaker = joint_subject(x, open_mark);
      if (!speaker) speaker = sentence_person(x, open_mark);
      if (!speaker) speaker = speech_act_subject(x, open_mark);
      /* "The spokesperson also praised …": an unnamed source as subject */
      if (!speaker && !x->headline[tsent(x, open_mark)]) {
        uint32_t s = x->sfirst[tsent(x, open_mark)];
        s = past_quotes(x, s, open_mark);
        np sub = np_right(x, skip_intro(x, s, open_mark), open_mark, false);
        np od = org_description(x, sub, open_mark);
        /* "A statement from the union praised the deal as “…”": the text's
         * author */
        np au = sub.kind == NP_NOM ? doc_author(x, sub, open_mark) : sub;
        bool own_text = false; /* "released a statement from her doctor declaring" */
        for (uint32_t k = sub.b; poss_org(x, sub) && k + 1 < open_mark && !own_text; k++)
          own_text = is_lower(x, k) && tin(x, k, DOCS) && (tis(x, k + 1, "from") || tis(x, k + 1, "by"));
        if (poss_org(x, sub) && !own_text) {
          speaker = owner_form(x, sub); /* "Lund's campaign disputed …" */
        } else if (au.kind == NP_NAME && au.a != sub.a) {
          speaker = resolve_name(x, au.a, au.b);
        } else if (au.kind == NP_NOM && au.a != sub.a) {
          speaker = arena_lower(x->q, x, au.a, au.b);
        } else if (od.kind == NP_NOM) {
          speaker = org_by_words(x, od); /* "the St. Louis group fired off …" */
        } else if (sub.kind == NP_NOM && !sub.indef && nom_is_org(x, sub)) {
          if (!speaker) speaker = org_by_head(x, sub);
          if (!speaker) speaker = recent_org(x, sub.a); /* "The group has drafted … “bigoted”" */
        } else if (nom_is_source(x, sub)) {
          if (!sub.indef) {
            speaker = recent_source(x, &ts, open_mark, sub);
          } else {
            speaker = arena_lower(x->q, x, sub.a, sub.b);
            ts.src = speaker, ts.src_para = tpara(x, open_mark);
          }
        }
        /* "The St. Louis Tea Party Coalition issued a resolution, accusing
         * the group of acting as a “…”": an organisation named as the
         * subject speaks for itself */
        uint32_t s0 = skip_intro(x, s, open_mark), e;
        if (!speaker && s0 < open_mark && tis(x, s0, "the")) s0++;
        if (!speaker && cap_run(x, s0, open_mark, &e) && e - s0 >= 2 && e < open_mark &&
            name_is_org(x, s0, e)) {
          /* "The X Union, in a recent letter to Congress, encouraged …": an
           * inserted phrase between commas after the name is skipped */
          uint32_t f = e;
          if (is_punct(x, f, ',')) {
            uint32_t g = f + 1;
            while (g < open_mark && g < f + 16 && !is_punct(x, g, ',') && !x->inq[g - x->t0]) g++;
            f = g < open_mark && is_punct(x, g, ',') ? g + 1 : open_mark;
          }
          if (f < open_mark && is_lower(x, f)) speaker = resolve_name(x, s0, e);
        }
      }
      if (!speaker && x->headline[tsent(x, open_mark)]) m->guess = headline_person(x, open_mark, close);
      /* "He went on to call censorship “a dangerous thing”": a subject
       * "he"/"she" is the most salient person before it; "…, and Trump on
       * Saturday accused social media sites of “…”": the subject of a
       * coordinated clause */
      if (!speaker && !x->headline[tsent(x, open_mark)]) {
        uint32_t s = x->sfirst[tsent(x, open_mark)];
        s = past_quotes(x, s, open_mark);
        np sub = np_right(x, skip_intro(x, s, open_mark), open_mark, false);
        if (sub.kind == NP_PRON && sub.b == sub.a + 1 &&
            (tis(x, sub.a, "he") || tis(x, sub.a, "she")))
          speaker = salient_person(x, m0, i, sub.a, tis(x, sub.a, "he") ? 1 : 2, false, ts.group, NULL);
        else if (sub.kind != NP_NOM)
          speaker = salient_person(x, m0, i, open_mark, 0, true, ts.group, NULL);
      }
      if (!speaker) speaker = recent_speaker(&ts, tpara(x, open_mark));
    }
    /* the article's dateline is no speaker, whatever rule chose it
     * ("RIO DE JANEIRO _ …"; twenty-sixth pass) */
    if (speaker && dateline_is(x, speaker)) {
      speaker = r.found && r.who.kind == NP_NOM ? arena_lower(x->q, x, r.who.a, r.who.b) : NULL;
    }
    after_cue = r.found && r.cue > close && !r.nocue ? r.cue : UINT32_MAX;
    after_who = speaker;
    if (speaker) {
      m->speaker = speaker, ts.last = speaker;
      /* a cue far from the quotation is weaker evidence across outlets
       * than a name next to its cue (twelfth pass) */
      m->how = !r.found ? SL_QHOW_CONTEXT
               : r.who.kind == NP_NAME && !r.far ? SL_QHOW_NAMED
                                                 : SL_QHOW_REFER;
      ts.last_para = tpara(x, close > x->t0 ? close - 1 : close);
    }
    if (close > prev_used) prev_used = close;
  }
  /* "… were “unpersuasive” and had “far-reaching consequences,” the
   * inspector general said": a cue-less quotation joined to the next one of
   * its sentence by a few words takes that one's cue and speaker when they
   * follow it (sixteenth pass) */
  for (size_t i = m1; i-- > m0;) {
    if (i + 1 >= m1) continue;
    sl_qmention *m = &x->q->mentions.a[i], *n2 = &x->q->mentions.a[i + 1];
    if (m->how > SL_QHOW_CONTEXT || !n2->speaker || n2->how < SL_QHOW_REFER || !n2->who.len ||
        n2->who.off < n2->span.off + n2->span.len || m->tok1 >= x->t1 || n2->tok0 <= x->t0 ||
        tsent(x, m->tok1) != tsent(x, n2->tok0 - 1))
      continue;
    uint32_t words = 0;
    bool ok = true;
    for (uint32_t t = m->tok1; ok && t < n2->tok0; t++) {
      if (is_quote(x, t)) continue;
      ok = (is_lower(x, t) && !is_cue(x, t)) || is_punct(x, t, ',');
      words++;
    }
    if (!ok || words == 0 || words > 4) continue;
    /* the speaker written right after the next one's closing mark */
    const char *txt = x->text;
    bool next_to = n2->who.off - (n2->span.off + n2->span.len) <= 12;
    for (uint32_t b = n2->span.off + n2->span.len; next_to && b < n2->who.off; b++)
      next_to = !isalnum((unsigned char)txt[b]);
    if (!next_to) continue;
    m->speaker = n2->speaker, m->how = SL_QHOW_REFER, m->cue = n2->cue, m->who = n2->who;
  }
  subhead_echo(x, m0, m1);
}

/* A photo caption or a related-link line glued before a quotation
 * ("Diver Piet Anholt checks his air supply at the quarry “The
 * visibility down there is close to nothing."; thirty-sixth pass): the words from the paragraph's start
 * to the opening mark, the last one a word (no comma, colon or dash before
 * the mark), with no quotation mark and no lower-case cue among them and a
 * capitalised word after the first; the quotation opens with a capital and
 * is a clause of three words or more (it ends with . ? ! or a comma, or it
 * runs on unclosed), and no function word right before the mark. Such a line names neither the speaker nor an
 * antecedent: its tokens are marked as quoted, so the quotation continues
 * the last speaker's run. */
static void hide_caption(ctx *x, const sl_qmention *m) {
  uint32_t o = m->tok0 > x->t0 ? m->tok0 - 1 : m->tok0;
  if (o < x->t0 + 3 || !is_open(x, o) || !quote_double(x, o) || !is_word(x, o - 1) ||
      m->tok0 >= x->t1 || !is_cap(x, m->tok0))
    return;
  uint32_t si = tsent(x, o), s = x->sfirst[si];
  if ((si > 0 && x->para[si - 1] == x->para[si]) || s + 3 > o || o - s > 40) return;
  uint32_t l = m->tok1;
  while (l > m->tok0 && is_quote(x, l - 1)) l--;
  if (l < m->tok0 + 3) return;
  bool cap = false;
  for (uint32_t k = s; k < o; k++) {
    if (x->inq[k - x->t0] || is_quote(x, k) ||
        (is_lower(x, k) && (is_cue(x, k) || tin(x, k, SPEECHACT))))
      return;
    cap = cap || (k > s && is_cap(x, k));
  }
  /* ("… accused the council of “back-room politics.”": a
   * function word before the mark leads into the quotation) */
  if (is_lower(x, o - 1) && (tin(x, o - 1, SMALL) || tin(x, o - 1, PREPS) ||
                             tin(x, o - 1, DETS) || sal_prep(x, o - 1)))
    return;
  if (!cap) return;
  bool clause = m->tok1 >= x->t1 || !is_close(x, m->tok1) || is_punct(x, l - 1, '.') ||
                is_punct(x, l - 1, '?') || is_punct(x, l - 1, '!') || is_punct(x, l - 1, ',');
  if (clause) memset(x->inq + (s - x->t0), 1, o - s);
}

/* ---- driver ----------------------------------------------------------- */

/* Per-token and per-sentence arrays of the whole story, allocated once;
 * article_setup points the ctx at one article's part and fills it the
 * first time (pass 1); pass 2 reuses what pass 1 computed. */
typedef struct story_bufs {
  uint32_t *sent, *sfirst, *para, *cls, *qnext, *capstart, *caps, *ncaps;
  uint32_t *nsent; /* story article i -> its sentences once lines cut mid-sentence are joined */
  uint8_t *inq, *headline, *tmx;
  size_t *toff, *soff; /* story article i -> its first token / sentence in the arrays */
} story_bufs;

/* Whether the sentence [a, b), first of the line (paragraph) after the
 * one before it, continues that line, cut mid-sentence: the line before
 * ends with a word, a number, a comma or a closing bracket — no sentence
 * punctuation, no quotation mark — and this one opens with a comma or a
 * lower-case word ("-RRB-⏎, who sits on …", "-RRB-⏎called the delay"). */
static bool line_continues(const ctx *x, uint32_t a, uint32_t b) {
  if (a <= x->t0 || a >= b) return false;
  const sl_token *f = &x->tk[a], *l = &x->tk[a - 1];
  bool opens = f->kind == SL_TOK_PUNCT ? is_punct(x, a, ',')
                                       : f->kind == SL_TOK_WORD && !(f->flags & (SL_TF_CAP | SL_TF_UPPER | SL_TF_INNER));
  if (!opens) return false;
  return l->kind == SL_TOK_WORD || l->kind == SL_TOK_NUM || is_punct(x, a - 1, ',') ||
         is_punct(x, a - 1, ')');
}

static void article_setup(ctx *x, const story_bufs *sb, size_t i, uint32_t a, bool fill) {
  const sl_corpus *c = x->c;
  const sl_art *art = &c->arts.a[a];
  x->a = a;
  x->text = art->text;
  x->nsent = art->nsent;
  x->qnext = x->capstart = NULL; /* filled in pass 2, once the marks are final */
  x->capfilled = false;
  x->lp_t = UINT32_MAX;
  x->caps = sb->caps + sb->toff[i], x->ncaps = fill ? 0 : sb->ncaps[i];
  if (!art->nsent) {
    x->t0 = x->t1 = 0;
    return;
  }
  const sl_sent *s0 = &c->sents.a[art->sent], *sl = &c->sents.a[art->sent + art->nsent - 1];
  x->t0 = s0->tok, x->t1 = sl->tok + sl->ntok;
  x->sent = sb->sent + sb->toff[i], x->cls = sb->cls + sb->toff[i], x->inq = sb->inq + sb->toff[i];
  x->tmx = sb->tmx + sb->toff[i];
  x->sfirst = sb->sfirst + sb->soff[i], x->para = sb->para + sb->soff[i];
  x->headline = sb->headline + sb->soff[i];
  if (!fill) {
    x->nsent = sb->nsent[i];
    return;
  }
  /* the per-token caches start empty, zeroed here rather than story-wide
   * (the article's part is then in cache for the passes that follow) */
  size_t nt = x->t1 - x->t0;
  memset(x->cls, 0, nt * sizeof *x->cls);
  memset(x->inq, 0, nt), memset(x->tmx, 0, nt);
  const sl_token *tk = x->tk;
  uint32_t *sent = x->sent, t0 = x->t0, ns = 0;
  for (uint32_t k = 0; k < art->nsent; k++) {
    const sl_sent *s = &c->sents.a[art->sent + k];
    /* a line cut mid-sentence (thirty-sixth pass, tokenized text: "Rep.
     * Lydia Marsh -LRB- D-Fla . -RRB-⏎called the delay …") continues the
     * sentence and the paragraph of the line before */
    if (!(ns && s->para == x->para[ns - 1] + 1 && line_continues(x, s->tok, s->tok + s->ntok))) {
      x->sfirst[ns] = s->tok;
      x->para[ns++] = s->para;
    }
    uint32_t si = ns - 1, f0 = x->sfirst[si];
    uint32_t words = 0, caps = 0, t1 = s->tok + s->ntok;
    /* (a size_t index from the sentence's first slot and its bound in a
     * local: the compiler vectorises this fill, not one indexed by a
     * 32-bit t - t0 nor one that reads s->ntok after each store) */
    uint32_t *sp = sent + (s->tok - t0);
    for (size_t j = 0, m = t1 - s->tok; j < m; j++) sp[j] = si;
    /* "Glenn Beck Rips Progressivism at CPAC": a title-cased line; a
     * sentence ending with a period is body text, however many names it
     * has ("Rep. Adam Schiff, the top Democrat on the House Intelligence
     * Committee, went further.") — its words are not counted */
    uint32_t last = s->tok + s->ntok;
    while (last > f0 && x->tk[last - 1].kind == SL_TOK_QUOTE) last--;
    bool period = last > f0 && x->tk[last - 1].kind == SL_TOK_PUNCT &&
                  x->tk[last - 1].span.len == 1 && x->text[x->tk[last - 1].span.off] == '.';
    for (uint32_t t = f0; t < t1 && !period; t++) {
      bool w = tk[t].kind == SL_TOK_WORD && tk[t].span.len >= 4;
      words += w;
      caps += w && (tk[t].flags & (SL_TF_CAP | SL_TF_UPPER));
    }
    /* ("Special Bulletin": two such words alone in their paragraph, a
     * section's heading; thirty-fourth pass) */
    bool head = caps * 10 >= words * 7 && !period;
    if (head && words == 2)
      head = (si == 0 || x->para[si - 1] != s->para) &&
             (k + 1 == art->nsent || c->sents.a[art->sent + k + 1].para != s->para);
    x->headline[si] = head && words >= 2;
  }
  x->nsent = sb->nsent[i] = ns;
}

sl_status sl_quotes_extract(const sl_corpus *c, const uint32_t *arts, size_t n, sl_quotes *q) {
  ctx x = {0};
  x.c = c, x.q = q, x.tk = c->toks.a;
  x.sarts = arts, x.nsarts = n;
  sl_strmap_init(&x.names);
  sl_strmap_init(&x.shorts);
  sl_strmap_init(&x.tnames);
  sl_strmap_init(&x.gnames);
  sl_buf_init(&x.tmp);
  sl_buf_init(&x.oname);
  sl_status st = SL_OK;
  call_once(&wtab_once, build_words);
  size_t *mstart = malloc((n + 1) * sizeof *mstart);
  story_bufs sb = {0};
  sb.toff = malloc((n + 1) * sizeof *sb.toff);
  sb.soff = malloc((n + 1) * sizeof *sb.soff);
  x.astart = calloc(n + 1, sizeof *x.astart);
  if (!mstart || !sb.toff || !sb.soff || !x.astart) st = SL_ENOMEM;
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
    sb.cls = malloc((nt ? nt : 1) * sizeof *sb.cls); /* zeroed per article (article_setup) */
    sb.inq = malloc(nt ? nt : 1);
    sb.tmx = malloc(nt ? nt : 1);
    sb.qnext = malloc((nt ? nt : 1) * sizeof *sb.qnext);
    sb.capstart = malloc((nt ? nt : 1) * sizeof *sb.capstart);
    sb.caps = malloc((nt ? nt : 1) * sizeof *sb.caps);
    sb.ncaps = calloc(n ? n : 1, sizeof *sb.ncaps);
    sb.sfirst = malloc((ns ? ns : 1) * sizeof *sb.sfirst);
    sb.para = malloc((ns ? ns : 1) * sizeof *sb.para);
    sb.headline = calloc(ns ? ns : 1, 1);
    sb.nsent = calloc(n ? n : 1, sizeof *sb.nsent);
    if (!sb.sent || !sb.cls || !sb.inq || !sb.tmx || !sb.sfirst || !sb.para || !sb.headline ||
        !sb.qnext || !sb.capstart || !sb.caps || !sb.ncaps || !sb.nsent)
      st = SL_ENOMEM;
  }
  /* pass 1: quotations and names */
  for (size_t i = 0; st == SL_OK && i < n; i++) {
    mstart[i] = q->mentions.n;
    x.ai = i, x.astart[i] = x.anames.n;
    article_setup(&x, &sb, i, arts[i], true);
    if (!pair_article(&x)) st = SL_ENOMEM;
    if (st == SL_OK && x.t1 > x.t0) collect_names(&x);
    sb.ncaps[i] = x.ncaps;
    if (x.oom) st = SL_ENOMEM;
  }
  if (st == SL_OK) {
    mstart[n] = q->mentions.n;
    x.astart[n] = x.anames.n;
    index_shorts(&x);
    if (x.oom) st = SL_ENOMEM;
  }
  /* genders that pronouns give to the story's people */
  for (size_t i = 0; st == SL_OK && i < n; i++) {
    x.ai = i;
    article_setup(&x, &sb, i, arts[i], false);
    if (x.t1 > x.t0) pronoun_genders(&x);
    if (x.oom) st = SL_ENOMEM;
  }
  /* pass 2: attribution (quotation marks around every mention marked) */
  x.times = true;
  for (size_t i = 0; st == SL_OK && i < n; i++) {
    if (mstart[i] == mstart[i + 1]) continue;
    x.ai = i;
    article_setup(&x, &sb, i, arts[i], false);
    /* scare quotes out (their marks no longer hide the words between) */
    size_t w = mstart[i];
    sqmarks dm = {0};
    for (size_t k = mstart[i]; k < mstart[i + 1]; k++) {
      sl_qmention m = q->mentions.a[k];
      uint32_t open = m.tok0 > x.t0 ? m.tok0 - 1 : m.tok0;
      if (is_quote(&x, open) && quote_double(&x, open) && m.tok1 < x.t1 &&
          is_quote(&x, m.tok1) && scare_quote(&x, &dm, open, m.tok1)) {
        for (uint32_t t = open; t <= m.tok1; t++) x.inq[t - x.t0] = 0;
        continue;
      }
      q->mentions.a[w++] = m;
    }
    if (w < mstart[i + 1]) {
      size_t gone = mstart[i + 1] - w;
      memmove(q->mentions.a + w, q->mentions.a + mstart[i + 1],
              (q->mentions.n - mstart[i + 1]) * sizeof *q->mentions.a);
      q->mentions.n -= gone;
      for (size_t j = i + 1; j <= n; j++) mstart[j] -= gone;
    }
    for (size_t k = mstart[i]; k < mstart[i + 1]; k++) {
      const sl_qmention *m = &q->mentions.a[k];
      uint32_t a = m->tok0, b = m->tok1;
      if (a > x.t0 && is_quote(&x, a - 1)) a--;
      if (b < x.t1 && is_quote(&x, b)) b++;
      if (b > a) memset(x.inq + (a - x.t0), 1, b - a);
    }
    for (size_t k = mstart[i]; k < mstart[i + 1]; k++) hide_caption(&x, &q->mentions.a[k]);
    /* qn: for a token inside a quotation, the token after its quotation
     * (a run at a time); a token outside is its own answer and is not
     * stored (past_quotes reads inq first) */
    uint32_t *qn = sb.qnext + sb.toff[i], nk = x.t1 - x.t0;
    for (uint32_t k = 0; k < nk;) {
      const uint8_t *p = memchr(x.inq + k, 1, nk - k);
      if (!p) break;
      uint32_t e = (uint32_t)(p - x.inq);
      k = e;
      const uint8_t *z = memchr(x.inq + e, 0, nk - e); /* the run's end: inq is 0 or 1 */
      e = z ? (uint32_t)(z - x.inq) : nk;
      for (; k < e; k++) qn[k] = x.t0 + e;
    }
    x.qnext = qn;
    x.capstart = sb.capstart + sb.toff[i];
    x.cache = true, x.cgen++; /* the marks are final: attribution caches on */
    attribute_article(&x, mstart[i], mstart[i + 1]);
    x.cache = false;
    if (x.oom) st = SL_ENOMEM;
  }
  free(mstart);
  free(sb.sent), free(sb.sfirst), free(sb.para), free(sb.inq), free(sb.tmx), free(sb.cls), free(sb.headline);
  free(sb.nsent);
  free(sb.qnext), free(sb.capstart), free(sb.caps), free(sb.ncaps);
  free(sb.toff), free(sb.soff);
  sl_strmap_free(&x.names);
  sl_strmap_free(&x.shorts);
  sl_strmap_free(&x.tnames);
  sl_strmap_free(&x.gnames);
  sl_vec_free(&x.gval);
  sl_vec_free(&x.anames);
  sl_vec_free(&x.titles);
  free(x.astart);
  free(x.rnc), free(x.sc);
  free(x.ssal), sl_vec_free(&x.salpool); /* (salient_person's sentence cache) */
  free(x.r1c);                            /* (resolve_name_now's one-word names) */
  sl_vec_free(&x.orgs);
  sl_buf_free(&x.oname);
  sl_vec_free(&x.ncount);
  sl_vec_free(&x.nfw);
  sl_vec_free(&x.sval);
  sl_buf_free(&x.tmp);
  return st;
}
