/*
 * storyloom_mpi.c — storyloom on MPI: digest many stories across ranks and
 * machines.
 *
 *   mpirun -n N storyloom-mpi [options] PATH...
 *
 * Each PATH (file or directory) is one story.  Story i is digested by rank
 * i mod N; rank 0 gathers the rendered digests and writes them in PATH
 * order, so the output is byte for byte the same for any N (and the same
 * as running `storyloom digest` on each PATH in turn).  Every rank reads
 * only its own stories' input, so input I/O and analysis both scale out;
 * paths must be visible to every rank (a shared file system).
 *
 *   mpirun -n N storyloom-mpi --stories [stories options] PATH...
 *
 * --stories: PATH... is one stream, clustered into stories as by
 * `storyloom stories` (same options: --format text|md|json|tsv,
 * --no-digest, --window, --threshold, ...).  Every rank reads the whole
 * stream and runs the same deterministic clustering (cheap next to the
 * digests), so all ranks agree on the story list without communication.
 * The stories, in the output order of `storyloom stories` (size, recency,
 * id), are shared out longest processing time first (see assign()); each
 * rank digests and renders all of its stories, then rank 0 gathers the rendered
 * blocks in order, adds the text/json framing and writes the result, which
 * is byte for byte the output of `storyloom stories` with the same options
 * for any N (JSON stays one document).  Diagnostics come from rank 0 only.
 * The output is assembled in memory on rank 0 before it is written, as
 * `storyloom stories` does.  --format tsv needs no digests: rank 0 does it.
 *
 * Like the CLI, this is a client of <storyloom.h> only (plus the CLI's
 * option parsing in cli/common.c and the stories code in
 * cli/stories_common.c, shared with `storyloom stories`).
 */
#include <limits.h>
#include <mpi.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../cli/cli.h"

enum { TAG_LEN = 1, TAG_BODY = 2, TAG_RC = 3 };

/* --rank-times: each rank reports on stderr where its time went (for
 * bench/mpi_scale.sh); not part of the output contract. */
static bool rank_times;
/* --assign modulo: story k to rank k mod N (the former assignment, kept
 * for bench/mpi_scale.sh's comparison) instead of assign()'s. */
static bool assign_modulo;

/* CPU time of this process, in seconds (the digests' own work, whatever
 * else the cores run). */
static double cpu_seconds(void) {
  struct timespec ts;
  return clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) ? 0 : (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static const char usage[] =
    "usage: mpirun -n N storyloom-mpi [options] PATH...\n"
    "       mpirun -n N storyloom-mpi --stories [stories options] PATH...\n"
    "Without --stories each PATH is one story, digested on rank i mod N.\n"
    "With --stories the PATHs are one stream, clustered into stories as by\n"
    "'storyloom stories' (same options, --format text|md|json|tsv); the stories\n"
    "are shared out among the ranks by size.  The output is that of\n"
    "'storyloom digest' on each PATH, or of 'storyloom stories', for any N.\n"
    "--rank-times (with --stories): each rank reports its times on stderr;\n"
    "--assign modulo: story k on rank k mod N instead (for comparison).\n"
    "-j N: threads building each digest's parts on a rank (default 1 here).\n";

/* Digests one path into a rendered string (malloc'd); *rc gets the exit code. */
static char *digest_one(const cli_opts *base, char *path, int *rc) {
  cli_opts o = *base;
  o.paths = &path;
  o.npaths = 1;
  o.quiet = base->quiet;
  bool partial;
  sl_corpus *c = cli_load(&o, &partial, rc);
  if (!c) return NULL;
  sl_error err = {0};
  sl_digest *d = sl_digest_new(c, NULL, 0, &o.digest, &err);
  char *out = d ? sl_render_digest(d, o.format, 0) : NULL;
  if (!out) {
    fprintf(stderr, "%s: %s\n", path, d ? "out of memory" : err.msg);
    *rc = SL_EXIT_INTERNAL;
  } else {
    *rc = partial ? SL_EXIT_PARTIAL : SL_EXIT_OK;
  }
  sl_digest_free(d);
  sl_corpus_free(c);
  return out;
}

static const int rank_of_code[] = {0, 1, 3, 2, 4}; /* OK < PARTIAL < NOINPUT < USAGE < INTERNAL */

/* Exit code for the whole run: the worst of the stories'. */
static int worse(int a, int b) {
  int ra = a >= 0 && a <= 4 ? rank_of_code[a] : 5, rb = b >= 0 && b <= 4 ? rank_of_code[b] : 5;
  return ra >= rb ? a : b;
}

/* The same exit code on every rank: the worst of the ranks' codes. */
static int agree(int rc) {
  int r = rc >= 0 && rc <= 4 ? rank_of_code[rc] : 5, all;
  MPI_Allreduce(&r, &all, 1, MPI_INT, MPI_MAX, MPI_COMM_WORLD);
  if (all == r) return rc;
  for (int k = 0; k <= 4; k++)
    if (rank_of_code[k] == all) return k;
  return SL_EXIT_INTERNAL;
}

/* Appends n bytes of s to the malloc'd buffer *b of length *bn. */
static void append(char **b, size_t *bn, const char *s, size_t n) {
  char *p = realloc(*b, *bn + n + 1);
  if (!p) MPI_Abort(MPI_COMM_WORLD, SL_EXIT_INTERNAL);
  memcpy(p + *bn, s, n);
  *bn += n;
  p[*bn] = '\0';
  *b = p;
}

/* Brings one rendered piece from the rank that made it (owner != 0) to
 * rank 0: the owner sends its exit code, length and bytes (*s, *len, -1 =
 * none); rank 0 receives them into *src, *s (malloc'd, NUL-terminated) and
 * *len.  Other ranks do nothing. */
static void to_rank0(int rank, int owner, int *src, char **s, long *len) {
  if (rank == owner) {
    MPI_Send(src, 1, MPI_INT, 0, TAG_RC, MPI_COMM_WORLD);
    MPI_Send(len, 1, MPI_LONG, 0, TAG_LEN, MPI_COMM_WORLD);
    if (*len > 0) MPI_Send(*s, (int)*len, MPI_CHAR, 0, TAG_BODY, MPI_COMM_WORLD);
  } else if (rank == 0) {
    MPI_Recv(src, 1, MPI_INT, owner, TAG_RC, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    MPI_Recv(len, 1, MPI_LONG, owner, TAG_LEN, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    if (*len > 0) {
      *s = malloc((size_t)*len + 1);
      if (!*s) MPI_Abort(MPI_COMM_WORLD, SL_EXIT_INTERNAL);
      MPI_Recv(*s, (int)*len, MPI_CHAR, owner, TAG_BODY, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      (*s)[*len] = '\0';
    }
  }
}

/* Which rank digests story k: longest processing time first.  The stories
 * are taken in output order (largest first), each given to the rank with
 * the least work so far (ties to the lower rank); a story's work is
 * estimated by the text bytes of its first versions (what the digest
 * reads), plus one.  Every rank computes the same.  Returns a malloc'd
 * array of r->nst ranks (NULL when out of memory). */
static int *assign(const cli_stories *r, int size) {
  int *own = malloc((r->nst ? r->nst : 1) * sizeof *own);
  unsigned long long *load = calloc((size_t)size, sizeof *load);
  if (!own || !load) {
    free(own);
    free(load);
    return NULL;
  }
  for (size_t k = 0; k < r->nst; k++) {
    const cli_story *s = &r->st[k];
    unsigned long long w = 1;
    for (size_t i = 0; i < s->n; i++) {
      size_t len = 0;
      if (r->dup[s->arts[i]] == UINT32_MAX) (void)sl_article_text(r->c, s->arts[i], &len);
      w += len;
    }
    int best = 0;
    for (int q = 1; q < size; q++)
      if (load[q] < load[best]) best = q;
    own[k] = assign_modulo ? (int)(k % (size_t)size) : best;
    load[best] += w;
  }
  free(load);
  return own;
}

/* --stories: cluster the stream on every rank, digest each story on the
 * rank assign() gives it, gather on rank 0.  Returns the exit code (the
 * same on every rank). */
static int run_stories(int argc, char **argv, int rank, int size) {
  double t0 = MPI_Wtime(), t_digest = 0, t1 = t0, c_digest = 0;
  size_t mine = 0, mine_arts = 0;
  cli_stories_args x;
  cli_opts o;
  int rc = cli_stories_parse(argc, argv, &o, &x);
  if (!o.jobs) o.digest.threads = 1; /* one rank per core: no threads unless -j */
  if (rc == SL_EXIT_OK && o.npaths == 0) {
    if (rank == 0) fputs(usage, stderr);
    rc = SL_EXIT_USAGE;
  }
  if (rc != SL_EXIT_OK) {
    free(o.paths);
    return rc;
  }
  if (rank != 0) o.quiet = true; /* diagnostics once, from rank 0 */
  /* mpirun gives the ranks a pseudo-terminal for stdout, so isatty() says
   * nothing about where the output goes: colour only with --color always. */
  int color = o.color == 1;
  bool partial = false;
  sl_corpus *c = NULL;
  cli_stories r = {0};
  char *out = NULL;
  size_t on = 0;
  if (!x.tsv || rank == 0) {
    c = cli_load(&o, &partial, &rc);
    if (c) rc = cli_stories_cluster(&x, &o, c, &r, &partial);
  }
  if (x.tsv) { /* no digests: nothing to share out */
    if (rank == 0 && rc == SL_EXIT_OK) {
      out = cli_stories_tsv(&r);
      if (!out) fprintf(stderr, "storyloom-mpi: out of memory\n");
      rc = out ? cli_write(&o, out) : SL_EXIT_INTERNAL;
      if (rc == SL_EXIT_OK && partial) rc = SL_EXIT_PARTIAL;
    }
    MPI_Bcast(&rc, 1, MPI_INT, 0, MPI_COMM_WORLD);
    goto done;
  }
  /* Same input, same clustering: the ranks differ only when one ran out of
   * memory, and then all stop. */
  rc = agree(rc);
  if (rc != SL_EXIT_OK) goto done;
  t1 = MPI_Wtime();
  if (rank == 0) {
    char *h = cli_stories_header(&r, o.format);
    if (!h) MPI_Abort(MPI_COMM_WORLD, SL_EXIT_INTERNAL);
    append(&out, &on, h, strlen(h));
    free(h);
  }
  int final = SL_EXIT_OK;
  int *owner = assign(&r, size);
  char **blk = calloc(r.nst ? r.nst : 1, sizeof *blk);
  int *brc = calloc(r.nst ? r.nst : 1, sizeof *brc);
  long *blen = calloc(r.nst ? r.nst : 1, sizeof *blen);
  if (!owner || !blk || !brc || !blen) MPI_Abort(MPI_COMM_WORLD, SL_EXIT_INTERNAL);
  /* First every rank renders all its stories, then they are gathered: a
   * rank never waits for rank 0 to reach its story in the output order. */
  double td = MPI_Wtime(), cd = cpu_seconds();
  for (size_t k = 0; k < r.nst; k++) {
    blen[k] = -1;
    if (owner[k] != rank) continue;
    blk[k] = cli_story_block(&r, k, &o, x.no_digest, color ? SL_RENDER_COLOR : 0, &brc[k]);
    blen[k] = blk[k] ? (long)strlen(blk[k]) : -1;
    if (blen[k] > INT_MAX) MPI_Abort(MPI_COMM_WORLD, SL_EXIT_INTERNAL);
    mine++;
    mine_arts += r.st[k].n;
  }
  t_digest = MPI_Wtime() - td;
  c_digest = cpu_seconds() - cd;
  for (size_t k = 0; k < r.nst; k++) {
    if (owner[k] != rank && rank != 0) continue;
    if (owner[k] != 0) to_rank0(rank, owner[k], &brc[k], &blk[k], &blen[k]);
    if (rank == 0) {
      final = worse(final, brc[k]);
      if (blen[k] >= 0 && blk[k]) append(&out, &on, blk[k], (size_t)blen[k]);
    }
    free(blk[k]);
    blk[k] = NULL;
  }
  free(blen);
  free(brc);
  free(blk);
  free(owner);
  if (rank == 0) {
    /* Like `storyloom stories`: a story that failed means no output. */
    if (final == SL_EXIT_OK) {
      const char *f = cli_stories_footer(o.format);
      append(&out, &on, f, strlen(f));
      final = cli_write(&o, out);
      if (final == SL_EXIT_OK && partial) final = SL_EXIT_PARTIAL;
    }
  }
  if (rank_times)
    fprintf(stderr,
            "storyloom-mpi: rank %d: load+cluster %.3f s, %zu stories (%zu articles) digested "
            "in %.3f s (CPU %.3f s), waiting/gathering %.3f s\n",
            rank, t1 - t0, mine, mine_arts, t_digest, c_digest, MPI_Wtime() - t1 - t_digest);
  MPI_Bcast(&final, 1, MPI_INT, 0, MPI_COMM_WORLD);
  rc = final;
done:
  free(out);
  cli_stories_free(&r);
  sl_corpus_free(c);
  free(o.paths);
  return rc;
}

int main(int argc, char **argv) {
  MPI_Init(&argc, &argv);
  int rank, size;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  bool stories = false, help = false;
  { /* --stories selects the stream mode; drop it before option parsing */
    int m = 0;
    for (int i = 0; i < argc; i++) {
      if (i && !strcmp(argv[i], "--stories")) {
        stories = true;
        continue;
      }
      if (i && !strcmp(argv[i], "--rank-times")) {
        rank_times = true;
        continue;
      }
      if (i && i + 1 < argc && !strcmp(argv[i], "--assign") &&
          (!strcmp(argv[i + 1], "modulo") || !strcmp(argv[i + 1], "lpt"))) {
        assign_modulo = !strcmp(argv[++i], "modulo");
        continue;
      }
      if (i && (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))) help = true;
      argv[m++] = argv[i];
    }
    argc = m;
    argv[argc] = NULL;
  }
  if (help) {
    if (rank == 0) fputs(usage, stdout);
    MPI_Finalize();
    return SL_EXIT_OK;
  }
  if (stories) {
    int src = run_stories(argc, argv, rank, size);
    MPI_Finalize();
    return src;
  }
  cli_opts o;
  int rc = cli_parse(argc, argv, &o, NULL, NULL);
  if (!o.jobs) o.digest.threads = 1; /* one rank per core: no threads unless -j */
  if (rc == SL_EXIT_OK && o.npaths == 0) {
    if (rank == 0) fputs(usage, stderr);
    rc = SL_EXIT_USAGE;
  }
  if (rc != SL_EXIT_OK) {
    free(o.paths);
    MPI_Finalize();
    return rc;
  }
  int final = SL_EXIT_OK;
  FILE *out = stdout;
  if (rank == 0 && o.output && !(out = fopen(o.output, "wb"))) {
    fprintf(stderr, "storyloom-mpi: cannot write %s\n", o.output);
    MPI_Abort(MPI_COMM_WORLD, SL_EXIT_INTERNAL);
  }
  size_t np = (size_t)o.npaths;
  char **blk = calloc(np ? np : 1, sizeof *blk);
  int *brc = calloc(np ? np : 1, sizeof *brc);
  long *blen = calloc(np ? np : 1, sizeof *blen);
  if (!blk || !brc || !blen) MPI_Abort(MPI_COMM_WORLD, SL_EXIT_INTERNAL);
  /* As in --stories: every rank digests all its paths first, then rank 0
   * gathers them in order, so no rank waits for rank 0 to reach its turn. */
  for (size_t i = 0; i < np; i++) {
    blen[i] = -1;
    if ((int)(i % (size_t)size) != rank) continue;
    blk[i] = digest_one(&o, o.paths[i], &brc[i]);
    blen[i] = blk[i] ? (long)strlen(blk[i]) : -1;
    if (blen[i] > INT_MAX) MPI_Abort(MPI_COMM_WORLD, SL_EXIT_INTERNAL);
  }
  for (size_t i = 0; i < np; i++) {
    int owner = (int)(i % (size_t)size);
    if (owner != rank && rank != 0) continue;
    if (owner != 0) to_rank0(rank, owner, &brc[i], &blk[i], &blen[i]);
    if (rank == 0) {
      final = worse(final, brc[i]);
      if (blk[i]) {
        if (o.format == SL_FORMAT_TEXT) fprintf(out, "%s== %s\n", i ? "\n" : "", o.paths[i]);
        fputs(blk[i], out);
      }
    }
    sl_free(blk[i]);
    blk[i] = NULL;
  }
  free(blen);
  free(brc);
  free(blk);
  if (rank == 0 && out != stdout && fclose(out) != 0) final = SL_EXIT_INTERNAL;
  free(o.paths);
  MPI_Bcast(&final, 1, MPI_INT, 0, MPI_COMM_WORLD);
  MPI_Finalize();
  return final;
}
