/*
 * storyloom.h — the whole public API of libstoryloom.
 *
 * Anything not declared here is internal and may change.  Handles are
 * opaque; every function that returns memory says who owns it.  Functions
 * that can fail return an sl_status and, when the caller passes an
 * sl_error, fill it with the file, line and a message.  The library never
 * prints and never exits.
 */
#ifndef STORYLOOM_H
#define STORYLOOM_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "sl_export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** ## Version */

#define SL_VERSION_MAJOR 0
#define SL_VERSION_MINOR 1
#define SL_VERSION_PATCH 0
#define SL_VERSION ((SL_VERSION_MAJOR << 16) | (SL_VERSION_MINOR << 8) | SL_VERSION_PATCH)
#define SL_VERSION_STRING "0.1.0"

/** Returns SL_VERSION of the library actually linked. */
SL_EXPORT int sl_version(void);
/** Returns the version as a static string. */
SL_EXPORT const char *sl_version_string(void);

/** ## Status and errors */

typedef enum sl_status {
  SL_OK = 0,
  SL_ENOMEM = -1,   /* an allocation failed */
  SL_EIO = -2,      /* a file could not be opened or read */
  SL_EINVAL = -3,   /* bad argument or option */
  SL_EFORMAT = -4,  /* input not in the expected format */
  SL_EEMPTY = -5,   /* nothing usable in the input */
  SL_ENOTFOUND = -6 /* a named thing (file, id) does not exist */
} sl_status;

/** Error detail filled by functions that take an sl_error *. */
typedef struct sl_error {
  sl_status status; /* same as the returned status */
  char file[512];   /* input file concerned, "" if none */
  long line;        /* 1-based line in that file, 0 if none */
  char msg[512];    /* human-readable message, no trailing newline */
} sl_error;

/** Returns a static string describing a status. */
SL_EXPORT const char *sl_strerror(sl_status st);
/** Frees memory the library handed to the caller (rendered text etc.). NULL is a no-op. */
SL_EXPORT void sl_free(void *p);

/** Dates are whole days since 1970-01-01 (UTC, proleptic Gregorian). */
#define SL_NO_DATE INT32_MIN
/** Parses "YYYY-MM-DD" (a longer ISO timestamp is accepted, its time ignored).
 *  Returns SL_NO_DATE when s is NULL or not a valid date. */
SL_EXPORT int32_t sl_date_parse(const char *s, size_t n);
/** Writes "YYYY-MM-DD" (11 bytes with the NUL) into out; "unknown" for SL_NO_DATE. */
SL_EXPORT void sl_date_format(int32_t day, char out[16]);

/** ## Diagnostics
 *
 * Problems with the input that do not stop the run (a skipped file, a
 * repaired byte sequence, a malformed JSON line) are collected as
 * diagnostics on the corpus, in the order they happened. */

typedef enum sl_severity { SL_DIAG_WARNING = 1, SL_DIAG_SKIPPED = 2 } sl_severity;

typedef struct sl_diag {
  sl_severity severity; /* warning: input used; skipped: input dropped */
  const char *file;     /* owned by the corpus */
  long line;            /* 1-based, 0 when the whole file is meant */
  const char *msg;      /* owned by the corpus */
} sl_diag;

/** ## Corpus and ingest
 *
 * A corpus holds articles, their text analysis (paragraphs, sentences,
 * tokens, terms) and corpus statistics.  Text is stored once; everything
 * else is spans into it. */

typedef struct sl_corpus sl_corpus;

typedef enum sl_input_format {
  SL_FMT_AUTO = 0,  /* decide from the content */
  SL_FMT_SEED,      /* " date YYYY-MM-DD <text>" on the first line */
  SL_FMT_TEXT,      /* plain .txt/.md: whole file is one article */
  SL_FMT_JSONL,     /* one JSON object per line: id,date,title,source,url,text */
  SL_FMT_MULTINEWS  /* one cluster per line, documents separated by "|||||" */
} sl_input_format;

typedef struct sl_ingest_opts {
  sl_input_format format; /* SL_FMT_AUTO unless forced */
  int32_t default_date;   /* date for articles without one, or SL_NO_DATE */
  int require_dates;      /* nonzero: articles without a date are skipped */
  const char *lang;       /* stemmer language, NULL = "english" */
} sl_ingest_opts;

/** Fills *o with the defaults. */
SL_EXPORT void sl_ingest_opts_init(sl_ingest_opts *o);

/** Article given directly by the caller. All strings are copied. */
typedef struct sl_article_in {
  const char *id;     /* NULL: the corpus numbers it */
  const char *source; /* outlet name; NULL: derived from url, else "unknown" */
  const char *url;    /* may be NULL */
  const char *title;  /* may be NULL */
  int32_t date;       /* SL_NO_DATE if unknown */
  const char *text;   /* UTF-8 (repaired if invalid) */
  size_t len;         /* bytes in text */
  const char *origin; /* file it came from, for messages; may be NULL */
  long origin_line;   /* line in that file, 0 if none */
} sl_article_in;

/** New empty corpus. opts may be NULL for defaults. Free with sl_corpus_free(). */
SL_EXPORT sl_corpus *sl_corpus_new(const sl_ingest_opts *opts);
/** Frees the corpus and everything it owns. NULL is a no-op. */
SL_EXPORT void sl_corpus_free(sl_corpus *c);

/** Adds one article. Returns SL_OK, or SL_EEMPTY when the text has no content
 *  (a diagnostic is recorded and nothing is added), or SL_ENOMEM. */
SL_EXPORT sl_status sl_corpus_add(sl_corpus *c, const sl_article_in *a, sl_error *err);

/** Reads a file, a directory (recursively, in byte order of names) or "-"
 *  (stdin). Unusable parts are skipped with a diagnostic. Returns SL_OK
 *  when at least one article was read, SL_EEMPTY when none was, SL_EIO
 *  when the path cannot be opened at all. */
SL_EXPORT sl_status sl_corpus_add_path(sl_corpus *c, const char *path, sl_error *err);

/** Reads one in-memory input, named `name` in messages. Same results as
 *  sl_corpus_add_path for a file. */
SL_EXPORT sl_status sl_corpus_add_buffer(sl_corpus *c, const char *name, const char *buf,
                                         size_t len, sl_error *err);

/** Streaming reader: feed bytes in any chunks, then finish. */
typedef struct sl_reader sl_reader;
/** New reader that adds to c; name is used in messages. Free with sl_reader_free(). */
SL_EXPORT sl_reader *sl_reader_new(sl_corpus *c, const char *name);
/** Appends bytes. */
SL_EXPORT sl_status sl_reader_feed(sl_reader *r, const char *buf, size_t len);
/** Parses what was fed and adds the articles. Same results as sl_corpus_add_buffer. */
SL_EXPORT sl_status sl_reader_finish(sl_reader *r, sl_error *err);
/** Frees the reader (not the corpus). NULL is a no-op. */
SL_EXPORT void sl_reader_free(sl_reader *r);

SL_EXPORT size_t sl_corpus_diag_count(const sl_corpus *c);
/** Returns diagnostic i (borrowed; valid while the corpus lives). */
SL_EXPORT const sl_diag *sl_corpus_diag(const sl_corpus *c, size_t i);

/** Number of articles. Article ids are 0 .. count-1 in order of addition. */
SL_EXPORT size_t sl_corpus_count(const sl_corpus *c);
/** Article accessors; strings are borrowed from the corpus. */
SL_EXPORT const char *sl_article_id(const sl_corpus *c, uint32_t a);
SL_EXPORT const char *sl_article_source(const sl_corpus *c, uint32_t a);
SL_EXPORT const char *sl_article_title(const sl_corpus *c, uint32_t a); /* may be NULL */
SL_EXPORT const char *sl_article_url(const sl_corpus *c, uint32_t a);   /* may be NULL */
SL_EXPORT int32_t sl_article_date(const sl_corpus *c, uint32_t a);
/** The article's stored text (UTF-8, repaired); *len receives its length. */
SL_EXPORT const char *sl_article_text(const sl_corpus *c, uint32_t a, size_t *len);
/** Number of content sentences (boilerplate excluded) in article a. */
SL_EXPORT size_t sl_article_sentence_count(const sl_corpus *c, uint32_t a);
/** Byte span of the article's i-th content sentence. */
SL_EXPORT void sl_article_sentence(const sl_corpus *c, uint32_t a, size_t i, uint32_t *off,
                                   uint32_t *len);

/** ## Story digest
 *
 * A digest is everything storyloom says about one story: the summary, the
 * timeline, the quotations and the coverage of each outlet. */

typedef struct sl_digest sl_digest;

enum {
  SL_PART_SUMMARY = 1 << 0,
  SL_PART_TIMELINE = 1 << 1,
  SL_PART_QUOTES = 1 << 2,
  SL_PART_COVERAGE = 1 << 3,
  SL_PART_ALL = 0xF
};

typedef struct sl_digest_opts {
  int parts;            /* SL_PART_* bits to compute */
  unsigned words;       /* summary budget in words (default 100); 0 = unused */
  unsigned bytes;       /* summary budget in bytes; 0 = unused */
  unsigned sentences;   /* summary budget in sentences; 0 = unused */
  unsigned tl_dates;    /* timeline: at most this many dates, 0 = all */
  unsigned tl_per_date; /* timeline: sentences per date (default 1) */
  unsigned max_quotes;  /* quotations shown in a digest, 0 = all */
  unsigned threads;     /* threads building the parts at once (default 1; 0 = 1); the
                           result is the same for any number */
} sl_digest_opts;

/** Fills *o with the defaults (all parts, 100 words, one thread). */
SL_EXPORT void sl_digest_opts_init(sl_digest_opts *o);

/** Digests the articles `ids` (n of them; ids NULL = the whole corpus).
 *  Their order does not matter (they are taken in story order: by date,
 *  then id; docs/story-order.md) and an id listed twice counts once.
 *  The corpus must outlive the digest. Free with sl_digest_free(). */
SL_EXPORT sl_digest *sl_digest_new(const sl_corpus *c, const uint32_t *ids, size_t n,
                                   const sl_digest_opts *o, sl_error *err);
SL_EXPORT void sl_digest_free(sl_digest *d);

/** Summary sentences in reading order. */
SL_EXPORT size_t sl_digest_summary_count(const sl_digest *d);
/** Sentence i of the summary: the article it is quoted from and its byte span. */
SL_EXPORT void sl_digest_summary_sentence(const sl_digest *d, size_t i, uint32_t *article,
                                          uint32_t *off, uint32_t *len);
/** Number of articles credited for summary sentence i (the quoting one included). */
SL_EXPORT size_t sl_digest_summary_source_count(const sl_digest *d, size_t i);
/** j-th article credited for summary sentence i, with that article's own span. */
SL_EXPORT void sl_digest_summary_source(const sl_digest *d, size_t i, size_t j,
                                        uint32_t *article, uint32_t *off, uint32_t *len);

/** ## Store
 *
 * An SQLite file keeping articles between runs.  Articles are stored once
 * per (id, text), ids are unique in the store; their analysis is recomputed
 * when loaded. */

typedef struct sl_store sl_store;

/** Opens (creating if needed) the store at path. Close with sl_store_close(). */
SL_EXPORT sl_store *sl_store_open(const char *path, sl_error *err);
SL_EXPORT void sl_store_close(sl_store *s);
/** Stores every article of c not stored yet; *added (may be NULL) receives how many.
 *  An article is stored already when its text is stored under its id or an id of its
 *  family (id, id#2, id#3, ...; a trailing "#N" is not part of the family's base).
 *  Ids stay unique in the store: an id taken by another text is stored as the first
 *  free id#N, with a warning added to c's diagnostics (naming the article's file/line). */
SL_EXPORT sl_status sl_store_put(sl_store *s, sl_corpus *c, size_t *added, sl_error *err);
/** Adds the stored articles (dated `since` or later; SL_NO_DATE = all) to c, in storage order.
 *  Articles read into c afterwards (sl_corpus_add_path, ...) that are stored already (same
 *  text under the same id family) are not added again (counted by sl_corpus_known_count). */
SL_EXPORT sl_status sl_store_load(sl_store *s, sl_corpus *c, int32_t since, sl_error *err);
/** Number of articles read into c that were not added because c already held them
 *  from a store (see sl_store_load). */
SL_EXPORT size_t sl_corpus_known_count(const sl_corpus *c);
/** Number of stored articles. */
SL_EXPORT size_t sl_store_count(sl_store *s);

/** ## Rendering */

typedef enum sl_format { SL_FORMAT_TEXT = 0, SL_FORMAT_MD, SL_FORMAT_JSON, SL_FORMAT_HTML } sl_format;

enum {
  SL_RENDER_COLOR = 1 << 0 /* ANSI colour in text output */
};

/** Renders a digest. Returns a NUL-terminated string the caller frees with
 *  sl_free(), or NULL when out of memory. */
SL_EXPORT char *sl_render_digest(const sl_digest *d, sl_format fmt, int flags);

/** ## Timeline */
/* section owned by src/timeline/: add declarations below this line */

/* Temporal expressions (TIMEX3-style) and the story timeline.  A tagged
 * expression keeps its byte span, its TIMEX3 type and value ("2022-09-04",
 * "2022-09", "2022", "199" for the 1990s, "2022-W35", "P2W",
 * "XXXX-WXX-7", "PRESENT_REF") and its granularity.  Relative expressions
 * ("yesterday", "last month", "on Sunday") are resolved against the
 * publication date.  See docs/timeline.md for the rules. */

typedef enum sl_timex_type {
  SL_TIMEX_DATE = 1,     /* a calendar point or period: 2022-09-04, 2021, 199 */
  SL_TIMEX_DURATION = 2, /* a length of time: "for two weeks" -> P2W */
  SL_TIMEX_SET = 3       /* a recurrence: "every Sunday" -> XXXX-WXX-7 */
} sl_timex_type;

typedef enum sl_timex_gran {
  SL_GRAN_NONE = 0, /* no calendar position (PRESENT_REF, durations, sets) */
  SL_GRAN_DAY,
  SL_GRAN_WEEK,    /* also weekends */
  SL_GRAN_MONTH,
  SL_GRAN_SEASON,  /* seasons and quarters */
  SL_GRAN_YEAR,
  SL_GRAN_DECADE,
  SL_GRAN_CENTURY
} sl_timex_gran;

/** One temporal expression. */
typedef struct sl_timex {
  uint32_t off, len;  /* bytes in the text given to sl_timex_tag */
  uint8_t type;       /* sl_timex_type */
  uint8_t gran;       /* sl_timex_gran */
  uint8_t relative;   /* 1 when resolved against the publication or a previous date */
  uint8_t fiscal;     /* 1 for fiscal years/quarters (not calendar periods) */
  int32_t first;      /* first day of the period (DATE), SL_NO_DATE when unresolved */
  int32_t last;       /* last day of the period (DATE), SL_NO_DATE when unresolved */
  char value[24];     /* TIMEX3 value, NUL-terminated */
} sl_timex;

/** Tags the temporal expressions of text[0..len) (one sentence or more of
 *  English news), resolving relative ones against `pubdate` (SL_NO_DATE:
 *  they get "XXXX"-style values and no days).  Writes at most `cap`
 *  expressions to out (which may be NULL when cap is 0), in text order, and
 *  returns how many there are: call again with a larger buffer when the
 *  result exceeds cap.  Total: any bytes give a result. */
SL_EXPORT size_t sl_timex_tag(const char *text, size_t len, int32_t pubdate, sl_timex *out,
                              size_t cap);
/** "day", "week", "month", "season", "year", "decade", "century" or "none". */
SL_EXPORT const char *sl_timex_gran_name(int gran);

/* The digest timeline (SL_PART_TIMELINE): one entry per date (day, month or
 * year granularity), earliest first, each with its best sentences and every
 * article that told the same event.  All counts are 0 when the digest was
 * made without the timeline part.  Spans are byte ranges into the corpus's
 * article texts. */

/** Number of timeline entries. */
SL_EXPORT size_t sl_timeline_count(const sl_digest *d);
/** Entry i: its first day; *gran (may be NULL) receives its sl_timex_gran. */
SL_EXPORT int32_t sl_timeline_date(const sl_digest *d, size_t i, int *gran);
/** Entry i's date as written in outputs ("2022-09-04", "2022-09", "2022");
 *  a static-lifetime string owned by the digest. */
SL_EXPORT const char *sl_timeline_label(const sl_digest *d, size_t i);
/** Importance of entry i (higher = more important; used by --dates). */
SL_EXPORT double sl_timeline_score(const sl_digest *d, size_t i);
/** Sentences shown for entry i (best first). */
SL_EXPORT size_t sl_timeline_sentence_count(const sl_digest *d, size_t i);
/** Sentence j of entry i: article and byte span.  *tx_off and *tx_len (may be
 *  NULL) receive the span of the expression that dated it, in the same
 *  article; length 0 when it is dated by its publication date. */
SL_EXPORT void sl_timeline_sentence(const sl_digest *d, size_t i, size_t j, uint32_t *article,
                                    uint32_t *off, uint32_t *len, uint32_t *tx_off,
                                    uint32_t *tx_len);
/** Articles that told the event of sentence j of entry i (that sentence's
 *  own article first). */
SL_EXPORT size_t sl_timeline_source_count(const sl_digest *d, size_t i, size_t j);
/** k-th of them: article and its own sentence's span. */
SL_EXPORT void sl_timeline_source(const sl_digest *d, size_t i, size_t j, size_t k,
                                  uint32_t *article, uint32_t *off, uint32_t *len);

/* end of section Timeline */

/** ## Quotations */
/* section owned by src/quotes/: add declarations below this line */

/* Direct quotations of the story (SL_PART_QUOTES).  A *mention* is one
 * quotation as printed in one article: the bytes between its marks (a
 * quotation reopened at each paragraph is one mention), with its speaker,
 * cue verb and venue.  A *quotation* groups the passages (sentences of
 * mentions) that carry the same words in different articles: its main
 * wording is the most common one, every other wording is a *variant*
 * listed with its word-level edits.  Quotations are ranked most important
 * first (most outlets, attributed, longer); the digest renderers show the
 * first opts.max_quotes.  Counts are 0 without SL_PART_QUOTES.  Strings are
 * owned by the digest; spans are byte ranges into article texts. */

/** Number of quotation mentions, in story order (articles by date, then offset). */
SL_EXPORT size_t sl_quote_mention_count(const sl_digest *d);
/** Mention i: its article and the byte span of the quoted words (marks excluded). */
SL_EXPORT void sl_quote_mention(const sl_digest *d, size_t i, uint32_t *article, uint32_t *off,
                                uint32_t *len);
/** Speaker of mention i, resolved to the fullest name used in the story
 *  ("Legend" -> "John Legend", "he" -> the person meant); NULL if unknown. */
SL_EXPORT const char *sl_quote_mention_speaker(const sl_digest *d, size_t i);
/** Cue of mention i in lower case ("said", "told", "according to"); NULL if none. */
SL_EXPORT const char *sl_quote_mention_cue(const sl_digest *d, size_t i);
/** Venue or addressee of mention i as written ("The New Yorker"); NULL if none. */
SL_EXPORT const char *sl_quote_mention_venue(const sl_digest *d, size_t i);

/** Number of quotations (groups across outlets), most important first. */
SL_EXPORT size_t sl_quote_count(const sl_digest *d);
/** Main wording of quotation i: article and byte span. */
SL_EXPORT void sl_quote_text(const sl_digest *d, size_t i, uint32_t *article, uint32_t *off,
                             uint32_t *len);
/** Speaker, cue and venue of quotation i (NULL when unknown). */
SL_EXPORT const char *sl_quote_speaker(const sl_digest *d, size_t i);
SL_EXPORT const char *sl_quote_cue(const sl_digest *d, size_t i);
SL_EXPORT const char *sl_quote_venue(const sl_digest *d, size_t i);
/** Earliest date any outlet carried quotation i (SL_NO_DATE if none dated). */
SL_EXPORT int32_t sl_quote_date(const sl_digest *d, size_t i);
/** Outlets carrying quotation i, earliest first; for outlet j its name and
 *  the date and article of its earliest carrying article. */
SL_EXPORT size_t sl_quote_outlet_count(const sl_digest *d, size_t i);
SL_EXPORT const char *sl_quote_outlet(const sl_digest *d, size_t i, size_t j, int32_t *date,
                                      uint32_t *article);
/** Passages (all wordings, main one included) grouped in quotation i. */
SL_EXPORT size_t sl_quote_passage_count(const sl_digest *d, size_t i);
/** Passage j of quotation i: article and byte span. */
SL_EXPORT void sl_quote_passage(const sl_digest *d, size_t i, size_t j, uint32_t *article,
                                uint32_t *off, uint32_t *len);

/* Kinds of a variant's edits against the main wording. */
typedef enum sl_quote_edit_kind {
  SL_QUOTE_ADDED = 0,    /* words only in the variant */
  SL_QUOTE_DROPPED = 1,  /* words of the main wording missing inside the variant */
  SL_QUOTE_CHANGED = 2,  /* words replaced (spelling, inflection, other words) */
  SL_QUOTE_PUNCT = 3,    /* punctuation only */
  SL_QUOTE_BRACKET = 4,  /* an editor's [bracketed insertion] */
  SL_QUOTE_TRUNCATED = 5, /* words of the main wording cut at the start or the end */
  SL_QUOTE_MOVED = 6      /* the same words at another place: from = where the main wording
                             has them, to = where the variant has them */
} sl_quote_edit_kind;

/** Wordings of quotation i other than the main one. */
SL_EXPORT size_t sl_quote_variant_count(const sl_digest *d, size_t i);
/** Variant j of quotation i: its first article and byte span. */
SL_EXPORT void sl_quote_variant(const sl_digest *d, size_t i, size_t j, uint32_t *article,
                                uint32_t *off, uint32_t *len);
/** Articles carrying variant j (this exact wording), and the k-th of them. */
SL_EXPORT size_t sl_quote_variant_article_count(const sl_digest *d, size_t i, size_t j);
SL_EXPORT uint32_t sl_quote_variant_article(const sl_digest *d, size_t i, size_t j, size_t k);
/** Edits of variant j against the main wording, in text order. */
SL_EXPORT size_t sl_quote_edit_count(const sl_digest *d, size_t i, size_t j);
/** Edit k: its kind; *from = bytes of the main wording (in the main wording's
 *  article), *to = bytes of the variant (in the variant's article); a side
 *  with no words has length 0. */
SL_EXPORT sl_quote_edit_kind sl_quote_edit(const sl_digest *d, size_t i, size_t j, size_t k,
                                           uint32_t *from_off, uint32_t *from_len,
                                           uint32_t *to_off, uint32_t *to_len);
/** Static name of an edit kind: "added", "dropped", "changed", "punctuation",
 *  "bracket", "truncated", "moved". */
SL_EXPORT const char *sl_quote_edit_name(sl_quote_edit_kind k);

/* end of section Quotations */

/** ## Coverage */
/* section owned by src/compare/: add declarations below this line */

/* Coverage of the story by outlet (SL_PART_COVERAGE).  An outlet is a
 * distinct article source; several articles of one outlet count once.
 * Outlets are numbered 0 .. count-1 in order of first appearance in the
 * story (articles by date).  All counts are 0 and strings NULL when the
 * digest was made without SL_PART_COVERAGE.  Strings are borrowed from the
 * corpus. */

/** Number of outlets in the story. */
SL_EXPORT size_t sl_coverage_outlet_count(const sl_digest *d);
/** Source name of outlet o. */
SL_EXPORT const char *sl_coverage_outlet_name(const sl_digest *d, size_t o);
/** Articles of outlet o in the story. */
SL_EXPORT size_t sl_coverage_outlet_articles(const sl_digest *d, size_t o);
/** Content sentences of outlet o (over all its articles). */
SL_EXPORT size_t sl_coverage_outlet_sentences(const sl_digest *d, size_t o);
/** Sentences of outlet o whose content another outlet also carried. */
SL_EXPORT size_t sl_coverage_outlet_shared(const sl_digest *d, size_t o);
/** Sentences of outlet o whose content no other outlet carried
 *  (shared + unique == sentences). */
SL_EXPORT size_t sl_coverage_outlet_unique(const sl_digest *d, size_t o);
/** Number of listed unique sentences of outlet o: its most informative
 *  ones, trivial and boilerplate-looking sentences excluded (at most 5). */
SL_EXPORT size_t sl_coverage_unique_count(const sl_digest *d, size_t o);
/** Listed unique sentence i of outlet o (best first): article and byte span. */
SL_EXPORT void sl_coverage_unique_sentence(const sl_digest *d, size_t o, size_t i,
                                           uint32_t *article, uint32_t *off, uint32_t *len);
/** Jaccard overlap of the content carried by outlets a and b, in [0, 1]. */
SL_EXPORT double sl_coverage_overlap(const sl_digest *d, size_t a, size_t b);
/** Number of consensus items: content carried by a majority (and at least
 *  two) of the outlets, most widely carried first. */
SL_EXPORT size_t sl_coverage_consensus_count(const sl_digest *d);
/** Consensus item i: its representative sentence (article, byte span);
 *  returns the number of outlets that carried it. */
SL_EXPORT size_t sl_coverage_consensus_sentence(const sl_digest *d, size_t i, uint32_t *article,
                                                uint32_t *off, uint32_t *len);

/* end of section Coverage */

/** ## Stories (clustering a stream) */
/* section owned by src/cluster/: add declarations below this line */

/* Streaming story clustering.  Articles are fed in stream order (any
 * batches: feeding the same articles in two calls gives exactly what one
 * call gives); they are processed in date order (out-of-order dates are
 * buffered within `reorder_days`), each joins the open story it is most
 * similar to or starts a new one.  A story idle for longer than the window
 * is closed and its state released, so memory is bounded by the window,
 * not by the length of the stream.  Near-duplicates (wire copies,
 * syndicated rewrites, updated versions) are marked with the article they
 * copy.  Features are computed from the raw text by the clusterer's own
 * light tokenizer (hashed terms, idf learnt online in a fixed-size
 * sketch), independent of the corpus analysis. */

typedef struct sl_stories sl_stories;

typedef struct sl_stories_opts {
  double window_days;       /* a story closes when idle longer than this many days (default 4) */
  unsigned window_articles; /* ... and when this many articles arrived since its last one
                               (default 2000; 0 = days only) */
  double threshold;         /* similarity needed to join a story (default 0.15) */
  double time_weight;       /* time decay: similarity minus time_weight * ln(1 + gap / scale),
                               scale = 2 days + the story's span (default 0.03; 0 = off) */
  double dup_threshold;     /* near-duplicate: estimated Jaccard of word 3-shingles (default 0.5);
                               also a copy: estimated containment of the shorter in the longer
                               >= 0.7 with a Jaccard of at least half this */
  unsigned reorder_days;    /* dates out of order by up to this many days are reordered (default 2) */
  int require_dates;        /* nonzero: articles without a date are rejected */
} sl_stories_opts;

/** Fills *o with the defaults. */
SL_EXPORT void sl_stories_opts_init(sl_stories_opts *o);

/** New clusterer; opts NULL = defaults (copied).  NULL when out of memory or
 *  an option is out of range.  Free with sl_stories_free(). */
SL_EXPORT sl_stories *sl_stories_new(const sl_stories_opts *opts);
/** Frees the clusterer and its results.  NULL is a no-op. */
SL_EXPORT void sl_stories_free(sl_stories *s);

/** One article as fed to the clusterer.  Nothing is kept but the key: the
 *  strings may be freed when sl_stories_add returns. */
typedef struct sl_story_article {
  uint32_t key;      /* caller's number for the article, reported back in results */
  const char *id;    /* external id, for duplicate detection and messages; may be NULL */
  int32_t date;      /* SL_NO_DATE if unknown */
  const char *title; /* may be NULL */
  const char *text;  /* UTF-8 */
  size_t len;        /* bytes in text */
} sl_story_article;

/** Feeds one article.  Returns SL_OK when it was taken (possibly with a
 *  warning), SL_EINVAL when it was rejected (duplicate id, missing date
 *  under require_dates; a diagnostic says why), SL_ENOMEM. */
SL_EXPORT sl_status sl_stories_add(sl_stories *s, const sl_story_article *a, sl_error *err);
/** Feeds articles first..count-1 of corpus c (keys = corpus article numbers)
 *  as a set: in an order of their own, by date (undated last), then id
 *  (without a reader's "#N"), then a hash of title and text, so the order of
 *  the corpus does not matter (for one call; articles of a later call come
 *  after, as sl_stories_add would take them).  Rejected articles only add
 *  diagnostics; returns SL_OK or SL_ENOMEM. */
SL_EXPORT sl_status sl_stories_add_corpus(sl_stories *s, const sl_corpus *c, size_t first,
                                          sl_error *err);
/** Processes the articles still held for reordering and closes every story.
 *  Call once, after the last article; later adds are SL_EINVAL. */
SL_EXPORT sl_status sl_stories_finish(sl_stories *s, sl_error *err);

/** Articles assigned so far, in processing (date) order. */
SL_EXPORT size_t sl_stories_assigned(const sl_stories *s);
/** Assignment i: the article's key, its story (0-based, numbered in order of
 *  creation; after a merge, the surviving story) and the key of the earlier article it nearly duplicates
 *  (UINT32_MAX when none; always the first version, never a copy). */
SL_EXPORT void sl_stories_assignment(const sl_stories *s, size_t i, uint32_t *key, uint32_t *story,
                                     uint32_t *dup_of);
/** Story numbers handed out so far.  Two open stories that turn out to be
 *  one are merged; the number of the one merged away is then never reported
 *  by sl_stories_assignment (the surviving story's is), so the stories with
 *  articles may be fewer. */
SL_EXPORT size_t sl_stories_count(const sl_stories *s);
/** Stories currently open (not yet closed by the window). */
SL_EXPORT size_t sl_stories_open(const sl_stories *s);
/** Most stories open at once so far (a measure of the state held). */
SL_EXPORT size_t sl_stories_peak_open(const sl_stories *s);

/** Problems met (duplicate ids, missing or out-of-order dates, empty
 *  texts), in order.  *key gets the article's key; *sev whether it was used
 *  (warning) or rejected (skipped).  The message is owned by s. */
SL_EXPORT size_t sl_stories_diag_count(const sl_stories *s);
SL_EXPORT const char *sl_stories_diag(const sl_stories *s, size_t i, uint32_t *key,
                                      sl_severity *sev);

/* end of section Stories */

/** ## Evaluation: ROUGE */
/* section owned by src/eval/ (ROUGE): add declarations below this line */
/* A re-implementation of ROUGE-1.5.5 (Lin 2004) that reproduces the
 * official Perl script's numbers: ROUGE-N, -L, -W, -S/-SU, recall,
 * precision and F, model average (-f A) or best model (-f B), Porter
 * stemming with the WordNet exceptions (-m), SMART stopwords (-s),
 * -l/-b truncation, -t counting units and seeded bootstrap confidence
 * intervals.  Usage: sl_rouge_new, add texts (or read a ROUGE XML config, a
 * system + reference folder, or JSON Lines), sl_rouge_compute, then render
 * or read the scores.  Input problems are kept as diagnostics; the other
 * clusters are still scored. */

typedef struct sl_rouge sl_rouge;

/** skip value meaning "no ROUGE-S" (-2 not given). */
#define SL_ROUGE_NO_SKIP INT32_MIN

/** Options, spelled as ROUGE-1.5.5 spells its flags. */
typedef struct sl_rouge_opts {
  int max_n;            /* -n N: ROUGE-1..N; 0 = no ROUGE-N (ROUGE-1.5.5 default) */
  int lcs;              /* ROUGE-L: 1 (default), 0 with -x */
  double wlcs;          /* -w W: ROUGE-W with weight f(k) = k^W; 0 = off */
  char wlcs_label[16];  /* W as typed ("1.2"), used in the "ROUGE-W-1.2" label */
  int skip;             /* -2 N: skip-bigram max gap (< 0 = unlimited); SL_ROUGE_NO_SKIP = off */
  char skip_label[16];  /* -2 N as typed, used in "ROUGE-SU4" ("" = N printed as a number) */
  int skip_unigrams;    /* 0 = ROUGE-S, 1 = -u (ROUGE-SU), 2 = -U (both) */
  int stem;             /* -m: Porter stemmer + WordNet exceptions on words of > 3 bytes */
  int stopwords;        /* -s: remove SMART stopwords */
  long words;           /* -l N: keep the first N words of every summary (0 = all) */
  long bytes;           /* -b N: keep the first N bytes (0 = all) */
  int unit;             /* -t: 0 sentence average, 1 token (corpus) level, 2 raw counts */
  char formula;         /* -f: 'A' counts pooled over the references (default; ROUGE-1.5.5
                           has no jackknifing), 'B' best reference */
  double alpha;         /* -p: F = 1/(alpha/P + (1-alpha)/R); default 0.5 */
  double conf;          /* -c: confidence level in percent; default 95 */
  char conf_label[16];  /* -c as typed ("95"), printed in the report */
  int resamples;        /* -r: bootstrap samples; default 1000 */
  int per_eval;         /* -d: report every cluster's score too */
} sl_rouge_opts;

/** Fills the ROUGE-1.5.5 defaults (no -n, ROUGE-L on, -f A -p 0.5 -c 95 -r 1000). */
SL_EXPORT void sl_rouge_opts_init(sl_rouge_opts *o);

/** Creates an evaluation; opts is copied.  NULL when out of memory or when
 *  an option is out of range (n > 9, alpha outside [0,1], both -l and -b,
 *  conf outside [0,100], unit outside 0..2).  Free with sl_rouge_free(). */
SL_EXPORT sl_rouge *sl_rouge_new(const sl_rouge_opts *opts);
/** Frees everything.  NULL is a no-op. */
SL_EXPORT void sl_rouge_free(sl_rouge *r);

/** Adds one reference summary (one sentence per line) of cluster `cluster`
 *  with model id `ref` ("A", "B", ...).  Text is copied; origin (file name,
 *  may be NULL) names it in diagnostics.  SL_ENOMEM or SL_OK. */
SL_EXPORT sl_status sl_rouge_add_ref(sl_rouge *r, const char *cluster, const char *ref,
                                     const char *text, size_t len, const char *origin);
/** Adds the summary of system `system` for cluster `cluster` (same rules). */
SL_EXPORT sl_status sl_rouge_add_system(sl_rouge *r, const char *cluster, const char *system,
                                        const char *text, size_t len, const char *origin);

/** Reads a ROUGE-1.5.5 XML configuration (SPL, SEE or ISI input; PEER-ROOT, MODEL-ROOT
 *  and file names relative to the configuration's folder).  Files that
 *  cannot be read become diagnostics.  SL_EIO, SL_EFORMAT, SL_ENOMEM, SL_OK. */
SL_EXPORT sl_status sl_rouge_read_config(sl_rouge *r, const char *path, sl_error *err);
/** Reads a "-z SPL" file list: one "peer model1 model2 ..." line per cluster
 *  (clusters numbered 1, 2, ...; models M.1, M.2, ...) for system `system`. */
SL_EXPORT sl_status sl_rouge_read_filelist(sl_rouge *r, const char *path, const char *system,
                                           sl_error *err);
/** Reads a system folder and a reference folder.  References are
 *  REFDIR/<cluster>.<ref>.txt.  Summaries are SYSDIR/<cluster>.txt (one system,
 *  named after the folder) or SYSDIR/<system>/<cluster>.txt (several).
 *  Unmatched ids become diagnostics. */
SL_EXPORT sl_status sl_rouge_read_dirs(sl_rouge *r, const char *sysdir, const char *refdir,
                                       sl_error *err);
/** Reads JSON Lines {"id": cluster, "system": text, "refs": [text, ...]},
 *  optional "system_id" (default "X"); a text may also be an array of
 *  sentences.  Bad lines become diagnostics. */
SL_EXPORT sl_status sl_rouge_read_jsonl(sl_rouge *r, const char *path, sl_error *err);

/** Restricts scoring to one system (ROUGE-1.5.5 without -a).  NULL = all. */
SL_EXPORT sl_status sl_rouge_select_system(sl_rouge *r, const char *system);

/** Scores every system.  SL_EEMPTY when no cluster has both a summary and a
 *  reference.  Deterministic: the bootstrap uses ROUGE's seeds 0..r-1. */
SL_EXPORT sl_status sl_rouge_compute(sl_rouge *r, sl_error *err);

/** Metrics computed, in report order ("ROUGE-1", ..., "ROUGE-L",
 *  "ROUGE-W-1.2", "ROUGE-SU4").  Names are owned by r. */
SL_EXPORT size_t sl_rouge_metric_count(const sl_rouge *r);
SL_EXPORT const char *sl_rouge_metric_name(const sl_rouge *r, size_t i);
/** Systems scored, in report (byte) order.  Names are owned by r. */
SL_EXPORT size_t sl_rouge_system_count(const sl_rouge *r);
SL_EXPORT const char *sl_rouge_system_name(const sl_rouge *r, size_t i);

/** One averaged score with its bootstrap confidence interval. */
typedef struct sl_rouge_score {
  double r, p, f;          /* averages as ROUGE prints them (5 decimals) */
  double r_lo, r_hi;       /* confidence interval of r */
  double p_lo, p_hi;
  double f_lo, f_hi;
  double m_count, p_count, h_count; /* -t 2 raw totals (model, peer, hit) */
  size_t clusters;         /* clusters averaged */
} sl_rouge_score;

/** Copies the score of system `sys` for metric `metric`.  SL_EINVAL when an
 *  index is out of range or sl_rouge_compute has not run. */
SL_EXPORT sl_status sl_rouge_get(const sl_rouge *r, size_t sys, size_t metric,
                                 sl_rouge_score *out);

/** Number of clusters scored for system `sys` and metric `metric` (0 when an
 *  index is out of range or sl_rouge_compute has not run). */
SL_EXPORT size_t sl_rouge_cluster_count(const sl_rouge *r, size_t sys, size_t metric);
/** Score of the i-th of those clusters, in ROUGE's -d order: *cluster gets
 *  its id (owned by r); v[0..2] get R, P, F rounded as ROUGE prints them (with
 *  -t 1/2: model, summary and hit counts).  SL_EINVAL when out of range. */
SL_EXPORT sl_status sl_rouge_get_cluster(const sl_rouge *r, size_t sys, size_t metric, size_t i,
                                         const char **cluster, double v[3]);

/** The report in ROUGE-1.5.5's text layout.  Caller frees with sl_free(). */
SL_EXPORT char *sl_rouge_render_text(const sl_rouge *r);
/** The same as one JSON object.  Caller frees with sl_free(). */
SL_EXPORT char *sl_rouge_render_json(const sl_rouge *r);

/** Input problems, in the order met.  Owned by r. */
SL_EXPORT size_t sl_rouge_diag_count(const sl_rouge *r);
SL_EXPORT const sl_diag *sl_rouge_diag(const sl_rouge *r, size_t i);

/* end of section Evaluation: ROUGE */

/** ## Evaluation: clustering and timelines */
/* section owned by src/eval/ (cluster and timeline metrics): add declarations below this line */

/* Clustering metrics (src/eval/cluster_metrics.c): a predicted and a gold
 * partition given as TSV lines `article_id<TAB>cluster`.  Scores are taken
 * over the articles present in both; articles in only one are counted and
 * reported.  Pairwise P/R/F1 as in Miranda et al. (2018): over pairs of
 * articles, a pair is positive when both are in one cluster.  B-cubed
 * (Bagga & Baldwin 1998; Amigo et al. 2009): per-article precision and
 * recall averaged over articles.  NMI: 2 I(P;G) / (H(P) + H(G)) (arithmetic mean, as scikit-learn; 1 when both
 * entropies are 0).  ARI: Hubert & Arabie (1985). */
typedef struct sl_cluster_scores {
  double pair_p, pair_r, pair_f;    /* pairwise precision, recall, F1 */
  double bcubed_p, bcubed_r, bcubed_f;
  double nmi, ari;
  size_t articles;                  /* articles in both partitions (scored) */
  size_t only_pred, only_gold;      /* articles in one partition only (ignored) */
  size_t pred_clusters, gold_clusters;
} sl_cluster_scores;

/** Scores n articles with predicted labels pred[i] and gold labels gold[i]
 *  (any integers).  SL_EEMPTY when n == 0, SL_ENOMEM. */
SL_EXPORT sl_status sl_cluster_score(const uint32_t *pred, const uint32_t *gold, size_t n,
                                     sl_cluster_scores *out);
/** Reads two TSV files (`id<TAB>label` per line; blank lines and lines
 *  starting with '#' ignored) and scores them.  A malformed line or an id
 *  given twice in one file is SL_EFORMAT with the file and line in err. */
SL_EXPORT sl_status sl_cluster_score_files(const char *pred_tsv, const char *gold_tsv,
                                           sl_cluster_scores *out, sl_error *err);

/* Timeline metrics (src/eval/timeline_metrics.c): date F1 and the
 * alignment-based ROUGE of Martschat & Markert (2017), "align+ m:1", as
 * tilse computes it for news-tls: ROUGE-1.5.5 counts with -n 2 -m -s, dates
 * aligned many-to-one by date distance and content, hits weighted by
 * 1 / (1 + days apart). */

/** One dated entry of a timeline to score: all its sentences, one per line. */
typedef struct sl_tl_day {
  int32_t day;      /* day number */
  const char *text; /* sentences separated by '\n' (borrowed) */
  size_t len;       /* bytes in text */
} sl_tl_day;

/** Precision, recall and F1 of one measure. */
typedef struct sl_tl_prf {
  double p, r, f;
} sl_tl_prf;

typedef struct sl_tl_scores {
  sl_tl_prf date;   /* date selection */
  sl_tl_prf rouge1; /* alignment-based ROUGE-1 */
  sl_tl_prf rouge2; /* alignment-based ROUGE-2 */
} sl_tl_scores;

/** Scores a system timeline against one reference timeline (entries in any
 *  order; a day given twice is merged).  SL_OK, SL_EINVAL, SL_ENOMEM. */
SL_EXPORT sl_status sl_tl_score(const sl_tl_day *sys, size_t nsys, const sl_tl_day *ref,
                                size_t nref, sl_tl_scores *out);
/** Averages n results as news-tls does: precisions and recalls are
 *  averaged, F recomputed from the averages. */
SL_EXPORT void sl_tl_average(const sl_tl_scores *in, size_t n, sl_tl_scores *out);
/** Scores timeline JSON files: `sys` is a storyloom timeline or digest JSON
 *  (or [{date, sentences}]); `ref` the same shape, or a Timeline17 topic
 *  file ({"timelines": [[...], ...]}) whose timelines are each scored and
 *  averaged.  *nref (may be NULL) receives the number of references. */
SL_EXPORT sl_status sl_tl_score_files(const char *sys, const char *ref, sl_tl_scores *out,
                                      size_t *nref, sl_error *err);

/* end of section Evaluation: clustering and timelines */

#ifdef __cplusplus
}
#endif
#endif /* STORYLOOM_H */
