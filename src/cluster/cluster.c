/*
 * cluster.c — streaming story clustering (sl_stories).
 *
 * Method (one pass, incremental):
 *  1. sl_stories_add extracts an article's features at once (features.c)
 *     and holds the compact record in a reorder heap keyed by (date,
 *     arrival); records leave the heap in date order once the newest date
 *     seen is `reorder_days` past theirs.  Text is never kept.
 *  2. Processing an article: document frequencies are counted in a
 *     count-min sketch (conservative update, fixed size), so idf is learnt
 *     online from the stream itself with bounded memory.  Term weights are
 *     (1 + ln tf) * ln((max(N, IDF_MIN_DOCS) + 1) / df); the TOP_K heaviest
 *     terms form the article's unit vector.
 *  3. Candidate stories come from an inverted index over the centroid terms
 *     of OPEN stories only.  The article joins the story with the highest
 *     cosine to its centroid (sum of member vectors) when that reaches
 *     `threshold`, otherwise it starts a new story (ties: lower story number).
 *  4. Near-duplicates: the article's MinHash signature is compared with the
 *     last SIG_KEEP members of the story it joined; at an estimated Jaccard
 *     of `dup_threshold` or more, or an estimated containment of CONT_MIN
 *     or more with a Jaccard of CONT_FLOOR * dup_threshold or more (a
 *     truncated or extended copy), it is marked as a copy of that member's
 *     first version.
 *  5. Stories are kept in least-recently-updated order; a story idle for
 *     more than window_days days AND more than window_articles articles is
 *     closed: its centroid, signatures and postings are released.  Before
 *     closing, a story of one or two articles looks for an open story to
 *     join (centroid cosine >= CLOSE_MERGE_TH); growing stories look for
 *     one to merge with as they grow (MERGE_TH).  Stale
 *     postings are dropped while lists are walked and by a periodic sweep,
 *     so the index stays proportional to the open stories.
 *
 * Invariant: results depend only on the sequence of sl_stories_add calls;
 * no step iterates a hash table in hash order (the index is only probed,
 * never walked, except by the sweep, which only drops entries), and no tie
 * is broken by the caller's keys.  sl_stories_add_corpus takes its batch as
 * a set: it sorts it (date, id, content hash) before feeding it, so one
 * batch gives the same result in any order.
 */
#define _DEFAULT_SOURCE 1 /* madvise */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "../corpus/corpus.h"
#include "cluster.h"

#define TOP_K 40               /* terms per article vector */
#define TIME_TAU 2.0           /* days: time scale of a story with one date */
#define TIME_SPREAD 1.0        /* ... plus this times the story's span in days */
#define MERGE_TH 0.5           /* centroid cosine at which two open stories merge */
#define MERGE_M 30             /* heaviest centroid terms used to find merge candidates */
#define CLOSE_MERGE_SIZE 2u    /* stories this small look for a story to join when closing ... */
#define CLOSE_MERGE_TH 0.2     /* ... and join it at this centroid cosine */
#define INDEX_T 10             /* heaviest terms of each article that index its story */
#define MAX_WALK 1024          /* posting lists longer than this are not walked for candidates */
#define RESCORE 8              /* candidate stories given the exact cosine ... */
#define RESCORE_MIN 0.2        /* ... when their shared indexed weight is at least this times the best's */
#define STORY_MAX_TERMS 4096u  /* centroid terms per story (later new terms ignored) */
/* Containment marks (step 4); -D overrides are for the experiments of
 * docs/cluster.md ("Near-duplicate quality"). */
#ifndef CONT_FLOOR
#define CONT_FLOOR 0.5 /* Jaccard needed, as a fraction of dup_threshold */
#endif
#ifndef CONT_MIN
#define CONT_MIN 0.7 /* estimated |A n B| / min(|A|, |B|) needed */
#endif
#define SIG_KEEP 256u          /* member signatures kept per story for near-dup checks */
#define CMS_BITS 20            /* count-min sketch: 2 x 2^20 counters, in blocks of 16 */
#define NONE UINT32_MAX

#define LOG_TABLE 4096

/* Cold start: idf is not trusted before IDF_MIN_DOCS documents; until
 * then N is taken as IDF_MIN_DOCS (as if the missing documents lacked the
 * term): idf = ln((max(N, IDF_MIN_DOCS) + 1) / df).  Without it a cold
 * stream's first articles of one story give their shared terms an idf
 * near ln((N + 1) / N), those terms drop out of the TOP_K and the articles
 * do not find each other.  From IDF_MIN_DOCS on nothing changes.
 * docs/cluster.md ("Cold start"). */
#ifndef IDF_MIN_DOCS
#define IDF_MIN_DOCS 50.0
#endif

typedef struct feat {
  uint32_t key;        /* caller's key */
  int32_t date;        /* effective date (SL_NO_DATE only before any date was seen) */
  uint64_t seq;        /* arrival number: ties in date keep input order */
  uint32_t nterms;     /* entries in terms */
  sl_cl_term *terms;   /* malloc'd block: the terms, then the signature */
  sl_cl_sig *sig;      /* the signature, inside the terms block */
} feat;

typedef struct tent { /* one slot of a centroid: key, weight and flag in one cache line */
  uint64_t k;         /* term hash, 0 = empty */
  float v;            /* summed weight */
  uint32_t ix;        /* 1 when the story has a posting for the term */
} tent;

typedef struct tmap { /* story centroid: term hash -> summed weight */
  tent *e;
  uint32_t cap, n;
} tmap;

typedef struct member {
  uint32_t key;   /* article key */
  uint32_t canon; /* key of its first version (itself unless a copy) */
  uint32_t cseq;  /* processing number of that first version (mod 2^32): ties between
                     copies go to the first version processed first, not to the lower key */
  sl_cl_sig sig;
} member;

typedef struct story {
  uint32_t id;        /* story number (creation order) */
  uint32_t gen;       /* slot generation; postings with another gen are stale */
  bool live;          /* open */
  int32_t first_date; /* oldest article date */
  int32_t last_date;  /* newest article date */
  uint64_t last_seq;  /* processing number of the last article */
  double norm2;       /* squared norm of the centroid */
  tmap terms;         /* centroid */
  member *mem;        /* ring of the last SIG_KEEP members */
  uint32_t nmem, memhead, memcap; /* members kept, oldest kept, allocated */
  uint32_t size;       /* articles (merged stories included) */
  bool close_tried;    /* the merge on closing was tried */
  uint32_t nindexed;   /* postings of this story in the index */
  uint32_t next_check; /* size at which to look for a story to merge with */
  uint32_t prev, next; /* least-recently-updated list */
} story;

typedef struct posting {
  uint32_t slot, gen;
} posting;

typedef struct plist {
  uint64_t h;     /* term */
  posting *a;
  uint32_t n, cap;
} plist;

typedef struct ixent { /* slot of the term index: key and value in one cache line */
  uint64_t k;          /* term hash, 0 = empty */
  uint32_t v, pad;     /* posting list number */
} ixent;

typedef struct assign {
  uint32_t key, story, dup_of;
} assign;

typedef struct cl_diag {
  uint32_t key;
  sl_severity sev;
  char *msg; /* malloc'd */
} cl_diag;

struct sl_stories {
  sl_stories_opts o;        /* as given */
  sl_cl_scratch sc;         /* feature extraction scratch */
  uint32_t *cms;            /* 2 << CMS_BITS counters */
  uint64_t ndocs;           /* articles counted in the sketch */
  feat *heap;               /* reorder buffer, min-heap on (date, seq) */
  size_t nheap, capheap;
  int32_t max_date;         /* newest date fed, SL_NO_DATE if none */
  int32_t done_date;        /* date of the newest article processed, SL_NO_DATE if none */
  uint64_t seq_in, seq_proc; /* articles taken / processed */
  bool finished;
  story *st;                /* story slots */
  size_t nst, capst;
  SL_VEC(uint32_t) freeslots;
  uint32_t lru_head, lru_tail; /* oldest / newest updated open story */
  size_t nopen, peak_open;
  uint32_t nstories;        /* stories created */
  ixent *ix;                /* term -> plist index (open addressing, k = 0: empty) */
  size_t ix_cap, ix_n;
  plist *pl;                /* posting lists */
  size_t npl, cappl;
  size_t live_post, stale_post;
  float *acc;               /* per slot: candidate score accumulator (capst entries) */
  uint32_t *tag;            /* per slot: gen when open, UINT32_MAX when free (compact, hot) */
  SL_VEC(uint32_t) touched; /* slots with acc != 0 */
  float *wv;                /* scratch weights */
  size_t capwv;
  SL_VEC(assign) res;       /* results in processing order */
  SL_VEC(uint32_t) parent;  /* story number -> story it was merged into (itself if not) */
  float *mv;                /* scratch for merge queries */
  size_t capmv;
  uint64_t *ids;            /* set of id hashes (open addressing, 0 = empty) */
  size_t ids_cap, ids_n;
  SL_VEC(cl_diag) diags;
  bool batch;               /* inside sl_stories_add_corpus (for the undated message) */
  float lg[LOG_TABLE];      /* lg[i] = ln(i) for small counts (lg[0] unused) */
};

/* ---- small maps ------------------------------------------------------- */

/* Zeroed memory for a table read at random: from 2 MB on, aligned to 2 MB
 * and, where the system offers it, advised onto huge pages (fewer TLB
 * misses).  Freed with free().  NULL on OOM. */
static void *big_zalloc(size_t bytes) {
  const size_t huge = (size_t)1 << 21;
  void *p;
  if (bytes < huge) {
    p = calloc(1, bytes);
  } else {
    bytes = (bytes + huge - 1) & ~(huge - 1);
    p = aligned_alloc(huge, bytes);
#ifdef MADV_HUGEPAGE
    if (p) (void)madvise(p, bytes, MADV_HUGEPAGE); /* a hint: failure is harmless */
#endif
    if (p) memset(p, 0, bytes);
  }
  return p;
}

static bool tmap_grow(tmap *m) {
  uint32_t cap = m->cap ? m->cap * 2 : 64;
  tent *e = calloc(cap, sizeof *e);
  if (!e) return false;
  for (uint32_t i = 0; i < m->cap; i++) {
    if (!m->e[i].k) continue;
    uint32_t j = (uint32_t)m->e[i].k & (cap - 1);
    while (e[j].k) j = (j + 1) & (cap - 1);
    e[j] = m->e[i];
  }
  free(m->e);
  m->e = e, m->cap = cap;
  return true;
}

static inline float tmap_get(const tmap *m, uint64_t h) {
  if (!m->cap) return 0;
  for (uint32_t j = (uint32_t)h & (m->cap - 1);; j = (j + 1) & (m->cap - 1)) {
    if (m->e[j].k == h) return m->e[j].v;
    if (!m->e[j].k) return 0;
  }
}

/* Adds w to term h; *slot receives its slot.  -1 on OOM, 0 when full. */
static int tmap_add(tmap *m, uint64_t h, float w, uint32_t *slot, float *old) {
  if ((m->n + 1) * 2 > m->cap && !tmap_grow(m)) return -1;
  uint32_t j = (uint32_t)h & (m->cap - 1);
  while (m->e[j].k && m->e[j].k != h) j = (j + 1) & (m->cap - 1);
  if (!m->e[j].k) {
    if (m->n >= STORY_MAX_TERMS) return 0;
    m->e[j] = (tent){h, 0, 0}, m->n++;
  }
  *slot = j;
  *old = m->e[j].v;
  m->e[j].v += w;
  return 1;
}

static void tmap_free(tmap *m) {
  free(m->e);
  memset(m, 0, sizeof *m);
}

/* term -> posting list index */
static uint32_t ix_get(const sl_stories *s, uint64_t h) {
  if (!s->ix_cap) return NONE;
  for (size_t j = h & (s->ix_cap - 1);; j = (j + 1) & (s->ix_cap - 1)) {
    if (s->ix[j].k == h) return s->ix[j].v;
    if (!s->ix[j].k) return NONE;
  }
}

static bool ix_rebuild(sl_stories *s, size_t cap) {
  ixent *e = big_zalloc(cap * sizeof *e);
  if (!e) return false;
  for (size_t i = 0; i < s->npl; i++) {
    size_t j = s->pl[i].h & (cap - 1);
    while (e[j].k) j = (j + 1) & (cap - 1);
    e[j] = (ixent){s->pl[i].h, (uint32_t)i, 0};
  }
  free(s->ix);
  s->ix = e, s->ix_cap = cap, s->ix_n = s->npl;
  return true;
}

/* Posting list of h, created when absent.  NULL on OOM. */
static plist *ix_list(sl_stories *s, uint64_t h) {
  uint32_t i = ix_get(s, h);
  if (i != NONE) return &s->pl[i];
  if ((s->npl + 1) * 2 > s->ix_cap && !ix_rebuild(s, s->ix_cap ? s->ix_cap * 2 : 4096)) return NULL;
  if (s->npl == s->cappl) {
    size_t cap = s->cappl ? s->cappl * 2 : 4096;
    plist *p = realloc(s->pl, cap * sizeof *p);
    if (!p) return NULL;
    s->pl = p, s->cappl = cap;
  }
  s->pl[s->npl] = (plist){h, NULL, 0, 0};
  size_t j = h & (s->ix_cap - 1);
  while (s->ix[j].k) j = (j + 1) & (s->ix_cap - 1);
  s->ix[j] = (ixent){h, (uint32_t)s->npl, 0};
  s->ix_n++;
  return &s->pl[s->npl++];
}

static bool plist_push(plist *l, posting p) {
  if (l->n == l->cap) {
    uint32_t cap = l->cap ? l->cap * 2 : 4;
    posting *a = realloc(l->a, cap * sizeof *a);
    if (!a) return false;
    l->a = a, l->cap = cap;
  }
  l->a[l->n++] = p;
  return true;
}

static inline bool post_live(const sl_stories *s, posting p) {
  return s->tag[p.slot] == p.gen;
}

/* Drops stale postings everywhere and empty lists from the index.  Keeps
 * the index proportional to open stories after many have closed. */
static bool sweep(sl_stories *s) {
  size_t out = 0;
  for (size_t i = 0; i < s->npl; i++) {
    plist l = s->pl[i];
    uint32_t k = 0;
    for (uint32_t j = 0; j < l.n; j++)
      if (post_live(s, l.a[j])) l.a[k++] = l.a[j];
    l.n = k;
    if (!k) {
      free(l.a);
      continue;
    }
    if (k < l.cap / 4) { /* give memory back */
      posting *a = realloc(l.a, k * 2 * sizeof *a);
      if (a) l.a = a, l.cap = k * 2;
    }
    s->pl[out++] = l;
  }
  s->npl = out;
  s->stale_post = 0;
  size_t cap = 4096;
  while (cap < s->npl * 2 + 2) cap *= 2;
  return ix_rebuild(s, cap);
}

/* ---- diagnostics -------------------------------------------------------- */

static void cl_diag_add(sl_stories *s, uint32_t key, sl_severity sev, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void cl_diag_add(sl_stories *s, uint32_t key, sl_severity sev, const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  cl_diag d = {key, sev, malloc(strlen(buf) + 1)};
  if (!d.msg) return; /* a message lost to OOM does not fail the run */
  strcpy(d.msg, buf);
  if (!sl_vec_push(&s->diags, d)) free(d.msg);
}

/* ---- options, new, free ----------------------------------------------- */

void sl_stories_opts_init(sl_stories_opts *o) {
  SL_API_CHECK(o);
  memset(o, 0, sizeof *o);
  o->window_days = 4;
  o->window_articles = 2000;
  o->threshold = 0.15;
  o->time_weight = 0.03;
  o->dup_threshold = 0.5;
  o->reorder_days = 2;
  o->require_dates = 0;
}

sl_stories *sl_stories_new(const sl_stories_opts *opts) {
  sl_stories_opts o;
  if (opts) o = *opts;
  else sl_stories_opts_init(&o);
  if (!(o.window_days >= 0) || !(o.threshold >= 0 && o.threshold <= 1) ||
      !(o.dup_threshold > 0 && o.dup_threshold <= 1) || !(o.time_weight >= 0 && o.time_weight <= 1) || o.reorder_days > 3660)
    return NULL;
  sl_stories *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->o = o;
  for (size_t i = 1; i < LOG_TABLE; i++) s->lg[i] = (float)log((double)i);
  s->max_date = s->done_date = SL_NO_DATE;
  s->lru_head = s->lru_tail = NONE;
  /* On huge pages where offered (four TLB entries instead of 2,048); its
   * blocks of 16 counters are cache lines (2 MB alignment). */
  s->cms = big_zalloc(((size_t)2 << CMS_BITS) * sizeof *s->cms);
  if (!s->cms || !sl_cl_scratch_init(&s->sc)) {
    sl_stories_free(s);
    return NULL;
  }
  return s;
}

static void story_release(story *t) {
  tmap_free(&t->terms);
  free(t->mem);
  t->mem = NULL;
  t->nmem = t->memhead = t->memcap = 0;
}

void sl_stories_free(sl_stories *s) {
  if (!s) return;
  sl_cl_scratch_free(&s->sc);
  free(s->cms);
  for (size_t i = 0; i < s->nheap; i++) free(s->heap[i].terms);
  free(s->heap);
  for (size_t i = 0; i < s->nst; i++) story_release(&s->st[i]);
  free(s->st);
  sl_vec_free(&s->freeslots);
  free(s->ix);
  for (size_t i = 0; i < s->npl; i++) free(s->pl[i].a);
  free(s->pl);
  free(s->acc);
  free(s->tag);
  sl_vec_free(&s->touched);
  free(s->wv);
  sl_vec_free(&s->res);
  sl_vec_free(&s->parent);
  free(s->mv);
  free(s->ids);
  for (size_t i = 0; i < s->diags.n; i++) free(s->diags.a[i].msg);
  sl_vec_free(&s->diags);
  free(s);
}

/* ---- reorder heap ------------------------------------------------------- */

static inline bool feat_less(const feat *a, const feat *b) {
  return a->date != b->date ? a->date < b->date : a->seq < b->seq;
}

static bool heap_push(sl_stories *s, feat f) {
  if (s->nheap == s->capheap) {
    size_t cap = s->capheap ? s->capheap * 2 : 64;
    feat *h = realloc(s->heap, cap * sizeof *h);
    if (!h) return false;
    s->heap = h, s->capheap = cap;
  }
  size_t i = s->nheap++;
  s->heap[i] = f;
  while (i > 0) {
    size_t p = (i - 1) / 2;
    if (!feat_less(&s->heap[i], &s->heap[p])) break;
    feat t = s->heap[i];
    s->heap[i] = s->heap[p], s->heap[p] = t, i = p;
  }
  return true;
}

static feat heap_pop(sl_stories *s) {
  feat top = s->heap[0];
  s->heap[0] = s->heap[--s->nheap];
  size_t i = 0;
  for (;;) {
    size_t l = 2 * i + 1, r = l + 1, m = i;
    if (l < s->nheap && feat_less(&s->heap[l], &s->heap[m])) m = l;
    if (r < s->nheap && feat_less(&s->heap[r], &s->heap[m])) m = r;
    if (m == i) break;
    feat t = s->heap[i];
    s->heap[i] = s->heap[m], s->heap[m] = t, i = m;
  }
  return top;
}

/* ---- stories ------------------------------------------------------------ */

static void lru_unlink(sl_stories *s, uint32_t i) {
  story *t = &s->st[i];
  if (t->prev != NONE) s->st[t->prev].next = t->next;
  else s->lru_head = t->next;
  if (t->next != NONE) s->st[t->next].prev = t->prev;
  else s->lru_tail = t->prev;
  t->prev = t->next = NONE;
}

static void lru_append(sl_stories *s, uint32_t i) {
  story *t = &s->st[i];
  t->prev = s->lru_tail, t->next = NONE;
  if (s->lru_tail != NONE) s->st[s->lru_tail].next = i;
  else s->lru_head = i;
  s->lru_tail = i;
}

static bool story_close(sl_stories *s, uint32_t i) {
  story *t = &s->st[i];
  lru_unlink(s, i);
  s->stale_post += t->nindexed;
  s->live_post -= t->nindexed;
  story_release(t);
  t->live = false;
  if (++t->gen == UINT32_MAX) t->gen = 0;
  s->tag[i] = UINT32_MAX;
  s->nopen--;
  if (!sl_vec_push(&s->freeslots, i)) return false;
  if (s->stale_post > s->live_post + 65536) return sweep(s);
  return true;
}

/* Closes the stories idle for longer than the window at (date, seq). */
static sl_status try_merge_th(sl_stories *s, uint32_t *slotp, double th, bool force);
static bool close_idle(sl_stories *s, int32_t date, bool all) {
  while (s->lru_head != NONE) {
    story *t = &s->st[s->lru_head];
    /* Without dates to compare, only the article count can tell. */
    bool days = date == SL_NO_DATE || t->last_date == SL_NO_DATE ||
                (double)date - (double)t->last_date > s->o.window_days;
    bool arts = s->seq_proc - t->last_seq > s->o.window_articles;
    if (!all && !(days && arts)) break;
    if (t->size <= CLOSE_MERGE_SIZE && !t->close_tried) {
      /* A story of one or two articles that never grew gets a second look
       * before it closes: the other stories have grown since it started. */
      t->close_tried = true;
      uint32_t slot = s->lru_head;
      if (try_merge_th(s, &slot, CLOSE_MERGE_TH, true) != SL_OK) return false;
      continue;
    }
    if (!story_close(s, s->lru_head)) return false;
  }
  return true;
}

static uint32_t story_open(sl_stories *s) {
  uint32_t i;
  if (s->freeslots.n) {
    i = s->freeslots.a[--s->freeslots.n];
  } else {
    if (s->nst == s->capst) {
      size_t cap = s->capst ? s->capst * 2 : 256;
      story *st = realloc(s->st, cap * sizeof *st);
      if (!st) return NONE;
      s->st = st;
      float *acc = realloc(s->acc, cap * sizeof *acc);
      if (!acc) return NONE;
      memset(acc + s->capst, 0, (cap - s->capst) * sizeof *acc);
      s->acc = acc;
      uint32_t *tag = realloc(s->tag, cap * sizeof *tag);
      if (!tag) return NONE;
      s->tag = tag, s->capst = cap;
    }
    i = (uint32_t)s->nst++;
    s->st[i].gen = 0;
  }
  story *t = &s->st[i];
  uint32_t gen = t->gen;
  memset(t, 0, sizeof *t);
  t->gen = gen;
  t->id = s->nstories++;
  if (!sl_vec_push(&s->parent, t->id)) return NONE;
  t->live = true;
  s->tag[i] = t->gen;
  t->next_check = 2;
  t->last_date = t->first_date = SL_NO_DATE;
  t->prev = t->next = NONE;
  lru_append(s, i);
  if (++s->nopen > s->peak_open) s->peak_open = s->nopen;
  return i;
}


/* ---- story updates and merges -------------------------------------------- */

static uint32_t root(const sl_stories *s, uint32_t id) {
  while (s->parent.a[id] != id) id = s->parent.a[id];
  return id;
}

/* Adds weight w of term h to the centroid of slot i; when `index`, makes
 * sure the story has a posting for h. */
static sl_status centroid_add(sl_stories *s, uint32_t i, uint64_t h, float w, bool index) {
  story *t = &s->st[i];
  uint32_t j;
  float old;
  int r = tmap_add(&t->terms, h, w, &j, &old);
  if (r < 0) return SL_ENOMEM;
  if (r == 0) return SL_OK; /* centroid full: the term is left out */
  t->norm2 += (double)(old + w) * (old + w) - (double)old * old;
  if (index && !t->terms.e[j].ix) {
    plist *l = ix_list(s, h);
    if (!l || !plist_push(l, (posting){i, t->gen})) return SL_ENOMEM;
    t->terms.e[j].ix = 1;
    t->nindexed++;
    s->live_post++;
  }
  return SL_OK;
}

/* Appends a member signature to the story's ring of recent members. */
static sl_status member_add(story *t, uint32_t key, uint32_t canon, uint32_t cseq,
                            const sl_cl_sig *sig) {
  if (t->nmem == t->memcap && t->memcap < SIG_KEEP) { /* grows until full, then wraps */
    uint32_t cap = t->memcap ? t->memcap * 2 : 2;
    member *a = realloc(t->mem, cap * sizeof *a);
    if (!a) return SL_ENOMEM;
    t->mem = a, t->memcap = cap;
  }
  member *m;
  if (t->nmem < SIG_KEEP) {
    m = &t->mem[t->nmem++];
  } else {
    m = &t->mem[t->memhead];
    t->memhead = (t->memhead + 1) % SIG_KEEP;
  }
  m->key = key, m->canon = canon, m->cseq = cseq;
  m->sig = *sig;
  return SL_OK;
}

/* Exact cosine of two centroids (probing the larger with the smaller). */
static double centroid_cos(const story *a, const story *b) {
  if (a->terms.n > b->terms.n) {
    const story *t = a;
    a = b, b = t;
  }
  double dot = 0;
  for (uint32_t j = 0; j < a->terms.cap; j++)
    if (a->terms.e[j].k) dot += (double)a->terms.e[j].v * tmap_get(&b->terms, a->terms.e[j].k);
  return a->norm2 > 0 && b->norm2 > 0 ? dot / sqrt(a->norm2 * b->norm2) : 0;
}

static float kth_largest(const float *v, size_t n, size_t k, float *tmp);

/* When the story in *slotp has grown enough since it last looked, finds
 * the open story whose centroid is most similar to its own (candidates
 * through the index, from its MERGE_M heaviest terms) and merges the two
 * when the cosine reaches MERGE_TH.  Articles that started a story of
 * their own because no single article was similar enough are joined this
 * way once their stories say more.  *slotp receives the surviving slot. */
static sl_status try_merge_th(sl_stories *s, uint32_t *slotp, double th, bool force) {
  for (int round = 0; round < 4; round++) {
    uint32_t a = *slotp;
    story *A = &s->st[a];
    if (!force && A->size < A->next_check) return SL_OK;
    force = false;
    if (A->size >= A->next_check) A->next_check = A->size + (A->size + 1) / 2;
    size_t n = A->terms.n;
    if (s->capmv < 2 * n + 2) {
      free(s->mv);
      s->capmv = 2 * n + 64;
      if (!(s->mv = malloc(s->capmv * sizeof *s->mv))) return SL_ENOMEM;
    }
    float thr = -1;
    if (n > MERGE_M) {
      size_t m = 0;
      for (uint32_t j = 0; j < A->terms.cap; j++)
        if (A->terms.e[j].k) s->mv[m++] = A->terms.e[j].v;
      thr = kth_largest(s->mv, n, MERGE_M, s->mv + n);
    }
    for (uint32_t j = 0; j < A->terms.cap; j++) {
      uint64_t h = A->terms.e[j].k;
      if (!h || A->terms.e[j].v < thr) continue;
      uint32_t li = ix_get(s, h);
      if (li == NONE) continue;
      plist *l = &s->pl[li];
      if (l->n > MAX_WALK) continue; /* as for articles: too common to tell stories apart */
      for (uint32_t q = 0; q < l->n; q++) {
        posting p = l->a[q];
        if (p.slot == a || !post_live(s, p)) continue;
        if (s->acc[p.slot] == 0 && !sl_vec_push(&s->touched, p.slot)) return SL_ENOMEM;
        s->acc[p.slot] += A->terms.e[j].v;
      }
    }
    /* Best three by the shared indexed weight, then the exact cosine. */
    uint32_t cand[3] = {NONE, NONE, NONE};
    double cs[3] = {-1, -1, -1};
    for (size_t i = 0; i < s->touched.n; i++) {
      uint32_t sl = s->touched.a[i];
      double v = s->acc[sl];
      s->acc[sl] = 0;
      for (int r = 0; r < 3; r++) {
        if (v > cs[r] || (v == cs[r] && cand[r] != NONE && s->st[sl].id < s->st[cand[r]].id)) {
          for (int q = 2; q > r; q--) cs[q] = cs[q - 1], cand[q] = cand[q - 1];
          cs[r] = v, cand[r] = sl;
          break;
        }
      }
    }
    s->touched.n = 0;
    uint32_t b = NONE;
    double best = -1;
    for (int r = 0; r < 3; r++) {
      if (cand[r] == NONE) continue;
      double c = centroid_cos(A, &s->st[cand[r]]);
      if (c > best || (c == best && s->st[cand[r]].id < s->st[b].id)) best = c, b = cand[r];
    }
    if (b == NONE || best < th) return SL_OK;
    /* Merge the smaller story into the larger (ties: into the older). */
    uint32_t w = a, l = b;
    if (s->st[b].size > s->st[a].size || (s->st[b].size == s->st[a].size && s->st[b].id < s->st[a].id))
      w = b, l = a;
    story *L = &s->st[l];
    for (uint32_t j = 0; j < L->terms.cap; j++)
      if (L->terms.e[j].k && centroid_add(s, w, L->terms.e[j].k, L->terms.e[j].v, L->terms.e[j].ix) != SL_OK)
        return SL_ENOMEM;
    story *W = &s->st[w];
    for (uint32_t q = 0; q < L->nmem; q++) {
      const member *m = &L->mem[(L->memhead + q) % (L->nmem < SIG_KEEP ? L->nmem : SIG_KEEP)];
      if (member_add(W, m->key, m->canon, m->cseq, &m->sig) != SL_OK) return SL_ENOMEM;
    }
    W->size += L->size;
    if (L->last_date != SL_NO_DATE && (W->last_date == SL_NO_DATE || L->last_date > W->last_date))
      W->last_date = L->last_date;
    if (L->first_date != SL_NO_DATE && (W->first_date == SL_NO_DATE || L->first_date < W->first_date))
      W->first_date = L->first_date;
    if (L->last_seq > W->last_seq) W->last_seq = L->last_seq;
    if (W->next_check < W->size) W->next_check = W->size;
    s->parent.a[L->id] = W->id;
    if (!story_close(s, l)) return SL_ENOMEM;
    lru_unlink(s, w);
    lru_append(s, w);
    *slotp = w;
  }
  return SL_OK;
}

static sl_status try_merge(sl_stories *s, uint32_t *slotp) {
  return try_merge_th(s, slotp, MERGE_TH, false);
}

/* ---- processing one article -------------------------------------------- */

/* Count-min sketch with conservative update, blocked (one cache line per
 * term): the low bits of h pick a block of 16 counters, two more groups of
 * bits one counter in each half of it.  Adds 1 for h, returns the new
 * estimate of its document frequency. */
static inline uint32_t *cms_block(uint32_t *cms, uint64_t h) {
  return &cms[(h & ((2u << CMS_BITS) / 16 - 1)) * 16];
}

static uint32_t cms_add(uint32_t *cms, uint64_t h) {
  uint32_t *blk = cms_block(cms, h);
  uint32_t *a = &blk[(h >> 32) & 7];
  uint32_t *b = &blk[8 + ((h >> 40) & 7)];
  uint32_t m = SL_MIN(*a, *b) + 1;
  if (*a < m) *a = m;
  if (*b < m) *b = m;
  return m;
}

/* The K-th largest of v[0..n) (n > k), by quickselect on a copy in tmp. */
static float kth_largest(const float *v, size_t n, size_t k, float *tmp) {
  memcpy(tmp, v, n * sizeof *tmp);
  size_t lo = 0, hi = n - 1, want = k - 1;
  while (lo < hi) {
    float piv = tmp[lo + (hi - lo) / 2];
    size_t i = lo, j = hi;
    while (i <= j) {
      while (tmp[i] > piv) i++;
      while (tmp[j] < piv) j--;
      if (i <= j) {
        float t = tmp[i];
        tmp[i] = tmp[j], tmp[j] = t;
        i++;
        if (j == 0) break;
        j--;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return tmp[want];
}

static sl_status process(sl_stories *s, feat *f) {
  s->seq_proc++;
  if (f->date != SL_NO_DATE && (s->done_date == SL_NO_DATE || f->date > s->done_date))
    s->done_date = f->date;
  if (!close_idle(s, f->date, false)) return SL_ENOMEM;

  /* Weights with the idf learnt so far (this article included). */
  size_t n = f->nterms;
  if (s->capwv < 2 * n) {
    free(s->wv);
    s->capwv = 2 * n + 64;
    if (!(s->wv = malloc(s->capwv * sizeof *s->wv))) return SL_ENOMEM;
  }
  float *w = s->wv;
  double N = (double)++s->ndocs, lgN = log((N > IDF_MIN_DOCS ? N : IDF_MIN_DOCS) + 1.0);
  for (size_t i = 0; i < n; i++) { /* the sketch is larger than the caches */
    uint64_t h = f->terms[i].h;
    __builtin_prefetch(cms_block(s->cms, h), 1);
  }
  for (size_t i = 0; i < n; i++) {
    uint32_t df = cms_add(s->cms, f->terms[i].h);
    float tf = f->terms[i].tf;
    double ltf = tf < LOG_TABLE && tf == (float)(uint32_t)tf ? s->lg[(uint32_t)tf] : log(tf);
    double ldf = df < LOG_TABLE ? s->lg[df] : log((double)df);
    w[i] = (float)((1.0 + ltf) * (lgN - ldf));
  }
  /* Keep the TOP_K heaviest (ties: earlier term first), unit length. */
  size_t k = 0;
  if (n > TOP_K) {
    float thr = kth_largest(w, n, TOP_K, w + n);
    size_t above = 0;
    for (size_t i = 0; i < n; i++) above += w[i] > thr;
    size_t eq_left = TOP_K - above;
    for (size_t i = 0; i < n; i++)
      if (w[i] > thr || (w[i] == thr && eq_left && eq_left--))
        f->terms[k] = f->terms[i], w[k++] = w[i];
  } else {
    k = n;
  }
  double norm = 0;
  size_t kk = 0;
  for (size_t i = 0; i < k; i++)
    if (w[i] > 0) f->terms[kk] = f->terms[i], w[kk++] = w[i], norm += (double)w[i] * w[i];
  k = kk;
  norm = sqrt(norm);
  for (size_t i = 0; i < k; i++) w[i] = (float)(w[i] / norm);

  /* Candidates: open stories with a posting for one of the article's
   * terms, ranked by the article weight of the shared terms; the best
   * RESCORE of them get the exact cosine with their centroid. */
  /* (The index, lists and centroids are far larger than the caches: each
   * step first prefetches what the next one reads.) */
  if (s->ix_cap)
    for (size_t i = 0; i < k; i++) __builtin_prefetch(&s->ix[f->terms[i].h & (s->ix_cap - 1)]);
  uint32_t *lis = (uint32_t *)(w + n); /* scratch: w has 2n + 64 floats */
  for (size_t i = 0; i < k; i++) {
    lis[i] = ix_get(s, f->terms[i].h);
    if (lis[i] != NONE) __builtin_prefetch(s->pl[lis[i]].a);
  }
  for (size_t i = 0; i < k; i++) {
    uint32_t li = lis[i];
    if (li == NONE) continue;
    plist *l = &s->pl[li];
    if (l->n > MAX_WALK) continue; /* in that many open stories: not what tells them apart */
    uint32_t m = 0;
    for (uint32_t j = 0; j < l->n; j++) {
      posting p = l->a[j];
      if (!post_live(s, p)) {
        s->stale_post--;
        continue;
      }
      l->a[m++] = p;
      if (s->acc[p.slot] == 0 && !sl_vec_push(&s->touched, p.slot)) return SL_ENOMEM;
      s->acc[p.slot] += w[i];
    }
    l->n = m;
  }
  uint32_t cand[RESCORE];
  float cw[RESCORE];
  size_t nc = 0;
  for (size_t i = 0; i < s->touched.n; i++) {
    uint32_t slot = s->touched.a[i];
    float v = s->acc[slot];
    s->acc[slot] = 0;
    uint32_t id = s->st[slot].id;
    if (nc == RESCORE && (v < cw[nc - 1] || (v == cw[nc - 1] && id > s->st[cand[nc - 1]].id)))
      continue;
    size_t r = nc < RESCORE ? nc++ : nc - 1;
    while (r > 0 && (v > cw[r - 1] || (v == cw[r - 1] && id < s->st[cand[r - 1]].id)))
      cand[r] = cand[r - 1], cw[r] = cw[r - 1], r--;
    cand[r] = slot, cw[r] = v;
  }
  s->touched.n = 0;
  uint32_t best = NONE;
  double best_sim = -1;
  for (size_t c = 0; c < nc; c++) {
    if (cw[c] < RESCORE_MIN * cw[0]) break; /* shares too little with the article */
    story *t = &s->st[cand[c]];
    if (c + 1 < nc) { /* prefetch the next candidate's slots */
      const tmap *m = &s->st[cand[c + 1]].terms;
      for (size_t i = 0; i < k; i++) __builtin_prefetch(&m->e[f->terms[i].h & (m->cap - 1)]);
    }
    double dot = 0;
    for (size_t i = 0; i < k; i++) dot += (double)w[i] * tmap_get(&t->terms, f->terms[i].h);
    double sim = t->norm2 > 0 ? dot / sqrt(t->norm2) : 0;
    if (s->o.time_weight > 0 && f->date != SL_NO_DATE && t->last_date != SL_NO_DATE) {
      double gap = (double)f->date - t->last_date;
      if (gap < 0) gap = (double)t->first_date - f->date;
      if (gap < 0) gap = 0;
      double tau = TIME_TAU + TIME_SPREAD * ((double)t->last_date - t->first_date);
      sim -= s->o.time_weight * log1p(gap / tau);
    }
    if (sim > best_sim || (sim == best_sim && t->id < s->st[best].id)) best = cand[c], best_sim = sim;
  }
  if (best == NONE || best_sim < s->o.threshold || k == 0) {
    best = story_open(s);
    if (best == NONE) return SL_ENOMEM;
  } else {
    lru_unlink(s, best);
    lru_append(s, best);
  }
  story *t = &s->st[best];

  /* Near-duplicate of a recent member? */
  uint32_t dup = NONE, dup_seq = 0;
  double dup_sim = 0;
  for (uint32_t i = 0; i < t->nmem; i++) {
    const member *m = &t->mem[i];
    double js = sl_cl_sig_sim(f->sig, &m->sig);
    if (js < s->o.dup_threshold && js >= CONT_FLOOR * s->o.dup_threshold &&
        sl_cl_sig_containment(f->sig, &m->sig, js) >= CONT_MIN)
      js = s->o.dup_threshold; /* a truncated or extended copy */
    /* Ties: the first version processed first (keys follow the caller's
     * order, processing numbers the clusterer's). */
    if (js >= s->o.dup_threshold && (js > dup_sim || (js == dup_sim && m->cseq < dup_seq)))
      dup = m->canon, dup_seq = m->cseq, dup_sim = js;
  }

  /* Update the story; the article's INDEX_T heaviest terms are indexed. */
  float ithr = k > INDEX_T ? kth_largest(w, k, INDEX_T, w + n) : -1;
  for (size_t i = 0; i < k; i++)
    if (centroid_add(s, best, f->terms[i].h, w[i], w[i] >= ithr) != SL_OK) return SL_ENOMEM;
  t = &s->st[best];
  if (member_add(t, f->key, dup != NONE ? dup : f->key, dup != NONE ? dup_seq : (uint32_t)s->seq_proc,
                 f->sig) != SL_OK)
    return SL_ENOMEM;
  if (f->date != SL_NO_DATE && (t->last_date == SL_NO_DATE || f->date > t->last_date))
    t->last_date = f->date;
  if (f->date != SL_NO_DATE && (t->first_date == SL_NO_DATE || f->date < t->first_date))
    t->first_date = f->date;
  t->last_seq = s->seq_proc;
  t->size++;
  uint32_t sid = t->id;
  if (try_merge(s, &best) != SL_OK) return SL_ENOMEM;
  assign a = {f->key, sid, dup};
  return sl_vec_push(&s->res, a) ? SL_OK : SL_ENOMEM;
}

/* Processes the buffered articles whose date is at least reorder_days older
 * than the newest date seen (all of them when flush). */
static sl_status release(sl_stories *s, bool flush) {
  while (s->nheap) {
    if (!flush) {
      /* With no date seen yet (only undated articles so far) there is
       * nothing to reorder by: they go in input order. */
      if (s->max_date != SL_NO_DATE &&
          (int64_t)s->heap[0].date > (int64_t)s->max_date - s->o.reorder_days)
        break;
    }
    feat f = heap_pop(s);
    sl_status st = process(s, &f);
    free(f.terms);
    if (st != SL_OK) return st;
  }
  return SL_OK;
}

/* ---- public entry points ----------------------------------------------- */

static bool id_seen(sl_stories *s, const char *id) {
  uint64_t h = sl_hash(id, strlen(id), 0x1d) | 1;
  if ((s->ids_n + 1) * 2 > s->ids_cap) {
    size_t cap = s->ids_cap ? s->ids_cap * 2 : 1024;
    uint64_t *k = calloc(cap, sizeof *k);
    if (!k) return false; /* cannot check; treat as new */
    for (size_t i = 0; i < s->ids_cap; i++) {
      if (!s->ids[i]) continue;
      size_t j = s->ids[i] & (cap - 1);
      while (k[j]) j = (j + 1) & (cap - 1);
      k[j] = s->ids[i];
    }
    free(s->ids);
    s->ids = k, s->ids_cap = cap;
  }
  size_t j = h & (s->ids_cap - 1);
  while (s->ids[j]) {
    if (s->ids[j] == h) return true;
    j = (j + 1) & (s->ids_cap - 1);
  }
  s->ids[j] = h;
  s->ids_n++;
  return false;
}

sl_status sl_stories_add(sl_stories *s, const sl_story_article *a, sl_error *err) {
  SL_API_CHECK(s && a);
  const char *id = a->id ? a->id : "";
  if (s->finished)
    return sl_error_set(err, SL_EINVAL, "", 0, "article '%s' fed after sl_stories_finish", id);
  if (a->id && id_seen(s, a->id)) {
    cl_diag_add(s, a->key, SL_DIAG_SKIPPED,
                "duplicate id '%s': article skipped (the first article with this id is kept)", id);
    return sl_error_set(err, SL_EINVAL, "", 0, "duplicate id '%s'", id);
  }
  int32_t date = a->date;
  if (date == SL_NO_DATE) {
    if (s->o.require_dates) {
      cl_diag_add(s, a->key, SL_DIAG_SKIPPED, "article '%s' has no date (--require-dates): skipped",
                  id);
      return sl_error_set(err, SL_EINVAL, "", 0, "article '%s' has no date", id);
    }
    date = s->max_date; /* placed after the articles before it in the input */
    char d[16];
    sl_date_format(date, d);
    /* In a batch the undated articles come after the dated ones, by id. */
    const char *where = s->batch ? "after the dated articles, by id" : "at its place in the input";
    if (date == SL_NO_DATE)
      cl_diag_add(s, a->key, SL_DIAG_WARNING, "article '%s' has no date: clustered %s", id,
                  s->batch ? "by id" : where);
    else
      cl_diag_add(s, a->key, SL_DIAG_WARNING, "article '%s' has no date: clustered %s (as of %s)",
                  id, where, d);
  } else if (s->done_date != SL_NO_DATE && date < s->done_date) {
    char d[16], dd[16];
    sl_date_format(date, d);
    sl_date_format(s->done_date, dd);
    cl_diag_add(s, a->key, SL_DIAG_WARNING,
                "article '%s' dated %s arrived after articles of %s (more than the %u-day "
                "reordering tolerance): clustered late",
                id, d, dd, s->o.reorder_days);
  }
  feat f = {.key = a->key, .date = date, .seq = s->seq_in++};
  size_t nt = sl_cl_features(&s->sc, a->title, a->text, a->text ? a->len : 0, &f.terms);
  if (nt == SIZE_MAX) return sl_error_set(err, SL_ENOMEM, "", 0, "out of memory");
  f.nterms = (uint32_t)nt;
  f.sig = sl_cl_sig_of(f.terms, nt);
  if (nt == 0)
    cl_diag_add(s, a->key, SL_DIAG_WARNING,
                "article '%s' has no words to cluster on: it forms a story of its own", id);
  if (!heap_push(s, f)) {
    free(f.terms);
    return sl_error_set(err, SL_ENOMEM, "", 0, "out of memory");
  }
  if (date != SL_NO_DATE && (s->max_date == SL_NO_DATE || date > s->max_date)) s->max_date = date;
  sl_status st = release(s, false);
  return st == SL_OK ? SL_OK : sl_error_set(err, st, "", 0, "out of memory");
}

/* A batch is a set: its articles are fed in story order
 * (sl_corpus_story_order), not the corpus's: by date (undated last), then by
 * id without the "#N" the readers add to a repeated id (ids usually follow
 * the order of publication within a day: wire numbers, file names), then by
 * a hash of title and text (which of two articles that shared an id comes
 * first does not depend on which one the reader renamed), then by the full
 * id.  Corpus ids are unique, so that is a total order. */
sl_status sl_stories_add_corpus(sl_stories *s, const sl_corpus *c, size_t first, sl_error *err) {
  SL_API_CHECK(s && c);
  size_t n = c->arts.n > first ? c->arts.n - first : 0;
  uint32_t *b = malloc((n ? n : 1) * sizeof *b);
  if (!b) return sl_error_set(err, SL_ENOMEM, "", 0, "out of memory");
  for (size_t k = 0; k < n; k++) b[k] = (uint32_t)(first + k);
  if (sl_corpus_story_order(c, b, n) != SL_OK) {
    free(b);
    return sl_error_set(err, SL_ENOMEM, "", 0, "out of memory");
  }
  sl_status st = SL_OK;
  s->batch = true;
  for (size_t k = 0; k < n && st != SL_ENOMEM; k++) {
    const sl_art *a = sl_corpus_art(c, b[k]);
    sl_story_article x = {b[k], a->id, a->date, a->title, a->text, a->len};
    st = sl_stories_add(s, &x, err);
  }
  s->batch = false;
  free(b);
  return st == SL_ENOMEM ? st : SL_OK;
}

sl_status sl_stories_finish(sl_stories *s, sl_error *err) {
  SL_API_CHECK(s);
  if (s->finished) return SL_OK;
  s->finished = true;
  sl_status st = release(s, true);
  if (st != SL_OK) return sl_error_set(err, st, "", 0, "out of memory");
  if (!close_idle(s, s->done_date, true)) return sl_error_set(err, SL_ENOMEM, "", 0, "out of memory");
  return SL_OK;
}

size_t sl_stories_assigned(const sl_stories *s) { return s->res.n; }

void sl_stories_assignment(const sl_stories *s, size_t i, uint32_t *key, uint32_t *story_no,
                           uint32_t *dup_of) {
  SL_API_CHECK(i < s->res.n);
  if (key) *key = s->res.a[i].key;
  if (story_no) *story_no = root(s, s->res.a[i].story);
  if (dup_of) *dup_of = s->res.a[i].dup_of;
}

size_t sl_stories_count(const sl_stories *s) { return s->nstories; }
size_t sl_stories_open(const sl_stories *s) { return s->nopen; }
size_t sl_stories_peak_open(const sl_stories *s) { return s->peak_open; }
size_t sl_stories_diag_count(const sl_stories *s) { return s->diags.n; }

const char *sl_stories_diag(const sl_stories *s, size_t i, uint32_t *key, sl_severity *sev) {
  if (i >= s->diags.n) return NULL;
  if (key) *key = s->diags.a[i].key;
  if (sev) *sev = s->diags.a[i].sev;
  return s->diags.a[i].msg;
}
