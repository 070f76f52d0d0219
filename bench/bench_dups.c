/*
 * bench_dups.c — quality of the clusterer's near-duplicate marks
 * (`duplicate_of`), measured through the real sl_stories API.
 *
 *   bench_dups [--shared DIR] [--seed N] [--list] [THRESHOLD...]
 *
 * For each labelled stream of DIR/eval/cluster (dev_stream.jsonl,
 * basil.jsonl; default DIR ../shared, skipped with exit 77 when absent) it
 * builds labelled near-duplicates AT RUN TIME (nothing is stored): about
 * half of the articles get one copy, edited the way wire copies and updates
 * differ, kinds taken in turn:
 *
 *   exact      re-run unchanged
 *   drop_par   one paragraph (not the lead) dropped (a sentence when the
 *              article has fewer than 3 paragraphs)
 *   add_par    a paragraph of an article of ANOTHER story inserted
 *   trunc      cut to its first 60-80% (at a word boundary)
 *   headline   the title replaced by another article's of the same story
 *              (also in the text when the text starts with the title)
 *   subst      3% of the words (3 to 15) replaced by words of another article
 *   byline     "By ..., Wire" / "CITY (Wire) --" / "Updated at ..." lines added
 *   repunct    sentence ends and commas changed, dashes and spaces changed
 *   quotes     straight quotes and apostrophes made curly and back
 *   correction a correction paragraph appended
 *   new_lead   the lead paragraph replaced by the lead of another article of
 *              the same story (an update with a new top)
 *   update     new_lead + an "Updated at" line + a paragraph of another
 *              article of the same story appended + subst
 *   wire       byline + trunc + subst + headline together
 *
 * The copy has the original's date (or that of the article it is placed
 * after) and is placed 0 to 5 articles after its original, never more than
 * a day later.  Positives: the copy should be marked a duplicate of its
 * original (or of the first version the original itself copies).
 * Negatives: every other pair, above all the other articles of the same
 * gold story (same topic, same days).  A mark on an ORIGINAL article is
 * counted apart (same gold story or not; --list prints them to be read by
 * eye: the dev streams hold some real copies, and the copies missed).
 *
 * For each threshold (default sweep 0.3 0.4 0.5 0.6 0.7; the table by kind
 * is printed for 0.5, the default, or the first given) the whole stream is
 * clustered anew.  Precision = right marks on copies / (all marks on copies
 * + marks on originals), so every mark on an original counts as an error
 * (most are real copies: read them with --list); "P on copies alone" leaves
 * them out; recall = right marks / copies; the CPU time of the
 * clustering (sl_stories_add + finish) is printed as articles/s.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"

enum { K_EXACT, K_DROP, K_ADD, K_TRUNC, K_HEAD, K_SUBST, K_BYLINE, K_PUNCT, K_QUOTES, K_CORR,
       K_LEAD, K_UPDATE, K_WIRE, NKINDS };
static const char *kind_name[NKINDS] = {"exact",  "drop_par", "add_par",  "trunc",      "headline",
                                        "subst",  "byline",   "repunct",  "quotes",     "correction",
                                        "new_lead", "update", "wire"};

typedef struct art {
  char *id, *title, *text, *story;
  int32_t date;
  int orig;  /* index of the original for a copy, -1 for an original */
  int kind;  /* edit kind of a copy */
} art;

static uint64_t rng_state;
static uint64_t rnd(void) { /* splitmix64 */
  uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}
static size_t rnd_n(size_t n) { return n ? (size_t)(rnd() % n) : 0; }

/* Growable string. */
typedef struct buf {
  char *s;
  size_t n, cap;
} buf;
static void put(buf *b, const char *s, size_t n) {
  if (n > ((size_t)1 << 40)) exit(4);
  if (b->n + n + 1 > b->cap) {
    b->cap = (b->n + n + 1) * 2;
    b->s = realloc(b->s, b->cap);
    if (!b->s) exit(4);
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = 0;
}
static void puts_(buf *b, const char *s) { put(b, s, strlen(s)); }
static char *take(buf *b) {
  if (!b->s) puts_(b, "");
  char *s = b->s;
  *b = (buf){0};
  return s;
}

/* Paragraphs of t: non-empty lines, as [start, end) offsets. */
typedef struct span {
  size_t a, b;
} span;
static size_t paras(const char *t, span *out, size_t max) {
  size_t n = 0, i = 0, len = strlen(t);
  while (i < len && n < max) {
    while (i < len && (t[i] == '\n' || t[i] == '\r')) i++;
    if (i >= len) break;
    size_t j = i;
    while (j < len && t[j] != '\n') j++;
    out[n++] = (span){i, j};
    i = j;
  }
  return n;
}
/* Sentences of t (ends at ". ", "? ", "! " or a newline). */
static size_t sentences(const char *t, span *out, size_t max) {
  size_t n = 0, i = 0, len = strlen(t);
  while (i < len && n < max) {
    while (i < len && (t[i] == ' ' || t[i] == '\n')) i++;
    if (i >= len) break;
    size_t j = i;
    while (j < len && t[j] != '\n' && !((t[j] == '.' || t[j] == '?' || t[j] == '!') && (t[j + 1] == ' ' || !t[j + 1])))
      j++;
    if (j < len && t[j] != '\n') j++;
    out[n++] = (span){i, j};
    i = j;
  }
  return n;
}
enum { MAXP = 4096 };
static span P[MAXP], Q[MAXP];

/* Units to drop or replace: paragraphs, or sentences when fewer than 3. */
static size_t units(const char *t, span *out) {
  size_t n = paras(t, out, MAXP);
  return n >= 3 ? n : sentences(t, out, MAXP);
}

/* Random other article of the same story (same = 1) or of another story. */
static int other_art(const art *A, int n, int i, int same) {
  for (int tries = 0; tries < 200; tries++) {
    int j = (int)rnd_n((size_t)n);
    if (j == i || A[j].orig >= 0) continue;
    if ((strcmp(A[j].story, A[i].story) == 0) == (same != 0)) return j;
  }
  for (int j = 0; j < n; j++) /* fall back to a scan */
    if (j != i && A[j].orig < 0 && (strcmp(A[j].story, A[i].story) == 0) == (same != 0)) return j;
  return -1;
}

static char *drop_unit(const char *t) {
  size_t n = units(t, P);
  if (n < 2) return strdup(t);
  size_t k = 1 + rnd_n(n - 1);
  buf b = {0};
  put(&b, t, P[k].a);
  puts_(&b, t + P[k].b);
  return take(&b);
}

static char *insert_para(const char *t, const char *src, int at_end) {
  size_t ns = paras(src, Q, MAXP);
  if (!ns) return strdup(t);
  span q = Q[rnd_n(ns)];
  size_t n = paras(t, P, MAXP);
  size_t pos = at_end || n < 2 ? strlen(t) : P[1 + rnd_n(n - 1)].a;
  buf b = {0};
  put(&b, t, pos);
  if (pos == strlen(t)) puts_(&b, "\n");
  put(&b, src + q.a, q.b - q.a);
  puts_(&b, "\n");
  puts_(&b, t + pos);
  return take(&b);
}

static char *truncate_to(const char *t, double f) {
  size_t len = strlen(t), cut = (size_t)(len * f);
  while (cut < len && t[cut] != ' ' && t[cut] != '\n') cut++;
  buf b = {0};
  put(&b, t, cut);
  return take(&b);
}

/* Words of src, to substitute with. */
static char *subst(const char *t, const char *src) {
  size_t nw = 0, len = strlen(t);
  for (size_t i = 0; i < len; i++)
    if (t[i] != ' ' && t[i] != '\n' && (i == 0 || t[i - 1] == ' ' || t[i - 1] == '\n')) nw++;
  size_t k = nw * 3 / 100;
  k = k < 3 ? 3 : k > 15 ? 15 : k;
  /* donor words: whitespace-separated tokens of src */
  size_t sl = strlen(src);
  buf b = {0};
  size_t w = 0;
  for (size_t i = 0; i < len;) {
    if (t[i] == ' ' || t[i] == '\n') {
      put(&b, t + i, 1);
      i++;
      continue;
    }
    size_t j = i;
    while (j < len && t[j] != ' ' && t[j] != '\n') j++;
    if (nw && rnd_n(nw) < k && sl) { /* about k of the nw words */
      size_t p = rnd_n(sl);
      while (p > 0 && src[p - 1] != ' ' && src[p - 1] != '\n') p--;
      size_t e = p;
      while (e < sl && src[e] != ' ' && src[e] != '\n') e++;
      if (e > p) put(&b, src + p, e - p);
      else put(&b, t + i, j - i);
    } else {
      put(&b, t + i, j - i);
    }
    w++;
    i = j;
  }
  (void)w;
  return take(&b);
}

static const char *names[] = {"Maria Lopez", "John Carter", "Wei Zhang", "Amina Diallo"};
static const char *wires[] = {"Associated Press", "Reuters", "Agence France-Presse", "Staff"};
static const char *cities[] = {"WASHINGTON", "LONDON", "NEW YORK", "PARIS"};

static char *byline(const char *t) {
  buf b = {0};
  char line[200];
  snprintf(line, sizeof line, "By %s, %s\nUpdated at %d:%02d p.m. ET\n%s (%s) -- ", names[rnd_n(4)],
           wires[rnd_n(4)], 1 + (int)rnd_n(11), (int)rnd_n(60), cities[rnd_n(4)], wires[rnd_n(3)]);
  puts_(&b, line);
  puts_(&b, t);
  return take(&b);
}

static char *repunct(const char *t) {
  buf b = {0};
  for (const char *p = t; *p; p++) {
    if (*p == '.' && p[1] == ' ' && rnd_n(4) == 0) puts_(&b, rnd_n(2) ? ";" : ",");
    else if (*p == ',' && rnd_n(2) == 0) continue;
    else if (*p == '-' && p[1] == '-') puts_(&b, "\xE2\x80\x94"), p++;
    else if (*p == ' ' && rnd_n(10) == 0) puts_(&b, "  ");
    else if (*p == ':' && rnd_n(2) == 0) puts_(&b, " -");
    else put(&b, p, 1);
  }
  return take(&b);
}

static char *quotes(const char *t) {
  buf b = {0};
  int open = 1;
  for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
    if (*p == '"') {
      puts_(&b, open ? "\xE2\x80\x9C" : "\xE2\x80\x9D");
      open = !open;
    } else if (*p == '\'') {
      puts_(&b, "\xE2\x80\x99");
    } else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x9C || p[2] == 0x9D)) {
      puts_(&b, "\""), p += 2;
    } else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99)) {
      puts_(&b, "'"), p += 2;
    } else {
      put(&b, (const char *)p, 1);
    }
  }
  return take(&b);
}

static char *correction(const char *t) {
  static const char *c[] = {
      "\nCorrection: An earlier version of this article misstated the date of the meeting and the "
      "name of one of the officials quoted. The article has been updated.",
      "\nThis story has been corrected to show that the figure was reported on Tuesday, not Monday.",
      "\nCORRECTION: A previous version of this report gave the wrong title for a spokesman. We regret "
      "the error."};
  buf b = {0};
  puts_(&b, t);
  puts_(&b, c[rnd_n(3)]);
  return take(&b);
}

/* Replaces the first unit (lead paragraph) of t with the first of src. */
static char *new_lead(const char *t, const char *src) {
  size_t n = units(t, P), ns = units(src, Q);
  if (!n || !ns) return strdup(t);
  buf b = {0};
  put(&b, src + Q[0].a, Q[0].b - Q[0].a);
  puts_(&b, t + P[0].b);
  return take(&b);
}

static char *replace_title_line(const char *t, const char *old, const char *nw) {
  size_t ol = old ? strlen(old) : 0;
  buf b = {0};
  if (ol && strncmp(t, old, ol) == 0) {
    puts_(&b, nw);
    puts_(&b, t + ol);
  } else {
    puts_(&b, t);
  }
  return take(&b);
}

/* Text t of A[i] with another title (*title replaced). */
static char *new_headline(const art *A, int n, int i, const char *t, char **title) {
  const art *o = &A[i];
  const char *nt = NULL;
  for (int tries = 0; tries < 50 && !nt; tries++) {
    int j = other_art(A, n, i, tries < 25);
    if (j >= 0 && A[j].title && (!o->title || strcmp(A[j].title, o->title))) nt = A[j].title;
  }
  if (!nt) nt = "Officials respond as the story develops";
  free(*title);
  *title = strdup(nt);
  return replace_title_line(t, o->title, nt);
}

/* Makes a copy of A[i] of the given kind. */
static art make_copy(const art *A, int n, int i, int kind, int serial) {
  art c = {0};
  const art *o = &A[i];
  char idb[512];
  snprintf(idb, sizeof idb, "%s#dup%d", o->id, serial);
  c.id = strdup(idb);
  c.story = strdup(o->story);
  c.date = o->date;
  c.orig = i;
  c.kind = kind;
  c.title = o->title ? strdup(o->title) : NULL;
  int same = other_art(A, n, i, 1), diff = other_art(A, n, i, 0);
  const char *same_text = same >= 0 ? A[same].text : A[diff].text;
  char *t = strdup(o->text), *u;
#define STEP(expr) (u = (expr), free(t), t = u)
  switch (kind) {
  case K_EXACT: break;
  case K_DROP: STEP(drop_unit(t)); break;
  case K_ADD: STEP(insert_para(t, A[diff].text, 0)); break;
  case K_TRUNC: STEP(truncate_to(t, 0.6 + 0.2 * (double)rnd_n(1001) / 1000)); break;
  case K_SUBST: STEP(subst(t, A[diff].text)); break;
  case K_BYLINE: STEP(byline(t)); break;
  case K_PUNCT: STEP(repunct(t)); break;
  case K_QUOTES: STEP(quotes(t)); break;
  case K_CORR: STEP(correction(t)); break;
  case K_LEAD: STEP(new_lead(t, same_text)); break;
  case K_UPDATE:
    STEP(new_lead(t, same_text));
    STEP(insert_para(t, same_text, 1));
    STEP(subst(t, A[diff].text));
    {
      buf b = {0};
      char line[64];
      snprintf(line, sizeof line, "Updated at %d:%02d a.m. ET\n", 1 + (int)rnd_n(11), (int)rnd_n(60));
      puts_(&b, line);
      puts_(&b, t);
      free(t);
      t = take(&b);
    }
    break;
  case K_WIRE:
    STEP(truncate_to(t, 0.6 + 0.2 * (double)rnd_n(1001) / 1000));
    STEP(subst(t, A[diff].text));
    STEP(new_headline(A, n, i, t, &c.title));
    STEP(byline(t));
    break;
  case K_HEAD: STEP(new_headline(A, n, i, t, &c.title)); break;
  }
#undef STEP
  c.text = t;
  return c;
}

static art *load(const char *path, int *n_out) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  art *A = NULL;
  int n = 0, cap = 0;
  char *line = NULL;
  size_t lc = 0;
  ssize_t len;
  while ((len = getline(&line, &lc, f)) > 0) {
    json_error_t je;
    json_t *o = json_loadb(line, (size_t)len, 0, &je);
    if (!o) continue;
    const char *id = json_string_value(json_object_get(o, "id"));
    const char *text = json_string_value(json_object_get(o, "text"));
    const char *title = json_string_value(json_object_get(o, "title"));
    const char *date = json_string_value(json_object_get(o, "date"));
    const char *story = json_string_value(json_object_get(o, "story"));
    if (id && text && story) {
      if (n == cap) {
        cap = cap ? cap * 2 : 1024;
        A = realloc(A, (size_t)cap * sizeof *A);
        if (!A) exit(4);
      }
      A[n++] = (art){strdup(id), title ? strdup(title) : NULL, strdup(text), strdup(story),
                     date ? sl_date_parse(date, strlen(date)) : SL_NO_DATE, -1, -1};
    }
    json_decref(o);
  }
  free(line);
  fclose(f);
  *n_out = n;
  return A;
}

static void free_art(art *a) { free(a->id), free(a->title), free(a->text), free(a->story); }

/* Exact word 3-shingle sets (independent of the clusterer's tokenizer:
 * runs of ASCII letters and digits and bytes >= 0x80, lower-cased; FNV-1a
 * hashes, sorted), for the exact Jaccard and containment of a marked pair. */
static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}
static size_t shingles(const char *t, uint64_t **out) {
  size_t len = strlen(t), nw = 0, n = 0;
  uint64_t *w = malloc((len + 1) * sizeof *w), *sh = malloc((len + 1) * sizeof *sh);
  if (!w || !sh) exit(4);
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)t[i];
    int word = c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (!word) {
      i++;
      continue;
    }
    uint64_t h = 1469598103934665603ull;
    for (; i < len; i++) {
      c = (unsigned char)t[i];
      if (!(c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) break;
      h = (h ^ (c >= 'A' && c <= 'Z' ? c | 0x20 : c)) * 1099511628211ull;
    }
    w[nw++] = h;
  }
  for (size_t i = 2; i < nw; i++) sh[n++] = (w[i - 2] * 31 + w[i - 1]) * 1000003ull ^ w[i];
  qsort(sh, n, sizeof *sh, cmp_u64);
  size_t u = 0;
  for (size_t i = 0; i < n; i++)
    if (!u || sh[u - 1] != sh[i]) sh[u++] = sh[i];
  free(w);
  *out = sh;
  return u;
}
static void exact_sim(const char *a, const char *b, double *j, double *c) {
  uint64_t *x, *y;
  size_t nx = shingles(a, &x), ny = shingles(b, &y), i = 0, k = 0, both = 0;
  while (i < nx && k < ny)
    if (x[i] == y[k]) both++, i++, k++;
    else if (x[i] < y[k]) i++;
    else k++;
  *j = nx + ny - both ? (double)both / (double)(nx + ny - both) : 0;
  *c = nx && ny ? (double)both / (double)(nx < ny ? nx : ny) : 0;
  free(x), free(y);
}

/* Result counts of one run. */
typedef struct counts {
  int copies[NKINDS], right[NKINDS], wrong[NKINDS], other_story[NKINDS];
  int orig_marked_same, orig_marked_diff;
  double cpu_ms;
  int n;
} counts;

static void run(const art *S, int ns, int norig, double thr, counts *c, int list) {
  memset(c, 0, sizeof *c);
  sl_stories_opts o;
  sl_stories_opts_init(&o);
  o.dup_threshold = thr;
  sl_stories *s = sl_stories_new(&o);
  if (!s) exit(4);
  double t0 = bench_ms(CLOCK_THREAD_CPUTIME_ID);
  for (int i = 0; i < ns; i++) {
    sl_story_article a = {(uint32_t)i, S[i].id, S[i].date, S[i].title, S[i].text, strlen(S[i].text)};
    if (sl_stories_add(s, &a, NULL) == SL_ENOMEM) exit(4);
  }
  sl_stories_finish(s, NULL);
  c->cpu_ms = bench_ms(CLOCK_THREAD_CPUTIME_ID) - t0;
  c->n = ns;
  size_t na = sl_stories_assigned(s);
  uint32_t *dup = malloc((size_t)ns * sizeof *dup), *st = malloc((size_t)ns * sizeof *st);
  int *pos = malloc((size_t)norig * sizeof *pos); /* stream index of original j */
  if (!dup || !st || !pos) exit(4);
  for (int i = 0; i < ns; i++) dup[i] = UINT32_MAX, st[i] = UINT32_MAX;
  for (size_t i = 0; i < na; i++) {
    uint32_t key, story, d;
    sl_stories_assignment(s, i, &key, &story, &d);
    dup[key] = d, st[key] = story;
  }
  {
    int j = 0;
    for (int i = 0; i < ns; i++)
      if (S[i].orig < 0) pos[j++] = i;
  }
  for (int i = 0; i < ns; i++) {
    if (S[i].orig < 0) {
      if (dup[i] != UINT32_MAX) {
        int same = strcmp(S[dup[i]].story, S[i].story) == 0;
        same ? c->orig_marked_same++ : c->orig_marked_diff++;
        if (list) {
          double j, cc;
          exact_sim(S[i].text, S[dup[i]].text, &j, &cc);
          printf("  original marked: %s -> %s (%s gold story; exact Jaccard %.2f, containment %.2f)\n",
                 S[i].id, S[dup[i]].id, same ? "same" : "OTHER", j, cc);
        }
      }
      continue;
    }
    int k = S[i].kind;
    uint32_t op = (uint32_t)pos[S[i].orig];
    uint32_t canon = dup[op] != UINT32_MAX ? dup[op] : op;
    c->copies[k]++;
    if (st[i] != st[op]) c->other_story[k]++;
    if (dup[i] == op || dup[i] == canon) c->right[k]++;
    else if (dup[i] != UINT32_MAX) c->wrong[k]++;
    if (list && dup[i] != op && dup[i] != canon) {
      double j, cc;
      exact_sim(S[i].text, S[op].text, &j, &cc);
      printf("  copy %s: %s (%s, %zu / %zu bytes, %s story; exact Jaccard %.2f, containment %.2f)\n",
             dup[i] == UINT32_MAX ? "missed" : "wrong", S[i].id, kind_name[k], strlen(S[i].text),
             strlen(S[op].text), st[i] == st[op] ? "same" : "other", j, cc);
    }
  }
  free(dup), free(st), free(pos);
  sl_stories_free(s);
}

static void prf(int right, int marks, int pos, double *p, double *r, double *f) {
  *p = marks ? (double)right / marks : 1.0;
  *r = pos ? (double)right / pos : 0.0;
  *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

int main(int argc, char **argv) {
  const char *shared = "../shared";
  double thr[16];
  int nthr = 0, list = 0;
  uint64_t seed = 1;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--shared") && i + 1 < argc) shared = argv[++i];
    else if (!strcmp(argv[i], "--seed") && i + 1 < argc) seed = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "--list")) list = 1;
    else if (nthr < 16 && atof(argv[i]) > 0 && atof(argv[i]) <= 1) thr[nthr++] = atof(argv[i]);
    else {
      fprintf(stderr, "usage: bench_dups [--shared DIR] [--seed N] [--list] [THRESHOLD...]\n");
      return 2;
    }
  }
  if (!nthr) {
    static const double d[] = {0.3, 0.4, 0.5, 0.6, 0.7};
    for (int i = 0; i < 5; i++) thr[nthr++] = d[i];
  }
  double main_thr = thr[0];
  for (int i = 0; i < nthr; i++)
    if (thr[i] == 0.5) main_thr = 0.5;
  static const char *streams[] = {"dev_stream", "basil"};
  int done = 0;
  for (int si = 0; si < 2; si++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/eval/cluster/%s.jsonl", shared, streams[si]);
    int n;
    art *A = load(path, &n);
    if (!A) {
      printf("%s: not found, skipped\n", path);
      continue;
    }
    done++;
    rng_state = seed * 1000003u + (uint64_t)si;
    /* Stream: originals in order; a copy of about half of them, kinds in
     * turn, placed 0-5 articles later, never more than a day later. */
    art *S = malloc((size_t)n * 2 * sizeof *S);
    int *pending = malloc((size_t)n * sizeof *pending), *due = malloc((size_t)n * sizeof *due);
    if (!S || !pending || !due) return 4;
    int ns = 0, np = 0, serial = 0, kind = 0;
    for (int i = 0; i <= n; i++) {
      for (int q = 0; q < np;) { /* copies due before article i */
        int oi = pending[q];
        int late = i < n && A[i].date != SL_NO_DATE && A[oi].date != SL_NO_DATE && A[i].date > A[oi].date + 1;
        if (due[q] <= i || late || i == n) {
          art c = make_copy(A, n, oi, kind, serial++);
          kind = (kind + 1) % NKINDS;
          if (i > 0 && A[i - 1].date != SL_NO_DATE && c.date != SL_NO_DATE && A[i - 1].date > c.date)
            c.date = A[i - 1].date;
          S[ns++] = c;
          pending[q] = pending[--np], due[q] = due[np];
        } else {
          q++;
        }
      }
      if (i == n) break;
      S[ns] = A[i];
      S[ns].id = strdup(A[i].id), S[ns].title = A[i].title ? strdup(A[i].title) : NULL;
      S[ns].text = strdup(A[i].text), S[ns].story = strdup(A[i].story);
      ns++;
      if (rnd_n(2)) pending[np] = i, due[np++] = i + 1 + (int)rnd_n(6);
    }
    /* make_copy looked up A; the stream refers to originals by their index in A. */
    printf("== %s: %d articles + %d generated copies (seed %llu)\n", streams[si], n, ns - n,
           (unsigned long long)seed);
    counts c;
    for (int ti = 0; ti < nthr; ti++) {
      run(S, ns, n, thr[ti], &c, list && thr[ti] == main_thr);
      int R = 0, W = 0, C = 0;
      for (int k = 0; k < NKINDS; k++) R += c.right[k], W += c.wrong[k], C += c.copies[k];
      double p, r, f;
      int marks = R + W + c.orig_marked_same + c.orig_marked_diff;
      prf(R, marks, C, &p, &r, &f);
      printf("threshold %.2f: P %.3f R %.3f F1 %.3f (P on copies alone %.3f) | copies %d, right %d, wrong "
             "target %d | originals marked %d (same gold story %d, other %d) | %.0f articles/s CPU\n",
             thr[ti], p, r, f, R + W ? (double)R / (R + W) : 1.0, C, R, W,
             c.orig_marked_same + c.orig_marked_diff, c.orig_marked_same,
             c.orig_marked_diff, c.n / (c.cpu_ms / 1e3));
      if (thr[ti] == main_thr) {
        counts keep = c;
        printf("  %-10s %6s %6s %6s %8s %6s\n", "kind", "copies", "right", "wrong", "otherSt", "recall");
        for (int k = 0; k < NKINDS; k++)
          printf("  %-10s %6d %6d %6d %8d %6.3f\n", kind_name[k], keep.copies[k], keep.right[k],
                 keep.wrong[k], keep.other_story[k],
                 keep.copies[k] ? (double)keep.right[k] / keep.copies[k] : 0.0);
      }
    }
    for (int i = 0; i < ns; i++) free_art(&S[i]);
    for (int i = 0; i < n; i++) free_art(&A[i]);
    free(S), free(A), free(pending), free(due);
  }
  if (!done) {
    printf("SKIPPED: %s/eval/cluster not found\n", shared);
    return 77;
  }
  return 0;
}
