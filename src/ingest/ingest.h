/*
 * ingest.h — internal interface of the input readers (src/ingest/).
 *
 * Data flow: a path (ingest.c) or a caller buffer is pushed through an
 * sl_reader (reader.c), which sniffs the first bytes (detect.c), skips
 * binary and empty input, then hands whole files (seed, text) or single
 * lines (JSON Lines, Multi-News) to one reader per format (read_*.c).
 * Every article leaves through sl_ingest_emit (emit.c), which repairs
 * UTF-8, makes the id unique and calls sl_corpus_add.
 *
 * Invariants:
 *  - the library never prints: every problem becomes a corpus diagnostic
 *    naming the file and, for line formats, the 1-based line of the input;
 *  - line formats hold at most one line of input in memory at a time;
 *  - work is linear in the input size (no rescans of buffered bytes).
 */
#ifndef SL_INGEST_H
#define SL_INGEST_H

#include "../corpus/corpus.h"

/** Bytes looked at to decide the format and whether input is binary. */
#define SL_SNIFF_BYTES 8192
/** Largest article or input line accepted (the corpus's own limit). */
#define SL_MAX_INPUT_BYTES ((size_t)(UINT32_MAX / 4))
/** At most this many malformed-line diagnostics per input, then a summary. */
#define SL_MAX_LINE_DIAGS 50

/* State shared by every file of one top-level call (a directory walk or
 * one buffer): the ids already used, so that ids stay unique. */
typedef struct sl_ingest_ctx {
  sl_corpus *c;    /* target corpus (borrowed) */
  sl_strmap ids;   /* article ids in the corpus, filled lazily */
  bool ids_ready;  /* ids holds every id of c */
} sl_ingest_ctx;

void sl_ingest_ctx_init(sl_ingest_ctx *x, sl_corpus *c);
void sl_ingest_ctx_free(sl_ingest_ctx *x);

/* Reader phases. */
enum { SL_RD_SNIFF, SL_RD_LINES, SL_RD_WHOLE, SL_RD_DONE };

struct sl_reader {
  sl_corpus *c;          /* target corpus (borrowed) */
  sl_ingest_ctx *ctx;    /* id registry: own_ctx ? owned : borrowed */
  sl_ingest_ctx own;     /* used when the reader stands alone */
  char *name;            /* file name for messages (owned) */
  char *idbase;          /* base of generated ids, e.g. "dir/a.jsonl" (owned) */
  char *source;          /* source derived from the file name, NULL if none (owned) */
  bool markdown;         /* name ends in .md / .markdown: "# Title" line */
  bool json_doc;         /* JSON format, but one (pretty-printed) document */
  int phase;             /* SL_RD_* */
  sl_input_format fmt;   /* resolved format once sniffed */
  sl_buf buf;            /* pending bytes: sniff window, partial line or whole file */
  size_t lead;           /* sniff: bytes of leading whitespace already scanned in buf */
  long line;             /* 1-based input line of buf[0] */
  bool bom_checked;      /* the UTF-8 BOM test on the first bytes was made */
  bool skipping;         /* lines: dropping the rest of an over-long line */
  size_t max_bytes;      /* SL_MAX_INPUT_BYTES (tests lower it) */
  uint64_t nfed;         /* bytes fed so far */
  sl_status st;          /* sticky failure (SL_ENOMEM); SL_OK otherwise */
  size_t added;          /* articles this reader added */
  const char *why;       /* static reason when nothing was added ("empty file") */
  size_t undated;        /* articles added without a date */
  long undated_line;     /* line of the first of them (0: whole file) */
  size_t bad_lines;      /* malformed lines seen */
  sl_buf scratch;        /* emit's UTF-8 repair output */
  sl_buf work;           /* format readers' scratch (line repair, Multi-News text) */
};

/* ---- detect.c ---------------------------------------------------------- */

/** True when the window looks binary: a NUL byte, or more than 30% of the
 *  bytes are control characters or invalid UTF-8. */
bool sl_ingest_is_binary(const char *p, size_t n);
/** Format of input whose first non-blank bytes are p[0..n). */
sl_input_format sl_ingest_detect(const char *p, size_t n);
/** True when a JSON input starting at p is one multi-line document rather
 *  than JSON Lines: "[" then "{" or "]", or a first line that is just "{". */
bool sl_ingest_json_document(const char *p, size_t n);
/** Length of a seed header "date YYYY-MM-DD" at p (no leading blanks), 0 if none. */
size_t sl_ingest_seed_header(const char *p, size_t n);
/** Source name derived from a file name (see docs/ingest.md); NULL when
 *  the name gives none.  Caller frees with free(). */
char *sl_ingest_source_from_name(const char *name);

/* ---- emit.c ------------------------------------------------------------ */

/** Adds one article read from r.  `text_line` is the input line where
 *  a->text starts (for the UTF-8 warning).  Fills in the id (a->id, else
 *  r->idbase plus `suffix`), the source fallback and repairs the text.
 *  Returns SL_OK, SL_EEMPTY (diagnostic recorded) or SL_ENOMEM. */
sl_status sl_ingest_emit(sl_reader *r, sl_article_in *a, long text_line, const char *suffix);
/** Records a diagnostic about r's input. */
void sl_ingest_diag(sl_reader *r, sl_severity sev, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/** Records a malformed-line diagnostic, at most SL_MAX_LINE_DIAGS per input. */
void sl_ingest_bad_line(sl_reader *r, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* ---- reader.c ---------------------------------------------------------- */

/** New reader on c sharing ctx (NULL: own registry).  name is used in
 *  messages, idbase for ids, source_name (may be NULL) for the source. */
sl_reader *sl_ingest_reader_new(sl_corpus *c, sl_ingest_ctx *ctx, const char *name,
                                const char *idbase, const char *source_name);
/** Stops reading after an I/O error: what was complete is kept. */
void sl_ingest_reader_abort(sl_reader *r, const char *why);

/* ---- one reader per format (read_*.c) ----------------------------------- */

/** Whole-file formats: t[0..n) is the input (BOM removed), first line `line`. */
sl_status sl_read_seed(sl_reader *r, const char *t, size_t n, long line);
sl_status sl_read_text(sl_reader *r, const char *t, size_t n, long line);
sl_status sl_read_json_doc(sl_reader *r, const char *t, size_t n, long line);
/** Line formats: one line without its terminator. */
sl_status sl_read_jsonl_line(sl_reader *r, const char *p, size_t n, long line);
sl_status sl_read_multinews_line(sl_reader *r, const char *p, size_t n, long line);

#endif /* SL_INGEST_H */
